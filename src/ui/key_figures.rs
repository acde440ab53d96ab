//! Key-figure cards for the current selection, the headline facts with their sources, and the synthetic banner.

use super::ViewContext;
use crate::format::{self, Currency, MoneyFormat, Scale};
use crate::i18n::Lang;
use crate::model::Field;
use crate::model::load::values::{CellCurrency, DecimalSeparator, Parsed, parse_number};
use crate::tr;

pub fn key_figures_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    let lang = context.lang;
    if context.dataset.provenance.is_synthetic {
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new(format!(" {} ", tr!(lang, "data-synthetic-badge")))
                    .small()
                    .strong()
                    .color(egui::Color32::WHITE)
                    .background_color(egui::Color32::from_rgb(196, 98, 16)),
            );
            ui.label(egui::RichText::new(tr!(lang, "data-synthetic-long")).strong())
                .on_hover_text(tr!(lang, "figure-synthetic-hint"));
        });
        ui.add_space(4.0);
    }
    figure_cards_ui(ui, context);
    facts_ui(ui, context);
}

/// The six key figures of the selection as cards (the window's strip, and each slide of a presentation).
pub fn figure_cards_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    let lang = context.lang;
    let totals = &context.derived.totals;
    let money = context.money();
    // A file without an amount column has no amounts to add up: say so, rather than "USD 0.0 m".
    let absent = &context.dataset.projects.absent_fields;
    let amount = |field, usd_m: f64| {
        if absent.contains(&field) {
            "–".to_owned()
        } else {
            money.format_in(lang, usd_m)
        }
    };
    ui.horizontal_wrapped(|ui| {
        card_ui(
            ui,
            &tr!(lang, "figure-projects"),
            &format::count(totals.count),
            &tr!(lang, "figure-projects-hint"),
        );
        card_ui(
            ui,
            &tr!(lang, "figure-contracted"),
            &amount(Field::ContractedUsdM, totals.contracted_usd_m),
            &tr!(lang, "figure-contracted-hint"),
        );
        card_ui(
            ui,
            &tr!(lang, "figure-utilised"),
            &amount(Field::UtilizedUsdM, totals.utilized_usd_m),
            &tr!(lang, "figure-utilised-hint"),
        );
        card_ui(
            ui,
            &tr!(lang, "figure-utilisation"),
            &totals
                .utilization_pct
                .map_or("–".into(), |pct| format::percent_in(lang, pct)),
            &tr!(lang, "figure-utilisation-hint"),
        );
        card_ui(
            ui,
            &tr!(lang, "figure-average"),
            &totals
                .mean_usd_m
                .map_or("–".into(), |m| money.format_in(lang, m)),
            &tr!(lang, "figure-average-hint"),
        );
        card_ui(
            ui,
            &tr!(lang, "figure-median"),
            &totals
                .median_usd_m
                .map_or("–".into(), |m| money.format_in(lang, m)),
            &tr!(lang, "figure-median-hint"),
        );
    });
}

/// The published headline facts, each with its full label, detail, source and date on hover, in the reader's
/// language (`query::facts`).
fn facts_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    let lang = context.lang;
    let facts = &context.dataset.reference.facts;
    // Short captions for the strip; hover gives the rest.
    let headline = [
        ("hk-projects", tr!(lang, "fact-hk-projects")),
        ("hk-contracted", tr!(lang, "fact-hk-contracted")),
        ("share-2022", tr!(lang, "fact-share-2022")),
        ("trade-2023", tr!(lang, "fact-trade-2023")),
    ];
    ui.horizontal_wrapped(|ui| {
        ui.weak(tr!(lang, "fact-published"));
        for (index, (id, caption)) in headline.into_iter().enumerate() {
            let Some(fact) = facts.iter().find(|f| f.id == id) else {
                continue;
            };
            if index > 0 {
                ui.weak("·");
            }
            let words = crate::query::facts::fact_in(fact, lang);
            let value = fact.value.split(" (").next().unwrap_or(&fact.value);
            // An amount in the reader's units; anything else (a count, a share) as the catalogue words it, without
            // its aside: "73.2%", not the data file's "73.2 %".
            let value = amount_in(value, lang).unwrap_or_else(|| {
                words
                    .value
                    .split(" (")
                    .next()
                    .and_then(|v| v.split('（').next())
                    .unwrap_or(value)
                    .to_owned()
            });
            let text = tr!(lang, "fact-strip-item", value = value, caption = caption);
            // Whole facts move to the next line on a narrow window, never half a 亿元人民币.
            ui.add(egui::Label::new(text).extend()).on_hover_text(tr!(
                lang,
                "fact-hover",
                label = words.label.as_str(),
                value = words.value.as_str(),
                detail = words.detail.as_str(),
                source = words.source.as_str(),
                date = fact.date.as_str()
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

/// A published amount ("USD 70.4 bn", "CNY 39.1 bn") as a Chinese reader counts it ("704 亿美元", "391 亿元");
/// `None` in English, or for a value that is not one amount with its currency (kept as published).
fn amount_in(value: &str, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let Parsed::Value(number) = parse_number(value, DecimalSeparator::Point) else {
        return None;
    };
    let currency = match number.currency? {
        CellCurrency::Usd => Currency::Usd,
        CellCurrency::Cny => Currency::Cny,
        CellCurrency::Hkd => Currency::Hkd,
    };
    let money = MoneyFormat {
        currency,
        scale: Scale::Auto,
    };
    Some(money.format_in(lang, number.value / 1e6))
}
