//! The opportunity score: a transparent ranking of sectors, districts or sector × district cells of the current
//! selection (issue 12), with the *why* of every score.
//!
//! The formula, exactly as the issue states it. `Y` is the latest contract year in the whole dataset, `W` the
//! recent window (default 5): *recent* = years `Y−W+1 … Y`, *prior* = `Y−2W+1 … Y−W`. Amounts are USD m; `C` is
//! the contracted total of the group's selected projects (a missing amount adds nothing).
//!
//! | factor | raw value | missing when |
//! |---|---|---|
//! | `scale` | ln(1 + C) | never |
//! | `momentum` | ln((1 + C_recent) / (1 + C_prior)) | never |
//! | `realisation` | Σ utilised / Σ contracted over the rows whose utilised is known | no such row, or that Σ contracted is 0 |
//! | `breadth` | ln(1 + number of distinct investors) | never |
//! | `openness` | 1 − Σᵢ sᵢ², sᵢ = investor i's share of C | C = 0 |
//! | `policy` | sectors and cells: 1 for a focus sector of the 2023 cooperation mechanism, else 0; districts: the share of C in focus sectors | a district with C = 0 |
//! | `white_space` | cells only: ln((1 + E) / (1 + A)), A = the cell's C, E = C_sector × C_district / C_selection | not a cell grouping |
//!
//! Each factor is normalised across the groups that have it, `norm = 100 × (raw − min) / (max − min)`, or 50 when
//! max = min (to within rounding); `score = Σ w·norm / Σ w` over the group's non-missing factors with `w > 0`.
//! Groups with fewer than 3 projects are `thin`. Order: score descending, then key ascending.
//!
//! Choices the issue leaves open: investors are told apart ignoring case, and a blank investor counts as one
//! "not stated" investor (so the shares sᵢ always add up to 1); E is 0 when the whole selection has C = 0; rows
//! with a missing or unknown sector or district group under their own name, a missing one as "(not stated)"
//! like [`crate::query::group_by`]; an unknown sector is not a focus sector.
//!
//! Must not depend on egui, eframe or rfd.

mod factor;
mod preset;
mod tally;
mod why;

use std::fmt;
use std::str::FromStr;

pub use factor::{Factor, Weights, WeightsError};
pub use preset::Preset;
pub use tally::MAX_GROUPS;
pub use why::{
    Figures, Why, YearRange, factor_formula, factor_name, formula_in_words, weights_in_words,
    why_text, why_text_in, window_in_words,
};

use super::filter::UnknownChoice;
use crate::i18n::Lang;
use crate::model::{DataSource, Dataset, Field};
use tally::{Inputs, RawGroup, Windows};

/// What the score ranks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ScoreBy {
    Sector,
    District,
    /// Every cell of sector × district present in the selection, empty cells included.
    #[default]
    SectorDistrict,
}

impl ScoreBy {
    pub const ALL: [ScoreBy; 3] = [ScoreBy::Sector, ScoreBy::District, ScoreBy::SectorDistrict];

    /// The grouping fields, one per element of a group's key.
    pub fn fields(self) -> &'static [Field] {
        match self {
            ScoreBy::Sector => &[Field::Sector],
            ScoreBy::District => &[Field::District],
            ScoreBy::SectorDistrict => &[Field::Sector, Field::District],
        }
    }
}

impl fmt::Display for ScoreBy {
    /// `sector`, `district` or `sector,district`, as `--by` takes them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys: Vec<&str> = self.fields().iter().map(|field| field.key()).collect();
        f.write_str(&keys.join(","))
    }
}

impl FromStr for ScoreBy {
    type Err = UnknownChoice;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        ScoreBy::ALL
            .into_iter()
            .find(|by| by.to_string().eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| UnknownChoice {
                what: "score grouping",
                given: text.into(),
                choices: ScoreBy::ALL.iter().map(ToString::to_string).collect(),
            })
    }
}

/// The longest recent window accepted, in years.
pub const MAX_RECENT_YEARS: u32 = 100;

/// How to score: part of the [`crate::query::View`], so saved views and stories carry it (every field has a
/// default, so older view files still load).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ScoreOptions {
    pub by: ScoreBy,
    pub weights: Weights,
    /// `W`: the recent window, in years (1 … [`MAX_RECENT_YEARS`]).
    pub recent_years: u32,
}

