//! The Charts tab (egui_plot): contracted by sector, over time (annual and cumulative, value and count), a
//! log-scale histogram of project sizes, and sector-by-year stacked bars. Hover shows exact values with units;
//! clicking a bar filters to it. Every bar is also an accessible button, so screen readers and tests can click it.

use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoint, PlotPoints, PlotTransform};

use super::ViewContext;
use crate::command::Command;
use crate::format;
use crate::query::{ChartKind, Facet, GroupSummary};

/// A fixed palette, so a sector keeps its colour across charts.
pub const PALETTE: [egui::Color32; 10] = [
    egui::Color32::from_rgb(31, 119, 180),
    egui::Color32::from_rgb(255, 127, 14),
    egui::Color32::from_rgb(44, 160, 44),
    egui::Color32::from_rgb(214, 39, 40),
    egui::Color32::from_rgb(148, 103, 189),
    egui::Color32::from_rgb(140, 86, 75),
    egui::Color32::from_rgb(227, 119, 194),
    egui::Color32::from_rgb(127, 127, 127),
    egui::Color32::from_rgb(188, 189, 34),
    egui::Color32::from_rgb(23, 190, 207),
];

/// The colour of a sector: by its position in the reference list, so it never depends on the filter.
pub fn sector_color(context: &ViewContext<'_>, sector: &str) -> egui::Color32 {
    let index = context
        .dataset
        .reference
        .sectors
        .iter()
        .position(|s| s.name == sector)
        .unwrap_or_else(|| sector.bytes().map(usize::from).sum());
    PALETTE[index % PALETTE.len()]
}

pub fn charts_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for chart in ChartKind::ALL {
            let selected = context.view.chart == chart;
            if ui.selectable_label(selected, chart.title()).clicked() && !selected {
                commands.push(Command::SetChart(chart));
            }
        }
        ui.separator();
        ui.weak(format!(
            "Contracted, {} · {}",
            context.money().unit(),
            if context.dataset.provenance.is_synthetic {
                "synthetic sample"
            } else {
                "your data"
            }
        ));
    });
    if context.derived.selection.is_empty() {
        super::empty_state_ui(ui, context.lang, commands);
        return;
    }
    chart_body_ui(ui, context, commands);
}

/// The chart the view asks for, without the chooser above it (a PNG export draws only this).
pub fn chart_body_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    match context.view.chart {
        ChartKind::Sectors => sector_chart_ui(ui, context, &context.derived.by_sector, commands),
        ChartKind::OverTime => over_time_ui(ui, context, commands),
        ChartKind::Sizes => size_histogram_ui(ui, context, commands),
        ChartKind::SectorsByYear => sectors_by_year_ui(ui, context, commands),
    }
}

/// The plot always has room for this many bars, so a short list keeps the usual bar thickness.
const MIN_BAR_SLOTS: usize = 8;

