//! The opportunity score (issue 12): property tests of the engine against a naive row-by-row oracle written from
//! the issue's table, invariants on the embedded data, and the `score` command as a user runs it.
// Helpers outside #[test] functions may unwrap too: a test should fail loudly.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Output};

use invest_explorer::model::{DataSource, Dataset, ProjectRow, ProjectTable, ReferenceData};
use invest_explorer::query::score::{
    Factor, ScoreBy, ScoreOptions, ScoredGroup, Scores, Weights, score,
};
use proptest::prelude::*;

// Finance is a focus sector of the reference data, Real estate is not, "Space tourism" is unknown to it (Mining would match "Other"); "" is missing.
const SECTORS: [&str; 4] = ["Finance", "Real estate", "Space tourism", ""];
const DISTRICTS: [&str; 4] = ["Yuzhong", "Jiangbei", "Atlantis", ""];
const INVESTORS: [&str; 4] = ["Kerry", "KERRY", "Swire", ""];

fn row_strategy() -> impl Strategy<Value = ProjectRow> {
    (
        (0..4usize, 0..4usize, 0..4usize),
        proptest::option::of(2000..2024i32),
        prop_oneof![1 => Just(f64::NAN), 1 => Just(0.0), 4 => 0.0..500.0f64],
        prop_oneof![1 => Just(f64::NAN), 3 => 0.0..500.0f64],
    )
        .prop_map(
            |((sector, district, investor), year, contracted, utilised)| ProjectRow {
                sector: SECTORS[sector].into(),
                district: DISTRICTS[district].into(),
                investor: INVESTORS[investor].into(),
                year,
                contracted_usd_m: contracted,
                utilized_usd_m: utilised,
                ..ProjectRow::default()
            },
        )
}

/// Rows, and which of them are selected.
fn table_strategy() -> impl Strategy<Value = (Vec<ProjectRow>, Vec<bool>)> {
    proptest::collection::vec((row_strategy(), proptest::bool::weighted(0.8)), 0..40)
        .prop_map(|pairs| pairs.into_iter().unzip())
}

fn weights_strategy() -> impl Strategy<Value = Weights> {
    proptest::array::uniform7(prop_oneof![1 => Just(0.0), 3 => 0.0..5.0f64])
        .prop_filter_map("all weights 0", |values| Weights::new(values).ok())
}

fn by_strategy() -> impl Strategy<Value = ScoreBy> {
    prop_oneof![
        Just(ScoreBy::Sector),
        Just(ScoreBy::District),
        Just(ScoreBy::SectorDistrict)
    ]
}

fn dataset(rows: &[ProjectRow]) -> Dataset {
    Dataset::new(
        ProjectTable::from_rows(rows),
        ReferenceData::embedded().unwrap(),
        DataSource::Embedded,
    )
}

fn selected(mask: &[bool]) -> Vec<u32> {
    (0..mask.len() as u32)
        .filter(|&i| mask[i as usize])
        .collect()
}

fn run_score(
    rows: &[ProjectRow],
    mask: &[bool],
    by: ScoreBy,
    weights: Weights,
    years: u32,
) -> Scores {
    let options = ScoreOptions {
        by,
        weights,
        recent_years: years,
    };
    score(&dataset(rows), &selected(mask), &options).unwrap()
}

