//! Engine benchmarks at one million rows: CSV load, filter + group-by, facet counts, sort, opportunity score
//! (and the score on the embedded 3,530 rows, which the app recomputes whenever a weight moves).
//!
//! Run with `cargo bench --bench engine`. The data is generated in memory with the project's own generator.

use std::sync::LazyLock;

use divan::Bencher;
use invest_explorer::model::generate::{GenerateOptions, generate};
use invest_explorer::model::{DataSource, Dataset, ProjectTable, ReferenceData};
use invest_explorer::query::{self, Filter, GroupBy, ScoreOptions, SortKey};

mod load;
use load::load_projects;

const ROWS: usize = 1_000_000;

static CSV: LazyLock<String> = LazyLock::new(|| {
    generate(&GenerateOptions {
        rows: ROWS,
        ..GenerateOptions::default()
    })
    .projects_csv
});

static TABLE: LazyLock<ProjectTable> = LazyLock::new(|| load_projects(CSV.as_bytes()));

fn main() {
    eprintln!("1M-row CSV: {:.1} MB", CSV.len() as f64 / 1e6);
    LazyLock::force(&TABLE);
    divan::main();
}

fn finance_filter() -> Filter {
    Filter {
        sectors: ["Finance".to_owned(), "Real estate".to_owned()].into(),
        year_from: Some(2010),
        year_to: Some(2020),
        ..Filter::default()
    }
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn csv_load_1m_rows() -> ProjectTable {
    load_projects(CSV.as_bytes())
}

#[divan::bench(sample_count = 20)]
fn filter_and_group_by_sector(bencher: Bencher) {
    let filter = finance_filter();
    bencher.bench(|| {
        let selection = query::select(&TABLE, &filter);
        query::group_by(
            &TABLE,
            query::Amounts::usd(&TABLE),
            &selection.rows,
            GroupBy::Sector,
        )
    });
}

#[divan::bench(sample_count = 20)]
fn evaluate_with_facet_counts(bencher: Bencher) {
    let filter = finance_filter();
    bencher.bench(|| query::evaluate(&TABLE, &filter));
}

#[divan::bench(sample_count = 20)]
fn search_text(bencher: Bencher) {
    let filter = Filter {
        search: "harbour".into(),
        ..Filter::default()
    };
    bencher.bench(|| query::select(&TABLE, &filter));
}

#[divan::bench(sample_count = 5)]
fn sort_all_rows_by_contracted(bencher: Bencher) {
    let keys = [SortKey::descending("contracted_usd_m")];
    bencher
        .with_inputs(|| query::Selection::all(&TABLE).rows)
        .bench_local_values(|mut rows| {
            query::sort_rows(&TABLE, &mut rows, &keys);
            rows
        });
}

#[divan::bench(sample_count = 5)]
fn sort_all_rows_by_sector_then_name(bencher: Bencher) {
    let keys = [SortKey::ascending("sector"), SortKey::ascending("name")];
    bencher
        .with_inputs(|| query::Selection::all(&TABLE).rows)
        .bench_local_values(|mut rows| {
            query::sort_rows(&TABLE, &mut rows, &keys);
            rows
        });
}

/// The score needs the reference sectors too: the same table, joined (built only when this bench runs).
static DATASET: LazyLock<Dataset> = LazyLock::new(|| {
    let reference = ReferenceData::embedded().expect("embedded reference data");
    Dataset::new(TABLE.clone(), reference, DataSource::Embedded)
});

#[divan::bench(sample_count = 20)]
fn score_every_cell_of_all_rows(bencher: Bencher) {
    let rows = query::Selection::all(&DATASET.projects).rows;
    let options = ScoreOptions::default();
    // The first call ranks the investor names once (cached in the table, as in the app): set-up, not timed.
    query::score(&DATASET, &rows, &options).expect("scores");
    bencher.bench(|| query::score(&DATASET, &rows, &options));
}

#[divan::bench(sample_count = 100)]
fn score_every_cell_of_the_embedded_data(bencher: Bencher) {
    let dataset = Dataset::embedded().expect("embedded dataset");
    let rows = query::Selection::all(&dataset.projects).rows;
    let options = ScoreOptions::default();
    query::score(&dataset, &rows, &options).expect("scores");
    bencher.bench(|| query::score(&dataset, &rows, &options));
}