/// Space above and below `count` horizontal bars (one unit apart), in bar units.
fn bar_padding(count: usize) -> f64 {
    (MIN_BAR_SLOTS.saturating_sub(count) as f64 / 2.0).max(0.5)
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

/// Contracted by sector, largest at the top. Click a bar to filter to that sector.
pub fn sector_chart_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    groups: &[GroupSummary],
    commands: &mut Vec<Command>,
) {
    let money = context.money();
    // Largest at the top: egui_plot's y grows upwards, so the largest group gets the highest position.
    let count = groups.len();
    let bars: Vec<Bar> = groups
        .iter()
        .enumerate()
        .map(|(rank, group)| {
            Bar::new(
                (count - 1 - rank) as f64,
                money.scaled(group.summary.contracted_usd_m),
            )
            .width(0.7)
            .name(&group.key)
            .fill(sector_color(context, &group.key))
        })
        .collect();
    let names: Vec<String> = groups.iter().rev().map(|g| g.key.clone()).collect();
    let largest = groups
        .iter()
        .map(|g| money.scaled(g.summary.contracted_usd_m))
        .fold(0.0, f64::max);
    let text_color = ui.visuals().text_color();
    let plot = Plot::new("sector_chart")
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .show_grid([true, false])
        .y_axis_min_width(190.0)
        .x_axis_label(format!("Contracted ({})", money.unit()))
        .y_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 {
                names.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_axis_formatter(|mark, _| format::thousands(mark.value, 0))
        .include_x(0.0)
        // Room at the right for the value labels.
        .include_x(largest * 1.2)
        // At least room for a handful of bars, centred, so one or two bars stay bars rather than filling the plot.
        .include_y(-bar_padding(count))
        .include_y(count as f64 - 1.0 + bar_padding(count))
        .show_crosshair(false)
        .label_formatter(|_| None);
    let value_labels: Vec<(f64, f64, String)> = groups
        .iter()
        .enumerate()
        .map(|(rank, g)| {
            let value = money.scaled(g.summary.contracted_usd_m);
            let text = format!(
                "{}  ({})",
                money.number(g.summary.contracted_usd_m),
                format::percent(g.share_pct)
            );
            (value, (count - 1 - rank) as f64, text)
        })
        .collect();
    let response = plot.show(ui, |plot_ui| {
        plot_ui.bar_chart(
            BarChart::new("Contracted", bars)
                .horizontal()
                .allow_hover(false),
        );
        for (value, y, text) in value_labels {
            let at = PlotPoint::new(value + largest * 0.01, y);
            plot_ui.text(
                egui_plot::Text::new("value", at, egui::RichText::new(text).color(text_color))
                    .anchor(egui::Align2::LEFT_CENTER),
            );
        }
    });
    for (rank, group) in groups.iter().enumerate() {
        let y = (count - 1 - rank) as f64;
        let value = money.scaled(group.summary.contracted_usd_m);
        let label = format!("Bar {}", group.key);
        let hover = format!(
            "{}\n{} contracted · {} projects · {} of the selection\nClick to filter to this sector",
            group.key,
            money.format(group.summary.contracted_usd_m),
            format::count(group.summary.count),
            format::percent(group.share_pct)
        );
        let corners = (
            PlotPoint::new(0.0, y - 0.35),
            PlotPoint::new(value, y + 0.35),
        );
        if bar_hit_area(ui, &response.transform, corners, &label, &hover) {
            commands.push(Command::FilterTo {
                facet: Facet::Sector,
                value: group.key.clone(),
            });
        }
    }
}

/// Annual and cumulative contracted value and project count. Click an annual bar to filter to that year.
fn over_time_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let money = context.money();
    let years: Vec<(i32, &GroupSummary)> = context
        .derived
        .by_year
        .iter()
        .filter_map(|g| g.year.map(|y| (y, g)))
        .collect();
    // Two rows of plots, each under a one-line title.
    let height = ((ui.available_height() - 2.0 * 28.0) / 2.0).max(120.0);
    let unit = money.unit();
    ui.columns(2, |columns| {
        let value = |g: &GroupSummary| money.scaled(g.summary.contracted_usd_m);
        let count = |g: &GroupSummary| g.summary.count as f64;
        annual_bars_ui(
            &mut columns[0],
            &years,
            height,
            &format!("Contracted per year ({unit})"),
            "annual_value",
            value,
            &unit,
            commands,
        );
        cumulative_line_ui(
            &mut columns[1],
            &years,
            height,
            &format!("Cumulative contracted ({unit})"),
            "cumulative_value",
            value,
        );
        annual_bars_ui(
            &mut columns[0],
            &years,
            height,
            "Projects per year",
            "annual_count",
            count,
            "projects",
            commands,
        );
        cumulative_line_ui(
            &mut columns[1],
            &years,
            height,
            "Cumulative projects",
            "cumulative_count",
            count,
        );
    });
}

#[allow(clippy::too_many_arguments)]
fn annual_bars_ui(
    ui: &mut egui::Ui,
    years: &[(i32, &GroupSummary)],
    height: f32,
    title: &str,
    id: &str,
    value: impl Fn(&GroupSummary) -> f64,
    unit: &str,
    commands: &mut Vec<Command>,
) {
    ui.strong(title);
    let bars: Vec<Bar> = years
        .iter()
        .map(|(year, group)| {
            Bar::new(f64::from(*year), value(group))
                .width(0.8)
                .name(year)
                .fill(PALETTE[0])
        })
        .collect();
    let response = Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_formatter(|mark, _| format::thousands(mark.value, 0))
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(BarChart::new(title, bars).allow_hover(false));
        });
    for (year, group) in years {
        let x = f64::from(*year);
        let corners = (
            PlotPoint::new(x - 0.4, 0.0),
            PlotPoint::new(x + 0.4, value(group)),
        );
        let label = format!("{title} {year}");
        let hover = format!(
            "{year}: {} {unit}\nClick to filter to {year}",
            format::thousands(value(group), 1)
        );
        if bar_hit_area(ui, &response.transform, corners, &label, &hover) {
            commands.push(Command::FilterToYear(*year));
        }
    }
}

fn cumulative_line_ui(
    ui: &mut egui::Ui,
    years: &[(i32, &GroupSummary)],
    height: f32,
    title: &str,
    id: &str,
    value: impl Fn(&GroupSummary) -> f64,
) {
    ui.strong(title);
    let mut running = 0.0;
    let points: PlotPoints = years
        .iter()
        .map(|(year, group)| {
            running += value(group);
            [f64::from(*year), running]
        })
        .collect();
    Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .include_y(0.0)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_formatter(|mark, _| format::thousands(mark.value, 0))
        .label_formatter(|hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { position, .. } => Some(format!(
                "{:.0}: {}",
                position.x,
                format::thousands(position.y, 1)
            )),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            plot_ui.line(
                Line::new(title, points)
                    .width(2.0)
                    .color(PALETTE[0])
                    .fill(0.0),
            );
        });
}

