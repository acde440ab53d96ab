//! The amount filter in the currency the window shows: typed in CNY it selects by each project's amount in CNY
//! (at its contract year's rate), the title and the chip say CNY, and switching the display back to USD keeps
//! both the bounds and the selection.

use egui::Role;
use egui_kittest::kittest::Queryable;
use invest_explorer::model::Dataset;

use crate::common::{harness, shown_count};

/// The projects whose contracted amount, converted row by row at the rate of its year, is at least `min_cny_m`.
fn oracle(min_cny_m: f64) -> usize {
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    (0..table.len())
        .filter(|&row| {
            let rate = dataset
                .reference
                .rates
                .cny_per_usd(table.year.get(row))
                .unwrap();
            table.contracted_usd_m[row] * rate >= min_cny_m
        })
        .count()
}

#[test]
fn in_cny_the_minimum_is_typed_in_cny_and_stays_in_cny() {
    let mut harness = harness();
    harness.get_by_label("Contracted amount (USD m)");
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_label("Renminbi (CNY, at each contract year's rate)")
        .click();
    harness.run();
    harness.get_by_label("Contracted amount (CNY m)");
    // Focused, the field edits as text, with its "any" selected: typing replaces it.
    harness
        .get_by_role_and_label(Role::SpinButton, "Min")
        .focus();
    harness.run();
    harness.get_by_label("Min").type_text("500");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let expected = oracle(500.0);
    let usd_500 = Dataset::embedded()
        .unwrap()
        .projects
        .contracted_usd_m
        .iter()
        .filter(|&&usd_m| usd_m >= 500.0)
        .count();
    // CNY 500 m cuts through the data, and is not USD 500 m.
    assert!(
        expected > usd_500 && expected < 3530,
        "{expected} vs {usd_500}"
    );
    assert_eq!(shown_count(&harness), expected);
    harness.get_by_label_contains("Contracted: ≥ CNY 500 m");
    assert_eq!(
        harness.state().state.view.filter.amount_currency,
        invest_explorer::format::Currency::Cny
    );

    // Back to US dollars: the bounds keep their currency, and so the same rows stay selected.
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("US dollars (USD)").click();
    harness.run();
    harness.get_by_label("Contracted amount (CNY m)");
    harness.get_by_label("Bounds in CNY; the table shows USD. Clear them to enter USD.");
    assert_eq!(shown_count(&harness), expected);
}