/// The naive oracle: every raw factor of every group, row by row, straight from the issue's table.
fn oracle(
    rows: &[ProjectRow],
    mask: &[bool],
    by: ScoreBy,
    recent_years: i32,
) -> BTreeMap<Vec<String>, [Option<f64>; 7]> {
    let reference = ReferenceData::embedded().unwrap();
    let is_focus = |sector: &str| {
        reference
            .sectors
            .iter()
            .any(|s| s.name.eq_ignore_ascii_case(sector) && s.cooperation_focus)
    };
    let name = |value: &str| {
        if value.is_empty() {
            "(not stated)".to_owned()
        } else {
            value.to_owned()
        }
    };
    let chosen: Vec<&ProjectRow> = rows
        .iter()
        .zip(mask)
        .filter(|(_, m)| **m)
        .map(|(r, _)| r)
        .collect();
    let latest = rows.iter().filter_map(|r| r.year).max();
    let amount = |r: &ProjectRow| {
        if r.contracted_usd_m.is_nan() {
            0.0
        } else {
            r.contracted_usd_m
        }
    };
    let total = |rows: &[&ProjectRow]| rows.iter().map(|r| amount(r)).sum::<f64>();
    let sectors: BTreeSet<String> = chosen.iter().map(|r| name(&r.sector)).collect();
    let districts: BTreeSet<String> = chosen.iter().map(|r| name(&r.district)).collect();
    let keys: Vec<Vec<String>> = match by {
        ScoreBy::Sector => sectors.iter().map(|s| vec![s.clone()]).collect(),
        ScoreBy::District => districts.iter().map(|d| vec![d.clone()]).collect(),
        ScoreBy::SectorDistrict => sectors
            .iter()
            .flat_map(|s| districts.iter().map(move |d| vec![s.clone(), d.clone()]))
            .collect(),
    };
    let in_group = |r: &ProjectRow, key: &[String]| match by {
        ScoreBy::Sector => name(&r.sector) == key[0],
        ScoreBy::District => name(&r.district) == key[0],
        ScoreBy::SectorDistrict => name(&r.sector) == key[0] && name(&r.district) == key[1],
    };
    let mut result = BTreeMap::new();
    for key in keys {
        let group: Vec<&ProjectRow> = chosen
            .iter()
            .copied()
            .filter(|r| in_group(r, &key))
            .collect();
        let c = total(&group);
        let in_years = |first: i32, last: i32| {
            let years: Vec<&ProjectRow> = group
                .iter()
                .copied()
                .filter(|r| r.year.is_some_and(|y| y >= first && y <= last))
                .collect();
            total(&years)
        };
        let (recent, prior) = match latest {
            Some(y) => (
                in_years(y - recent_years + 1, y),
                in_years(y - 2 * recent_years + 1, y - recent_years),
            ),
            None => (0.0, 0.0),
        };
        let with_utilised: Vec<&ProjectRow> = group
            .iter()
            .copied()
            .filter(|r| !r.utilized_usd_m.is_nan())
            .collect();
        let utilised: f64 = with_utilised.iter().map(|r| r.utilized_usd_m).sum();
        let contracted_there = total(&with_utilised);
        let mut investors: BTreeMap<String, f64> = BTreeMap::new();
        for r in &group {
            *investors.entry(r.investor.to_lowercase()).or_default() += amount(r);
        }
        let hhi: f64 = investors.values().map(|a| (a / c) * (a / c)).sum();
        let focus_c: f64 = group
            .iter()
            .filter(|r| is_focus(&r.sector))
            .map(|r| amount(r))
            .sum();
        let policy = match by {
            ScoreBy::District => (c != 0.0).then(|| focus_c / c),
            _ => Some(if is_focus(&key[0]) { 1.0 } else { 0.0 }),
        };
        let white_space = (by == ScoreBy::SectorDistrict).then(|| {
            let sector_c = total(
                &chosen
                    .iter()
                    .copied()
                    .filter(|r| name(&r.sector) == key[0])
                    .collect::<Vec<_>>(),
            );
            let district_c = total(
                &chosen
                    .iter()
                    .copied()
                    .filter(|r| name(&r.district) == key[1])
                    .collect::<Vec<_>>(),
            );
            let all = total(&chosen);
            let expected = if all == 0.0 {
                0.0
            } else {
                sector_c * district_c / all
            };
            ((1.0 + expected) / (1.0 + c)).ln()
        });
        result.insert(
            key,
            [
                Some((1.0 + c).ln()),
                Some(((1.0 + recent) / (1.0 + prior)).ln()),
                (!with_utilised.is_empty() && contracted_there != 0.0)
                    .then(|| utilised / contracted_there),
                Some((1.0 + investors.len() as f64).ln()),
                (c != 0.0).then_some(1.0 - hhi),
                policy,
                white_space,
            ],
        );
    }
    result
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

/// The non-missing factors with a weight above 0: the factors a group's score is made of.
fn counted(group: &ScoredGroup, weights: &Weights) -> Vec<Factor> {
    Factor::ALL
        .into_iter()
        .filter(|&f| weights.get(f) > 0.0 && group.factor(f).is_some())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_raw_factor_matches_the_naive_oracle(
        (rows, mask) in table_strategy(),
        by in by_strategy(),
        years in 1..8u32,
    ) {
        let scores = run_score(&rows, &mask, by, Weights::default(), years);
        let expected = oracle(&rows, &mask, by, years as i32);
        let keys: Vec<&Vec<String>> = expected.keys().collect();
        let mut engine_keys: Vec<&Vec<String>> = scores.groups.iter().map(|g| &g.key).collect();
        engine_keys.sort();
        prop_assert_eq!(engine_keys, keys);
        for group in &scores.groups {
            let raws = &expected[&group.key];
            for factor in Factor::ALL {
                let engine = group.factor(factor).map(|v| v.raw);
                let oracle = raws[factor.index()];
                prop_assert!(
                    match (engine, oracle) {
                        (Some(a), Some(b)) => close(a, b),
                        (a, b) => a.is_none() && b.is_none(),
                    },
                    "{:?} {}: engine {:?}, oracle {:?}", group.key, factor, engine, oracle
                );
            }
        }
    }

    #[test]
    fn norms_and_scores_stay_in_0_to_100_and_contributions_add_up(
        (rows, mask) in table_strategy(),
        by in by_strategy(),
        weights in weights_strategy(),
    ) {
        let scores = run_score(&rows, &mask, by, weights, 5);
        for group in &scores.groups {
            for value in group.factors.iter().flatten() {
                prop_assert!((0.0..=100.0).contains(&value.norm), "{:?}", value);
            }
            let total: f64 = group.why.iter().map(|w| w.contribution).sum();
            match group.score {
                Some(score) => {
                    prop_assert!((0.0..=100.0).contains(&score));
                    prop_assert!((total - score).abs() < 1e-9);
                }
                None => prop_assert!(counted(group, &weights).is_empty()),
            }
            prop_assert_eq!(group.why.len(), counted(group, &weights).len());
            prop_assert_eq!(group.thin, group.projects < 3);
        }
    }

    #[test]
    fn multiplying_every_weight_by_a_constant_changes_no_score(
        (rows, mask) in table_strategy(),
        by in by_strategy(),
        weights in weights_strategy(),
        k in 0.01..100.0f64,
    ) {
        let scaled = Weights::new(Factor::ALL.map(|f| weights.get(f) * k)).unwrap();
        let before = run_score(&rows, &mask, by, weights, 5);
        let after = run_score(&rows, &mask, by, scaled, 5);
        let score_of = |scores: &Scores| -> BTreeMap<Vec<String>, Option<f64>> {
            scores.groups.iter().map(|g| (g.key.clone(), g.score)).collect()
        };
        let (before, after) = (score_of(&before), score_of(&after));
        prop_assert_eq!(before.len(), after.len());
        for (key, score) in &before {
            match (score, after[key]) {
                (Some(a), Some(b)) => prop_assert!((a - b).abs() < 1e-9, "{:?}: {} vs {}", key, a, b),
                (a, b) => prop_assert_eq!(*a, b),
            }
        }
    }

    /// Raising a factor's weight never lowers the score of the group with that factor's top norm, and never lets
    /// a group it was ahead of overtake it when both are scored on the same factors. (Against a group scored on
    /// fewer factors it can lose ground: that group's other factors weigh less, so the raised weight pulls it
    /// towards its own norm faster.)
    #[test]
    fn raising_a_weight_never_lowers_the_group_with_that_factors_top_norm(
        (rows, mask) in table_strategy(),
        by in by_strategy(),
        weights in weights_strategy(),
        factor in proptest::sample::select(Factor::ALL.to_vec()),
        raise in 0.1..10.0f64,
    ) {
        let mut values = Factor::ALL.map(|f| weights.get(f));
        values[factor.index()] += raise;
        let raised = Weights::new(values).unwrap();
        let before = run_score(&rows, &mask, by, weights, 5);
        let after = run_score(&rows, &mask, by, raised, 5);
        let find = |scores: &Scores, key: &[String]| scores.groups.iter().find(|g| g.key == key).unwrap().clone();
        let top = before
            .groups
            .iter()
            .filter(|g| g.factor(factor).is_some_and(|v| v.norm == 100.0))
            .min_by(|a, b| a.key.cmp(&b.key));
        if let Some(top) = top {
            let top_after = find(&after, &top.key);
            let (was, now) = (top.score.unwrap_or(0.0), top_after.score.unwrap());
            prop_assert!(now >= was - 1e-9, "{:?}: {} ⇒ {}", top.key, was, now);
            for other in &before.groups {
                let same_factors = counted(other, &weights) == counted(top, &weights)
                    && counted(other, &raised) == counted(top, &raised);
                if !same_factors || other.score > top.score {
                    continue;
                }
                let other_after = find(&after, &other.key);
                prop_assert!(
                    other_after.score.unwrap() <= now + 1e-9,
                    "{:?} overtook {:?}", other.key, top.key
                );
            }
        }
    }

    #[test]
    fn cells_add_up_to_their_sector_and_district_totals(
        (rows, mask) in table_strategy(),
    ) {
        let cells = run_score(&rows, &mask, ScoreBy::SectorDistrict, Weights::default(), 5);
        for (by, part) in [(ScoreBy::Sector, 0), (ScoreBy::District, 1)] {
            let groups = run_score(&rows, &mask, by, Weights::default(), 5);
            for group in &groups.groups {
                let inside: Vec<&ScoredGroup> = cells.groups.iter().filter(|c| c.key[part] == group.key[0]).collect();
                let projects: usize = inside.iter().map(|c| c.projects).sum();
                let contracted: f64 = inside.iter().map(|c| c.contracted_usd_m).sum();
                prop_assert_eq!(projects, group.projects);
                prop_assert!((contracted - group.contracted_usd_m).abs() < 1e-6);
            }
            let projects: usize = groups.groups.iter().map(|g| g.projects).sum();
            prop_assert_eq!(projects, selected(&mask).len());
        }
    }

    #[test]
    fn results_are_deterministic_and_ties_are_ordered_by_key(
        (rows, mask) in table_strategy(),
        by in by_strategy(),
        weights in weights_strategy(),
    ) {
        let first = run_score(&rows, &mask, by, weights, 5);
        let second = run_score(&rows, &mask, by, weights, 5);
        prop_assert_eq!(&first, &second);
        for pair in first.groups.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            match (a.score, b.score) {
                (Some(x), Some(y)) => {
                    prop_assert!(x >= y);
                    if x == y {
                        prop_assert!(a.key < b.key, "tie {:?} before {:?}", a.key, b.key);
                    }
                }
                (None, Some(_)) => prop_assert!(false, "an unscored group before a scored one"),
                (Some(_), None) => {}
                (None, None) => prop_assert!(a.key < b.key),
            }
        }
    }
}

