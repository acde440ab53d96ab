//! The tables around the data, driven by label: the detail panel follows the selection, notices float over
//! the page, *Export selection* writes only the selected rows, the app's own file chooser stands in for a
//! missing system dialog, and facet lists hold still while boxes are ticked.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use invest_explorer::app::ExplorerApp;

use crate::common::{StubDialogs, harness, harness_with, settle, shown_count};

fn name_of(harness: &Harness<'_, ExplorerApp>, position: usize) -> String {
    let app = harness.state();
    let row = app.derived.selection.rows[position] as usize;
    app.dataset.projects.name.get(row).to_owned()
}

fn search(harness: &mut Harness<'_, ExplorerApp>, text: &str) {
    let field = harness.get_by_label("Search");
    field.focus();
    field.type_text(text);
    harness.run();
}

#[test]
fn the_detail_panel_lets_go_of_a_project_the_filter_excludes() {
    let mut harness = harness();
    let (first, third) = (name_of(&harness, 0), name_of(&harness, 2));
    harness.get_by_label(&first).click();
    harness.run();
    harness
        .get_by_label(&third)
        .click_modifiers(egui::Modifiers::SHIFT);
    harness.run();
    harness.get_by_label("3 rows selected");
    // Only the first project still matches: the selection shrinks to it.
    search(&mut harness, &first);
    assert!(shown_count(&harness) >= 1);
    let app = harness.state();
    assert!(
        app.ui.selected_rows.len() < 3,
        "rows that left the selection are dropped"
    );
    assert!(harness.query_by_label("3 rows selected").is_none());
    // No match at all: nothing is focused, the panel collapses, nothing is "selected".
    search(&mut harness, " and no such project");
    assert_eq!(shown_count(&harness), 0);
    let app = harness.state();
    assert_eq!(app.ui.focused_project, None);
    assert!(app.ui.selected_rows.is_empty());
    assert!(harness.query_by_label("Provenance").is_none());
}

#[test]
fn a_notice_floats_over_the_page_without_moving_it() {
    let mut harness = harness();
    let tab = |harness: &Harness<'_, ExplorerApp>| harness.get_by_label("Breakdown").rect();
    let before = tab(&harness);
    harness.get_by_label(&name_of(&harness, 0)).click();
    harness.run();
    harness.event(egui::Event::Copy);
    harness.step();
    harness.step();
    harness.run();
    // One row: the plural is right.
    harness.get_by_label("Copied 1 row to the clipboard.");
    assert_eq!(tab(&harness), before, "the page did not move down");
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Copied 1 row to the clipboard.")
            .is_none()
    );
}

#[test]
fn export_selection_writes_only_the_selected_rows() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    let (first, second) = (name_of(&harness, 0), name_of(&harness, 1));
    harness.get_by_label(&first).click();
    harness.run();
    harness
        .get_by_label(&second)
        .click_modifiers(egui::Modifiers::SHIFT);
    harness.run();
    let path = dir.path().join("two.csv");
    *dialogs.save.lock().unwrap() = Some(path.clone());
    harness.get_by_label("Export selection…").click();
    settle(&mut harness);
    harness.get_by_label_contains("Exported 2 of 3,530 projects to");
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "a header and the two selected rows: {text}");
    assert!(lines[0].ends_with(",data_status"), "{}", lines[0]);
    assert!(lines[1].starts_with(&first) && lines[2].starts_with(&second));
    assert!(lines[1].ends_with(",synthetic sample"), "{}", lines[1]);
    let about = std::fs::read_to_string(dir.path().join("two.about.txt")).unwrap();
    assert!(about.contains("Rows: 2 of 3,530 projects"), "{about}");
    // The suggested name says what the file holds.
    assert_eq!(dialogs.asked.lock().unwrap().1, "hk-selected-projects.csv");
    // The Export menu offers the selection too, as a workbook.
    let path = dir.path().join("two.xlsx");
    *dialogs.save.lock().unwrap() = Some(path.clone());
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Selected rows as XLSX…").click();
    settle(&mut harness);
    harness.get_by_label_contains("Exported 2 of 3,530 projects to");
    assert!(path.is_file());
}

#[test]
fn without_a_system_dialog_the_apps_own_chooser_exports_and_opens() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    dialogs.unavailable.store(true, Ordering::SeqCst);
    let mut harness = harness_with(Arc::clone(&dialogs));
    harness
        .get_by_role_and_label(Role::CheckBox, "Finance")
        .click();
    harness.run();
    let shown = shown_count(&harness);
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Projects as CSV…").click();
    settle(&mut harness);
    harness.get_by_label("This system shows no file dialog, so the app shows its own.");
    // A full path in the name box goes to that folder; the file type is added.
    let typed = dir.path().join("finance");
    set_text(&mut harness, "File name", typed.to_str().unwrap());
    harness.get_by_label("Save").click();
    settle(&mut harness);
    let path = dir.path().join("finance.csv");
    harness.get_by_label_contains(&format!("Exported {shown} of 3,530 projects to"));
    let rows = std::fs::read_to_string(&path).unwrap().lines().count();
    assert_eq!(rows, shown + 1);

    // The next Open goes straight to the chooser, which lists the file just written; the filter names every
    // format the app reads.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open…").click();
    settle(&mut harness);
    let asked = dialogs.asked.lock().unwrap().0.clone();
    assert!(asked.is_empty() || asked.contains(&"csv".to_owned()));
    harness.get_by_label_contains(".xlsx .xlsm .xlsb .xls .ods .json .ron");
    harness.get_by_label("Cancel").click();
    settle(&mut harness);
    assert!(harness.state().ui.file_request.is_none());
}

