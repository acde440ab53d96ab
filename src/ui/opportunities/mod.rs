//! The Opportunities tab (issue 12): the opportunity score of the current selection — grouping, weight sliders and
//! presets, the ranking with its factor columns, the *why* of the focused group, the sector × district heat-map of
//! cell scores, the district map coloured by score, and the shortlist with *Compare*. Everything is drawn from
//! [`crate::query::Opportunity`] (computed and cached in `query::Derived`); every change is a [`Command`].
//!
//! The map is the Map tab's own choropleth with [`MapMeasure::Score`] (one classing rule, one drawing code): by
//! district it shows each district's score, by cell each district's best cell, by sector the districts' own
//! scores (see [`crate::query::Opportunity::map_ranking`]).

mod compare;
mod heat_map;
mod ranking;
mod weights;
mod why;

pub use compare::compare_body_ui;

use super::ViewContext;
use crate::command::{Command, ExportKind};
use crate::i18n::Lang;
use crate::query::score::{ScoreBy, THIN_BELOW, note_in};
use crate::query::shortlist::{MAX_PINS, MIN_COMPARE};
use crate::query::{MapMeasure, MapStyle, Opportunity, Pin, Scores};
use crate::tr;

/// The marks of a pin button. Both are in the shipped fonts (no star is: egui's own fonts lack one).
const UNPINNED: &str = "+";
const PINNED: &str = "✓";

/// Which part of the tab is shown below the controls.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Section {
    #[default]
    Ranking,
    HeatMap,
    Map,
    Compare,
}

/// What the tab keeps between frames that is neither saved nor shared: the part shown, the group whose why is
/// shown, whether *About the score* is open.
#[derive(Default)]
pub struct OpportunitiesTab {
    section: Section,
    /// The key of the focused group; the top group when `None` or no longer ranked.
    focused: Option<Vec<String>>,
    show_about: bool,
}

impl OpportunitiesTab {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        commands: &mut Vec<Command>,
    ) {
        let lang = context.lang;
        let Some(opportunity) = context.derived.opportunity.as_deref() else {
            // Computed in the next `logic()`, before anything could be drawn from it.
            ui.spinner();
            return;
        };
        controls_ui(ui, context, &mut self.show_about, commands);
        weights::weights_ui(ui, context, commands);
        note_ui(ui, lang, opportunity);
        shortlist_ui(ui, context, commands, &mut self.section);
        ui.add_space(2.0);
        self.sections_ui(ui, context, lang);
        ui.separator();
        if context.derived.selection.is_empty() {
            super::empty_state_ui(ui, context.lang, commands);
        } else {
            self.section_ui(ui, context, opportunity, commands);
        }
        if self.show_about {
            why::about_score_window_ui(ui.ctx(), context, &mut self.show_about);
        }
    }

    fn sections_ui(&mut self, ui: &mut egui::Ui, context: &ViewContext<'_>, lang: Lang) {
        let pins = context.view.shortlist.pins.len();
        ui.horizontal(|ui| {
            for (section, title) in [
                (Section::Ranking, tr!(lang, "opp-section-ranking")),
                (Section::HeatMap, tr!(lang, "opp-section-heat-map")),
                (Section::Map, tr!(lang, "opp-section-map")),
                (Section::Compare, tr!(lang, "opp-section-compare", n = pins)),
            ] {
                let text = egui::RichText::new(title).strong();
                if ui.selectable_label(self.section == section, text).clicked() {
                    self.section = section;
                }
            }
        });
    }

    fn section_ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        opportunity: &Opportunity,
        commands: &mut Vec<Command>,
    ) {
        let lang = context.lang;
        let by = match self.section {
            Section::Ranking => context.view.score.by,
            Section::HeatMap => ScoreBy::SectorDistrict,
            Section::Map => {
                map_section_ui(ui, context, opportunity, commands);
                return;
            }
            Section::Compare => {
                compare::compare_ui(ui, context, commands);
                return;
            }
        };
        let scores = match opportunity.ranking(by) {
            Ok(scores) => scores,
            Err(error) => {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    tr!(
                        lang,
                        "opp-error",
                        error = crate::query::messages::score_error(error, lang)
                    ),
                );
                return;
            }
        };
        match self.section {
            Section::HeatMap => heat_map::heat_map_ui(ui, context, scores, commands),
            _ => self.ranking_section_ui(ui, context, scores, commands),
        }
    }

    /// The ranking above, the why of the focused group below.
    fn ranking_section_ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        scores: &Scores,
        commands: &mut Vec<Command>,
    ) {
        let focused = self
            .focused
            .as_ref()
            .and_then(|key| scores.groups.iter().position(|g| g.key == *key))
            .or((!scores.groups.is_empty()).then_some(0));
        let why_height = (ui.available_height() * 0.36).clamp(150.0, 320.0);
        let table_height = (ui.available_height() - why_height - 8.0).max(120.0);
        let width = ui.available_width();
        ui.allocate_ui(egui::vec2(width, table_height), |ui| {
            ui.set_min_height(table_height);
            if let Some(clicked) = ranking::ranking_ui(ui, context, scores, focused, commands) {
                self.focused = Some(scores.groups[clicked].key.clone());
            }
        });
        ui.separator();
        if let Some(group) = focused.and_then(|i| scores.groups.get(i)) {
            why::why_ui(ui, context, scores.by, group);
        } else {
            ui.weak(tr!(context.lang, "opp-why-pick"));
        }
    }
}

