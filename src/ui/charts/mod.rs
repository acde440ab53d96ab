//! The Charts tab (egui_plot): by sector, sub-sector and district, over time, project sizes and sectors by year.
//! Every number comes from [`crate::query::charts`] (through `Derived::chart`); this module only draws it.
//!
//! What every chart does the same way, here: integer steps on count axes and evenly thinned years
//! ([`crate::query::charts::ticks`]), an axis title with its unit on every axis, value labels painted over the
//! plot on a background patch so no gridline crosses them, a minimum number of bar slots so one bar or one year
//! draws a bar of normal width in the middle, and an invisible accessible button over each bar (hover text,
//! click-to-filter through a [`Command`], a label for screen readers and tests).

mod bars;
mod sizes;
mod years;

use egui_plot::{GridInput, GridMark, Plot, PlotPoint, PlotTransform};

use super::ViewContext;
use crate::command::Command;
use crate::format;

use crate::query::charts::{ChartData, effective_kind, ticks};
use crate::query::{ChartKind, Rgb};
use crate::tr;

/// Sizes that differ between the window and a slide PNG (1920×1080 px at 1.5 px per point).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartStyle {
    /// Bar-end value labels, in points.
    pub value_text: f32,
}

impl ChartStyle {
    /// 14 px on a screen at 1 px per point.
    pub const WINDOW: ChartStyle = ChartStyle { value_text: 14.0 };
    /// 24 px in the 1920×1080 slide.
    pub const SLIDE: ChartStyle = ChartStyle { value_text: 16.0 };
}

/// The title of the chart `context` shows: "By sub-sector" when "by sector" shows one sector's sub-sectors.
pub fn shown_chart_title(context: &ViewContext<'_>) -> String {
    effective_kind(context.view.chart, &context.view.filter).title_in(context.lang)
}

pub fn charts_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
    ui.horizontal_wrapped(|ui| {
        for chart in ChartKind::ALL {
            let selected = context.view.chart == chart;
            if ui
                .selectable_label(selected, chart.title_in(lang))
                .clicked()
                && !selected
            {
                commands.push(Command::SetChart(chart));
            }
        }
        ui.separator();
        let source = if context.dataset.provenance.is_synthetic {
            tr!(lang, "data-synthetic")
        } else {
            tr!(lang, "data-yours")
        };
        ui.weak(tr!(
            lang,
            "chart-caption",
            unit = context.money().unit_in(lang),
            source = source
        ));
    });
    if context.derived.selection.is_empty() {
        super::empty_state_ui(ui, context.lang, commands);
        return;
    }
    chart_body_ui(ui, context, ChartStyle::WINDOW, commands);
}

/// The chart the view asks for, without the chooser above it (a PNG export and a slide draw only this).
pub fn chart_body_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    style: ChartStyle,
    commands: &mut Vec<Command>,
) {
    if context.derived.selection.is_empty() {
        // The window shows its own empty state (with "Clear filters") before it gets here: this is a picture.
        super::empty_picture_ui(ui, context.lang);
        return;
    }
    match &context.derived.chart {
        ChartData::Categories(chart) => {
            bars::category_chart_ui(ui, context, chart, style, commands)
        }
        ChartData::OverTime(data) => years::over_time_ui(ui, context, data, style, commands),
        ChartData::Sizes(data) => sizes::size_histogram_ui(ui, context, data, style, commands),
        ChartData::SectorsByYear(data) => {
            years::sectors_by_year_ui(ui, context, data, style, commands);
        }
    }
}

/// An RGB colour of the query palette as an egui colour.
fn color(rgb: Rgb) -> egui::Color32 {
    egui::Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// A plot with nothing to zoom, drag or scroll: a chart for reading, with our own hover texts.
fn still_plot(id: &str) -> Plot<'_> {
    Plot::new(id)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_double_click_reset(false)
        .allow_boxed_zoom(false)
        .show_crosshair(false)
        .label_formatter(|_| None)
        // No automatic margin: each chart sets its own room, so bars and years sit where they should.
        .set_margin_fraction(egui::vec2(0.0, 0.0))
}

/// egui_plot asks for grid lines at least this far apart (its `grid_spacing` minimum, in points).
const GRID_SPACING_POINTS: f64 = 8.0;

/// The plot units per point on the axis a spacer is asked about.
fn units_per_point(input: &GridInput) -> f64 {
    input.base_step_size / GRID_SPACING_POINTS
}