/// Replaces the text of the field labelled `label` with `text`: focus, select all, type.
fn set_text(harness: &mut Harness<'_, ExplorerApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.event(egui::Event::Key {
        key: egui::Key::A,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    });
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

#[test]
fn ticking_a_box_does_not_reorder_the_facet_under_the_mouse() {
    let mut harness = harness();
    let districts = |harness: &Harness<'_, ExplorerApp>| -> Vec<String> {
        let app = harness.state();
        let labels = app.dataset.projects.district.labels().to_vec();
        let mut shown: Vec<(f32, String)> = labels
            .into_iter()
            .filter_map(|label| {
                let node = harness.query_by_role_and_label(Role::CheckBox, &label)?;
                Some((node.rect().top(), label))
            })
            .collect();
        shown.sort_by(|a, b| a.0.total_cmp(&b.0));
        shown.into_iter().map(|(_, label)| label).collect()
    };
    let before = districts(&harness);
    assert!(before.len() > 5);
    // Ticking a sector changes every district's count, and so their ranking.
    harness
        .get_by_role_and_label(Role::CheckBox, "Real estate")
        .click();
    harness.run();
    assert_eq!(districts(&harness), before, "the order holds while ticking");
    harness.get_by_label("Re-rank by count").click();
    harness.run();
    assert_ne!(districts(&harness), before, "re-ranked on request");
}

/// The app at 1280×800 with the name and then every other column of the embedded data shown: far wider than the
/// table's room.
fn every_column_at_1280() -> Harness<'static, ExplorerApp> {
    use invest_explorer::model::Dataset;
    use invest_explorer::state::AppState;
    let dataset = Dataset::embedded().unwrap();
    let mut state = AppState::default();
    let table = &dataset.projects;
    state.view.columns = std::iter::once("name".to_owned())
        .chain(
            table
                .columns()
                .map(|column| table.column_name(column).to_owned()),
        )
        .collect();
    let app = ExplorerApp::with_platform(
        dataset,
        state.bounded(),
        crate::common::platform(Arc::new(StubDialogs::default())),
    );
    crate::common::harness_sized(app, egui::vec2(1280.0, 800.0))
}

/// Where the label `text` is on screen.
fn label_rect(harness: &Harness<'_, ExplorerApp>, text: &str) -> egui::Rect {
    harness
        .get_all_by_role_and_label(Role::Label, text)
        .next()
        .unwrap_or_else(|| panic!("{text:?} is shown"))
        .rect()
}

#[test]
fn the_project_name_stays_in_view_when_the_table_scrolls_sideways() {
    let mut harness = every_column_at_1280();
    let id_of = |harness: &Harness<'_, ExplorerApp>, position: usize| {
        let app = harness.state();
        let row = app.derived.selection.rows[position] as usize;
        app.dataset.projects.id.get(row).to_owned()
    };
    assert_eq!(
        harness.state().state.view.columns[1],
        "id",
        "{:?}",
        harness.state().state.view.columns
    );
    // Scrolling down over the other columns takes the pinned names along, row for row.
    let (first_id, tenth, tenth_id) =
        (id_of(&harness, 0), name_of(&harness, 9), id_of(&harness, 9));
    let tenth_before = label_rect(&harness, &tenth);
    assert_eq!(
        tenth_before.center().y,
        label_rect(&harness, &tenth_id).center().y
    );
    harness
        .get_all_by_role_and_label(Role::Label, &first_id)
        .next()
        .unwrap()
        .scroll_down();
    harness.run();
    let (name_at, id_at) = (
        label_rect(&harness, &tenth),
        label_rect(&harness, &tenth_id),
    );
    assert_eq!(name_at.center().y, id_at.center().y, "row 10 on one line");
    assert!(
        name_at.top() < tenth_before.top() - 50.0,
        "the table scrolled down: {tenth_before:?} → {name_at:?}"
    );

    let last_column = {
        let app = harness.state();
        let table = &app.dataset.projects;
        let last = table.columns().last().unwrap();
        table.column_title(last).to_owned()
    };
    let header =
        |harness: &Harness<'_, ExplorerApp>| harness.get_by_label_contains(&last_column).rect();
    assert!(
        header(&harness).left() > 1280.0,
        "off screen at first: {:?}",
        header(&harness)
    );
    // Scroll sideways until the last column is in view: the names stay where they were, left of it.
    harness.get_by_label_contains(&last_column).scroll_to_me();
    harness.run();
    assert!(
        header(&harness).right() <= 1280.0,
        "scrolled: {:?}",
        header(&harness)
    );
    let pinned = label_rect(&harness, &tenth);
    assert_eq!(pinned.left(), name_at.left());
    assert!(pinned.right() < header(&harness).left());
    let id_cell = harness
        .get_all_by_role_and_label(Role::Label, &tenth_id)
        .next();
    assert!(
        id_cell.is_none_or(|cell| cell.rect().right() < pinned.right()),
        "the id column scrolled away"
    );
    // A click on a pinned name still selects its row.
    harness
        .get_all_by_role_and_label(Role::Label, &tenth)
        .next()
        .unwrap()
        .click();
    harness.run();
    let app = harness.state();
    assert!(
        app.ui
            .selected_rows
            .contains(&app.derived.selection.rows[9])
    );
}

