//! Group-by, totals and cross-tabs over a selection.
//!
//! Sums are compensated (Neumaier), so the 3,530 rows of the default dataset add up to exactly USD 70,400 m.
//! Must not depend on egui, eframe or rfd.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::filter::UnknownChoice;
use crate::model::columns::{Code, Codes, with_codes};
use crate::model::{Field, ProjectTable, YearColumn};

/// What a breakdown groups by: a categorical column or the contract year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    #[default]
    Sector,
    SubSector,
    District,
    Year,
    Status,
    Origin,
    SizeBand,
}

impl GroupBy {
    pub const ALL: [GroupBy; 7] = [
        GroupBy::Sector,
        GroupBy::SubSector,
        GroupBy::District,
        GroupBy::Year,
        GroupBy::Status,
        GroupBy::Origin,
        GroupBy::SizeBand,
    ];

    pub fn field(self) -> Field {
        match self {
            GroupBy::Sector => Field::Sector,
            GroupBy::SubSector => Field::SubSector,
            GroupBy::District => Field::District,
            GroupBy::Year => Field::Year,
            GroupBy::Status => Field::Status,
            GroupBy::Origin => Field::Origin,
            GroupBy::SizeBand => Field::SizeBand,
        }
    }
}

impl fmt::Display for GroupBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.field().key())
    }
}

impl FromStr for GroupBy {
    type Err = UnknownChoice;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        GroupBy::ALL
            .into_iter()
            .find(|g| g.field().key().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| UnknownChoice {
                what: "group-by key",
                given: text.into(),
                choices: GroupBy::ALL.iter().map(ToString::to_string).collect(),
            })
    }
}

/// The two money columns the aggregates add up, in the currency being shown (USD m by default; CNY m when the
/// user switches currency, converted row by row at each contract year's rate).
#[derive(Clone, Copy, Debug)]
pub struct Amounts<'a> {
    pub contracted: &'a [f64],
    pub utilized: &'a [f64],
}

impl<'a> Amounts<'a> {
    /// The table's own USD m columns.
    pub fn usd(table: &'a ProjectTable) -> Self {
        Self {
            contracted: &table.contracted_usd_m,
            utilized: &table.utilized_usd_m,
        }
    }
}

/// A compensated (Neumaier) sum: exact enough that thousands of 3-decimal amounts add up to the cent.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sum {
    sum: f64,
    compensation: f64,
}

impl Sum {
    pub fn add(&mut self, value: f64) {
        let total = self.sum + value;
        if self.sum.abs() >= value.abs() {
            self.compensation += (self.sum - total) + value;
        } else {
            self.compensation += (value - total) + self.sum;
        }
        self.sum = total;
    }

    pub fn value(self) -> f64 {
        self.sum + self.compensation
    }

    /// Adds another sum's values (its total and what its rounding lost, each compensated like a value).
    pub fn merge(&mut self, other: Sum) {
        self.add(other.sum);
        self.add(other.compensation);
    }
}

/// The figures of a set of rows: what the key-figure cards and each breakdown row show.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    pub count: usize,
    /// Rows whose contracted amount is known.
    pub count_with_amount: usize,
    pub contracted_usd_m: f64,
    /// Σ of the known utilised amounts: 0.0 both when they add up to nothing and when none is known, so read it
    /// through [`Summary::utilised_usd_m`], which tells the two apart.
    pub utilized_usd_m: f64,
    /// Rows whose utilised amount is known (none in a file without a utilised column).
    pub count_with_utilised: usize,
    pub mean_usd_m: Option<f64>,
    pub median_usd_m: Option<f64>,
    /// Σ utilised / Σ contracted over rows where both are known, in %.
    pub utilization_pct: Option<f64>,
}

impl Summary {
    /// The utilised total, or `None` when no row has a utilised amount: missing is not zero, so a file without
    /// utilised amounts shows "–", never 0.0.
    pub fn utilised_usd_m(&self) -> Option<f64> {
        (self.count_with_utilised > 0).then_some(self.utilized_usd_m)
    }
}

