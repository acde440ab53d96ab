//! Opening the consultant's own files through the window: drop a file, check the mapping dialog, confirm, and see
//! the rows; the quality report; the plain-table banner; a bad file leaves the data as it was.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::common::{
    HeldSpawner, StubDialogs, TestClock, app_on, drop_on_window, harness, harness_for,
    harness_with, platform, run_until_still, settle,
};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use invest_explorer::app::ExplorerApp;
use invest_explorer::command::Command;
use invest_explorer::model::load::values::DecimalSeparator;
use invest_explorer::model::{Cell, ColumnId, ColumnKind, Dataset};
use invest_explorer::platform::Platform;
use invest_explorer::state::Theme;

/// A GBK file with a title line, Chinese headers, 万美元 amounts and values typed the way people type them.
fn write_gbk_file(dir: &Path) -> PathBuf {
    let text = "2023年重庆港资项目表,,,,,\n\
                项目名称,外商,所在区县,签约年份,合同外资（万美元）,备注\n\
                来福士广场,凯德,渝中区,2012年6月,\"320,000\",地标\n\
                北区仓库,某物流,北碚区,2015-06-30,N/A,\n\
                Test Co,Foo,Atlantis,2016,12x,z\n";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    let path = dir.join("港资项目.csv");
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Opens the combo box labelled `combo`, picks `option`, and waits for the file to be read again if that is
/// what the choice does.
fn choose(harness: &mut Harness<'_, ExplorerApp>, combo: &str, option: &str) {
    harness
        .get_by_role_and_label(egui::Role::ComboBox, combo)
        .click();
    run_until_still(harness);
    harness
        .get_by_role_and_label(egui::Role::Button, option)
        .click();
    settle(harness);
}

/// What the combo box labelled `combo` shows.
fn shown_in(harness: &Harness<'_, ExplorerApp>, combo: &str) -> String {
    harness
        .get_by_role_and_label(egui::Role::ComboBox, combo)
        .value()
        .unwrap_or_default()
}

/// Clicks the mapping dialog's "Open" and waits for the load.
fn confirm_open(harness: &mut Harness<'_, ExplorerApp>) {
    harness.get_by_label("Open").click();
    settle(harness);
}

/// Drops `path` on the window and waits until it is read (and loaded, for the app's own files).
fn drop_file(harness: &mut Harness<'_, ExplorerApp>, path: &Path) {
    drop_on_window(harness, path);
    settle(harness);
}

/// The mapping dialog is open on the GBK file.
fn dialog_open(harness: &Harness<'_, ExplorerApp>) -> bool {
    harness.query_by_label("Open 港资项目.csv").is_some()
}

#[test]
fn a_dropped_file_opens_the_mapping_dialog_and_confirming_shows_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_gbk_file(dir.path());
    let mut harness = harness();
    drop_file(&mut harness, &path);

    // The dialog says how the file was read, and shows the guessed mapping and a preview.
    harness.get_by_label("Open 港资项目.csv");
    harness.get_by_label_contains(
        "GB18030 (GBK) · comma-separated · LF · header on line 2 · 6 columns",
    );
    harness.get_by_label("来福士广场");
    assert!(dialog_open(&harness));
    assert_eq!(shown_in(&harness, "Investor"), "外商");

    // Correct the guess: the investor is named in the 备注 column, not in 外商.
    choose(&mut harness, "Investor", "备注");
    assert_eq!(shown_in(&harness, "Investor"), "备注");

    confirm_open(&mut harness);

    assert!(!dialog_open(&harness));
    assert_eq!(harness.state().dataset.projects.len(), 3);
    harness.get_by_label_contains("3 of 3 projects · USD 3.2 bn contracted");
    // 320,000 万美元 is USD 3.2 bn; the table shows the Chinese names; 外商 stayed as an extra column.
    harness.get_by_label("来福士广场");
    assert_eq!(harness.state().dataset.projects.investor.get(0), "地标");
    let extras: Vec<&str> = harness
        .state()
        .dataset
        .projects
        .extra
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(extras, ["外商"]);
    harness.get_by_label("Contracted: USD 3.2 bn");
    // The quality report is one click away: the unreadable "12x" and the unknown district are named.
    harness.get_by_label_contains("Data quality: 3 rows read");
    harness.get_by_label("Data quality…").click();
    harness.run_steps(3);
    harness.get_by_label_contains("first at line 5: \"12x\"");
    harness.get_by_label_contains("unknown district \"Atlantis\" in 1 row (kept as written)");
}

