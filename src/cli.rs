//! The headless command line: `summary`, `export`, `inspect`, `generate`, over the same `Filter`/`View` and engine as the GUI.
//!
//! Exit codes: 0 success; 1 an unreadable or invalid data file (with the located error); 2 a bad argument or an
//! unknown name (with the valid choices).

mod score;

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::export::{RowExport, RowFormat, export_rows_to_file};
use crate::format::{self, MoneyFormat};
use crate::model::dataset::read_file;
use crate::model::generate::{GenerateOptions, generate};
use crate::model::load::mapping::AMOUNT_FIELDS;
use crate::model::load::open::{self, FileFormat, OpenOptions, Progress};
use crate::model::load::quality::QualityReport;
use crate::model::load::sniff::TextEncoding;
use crate::model::load::values::DecimalSeparator;
use crate::model::{ColumnId, Dataset, Field, LoadError};
use crate::query::{self, Facet, Filter, GroupBy, View};

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
    /// The colour theme: light or dark.
    #[arg(long, value_name = "THEME")]
    pub theme: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Print totals and a breakdown of the selected projects.
    Summary(SummaryArgs),
    /// Write the selected projects to a file (.csv .tsv .xlsx .json .ron).
    Export(ExportArgs),
    /// Write the synthetic dataset files (projects.csv and the reference .ron files).
    Generate(GenerateArgs),
    /// Describe a file: format, encoding, delimiter, header, column types, mapping guess and data quality.
    Inspect(InspectArgs),
    /// Rank sectors, districts or sector × district cells by a transparent opportunity score, with the why.
    Score(score::ScoreArgs),
}

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

#[derive(Debug, Args)]
pub struct InspectArgs {
    pub file: PathBuf,
    #[command(flatten)]
    pub source: SourceArgs,
    #[arg(long, value_enum, default_value_t = InspectFormat::Table)]
    pub format: InspectFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InspectFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// A project file (default: the embedded dataset).
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Group by: sector, sub_sector, district, year, status, origin, size_band.
    #[arg(long, value_name = "KEY", default_value = "sector")]
    pub by: GroupBy,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A project file (default: the embedded dataset).
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// The file to write; its extension picks the format: .csv .tsv .xlsx .json .ron.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
}

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Csv,
    Json,
}

/// Filters shared by `summary` and `export`. Ranges are inclusive; names match case-insensitively.
#[derive(Debug, Default, Args)]
pub struct FilterArgs {
    /// Case-insensitive text in the project name or the investor.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub sector: Vec<String>,
    #[arg(long = "sub-sector", value_name = "NAME", num_args = 1..)]
    pub sub_sector: Vec<String>,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub district: Vec<String>,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub status: Vec<String>,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub origin: Vec<String>,
    #[arg(long = "year-from", value_name = "Y")]
    pub year_from: Option<i32>,
    #[arg(long = "year-to", value_name = "Y")]
    pub year_to: Option<i32>,
    #[arg(long = "min-usd-m", value_name = "X")]
    pub min_usd_m: Option<f64>,
    #[arg(long = "max-usd-m", value_name = "X")]
    pub max_usd_m: Option<f64>,
    /// A saved view (.ron); the other filters are added to its filter.
    #[arg(long, value_name = "VIEW.ron")]
    pub view: Option<PathBuf>,
}

/// Why a command failed, and so which exit code it gets.
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
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Data(_) | CliError::Failed(_) => 1,
        }
    }
}

/// Runs one headless command, writing its report to `out`.
pub fn run(command: &CliCommand, out: &mut dyn Write) -> Result<(), CliError> {
    match command {
        CliCommand::Summary(args) => summary(args, out),
        CliCommand::Export(args) => export(args, out),
        CliCommand::Generate(args) => generate_files(args, out),
        CliCommand::Inspect(args) => inspect(args, out),
        CliCommand::Score(args) => score::score(args, out),
    }
}

/// Loads the file (read as `source` says) or the embedded dataset.
pub fn load_dataset(file: Option<&Path>, source: &SourceArgs) -> Result<Dataset, CliError> {
    match file {
        Some(path) => {
            let options = source.open_options(path)?;
            Ok(Dataset::open(path, &options, &Progress::default())?)
        }
        None => Ok(Dataset::embedded()?),
    }
}

