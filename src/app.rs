//! `ExplorerApp`: the `eframe::App`. `logic()` applies the frame's commands, drains background work and recomputes
//! derived data when its key changed; `ui()` only draws.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

mod opening;

pub use opening::OpenDraft;

use crate::command::{Command, ExportKind};
use crate::format::Currency;
use crate::model::load::open::{Detected, OpenOptions};
use crate::model::{ColumnId, Dataset, LoadError};
use crate::platform::{FileDialogs, NativeDialogs};
use crate::query::{
    self, Amounts, CrossTab, FacetCounts, Filter, GroupBy, GroupSummary, Selection, SortKey,
    Summary, Tab,
};
use crate::state::{AppState, Theme};
use crate::ui;

/// The window title.
pub const APP_TITLE: &str = "Investment Explorer";

/// Results computed from the dataset and the view: recomputed in `logic()` only when their key changes, never
/// per frame.
#[derive(Clone, Default)]
pub struct Derived {
    /// Selected rows in display (sorted) order.
    pub selection: Selection,
    pub facets: FacetCounts,
    pub totals: Summary,
    /// Totals of the whole dataset, for "N of M" and shares.
    pub dataset_totals: Summary,
    /// First and last contract year in the dataset, for the year-range filter (not recomputed per frame).
    pub year_span: Option<(i32, i32)>,
    /// Breakdown tab: groups by `view.group_by`, and the cross-tab `group_by × cross_by`.
    pub groups: Vec<GroupSummary>,
    pub cross_tab: CrossTab,
    /// Charts tab.
    pub by_sector: Vec<GroupSummary>,
    pub by_year: Vec<GroupSummary>,
    pub sector_by_year: CrossTab,
    pub size_histogram: Vec<query::HistogramBin>,
    /// Map tab.
    pub by_district: Vec<GroupSummary>,
}

/// What the selection, facets and totals depend on.
#[derive(Clone, PartialEq)]
struct SelectionKey {
    generation: u64,
    filter: Filter,
    sort: Vec<SortKey>,
    currency: Currency,
}

/// What the current tab's aggregates depend on, besides the selection.
#[derive(Clone, PartialEq)]
struct TabKey {
    selection: SelectionKey,
    tab: Tab,
    group_by: GroupBy,
    cross_by: GroupBy,
}

/// A message shown above the content until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// Why a file dialog was shown: what to do with the path the user picks.
#[derive(Clone, Copy, Debug)]
enum Pick {
    OpenDataset,
    ImportView,
    ExportView,
    Export(ExportKind),
}

/// How many view changes Undo can go back.
const UNDO_DEPTH: usize = 200;

/// Work finished on a background thread.
enum Background {
    Picked(Pick, Option<PathBuf>),
    /// A file was inspected (with these options) for open request `u64`: open the mapping dialog or load it.
    Inspected(u64, PathBuf, OpenOptions, Box<Result<Detected, LoadError>>),
    /// A background task panicked (its name): nothing it was doing took effect.
    Failed(String),
    /// A dataset finished loading for open request `u64`.
    Loaded(u64, Box<Result<Dataset, LoadError>>),
    Screenshot(Arc<egui::ColorImage>),
    /// An export finished: what to tell the user.
    Exported(Result<String, crate::export::ExportError>),
}

/// `--screenshot PATH`: render a few frames, capture the window, save it, close.
struct ScreenshotRequest {
    path: PathBuf,
    frames: u32,
    requested: bool,
}

/// Frames to render before capturing: layout (tables, plots) settles in the first few.
const SCREENSHOT_AFTER_FRAMES: u32 = 5;

