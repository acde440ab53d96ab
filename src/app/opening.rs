//! Opening a consultant's file: inspect it on a background thread, show the mapping dialog unless the file is in
//! the app's own format, then load it with progress and Cancel; and watch the open file for changes on disk. The
//! load reads the rows from what the inspection read and decoded: the file is read once.
//!
//! The current dataset stays usable throughout: it is replaced only when the new one is complete.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use super::ExplorerApp;
use super::tasks::{Background, TaskId, TaskKind};
use crate::i18n::Lang;
use crate::model::load::mapping::header_signature;
use crate::model::load::open::{Detected, OpenOptions, OpenedFile, Progress};
use crate::model::{DataSource, Dataset, LoadError};
use crate::query::messages;
use crate::tr;
use crate::ui::OpenDraft;

/// How often the open file is checked for changes.
const WATCH_EVERY: Duration = Duration::from_secs(2);

/// A load running in the background.
pub(super) struct LoadingFile {
    /// The task doing it.
    pub(super) task: TaskId,
    path: PathBuf,
    progress: Arc<Progress>,
    started: Instant,
    /// The last session's file, reopened at start-up: if it fails, the app forgets it.
    reopening: bool,
}

impl LoadingFile {
    /// "Loading big.csv: 312,000 rows · 120 of 352 MB · 450,000 rows/s", and the fraction done, at `now`.
    pub(super) fn status(&self, now: Instant) -> (String, f32) {
        use std::sync::atomic::Ordering::Relaxed;
        let rows = self.progress.rows.load(Relaxed);
        let bytes = self.progress.bytes.load(Relaxed);
        let total = self.progress.total_bytes.load(Relaxed);
        let seconds = now
            .saturating_duration_since(self.started)
            .as_secs_f64()
            .max(0.001);
        let megabytes = |b: usize| b as f64 / 1e6;
        let name = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let text = format!(
            "Loading {name}: {} rows · {} of {} MB · {} rows/s",
            crate::format::count(rows),
            crate::format::thousands(megabytes(bytes), 0),
            crate::format::thousands(megabytes(total), 0),
            crate::format::thousands(rows as f64 / seconds, 0),
        );
        let fraction = if total > 0 {
            (bytes as f32 / total as f32).clamp(0.0, 1.0)
        } else {
            0.0
        };
        (text, fraction)
    }
}

/// The open file's last known modification time, checked every [`WATCH_EVERY`] by the platform's clock.
pub(super) struct FileWatch {
    path: PathBuf,
    modified: Option<SystemTime>,
    checked: Instant,
    /// The file changed since it was loaded: the UI offers to reload it.
    pub(super) changed: bool,
}

impl FileWatch {
    fn new(path: PathBuf, now: Instant) -> Self {
        let modified = modified_time(&path);
        Self {
            path,
            modified,
            checked: now,
            changed: false,
        }
    }
}