impl SourceArgs {
    /// The open options these arguments describe; `--map` starts from the guessed mapping of the file's header.
    fn open_options(&self, path: &Path) -> Result<OpenOptions, CliError> {
        let usage = |message: String| CliError::Usage(message);
        let from_one = |flag: &str, n: Option<usize>| match n {
            Some(0) => Err(usage(format!("{flag} counts from 1"))),
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
                        usage(format!(
                            "unknown encoding {name:?}; valid choices: utf-8, utf-16le, utf-16be, gbk, big5, windows-1252, shift_jis"
                        ))
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
                    other => Err(usage(format!(
                        "unknown delimiter {other:?}; valid choices: , ; tab |"
                    ))),
                })
                .transpose()?,
            decimal: self
                .decimal
                .as_deref()
                .map(|d| match d {
                    "point" | "." => Ok(DecimalSeparator::Point),
                    "comma" | "," => Ok(DecimalSeparator::Comma),
                    other => Err(usage(format!(
                        "unknown decimal separator {other:?}; valid choices: point, comma"
                    ))),
                })
                .transpose()?,
            mapping: None,
        };
        if !self.map.is_empty() {
            let bytes = read_file(path)?;
            let detected = open::inspect(&bytes, &path.display().to_string(), &options)?;
            let mut mapping = detected.mapping;
            for spec in &self.map {
                mapping
                    .apply_override(&detected.headers, spec)
                    .map_err(CliError::Usage)?;
            }
            options.mapping = Some(mapping);
        }
        Ok(options)
    }
}

/// Tells, on stderr, what a file's load repaired or skipped, so the numbers on stdout are never taken on trust.
fn warn_about_quality(dataset: &Dataset) {
    if dataset.detected.is_some() && !dataset.quality.is_clean() {
        eprintln!(
            "data quality: {} (run `invest-explorer inspect FILE` for details)",
            dataset.quality.headline()
        );
    }
}

/// What `inspect --format json` prints.
#[derive(Serialize)]
struct InspectJson<'a> {
    file: String,
    format: &'static str,
    encoding: Option<&'static str>,
    delimiter: Option<&'static str>,
    decimal_comma: bool,
    sheet: Option<&'a str>,
    sheets: &'a [String],
    header_line: u64,
    rows: usize,
    columns: Vec<InspectColumn<'a>>,
    project_table: bool,
    missing_fields: Vec<&'static str>,
    quality: &'a QualityReport,
}

#[derive(Serialize)]
struct InspectColumn<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    field: Option<&'static str>,
    unit: Option<&'static str>,
}

fn inspect(args: &InspectArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let dataset = load_dataset(Some(&args.file), &args.source)?;
    let Some(detected) = &dataset.detected else {
        return Err(CliError::Failed("the file was not read from disk".into()));
    };
    let mapping = &detected.mapping;
    let columns: Vec<InspectColumn> = detected
        .headers
        .iter()
        .enumerate()
        .map(|(column, name)| {
            let field = mapping.field_of(column);
            InspectColumn {
                name,
                kind: detected
                    .column_types
                    .get(column)
                    .map_or("text", |t| t.label()),
                field: field
                    .map(Field::key)
                    .or_else(|| (mapping.currency_column == Some(column)).then_some("currency")),
                unit: field
                    .filter(|f| AMOUNT_FIELDS.contains(f))
                    .map(|f| mapping.unit(f).label()),
            }
        })
        .collect();
    let report = InspectJson {
        file: args.file.display().to_string(),
        format: detected.format.label(),
        encoding: detected.encoding.map(|e| e.label()),
        delimiter: detected.dialect.map(|d| d.delimiter_label()),
        decimal_comma: detected
            .dialect
            .is_some_and(|d| d.decimal == DecimalSeparator::Comma),
        sheet: (detected.format == FileFormat::Workbook)
            .then(|| detected.sheet_names.get(detected.sheet).map(String::as_str))
            .flatten(),
        sheets: &detected.sheet_names,
        header_line: detected.header_line,
        rows: dataset.projects.len(),
        columns,
        project_table: mapping.is_project_table(),
        missing_fields: mapping
            .missing_required()
            .into_iter()
            .map(Field::key)
            .collect(),
        quality: &dataset.quality,
    };
    let write = |e: std::io::Error| CliError::Failed(format!("cannot write the report: {e}"));
    if args.format == InspectFormat::Json {
        let text =
            serde_json::to_string_pretty(&report).map_err(|e| CliError::Failed(e.to_string()))?;
        return writeln!(out, "{text}").map_err(write);
    }
    let mut lines = vec![
        format!("File:     {}", report.file),
        format!(
            "Read as:  {} · {}",
            detected.format.label(),
            detected.describe()
        ),
        format!("Rows:     {}", crate::format::count(report.rows)),
    ];
    if !report.project_table {
        lines.push(format!(
            "Plain table: no column for {} (use --map FIELD=COLUMN)",
            report.missing_fields.join(", ")
        ));
    }
    lines.push("Columns:".into());
    for (i, column) in report.columns.iter().enumerate() {
        let target = match (column.field, column.unit) {
            (Some(field), Some(unit)) => format!("→ {field}, in {unit}"),
            (Some(field), None) => format!("→ {field}"),
            (None, _) => "(extra column)".into(),
        };
        lines.push(format!(
            "  {:>3}. {:<28} {:<7} {target}",
            i + 1,
            column.name,
            column.kind
        ));
    }
    lines.push("Quality:".into());
    lines.extend(
        dataset
            .quality
            .lines()
            .into_iter()
            .map(|l| format!("  {l}")),
    );
    for line in lines {
        writeln!(out, "{line}").map_err(write)?;
    }
    Ok(())
}