#[test]
fn the_embedded_data_scores_every_cell_and_adds_up_to_the_published_total() {
    let data = Dataset::embedded().unwrap();
    let rows: Vec<u32> = (0..data.projects.len() as u32).collect();
    let scores = score(&data, &rows, &ScoreOptions::default()).unwrap();
    let sectors: BTreeSet<&str> = scores.groups.iter().map(|g| g.key[0].as_str()).collect();
    let districts: BTreeSet<&str> = scores.groups.iter().map(|g| g.key[1].as_str()).collect();
    assert_eq!(scores.groups.len(), sectors.len() * districts.len());
    assert_eq!(scores.latest_year, Some(2023));
    assert_eq!(
        scores.groups.iter().map(|g| g.projects).sum::<usize>(),
        3530
    );
    let contracted: f64 = scores.groups.iter().map(|g| g.contracted_usd_m).sum();
    assert!((contracted - 70_400.0).abs() < 1e-6, "{contracted}");
    for group in &scores.groups {
        assert!(
            group.factor(Factor::WhiteSpace).is_some(),
            "every cell has white space"
        );
        assert_eq!(
            group.factor(Factor::Openness).is_none(),
            group.contracted_usd_m == 0.0
        );
        assert!(group.score.is_some());
    }
    // Worked out on this data (see the score command's table): the top cell is a real cluster, not a thin one.
    assert!(!scores.groups[0].thin);
}

