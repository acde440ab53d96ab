//! *Compare*: the shortlist side by side — key figures, the annual contracted series overlaid, the largest
//! sub-sectors and districts, the score with its factors. The body is read-only, so the PNG export draws it
//! offscreen with the same code.

use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::{ViewContext, score_text};
use crate::command::{Command, ExportKind};
use crate::format;
use crate::query::Compared;
use crate::query::score::note_in;
use crate::query::score::{Factor, factor_name};
use crate::tr;

/// One colour per pin, the same in the columns and the lines.
const PIN_COLORS: [egui::Color32; 5] = [
    egui::Color32::from_rgb(31, 119, 180),
    egui::Color32::from_rgb(230, 126, 34),
    egui::Color32::from_rgb(44, 160, 44),
    egui::Color32::from_rgb(199, 62, 120),
    egui::Color32::from_rgb(120, 94, 180),
];

/// Compare in the window: the body, and the PNG export.
pub fn compare_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
    if !context.view.shortlist.can_compare() {
        ui.weak(tr!(lang, "opp-shortlist-empty"));
        return;
    }
    ui.horizontal(|ui| {
        ui.heading(tr!(lang, "opp-compare-title"));
        let kind = ExportKind::ComparePicture;
        if ui
            .add_enabled(
                !context.activity.exporting,
                egui::Button::new(kind.label(context.lang)),
            )
            .clicked()
        {
            commands.push(Command::Export(kind));
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("compare_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| compare_body_ui(ui, context));
}

/// The comparison itself: figures and factors in a grid (one column per pin), the series, the splits.
pub fn compare_body_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    let lang = context.lang;
    let Some(opportunity) = context.derived.opportunity.as_deref() else {
        return;
    };
    let compared = &opportunity.compared;
    let money = context.money();
    ui.weak(format!(
        "{} · {}",
        tr!(lang, "opp-compare-within", unit = money.unit_in(lang)),
        note_in(lang, &opportunity.note)
    ));
    ui.add_space(4.0);
    // Figures and splits side by side, the series below: one slide holds all three.
    ui.horizontal_top(|ui| {
        figures_grid_ui(ui, context, compared);
        ui.add_space(24.0);
        ui.vertical(|ui| splits_ui(ui, context, compared));
    });
    ui.add_space(8.0);
    ui.strong(tr!(
        lang,
        "chart-contracted-per-year",
        unit = money.unit_in(lang)
    ));
    series_ui(ui, context, compared);
}

fn pin_color(index: usize) -> egui::Color32 {
    PIN_COLORS[index % PIN_COLORS.len()]
}

/// Key figures, then the score and each factor, one column per pin.
fn figures_grid_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, compared: &[Compared]) {
    let lang = context.lang;
    let money = context.money();
    egui::Grid::new("compare_figures")
        .striped(true)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for (index, item) in compared.iter().enumerate() {
                ui.label(
                    egui::RichText::new(item.pin.label())
                        .strong()
                        .color(pin_color(index)),
                );
            }
            ui.end_row();
            let mut line = |title: String, value: &dyn Fn(&Compared) -> String| {
                ui.weak(title);
                for item in compared {
                    ui.label(value(item));
                }
                ui.end_row();
            };
            line(tr!(lang, "figure-projects"), &|c| {
                format::count(c.summary.count)
            });
            line(tr!(lang, "figure-contracted"), &|c| {
                money.format_in(lang, c.summary.contracted_usd_m)
            });
            line(tr!(lang, "figure-utilised"), &|c| {
                money.format_in(lang, c.summary.utilized_usd_m)
            });
            line(tr!(lang, "figure-utilisation"), &|c| {
                c.summary
                    .utilization_pct
                    .map_or_else(|| "–".to_owned(), |p| format::percent_in(lang, p))
            });
            line(tr!(lang, "opp-compare-investors"), &|c| {
                format::count(c.investors)
            });
            line(tr!(lang, "opp-col-score"), &|c| match &c.score {
                Some(group) => score_text(group.score),
                None if c.pin.score_key().is_none() => {
                    tr!(lang, "opp-compare-not-scored")
                }
                None => "–".to_owned(),
            });
            for factor in Factor::ALL {
                line(factor_name(lang, factor), &|c| {
                    c.score
                        .as_ref()
                        .and_then(|g| g.factor(factor))
                        .map_or_else(|| "–".to_owned(), |v| format!("{:.0}", v.norm))
                });
            }
        });
}

/// The annual contracted series of every pin on one plot.
fn series_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, compared: &[Compared]) {
    let lang = context.lang;
    let money = context.money();
    Plot::new("compare_series")
        .height((ui.available_height() - 8.0).clamp(160.0, 320.0))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .include_y(0.0)
        .legend(Legend::default())
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_formatter(|mark, _| format::thousands(mark.value, 0))
        .show(ui, |plot_ui| {
            for (index, item) in compared.iter().enumerate() {
                let points: PlotPoints = item
                    .by_year
                    .iter()
                    .filter_map(|g| {
                        let year = g.year?;
                        Some([
                            f64::from(year),
                            money.scaled_in(lang, g.summary.contracted_usd_m),
                        ])
                    })
                    .collect();
                plot_ui.line(
                    Line::new(item.pin.label(), points)
                        .width(2.0)
                        .color(pin_color(index)),
                );
            }
        });
}

/// The largest sub-sectors and districts of each pin, side by side.
fn splits_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, compared: &[Compared]) {
    let lang = context.lang;
    let money = context.money();
    let other = tr!(lang, "data-other");
    ui.columns(compared.len().max(1), |columns| {
        for (index, (ui, item)) in columns.iter_mut().zip(compared).enumerate() {
            ui.label(
                egui::RichText::new(item.pin.label())
                    .strong()
                    .color(pin_color(index)),
            );
            if item.summary.count == 0 {
                ui.weak(tr!(lang, "opp-compare-nothing"));
                continue;
            }
            for (title, lines) in [
                (tr!(lang, "opp-compare-sub-sectors"), &item.sub_sectors),
                (tr!(lang, "opp-compare-districts"), &item.districts),
            ] {
                ui.weak(title);
                for (name, amount) in lines {
                    ui.label(format!(
                        "{} · {}",
                        name.as_deref().unwrap_or(&other),
                        money.format_in(lang, *amount)
                    ));
                }
            }
        }
    });
}
