//! `inspect FILE`: how a file is read (format, encoding, delimiter, header), its columns with their types and
//! the fields they map to, and the data-quality report; as text or JSON.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::CliError;
use super::score::pad;
use super::source::{SourceArgs, load_dataset};
use crate::i18n::Lang;
use crate::model::Field;
use crate::model::load::mapping::AMOUNT_FIELDS;
use crate::model::load::open::FileFormat;
use crate::model::load::quality::QualityReport;
use crate::model::load::values::{DecimalSeparator, ValueKind};
use crate::query::{labels, messages};
use crate::tr;

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

pub(super) fn run(args: &InspectArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    let dataset = load_dataset(Some(&args.file), &args.source, lang)?;
    let Some(detected) = &dataset.detected else {
        return Err(CliError::Failed(tr!(lang, "cli-not-from-disk")));
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
    let write = |e: std::io::Error| {
        CliError::Failed(tr!(lang, "cli-cannot-write-report", error = e.to_string()))
    };
    if args.format == InspectFormat::Json {
        let text =
            serde_json::to_string_pretty(&report).map_err(|e| CliError::Failed(e.to_string()))?;
        return writeln!(out, "{text}").map_err(write);
    }
    let mut lines = vec![
        tr!(lang, "inspect-file", file = report.file.as_str()),
        tr!(
            lang,
            "inspect-read-as",
            format = messages::format_name(detected.format, lang),
            how = messages::read_as(detected, lang)
        ),
        tr!(lang, "inspect-rows", n = report.rows),
    ];
    if !report.project_table {
        let missing: Vec<String> = mapping
            .missing_required()
            .into_iter()
            .map(|f| labels::field_title(f, lang))
            .collect();
        lines.push(tr!(
            lang,
            "inspect-plain-table",
            fields = missing.join(&tr!(lang, "list-separator")),
            flag = "--map FIELD=COLUMN"
        ));
    }
    lines.push(tr!(lang, "inspect-columns"));
    for (i, name) in detected.headers.iter().enumerate() {
        let field = mapping.field_of(i);
        let kind = detected.column_types.get(i).map_or_else(
            || messages::column_type(ValueKind::Text, lang),
            |t| messages::column_type(*t, lang),
        );
        let target = match field {
            Some(field) if AMOUNT_FIELDS.contains(&field) => tr!(
                lang,
                "inspect-to-field-in",
                field = labels::field_title(field, lang),
                unit = mapping.unit(field).label()
            ),
            Some(field) => tr!(
                lang,
                "inspect-to-field",
                field = labels::field_title(field, lang)
            ),
            None if mapping.currency_column == Some(i) => tr!(lang, "inspect-to-currency"),
            None => tr!(lang, "inspect-extra-column"),
        };
        lines.push(format!(
            "  {:>3}. {} {} {target}",
            i + 1,
            pad(name, 28),
            pad(&kind, 7)
        ));
    }
    lines.push(tr!(lang, "inspect-quality"));
    lines.extend(
        messages::quality_lines(&dataset.quality, lang)
            .into_iter()
            .map(|l| format!("  {l}")),
    );
    for line in lines {
        writeln!(out, "{line}").map_err(write)?;
    }
    Ok(())
}
