//! PURE ENGINE: filter, sort, group-by, facet counts and cross-tabs over the columnar project table.
//!
//! Must not depend on egui, eframe or rfd; the GUI, the CLI and the exporters all call it.

pub mod aggregate;
pub mod filter;
pub mod score;
pub mod sort;
pub mod view;

pub use aggregate::{
    Amounts, CrossTab, GroupBy, GroupSummary, HistogramBin, Summary, cross_tab, group_by,
    size_histogram, summarize,
};
pub use filter::{Facet, FacetCounts, Filter, Selection, UnknownChoice, evaluate, select};
pub use score::{
    Factor, ScoreBy, ScoreError, ScoreOptions, ScoredGroup, Scores, Weights, WeightsError, Why,
    score, why_text,
};
pub use sort::{SortKey, sort_rows};
pub use view::{ChartKind, Tab, View};
