//! The status bar: "312 of 3,530 projects · USD 12.4 bn contracted (17.6 %) · synthetic sample", or
//! "显示 312 个项目（共 3,530 个）· 合同外资 124 亿美元（占 17.6%）· 模拟样本".

use super::ViewContext;
use crate::format;
use crate::query::labels;
use crate::tr;

/// The one-line status text for the current selection, in the interface language.
pub fn status_text(context: &ViewContext<'_>) -> String {
    let lang = context.lang;
    let table = &context.dataset.projects;
    let shown = context.derived.selection.len();
    if table
        .absent_fields
        .contains(&crate::model::Field::ContractedUsdM)
    {
        // A plain table: rows, not projects with amounts.
        return tr!(lang, "status-rows", shown = shown, total = table.len());
    }
    let selected = &context.derived.totals;
    let all = context.derived.dataset_totals.contracted_usd_m;
    let share = if all > 0.0 {
        selected.contracted_usd_m / all * 100.0
    } else {
        0.0
    };
    let mut parts = vec![
        tr!(lang, "status-projects", shown = shown, total = table.len()),
        tr!(
            lang,
            "status-contracted",
            amount = context.money().format_in(lang, selected.contracted_usd_m),
            share = format::percent_in(lang, share)
        ),
    ];
    if context.dataset.provenance.is_synthetic {
        parts.push(tr!(lang, "data-synthetic"));
    }
    parts.join(" · ")
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
            if context.activity.computing {
                // The figures beside it are the last view's until the new one is computed.
                ui.spinner();
                ui.label(tr!(context.lang, "status-computing"));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let source = labels::provenance_in(&context.dataset.provenance, context.lang);
                ui.add(egui::Label::new(egui::RichText::new(source).weak()).truncate());
            });
        });
    });
}
