//! Engine benchmarks, one per row of the speed targets (README "Speed", issue 14): CSV load, re-filter + regroup +
//! facet counts, search, sorts (a new sort order, and a filter change under a sort already made), the frame's
//! engine work after a filter change, CSV export, and the opportunity score.
//!
//! Run with `cargo bench --bench engine`; `BENCH_ROWS=10000000` for ten million rows. Two shapes of data, both
//! generated in memory: the project's own generator (24 columns, rows in year order) and `shuffled14` (its first 14
//! columns without the long source label, rows shuffled), the shape of the files consultants bring.

use std::sync::LazyLock;

use divan::Bencher;
use invest_explorer::export::RowExport;
use invest_explorer::model::generate::{GenerateOptions, generate};
use invest_explorer::model::{ColumnId, DataSource, Dataset, ProjectTable, ReferenceData};
use invest_explorer::query::{self, Derived, Filter, GroupBy, ScoreOptions, SortKey, View};

mod load;
use load::{bench_rows, load_projects, shuffled_14_columns};

static CSV: LazyLock<String> = LazyLock::new(|| {
    generate(&GenerateOptions {
        rows: bench_rows(),
        ..GenerateOptions::default()
    })
    .projects_csv
});

static SHUFFLED_CSV: LazyLock<String> = LazyLock::new(|| shuffled_14_columns(&CSV));

static TABLE: LazyLock<ProjectTable> = LazyLock::new(|| load_projects(CSV.as_bytes()));

static SHUFFLED_TABLE: LazyLock<ProjectTable> =
    LazyLock::new(|| load_projects(SHUFFLED_CSV.as_bytes()));

/// The two shapes, by the name divan prints.
const SHAPES: [&str; 2] = ["generated", "shuffled14"];

fn csv(shape: &str) -> &'static str {
    if shape == "generated" {
        &CSV
    } else {
        &SHUFFLED_CSV
    }
}

fn table(shape: &str) -> &'static ProjectTable {
    if shape == "generated" {
        &TABLE
    } else {
        &SHUFFLED_TABLE
    }
}

fn main() {
    eprintln!(
        "{} rows: generated CSV {:.1} MB, shuffled 14-column CSV {:.1} MB",
        bench_rows(),
        CSV.len() as f64 / 1e6,
        SHUFFLED_CSV.len() as f64 / 1e6
    );
    LazyLock::force(&TABLE);
    LazyLock::force(&SHUFFLED_TABLE);
    divan::main();
}

/// The query of issue 14: two sectors, 2010–2020, at least USD 5 m.
fn finance_filter() -> Filter {
    Filter {
        sectors: ["Finance".to_owned(), "Real estate".to_owned()].into(),
        year_from: Some(2010),
        year_to: Some(2020),
        min_amount_m: Some(5.0),
        ..Filter::default()
    }
}

/// Detect, map, read leniently, build columns: from bytes in memory.
#[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
fn load_csv(shape: &str) -> ProjectTable {
    load_projects(csv(shape).as_bytes())
}

/// The same CSVs written to files once, for the load the app does: open, inspect, stream the file in blocks.
static FILES: LazyLock<(tempfile::TempDir, [std::path::PathBuf; 2])> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let paths = SHAPES.map(|shape| {
        let path = dir.path().join(format!("{shape}.csv"));
        std::fs::write(&path, csv(shape)).expect("the bench file is written");
        path
    });
    (dir, paths)
});

/// Detect, map, read leniently, build columns: from a file, as the window and the CLI open it (streamed).
#[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
fn load_csv_file(shape: &str) -> Dataset {
    let path = &FILES.1[usize::from(shape != "generated")];
    Dataset::open(path, &Default::default(), &Default::default()).expect("the bench file loads")
}

/// Re-filter + regroup + facet counts: what a filter change costs the engine before any sort.
#[divan::bench(args = SHAPES, sample_count = 20)]
fn refilter_regroup_facets(bencher: Bencher, shape: &str) {
    let dataset = dataset(shape);
    let table = &dataset.projects;
    let filter = finance_filter();
    bencher.bench(|| {
        let (selection, facets) = query::evaluate(dataset, &filter);
        let groups = query::group_by(
            table,
            query::Amounts::usd(table),
            &selection.rows,
            GroupBy::District,
        );
        (facets, groups)
    });
}

#[divan::bench(args = SHAPES, sample_count = 20)]
fn search_text(bencher: Bencher, shape: &str) {
    let dataset = dataset(shape);
    let filter = Filter {
        search: "harbour".into(),
        ..Filter::default()
    };
    bencher.bench(|| query::select(dataset, &filter));
}

fn sort_keys(name: &str) -> Vec<SortKey> {
    match name {
        "contracted" => vec![SortKey::descending("contracted_usd_m")],
        "name" => vec![SortKey::ascending("name")],
        _ => vec![SortKey::ascending("sector"), SortKey::ascending("name")],
    }
}

