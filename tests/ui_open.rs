//! Opening the consultant's own files through the window: drop a file, check the mapping dialog, confirm, and see
//! the rows; the quality report; the plain-table banner; a bad file leaves the data as it was.
// Helpers outside #[test] functions may unwrap too: a test should fail loudly.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{StubDialogs, harness, harness_with, settle};
use egui_kittest::kittest::Queryable;
use invest_explorer::command::Command;
use invest_explorer::model::Field;
use invest_explorer::model::load::values::DecimalSeparator;
use invest_explorer::model::{Cell, ColumnId, ColumnKind};
use invest_explorer::state::Theme;

/// A file dropped on the window, as eframe hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

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

/// Opens the combo box labelled `combo`, picks `option` and waits for any re-reading of the file, until `done`
/// says the choice took effect: a click can land in a frame that egui discards while the layout settles (seen now
/// and then when the machine is busy), and a person would simply click again.
fn choose(
    harness: &mut egui_kittest::Harness<'_, invest_explorer::app::ExplorerApp>,
    combo: &str,
    option: &str,
    done: impl Fn(&invest_explorer::app::ExplorerApp) -> bool,
) {
    for _ in 0..3 {
        harness
            .get_by_role_and_label(egui::Role::ComboBox, combo)
            .click();
        for _ in 0..10 {
            harness.step();
            if let Some(item) = harness.query_by_role_and_label(egui::Role::Button, option) {
                item.click();
                settle(harness);
                break;
            }
        }
        if done(harness.state()) {
            return;
        }
    }
    panic!("picking {option:?} in the {combo} list had no effect");
}

/// The dialog's draft (panics when the dialog is closed).
fn draft(app: &invest_explorer::app::ExplorerApp) -> &invest_explorer::app::OpenDraft {
    app.open_draft.as_ref().expect("the mapping dialog is open")
}

/// Clicks the dialog's "Open" until the dialog closes (a click can land in a frame egui discards while the
/// window's layout settles), then waits for the load.
fn confirm_open(harness: &mut egui_kittest::Harness<'_, invest_explorer::app::ExplorerApp>) {
    for _ in 0..3 {
        harness.get_by_label("Open").click();
        harness.run_steps(2);
        if harness.state().open_draft.is_none() {
            break;
        }
    }
    settle(harness);
}

fn drop_file(
    harness: &mut egui_kittest::Harness<'_, invest_explorer::app::ExplorerApp>,
    path: &Path,
) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    harness.step();
    // eframe hands a drop over for one frame; the harness would repeat it on every frame.
    harness.input_mut().dropped_files.clear();
    settle(harness);
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
    assert!(harness.state().open_draft.is_some());

    // Correct the guess: the investor is named in the 备注 column, not in 外商.
    choose(&mut harness, "Investor", "备注", |app| {
        draft(app)
            .options
            .mapping
            .as_ref()
            .unwrap()
            .column_of(Field::Investor)
            == Some(5)
    });
    harness.run_steps(2);
    let mapping = harness
        .state()
        .open_draft
        .as_ref()
        .unwrap()
        .options
        .mapping
        .clone()
        .unwrap();
    assert_eq!(
        mapping.column_of(invest_explorer::model::Field::Investor),
        Some(5)
    );

    confirm_open(&mut harness);

    assert!(harness.state().open_draft.is_none());
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

    // The same header again: the dialog starts from the remembered mapping.
    drop_file(&mut harness, &path);
    let draft = harness.state().open_draft.as_ref().unwrap();
    assert_eq!(draft.options.mapping.as_ref(), Some(&remembered));
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(harness.state().open_draft.is_none());
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
fn a_file_that_changes_on_disk_is_offered_for_reload_with_the_same_view() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("own.csv");
    let embedded = include_str!("../data/projects.csv");
    let mut lines = embedded.lines();
    let header = lines.next().unwrap();
    let first_ten: Vec<&str> = lines.take(10).collect();
    std::fs::write(&path, format!("{header}\n{}\n", first_ten[..5].join("\n"))).unwrap();
    let mut harness = harness();
    drop_file(&mut harness, &path);
    // The app's own format needs no dialog.
    assert!(harness.state().open_draft.is_none());
    assert_eq!(harness.state().dataset.projects.len(), 5);

    std::fs::write(&path, format!("{header}\n{}\n", first_ten.join("\n"))).unwrap();
    // Pretend the watch interval has passed by stepping until the banner shows.
    for _ in 0..300 {
        if harness.state().watch.as_ref().is_some_and(|w| w.changed) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run_steps(2);
    harness.get_by_label("The open file changed on disk.");
    harness.get_by_label("Reload").click();
    settle(&mut harness);
    assert_eq!(harness.state().dataset.projects.len(), 10);
}

