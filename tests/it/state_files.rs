//! The persisted state and the view files, as an unlucky user leaves them: one bad field, a bad saved view or
//! mapping, a truncated `app.ron`, a file that killed the app while it was being reopened, a view with 100,000
//! sort keys or columns, a view saved by Notepad with a byte-order mark. Nothing the user saved is lost: what
//! cannot be read is kept beside the state and named in a notice. Every fixture is made here.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use egui_kittest::kittest::Queryable as _;
use invest_explorer::app::{LaunchOptions, start_app};
use invest_explorer::i18n::Lang;
use invest_explorer::model::load::mapping::Mapping;
use invest_explorer::query::view::{MAX_COLUMNS, MAX_SORT_KEYS};
use invest_explorer::query::{SortKey, Tab, View};
use invest_explorer::state::{AppState, StateFiles, StateProblem, Theme};

use crate::common::{StubDialogs, harness_for, platform, settle};

/// A state worth losing: three saved views, two mappings, a theme and a last file.
fn saved_state() -> AppState {
    let view = |name: &str, tab: Tab| View {
        name: name.into(),
        tab,
        ..View::default()
    };
    AppState {
        theme: Theme::Dark,
        last_file: Some("/data/clients/projects.csv".into()),
        saved_views: vec![
            view("Alpha", Tab::Table),
            view("Bravo", Tab::Map),
            view("Charlie", Tab::Charts),
        ],
        mappings: [
            ("one".to_owned(), Mapping::default()),
            ("two".to_owned(), Mapping::default()),
        ]
        .into(),
        ..AppState::default()
    }
}

/// `app` as eframe stores it in `app.ron`: a map of RON strings, the app's under the key `app`.
fn eframe_file(app: &str) -> String {
    let map = HashMap::from([("app".to_owned(), app.to_owned())]);
    ron::to_string(&map).unwrap()
}

/// `state` as RON, with `edit` applied to the text.
fn edited(state: &AppState, edit: impl Fn(String) -> String) -> String {
    let text = ron::to_string(state).unwrap();
    let changed = edit(text.clone());
    assert_ne!(changed, text, "the edit must change the state");
    changed
}

fn write_state(dir: &Path, app: &str) -> Vec<u8> {
    let bytes = eframe_file(app).into_bytes();
    std::fs::write(dir.join("app.ron"), &bytes).unwrap();
    bytes
}

fn view_names(state: &AppState) -> Vec<&str> {
    state.saved_views.iter().map(|v| v.name.as_str()).collect()
}

#[test]
fn a_good_state_reads_back_whole_with_no_notice() {
    let dir = tempfile::tempdir().unwrap();
    write_state(dir.path(), &ron::to_string(&saved_state()).unwrap());
    let loaded = StateFiles::in_dir(dir.path()).load("app");
    assert_eq!(loaded.state, saved_state());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert!(!dir.path().join("app.ron.bad").exists());

    let missing = tempfile::tempdir().unwrap();
    let first_start = StateFiles::in_dir(missing.path()).load("app");
    assert_eq!(first_start.state, AppState::default());
    assert!(first_start.problems.is_empty());
}

#[test]
fn one_bad_saved_view_costs_only_that_view_and_the_original_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    // A view from a newer version: a tab this one does not know.
    let app = edited(&saved_state(), |text| {
        text.replace("tab:Map", "tab:Presentation")
    });
    let original = write_state(dir.path(), &app);
    let loaded = StateFiles::in_dir(dir.path()).load("app");
    assert_eq!(view_names(&loaded.state), ["Alpha", "Charlie"]);
    assert_eq!(loaded.state.mappings.len(), 2);
    assert_eq!(loaded.state.theme, Theme::Dark);
    assert_eq!(loaded.state.last_file, saved_state().last_file);
    let kept = dir.path().join("app.ron.bad");
    assert_eq!(
        loaded.problems,
        [StateProblem::Skipped {
            views: 1,
            mappings: 0,
            settings: Vec::new(),
            kept: Some(kept.clone()),
        }]
    );
    assert_eq!(std::fs::read(&kept).unwrap(), original);
    let notice = loaded.problems[0].message(Lang::En);
    assert!(
        notice.contains("left out: one saved view."),
        "only what was left out: {notice}"
    );
    assert!(notice.contains("app.ron.bad"), "{notice}");
}

