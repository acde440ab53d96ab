//! One page laid out: the title (and a slide's caption), the "synthetic sample" banner, the key figures, the
//! chart on the left and the top-10 projects on the right, the footer, and the watermark. The brief (A4
//! landscape) and each slide of a deck (16:9) share this layout; only the size and the type scale differ.

use krilla::surface::Surface;

use super::chart::{self, Area, INK, MUTED, draw_chart, fill_rect, line};
use super::content::{PageContent, TopProjects};
use super::fonts::{Rgb, TextStyle, Typesetter};
use super::opportunities::{OpportunityPage, draw_opportunities};

pub(super) const SYNTHETIC: Rgb = (176, 84, 10);
pub(super) const CARD: Rgb = (242, 244, 247);
const WATERMARK: Rgb = (200, 40, 40);

/// What a page shows besides its content.
pub(super) struct Frame<'a> {
    pub width: f32,
    pub height: f32,
    /// Type scale: 1 for the A4 brief, more for slides read from across a room.
    pub scale: f32,
    /// "Confidential — prepared for …" while client-safe is on and a recipient is named.
    pub watermark: Option<&'a str>,
    /// "Prepared 2025-03-01 · Investment Explorer 0.1.0" and, in a deck, "3 / 7".
    pub stamp: String,
}

pub(super) fn draw_page(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    page: &PageContent,
    frame: &Frame<'_>,
) {
    let scale = frame.scale;
    let margin = 32.0 * scale.sqrt();
    let width = frame.width - 2.0 * margin;
    let small = TextStyle::new(8.5 * scale, MUTED);
    let y = heading(surface, setter, page, frame);
    let y = figures(surface, setter, page, margin, y, width, scale);

    let footer_height = small.size * 3.2;
    let body = Area {
        x: margin,
        y,
        width,
        height: frame.height - margin - footer_height - y,
    };
    if let Some([what, hint]) = &page.empty {
        let heading = TextStyle::new(15.0 * scale, INK).bold();
        let style = TextStyle::new(11.0 * scale, MUTED);
        let mut y = body.y + heading.size * 2.0;
        setter.draw(
            surface,
            (margin, y),
            heading,
            &setter.fit(what, heading.size, width),
        );
        for text in setter.wrap(hint, style.size, width, 2) {
            y += style.size * 1.6;
            setter.draw(surface, (margin, y), style, &text);
        }
    } else {
        let gap = 18.0 * scale.sqrt();
        let chart_width = (width - gap) * 0.44;
        if let Some(series) = &page.chart {
            draw_chart(
                surface,
                setter,
                series,
                Area {
                    width: chart_width,
                    ..body
                },
                scale,
            );
        }
        top_table(
            surface,
            setter,
            &page.top,
            Area {
                x: margin + chart_width + gap,
                width: width - chart_width - gap,
                ..body
            },
            scale,
        );
    }
    footer(surface, setter, page, frame, margin, small);
    if let Some(text) = frame.watermark {
        watermark(surface, setter, text, frame);
    }
}

/// The title, a slide's caption, the filters in words and the "synthetic sample" banner; returns the y below.
fn heading(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    page: &PageContent,
    frame: &Frame<'_>,
) -> f32 {
    let scale = frame.scale;
    let margin = 32.0 * scale.sqrt();
    let width = frame.width - 2.0 * margin;
    let mut y = margin;

    let title = TextStyle::new(18.0 * scale, INK).bold();
    y += title.size;
    setter.draw(
        surface,
        (margin, y),
        title,
        &setter.fit(&page.title, title.size, width),
    );
    y += title.size * 0.5;
    let small = TextStyle::new(8.5 * scale, MUTED);
    if !page.caption.is_empty() {
        let caption = TextStyle::new(10.5 * scale, INK);
        for text in setter.wrap(&page.caption, caption.size, width, 2) {
            y += caption.size * 1.35;
            setter.draw(surface, (margin, y), caption, &text);
        }
    }
    y += small.size * 1.5;
    setter.draw(
        surface,
        (margin, y),
        small,
        &setter.fit(&page.filters, small.size, width),
    );
    if let Some(synthetic) = &page.synthetic {
        y += small.size * 1.5;
        setter.draw(
            surface,
            (margin, y),
            TextStyle::new(small.size, SYNTHETIC).bold(),
            synthetic,
        );
    }
    y + small.size
}