/// Accumulates a [`Summary`] row by row.
#[derive(Default)]
struct SummaryBuilder {
    count: usize,
    count_with_amount: usize,
    contracted: Sum,
    utilized: Sum,
    count_with_utilised: usize,
    contracted_where_both: Sum,
    utilized_where_both: Sum,
    /// The known amounts, for the median; `None` when no median is wanted (collecting a million amounts and
    /// selecting their middle is most of a group-by's cost).
    amounts: Option<Vec<f64>>,
}

impl SummaryBuilder {
    fn with_median(median: bool) -> Self {
        Self {
            amounts: median.then(Vec::new),
            ..Self::default()
        }
    }

    fn add(&mut self, contracted: f64, utilized: f64) {
        self.count += 1;
        if contracted.is_finite() {
            self.count_with_amount += 1;
            self.contracted.add(contracted);
            if let Some(amounts) = &mut self.amounts {
                amounts.push(contracted);
            }
        }
        if utilized.is_finite() {
            self.utilized.add(utilized);
            self.count_with_utilised += 1;
        }
        if contracted.is_finite() && utilized.is_finite() {
            self.contracted_where_both.add(contracted);
            self.utilized_where_both.add(utilized);
        }
    }

    /// Adds the rows another builder has seen (of another piece of the same selection).
    fn merge(&mut self, other: SummaryBuilder) {
        self.count += other.count;
        self.count_with_amount += other.count_with_amount;
        self.count_with_utilised += other.count_with_utilised;
        self.contracted.merge(other.contracted);
        self.utilized.merge(other.utilized);
        self.contracted_where_both
            .merge(other.contracted_where_both);
        self.utilized_where_both.merge(other.utilized_where_both);
        if let (Some(amounts), Some(more)) = (&mut self.amounts, other.amounts) {
            amounts.extend(more);
        }
    }

    fn finish(self) -> Summary {
        let with_amount = self.count_with_amount;
        let contracted = self.contracted.value();
        let both = self.contracted_where_both.value();
        Summary {
            count: self.count,
            count_with_amount: with_amount,
            contracted_usd_m: contracted,
            utilized_usd_m: self.utilized.value(),
            count_with_utilised: self.count_with_utilised,
            mean_usd_m: (with_amount > 0).then(|| contracted / with_amount as f64),
            median_usd_m: self.amounts.and_then(|mut amounts| median(&mut amounts)),
            utilization_pct: (both > 0.0).then(|| self.utilized_where_both.value() / both * 100.0),
        }
    }
}

/// The median of finite values (reorders them).
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let len = values.len();
    let mid = len / 2;
    let (lower, upper, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    let upper = *upper;
    if len % 2 == 1 {
        Some(upper)
    } else {
        let lower_max = lower.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        Some((lower_max + upper) / 2.0)
    }
}

/// The figures of the selected rows.
pub fn summarize(amounts: Amounts<'_>, rows: &[u32]) -> Summary {
    let mut builder = SummaryBuilder {
        amounts: Some(Vec::with_capacity(rows.len())),
        ..SummaryBuilder::default()
    };
    for &row in rows {
        let row = row as usize;
        builder.add(amounts.contracted[row], amounts.utilized[row]);
    }
    builder.finish()
}

/// One row of a breakdown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupSummary {
    pub key: String,
    /// The group's year, for year groups (so charts can place it on an axis).
    pub year: Option<i32>,
    #[serde(flatten)]
    pub summary: Summary,
    /// Share of the selection's contracted total, in %.
    pub share_pct: f64,
}

/// The label of rows with no value in the grouping column.
pub const MISSING_LABEL: &str = "(not stated)";

/// The label of each group, and its year for year groups.
type GroupLabels = Vec<(String, Option<i32>)>;

