//! Exports through the real UI: the export menus, the (stubbed) save dialog, the file written, read back.

use std::path::Path;
use std::sync::Arc;

use crate::common::{
    HeldSpawner, StubDialogs, app_on, drop_on_window, harness_for, harness_with, platform, settle,
    shown_count,
};
use calamine::{Data, Reader};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use invest_explorer::app::ExplorerApp;
use invest_explorer::model::{DataSource, Dataset, ProjectRow, ProjectTable, ReferenceData};
use invest_explorer::platform::Platform;

fn export_via_tab(
    harness: &mut Harness<'_, ExplorerApp>,
    dialogs: &StubDialogs,
    path: &Path,
    item: &str,
) {
    *dialogs.save.lock().unwrap() = Some(path.to_owned());
    harness.get_by_label("Export this…").click();
    harness.run();
    harness.get_by_label(item).click();
    settle(harness);
}

fn read_csv(path: &Path, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_path(path)
        .unwrap();
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
fn exported_rows_match_the_table_on_screen_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    harness
        .get_by_role_and_label(Role::CheckBox, "Finance")
        .click();
    harness.run();
    let shown = shown_count(&harness);
    let (first_name, columns) = {
        let app = harness.state();
        let first = app.derived.selection.rows[0] as usize;
        let columns = app.state.view.visible_columns(&app.dataset.projects);
        let names: Vec<String> = columns
            .iter()
            .map(|&c| app.dataset.projects.column_name(c).to_owned())
            .collect();
        (app.dataset.projects.name.get(first).to_owned(), names)
    };

    let csv_path = dir.path().join("finance.csv");
    export_via_tab(&mut harness, &dialogs, &csv_path, "Projects as CSV…");
    harness.get_by_label_contains(&format!("Exported {shown} of 3,530 projects to"));
    let (header, rows) = read_csv(&csv_path, b',');
    assert_eq!(
        header[..columns.len()],
        columns,
        "the table's columns, in its order"
    );
    assert_eq!(
        header[columns.len()..],
        ["data_status"],
        "synthetic rows say so"
    );
    assert_eq!(rows.len(), shown);
    assert_eq!(rows[0][0], first_name, "the table's sort order");
    assert!(rows.iter().all(|r| r[2] == "Finance"));

    let tsv_path = dir.path().join("finance.tsv");
    export_via_tab(&mut harness, &dialogs, &tsv_path, "Projects as TSV…");
    assert_eq!(read_csv(&tsv_path, b'\t').1.len(), shown);

    let xlsx_path = dir.path().join("finance.xlsx");
    export_via_tab(&mut harness, &dialogs, &xlsx_path, "Projects as XLSX…");
    let mut workbook = calamine::open_workbook_auto(&xlsx_path).unwrap();
    let sheets = workbook.sheet_names();
    assert!(sheets.iter().any(|s| s == "About"), "{sheets:?}");
    let projects = workbook.worksheet_range(&sheets[0]).unwrap();
    assert_eq!(projects.height(), shown + 1);
    assert_eq!(
        projects.get((1, 0)),
        Some(&Data::String(first_name.clone()))
    );
    let contracted_column = columns
        .iter()
        .position(|c| c == "contracted_usd_m")
        .unwrap();
    assert!(
        matches!(projects.get((1, contracted_column)), Some(Data::Float(_))),
        "numbers as numbers"
    );
    let about = workbook.worksheet_range("About").unwrap();
    let about_text: Vec<String> = about
        .rows()
        .flat_map(|r| r.iter().map(|c| c.to_string()))
        .collect();
    assert!(
        about_text.iter().any(|t| t.contains("Sector: Finance")),
        "{about_text:?}"
    );
    assert!(
        about_text
            .iter()
            .any(|t| t.contains(&format!("{shown} of 3,530"))),
        "{about_text:?}"
    );
    assert!(
        about_text.iter().any(|t| t.contains("Synthetic")),
        "{about_text:?}"
    );

    let json_path = dir.path().join("finance.json");
    export_via_tab(&mut harness, &dialogs, &json_path, "Projects as JSON…");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json_path).unwrap()).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), shown);
    assert_eq!(json["meta"]["filters"], "Sector: Finance");
}

