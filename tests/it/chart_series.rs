//! The chart series engine against naive oracles, on the default data and on awkward selections: every year of
//! the range present, running totals that are running sums, size bins that partition the rows, and top-N bars
//! plus "Other" that add up to the selection.

use invest_explorer::model::{Dataset, ProjectTable};
use invest_explorer::query::charts::{self, ChartData, OverTime, SizeHistogram, StackedYears};
use invest_explorer::query::{Amounts, ChartKind, Filter, select};

fn selections() -> Vec<(&'static str, Filter)> {
    vec![
        ("everything", Filter::default()),
        (
            "real estate in Yuzhong 2015-2020",
            Filter {
                sectors: ["Real estate".to_owned()].into(),
                districts: ["Yuzhong".to_owned()].into(),
                year_from: Some(2015),
                year_to: Some(2020),
                ..Filter::default()
            },
        ),
        (
            "one year",
            Filter {
                year_from: Some(2017),
                year_to: Some(2017),
                ..Filter::default()
            },
        ),
        (
            "finance",
            Filter {
                sectors: ["Finance".to_owned()].into(),
                ..Filter::default()
            },
        ),
        (
            "no match",
            Filter {
                search: "no project is called this".into(),
                ..Filter::default()
            },
        ),
    ]
}

fn data(dataset: &Dataset, filter: &Filter, kind: ChartKind) -> (Vec<u32>, ChartData) {
    let table = &dataset.projects;
    let rows = select(dataset, filter).rows;
    let data = charts::chart_data(table, Amounts::usd(table), &rows, filter, kind);
    (rows, data)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn over_time(data: ChartData) -> OverTime {
    match data {
        ChartData::OverTime(over_time) => over_time,
        other => panic!("not over time: {other:?}"),
    }
}

#[test]
fn over_time_has_every_year_of_the_range_and_running_sums() {
    let dataset = Dataset::embedded().unwrap();
    let table: &ProjectTable = &dataset.projects;
    for (name, filter) in selections() {
        let (rows, data) = data(&dataset, &filter, ChartKind::OverTime);
        let over_time = over_time(data);
        let years: Vec<i32> = over_time.years.iter().map(|y| y.year).collect();
        assert_eq!(years, oracle_years(table, &rows, &filter), "{name}");
        let (mut count, mut sum) = (0, 0.0);
        for row in &over_time.years {
            // The naive oracle: every selected row of that year, one by one.
            let of_year: Vec<u32> = rows
                .iter()
                .copied()
                .filter(|&r| table.year.get(r as usize) == Some(row.year))
                .collect();
            let amount: f64 = of_year
                .iter()
                .map(|&r| table.contracted_usd_m[r as usize])
                .filter(|a| a.is_finite())
                .sum();
            assert_eq!(row.num_projects, of_year.len(), "{name} {}", row.year);
            assert!(close(row.contracted_m, amount), "{name} {}", row.year);
            count += of_year.len();
            sum += amount;
            assert_eq!(row.cumulative_projects, count, "{name} {}", row.year);
            assert!(
                close(row.cumulative_contracted_m, sum),
                "{name} {}",
                row.year
            );
        }
        let without_year = rows
            .iter()
            .filter(|&&r| table.year.get(r as usize).is_none())
            .count();
        assert_eq!(over_time.num_without_year, without_year, "{name}");
    }
}

/// The naive oracle of a year axis: the filter's years where it sets them, else the selected rows' first to last
/// year, looked up row by row; nothing when neither says.
fn oracle_years(table: &ProjectTable, rows: &[u32], filter: &Filter) -> Vec<i32> {
    let mut selected: Vec<i32> = Vec::new();
    for &row in rows {
        if let Some(year) = table.year.get(row as usize) {
            selected.push(year);
        }
    }
    selected.sort_unstable();
    let first = filter.year_from.or(selected.first().copied());
    let last = filter.year_to.or(selected.last().copied());
    match (first, last) {
        (Some(first), Some(last)) => (first..=last).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn without_a_year_filter_the_year_axis_spans_the_selection_not_the_dataset() {
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    let one_project = Filter {
        search: table.name.get(0).to_owned(),
        ..Filter::default()
    };
    let (rows, chart) = data(&dataset, &one_project, ChartKind::OverTime);
    assert_eq!(rows.len(), 1, "the first project's name is unique");
    let year = table.year.get(rows[0] as usize).unwrap();
    // One project: its year alone, so the bar is centred rather than at the edge of the dataset's 39 years.
    let years: Vec<i32> = over_time(chart).years.iter().map(|y| y.year).collect();
    assert_eq!(years, [year]);
    let ChartData::SectorsByYear(stacked) = data_for(&dataset, &one_project) else {
        panic!("not sectors by year")
    };
    assert_eq!(stacked.years, [year]);
    // A year filter's bound is kept even past the selection's last year; the open bound is the selection's.
    let late = Filter {
        search: table.name.get(0).to_owned(),
        year_to: Some(year + 3),
        ..Filter::default()
    };
    let (rows, chart) = data(&dataset, &late, ChartKind::OverTime);
    let years: Vec<i32> = over_time(chart).years.iter().map(|y| y.year).collect();
    assert_eq!(years, oracle_years(table, &rows, &late));
    assert_eq!(years, (year..=year + 3).collect::<Vec<_>>());
    // No match and no year filter: no axis at all (the empty state is drawn).
    let (_, no_match) = selections().swap_remove(4);
    let (_, chart) = data(&dataset, &no_match, ChartKind::OverTime);
    assert!(over_time(chart).years.is_empty());
}

fn data_for(dataset: &Dataset, filter: &Filter) -> ChartData {
    data(dataset, filter, ChartKind::SectorsByYear).1
}

#[test]
fn the_running_total_reads_the_truth_at_an_empty_year() {
    // The case: Real estate in Yuzhong, 2015–2020: the running total at 2018 is the projects up to 2018.
    let dataset = Dataset::embedded().unwrap();
    let (_, filter) = selections().swap_remove(1);
    let (rows, data) = data(&dataset, &filter, ChartKind::OverTime);
    let at_2018 = over_time(data)
        .years
        .iter()
        .find(|y| y.year == 2018)
        .unwrap()
        .cumulative_projects;
    let truth = rows
        .iter()
        .filter(|&&r| {
            dataset
                .projects
                .year
                .get(r as usize)
                .is_some_and(|y| y <= 2018)
        })
        .count();
    assert_eq!(at_2018, truth);
}

#[test]
fn size_bins_are_fixed_and_partition_the_rows() {
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    let (_, all) = data(&dataset, &Filter::default(), ChartKind::Sizes);
    let ChartData::Sizes(all) = all else { panic!() };
    for (name, filter) in selections() {
        let (rows, data) = data(&dataset, &filter, ChartKind::Sizes);
        let ChartData::Sizes(SizeHistogram {
            bins,
            num_without_amount,
        }) = data
        else {
            panic!("{name}")
        };
        // The same edges whatever the selection.
        let edges = |bins: &[charts::SizeBin]| -> Vec<(f64, f64)> {
            bins.iter().map(|b| (b.lower_m, b.upper_m)).collect()
        };
        assert_eq!(edges(&bins), edges(&all.bins), "{name}");
        assert!(bins.windows(2).all(|w| close(w[0].upper_m, w[1].lower_m)));
        // Each row with an amount is in exactly one bin.
        for bin in &bins {
            let inside = rows
                .iter()
                .map(|&r| table.contracted_usd_m[r as usize])
                .filter(|&a| a >= bin.lower_m * (1.0 - 1e-12) && a < bin.upper_m * (1.0 - 1e-12))
                .count();
            assert_eq!(bin.num_projects, inside, "{name} {bin:?}");
        }
        let binned: usize = bins.iter().map(|b| b.num_projects).sum();
        assert_eq!(binned + num_without_amount, rows.len(), "{name}");
    }
}

#[test]
fn top_bars_and_other_add_up_to_the_selection() {
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    for kind in [
        ChartKind::Sectors,
        ChartKind::SubSectors,
        ChartKind::Districts,
    ] {
        for (name, filter) in selections() {
            let (rows, data) = data(&dataset, &filter, kind);
            let ChartData::Categories(chart) = data else {
                panic!("{name}")
            };
            let total: f64 = rows
                .iter()
                .map(|&r| table.contracted_usd_m[r as usize])
                .filter(|a| a.is_finite())
                .sum();
            let bars_total: f64 = chart.bars.iter().map(|b| b.contracted_m).sum();
            let bars_count: usize = chart.bars.iter().map(|b| b.num_projects).sum();
            assert!(close(bars_total, total), "{kind:?} {name}");
            assert_eq!(bars_count, rows.len(), "{kind:?} {name}");
            assert!(chart.bars.len() <= charts::TOP_BARS + 1, "{kind:?} {name}");
            let named = chart.bars.iter().filter(|b| !b.is_other()).count();
            assert!(
                chart.bars.iter().take(named).all(|b| !b.is_other()),
                "Other comes last"
            );
            if let Some(other) = chart.bars.iter().find(|b| b.is_other()) {
                assert!(
                    other.num_groups >= 2,
                    "an Other of one group is shown by name"
                );
            }
            // Largest first.
            assert!(
                chart.bars[..named]
                    .windows(2)
                    .all(|w| w[0].contracted_m >= w[1].contracted_m),
                "{kind:?} {name}"
            );
        }
    }
    // 38 districts: twelve by name and an Other of the rest.
    let (_, data) = data(&dataset, &Filter::default(), ChartKind::Districts);
    let ChartData::Categories(chart) = data else {
        panic!()
    };
    assert_eq!(chart.bars.len(), charts::TOP_BARS + 1);
    assert!(chart.bars.last().unwrap().is_other());
}

#[test]
fn by_sector_with_one_sector_shows_its_sub_sectors() {
    let dataset = Dataset::embedded().unwrap();
    let finance = Filter {
        sectors: ["Finance".to_owned()].into(),
        ..Filter::default()
    };
    let (_, data) = data(&dataset, &finance, ChartKind::Sectors);
    let ChartData::Categories(chart) = data else {
        panic!()
    };
    assert_eq!(chart.by, invest_explorer::query::GroupBy::SubSector);
    assert!(chart.bars.iter().any(|b| b.key == "Banking"));
}

#[test]
fn sectors_by_year_stacks_add_up_to_each_year() {
    let dataset = Dataset::embedded().unwrap();
    for (name, filter) in selections() {
        let (_, stacked) = data(&dataset, &filter, ChartKind::SectorsByYear);
        let ChartData::SectorsByYear(StackedYears { years, series }) = stacked else {
            panic!("{name}")
        };
        let (_, over) = data(&dataset, &filter, ChartKind::OverTime);
        let over = over_time(over);
        assert_eq!(
            years,
            over.years.iter().map(|y| y.year).collect::<Vec<_>>(),
            "{name}"
        );
        assert!(series.len() <= charts::TOP_STACKED + 1);
        for (i, year) in over.years.iter().enumerate() {
            let stacked: f64 = series.iter().map(|s| s.contracted_m[i]).sum();
            let count: usize = series.iter().map(|s| s.num_projects[i]).sum();
            assert!(close(stacked, year.contracted_m), "{name} {}", year.year);
            assert_eq!(count, year.num_projects, "{name} {}", year.year);
        }
    }
}
