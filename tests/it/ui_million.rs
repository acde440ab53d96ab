//! The window at a million rows: a filter click shows its result in the very next frame (the selection, its count
//! and the sorted table), with no extra frames to wait for. No timing is asserted: the benches measure time.

use std::sync::Arc;

use crate::common::{StubDialogs, app_on, harness_for, platform};
use egui::Role;
use egui_kittest::kittest::Queryable;
use invest_explorer::format::count;
use invest_explorer::model::{Dataset, Field};
use invest_explorer::query::{self, Filter, SortKey};

/// The embedded dataset doubled until it has at least a million rows (cheaper than generating them in a debug
/// build; the names and codes stay valid because every copy is of the same table).
fn million_rows() -> Dataset {
    let mut dataset = Dataset::embedded().unwrap();
    while dataset.projects.len() < 1_000_000 {
        let copy = dataset.projects.clone();
        dataset.projects.append(copy);
    }
    dataset
}

#[test]
fn at_a_million_rows_a_filter_click_updates_the_table_in_the_next_frame() {
    let dataset = million_rows();
    let rows = dataset.projects.len();
    let mut harness = harness_for(app_on(dataset, platform(Arc::new(StubDialogs::default()))));
    harness.get_by_label_contains(&format!("{} of {} projects", count(rows), count(rows)));

    harness
        .get_by_role_and_label(Role::CheckBox, "Finance")
        .click();
    // The frame of the click asks for the filter; the next one shows it.
    harness.step();
    harness.step();

    let app = harness.state();
    let finance = Filter {
        sectors: ["Finance".to_owned()].into(),
        ..Filter::default()
    };
    let mut expected = query::select(&app.dataset, &finance).rows;
    assert!(expected.len() > 1000 && expected.len() < rows);
    query::sort_rows(
        &app.dataset.projects,
        &mut expected,
        &[SortKey::descending("contracted_usd_m")],
    );
    assert_eq!(
        app.derived.selection.rows, expected,
        "the finance rows, largest first"
    );
    let first = expected[0] as usize;
    let sectors = app.dataset.projects.category(Field::Sector).unwrap();
    assert_eq!(sectors.get(first), Some("Finance"));
    let name = app.dataset.projects.name.get(first).to_owned();
    harness.get_by_label_contains(&format!(
        "{} of {} projects",
        count(expected.len()),
        count(rows)
    ));
    assert!(
        harness.get_all_by_label(&name).count() >= 1,
        "the largest finance project, {name:?}, is on screen"
    );
}