impl Default for ScoreOptions {
    fn default() -> Self {
        Self {
            by: ScoreBy::default(),
            weights: Weights::default(),
            recent_years: 5,
        }
    }
}

/// Why a score could not be computed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    #[error("the recent window must be 1 to {MAX_RECENT_YEARS} years, found {given}")]
    RecentYears { given: u32 },
    #[error(
        "{sectors} sectors × {districts} districts make more than {MAX_GROUPS} cells to score; narrow the \
         selection, or score by sector or by district"
    )]
    TooManyCells { sectors: usize, districts: usize },
}

/// A factor of one group: its raw value and its normalised value (0…100).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FactorValue {
    pub raw: f64,
    pub norm: f64,
}

/// One ranked sector, district or cell.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoredGroup {
    /// One name per field of [`ScoreBy::fields`].
    pub key: Vec<String>,
    pub projects: usize,
    pub contracted_usd_m: f64,
    /// 0…100; `None` when every factor with a weight above 0 is missing for this group.
    pub score: Option<f64>,
    /// Fewer than 3 projects: shown, but flagged.
    pub thin: bool,
    /// In [`Factor::ALL`] order; `None` where the factor is missing.
    pub factors: [Option<FactorValue>; 7],
    /// The factors that count (non-missing, weight above 0), largest contribution first.
    pub why: Vec<Why>,
}

impl ScoredGroup {
    pub fn factor(&self, factor: Factor) -> Option<FactorValue> {
        self.factors[factor.index()]
    }
}

/// The ranking, with what it was computed from.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub by: ScoreBy,
    pub weights: Weights,
    pub recent_years: u32,
    /// `Y`: the latest contract year of the whole dataset; `None` when no row has a year.
    pub latest_year: Option<i32>,
    pub recent: Option<YearRange>,
    pub prior: Option<YearRange>,
    pub groups: Vec<ScoredGroup>,
}

/// A group with fewer projects than this is thin.
pub const THIN_BELOW: usize = 3;

/// Scores the selected `rows` of `dataset` (see the module docs for the formula).
pub fn score(
    dataset: &Dataset,
    rows: &[u32],
    options: &ScoreOptions,
) -> Result<Scores, ScoreError> {
    if !(1..=MAX_RECENT_YEARS).contains(&options.recent_years) {
        return Err(ScoreError::RecentYears {
            given: options.recent_years,
        });
    }
    let table = &dataset.projects;
    let latest_year = table.year.known().max();
    let windows = latest_year.map(|y| Windows::new(y, options.recent_years));
    let focus_of_code: Vec<bool> = (0..table.sector.labels().len() as u32)
        .map(|code| {
            dataset
                .sector_of_code_index(code)
                .is_some_and(|s| s.cooperation_focus)
        })
        .collect();
    let inputs = Inputs {
        table,
        focus_of_code: &focus_of_code,
        by: options.by,
        windows,
    };
    let raw = tally::raw_groups(&inputs, rows).map_err(|too_many| ScoreError::TooManyCells {
        sectors: too_many.sectors,
        districts: too_many.districts,
    })?;
    let mut groups = rank(raw, &options.weights);
    groups.sort_by(|a, b| {
        let by_score = match (a.score, b.score) {
            (Some(a), Some(b)) => b.total_cmp(&a),
            (a, b) => b.is_some().cmp(&a.is_some()),
        };
        by_score.then_with(|| a.key.cmp(&b.key))
    });
    Ok(Scores {
        by: options.by,
        weights: options.weights,
        recent_years: options.recent_years,
        latest_year,
        recent: windows.map(|w| w.recent),
        prior: windows.map(|w| w.prior),
        groups,
    })
}

