//! The sector × district heat-map of cell scores (districts down, sectors across, both best first; a click
//! filters to the cell), and the districts by score as a coloured list (a click filters to the district).

use std::collections::HashMap;

use super::{ViewContext, score_color, score_text, score_text_color};
use crate::command::Command;
use crate::format;
use crate::model::Field;
use crate::query::labels;
use crate::query::score::{ScoreBy, why_text_in};
use crate::query::{Facet, Filter, ScoredGroup, Scores};
use crate::tr;

const CELL_HEIGHT: f32 = 20.0;
const LABEL_WIDTH: f32 = 150.0;

/// Where a score sits between the lowest and the highest shown, 0…1: the heat-map colours by it, so the
/// strongest and weakest cells stand apart even when every score is between 30 and 70.
struct Ramp {
    min: f64,
    max: f64,
}

impl Ramp {
    fn of<'a>(groups: impl Iterator<Item = &'a ScoredGroup>) -> Self {
        let (min, max) = groups
            .filter_map(|g| g.score)
            .fold((f64::MAX, f64::MIN), |(lo, hi), s| (lo.min(s), hi.max(s)));
        Self { min, max }
    }

    fn t(&self, score: Option<f64>) -> Option<f64> {
        let score = score?;
        let spread = self.max - self.min;
        Some(if spread > 1e-9 {
            (score - self.min) / spread
        } else {
            0.5
        })
    }
}

/// The heat-map of the cell ranking `cells`.
pub fn heat_map_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    cells: &Scores,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    ui.weak(tr!(lang, "opp-heat-hint"));
    // Sectors and districts in the order of their best cell, so the strongest corner is top left.
    let mut sectors: Vec<&str> = Vec::new();
    let mut districts: Vec<&str> = Vec::new();
    let mut by_key: HashMap<(&str, &str), &ScoredGroup> = HashMap::new();
    for group in &cells.groups {
        let [sector, district] = group.key.as_slice() else {
            continue;
        };
        if !sectors.contains(&sector.as_str()) {
            sectors.push(sector);
        }
        if !districts.contains(&district.as_str()) {
            districts.push(district);
        }
        by_key.insert((sector.as_str(), district.as_str()), group);
    }
    let visuals = ui.visuals().clone();
    let ramp = Ramp::of(cells.groups.iter());
    // Cells share the width (within reason), so a wide screen shows whole sector names.
    let cell = egui::vec2(
        ((ui.available_width() - LABEL_WIDTH - 24.0) / sectors.len().max(1) as f32 - 2.0)
            .clamp(58.0, 120.0),
        CELL_HEIGHT,
    );
    egui::ScrollArea::both()
        .id_salt("score_heat_map")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("score_heat_grid")
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    ui.add_sized([LABEL_WIDTH, CELL_HEIGHT], egui::Label::new(""));
                    for sector in &sectors {
                        let name = labels::value_name(context.dataset, Field::Sector, sector, lang);
                        ui.add_sized(
                            cell,
                            egui::Label::new(egui::RichText::new(name).small().strong()).truncate(),
                        )
                        .on_hover_text(name);
                    }
                    ui.end_row();
                    for district in &districts {
                        ui.add_sized(
                            [LABEL_WIDTH, CELL_HEIGHT],
                            egui::Label::new(
                                egui::RichText::new(labels::value_name(
                                    context.dataset,
                                    Field::District,
                                    district,
                                    lang,
                                ))
                                .strong(),
                            )
                            .truncate(),
                        );
                        for sector in &sectors {
                            match by_key.get(&(*sector, *district)) {
                                Some(group) => {
                                    let t = ramp.t(group.score);
                                    cell_ui(ui, context, (&visuals, t, cell), group, commands);
                                }
                                None => {
                                    ui.allocate_exact_size(cell, egui::Sense::hover());
                                }
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

/// One cell: its colour (`t` on the ramp) and score; hover for the why, click to filter to it.
fn cell_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    (visuals, t, size): (&egui::Visuals, Option<f64>, egui::Vec2),
    group: &ScoredGroup,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let (sector, district) = (&group.key[0], &group.key[1]);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    ui.painter().rect_filled(rect, 2.0, score_color(visuals, t));
    if response.hovered() {
        ui.painter().rect_stroke(
            rect,
            2.0,
            visuals.widgets.hovered.fg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let text_color = score_text_color(visuals, t);
    let text = if group.thin {
        // A thin cell's score rests on fewer than three projects: say so in the cell itself.
        format!("{}·", score_text(group.score))
    } else {
        score_text(group.score)
    };
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(11.5),
        text_color,
    );
    let label = tr!(
        lang,
        "opp-heat-label",
        sector = labels::value_name(context.dataset, Field::Sector, sector, lang),
        district = labels::value_name(context.dataset, Field::District, district, lang),
        score = score_text(group.score)
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let response = response.on_hover_ui(|ui| {
        ui.strong(&label);
        ui.label(format!(
            "{} · {}",
            tr!(lang, "count-projects", n = group.projects),
            format::thousands(group.contracted_usd_m, 1)
        ));
        for why in group.why.iter().take(3) {
            ui.label(why_text_in(why, lang));
        }
    });
    if response.clicked() {
        let filter = Filter {
            sectors: [sector.clone()].into(),
            districts: [district.clone()].into(),
            ..context.view.filter.clone()
        };
        commands.push(Command::SetFilter(filter));
    }
}

/// The districts by score, best first, each a bar of its score's colour. The district map coloured by score will
/// replace this list once the map draws districts as areas (see the module docs of [`super`]).
pub fn districts_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    districts: &Scores,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    ui.weak(tr!(lang, "opp-districts-hint"));
    if districts.by != ScoreBy::District {
        return;
    }
    let visuals = ui.visuals().clone();
    egui::ScrollArea::vertical()
        .id_salt("district_scores")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("district_scores_grid")
                .spacing([8.0, 3.0])
                .striped(true)
                .show(ui, |ui| {
                    for group in &districts.groups {
                        let name = &group.key[0];
                        super::pin_button_ui(
                            ui,
                            context,
                            crate::query::Pin::District(name.clone()),
                            commands,
                        );
                        let shown =
                            labels::value_name(context.dataset, Field::District, name, lang);
                        if ui.link(shown).clicked() {
                            commands.push(Command::FilterTo {
                                facet: Facet::District,
                                value: name.clone(),
                            });
                        }
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(260.0, 14.0), egui::Sense::hover());
                        let mut bar = rect;
                        bar.set_width(
                            rect.width()
                                * (group.score.unwrap_or(0.0) / 100.0).clamp(0.0, 1.0) as f32,
                        );
                        ui.painter().rect_filled(rect, 2.0, visuals.faint_bg_color);
                        let t = group.score.map(|s| 0.35 + 0.65 * s / 100.0);
                        ui.painter().rect_filled(bar, 2.0, score_color(&visuals, t));
                        ui.strong(score_text(group.score));
                        ui.label(tr!(lang, "count-projects", n = group.projects));
                        if let Some(why) = group.why.first() {
                            ui.weak(why_text_in(why, lang));
                        }
                        ui.end_row();
                    }
                });
        });
}