/// The district map coloured by score, with what it shows for the grouping and the zoom.
fn map_section_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    opportunity: &Opportunity,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    if let Err(error) = opportunity.map_ranking(context.view.score.by) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr!(lang, "opp-error", error = error.to_string()),
        );
        return;
    }
    ui.horizontal_wrapped(|ui| {
        super::map::zoom_buttons_ui(ui, context, commands);
        ui.separator();
        ui.weak(match context.view.score.by {
            ScoreBy::District => tr!(lang, "opp-map-hint-districts"),
            ScoreBy::SectorDistrict => tr!(lang, "opp-map-hint-cells"),
            ScoreBy::Sector => tr!(lang, "opp-map-hint-sectors"),
        });
    });
    super::map::map_canvas_as_ui(
        ui,
        context,
        (MapMeasure::Score, MapStyle::Choropleth),
        commands,
    );
}

/// The grouping, the presets and *About the score*.
fn controls_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    show_about: &mut bool,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let options = context.view.score;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(lang, "opp-rank-by"));
        for (by, title) in [
            (ScoreBy::Sector, tr!(lang, "opp-by-sector")),
            (ScoreBy::District, tr!(lang, "opp-by-district")),
            (ScoreBy::SectorDistrict, tr!(lang, "opp-by-cell")),
        ] {
            if ui.selectable_label(options.by == by, title).clicked() && options.by != by {
                commands.push(Command::SetScore(crate::query::ScoreOptions {
                    by,
                    ..options
                }));
            }
        }
        ui.separator();
        weights::presets_ui(ui, context, commands);
        ui.separator();
        if ui.button(tr!(lang, "opp-about")).clicked() {
            *show_about = !*show_about;
        }
    });
}

/// "illustrative: synthetic sample" on the embedded data, the file's own source otherwise: on every score view.
fn note_ui(ui: &mut egui::Ui, lang: Lang, opportunity: &Opportunity) {
    ui.label(
        egui::RichText::new(note_in(lang, &opportunity.note))
            .italics()
            .color(ui.visuals().warn_fg_color),
    );
}

/// The shortlist strip: each pin with a remove button, *Compare* and *Clear*.
fn shortlist_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
    section: &mut Section,
) {
    let lang = context.lang;
    let shortlist = &context.view.shortlist;
    ui.horizontal_wrapped(|ui| {
        ui.strong(tr!(lang, "opp-shortlist"));
        if shortlist.pins.is_empty() {
            ui.weak(tr!(lang, "opp-shortlist-empty"));
            return;
        }
        for pin in &shortlist.pins {
            let label = crate::query::labels::pin_label_in(context.dataset, pin, lang);
            let response = ui
                .button(format!("{PINNED} {label} ×"))
                .on_hover_text(tr!(lang, "opp-unpin-hint"));
            let name = tr!(lang, "opp-remove-label", name = label.clone());
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
            if response.clicked() {
                commands.push(Command::TogglePin(pin.clone()));
            }
        }
        let compare = ui
            .add_enabled(
                shortlist.can_compare(),
                egui::Button::new(tr!(lang, "opp-compare")),
            )
            .on_disabled_hover_text(tr!(lang, "opp-compare-hint", min = MIN_COMPARE));
        if compare.clicked() {
            *section = Section::Compare;
        }
        if ui.button(tr!(lang, "opp-clear-shortlist")).clicked() {
            commands.push(Command::ClearShortlist);
        }
    });
}

