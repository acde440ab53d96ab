//! Every change the UI can ask for, as one enum. Widgets push commands; `ExplorerApp::logic` applies them in one
//! `match`, so menus, shortcuts, buttons and tests all go through the same path.

use crate::export::{RowFormat, TableFormat};
use crate::format::MoneyFormat;
use crate::i18n::Lang;
use crate::model::Field;
use crate::model::load::mapping::{AmountUnit, Mapping};
use crate::model::load::open::OpenOptions;
use crate::query::present::PresentStep;
use crate::query::score::ScoreOptions;
use crate::query::story::{Slide, Story};
use crate::query::{
    ChartKind, ClientSafe, Facet, Filter, GroupBy, MapMeasure, MapStyle, MapZoom, Pin, Tab, View,
    labels,
};
use crate::state::Theme;
use crate::tr;

/// A request from the UI, applied by the app at the start of the next frame.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Replace the whole filter (the filter panel, chips and "Clear all" use this).
    SetFilter(Filter),
    /// Filter one facet to exactly one value (a click on a chart bar or a map bubble).
    FilterTo {
        facet: Facet,
        value: String,
    },
    /// Filter to one contract year (a click on a year bar).
    FilterToYear(i32),
    /// Sort by a column: a plain click sorts by it alone (again: reverses), `add` makes it a secondary key.
    SortBy {
        column: String,
        add: bool,
    },
    /// Show or hide a table column.
    ToggleColumn(String),
    /// Click on a project row: select it (`toggle`: ctrl-click; `extend`: shift-click from the last click).
    ClickProject {
        row: u32,
        toggle: bool,
        extend: bool,
    },
    /// Copy the selected projects (visible columns) to the clipboard as TSV.
    CopySelectedRows,
    SetTab(Tab),
    SetChart(ChartKind),
    SetGroupBy(GroupBy),
    SetCrossBy(GroupBy),
    /// A click on a breakdown row: sector ⇒ its sub-sectors; anything else ⇒ its projects.
    DrillInto {
        by: GroupBy,
        key: String,
    },
    /// Back from sub-sectors to all sectors.
    DrillUp,
    /// Zoom the map to the whole municipality or the central urban area.
    SetMapZoom(MapZoom),
    /// Colour (or size) the map's districts by contracted, projects or share.
    SetMapMeasure(MapMeasure),
    /// Draw the map as filled districts or as bubbles.
    SetMapStyle(MapStyle),
    SetMoney(MoneyFormat),
    /// The Opportunities tab's grouping, weights (a slider, a preset) and recent window.
    SetScore(ScoreOptions),
    /// Pin to the shortlist, or unpin (a sixth pin is refused with a notice).
    TogglePin(Pin),
    ClearShortlist,
    SetTheme(Theme),
    /// Switch the interface language (remembered with the other preferences).
    SetLang(Lang),
    /// Ask for a file with the open dialog, then load it in the background.
    OpenFileDialog,
    /// Open a file (dropped on the window, picked, or given on the command line): inspect it, then map or load it.
    OpenPath(std::path::PathBuf),
    /// Reopen the file of the last session, the way it was read then (at start-up).
    ReopenFile(std::path::PathBuf, OpenOptions),
    /// Read the file in the mapping dialog again with other settings (encoding, delimiter, header row, sheet).
    ReinspectFile(OpenOptions),
    /// Change the mapping in the mapping dialog (one undo step each).
    EditMapping(MappingEdit),
    /// Load the file of the mapping dialog with its mapping.
    ConfirmOpen,
    /// Close the mapping dialog without loading.
    CancelOpen,
    /// Stop the load in progress; the current data stays.
    CancelLoad,
    /// Show the mapping dialog for the open file again, to change its mapping.
    RemapFile,
    /// Load the open file again (it changed on disk), with the same settings and the same view.
    ReloadFile,
    /// Keep the loaded data although the file changed on disk.
    IgnoreFileChange,
    ShowQuality(bool),
    ShowAbout(bool),
    DismissNotice,
    /// Go back to the view before the last change, or forward again.
    Undo,
    Redo,
    /// Store the current view under a name (replacing a saved view of the same name).
    SaveView(String),
    /// Switch to a saved view (by position in the list).
    ApplyView(usize),
    DeleteView(usize),
    /// Write the current view to a `.ron` file to share, or read one.
    ExportViewFile,
    ImportViewFile,
    /// Export what is on screen: asks for a path (with a default name), then writes in the background.
    Export(ExportKind),
    /// The app's own file chooser (shown where the system has no file dialog) answered; `None`: cancelled.
    FileChosen(Option<std::path::PathBuf>),
    /// Change the story (add, reorder, rename… a slide). Not a view change, so not an undo step.
    Story(StoryEdit),
    /// Show slide `usize` of the story: its view becomes the current view (one undo step).
    JumpToSlide(usize),
    ShowStory(bool),
    /// Read a `.story.ron` file in place of the story, or write the story to one.
    OpenStoryFile,
    SaveStoryFile,
    /// Present the story full screen (the current view, without a story), from the selected slide.
    StartPresentation,
    /// Step through the presentation, revert a slide, or leave.
    Present(PresentStep),
    ShowShortcuts(bool),
    /// Replace the client-safe setting (the switch, the confidential columns, the watermark's recipient).
    SetClientSafe(ClientSafe),
    /// Ask for a `.story.ron`, then for a PDF path, and write the story's deck.
    ExportStoryPdf,
}

