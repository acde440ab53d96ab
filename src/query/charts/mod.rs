//! The chart series engine: for each chart of the Charts tab, exactly what is drawn — every bar, every year,
//! every bin, every stacked segment — computed from the selection, so the window, the PNG, the chart-data
//! export and the CLI (`export --chart`) show the same numbers and the UI only draws them.
//!
//! * [`categories`]: by sector, by sub-sector, by district — the largest groups, then one "Other" bar.
//! * [`years`]: over time (every year of the range, zeros included, with running totals) and sectors by year.
//! * [`sizes`]: project sizes in fixed logarithmic bins.
//! * [`ticks`]: integer and year axis steps, so counts never read "0.5 projects" and years are evenly thinned.
//!
//! Amounts are in millions of the view's currency (whatever `Amounts` holds). Must not depend on egui, eframe
//! or rfd.

pub mod categories;
pub mod sizes;
pub mod ticks;
pub mod years;

pub use categories::{CategoryBar, CategoryChart};
pub use sizes::{SizeBin, SizeHistogram};
pub use years::{OverTime, StackedSeries, StackedYears, YearRow};

use super::aggregate::{Amounts, GroupBy};
use super::filter::Filter;
use super::view::ChartKind;
use crate::model::ProjectTable;

/// Bars shown by name in a category chart before the rest are added up in one "Other" bar.
pub const TOP_BARS: usize = 12;

/// Sectors stacked by name in "sectors by year" before the rest are added up in one "Other" series.
pub const TOP_STACKED: usize = 8;

/// The series of one chart.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartData {
    /// By sector, sub-sector or district: horizontal bars.
    Categories(CategoryChart),
    OverTime(OverTime),
    Sizes(SizeHistogram),
    SectorsByYear(StackedYears),
}

impl Default for ChartData {
    fn default() -> Self {
        ChartData::Categories(CategoryChart::default())
    }
}

/// What a chart of `kind` shows with `filter`: "by sector" with exactly one sector selected would be one bar,
/// so it shows that sector's sub-sectors.
pub fn effective_kind(kind: ChartKind, filter: &Filter) -> ChartKind {
    if kind == ChartKind::Sectors && filter.sectors.len() == 1 {
        ChartKind::SubSectors
    } else {
        kind
    }
}

/// The series of the chart of `kind` over the selected `rows`, as drawn with `filter` (which gives the year
/// range of the year charts). `amounts` are the whole table's columns in the view's currency.
pub fn chart_data(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    filter: &Filter,
    kind: ChartKind,
) -> ChartData {
    match effective_kind(kind, filter) {
        ChartKind::Sectors => ChartData::Categories(categories::category_chart(
            table,
            amounts,
            rows,
            GroupBy::Sector,
            TOP_BARS,
        )),
        ChartKind::SubSectors => ChartData::Categories(categories::category_chart(
            table,
            amounts,
            rows,
            GroupBy::SubSector,
            TOP_BARS,
        )),
        ChartKind::Districts => ChartData::Categories(categories::category_chart(
            table,
            amounts,
            rows,
            GroupBy::District,
            TOP_BARS,
        )),
        ChartKind::OverTime => ChartData::OverTime(years::over_time(
            table,
            amounts,
            rows,
            year_range(table, rows, filter),
        )),
        ChartKind::Sizes => ChartData::Sizes(sizes::size_histogram(amounts.contracted, rows)),
        ChartKind::SectorsByYear => ChartData::SectorsByYear(years::sectors_by_year(
            table,
            amounts,
            rows,
            year_range(table, rows, filter),
            TOP_STACKED,
        )),
    }
}

/// The longest year axis drawn: a filter from year 1 would otherwise make two thousand empty bars.
const MAX_YEARS: i32 = 200;

/// The years a year chart spans: the filter's first and last year where it sets them, else the selection's
/// (`rows`), so one project or one year is one year in the middle of the plot rather than a bar at the edge of
/// the whole dataset's years. `None` when neither says (no selected row has a year).
pub fn year_range(table: &ProjectTable, rows: &[u32], filter: &Filter) -> Option<(i32, i32)> {
    let years = rows.iter().filter_map(|&row| table.year.get(row as usize));
    let selection = years.clone().min().zip(years.max());
    let first = filter.year_from.or(selection.map(|s| s.0))?;
    let last = filter.year_to.or(selection.map(|s| s.1))?;
    if first > last {
        return None;
    }
    // A far-off bound keeps the selection's side of the range rather than thousands of empty years.
    let first = if last - first >= MAX_YEARS {
        selection.map_or(last - MAX_YEARS + 1, |s| s.0.max(first))
    } else {
        first
    };
    let last = last.min(first + MAX_YEARS - 1);
    Some((first, last))
}