#[test]
fn a_bad_mapping_or_setting_falls_back_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = ron::to_string(&Mapping::default()).unwrap();
    let app = edited(&saved_state(), |text| {
        text.replace("theme:Dark", "theme:Purple")
            .replace(&format!("\"two\":{mapping}"), "\"two\":42")
    });
    write_state(dir.path(), &app);
    let loaded = StateFiles::in_dir(dir.path()).load("app");
    assert_eq!(
        loaded.state.theme,
        Theme::Light,
        "the bad setting takes its default"
    );
    assert_eq!(
        loaded.state.mappings.keys().collect::<Vec<_>>(),
        ["one"],
        "the good mapping stays"
    );
    assert_eq!(view_names(&loaded.state), ["Alpha", "Bravo", "Charlie"]);
    let [
        StateProblem::Skipped {
            views: 0,
            mappings: 1,
            settings,
            kept: Some(_),
        },
    ] = loaded.problems.as_slice()
    else {
        panic!("{:?}", loaded.problems);
    };
    assert_eq!(settings, &["theme"]);
    let notice = loaded.problems[0].message(Lang::ZhHans);
    assert!(notice.contains("列映射 1 个、其他设置 1 项"), "{notice}");
}

#[test]
fn a_truncated_state_file_is_kept_beside_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let whole = eframe_file(&ron::to_string(&saved_state()).unwrap());
    let cut = &whole.as_bytes()[..whole.len() / 2];
    std::fs::write(dir.path().join("app.ron"), cut).unwrap();
    let files = StateFiles::in_dir(dir.path());
    let loaded = files.load("app");
    assert_eq!(loaded.state, AppState::default());
    let kept = dir.path().join("app.ron.bad");
    let [
        StateProblem::Unreadable {
            kept: Some(path), ..
        },
    ] = loaded.problems.as_slice()
    else {
        panic!("{:?}", loaded.problems);
    };
    assert_eq!(path, &kept);
    assert_eq!(std::fs::read(&kept).unwrap(), cut);

    // The next start finds another bad file (the defaults were saved, then cut off again): the first copy stays.
    let second = b"{\"app\": \"(theme:".to_vec();
    std::fs::write(dir.path().join("app.ron"), &second).unwrap();
    let again = files.load("app");
    let [
        StateProblem::Unreadable {
            kept: Some(path), ..
        },
    ] = again.problems.as_slice()
    else {
        panic!("{:?}", again.problems);
    };
    assert_eq!(path, &dir.path().join("app.ron.bad.2"));
    assert_eq!(std::fs::read(&kept).unwrap(), cut);
    assert_eq!(std::fs::read(path).unwrap(), second);
}

#[test]
fn a_truncated_app_string_inside_a_good_file_is_kept_too() {
    let dir = tempfile::tempdir().unwrap();
    let app = ron::to_string(&saved_state()).unwrap();
    let original = write_state(dir.path(), &app[..app.len() / 3]);
    let loaded = StateFiles::in_dir(dir.path()).load("app");
    assert_eq!(loaded.state, AppState::default());
    assert!(matches!(
        loaded.problems.as_slice(),
        [StateProblem::Unreadable { kept: Some(_), .. }]
    ));
    assert_eq!(
        std::fs::read(dir.path().join("app.ron.bad")).unwrap(),
        original
    );
}

/// A small file in the app's own columns, and the app set to reopen it at start.
fn reopening(dir: &Path) -> (LaunchOptions, invest_explorer::state::LoadedState) {
    let file = dir.join("clients.csv");
    std::fs::write(
        &file,
        "name,contracted_usd_m\nHarbour Tower,12.5\nJade Park,3\n",
    )
    .unwrap();
    let state = AppState {
        last_file: Some(file),
        ..AppState::default()
    };
    let loaded = invest_explorer::state::LoadedState {
        state,
        problems: Vec::new(),
    };
    (LaunchOptions::default(), loaded)
}

#[test]
fn the_last_file_reopens_under_a_marker_that_goes_when_it_is_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let files = StateFiles::in_dir(dir.path());
    let (launch, loaded) = reopening(dir.path());
    let app = start_app(
        launch,
        loaded,
        Some(&files),
        platform(Arc::new(StubDialogs::default())),
    )
    .unwrap();
    assert!(
        files.reopen_marker().exists(),
        "marked before the reopen starts"
    );
    let mut harness = harness_for(app);
    settle(&mut harness);
    assert!(harness.query_by_label_contains("of 2 projects").is_some());
    assert!(
        !files.reopen_marker().exists(),
        "the reopen ended: no marker"
    );
}

