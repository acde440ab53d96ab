//! Large tables are evaluated off the UI thread: the window keeps the last result on screen and says
//! "Computing…" until the new one is back; keystrokes in search made meanwhile coalesce into one more evaluation
//! of the latest text. The background path is switched on for the embedded data through the app's threshold
//! (a test hook), and the evaluation is held by the spawner until the test runs it: nothing waits on a timer.

use std::sync::Arc;

use crate::common::{HeldSpawner, StubDialogs, app_on, harness_for, platform, shown_count};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use invest_explorer::app::ExplorerApp;
use invest_explorer::model::Dataset;
use invest_explorer::platform::Platform;
use invest_explorer::query::{self, Filter, SortKey};

const EVALUATOR: &str = "view-evaluator";

/// The embedded data with every view evaluated in the background, on a spawner the test runs by hand.
fn held_harness() -> (Harness<'static, ExplorerApp>, Arc<HeldSpawner>) {
    let spawner = Arc::new(HeldSpawner::default());
    let platform = Platform {
        spawner: Arc::clone(&spawner) as _,
        ..platform(Arc::new(StubDialogs::default()))
    };
    let mut app = app_on(Dataset::embedded().unwrap(), platform);
    app.evaluate_in_background_from(1);
    (harness_for(app), spawner)
}

/// The rows of `filter` in the default order (largest contracted first), as the engine gives them.
fn expected_rows(filter: &Filter) -> Vec<u32> {
    let dataset = Dataset::embedded().unwrap();
    let mut rows = query::select(&dataset, filter).rows;
    query::sort_rows(
        &dataset.projects,
        &mut rows,
        &[SortKey::descending("contracted_usd_m")],
    );
    rows
}

#[test]
fn a_filter_click_shows_computing_then_the_new_rows() {
    let (mut harness, spawner) = held_harness();
    assert!(
        spawner.waiting().is_empty(),
        "the first view is computed as the app starts"
    );
    assert!(harness.query_by_label("Computing…").is_none());

    harness
        .get_by_role_and_label(Role::CheckBox, "Finance")
        .click();
    harness.run_steps(2);
    assert_eq!(spawner.waiting(), [EVALUATOR]);
    // The last result stays on screen (every project), with the spinner's text beside it, once.
    harness.get_by_label("Computing…");
    assert_eq!(shown_count(&harness), 3530);
    assert!(!harness.state().is_idle());

    spawner.run(EVALUATOR);
    harness.run_steps(2);
    let finance = Filter {
        sectors: ["Finance".to_owned()].into(),
        ..Filter::default()
    };
    let expected = expected_rows(&finance);
    assert!(expected.len() > 100 && expected.len() < 3530);
    assert_eq!(harness.state().derived.selection.rows, expected);
    assert_eq!(shown_count(&harness), expected.len());
    assert!(harness.query_by_label("Computing…").is_none());
    assert!(
        spawner.waiting().is_empty(),
        "the view is current: nothing more to compute"
    );
    assert!(harness.state().is_idle());
}

#[test]
fn keystrokes_typed_while_computing_coalesce_into_one_evaluation_of_the_latest_text() {
    let (mut harness, spawner) = held_harness();
    harness.get_by_label("Search").focus();
    harness.get_by_label("Search").type_text("p");
    harness.run_steps(2);
    assert_eq!(
        spawner.waiting(),
        [EVALUATOR],
        "the first keystroke starts one"
    );
    for key in ["a", "r", "k"] {
        harness.get_by_label("Search").type_text(key);
        harness.run_steps(2);
    }
    assert_eq!(
        spawner.waiting(),
        [EVALUATOR],
        "the others wait for it, none starts"
    );
    assert_eq!(shown_count(&harness), 3530);

    // "p" comes back and is shown; the view moved on to "park", so exactly one more evaluation starts.
    spawner.run(EVALUATOR);
    harness.run_steps(2);
    let search = |text: &str| Filter {
        search: text.into(),
        ..Filter::default()
    };
    assert_eq!(shown_count(&harness), expected_rows(&search("p")).len());
    assert_eq!(spawner.waiting(), [EVALUATOR]);
    harness.get_by_label("Computing…");

    spawner.run(EVALUATOR);
    harness.run_steps(2);
    let park = expected_rows(&search("park"));
    assert!(park.len() < expected_rows(&search("p")).len());
    assert_eq!(harness.state().derived.selection.rows, park);
    assert_eq!(shown_count(&harness), park.len());
    assert!(spawner.waiting().is_empty());
    assert!(harness.query_by_label("Computing…").is_none());
}
