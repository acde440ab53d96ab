//! Property tests: the columnar engine must agree with a naive row-by-row oracle on random tables and filters —
//! missing values (and the "(not stated)" choice that selects them), sub-sector, origin and size-band filters,
//! amount ranges, CNY amounts, text sorts, and drilling into every group of every breakdown.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use invest_explorer::format::Currency;
use invest_explorer::model::{DataSource, Dataset, ProjectRow, ProjectTable, ReferenceData, bands};
use invest_explorer::query::money::{MoneyColumns, in_currency};
use invest_explorer::query::{self, Facet, Filter, GroupBy, MISSING_NAME, SortKey, View};
use proptest::prelude::*;

const SECTORS: [&str; 3] = ["Finance", "Real estate", "Manufacturing"];
const DISTRICTS: [&str; 3] = ["Yuzhong", "Jiangbei", "Banan"];
const STATUSES: [&str; 2] = ["Operating", "Closed"];
const SUB_SECTORS: [&str; 3] = ["Sub 0", "Sub 1", "Sub 2"];
const ORIGINS: [&str; 2] = ["Hong Kong SAR", "Macao SAR"];
const WORDS: [&str; 4] = ["Harbour", "jade", "Tower", "Park"];

/// Names a filter may ask for: the values, and the "(not stated)" choice that stands for none.
const SECTOR_CHOICES: [&str; 4] = ["Finance", "Real estate", "Manufacturing", MISSING_NAME];
const DISTRICT_CHOICES: [&str; 4] = ["Yuzhong", "Jiangbei", "Banan", MISSING_NAME];
const SUB_SECTOR_CHOICES: [&str; 4] = ["Sub 0", "Sub 1", "Sub 2", MISSING_NAME];
const ORIGIN_CHOICES: [&str; 3] = ["Hong Kong SAR", "Macao SAR", MISSING_NAME];

static REFERENCE: LazyLock<ReferenceData> = LazyLock::new(|| ReferenceData::embedded().unwrap());

