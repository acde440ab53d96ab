//! `export --chart`: the series each chart draws, from the command line, as CSV and XLSX.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn read(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn over_time_has_a_row_per_year_of_the_filter_zeros_included() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("over-time.csv");
    let output = run(&[
        "export",
        "--sector",
        "Real estate",
        "--district",
        "Yuzhong",
        "--year-from",
        "2015",
        "--year-to",
        "2020",
        "--chart",
        "over_time",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (header, rows) = read(&out);
    assert_eq!(
        header,
        [
            "year",
            "projects",
            "contracted_usd_m",
            "cumulative_projects",
            "cumulative_contracted_usd_m"
        ]
    );
    let years: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(years, ["2015", "2016", "2017", "2018", "2019", "2020"]);
    let mut running = 0;
    for row in &rows {
        running += row[1].parse::<usize>().unwrap();
        assert_eq!(row[3].parse::<usize>().unwrap(), running, "{row:?}");
    }
}

#[test]
fn cny_names_its_columns_and_every_chart_kind_writes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cny.csv");
    let output = run(&[
        "export",
        "--chart",
        "over_time",
        "--currency",
        "cny",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (header, _) = read(&out);
    assert_eq!(header[2], "contracted_cny_m");
    assert_eq!(header[4], "cumulative_contracted_cny_m");

    for (chart, first_column) in [
        ("sectors", "sector"),
        ("districts", "district"),
        ("sub_sectors", "sub_sector"),
        ("sizes", "lower_usd_m"),
        ("sectors_by_year", "year"),
    ] {
        let out = dir.path().join(format!("{chart}.csv"));
        let output = run(&["export", "--chart", chart, "--out", out.to_str().unwrap()]);
        assert!(
            output.status.success(),
            "{chart}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let (header, rows) = read(&out);
        assert_eq!(header[0], first_column, "{chart}");
        assert!(!rows.is_empty(), "{chart}");
    }
    // Districts: twelve by name, then "Other (26 districts)", adding up to every project.
    let (_, rows) = read(&dir.path().join("districts.csv"));
    assert_eq!(rows.len(), 13);
    assert_eq!(rows[12][0], "Other (26 districts)");
    let projects: usize = rows.iter().map(|r| r[1].parse::<usize>().unwrap()).sum();
    assert_eq!(projects, 3530);

    let xlsx = dir.path().join("sizes.xlsx");
    let output = run(&[
        "export",
        "--chart",
        "sizes",
        "--out",
        xlsx.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
}

#[test]
fn a_bad_chart_name_or_format_is_a_usage_error_with_the_choices() {
    let output = run(&["export", "--chart", "pie", "--out", "x.csv"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("over_time"), "{stderr}");
    let output = run(&["export", "--chart", "sizes", "--out", "x.json"]);
    assert_eq!(output.status.code(), Some(2));
}
