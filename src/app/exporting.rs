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
    BreakdownExport, ChartDataExport, CrossTabExport, ExportError, RankingExport, RowExport,
    export_file_stem, slugify, write_atomically,
};
use crate::i18n::Lang;
use crate::model::load::open::{FileFormat, OpenOptions};
use crate::model::{ColumnId, Dataset};
use crate::query::charts::effective_kind;
use crate::query::story::Story;
use crate::query::{
    self, ClientSafe, Derived, MapMeasure, MoneyColumns, Names, Opportunity, Pseudonyms, Tab, View,
};
use crate::state::Theme;
use crate::tr;
use crate::ui::FileRequest;
use crate::ui::slide::render_slide;

/// Why a file dialog was shown: what to do with the path the user picks.
#[derive(Clone, Copy, Debug)]
pub(super) enum Pick {
    OpenDataset,
    ImportView,
    ExportView,
    Export(ExportKind),
    OpenStory,
    SaveStory,
    /// The story whose deck is exported next (then the PDF's path is asked for).
    StoryForDeck,
}

impl ExplorerApp {
    /// Shows a file dialog on a background task (it blocks until the user answers); the answer comes back
    /// through the task channel. One dialog at a time. Where the system has no dialog, the app's own chooser.
    pub(super) fn pick_file(&mut self, pick: Pick, ctx: &egui::Context) {
        if self.tasks.is_running(TaskKind::Dialog) || self.ui.file_request.is_some() {
            return;
        }
        let request = self.file_request(pick);
        if !self.native_dialogs {
            self.show_file_chooser(pick, request);
            return;
        }
        let dialogs = Arc::clone(&self.platform.dialogs);
        let label = tr!(self.state.lang, "task-file-dialog");
        self.run_in_background(TaskKind::Dialog, "file-dialog", label, ctx, move || {
            let extensions: Vec<&str> = request.extensions.iter().map(String::as_str).collect();
            let answer = if request.save {
                dialogs.pick_save(&request.title, &request.default_name, &extensions)
            } else {
                dialogs.pick_open(&request.title, &extensions)
            };
            Background::Picked(pick, answer)
        });
    }

    /// What to ask for: a title, the file types, and for a save the name that says what the file holds.
    fn file_request(&mut self, pick: Pick) -> FileRequest {
        let story_title = tr!(
            self.state.lang,
            "story-file-dialog",
            extension = ".story.ron"
        );
        let (title, save, default_name, extensions): (&str, bool, String, Vec<&str>) = match pick {
            Pick::OpenDataset => (
                "Open a project file",
                false,
                String::new(),
                FileFormat::EXTENSIONS.to_vec(),
            ),
            Pick::ImportView => ("Import a view", false, String::new(), vec!["ron"]),
            Pick::ExportView => {
                let stem = match slugify(&self.state.view.name) {
                    name if name.is_empty() => "view".to_owned(),
                    name => name,
                };
                ("Export the view", true, format!("{stem}.ron"), vec!["ron"])
            }
            Pick::Export(kind) => (
                "Export",
                true,
                default_export_name(kind, &self.state.view),
                vec![kind.extension()],
            ),
            Pick::OpenStory => (story_title.as_str(), false, String::new(), vec!["ron"]),
            Pick::StoryForDeck => ("Choose a story", false, String::new(), vec!["ron"]),
            Pick::SaveStory => (
                story_title.as_str(),
                true,
                format!("{}.story.ron", story_stem(&self.state.story)),
                vec!["ron"],
            ),
        };
        self.file_requests += 1;
        FileRequest {
            id: self.file_requests,
            title: title.to_owned(),
            save,
            default_name,
            extensions: extensions.into_iter().map(str::to_owned).collect(),
            // Next to the open file, where a consultant keeps a client's files; else where the app started.
            folder: self
                .state
                .last_file
                .as_deref()
                .and_then(std::path::Path::parent)
                .filter(|folder| folder.is_dir())
                .map(std::path::Path::to_path_buf)
                .or_else(|| std::env::current_dir().ok()),
        }
    }

    /// The system has no file dialog: ask with the app's own chooser from now on.
    pub(super) fn on_dialog_unavailable(&mut self, pick: Pick) {
        self.native_dialogs = false;
        let request = self.file_request(pick);
        self.show_file_chooser(pick, request);
    }

    fn show_file_chooser(&mut self, pick: Pick, request: FileRequest) {
        self.chooser_pick = Some(pick);
        self.ui.file_request = Some(request);
    }