/// Each row's group, read straight from the column: no per-row copy of a million keys on every group-by.
enum RowGroups<'a> {
    /// Dictionary codes; a code past the labels (the missing code) is a missing value.
    Codes(Codes<'a>),
    /// Years, grouped by their index in `distinct` (ascending).
    Years {
        years: &'a YearColumn,
        distinct: Vec<i32>,
        /// For year `first + i`, its index in `distinct`; `None` when the span of years is too wide for a table.
        dense: Option<(i64, Vec<u32>)>,
    },
    /// The table has no such column: every row is missing.
    Missing,
}

/// Widest span of years looked up by table rather than by binary search.
const DENSE_YEAR_SPAN: i64 = 1 << 16;

impl RowGroups<'_> {
    /// The group of `row`: an index into the labels, or `missing` (one past the last label).
    fn slot(&self, row: usize, missing: usize) -> usize {
        match self {
            RowGroups::Codes(codes) => codes.index(row).min(missing),
            RowGroups::Years {
                years,
                distinct,
                dense,
            } => {
                let Some(year) = years.get(row) else {
                    return missing;
                };
                match dense {
                    Some((first, index)) => usize::try_from(i64::from(year) - first)
                        .ok()
                        .and_then(|offset| index.get(offset))
                        .map_or(missing, |&i| i as usize),
                    None => distinct.binary_search(&year).unwrap_or(missing),
                }
            }
            RowGroups::Missing => missing,
        }
    }
}

/// Selected rows whose groups and amounts are read at a time (see [`group_rows`]): 3 × 16 KiB, in the L1 cache.
const GATHER_ROWS: usize = 2048;

impl RowGroups<'_> {
    /// The group of each of `rows` (see [`RowGroups::slot`]), into `slots`.
    fn slots(&self, rows: &[u32], missing: usize, slots: &mut Vec<usize>) {
        slots.clear();
        match self {
            RowGroups::Codes(codes) => {
                with_codes!(*codes, |codes| slots.extend(rows.iter().map(|&row| {
                    codes
                        .get(row as usize)
                        .map_or(missing, |c| c.index().min(missing))
                })))
            }
            _ => slots.extend(rows.iter().map(|&row| self.slot(row as usize, missing))),
        }
    }
}

/// Each row's group (see [`RowGroups::slot`]), and the groups' labels.
fn group_keys(table: &ProjectTable, by: GroupBy) -> (RowGroups<'_>, GroupLabels) {
    if by == GroupBy::Year {
        let years = &table.year;
        let span = years.known().fold(None, |span: Option<(i32, i32)>, y| {
            Some(span.map_or((y, y), |(lo, hi)| (lo.min(y), hi.max(y))))
        });
        let (distinct, dense) = match span {
            None => (Vec::new(), None),
            Some((lo, hi)) if i64::from(hi) - i64::from(lo) < DENSE_YEAR_SPAN => {
                let first = i64::from(lo);
                let mut present = vec![false; (i64::from(hi) - first + 1) as usize];
                for y in years.known() {
                    present[(i64::from(y) - first) as usize] = true;
                }
                let mut index = vec![u32::MAX; present.len()];
                let mut distinct = Vec::new();
                for (offset, _) in present.iter().enumerate().filter(|(_, p)| **p) {
                    index[offset] = distinct.len() as u32;
                    distinct.push(lo + offset as i32);
                }
                (distinct, Some((first, index)))
            }
            Some(_) => {
                let mut distinct: Vec<i32> = years.known().collect();
                distinct.sort_unstable();
                distinct.dedup();
                (distinct, None)
            }
        };
        let labels = distinct.iter().map(|y| (y.to_string(), Some(*y))).collect();
        return (
            RowGroups::Years {
                years,
                distinct,
                dense,
            },
            labels,
        );
    }
    let Some(column) = table.category(by.field()) else {
        return (RowGroups::Missing, Vec::new());
    };
    let labels = column.labels().iter().map(|l| (l.clone(), None)).collect();
    (RowGroups::Codes(column.codes()), labels)
}

/// Groups the selected rows, largest contracted total first (ties: the column's natural order).
/// Year groups come in year order. Empty groups are left out.
pub fn group_by(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    by: GroupBy,
) -> Vec<GroupSummary> {
    group_rows(table, amounts, rows, by, true)
}