/// One change to the story.
#[derive(Clone, Debug, PartialEq)]
pub enum StoryEdit {
    /// Append the current view as a slide, titled with the view's name.
    AddCurrentView,
    Duplicate(usize),
    /// Move slide `from` to position `to`.
    Move {
        from: usize,
        to: usize,
    },
    Remove(usize),
    Rename(usize, String),
    Caption(usize, String),
    /// Replace the slide's view with the current view, keeping its title and caption.
    UpdateFromView(usize),
    SetTitle(String),
}

impl StoryEdit {
    /// Applies the edit to `story`, with `current` the view on screen; returns the slide to select afterwards
    /// (`None`: the edit named no slide there is).
    pub fn apply(self, story: &mut Story, current: &View, untitled: &str) -> Option<usize> {
        match self {
            StoryEdit::AddCurrentView => {
                let title = if current.name.is_empty() {
                    untitled
                } else {
                    current.name.as_str()
                };
                Some(story.push(Slide::of_view(current, title)))
            }
            StoryEdit::Duplicate(index) => story.duplicate(index),
            StoryEdit::Move { from, to } => story.move_slide(from, to),
            StoryEdit::Remove(index) => story
                .remove(index)
                .map(|_| index.min(story.slides.len().saturating_sub(1))),
            StoryEdit::Rename(index, title) => {
                let slide = story.slides.get_mut(index)?;
                slide.title = title;
                Some(index)
            }
            StoryEdit::Caption(index, caption) => {
                let slide = story.slides.get_mut(index)?;
                slide.caption = caption;
                Some(index)
            }
            StoryEdit::UpdateFromView(index) => story.update_view(index, current).then_some(index),
            StoryEdit::SetTitle(title) => {
                story.title = title;
                None
            }
        }
    }
}

/// One change to the mapping dialog's mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MappingEdit {
    /// Take `field` from this file column (0-based), or from none.
    Column(Field, Option<usize>),
    /// The unit of an amount field.
    Unit(Field, AmountUnit),
    /// The column that gives each row's currency, or none.
    CurrencyColumn(Option<usize>),
}

impl MappingEdit {
    /// Applies the edit; a column serves one purpose at a time, so whatever had it before loses it.
    pub fn apply(self, mapping: &mut Mapping) {
        match self {
            MappingEdit::Column(field, column) => mapping.set(field, column),
            MappingEdit::Unit(field, unit) => {
                mapping.units.insert(field, unit);
            }
            MappingEdit::CurrencyColumn(column) => {
                if let Some(field) = column.and_then(|c| mapping.field_of(c)) {
                    mapping.set(field, None);
                }
                mapping.currency_column = column;
            }
        }
    }
}

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The filtered projects, in the table's column order and sort.
    Rows(RowFormat),
    /// Only the rows the user selected in the table (still in its order and columns).
    SelectedRows(RowFormat),
    /// Totals grouped by one key, as the Breakdown tab (or a chart) shows them.
    Groups(GroupBy, TableFormat),
    /// The Breakdown tab's cross-tab.
    CrossTab(TableFormat),
    /// The series of the chart on screen, exactly as drawn.
    ChartData(TableFormat),
    /// The chart or the map (`Tab::Charts` or `Tab::Map`) as a slide-sized PNG with a caption strip.
    Picture(Tab),
    /// The Opportunities tab's ranking, with the weights, window and formula.
    Ranking(TableFormat),
    /// The shortlist compared, as a slide-sized PNG.
    ComparePicture,
    /// The one-page PDF brief of the current view.
    BriefPdf,
    /// The PDF deck of the story picked before (see [`Command::ExportStoryPdf`]).
    StoryPdf,
}

