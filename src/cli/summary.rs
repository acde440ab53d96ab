//! `summary`: totals and a breakdown of the selected projects, as an aligned table, CSV or JSON.

use std::borrow::Cow;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::CliError;
use super::filters::FilterArgs;
use super::source::{SourceArgs, load_dataset, warn_about_quality};
use crate::format::{self, MoneyFormat};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::{self, GroupBy, View, labels};
use crate::tr;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Csv,
    Json,
}

/// The JSON shape of `summary --format json`.
#[derive(Serialize)]
struct SummaryJson {
    rows_total: usize,
    rows_selected: usize,
    contracted_usd_m: f64,
    /// `null` when no selected row has a utilised amount: missing is not zero.
    utilized_usd_m: Option<f64>,
    groups: Vec<GroupJson>,
}

#[derive(Serialize)]
struct GroupJson {
    key: String,
    count: usize,
    contracted_usd_m: f64,
    utilized_usd_m: Option<f64>,
    share_pct: f64,
}

/// What the text table prints for an amount no row knows (a file without utilised amounts): never 0.0.
const UNKNOWN: &str = "–";

pub(super) use crate::format::round_to;

pub(super) fn run(args: &SummaryArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    let dataset = load_dataset(args.file.as_deref(), &args.source, lang)?;
    warn_about_quality(&dataset, lang);
    let view = args.filters.to_view(&dataset, lang)?;
    let selection = query::select(&dataset, &view.filter);
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
                utilized_usd_m: totals.utilised_usd_m().map(|m| round_to(m, 3)),
                groups: groups
                    .iter()
                    .map(|g| GroupJson {
                        key: g.key.clone(),
                        count: g.summary.count,
                        contracted_usd_m: round_to(g.summary.contracted_usd_m, 3),
                        utilized_usd_m: g.summary.utilised_usd_m().map(|m| round_to(m, 3)),
                        share_pct: round_to(g.share_pct, 3),
                    })
                    .collect(),
            };
            serde_json::to_string_pretty(&json).map_err(|e| CliError::Failed(e.to_string()))? + "\n"
        }
        OutputFormat::Csv => summary_csv(&dataset, &groups, args.by, lang)?,
        OutputFormat::Table => {
            summary_table(&dataset, &view, &selection, &totals, &groups, args.by, lang)
        }
    };
    out.write_all(text.as_bytes())
        .map_err(|e| CliError::Failed(e.to_string()))
}

/// The breakdown as CSV: English keys and headers (`sector,count,contracted_usd_m,…`) for scripts; with
/// `--lang zh-*`, the headers and reference names in the reader's script, for a spreadsheet.
fn summary_csv(
    dataset: &Dataset,
    groups: &[query::GroupSummary],
    by: GroupBy,
    lang: Lang,
) -> Result<String, CliError> {
    use crate::export::delimited::{DelimitedWriter, Field};
    let failed = |e: crate::export::ExportError| CliError::Failed(e.message_in(lang));
    let header: Vec<String> = if lang == Lang::En {
        [
            by.to_string().as_str(),
            "count",
            "contracted_usd_m",
            "utilized_usd_m",
            "share_pct",
        ]
        .map(str::to_owned)
        .to_vec()
    } else {
        // The CSV's amounts are in USD m whatever the language, as its English header says.
        let unit = tr!(lang, "export-row-amounts-unit");
        vec![
            labels::field_title(by.field(), lang),
            tr!(lang, "cli-col-projects"),
            tr!(lang, "cli-col-contracted", unit = unit.as_str()),
            tr!(lang, "cli-col-utilised", unit = unit.as_str()),
            tr!(lang, "cli-col-share-pct"),
        ]
    };
    // Group keys are names from the user's file: neutralised like every CSV the app writes.
    let mut bytes = Vec::new();
    let mut writer = DelimitedWriter::new(&mut bytes, b',');
    writer.text_record(&header).map_err(failed)?;
    for g in groups {
        let key = labels::value_label(dataset, by.field(), &g.key, lang);
        writer
            .record([
                Field::Text(&key),
                Field::Value(g.summary.count.to_string()),
                Field::Value(round_to(g.summary.contracted_usd_m, 3).to_string()),
                Field::Value(
                    g.summary
                        .utilised_usd_m()
                        .map_or(String::new(), |m| round_to(m, 3).to_string()),
                ),
                Field::Value(round_to(g.share_pct, 3).to_string()),
            ])
            .map_err(failed)?;
    }
    writer.finish().map_err(failed)?;
    String::from_utf8(bytes).map_err(|e| CliError::Failed(e.to_string()))
}

