//! Shared by the benchmarks: the row count, the two shapes of test file, and loading a CSV the way the app does.

/// One million rows, or `BENCH_ROWS` (e.g. `BENCH_ROWS=10000000 cargo bench --bench engine`).
pub fn bench_rows() -> usize {
    std::env::var("BENCH_ROWS")
        .ok()
        .and_then(|rows| rows.replace('_', "").parse().ok())
        .unwrap_or(1_000_000)
}

/// The project table of a generated CSV, loaded the way the app loads a file.
pub fn load_projects(csv: &[u8]) -> invest_explorer::model::ProjectTable {
    invest_explorer::model::Dataset::from_bytes(
        csv,
        "bench.csv",
        invest_explorer::model::DataSource::Embedded,
        &Default::default(),
        &Default::default(),
    )
    .expect("generated CSV loads")
    .projects
}

/// The shape of the files consultants bring (issue 14): the generator's first 14 columns (id … lon, no long source
/// label), rows shuffled so that nothing is sorted by year. Deterministic.
#[allow(dead_code)] // not every bench uses both shapes
pub fn shuffled_14_columns(csv: &str) -> String {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("generated header")
        .iter()
        .take(14)
        .map(str::to_owned)
        .collect();
    let mut records: Vec<csv::StringRecord> = reader
        .records()
        .map(|record| record.expect("generated record"))
        .collect();
    // Fisher–Yates with a fixed xorshift: the same file on every run.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    for i in (1..records.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        records.swap(i, (state % (i as u64 + 1)) as usize);
    }
    let mut writer = csv::Writer::from_writer(Vec::with_capacity(csv.len() / 2));
    writer.write_record(&header).expect("in memory");
    for record in &records {
        writer
            .write_record(record.iter().take(14))
            .expect("in memory");
    }
    String::from_utf8(writer.into_inner().expect("in memory")).expect("UTF-8 in, UTF-8 out")
}