/// The vertical scroll bars on screen: tall, thin, and inside the window.
fn vertical_bars_in_view(
    harness: &Harness<'_, ExplorerApp>,
    window: egui::Vec2,
) -> Vec<egui::Rect> {
    harness
        .query_all_by_role(Role::ScrollBar)
        .map(|node| node.rect())
        .filter(|rect| rect.height() > 4.0 * rect.width())
        .filter(|rect| rect.right() <= window.x + 0.5 && rect.left() >= 0.0)
        .collect()
}

#[test]
fn the_tables_scroll_bar_stands_at_the_right_edge_before_any_sideways_scroll() {
    let window = egui::vec2(1280.0, 800.0);
    let mut harness = every_column_at_1280();
    // Wider than the room: before the fix its bar sat at the far end of the columns, out of sight.
    let bars = vertical_bars_in_view(&harness, window);
    let bar = *bars
        .iter()
        .find(|rect| rect.right() >= window.x - 24.0)
        .unwrap_or_else(|| panic!("a vertical bar at the right edge: {bars:?}"));
    let name = label_rect(&harness, &name_of(&harness, 0));
    assert!(
        bar.top() < name.bottom() && bar.bottom() > 600.0,
        "{bar:?} spans the rows"
    );
    // It works: a click at the bottom of its track scrolls to the last project.
    let last_id = {
        let app = harness.state();
        let rows = &app.derived.selection.rows;
        let row = rows[rows.len() - 1] as usize;
        app.dataset.projects.id.get(row).to_owned()
    };
    let shown = |harness: &Harness<'_, ExplorerApp>| {
        harness
            .query_all_by_role_and_label(Role::Label, &last_id)
            .next()
            .is_some()
    };
    assert!(!shown(&harness));
    let at = egui::pos2(bar.center().x, bar.bottom() - 2.0);
    for event in [
        egui::Event::PointerMoved(at),
        egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        },
        egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::NONE,
        },
    ] {
        harness.input_mut().events.push(event);
        harness.run();
    }
    assert!(shown(&harness), "scrolled to the last project");
    assert!(
        harness.state().ui.selected_rows.is_empty(),
        "no row was clicked"
    );
}

/// In Chinese the table's and the breakdown's amounts are in the unit their headers name (万美元), not millions
/// under a 万 header (100× off).
#[test]
fn chinese_tables_show_amounts_in_the_unit_their_headers_name() {
    use invest_explorer::format::{MoneyFormat, Notation};
    use invest_explorer::i18n::{Lang, tr};
    use invest_explorer::state::AppState;
    let state = AppState {
        lang: Lang::ZhHans,
        ..AppState::default()
    };
    let app = ExplorerApp::with_platform(
        invest_explorer::model::Dataset::embedded().unwrap(),
        state,
        crate::common::platform(Arc::new(StubDialogs::default())),
    );
    let mut harness = crate::common::harness_for(app);
    let money = MoneyFormat::default();
    assert_eq!(money.unit_in(Notation::Simplified), "万美元");
    // The largest project, first by default: 1,675.3 m is 167,530 万.
    let largest = {
        let table = &harness.state().dataset.projects;
        table.contracted_usd_m.iter().copied().fold(0.0, f64::max)
    };
    let in_wan = money.number_in(Notation::Simplified, largest);
    assert_eq!(
        in_wan,
        invest_explorer::format::thousands(largest * 100.0, 0)
    );
    harness
        .get_all_by_role_and_label(Role::Label, &in_wan)
        .next()
        .unwrap_or_else(|| panic!("the table shows {in_wan} under its 万美元 header"));
    // The breakdown's Total row: 704 亿 is 7,040,000 万.
    harness
        .get_by_label(&tr(Lang::ZhHans, "tab-breakdown"))
        .click();
    settle(&mut harness);
    let total: f64 = harness
        .state()
        .dataset
        .projects
        .contracted_usd_m
        .iter()
        .sum();
    let total_in_wan = money.number_in(Notation::Simplified, total);
    assert_eq!(total_in_wan, "7,040,000");
    assert!(
        harness
            .get_all_by_role_and_label(Role::Label, &total_in_wan)
            .next()
            .is_some(),
        "the Total row shows {total_in_wan}"
    );
    // …and its share as Chinese writes it, with no space before the sign.
    harness.get_by_label("100.0%");
}
