//! PURE ENGINE: filter, sort, group-by, facet counts and cross-tabs over the columnar project table, and
//! everything the window derives from a dataset and a view (selection, totals, the tab's aggregates, drill rules,
//! cell texts, the filter in words).
//!
//! Must not depend on egui, eframe or rfd; the GUI, the CLI and the exporters all call it.

pub mod aggregate;
pub mod breakdown;
pub mod cells;
pub mod charts;
pub mod derived;
pub mod describe;
pub mod drill;
pub mod filter;
pub mod money;
pub mod palette;
pub mod permutation;
mod radix;
pub mod score;
pub mod sort;
pub mod view;

pub use aggregate::{
    Amounts, CrossTab, GroupBy, GroupSummary, Summary, cross_tab, group_by, summarize,
};
pub use breakdown::{BreakdownColumn, BreakdownValue};
pub use cells::{CellStyle, cell_text};
pub use charts::{ChartData, chart_data};
pub use derived::Derived;
pub use describe::{FacetName, FilterPart};
pub use filter::{Facet, FacetCounts, Filter, Selection, UnknownChoice, evaluate, select};
pub use money::MoneyColumns;
pub use palette::{Rgb, SectorColours};
pub use score::{
    Factor, ScoreBy, ScoreError, ScoreOptions, ScoredGroup, Scores, Weights, WeightsError, Why,
    score, why_text,
};
pub use sort::{SortKey, sort_rows};
pub use view::{ChartKind, MapZoom, Tab, View};
