//! How the CLI reads a file: `--map`, `--sheet`, `--encoding`, `--delimiter`, `--header-row`, `--decimal` as
//! overrides of what is detected; the embedded dataset when no file is given.

use std::path::Path;

use clap::Args;

use super::CliError;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::model::load::open::{self, OpenOptions, Progress};
use crate::model::load::sniff::TextEncoding;
use crate::model::load::values::DecimalSeparator;
use crate::query::messages;
use crate::tr;

/// How to read a consultant's file: overrides of what is detected.
#[derive(Debug, Default, Args)]
pub struct SourceArgs {
    /// Which column is a project field, e.g. --map name=项目名称 --map contracted_usd_m=Amount:cny_100m
    /// (COLUMN is a header or a 1-based number; units: usd, usd_k, usd_10k, usd_m, usd_100m, usd_bn, cny, cny_k, cny_10k, cny_m, cny_100m, hkd, hkd_10k, hkd_m, hkd_100m).
    #[arg(long = "map", value_name = "FIELD=COLUMN")]
    pub map: Vec<String>,
    /// The spreadsheet's sheet to read, by 1-based number (default: the first with data).
    #[arg(long, value_name = "N")]
    pub sheet: Option<usize>,
    /// The text encoding, instead of detecting it: utf-8, utf-16le, utf-16be, gbk (GB18030), big5, windows-1252,
    /// shift_jis.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// The delimiter, instead of detecting it: , ; tab |
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<String>,
    /// The header's row, 1-based, when title lines sit above it and detection picks the wrong one.
    #[arg(long = "header-row", value_name = "N")]
    pub header_row: Option<usize>,
    /// The decimal separator, instead of detecting it: point (1,234.5) or comma (1.234,5).
    #[arg(long, value_name = "point|comma")]
    pub decimal: Option<String>,
}

/// Loads the file (read as `source` says) or the embedded dataset; a bad option is refused in `lang`.
pub fn load_dataset(
    file: Option<&Path>,
    source: &SourceArgs,
    lang: Lang,
) -> Result<Dataset, CliError> {
    match file {
        Some(path) => {
            let options = source.open_options(path, lang)?;
            Ok(Dataset::open(path, &options, &Progress::default())?)
        }
        None => Ok(Dataset::embedded()?),
    }
}

impl SourceArgs {
    /// The open options these arguments describe; `--map` starts from the guessed mapping of the file's header.
    pub(super) fn open_options(&self, path: &Path, lang: Lang) -> Result<OpenOptions, CliError> {
        let usage = |message: String| CliError::Usage(message);
        let unknown = |flag: &str, given: &str, choices: &str| {
            usage(tr!(
                lang,
                "cli-unknown-choice",
                flag = flag,
                given = given,
                choices = choices
            ))
        };
        let from_one = |flag: &str, n: Option<usize>| match n {
            Some(0) => Err(usage(tr!(lang, "cli-counts-from-one", flag = flag))),
            n => Ok(n.map(|n| n - 1)),
        };
        let mut options = OpenOptions {
            sheet: from_one("--sheet", self.sheet)?,
            header_row: from_one("--header-row", self.header_row)?,
            encoding: self
                .encoding
                .as_deref()
                .map(|name| {
                    TextEncoding::from_name(name).ok_or_else(|| {
                        unknown(
                            "--encoding",
                            name,
                            "utf-8, utf-16le, utf-16be, gbk, big5, windows-1252, shift_jis",
                        )
                    })
                })
                .transpose()?,
            delimiter: self
                .delimiter
                .as_deref()
                .map(|d| match d {
                    "," | "comma" => Ok(b','),
                    ";" | "semicolon" => Ok(b';'),
                    "tab" | "\t" | "\\t" => Ok(b'\t'),
                    "|" | "pipe" => Ok(b'|'),
                    other => Err(unknown("--delimiter", other, ", ; tab |")),
                })
                .transpose()?,
            decimal: self
                .decimal
                .as_deref()
                .map(|d| match d {
                    "point" | "." => Ok(DecimalSeparator::Point),
                    "comma" | "," => Ok(DecimalSeparator::Comma),
                    other => Err(unknown("--decimal", other, "point, comma")),
                })
                .transpose()?,
            mapping: None,
        };
        if !self.map.is_empty() {
            let detected =
                open::OpenedFile::open(path, &options, &Progress::default())?.inspect(None)?;
            let mut mapping = detected.mapping;
            for spec in &self.map {
                mapping
                    .apply_override(&detected.headers, spec)
                    .map_err(|e| usage(messages::override_error(&e, lang)))?;
            }
            options.mapping = Some(mapping);
        }
        Ok(options)
    }
}

/// Tells, on stderr, what a file's load repaired or skipped, so the numbers on stdout are never taken on trust.
pub(super) fn warn_about_quality(dataset: &Dataset, lang: Lang) {
    if dataset.detected.is_some() && !dataset.quality.is_clean() {
        let headline = messages::quality_headline(&dataset.quality, lang);
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-quality-warning",
                headline = headline,
                command = "invest-explorer inspect FILE"
            )
        );
    }
}