#[test]
fn the_breakdown_and_cross_tab_export_as_shown() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    harness.get_by_label("Breakdown").click();
    harness.run();
    let groups = harness.state().derived.groups.clone();

    let path = dir.path().join("by-sector.csv");
    export_via_tab(&mut harness, &dialogs, &path, "Totals by sector as CSV…");
    let (header, rows) = read_csv(&path, b',');
    assert_eq!(header[0], "Sector");
    assert_eq!(rows.len(), groups.len() + 1, "the groups and the Total row");
    assert_eq!(rows[0][0], groups[0].key);
    let contracted: f64 = rows[0][2].parse().unwrap();
    assert!((contracted - groups[0].summary.contracted_usd_m).abs() < 0.05);

    let path = dir.path().join("cross.xlsx");
    export_via_tab(&mut harness, &dialogs, &path, "Cross-tab as XLSX…");
    let mut workbook = calamine::open_workbook_auto(&path).unwrap();
    let first = workbook.sheet_names()[0].clone();
    let cross = workbook.worksheet_range(&first).unwrap();
    assert!(cross.height() > 10);
}

#[test]
fn a_formula_in_a_name_is_neutralised_and_a_failed_export_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let row = ProjectRow {
        id: "P1".into(),
        name: "=HYPERLINK(\"http://example.com\",\"click\")".into(),
        investor: "Acme".into(),
        origin: "Hong Kong SAR".into(),
        sector: "Finance".into(),
        sub_sector: "Banking".into(),
        district: "Yuzhong".into(),
        year: Some(2015),
        status: "Operating".into(),
        contracted_usd_m: 12.5,
        utilized_usd_m: 10.0,
        employees: 20.0,
        lat: 29.55,
        lon: 106.57,
        ..ProjectRow::default()
    };
    let dataset = Dataset::new(
        ProjectTable::from_rows(std::slice::from_ref(&row)),
        ReferenceData::embedded().unwrap(),
        DataSource::File("fixture.csv".into()),
    );
    let dialogs = Arc::new(StubDialogs::default());
    let app = app_on(dataset, platform(Arc::clone(&dialogs)));
    let mut harness = harness_for(app);

    let csv_path = dir.path().join("formula.csv");
    export_via_tab(&mut harness, &dialogs, &csv_path, "Projects as CSV…");
    let (_, rows) = read_csv(&csv_path, b',');
    assert_eq!(rows[0][0], format!("'{}", row.name));

    let xlsx_path = dir.path().join("formula.xlsx");
    export_via_tab(&mut harness, &dialogs, &xlsx_path, "Projects as XLSX…");
    let mut workbook = calamine::open_workbook_auto(&xlsx_path).unwrap();
    let first = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&first).unwrap();
    assert_eq!(
        range.get((1, 0)),
        Some(&Data::String(row.name.clone())),
        "a string cell, not a formula"
    );
    let formulas = workbook.worksheet_formula(&first).unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formulas at all"
    );

    // A folder that does not exist: the export fails, says so, and the app carries on.
    let missing = dir.path().join("no-such-folder").join("x.csv");
    export_via_tab(&mut harness, &dialogs, &missing, "Projects as CSV…");
    harness.get_by_label_contains("The export failed");
    assert!(!missing.exists());
}