pub struct ExplorerApp {
    pub dataset: Arc<Dataset>,
    /// Bumped whenever `dataset` is replaced, so caches keyed on it are invalidated.
    generation: u64,
    /// The dataset's amounts in CNY m (each row at its contract year's rate), computed when first needed.
    cny_amounts: Option<(u64, Vec<f64>, Vec<f64>)>,
    pub state: AppState,
    pub derived: Derived,
    selection_key: Option<SelectionKey>,
    tab_key: Option<TabKey>,
    /// Selected projects (row indices); the last one clicked is shown in the detail panel.
    pub selected_rows: BTreeSet<u32>,
    pub focused_project: Option<u32>,
    pub notice: Option<Notice>,
    pub show_about: bool,
    /// True while a file dialog or a load runs in the background.
    pub busy: Option<String>,
    /// The mapping dialog, while it is open.
    pub open_draft: Option<opening::OpenDraft>,
    /// The load in progress, with its progress and Cancel.
    pub loading: Option<opening::LoadingFile>,
    /// The open file, checked for changes on disk.
    pub watch: Option<opening::FileWatch>,
    pub show_quality: bool,
    /// Numbers each open or load request: a result for an older request (the user opened another file since) is
    /// dropped.
    open_request: u64,
    /// Commands pushed by widgets during `ui()`, applied in the next `logic()`.
    pub commands: Vec<Command>,
    dialogs: Arc<dyn FileDialogs>,
    background_tx: Sender<Background>,
    background_rx: Receiver<Background>,
    panels: ui::Panels,
    applied_theme: Option<Theme>,
    screenshot: Option<ScreenshotRequest>,
    /// Earlier views, most recent last; and views undone, for Redo.
    undo: Vec<query::View>,
    redo: Vec<query::View>,
    /// The last recorded change was typing in the search box: further typing joins the same undo step.
    typing_search: bool,
}

impl ExplorerApp {
    pub fn new(dataset: Dataset, state: AppState) -> Self {
        Self::with_dialogs(dataset, state, Arc::new(NativeDialogs))
    }

    /// An app whose file dialogs are `dialogs` (tests inject a stub).
    pub fn with_dialogs(dataset: Dataset, state: AppState, dialogs: Arc<dyn FileDialogs>) -> Self {
        let (background_tx, background_rx) = channel();
        let mut app = Self {
            dataset: Arc::new(dataset),
            generation: 0,
            cny_amounts: None,
            state,
            derived: Derived::default(),
            selection_key: None,
            tab_key: None,
            selected_rows: BTreeSet::new(),
            focused_project: None,
            notice: None,
            show_about: false,
            busy: None,
            open_draft: None,
            loading: None,
            watch: None,
            show_quality: false,
            open_request: 0,
            commands: Vec::new(),
            dialogs,
            background_tx,
            background_rx,
            panels: ui::Panels::default(),
            applied_theme: None,
            screenshot: None,
            undo: Vec::new(),
            redo: Vec::new(),
            typing_search: false,
        };
        app.refresh_derived();
        app.watch_dataset_file();
        app
    }

