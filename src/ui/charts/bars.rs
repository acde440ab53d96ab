//! By sector, by sub-sector, by district: horizontal bars, largest at the top, "Other" last, each with its
//! amount and share at the end. Click a bar to filter to that sector, sub-sector or district.

use egui_plot::{Bar, BarChart, PlotPoint};

use super::{
    ChartStyle, ViewContext, X_LABEL_POINTS, bar_hit_area, color, slot_padding, still_plot,
    value_label,
};
use crate::command::Command;
use crate::format;
use crate::query::charts::CategoryChart;
use crate::query::palette::{OTHER_COLOUR, SERIES_COLOUR};
use crate::query::{Facet, GroupBy};
use crate::tr;

/// Half the thickness of a bar, in bar slots.
const HALF_BAR: f64 = 0.35;

pub(super) fn category_chart_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    chart: &CategoryChart,
    style: ChartStyle,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let money = context.money();
    let count = chart.bars.len();
    // Largest at the top: egui_plot's y grows upwards, so the first bar gets the highest position.
    let position = |rank: usize| (count - 1 - rank) as f64;
    let labels: Vec<String> = chart
        .bars
        .iter()
        .map(|b| b.label_in(context.dataset, lang, chart.by))
        .collect();
    let fill = |rank: usize| {
        let bar = &chart.bars[rank];
        if bar.is_other() {
            color(OTHER_COLOUR)
        } else if chart.by == GroupBy::Sector {
            color(context.derived.sector_colours.colour(&bar.key))
        } else {
            color(SERIES_COLOUR)
        }
    };
    let bars: Vec<Bar> = (0..count)
        .map(|rank| {
            Bar::new(
                position(rank),
                money.scaled_in(lang, chart.bars[rank].contracted_m),
            )
            .width(2.0 * HALF_BAR)
            .name(&labels[rank])
            .fill(fill(rank))
        })
        .collect();
    // The names axis is as wide as the longest name, so none is cut.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let names_width = labels
        .iter()
        .map(|label| {
            ui.painter()
                .layout_no_wrap(label.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(60.0, f32::max)
        + 16.0;
    let largest = money
        .scaled_in(lang, chart.largest_m())
        .max(f64::MIN_POSITIVE);
    let names: Vec<String> = labels.iter().rev().cloned().collect();
    let axis_title = match chart.by {
        GroupBy::SubSector => tr!(lang, "field-sub-sector"),
        GroupBy::District => tr!(lang, "field-district"),
        _ => tr!(lang, "field-sector"),
    };
    let padding = slot_padding(count);
    let response = still_plot(match chart.by {
        GroupBy::SubSector => "sub_sector_chart",
        GroupBy::District => "district_chart",
        _ => "sector_chart",
    })
    .show_grid([true, false])
    .y_axis_min_width(names_width)
    .x_axis_label(tr!(
        lang,
        "chart-axis-contracted",
        unit = money.unit_in(lang)
    ))
    .y_axis_label(axis_title)
    .x_grid_spacer(super::amount_x_spacer(X_LABEL_POINTS))
    .y_grid_spacer(|input| {
        // One mark per bar, so each bar is named.
        super::grid_marks(1.0, &input)
    })
    .y_axis_formatter(move |mark, _| {
        let index = mark.value.round();
        if (mark.value - index).abs() < 1e-6 && index >= 0.0 {
            names.get(index as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    })
    .x_axis_formatter(|mark, _| super::amount_mark(mark))
    .include_x(0.0)
    // Room at the right for the value labels.
    .include_x(largest * 1.3)
    .include_y(-padding)
    .include_y(count as f64 - 1.0 + padding)
    .show(ui, |plot_ui| {
        plot_ui.bar_chart(
            BarChart::new("contracted", bars)
                .horizontal()
                .allow_hover(false),
        );
    });
    let transform = response.transform;
    for (rank, bar) in chart.bars.iter().enumerate() {
        let y = position(rank);
        let value = money.scaled_in(lang, bar.contracted_m);
        let end = transform.position_from_point(&PlotPoint::new(value, y));
        let text = format!(
            "{}  ({})",
            money.chart_number_in(lang, bar.contracted_m),
            format::percent_in(lang, bar.share_pct)
        );
        value_label(
            ui,
            &transform,
            end + egui::vec2(6.0, 0.0),
            egui::Align2::LEFT_CENTER,
            text,
            style,
        );
        let label = tr!(lang, "chart-bar", name = labels[rank].clone());
        let mut hover = tr!(
            lang,
            "chart-bar-hint",
            name = labels[rank].clone(),
            amount = money.format_in(lang, bar.contracted_m),
            n = bar.num_projects,
            share = format::percent_in(lang, bar.share_pct)
        );
        let facet = match chart.by {
            GroupBy::SubSector => Facet::SubSector,
            GroupBy::District => Facet::District,
            _ => Facet::Sector,
        };
        if bar.is_filterable() {
            hover.push('\n');
            hover.push_str(&tr!(lang, "chart-click-to-filter"));
        }
        let corners = (
            PlotPoint::new(0.0, y - HALF_BAR),
            PlotPoint::new(value, y + HALF_BAR),
        );
        if bar_hit_area(ui, &transform, corners, &label, &hover) && bar.is_filterable() {
            commands.push(Command::FilterTo {
                facet,
                value: bar.key.clone(),
            });
        }
    }
}
