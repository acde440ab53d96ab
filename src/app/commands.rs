//! Applying commands: one `match` over every [`Command`], each change to the view (or to the mapping dialog's
//! mapping) recorded as one undo step; and the saved views.

use std::collections::BTreeSet;

use super::ExplorerApp;
use super::exporting::Pick;
use super::history::only_search_differs;
use crate::command::{Command, ExportKind, MappingEdit};
use crate::export::rows_as_tsv;
use crate::model::load::open::OpenOptions;
use crate::query::{SortKey, View};
use crate::tr;

impl ExplorerApp {
    /// Applies a command; a change to the view becomes one undo step (typing in search is one step, not one
    /// per key).
    pub(super) fn apply_recording_undo(&mut self, command: Command, ctx: &egui::Context) {
        // A presentation's slides and live drilling are not the user's own changes: Esc puts the view back
        // as it was, and the undo history stays as it was too.
        let presenting = self.ui.presentation.is_some();
        match command {
            Command::Undo | Command::Redo if presenting => {}
            Command::Undo => self.step_history(true),
            Command::Redo => self.step_history(false),
            Command::EditMapping(edit) => self.edit_mapping(edit),
            command => {
                let before = self.state.view.clone();
                self.apply(command, ctx);
                if self.state.view != before && !presenting && self.ui.presentation.is_none() {
                    // Typing in search, or dragging a weight slider, is one step.
                    let typing = only_search_differs(&before, &self.state.view)
                        || only_weights_differ(&before, &self.state.view);
                    self.view_history.record(before, typing);
                }
            }
        }
    }

    /// Undo (`back`) or redo one step: of the mapping while its dialog is open, else of the view.
    fn step_history(&mut self, back: bool) {
        match &mut self.ui.open_draft {
            Some(draft) => {
                let mapping = draft.options.mapping.get_or_insert_with(Default::default);
                if back {
                    self.mapping_history.undo(mapping);
                } else {
                    self.mapping_history.redo(mapping);
                }
            }
            None if back => {
                self.view_history.undo(&mut self.state.view);
            }
            None => {
                self.view_history.redo(&mut self.state.view);
            }
        }
    }

