//! The window, driven through egui_kittest by what a user sees: labels, headers, rows.
// Helpers outside #[test] functions may unwrap too: a test should fail loudly.
#![allow(clippy::unwrap_used)]

mod common;

use common::{harness, shown_count, status};
use egui_kittest::kittest::Queryable;

#[test]
fn opens_on_the_embedded_dataset_with_key_figures_and_the_synthetic_label() {
    let harness = harness();
    assert_eq!(
        status(&harness),
        "3,530 of 3,530 projects · USD 70.4 bn contracted (100.0 %) · synthetic sample"
    );
    harness.get_by_label("Contracted: USD 70.4 bn");
    harness.get_by_label("Projects: 3,530");
    harness.get_by_label(invest_explorer::model::bands::SYNTHETIC_LABEL);
    for tab in ["Table", "Breakdown", "Charts", "Map"] {
        harness.get_by_label(tab);
    }
}

#[test]
fn clicking_a_header_sorts_the_table_and_clicking_again_reverses_it() {
    let mut harness = harness();
    assert_eq!(shown_count(&harness), 3530);
    let node = harness.get_by_label("Contracted (USD m)");
    node.click();
    harness.run();
    assert_eq!(
        harness.state().state.view.sort[0].column,
        "contracted_usd_m"
    );
    let table = &harness.state().dataset.projects;
    let smallest = table
        .contracted_usd_m
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min);
    let first_row = harness.state().derived.selection.rows[0] as usize;
    assert_eq!(table.contracted_usd_m[first_row], smallest);
    // The smallest project's name is on screen.
    let name = table.name.get(first_row).to_owned();
    harness.get_by_label(&name);

    harness.get_by_label("Contracted (USD m) ↑").click();
    harness.run();
    let table = &harness.state().dataset.projects;
    let largest = table.contracted_usd_m.iter().copied().fold(0.0, f64::max);
    let first_row = harness.state().derived.selection.rows[0] as usize;
    assert_eq!(table.contracted_usd_m[first_row], largest);
    let name = table.name.get(first_row).to_owned();
    harness.get_by_label(&name);
    harness.get_by_label("Contracted (USD m) ↓");
}