fn row_strategy() -> impl Strategy<Value = ProjectRow> {
    (
        (0..4usize, 0..4usize, 0..3usize, 0..2usize),
        proptest::option::of(1990..2024i32),
        prop_oneof![Just(f64::NAN), 0.0..2000.0f64],
        proptest::option::of(any::<bool>()),
        (0..4usize, 0..4usize, 0..3usize),
    )
        .prop_map(
            |((sector, district, sub, status), year, amount, lj, (w1, w2, origin))| ProjectRow {
                id: String::new(),
                name: format!("{} {}", WORDS[w1], WORDS[w2]),
                // Some investors are blank: text sorts put them last.
                investor: if w1 == 3 {
                    String::new()
                } else {
                    format!("{} Holdings", WORDS[(w1 + w2) % 4])
                },
                // The last index leaves the value blank: missing categories must be handled too.
                origin: ORIGINS.get(origin).copied().unwrap_or("").into(),
                sector: SECTORS.get(sector).copied().unwrap_or("").into(),
                sub_sector: SUB_SECTORS.get(sub).copied().unwrap_or("").into(),
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
        (
            prop_oneof![
                Just(String::new()),
                Just("JADE".to_owned()),
                Just("er h".to_owned()),
                Just("park".to_owned())
            ],
            subset(&SECTOR_CHOICES),
            subset(&DISTRICT_CHOICES),
            subset(&STATUSES),
            subset(&SUB_SECTOR_CHOICES),
            subset(&ORIGIN_CHOICES),
            subset(&SIZE_BAND_CHOICES),
        ),
        proptest::option::of(1985..2030i32),
        proptest::option::of(1985..2030i32),
        (
            proptest::option::of(0.0..1500.0f64),
            proptest::option::of(0.0..2500.0f64),
            prop_oneof![
                Just(Currency::Usd),
                Just(Currency::Cny),
                Just(Currency::Hkd)
            ],
        ),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(
                (search, sectors, districts, statuses, sub_sectors, origins, size_bands),
                from,
                to,
                (min, max, currency),
                lj,
            )| {
                // Bounds of the same order as the amounts in each currency (several yuan or HK dollars to the
                // US dollar), so that every currency's bounds cut through the rows.
                let per_usd = match currency {
                    Currency::Usd => 1.0,
                    Currency::Cny => 7.0,
                    Currency::Hkd => 7.8,
                };
                let mut filter = Filter {
                    search,
                    sectors,
                    districts,
                    statuses,
                    sub_sectors,
                    origins,
                    size_bands,
                    year_from: from,
                    year_to: to,
                    in_liangjiang: lj,
                    ..Filter::default()
                };
                filter.set_amount_range(
                    min.map(|m| m * per_usd),
                    max.map(|m| m * per_usd),
                    currency,
                );
                filter
            },
        )
}

/// The table of `rows` joined to the reference data, whose rates convert amount bounds in CNY and HKD.
fn dataset(rows: &[ProjectRow]) -> Dataset {
    Dataset::new(
        ProjectTable::from_rows(rows),
        REFERENCE.clone(),
        DataSource::Embedded,
    )
}

/// Size bands a filter may ask for: some of the model's bands, and none (a missing amount).
const SIZE_BAND_CHOICES: [&str; 3] = ["< USD 1 m", "USD 200–800 m", MISSING_NAME];

/// The row's size band by the model's rule (`""` for none).
fn size_band(row: &ProjectRow) -> String {
    bands::size_band(row.contracted_usd_m)
        .unwrap_or_default()
        .to_owned()
}

/// The oracle: does `row` (in size band `band`) pass `filter`, ignoring the constraint of `skip` (for facet
/// counts)? A blank value passes exactly when the facet's set has the "(not stated)" choice.
fn passes(row: &ProjectRow, band: &str, filter: &Filter, skip: Option<Facet>) -> bool {
    let in_set = |facet: Facet, value: &str| {
        let wanted = if value.is_empty() {
            MISSING_NAME
        } else {
            value
        };
        skip == Some(facet)
            || filter.values(facet).is_empty()
            || filter.values(facet).contains(wanted)
    };
    let needle = filter.search.trim().to_lowercase();
    let search_ok = needle.is_empty()
        || row.name.to_lowercase().contains(&needle)
        || row.investor.to_lowercase().contains(&needle);
    let year_ok = (filter.year_from.is_none() && filter.year_to.is_none())
        || row.year.is_some_and(|y| {
            filter.year_from.is_none_or(|f| y >= f) && filter.year_to.is_none_or(|t| y <= t)
        });
    // Naively, row by row: the amount at the rate of the row's year in the reference table (no rate: no amount).
    let rates = &REFERENCE.rates;
    let rate = match filter.amount_currency {
        Currency::Usd => Some(1.0),
        Currency::Cny => rates.cny_per_usd(row.year),
        Currency::Hkd => rates.hkd_per_usd(row.year),
    };
    let amount = rate.map_or(f64::NAN, |rate| row.contracted_usd_m * rate);
    let amount_ok = (filter.min_amount_m.is_none() && filter.max_amount_m.is_none())
        || (filter.min_amount_m.is_none_or(|m| amount >= m)
            && filter.max_amount_m.is_none_or(|m| amount <= m));
    let lj_ok = filter.in_liangjiang.is_none() || row.in_liangjiang == filter.in_liangjiang;
    in_set(Facet::Sector, &row.sector)
        && in_set(Facet::District, &row.district)
        && in_set(Facet::Status, &row.status)
        && in_set(Facet::SubSector, &row.sub_sector)
        && in_set(Facet::Origin, &row.origin)
        && in_set(Facet::SizeBand, band)
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
        let dataset = dataset(&rows);
        let table = &dataset.projects;
        let bands: Vec<String> = rows.iter().map(size_band).collect();
        let (selection, facets) = query::evaluate(&dataset, &filter);
        let expected: Vec<u32> = (0..rows.len() as u32)
            .filter(|&i| passes(&rows[i as usize], &bands[i as usize], &filter, None))
            .collect();
        prop_assert_eq!(&selection.rows, &expected);
        prop_assert_eq!(&query::select(&dataset, &filter).rows, &expected);

        let value_of = |facet: Facet, row: usize| -> String {
            let r = &rows[row];
            match facet {
                Facet::Sector => r.sector.clone(),
                Facet::District => r.district.clone(),
                Facet::SubSector => r.sub_sector.clone(),
                _ => r.origin.clone(),
            }
        };
        for (facet, values) in [
            (Facet::Sector, &SECTORS[..]),
            (Facet::District, &DISTRICTS[..]),
            (Facet::SubSector, &SUB_SECTORS[..]),
            (Facet::Origin, &ORIGINS[..]),
        ] {
            let column = table.category(facet.field()).unwrap();
            let oracle_count = |value: &str| (0..rows.len()).filter(|&row| {
                value_of(facet, row) == value && passes(&rows[row], &bands[row], &filter, Some(facet))
            }).count() as u32;
            for value in values {
                let engine = column.find(value).map_or(0, |code| facets.count(facet, code));
                prop_assert_eq!(engine, oracle_count(value), "facet {:?} value {}", facet, value);
            }
            prop_assert_eq!(facets.missing(facet), oracle_count(""), "facet {:?} missing", facet);
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
    fn cny_and_text_sorts_match_a_naive_stable_sort(
        rows in proptest::collection::vec(row_strategy(), 0..60),
        column in prop_oneof![Just("name"), Just("investor"), Just("contracted_usd_m"), Just("utilized_usd_m")],
        descending in any::<bool>(),
        currency in prop_oneof![Just(Currency::Usd), Just(Currency::Cny), Just(Currency::Hkd)],
    ) {
        let dataset = Dataset::new(ProjectTable::from_rows(&rows), REFERENCE.clone(), DataSource::Embedded);
        let table = &dataset.projects;
        let money = MoneyColumns::new(&dataset, currency);
        let mut sorted: Vec<u32> = (0..rows.len() as u32).collect();
        query::sort_rows_in(table, money.amounts(table), &mut sorted, &[SortKey { column: column.into(), descending }]);

        // Amounts as shown: each row converted at its own year's rate, so CNY order can differ from USD order.
        let amount = |row: usize| {
            let usd_m = if column == "utilized_usd_m" { rows[row].utilized_usd_m } else { rows[row].contracted_usd_m };
            in_currency(&dataset, row, usd_m, currency)
        };
        let text = |row: usize| {
            let text = if column == "name" { &rows[row].name } else { &rows[row].investor };
            (!text.is_empty()).then(|| text.to_lowercase())
        };
        let mut oracle: Vec<u32> = (0..rows.len() as u32).collect();
        oracle.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            if column.ends_with("usd_m") {
                let (x, y) = (amount(a), amount(b));
                match (x.is_nan(), y.is_nan()) {
                    (true, true) => std::cmp::Ordering::Equal,
                    (true, false) => std::cmp::Ordering::Greater,
                    (false, true) => std::cmp::Ordering::Less,
                    _ if descending => y.total_cmp(&x),
                    _ => x.total_cmp(&y),
                }
            } else {
                match (text(a), text(b)) {
                    (None, None) => std::cmp::Ordering::Equal,
                    (None, _) => std::cmp::Ordering::Greater,
                    (_, None) => std::cmp::Ordering::Less,
                    (Some(x), Some(y)) if descending => y.cmp(&x),
                    (Some(x), Some(y)) => x.cmp(&y),
                }
            }
        });
        prop_assert_eq!(sorted, oracle);
    }

    #[test]
    fn drilling_into_any_group_selects_exactly_its_rows(
        rows in proptest::collection::vec(row_strategy(), 1..60),
    ) {
        let dataset = dataset(&rows);
        let table = &dataset.projects;
        let all: Vec<u32> = (0..rows.len() as u32).collect();
        for by in GroupBy::ALL {
            for group in query::group_by(table, query::Amounts::usd(table), &all, by) {
                let mut view = View::default();
                view.drill_into(by, &group.key);
                if by == GroupBy::Year && group.year.is_none() {
                    // A year filter cannot ask for "no year": the drill leaves the view as it was.
                    prop_assert_eq!(&view, &View::default());
                    continue;
                }
                let selected = query::select(&dataset, &view.filter);
                // "(not stated)" included: the missing group is a real choice, not a name no row has.
                prop_assert_eq!(selected.len(), group.summary.count, "{:?} {:?}", by, group.key);
            }
        }
    }

    #[test]
    fn group_totals_add_up_to_the_selection(
        rows in proptest::collection::vec(row_strategy(), 0..60),
        filter in filter_strategy(),
    ) {
        let dataset = dataset(&rows);
        let table = &dataset.projects;
        let selection = query::select(&dataset, &filter);
        let totals = query::summarize(query::Amounts::usd(table), &selection.rows);
        for by in GroupBy::ALL {
            let groups = query::group_by(table, query::Amounts::usd(table), &selection.rows, by);
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
