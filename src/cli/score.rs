//! `invest-explorer score`: the opportunity ranking of the selected projects (issue 12) as an aligned table, CSV
//! or JSON, over the same file loading and filters as `summary`.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::source::{SourceArgs, load_dataset, warn_about_quality};
use super::summary::{OutputFormat, round_to};
use super::{CliError, FilterArgs};
use crate::export::{RankingExport, TableFormat};
use crate::format;
use crate::model::Dataset;
use crate::query::score::{self, Factor, MAX_RECENT_YEARS, ScoreBy, ScoreOptions, Scores, Weights};
use crate::query::{self, View};

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// A project file (default: the embedded dataset).
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// What to rank: sector, district, or sector,district (every cell of the two, empty cells included).
    #[arg(long, value_name = "sector|district|sector,district")]
    pub by: ScoreBy,
    /// Factor weights ≥ 0, e.g. momentum=3,white_space=0; factors not named keep their default.
    #[arg(long, value_name = "NAME=W,…", default_value_t = Weights::default())]
    pub weights: Weights,
    /// The recent window W in years: recent = the W years up to the data's latest contract year, prior = the W
    /// years before.
    #[arg(
        long = "recent-years",
        value_name = "W",
        default_value_t = 5,
        value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_RECENT_YEARS))
    )]
    pub recent_years: u32,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

/// Rows of the ranking the table shows; CSV and JSON list every group.
const TABLE_ROWS: usize = 20;
/// Groups whose why the table spells out.
const TABLE_WHYS: usize = 5;

pub(super) fn run(args: &ScoreArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let dataset = load_dataset(args.file.as_deref(), &args.source)?;
    warn_about_quality(&dataset);
    let view = args.filters.to_view(&dataset)?;
    let selection = query::select(&dataset.projects, &view.filter);
    let options = ScoreOptions {
        by: args.by,
        weights: args.weights,
        recent_years: args.recent_years,
    };
    let scores = score::score(&dataset, &selection.rows, &options)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let note = score::source_note(&dataset, &selection.rows);
    let text = match args.format {
        OutputFormat::Json => json(&scores, &note)?,
        OutputFormat::Csv => {
            // A CSV holds data only: the note goes to stderr.
            eprintln!("{note}");
            csv(&RankingExport {
                dataset: &dataset,
                scores: &scores,
                note: &note,
                filter: &view.filter,
                rows_selected: selection.len(),
            })?
        }
        OutputFormat::Table => table(&dataset, &view, selection.len(), &scores, &note),
    };
    out.write_all(text.as_bytes())
        .map_err(|e| CliError::Failed(e.to_string()))
}

/// A value per factor, serialised as a map in [`Factor::ALL`] order.
struct PerFactor<T>([T; 7]);

impl<T: Serialize> Serialize for PerFactor<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(7))?;
        for (factor, value) in Factor::ALL.iter().zip(&self.0) {
            map.serialize_entry(factor.key(), value)?;
        }
        map.end()
    }
}

/// The JSON shape of `score --format json` (issue 12), with the data's `note`.
#[derive(Serialize)]
struct ScoreJson<'a> {
    by: Vec<&'static str>,
    latest_year: Option<i32>,
    recent_years: u32,
    weights: PerFactor<f64>,
    note: &'a str,
    groups: Vec<GroupJson>,
}

#[derive(Serialize)]
struct GroupJson {
    key: Vec<String>,
    projects: usize,
    contracted_usd_m: f64,
    score: Option<f64>,
    thin: bool,
    factors: PerFactor<Option<FactorJson>>,
    why: Vec<String>,
}

#[derive(Serialize)]
struct FactorJson {
    raw: f64,
    norm: f64,
}