/// Normalises each factor across the groups that have it, then scores and explains every group.
fn rank(raw: Vec<RawGroup>, weights: &Weights) -> Vec<ScoredGroup> {
    let ranges = Factor::ALL.map(|factor| {
        raw.iter()
            .filter_map(|group| group.factors[factor.index()].as_ref().map(|(r, _)| *r))
            .fold(None, |range: Option<(f64, f64)>, r| {
                Some(range.map_or((r, r), |(lo, hi)| (lo.min(r), hi.max(r))))
            })
    });
    raw.into_iter()
        .map(|group| {
            let mut factors = [None; 7];
            let mut why = Vec::new();
            for factor in Factor::ALL {
                let (Some((raw, figures)), Some((min, max))) =
                    (&group.factors[factor.index()], ranges[factor.index()])
                else {
                    continue;
                };
                let norm = normalise(*raw, min, max);
                factors[factor.index()] = Some(FactorValue { raw: *raw, norm });
                if weights.get(factor) > 0.0 {
                    why.push(Why {
                        factor,
                        contribution: weights.get(factor) * norm,
                        norm,
                        figures: figures.clone(),
                    });
                }
            }
            let total_weight: f64 = why.iter().map(|w| weights.get(w.factor)).sum();
            for part in &mut why {
                part.contribution /= total_weight;
            }
            why.sort_by(|a, b| {
                b.contribution
                    .total_cmp(&a.contribution)
                    .then(a.factor.cmp(&b.factor))
            });
            let score = (!why.is_empty()).then(|| {
                why.iter()
                    .map(|w| w.contribution)
                    .sum::<f64>()
                    .clamp(0.0, 100.0)
            });
            ScoredGroup {
                key: group.key,
                projects: group.tally.projects,
                contracted_usd_m: group.tally.contracted.value(),
                score,
                thin: group.tally.projects < THIN_BELOW,
                factors,
                why,
            }
        })
        .collect()
}

/// `100 × (raw − min) / (max − min)`, or 50 when every group has the same raw value (to within rounding, so that
/// sums added in a different order cannot spread equal values over 0…100).
fn normalise(raw: f64, min: f64, max: f64) -> f64 {
    let spread = max - min;
    if spread <= 1e-12 * max.abs().max(min.abs()).max(1.0) {
        50.0
    } else {
        (100.0 * (raw - min) / spread).clamp(0.0, 100.0)
    }
}

/// What every score view says about its data ([`source_note`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreNote {
    /// The embedded (or any synthetic) data: "illustrative: synthetic sample".
    Synthetic,
    /// The `source` of the selected rows as the file states them (the first three, sorted), and how many
    /// more there are.
    Sources { sources: Vec<String>, more: usize },
    /// No source column: the file itself, as [`crate::model::Provenance::describe`] names it.
    File(String),
}

/// The English note, as the machine-readable exports (JSON, CSV) carry it.
impl std::fmt::Display for ScoreNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&note_in(Lang::En, self))
    }
}

/// `note` in `lang`: "illustrative: synthetic sample" / "示意：模拟样本", "source: …" / "来源：…"; the sources
/// themselves as the file states them.
pub fn note_in(lang: Lang, note: &ScoreNote) -> String {
    let separator = crate::tr!(lang, "score-note-separator");
    match note {
        ScoreNote::Synthetic => crate::tr!(lang, "score-note-synthetic"),
        ScoreNote::Sources { sources, more: 0 } => {
            crate::tr!(
                lang,
                "score-note-sources",
                sources = sources.join(&separator)
            )
        }
        ScoreNote::Sources { sources, more } => crate::tr!(
            lang,
            "score-note-sources-more",
            sources = sources.join(&separator),
            more = *more
        ),
        ScoreNote::File(file) => crate::tr!(lang, "score-note-sources", sources = file.as_str()),
    }
}

