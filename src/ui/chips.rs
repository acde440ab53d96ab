//! The active filters as removable chips above the content: one click removes one constraint.
//!
//! The chips say what [`crate::query::describe`] says (one chip per name), so they read like the exports' About
//! sheets and the PNG captions.

use crate::command::Command;
use crate::query::Filter;
use crate::query::describe::part_text;

/// Draws the chips; clicking one pushes the filter without it.
pub fn chips_ui(ui: &mut egui::Ui, filter: &Filter, commands: &mut Vec<Command>) {
    let parts = filter.removable_parts();
    if parts.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.weak("Filters:");
        for part in parts {
            let button = egui::Button::new(format!("{}  ×", part_text(&part)))
                .corner_radius(10.0)
                .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.35));
            if ui.add(button).on_hover_text("Remove this filter").clicked() {
                commands.push(Command::SetFilter(filter.without(&part)));
            }
        }
    });
}