fn json(scores: &Scores, note: &str) -> Result<String, CliError> {
    let document = ScoreJson {
        by: scores.by.fields().iter().map(|f| f.key()).collect(),
        latest_year: scores.latest_year,
        recent_years: scores.recent_years,
        weights: PerFactor(Factor::ALL.map(|f| scores.weights.get(f))),
        note,
        groups: scores
            .groups
            .iter()
            .map(|group| GroupJson {
                key: group.key.clone(),
                projects: group.projects,
                contracted_usd_m: round_to(group.contracted_usd_m, 3),
                score: group.score.map(|s| round_to(s, 2)),
                thin: group.thin,
                factors: PerFactor(group.factors.map(|value| {
                    value.map(|v| FactorJson {
                        raw: round_to(v.raw, 6),
                        norm: round_to(v.norm, 2),
                    })
                })),
                why: group.why.iter().map(score::why_text).collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&document)
        .map(|text| text + "\n")
        .map_err(|e| CliError::Failed(e.to_string()))
}

/// One row per group: key columns, projects, contracted, score, thin, raw and norm per factor, the why — the
/// layout the window's ranking export writes too.
fn csv(export: &RankingExport<'_>) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    export
        .write(TableFormat::Csv, &mut bytes)
        .map_err(|e| CliError::Failed(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| CliError::Failed(e.to_string()))
}

/// A text cell padded to `width` characters (not bytes: names may be Chinese or accented).
fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.chars().count());
    format!("{text}{}", " ".repeat(fill))
}

/// The human-readable ranking: what was scored and how, the top rows aligned, the why of the first few.
fn table(dataset: &Dataset, view: &View, selected: usize, scores: &Scores, note: &str) -> String {
    let unit = match scores.by {
        ScoreBy::Sector => "sectors",
        ScoreBy::District => "districts",
        ScoreBy::SectorDistrict => "cells",
    };
    let window = match (scores.recent, scores.prior, scores.latest_year) {
        (Some(recent), Some(prior), Some(latest)) => format!(
            "recent {}–{} against prior {}–{} (latest contract year {latest})",
            recent.first, recent.last, prior.first, prior.last
        ),
        _ => "no contract years in the data, so no momentum".to_owned(),
    };
    let mut text = format!(
        "Opportunity score of {} {unit} · {} of {} projects · {window}\nWeights: {}\nFilters: {}\nNote: {note}\n\n",
        format::count(scores.groups.len()),
        format::count(selected),
        format::count(dataset.projects.len()),
        scores.weights.to_string().replace(',', ", "),
        view.filter.describe(),
    );
    let shown = &scores.groups[..scores.groups.len().min(TABLE_ROWS)];
    let key_widths: Vec<usize> = scores
        .by
        .fields()
        .iter()
        .enumerate()
        .map(|(i, field)| {
            shown
                .iter()
                .map(|g| g.key[i].chars().count())
                .chain([field.title().len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut header = format!("{:>3}  ", "#");
    for (field, width) in scores.by.fields().iter().zip(&key_widths) {
        header += &format!("{}  ", pad(field.title(), *width));
    }
    header += &format!(
        "{:>8}  {:>16}  {:>5}  {:<4}",
        "Projects", "Contracted USD m", "Score", "Thin"
    );
    for factor in Factor::ALL {
        header += &format!("  {factor}");
    }
    text += header.trim_end();
    text.push('\n');
    for (rank, group) in shown.iter().enumerate() {
        let mut line = format!("{:>3}  ", rank + 1);
        for (key, width) in group.key.iter().zip(&key_widths) {
            line += &format!("{}  ", pad(key, *width));
        }
        line += &format!(
            "{:>8}  {:>16}  {:>5}  {:<4}",
            format::count(group.projects),
            format::thousands(group.contracted_usd_m, 1),
            group
                .score
                .map_or_else(|| "–".to_owned(), |s| format!("{s:.1}")),
            if group.thin { "thin" } else { "" }
        );
        for factor in Factor::ALL {
            let norm = group
                .factor(factor)
                .map_or_else(|| "–".to_owned(), |v| format!("{:.0}", v.norm));
            line += &format!("  {norm:>width$}", width = factor.key().len());
        }
        text += line.trim_end();
        text.push('\n');
    }
    if shown.len() < scores.groups.len() {
        text += &format!(
            "(the top {} of {}; --format csv or json lists them all)\n",
            shown.len(),
            format::count(scores.groups.len())
        );
    }
    if !shown.is_empty() {
        text += "\nWhy:\n";
    }
    for (rank, group) in shown.iter().take(TABLE_WHYS).enumerate() {
        text += &format!("{:>3}. {}\n", rank + 1, group.key.join(" · "));
        for why in &group.why {
            text += &format!("     {}\n", score::why_text(why));
        }
    }
    text
}
