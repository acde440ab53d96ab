//! The window, driven through egui_kittest by what a user sees: labels, headers, rows.

use crate::common::{harness, shown_count, status};
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
    // Largest first by default.
    let largest = {
        let table = &harness.state().dataset.projects;
        table.contracted_usd_m.iter().copied().fold(0.0, f64::max)
    };
    let first_amount = |harness: &egui_kittest::Harness<'_, invest_explorer::app::ExplorerApp>| {
        let app = harness.state();
        let row = app.derived.selection.rows[0] as usize;
        (
            app.dataset.projects.contracted_usd_m[row],
            app.dataset.projects.name.get(row).to_owned(),
        )
    };
    assert_eq!(first_amount(&harness).0, largest);

    harness.get_by_label("Contracted (USD m) ↓").click();
    harness.run();
    let smallest = harness
        .state()
        .dataset
        .projects
        .contracted_usd_m
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min);
    let (amount, name) = first_amount(&harness);
    assert_eq!(amount, smallest);
    // The smallest project is the first row on screen.
    harness.get_by_label(&name);

    harness.get_by_label("Contracted (USD m) ↑").click();
    harness.run();
    let (amount, name) = first_amount(&harness);
    assert_eq!(amount, largest);
    harness.get_by_label(&name);

    // Another header sorts by that column alone; shift-click adds a second key.
    harness.get_by_label("Year").click();
    harness.run();
    // The table's header, drawn after the filter panel's "Sector" section.
    harness
        .get_all_by_label("Sector")
        .last()
        .unwrap()
        .click_modifiers(egui::Modifiers::SHIFT);
    harness.run();
    harness.get_by_label("Year ↑1");
    harness.get_by_label("Sector ↑2");
    let app = harness.state();
    let table = &app.dataset.projects;
    let keys: Vec<(Option<i32>, String)> = app
        .derived
        .selection
        .rows
        .iter()
        .map(|&r| {
            (
                table.year.get(r as usize),
                table.sector.get(r as usize).unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "sorted by year, then sector"
    );
}

#[test]
fn one_small_project_is_a_share_above_nothing_in_the_status_bar() {
    let mut harness = harness();
    let name = harness.state().dataset.projects.name.get(0).to_owned();
    let field = harness.get_by_label("Search");
    field.focus();
    field.type_text(&name);
    harness.run();
    // USD 0.326 m of 70,400 m is 0.0005 %: "< 0.1 %", not a "0.0 %" that reads as none.
    assert_eq!(
        status(&harness),
        "1 of 3,530 projects · USD 0.326 m contracted (< 0.1 %) · synthetic sample"
    );
}