/// The brief's page of opportunities: under the first page's title, filters and banner, the ranking (see
/// [`super::opportunities`]); the same footer and watermark.
pub(super) fn draw_opportunity_page(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    overview: &PageContent,
    page: &OpportunityPage,
    frame: &Frame<'_>,
) {
    let scale = frame.scale;
    let margin = 32.0 * scale.sqrt();
    let width = frame.width - 2.0 * margin;
    let small = TextStyle::new(8.5 * scale, MUTED);
    let y = heading(surface, setter, overview, frame);
    let bottom = frame.height - margin - small.size * 3.2;
    draw_opportunities(surface, setter, page, (margin, y, width, bottom), scale);
    footer(surface, setter, overview, frame, margin, small);
    if let Some(text) = frame.watermark {
        watermark(surface, setter, text, frame);
    }
}

/// The key-figure cards in one row; returns the y below them.
fn figures(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    page: &PageContent,
    x: f32,
    y: f32,
    width: f32,
    scale: f32,
) -> f32 {
    let count = page.figures.len().max(1) as f32;
    let gap = 8.0 * scale;
    let card_width = (width - gap * (count - 1.0)) / count;
    let label = TextStyle::new(7.5 * scale, MUTED);
    let value = TextStyle::new(13.0 * scale, INK).bold();
    let height = label.size + value.size + 16.0 * scale;
    for (index, figure) in page.figures.iter().enumerate() {
        let left = x + index as f32 * (card_width + gap);
        fill_rect(
            surface,
            Area {
                x: left,
                y,
                width: card_width,
                height,
            },
            CARD,
        );
        let inner = card_width - 12.0 * scale;
        setter.draw(
            surface,
            (left + 6.0 * scale, y + 5.0 * scale + label.size),
            label,
            &setter.fit(&figure.label, label.size, inner),
        );
        let size = if setter.width(&figure.value, value.size) > inner {
            TextStyle {
                size: value.size * 0.8,
                ..value
            }
        } else {
            value
        };
        setter.draw(
            surface,
            (left + 6.0 * scale, y + height - 7.0 * scale),
            size,
            &setter.fit(&figure.value, size.size, inner),
        );
    }
    y + height + 14.0 * scale
}

/// The top-projects table: header, rows, right-aligned numbers, columns sized to their text.
fn top_table(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    top: &TopProjects,
    area: Area,
    scale: f32,
) {
    let heading = TextStyle::new(10.0 * scale, INK).bold();
    let header = TextStyle::new(7.5 * scale, MUTED).bold();
    let body = TextStyle::new(8.0 * scale, INK);
    let title = crate::tr!(setter.lang(), "pdf-top-projects", n = top.rows.len());
    setter.draw(surface, (area.x, area.y + heading.size), heading, &title);
    let columns = top.header.len();
    if columns == 0 {
        return;
    }
    // Numbers take what they need; the text columns share the rest by their widest cell, names most.
    let widest: Vec<f32> = (0..columns)
        .map(|c| {
            std::iter::once(setter.width(&top.header[c], header.size))
                .chain(top.rows.iter().map(|row| setter.width(&row[c], body.size)))
                .fold(0.0_f32, f32::max)
                + 8.0 * scale
        })
        .collect();
    let fixed: f32 = (0..columns)
        .filter(|&c| top.numeric[c])
        .map(|c| widest[c])
        .sum();
    let flexible: f32 = (0..columns)
        .filter(|&c| !top.numeric[c])
        .map(|c| widest[c])
        .sum();
    let room = (area.width - fixed).max(0.0);
    // Too wide: cap the widest text columns (names, investors) first, so that short ones (sector, district)
    // keep their whole text.
    let cap = if flexible <= room {
        f32::INFINITY
    } else {
        text_column_cap(
            &(0..columns)
                .filter(|&c| !top.numeric[c])
                .map(|c| widest[c])
                .collect::<Vec<_>>(),
            room,
        )
    };
    let text_columns = top.numeric.iter().filter(|&&n| !n).count().max(1) as f32;
    let widths: Vec<f32> = (0..columns)
        .map(|c| {
            if top.numeric[c] {
                widest[c]
            } else if flexible <= room {
                widest[c] + (room - flexible) / text_columns
            } else {
                widest[c].min(cap)
            }
        })
        .collect();
    let row_height =
        (body.size * 2.0).min((area.height - heading.size * 3.0) / (top.rows.len() as f32 + 1.0));
    let mut y = area.y + heading.size * 2.2;
    let cells = |surface: &mut Surface<'_>, texts: &[String], y: f32, style: TextStyle| {
        let mut x = area.x;
        for (c, text) in texts.iter().enumerate() {
            let room = widths[c] - 6.0 * scale;
            let text = setter.fit(text, style.size, room);
            if top.numeric[c] {
                setter.draw_right(surface, (x + widths[c] - 2.0 * scale, y), style, &text);
            } else {
                setter.draw(surface, (x, y), style, &text);
            }
            x += widths[c];
        }
    };
    y += row_height * 0.7;
    cells(&mut *surface, &top.header, y, header);
    y += row_height * 0.35;
    line(surface, (area.x, y), (area.x + area.width, y), 0.6, MUTED);
    for (index, row) in top.rows.iter().enumerate() {
        stripe_row(surface, index, area.x, y, area.width, row_height);
        cells(&mut *surface, row, y + row_height * 0.68, body);
        y += row_height;
    }
}

