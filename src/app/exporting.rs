//! File dialogs and exports: ask for a path on a background task (dialogs block), then write what is on screen —
//! rows, totals, a cross-tab, a picture, or the view itself — from a snapshot taken when the path came back, so
//! the window stays live while the file is written.

use std::path::PathBuf;
use std::sync::Arc;

use super::ExplorerApp;
use super::tasks::{Background, TaskKind};
use crate::command::ExportKind;
use crate::export::pdf::{self, PdfOptions};
use crate::export::{
    BreakdownExport, CrossTabExport, ExportError, RowExport, default_file_stem, slugify,
    write_atomically,
};
use crate::i18n::Lang;
use crate::model::load::open::OpenOptions;
use crate::model::{ColumnId, Dataset};
use crate::query::story::Story;
use crate::query::{self, ClientSafe, Derived, MoneyColumns, Names, Pseudonyms, Tab, View};
use crate::state::Theme;
use crate::ui::slide::render_slide;

/// Why a file dialog was shown: what to do with the path the user picks.
#[derive(Clone, Copy, Debug)]
pub(super) enum Pick {
    OpenDataset,
    ImportView,
    ExportView,
    Export(ExportKind),
    /// The story whose deck is exported next (then the PDF's path is asked for).
    StoryForDeck,
}

