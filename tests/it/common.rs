//! Shared set-up for the UI tests: the real app on the embedded dataset, in a kittest harness, on a test
//! platform — file dialogs that answer with preset paths, background work that runs inline (or when the test says),
//! and a clock that moves only when the test moves it. Nothing waits on time, so nothing is flaky.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use invest_explorer::app::ExplorerApp;
use invest_explorer::model::Dataset;
use invest_explorer::platform::{Clock, DialogAnswer, FileDialogs, Job, Platform, Spawner};
use invest_explorer::state::AppState;

/// File dialogs that answer with preset paths instead of asking a person; or, `unavailable`, like a system with
/// no dialog at all (no desktop portal, no zenity). They remember what they were last asked.
#[derive(Default)]
pub struct StubDialogs {
    pub open: Mutex<Option<PathBuf>>,
    pub save: Mutex<Option<PathBuf>>,
    pub unavailable: AtomicBool,
    /// The extensions and default name of the last request.
    pub asked: Mutex<(Vec<String>, String)>,
}

impl StubDialogs {
    fn answer(&self, path: Option<PathBuf>, extensions: &[&str], name: &str) -> DialogAnswer {
        *self.asked.lock().unwrap() = (
            extensions.iter().map(|e| (*e).to_owned()).collect(),
            name.to_owned(),
        );
        if self.unavailable.load(Ordering::SeqCst) {
            DialogAnswer::Unavailable
        } else {
            path.into()
        }
    }
}

impl FileDialogs for StubDialogs {
    fn pick_open(&self, _title: &str, extensions: &[&str]) -> DialogAnswer {
        let path = self.open.lock().unwrap().clone();
        self.answer(path, extensions, "")
    }

    fn pick_save(&self, _title: &str, default_name: &str, extensions: &[&str]) -> DialogAnswer {
        let path = self.save.lock().unwrap().clone();
        self.answer(path, extensions, default_name)
    }
}

/// Runs background work at once, on the test's thread, inside the frame that starts it: its result is there
/// for the next frame.
pub struct InlineSpawner;

impl Spawner for InlineSpawner {
    fn spawn(&self, _name: &str, job: Job) -> std::io::Result<()> {
        job();
        Ok(())
    }
}

/// Holds background work until the test runs it, to look at the window while the work is under way.
#[derive(Default)]
pub struct HeldSpawner {
    jobs: Mutex<VecDeque<(String, Job)>>,
}

impl Spawner for HeldSpawner {
    fn spawn(&self, name: &str, job: Job) -> std::io::Result<()> {
        self.jobs.lock().unwrap().push_back((name.to_owned(), job));
        Ok(())
    }
}

impl HeldSpawner {
    /// The threads that would be running, oldest first.
    pub fn waiting(&self) -> Vec<String> {
        self.jobs
            .lock()
            .unwrap()
            .iter()
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// Runs the oldest job held for thread `name` to its end (panics when there is none).
    pub fn run(&self, name: &str) {
        let job = {
            let mut jobs = self.jobs.lock().unwrap();
            let index = jobs
                .iter()
                .position(|(held, _)| held == name)
                .unwrap_or_else(|| {
                    let waiting: Vec<&str> = jobs.iter().map(|(held, _)| held.as_str()).collect();
                    panic!("no {name} job is waiting; waiting: {waiting:?}")
                });
            jobs.remove(index).unwrap().1
        };
        job();
    }
}

/// A clock that moves only when the test moves it.
pub struct TestClock {
    start: Instant,
    elapsed: Mutex<Duration>,
}

impl Default for TestClock {
    fn default() -> Self {
        Self {
            start: Instant::now(),
            elapsed: Mutex::new(Duration::ZERO),
        }
    }
}

impl TestClock {
    pub fn advance(&self, by: Duration) {
        *self.elapsed.lock().unwrap() += by;
    }
}

impl Clock for TestClock {
    fn now(&self) -> Instant {
        self.start + *self.elapsed.lock().unwrap()
    }
}

/// `dialogs`, work run inline, and a clock of its own.
pub fn platform(dialogs: Arc<StubDialogs>) -> Platform {
    Platform {
        dialogs,
        spawner: Arc::new(InlineSpawner),
        clock: Arc::new(TestClock::default()),
    }
}

/// The app on `dataset` and `platform`, with default state.
pub fn app_on(dataset: Dataset, platform: Platform) -> ExplorerApp {
    ExplorerApp::with_platform(dataset, AppState::default(), platform)
}

/// The app on the embedded dataset at a laptop-sized window, with stub dialogs.
pub fn harness_with(dialogs: Arc<StubDialogs>) -> Harness<'static, ExplorerApp> {
    harness_for(app_on(Dataset::embedded().unwrap(), platform(dialogs)))
}

/// `app` in a laptop-sized window, with the app's fonts, after its first frames.
pub fn harness_for(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    harness_sized(app, egui::vec2(1440.0, 900.0))
}