#[test]
fn the_confirmed_mapping_is_remembered_for_a_file_with_the_same_header() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_gbk_file(dir.path());
    let mut harness = harness();
    drop_file(&mut harness, &path);
    choose(&mut harness, "Investor", "备注");
    confirm_open(&mut harness);
    let remembered = harness
        .state()
        .state
        .mappings
        .values()
        .next()
        .cloned()
        .unwrap();
    assert_eq!(
        remembered.column_of(invest_explorer::model::Field::Name),
        Some(0)
    );
    assert_eq!(
        remembered.column_of(invest_explorer::model::Field::Investor),
        Some(5)
    );

    // The same header again: the dialog starts from the remembered mapping, not from the guess.
    drop_file(&mut harness, &path);
    assert!(dialog_open(&harness));
    assert_eq!(shown_in(&harness, "Project"), "项目名称");
    assert_eq!(shown_in(&harness, "Investor"), "备注");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!dialog_open(&harness));
    assert_eq!(harness.state().dataset.projects.len(), 3);
}

#[test]
fn a_file_without_project_columns_opens_as_a_typed_plain_table_with_facets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regions.csv");
    std::fs::write(
        &path,
        "Region,Grade,Population,Surveyed\n\
         Yuzhong,A,\"588,000\",2021-03-01\n\
         Jiangbei,B,926000,2021-04-15\n\
         Nan'an,A,N/A,2021-05-20\n\
         Yubei,B,1720000,2021-06-30\n",
    )
    .unwrap();
    let mut harness = harness();
    drop_file(&mut harness, &path);
    harness.get_by_label_contains("the file will open as a plain table");
    confirm_open(&mut harness);
    harness.get_by_label_contains("Plain table: no column is mapped to Project or Contracted");

    let table = &harness.state().dataset.projects;
    assert_eq!(table.len(), 4);
    let names: Vec<&str> = table.extra.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Region", "Grade", "Population", "Surveyed"]);
    let kinds: Vec<ColumnKind> = (0..4)
        .map(|i| table.column_kind(ColumnId::Extra(i)))
        .collect();
    assert_eq!(
        kinds,
        [
            ColumnKind::Text,
            ColumnKind::Category,
            ColumnKind::Number,
            ColumnKind::Date
        ]
    );
    // Numbers are numbers ("588,000" read as 588000; N/A missing), shown with separators in the table.
    assert_eq!(table.cell(ColumnId::Extra(2), 0), Cell::Number(588_000.0));
    assert_eq!(table.cell(ColumnId::Extra(2), 2), Cell::Missing);
    harness.get_by_label("Yuzhong");

    // The low-cardinality column is a facet with live counts: ticking "A" keeps two rows.
    harness
        .get_by_role_and_label(egui::Role::CheckBox, "A")
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().derived.selection.len(), 2);
    harness.get_by_label("2 of 4 rows");
    harness.get_by_label_contains("Grade: A");
}

#[test]
fn an_unreadable_file_says_where_and_keeps_the_data_that_was_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.csv");
    let mut bytes = b"\xEF\xBB\xBFname,contracted\nA,1\n".to_vec();
    bytes.extend_from_slice(b"B\xff,2\n");
    std::fs::write(&path, bytes).unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    *dialogs.open.lock().unwrap() = Some(path.clone());
    let mut harness = harness_with(dialogs);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open…").click();
    settle(&mut harness);
    harness.get_by_label_contains("broken.csv, line 3, column 2: the text is not valid UTF-8");
    harness.get_by_label_contains("The previous data is still loaded");
    assert_eq!(harness.state().dataset.projects.len(), 3_530);
}

#[test]
fn open_loads_what_the_dialog_read_without_reading_the_file_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_gbk_file(dir.path());
    let mut harness = harness();
    drop_file(&mut harness, &path);
    assert!(dialog_open(&harness));
    // Gone from the disk while the dialog is open: what the dialog shows is what loads.
    std::fs::remove_file(&path).unwrap();
    confirm_open(&mut harness);
    assert!(!dialog_open(&harness));
    assert_eq!(harness.state().dataset.projects.len(), 3);
    harness.get_by_label("来福士广场");
    harness.get_by_label_contains("Data quality: 3 rows read");
}

#[test]
fn a_file_that_fails_while_loading_says_where_and_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    // A header the app does not know (so the dialog shows), then no row with all its fields.
    let path = dir.path().join("短行.csv");
    std::fs::write(&path, "项目名称,所在区县,合同外资\n甲,渝中区\n乙,江北区\n").unwrap();
    let mut harness = harness();
    drop_file(&mut harness, &path);
    harness.get_by_label("Open 短行.csv");
    confirm_open(&mut harness);
    harness.get_by_label_contains("短行.csv, line 2: expected 3 fields like the header, found 2");
    harness.get_by_label_contains("The previous data is still loaded");
    assert_eq!(harness.state().dataset.projects.len(), 3_530);
}

