//! The sector × district heat-map of cell scores (districts down, sectors across, both best first; a click
//! filters to the cell).

use std::collections::HashMap;

use super::{ViewContext, score_color, score_text, score_text_color};
use crate::command::Command;
use crate::format;
use crate::query::score::why_text_in;
use crate::query::{Filter, ScoredGroup, Scores};
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
                        ui.add_sized(
                            cell,
                            egui::Label::new(egui::RichText::new(*sector).small().strong())
                                .truncate(),
                        )
                        .on_hover_text(*sector);
                    }
                    ui.end_row();
                    for district in &districts {
                        ui.add_sized(
                            [LABEL_WIDTH, CELL_HEIGHT],
                            egui::Label::new(egui::RichText::new(*district).strong()).truncate(),
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
        sector = sector.clone(),
        district = district.clone(),
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
            ui.label(why_text_in(lang, why));
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
