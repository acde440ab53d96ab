//! `summary`: totals and a breakdown of the selected projects, as an aligned table, CSV or JSON.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::CliError;
use super::filters::FilterArgs;
use super::source::{SourceArgs, load_dataset, warn_about_quality};
use crate::format::{self, MoneyFormat};
use crate::model::Dataset;
use crate::query::{self, GroupBy, View};

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

pub(super) fn run(args: &SummaryArgs, out: &mut dyn Write) -> Result<(), CliError> {
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
        OutputFormat::Csv => {
            use crate::export::delimited::{DelimitedWriter, Field};
            // Group keys are names from the user's file: neutralised like every CSV the app writes.
            let mut bytes = Vec::new();
            let mut writer = DelimitedWriter::new(&mut bytes, b',');
            let failed = |e: crate::export::ExportError| CliError::Failed(e.to_string());
            writer
                .text_record([
                    args.by.to_string().as_str(),
                    "count",
                    "contracted_usd_m",
                    "utilized_usd_m",
                    "share_pct",
                ])
                .map_err(failed)?;
            for g in &groups {
                writer
                    .record([
                        Field::Text(&g.key),
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
            String::from_utf8(bytes).map_err(|e| CliError::Failed(e.to_string()))?
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
        totals
            .utilised_usd_m()
            .map_or(UNKNOWN.to_owned(), |m| money.format(m)),
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
            g.summary
                .utilised_usd_m()
                .map_or(UNKNOWN.to_owned(), |m| format::thousands(m, 1)),
            format::percent(g.share_pct)
        );
    }
    text
}
