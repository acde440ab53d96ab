//! `UiState`: what the window shows that is neither saved nor shared — notices, open dialogs, the rows the user
//! selected — and `Activity`, what the app is busy with this frame. See the crate docs for where other state
//! lives (`View`, `AppState`).

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::model::load::open::{Detected, OpenOptions, OpenedFile};
use crate::query::present::Presentation;

/// Shown, not saved: lost when the window closes, never part of a view or of the persisted state.
#[derive(Debug, Default)]
pub struct UiState {
    /// The message above the content, until dismissed.
    pub notice: Option<Notice>,
    /// The mapping dialog, while it is open.
    pub open_draft: Option<OpenDraft>,
    pub show_about: bool,
    pub show_quality: bool,
    /// Selected projects (row indices); the last one clicked is shown in the detail panel.
    pub selected_rows: BTreeSet<u32>,
    pub focused_project: Option<u32>,
    /// The app's own file chooser, while it asks (where the system shows no file dialog).
    pub file_request: Option<FileRequest>,
    /// The story panel is open.
    pub show_story: bool,
    /// The slide selected in the story panel: what its buttons and shortcuts act on, where presenting starts.
    pub story_slide: Option<usize>,
    /// Presentation mode, while it runs: the window shows only the slide.
    pub presentation: Option<Presentation>,
    pub show_shortcuts: bool,
}

impl UiState {
    /// Nothing shown: what an offscreen picture (a slide) draws with.
    pub const NOTHING: UiState = UiState {
        notice: None,
        open_draft: None,
        show_about: false,
        show_quality: false,
        selected_rows: BTreeSet::new(),
        focused_project: None,
        file_request: None,
        show_story: false,
        story_slide: None,
        presentation: None,
        show_shortcuts: false,
    };

    /// Shows `text` as a confirmation.
    pub fn tell(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            is_error: false,
        });
    }

    /// Shows `text` as an error.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            is_error: true,
        });
    }
}

/// A message shown above the content until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// What the app's own file chooser asks for: a file to open, or a path to save to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRequest {
    /// New for every request: the chooser starts afresh when it changes.
    pub id: u64,
    pub title: String,
    /// Saving (a name to type, an existing file is replaced) rather than opening (an existing file to pick).
    pub save: bool,
    /// For a save: the name suggested, saying what the file holds.
    pub default_name: String,
    /// The file types shown, without dots; a saved name without one of them gets the first.
    pub extensions: Vec<String>,
    /// Where to start; `None`: the file system's root.
    pub folder: Option<PathBuf>,
}

/// The mapping dialog's draft: what was detected, and the user's choices so far.
#[derive(Debug)]
pub struct OpenDraft {
    pub path: PathBuf,
    pub detected: Detected,
    /// The overrides to load with; `mapping` is always `Some` (the guess, a remembered one, or the user's edits).
    pub options: OpenOptions,
    /// The file as the inspection read it with `options` (a mapping aside): "Open" loads from it. Any other change
    /// to `options` inspects the file again.
    pub opened: OpenedFile,
}

/// What the app is doing this frame, for the panels to show: computed by the app, never stored.
#[derive(Clone, Debug, Default)]
pub struct Activity {
    /// What each background task is doing, e.g. "Exporting to finance.xlsx…", oldest first.
    pub tasks: Vec<String>,
    /// An export or a file dialog is under way: Export waits for it.
    pub exporting: bool,
    /// The load in progress: what it has read, and the fraction done.
    pub loading: Option<(String, f32)>,
    /// The open file changed on disk since it was loaded.
    pub file_changed: bool,
    /// The view of a large table is being computed in the background: the window shows the last result.
    pub computing: bool,
    pub can_undo: bool,
    pub can_redo: bool,
}