/// Project sizes on a log scale: a few mega projects hold much of the value, most projects are small.
fn size_histogram_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let money = context.money();
    let bins = &context.derived.size_histogram;
    let currency = money.currency.code();
    ui.weak(format!(
        "Number of projects by contracted size ({currency} m, logarithmic scale: each bar spans a factor of 1.78)"
    ));
    let bars: Vec<Bar> = bins
        .iter()
        .map(|bin| {
            let (lo, hi) = (bin.lower_usd_m.log10(), bin.upper_usd_m.log10());
            Bar::new((lo + hi) / 2.0, bin.count as f64)
                .width((hi - lo) * 0.92)
                .fill(PALETTE[0])
                .name(format!(
                    "{currency} {}–{} m",
                    significant(bin.lower_usd_m),
                    significant(bin.upper_usd_m)
                ))
        })
        .collect();
    let response = Plot::new("size_histogram")
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_label(format!("Contracted ({currency} m)"))
        .y_axis_label("Projects")
        .x_axis_formatter(|mark, _| {
            if (mark.value - mark.value.round()).abs() < 1e-6 {
                axis_amount(10f64.powf(mark.value))
            } else {
                String::new()
            }
        })
        .y_axis_formatter(|mark, _| format::thousands(mark.value, 0))
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(BarChart::new("Projects", bars).allow_hover(false));
        });
    // The bins are in the currency shown; the filter's range is in USD m, so only USD bins can filter.
    let filters_by_amount = money.currency == format::Currency::Usd;
    for bin in bins {
        let (lo, hi) = (bin.lower_usd_m.log10(), bin.upper_usd_m.log10());
        let width = (hi - lo) * 0.46;
        let middle = (lo + hi) / 2.0;
        let corners = (
            PlotPoint::new(middle - width, 0.0),
            PlotPoint::new(middle + width, bin.count as f64),
        );
        let range = format!(
            "{currency} {}–{} m",
            significant(bin.lower_usd_m),
            significant(bin.upper_usd_m)
        );
        let mut hover = format!("{range}: {} projects", format::count(bin.count));
        if filters_by_amount {
            hover.push_str("\nClick to filter to this size range");
        }
        let label = format!("Size bar {range}");
        if bar_hit_area(ui, &response.transform, corners, &label, &hover) && filters_by_amount {
            let mut filter = context.view.filter.clone();
            filter.min_usd_m = Some(round_amount(bin.lower_usd_m));
            filter.max_usd_m = Some(round_amount(bin.upper_usd_m));
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

/// Contracted per year, stacked by sector. Click a segment to filter to that year.
fn sectors_by_year_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let money = context.money();
    let cross = &context.derived.sector_by_year;
    let years: Vec<Option<i32>> = cross.column_labels.iter().map(|l| l.parse().ok()).collect();
    let unit = money.unit();
    let mut charts: Vec<BarChart> = Vec::new();
    for (sector, cells) in cross.row_labels.iter().zip(&cross.cells) {
        let color = sector_color(context, sector);
        let bars: Vec<Bar> = cells
            .iter()
            .zip(&years)
            .filter_map(|(cell, year)| {
                year.map(|y| {
                    Bar::new(f64::from(y), money.scaled(cell.contracted_usd_m))
                        .width(0.8)
                        .name(y)
                        .fill(color)
                })
            })
            .collect();
        let mut chart = BarChart::new(sector.clone(), bars)
            .color(sector_color(context, sector))
            .allow_hover(false);
        let below: Vec<&BarChart> = charts.iter().collect();
        chart = chart.stack_on(&below);
        charts.push(chart);
    }
    let response = Plot::new("sectors_by_year")
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .y_axis_label(format!("Contracted ({unit})"))
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_formatter(|mark, _| format::thousands(mark.value, 0))
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            for chart in charts {
                plot_ui.bar_chart(chart);
            }
        });
    // One hit area per segment, stacked like the bars.
    let mut base = vec![0.0; years.len()];
    for (sector, cells) in cross.row_labels.iter().zip(&cross.cells) {
        for (column, (cell, year)) in cells.iter().zip(&years).enumerate() {
            let Some(year) = *year else { continue };
            let value = money.scaled(cell.contracted_usd_m);
            if cell.count == 0 {
                continue;
            }
            let x = f64::from(year);
            let corners = (
                PlotPoint::new(x - 0.4, base[column]),
                PlotPoint::new(x + 0.4, base[column] + value),
            );
            base[column] += value;
            let label = format!("Segment {sector} {year}");
            let hover = format!(
                "{sector}, {year}\n{} · {} projects\nClick to filter to {sector} in {year}",
                money.format(cell.contracted_usd_m),
                format::count(cell.count)
            );
            if bar_hit_area(ui, &response.transform, corners, &label, &hover) {
                let mut filter = context.view.filter.clone();
                filter.sectors = [sector.clone()].into();
                filter.year_from = Some(year);
                filter.year_to = Some(year);
                commands.push(Command::SetFilter(filter));
            }
        }
    }
}