/// Reads a saved view file.
pub fn load_view(path: &Path) -> Result<View, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.display().to_string(),
        source,
    })?;
    View::from_ron(&text, &path.display().to_string())
}

impl FilterArgs {
    /// The view these arguments describe: the `--view` file's, with the flags added to its filter.
    fn to_view(&self, dataset: &Dataset) -> Result<View, CliError> {
        let mut view = match &self.view {
            Some(path) => load_view(path)?,
            None => View::default(),
        };
        let filter = &mut view.filter;
        if let Some(search) = &self.search {
            filter.search = search.clone();
        }
        for (facet, names) in [
            (Facet::Sector, &self.sector),
            (Facet::SubSector, &self.sub_sector),
            (Facet::District, &self.district),
            (Facet::Status, &self.status),
            (Facet::Origin, &self.origin),
        ] {
            filter.values_mut(facet).extend(names.iter().cloned());
        }
        filter.year_from = self.year_from.or(filter.year_from);
        filter.year_to = self.year_to.or(filter.year_to);
        filter.min_usd_m = self.min_usd_m.or(filter.min_usd_m);
        filter.max_usd_m = self.max_usd_m.or(filter.max_usd_m);
        reject_unknown_names(filter, dataset)?;
        Ok(view)
    }
}

/// An unknown sector, district… is a usage error naming the valid choices (one line).
fn reject_unknown_names(filter: &Filter, dataset: &Dataset) -> Result<(), CliError> {
    let Some((facet, name)) = filter.unknown_names(&dataset.projects).into_iter().next() else {
        return Ok(());
    };
    let choices = dataset
        .projects
        .category(facet.field())
        .map(|c| c.labels().join(", "))
        .unwrap_or_default();
    Err(CliError::Usage(format!(
        "unknown {} {name:?}; valid choices: {choices}",
        facet.field().title().to_lowercase()
    )))
}

/// The JSON shape of `summary --format json`.
#[derive(Serialize)]
struct SummaryJson {
    rows_total: usize,
    rows_selected: usize,
    contracted_usd_m: f64,
    utilized_usd_m: f64,
    groups: Vec<GroupJson>,
}

#[derive(Serialize)]
struct GroupJson {
    key: String,
    count: usize,
    contracted_usd_m: f64,
    utilized_usd_m: f64,
    share_pct: f64,
}