/// What every score view says about its data: "illustrative: synthetic sample" for the embedded (or any
/// synthetic) data; otherwise the `source` of the selected rows as the file states it, or the file itself.
pub fn source_note(dataset: &Dataset, rows: &[u32]) -> ScoreNote {
    if dataset.provenance.source == DataSource::Embedded || dataset.provenance.is_synthetic {
        return ScoreNote::Synthetic;
    }
    let column = &dataset.projects.source;
    let mut seen = vec![false; column.labels().len()];
    for &row in rows {
        if let Some(code) = column.code(row as usize) {
            seen[code as usize] = true;
        }
    }
    let mut sources: Vec<&str> = column
        .labels()
        .iter()
        .zip(seen)
        .filter(|(_, seen)| *seen)
        .map(|(label, _)| label.as_str())
        .collect();
    sources.sort_unstable();
    if sources.is_empty() {
        return ScoreNote::File(dataset.provenance.describe());
    }
    ScoreNote::Sources {
        more: sources.len().saturating_sub(3),
        sources: sources.into_iter().take(3).map(str::to_owned).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_on_the_data_is_in_the_readers_language() {
        let note = ScoreNote::Sources {
            sources: vec!["客户台账".into(), "HKTDC".into(), "商务委".into()],
            more: 2,
        };
        assert_eq!(
            note.to_string(),
            "source: 客户台账; HKTDC; 商务委 and 2 more"
        );
        assert_eq!(
            note_in(Lang::ZhHans, &note),
            "来源：客户台账；HKTDC；商务委 等（另有 2 个来源）"
        );
        assert_eq!(
            note_in(Lang::ZhHant, &ScoreNote::Synthetic),
            "示意：模擬樣本"
        );
    }
    use crate::model::{ProjectRow, ProjectTable, ReferenceData};

    fn row(
        sector: &str,
        district: &str,
        year: i32,
        contracted: f64,
        utilised: f64,
        investor: &str,
    ) -> ProjectRow {
        ProjectRow {
            sector: sector.into(),
            district: district.into(),
            year: Some(year),
            contracted_usd_m: contracted,
            utilized_usd_m: utilised,
            investor: investor.into(),
            ..ProjectRow::default()
        }
    }

    fn dataset(rows: &[ProjectRow]) -> Dataset {
        Dataset::new(
            ProjectTable::from_rows(rows),
            ReferenceData::embedded().unwrap(),
            DataSource::Embedded,
        )
    }

    fn all_rows(dataset: &Dataset) -> Vec<u32> {
        (0..dataset.projects.len() as u32).collect()
    }

    /// Two sectors (Finance is a focus sector, Real estate is not) × two districts, worked out by hand.
    fn small() -> Dataset {
        dataset(&[
            row("Finance", "Yuzhong", 2023, 10.0, 5.0, "Kerry"),
            row("Finance", "Yuzhong", 2015, 30.0, f64::NAN, "KERRY"),
            row("Real estate", "Jiangbei", 2010, 60.0, 30.0, "Swire"),
        ])
    }

    fn raw(group: &ScoredGroup, factor: Factor) -> Option<f64> {
        group.factor(factor).map(|v| v.raw)
    }

    #[test]
    fn cells_reproduce_the_formula_worked_by_hand() {
        let data = small();
        let scores = score(&data, &all_rows(&data), &ScoreOptions::default()).unwrap();
        assert_eq!(scores.latest_year, Some(2023));
        assert_eq!(
            scores.recent,
            Some(YearRange {
                first: 2019,
                last: 2023
            })
        );
        assert_eq!(
            scores.prior,
            Some(YearRange {
                first: 2014,
                last: 2018
            })
        );
        let keys: Vec<String> = scores.groups.iter().map(|g| g.key.join("/")).collect();
        // Scores: 500/7 = 71.43, 57.62, 400/7 = 57.14, 43.37.
        assert_eq!(
            keys,
            [
                "Finance/Jiangbei",
                "Real estate/Jiangbei",
                "Real estate/Yuzhong",
                "Finance/Yuzhong"
            ]
        );
        let empty = &scores.groups[0];
        assert!((empty.score.unwrap() - 500.0 / 7.0).abs() < 1e-9);
        assert!(empty.thin && empty.projects == 0);
        assert_eq!(raw(empty, Factor::Realisation), None);
        assert_eq!(raw(empty, Factor::Openness), None);
        assert_eq!(
            raw(empty, Factor::WhiteSpace),
            Some(25f64.ln()),
            "E = 40 × 60 / 100"
        );

        let finance = &scores.groups[3];
        assert_eq!(finance.projects, 2);
        assert_eq!(raw(finance, Factor::Scale), Some(41f64.ln()));
        assert!((raw(finance, Factor::Momentum).unwrap() - (11.0f64 / 31.0).ln()).abs() < 1e-12);
        assert_eq!(
            raw(finance, Factor::Realisation),
            Some(0.5),
            "only the row with a utilised amount"
        );
        assert_eq!(
            raw(finance, Factor::Breadth),
            Some(2f64.ln()),
            "Kerry and KERRY are one investor"
        );
        assert_eq!(raw(finance, Factor::Openness), Some(0.0));
        assert_eq!(raw(finance, Factor::Policy), Some(1.0));
        assert!((raw(finance, Factor::WhiteSpace).unwrap() - (17.0f64 / 41.0).ln()).abs() < 1e-12);
        // Both cells with money have openness 0: max = min, so both normalise to 50.
        assert_eq!(finance.factor(Factor::Openness).map(|v| v.norm), Some(50.0));
        // Contributions add up to the score, largest first.
        let total: f64 = finance.why.iter().map(|w| w.contribution).sum();
        assert!((total - finance.score.unwrap()).abs() < 1e-9);
        assert!(
            finance
                .why
                .windows(2)
                .all(|w| w[0].contribution >= w[1].contribution)
        );
        assert_eq!(finance.why.len(), 7);
    }

    #[test]
    fn districts_take_the_share_of_focus_sectors_as_policy() {
        let data = small();
        let options = ScoreOptions {
            by: ScoreBy::District,
            ..ScoreOptions::default()
        };
        let scores = score(&data, &all_rows(&data), &options).unwrap();
        let policy: Vec<(String, Option<f64>)> = scores
            .groups
            .iter()
            .map(|g| (g.key[0].clone(), raw(g, Factor::Policy)))
            .collect();
        assert!(policy.contains(&("Yuzhong".into(), Some(1.0))));
        assert!(policy.contains(&("Jiangbei".into(), Some(0.0))));
        assert!(
            scores
                .groups
                .iter()
                .all(|g| g.factor(Factor::WhiteSpace).is_none())
        );
    }

    #[test]
    fn missing_and_unknown_names_group_under_their_own_name() {
        let data = dataset(&[
            row("", "Yuzhong", 2020, 1.0, 1.0, "A"),
            row("Space tourism", "Atlantis", 2020, 2.0, 1.0, "B"),
        ]);
        let options = ScoreOptions {
            by: ScoreBy::Sector,
            ..ScoreOptions::default()
        };
        let scores = score(&data, &all_rows(&data), &options).unwrap();
        let mut keys: Vec<&str> = scores.groups.iter().map(|g| g.key[0].as_str()).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["(not stated)", "Space tourism"]);
        assert!(
            scores
                .groups
                .iter()
                .all(|g| raw(g, Factor::Policy) == Some(0.0))
        );
    }

    #[test]
    fn a_group_with_only_missing_weighted_factors_has_no_score_and_comes_last() {
        let data = small();
        let weights = Weights::new([0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]).unwrap();
        let options = ScoreOptions {
            weights,
            ..ScoreOptions::default()
        };
        let scores = score(&data, &all_rows(&data), &options).unwrap();
        let last = scores.groups.last().unwrap();
        assert_eq!(last.score, None);
        assert!(last.why.is_empty());
        assert_eq!(
            scores.groups.iter().filter(|g| g.score.is_some()).count(),
            2
        );
    }

    #[test]
    fn bad_windows_and_too_many_cells_are_typed_errors() {
        let data = small();
        let options = ScoreOptions {
            recent_years: 0,
            ..ScoreOptions::default()
        };
        let error = score(&data, &all_rows(&data), &options).unwrap_err();
        assert_eq!(error, ScoreError::RecentYears { given: 0 });
        assert!(error.to_string().contains("1 to 100 years"));

        let rows: Vec<ProjectRow> = (0..400)
            .map(|i| {
                row(
                    &format!("S{i}"),
                    &format!("D{}", i % 300),
                    2020,
                    1.0,
                    1.0,
                    "A",
                )
            })
            .collect();
        let data = dataset(&rows);
        let error = score(&data, &all_rows(&data), &ScoreOptions::default()).unwrap_err();
        assert_eq!(
            error,
            ScoreError::TooManyCells {
                sectors: 400,
                districts: 300
            }
        );
    }

    #[test]
    fn score_groupings_parse_and_print_as_the_command_line_takes_them() {
        assert_eq!(
            "Sector, District".parse::<ScoreBy>(),
            Ok(ScoreBy::SectorDistrict)
        );
        assert_eq!(ScoreBy::District.to_string(), "district");
        let error = "colour".parse::<ScoreBy>().unwrap_err().to_string();
        assert!(
            error.contains("valid choices: sector, district, sector,district"),
            "{error}"
        );
    }

    #[test]
    fn equal_raw_values_normalise_to_50() {
        assert_eq!(normalise(0.3, 0.3, 0.3), 50.0);
        assert_eq!(
            normalise(0.1 + 0.2, 0.3, 0.1 + 0.2),
            50.0,
            "equal to within rounding"
        );
        assert_eq!(normalise(2.0, 1.0, 3.0), 50.0);
        assert_eq!(normalise(3.0, 1.0, 3.0), 100.0);
    }
}
