//! Key-figure cards for the current selection, the headline facts with their sources, and the synthetic banner.

use super::ViewContext;
use crate::format;
use crate::model::Field;
use crate::model::bands::SYNTHETIC_LABEL;

const CONTRACTED_HELP: &str = "Contracted foreign investment (合同外资): the amount committed in signed contracts. \
                               The published USD 70.4 bn is contracted.";
const UTILISED_HELP: &str = "Utilised foreign investment (实际使用外资): the money actually paid in, usually less \
                             than contracted.";

pub fn key_figures_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    if context.dataset.provenance.is_synthetic {
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new(" SYNTHETIC ")
                    .small()
                    .strong()
                    .color(egui::Color32::WHITE)
                    .background_color(egui::Color32::from_rgb(196, 98, 16)),
            );
            ui.label(egui::RichText::new(SYNTHETIC_LABEL).strong()).on_hover_text(
                "No public list of Hong Kong projects in Chongqing exists. These rows are generated so that their \
                 totals match the published aggregates (3,530 projects, USD 70.4 bn contracted). Help ▸ About the \
                 data has the sources.",
            );
        });
        ui.add_space(4.0);
    }
    figure_cards_ui(ui, context);
    facts_ui(ui, context);
}

/// The six key figures of the selection as cards (the window's strip, and each slide of a presentation).
pub fn figure_cards_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    let totals = &context.derived.totals;
    let money = context.money();
    // A file without an amount column has no amounts to add up: say so, rather than "USD 0.0 m".
    let absent = &context.dataset.projects.absent_fields;
    let amount = |field, usd_m: f64| {
        if absent.contains(&field) {
            "–".to_owned()
        } else {
            money.format(usd_m)
        }
    };
    ui.horizontal_wrapped(|ui| {
        card_ui(
            ui,
            "Projects",
            &format::count(totals.count),
            "Projects in the current selection",
        );
        card_ui(
            ui,
            "Contracted",
            &amount(Field::ContractedUsdM, totals.contracted_usd_m),
            CONTRACTED_HELP,
        );
        card_ui(
            ui,
            "Utilised",
            &amount(Field::UtilizedUsdM, totals.utilized_usd_m),
            UTILISED_HELP,
        );
        card_ui(
            ui,
            "Utilisation",
            &totals.utilization_pct.map_or("–".into(), format::percent),
            "Utilised ÷ contracted, over projects where both are known",
        );
        card_ui(
            ui,
            "Average size",
            &totals.mean_usd_m.map_or("–".into(), |m| money.format(m)),
            "Mean contracted amount per project: pulled up by a few very large projects",
        );
        card_ui(
            ui,
            "Median size",
            &totals.median_usd_m.map_or("–".into(), |m| money.format(m)),
            "Half the projects are smaller than this",
        );
    });
}

/// The published headline facts, each with its full label, detail, source and date on hover.
fn facts_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    let facts = &context.dataset.reference.facts;
    // Short captions for the strip; hover gives the rest.
    let headline = [
        ("hk-projects", "Hong Kong projects"),
        ("hk-contracted", "contracted"),
        ("share-2022", "of Chongqing's FDI in 2022"),
        ("trade-2023", "trade, Jan–Sep 2023"),
    ];
    ui.horizontal_wrapped(|ui| {
        ui.weak("Published:");
        for (index, (id, caption)) in headline.into_iter().enumerate() {
            let Some(fact) = facts.iter().find(|f| f.id == id) else {
                continue;
            };
            if index > 0 {
                ui.weak("·");
            }
            let value = fact.value.split(" (").next().unwrap_or(&fact.value);
            ui.label(format!("{value} {caption}"))
                .on_hover_text(format!(
                    "{}: {}\n{}\nSource: {} ({})",
                    fact.label, fact.value, fact.detail, fact.source, fact.date
                ));
        }
    });
}

/// One card: a small caption over a large number, with an explanation on hover. Screen readers (and tests) read
/// it as "Caption: value".
fn card_ui(ui: &mut egui::Ui, caption: &str, value: &str, hover: &str) {
    let response = egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(10, 5))
        .show(ui, |ui| {
            ui.set_min_width(96.0);
            ui.vertical(|ui| {
                ui.weak(caption);
                ui.label(egui::RichText::new(value).size(18.0).strong());
            });
        })
        .response;
    let label = format!("{caption}: {value}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    response.on_hover_text(hover);
}
