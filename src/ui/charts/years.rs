//! The year charts: over time (annual bars and step-wise running totals, value and count) and sectors by year
//! (stacked bars with the legend beside the plot). Every year of the range is drawn, empty ones as gaps; click
//! a bar or segment to filter to that year.

use egui_plot::{Bar, BarChart, Line, PlotPoint, PlotPoints, PlotTransform};

use super::{
    ChartStyle, ViewContext, Y_LABEL_POINTS, amount_spacer, bar_hit_area, color, count_spacer,
    legend_ui, slot_padding, still_plot, value_label, year_spacer,
};
use crate::command::Command;
use crate::format;
use crate::query::charts::{OverTime, StackedYears, YearRow};
use crate::query::palette::{OTHER_COLOUR, SERIES_COLOUR};
use crate::tr;

/// Room per year label: a four-digit year needs less than an amount, and egui_plot draws labels from 60 points
/// apart, so a centred single year keeps its label.
const YEAR_LABEL_POINTS: f64 = 64.0;

/// Half the width of a year bar, in years.
const HALF_BAR: f64 = 0.4;

/// What one over-time panel shows.
struct Panel<'a> {
    id: &'a str,
    title: String,
    /// The value axis title, with its unit.
    axis: String,
    value: &'a dyn Fn(&YearRow) -> f64,
    /// The value as text, for labels and hover.
    text: &'a dyn Fn(&YearRow) -> String,
    is_count: bool,
}

pub(super) fn over_time_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    data: &OverTime,
    style: ChartStyle,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let money = context.money();
    let unit = money.unit_in(lang);
    if data.num_without_year > 0 {
        ui.weak(tr!(lang, "chart-without-year", n = data.num_without_year));
    }
    // Two rows of plots, each under a one-line title.
    let height = ((ui.available_height() - 2.0 * 30.0) / 2.0).max(120.0);
    let contracted = |row: &YearRow| money.scaled_in(lang, row.contracted_m);
    let contracted_text = |row: &YearRow| money.chart_number_in(lang, row.contracted_m);
    let cumulative = |row: &YearRow| money.scaled_in(lang, row.cumulative_contracted_m);
    let cumulative_text = |row: &YearRow| money.chart_number_in(lang, row.cumulative_contracted_m);
    let projects = |row: &YearRow| row.num_projects as f64;
    let projects_text = |row: &YearRow| format::count(row.num_projects);
    let cumulative_projects = |row: &YearRow| row.cumulative_projects as f64;
    let cumulative_projects_text = |row: &YearRow| format::count(row.cumulative_projects);
    // The panels' headings name the measure; a short axis title (the unit) fits the short plots of a slide
    // without running into the heading.
    let amount_axis = unit.clone();
    let count_axis = tr!(lang, "chart-axis-projects");
    ui.columns(2, |columns| {
        annual_bars_ui(
            &mut columns[0],
            data,
            height,
            &Panel {
                id: "annual_value",
                title: tr!(lang, "chart-contracted-per-year", unit = unit.clone()),
                axis: amount_axis.clone(),
                value: &contracted,
                text: &contracted_text,
                is_count: false,
            },
            context,
            style,
            commands,
        );
        cumulative_ui(
            &mut columns[1],
            data,
            height,
            &Panel {
                id: "cumulative_value",
                title: tr!(lang, "chart-cumulative-contracted", unit = unit.clone()),
                axis: amount_axis,
                value: &cumulative,
                text: &cumulative_text,
                is_count: false,
            },
            context,
            style,
        );
        annual_bars_ui(
            &mut columns[0],
            data,
            height,
            &Panel {
                id: "annual_count",
                title: tr!(lang, "chart-projects-per-year"),
                axis: count_axis.clone(),
                value: &projects,
                text: &projects_text,
                is_count: true,
            },
            context,
            style,
            commands,
        );
        cumulative_ui(
            &mut columns[1],
            data,
            height,
            &Panel {
                id: "cumulative_count",
                title: tr!(lang, "chart-cumulative-projects"),
                axis: count_axis,
                value: &cumulative_projects,
                text: &cumulative_projects_text,
                is_count: true,
            },
            context,
            style,
        );
    });
}

