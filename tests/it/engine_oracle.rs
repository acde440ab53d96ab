//! Property tests: the columnar engine must agree with a naive row-by-row oracle on random tables and filters.

use std::collections::BTreeSet;

use invest_explorer::model::{ProjectRow, ProjectTable};
use invest_explorer::query::{self, Facet, Filter, GroupBy, SortKey};
use proptest::prelude::*;

const SECTORS: [&str; 3] = ["Finance", "Real estate", "Manufacturing"];
const DISTRICTS: [&str; 3] = ["Yuzhong", "Jiangbei", "Banan"];
const STATUSES: [&str; 2] = ["Operating", "Closed"];
const WORDS: [&str; 4] = ["Harbour", "jade", "Tower", "Park"];

fn row_strategy() -> impl Strategy<Value = ProjectRow> {
    (
        (0..4usize, 0..4usize, 0..3usize, 0..2usize),
        proptest::option::of(1990..2024i32),
        prop_oneof![Just(f64::NAN), 0.0..2000.0f64],
        proptest::option::of(any::<bool>()),
        (0..4usize, 0..4usize),
    )
        .prop_map(
            |((sector, district, sub, status), year, amount, lj, (w1, w2))| ProjectRow {
                id: String::new(),
                name: format!("{} {}", WORDS[w1], WORDS[w2]),
                investor: format!("{} Holdings", WORDS[(w1 + w2) % 4]),
                origin: "Hong Kong SAR".into(),
                // Index 3 leaves the value blank: missing categories must be handled too.
                sector: SECTORS.get(sector).copied().unwrap_or("").into(),
                sub_sector: format!("Sub {sub}"),
                district: DISTRICTS.get(district).copied().unwrap_or("").into(),
                year,
                status: STATUSES[status].into(),
                contracted_usd_m: amount,
                utilized_usd_m: amount * 0.5,
                employees: 10.0,
                lat: 29.5,
                lon: 106.5,
                in_liangjiang: lj,
                contract_date: None,
                is_synthetic: Some(true),
                source: String::new(),
            },
        )
}

fn subset(names: &'static [&'static str]) -> impl Strategy<Value = BTreeSet<String>> {
    proptest::sample::subsequence(names.to_vec(), 0..=names.len())
        .prop_map(|v| v.into_iter().map(str::to_owned).collect())
}

fn filter_strategy() -> impl Strategy<Value = Filter> {
    (
        prop_oneof![
            Just(String::new()),
            Just("JADE".to_owned()),
            Just("er h".to_owned()),
            Just("park".to_owned())
        ],
        subset(&SECTORS),
        subset(&DISTRICTS),
        subset(&STATUSES),
        proptest::option::of(1985..2030i32),
        proptest::option::of(1985..2030i32),
        proptest::option::of(0.0..1500.0f64),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(search, sectors, districts, statuses, from, to, min, lj)| Filter {
                search,
                sectors,
                districts,
                statuses,
                year_from: from,
                year_to: to,
                min_usd_m: min,
                in_liangjiang: lj,
                ..Filter::default()
            },
        )
}