/// Shades every other row of a table (the second, the fourth, …) so that a long row reads across the page.
pub(super) fn stripe_row(
    surface: &mut Surface<'_>,
    index: usize,
    x: f32,
    y: f32,
    width: f32,
    height: f32,
) {
    if index % 2 == 1 {
        fill_rect(
            surface,
            Area {
                x,
                y,
                width,
                height,
            },
            CARD,
        );
    }
}

/// The largest width `cap` with `Σ min(width, cap) ≤ room`: what text columns are cut to when they do not fit.
fn text_column_cap(widths: &[f32], room: f32) -> f32 {
    let mut sorted = widths.to_vec();
    sorted.sort_by(f32::total_cmp);
    let mut left = room;
    for (index, &width) in sorted.iter().enumerate() {
        let wider = (sorted.len() - index) as f32;
        if width * wider > left {
            return left / wider;
        }
        left -= width;
    }
    f32::INFINITY
}

/// "312 of 3,530 projects · Amounts in USD m · Source: … · synthetic sample", and the date (and page number).
fn footer(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    page: &PageContent,
    frame: &Frame<'_>,
    margin: f32,
    style: TextStyle,
) {
    let width = frame.width - 2.0 * margin;
    let bottom = frame.height - margin;
    line(
        surface,
        (margin, bottom - style.size * 2.4),
        (frame.width - margin, bottom - style.size * 2.4),
        0.5,
        chart::MUTED,
    );
    // The count and "synthetic sample" first: when the line is too long, the source's tail is what gets cut.
    let mut parts = vec![page.shown.clone()];
    if page.synthetic.is_some() {
        parts.push(crate::tr!(setter.lang(), "data-synthetic"));
    }
    parts.extend([page.units.clone(), page.source.clone()]);
    let stamp_width = setter.width(&frame.stamp, style.size);
    let text = setter.fit(&parts.join(" · "), style.size, width - stamp_width - 12.0);
    setter.draw(surface, (margin, bottom - style.size * 0.6), style, &text);
    setter.draw_right(
        surface,
        (frame.width - margin, bottom - style.size * 0.6),
        style,
        &frame.stamp,
    );
}

/// The watermark, in red at the top right above the title: on every page, where a reader looks first.
fn watermark(surface: &mut Surface<'_>, setter: &Typesetter, text: &str, frame: &Frame<'_>) {
    let style = TextStyle::new(9.0 * frame.scale, WATERMARK).bold();
    let margin = 32.0 * frame.scale.sqrt();
    let y = margin * 0.55;
    setter.draw_right(
        surface,
        (frame.width - margin, y + style.size * 0.4),
        style,
        text,
    );
}

#[cfg(test)]
mod tests {
    use super::text_column_cap;

    #[test]
    fn only_the_widest_text_columns_are_cut() {
        // Name 200, investor 180, sector 60, district 50 in 400: the short two keep their width.
        let cap = text_column_cap(&[200.0, 180.0, 60.0, 50.0], 400.0);
        assert!((cap - 145.0).abs() < 1e-3, "{cap}");
        assert_eq!(text_column_cap(&[10.0, 20.0], 100.0), f32::INFINITY);
    }
}