fn modified_time(path: &std::path::Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl ExplorerApp {
    /// Inspects `path` on a background thread; the answer opens the mapping dialog or loads the file.
    pub(super) fn open_path(&mut self, path: PathBuf, options: OpenOptions, ctx: &egui::Context) {
        let request = self.next_open_request();
        let label = tr!(
            self.state.lang,
            "task-reading",
            path = path.display().to_string()
        );
        self.run_in_background(TaskKind::Inspect, "file-inspector", label, ctx, move || {
            let result =
                OpenedFile::open(&path, &options, &Progress::default()).and_then(|opened| {
                    let detected = opened.inspect(options.mapping.as_ref())?;
                    Ok((detected, opened))
                });
            Background::Inspected(request, path, options, Box::new(result))
        });
    }

    /// A new open request supersedes any earlier one: a load still running is cancelled.
    fn next_open_request(&mut self) -> u64 {
        if let Some(loading) = self.loading.take() {
            loading.progress.cancel();
        }
        self.open_request += 1;
        self.open_request
    }

    pub(super) fn on_inspected(
        &mut self,
        request: u64,
        path: PathBuf,
        options: OpenOptions,
        result: Result<(Detected, OpenedFile), LoadError>,
        ctx: &egui::Context,
    ) {
        if request != self.open_request {
            return;
        }
        let (detected, opened) = match result {
            Ok(inspected) => inspected,
            Err(error) => {
                self.ui.warn(load_error_notice(&error, self.state.lang));
                return;
            }
        };
        // The app's own files need no questions.
        if detected.own_format && options.mapping.is_none() {
            self.load_path(path, detected.options(), Some(opened), ctx);
            return;
        }
        let mapping = options.mapping.clone().unwrap_or_else(|| {
            self.state
                .mappings
                .get(&header_signature(&detected.headers))
                .filter(|m| m.fields.values().all(|c| *c < detected.headers.len()))
                .cloned()
                .unwrap_or_else(|| detected.mapping.clone())
        });
        self.mapping_history.clear();
        self.ui.open_draft = Some(OpenDraft {
            path,
            options: OpenOptions {
                mapping: Some(mapping),
                ..options
            },
            detected,
            opened,
        });
    }

    /// Closes the mapping dialog, and with it the undo steps of its mapping.
    pub(super) fn take_open_draft(&mut self) -> Option<OpenDraft> {
        self.mapping_history.clear();
        self.ui.open_draft.take()
    }

    /// Loads `path` in the background with progress and Cancel: from `opened`, what its inspection read with these
    /// options (all but the mapping), or else from the file as it is now.
    fn load_path(
        &mut self,
        path: PathBuf,
        options: OpenOptions,
        opened: Option<OpenedFile>,
        ctx: &egui::Context,
    ) {
        let request = self.next_open_request();
        let progress = Arc::new(Progress::default());
        let label = tr!(
            self.state.lang,
            "task-loading",
            path = path.display().to_string()
        );
        let loading_path = path.clone();
        let work_progress = Arc::clone(&progress);
        let task =
            self.run_in_background(TaskKind::Load, "dataset-loader", label, ctx, move || {
                let dataset = match opened {
                    Some(opened) => Dataset::from_opened(
                        opened,
                        &path,
                        options.mapping.as_ref(),
                        &work_progress,
                    ),
                    None => Dataset::open(&path, &options, &work_progress),
                };
                Background::Loaded(request, Box::new(dataset))
            });
        // Nothing is loading when the task could not start.
        self.loading = task.map(|task| LoadingFile {
            task,
            path: loading_path,
            progress,
            started: self.platform.clock.now(),
            reopening: false,
        });
    }

    /// Stops the load in progress; the current data stays.
    pub(super) fn cancel_load(&mut self) {
        if let Some(loading) = &self.loading {
            loading.progress.cancel();
        }
    }

    /// Reopens the last session's file in the background; the embedded data shows meanwhile.
    pub(super) fn reopen_last_file(
        &mut self,
        path: PathBuf,
        options: OpenOptions,
        ctx: &egui::Context,
    ) {
        self.load_path(path, options, None, ctx);
        let started = self.loading.is_some().then_some(self.open_request);
        if let Some(loading) = &mut self.loading {
            loading.reopening = true;
        }
        self.guard_reopen_request(started);
    }

    /// The mapping dialog's "Open": remember the mapping for this header, then load.
    pub(super) fn confirm_open(&mut self, ctx: &egui::Context) {
        let Some(draft) = self.take_open_draft() else {
            return;
        };
        if let Some(mapping) = &draft.options.mapping {
            self.state
                .mappings
                .insert(header_signature(&draft.detected.headers), mapping.clone());
        }
        self.load_path(draft.path, draft.options, Some(draft.opened), ctx);
    }

    /// The loaded file's settings, for reloading it or changing its mapping.
    fn current_file(&self) -> Option<(PathBuf, OpenOptions)> {
        match (&self.dataset.provenance.source, &self.dataset.detected) {
            (DataSource::File(path), Some(detected)) => Some((path.clone(), detected.options())),
            _ => None,
        }
    }

    pub(super) fn remap_file(&mut self, ctx: &egui::Context) {
        if let Some((path, options)) = self.current_file() {
            // Inspecting again (rather than reusing `detected`) shows the file as it is now.
            // A given mapping always shows the dialog, even for the app's own format.
            self.open_path(path, options, ctx);
        }
    }

    pub(super) fn reload_file(&mut self, ctx: &egui::Context) {
        if let Some(watch) = &mut self.watch {
            watch.changed = false;
        }
        if let Some((path, options)) = self.current_file() {
            // The file changed on disk: read it again.
            self.load_path(path, options, None, ctx);
        }
    }

    pub(super) fn ignore_file_change(&mut self) {
        if let Some(watch) = &mut self.watch {
            watch.changed = false;
            watch.modified = modified_time(&watch.path);
        }
    }

    pub(super) fn on_loaded(&mut self, request: u64, result: Result<Dataset, LoadError>) {
        // Even a superseded load ended without killing the app.
        self.on_load_ended(request);
        if request != self.open_request {
            return;
        }
        let reopening = self.loading.take().is_some_and(|l| l.reopening);
        match result {
            Ok(dataset) => {
                self.state.last_file_options = dataset.detected.as_ref().map(Detected::options);
                self.replace_dataset(dataset);
            }
            Err(LoadError::Cancelled { path }) => {
                let text = tr!(self.state.lang, "notice-load-stopped", path = path);
                self.ui.tell(text);
            }
            Err(error) if reopening => {
                self.state.last_file = None;
                self.state.last_file_options = None;
                let text = tr!(
                    self.state.lang,
                    "notice-reopen-failed",
                    error = messages::load_error(&error, self.state.lang)
                );
                self.ui.warn(text);
            }
            Err(error) => self.ui.warn(load_error_notice(&error, self.state.lang)),
        }
    }

    /// Starts watching the dataset's file (or stops, for the embedded dataset).
    pub(super) fn watch_dataset_file(&mut self) {
        self.watch = match &self.dataset.provenance.source {
            DataSource::File(path) => Some(FileWatch::new(path.clone(), self.platform.clock.now())),
            DataSource::Embedded => None,
        };
    }

    /// Checks the open file's modification time every few seconds; a change is offered as a reload.
    pub(super) fn check_watched_file(&mut self, ctx: &egui::Context) {
        let Some(watch) = &mut self.watch else {
            return;
        };
        let now = self.platform.clock.now();
        if now.saturating_duration_since(watch.checked) >= WATCH_EVERY {
            watch.checked = now;
            let modified = modified_time(&watch.path);
            if modified.is_some() && modified != watch.modified {
                watch.changed = true;
            }
        }
        ctx.request_repaint_after(WATCH_EVERY);
    }

    /// Files dropped on the window: the first one is opened.
    pub(super) fn open_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_path_buf()));
        if let Some(path) = dropped {
            self.open_path(path, OpenOptions::default(), ctx);
        }
    }
}

fn load_error_notice(error: &LoadError, lang: Lang) -> String {
    tr!(
        lang,
        "notice-load-failed",
        error = messages::load_error(error, lang)
    )
}