#[test]
fn a_file_that_killed_the_app_while_reopening_is_not_reopened_and_the_notice_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let files = StateFiles::in_dir(dir.path());
    let (launch, loaded) = reopening(dir.path());
    let last = loaded.state.last_file.clone().unwrap();
    // What a process killed mid-reopen (an allocation abort) leaves behind.
    std::fs::write(files.reopen_marker(), last.display().to_string()).unwrap();
    let app = start_app(
        launch,
        loaded,
        Some(&files),
        platform(Arc::new(StubDialogs::default())),
    )
    .unwrap();
    let mut harness = harness_for(app);
    settle(&mut harness);
    assert!(
        harness
            .query_by_label_contains("was not reopened")
            .is_some(),
        "the notice says why"
    );
    assert!(
        harness
            .query_by_label_contains("of 3,530 projects")
            .is_some()
    );
    assert_eq!(
        harness.state().state.last_file,
        None,
        "forgotten until opened again"
    );
    assert!(!files.reopen_marker().exists());
}

#[test]
fn a_view_with_a_hundred_thousand_sort_keys_or_columns_is_bounded_when_read() {
    let repeated_sort = "(column:\"name\",descending:false),".repeat(100_000);
    let distinct_sort: String = (0..100_000)
        .map(|i| format!("(column:\"c{i}\"),"))
        .collect();
    let columns = "\"Project\",".repeat(100_000);
    let text = format!("(sort:[{repeated_sort}],columns:[{columns}])");
    let view = View::from_ron(&text, "hostile.ron").unwrap();
    assert_eq!(view.sort, [SortKey::ascending("name")]);
    assert_eq!(view.columns, ["Project"]);

    let many = View::from_ron(&format!("(sort:[{distinct_sort}])"), "many.ron").unwrap();
    assert_eq!(many.sort.len(), MAX_SORT_KEYS);
    assert_eq!(many.sort[0], SortKey::ascending("c0"));
    let wide: String = (0..5_000).map(|i| format!("\"c{i}\",")).collect();
    let wide = View::from_ron(&format!("(columns:[{wide}])"), "wide.ron").unwrap();
    assert_eq!(wide.columns.len(), MAX_COLUMNS);

    // The same bound applies to the views kept in the persisted state.
    let dir = tempfile::tempdir().unwrap();
    let app =
        format!("(view:(sort:[{repeated_sort}]),saved_views:[(name:\"x\",columns:[{columns}])])");
    write_state(dir.path(), &app);
    let loaded = StateFiles::in_dir(dir.path()).load("app");
    assert_eq!(loaded.state.view.sort.len(), 1);
    assert_eq!(loaded.state.saved_views[0].columns.len(), 1);
}

#[test]
fn a_view_file_saved_with_a_byte_order_mark_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notepad.ron");
    let view = View {
        name: "Finance since 2015".into(),
        tab: Tab::Breakdown,
        ..View::default()
    };
    std::fs::write(&path, format!("\u{FEFF}{}", view.to_ron().unwrap())).unwrap();
    assert_eq!(View::load(&path).unwrap(), view);
}

#[test]
fn the_not_stated_rows_of_a_facet_are_a_choice_that_selects_them() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("blank sectors.csv");
    std::fs::write(
        &file,
        "name,sector,contracted_usd_m\nHarbour Tower,Finance,12.5\nJade Park,,3\nPeak Lane,,4\n",
    )
    .unwrap();
    let dataset = invest_explorer::model::Dataset::open(
        &file,
        &invest_explorer::model::load::open::OpenOptions::default(),
        &invest_explorer::model::load::open::Progress::default(),
    )
    .unwrap();
    let app = crate::common::app_on(dataset, platform(Arc::new(StubDialogs::default())));
    let mut harness = harness_for(app);
    harness
        .get_by_label(invest_explorer::query::MISSING_NAME)
        .click();
    settle(&mut harness);
    assert!(
        harness.query_by_label_contains("2 of 3 projects").is_some(),
        "the two projects with no sector"
    );
    harness.get_by_label("Sector: (not stated)  ×");
}
