//! `brief` and `deck`: a one-page PDF brief of a view, and a PDF deck of a story (one 16:9 page per slide).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::CliError;
use super::filters::FilterArgs;
use super::source::{SourceArgs, load_dataset, warn_about_quality};
use crate::export::pdf::{export_brief_to_file, export_deck_to_file};
use crate::i18n::Lang;
use crate::query::story::Story;
use crate::query::{self, ClientSafe};

/// What the PDF commands share: client-safe and the output (the language is the global `--lang`).
#[derive(Debug, Args)]
pub struct PdfArgs {
    /// Project and investor names as pseudonyms ("Investor 0413"); the filters still use the real names.
    #[arg(long = "client-safe")]
    pub client_safe: bool,
    /// With --client-safe: who the PDF is for, printed as "Confidential — prepared for …" on every page.
    #[arg(long = "prepared-for", value_name = "NAME", requires = "client_safe")]
    pub prepared_for: Option<String>,
    /// The PDF file to write.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
}

impl PdfArgs {
    fn client_safe(&self) -> ClientSafe {
        ClientSafe {
            enabled: self.client_safe,
            prepared_for: self.prepared_for.clone().unwrap_or_default(),
            ..ClientSafe::default()
        }
    }

    fn check_out(&self) -> Result<(), CliError> {
        let is_pdf = self
            .out
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        if is_pdf {
            Ok(())
        } else {
            Err(CliError::Usage(format!(
                "{} is not a .pdf file",
                self.out.display()
            )))
        }
    }
}

#[derive(Debug, Args)]
pub struct BriefArgs {
    /// A project file (default: the embedded dataset).
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub pdf: PdfArgs,
}

#[derive(Debug, Args)]
pub struct DeckArgs {
    /// The story (.story.ron) whose slides become the pages.
    pub story: PathBuf,
    /// A project file (default: the embedded dataset).
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub pdf: PdfArgs,
}

pub(super) fn run_brief(args: &BriefArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    args.pdf.check_out()?;
    let dataset = load_dataset(args.file.as_deref(), &args.source)?;
    warn_about_quality(&dataset);
    let view = args.filters.to_view(&dataset)?;
    let selected = query::select(&dataset, &view.filter).len();
    export_brief_to_file(
        &dataset,
        &view,
        &args.pdf.client_safe(),
        lang,
        &args.pdf.out,
    )
    .map_err(|e| CliError::Failed(e.to_string()))?;
    wrote(
        out,
        &format!("a brief of {}", shown(selected, dataset.projects.len())),
        &args.pdf.out,
    )
}

pub(super) fn run_deck(args: &DeckArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    args.pdf.check_out()?;
    let story = Story::load(&args.story)?;
    let dataset = load_dataset(args.file.as_deref(), &args.source)?;
    warn_about_quality(&dataset);
    for (slide, warning) in story.warnings(&dataset.projects) {
        eprintln!(
            "warning: {}, slide {slide}: {warning}",
            args.story.display()
        );
    }
    export_deck_to_file(
        &dataset,
        &story,
        &args.pdf.client_safe(),
        lang,
        &args.pdf.out,
    )
    .map_err(|e| CliError::Failed(e.to_string()))?;
    let pages = story.slides.len().max(1);
    wrote(
        out,
        &format!(
            "a deck of {pages} {}",
            if pages == 1 { "page" } else { "pages" }
        ),
        &args.pdf.out,
    )
}

fn shown(selected: usize, total: usize) -> String {
    format!(
        "{} of {} projects",
        crate::format::count(selected),
        crate::format::count(total)
    )
}

fn wrote(out: &mut dyn Write, what: &str, path: &Path) -> Result<(), CliError> {
    writeln!(out, "Wrote {what} to {}", path.display()).map_err(|e| CliError::Failed(e.to_string()))
}
