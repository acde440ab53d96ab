//! The *why* of the focused group — each counting factor's points, largest first, with its raw figures in words —
//! and the *About the score* window: the formula in words and the weights in use.

use super::{ViewContext, score_text};
use crate::i18n::Lang;
use crate::query::labels;
use crate::query::score::note_in;
use crate::query::score::{ScoreBy, ScoredGroup, formula_in_words, weights_in_words, why_text_in};
use crate::tr;

/// The why of `group`: its name and score, then each factor's points.
pub fn why_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, by: ScoreBy, group: &ScoredGroup) {
    let lang = context.lang;
    ui.horizontal(|ui| {
        ui.heading(tr!(lang, "opp-why"));
        let name = labels::group_label_in(context.dataset, by, &group.key, lang);
        ui.strong(tr!(
            lang,
            "opp-why-title",
            name = name,
            score = score_text(group.score)
        ));
        if group.thin {
            ui.colored_label(ui.visuals().warn_fg_color, tr!(lang, "opp-thin"))
                .on_hover_text(super::thin_hint(lang));
        }
    });
    if group.why.is_empty() {
        ui.weak(tr!(lang, "opp-no-score"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("why_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| why_lines_ui(ui, lang, group));
}

/// One line per factor: its points as a bar, then the figures.
fn why_lines_ui(ui: &mut egui::Ui, lang: Lang, group: &ScoredGroup) {
    let max = group
        .why
        .iter()
        .map(|w| w.contribution)
        .fold(0.0, f64::max)
        .max(1e-9);
    egui::Grid::new("why_grid")
        .num_columns(3)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for why in &group.why {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(80.0, 10.0), egui::Sense::hover());
                let visuals = ui.visuals();
                ui.painter().rect_filled(rect, 2.0, visuals.faint_bg_color);
                let mut bar = rect;
                bar.set_width(rect.width() * (why.contribution / max).clamp(0.0, 1.0) as f32);
                ui.painter()
                    .rect_filled(bar, 2.0, visuals.selection.bg_fill);
                ui.label(tr!(
                    lang,
                    "opp-points",
                    points = format!("{:+.1}", why.contribution)
                ));
                ui.add(egui::Label::new(why_text_in(lang, why)).wrap());
                ui.end_row();
            }
        });
}

/// *About the score*: what it is, the formula in words, the weights and window in use, the note on the data.
pub fn about_score_window_ui(ctx: &egui::Context, context: &ViewContext<'_>, open: &mut bool) {
    let lang = context.lang;
    let options = context.view.score;
    egui::Window::new(tr!(lang, "opp-about-title"))
        .open(open)
        .default_width(560.0)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(520.0)
                .show(ui, |ui| {
                    ui.add(egui::Label::new(tr!(lang, "opp-about-intro")).wrap());
                    ui.add_space(6.0);
                    for line in formula_in_words(lang, options.recent_years) {
                        ui.add(egui::Label::new(format!("• {line}")).wrap());
                    }
                    ui.add_space(6.0);
                    ui.strong(tr!(lang, "opp-about-weights"));
                    ui.label(weights_in_words(lang, &options.weights));
                    if let Some(opportunity) = &context.derived.opportunity {
                        ui.add_space(6.0);
                        ui.weak(note_in(lang, &opportunity.note));
                    }
                });
        });
}