/// [`group_by`] without the groups' medians (`median_usd_m` is `None`): what the charts and the map show,
/// at a fraction of the cost.
pub fn group_totals(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    by: GroupBy,
) -> Vec<GroupSummary> {
    group_rows(table, amounts, rows, by, false)
}

/// Selected rows a group-by adds up in one piece; a larger selection is cut into pieces of this many, added up
/// on the cores and joined in order. A fixed size, not one piece per core: every machine then adds the same
/// amounts in the same order, and shows the same last digit.
const GROUP_PIECE_ROWS: usize = 1 << 16;

/// Adds `rows` to the builders of their groups (`builders[slot]`, see [`RowGroups::slot`]).
fn add_rows(
    builders: &mut [SummaryBuilder],
    keys: &RowGroups<'_>,
    labels: usize,
    amounts: Amounts<'_>,
    rows: &[u32],
) {
    // Block by block, each column's cells of the block are read in a loop of their own before anything is added
    // up: with nothing but independent reads in it, the reads of rows scattered over the table overlap instead of
    // each waiting for memory in turn (3× faster on a shuffled million-row table).
    let mut slots = Vec::with_capacity(GATHER_ROWS);
    let mut contracted = Vec::with_capacity(GATHER_ROWS);
    let mut utilized = Vec::with_capacity(GATHER_ROWS);
    for block in rows.chunks(GATHER_ROWS) {
        keys.slots(block, labels, &mut slots);
        contracted.clear();
        contracted.extend(block.iter().map(|&row| amounts.contracted[row as usize]));
        utilized.clear();
        utilized.extend(block.iter().map(|&row| amounts.utilized[row as usize]));
        for ((&slot, &contracted), &utilized) in slots.iter().zip(&contracted).zip(&utilized) {
            builders[slot].add(contracted, utilized);
        }
    }
}

fn group_rows(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    by: GroupBy,
    medians: bool,
) -> Vec<GroupSummary> {
    let (keys, labels) = group_keys(table, by);
    let pieces: Vec<&[u32]> = rows.chunks(GROUP_PIECE_ROWS).collect();
    let summed = super::parallel::map_in_order(&pieces, "group-by", |piece| {
        let mut builders: Vec<SummaryBuilder> = (0..=labels.len())
            .map(|_| SummaryBuilder::with_median(medians))
            .collect();
        add_rows(&mut builders, &keys, labels.len(), amounts, piece);
        builders
    });
    let builders = summed
        .into_iter()
        .reduce(|mut builders, more| {
            for (builder, more) in builders.iter_mut().zip(more) {
                builder.merge(more);
            }
            builders
        })
        .unwrap_or_else(|| {
            (0..=labels.len())
                .map(|_| SummaryBuilder::with_median(medians))
                .collect()
        });
    let mut total = Sum::default();
    let summaries: Vec<Summary> = builders.into_iter().map(SummaryBuilder::finish).collect();
    for summary in &summaries {
        total.add(summary.contracted_usd_m);
    }
    let total = total.value();
    let mut groups: Vec<GroupSummary> = summaries
        .into_iter()
        .enumerate()
        .filter(|(_, s)| s.count > 0)
        .map(|(slot, summary)| {
            let (key, year) = labels
                .get(slot)
                .cloned()
                .unwrap_or_else(|| (MISSING_LABEL.to_owned(), None));
            GroupSummary {
                key,
                year,
                share_pct: if total > 0.0 {
                    summary.contracted_usd_m / total * 100.0
                } else {
                    0.0
                },
                summary,
            }
        })
        .collect();
    if by != GroupBy::Year && by != GroupBy::SizeBand {
        groups.sort_by(|a, b| {
            b.summary
                .contracted_usd_m
                .total_cmp(&a.summary.contracted_usd_m)
                .then_with(|| b.summary.count.cmp(&a.summary.count))
                .then_with(|| a.key.cmp(&b.key))
        });
    }
    groups
}

