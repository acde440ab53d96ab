//! PDFs for clients, written with krilla (pure Rust; fonts embedded and subset, CJK included; text selectable;
//! charts as vector paths): a **brief** of a view on A4 landscape — the overview page, then "Where the
//! opportunities are" (the view's opportunity ranking) — and a **deck** of a story, one 16:9 page per slide.
//! Each page is first worked out as a [`PageContent`] or an [`OpportunityPage`] (what it says), then drawn
//! (`page.rs`, `opportunities.rs`).
//!
//! Files are written through [`super::write_atomically`]: a failed write leaves an existing file as it was. Must
//! not depend on egui, eframe or rfd.

mod chart;
mod content;
mod fonts;
mod opportunities;
mod page;

use std::io::Write;
use std::path::Path;
use std::time::SystemTime;

use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;

pub use content::{Bar, ChartSeries, KeyFigure, PageContent, TopProjects};
pub use opportunities::{OpportunityPage, OpportunityRow, TOP_GROUPS};

use super::{ExportError, write_atomically};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::story::Story;
use crate::query::{ClientSafe, Names, Pseudonyms, View};

/// A4 landscape, in points.
pub const A4_LANDSCAPE: (f32, f32) = (841.89, 595.28);
/// A 16:9 slide, in points (13.33 × 7.5 in, the size presentation programs use).
pub const SLIDE: (f32, f32) = (960.0, 540.0);
/// Slides are read from across a room: larger type than the brief.
const SLIDE_SCALE: f32 = 1.25;

/// How the PDFs are written: the language of their words, the watermark, the date they carry.
#[derive(Clone, Debug)]
pub struct PdfOptions {
    pub lang: Lang,
    /// "Confidential — prepared for …" on every page, or none.
    pub watermark: Option<String>,
    /// The date printed on the pages, e.g. "2025-03-01" (UTC).
    pub date: String,
}

impl PdfOptions {
    /// Options for `lang` under `client_safe`, dated today.
    pub fn new(lang: Lang, client_safe: &ClientSafe) -> Self {
        Self {
            lang,
            watermark: client_safe.watermark(lang),
            date: super::utc_timestamp(SystemTime::now())
                .chars()
                .take(10)
                .collect(),
        }
    }

    fn stamp(&self, page: Option<(usize, usize)>) -> String {
        let prepared = crate::tr!(
            self.lang,
            "pdf-prepared",
            date = self.date.clone(),
            version = env!("CARGO_PKG_VERSION")
        );
        match page {
            Some((number, count)) => format!("{prepared} · {number} / {count}"),
            None => prepared,
        }
    }
}

/// What one page of a document is.
enum Sheet<'a> {
    /// Key figures, chart and top projects (the brief's first page, every slide of a deck).
    Overview(&'a PageContent),
    /// The brief's opportunity ranking, under the overview's title and footer.
    Opportunities(&'a PageContent, &'a OpportunityPage),
}

/// Lays out `pages` on pages of `size`, one each.
fn write_document(
    pages: &[(Sheet<'_>, Option<(usize, usize)>)],
    title: &str,
    size: (f32, f32),
    scale: f32,
    options: &PdfOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let setter = fonts::Typesetter::new(options.lang).map_err(ExportError::Encode)?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(options.lang.tag().to_owned())
            .creator(format!("invest-explorer {}", env!("CARGO_PKG_VERSION"))),
    );
    let settings = PageSettings::from_wh(size.0, size.1)
        .ok_or_else(|| ExportError::Encode("invalid page size".into()))?;
    for (sheet, number) in pages {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        let frame = page::Frame {
            width: size.0,
            height: size.1,
            scale,
            watermark: options.watermark.as_deref(),
            stamp: options.stamp(*number),
        };
        match sheet {
            Sheet::Overview(content) => page::draw_page(&mut surface, &setter, content, &frame),
            Sheet::Opportunities(overview, opportunities) => {
                page::draw_opportunity_page(&mut surface, &setter, overview, opportunities, &frame)
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    let bytes = document
        .finish()
        .map_err(|e| ExportError::Encode(format!("cannot write the PDF: {e:?}")))?;
    out.write_all(&bytes).map_err(super::io_error)
}

/// The brief of `view` (A4 landscape): the overview, then where the opportunities are (when the view selects
/// anything to score).
pub fn write_brief(
    dataset: &Dataset,
    view: &View,
    names: Names<'_>,
    options: &PdfOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let content = PageContent::new(dataset, view, &view.name, "", names, options.lang);
    let opportunities = OpportunityPage::new(dataset, view, options.lang);
    let pages = match &opportunities {
        Some(page) => vec![
            (Sheet::Overview(&content), Some((1, 2))),
            (Sheet::Opportunities(&content, page), Some((2, 2))),
        ],
        None => vec![(Sheet::Overview(&content), None)],
    };
    write_document(&pages, &content.title, A4_LANDSCAPE, 1.0, options, out)
}

/// The deck of `story`: one 16:9 page per slide (a story without slides gives one page of the whole dataset).
pub fn write_deck(
    dataset: &Dataset,
    story: &Story,
    names: Names<'_>,
    options: &PdfOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let count = story.slides.len().max(1);
    let contents: Vec<(PageContent, Option<(usize, usize)>)> = if story.slides.is_empty() {
        let view = View::default();
        vec![(
            PageContent::new(dataset, &view, &story.title, "", names, options.lang),
            Some((1, 1)),
        )]
    } else {
        story
            .slides
            .iter()
            .enumerate()
            .map(|(index, slide)| {
                let content = PageContent::new(
                    dataset,
                    &slide.view,
                    &slide.title,
                    &slide.caption,
                    names,
                    options.lang,
                );
                (content, Some((index + 1, count)))
            })
            .collect()
    };
    let title = if story.title.trim().is_empty() {
        crate::tr!(options.lang, "pdf-title")
    } else {
        story.title.clone()
    };
    let pages: Vec<(Sheet<'_>, Option<(usize, usize)>)> = contents
        .iter()
        .map(|(content, number)| (Sheet::Overview(content), *number))
        .collect();
    write_document(&pages, &title, SLIDE, SLIDE_SCALE, options, out)
}

/// How names are written under `client_safe` (pseudonyms made from `dataset` only when it is on).
fn with_names<T>(
    dataset: &Dataset,
    client_safe: &ClientSafe,
    lang: Lang,
    write: impl FnOnce(Names<'_>) -> T,
) -> T {
    let pseudonyms = client_safe
        .enabled
        .then(|| Pseudonyms::new(&dataset.projects));
    let names = pseudonyms
        .as_ref()
        .map_or(Names::Real, |p| client_safe.names(p, lang));
    write(names)
}

/// Writes the brief of `view` to `path` (through a temporary file).
pub fn export_brief_to_file(
    dataset: &Dataset,
    view: &View,
    client_safe: &ClientSafe,
    lang: Lang,
    path: &Path,
) -> Result<(), ExportError> {
    let options = PdfOptions::new(lang, client_safe);
    with_names(dataset, client_safe, lang, |names| {
        write_atomically(path, |out| write_brief(dataset, view, names, &options, out))
    })
}

/// Writes the deck of `story` to `path` (through a temporary file).
pub fn export_deck_to_file(
    dataset: &Dataset,
    story: &Story,
    client_safe: &ClientSafe,
    lang: Lang,
    path: &Path,
) -> Result<(), ExportError> {
    let options = PdfOptions::new(lang, client_safe);
    with_names(dataset, client_safe, lang, |names| {
        write_atomically(path, |out| write_deck(dataset, story, names, &options, out))
    })
}
