//! The legend column beside the map: the classes with their ranges, "no project" (by score: "no score"), the
//! Liangjiang outline and why it is approximate, how small districts are named, and the rows that are not on the map.

use super::MapFrame;
use crate::format;
use crate::query::map::{LabelPlace, class_colour};
use crate::query::{MapMeasure, MapStyle};
use crate::tr;

const SWATCH: egui::Vec2 = egui::vec2(22.0, 14.0);

pub(super) fn legend_ui(ui: &mut egui::Ui, frame: &MapFrame<'_>, rect: egui::Rect) {
    let mut ui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    let ui = &mut ui;
    let lang = frame.lang;
    let context = frame.context;
    ui.spacing_mut().item_spacing.y = 5.0;
    let measure = frame.series.measure;
    let heading = match measure {
        MapMeasure::Contracted => tr!(
            lang,
            "map-legend-contracted",
            unit = context.money().unit_in(lang)
        ),
        MapMeasure::Projects => tr!(lang, "map-legend-projects"),
        MapMeasure::Share => tr!(lang, "map-legend-share"),
        MapMeasure::Score if super::best_cells(context) => tr!(lang, "map-legend-best-cell"),
        MapMeasure::Score => tr!(lang, "map-legend-score"),
    };
    ui.strong(heading);
    if measure == MapMeasure::Score {
        // Which weights and window: the score is relative to them (and to the selection).
        let note = egui::RichText::new(tr!(
            lang,
            "map-legend-score-note",
            years = context.view.score.recent_years
        ))
        .weak()
        .small();
        ui.add(egui::Label::new(note).wrap());
    }
    if frame.style == MapStyle::Bubbles {
        ui.weak(tr!(lang, "map-legend-bubbles"));
    }
    let dark = ui.visuals().dark_mode;
    let breaks = &frame.series.breaks;
    // Highest class first, as a reader scans a legend from the top.
    // Whole numbers when every bound is at least 10 in the shown unit: "2,100 – 12,000", not "2,100.0 – …".
    let shown = |v: f64| match measure {
        MapMeasure::Contracted => context.money().scaled_in(lang, v),
        MapMeasure::Projects | MapMeasure::Share | MapMeasure::Score => v,
    };
    let decimals = if breaks.lower.iter().all(|&v| shown(v).abs() >= 10.0)
        || measure == MapMeasure::Projects
    {
        0
    } else {
        1
    };
    let number = |v: f64| format::thousands(shown(v), decimals);
    for class in (0..breaks.len()).rev() {
        let (low, high) = breaks.range(class);
        // One value (one district, or all equal) is shown as itself, not as "4,928 – 4,928".
        let text = if low == high {
            number(low)
        } else {
            tr!(
                lang,
                "map-legend-range",
                low = number(low),
                high = number(high)
            )
        };
        let [r, g, b] = class_colour(class, breaks.len(), dark);
        swatch_row_ui(ui, egui::Color32::from_rgb(r, g, b), &text);
    }
    let empty = match measure {
        MapMeasure::Score => tr!(
            lang,
            "map-legend-no-score",
            below = crate::query::score::THIN_BELOW
        ),
        _ => tr!(lang, "map-legend-no-project"),
    };
    swatch_row_ui(ui, egui::Color32::TRANSPARENT, &empty);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let (swatch, _) = ui.allocate_exact_size(SWATCH, egui::Sense::hover());
        let stroke = egui::Stroke::new(2.2, ui.visuals().strong_text_color());
        ui.painter().extend(egui::Shape::dashed_line(
            &[swatch.left_center(), swatch.right_center()],
            stroke,
            7.0,
            4.0,
        ));
        ui.label(tr!(lang, "map-legend-liangjiang"));
    });
    ui.add(
        egui::Label::new(
            egui::RichText::new(tr!(lang, "map-legend-liangjiang-note"))
                .weak()
                .small(),
        )
        .wrap(),
    );
    if frame
        .places
        .iter()
        .any(|p| !matches!(p, LabelPlace::Inside { .. }))
    {
        ui.add_space(4.0);
        ui.add(
            egui::Label::new(
                egui::RichText::new(tr!(lang, "map-legend-small"))
                    .weak()
                    .small(),
            )
            .wrap(),
        );
    }
    let unmapped = frame.series.unmapped;
    if unmapped.num_projects > 0 {
        ui.add_space(8.0);
        ui.add(
            egui::Label::new(
                egui::RichText::new(tr!(
                    lang,
                    "map-not-on-map",
                    n = unmapped.num_projects,
                    amount = context.money().format_in(lang, unmapped.contracted_m)
                ))
                .color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
}

/// A coloured box (outlined) and its text.
fn swatch_row_ui(ui: &mut egui::Ui, fill: egui::Color32, text: &str) {
    ui.horizontal(|ui| {
        let (swatch, _) = ui.allocate_exact_size(SWATCH, egui::Sense::hover());
        let stroke = egui::Stroke::new(0.8, ui.visuals().text_color().gamma_multiply(0.55));
        ui.painter()
            .rect(swatch, 2.0, fill, stroke, egui::StrokeKind::Inside);
        ui.label(text);
    });
}