#[test]
fn the_cli_xlsx_export_has_the_same_rows_as_the_gui() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    harness
        .get_by_role_and_label(Role::CheckBox, "Real estate")
        .click();
    harness.run();
    let gui_path = dir.path().join("gui.xlsx");
    export_via_tab(&mut harness, &dialogs, &gui_path, "Projects as XLSX…");

    // The CLI with the same filter and the GUI's view (its columns and sort) from a view file.
    let view_path = dir.path().join("view.ron");
    std::fs::write(&view_path, harness.state().state.view.to_ron().unwrap()).unwrap();
    let cli_path = dir.path().join("cli.xlsx");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .args([
            "export",
            "--view",
            view_path.to_str().unwrap(),
            "--out",
            cli_path.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let projects = |path: &Path| {
        let mut workbook = calamine::open_workbook_auto(path).unwrap();
        let first = workbook.sheet_names()[0].clone();
        let range = workbook.worksheet_range(&first).unwrap();
        range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    let gui = projects(&gui_path);
    let cli = projects(&cli_path);
    assert!(gui.len() > 100);
    assert_eq!(gui, cli);
}

#[test]
fn the_chart_and_the_map_export_as_slide_sized_pictures_with_a_caption() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    for (tab, item, file) in [
        ("Charts", "Chart as PNG…", "chart.png"),
        ("Map", "Map as PNG…", "map.png"),
    ] {
        harness.get_by_label(tab).click();
        harness.run();
        let path = dir.path().join(file);
        export_via_tab(&mut harness, &dialogs, &path, item);
        let image = image::open(&path).unwrap().to_rgba8();
        assert_eq!((image.width(), image.height()), (1920, 1080));
        // Not a blank page: the chart's bars or bubbles and the caption's text put many colours on it.
        let distinct: std::collections::BTreeSet<[u8; 4]> =
            image.pixels().map(|p| p.0).take(2_000_000).collect();
        assert!(distinct.len() > 50, "{} colours", distinct.len());
        harness.get_by_label_contains("Exported a 1920×1080 px picture of");
        if let Some(keep) = std::env::var_os("KEEP_SLIDE_PNG") {
            std::fs::copy(&path, std::path::Path::new(&keep).join(file)).unwrap();
        }
    }
}

#[test]
fn a_failing_write_leaves_the_old_file_byte_identical_and_says_why() {
    // A name longer than an Excel cell can hold (32,767 characters) makes the XLSX writer fail part-way.
    let row = ProjectRow {
        id: "P1".into(),
        name: "Tower ".repeat(6_000),
        sector: "Finance".into(),
        contracted_usd_m: 1.0,
        ..ProjectRow::default()
    };
    let dataset = Dataset::new(
        ProjectTable::from_rows(std::slice::from_ref(&row)),
        ReferenceData::embedded().unwrap(),
        DataSource::File("fixture.csv".into()),
    );
    let dialogs = Arc::new(StubDialogs::default());
    let app = app_on(dataset, platform(Arc::clone(&dialogs)));
    let mut harness = harness_for(app);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.xlsx");
    let old = b"the client's earlier workbook".to_vec();
    std::fs::write(&path, &old).unwrap();
    export_via_tab(&mut harness, &dialogs, &path, "Projects as XLSX…");

    harness.get_by_label_contains("The export failed");
    harness.get_by_label_contains("Any existing file was left as it was");
    harness.get_by_label_contains("row 1, column “Project”");
    assert_eq!(std::fs::read(&path).unwrap(), old);
    // No temporary file is left behind either.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("client.xlsx")]);
}

/// The export menu's item `item`: opens the tab's "Export this…" menu, reads whether the item is enabled, closes it.
fn export_item_enabled(harness: &mut Harness<'_, ExplorerApp>, item: &str) -> bool {
    harness.get_by_label("Export this…").click();
    harness.run_steps(2);
    let enabled = !harness.get_by_label(item).accesskit_node().is_disabled();
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert!(harness.query_by_label(item).is_none(), "the menu closed");
    enabled
}

#[test]
fn a_file_opened_during_an_export_leaves_export_disabled_until_the_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    // Background work waits until the test runs it, so the export is caught half-way.
    let spawner = Arc::new(HeldSpawner::default());
    let platform = Platform {
        spawner: Arc::clone(&spawner) as _,
        ..platform(Arc::clone(&dialogs))
    };
    let mut harness = harness_for(app_on(Dataset::embedded().unwrap(), platform));
    let out = dir.path().join("all.csv");
    *dialogs.save.lock().unwrap() = Some(out.clone());
    assert!(export_item_enabled(&mut harness, "Projects as CSV…"));

    harness.get_by_label("Export this…").click();
    harness.run_steps(2);
    harness.get_by_label("Projects as CSV…").click();
    harness.run_steps(2);
    spawner.run("file-dialog");
    harness.run_steps(2);
    assert_eq!(spawner.waiting(), ["export-writer"]);
    harness.get_by_label(&format!("Exporting to {}…", out.display()));
    assert!(!export_item_enabled(&mut harness, "Projects as CSV…"));

    // Meanwhile a file is dropped on the window, read and loaded: its tasks end, the export's does not.
    let embedded = include_str!("../../data/projects.csv");
    let small = dir.path().join("five.csv");
    let five: Vec<&str> = embedded.lines().take(6).collect();
    std::fs::write(&small, five.join("\n") + "\n").unwrap();
    drop_on_window(&mut harness, &small);
    spawner.run("file-inspector");
    harness.run_steps(2);
    spawner.run("dataset-loader");
    harness.run_steps(2);
    let opened = harness
        .get_by_label_contains("(5 projects).")
        .value()
        .unwrap();
    assert!(
        opened.starts_with("Opened ") && opened.contains("five.csv"),
        "{opened}"
    );
    assert!(!out.exists(), "the export has not run yet");
    assert!(
        !export_item_enabled(&mut harness, "Projects as CSV…"),
        "Export waits for the export that is still writing"
    );
    harness.get_by_label(&format!("Exporting to {}…", out.display()));

    // The export finishes: it wrote what was on screen when it started, and Export is back.
    spawner.run("export-writer");
    harness.run_steps(2);
    assert!(spawner.waiting().is_empty());
    harness.get_by_label_contains("Exported 3,530 of 3,530 projects to");
    assert_eq!(read_csv(&out, b',').1.len(), 3_530);
    assert!(export_item_enabled(&mut harness, "Projects as CSV…"));
    assert!(harness.state().is_idle());
}