#[test]
fn a_file_that_changes_on_disk_is_offered_for_reload_with_the_same_view() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("own.csv");
    let embedded = include_str!("../../data/projects.csv");
    let mut lines = embedded.lines();
    let header = lines.next().unwrap();
    let first_ten: Vec<&str> = lines.take(10).collect();
    std::fs::write(&path, format!("{header}\n{}\n", first_ten[..5].join("\n"))).unwrap();
    let clock = Arc::new(TestClock::default());
    let platform = Platform {
        clock: Arc::clone(&clock) as _,
        ..platform(Arc::new(StubDialogs::default()))
    };
    let mut harness = harness_for(app_on(Dataset::embedded().unwrap(), platform));
    drop_file(&mut harness, &path);
    // The app's own format needs no dialog.
    assert!(harness.query_by_label_contains("Open own.csv").is_none());
    assert_eq!(harness.state().dataset.projects.len(), 5);
    harness.get_by_label_contains("5 of 5 projects");

    std::fs::write(&path, format!("{header}\n{}\n", first_ten.join("\n"))).unwrap();
    // A new modification time however coarse the file system's clock is.
    let later = std::time::SystemTime::now() + Duration::from_secs(10);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(later)
        .unwrap();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label("The open file changed on disk.")
            .is_none(),
        "not checked again before the watch interval"
    );
    clock.advance(Duration::from_secs(3));
    harness.run_steps(2);
    harness.get_by_label("The open file changed on disk.");
    harness.get_by_label("Reload").click();
    settle(&mut harness);
    assert_eq!(harness.state().dataset.projects.len(), 10);
    harness.get_by_label_contains("10 of 10 projects");
    assert!(
        harness
            .query_by_label("The open file changed on disk.")
            .is_none()
    );
}

#[test]
fn a_big_load_shows_its_progress_and_can_be_cancelled_keeping_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let embedded = include_str!("../../data/projects.csv");
    let (header, body) = embedded.split_once('\n').unwrap();
    let mut text = format!("{header}\n");
    for _ in 0..60 {
        text.push_str(body);
    }
    std::fs::write(&path, text).unwrap();

    // Background work waits until the test runs it, so the load is seen under way.
    let spawner = Arc::new(HeldSpawner::default());
    let platform = Platform {
        spawner: Arc::clone(&spawner) as _,
        ..platform(Arc::new(StubDialogs::default()))
    };
    let mut harness = harness_for(app_on(Dataset::embedded().unwrap(), platform));
    drop_on_window(&mut harness, &path);
    spawner.run("file-inspector");
    harness.run_steps(2);
    assert_eq!(spawner.waiting(), ["dataset-loader"]);
    harness.get_by_label_contains("Loading big.csv:");
    harness.get_by_label("Cancel loading").click();
    harness.run_steps(2);
    // The loader sees the cancel as soon as it runs.
    spawner.run("dataset-loader");
    harness.run_steps(2);
    harness.get_by_label_contains("Stopped loading");
    assert!(harness.query_by_label("Cancel loading").is_none());
    assert!(
        harness
            .query_by_label_contains("Loading big.csv:")
            .is_none()
    );
    assert!(harness.state().is_idle());
    assert_eq!(harness.state().dataset.projects.len(), 3_530);
    harness.get_by_label_contains("3,530 of 3,530 projects");
}

/// For eyes, not for CI: `SCREENS=/tmp/screens cargo test --test ui_open -- --ignored` renders the window at each
/// step of opening files (the dialog, the loaded file, the quality report, a plain table) in both themes.
#[test]
#[ignore = "writes PNGs for a person to look at"]
fn renders_the_window_while_opening_files_for_eyes() {
    let out = PathBuf::from(std::env::var_os("SCREENS").expect("set SCREENS to a folder"));
    std::fs::create_dir_all(&out).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let gbk = write_gbk_file(dir.path());
    let plain = dir.path().join("regions.csv");
    std::fs::write(
        &plain,
        "Region,Grade,Population,Surveyed\nYuzhong,A,\"588,000\",2021-03-01\nJiangbei,B,926000,2021-04-15\nNan'an,A,N/A,2021-05-20\nYubei,B,1720000,2021-06-30\n",
    )
    .unwrap();
    for theme in [Theme::Light, Theme::Dark] {
        let mut harness = harness();
        harness.state_mut().state.theme = theme;
        let name = |step: &str| out.join(format!("{step}-{theme:?}.png").to_lowercase());
        drop_file(&mut harness, &gbk);
        render_window(harness.state_mut(), &name("dialog"));
        confirm_open(&mut harness);
        render_window(harness.state_mut(), &name("loaded"));
        harness.state_mut().ui.show_quality = true;
        render_window(harness.state_mut(), &name("quality"));
        harness.state_mut().ui.show_quality = false;
        drop_file(&mut harness, &plain);
        confirm_open(&mut harness);
        render_window(harness.state_mut(), &name("plain"));
    }
}

