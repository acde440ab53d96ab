//! Text in the PDFs: the window's own fonts (Ubuntu Light for Latin, the shipped Noto Sans CJK subsets for
//! Chinese, Hack for arrows and symbols), embedded and subset by krilla, with a small typesetter that picks a font
//! per character (fallback), measures text (so columns can be right-aligned and long names shortened) and draws
//! it as real glyphs with their Unicode text, so the PDF's text can be selected, searched and copied.
//!
//! Shaping is one glyph per character with the font's advance: enough for Latin and CJK labels, which is all
//! the PDFs hold (no ligatures, no complex scripts).

use std::ops::Range;

use krilla::color::rgb;
use krilla::geom::Point;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::raw::TableProvider;
use skrifa::{FontRef, MetadataProvider};

use crate::i18n::Lang;

const UBUNTU_LIGHT: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;
const HACK: &[u8] = epaint_default_fonts::HACK_REGULAR;
const SIMPLIFIED: &[u8] = include_bytes!("../../../assets/fonts/NotoSansSC-Regular-subset.otf");
const TRADITIONAL: &[u8] = include_bytes!("../../../assets/fonts/NotoSansHK-Regular-subset.otf");

/// A colour as RGB bytes.
pub(super) type Rgb = (u8, u8, u8);

/// One font: krilla's handle (for embedding) and skrifa's view of the same bytes (for measuring).
struct Face {
    pdf: Font,
    font: FontRef<'static>,
    units_per_em: f32,
}

impl Face {
    fn new(data: &'static [u8]) -> Option<Self> {
        let font = FontRef::new(data).ok()?;
        let units_per_em = f32::from(font.head().ok()?.units_per_em());
        let pdf = Font::new(data.into(), 0)?;
        Some(Self {
            pdf,
            font,
            units_per_em,
        })
    }

    /// The glyph of `ch` and its advance in em, if the font has it.
    fn glyph(&self, ch: char) -> Option<(GlyphId, f32)> {
        let glyph = self.font.charmap().map(ch)?;
        let metrics = self
            .font
            .glyph_metrics(Size::unscaled(), LocationRef::default());
        let advance = metrics.advance_width(glyph).unwrap_or(0.0) / self.units_per_em;
        Some((GlyphId::new(glyph.to_u32()), advance))
    }
}

/// The PDF fonts in fallback order, and how text is drawn with them.
pub(super) struct Typesetter {
    /// Latin first; then the Chinese subset whose glyph forms the language reads; then the other; then symbols.
    faces: Vec<Face>,
    lang: Lang,
}

/// A stretch of text drawn with one font.
struct Run {
    face: usize,
    range: Range<usize>,
    glyphs: Vec<KrillaGlyph>,
    width_em: f32,
}

impl Typesetter {
    /// The fonts for `lang`: Traditional text gets Hong Kong glyph forms, the rest mainland ones (as the window).
    pub(super) fn new(lang: Lang) -> Result<Self, String> {
        let chinese = match lang {
            Lang::ZhHant => [TRADITIONAL, SIMPLIFIED],
            Lang::En | Lang::ZhHans => [SIMPLIFIED, TRADITIONAL],
        };
        let faces = [UBUNTU_LIGHT, chinese[0], chinese[1], HACK]
            .into_iter()
            .map(|data| Face::new(data).ok_or_else(|| "a shipped font cannot be read".to_owned()))
            .collect::<Result<_, _>>()?;
        Ok(Self { faces, lang })
    }

    /// The language the page is written in.
    pub(super) fn lang(&self) -> Lang {
        self.lang
    }

