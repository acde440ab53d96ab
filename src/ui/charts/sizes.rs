//! Project sizes on a log scale: a few mega projects hold much of the value, most projects are small. The bins
//! are fixed (see [`crate::query::charts::sizes`]); click a bar to filter to that size range, in the currency the
//! bars are in.

use egui_plot::{Bar, BarChart, PlotPoint};

use super::{
    ChartStyle, ViewContext, Y_LABEL_POINTS, bar_hit_area, color, count_spacer, still_plot,
    value_label,
};
use crate::command::Command;
use crate::format;
use crate::query::charts::SizeHistogram;
use crate::query::palette::SERIES_COLOUR;
use crate::tr;

/// The share of a bin's width its bar fills.
const BAR_FILL: f64 = 0.92;

pub(super) fn size_histogram_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    data: &SizeHistogram,
    style: ChartStyle,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let money = context.money();
    // The bins are in millions; the axis and the ranges in the reader's column unit (万美元 in Chinese).
    let unit = money.unit_in(lang);
    let scaled = |millions: f64| money.scaled_in(lang, millions);
    if data.num_without_amount > 0 {
        ui.weak(tr!(
            lang,
            "chart-without-amount",
            n = data.num_without_amount
        ));
    }
    let bars: Vec<Bar> = data
        .bins
        .iter()
        .map(|bin| {
            let (lo, hi) = bin.log_edges();
            Bar::new((lo + hi) / 2.0, bin.num_projects as f64)
                .width((hi - lo) * BAR_FILL)
                .fill(color(SERIES_COLOUR))
        })
        .collect();
    let tallest = data.bins.iter().map(|b| b.num_projects).max().unwrap_or(0) as f64;
    let (first, last) = match (data.bins.first(), data.bins.last()) {
        (Some(first), Some(last)) => (first.log_edges().0, last.log_edges().1),
        _ => return,
    };
    let response = still_plot("size_histogram")
        .x_axis_label(tr!(lang, "chart-axis-size", unit = unit.as_str()))
        .y_axis_label(tr!(lang, "chart-axis-projects"))
        .show_grid([false, true])
        // A mark at each power of ten.
        .x_grid_spacer(|input| super::grid_marks(1.0, &input))
        .y_grid_spacer(count_spacer(Y_LABEL_POINTS))
        .x_axis_formatter(|mark, _| axis_amount(scaled(10f64.powf(mark.value))))
        .y_axis_formatter(|mark, _| format::thousands(mark.value, 0))
        .include_x(first - 0.1)
        .include_x(last + 0.1)
        .include_y(0.0)
        .include_y((tallest * 1.15).max(1.0))
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(BarChart::new("projects", bars).allow_hover(false));
        });
    let transform = response.transform;
    let bin_points = transform.dpos_dvalue_x().abs() as f32 * 0.25;
    for bin in &data.bins {
        let (lo, hi) = bin.log_edges();
        let middle = (lo + hi) / 2.0;
        let half = (hi - lo) * BAR_FILL / 2.0;
        let count = bin.num_projects as f64;
        if bin.num_projects > 0 {
            let text = format::count(bin.num_projects);
            // Labels only where they fit across their bar.
            if bin_points >= style.value_text * 0.6 * text.len() as f32 + 4.0 {
                let top = transform.position_from_point(&PlotPoint::new(middle, count));
                value_label(
                    ui,
                    &transform,
                    top - egui::vec2(0.0, 3.0),
                    egui::Align2::CENTER_BOTTOM,
                    text,
                    style,
                );
            }
        }
        let range = range_text(
            &significant(scaled(bin.lower_m)),
            &significant(scaled(bin.upper_m)),
            &unit,
        );
        let mut hover = tr!(
            lang,
            "chart-size-hint",
            range = range.clone(),
            n = bin.num_projects
        );
        hover.push('\n');
        hover.push_str(&tr!(lang, "chart-click-to-filter"));
        let corners = (
            PlotPoint::new(middle - half, 0.0),
            PlotPoint::new(middle + half, count),
        );
        let label = tr!(lang, "chart-size-bar", range = range);
        if bar_hit_area(ui, &transform, corners, &label, &hover) {
            // The bins are in the currency shown, and so are the bounds they set (they keep it: see the filter
            // panel).
            let mut filter = context.view.filter.clone();
            filter.set_amount_range(
                Some(round_amount(bin.lower_m)),
                Some(round_amount(bin.upper_m)),
                money.currency,
            );
            commands.push(Command::SetFilter(filter));
        }
    }
}

/// Rounds a bin edge to 3 significant digits, so the filter chip reads "USD 1.78–3.16 m".
fn round_amount(value: f64) -> f64 {
    let digits = 2 - value.log10().floor() as i32;
    let factor = 10f64.powi(digits);
    (value * factor).round() / factor
}

/// "USD 1.78–3.16 m" (an English unit has its code first), "178–316 万美元".
fn range_text(lower: &str, upper: &str, unit: &str) -> String {
    match unit.split_once(' ') {
        Some((code, suffix)) => format!("{code} {lower}–{upper} {suffix}"),
        None => format!("{lower}–{upper} {unit}"),
    }
}

/// A power of ten on the log axis: `0.1`, `1`, `1,000`.
fn axis_amount(value: f64) -> String {
    if value >= 1.0 {
        format::thousands(value, 0)
    } else {
        let decimals = (-value.log10()).round() as usize;
        format!("{value:.decimals$}")
    }
}

/// `0.0316` ⇒ `"0.03"`, `1778.3` ⇒ `"1,778"`: amounts on a log axis, to two significant digits.
fn significant(value: f64) -> String {
    if value >= 100.0 {
        format::thousands(value, 0)
    } else if value >= 1.0 {
        format!("{value:.1}")
    } else {
        let decimals = (-value.log10()).ceil() as usize + 1;
        format!("{value:.decimals$}")
    }
}