    /// Applies queued commands, drains background results and refreshes derived data.
    pub fn update_state(&mut self, ctx: &egui::Context) {
        while let Ok(message) = self.background_rx.try_recv() {
            self.on_background(message, ctx);
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
        self.refresh_derived();
        self.advance_screenshot(ctx);
        if self.applied_theme != Some(self.state.theme) {
            ctx.set_theme(match self.state.theme {
                Theme::Light => egui::Theme::Light,
                Theme::Dark => egui::Theme::Dark,
            });
            self.applied_theme = Some(self.state.theme);
        }
    }

    /// Captures the window to `path` once it has rendered, then closes it.
    pub fn screenshot_to(&mut self, path: PathBuf) {
        self.screenshot = Some(ScreenshotRequest {
            path,
            frames: 0,
            requested: false,
        });
    }

    fn advance_screenshot(&mut self, ctx: &egui::Context) {
        let Some(request) = &mut self.screenshot else {
            return;
        };
        request.frames += 1;
        ctx.request_repaint();
        if request.requested || request.frames < SCREENSHOT_AFTER_FRAMES {
            return;
        }
        request.requested = true;
        let tx = self.background_tx.clone();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            let _ = tx.send(Background::Screenshot(image));
            repaint.request_repaint();
        });
    }

    fn save_screenshot(&mut self, image: &egui::ColorImage, ctx: &egui::Context) {
        let Some(request) = self.screenshot.take() else {
            return;
        };
        let rgba: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
        let [width, height] = image.size;
        match crate::export::png::write_png(&request.path, width as u32, height as u32, &rgba) {
            Ok(()) => println!("{}", request.path.display()),
            Err(error) => eprintln!("invest-explorer: {error}"),
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// Applies a command; a change to the view becomes one undo step (typing in search is one step, not one
    /// per key).
    fn apply_recording_undo(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Undo => self.step_history(true),
            Command::Redo => self.step_history(false),
            command => {
                let before = self.state.view.clone();
                self.apply(command, ctx);
                if self.state.view == before {
                    return;
                }
                let typing = only_search_differs(&before, &self.state.view);
                if !(typing && self.typing_search) {
                    self.undo.push(before);
                    if self.undo.len() > UNDO_DEPTH {
                        self.undo.remove(0);
                    }
                }
                self.typing_search = typing;
                self.redo.clear();
            }
        }
    }

    /// Undo (`back`) or redo one view change.
    fn step_history(&mut self, back: bool) {
        let (from, to) = if back {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        if let Some(view) = from.pop() {
            to.push(std::mem::replace(&mut self.state.view, view));
        }
        self.typing_search = false;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        let view = &mut self.state.view;
        match command {
            Command::SetFilter(filter) => view.filter = filter,
            Command::FilterTo { facet, value } => {
                *view.filter.values_mut(facet) = BTreeSet::from([value]);
            }
            Command::FilterToYear(year) => {
                view.filter.year_from = Some(year);
                view.filter.year_to = Some(year);
            }
            Command::SortBy { column, add } => sort_by(&mut view.sort, column, add),
            Command::ToggleColumn(name) => {
                if view.columns.is_empty() {
                    let table = &self.dataset.projects;
                    view.columns = view
                        .visible_columns(table)
                        .into_iter()
                        .map(|c| table.column_name(c).to_owned())
                        .collect();
                }
                if let Some(index) = view.columns.iter().position(|c| *c == name) {
                    if view.columns.len() > 1 {
                        view.columns.remove(index);
                    }
                } else {
                    view.columns.push(name);
                }
            }
            Command::ClickProject {
                row,
                toggle,
                extend,
            } => self.click_project(row, toggle, extend),
            Command::CopySelectedRows => self.copy_selected_rows(ctx),
            Command::SetTab(tab) => view.tab = tab,
            Command::SetChart(chart) => view.chart = chart,
            Command::SetGroupBy(by) => view.group_by = by,
            Command::SetCrossBy(by) => view.cross_by = by,
            Command::DrillInto { by, key } => {
                let (facet, next_group, next_tab) = ui::breakdown::drill_target(by);
                match facet {
                    Some(facet) => *view.filter.values_mut(facet) = BTreeSet::from([key]),
                    None => {
                        if let Ok(year) = key.parse::<i32>() {
                            view.filter.year_from = Some(year);
                            view.filter.year_to = Some(year);
                        }
                    }
                }
                if let Some(group_by) = next_group {
                    view.group_by = group_by;
                }
                if let Some(tab) = next_tab {
                    view.tab = tab;
                }
            }
            Command::DrillUp => {
                view.filter.sectors.clear();
                view.filter.sub_sectors.clear();
                view.group_by = GroupBy::Sector;
            }
            Command::SetMoney(money) => view.money = money,
            Command::SetTheme(theme) => self.state.theme = theme,
            Command::OpenFileDialog => self.pick_file(Pick::OpenDataset, ctx),
            Command::OpenPath(path) => self.open_path(path, OpenOptions::default(), ctx),
            Command::ReopenFile(path, options) => self.reopen_last_file(path, options, ctx),
            Command::ReinspectFile(options) => {
                if let Some(draft) = self.open_draft.take() {
                    self.open_path(draft.path, options, ctx);
                }
            }
            Command::ConfirmOpen => self.confirm_open(ctx),
            Command::CancelOpen => self.open_draft = None,
            Command::CancelLoad => {
                if let Some(loading) = &self.loading {
                    loading.progress.cancel();
                }
            }
            Command::RemapFile => self.remap_file(ctx),
            Command::ReloadFile => self.reload_file(ctx),
            Command::IgnoreFileChange => self.ignore_file_change(),
            Command::ShowQuality(show) => self.show_quality = show,
            Command::ShowAbout(show) => self.show_about = show,
            Command::DismissNotice => self.notice = None,
            // Undo and redo are handled before a command gets here.
            Command::Undo | Command::Redo => {}
            Command::SaveView(name) => self.save_view(name),
            Command::ApplyView(index) => {
                if let Some(view) = self.state.saved_views.get(index).cloned() {
                    self.use_view(view, "");
                }
            }
            Command::DeleteView(index) => {
                if index < self.state.saved_views.len() {
                    self.state.saved_views.remove(index);
                }
            }
            Command::ExportViewFile => self.pick_file(Pick::ExportView, ctx),
            Command::Export(kind) => self.pick_file(Pick::Export(kind), ctx),
            Command::ImportViewFile => self.pick_file(Pick::ImportView, ctx),
        }
    }

    fn save_view(&mut self, name: String) {
        let name = name.trim().to_owned();
        if name.is_empty() {
            return;
        }
        let view = query::View {
            name: name.clone(),
            ..self.state.view.clone()
        };
        let saved = &mut self.state.saved_views;
        match saved.iter_mut().find(|v| v.name == name) {
            Some(existing) => *existing = view,
            None => saved.push(view),
        }
        self.state.view.name = name.clone();
        self.notice = Some(Notice {
            text: format!("Saved the view \u{201c}{name}\u{201d}."),
            is_error: false,
        });
    }

    /// Switches to `view`, warning about names this data does not have (the view still applies).
    fn use_view(&mut self, view: query::View, origin: &str) {
        let warnings = view.warnings(&self.dataset.projects);
        let name = if view.name.is_empty() {
            "the view".to_owned()
        } else {
            format!("\u{201c}{}\u{201d}", view.name)
        };
        self.notice = Some(if warnings.is_empty() {
            Notice {
                text: format!("Showing {name}{origin}."),
                is_error: false,
            }
        } else {
            Notice {
                text: format!(
                    "Showing {name}{origin}, but {}; those parts match nothing.",
                    warnings.join("; ")
                ),
                is_error: true,
            }
        });
        self.state.view = view;
    }

    fn click_project(&mut self, row: u32, toggle: bool, extend: bool) {
        if extend && let Some(anchor) = self.focused_project {
            let rows = &self.derived.selection.rows;
            let position = |r: u32| rows.iter().position(|&x| x == r);
            if let (Some(a), Some(b)) = (position(anchor), position(row)) {
                let (from, to) = if a <= b { (a, b) } else { (b, a) };
                self.selected_rows.extend(&rows[from..=to]);
            }
        } else if toggle {
            if !self.selected_rows.remove(&row) {
                self.selected_rows.insert(row);
            }
        } else {
            self.selected_rows = BTreeSet::from([row]);
        }
        self.focused_project = Some(row);
    }

    /// Copies the selected rows (visible columns, in display order) as TSV, which pastes into Excel as columns.
    fn copy_selected_rows(&mut self, ctx: &egui::Context) {
        if self.selected_rows.is_empty() {
            self.notice = Some(Notice {
                text: "Select rows in the table first (click, shift-click, ctrl-click), then copy."
                    .into(),
                is_error: false,
            });
            return;
        }
        let rows: Vec<u32> = self
            .derived
            .selection
            .rows
            .iter()
            .copied()
            .filter(|r| self.selected_rows.contains(r))
            .collect();
        let columns = ui::table::visible_columns(&self.dataset.projects, &self.state.view);
        ctx.copy_text(rows_as_tsv(&self.dataset, &rows, &columns));
        self.notice = Some(Notice {
            text: format!(
                "Copied {} rows to the clipboard.",
                crate::format::count(rows.len())
            ),
            is_error: false,
        });
    }

    /// Shows a file dialog on a background thread (it blocks until the user answers); the answer comes back
    /// through the background channel.
    fn pick_file(&mut self, pick: Pick, ctx: &egui::Context) {
        if self.busy.is_some() {
            return;
        }
        let dialogs = Arc::clone(&self.dialogs);
        let view_name = crate::export::slugify(&self.state.view.name);
        let default_export = match pick {
            Pick::Export(kind) => default_export_name(kind, &self.state.view.filter),
            _ => String::new(),
        };
        let busy = "Waiting for the file dialog…".to_owned();
        self.run_in_background("file-dialog", busy, ctx, move || {
            let picked = match pick {
                Pick::OpenDataset => {
                    dialogs.pick_open("Open a project file", &["csv", "tsv", "txt"])
                }
                Pick::ImportView => dialogs.pick_open("Import a view", &["ron"]),
                Pick::ExportView => {
                    let stem = if view_name.is_empty() {
                        "view".to_owned()
                    } else {
                        view_name
                    };
                    dialogs.pick_save("Export the view", &format!("{stem}.ron"), &["ron"])
                }
                Pick::Export(kind) => {
                    dialogs.pick_save("Export", &default_export, &[kind.extension()])
                }
            };
            Background::Picked(pick, picked)
        });
    }

    fn on_picked(&mut self, pick: Pick, path: PathBuf, ctx: &egui::Context) {
        match pick {
            Pick::Export(kind) => self.export_in_background(kind, path, ctx),
            Pick::OpenDataset => self.open_path(path, OpenOptions::default(), ctx),
            Pick::ImportView => {
                self.busy = None;
                match crate::cli::load_view(&path) {
                    Ok(view) => {
                        let before = self.state.view.clone();
                        self.use_view(view, &format!(" from {}", path.display()));
                        self.undo.push(before);
                        self.redo.clear();
                    }
                    Err(error) => {
                        self.notice = Some(Notice {
                            text: format!("{error}. The current view is unchanged."),
                            is_error: true,
                        });
                    }
                }
            }
            Pick::ExportView => {
                self.busy = None;
                let result = self
                    .state
                    .view
                    .to_ron()
                    .map_err(|e| crate::export::ExportError::Encode(e.to_string()))
                    .and_then(|text| {
                        crate::export::write_atomically(&path, |out| {
                            out.write_all(text.as_bytes()).map_err(|source| {
                                crate::export::ExportError::Io {
                                    path: path.display().to_string(),
                                    source,
                                }
                            })
                        })
                    });
                self.notice = Some(match result {
                    Ok(()) => Notice {
                        text: format!("Saved the view to {}.", path.display()),
                        is_error: false,
                    },
                    Err(error) => Notice {
                        text: format!("{error}. Nothing was changed."),
                        is_error: true,
                    },
                });
            }
        }
    }

    /// Writes an export on a background thread from a snapshot of what is on screen; the UI stays live.
    fn export_in_background(&mut self, kind: ExportKind, path: PathBuf, ctx: &egui::Context) {
        let busy = format!("Exporting to {}…", path.display());
        let job = ExportJob {
            kind,
            path,
            dataset: Arc::clone(&self.dataset),
            rows: self.derived.selection.rows.clone(),
            columns: ui::table::visible_columns(&self.dataset.projects, &self.state.view),
            view: self.state.view.clone(),
            derived: matches!(kind, ExportKind::Picture(_)).then(|| self.derived.clone()),
            theme: self.state.theme,
            map_central_only: self.panels.map_central_only(),
        };
        self.run_in_background("export-writer", busy, ctx, move || {
            Background::Exported(job.run())
        });
    }

    /// Runs `work` on a named thread, showing `busy` until its result comes back through the background channel
    /// (drained in `logic()`); if no thread can be started, says so instead.
    fn run_in_background(
        &mut self,
        name: &str,
        busy: String,
        ctx: &egui::Context,
        work: impl FnOnce() -> Background + Send + 'static,
    ) {
        self.busy = Some(busy);
        let tx = self.background_tx.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                // A bug in the work must not leave the app waiting forever: report it as a failure.
                let message = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
                    .unwrap_or_else(|_| Background::Failed(thread_name()));
                let _ = tx.send(message);
                ctx.request_repaint();
            });
        if let Err(error) = spawned {
            self.busy = None;
            self.notice = Some(Notice {
                text: format!("Cannot start a background task ({name}): {error}"),
                is_error: true,
            });
        }
    }

    fn on_background(&mut self, message: Background, ctx: &egui::Context) {
        match message {
            Background::Picked(pick, Some(path)) => self.on_picked(pick, path, ctx),
            Background::Picked(_, None) => self.busy = None,
            Background::Screenshot(image) => self.save_screenshot(&image, ctx),
            Background::Exported(result) => {
                self.busy = None;
                self.notice = Some(match result {
                    Ok(text) => Notice {
                        text,
                        is_error: false,
                    },
                    Err(error) => Notice {
                        text: format!(
                            "The export failed: {error}. Any existing file was left as it was."
                        ),
                        is_error: true,
                    },
                });
            }
            Background::Loaded(request, result) => self.on_loaded(request, *result),
            Background::Inspected(request, path, options, result) => {
                self.on_inspected(request, path, options, *result, ctx);
            }
            Background::Failed(task) => {
                self.busy = None;
                self.loading = None;
                self.notice = Some(Notice {
                    text: format!(
                        "Something went wrong in the background ({task}); nothing was changed. Please report it."
                    ),
                    is_error: true,
                });
            }
        }
    }

    /// Swaps in a new dataset, keeping the view (its filters are names, so they apply to the new rows too).
    pub fn replace_dataset(&mut self, dataset: Dataset) {
        self.state.last_file = match &dataset.provenance.source {
            crate::model::DataSource::File(path) => Some(path.clone()),
            crate::model::DataSource::Embedded => None,
        };
        let quality = if dataset.detected.is_some() {
            format!(" {}.", dataset.quality.headline())
        } else {
            String::new()
        };
        self.notice = Some(Notice {
            text: format!(
                "Opened {} ({} projects).{quality}",
                dataset.provenance.describe(),
                crate::format::count(dataset.projects.len())
            ),
            is_error: false,
        });
        self.dataset = Arc::new(dataset);
        self.generation += 1;
        self.watch_dataset_file();
        self.selected_rows.clear();
        self.focused_project = None;
    }

    /// The money columns in the currency being shown.
    pub fn amounts(&self) -> Amounts<'_> {
        match (&self.cny_amounts, self.state.view.money.currency) {
            (Some((generation, contracted, utilized)), Currency::Cny)
                if *generation == self.generation =>
            {
                Amounts {
                    contracted,
                    utilized,
                }
            }
            _ => Amounts::usd(&self.dataset.projects),
        }
    }

    fn ensure_cny_amounts(&mut self) {
        let current = self
            .cny_amounts
            .as_ref()
            .is_some_and(|(g, _, _)| *g == self.generation);
        if self.state.view.money.currency != Currency::Cny || current {
            return;
        }
        let (contracted, utilized) = cny_amounts(&self.dataset);
        self.cny_amounts = Some((self.generation, contracted, utilized));
    }

    fn refresh_derived(&mut self) {
        self.ensure_cny_amounts();
        let view = &self.state.view;
        let selection_key = SelectionKey {
            generation: self.generation,
            filter: view.filter.clone(),
            sort: view.sort.clone(),
            currency: view.money.currency,
        };
        if self.selection_key.as_ref() != Some(&selection_key) {
            let table = &self.dataset.projects;
            let amounts = self.amounts();
            let (mut selection, facets) = query::evaluate(table, &selection_key.filter);
            let totals = query::summarize(amounts, &selection.rows);
            let dataset_totals = if selection.len() == table.len() {
                totals.clone()
            } else {
                query::summarize(amounts, &Selection::all(table).rows)
            };
            query::sort_rows(table, &mut selection.rows, &selection_key.sort);
            self.derived.selection = selection;
            self.derived.facets = facets;
            self.derived.totals = totals;
            self.derived.dataset_totals = dataset_totals;
            let years = table.year.iter().flatten();
            self.derived.year_span = years.clone().min().copied().zip(years.max().copied());
            self.selection_key = Some(selection_key.clone());
        }
        let view = &self.state.view;
        let tab_key = TabKey {
            selection: selection_key,
            tab: view.tab,
            group_by: view.group_by,
            cross_by: view.cross_by,
        };
        if self.tab_key.as_ref() != Some(&tab_key) {
            self.refresh_tab_aggregates(&tab_key);
            self.tab_key = Some(tab_key);
        }
    }

    /// Computes only what the current tab shows: at a million rows every group-by counts.
    fn refresh_tab_aggregates(&mut self, key: &TabKey) {
        let table = &self.dataset.projects;
        let amounts = match (&self.cny_amounts, key.selection.currency) {
            (Some((_, contracted, utilized)), Currency::Cny) => Amounts {
                contracted,
                utilized,
            },
            _ => Amounts::usd(table),
        };
        let derived = &mut self.derived;
        let rows = &derived.selection.rows;
        match key.tab {
            Tab::Table => {}
            Tab::Breakdown => {
                let groups = query::group_by(table, amounts, rows, key.group_by);
                let cross_tab = query::cross_tab(table, amounts, rows, key.group_by, key.cross_by);
                derived.groups = groups;
                derived.cross_tab = cross_tab;
            }
            Tab::Charts => {
                let by_sector = query::group_by(table, amounts, rows, GroupBy::Sector);
                let by_year = query::group_by(table, amounts, rows, GroupBy::Year);
                let sector_by_year =
                    query::cross_tab(table, amounts, rows, GroupBy::Sector, GroupBy::Year);
                let size_histogram = query::size_histogram(amounts.contracted, rows);
                derived.by_sector = by_sector;
                derived.by_year = by_year;
                derived.sector_by_year = sector_by_year;
                derived.size_histogram = size_histogram;
            }
            Tab::Map => {
                let by_district = query::group_by(table, amounts, rows, GroupBy::District);
                derived.by_district = by_district;
            }
        }
    }

    /// Draws the whole window into `ui`.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let context = ui::ViewContext {
            dataset: &self.dataset,
            derived: &self.derived,
            view: &self.state.view,
            theme: self.state.theme,
            selected_rows: &self.selected_rows,
            focused_project: self.focused_project,
            notice: self.notice.as_ref(),
            busy: self.busy.as_deref(),
            loading: self.loading.as_ref().map(opening::LoadingFile::status),
            file_changed: self.watch.as_ref().is_some_and(|w| w.changed),
            show_quality: self.show_quality,
            show_about: self.show_about,
            saved_views: &self.state.saved_views,
            can_undo: self.can_undo(),
            can_redo: self.can_redo(),
        };
        self.panels
            .ui(ui, &context, self.open_draft.as_mut(), &mut self.commands);
    }
}

