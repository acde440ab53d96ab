//! `invest-explorer score`: the opportunity ranking of the selected projects (issue 12) as an aligned table, CSV
//! or JSON, over the same file loading and filters as `summary`.

use std::borrow::Cow;
use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::source::{SourceArgs, load_dataset, warn_about_quality};
use super::summary::display_width;
use super::summary::{OutputFormat, round_to};
use super::{CliError, FilterArgs};
use crate::export::{RankingExport, TableFormat};
use crate::format;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::score::{self, Factor, MAX_RECENT_YEARS, ScoreBy, ScoreOptions, Scores, Weights};
use crate::query::{self, View, labels};
use crate::tr;

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

pub(super) fn run(args: &ScoreArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    let dataset = load_dataset(args.file.as_deref(), &args.source, lang)?;
    warn_about_quality(&dataset, lang);
    let view = args.filters.to_view(&dataset, lang)?;
    let selection = query::select(&dataset, &view.filter);
    let options = ScoreOptions {
        by: args.by,
        weights: args.weights,
        recent_years: args.recent_years,
    };
    let scores = score::score(&dataset, &selection.rows, &options)
        .map_err(|e| CliError::Usage(crate::query::messages::score_error(&e, lang)))?;
    let note = score::source_note(&dataset, &selection.rows);
    let text = match args.format {
        OutputFormat::Json => json(&scores, &note.to_string())?,
        OutputFormat::Csv => {
            // A CSV holds data only: the note goes to stderr.
            eprintln!("{}", score::note_in(lang, &note));
            csv(&RankingExport {
                dataset: &dataset,
                scores: &scores,
                note: &note,
                filter: &view.filter,
                rows_selected: selection.len(),
                lang,
            })?
        }
        OutputFormat::Table => {
            let shown = Shown {
                dataset: &dataset,
                view: &view,
                selected: selection.len(),
                lang,
            };
            table(&shown, &scores, &note)
        }
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
/// `text` and spaces to `width` terminal columns (a Chinese character takes two).
pub(super) fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    format!("{text}{}", " ".repeat(fill))
}

/// `text` right-aligned in `width` terminal columns.
fn pad_left(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    format!("{}{text}", " ".repeat(fill))
}

/// What the table describes: the data, the view and how many projects it selects, in which language.
struct Shown<'a> {
    dataset: &'a Dataset,
    view: &'a View,
    selected: usize,
    lang: Lang,
}

/// The human-readable ranking: what was scored and how, the top rows aligned, the why of the first few (the
/// note and the whys are the engine's English sentences).
fn table(shown_data: &Shown<'_>, scores: &Scores, note: &score::ScoreNote) -> String {
    let Shown {
        dataset,
        view,
        selected,
        lang,
    } = *shown_data;
    let count = scores.groups.len();
    let what = match scores.by {
        ScoreBy::Sector => tr!(lang, "score-of-sectors", n = count),
        ScoreBy::District => tr!(lang, "score-of-districts", n = count),
        ScoreBy::SectorDistrict => tr!(lang, "score-of-cells", n = count),
    };
    let window = score::window_in_words(lang, scores);
    let mut text = tr!(
        lang,
        "score-headline",
        what = what,
        shown = selected,
        total = dataset.projects.len(),
        window = window
    );
    text += "\n";
    text += &tr!(
        lang,
        "score-weights",
        weights = scores.weights.to_string().replace(',', ", ")
    );
    text += "\n";
    text += &tr!(
        lang,
        "cli-filters",
        filters = view.filter.describe_in(lang, Some(dataset))
    );
    text += "\n";
    text += &tr!(lang, "score-note", note = score::note_in(lang, note));
    text += "\n\n";
    let shown = &scores.groups[..scores.groups.len().min(TABLE_ROWS)];
    let fields = scores.by.fields();
    // Each group's key in the reader's script (reference names; a consultant's own stay as written).
    let keys: Vec<Vec<Cow<'_, str>>> = shown
        .iter()
        .map(|g| {
            g.key
                .iter()
                .zip(fields)
                .map(|(key, &field)| labels::value_label(dataset, field, key, lang))
                .collect()
        })
        .collect();
    let titles: Vec<String> = fields
        .iter()
        .map(|&field| labels::field_title(field, lang))
        .collect();
    let key_widths: Vec<usize> = titles
        .iter()
        .enumerate()
        .map(|(i, title)| {
            keys.iter()
                .map(|key| display_width(&key[i]))
                .chain([display_width(title)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut header = format!("{:>3}  ", "#");
    for (title, width) in titles.iter().zip(&key_widths) {
        header += &format!("{}  ", pad(title, *width));
    }
    let money_unit = tr!(lang, "export-row-amounts-unit");
    let heads = [
        tr!(lang, "cli-col-projects"),
        tr!(lang, "cli-col-contracted", unit = money_unit),
        tr!(lang, "score-col-score"),
        tr!(lang, "score-col-thin"),
    ];
    // The English widths, wider where a Chinese header needs it.
    let widths: Vec<usize> = heads
        .iter()
        .zip([8, 16, 5, 4])
        .map(|(head, least)| display_width(head).max(least))
        .collect();
    header += &format!(
        "{}  {}  {}  {}",
        pad_left(&heads[0], widths[0]),
        pad_left(&heads[1], widths[1]),
        pad_left(&heads[2], widths[2]),
        pad(&heads[3], widths[3])
    );
    // Each factor by its name in the reader's language (the `--weights` line above gives the keys to type).
    let factor_names = Factor::ALL.map(|factor| score::factor_name(lang, factor));
    let factor_widths = factor_names
        .each_ref()
        .map(|name| display_width(name).max(3));
    for (name, width) in factor_names.iter().zip(factor_widths) {
        header += &format!("  {}", pad_left(name, width));
    }
    text += header.trim_end();
    text.push('\n');
    let thin = tr!(lang, "score-thin");
    for (rank, (group, key)) in shown.iter().zip(&keys).enumerate() {
        let mut line = format!("{:>3}  ", rank + 1);
        for (key, width) in key.iter().zip(&key_widths) {
            line += &format!("{}  ", pad(key, *width));
        }
        let score = group
            .score
            .map_or_else(|| "–".to_owned(), |s| format!("{s:.1}"));
        line += &format!(
            "{}  {}  {}  {}",
            pad_left(&format::count(group.projects), widths[0]),
            pad_left(&format::thousands(group.contracted_usd_m, 1), widths[1]),
            pad_left(&score, widths[2]),
            pad(if group.thin { &thin } else { "" }, widths[3])
        );
        for (factor, width) in Factor::ALL.into_iter().zip(factor_widths) {
            let norm = group
                .factor(factor)
                .map_or_else(|| "–".to_owned(), |v| format!("{:.0}", v.norm));
            line += &format!("  {}", pad_left(&norm, width));
        }
        text += line.trim_end();
        text.push('\n');
    }
    if shown.len() < scores.groups.len() {
        text += &tr!(
            lang,
            "score-top-of",
            shown = shown.len(),
            total = scores.groups.len()
        );
        text += "\n";
    }
    if !shown.is_empty() {
        text += "\n";
        text += &tr!(lang, "score-why");
        text += "\n";
    }
    for (rank, (group, key)) in shown.iter().zip(&keys).take(TABLE_WHYS).enumerate() {
        text += &format!("{:>3}. {}\n", rank + 1, key.join(" · "));
        for why in &group.why {
            text += &format!("     {}\n", score::why_text_in(lang, why));
        }
    }
    text
}
