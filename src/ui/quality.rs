//! The data-quality report of the open file: what was read, skipped, repaired or not recognised.

use crate::command::Command;
use crate::query::{labels, messages};
use crate::tr;
use crate::ui::ViewContext;

/// Rows of the report shown before "Copy report" is the way to see the rest.
const SHOWN_LINES: usize = 400;

pub fn quality_window_ui(
    ctx: &egui::Context,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) {
    let dataset = context.dataset;
    let lang = context.lang;
    let mut open = true;
    egui::Window::new(tr!(lang, "quality-title"))
        .open(&mut open)
        .default_width(620.0)
        .collapsible(false)
        .show(ctx, |ui| {
            let source = labels::provenance_in(&dataset.provenance, lang);
            ui.label(tr!(lang, "cli-source", source = source));
            if let Some(detected) = &dataset.detected {
                let how = messages::read_as(detected, lang);
                ui.label(tr!(lang, "quality-read-as", how = how));
            }
            ui.separator();
            let lines = messages::quality_lines(&dataset.quality, lang);
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for line in lines.iter().take(SHOWN_LINES) {
                        ui.label(line.trim_start());
                    }
                });
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(tr!(lang, "quality-copy")).clicked() {
                    ui.ctx().copy_text(lines.join("\n"));
                }
                if dataset.detected.is_some() && ui.button(Command::RemapFile.text(lang)).clicked()
                {
                    commands.push(Command::RemapFile);
                }
                if ui.button(tr!(lang, "quality-close")).clicked() {
                    commands.push(Command::ShowQuality(false));
                }
            });
        });
    if !open {
        commands.push(Command::ShowQuality(false));
    }
}
