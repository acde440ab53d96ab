//! The year charts: over time (projects and contracted per year with running totals) and sectors by year
//! (contracted per year, stacked by sector). Every year of the range is present, zeros included, so a running
//! total is flat across an empty year instead of a line interpolated across it.
//! Must not depend on egui, eframe or rfd.

use super::super::aggregate::{Amounts, GroupBy, Sum, group_totals};
use crate::model::{Field, ProjectTable};

/// One year of the over-time chart.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearRow {
    pub year: i32,
    pub num_projects: usize,
    /// In millions of the view's currency.
    pub contracted_m: f64,
    /// Projects from the range's first year up to and including this one.
    pub cumulative_projects: usize,
    pub cumulative_contracted_m: f64,
}

/// Projects and contracted per year, and their running totals.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OverTime {
    /// Every year of the range, in order.
    pub years: Vec<YearRow>,
    /// Selected projects with no contract year (on no bar).
    pub num_without_year: usize,
}

impl OverTime {
    /// The years with at least one project: the bars every row of the chart labels when they are few.
    pub fn years_with_projects(&self) -> Vec<i32> {
        self.years
            .iter()
            .filter(|row| row.num_projects > 0)
            .map(|row| row.year)
            .collect()
    }
}

/// Per-year totals of `rows` over every year of `range` (none when `range` is `None`).
pub fn over_time(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    range: Option<(i32, i32)>,
) -> OverTime {
    let Some((first, last)) = range else {
        return OverTime {
            years: Vec::new(),
            num_without_year: rows.len(),
        };
    };
    let len = (last - first + 1) as usize;
    let mut counts = vec![0usize; len];
    let mut sums = vec![Sum::default(); len];
    let mut num_without_year = 0;
    for &row in rows {
        let row = row as usize;
        let Some(slot) = year_slot(table.year.get(row), first, len) else {
            num_without_year += 1;
            continue;
        };
        counts[slot] += 1;
        let amount = amounts.contracted[row];
        if amount.is_finite() {
            sums[slot].add(amount);
        }
    }
    let mut running_count = 0;
    let mut running_sum = Sum::default();
    let years = (0..len)
        .map(|slot| {
            let contracted_m = sums[slot].value();
            running_count += counts[slot];
            running_sum.add(contracted_m);
            YearRow {
                year: first + slot as i32,
                num_projects: counts[slot],
                contracted_m,
                cumulative_projects: running_count,
                cumulative_contracted_m: running_sum.value(),
            }
        })
        .collect();
    OverTime {
        years,
        num_without_year,
    }
}

/// The index of `year` in a range of `len` years from `first`, if it is in it.
fn year_slot(year: Option<i32>, first: i32, len: usize) -> Option<usize> {
    let offset = year? - first;
    usize::try_from(offset).ok().filter(|&slot| slot < len)
}

/// One stacked series: a sector (or "Other") across the years.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StackedSeries {
    /// The sector's name; empty for "Other".
    pub key: String,
    /// Sectors this series adds up: 1, or more for "Other".
    pub num_groups: usize,
    /// Contracted per year (millions of the view's currency), one per year of [`StackedYears::years`].
    pub contracted_m: Vec<f64>,
    /// Projects per year.
    pub num_projects: Vec<usize>,
}

impl StackedSeries {
    pub fn is_other(&self) -> bool {
        self.key.is_empty()
    }

    pub fn total_m(&self) -> f64 {
        let mut sum = Sum::default();
        for &value in &self.contracted_m {
            sum.add(value);
        }
        sum.value()
    }
}

/// Contracted per year, stacked by sector: the largest sector at the bottom, "Other" on top.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StackedYears {
    /// Every year of the range, in order.
    pub years: Vec<i32>,
    pub series: Vec<StackedSeries>,
}

impl StackedYears {
    /// The years with at least one project in any series: the stacks whose years are labelled when few.
    pub fn years_with_projects(&self) -> Vec<i32> {
        self.years
            .iter()
            .enumerate()
            .filter(|&(index, _)| {
                self.series
                    .iter()
                    .any(|s| s.num_projects.get(index).is_some_and(|&n| n > 0))
            })
            .map(|(_, &year)| year)
            .collect()
    }

    /// The tallest stack (0 when empty), for the axis.
    pub fn tallest_m(&self) -> f64 {
        (0..self.years.len())
            .map(|i| self.series.iter().map(|s| s.contracted_m[i]).sum::<f64>())
            .fold(0.0, f64::max)
    }
}

/// The `top` largest sectors of `rows` (by contracted over the selection) year by year over `range`, the rest
/// in one "Other" series; an "Other" of a single sector is shown by name.
pub fn sectors_by_year(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    range: Option<(i32, i32)>,
    top: usize,
) -> StackedYears {
    let Some((first, last)) = range else {
        return StackedYears::default();
    };
    let len = (last - first + 1) as usize;
    let groups = group_totals(table, amounts, rows, GroupBy::Sector);
    let shown = if groups.len() > top + 1 {
        top
    } else {
        groups.len()
    };
    // Each row's series: its sector's rank among the shown ones, else the "Other" series after them.
    let column = table.category(Field::Sector);
    let rank_of_label: Vec<usize> = column.map_or_else(Vec::new, |column| {
        column
            .labels()
            .iter()
            .map(|label| {
                groups[..shown]
                    .iter()
                    .position(|g| &g.key == label)
                    .unwrap_or(shown)
            })
            .collect()
    });
    let missing_rank = groups[..shown]
        .iter()
        .position(|g| g.key == super::super::aggregate::MISSING_LABEL)
        .unwrap_or(shown);
    // The last series is "Other"; it is dropped below when every sector is shown by name.
    let num_series = shown + 1;
    let mut sums = vec![vec![Sum::default(); len]; num_series];
    let mut counts = vec![vec![0usize; len]; num_series];
    for &row in rows {
        let row = row as usize;
        let Some(slot) = year_slot(table.year.get(row), first, len) else {
            continue;
        };
        let rank = column
            .and_then(|c| c.code(row))
            .map_or(missing_rank, |code| {
                rank_of_label.get(code as usize).copied().unwrap_or(shown)
            });
        counts[rank][slot] += 1;
        let amount = amounts.contracted[row];
        if amount.is_finite() {
            sums[rank][slot].add(amount);
        }
    }
    let series = sums
        .into_iter()
        .zip(counts)
        .enumerate()
        .map(|(rank, (sums, num_projects))| StackedSeries {
            key: groups
                .get(rank)
                .filter(|_| rank < shown)
                .map_or_else(String::new, |g| g.key.clone()),
            num_groups: if rank < shown {
                1
            } else {
                groups.len() - shown
            },
            contracted_m: sums.into_iter().map(Sum::value).collect(),
            num_projects,
        })
        .filter(|series| series.num_groups > 0)
        .collect();
    StackedYears {
        years: (first..=last).collect(),
        series,
    }
}
