//! PURE ENGINE: filter, sort, group-by, facet counts and cross-tabs over the columnar project table, and
//! everything the window derives from a dataset and a view (selection, totals, the tab's aggregates, drill rules,
//! cell texts, the filter in words).
//!
//! Must not depend on egui, eframe or rfd; the GUI, the CLI and the exporters all call it.

pub mod aggregate;
pub mod breakdown;
pub mod cells;
pub mod charts;
pub mod client_safe;
pub mod derived;
pub mod describe;
pub mod drill;
pub mod facts;
pub mod filter;
pub mod labels;
pub mod map;
pub mod messages;
pub mod money;
pub mod opportunity;
pub mod palette;
mod parallel;
pub mod permutation;
pub mod present;
mod radix;
pub mod score;
pub mod shortlist;
pub mod sort;
pub mod story;
pub mod view;

pub use aggregate::{
    Amounts, CrossTab, GroupBy, GroupSummary, Summary, cross_tab, group_by, group_totals, summarize,
};
pub use breakdown::{BreakdownColumn, BreakdownValue, TOTAL_LABEL, total_row};
pub use cells::{CellStyle, cell_text, cell_text_in};
pub use charts::{ChartData, chart_data, effective_kind};
pub use client_safe::{ClientSafe, Names, Pseudonyms};
pub use derived::Derived;
pub use describe::{FacetName, FilterPart};
pub use filter::{
    Facet, FacetCounts, Filter, MISSING_NAME, Selection, UnknownChoice, evaluate, select,
};
pub use map::{MapMeasure, MapSeries, MapStyle};
pub use money::MoneyColumns;
pub use opportunity::Opportunity;
pub use palette::{Rgb, SectorColours};
pub use score::{
    Factor, ScoreBy, ScoreError, ScoreOptions, ScoredGroup, Scores, Weights, WeightsError, Why,
    score, why_text,
};
pub use shortlist::{Compared, Pin, Shortlist};
pub use sort::{SortKey, sort_rows, sort_rows_in};
pub use view::{ChartKind, MapZoom, Tab, View};