/// A year plot with the axes every year chart shares: years evenly thinned and centred, a titled value axis.
fn year_plot<'a>(
    id: &'a str,
    years: (i32, i32),
    bar_years: Vec<i32>,
    axis: String,
    is_count: bool,
    lang: crate::i18n::Lang,
) -> egui_plot::Plot<'a> {
    let (first, last) = years;
    // Room for a whole slot at each end: the first and last bars (and running-total steps, a year wide) are
    // never cut by the frame.
    let padding = slot_padding((last - first + 1) as usize);
    let plot = still_plot(id)
        .x_axis_label(tr!(lang, "chart-axis-year"))
        .y_axis_label(axis)
        .x_grid_spacer(year_spacer(YEAR_LABEL_POINTS, bar_years))
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .include_x(f64::from(first) - padding)
        .include_x(f64::from(last) + padding)
        .include_y(0.0)
        .show_grid([false, true]);
    if is_count {
        plot.y_grid_spacer(count_spacer(Y_LABEL_POINTS))
            .y_axis_formatter(|mark, _| format::thousands(mark.value, 0))
            .include_y(1.0)
    } else {
        plot.y_grid_spacer(amount_spacer(Y_LABEL_POINTS))
            .y_axis_formatter(|mark, _| super::amount_mark(mark))
    }
}

fn span(data: &OverTime) -> Option<(i32, i32)> {
    Some((data.years.first()?.year, data.years.last()?.year))
}

/// Room above the tallest bar for its value label.
const HEADROOM: f64 = 1.3;

#[allow(clippy::too_many_arguments)]
fn annual_bars_ui(
    ui: &mut egui::Ui,
    data: &OverTime,
    height: f32,
    panel: &Panel<'_>,
    context: &ViewContext<'_>,
    style: ChartStyle,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    ui.strong(&panel.title);
    let Some(years) = span(data) else {
        return;
    };
    let bars: Vec<Bar> = data
        .years
        .iter()
        .map(|row| {
            Bar::new(f64::from(row.year), (panel.value)(row))
                .width(2.0 * HALF_BAR)
                .name(row.year)
                .fill(color(SERIES_COLOUR))
        })
        .collect();
    let tallest = data.years.iter().map(panel.value).fold(0.0, f64::max);
    let response = year_plot(
        panel.id,
        years,
        data.years_with_projects(),
        panel.axis.clone(),
        panel.is_count,
        lang,
    )
    .height(height)
    .include_y(tallest * HEADROOM)
    .show(ui, |plot_ui| {
        plot_ui.bar_chart(BarChart::new("annual", bars).allow_hover(false));
    });
    let transform = response.transform;
    let labelled = labels_fit(ui, &transform, data, panel, style);
    for row in &data.years {
        let x = f64::from(row.year);
        let value = (panel.value)(row);
        if labelled && row.num_projects > 0 {
            let top = transform.position_from_point(&PlotPoint::new(x, value));
            let text = (panel.text)(row);
            value_label(
                ui,
                &transform,
                top - egui::vec2(0.0, 3.0),
                egui::Align2::CENTER_BOTTOM,
                text,
                style,
            );
        }
        let corners = (
            PlotPoint::new(x - HALF_BAR, 0.0),
            PlotPoint::new(x + HALF_BAR, value),
        );
        let label = format!("{} {}", panel.title, row.year);
        let hover = tr!(
            lang,
            "chart-year-hint",
            year = crate::i18n::year(row.year),
            value = (panel.text)(row),
            n = row.num_projects
        );
        if bar_hit_area(ui, &transform, corners, &label, &hover) {
            commands.push(Command::FilterToYear(row.year));
        }
    }
}