// --- The command line ---

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const FACTOR_NAMES: [&str; 7] = [
    "scale",
    "momentum",
    "realisation",
    "breadth",
    "openness",
    "policy",
    "white_space",
];

#[test]
fn score_json_has_the_issues_shape() {
    let output = run(&["score", "--by", "sector,district", "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let top: BTreeSet<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        top,
        BTreeSet::from([
            "by",
            "latest_year",
            "recent_years",
            "weights",
            "note",
            "groups"
        ])
    );
    assert_eq!(json["by"], serde_json::json!(["sector", "district"]));
    assert_eq!(json["latest_year"], 2023);
    assert_eq!(json["recent_years"], 5);
    assert_eq!(json["note"], "illustrative: synthetic sample");
    let weights = json["weights"].as_object().unwrap();
    assert_eq!(weights.len(), 7);
    for (name, weight) in FACTOR_NAMES.iter().zip([1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 2.0]) {
        assert_eq!(weights[*name].as_f64(), Some(weight), "{name}");
    }
    let groups = json["groups"].as_array().unwrap();
    assert!(groups.len() > 100);
    for group in groups {
        let key = group["key"].as_array().unwrap();
        assert_eq!(key.len(), 2);
        assert!(key.iter().all(serde_json::Value::is_string));
        assert!(group["projects"].is_u64());
        assert!(group["contracted_usd_m"].is_f64() || group["contracted_usd_m"].is_u64());
        assert!((0.0..=100.0).contains(&group["score"].as_f64().unwrap()));
        assert!(group["thin"].is_boolean());
        let factors = group["factors"].as_object().unwrap();
        assert_eq!(factors.len(), 7);
        for name in FACTOR_NAMES {
            let factor = &factors[name];
            assert!(
                factor.is_null() || (factor["raw"].is_number() && factor["norm"].is_number()),
                "{name}: {factor}"
            );
        }
        assert!(factors["white_space"].is_object());
        let why = group["why"].as_array().unwrap();
        assert!(!why.is_empty() && why.iter().all(serde_json::Value::is_string));
    }
    // Field order as the issue writes it (serde_json's Value sorts keys, so check the printed text).
    let text = String::from_utf8_lossy(&output.stdout);
    let positions: Vec<usize> = [
        "\"by\"",
        "\"latest_year\"",
        "\"recent_years\"",
        "\"weights\"",
        "\"groups\"",
        "\"key\"",
        "\"projects\"",
        "\"contracted_usd_m\"",
        "\"score\"",
        "\"thin\"",
        "\"factors\"",
        "\"why\"",
    ]
    .iter()
    .map(|k| text.find(k).unwrap())
    .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));

    let by_sector = run(&["score", "--by", "sector", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&by_sector.stdout).unwrap();
    assert_eq!(json["by"], serde_json::json!(["sector"]));
    for group in json["groups"].as_array().unwrap() {
        assert_eq!(group["key"].as_array().unwrap().len(), 1);
        assert!(group["factors"]["white_space"].is_null());
    }
}