/// The current thread's name, for reports about it.
fn thread_name() -> String {
    std::thread::current()
        .name()
        .unwrap_or("background task")
        .to_owned()
}

/// The dataset's amounts in CNY m, each row at its contract year's rate.
fn cny_amounts(dataset: &Dataset) -> (Vec<f64>, Vec<f64>) {
    let convert = |values: &[f64]| -> Vec<f64> {
        values
            .iter()
            .enumerate()
            .map(|(row, usd)| usd * dataset.cny_per_usd(row).unwrap_or(f64::NAN))
            .collect()
    };
    let table = &dataset.projects;
    (
        convert(&table.contracted_usd_m),
        convert(&table.utilized_usd_m),
    )
}

/// The file name the save dialog suggests, e.g. `hk-projects-finance-2010-2020.xlsx`.
fn default_export_name(kind: ExportKind, filter: &Filter) -> String {
    let what = match kind {
        ExportKind::Rows(_) => "hk-projects".to_owned(),
        ExportKind::Groups(by, _) => format!(
            "hk-projects-by-{}",
            crate::export::slugify(by.field().key())
        ),
        ExportKind::CrossTab(_) => "hk-projects-cross-tab".to_owned(),
        ExportKind::Picture(query::Tab::Map) => "hk-projects-map".to_owned(),
        ExportKind::Picture(_) => "hk-projects-chart".to_owned(),
    };
    format!(
        "{}.{}",
        crate::export::default_file_stem(filter, &what),
        kind.extension()
    )
}

