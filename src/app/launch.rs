//! The native window: eframe's options, the persisted state read back, and what the command line asked for.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::screenshot::ScreenshotOutcome;
use super::{APP_TITLE, ExplorerApp};
use crate::command::Command;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::platform::Platform;
use crate::query::story::Story;
use crate::query::{Tab, View};
use crate::state::{AppState, LoadedState, StateFiles, Theme};

/// The app id: eframe names its storage folder after it.
const APP_ID: &str = "invest-explorer";

/// Options for the native window.
#[derive(Default)]
pub struct LaunchOptions {
    /// The dataset to show; `None` reopens the last file (or the embedded dataset).
    pub dataset: Option<Dataset>,
    /// A file to open through the mapping dialog once the window is up.
    pub open: Option<PathBuf>,
    /// A view to open with (`--view`), instead of the one saved last time.
    pub view: Option<View>,
    pub tab: Option<Tab>,
    pub theme: Option<Theme>,
    /// `--lang`: the interface language for this run (and remembered, as if chosen in the menu).
    pub lang: Option<Lang>,
    /// Save a PNG of the window here and exit.
    pub screenshot: Option<PathBuf>,
    /// A story to open with (`--story`), and the file it came from, instead of the one saved last time.
    pub story: Option<(Story, String)>,
    /// Start presenting at this slide (from 0) (`--present`, `--slide N`).
    pub present: Option<usize>,
}

/// Why the window could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error("cannot open the window: {0}")]
    Window(#[from] eframe::Error),
    /// `--screenshot` could not save the PNG (or the window closed before the capture).
    #[error("{0}")]
    Screenshot(String),
}

/// Opens the native window.
pub fn run_native(launch: LaunchOptions) -> Result<(), LaunchError> {
    // The state is read here rather than through eframe's storage, which drops an unreadable file silently and
    // then saves the defaults over it: read it leniently, keep a copy of what could not be read, say so.
    let files = eframe::storage_dir(APP_ID).map(StateFiles::in_dir);
    let outcome: ScreenshotOutcome = Arc::new(Mutex::new(None));
    let screenshot = launch.screenshot.clone();
    let wants_screenshot = screenshot.is_some();
    let app_outcome = Arc::clone(&outcome);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_TITLE)
            .with_app_id(APP_ID)
            // Fits a 1440×900 laptop screen with room for the dock or taskbar.
            .with_inner_size([1400.0, 820.0])
            .with_min_inner_size([960.0, 600.0]),
        // The same file `StateFiles` reads, whatever eframe's default would be.
        persistence_path: files.as_ref().map(StateFiles::app_ron),
        ..Default::default()
    };
    eframe::run_native(
        APP_TITLE,
        options,
        Box::new(move |cc| {
            // The fonts follow the language: the app installs them on its first frame.
            let first_start = files.as_ref().is_none_or(|files| !files.app_ron().exists());
            let mut loaded = match &files {
                Some(files) => files.load(eframe::APP_KEY),
                None => LoadedState {
                    state: cc
                        .storage
                        .and_then(|storage| eframe::get_value::<AppState>(storage, eframe::APP_KEY))
                        .map(AppState::bounded)
                        .unwrap_or_default(),
                    problems: Vec::new(),
                },
            };
            if first_start {
                // A first start speaks the system's language; later starts the one chosen last.
                loaded.state.lang = Lang::from_system();
            }
            let mut app = start_app(launch, loaded, files.as_ref(), Platform::native())?;
            if let Some(path) = screenshot {
                app.screenshot_to(path, app_outcome);
            }
            Ok(Box::new(app))
        }),
    )?;
    match outcome.lock().ok().and_then(|mut outcome| outcome.take()) {
        Some(Err(reason)) => Err(LaunchError::Screenshot(reason)),
        None if wants_screenshot => Err(LaunchError::Screenshot(
            "the window closed before the screenshot was taken".into(),
        )),
        _ => Ok(()),
    }
}

/// The app as the command line and the persisted state ask for it, on `platform`: the given or embedded data at
/// once, the last file (unless one was given) reopening in the background the way it was read last time —
/// unless the app died reopening it last time — and one notice for whatever of the saved state could not be
/// read or reopened. `files`: where the state lives (`None`: nowhere, nothing guarded). `--screenshot` is the
/// caller's.
pub fn start_app(
    launch: LaunchOptions,
    loaded: LoadedState,
    files: Option<&StateFiles>,
    platform: Platform,
) -> Result<ExplorerApp, crate::model::LoadError> {
    let LoadedState {
        mut state,
        mut problems,
    } = loaded;
    if let Some(view) = launch.view {
        state.view = view;
    }
    if let Some(tab) = launch.tab {
        state.view.tab = tab;
    }
    if let Some(theme) = launch.theme {
        state.theme = theme;
    }
    if let Some(lang) = launch.lang {
        state.lang = lang;
    }
    let lang = state.lang;
    let reopen = launch.dataset.is_none();
    let dataset = match launch.dataset {
        Some(dataset) => dataset,
        None => Dataset::embedded()?,
    };
    let mut app = ExplorerApp::with_platform(dataset, state, platform);
    if reopen {
        problems.extend(app.reopen_last_file_guarded(files.map(StateFiles::reopen_marker)));
    }
    if !problems.is_empty() {
        let text: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
        app.ui.warn(text.join(" "));
    }
    if let Some(path) = launch.open {
        app.commands.push(Command::OpenPath(path));
    }
    if let Some((story, file)) = launch.story {
        app.use_story(story, &file);
    }
    if let Some(slide) = launch.present {
        app.present_from(slide);
    }
    Ok(app)
}