fn grid_marks(step: f64, input: &GridInput) -> Vec<GridMark> {
    ticks::marks(step, input.bounds.0, input.bounds.1)
        .into_iter()
        .map(|value| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// Whole-number marks at least `min_points` apart (a count axis).
fn count_spacer(min_points: f64) -> impl Fn(GridInput) -> Vec<GridMark> {
    move |input| {
        grid_marks(
            ticks::count_step(units_per_point(&input) * min_points),
            &input,
        )
    }
}

/// Nice amount marks at least `min_points` apart.
fn amount_spacer(min_points: f64) -> impl Fn(GridInput) -> Vec<GridMark> {
    move |input| {
        grid_marks(
            ticks::nice_step(units_per_point(&input) * min_points),
            &input,
        )
    }
}

/// Nice amount marks for a horizontal axis, without one so near the right end that its centred label would be cut
/// by the frame ("35,00" for 35,000).
fn amount_x_spacer(min_points: f64) -> impl Fn(GridInput) -> Vec<GridMark> {
    /// Half the width of a label like "35,000" at slide size, in points.
    const HALF_LABEL_POINTS: f64 = 28.0;
    move |input| {
        let last = input.bounds.1 - units_per_point(&input) * HALF_LABEL_POINTS;
        let mut marks = amount_spacer(min_points)(input);
        marks.retain(|mark| mark.value <= last);
        marks
    }
}

/// An amount axis mark with the decimals its step needs: "0.05" on an axis of a 0.3 m project (not "0 0 0 0"),
/// "2,000" on the default data's.
fn amount_mark(mark: GridMark) -> String {
    let decimals = if mark.step_size > 0.0 && mark.step_size < 1.0 {
        (-mark.step_size.log10() - 1e-9).ceil() as usize
    } else {
        0
    };
    format::thousands(mark.value, decimals)
}

/// Half the width of a year label ("2021") at slide size, in points.
const HALF_YEAR_LABEL_POINTS: f64 = 20.0;

/// Year marks with labels at least `min_points` apart, by the one rule of year axes
/// ([`ticks::year_marks`]: evenly thinned round years, and the years of `bar_years` when they are few).
fn year_spacer(min_points: f64, bar_years: Vec<i32>) -> impl Fn(GridInput) -> Vec<GridMark> {
    move |input| {
        let min_step = units_per_point(&input) * min_points;
        let step = ticks::year_step(min_step);
        // egui_plot fades a label in from 60 to 80 points of its mark's step and hides it below: these are
        // already spaced to fit, so each is given a step of full strength.
        let step_size = step.max(units_per_point(&input) * X_LABEL_POINTS);
        // No round year so near an end that its centred label would be cut by the frame or run into the value
        // axis (a bar's year is labelled wherever it is).
        let edge = units_per_point(&input) * HALF_YEAR_LABEL_POINTS;
        ticks::year_marks(min_step, input.bounds, edge, &bar_years)
            .into_iter()
            .map(|value| GridMark { value, step_size })
            .collect()
    }
}

/// Room between x-axis labels: egui_plot hides labels closer than 60 points and fades them up to 80.
const X_LABEL_POINTS: f64 = 80.0;
/// Room between y-axis labels (egui_plot: hidden under 20 points, faded up to 30).
const Y_LABEL_POINTS: f64 = 32.0;

/// The plot always has room for this many bars or years, so one bar or one year stays a bar of normal
/// width in the middle rather than filling the plot.
const MIN_SLOTS: usize = 8;

/// The room on each side of `count` slots one unit apart (centred on `0..count`), in slot units.
fn slot_padding(count: usize) -> f64 {
    (MIN_SLOTS.saturating_sub(count) as f64 / 2.0).max(0.0) + 0.6
}

/// A value label at `at` (screen position), anchored as `anchor`, on a patch of the plot's background so that
/// gridlines never cross it.
fn value_label(
    ui: &egui::Ui,
    transform: &PlotTransform,
    at: egui::Pos2,
    anchor: egui::Align2,
    text: String,
    style: ChartStyle,
) {
    let painter = ui.painter().with_clip_rect(*transform.frame());
    let galley = painter.layout_no_wrap(
        text,
        egui::FontId::proportional(style.value_text),
        ui.visuals().text_color(),
    );
    let rect = anchor.anchor_size(at, galley.size());
    painter.rect_filled(rect.expand(2.0), 2.0, ui.visuals().extreme_bg_color);
    painter.galley(rect.min, galley, ui.visuals().text_color());
}

/// Registers an invisible, accessible button over a bar: hover text, click, and a label for screen readers.
fn bar_hit_area(
    ui: &mut egui::Ui,
    transform: &PlotTransform,
    corners: (PlotPoint, PlotPoint),
    label: &str,
    hover: &str,
) -> bool {
    let rect = transform.rect_from_values(&corners.0, &corners.1);
    let rect = rect.intersect(*transform.frame());
    if !rect.is_positive() {
        return false;
    }
    let response = ui.interact(
        rect,
        ui.scope_id().with(("bar", label)),
        egui::Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    let clicked = response.clicked();
    response.on_hover_text(hover);
    clicked
}

/// A legend beside the plot (never over it): one swatch and name per series, top to bottom.
fn legend_ui(ui: &mut egui::Ui, entries: &[(String, egui::Color32)]) {
    ui.vertical(|ui| {
        for (name, fill) in entries {
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, *fill);
                ui.label(name);
            });
        }
    });
}
