//! Reopening the last session's file at start, guarded against a crash loop: a file that kills the process (an
//! allocation abort cannot be caught) would otherwise be reopened, and kill it, at every start.
//!
//! Before the reopen starts, a marker file is written beside the persisted state; it is removed when the load
//! ends (loaded, refused with a located error, cancelled) or the window closes normally. A marker still there at
//! the next start means the app died while reopening: the file is not reopened, and the notice says why.

use std::path::PathBuf;

use super::ExplorerApp;
use crate::command::Command;
use crate::state::StateProblem;

/// The marker of a reopen in progress, and the open request it belongs to once the load has started.
pub(super) struct ReopenGuard {
    marker: PathBuf,
    request: Option<u64>,
}

impl ReopenGuard {
    /// The reopen is over without a crash: nothing to guard against at the next start.
    fn clear(self) {
        // Best effort: a marker that cannot be removed costs one skipped reopen, with a notice.
        let _ = std::fs::remove_file(&self.marker);
    }
}

impl ExplorerApp {
    /// Reopens the last session's file in the background (the data shown meanwhile stays usable), unless the
    /// app ended while reopening it at the last start: then the file is forgotten, and the problem to tell the
    /// user is returned. `marker` is where the reopen in progress is marked
    /// ([`crate::state::StateFiles::reopen_marker`]); `None` reopens unguarded.
    #[must_use = "the problem is for the notice at start"]
    pub fn reopen_last_file_guarded(&mut self, marker: Option<PathBuf>) -> Option<StateProblem> {
        let Some(path) = self.state.last_file.clone() else {
            if let Some(marker) = marker {
                ReopenGuard {
                    marker,
                    request: None,
                }
                .clear();
            }
            return None;
        };
        if let Some(marker) = &marker
            && std::fs::symlink_metadata(marker).is_ok()
        {
            let _ = std::fs::remove_file(marker);
            self.state.last_file = None;
            self.state.last_file_options = None;
            return Some(StateProblem::NotReopened { path });
        }
        // A marker that cannot be written only loses the guard, not the reopen.
        self.reopen_guard = marker
            .filter(|marker| std::fs::write(marker, path.display().to_string()).is_ok())
            .map(|marker| ReopenGuard {
                marker,
                request: None,
            });
        let options = self.state.last_file_options.clone().unwrap_or_default();
        self.commands.push(Command::ReopenFile(path, options));
        None
    }

    /// The reopen's load was started as open request `request` (or could not start: `None`).
    pub(super) fn guard_reopen_request(&mut self, request: Option<u64>) {
        match request {
            Some(request) => {
                if let Some(guard) = &mut self.reopen_guard {
                    guard.request = Some(request);
                }
            }
            None => self.end_reopen_guard(),
        }
    }

    /// A load ended (`request`): if it was the guarded reopen, the guard goes.
    pub(super) fn on_load_ended(&mut self, request: u64) {
        if self
            .reopen_guard
            .as_ref()
            .is_some_and(|guard| guard.request == Some(request))
        {
            self.end_reopen_guard();
        }
    }

    /// No reopen to guard any more (it ended, or the window closes normally).
    pub(super) fn end_reopen_guard(&mut self) {
        if let Some(guard) = self.reopen_guard.take() {
            guard.clear();
        }
    }
}