/// Rounds to `decimals` places, so sums print as `70400.0`, not `70400.00000000001`.
fn round_to(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

fn summary(args: &SummaryArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let dataset = load_dataset(args.file.as_deref(), &args.source)?;
    warn_about_quality(&dataset);
    let view = args.filters.to_view(&dataset)?;
    let selection = query::select(&dataset.projects, &view.filter);
    let totals = query::summarize(query::Amounts::usd(&dataset.projects), &selection.rows);
    let groups = query::group_by(
        &dataset.projects,
        query::Amounts::usd(&dataset.projects),
        &selection.rows,
        args.by,
    );
    let text = match args.format {
        OutputFormat::Json => {
            let json = SummaryJson {
                rows_total: dataset.projects.len(),
                rows_selected: selection.len(),
                contracted_usd_m: round_to(totals.contracted_usd_m, 3),
                utilized_usd_m: round_to(totals.utilized_usd_m, 3),
                groups: groups
                    .iter()
                    .map(|g| GroupJson {
                        key: g.key.clone(),
                        count: g.summary.count,
                        contracted_usd_m: round_to(g.summary.contracted_usd_m, 3),
                        utilized_usd_m: round_to(g.summary.utilized_usd_m, 3),
                        share_pct: round_to(g.share_pct, 3),
                    })
                    .collect(),
            };
            serde_json::to_string_pretty(&json).map_err(|e| CliError::Failed(e.to_string()))? + "\n"
        }
        OutputFormat::Csv => {
            let mut text = format!(
                "{},count,contracted_usd_m,utilized_usd_m,share_pct\n",
                args.by
            );
            for g in &groups {
                let key = if g.key.contains([',', '"', '\n']) {
                    format!("\"{}\"", g.key.replace('"', "\"\""))
                } else {
                    g.key.clone()
                };
                text += &format!(
                    "{key},{},{},{},{}\n",
                    g.summary.count,
                    round_to(g.summary.contracted_usd_m, 3),
                    round_to(g.summary.utilized_usd_m, 3),
                    round_to(g.share_pct, 3)
                );
            }
            text
        }
        OutputFormat::Table => {
            summary_table(&dataset, &view, &selection, &totals, &groups, args.by)
        }
    };
    out.write_all(text.as_bytes())
        .map_err(|e| CliError::Failed(e.to_string()))
}

/// The human-readable summary: a headline, the source, and an aligned breakdown.
fn summary_table(
    dataset: &Dataset,
    view: &View,
    selection: &query::Selection,
    totals: &query::Summary,
    groups: &[query::GroupSummary],
    by: GroupBy,
) -> String {
    let money = MoneyFormat::default();
    let mut text = format!(
        "{} of {} projects · {} contracted · {} utilised\nFilters: {}\nSource: {}\n\n",
        format::count(selection.len()),
        format::count(dataset.projects.len()),
        money.format(totals.contracted_usd_m),
        money.format(totals.utilized_usd_m),
        view.filter.describe(),
        dataset.provenance.describe(),
    );
    let key_width = groups
        .iter()
        .map(|g| g.key.chars().count())
        .chain([by.field().title().len()])
        .max()
        .unwrap_or(10);
    text += &format!(
        "{:<key_width$}  {:>9}  {:>18}  {:>18}  {:>8}\n",
        by.field().title(),
        "Projects",
        "Contracted USD m",
        "Utilised USD m",
        "Share"
    );
    for g in groups {
        let pad = key_width.saturating_sub(g.key.chars().count());
        text += &format!(
            "{}{}  {:>9}  {:>18}  {:>18}  {:>8}\n",
            g.key,
            " ".repeat(pad),
            format::count(g.summary.count),
            format::thousands(g.summary.contracted_usd_m, 1),
            format::thousands(g.summary.utilized_usd_m, 1),
            format::percent(g.share_pct)
        );
    }
    text
}

fn export(args: &ExportArgs, out: &mut dyn Write) -> Result<(), CliError> {
    if RowFormat::from_path(&args.out).is_none() {
        return Err(CliError::Usage(format!(
            "cannot tell the format of {}; valid extensions: .csv, .tsv, .xlsx, .json, .ron",
            args.out.display()
        )));
    }
    let dataset = load_dataset(args.file.as_deref(), &args.source)?;
    warn_about_quality(&dataset);
    let view = args.filters.to_view(&dataset)?;
    let mut selection = query::select(&dataset.projects, &view.filter);
    query::sort_rows(&dataset.projects, &mut selection.rows, &view.sort);
    // With a view, the view's columns (as the window shows them); without, every column.
    let columns: Vec<ColumnId> = if args.filters.view.is_some() {
        view.visible_columns(&dataset.projects)
    } else {
        dataset.projects.columns().collect()
    };
    let export = RowExport {
        dataset: &dataset,
        rows: &selection.rows,
        columns: &columns,
        filter: &view.filter,
        sort: &view.sort,
    };
    export_rows_to_file(&export, &args.out).map_err(|e| CliError::Failed(e.to_string()))?;
    writeln!(
        out,
        "Wrote {} of {} projects to {}",
        format::count(selection.len()),
        format::count(dataset.projects.len()),
        args.out.display()
    )
    .map_err(|e| CliError::Failed(e.to_string()))
}

fn generate_files(args: &GenerateArgs, out: &mut dyn Write) -> Result<(), CliError> {
    if args.rows == 0 {
        return Err(CliError::Usage("--rows must be at least 1".into()));
    }
    let files = generate(&GenerateOptions {
        rows: args.rows,
        seed: args.seed,
    });
    let written = files
        .write_to_dir(&args.out)
        .map_err(|e| CliError::Failed(format!("cannot write to {}: {e}", args.out.display())))?;
    for path in written {
        writeln!(out, "{}", path.display()).map_err(|e| CliError::Failed(e.to_string()))?;
    }
    Ok(())
}
