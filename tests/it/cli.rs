//! The command line, run as a user would: the real binary, its output and exit codes.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn summary_json_reports_the_published_totals() {
    let output = run(&["summary", "--by", "sector", "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["rows_total"], 3530);
    assert_eq!(json["rows_selected"], 3530);
    assert_eq!(json["contracted_usd_m"].as_f64(), Some(70400.0));
    let groups = json["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 10);
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 5);
    let contracted: Vec<f64> = groups
        .iter()
        .map(|g| g["contracted_usd_m"].as_f64().unwrap())
        .collect();
    assert!(
        contracted.windows(2).all(|w| w[0] >= w[1]),
        "groups sorted by contracted, descending"
    );
    // Field order as specified (serde_json's Value sorts keys, so check the printed text).
    let text = stdout(&output);
    let positions: Vec<usize> = [
        "\"rows_total\"",
        "\"rows_selected\"",
        "\"contracted_usd_m\"",
        "\"utilized_usd_m\"",
        "\"groups\"",
        "\"key\"",
        "\"count\"",
        "\"share_pct\"",
    ]
    .iter()
    .map(|k| text.find(k).unwrap())
    .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    let share: f64 = groups
        .iter()
        .map(|g| g["share_pct"].as_f64().unwrap())
        .sum();
    assert!((share - 100.0).abs() < 0.01);
}

#[test]
fn filters_narrow_the_summary_and_names_ignore_case() {
    let all = run(&["summary", "--format", "json"]);
    let finance = run(&[
        "summary",
        "--sector",
        "FINANCE",
        "--year-from",
        "2010",
        "--year-to",
        "2020",
        "--format",
        "json",
        "--by",
        "year",
    ]);
    assert!(finance.status.success(), "{}", stderr(&finance));
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    let finance: serde_json::Value = serde_json::from_slice(&finance.stdout).unwrap();
    let selected = finance["rows_selected"].as_u64().unwrap();
    assert!(selected > 0 && selected < all["rows_selected"].as_u64().unwrap());
    for group in finance["groups"].as_array().unwrap() {
        let year: i32 = group["key"].as_str().unwrap().parse().unwrap();
        assert!(
            (2010..=2020).contains(&year),
            "inclusive year range: {year}"
        );
    }
}

#[test]
fn an_unknown_name_exits_2_with_the_valid_choices_on_one_line() {
    let output = run(&["summary", "--sector", "Mining"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(
        message.contains("\"Mining\"")
            && message.contains("valid choices:")
            && message.contains("Finance"),
        "{message}"
    );

    let output = run(&["summary", "--by", "colour"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("sub_sector"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_unreadable_file_exits_1_with_the_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    std::fs::write(
        &path,
        "id,name,investor,origin,sector,sub_sector,district,year,status,contracted_usd_m,utilized_usd_m,employees,lat,lon\n\
         P1,A,B,HK,Finance,Banking\n",
    )
    .unwrap();
    let output = run(&["summary", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("bad.csv, line 2: expected 14 fields like the header, found 6"),
        "{message}"
    );

    let output = run(&["summary", dir.path().join("missing.csv").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("missing.csv: cannot read the file"));
}

#[test]
fn export_writes_the_selected_rows_and_reloads_to_the_same_totals() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("finance.csv");
    let output = run(&[
        "export",
        "--sector",
        "Finance",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("Wrote "));

    let expected = run(&["summary", "--sector", "Finance", "--format", "json"]);
    let expected: serde_json::Value = serde_json::from_slice(&expected.stdout).unwrap();
    let reloaded = run(&["summary", out.to_str().unwrap(), "--format", "json"]);
    assert!(reloaded.status.success(), "{}", stderr(&reloaded));
    let reloaded: serde_json::Value = serde_json::from_slice(&reloaded.stdout).unwrap();
    assert_eq!(reloaded["rows_total"], expected["rows_selected"]);
    assert_eq!(reloaded["contracted_usd_m"], expected["contracted_usd_m"]);

    for extension in ["json", "ron", "tsv"] {
        let path = dir.path().join(format!("all.{extension}"));
        let output = run(&[
            "export",
            "--search",
            "park",
            "--out",
            path.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{extension}: {}", stderr(&output));
        assert!(std::fs::metadata(&path).unwrap().len() > 0);
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("all.json")).unwrap()).unwrap();
    assert_eq!(json["meta"]["filters"], "Search: “park”");
    assert_eq!(
        json["meta"]["rows_selected"].as_u64().unwrap() as usize,
        json["rows"].as_array().unwrap().len()
    );

    let output = run(&[
        "export",
        "--out",
        dir.path().join("x.docx").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_view_file_gives_the_same_rows_as_its_flags() {
    let dir = tempfile::tempdir().unwrap();
    let view = dir.path().join("view.ron");
    std::fs::write(
        &view,
        "(name: \"Yuzhong finance\", filter: (sectors: [\"Finance\"], districts: [\"Yuzhong\"]))",
    )
    .unwrap();
    let by_view = run(&[
        "summary",
        "--view",
        view.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let by_flags = run(&[
        "summary",
        "--sector",
        "Finance",
        "--district",
        "Yuzhong",
        "--format",
        "json",
    ]);
    assert!(by_view.status.success(), "{}", stderr(&by_view));
    assert_eq!(stdout(&by_view), stdout(&by_flags));

    std::fs::write(&view, "(filter: (sectors: [\"Finance\"]").unwrap();
    let broken = run(&["summary", "--view", view.to_str().unwrap()]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stderr(&broken).contains("view.ron, line 1"),
        "{}",
        stderr(&broken)
    );
}

#[test]
fn generate_reproduces_the_shipped_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["generate", "--out", dir.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/data/projects.csv");
    assert_eq!(
        std::fs::read(dir.path().join("projects.csv")).unwrap(),
        std::fs::read(shipped).unwrap()
    );
    let output = run(&[
        "generate",
        "--rows",
        "500",
        "--seed",
        "7",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert!(output.status.success());
    let small = run(&[
        "summary",
        dir.path().join("projects.csv").to_str().unwrap(),
        "--format",
        "json",
    ]);
    let small: serde_json::Value = serde_json::from_slice(&small.stdout).unwrap();
    assert_eq!(small["rows_total"], 500);
}

#[test]
fn inspect_describes_a_gbk_file_and_its_quality() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/open/gbk_chinese_headers.csv"
    );
    let output = run(&["inspect", path, "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["encoding"], "GB18030 (GBK)");
    assert_eq!(json["delimiter"], "comma");
    assert_eq!(json["rows"], 3);
    assert_eq!(json["project_table"], true);
    let columns = json["columns"].as_array().unwrap();
    let contracted = columns
        .iter()
        .find(|c| c["field"] == "contracted_usd_m")
        .unwrap();
    assert_eq!(contracted["name"], "合同外资（万美元）");
    assert_eq!(contracted["unit"], "USD 10 k (万美元)");
    assert_eq!(json["quality"]["rows_read"], 3);

    let output = run(&["inspect", path]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("GB18030 (GBK) · comma-separated"), "{text}");
    assert!(
        text.contains("→ Contracted, in USD 10 k (万美元)"),
        "{text}"
    );
}

#[test]
fn inspect_exits_1_with_the_located_error_for_an_unreadable_file() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/open/random.bin"
    );
    let output = run(&["inspect", path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("random.bin: this is not a text table"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn map_overrides_the_guessed_columns_and_units() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd.csv");
    std::fs::write(&path, "Label,Value,Year\nAlpha,2,2015\nBeta,3,2016\n").unwrap();
    let path = path.to_str().unwrap();
    // Without --map there is no project name or amount: the summary says so on stderr.
    let output = run(&["summary", path, "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["contracted_usd_m"].as_f64(), Some(0.0));

    let output = run(&[
        "summary",
        path,
        "--map",
        "name=Label",
        "--map",
        "contracted_usd_m=Value:usd_k",
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // 2 + 3 thousand dollars = USD 0.005 m.
    assert_eq!(json["contracted_usd_m"].as_f64(), Some(0.005));

    let output = run(&["summary", path, "--map", "nme=Label"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unknown field \"nme\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn detection_can_be_overridden_from_the_command_line() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/open/semicolon_decimal_comma.csv"
    );
    let output = run(&["inspect", path, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["delimiter"], "semicolon");
    assert_eq!(json["decimal_comma"], true);

    let output = run(&["inspect", path, "--delimiter", ",", "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["delimiter"], "comma");

    let output = run(&["inspect", path, "--decimal", "point", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["decimal_comma"], false);

    let output = run(&["inspect", path, "--encoding", "ebcdic"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("valid choices: utf-8"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn export_sort_and_limit_write_the_top_projects() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("top.csv");
    let output = run(&[
        "export",
        "--sector",
        "Finance",
        "--sort",
        "contracted_usd_m:desc",
        "--sort",
        "name",
        "--limit",
        "5",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("Wrote 5 of 3,530 projects to"));
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let header = reader.headers().unwrap().clone();
    let contracted = header.iter().position(|h| h == "contracted_usd_m").unwrap();
    let sector = header.iter().position(|h| h == "sector").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    let amounts: Vec<f64> = rows
        .iter()
        .map(|r| r[contracted].parse().unwrap())
        .collect();
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]), "{amounts:?}");
    assert!(rows.iter().all(|r| &r[sector] == "Finance"));
    assert_eq!(header.iter().next_back(), Some("data_status"));
    // The largest Finance projects of all, not just any five.
    let all = dir.path().join("all.csv");
    let output = run(&[
        "export",
        "--sector",
        "Finance",
        "--out",
        all.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    let largest = csv::Reader::from_path(&all)
        .unwrap()
        .records()
        .map(|r| r.unwrap()[contracted].parse::<f64>().unwrap())
        .fold(f64::NEG_INFINITY, f64::max);
    assert_eq!(amounts[0], largest);
    let about = std::fs::read_to_string(dir.path().join("top.about.txt")).unwrap();
    assert!(
        about.contains("Sort: Contracted (descending), then Project (ascending)"),
        "{about}"
    );
    assert!(about.contains("Rows: 5 of 3,530 projects"), "{about}");

    // A comma list works too; a wrong column names the valid ones.
    let output = run(&[
        "export",
        "--sort",
        "year:desc,name",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = run(&["export", "--sort", "colour", "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("contracted_usd_m"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_file_without_utilised_amounts_reads_dash_not_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-utilised.csv");
    std::fs::write(
        &path,
        "id,name,investor,sector,district,year,contracted_usd_m\n\
         P1,Harbour Tower,Kerry,Real estate,Yuzhong,2015,12.5\n\
         P2,Bank branch,HSBC,Finance,Jiangbei,2016,3\n",
    )
    .unwrap();
    let output = run(&["summary", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("· – utilised"), "{text}");
    assert!(!text.contains("0.0 m utilised"), "{text}");
    let output = run(&["summary", path.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(json["utilized_usd_m"].is_null(), "{json}");
    assert!(json["groups"][0]["utilized_usd_m"].is_null(), "{json}");
}

#[test]
fn a_broken_story_file_fails_with_its_location_before_any_window() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("deck.story.ron");
    std::fs::write(&story, "(title: \"Board\",\n slides: [(title: 7)])").unwrap();
    let output = run(&["--present", "--story", story.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("deck.story.ron, line 2"), "{message}");
    assert!(!message.contains("cannot open the window"), "{message}");

    // A slide number only means something when presenting.
    let output = run(&["--slide", "2"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
}

#[test]
fn amount_bounds_in_cny_and_hkd_convert_each_row_and_say_their_currency() {
    use invest_explorer::model::Dataset;
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    let rates = &dataset.reference.rates;
    // The oracle: each row's amount at the rate of its own year.
    let count = |rate: &dyn Fn(Option<i32>) -> f64, min: f64, max: f64| {
        (0..table.len())
            .filter(|&row| {
                let amount = table.contracted_usd_m[row] * rate(table.year.get(row));
                amount >= min && amount <= max
            })
            .count()
    };
    let cny = count(
        &|year| rates.cny_per_usd(year).unwrap(),
        500.0,
        f64::INFINITY,
    );
    let hkd = count(&|year| rates.hkd_per_usd(year).unwrap(), 100.0, 800.0);
    let usd = count(&|_| 1.0, 500.0, f64::INFINITY);
    assert!(
        cny > usd && cny < 3530,
        "CNY 500 m is not USD 500 m: {cny} vs {usd}"
    );
    for (args, expected) in [
        (&["--min-cny-m", "500"][..], cny),
        (&["--min-hkd-m", "100", "--max-hkd-m", "800"][..], hkd),
        (&["--min-usd-m", "500"][..], usd),
    ] {
        let output = run(&[&["summary", "--format", "json"][..], args].concat());
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(json["rows_selected"], expected, "{args:?}");
    }
    let text = run(&["summary", "--min-cny-m", "500"]);
    assert!(
        stdout(&text).contains("Contracted: ≥ CNY 500 m"),
        "{}",
        stdout(&text)
    );

    // The sidecar of an export says the currency of the bounds too.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hkd.csv");
    let output = run(&[
        "export",
        "--min-hkd-m",
        "100",
        "--max-hkd-m",
        "800",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let about = std::fs::read_to_string(dir.path().join("hkd.about.txt")).unwrap();
    assert!(
        about.contains("Contracted: HKD 100 m to HKD 800 m"),
        "{about}"
    );

    // Bounds come in one currency: two currencies are a usage error naming both.
    let mixed = run(&["summary", "--min-cny-m", "500", "--max-usd-m", "900"]);
    assert_eq!(mixed.status.code(), Some(2));
    assert!(
        stderr(&mixed).contains("--min-usd-m/--max-usd-m"),
        "{}",
        stderr(&mixed)
    );
    assert!(
        stderr(&mixed).contains("--min-cny-m/--max-cny-m"),
        "{}",
        stderr(&mixed)
    );
    // …and so is a flag in another currency than a view's own bounds.
    let view = dir.path().join("cny.ron");
    std::fs::write(
        &view,
        "(filter: (min_amount_m: Some(500.0), amount_currency: Cny))",
    )
    .unwrap();
    let from_view = run(&[
        "summary",
        "--view",
        view.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&from_view.stdout).unwrap();
    assert_eq!(json["rows_selected"], cny);
    let clash = run(&[
        "summary",
        "--view",
        view.to_str().unwrap(),
        "--max-usd-m",
        "900",
    ]);
    assert_eq!(clash.status.code(), Some(2), "{}", stderr(&clash));
    assert!(stderr(&clash).contains("in CNY"), "{}", stderr(&clash));
}
