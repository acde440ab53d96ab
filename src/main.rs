//! The `invest-explorer` binary: no command opens the window; `summary`, `export`, `generate` run headless.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;
use invest_explorer::app::{LaunchOptions, run_native};
use invest_explorer::cli::{self, Cli};
use invest_explorer::model::load::open::{OpenOptions, OpenedFile, Progress};
use invest_explorer::model::{Dataset, LoadError};
use invest_explorer::query::messages;
use invest_explorer::query::story::Story;
use invest_explorer::query::{Tab, View};
use invest_explorer::state::Theme;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let args: Vec<String> = std::env::args().collect();
            match cli::parse_error_text(&error, cli::lang_of_args(&args)) {
                Some(text) => {
                    eprintln!("invest-explorer: {text}");
                    return ExitCode::from(2);
                }
                None => error.exit(),
            }
        }
    };
    let lang = cli.lang.unwrap_or_default();
    match &cli.command {
        Some(command) => {
            let mut stdout = std::io::stdout().lock();
            match cli::run(command, lang, &mut stdout) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("invest-explorer: {}", error.message(lang));
                    ExitCode::from(error.exit_code() as u8)
                }
            }
        }
        None => match open_window(&cli) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("invest-explorer: {error:#}");
                ExitCode::FAILURE
            }
        },
    }
}

fn open_window(cli: &Cli) -> anyhow::Result<()> {
    let tab = match &cli.tab {
        Some(name) => Some(Tab::from_name(name).with_context(|| {
            format!("unknown tab {name:?}; valid choices: table, breakdown, charts, map")
        })?),
        None => None,
    };
    let theme = match cli.theme.as_deref() {
        None => None,
        Some("light") => Some(Theme::Light),
        Some("dark") => Some(Theme::Dark),
        Some("projector") => Some(Theme::Projector),
        Some(other) => {
            anyhow::bail!("unknown theme {other:?}; valid choices: light, dark, projector")
        }
    };
    // Errors before the window opens are worded in --lang (the window's own language is not known yet).
    let lang = cli.lang.unwrap_or_default();
    let located = |error: LoadError| anyhow::anyhow!(messages::load_error(&error, lang));
    let view = cli
        .view
        .as_deref()
        .map(View::load)
        .transpose()
        .map_err(located)?;
    // A bad story file fails here with its located error, before any window opens.
    let story = match cli.story.as_deref() {
        Some(path) => Some((
            Story::load(path).map_err(located)?,
            path.display().to_string(),
        )),
        None => None,
    };
    // A file on the command line is inspected now, so an unreadable one fails with its located error before any
    // window; a file in the app's own format loads now, any other opens the mapping dialog in the window.
    let (dataset, open) = match cli.file.as_deref() {
        None => (None, None),
        Some(path) => {
            let opened = OpenedFile::open(path, &OpenOptions::default(), &Progress::default())
                .map_err(located)?;
            let detected = opened.inspect(None).map_err(located)?;
            if detected.own_format {
                (
                    Some(
                        Dataset::from_opened(
                            opened,
                            path,
                            Some(&detected.mapping),
                            &Progress::default(),
                        )
                        .map_err(located)?,
                    ),
                    None,
                )
            } else {
                (None, Some(path.to_owned()))
            }
        }
    };
    run_native(LaunchOptions {
        dataset,
        open,
        view,
        tab,
        theme,
        lang: cli.lang,
        screenshot: cli.screenshot.clone(),
        story,
        present: cli
            .present
            .then(|| cli.slide.unwrap_or(1).saturating_sub(1)),
    })
    .map_err(|e| anyhow::anyhow!("{e}"))
}