/// Whether every bar's value label fits across its year (else hover tells the values).
fn labels_fit(
    ui: &egui::Ui,
    transform: &PlotTransform,
    data: &OverTime,
    panel: &Panel<'_>,
    style: ChartStyle,
) -> bool {
    let year_points = transform.dpos_dvalue_x().abs() as f32;
    let widest = data
        .years
        .iter()
        .map(|row| {
            ui.painter()
                .layout_no_wrap(
                    (panel.text)(row),
                    egui::FontId::proportional(style.value_text),
                    egui::Color32::WHITE,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    widest + 6.0 <= year_points
}

/// A running total as a step line: flat across each year, rising at the start of the next, never drawn
/// across an empty year at a slope. The last year's total is labelled.
fn cumulative_ui(
    ui: &mut egui::Ui,
    data: &OverTime,
    height: f32,
    panel: &Panel<'_>,
    context: &ViewContext<'_>,
    style: ChartStyle,
) {
    let lang = context.lang;
    ui.strong(&panel.title);
    let Some(years) = span(data) else {
        return;
    };
    let points: PlotPoints = data
        .years
        .iter()
        .flat_map(|row| {
            let (x, y) = (f64::from(row.year), (panel.value)(row));
            [[x - 0.5, y], [x + 0.5, y]]
        })
        .collect();
    let tallest = data.years.last().map_or(0.0, panel.value);
    let response = year_plot(
        panel.id,
        years,
        data.years_with_projects(),
        panel.axis.clone(),
        panel.is_count,
        lang,
    )
    .height(height)
    .include_y(tallest * HEADROOM)
    .show(ui, |plot_ui| {
        plot_ui.line(
            Line::new("cumulative", points)
                // egui_plot merges points less than a pixel apart across into a "band": each step's two points
                // at one x would become a thick slanted ribbon instead of a flat step.
                .allow_band(false)
                .width(2.0)
                .color(color(SERIES_COLOUR))
                .fill(0.0)
                .allow_hover(false),
        );
    });
    let transform = response.transform;
    if let Some(last) = data.years.last() {
        let end = transform.position_from_point(&PlotPoint::new(
            f64::from(last.year) + 0.5,
            (panel.value)(last),
        ));
        value_label(
            ui,
            &transform,
            end - egui::vec2(2.0, 4.0),
            egui::Align2::RIGHT_BOTTOM,
            (panel.text)(last),
            style,
        );
    }
    // Hover over a year reads its running total.
    for row in &data.years {
        let x = f64::from(row.year);
        let corners = (
            PlotPoint::new(x - 0.5, 0.0),
            PlotPoint::new(x + 0.5, (panel.value)(row).max(tallest * 0.05)),
        );
        let label = format!("{} {}", panel.title, row.year);
        let hover = tr!(
            lang,
            "chart-cumulative-hint",
            year = crate::i18n::year(row.year),
            value = (panel.text)(row)
        );
        // A running total is not a selection of its own: hover only.
        let _ = bar_hit_area(ui, &transform, corners, &label, &hover);
    }
}

/// Contracted per year, stacked by sector, the legend to the right of the plot. Click a segment to filter to
/// that sector in that year.
pub(super) fn sectors_by_year_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    data: &StackedYears,
    style: ChartStyle,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let money = context.money();
    let (Some(&first), Some(&last)) = (data.years.first(), data.years.last()) else {
        return;
    };
    let names: Vec<String> = data
        .series
        .iter()
        .map(|series| {
            if series.is_other() {
                tr!(lang, "chart-other-sectors", n = series.num_groups)
            } else {
                series.key.clone()
            }
        })
        .collect();
    let fills: Vec<egui::Color32> = data
        .series
        .iter()
        .map(|series| {
            if series.is_other() {
                color(OTHER_COLOUR)
            } else {
                color(context.derived.sector_colours.colour(&series.key))
            }
        })
        .collect();
    let mut charts: Vec<BarChart> = Vec::new();
    for (index, series) in data.series.iter().enumerate() {
        let bars: Vec<Bar> = data
            .years
            .iter()
            .zip(&series.contracted_m)
            .map(|(&year, &m)| {
                Bar::new(f64::from(year), money.scaled_in(lang, m))
                    .width(2.0 * HALF_BAR)
                    .fill(fills[index])
            })
            .collect();
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = BarChart::new(names[index].clone(), bars)
            .color(fills[index])
            .allow_hover(false)
            .stack_on(&below);
        charts.push(chart);
    }
    // The legend lists the top of the stack first, as the eye meets it.
    let legend: Vec<(String, egui::Color32)> = names
        .iter()
        .cloned()
        .zip(fills.iter().copied())
        .rev()
        .collect();
    let legend_width = legend
        .iter()
        .map(|(name, _)| {
            ui.painter()
                .layout_no_wrap(
                    name.clone(),
                    egui::TextStyle::Body.resolve(ui.style()),
                    egui::Color32::WHITE,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max)
        + 40.0;
    let tallest = money.scaled_in(lang, data.tallest_m());
    let plot_width = (ui.available_width() - legend_width - 12.0).max(200.0);
    let unit = money.unit_in(lang);
    let mut transform = None;
    ui.horizontal_top(|ui| {
        let response = year_plot(
            "sectors_by_year",
            (first, last),
            data.years_with_projects(),
            tr!(lang, "chart-axis-contracted", unit = unit.clone()),
            false,
            lang,
        )
        .width(plot_width)
        .include_y(tallest * HEADROOM)
        .show(ui, |plot_ui| {
            for chart in charts {
                plot_ui.bar_chart(chart);
            }
        });
        transform = Some(response.transform);
        legend_ui(ui, &legend);
    });
    let Some(transform) = transform else {
        return;
    };
    stack_totals_ui(ui, context, data, &transform, style);
    segment_hit_areas_ui(ui, context, data, &names, &transform, commands);
}

/// Each year's total above its stack, when every total fits across its year.
fn stack_totals_ui(
    ui: &egui::Ui,
    context: &ViewContext<'_>,
    data: &StackedYears,
    transform: &PlotTransform,
    style: ChartStyle,
) {
    let lang = context.lang;
    let money = context.money();
    let totals: Vec<f64> = (0..data.years.len())
        .map(|i| data.series.iter().map(|s| s.contracted_m[i]).sum())
        .collect();
    let texts: Vec<String> = totals
        .iter()
        .map(|&m| money.chart_number_in(lang, m))
        .collect();
    let font = egui::FontId::proportional(style.value_text);
    let widest = texts
        .iter()
        .map(|text| {
            ui.painter()
                .layout_no_wrap(text.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    if widest + 6.0 > transform.dpos_dvalue_x().abs() as f32 {
        return;
    }
    for ((&year, &total), text) in data.years.iter().zip(&totals).zip(texts) {
        if total <= 0.0 {
            continue;
        }
        let top = transform.position_from_point(&PlotPoint::new(
            f64::from(year),
            money.scaled_in(lang, total),
        ));
        value_label(
            ui,
            transform,
            top - egui::vec2(0.0, 3.0),
            egui::Align2::CENTER_BOTTOM,
            text,
            style,
        );
    }
}

/// One hit area per stacked segment, stacked like the bars.
fn segment_hit_areas_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    data: &StackedYears,
    names: &[String],
    transform: &PlotTransform,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let money = context.money();
    let mut base = vec![0.0; data.years.len()];
    for (series, name) in data.series.iter().zip(names) {
        for (column, &year) in data.years.iter().enumerate() {
            let value = money.scaled_in(lang, series.contracted_m[column]);
            let num_projects = series.num_projects[column];
            if num_projects == 0 {
                continue;
            }
            let x = f64::from(year);
            let corners = (
                PlotPoint::new(x - HALF_BAR, base[column]),
                PlotPoint::new(x + HALF_BAR, base[column] + value),
            );
            base[column] += value;
            let label = tr!(
                lang,
                "chart-segment",
                name = name.clone(),
                year = crate::i18n::year(year)
            );
            let mut hover = tr!(
                lang,
                "chart-segment-hint",
                name = name.clone(),
                year = crate::i18n::year(year),
                amount = money.format_in(lang, series.contracted_m[column]),
                n = num_projects
            );
            if !series.is_other() {
                hover.push('\n');
                hover.push_str(&tr!(lang, "chart-click-to-filter"));
            }
            if bar_hit_area(ui, transform, corners, &label, &hover) && !series.is_other() {
                let mut filter = context.view.filter.clone();
                filter.sectors = [series.key.clone()].into();
                filter.year_from = Some(year);
                filter.year_to = Some(year);
                commands.push(Command::SetFilter(filter));
            }
        }
    }
}