/// A two-key table of counts and contracted totals (e.g. sector × district).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CrossTab {
    pub row_labels: Vec<String>,
    pub column_labels: Vec<String>,
    /// `cells[r][c]`.
    pub cells: Vec<Vec<CrossCell>>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct CrossCell {
    pub count: usize,
    pub contracted_usd_m: f64,
}

impl CrossTab {
    /// Row `r`'s Total column: its projects and contracted sum over every column.
    pub fn row_total(&self, r: usize) -> CrossCell {
        total_of(self.cells.get(r).into_iter().flatten())
    }

    /// The Total row: each column's projects and contracted sum over every row.
    pub fn column_totals(&self) -> Vec<CrossCell> {
        (0..self.column_labels.len())
            .map(|c| total_of(self.cells.iter().filter_map(|cells| cells.get(c))))
            .collect()
    }

    /// The corner: every cell's projects and contracted sum.
    pub fn grand_total(&self) -> CrossCell {
        total_of(self.cells.iter().flatten())
    }
}

/// The sum of `cells` (compensated, so totals match the breakdown to the last digit).
fn total_of<'a>(cells: impl Iterator<Item = &'a CrossCell>) -> CrossCell {
    let mut count = 0;
    let mut sum = Sum::default();
    for cell in cells {
        count += cell.count;
        if cell.contracted_usd_m.is_finite() {
            sum.add(cell.contracted_usd_m);
        }
    }
    CrossCell {
        count,
        contracted_usd_m: sum.value(),
    }
}

