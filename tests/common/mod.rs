//! Shared set-up for the UI tests: the real app on the embedded dataset, in a kittest harness.
// Helpers outside #[test] functions may unwrap too: a test should fail loudly.
#![allow(clippy::unwrap_used)]
// Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use invest_explorer::app::ExplorerApp;
use invest_explorer::model::Dataset;
use invest_explorer::platform::FileDialogs;
use invest_explorer::state::AppState;

/// File dialogs that answer with preset paths instead of asking a person.
#[derive(Default)]
pub struct StubDialogs {
    pub open: Mutex<Option<PathBuf>>,
    pub save: Mutex<Option<PathBuf>>,
}

impl FileDialogs for StubDialogs {
    fn pick_open(&self, _title: &str, _extensions: &[&str]) -> Option<PathBuf> {
        self.open.lock().unwrap().clone()
    }

    fn pick_save(
        &self,
        _title: &str,
        _default_name: &str,
        _extensions: &[&str],
    ) -> Option<PathBuf> {
        self.save.lock().unwrap().clone()
    }
}

/// The app on the embedded dataset at a laptop-sized window, with stub dialogs.
pub fn harness_with(dialogs: Arc<StubDialogs>) -> Harness<'static, ExplorerApp> {
    harness_for(ExplorerApp::with_dialogs(
        Dataset::embedded().unwrap(),
        AppState::default(),
        dialogs,
    ))
}

/// `app` in a laptop-sized window, with the app's fonts, after its first frames.
pub fn harness_for(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(|cc| {
            invest_explorer::ui::fonts::install_fonts(
                &cc.egui_ctx,
                invest_explorer::i18n::Lang::En,
            );
            app
        });
    harness.run();
    harness
}

/// Lets background threads (file dialog, writer) finish, stepping frames until the app is idle.
pub fn settle(harness: &mut Harness<'_, ExplorerApp>) {
    // Two frames: one to handle the click (the widget pushes a command), one to apply it (the app starts work).
    harness.step();
    harness.step();
    for _ in 0..500 {
        if harness.state().busy.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    // Frames for the result to show (the spinner's last repaint included).
    harness.run_steps(5);
}

pub fn harness() -> Harness<'static, ExplorerApp> {
    harness_with(Arc::new(StubDialogs::default()))
}

/// The status bar's text, e.g. "312 of 3,530 projects · …".
pub fn status(harness: &Harness<'_, ExplorerApp>) -> String {
    harness
        .get_by_label_contains(" of 3,530 projects")
        .value()
        .unwrap_or_default()
}

/// The number of selected projects the status bar shows.
pub fn shown_count(harness: &Harness<'_, ExplorerApp>) -> usize {
    let status = status(harness);
    let count = status
        .split(" of ")
        .next()
        .unwrap_or_default()
        .replace(',', "");
    count
        .parse()
        .unwrap_or_else(|_| panic!("no count in {status:?}"))
}