    /// Splits `text` into runs of one font each: every character in the first font that has it; spaces and
    /// punctuation stay in the run they are in when its font has them. A character no font has is dropped from
    /// the drawing (its text still maps, so copying it works).
    fn runs(&self, text: &str) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for (start, ch) in text.char_indices() {
            let end = start + ch.len_utf8();
            let current = runs.last().map(|run| run.face);
            let keep = current.filter(|&face| {
                (ch.is_whitespace() || ch.is_ascii_punctuation())
                    && self.faces[face].glyph(ch).is_some()
            });
            let found = keep.or_else(|| {
                (0..self.faces.len()).find(|&face| self.faces[face].glyph(ch).is_some())
            });
            let Some(face) = found else {
                if let Some(run) = runs.last_mut() {
                    run.range.end = end;
                }
                continue;
            };
            let Some((glyph_id, advance)) = self.faces[face].glyph(ch) else {
                continue;
            };
            if current != Some(face) {
                runs.push(Run {
                    face,
                    range: start..start,
                    glyphs: Vec::new(),
                    width_em: 0.0,
                });
            }
            if let Some(run) = runs.last_mut() {
                run.glyphs.push(KrillaGlyph {
                    glyph_id,
                    text_range: (start - run.range.start)..(end - run.range.start),
                    x_advance: advance,
                    x_offset: 0.0,
                    y_offset: 0.0,
                    y_advance: 0.0,
                    location: None,
                });
                run.range.end = end;
                run.width_em += advance;
            }
        }
        runs
    }

    /// The width of `text` at `size` points.
    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        self.runs(text).iter().map(|run| run.width_em).sum::<f32>() * size
    }

    /// `text`, shortened with "…" to fit `max_width` points at `size`.
    pub(super) fn fit(&self, text: &str, size: f32, max_width: f32) -> String {
        if self.width(text, size) <= max_width {
            return text.to_owned();
        }
        let mut chars: Vec<char> = text.chars().collect();
        while !chars.is_empty() {
            chars.pop();
            let shortened: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
            if self.width(&shortened, size) <= max_width {
                return shortened;
            }
        }
        String::new()
    }

    /// Breaks `text` into lines of at most `max_width` points at `size`: at spaces, or anywhere in text without
    /// spaces (Chinese). At most `max_lines`; the last one is shortened with "…" when text is left over.
    pub(super) fn wrap(
        &self,
        text: &str,
        size: f32,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_inclusive(' ') {
            let candidate = format!("{line}{word}");
            if self.width(candidate.trim_end(), size) <= max_width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(line.trim_end().to_owned());
                line = String::new();
            }
            // A word wider than the line (or a run of Chinese): break it by characters.
            for ch in word.chars() {
                let candidate = format!("{line}{ch}");
                if self.width(candidate.trim_end(), size) > max_width && !line.is_empty() {
                    lines.push(line.trim_end().to_owned());
                    line = ch.to_string();
                } else {
                    line = candidate;
                }
            }
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_owned());
        }
        if lines.len() > max_lines {
            let rest = lines[max_lines - 1..].join(" ");
            lines.truncate(max_lines - 1);
            lines.push(self.fit(&(rest + " …"), size, max_width));
        }
        lines
    }

    /// Draws `text` with its baseline's left end at (`x`, `y`). `bold` thickens the strokes (the Latin font has
    /// one light weight): headings and figures read from across a table.
    pub(super) fn draw(
        &self,
        surface: &mut Surface<'_>,
        at: (f32, f32),
        style: TextStyle,
        text: &str,
    ) {
        let (mut x, y) = at;
        let (r, g, b) = style.color;
        let paint: krilla::paint::Paint = rgb::Color::new(r, g, b).into();
        surface.set_fill(Some(Fill {
            paint: paint.clone(),
            ..Fill::default()
        }));
        surface.set_stroke(style.bold.then(|| Stroke {
            paint,
            width: style.size * 0.035,
            ..Stroke::default()
        }));
        for run in self.runs(text) {
            let face = &self.faces[run.face];
            surface.draw_glyphs(
                Point::from_xy(x, y),
                &run.glyphs,
                face.pdf.clone(),
                &text[run.range.clone()],
                style.size,
                false,
            );
            x += run.width_em * style.size;
        }
        surface.set_stroke(None);
    }

    /// Draws `text` with its baseline's right end at (`right`, `y`).
    pub(super) fn draw_right(
        &self,
        surface: &mut Surface<'_>,
        at: (f32, f32),
        style: TextStyle,
        text: &str,
    ) {
        let x = at.0 - self.width(text, style.size);
        self.draw(surface, (x, at.1), style, text);
    }
}

/// How a piece of text looks.
#[derive(Clone, Copy, Debug)]
pub(super) struct TextStyle {
    pub size: f32,
    pub color: Rgb,
    pub bold: bool,
}

impl TextStyle {
    pub(super) fn new(size: f32, color: Rgb) -> Self {
        Self {
            size,
            color,
            bold: false,
        }
    }

    pub(super) fn bold(self) -> Self {
        Self { bold: true, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_chinese_take_their_own_fonts_and_measure() {
        let setter = Typesetter::new(Lang::En).unwrap();
        let runs = setter.runs("Yuzhong 渝中区 2019");
        let faces: Vec<usize> = runs.iter().map(|run| run.face).collect();
        assert_eq!(faces, [0, 1, 0], "Latin, Chinese, Latin");
        assert!(setter.width("Yuzhong", 10.0) > setter.width("Yu", 10.0));
        let fitted = setter.fit("A very long project name indeed", 10.0, 60.0);
        assert!(
            fitted.ends_with('…') && setter.width(&fitted, 10.0) <= 60.0,
            "{fitted}"
        );
        let lines = setter.wrap("one two three four five six seven", 10.0, 50.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
    }
}