/// The pin toggle of a row: + to pin, ✓ when pinned; disabled when the shortlist is full. Its accessible name
/// is "Pin NAME", so tests and screen readers can tell the rows apart.
pub fn pin_button_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    pin: Pin,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let shortlist = &context.view.shortlist;
    let pinned = shortlist.contains(&pin);
    let enabled = pinned || !shortlist.is_full();
    let button = egui::Button::new(if pinned { PINNED } else { UNPINNED }).frame(false);
    let response = ui
        .add_enabled(enabled, button)
        .on_hover_text(if pinned {
            tr!(lang, "opp-unpin-hint")
        } else {
            tr!(lang, "opp-pin-hint", max = MAX_PINS)
        })
        .on_disabled_hover_text(tr!(lang, "opp-shortlist-full", max = MAX_PINS));
    let name = tr!(
        lang,
        "opp-pin-label",
        name = crate::query::labels::pin_label_in(context.dataset, &pin, lang)
    );
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, pinned, name.clone())
    });
    if response.clicked() {
        commands.push(Command::TogglePin(pin));
    }
}

/// "Pin this project" (or unpin) for the detail panel: projects join the shortlist from there.
pub fn pin_project_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    row: usize,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let pin = Pin::of_project(&context.dataset.projects, row);
    let shortlist = &context.view.shortlist;
    let pinned = shortlist.contains(&pin);
    let text = if pinned {
        tr!(lang, "opp-unpin-project")
    } else {
        tr!(lang, "opp-pin-project")
    };
    let response = ui
        .add_enabled(
            pinned || !shortlist.is_full(),
            egui::Button::new(format!("{} {text}", if pinned { PINNED } else { UNPINNED })).small(),
        )
        .on_disabled_hover_text(tr!(lang, "opp-shortlist-full", max = MAX_PINS));
    if response.clicked() {
        commands.push(Command::TogglePin(pin));
    }
}

/// The colour of `t` (0…1, low to high) on the score ramp: from a pale tint to a strong blue in light mode, from
/// the panel's grey to a bright blue in dark mode, so higher always stands out more. `None` (no score) is the
/// faint background.
pub fn score_color(visuals: &egui::Visuals, t: Option<f64>) -> egui::Color32 {
    let Some(t) = t else {
        return visuals.faint_bg_color;
    };
    let (low, high) = if visuals.dark_mode {
        (
            egui::Color32::from_rgb(44, 50, 58),
            egui::Color32::from_rgb(64, 156, 255),
        )
    } else {
        (
            egui::Color32::from_rgb(232, 240, 250),
            egui::Color32::from_rgb(24, 94, 190),
        )
    };
    low.lerp_to_gamma(high, t.clamp(0.0, 1.0) as f32)
}

/// Text on a [`score_color`] of `t`: white on the strong end of the light ramp, the usual text otherwise.
pub fn score_text_color(visuals: &egui::Visuals, t: Option<f64>) -> egui::Color32 {
    if !visuals.dark_mode && t.is_some_and(|t| t > 0.55) {
        egui::Color32::WHITE
    } else {
        visuals.strong_text_color()
    }
}

/// "73.2", or "–" for no score.
pub fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.1}"))
}

/// The thin flag's hover text.
fn thin_hint(lang: Lang) -> String {
    tr!(lang, "opp-thin-hint", below = THIN_BELOW)
}

/// The export items of the tab's "Export this…" menu: the ranking, the map by score, and Compare once two are
/// pinned.
pub fn export_kinds(context: &ViewContext<'_>) -> Vec<ExportKind> {
    use crate::export::TableFormat;
    let mut kinds: Vec<ExportKind> = TableFormat::ALL
        .into_iter()
        .map(ExportKind::Ranking)
        .collect();
    if context.view.tab == crate::query::Tab::Opportunities {
        // Drawn by score (see `app::exporting`): only from this tab, where the map shows scores.
        kinds.push(ExportKind::Picture(crate::query::Tab::Map));
    }
    if context.view.shortlist.can_compare() {
        kinds.push(ExportKind::ComparePicture);
    }
    kinds
}