/// `app` in a window of `size` points, with the app's fonts, after its first frames.
pub fn harness_sized(app: ExplorerApp, size: egui::Vec2) -> Harness<'static, ExplorerApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(|cc| {
        invest_explorer::ui::fonts::install_fonts(&cc.egui_ctx, invest_explorer::i18n::Lang::En);
        app
    });
    harness.run();
    harness
}

/// Frames [`settle`] allows: a click, its command, a file dialog, the export or load it starts, and each result
/// drained, take fewer than ten.
const SETTLE_FRAMES: usize = 20;

/// Steps frames until the app has no command waiting and no background task running, then waits until the
/// window is still (see [`run_until_still`]). Background work runs inline, so this takes a few frames; work that
/// never finishes (a held job, a bug) fails the test, naming what is still running.
pub fn settle(harness: &mut Harness<'_, ExplorerApp>) {
    for _ in 0..SETTLE_FRAMES {
        harness.step();
        if harness.state().is_idle() {
            run_until_still(harness);
            return;
        }
    }
    panic!(
        "the app is still busy after {SETTLE_FRAMES} frames: {:?}",
        harness.state().running_tasks()
    );
}

/// Frames a window may take to come to rest: a dialog grows to its content over a few frames.
const STILL_FRAMES: usize = 30;

/// Runs frames until two in a row show the same widgets in the same places, as a person waits for a dialog to
/// stop moving before clicking in it. (egui asks for no repaint while a window grows to its content, so
/// `Harness::run` alone can return while it still moves, and a click then lands on the wrong widget.)
pub fn run_until_still(harness: &mut Harness<'_, ExplorerApp>) {
    harness.run();
    let mut last = layout(harness);
    for _ in 0..STILL_FRAMES {
        harness.step();
        let now = layout(harness);
        if now == last {
            return;
        }
        last = now;
    }
    panic!("the window is still moving after {STILL_FRAMES} frames");
}

/// Every widget's role, name, value and place.
fn layout(harness: &Harness<'_, ExplorerApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .map(|node| {
            let node = node.accesskit_node();
            format!(
                "{:?} {:?} {:?} {:?}",
                node.role(),
                node.label(),
                node.value(),
                node.bounding_box()
            )
        })
        .collect()
}

/// A file dropped on the window, as eframe hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops `path` on the window for one frame (the app starts reading it in that frame).
pub fn drop_on_window(harness: &mut Harness<'_, ExplorerApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    harness.step();
    // eframe hands a drop over for one frame; the harness would repeat it on every frame.
    harness.input_mut().dropped_files.clear();
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

/// Every project and investor name of the dataset long enough not to be an ordinary word (six characters or
/// more): what a client-safe picture or file must not show.
pub fn real_names(dataset: &Dataset) -> Vec<String> {
    let table = &dataset.projects;
    let mut names: Vec<String> = (0..table.len())
        .flat_map(|row| [table.name.get(row), table.investor.get(row)])
        .filter(|name| name.chars().count() >= 6)
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The `names` (each of six characters or more) that occur anywhere in `texts`, sorted. One pass over the text
/// with an index of the names' first six characters: thousands of names times megabytes of export checked one
/// `contains` at a time took minutes in a debug build.
pub fn leaked_names<S: AsRef<str>>(texts: &[S], names: &[String]) -> Vec<String> {
    const PREFIX: usize = 6;
    let mut by_prefix: std::collections::HashMap<&str, Vec<&str>> = Default::default();
    for name in names {
        let end = name
            .char_indices()
            .nth(PREFIX)
            .map_or(name.len(), |(at, _)| at);
        by_prefix.entry(&name[..end]).or_default().push(name);
    }
    let mut leaked = Vec::new();
    for text in texts {
        let text = text.as_ref();
        let starts: Vec<usize> = text
            .char_indices()
            .map(|(at, _)| at)
            .chain([text.len()])
            .collect();
        for window in starts.windows(PREFIX + 1) {
            let Some(candidates) = by_prefix.get(&text[window[0]..window[PREFIX]]) else {
                continue;
            };
            let rest = &text[window[0]..];
            leaked.extend(
                candidates
                    .iter()
                    .filter(|name| rest.starts_with(**name))
                    .map(|name| (*name).to_owned()),
            );
        }
    }
    leaked.sort();
    leaked.dedup();
    leaked
}

#[test]
fn leaked_names_finds_exactly_what_contains_finds() {
    let names: Vec<String> = [
        "重庆两江新区项目",
        "Acme Holdings",
        "Acme Holdings Ltd",
        "Zhong Ltd",
    ]
    .map(str::to_owned)
    .to_vec();
    let texts = [
        "x,Acme Holdings Ltd,y",
        "在重庆两江新区项目中",
        "Acme Hold",
        "Zhong Lt",
    ];
    let mut naive: Vec<String> = names
        .iter()
        .filter(|name| texts.iter().any(|text| text.contains(name.as_str())))
        .cloned()
        .collect();
    naive.sort();
    assert_eq!(leaked_names(&texts, &names), naive);
    assert_eq!(naive.len(), 3);
}
