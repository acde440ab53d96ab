//! Saved views, view files, undo/redo and the state that survives a restart, through the real UI.

use std::sync::Arc;

use crate::common::{
    StubDialogs, harness, harness_for, harness_with, platform, settle, shown_count,
};
use egui::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use invest_explorer::model::Dataset;
use invest_explorer::query::{self, Filter, MapZoom, View};

fn count(filter: &Filter) -> usize {
    query::select(&Dataset::embedded().unwrap(), filter).len()
}

fn tick(harness: &mut egui_kittest::Harness<'_, invest_explorer::app::ExplorerApp>, name: &str) {
    harness.get_by_role_and_label(Role::CheckBox, name).click();
    harness.run();
}

#[test]
fn save_view_clear_then_load_view_restores_the_same_rows() {
    let mut harness = harness();
    tick(&mut harness, "Finance");
    tick(&mut harness, "Yuzhong");
    let expected = harness.state().derived.selection.rows.clone();
    assert_eq!(
        expected.len(),
        count(&Filter {
            sectors: ["Finance".to_owned()].into(),
            districts: ["Yuzhong".to_owned()].into(),
            ..Filter::default()
        })
    );

    harness.get_by_label("Save view…").click();
    harness.run();
    let name = harness.get_by_label("View name");
    name.focus();
    name.type_text("Yuzhong finance");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();

    harness.get_by_label("Clear all").click();
    harness.run();
    assert_eq!(shown_count(&harness), 3530);

    harness.get_by_label("Yuzhong finance").click();
    harness.run();
    assert_eq!(harness.state().derived.selection.rows, expected);
    assert_eq!(shown_count(&harness), expected.len());
}

#[test]
fn undo_and_redo_walk_through_view_changes() {
    let mut harness = harness();
    let finance = count(&Filter {
        sectors: ["Finance".to_owned()].into(),
        ..Filter::default()
    });
    tick(&mut harness, "Finance");
    tick(&mut harness, "Yuzhong");
    let both = shown_count(&harness);
    assert!(both < finance);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(shown_count(&harness), finance);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(shown_count(&harness), 3530);

    let redo = egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT);
    harness.key_press_modifiers(redo, egui::Key::Z);
    harness.run();
    assert_eq!(shown_count(&harness), finance);

    // The Edit menu does the same.
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Redo").click();
    harness.run();
    assert_eq!(shown_count(&harness), both);

    // Typing a word in search is one undo step, not one per letter.
    let search = harness.get_by_label("Search");
    search.focus();
    search.type_text("park");
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo").click();
    harness.run();
    assert_eq!(shown_count(&harness), both);
}

#[test]
fn a_view_file_exports_and_imports_and_unknown_names_warn_without_crashing() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    tick(&mut harness, "Real estate");

    let exported = dir.path().join("real-estate.ron");
    *dialogs.save.lock().unwrap() = Some(exported.clone());
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export view…").click();
    settle(&mut harness);
    let text = std::fs::read_to_string(&exported).unwrap();
    let view = View::from_ron(&text, "real-estate.ron").unwrap();
    assert_eq!(view.filter.sectors, ["Real estate".to_owned()].into());
    assert_eq!(view, harness.state().state.view);

    // A colleague's hand-edited view naming a sector this data does not have.
    let edited = dir.path().join("edited.ron");
    std::fs::write(
        &edited,
        "(name: \"Mining\", filter: (sectors: [\"Mining\", \"Finance\"]), some_future_field: 3)",
    )
    .unwrap();
    *dialogs.open.lock().unwrap() = Some(edited);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import view…").click();
    settle(&mut harness);
    harness.get_by_label_contains("no sector called \"Mining\" in this data");
    let finance = count(&Filter {
        sectors: ["Finance".to_owned()].into(),
        ..Filter::default()
    });
    assert_eq!(shown_count(&harness), finance);

    // A broken file is a located error; the view stays as it was.
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(filter: (sectors: [\"Finance\"]").unwrap();
    *dialogs.open.lock().unwrap() = Some(broken);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import view…").click();
    settle(&mut harness);
    harness.get_by_label_contains("broken.ron, line 1, column 30");
    assert_eq!(shown_count(&harness), finance);
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

#[test]
fn the_view_theme_and_saved_views_survive_a_restart() {
    let mut harness = harness();
    tick(&mut harness, "Manufacturing");
    harness.get_by_label("Save view…").click();
    harness.run();
    let name = harness.get_by_label("View name");
    name.focus();
    name.type_text("Factories");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let shown = shown_count(&harness);

    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let restored: invest_explorer::state::AppState =
        eframe::get_value(&storage, eframe::APP_KEY).unwrap();
    assert_eq!(restored, harness.state().state);

    let app = invest_explorer::app::ExplorerApp::with_platform(
        Dataset::embedded().unwrap(),
        restored,
        platform(Arc::new(StubDialogs::default())),
    );
    let again = harness_for(app);
    assert_eq!(shown_count(&again), shown);
    again.get_by_label("Factories");
}

#[test]
fn the_map_zoom_is_part_of_the_view_saved_shared_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    harness.get_by_label("Map").click();
    harness.run();
    let selected = |harness: &egui_kittest::Harness<'_, invest_explorer::app::ExplorerApp>,
                    zoom: &str| {
        harness.get_by_label(zoom).accesskit_node().toggled()
            == Some(egui::accesskit::Toggled::True)
    };
    assert!(selected(&harness, "Whole municipality"));
    harness.get_by_label("Central urban area").click();
    harness.run();
    assert!(selected(&harness, "Central urban area"));
    assert!(!selected(&harness, "Whole municipality"));
    assert_eq!(
        harness.state().state.view.map_zoom,
        MapZoom::CentralUrbanArea
    );

    // A view file carries it to a colleague.
    let exported = dir.path().join("central.ron");
    *dialogs.save.lock().unwrap() = Some(exported.clone());
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export view…").click();
    settle(&mut harness);
    let view = View::load(&exported).unwrap();
    assert_eq!(view.map_zoom, MapZoom::CentralUrbanArea);

    // Undo zooms back out.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(selected(&harness, "Whole municipality"));

    // And importing the file zooms in again.
    *dialogs.open.lock().unwrap() = Some(exported);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import view…").click();
    settle(&mut harness);
    assert!(selected(&harness, "Central urban area"));
}