fn render_window(app: &mut ExplorerApp, path: &Path) {
    let theme = app.state.theme;
    let image = invest_explorer::ui::offscreen::render_offscreen(
        egui::vec2(1440.0, 900.0),
        1.0,
        egui::Color32::GRAY,
        |ctx| {
            invest_explorer::ui::fonts::install_fonts(ctx, invest_explorer::i18n::Lang::En);
            invest_explorer::ui::theme::apply_theme(ctx, theme);
        },
        |ui| {
            app.update_state(ui.ctx());
            app.show(ui);
        },
    );
    image::RgbaImage::from_raw(image.width, image.height, image.rgba)
        .unwrap()
        .save(path)
        .unwrap();
}

#[test]
fn a_workbook_opens_on_its_first_sheet_and_another_sheet_can_be_picked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("projects.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for (sheet, rows) in [
        ("2022", [("Harbour Tower", 12.5), ("Riverside Mall", 30.0)]),
        ("2023", [("Cloud Park", 7.0), ("Logistics Hub", 4.5)]),
    ] {
        let sheet_ = workbook.add_worksheet();
        sheet_.set_name(sheet).unwrap();
        sheet_.write(0, 0, "Project name").unwrap();
        sheet_.write(0, 1, "Contracted (USD m)").unwrap();
        for (i, (name, amount)) in rows.iter().enumerate() {
            sheet_.write(i as u32 + 1, 0, *name).unwrap();
            sheet_.write(i as u32 + 1, 1, *amount).unwrap();
        }
    }
    workbook.save(&path).unwrap();

    let mut harness = harness();
    drop_file(&mut harness, &path);
    harness.get_by_label_contains("sheet \"2022\"");
    harness.get_by_label("Harbour Tower");
    assert_eq!(shown_in(&harness, "Sheet"), "2022");
    // The sheet picker reads the file again on the other sheet.
    choose(&mut harness, "Sheet", "2023");
    assert_eq!(shown_in(&harness, "Sheet"), "2023");
    harness.get_by_label_contains("sheet \"2023\"");
    harness.get_by_label("Cloud Park");
    confirm_open(&mut harness);
    let table = &harness.state().dataset.projects;
    assert_eq!(table.len(), 2);
    assert_eq!(table.name.get(0), "Cloud Park");
    assert_eq!(table.contracted_usd_m, [7.0, 4.5]);
}

#[test]
fn the_detected_delimiter_and_decimals_are_shown_and_can_be_overridden() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/open/semicolon_decimal_comma.csv");
    let mut harness = harness();
    drop_file(&mut harness, &path);
    harness.get_by_label_contains("semicolon-separated · decimal comma");

    assert_eq!(shown_in(&harness, "Delimiter"), "Semicolon");
    assert_eq!(shown_in(&harness, "Decimals"), "1.234,5");

    // Read as commas instead: one column, and the dialog says so.
    choose(&mut harness, "Delimiter", "Comma");
    harness.get_by_label_contains("comma-separated");
    assert_eq!(shown_in(&harness, "Delimiter"), "Comma");

    // And back to semicolons, with decimal points this time: the decimal-comma values become unreadable.
    choose(&mut harness, "Delimiter", "Semicolon");
    assert_eq!(shown_in(&harness, "Delimiter"), "Semicolon");
    choose(&mut harness, "Decimals", "1,234.5");
    assert_eq!(shown_in(&harness, "Decimals"), "1,234.5");
    harness.get_by_label_contains("semicolon-separated · LF");
    confirm_open(&mut harness);
    assert!(!harness.state().dataset.quality.is_clean());
    assert_eq!(
        harness
            .state()
            .dataset
            .detected
            .as_ref()
            .unwrap()
            .dialect
            .unwrap()
            .decimal,
        DecimalSeparator::Point
    );
}

