//! `brief` and `deck`: a one-page PDF brief of a view, and a PDF deck of a story (one 16:9 page per slide).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::CliError;
use super::filters::FilterArgs;
use super::source::{SourceArgs, load_dataset, warn_about_quality};
use crate::export::pdf::{export_brief_to_file, export_deck_to_file};
use crate::i18n::Lang;
use crate::query::story::Story;
use crate::query::{self, ClientSafe};
use crate::tr;

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

    fn check_out(&self, lang: Lang) -> Result<(), CliError> {
        let is_pdf = self
            .out
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        if is_pdf {
            Ok(())
        } else {
            Err(CliError::Usage(tr!(
                lang,
                "cli-not-pdf",
                path = self.out.display().to_string(),
                extension = ".pdf"
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
    args.pdf.check_out(lang)?;
    let dataset = load_dataset(args.file.as_deref(), &args.source, lang)?;
    warn_about_quality(&dataset, lang);
    let view = args.filters.to_view(&dataset, lang)?;
    let selected = query::select(&dataset, &view.filter).len();
    export_brief_to_file(
        &dataset,
        &view,
        &args.pdf.client_safe(),
        lang,
        &args.pdf.out,
    )
    .map_err(|e| CliError::Failed(e.message_in(lang)))?;
    let text = tr!(
        lang,
        "cli-brief-wrote",
        shown = selected,
        total = dataset.projects.len(),
        path = args.pdf.out.display().to_string()
    );
    wrote(out, &text)
}

pub(super) fn run_deck(args: &DeckArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    args.pdf.check_out(lang)?;
    let story = Story::load(&args.story)?;
    let dataset = load_dataset(args.file.as_deref(), &args.source, lang)?;
    warn_about_quality(&dataset, lang);
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
    .map_err(|e| CliError::Failed(e.message_in(lang)))?;
    let text = tr!(
        lang,
        "cli-deck-wrote",
        pages = story.slides.len().max(1),
        path = args.pdf.out.display().to_string()
    );
    wrote(out, &text)
}

fn wrote(out: &mut dyn Write, text: &str) -> Result<(), CliError> {
    writeln!(out, "{text}").map_err(|e| CliError::Failed(e.to_string()))
}
