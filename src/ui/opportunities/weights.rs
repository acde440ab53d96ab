//! The weight sliders, the recent window and the presets. Each change is one [`Command::SetScore`]; dragging a
//! slider is one undo step.

use super::ViewContext;
use crate::command::Command;
use crate::query::score::{Factor, MAX_RECENT_YEARS, Preset, ScoreOptions, factor_name};
use crate::tr;

/// The sliders go from 0 (left out) to this.
const MAX_WEIGHT: f64 = 5.0;

/// One button per preset; the one the weights are now is highlighted.
pub fn presets_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
    let options = context.view.score;
    let current = Preset::of(&options.weights);
    ui.label(tr!(lang, "opp-presets"));
    for preset in Preset::ALL {
        let title = match preset {
            Preset::Balanced => tr!(lang, "opp-preset-balanced"),
            Preset::Momentum => tr!(lang, "opp-preset-momentum"),
            Preset::WhiteSpace => tr!(lang, "opp-preset-white-space"),
            Preset::PolicyAligned => tr!(lang, "opp-preset-policy"),
        };
        if ui
            .selectable_label(current == Some(preset), title)
            .clicked()
            && current != Some(preset)
        {
            commands.push(Command::SetScore(ScoreOptions {
                weights: preset.weights(),
                ..options
            }));
        }
    }
}

/// A slider per factor and the recent window, four to a line (white space only counts for cells).
pub fn weights_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
    let options = context.view.score;
    ui.horizontal(|ui| {
        ui.strong(tr!(lang, "opp-weights"));
        egui::Grid::new("score_weights")
            .num_columns(8)
            .spacing([6.0, 2.0])
            .show(ui, |ui| {
                // Seven sliders share two lines beside the filter and detail panels.
                ui.spacing_mut().slider_width = 44.0;
                for (index, factor) in Factor::ALL.into_iter().enumerate() {
                    weight_slider_ui(ui, lang, options, factor, commands);
                    if index % 4 == 3 {
                        ui.end_row();
                    }
                }
                let label = ui.label(tr!(lang, "opp-window"));
                let mut years = options.recent_years;
                ui.add(egui::DragValue::new(&mut years).range(1..=MAX_RECENT_YEARS))
                    .labelled_by(label.id)
                    .on_hover_text(tr!(lang, "opp-window-hint", years = years));
                if years != options.recent_years {
                    commands.push(Command::SetScore(ScoreOptions {
                        recent_years: years,
                        ..options
                    }));
                }
                ui.end_row();
            });
    });
}

/// The name and slider of one factor's weight.
fn weight_slider_ui(
    ui: &mut egui::Ui,
    lang: crate::i18n::Lang,
    options: ScoreOptions,
    factor: Factor,
    commands: &mut Vec<Command>,
) {
    let name = factor_name(lang, factor);
    let label = ui.label(&name);
    let mut weight = options.weights.get(factor);
    let response = ui
        .add(
            egui::Slider::new(&mut weight, 0.0..=MAX_WEIGHT)
                .step_by(0.5)
                .fixed_decimals(1),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!(lang, "opp-weight-hint", factor = name.clone()));
    // The engine refuses all-zero weights: the last weight above 0 cannot be dragged to 0.
    if response.changed()
        && let Ok(weights) = options.weights.with(factor, weight)
    {
        commands.push(Command::SetScore(ScoreOptions { weights, ..options }));
    }
}
