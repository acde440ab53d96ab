//! `ExplorerApp`: the `eframe::App`. `logic()` drains finished background work, applies the frame's commands and
//! brings the derived data up to date; `ui()` only draws.
//!
//! The app owns the state (see the crate docs for which lives where) and applies every change:
//! * `commands.rs` — one `match` over [`Command`], and the saved views;
//! * `history.rs` — Undo and Redo, for the view and for the mapping dialog;
//! * `tasks.rs` — background work by request id, run through the [`Platform`]'s spawner;
//! * `opening.rs` — inspecting, mapping, loading and watching files;
//! * `exporting.rs` — file dialogs and exports from a snapshot of what is on screen;
//! * `reopen.rs` — reopening the last file at start, guarded against a crash loop;
//! * `screenshot.rs` — `--screenshot`;  `launch.rs` — the native window.
//!
//! A new feature (a presentation mode, a scoring tab) adds its `Command`s, applies them in `commands.rs`, keeps
//! what it shows in `UiState` or `View`, and derives what it draws in `query`.

use std::sync::Arc;

mod commands;
mod evaluating;
mod exporting;
mod history;
mod launch;
mod opening;
mod presenting;
mod reopen;
mod screenshot;
mod tasks;

pub use evaluating::BACKGROUND_EVALUATION_ROWS;
pub use launch::{LaunchError, LaunchOptions, run_native, start_app};
pub use screenshot::ScreenshotOutcome;

use crate::command::Command;
use crate::i18n::Lang;
use crate::model::load::mapping::Mapping;
use crate::model::{DataSource, Dataset};
use crate::platform::Platform;
use crate::query::{Derived, View};
use crate::state::{AppState, Theme};
use crate::tr;
use crate::ui::{self, Activity, UiState, ViewContext};
use evaluating::Evaluation;
use history::History;
use opening::{FileWatch, LoadingFile};
use reopen::ReopenGuard;
use screenshot::ScreenshotRequest;
use tasks::Tasks;

/// The window title.
pub const APP_TITLE: &str = "Investment Explorer";

pub struct ExplorerApp {
    pub dataset: Arc<Dataset>,
    /// Bumped whenever `dataset` is replaced, so caches keyed on it are invalidated.
    generation: u64,
    /// Persisted between runs: the view, theme, saved views, mappings, last file.
    pub state: AppState,
    /// Computed from the dataset and the view; refreshed in `logic()` when its keys change.
    pub derived: Derived,
    /// Shown, not saved: notices, dialogs, selected rows.
    pub ui: UiState,
    /// Commands pushed by widgets during `ui()`, applied in the next `logic()`.
    pub commands: Vec<Command>,
    platform: Platform,
    tasks: Tasks,
    /// Undo for the view; and, while the mapping dialog is open, for its mapping.
    view_history: History<View>,
    mapping_history: History<Mapping>,
    /// The load in progress, with its progress and Cancel.
    loading: Option<LoadingFile>,
    /// The open file, checked for changes on disk.
    watch: Option<FileWatch>,
    /// Numbers each open or load request: a result for an older request (the user opened another file since) is
    /// dropped.
    open_request: u64,
    /// Marks the reopen of the last file at start until it ends, so a file that kills the app is not reopened
    /// at every start (see `reopen.rs`).
    reopen_guard: Option<ReopenGuard>,
    panels: ui::Panels,
    applied_theme: Option<Theme>,
    /// The language whose fonts are installed: the Chinese glyph forms follow the language.
    applied_lang: Option<Lang>,
    screenshot: Option<ScreenshotRequest>,
    /// Whether to ask the system's file dialog; false once it turned out to have none (then: our own chooser).
    native_dialogs: bool,
    /// What the app's own file chooser, while it is open, was asked for.
    chooser_pick: Option<exporting::Pick>,
    /// Numbers the file requests, so the chooser starts afresh for each.
    file_requests: u64,
    /// While presenting: the window's scale from before, to restore.
    window_before: Option<presenting::WindowBefore>,
    /// The story picked for *Export ▸ Story as PDF…*, until its PDF's path comes back.
    story_for_deck: Option<crate::query::story::Story>,
    /// Evaluating the view of a large table on a worker thread.
    evaluation: Evaluation,
}

impl ExplorerApp {
    /// The app on the operating system's dialogs, threads and clock.
    pub fn new(dataset: Dataset, state: AppState) -> Self {
        Self::with_platform(dataset, state, Platform::native())
    }