impl ExplorerApp {
    /// Shows a file dialog on a background task (it blocks until the user answers); the answer comes back
    /// through the task channel. One dialog at a time.
    pub(super) fn pick_file(&mut self, pick: Pick, ctx: &egui::Context) {
        if self.tasks.is_running(TaskKind::Dialog) {
            return;
        }
        let dialogs = Arc::clone(&self.platform.dialogs);
        let view_name = slugify(&self.state.view.name);
        let default_export = match pick {
            Pick::Export(kind) => default_export_name(kind, &self.state.view),
            _ => String::new(),
        };
        let label = "Waiting for the file dialog…".to_owned();
        self.run_in_background(TaskKind::Dialog, "file-dialog", label, ctx, move || {
            let picked = match pick {
                Pick::OpenDataset => {
                    dialogs.pick_open("Open a project file", &["csv", "tsv", "txt"])
                }
                Pick::ImportView => dialogs.pick_open("Import a view", &["ron"]),
                Pick::StoryForDeck => dialogs.pick_open("Choose a story", &["ron"]),
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

    pub(super) fn on_picked(&mut self, pick: Pick, path: PathBuf, ctx: &egui::Context) {
        match pick {
            Pick::Export(kind) => self.export_in_background(kind, path, ctx),
            Pick::OpenDataset => self.open_path(path, OpenOptions::default(), ctx),
            Pick::StoryForDeck => match Story::load(&path) {
                Ok(story) => {
                    self.story_for_deck = Some(story);
                    self.pick_file(Pick::Export(ExportKind::StoryPdf), ctx);
                }
                Err(error) => self.ui.warn(format!("{error}. Nothing was exported.")),
            },
            Pick::ImportView => match View::load(&path) {
                Ok(view) => {
                    let before = self.state.view.clone();
                    self.use_view(view, &format!(" from {}", path.display()));
                    self.view_history.record(before, false);
                }
                Err(error) => self
                    .ui
                    .warn(format!("{error}. The current view is unchanged.")),
            },
            Pick::ExportView => {
                let result = self
                    .state
                    .view
                    .to_ron()
                    .map_err(|e| ExportError::Encode(e.to_string()))
                    .and_then(|text| {
                        write_atomically(&path, |out| {
                            out.write_all(text.as_bytes())
                                .map_err(|source| ExportError::Io {
                                    path: path.display().to_string(),
                                    source,
                                })
                        })
                    });
                match result {
                    Ok(()) => self
                        .ui
                        .tell(format!("Saved the view to {}.", path.display())),
                    Err(error) => self.ui.warn(format!("{error}. Nothing was changed.")),
                }
            }
        }
    }

    /// Writes an export on a background task from a snapshot of what is on screen; the UI stays live.
    fn export_in_background(&mut self, kind: ExportKind, path: PathBuf, ctx: &egui::Context) {
        let label = format!("Exporting to {}…", path.display());
        let job = ExportJob {
            kind,
            path,
            dataset: Arc::clone(&self.dataset),
            rows: self.derived.selection.rows.clone(),
            columns: self.state.client_safe.columns(
                &self.dataset.projects,
                &self.state.view.visible_columns(&self.dataset.projects),
            ),
            pseudonyms: self
                .state
                .client_safe
                .enabled
                .then(|| Arc::clone(self.derived.pseudonyms(&self.dataset))),
            view: self.state.view.clone(),
            money: Arc::clone(&self.derived.money),
            derived: matches!(kind, ExportKind::Picture(_)).then(|| self.derived.clone()),
            theme: self.state.theme,
            client_safe: self.state.client_safe.clone(),
            story: (kind == ExportKind::StoryPdf)
                .then(|| self.story_for_deck.take())
                .flatten(),
        };
        self.run_in_background(TaskKind::Export, "export-writer", label, ctx, move || {
            Background::Exported(job.run())
        });
    }
}

/// The file name the save dialog suggests, e.g. `hk-projects-finance-2010-2020.xlsx`.
fn default_export_name(kind: ExportKind, view: &View) -> String {
    let what = match kind {
        ExportKind::Rows(_) => "hk-projects".to_owned(),
        ExportKind::Groups(by, _) => format!("hk-projects-by-{}", slugify(by.field().key())),
        ExportKind::CrossTab(_) => "hk-projects-cross-tab".to_owned(),
        ExportKind::Picture(Tab::Map) => "hk-projects-map".to_owned(),
        ExportKind::Picture(_) => "hk-projects-chart".to_owned(),
        ExportKind::BriefPdf => "hk-projects-brief".to_owned(),
        ExportKind::StoryPdf => "hk-projects-deck".to_owned(),
    };
    format!(
        "{}.{}",
        default_file_stem(&view.filter, &what),
        kind.extension()
    )
}

/// A snapshot of what is on screen, written to a file on the export task.
struct ExportJob {
    kind: ExportKind,
    path: PathBuf,
    dataset: Arc<Dataset>,
    /// Selected rows in display order.
    rows: Vec<u32>,
    /// Shown columns (confidential ones already left out while client-safe is on).
    columns: Vec<ColumnId>,
    /// The names' pseudonyms while client-safe is on; `None` writes real names.
    pseudonyms: Option<Arc<Pseudonyms>>,
    view: View,
    /// The money columns in the view's currency: totals are exported as shown.
    money: Arc<MoneyColumns>,
    /// For pictures: the aggregates on screen, and the theme they are drawn in.
    derived: Option<Derived>,
    theme: Theme,
    client_safe: ClientSafe,
    /// For a deck: the story picked before.
    story: Option<Story>,
}

impl ExportJob {
    fn names(&self) -> Names<'_> {
        self.pseudonyms
            .as_deref()
            .map_or(Names::Real, |p| Names::Pseudonyms(p, crate::i18n::Lang::En))
    }

    /// Writes the file; returns the confirmation to show.
    fn run(self) -> Result<String, ExportError> {
        let dataset = &*self.dataset;
        let table = &dataset.projects;
        let shown = format!(
            "{} of {} projects",
            crate::format::count(self.rows.len()),
            crate::format::count(table.len())
        );
        let amounts = self.money.amounts(table);
        match self.kind {
            ExportKind::Rows(format) => {
                let export = RowExport {
                    dataset,
                    rows: &self.rows,
                    columns: &self.columns,
                    filter: &self.view.filter,
                    sort: &self.view.sort,
                    names: self.names(),
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
            ExportKind::BriefPdf => {
                let options = PdfOptions::new(Lang::En, &self.client_safe);
                write_atomically(&self.path, |out| {
                    pdf::write_brief(dataset, &self.view, self.names(), &options, out)
                })?;
            }
            ExportKind::StoryPdf => {
                let story = self.story.as_ref().ok_or_else(|| {
                    ExportError::Encode("no story was chosen for the deck".to_owned())
                })?;
                let options = PdfOptions::new(Lang::En, &self.client_safe);
                write_atomically(&self.path, |out| {
                    pdf::write_deck(dataset, story, self.names(), &options, out)
                })?;
                let pages = story.slides.len().max(1);
                return Ok(format!(
                    "Exported a deck of {pages} {} to {}.",
                    if pages == 1 { "page" } else { "pages" },
                    self.path.display()
                ));
            }
            ExportKind::Picture(tab) => {
                let derived = self
                    .derived
                    .unwrap_or_else(|| Derived::compute(dataset, &self.view));
                let watermark = self.client_safe.watermark(Lang::En);
                let image = render_slide(
                    dataset,
                    &derived,
                    &self.view,
                    tab,
                    self.theme,
                    watermark.as_deref(),
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