const SORTS: [&str; 3] = ["contracted", "name", "sector_then_name"];

/// A new sort order of every row (text ranks already computed by an earlier sort of that column).
#[divan::bench(args = SORTS, sample_count = 5)]
fn sort_all_rows(bencher: Bencher, keys: &str) {
    let table = table("shuffled14");
    let keys = sort_keys(keys);
    query::sort_rows(table, &mut query::Selection::all(table).rows, &keys);
    bencher
        .with_inputs(|| query::Selection::all(table).rows)
        .bench_local_values(|mut rows| {
            query::sort_rows(table, &mut rows, &keys);
            rows
        });
}

static DATASETS: LazyLock<[Dataset; 2]> = LazyLock::new(|| {
    SHAPES.map(|shape| {
        let reference = ReferenceData::embedded().expect("embedded reference data");
        Dataset::new(table(shape).clone(), reference, DataSource::Embedded)
    })
});

fn dataset(shape: &str) -> &'static Dataset {
    &DATASETS[usize::from(shape != "generated")]
}

/// Everything the window recomputes when the filter changes on the Table tab, under a sort made before: the
/// selection, facet counts, totals and the selection in the sort order (from the cached order).
#[divan::bench(args = SORTS, sample_count = 20)]
fn filter_change_under_sort(bencher: Bencher, keys: &str) {
    let dataset = dataset("shuffled14");
    let mut view = View {
        sort: sort_keys(keys),
        ..View::default()
    };
    let mut derived = Derived::default();
    derived.refresh(dataset, 0, &view);
    let filters = [finance_filter(), Filter::default()];
    // The first sample sets the finance filter (the view starts unfiltered): every sample is a real change.
    let mut next = 1;
    bencher.bench_local(|| {
        next = (next + 1) % filters.len();
        view.filter = filters[next].clone();
        derived.refresh(dataset, 0, &view);
    });
}

/// The rows of `shape` sorted by contracted amount (a display order, not table order) and every column present.
fn export_input(shape: &str) -> (Vec<u32>, Vec<ColumnId>) {
    let table = &dataset(shape).projects;
    let mut rows = query::Selection::all(table).rows;
    query::sort_rows(table, &mut rows, &sort_keys("contracted"));
    let columns = table
        .columns()
        .filter(|column| !matches!(column, ColumnId::Field(field) if table.absent_fields.contains(field)))
        .collect();
    (rows, columns)
}

/// XLSX export of every row and column of the generated data, in display order: one sample (≈ 10–30 s).
#[divan::bench(sample_count = 1, sample_size = 1)]
fn export_xlsx_all_rows(bencher: Bencher) {
    let dataset = dataset("generated");
    let (rows, columns) = export_input("generated");
    let sort = sort_keys("contracted");
    let filter = Filter::default();
    let export = RowExport {
        dataset,
        rows: &rows,
        columns: &columns,
        names: query::Names::Real,
        filter: &filter,
        sort: &sort,
    };
    bencher.bench_local(|| {
        export
            .write(invest_explorer::export::RowFormat::Xlsx, std::io::sink())
            .expect("writes to a sink");
    });
}

/// CSV export of every row and column, in the order sorted by contracted amount (a display order, not table order).
#[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
fn export_csv_all_rows(bencher: Bencher, shape: &str) {
    let dataset = dataset(shape);
    let (rows, columns) = export_input(shape);
    let sort = sort_keys("contracted");
    let filter = Filter::default();
    let export = RowExport {
        dataset,
        rows: &rows,
        columns: &columns,
        names: query::Names::Real,
        filter: &filter,
        sort: &sort,
    };
    bencher.bench_local(|| {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::sink());
        export
            .write(invest_explorer::export::RowFormat::Csv, &mut out)
            .expect("writes to a sink");
    });
}

#[divan::bench(sample_count = 20)]
fn score_every_cell_of_all_rows(bencher: Bencher) {
    let dataset = dataset("generated");
    let rows = query::Selection::all(&dataset.projects).rows;
    let options = ScoreOptions::default();
    // The first call ranks the investor names once (cached in the table, as in the app): set-up, not timed.
    query::score(dataset, &rows, &options).expect("scores");
    bencher.bench(|| query::score(dataset, &rows, &options));
}

#[divan::bench(sample_count = 100)]
fn score_every_cell_of_the_embedded_data(bencher: Bencher) {
    let dataset = Dataset::embedded().expect("embedded dataset");
    let rows = query::Selection::all(&dataset.projects).rows;
    let options = ScoreOptions::default();
    query::score(&dataset, &rows, &options).expect("scores");
    bencher.bench(|| query::score(&dataset, &rows, &options));
}
