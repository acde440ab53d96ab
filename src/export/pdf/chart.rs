//! A bar chart as vector paths: horizontal bars for categories, columns for years and sizes, with value labels
//! and a light grid. Drawn from a plain [`ChartSeries`], so it does not care which query computed the bars.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Rect};
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use super::content::ChartSeries;
use super::fonts::{Rgb, TextStyle, Typesetter};
use crate::format;

/// The bars' colour: the window's chart blue.
const BAR: Rgb = (46, 110, 184);
const GRID: Rgb = (222, 226, 232);
pub(super) const MUTED: Rgb = (96, 104, 116);
pub(super) const INK: Rgb = (28, 32, 38);

/// A box on the page, in points from the top left.
#[derive(Clone, Copy, Debug)]
pub(super) struct Area {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// Fills a rectangle.
pub(super) fn fill_rect(surface: &mut Surface<'_>, area: Area, color: Rgb) {
    let Some(rect) = Rect::from_xywh(area.x, area.y, area.width.max(0.01), area.height.max(0.01))
    else {
        return;
    };
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        ..Fill::default()
    }));
    surface.draw_path(&path);
}

/// A straight line.
pub(super) fn line(
    surface: &mut Surface<'_>,
    from: (f32, f32),
    to: (f32, f32),
    width: f32,
    color: Rgb,
) {
    let mut path = PathBuilder::new();
    path.move_to(from.0, from.1);
    path.line_to(to.0, to.1);
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        width,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// Draws `series` in `area` (its title on top). `scale` grows the type for slides.
pub(super) fn draw_chart(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    series: &ChartSeries,
    area: Area,
    scale: f32,
) {
    let title = TextStyle::new(10.0 * scale, INK).bold();
    setter.draw(
        surface,
        (area.x, area.y + title.size),
        title,
        &setter.fit(&series.title, title.size, area.width),
    );
    let plot = Area {
        y: area.y + title.size * 1.8,
        height: area.height - title.size * 1.8,
        ..area
    };
    let max = series
        .bars
        .iter()
        .map(|bar| bar.value)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    if series.bars.is_empty() || max <= 0.0 {
        return;
    }
    if series.horizontal {
        horizontal_bars(surface, setter, series, plot, max, scale);
    } else {
        columns(surface, setter, series, plot, max, scale);
    }
}

/// An axis label of the columns: whole numbers above 100, one decimal below.
fn value_text(value: f64) -> String {
    format::thousands(value, if value.abs() >= 100.0 { 0 } else { 1 })
}

fn horizontal_bars(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    series: &ChartSeries,
    plot: Area,
    max: f64,
    scale: f32,
) {
    let label_style = TextStyle::new(8.0 * scale, INK);
    let value_style = TextStyle::new(7.5 * scale, MUTED);
    let label_width = plot.width * 0.32;
    let widest_value = series
        .bars
        .iter()
        .map(|bar| setter.width(&format::chart_value(bar.value), value_style.size))
        .fold(0.0_f32, f32::max);
    let bars_x = plot.x + label_width + 6.0 * scale;
    let bars_width =
        (plot.width - label_width - 6.0 * scale - widest_value - 6.0 * scale).max(10.0);
    let pitch = (plot.height / series.bars.len() as f32).min(22.0 * scale);
    let thickness = pitch * 0.68;
    for (index, bar) in series.bars.iter().enumerate() {
        let top = plot.y + index as f32 * pitch;
        let baseline = top + thickness / 2.0 + label_style.size * 0.35;
        let label = setter.fit(&bar.label, label_style.size, label_width);
        setter.draw_right(
            surface,
            (plot.x + label_width, baseline),
            label_style,
            &label,
        );
        let value = if bar.value.is_finite() {
            bar.value.max(0.0)
        } else {
            0.0
        };
        let length = (value / max) as f32 * bars_width;
        fill_rect(
            surface,
            Area {
                x: bars_x,
                y: top,
                width: length,
                height: thickness,
            },
            BAR,
        );
        setter.draw(
            surface,
            (bars_x + length + 4.0 * scale, baseline),
            value_style,
            // Horizontal bars are amounts: the one rule of value labels, as in the window and the PNG.
            &format::chart_value(bar.value),
        );
    }
    line(
        surface,
        (bars_x, plot.y),
        (bars_x, plot.y + pitch * series.bars.len() as f32),
        0.6,
        MUTED,
    );
}

fn columns(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    series: &ChartSeries,
    plot: Area,
    max: f64,
    scale: f32,
) {
    let label_style = TextStyle::new(7.0 * scale, MUTED);
    let axis_width = setter.width(&value_text(max), label_style.size) + 6.0 * scale;
    let inner = Area {
        x: plot.x + axis_width,
        y: plot.y,
        width: plot.width - axis_width,
        height: plot.height - label_style.size * 2.2,
    };
    let bottom = inner.y + inner.height;
    // Four grid lines at round fractions of the largest bar.
    for step in 1..=4 {
        let value = max * f64::from(step) / 4.0;
        let y = bottom - inner.height * step as f32 / 4.0;
        line(surface, (inner.x, y), (inner.x + inner.width, y), 0.4, GRID);
        setter.draw_right(
            surface,
            (inner.x - 4.0 * scale, y + label_style.size * 0.35),
            label_style,
            &value_text(value),
        );
    }
    let pitch = inner.width / series.bars.len() as f32;
    let width = pitch * 0.72;
    // Every label when they fit, else every n-th (years are in order, so the reader fills in the rest).
    let widest = series
        .bars
        .iter()
        .map(|bar| setter.width(&bar.label, label_style.size))
        .fold(0.0_f32, f32::max);
    let every = ((widest + 4.0) / pitch).ceil().max(1.0) as usize;
    for (index, bar) in series.bars.iter().enumerate() {
        let value = if bar.value.is_finite() {
            bar.value.max(0.0)
        } else {
            0.0
        };
        let height = (value / max) as f32 * inner.height;
        let x = inner.x + index as f32 * pitch + (pitch - width) / 2.0;
        fill_rect(
            surface,
            Area {
                x,
                y: bottom - height,
                width,
                height,
            },
            BAR,
        );
        if index % every == 0 {
            let label_width = setter.width(&bar.label, label_style.size);
            setter.draw(
                surface,
                (
                    x + width / 2.0 - label_width / 2.0,
                    bottom + label_style.size * 1.5,
                ),
                label_style,
                &bar.label,
            );
        }
    }
    line(
        surface,
        (inner.x, bottom),
        (inner.x + inner.width, bottom),
        0.6,
        MUTED,
    );
}
