//! The status bar: "312 of 3,530 projects · USD 12.4 bn contracted (17.6 %) · synthetic sample".

use super::ViewContext;
use crate::format;

/// The one-line status text for the current selection.
pub fn status_text(context: &ViewContext<'_>) -> String {
    let table = &context.dataset.projects;
    if table
        .absent_fields
        .contains(&crate::model::Field::ContractedUsdM)
    {
        // A plain table: rows, not projects with amounts.
        return format!(
            "{} of {} rows",
            format::count(context.derived.selection.len()),
            format::count(table.len())
        );
    }
    let selected = &context.derived.totals;
    let all = context.derived.dataset_totals.contracted_usd_m;
    let share = if all > 0.0 {
        selected.contracted_usd_m / all * 100.0
    } else {
        0.0
    };
    let mut text = format!(
        "{} of {} projects · {} contracted ({})",
        format::count(context.derived.selection.len()),
        format::count(context.dataset.projects.len()),
        context.money().format(selected.contracted_usd_m),
        format::percent(share),
    );
    if context.dataset.provenance.is_synthetic {
        text.push_str(" · synthetic sample");
    }
    text
}

pub fn status_bar_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            if context.client_safe.enabled {
                let lang = crate::i18n::Lang::En;
                ui.label(
                    egui::RichText::new(format!(" {} ", crate::tr!(lang, "client-safe-badge")))
                        .small()
                        .strong()
                        .color(egui::Color32::WHITE)
                        .background_color(egui::Color32::from_rgb(176, 32, 32)),
                )
                .on_hover_text(crate::tr!(lang, "client-safe-badge-hint"));
            }
            ui.label(status_text(context));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(context.dataset.provenance.describe()).weak(),
                    )
                    .truncate(),
                );
            });
        });
    });
}
