//! The ranking table: pin, rank, name, the score as a bar, projects, contracted, each factor's 0–100 value and the
//! thin flag. Only the visible rows are laid out.

use egui_extras::{Column, TableBuilder};

use super::{ViewContext, pin_button_ui, score_color, score_text};
use crate::command::Command;
use crate::format;
use crate::query::score::{Factor, Scores, factor_name};
use crate::query::{Pin, ScoredGroup};
use crate::tr;
use crate::ui::pinned;

/// Width of the pin, rank and name columns, pinned at the left while the others scroll sideways.
const PIN_WIDTH: f32 = 22.0;
const RANK_WIDTH: f32 = 30.0;
/// The name column's least width; wider to fit the longest name, up to [`NAME_SHARE`] of the room.
const NAME_WIDTH: f32 = 190.0;
const NAME_SHARE: f32 = 0.34;

/// Draws the ranking; returns the index of the row clicked, if any. `focused` is highlighted. The pin, rank and
/// name stay at the left while the score, the amounts and the factors scroll sideways when they do not fit
/// (1280×800 in Chinese or English), as in the project table ([`crate::ui::pinned`]).
pub fn ranking_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    scores: &Scores,
    focused: Option<usize>,
    commands: &mut Vec<Command>,
) -> Option<usize> {
    let lang = context.lang;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let spacing = ui.spacing().item_spacing.x;
    let names: Vec<String> = scores
        .groups
        .iter()
        .map(|group| {
            crate::query::labels::group_label_in(context.dataset, scores.by, &group.key, lang)
        })
        .collect();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let longest = names
        .iter()
        .map(|name| {
            ui.painter()
                .layout_no_wrap(name.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    // "Accommodation & catering · Yuzhong" whole where there is room; truncated (full on hover) where not.
    let name_width = (longest + 2.0 * spacing)
        .min(ui.available_width() * NAME_SHARE)
        .max(NAME_WIDTH)
        .ceil();
    let pinned_width = PIN_WIDTH + RANK_WIDTH + name_width + 3.0 * spacing;
    let headers = Headers::new(lang, usd(context), scores, name_width);
    let mut clicked = None;
    pinned::pinned_table_ui(ui, "ranking", pinned_width, true, |ui, part, shared| {
        let widths = headers.widths(ui, part);
        let mut builder = TableBuilder::new(ui)
            .id_salt(("ranking_table", part == pinned::Part::Pinned))
            .striped(true)
            .sense(egui::Sense::click())
            .vertical_scroll_offset(shared.offset)
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        let last = widths.len() - 1;
        for (index, &width) in widths.iter().enumerate() {
            // The last scrolling column takes what is left of a wide screen, so the rows reach the right edge.
            builder = builder.column(if part == pinned::Part::Rest && index == last {
                Column::remainder().at_least(width)
            } else {
                Column::exact(width)
            });
        }
        let mut hovered = None;
        let shown = builder
            .header(row_height + 4.0, |mut header| headers.ui(&mut header, part))
            .body(|body| {
                body.rows(row_height, scores.groups.len(), |mut row| {
                    let index = row.index();
                    let group = &scores.groups[index];
                    row.set_selected(focused == Some(index));
                    row.set_hovered(shared.hovered == Some(index));
                    match part {
                        pinned::Part::Pinned => {
                            pinned_cells(&mut row, context, scores, &names[index], index, commands);
                        }
                        pinned::Part::Rest => rest_cells(&mut row, context, group),
                    }
                    let response = row.response();
                    if response.hovered() {
                        hovered = Some(index);
                    }
                    if response.clicked() {
                        clicked = Some(index);
                    }
                });
            });
        pinned::PartShown::of(&shown, hovered)
    });
    clicked
}

/// The column titles of the ranking.
struct Headers {
    /// The name column's title: the grouping, e.g. "Sector · District".
    name: String,
    /// Score, projects, contracted, each factor, thin: the scrolling columns.
    rest: Vec<String>,
    name_width: f32,
}

impl Headers {
    fn new(
        lang: crate::i18n::Lang,
        money: format::MoneyFormat,
        scores: &Scores,
        name_width: f32,
    ) -> Self {
        let unit = money.unit_in(lang);
        let name = scores
            .by
            .fields()
            .iter()
            .map(|f| crate::query::labels::field_title(*f, lang))
            .collect::<Vec<_>>()
            .join(" · ");
        let mut rest = vec![
            tr!(lang, "opp-col-score"),
            tr!(lang, "figure-projects"),
            tr!(lang, "chart-axis-contracted", unit = unit.as_str()),
        ];
        rest.extend(Factor::ALL.map(|factor| factor_name(lang, factor)));
        rest.push(tr!(lang, "opp-col-thin"));
        Self {
            name,
            rest,
            name_width,
        }
    }

    /// Each column's width: the pinned ones fixed; the scrolling ones at least their usual width and as wide as
    /// their title, so no title is cut in any language (the table scrolls sideways instead).
    fn widths(&self, ui: &egui::Ui, part: pinned::Part) -> Vec<f32> {
        match part {
            pinned::Part::Pinned => vec![PIN_WIDTH, RANK_WIDTH, self.name_width],
            pinned::Part::Rest => {
                let font = egui::TextStyle::Body.resolve(ui.style());
                let usual = [SCORE_WIDTH, 64.0, 112.0]
                    .into_iter()
                    .chain(Factor::ALL.map(|_| 70.0))
                    .chain([56.0]);
                self.rest
                    .iter()
                    .zip(usual)
                    .map(|(title, usual)| {
                        let text = ui
                            .painter()
                            .layout_no_wrap(title.clone(), font.clone(), egui::Color32::WHITE)
                            .size()
                            .x;
                        // Titles are bold: a little more than the regular text's width.
                        usual.max((text * 1.08).ceil() + 4.0)
                    })
                    .collect()
            }
        }
    }

    fn ui(&self, header: &mut egui_extras::TableRow<'_, '_>, part: pinned::Part) {
        let titles: Vec<&str> = match part {
            pinned::Part::Pinned => vec!["", "#", &self.name],
            pinned::Part::Rest => self.rest.iter().map(String::as_str).collect(),
        };
        for (index, title) in titles.into_iter().enumerate() {
            header.col(|ui| {
                let label = egui::Label::new(egui::RichText::new(title).strong()).truncate();
                if is_number_column(part, index) {
                    right_aligned(ui, label);
                } else {
                    ui.add(label);
                }
            });
        }
    }
}

/// Whether column `index` of `part` holds numbers (right-aligned, as in the project table): projects,
/// contracted and the factors; not the score, drawn as a bar, nor the thin flag.
fn is_number_column(part: pinned::Part, index: usize) -> bool {
    part == pinned::Part::Rest && (1..=2 + Factor::ALL.len()).contains(&index)
}

fn right_aligned(ui: &mut egui::Ui, widget: impl egui::Widget) -> egui::Response {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.add(widget)
    })
    .inner
}

/// The score column: the bar and the number beside it.
const SCORE_WIDTH: f32 = 120.0;

fn pinned_cells(
    row: &mut egui_extras::TableRow<'_, '_>,
    context: &ViewContext<'_>,
    scores: &Scores,
    name: &str,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let group = &scores.groups[index];
    row.col(|ui| {
        if let Some(pin) = Pin::of_group(scores.by, &group.key) {
            pin_button_ui(ui, context, pin, commands);
        }
    });
    row.col(|ui| {
        ui.weak(format::count(index + 1));
    });
    row.col(|ui| {
        ui.add(egui::Label::new(name).truncate());
    });
}

fn rest_cells(
    row: &mut egui_extras::TableRow<'_, '_>,
    context: &ViewContext<'_>,
    group: &ScoredGroup,
) {
    let lang = context.lang;
    row.col(|ui| score_bar_ui(ui, group.score));
    row.col(|ui| {
        right_aligned(ui, egui::Label::new(format::count(group.projects)));
    });
    row.col(|ui| {
        right_aligned(
            ui,
            egui::Label::new(usd(context).number_in(lang, group.contracted_usd_m)),
        );
    });
    for factor in Factor::ALL {
        row.col(|ui| match group.factor(factor) {
            Some(value) => {
                right_aligned(ui, egui::Label::new(format!("{:.0}", value.norm)))
                    .on_hover_text(format!("{:.4}", value.raw));
            }
            None => {
                let weak = ui.visuals().weak_text_color();
                right_aligned(ui, egui::Label::new(egui::RichText::new("–").color(weak)));
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

/// The ranking's amounts: the score works in US dollars whatever currency the window shows (the formula says
/// so), in the reader's units (万美元 in Chinese, USD m in English, or the scale the View menu fixed).
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
