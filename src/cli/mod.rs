//! The headless command line: `summary`, `export`, `brief`, `deck`, `inspect`, `score`, `generate`, over the same `Filter`/`View` and engine
//! as the GUI. One file per subcommand; `source.rs` (how a file is read) and `filters.rs` (which rows) are shared.
//!
//! A new subcommand: a variant of [`CliCommand`] with its `Args` struct, a file `name.rs` with
//! `pub(super) fn run(args, out) -> Result<(), CliError>`, and one arm in [`run`].
//!
//! Exit codes: 0 success; 1 an unreadable or invalid data file (with the located error); 2 a bad argument or an
//! unknown name (with the valid choices).

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use crate::model::LoadError;

mod chart;
mod export;
mod filters;
mod generate;
mod inspect;
mod pdf;
mod score;
mod source;
mod summary;

pub use export::ExportArgs;
pub use filters::FilterArgs;
pub use generate::GenerateArgs;
pub use inspect::{InspectArgs, InspectFormat};
pub use pdf::{BriefArgs, DeckArgs, PdfArgs};
pub use source::{SourceArgs, load_dataset};
pub use summary::{OutputFormat, SummaryArgs};

#[derive(Debug, Parser)]
#[command(
    name = "invest-explorer",
    version,
    about = "Explore where Hong Kong money has gone in Chongqing.",
    long_about = "Explore where Hong Kong money has gone in Chongqing.\n\nWith no command, opens the window on FILE \
                  (or on the embedded dataset: a synthetic sample calibrated to published aggregates).",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,
    /// A project file to open in the window (default: the embedded dataset).
    pub file: Option<PathBuf>,
    /// Open the window, save a PNG of it to this path and exit.
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,
    /// The tab to show first (table, breakdown, charts, map).
    #[arg(long, value_name = "NAME")]
    pub tab: Option<String>,
    /// A saved view (.ron) to open with.
    #[arg(long, value_name = "VIEW.ron")]
    pub view: Option<PathBuf>,
    /// The colour theme: light, dark or projector.
    #[arg(long, value_name = "THEME")]
    pub theme: Option<String>,
    /// The language of the window, the reports and the exported files: en, zh-Hans or zh-Hant. The window
    /// otherwise uses the language chosen last (at first start the system's); a command (`summary --lang zh-Hans`),
    /// English.
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<Lang>,
    /// Open in presentation mode (full screen), on the story given with --story or else the current view.
    #[arg(long)]
    pub present: bool,
    /// A story (.story.ron) to open with (and to present, with --present).
    #[arg(long, value_name = "STORY.ron")]
    pub story: Option<PathBuf>,
    /// With --present: the slide to start at, from 1 (default: the first).
    #[arg(long, value_name = "N", requires = "present")]
    pub slide: Option<usize>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Print totals and a breakdown of the selected projects.
    Summary(SummaryArgs),
    /// Write the selected projects to a file (.csv .tsv .xlsx .json .ron).
    Export(ExportArgs),
    /// Write a one-page PDF brief (A4 landscape) of the selected projects: key figures, chart, top 10, filters.
    Brief(BriefArgs),
    /// Write a PDF deck of a story (.story.ron): one 16:9 page per slide.
    Deck(DeckArgs),
    /// Write the synthetic dataset files (projects.csv and the reference .ron files).
    Generate(GenerateArgs),
    /// Describe a file: format, encoding, delimiter, header, column types, mapping guess and data quality.
    Inspect(InspectArgs),
    /// Rank sectors, districts or sector × district cells by a transparent opportunity score, with the why.
    Score(score::ScoreArgs),
}

/// Why a command failed, and so which exit code it gets. `Usage` and `Failed` are worded in the command's
/// `--lang` where they arise; a data file's error is worded by [`CliError::message`].
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A bad argument or an unknown name: exit code 2.
    #[error("{0}")]
    Usage(String),
    /// A file that cannot be read or is invalid: exit code 1.
    #[error(transparent)]
    Data(#[from] LoadError),
    /// Anything else that went wrong while writing: exit code 1.
    #[error("{0}")]
    Failed(String),
}

impl CliError {
    /// What to print on stderr, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Data(error) => crate::query::messages::load_error(error, lang),
            CliError::Usage(text) | CliError::Failed(text) => text.clone(),
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Data(_) | CliError::Failed(_) => 1,
        }
    }
}

/// A value one of our own value parsers refused as no valid choice (clap shows its English text only when
/// [`parse_error_text`] cannot word it).
#[derive(Debug, thiserror::Error)]
#[error("unknown value {given:?}; valid choices: {choices}")]
pub struct UnknownValue {
    pub given: String,
    pub choices: &'static str,
}

/// Our words, in `lang`, for a value clap refused through one of our own parsers (an amount bound, a weight, a
/// currency); `None` for clap's own usage errors, which stay English (clap prints them, with its help).
pub fn parse_error_text(error: &clap::Error, lang: Lang) -> Option<String> {
    use clap::error::{ContextKind, ContextValue};
    let source = std::error::Error::source(error)?;
    let problem = if let Some(bound) = source.downcast_ref::<filters::BoundError>() {
        bound.message(lang)
    } else if let Some(weights) = source.downcast_ref::<crate::query::score::WeightsError>() {
        crate::query::messages::weights_error(weights, lang)
    } else if let Some(unknown) = source.downcast_ref::<UnknownValue>() {
        crate::tr!(
            lang,
            "cli-unknown-value",
            given = unknown.given.as_str(),
            choices = unknown.choices
        )
    } else {
        return None;
    };
    let arg = match error.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(arg)) => arg.clone(),
        _ => String::new(),
    };
    Some(crate::tr!(
        lang,
        "cli-invalid-value",
        arg = arg,
        problem = problem
    ))
}

/// The `--lang` among raw arguments clap refused (and so never parsed): the last valid one, else English.
pub fn lang_of_args(args: &[String]) -> Lang {
    let mut lang = Lang::default();
    for (index, arg) in args.iter().enumerate() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.get(index + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(found) = value.and_then(|v| v.parse::<Lang>().ok()) {
            lang = found;
        }
    }
    lang
}

/// Runs one headless command, writing its report to `out` in `lang`.
pub fn run(command: &CliCommand, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    match command {
        CliCommand::Summary(args) => summary::run(args, lang, out),
        CliCommand::Export(args) => export::run(args, lang, out),
        CliCommand::Brief(args) => pdf::run_brief(args, lang, out),
        CliCommand::Deck(args) => pdf::run_deck(args, lang, out),
        CliCommand::Generate(args) => generate::run(args, lang, out),
        CliCommand::Inspect(args) => inspect::run(args, lang, out),
        CliCommand::Score(args) => score::run(args, lang, out),
    }
}