    /// The app's own chooser answered: a path, or `None` for Cancel.
    pub(super) fn on_file_chosen(&mut self, path: Option<PathBuf>, ctx: &egui::Context) {
        self.ui.file_request = None;
        if let (Some(pick), Some(path)) = (self.chooser_pick.take(), path) {
            self.on_picked(pick, path, ctx);
        }
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
                Err(error) => self.ui.warn(tr!(
                    self.state.lang,
                    "notice-nothing-exported",
                    error = crate::query::messages::load_error(&error, self.state.lang)
                )),
            },
            Pick::ImportView => match View::load(&path) {
                Ok(view) => {
                    let before = self.state.view.clone();
                    let origin = tr!(
                        self.state.lang,
                        "notice-view-from",
                        path = path.display().to_string()
                    );
                    self.use_view(view, &origin);
                    self.view_history.record(before, false);
                }
                Err(error) => {
                    let text = tr!(
                        self.state.lang,
                        "notice-view-unchanged",
                        error = crate::query::messages::load_error(&error, self.state.lang)
                    );
                    self.ui.warn(text);
                }
            },
            Pick::OpenStory => self.open_story_file(&path),
            Pick::SaveStory => self.save_story_file(&path),
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
                let lang = self.state.lang;
                match result {
                    Ok(()) => self.ui.tell(tr!(
                        lang,
                        "notice-view-written",
                        path = path.display().to_string()
                    )),
                    Err(error) => self.ui.warn(tr!(
                        lang,
                        "notice-nothing-changed",
                        error = error.to_string()
                    )),
                }
            }
        }
    }

    /// Writes an export on a background task from a snapshot of what is on screen; the UI stays live.
    fn export_in_background(&mut self, kind: ExportKind, path: PathBuf, ctx: &egui::Context) {
        let label = tr!(
            self.state.lang,
            "task-exporting",
            path = path.display().to_string()
        );
        let mut rows = self.derived.selection.rows.clone();
        if matches!(kind, ExportKind::SelectedRows(_)) {
            // The selected rows in the table's order; rows that left the selection are not exported.
            rows.retain(|row| self.ui.selected_rows.contains(row));
        }
        let job = ExportJob {
            kind,
            path,
            dataset: Arc::clone(&self.dataset),
            rows,
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
            derived: matches!(kind, ExportKind::Picture(_) | ExportKind::ComparePicture)
                .then(|| self.derived.clone()),
            opportunity: self.derived.opportunity.clone(),
            theme: self.state.theme,
            lang: self.state.lang,
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

/// The story's file name without `.story.ron`: its title as a slug, or "story".
fn story_stem(story: &crate::query::story::Story) -> String {
    let slug = slugify(&story.title);
    if slug.is_empty() {
        "story".to_owned()
    } else {
        slug
    }
}

/// The file name the save dialog suggests, saying what the file holds: `yuzhong-real-estate-over-time.png`,
/// `finance-2010-2020-projects.xlsx`.
fn default_export_name(kind: ExportKind, view: &View) -> String {
    let what = match kind {
        ExportKind::Rows(_) => "projects".to_owned(),
        ExportKind::SelectedRows(_) => "selected-projects".to_owned(),
        ExportKind::Groups(by, _) => format!("by-{}", slugify(by.field().key())),
        ExportKind::CrossTab(_) => format!(
            "{}-by-{}",
            slugify(view.group_by.field().key()),
            slugify(view.cross_by.field().key())
        ),
        ExportKind::Picture(Tab::Map) if view.tab == Tab::Opportunities => {
            "opportunity-map".to_owned()
        }
        ExportKind::Picture(Tab::Map) => "map".to_owned(),
        ExportKind::ChartData(_) => {
            format!("{}-data", effective_kind(view.chart, &view.filter).title())
        }
        ExportKind::Picture(_) => effective_kind(view.chart, &view.filter).title().to_owned(),
        ExportKind::Ranking(_) => {
            format!("opportunities-by-{}", slugify(&view.score.by.to_string()))
        }
        ExportKind::ComparePicture => "opportunities-compare".to_owned(),
        ExportKind::BriefPdf => "brief".to_owned(),
        ExportKind::StoryPdf => "deck".to_owned(),
    };
    format!(
        "{}.{}",
        export_file_stem(&view.filter, &what),
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
    /// For the ranking: the scores on screen (computed on the export task when the tab was never shown).
    opportunity: Option<Arc<Opportunity>>,
    theme: Theme,
    /// The interface language: the file's headers, sheet names and captions are written in it.
    lang: Lang,
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
        let lang = self.lang;
        let shown = tr!(
            lang,
            "status-projects",
            shown = self.rows.len(),
            total = table.len()
        );
        let amounts = self.money.amounts(table);
        let sidecar = match self.kind {
            ExportKind::Rows(format) | ExportKind::SelectedRows(format) => {
                let export = RowExport {
                    dataset,
                    rows: &self.rows,
                    columns: &self.columns,
                    filter: &self.view.filter,
                    sort: &self.view.sort,
                    names: self.names(),
                };
                export.write_file(format, lang, &self.path)?
            }
            ExportKind::Groups(by, format) => {
                let groups = query::group_by(table, amounts, &self.rows, by);
                let totals = query::summarize(amounts, &self.rows);
                let export = BreakdownExport {
                    dataset,
                    by,
                    groups: &groups,
                    totals: &totals,
                    money: self.view.money,
                    filter: &self.view.filter,
                    rows_selected: self.rows.len(),
                };
                export.write_file(format, lang, &self.path)?
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
                export.write_file(format, lang, &self.path)?
            }
            ExportKind::BriefPdf => {
                let options = PdfOptions::new(self.lang, &self.client_safe);
                write_atomically(&self.path, |out| {
                    pdf::write_brief(dataset, &self.view, self.names(), &options, out)
                })?;
                None
            }
            ExportKind::StoryPdf => {
                let story = self.story.as_ref().ok_or(ExportError::NoStory)?;
                let options = PdfOptions::new(self.lang, &self.client_safe);
                write_atomically(&self.path, |out| {
                    pdf::write_deck(dataset, story, self.names(), &options, out)
                })?;
                let pages = story.slides.len().max(1);
                return Ok(tr!(
                    lang,
                    "notice-exported-deck",
                    pages = pages,
                    path = self.path.display().to_string()
                ));
            }
            ExportKind::ChartData(format) => {
                let data = query::chart_data(
                    table,
                    amounts,
                    &self.rows,
                    &self.view.filter,
                    self.view.chart,
                );
                let export = ChartDataExport {
                    dataset,
                    kind: self.view.chart,
                    data: &data,
                    currency: self.money.currency(),
                    filter: &self.view.filter,
                    rows_selected: self.rows.len(),
                };
                export.write_file(format, &self.path)?
            }
            ExportKind::Ranking(format) => {
                let opportunity = self.opportunity.unwrap_or_else(|| {
                    let view = &self.view;
                    Arc::new(Opportunity::compute(
                        dataset,
                        amounts,
                        &self.rows,
                        &view.score,
                        &view.shortlist,
                    ))
                });
                let scores = opportunity
                    .ranking(self.view.score.by)
                    .map_err(|e| ExportError::Encode(e.to_string()))?;
                let export = RankingExport {
                    dataset,
                    scores,
                    note: &opportunity.note,
                    filter: &self.view.filter,
                    rows_selected: self.rows.len(),
                    lang,
                };
                write_atomically(&self.path, |out| export.write(format, out))?;
                return Ok(tr!(
                    lang,
                    "notice-exported-ranking",
                    groups = scores.groups.len(),
                    shown = shown,
                    path = self.path.display().to_string()
                ));
            }
            ExportKind::Picture(_) | ExportKind::ComparePicture => {
                let mut derived = self
                    .derived
                    .unwrap_or_else(|| Derived::compute(dataset, &self.view));
                let tab = match self.kind {
                    ExportKind::Picture(tab) => tab,
                    _ => {
                        // Compare is drawn from the Opportunities tab's data, computed here if it never was.
                        if derived.opportunity.is_none() {
                            let view = View {
                                tab: Tab::Opportunities,
                                ..self.view.clone()
                            };
                            derived = Derived::compute(dataset, &view);
                        }
                        Tab::Opportunities
                    }
                };
                let watermark = self.client_safe.watermark(self.lang);
                // The Opportunities tab's map is the map by score, whatever the Map tab's measure is.
                let view = View {
                    map_measure: if self.view.tab == Tab::Opportunities {
                        MapMeasure::Score
                    } else {
                        self.view.map_measure
                    },
                    ..self.view.clone()
                };
                let image = render_slide(
                    dataset,
                    &derived,
                    &view,
                    tab,
                    self.theme,
                    self.lang,
                    watermark.as_deref(),
                );
                crate::export::png::write_png(&self.path, image.width, image.height, &image.rgba)?;
                return Ok(tr!(
                    lang,
                    "notice-exported-picture",
                    width = image.width.to_string(),
                    height = image.height.to_string(),
                    shown = self.rows.len(),
                    total = table.len(),
                    path = self.path.display().to_string()
                ));
            }
        };
        let path = self.path.display().to_string();
        Ok(match sidecar {
            Some(about) => tr!(
                lang,
                "export-done-with-about",
                what = shown,
                path = path,
                about = about.display().to_string()
            ),
            None => tr!(
                lang,
                "notice-exported",
                shown = self.rows.len(),
                total = table.len(),
                path = path
            ),
        })
    }
}
