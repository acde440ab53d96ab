//! `generate`: the synthetic dataset files (projects.csv and the reference .ron files).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::CliError;
use crate::i18n::Lang;
use crate::model::generate::{GenerateOptions, generate};
use crate::tr;

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Number of project rows.
    #[arg(long, default_value_t = crate::model::generate::DEFAULT_ROWS)]
    pub rows: usize,
    /// Random seed; the default reproduces the shipped files byte for byte.
    #[arg(long, default_value_t = crate::model::generate::DEFAULT_SEED)]
    pub seed: u64,
    /// Folder to write the files into (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

pub(super) fn run(args: &GenerateArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    if args.rows == 0 {
        return Err(CliError::Usage(tr!(
            lang,
            "cli-at-least-one",
            flag = "--rows"
        )));
    }
    let files = generate(&GenerateOptions {
        rows: args.rows,
        seed: args.seed,
    });
    // The export's atomic writer: a random, exclusively created temp name per file (no planted symlink is
    // followed), renamed into place only when complete.
    let written = crate::export::write_files_atomically(
        &args.out,
        files
            .files()
            .into_iter()
            .map(|(name, contents)| (name, contents.as_bytes())),
    )
    .map_err(|e| CliError::Failed(e.to_string()))?;
    for path in written {
        writeln!(out, "{}", path.display()).map_err(|e| CliError::Failed(e.to_string()))?;
    }
    Ok(())
}
