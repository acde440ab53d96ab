//! Every change the UI can ask for, as one enum. Widgets push commands; `ExplorerApp::logic` applies them in one
//! `match`, so menus, shortcuts, buttons and tests all go through the same path.

use crate::export::{RowFormat, TableFormat};
use crate::format::MoneyFormat;
use crate::model::Field;
use crate::model::load::mapping::{AmountUnit, Mapping};
use crate::model::load::open::OpenOptions;
use crate::query::{ChartKind, ClientSafe, Facet, Filter, GroupBy, MapZoom, Tab};
use crate::state::Theme;

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
    SetMoney(MoneyFormat),
    SetTheme(Theme),
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
    /// Replace the client-safe setting (the switch, the confidential columns, the watermark's recipient).
    SetClientSafe(ClientSafe),
    /// Ask for a `.story.ron`, then for a PDF path, and write the story's deck.
    ExportStoryPdf,
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
    /// The selected projects, in the table's column order and sort.
    Rows(RowFormat),
    /// Totals grouped by one key, as the Breakdown tab (or a chart) shows them.
    Groups(GroupBy, TableFormat),
    /// The Breakdown tab's cross-tab.
    CrossTab(TableFormat),
    /// The chart or the map (`Tab::Charts` or `Tab::Map`) as a slide-sized PNG with a caption strip.
    Picture(Tab),
    /// The one-page PDF brief of the current view.
    BriefPdf,
    /// The PDF deck of the story picked before (see [`Command::ExportStoryPdf`]).
    StoryPdf,
}

impl ExportKind {
    /// The menu label, e.g. "Projects as XLSX…".
    pub fn label(self) -> String {
        match self {
            ExportKind::Rows(format) => {
                format!("Projects as {}…", format.extension().to_uppercase())
            }
            ExportKind::Groups(by, format) => format!(
                "Totals by {} as {}…",
                by.field().title().to_lowercase(),
                format.extension().to_uppercase()
            ),
            ExportKind::CrossTab(format) => {
                format!("Cross-tab as {}…", format.extension().to_uppercase())
            }
            ExportKind::Picture(Tab::Map) => "Map as PNG…".to_owned(),
            ExportKind::Picture(_) => "Chart as PNG…".to_owned(),
            ExportKind::BriefPdf => crate::tr!(crate::i18n::Lang::En, "menu-export-brief-pdf"),
            ExportKind::StoryPdf => crate::tr!(crate::i18n::Lang::En, "menu-export-story-pdf"),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Rows(format) => format.extension(),
            ExportKind::Groups(_, format) | ExportKind::CrossTab(format) => format.extension(),
            ExportKind::Picture(_) => "png",
            ExportKind::BriefPdf | ExportKind::StoryPdf => "pdf",
        }
    }
}

impl Command {
    /// The label of the menu item or button for this command: menus, shortcuts and tests share it.
    pub fn text(&self) -> &'static str {
        // Only commands that have a menu item or button of their own need a label.
        match self {
            Command::OpenFileDialog => "Open…",
            Command::CopySelectedRows => "Copy selected rows",
            Command::ShowAbout(_) => "About the data",
            Command::DrillUp => "All sectors",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::ExportViewFile => "Export view…",
            Command::ConfirmOpen => "Open",
            Command::CancelOpen => "Cancel",
            Command::CancelLoad => "Cancel loading",
            Command::RemapFile => "Map columns…",
            Command::ReloadFile => "Reload",
            Command::IgnoreFileChange => "Keep this data",
            Command::ShowQuality(_) => "Data quality…",
            Command::ImportViewFile => "Import view…",
            _ => "",
        }
    }
}