#[test]
fn the_last_sessions_file_reopens_in_the_background_and_a_missing_one_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_gbk_file(dir.path());
    let mut harness = harness();
    drop_file(&mut harness, &path);
    confirm_open(&mut harness);
    let options = harness.state().state.last_file_options.clone().unwrap();
    assert_eq!(
        harness.state().state.last_file.as_deref(),
        Some(path.as_path())
    );

    // As at the next start: the embedded data first, then the file the way it was read, with no dialog.
    let mut next = crate::common::harness();
    next.state_mut()
        .commands
        .push(Command::ReopenFile(path.clone(), options.clone()));
    settle(&mut next);
    assert!(!dialog_open(&next), "no mapping dialog");
    assert_eq!(next.state().dataset.projects.len(), 3);
    next.get_by_label_contains("3 of 3 projects");

    // A file that is gone: say so, keep the embedded data, and do not try again next time.
    let mut gone = crate::common::harness();
    gone.state_mut().state.last_file = Some(dir.path().join("gone.csv"));
    gone.state_mut()
        .commands
        .push(Command::ReopenFile(dir.path().join("gone.csv"), options));
    settle(&mut gone);
    gone.get_by_label_contains("Could not reopen the last file");
    assert_eq!(gone.state().dataset.projects.len(), 3_530);
    assert_eq!(gone.state().state.last_file, None);
}

#[test]
fn undo_and_redo_step_through_mapping_edits_in_the_dialog_and_leave_the_view_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_gbk_file(dir.path());
    let mut harness = harness();
    harness
        .get_by_role_and_label(egui::Role::CheckBox, "Finance")
        .click();
    harness.run();
    let finance = crate::common::shown_count(&harness);
    assert!(finance < 3_530);

    drop_file(&mut harness, &path);
    let undo_enabled = |harness: &Harness<'_, ExplorerApp>| {
        !harness
            .get_by_role_and_label(egui::Role::Button, "Undo")
            .accesskit_node()
            .is_disabled()
    };
    assert!(!undo_enabled(&harness), "no mapping edit to undo yet");
    choose(&mut harness, "Investor", "备注");
    choose(&mut harness, "District", "— not in the file —");
    assert_eq!(shown_in(&harness, "District"), "— not in the file —");
    assert!(undo_enabled(&harness));

    // Ctrl+Z in the dialog takes back the mapping edits, last first.
    let undo = |harness: &mut Harness<'_, ExplorerApp>| {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    };
    undo(&mut harness);
    assert_eq!(shown_in(&harness, "District"), "所在区县");
    assert_eq!(shown_in(&harness, "Investor"), "备注");
    undo(&mut harness);
    assert_eq!(shown_in(&harness, "Investor"), "外商");
    assert!(!undo_enabled(&harness));
    // Nothing more to undo in the dialog: the view's filter is not touched from here.
    undo(&mut harness);
    assert!(dialog_open(&harness));
    assert_eq!(shown_in(&harness, "Investor"), "外商");

    // The dialog's Redo goes forward again; the next load uses what is shown.
    harness
        .get_by_role_and_label(egui::Role::Button, "Redo")
        .click();
    harness.run();
    assert_eq!(shown_in(&harness, "Investor"), "备注");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!dialog_open(&harness));

    // Back in the window, Undo is the view's again: the Finance tick comes off.
    assert_eq!(crate::common::shown_count(&harness), finance);
    undo(&mut harness);
    assert_eq!(crate::common::shown_count(&harness), 3_530);
}

#[test]
fn a_file_too_large_to_hold_opens_from_its_start_and_loads_every_row() {
    // Over the 16 MiB from which a UTF-8 file is streamed: the dialog shows its start, the load reads the rest.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("大表.csv");
    let note = "备注".repeat(120);
    let mut text =
        String::from("2023年重庆港资项目表\n项目名称,所在区县,签约年份,合同外资（万美元）,备注\n");
    let rows = 24_000;
    for i in 0..rows {
        text.push_str(&format!(
            "项目{i},渝中区,{},\"1,{:03}\",{note}\n",
            2000 + i % 24,
            i % 1000
        ));
    }
    assert!(text.len() > 16 << 20);
    std::fs::write(&path, &text).unwrap();
    let mut harness = harness();
    drop_file(&mut harness, &path);
    harness.get_by_label("Open 大表.csv");
    confirm_open(&mut harness);
    harness.get_by_label_contains(&format!("{} of {} projects", "24,000", "24,000"));
    let projects = &harness.state().dataset.projects;
    assert_eq!(projects.len(), rows);
    assert_eq!(projects.name.get(rows - 1), format!("项目{}", rows - 1));
    // 1,999 万美元 on the last row: read from the end of the file, in USD m.
    assert!((projects.contracted_usd_m[rows - 1] - 19.99).abs() < 1e-9);
}
