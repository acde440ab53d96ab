//! The native window: eframe's options, the persisted state read back, and what the command line asked for.

use std::path::PathBuf;

use super::{APP_TITLE, ExplorerApp};
use crate::command::Command;
use crate::model::Dataset;
use crate::query::story::Story;
use crate::query::{Tab, View};
use crate::state::{AppState, Theme};
use crate::ui;

/// Options for the native window.
pub struct LaunchOptions {
    /// The dataset to show; `None` reopens the last file (or the embedded dataset).
    pub dataset: Option<Dataset>,
    /// A file to open through the mapping dialog once the window is up.
    pub open: Option<PathBuf>,
    /// A view to open with (`--view`), instead of the one saved last time.
    pub view: Option<View>,
    pub tab: Option<Tab>,
    pub theme: Option<Theme>,
    /// Save a PNG of the window here and exit.
    pub screenshot: Option<PathBuf>,
    /// A story to open with (`--story`), and the file it came from, instead of the one saved last time.
    pub story: Option<(Story, String)>,
    /// Start presenting at this slide (from 0) (`--present`, `--slide N`).
    pub present: Option<usize>,
}

/// Opens the native window.
pub fn run_native(launch: LaunchOptions) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_TITLE)
            .with_app_id("invest-explorer")
            // Fits a 1440×900 laptop screen with room for the dock or taskbar.
            .with_inner_size([1400.0, 820.0])
            .with_min_inner_size([960.0, 600.0]),
        ..Default::default()
    };
    eframe::run_native(
        APP_TITLE,
        options,
        Box::new(move |cc| {
            ui::fonts::install_fonts(&cc.egui_ctx, crate::i18n::Lang::En);
            let mut state: AppState = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
                .unwrap_or_default();
            if let Some(view) = launch.view {
                state.view = view;
            }
            // The window opens at once on the given or embedded data; the last file (unless one was given) reopens
            // in the background, with progress, the way it was read last time.
            let reopen = match (&launch.dataset, &state.last_file) {
                (None, Some(path)) => Some((
                    path.clone(),
                    state.last_file_options.clone().unwrap_or_default(),
                )),
                _ => None,
            };
            let dataset = match launch.dataset {
                Some(dataset) => dataset,
                None => Dataset::embedded()?,
            };
            if let Some(tab) = launch.tab {
                state.view.tab = tab;
            }
            if let Some(theme) = launch.theme {
                state.theme = theme;
            }
            let mut app = ExplorerApp::new(dataset, state);
            if let Some((path, options)) = reopen {
                app.commands.push(Command::ReopenFile(path, options));
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
            if let Some(path) = launch.screenshot {
                app.screenshot_to(path);
            }
            Ok(Box::new(app))
        }),
    )
}