/// Cross-tabulates the selected rows; rows and columns are ordered by their contracted totals, years by year.
pub fn cross_tab(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    row_by: GroupBy,
    column_by: GroupBy,
) -> CrossTab {
    let (row_keys, row_labels) = group_keys(table, row_by);
    let (column_keys, column_labels) = group_keys(table, column_by);
    let (r_len, c_len) = (row_labels.len() + 1, column_labels.len() + 1);
    let mut counts = vec![0usize; r_len * c_len];
    let mut sums = vec![Sum::default(); r_len * c_len];
    for &row in rows {
        let row = row as usize;
        let r = row_keys.slot(row, row_labels.len());
        let c = column_keys.slot(row, column_labels.len());
        counts[r * c_len + c] += 1;
        let amount = amounts.contracted[row];
        if amount.is_finite() {
            sums[r * c_len + c].add(amount);
        }
    }
    let order = |len: usize,
                 labels: &[(String, Option<i32>)],
                 by: GroupBy,
                 total_of: &dyn Fn(usize) -> (usize, f64)| {
        let mut order: Vec<usize> = (0..len).filter(|&i| total_of(i).0 > 0).collect();
        if by != GroupBy::Year && by != GroupBy::SizeBand {
            order.sort_by(|&a, &b| total_of(b).1.total_cmp(&total_of(a).1));
        }
        let names = order
            .iter()
            .map(|&i| {
                labels
                    .get(i)
                    .map_or_else(|| MISSING_LABEL.to_owned(), |l| l.0.clone())
            })
            .collect::<Vec<_>>();
        (order, names)
    };
    let row_total = |r: usize| {
        (0..c_len).fold((0, 0.0), |(n, s), c| {
            (n + counts[r * c_len + c], s + sums[r * c_len + c].value())
        })
    };
    let column_total = |c: usize| {
        (0..r_len).fold((0, 0.0), |(n, s), r| {
            (n + counts[r * c_len + c], s + sums[r * c_len + c].value())
        })
    };
    let (row_order, row_names) = order(r_len, &row_labels, row_by, &row_total);
    let (column_order, column_names) = order(c_len, &column_labels, column_by, &column_total);
    let cells = row_order
        .iter()
        .map(|&r| {
            column_order
                .iter()
                .map(|&c| CrossCell {
                    count: counts[r * c_len + c],
                    contracted_usd_m: sums[r * c_len + c].value(),
                })
                .collect()
        })
        .collect();
    CrossTab {
        row_labels: row_names,
        column_labels: column_names,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compensated_sum_adds_thousands_of_decimals_exactly() {
        let mut sum = Sum::default();
        for _ in 0..10_000 {
            sum.add(0.1);
        }
        assert_eq!(sum.value(), 1000.0);
    }

    #[test]
    fn missing_utilised_amounts_are_unknown_not_zero() {
        let contracted = [10.0, 20.0];
        let none = [f64::NAN, f64::NAN];
        let summary = summarize(
            Amounts {
                contracted: &contracted,
                utilized: &none,
            },
            &[0, 1],
        );
        assert_eq!(summary.utilised_usd_m(), None);
        assert_eq!(summary.utilization_pct, None);
        let zero = [0.0, f64::NAN];
        let summary = summarize(
            Amounts {
                contracted: &contracted,
                utilized: &zero,
            },
            &[0, 1],
        );
        assert_eq!(
            summary.utilised_usd_m(),
            Some(0.0),
            "a known zero stays zero"
        );
    }

    #[test]
    fn group_totals_are_group_by_without_the_medians() {
        let dataset = crate::model::Dataset::embedded().unwrap();
        let table = &dataset.projects;
        let rows: Vec<u32> = (0..table.len() as u32).filter(|row| row % 3 != 0).collect();
        for by in GroupBy::ALL {
            let mut with_medians = group_by(table, Amounts::usd(table), &rows, by);
            assert!(
                with_medians
                    .iter()
                    .any(|g| g.summary.median_usd_m.is_some())
            );
            for group in &mut with_medians {
                group.summary.median_usd_m = None;
            }
            assert_eq!(
                group_totals(table, Amounts::usd(table), &rows, by),
                with_medians,
                "{by}"
            );
        }
    }

    #[test]
    fn merged_sums_add_like_one_sum() {
        let mut pieces = [Sum::default(), Sum::default(), Sum::default()];
        for i in 0..10_000 {
            pieces[i % 3].add(0.1);
        }
        let [mut sum, second, third] = pieces;
        sum.merge(second);
        sum.merge(third);
        assert_eq!(sum.value(), 1000.0);
    }

    /// A selection of several pieces (see `GROUP_PIECE_ROWS`) gives each group the counts, medians and (to the
    /// last digits) sums of one pass over its rows.
    #[test]
    fn a_selection_of_many_pieces_groups_like_one_pass() {
        let dataset = crate::model::Dataset::embedded().unwrap();
        let table = &dataset.projects;
        let repeats = 3 * GROUP_PIECE_ROWS / table.len() + 1;
        let rows: Vec<u32> = (0..repeats).flat_map(|_| 0..table.len() as u32).collect();
        assert!(rows.len() > 3 * GROUP_PIECE_ROWS);
        let groups = group_by(table, Amounts::usd(table), &rows, GroupBy::District);
        for group in &groups {
            let members: Vec<u32> = rows
                .iter()
                .copied()
                .filter(|&row| {
                    table.district.get(row as usize).unwrap_or(MISSING_LABEL) == group.key
                })
                .collect();
            let one_pass = summarize(Amounts::usd(table), &members);
            assert_eq!(group.summary.count, one_pass.count, "{}", group.key);
            assert_eq!(group.summary.count_with_amount, one_pass.count_with_amount);
            assert_eq!(group.summary.median_usd_m, one_pass.median_usd_m);
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
            assert!(close(
                group.summary.contracted_usd_m,
                one_pass.contracted_usd_m
            ));
            assert!(close(group.summary.utilized_usd_m, one_pass.utilized_usd_m));
        }
        assert_eq!(
            groups.iter().map(|g| g.summary.count).sum::<usize>(),
            rows.len()
        );
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn group_by_parses_keys_and_lists_choices() {
        assert_eq!("SUB_SECTOR".parse::<GroupBy>(), Ok(GroupBy::SubSector));
        let error = "colour".parse::<GroupBy>().unwrap_err().to_string();
        assert!(error.contains(
            "valid choices: sector, sub_sector, district, year, status, origin, size_band"
        ));
    }
}