/// The oracle: does `row` pass `filter`, ignoring the constraint of `skip` (for facet counts)?
fn passes(row: &ProjectRow, filter: &Filter, skip: Option<Facet>) -> bool {
    let in_set = |facet: Facet, value: &str| {
        skip == Some(facet)
            || filter.values(facet).is_empty()
            || filter.values(facet).contains(value)
    };
    let needle = filter.search.trim().to_lowercase();
    let search_ok = needle.is_empty()
        || row.name.to_lowercase().contains(&needle)
        || row.investor.to_lowercase().contains(&needle);
    let year_ok = (filter.year_from.is_none() && filter.year_to.is_none())
        || row.year.is_some_and(|y| {
            filter.year_from.is_none_or(|f| y >= f) && filter.year_to.is_none_or(|t| y <= t)
        });
    let amount_ok =
        filter.min_usd_m.is_none() || filter.min_usd_m.is_some_and(|m| row.contracted_usd_m >= m);
    let lj_ok = filter.in_liangjiang.is_none() || row.in_liangjiang == filter.in_liangjiang;
    in_set(Facet::Sector, &row.sector)
        && in_set(Facet::District, &row.district)
        && in_set(Facet::Status, &row.status)
        && search_ok
        && year_ok
        && amount_ok
        && lj_ok
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn selection_and_facet_counts_match_the_oracle(
        rows in proptest::collection::vec(row_strategy(), 0..60),
        filter in filter_strategy(),
    ) {
        let table = ProjectTable::from_rows(&rows);
        let (selection, facets) = query::evaluate(&table, &filter);
        let expected: Vec<u32> = (0..rows.len() as u32).filter(|&i| passes(&rows[i as usize], &filter, None)).collect();
        prop_assert_eq!(&selection.rows, &expected);
        prop_assert_eq!(&query::select(&table, &filter).rows, &expected);

        for (facet, values) in [(Facet::Sector, &SECTORS[..]), (Facet::District, &DISTRICTS[..])] {
            let column = table.category(facet.field()).unwrap();
            for value in values {
                let oracle = rows.iter().filter(|r| {
                    let v = if facet == Facet::Sector { &r.sector } else { &r.district };
                    v == value && passes(r, &filter, Some(facet))
                }).count() as u32;
                let engine = column.find(value).map_or(0, |code| facets.count(facet, code));
                prop_assert_eq!(engine, oracle, "facet {:?} value {}", facet, value);
            }
        }
    }

    #[test]
    fn sort_matches_a_naive_stable_sort(
        rows in proptest::collection::vec(row_strategy(), 0..60),
        descending in any::<bool>(),
        second_descending in any::<bool>(),
    ) {
        let table = ProjectTable::from_rows(&rows);
        let mut sorted: Vec<u32> = (0..rows.len() as u32).collect();
        let keys = [
            SortKey { column: "sector".into(), descending },
            SortKey { column: "contracted_usd_m".into(), descending: second_descending },
        ];
        query::sort_rows(&table, &mut sorted, &keys);

        let mut oracle: Vec<u32> = (0..rows.len() as u32).collect();
        // Missing values last in either direction; otherwise by value, reversed when descending.
        let key_cmp = |a: Option<&str>, b: Option<&str>, desc: bool| match (a, b) {
            (None, None) => std::cmp::Ordering::Equal,
            (None, _) => std::cmp::Ordering::Greater,
            (_, None) => std::cmp::Ordering::Less,
            (Some(x), Some(y)) => if desc { y.cmp(x) } else { x.cmp(y) },
        };
        let num_cmp = |a: f64, b: f64, desc: bool| match (a.is_nan(), b.is_nan()) {
            (true, true) => std::cmp::Ordering::Equal,
            (true, false) => std::cmp::Ordering::Greater,
            (false, true) => std::cmp::Ordering::Less,
            _ => if desc { b.total_cmp(&a) } else { a.total_cmp(&b) },
        };
        oracle.sort_by(|&a, &b| {
            let (ra, rb) = (&rows[a as usize], &rows[b as usize]);
            let sector = |r: &ProjectRow| (!r.sector.is_empty()).then(|| r.sector.clone());
            key_cmp(sector(ra).as_deref(), sector(rb).as_deref(), descending)
                .then_with(|| num_cmp(ra.contracted_usd_m, rb.contracted_usd_m, second_descending))
        });
        prop_assert_eq!(sorted, oracle);
    }

    #[test]
    fn group_totals_add_up_to_the_selection(
        rows in proptest::collection::vec(row_strategy(), 0..60),
        filter in filter_strategy(),
    ) {
        let table = ProjectTable::from_rows(&rows);
        let selection = query::select(&table, &filter);
        let totals = query::summarize(query::Amounts::usd(&table), &selection.rows);
        for by in GroupBy::ALL {
            let groups = query::group_by(&table, query::Amounts::usd(&table), &selection.rows, by);
            let count: usize = groups.iter().map(|g| g.summary.count).sum();
            let contracted: f64 = groups.iter().map(|g| g.summary.contracted_usd_m).sum();
            prop_assert_eq!(count, selection.len());
            prop_assert!((contracted - totals.contracted_usd_m).abs() < 1e-6);
            if totals.contracted_usd_m > 0.0 {
                let shares: f64 = groups.iter().map(|g| g.share_pct).sum();
                prop_assert!((shares - 100.0).abs() < 1e-6);
            }
        }
        let oracle: f64 = selection.rows.iter().map(|&r| rows[r as usize].contracted_usd_m).filter(|v| v.is_finite()).sum();
        prop_assert!((oracle - totals.contracted_usd_m).abs() < 1e-6);
    }
}
