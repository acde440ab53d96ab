//! `View`: everything that decides what the user sees, as one serde type shared by the GUI, the CLI
//! (`--view V.ron`) and saved-view files, so the three can never disagree.
//!
//! Must not depend on egui, eframe or rfd.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::aggregate::GroupBy;
use super::filter::Filter;
use super::map::{MapMeasure, MapStyle};
use super::score::ScoreOptions;
use super::shortlist::Shortlist;
use super::sort::SortKey;
use crate::format::MoneyFormat;
use crate::i18n::Lang;
use crate::model::load::ron_data::parse_ron;
use crate::model::{ColumnId, Field, LoadError, ProjectTable};
use crate::tr;

/// A named, shareable view of a dataset. Every field has a default, so old or hand-trimmed files still load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct View {
    pub name: String,
    pub filter: Filter,
    pub sort: Vec<SortKey>,
    /// Visible table columns by name, in order; empty means the default columns.
    pub columns: Vec<String>,
    pub group_by: GroupBy,
    pub tab: Tab,
    pub chart: ChartKind,
    /// The second key of the breakdown's cross-tab (the first is `group_by`).
    pub cross_by: GroupBy,
    pub money: MoneyFormat,
    /// How far the map is zoomed (saved and shared with the view; a PNG of the map uses it too).
    pub map_zoom: MapZoom,
    /// What the map colours (or sizes) the districts by.
    pub map_measure: MapMeasure,
    /// Filled districts or bubbles.
    pub map_style: MapStyle,
    /// The Opportunities tab's grouping, weights and recent window.
    pub score: ScoreOptions,
    /// Pinned sectors, districts, cells and projects, for *Compare*.
    pub shortlist: Shortlist,
}

/// The extent of the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapZoom {
    /// All 38 divisions.
    #[default]
    WholeMunicipality,
    /// The central urban area, where most of the money is and most bubbles overlap.
    CentralUrbanArea,
}

impl MapZoom {
    pub const ALL: [MapZoom; 2] = [MapZoom::WholeMunicipality, MapZoom::CentralUrbanArea];

    pub fn title(self) -> &'static str {
        match self {
            MapZoom::WholeMunicipality => "Whole municipality",
            MapZoom::CentralUrbanArea => "Central urban area",
        }
    }

    /// The title in the interface language.
    pub fn title_in(self, lang: Lang) -> String {
        match self {
            MapZoom::WholeMunicipality => tr!(lang, "data-whole-municipality"),
            MapZoom::CentralUrbanArea => tr!(lang, "data-central-urban"),
        }
    }
}

/// The tabs of the central area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tab {
    #[default]
    Table,
    Breakdown,
    Charts,
    Map,
    /// The opportunity score, the heat-map of cells, the shortlist and *Compare* (issue 12).
    Opportunities,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Table,
        Tab::Breakdown,
        Tab::Charts,
        Tab::Map,
        Tab::Opportunities,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Table => "Table",
            Tab::Breakdown => "Breakdown",
            Tab::Charts => "Charts",
            Tab::Map => "Map",
            Tab::Opportunities => "Opportunities",
        }
    }

    /// The tab's label in the interface language.
    pub fn title_in(self, lang: Lang) -> String {
        match self {
            Tab::Table => tr!(lang, "tab-table"),
            Tab::Breakdown => tr!(lang, "tab-breakdown"),
            Tab::Charts => tr!(lang, "tab-charts"),
            Tab::Map => tr!(lang, "tab-map"),
            Tab::Opportunities => tr!(lang, "tab-opportunities"),
        }
    }

    /// The tab called `name` (case-insensitive), for `--tab NAME`.
    pub fn from_name(name: &str) -> Option<Tab> {
        Tab::ALL
            .into_iter()
            .find(|t| t.title().eq_ignore_ascii_case(name.trim()))
    }
}

/// The charts of the Charts tab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChartKind {
    #[default]
    Sectors,
    SubSectors,
    Districts,
    OverTime,
    Sizes,
    SectorsByYear,
}

impl ChartKind {
    pub const ALL: [ChartKind; 6] = [
        ChartKind::Sectors,
        ChartKind::SubSectors,
        ChartKind::Districts,
        ChartKind::OverTime,
        ChartKind::Sizes,
        ChartKind::SectorsByYear,
    ];

    /// The name on the command line (`export --chart over_time`) and in file names.
    pub fn key(self) -> &'static str {
        match self {
            ChartKind::Sectors => "sectors",
            ChartKind::SubSectors => "sub_sectors",
            ChartKind::Districts => "districts",
            ChartKind::OverTime => "over_time",
            ChartKind::Sizes => "sizes",
            ChartKind::SectorsByYear => "sectors_by_year",
        }
    }

    /// The English title (the window translates it through the catalogue: `chart-*`).
    pub fn title(self) -> &'static str {
        match self {
            ChartKind::Sectors => "By sector",
            ChartKind::SubSectors => "By sub-sector",
            ChartKind::Districts => "By district",
            ChartKind::OverTime => "Over time",
            ChartKind::Sizes => "Project sizes",
            ChartKind::SectorsByYear => "Sectors by year",
        }
    }

    /// The chart's title in the interface language.
    pub fn title_in(self, lang: Lang) -> String {
        match self {
            ChartKind::Sectors => tr!(lang, "chart-by-sector"),
            ChartKind::SubSectors => tr!(lang, "chart-by-sub-sector"),
            ChartKind::Districts => tr!(lang, "chart-by-district"),
            ChartKind::OverTime => tr!(lang, "chart-over-time"),
            ChartKind::Sizes => tr!(lang, "chart-sizes"),
            ChartKind::SectorsByYear => tr!(lang, "chart-sectors-by-year"),
        }
    }
}

