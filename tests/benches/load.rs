//! Shared by the benchmarks: a generated CSV loaded the way the app loads a file.

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
