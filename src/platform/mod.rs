//! Edges of the app that touch the operating system, behind small traits so tests can replace them.

use std::path::PathBuf;

/// Native file dialogs. Tests inject a stub that returns a path in a temp folder.
/// Calls block until the user answers, so the app calls them on a background thread.
pub trait FileDialogs: Send + Sync {
    /// A file to open; `None` when cancelled (or when no dialog can be shown).
    fn pick_open(&self, title: &str, extensions: &[&str]) -> Option<PathBuf>;
    /// A path to save to, suggesting `default_name`; `None` when cancelled.
    fn pick_save(&self, title: &str, default_name: &str, extensions: &[&str]) -> Option<PathBuf>;
}

/// The operating system's dialogs, through `rfd`.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&self, title: &str, extensions: &[&str]) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(title, extensions)
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn pick_save(&self, title: &str, default_name: &str, extensions: &[&str]) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .set_file_name(default_name)
            .add_filter(title, extensions)
            .save_file()
    }
}