impl ExportKind {
    /// What Ctrl+E exports: what the tab shows, in the format a client gets (a workbook, or a picture).
    pub fn for_tab(view: &View) -> Self {
        match view.tab {
            Tab::Table => ExportKind::Rows(RowFormat::Xlsx),
            Tab::Breakdown => ExportKind::Groups(view.group_by, TableFormat::Xlsx),
            tab @ (Tab::Charts | Tab::Map) => ExportKind::Picture(tab),
            Tab::Opportunities => ExportKind::Ranking(TableFormat::Xlsx),
        }
    }

    /// The menu label in `lang`, e.g. "Projects as XLSX…".
    pub fn label(self, lang: Lang) -> String {
        let format = self.extension().to_uppercase();
        match self {
            ExportKind::Rows(_) => tr!(lang, "export-rows", format = format),
            ExportKind::SelectedRows(_) => tr!(lang, "export-selected-rows", format = format),
            ExportKind::Groups(by, _) => tr!(
                lang,
                "export-groups",
                by = labels::field_title(by.field(), lang).to_lowercase(),
                format = format
            ),
            ExportKind::CrossTab(_) => tr!(lang, "export-cross-tab", format = format),
            ExportKind::ChartData(_) => tr!(lang, "export-chart-data", format = format),
            ExportKind::Picture(Tab::Map) => tr!(lang, "export-map-png"),
            ExportKind::Picture(_) => tr!(lang, "export-chart-png"),
            ExportKind::Ranking(_) => tr!(lang, "export-ranking", format = format),
            ExportKind::ComparePicture => tr!(lang, "export-compare-png"),
            ExportKind::BriefPdf => tr!(lang, "menu-export-brief-pdf"),
            ExportKind::StoryPdf => tr!(lang, "menu-export-story-pdf"),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Rows(format) | ExportKind::SelectedRows(format) => format.extension(),
            ExportKind::Groups(_, format)
            | ExportKind::CrossTab(format)
            | ExportKind::ChartData(format)
            | ExportKind::Ranking(format) => format.extension(),
            ExportKind::Picture(_) | ExportKind::ComparePicture => "png",
            ExportKind::BriefPdf | ExportKind::StoryPdf => "pdf",
        }
    }
}

impl Command {
    /// The label of the menu item or button for this command in `lang`: menus, shortcuts and tests share it.
    pub fn text(&self, lang: Lang) -> String {
        // Only commands that have a menu item or button of their own need a label.
        match self {
            Command::OpenFileDialog => tr!(lang, "cmd-open-file"),
            Command::CopySelectedRows => tr!(lang, "cmd-copy-rows"),
            Command::ShowAbout(_) => tr!(lang, "cmd-about"),
            Command::DrillUp => tr!(lang, "cmd-all-sectors"),
            Command::Undo => tr!(lang, "cmd-undo"),
            Command::Redo => tr!(lang, "cmd-redo"),
            Command::ExportViewFile => tr!(lang, "cmd-export-view"),
            Command::ConfirmOpen => tr!(lang, "cmd-confirm-open"),
            Command::CancelOpen => tr!(lang, "cmd-cancel"),
            Command::CancelLoad => tr!(lang, "cmd-cancel-load"),
            Command::RemapFile => tr!(lang, "cmd-remap"),
            Command::ReloadFile => tr!(lang, "cmd-reload"),
            Command::IgnoreFileChange => tr!(lang, "cmd-keep-data"),
            Command::ShowQuality(_) => tr!(lang, "cmd-quality"),
            Command::ImportViewFile => tr!(lang, "cmd-import-view"),
            _ => String::new(),
        }
    }
}