#[test]
fn a_big_load_shows_its_progress_and_can_be_cancelled_keeping_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let embedded = include_str!("../data/projects.csv");
    let (header, body) = embedded.split_once('\n').unwrap();
    let mut text = format!("{header}\n");
    for _ in 0..60 {
        text.push_str(body);
    }
    std::fs::write(&path, text).unwrap();

    let mut harness = harness();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.clone())));
    harness.step();
    harness.input_mut().dropped_files.clear();
    // Step until the load (after the quick inspection) is under way.
    for _ in 0..500 {
        if harness.state().loading.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    harness.step();
    harness.get_by_label_contains("Loading big.csv:");
    harness.get_by_label("Cancel loading").click();
    settle(&mut harness);
    harness.get_by_label_contains("Stopped loading");
    assert!(harness.state().loading.is_none());
    assert_eq!(harness.state().dataset.projects.len(), 3_530);
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
        harness.state_mut().show_quality = true;
        render_window(harness.state_mut(), &name("quality"));
        harness.state_mut().show_quality = false;
        drop_file(&mut harness, &plain);
        confirm_open(&mut harness);
        render_window(harness.state_mut(), &name("plain"));
    }
}

fn render_window(app: &mut invest_explorer::app::ExplorerApp, path: &Path) {
    let theme = app.state.theme;
    let image = invest_explorer::ui::offscreen::render_offscreen(
        egui::vec2(1440.0, 900.0),
        1.0,
        egui::Color32::GRAY,
        |ctx| {
            invest_explorer::ui::fonts::install_fonts(ctx, invest_explorer::i18n::Lang::En);
            ctx.set_theme(match theme {
                Theme::Light => egui::Theme::Light,
                Theme::Dark => egui::Theme::Dark,
            });
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
    // The sheet picker reads the file again on the other sheet.
    choose(&mut harness, "Sheet", "2023", |app| {
        draft(app).detected.sheet == 1
    });
    settle(&mut harness);
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

    // Read as commas instead: one column, and the dialog says so.
    choose(&mut harness, "Delimiter", "Comma", |app| {
        draft(app).detected.dialect.unwrap().delimiter == b','
    });
    settle(&mut harness);
    harness.get_by_label_contains("comma-separated");
    assert_eq!(
        harness
            .state()
            .open_draft
            .as_ref()
            .unwrap()
            .detected
            .dialect
            .unwrap()
            .delimiter,
        b','
    );

    // And back to semicolons, with decimal points this time: the decimal-comma values become unreadable.
    choose(&mut harness, "Delimiter", "Semicolon", |app| {
        draft(app).detected.dialect.unwrap().delimiter == b';'
    });
    settle(&mut harness);
    choose(&mut harness, "Decimals", "1,234.5", |app| {
        draft(app).detected.dialect.unwrap().decimal == DecimalSeparator::Point
    });
    settle(&mut harness);
    harness.get_by_label_contains("semicolon-separated · LF");
    confirm_open(&mut harness);
    assert!(!harness.state().dataset.quality.is_clean());
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
    let mut next = common::harness();
    next.state_mut()
        .commands
        .push(Command::ReopenFile(path.clone(), options.clone()));
    settle(&mut next);
    assert!(next.state().open_draft.is_none());
    assert_eq!(next.state().dataset.projects.len(), 3);

    // A file that is gone: say so, keep the embedded data, and do not try again next time.
    let mut gone = common::harness();
    gone.state_mut().state.last_file = Some(dir.path().join("gone.csv"));
    gone.state_mut()
        .commands
        .push(Command::ReopenFile(dir.path().join("gone.csv"), options));
    settle(&mut gone);
    gone.get_by_label_contains("Could not reopen the last file");
    assert_eq!(gone.state().dataset.projects.len(), 3_530);
    assert_eq!(gone.state().state.last_file, None);
}