/// A snapshot of what is on screen, written to a file on the export thread.
struct ExportJob {
    kind: ExportKind,
    path: PathBuf,
    dataset: Arc<Dataset>,
    /// Selected rows in display order.
    rows: Vec<u32>,
    columns: Vec<crate::model::ColumnId>,
    view: query::View,
    /// For pictures: the aggregates on screen, and the theme they are drawn in.
    derived: Option<Derived>,
    theme: Theme,
    map_central_only: bool,
}

impl ExportJob {
    /// Writes the file; returns the confirmation to show.
    fn run(self) -> Result<String, crate::export::ExportError> {
        use crate::export::{BreakdownExport, CrossTabExport, RowExport, write_atomically};
        let dataset = &*self.dataset;
        let table = &dataset.projects;
        let shown = format!(
            "{} of {} projects",
            crate::format::count(self.rows.len()),
            crate::format::count(table.len())
        );
        // Totals are exported in the currency on screen.
        let cny = (self.view.money.currency == Currency::Cny).then(|| cny_amounts(dataset));
        let amounts = match &cny {
            Some((contracted, utilized)) => Amounts {
                contracted,
                utilized,
            },
            None => Amounts::usd(table),
        };
        match self.kind {
            ExportKind::Rows(format) => {
                let export = RowExport {
                    dataset,
                    rows: &self.rows,
                    columns: &self.columns,
                    filter: &self.view.filter,
                    sort: &self.view.sort,
                };
                write_atomically(&self.path, |out| export.write(format, out))?;
            }
            ExportKind::Groups(by, format) => {
                let groups = query::group_by(table, amounts, &self.rows, by);
                let export = BreakdownExport {
                    dataset,
                    by,
                    groups: &groups,
                    money: self.view.money,
                    filter: &self.view.filter,
                    rows_selected: self.rows.len(),
                };
                write_atomically(&self.path, |out| export.write(format, out))?;
            }
            ExportKind::CrossTab(format) => {
                let (by, cross_by) = (self.view.group_by, self.view.cross_by);
                let cross = query::cross_tab(table, amounts, &self.rows, by, cross_by);
                let export = CrossTabExport {
                    dataset,
                    row_by: by,
                    column_by: cross_by,
                    cross: &cross,
                    money: self.view.money,
                    filter: &self.view.filter,
                    rows_selected: self.rows.len(),
                };
                write_atomically(&self.path, |out| export.write(format, out))?;
            }
            ExportKind::Picture(tab) => {
                let derived = self.derived.unwrap_or_default();
                let image = ui::slide::render_slide(
                    dataset,
                    &derived,
                    &self.view,
                    tab,
                    self.theme,
                    self.map_central_only,
                );
                crate::export::png::write_png(&self.path, image.width, image.height, &image.rgba)?;
                return Ok(format!(
                    "Exported a {}×{} px picture of {shown} to {}.",
                    image.width,
                    image.height,
                    self.path.display()
                ));
            }
        }
        Ok(format!("Exported {shown} to {}.", self.path.display()))
    }
}

