//! The ranking table: pin, rank, name, the score as a bar, projects, contracted, each factor's 0–100 value and the
//! thin flag. Only the visible rows are laid out.

use egui_extras::{Column, TableBuilder};

use super::{ViewContext, pin_button_ui, score_color, score_text};
use crate::command::Command;
use crate::format;
use crate::query::score::{Factor, Scores, factor_name};
use crate::query::{Pin, ScoredGroup};
use crate::tr;

/// Draws the ranking; returns the index of the row clicked, if any. `focused` is highlighted.
pub fn ranking_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    scores: &Scores,
    focused: Option<usize>,
    commands: &mut Vec<Command>,
) -> Option<usize> {
    let lang = context.lang;
    // The score works in USD whatever currency the window shows (the formula says so), in the reader's units:
    // 万美元 in Chinese, USD m in English, or the scale the View menu fixed.
    let money = usd(context);
    let unit = money.unit_in(lang);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let mut clicked = None;
    egui::ScrollArea::horizontal()
        .id_salt("ranking_scroll")
        .show(ui, |ui| {
            let mut builder = TableBuilder::new(ui)
                .id_salt("ranking_table")
                .striped(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::exact(22.0))
                .column(Column::exact(30.0))
                .column(
                    Column::initial(190.0)
                        .at_least(90.0)
                        .clip(true)
                        .resizable(true),
                )
                .column(Column::exact(120.0))
                .column(Column::exact(64.0))
                // Wide enough for "合同外资（万美元）" and "Contracted (USD m)".
                .column(Column::exact(136.0));
            for _ in Factor::ALL {
                builder = builder.column(Column::exact(70.0));
            }
            builder
                .column(Column::remainder().at_least(50.0))
                .header(row_height + 4.0, |mut header| {
                    for title in [
                        String::new(),
                        "#".to_owned(),
                        scores
                            .by
                            .fields()
                            .iter()
                            .map(|f| crate::query::labels::field_title(*f, lang))
                            .collect::<Vec<_>>()
                            .join(" · "),
                        tr!(lang, "opp-col-score"),
                        tr!(lang, "figure-projects"),
                        tr!(lang, "chart-axis-contracted", unit = unit.as_str()),
                    ] {
                        header.col(|ui| {
                            ui.strong(title);
                        });
                    }
                    for factor in Factor::ALL {
                        header.col(|ui| {
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(factor_name(lang, factor)).strong(),
                                )
                                .truncate(),
                            );
                        });
                    }
                    header.col(|ui| {
                        ui.strong(tr!(lang, "opp-thin"));
                    });
                })
                .body(|body| {
                    body.rows(row_height, scores.groups.len(), |mut row| {
                        let index = row.index();
                        let group = &scores.groups[index];
                        row.set_selected(focused == Some(index));
                        row_cells(&mut row, context, scores, group, index, commands);
                        if row.response().clicked() {
                            clicked = Some(index);
                        }
                    });
                });
        });
    clicked
}

fn row_cells(
    row: &mut egui_extras::TableRow<'_, '_>,
    context: &ViewContext<'_>,
    scores: &Scores,
    group: &ScoredGroup,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    row.col(|ui| {
        if let Some(pin) = Pin::of_group(scores.by, &group.key) {
            pin_button_ui(ui, context, pin, commands);
        }
    });
    row.col(|ui| {
        ui.weak(format::count(index + 1));
    });
    row.col(|ui| {
        let name =
            crate::query::labels::group_label_in(context.dataset, scores.by, &group.key, lang);
        ui.add(egui::Label::new(name).truncate());
    });
    row.col(|ui| score_bar_ui(ui, group.score));
    row.col(|ui| {
        ui.label(format::count(group.projects));
    });
    row.col(|ui| {
        ui.label(usd(context).number_in(lang, group.contracted_usd_m));
    });
    for factor in Factor::ALL {
        row.col(|ui| match group.factor(factor) {
            Some(value) => {
                ui.label(format!("{:.0}", value.norm))
                    .on_hover_text(format!("{:.4}", value.raw));
            }
            None => {
                ui.weak("–");
            }
        });
    }
    row.col(|ui| {
        if group.thin {
            ui.colored_label(ui.visuals().warn_fg_color, tr!(lang, "opp-thin"))
                .on_hover_text(super::thin_hint(lang));
        }
    });
}

/// The ranking's amounts: US dollars, at the scale the window shows.
fn usd(context: &ViewContext<'_>) -> format::MoneyFormat {
    format::MoneyFormat {
        currency: format::Currency::Usd,
        scale: context.money().scale,
    }
}

/// The score as a bar of its colour with the number beside it.
fn score_bar_ui(ui: &mut egui::Ui, score: Option<f64>) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(72.0, 12.0), egui::Sense::hover());
    let visuals = ui.visuals();
    ui.painter().rect_filled(rect, 2.0, visuals.faint_bg_color);
    if let Some(score) = score {
        let mut bar = rect;
        bar.set_width(rect.width() * (score / 100.0).clamp(0.0, 1.0) as f32);
        ui.painter().rect_filled(
            bar,
            2.0,
            score_color(visuals, Some(0.35 + 0.65 * score / 100.0)),
        );
    }
    ui.strong(score_text(score));
}
