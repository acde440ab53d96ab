//! Background work: each task has an id, a kind and what it is doing; its result comes back on one channel,
//! tagged with the id, and `logic()` hands it on. Several tasks run at once (an export while a file is read):
//! each one finishing ends only itself, so "Export" stays disabled until the export that is writing is done.
//!
//! How the work runs is the [`Platform`](crate::platform::Platform)'s spawner: named threads in the app, inline
//! or step by step in tests.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::ExplorerApp;
use super::exporting::Pick;
use crate::export::ExportError;
use crate::model::load::open::{Detected, OpenOptions, OpenedFile};
use crate::model::{Dataset, LoadError};
use crate::platform::DialogAnswer;
use crate::tr;

/// Which task a result belongs to.
pub(super) type TaskId = u64;

/// What a task does; decides what waits for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TaskKind {
    /// A file dialog is up (one at a time).
    Dialog,
    /// A file is being inspected for the mapping dialog.
    Inspect,
    Load,
    Export,
    /// A view of a large table is being evaluated (see `evaluating.rs`): shown in the status bar, not as a toast.
    Evaluate,
}

#[derive(Debug)]
struct RunningTask {
    kind: TaskKind,
    /// What the spinner says, e.g. "Exporting to finance.xlsx…".
    label: String,
}

/// Work finished on a background thread.
pub(super) enum Background {
    Picked(Pick, DialogAnswer),
    /// A file was inspected (with these options) for open request `u64`: open the mapping dialog or load it.
    /// What it read and decoded comes with it, for the load.
    Inspected(
        u64,
        PathBuf,
        OpenOptions,
        Box<Result<(Detected, OpenedFile), LoadError>>,
    ),
    /// A dataset finished loading for open request `u64`.
    Loaded(u64, Box<Result<Dataset, LoadError>>),
    /// The view asked for by evaluation request `u64` of dataset generation `u64`, computed.
    Evaluated(u64, u64, Box<crate::query::Derived>),
    /// An export finished: what to tell the user.
    Exported(Result<String, ExportError>),
    /// The task panicked (its thread's name): nothing it was doing took effect.
    Failed(String),
}

/// The running tasks and the channel their results come back on.
pub(super) struct Tasks {
    running: BTreeMap<TaskId, RunningTask>,
    next_id: TaskId,
    tx: Sender<(TaskId, Background)>,
    rx: Receiver<(TaskId, Background)>,
}

impl Default for Tasks {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self {
            running: BTreeMap::new(),
            next_id: 0,
            tx,
            rx,
        }
    }
}

impl Tasks {
    /// A finished task's result, if one came back.
    pub(super) fn try_recv(&self) -> Option<(TaskId, Background)> {
        self.rx.try_recv().ok()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.running.is_empty()
    }

    pub(super) fn is_running(&self, kind: TaskKind) -> bool {
        self.running.values().any(|task| task.kind == kind)
    }

    /// An export is being written or a file dialog is up: a second export waits. So does one while the view is
    /// being computed: an export takes what is on screen, which until then is the last view's.
    pub(super) fn blocks_export(&self) -> bool {
        self.is_running(TaskKind::Export)
            || self.is_running(TaskKind::Dialog)
            || self.is_running(TaskKind::Evaluate)
    }

    /// What the toasts say: every task but the evaluation, which the status bar shows.
    pub(super) fn labels(&self) -> Vec<String> {
        self.running
            .values()
            .filter(|task| task.kind != TaskKind::Evaluate)
            .map(|task| task.label.clone())
            .collect()
    }
}

impl ExplorerApp {
    /// Runs `work` in the background as a task of `kind` showing `label`; its result comes back through the
    /// channel (drained in `logic()`). On a thread called `thread`. If it cannot start, says so and returns
    /// `None`.
    pub(super) fn run_in_background(
        &mut self,
        kind: TaskKind,
        thread: &str,
        label: String,
        ctx: &egui::Context,
        work: impl FnOnce() -> Background + Send + 'static,
    ) -> Option<TaskId> {
        let tasks = &mut self.tasks;
        tasks.next_id += 1;
        let id = tasks.next_id;
        let tx = tasks.tx.clone();
        let repaint = ctx.clone();
        let job = Box::new(move || {
            // A bug in the work must not leave the app waiting forever: report it as a failure.
            let message = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
                .unwrap_or_else(|_| Background::Failed(thread_name()));
            let _ = tx.send((id, message));
            repaint.request_repaint();
        });
        match self.platform.spawner.spawn(thread, job) {
            Ok(()) => {
                tasks.running.insert(id, RunningTask { kind, label });
                Some(id)
            }
            Err(error) => {
                self.ui.warn(format!(
                    "Cannot start a background task ({thread}): {error}"
                ));
                None
            }
        }
    }

    /// Hands a finished task's result to whatever waits for it.
    pub(super) fn on_background(&mut self, task: TaskId, message: Background, ctx: &egui::Context) {
        let kind = self.tasks.running.remove(&task).map(|task| task.kind);
        match message {
            Background::Picked(pick, DialogAnswer::Picked(path)) => self.on_picked(pick, path, ctx),
            Background::Picked(_, DialogAnswer::Cancelled) => {}
            Background::Picked(pick, DialogAnswer::Unavailable) => self.on_dialog_unavailable(pick),
            Background::Exported(result) => match result {
                Ok(text) => self.ui.tell(text),
                Err(error) => self.ui.warn(tr!(
                    self.state.lang,
                    "notice-export-failed",
                    error = error.message_in(self.state.lang)
                )),
            },
            Background::Loaded(request, result) => self.on_loaded(request, *result),
            Background::Evaluated(request, generation, derived) => {
                self.on_evaluated(request, generation, *derived);
            }
            Background::Inspected(request, path, options, result) => {
                self.on_inspected(request, path, options, *result, ctx);
            }
            Background::Failed(thread) => {
                if kind == Some(TaskKind::Evaluate) {
                    self.on_evaluation_failed();
                }
                if self.loading.as_ref().is_some_and(|l| l.task == task) {
                    self.loading = None;
                    // A caught panic is no crash: the guard of a reopen this was goes.
                    self.on_load_ended(self.open_request);
                }
                let text = tr!(self.state.lang, "notice-background-failed", thread = thread);
                self.ui.warn(text);
            }
        }
    }
}

/// The current thread's name, for reports about it.
fn thread_name() -> String {
    std::thread::current()
        .name()
        .unwrap_or("background task")
        .to_owned()
}