    /// One change in the mapping dialog, as one undo step of the dialog's history.
    fn edit_mapping(&mut self, edit: MappingEdit) {
        let Some(draft) = &mut self.ui.open_draft else {
            return;
        };
        let mapping = draft.options.mapping.get_or_insert_with(Default::default);
        let before = mapping.clone();
        edit.apply(mapping);
        if *mapping != before {
            self.mapping_history.record(before, false);
        }
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
            Command::ToggleColumn(name) => toggle_column(view, &self.dataset.projects, name),
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
            Command::DrillInto { by, key } => view.drill_into(by, &key),
            Command::DrillUp => view.drill_up(),
            Command::SetMapZoom(zoom) => view.map_zoom = zoom,
            Command::SetMapMeasure(measure) => view.map_measure = measure,
            Command::SetMapStyle(style) => view.map_style = style,
            Command::SetMoney(money) => view.money = money,
            Command::SetScore(options) => view.score = options,
            Command::TogglePin(pin) => {
                let label = pin.label();
                if !view.shortlist.toggle(pin) {
                    self.ui.warn(format!(
                        "The shortlist holds {} at most: unpin one before pinning \u{201c}{label}\u{201d}.",
                        crate::query::shortlist::MAX_PINS
                    ));
                }
            }
            Command::ClearShortlist => view.shortlist.pins.clear(),
            Command::SetTheme(theme) => self.state.theme = theme,
            Command::SetLang(lang) => self.state.lang = lang,
            Command::OpenFileDialog => self.pick_file(Pick::OpenDataset, ctx),
            Command::OpenPath(path) => self.open_path(path, OpenOptions::default(), ctx),
            Command::ReopenFile(path, options) => self.reopen_last_file(path, options, ctx),
            Command::ReinspectFile(options) => {
                if let Some(draft) = self.take_open_draft() {
                    self.open_path(draft.path, options, ctx);
                }
            }
            Command::ConfirmOpen => self.confirm_open(ctx),
            Command::CancelOpen => drop(self.take_open_draft()),
            Command::CancelLoad => self.cancel_load(),
            Command::RemapFile => self.remap_file(ctx),
            Command::ReloadFile => self.reload_file(ctx),
            Command::IgnoreFileChange => self.ignore_file_change(),
            Command::ShowQuality(show) => self.ui.show_quality = show,
            Command::ShowAbout(show) => self.ui.show_about = show,
            Command::DismissNotice => self.ui.notice = None,
            // Undo, redo and mapping edits are handled before a command gets here.
            Command::Undo | Command::Redo | Command::EditMapping(_) => {}
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
            Command::SetClientSafe(client_safe) => self.state.client_safe = client_safe,
            Command::ExportStoryPdf => {
                // The story being built, when it has slides; else a `.story.ron` chosen first.
                if self.state.story.slides.is_empty() {
                    self.pick_file(Pick::StoryForDeck, ctx);
                } else {
                    self.story_for_deck = Some(self.state.story.clone());
                    self.pick_file(Pick::Export(ExportKind::StoryPdf), ctx);
                }
            }
            Command::ImportViewFile => self.pick_file(Pick::ImportView, ctx),
            Command::FileChosen(path) => self.on_file_chosen(path, ctx),
            Command::Story(edit) => self.edit_story(edit),
            Command::JumpToSlide(index) => self.jump_to_slide(index),
            Command::ShowStory(show) => self.ui.show_story = show,
            Command::OpenStoryFile => self.pick_file(Pick::OpenStory, ctx),
            Command::SaveStoryFile => self.pick_file(Pick::SaveStory, ctx),
            Command::StartPresentation => self.start_presentation(),
            Command::Present(step) => self.present_step(step),
            Command::ShowShortcuts(show) => self.ui.show_shortcuts = show,
        }
    }

    fn save_view(&mut self, name: String) {
        let name = name.trim().to_owned();
        if name.is_empty() {
            return;
        }
        let view = View {
            name: name.clone(),
            ..self.state.view.clone()
        };
        let saved = &mut self.state.saved_views;
        match saved.iter_mut().find(|v| v.name == name) {
            Some(existing) => *existing = view,
            None => saved.push(view),
        }
        self.state.view.name = name.clone();
        let text = tr!(self.state.lang, "notice-view-saved", name = name.as_str());
        self.ui.tell(text);
    }

    /// Switches to `view`, warning about names this data does not have (the view still applies).
    /// `origin` is where the view came from, already in the interface language, or empty.
    pub(super) fn use_view(&mut self, view: View, origin: &str) {
        let lang = self.state.lang;
        let warnings = view.warnings(&self.dataset.projects);
        let name = if view.name.is_empty() {
            tr!(lang, "notice-the-view")
        } else {
            tr!(lang, "notice-view-name", name = view.name.as_str())
        };
        if warnings.is_empty() {
            self.ui.tell(tr!(
                lang,
                "notice-showing-view",
                name = name,
                origin = origin
            ));
        } else {
            self.ui.warn(tr!(
                lang,
                "notice-showing-view-but",
                name = name,
                origin = origin,
                warnings = warnings.join("; ")
            ));
        }
        self.state.view = view;
    }

    fn click_project(&mut self, row: u32, toggle: bool, extend: bool) {
        let ui = &mut self.ui;
        if extend && let Some(anchor) = ui.focused_project {
            let rows = &self.derived.selection.rows;
            let position = |r: u32| rows.iter().position(|&x| x == r);
            if let (Some(a), Some(b)) = (position(anchor), position(row)) {
                let (from, to) = if a <= b { (a, b) } else { (b, a) };
                ui.selected_rows.extend(&rows[from..=to]);
            }
        } else if toggle {
            if !ui.selected_rows.remove(&row) {
                ui.selected_rows.insert(row);
            }
        } else {
            ui.selected_rows = BTreeSet::from([row]);
        }
        ui.focused_project = Some(row);
    }

    /// Copies the selected rows (visible columns, in display order) as TSV, which pastes into Excel as columns.
    fn copy_selected_rows(&mut self, ctx: &egui::Context) {
        if self.ui.selected_rows.is_empty() {
            self.ui.tell(
                "Select rows in the table first (click, shift-click, ctrl-click), then copy.",
            );
            return;
        }
        let rows: Vec<u32> = self
            .derived
            .selection
            .rows
            .iter()
            .copied()
            .filter(|r| self.ui.selected_rows.contains(r))
            .collect();
        let table = &self.dataset.projects;
        let safe = &self.state.client_safe;
        let columns = safe.columns(table, &self.state.view.visible_columns(table));
        let names = if safe.enabled {
            let pseudonyms = self.derived.pseudonyms(&self.dataset);
            crate::query::Names::Pseudonyms(pseudonyms, self.state.lang)
        } else {
            crate::query::Names::Real
        };
        ctx.copy_text(rows_as_tsv(&self.dataset, &rows, &columns, names));
        self.ui
            .tell(tr!(self.state.lang, "table-copied-rows", n = rows.len()));
    }
}

/// Whether two views differ only in the score's weights (a slider being dragged).
fn only_weights_differ(before: &View, after: &View) -> bool {
    let mut same = after.clone();
    same.score.weights = before.score.weights;
    same == *before && before.score.weights != after.score.weights
}

/// Shows or hides a column; the last visible column stays.
fn toggle_column(view: &mut View, table: &crate::model::ProjectTable, name: String) {
    if view.columns.is_empty() {
        // The default columns become explicit, so the toggle changes only one of them.
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