    /// An app on `platform` (tests inject stub dialogs, a controllable spawner and a clock).
    pub fn with_platform(dataset: Dataset, state: AppState, platform: Platform) -> Self {
        let mut app = Self {
            dataset: Arc::new(dataset),
            generation: 0,
            state,
            derived: Derived::default(),
            ui: UiState::default(),
            commands: Vec::new(),
            platform,
            tasks: Tasks::default(),
            view_history: History::default(),
            mapping_history: History::default(),
            loading: None,
            watch: None,
            open_request: 0,
            reopen_guard: None,
            panels: ui::Panels::default(),
            applied_theme: None,
            applied_lang: None,
            screenshot: None,
            native_dialogs: true,
            chooser_pick: None,
            file_requests: 0,
            window_before: None,
            story_for_deck: None,
            evaluation: Evaluation::default(),
        };
        app.refresh_derived(None);
        app.watch_dataset_file();
        app
    }

    /// Drains finished background work, applies queued commands and refreshes derived data.
    pub fn update_state(&mut self, ctx: &egui::Context) {
        while let Some((task, message)) = self.tasks.try_recv() {
            self.on_background(task, message, ctx);
        }
        self.open_dropped_files(ctx);
        self.check_watched_file(ctx);
        if self.loading.is_some() {
            // Keep the progress moving while the loader works.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        for command in std::mem::take(&mut self.commands) {
            self.apply_recording_undo(command, ctx);
        }
        self.refresh_derived(Some(ctx));
        self.fit_presentation_window(ctx);
        self.advance_screenshot(ctx);
        if self.applied_theme != Some(self.state.theme) {
            ui::theme::apply_theme(ctx, self.state.theme);
            self.applied_theme = Some(self.state.theme);
        }
        if self.applied_lang != Some(self.state.lang) {
            ui::fonts::install_fonts(ctx, self.state.lang);
            self.applied_lang = Some(self.state.lang);
        }
    }

    /// No background task is running and no command waits: what a test waits for.
    pub fn is_idle(&self) -> bool {
        self.tasks.is_empty() && self.commands.is_empty()
    }

    /// What each running background task is doing, oldest first.
    pub fn running_tasks(&self) -> Vec<String> {
        self.tasks.labels()
    }

    /// A new filter keeps only the selected rows it still shows, and the detail panel lets go of a project it
    /// no longer shows: never "5 rows selected" beside 0 matches.
    fn forget_rows_outside_selection(&mut self) {
        if self.ui.selected_rows.is_empty() && self.ui.focused_project.is_none() {
            return;
        }
        let derived = &self.derived;
        self.ui.selected_rows.retain(|&row| derived.shows(row));
        if self
            .ui
            .focused_project
            .is_some_and(|row| !derived.shows(row))
        {
            self.ui.focused_project = None;
        }
    }

    /// Swaps in a new dataset, keeping the view (its filters are names, so they apply to the new rows too).
    pub fn replace_dataset(&mut self, dataset: Dataset) {
        self.state.last_file = match &dataset.provenance.source {
            DataSource::File(path) => Some(path.clone()),
            DataSource::Embedded => None,
        };
        let lang = self.state.lang;
        let quality = if dataset.detected.is_some() {
            format!(
                " {}.",
                crate::query::messages::quality_headline(&dataset.quality, lang)
            )
        } else {
            String::new()
        };
        self.ui.tell(tr!(
            lang,
            "notice-opened",
            source = crate::query::labels::provenance_in(&dataset.provenance, lang),
            n = dataset.projects.len(),
            quality = quality
        ));
        self.dataset = Arc::new(dataset);
        self.generation += 1;
        self.watch_dataset_file();
        self.ui.selected_rows.clear();
        self.ui.focused_project = None;
    }

    /// What the app is doing, for the panels.
    fn activity(&self) -> Activity {
        let (can_undo, can_redo) = if self.ui.open_draft.is_some() {
            (
                self.mapping_history.can_undo(),
                self.mapping_history.can_redo(),
            )
        } else {
            (self.view_history.can_undo(), self.view_history.can_redo())
        };
        Activity {
            tasks: self.tasks.labels(),
            exporting: self.tasks.blocks_export(),
            loading: self
                .loading
                .as_ref()
                .map(|loading| loading.status(self.platform.clock.now())),
            file_changed: self.watch.as_ref().is_some_and(|w| w.changed),
            computing: self.is_computing(),
            can_undo,
            can_redo,
        }
    }

    /// Draws the whole window into `ui`.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let context = ViewContext {
            saved_views: &self.state.saved_views,
            story: &self.state.story,
            ui: &self.ui,
            activity: self.activity(),
            ..ViewContext::new(
                &self.dataset,
                &self.derived,
                &self.state.view,
                self.state.theme,
                self.state.lang,
            )
            .with_client_safe(&self.state.client_safe, crate::i18n::Lang::En)
        };
        self.panels.ui(ui, &context, &mut self.commands);
    }
}

impl eframe::App for ExplorerApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.update_state(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing the window while the last file reopens is no crash: reopen it next time.
        self.end_reopen_guard();
    }
}
