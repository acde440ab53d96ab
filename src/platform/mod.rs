//! Edges of the app that touch the operating system, behind small traits so tests can replace them: file
//! dialogs, how background work runs, and the clock that paces file watching.
//!
//! The app gets all three as one [`Platform`]; [`Platform::native`] is the real one. Tests inject dialogs that
//! answer with preset paths, a spawner that runs work inline or when the test says, and a clock they move by hand,
//! so every UI test is deterministic.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// What a file dialog answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    Picked(PathBuf),
    Cancelled,
    /// The system has no file dialog to show (no desktop portal, no zenity): the app shows its own chooser.
    Unavailable,
}

impl From<Option<PathBuf>> for DialogAnswer {
    fn from(path: Option<PathBuf>) -> Self {
        path.map_or(DialogAnswer::Cancelled, DialogAnswer::Picked)
    }
}

/// Native file dialogs. Tests inject a stub that returns a path in a temp folder.
/// Calls block until the user answers, so the app calls them on a background thread.
pub trait FileDialogs: Send + Sync {
    /// A file to open.
    fn pick_open(&self, title: &str, extensions: &[&str]) -> DialogAnswer;
    /// A path to save to, suggesting `default_name`.
    fn pick_save(&self, title: &str, default_name: &str, extensions: &[&str]) -> DialogAnswer;
}

/// The operating system's dialogs, through `rfd`.
pub struct NativeDialogs;

/// An answer faster than this came from no dialog at all: nobody reads a file dialog and cancels it this fast,
/// but rfd returns `None` at once when it has no backend (no desktop portal, no zenity).
const FASTEST_HUMAN_ANSWER: std::time::Duration = std::time::Duration::from_millis(150);

/// `None` from rfd means "cancelled" when a dialog was shown, and "there is no dialog" when it came back at once.
fn answer(started: Instant, path: Option<PathBuf>) -> DialogAnswer {
    match path {
        Some(path) => DialogAnswer::Picked(path),
        None if started.elapsed() < FASTEST_HUMAN_ANSWER => DialogAnswer::Unavailable,
        None => DialogAnswer::Cancelled,
    }
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&self, title: &str, extensions: &[&str]) -> DialogAnswer {
        let started = Instant::now();
        let path = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(title, extensions)
            .add_filter("All files", &["*"])
            .pick_file();
        answer(started, path)
    }

    fn pick_save(&self, title: &str, default_name: &str, extensions: &[&str]) -> DialogAnswer {
        let started = Instant::now();
        let path = rfd::FileDialog::new()
            .set_title(title)
            .set_file_name(default_name)
            .add_filter(title, extensions)
            .save_file();
        answer(started, path)
    }
}

/// A piece of background work: it reports back through the app's channel itself.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// How background work runs.
pub trait Spawner: Send + Sync {
    /// Runs `job` off the UI thread, on a thread called `name` ("dataset-loader", "export-writer"…). An error
    /// means the job will never run.
    fn spawn(&self, name: &str, job: Job) -> std::io::Result<()>;
}

/// One named OS thread per job.
pub struct ThreadSpawner;

impl Spawner for ThreadSpawner {
    fn spawn(&self, name: &str, job: Job) -> std::io::Result<()> {
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(job)
            .map(drop)
    }
}

/// What time it is, for pacing: the file watch checks the open file every few seconds by this clock.
pub trait Clock: Send + Sync {
    fn now(&self) -> Instant;
}

/// The operating system's monotonic clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// Everything the app needs from the operating system.
#[derive(Clone)]
pub struct Platform {
    pub dialogs: Arc<dyn FileDialogs>,
    pub spawner: Arc<dyn Spawner>,
    pub clock: Arc<dyn Clock>,
}

impl Platform {
    /// Native dialogs, named threads, the system clock.
    pub fn native() -> Self {
        Self {
            dialogs: Arc::new(NativeDialogs),
            spawner: Arc::new(ThreadSpawner),
            clock: Arc::new(SystemClock),
        }
    }
}
