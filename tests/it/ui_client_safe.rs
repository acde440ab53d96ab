//! The client-safe switch through the real UI: *View ▸ Client-safe* turns every project and investor name in the
//! window (table, detail panel, clipboard) into a pseudonym and shows a badge, while search still finds the real
//! names.

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use invest_explorer::app::ExplorerApp;
use invest_explorer::model::Dataset;

use crate::common::{harness, leaked_names, real_names, shown_count};

/// Every label and value of every widget in the window, except the search box's (the user typed that).
fn visible_texts(harness: &Harness<'_, ExplorerApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter(|node| node.accesskit_node().role() != Role::TextInput)
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

fn switch_client_safe(harness: &mut Harness<'_, ExplorerApp>) {
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Client-safe (hide names)")
        .click();
    harness.run();
    // Close the menu, as a person would before showing the screen.
    harness.key_press(egui::Key::Escape);
    harness.run();
}

#[test]
fn client_safe_leaves_no_real_name_in_any_label_of_the_table_or_the_detail_panel() {
    let mut harness = harness();
    let dataset = Dataset::embedded().unwrap();
    let names = real_names(&dataset);
    let (row, name) = {
        let app = harness.state();
        let row = app.derived.selection.rows[0] as usize;
        (row, app.dataset.projects.name.get(row).to_owned())
    };
    // Open the first project's detail panel, with real names still on: the test sees them, so it can fail.
    harness.get_by_label(&name).click();
    harness.run();
    assert!(
        !leaked_names(&visible_texts(&harness), &names).is_empty(),
        "real names are on screen before the switch"
    );
    assert!(harness.query_by_label_contains("CLIENT-SAFE").is_none());

    switch_client_safe(&mut harness);
    assert!(harness.state().state.client_safe.enabled);
    harness.get_by_label_contains("CLIENT-SAFE");
    assert_eq!(
        harness.state().ui.selected_rows.len(),
        1,
        "detail still open"
    );
    let texts = visible_texts(&harness);
    let leaked = leaked_names(&texts, &names);
    assert!(leaked.is_empty(), "real names on screen: {leaked:?}");
    let pseudonyms = invest_explorer::query::Pseudonyms::new(&dataset.projects);
    let lang = invest_explorer::i18n::Lang::En;
    let project = pseudonyms.project(row, lang).unwrap();
    let investor = pseudonyms.investor(row, lang).unwrap();
    // In the table and as the detail panel's title; the investor likewise.
    assert_eq!(harness.get_all_by_label(&project).count(), 2);
    assert!(harness.get_all_by_label(&investor).count() >= 2);

    // Ctrl+C copies pseudonyms too.
    harness.event(egui::Event::Copy);
    harness.step();
    harness.step();
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(copied.len(), 1, "one copy: {copied:?}");
    assert!(copied[0].contains(&project), "{}", copied[0]);
    assert!(leaked_names(&copied, &names).is_empty(), "{}", copied[0]);
}

#[test]
fn search_still_finds_a_real_name_while_the_table_shows_its_pseudonym() {
    let mut harness = harness();
    let dataset = Dataset::embedded().unwrap();
    let row = harness.state().derived.selection.rows[5] as usize;
    let name = dataset.projects.name.get(row).to_owned();
    switch_client_safe(&mut harness);
    let search = harness.get_by_label("Search");
    search.focus();
    search.type_text(&name);
    harness.run();
    let shown = shown_count(&harness);
    assert!(
        (1..3530).contains(&shown),
        "{shown} projects match {name:?}"
    );
    let pseudonym = invest_explorer::query::Pseudonyms::new(&dataset.projects)
        .project(row, invest_explorer::i18n::Lang::En)
        .unwrap();
    harness.get_by_label(&pseudonym);
    assert!(harness.query_by_label(&name).is_none());

    // Off again: the real name is back and the badge goes.
    switch_client_safe(&mut harness);
    assert!(harness.query_by_label_contains("CLIENT-SAFE").is_none());
    harness.get_by_label(&name);
}