/// True when two views differ in the search text and nothing else.
fn only_search_differs(a: &query::View, b: &query::View) -> bool {
    a.filter.search != b.filter.search
        && query::View {
            filter: Filter {
                search: b.filter.search.clone(),
                ..a.filter.clone()
            },
            ..a.clone()
        } == *b
}

/// Adds `column` to the sort keys the way spreadsheet users expect.
fn sort_by(sort: &mut Vec<SortKey>, column: String, add: bool) {
    match sort.iter().position(|k| k.column == column) {
        // Clicking a key that is already sorted on flips its direction.
        Some(index) if add => sort[index].descending = !sort[index].descending,
        Some(0) if sort.len() == 1 => sort[0].descending = !sort[0].descending,
        Some(index) => {
            let descending = !sort[index].descending;
            *sort = vec![SortKey { column, descending }];
        }
        None if add => sort.push(SortKey::ascending(&column)),
        None => *sort = vec![SortKey::ascending(&column)],
    }
}

/// Rows as tab-separated text with a header: what the clipboard gets.
pub fn rows_as_tsv(dataset: &Dataset, rows: &[u32], columns: &[ColumnId]) -> String {
    let table = &dataset.projects;
    let clean = |text: &str| text.replace(['\t', '\n', '\r'], " ");
    let mut text = columns
        .iter()
        .map(|&c| clean(table.column_title(c)))
        .collect::<Vec<_>>()
        .join("\t");
    text.push('\n');
    for &row in rows {
        let cells: Vec<String> = columns
            .iter()
            .map(|&c| clean(&table.cell(c, row as usize).to_string()))
            .collect();
        text.push_str(&cells.join("\t"));
        text.push('\n');
    }
    text
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
}

/// Options for the native window.
pub struct LaunchOptions {
    /// The dataset to show; `None` reopens the last file (or the embedded dataset).
    pub dataset: Option<Dataset>,
    /// A file to open through the mapping dialog once the window is up.
    pub open: Option<PathBuf>,
    /// A view to open with (`--view`), instead of the one saved last time.
    pub view: Option<query::View>,
    pub tab: Option<Tab>,
    pub theme: Option<Theme>,
    /// Save a PNG of the window here and exit.
    pub screenshot: Option<PathBuf>,
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
            if let Some(path) = launch.screenshot {
                app.screenshot_to(path);
            }
            Ok(Box::new(app))
        }),
    )
}
