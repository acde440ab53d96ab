//! `inspect FILE`: how a file is read (format, encoding, delimiter, header), its columns with their types and
//! the fields they map to, and the data-quality report; as text or JSON.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::CliError;
use super::source::{SourceArgs, load_dataset};
use crate::model::Field;
use crate::model::load::mapping::AMOUNT_FIELDS;
use crate::model::load::open::FileFormat;
use crate::model::load::quality::QualityReport;
use crate::model::load::values::DecimalSeparator;

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

pub(super) fn run(args: &InspectArgs, out: &mut dyn Write) -> Result<(), CliError> {
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