impl std::str::FromStr for ChartKind {
    type Err = super::filter::UnknownChoice;

    /// `over_time`, `over-time` or `Over time`, any case.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim().replace(['-', ' '], "_");
        ChartKind::ALL
            .into_iter()
            .find(|kind| {
                kind.key().eq_ignore_ascii_case(&wanted)
                    || kind
                        .title()
                        .replace([' ', '-'], "_")
                        .eq_ignore_ascii_case(&wanted)
            })
            .ok_or_else(|| super::filter::UnknownChoice {
                what: "chart",
                given: text.into(),
                choices: ChartKind::ALL.iter().map(|k| k.key().to_owned()).collect(),
            })
    }
}

impl Default for View {
    fn default() -> Self {
        Self {
            name: String::new(),
            filter: Filter::default(),
            // Largest first: the question is usually "where did the big money go?".
            sort: vec![SortKey::descending("contracted_usd_m")],
            columns: Vec::new(),
            group_by: GroupBy::Sector,
            tab: Tab::Table,
            chart: ChartKind::Sectors,
            cross_by: GroupBy::District,
            money: MoneyFormat::default(),
            map_zoom: MapZoom::default(),
            map_measure: MapMeasure::default(),
            map_style: MapStyle::default(),
            score: ScoreOptions::default(),
            shortlist: Shortlist::default(),
        }
    }
}

/// The most sort keys a view keeps: a sort by more than a handful of columns only breaks ties nobody sees.
pub const MAX_SORT_KEYS: usize = 16;

/// The most visible columns a view keeps: far more than any file's columns.
pub const MAX_COLUMNS: usize = 1_000;

/// The table columns shown when a view does not name any: chosen to fit a 1440-px laptop screen beside both side
/// panels; the column chooser adds the rest.
pub const DEFAULT_COLUMNS: [Field; 7] = [
    Field::Name,
    Field::Investor,
    Field::Sector,
    Field::District,
    Field::Year,
    Field::ContractedUsdM,
    Field::Status,
];

impl View {
    /// The table columns this view shows, in order; names the table lacks are skipped.
    pub fn visible_columns(&self, table: &ProjectTable) -> Vec<ColumnId> {
        if self.columns.is_empty() {
            // The usual columns the file has, then every column of the file the app does not know.
            DEFAULT_COLUMNS
                .iter()
                .filter(|f| !table.absent_fields.contains(f))
                .map(|&f| ColumnId::Field(f))
                .chain((0..table.extra.len()).map(ColumnId::Extra))
                .collect()
        } else {
            self.columns
                .iter()
                .filter_map(|name| table.find_column(name))
                .collect()
        }
    }

    /// Reads a view file (RON). `path` is used in the located error. A UTF-8 byte-order mark (Notepad writes
    /// one) is skipped; sort keys and columns are deduplicated and capped (see [`View::bounded`]).
    pub fn from_ron(text: &str, path: &str) -> Result<Self, LoadError> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        parse_ron::<Self>(text, path).map(Self::bounded)
    }

    /// The view with each sort column and each visible column named once (the first mention wins), and at most
    /// [`MAX_SORT_KEYS`] sort keys and [`MAX_COLUMNS`] columns. Every sort key costs a `u64` per row and every
    /// column a widget per visible row, so a hand-made or hostile view with 100,000 of them would take gigabytes
    /// or keep the window from starting; no real view comes near either cap.
    #[must_use]
    pub fn bounded(mut self) -> Self {
        let mut seen = std::collections::HashSet::new();
        self.sort.retain(|key| seen.insert(key.column.clone()));
        self.sort.truncate(MAX_SORT_KEYS);
        seen.clear();
        self.columns.retain(|column| seen.insert(column.clone()));
        self.columns.truncate(MAX_COLUMNS);
        self
    }

    /// Reads a saved view file (`--view`, "Import view…"): an unreadable file or bad RON is a located error.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_ron(&text, &path.display().to_string())
    }

    /// Names in the view that the table does not have (sectors, districts, columns…), in words. A view from a
    /// colleague's file or an older version still applies; these are shown as a warning.
    pub fn warnings(&self, table: &ProjectTable) -> Vec<String> {
        let mut warnings: Vec<String> = self
            .filter
            .unknown_names(table)
            .into_iter()
            .map(|(facet, name)| {
                format!(
                    "no {} called {name:?} in this data",
                    facet.field().title().to_lowercase()
                )
            })
            .collect();
        for column in self
            .columns
            .iter()
            .chain(self.sort.iter().map(|k| &k.column))
        {
            if table.find_column(column).is_none() {
                warnings.push(format!("no column called {column:?} in this data"));
            }
        }
        for name in self.filter.columns.keys() {
            if !table
                .extra_facets()
                .any(|(_, column, _)| column.name == *name)
            {
                warnings.push(format!(
                    "no column called {name:?} to filter on in this data, so no project passes that filter"
                ));
            }
        }
        warnings
    }

    /// The view as a RON file a colleague can open (or pass to `--view`).
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let pretty = ron::ser::PrettyConfig::default().new_line("\n");
        ron::ser::to_string_pretty(self, pretty).map(|text| text + "\n")
    }
}