#[test]
fn score_csv_has_one_row_per_group_under_its_header() {
    let output = run(&[
        "score", "--by", "district", "--format", "csv", "--sector", "Finance",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8(output.stdout.clone()).unwrap();
    let mut lines = text.lines();
    let mut expected = vec!["district", "projects", "contracted_usd_m", "score", "thin"]
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    for name in FACTOR_NAMES {
        expected.push(format!("{name}_raw"));
        expected.push(format!("{name}_norm"));
    }
    expected.push("why".into());
    assert_eq!(lines.next(), Some(expected.join(",").as_str()));
    let json = run(&[
        "score", "--by", "district", "--format", "json", "--sector", "Finance",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(lines.count(), json["groups"].as_array().unwrap().len());
    assert!(stderr(&output).contains("illustrative: synthetic sample"));
}

#[test]
fn bad_weights_and_windows_exit_2_with_the_valid_names() {
    let names = FACTOR_NAMES.join(", ");
    for weights in [
        "colour=1",
        "scale=-1",
        "scale=0,momentum=0,realisation=0,breadth=0,openness=0,policy=0,white_space=0",
    ] {
        let output = run(&["score", "--by", "sector", "--weights", weights]);
        assert_eq!(output.status.code(), Some(2), "{weights}");
        assert!(
            stderr(&output).contains(&names),
            "{weights}: {}",
            stderr(&output)
        );
    }
    let output = run(&["score", "--by", "sector", "--recent-years", "0"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("1..=100"), "{}", stderr(&output));
    let output = run(&["score", "--by", "colour"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("sector,district"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_consultants_file_is_scored_under_its_own_source() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.csv");
    std::fs::write(
        &path,
        "id,name,investor,origin,sector,sub_sector,district,year,status,contracted_usd_m,utilized_usd_m,employees,lat,lon,source\n\
         C1,Tower,Kerry,Hong Kong SAR,Finance,Banking,Yuzhong,2022,Operating,120,80,10,29.5,106.5,Client survey 2024\n\
         C2,Mall,Swire,Hong Kong SAR,Real estate,Retail malls,Jiangbei,2019,Operating,300,100,50,29.6,106.5,Client survey 2024\n\
         C3,Odd,Swire,Hong Kong SAR,=SUM(A1),Other,Jiangbei,2019,Operating,3,1,5,29.6,106.5,Client survey 2024\n",
    )
    .unwrap();
    let output = run(&[
        "score",
        path.to_str().unwrap(),
        "--by",
        "sector",
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["note"], "source: Client survey 2024");
    assert_eq!(json["latest_year"], 2022);
    let table = run(&["score", path.to_str().unwrap(), "--by", "sector"]);
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("Note: source: Client survey 2024"), "{text}");
    assert!(text.contains("thin"), "{text}");
    // A name a spreadsheet would run as a formula is neutralised in the CSV.
    let csv = run(&[
        "score",
        path.to_str().unwrap(),
        "--by",
        "sector",
        "--format",
        "csv",
    ]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.lines().any(|line| line.starts_with("'=SUM(A1),1,")),
        "{csv}"
    );
}