/// The human-readable summary: a headline, the source, and an aligned breakdown, in `lang`.
fn summary_table(
    dataset: &Dataset,
    view: &View,
    selection: &query::Selection,
    totals: &query::Summary,
    groups: &[query::GroupSummary],
    by: GroupBy,
    lang: Lang,
) -> String {
    let money = MoneyFormat::default();
    let mut text = tr!(
        lang,
        "cli-summary-headline",
        shown = selection.len(),
        total = dataset.projects.len(),
        contracted = money.format_in(lang, totals.contracted_usd_m),
        utilised = totals
            .utilised_usd_m()
            .map_or(UNKNOWN.to_owned(), |m| money.format_in(lang, m))
    );
    text += "\n";
    text += &tr!(
        lang,
        "cli-filters",
        filters = view.filter.describe_in(lang, Some(dataset))
    );
    text += "\n";
    text += &tr!(
        lang,
        "cli-source",
        source = labels::provenance_in(&dataset.provenance, lang)
    );
    text += "\n\n";
    // The column unit as the reader counts: USD m in English, 万美元 in Chinese.
    let unit = money.unit_in(lang);
    let keys: Vec<Cow<'_, str>> = groups
        .iter()
        .map(|g| labels::value_label(dataset, by.field(), &g.key, lang))
        .collect();
    let header = [
        labels::field_title(by.field(), lang),
        tr!(lang, "cli-col-projects"),
        tr!(lang, "cli-col-contracted", unit = unit.as_str()),
        tr!(lang, "cli-col-utilised", unit = unit.as_str()),
        tr!(lang, "cli-col-share"),
    ];
    let key_width = keys
        .iter()
        .map(|key| display_width(key))
        .chain([display_width(&header[0])])
        .max()
        .unwrap_or(10);
    let widths = [key_width, 9, 18, 18, 8];
    text += &aligned_row(&header, &widths);
    for (g, key) in groups.iter().zip(&keys) {
        let cells = [
            key.to_string(),
            format::count(g.summary.count),
            money.number_in(lang, g.summary.contracted_usd_m),
            g.summary
                .utilised_usd_m()
                .map_or(UNKNOWN.to_owned(), |m| money.number_in(lang, m)),
            format::percent_in(lang, g.share_pct),
        ];
        text += &aligned_row(&cells, &widths);
    }
    text
}

/// One line of the aligned table: the first cell left-aligned, the numbers right-aligned, two spaces between.
fn aligned_row(cells: &[String], widths: &[usize]) -> String {
    let mut line = String::new();
    for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
        let pad = " ".repeat(width.saturating_sub(display_width(cell)));
        if i == 0 {
            line += &format!("{cell}{pad}");
        } else {
            line += &format!("  {pad}{cell}");
        }
    }
    line.trim_end().to_owned() + "\n"
}

/// The columns a text takes in a terminal: Chinese characters and full-width punctuation take two.
pub(super) fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c {
            '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}' => 2,
            '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF60}' => 2,
            '\u{FFE0}'..='\u{FFE6}' | '\u{20000}'..='\u{3FFFD}' => 2,
            _ => 1,
        })
        .sum()
}
