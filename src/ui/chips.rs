//! The active filters as removable chips above the content: one click removes one constraint.
//!
//! The chips say what [`crate::query::describe`] says (one chip per name), so they read like the exports' About
//! sheets and the PNG captions, in the same language and with the same reference names.

use super::ViewContext;
use crate::command::Command;
use crate::query::describe::part_text_in;
use crate::tr;

/// Draws the chips; clicking one pushes the filter without it.
pub fn chips_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let filter = &context.view.filter;
    let parts = filter.removable_parts();
    if parts.is_empty() {
        return;
    }
    let lang = context.lang;
    ui.horizontal_wrapped(|ui| {
        ui.weak(tr!(lang, "chips-title"));
        for part in parts {
            let text = part_text_in(&part, lang, Some(context.dataset));
            let button = egui::Button::new(format!("{text}  ×"))
                .corner_radius(10.0)
                .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.35));
            if ui
                .add(button)
                .on_hover_text(tr!(lang, "chips-remove-hint"))
                .clicked()
            {
                commands.push(Command::SetFilter(filter.without(&part)));
            }
        }
    });
}
