//! `Filter` (what the user asked for, by name) ⇒ `Selection` (row indices), plus facet counts in the same pass.
//!
//! Must not depend on egui, eframe or rfd.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use memchr::memmem;
use serde::{Deserialize, Serialize};

use super::money::column_in;
use crate::format::Currency;
use crate::model::columns::{Code, Codes, with_codes};
use crate::model::table::SEARCH_SEPARATOR;
use crate::model::{Dataset, Field, ProjectTable, YearColumn};

/// A categorical column the user can tick values of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Facet {
    Sector,
    SubSector,
    District,
    Status,
    Origin,
    SizeBand,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Sector,
        Facet::SubSector,
        Facet::District,
        Facet::Status,
        Facet::Origin,
        Facet::SizeBand,
    ];

    pub fn field(self) -> Field {
        match self {
            Facet::Sector => Field::Sector,
            Facet::SubSector => Field::SubSector,
            Facet::District => Field::District,
            Facet::Status => Field::Status,
            Facet::Origin => Field::Origin,
            Facet::SizeBand => Field::SizeBand,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The name that stands for "no value" in a facet's set of names: the label of the breakdown's and the charts'
/// group of rows with no value, so that drilling into or clicking that group selects exactly its rows, and the
/// facet panel can offer it as a choice. A file whose own category is literally called this matches too: both
/// look the same to the user.
pub const MISSING_NAME: &str = super::aggregate::MISSING_LABEL;

/// What the user asked for. Names, not codes, so a filter survives a reload and can be saved and shared.
/// Each set is "any of these"; the constraints combine with "and". Ranges are inclusive.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Case-insensitive substring of the project name or the investor.
    pub search: String,
    pub sectors: BTreeSet<String>,
    pub sub_sectors: BTreeSet<String>,
    pub districts: BTreeSet<String>,
    pub statuses: BTreeSet<String>,
    pub origins: BTreeSet<String>,
    pub size_bands: BTreeSet<String>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    /// Bounds on the contracted amount, in millions of `amount_currency` (files before the currency existed
    /// named them `min_usd_m`/`max_usd_m`, and were in USD: the default).
    #[serde(alias = "min_usd_m")]
    pub min_amount_m: Option<f64>,
    #[serde(alias = "max_usd_m")]
    pub max_amount_m: Option<f64>,
    /// The currency of the amount bounds: each row's contracted amount is converted into it at the row's
    /// contract-year rate ([`super::money::in_currency`]) before the comparison. USD (and not written) when there
    /// are no bounds, so an unbounded filter equals the default.
    #[serde(skip_serializing_if = "is_usd")]
    pub amount_currency: Currency,
    pub in_liangjiang: Option<bool>,
    /// Facets on the file's own category columns (a plain table's region, a grade…): column name → values.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub columns: BTreeMap<String, BTreeSet<String>>,
}

fn is_usd(currency: &Currency) -> bool {
    *currency == Currency::Usd
}

impl Filter {
    /// Sets the amount bounds, in millions of `currency`; with neither bound the currency goes back to USD, so
    /// the filter without bounds is the same whichever currency was shown when they were cleared.
    pub fn set_amount_range(&mut self, min: Option<f64>, max: Option<f64>, currency: Currency) {
        self.min_amount_m = min;
        self.max_amount_m = max;
        self.amount_currency = if min.is_some() || max.is_some() {
            currency
        } else {
            Currency::Usd
        };
    }

    /// Whether the contracted amount is bounded at either end.
    pub fn has_amount_range(&self) -> bool {
        self.min_amount_m.is_some() || self.max_amount_m.is_some()
    }

    pub fn values(&self, facet: Facet) -> &BTreeSet<String> {
        match facet {
            Facet::Sector => &self.sectors,
            Facet::SubSector => &self.sub_sectors,
            Facet::District => &self.districts,
            Facet::Status => &self.statuses,
            Facet::Origin => &self.origins,
            Facet::SizeBand => &self.size_bands,
        }
    }

    pub fn values_mut(&mut self, facet: Facet) -> &mut BTreeSet<String> {
        match facet {
            Facet::Sector => &mut self.sectors,
            Facet::SubSector => &mut self.sub_sectors,
            Facet::District => &mut self.districts,
            Facet::Status => &mut self.statuses,
            Facet::Origin => &mut self.origins,
            Facet::SizeBand => &mut self.size_bands,
        }
    }

    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Names in the filter that no row of `table` has, as `(facet, name)`: the CLI rejects them, the GUI warns.
    pub fn unknown_names(&self, table: &ProjectTable) -> Vec<(Facet, String)> {
        let mut unknown = Vec::new();
        for facet in Facet::ALL {
            let Some(column) = table.category(facet.field()) else {
                continue;
            };
            for name in self.values(facet) {
                if name != MISSING_NAME && column.find(name).is_none() {
                    unknown.push((facet, name.clone()));
                }
            }
        }
        unknown
    }
}

/// The rows that pass a filter, in table order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub rows: Vec<u32>,
}

impl Selection {
    /// Every row of the table.
    pub fn all(table: &ProjectTable) -> Self {
        Self {
            rows: (0..table.len() as u32).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// For each facet, how many rows each value would have if that facet's own constraint were lifted but every
/// other constraint kept: the counts beside the check boxes (the convention of Excel slicers and Datasette).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Indexed by `Facet as usize`, then by the column's dictionary code.
    counts: [Vec<u32>; 6],
    missing: [u32; 6],
    /// Per facet of the file's own columns (in [`ProjectTable::extra_facets`] order): the extra column's index
    /// and the counts by code.
    extra: Vec<(usize, Vec<u32>)>,
}

impl FacetCounts {
    /// Counts by code for the facet on extra column `index`.
    pub fn extra_counts(&self, index: usize) -> &[u32] {
        self.extra
            .iter()
            .find(|(column, _)| *column == index)
            .map_or(&[], |(_, counts)| counts.as_slice())
    }

    /// The count of the value with dictionary `code` in `facet`.
    pub fn count(&self, facet: Facet, code: u32) -> u32 {
        self.counts[facet.index()]
            .get(code as usize)
            .copied()
            .unwrap_or(0)
    }

    /// Counts by code for one facet.
    pub fn counts(&self, facet: Facet) -> &[u32] {
        &self.counts[facet.index()]
    }

    /// Rows with no value in `facet` that pass the other constraints.
    pub fn missing(&self, facet: Facet) -> u32 {
        self.missing[facet.index()]
    }
}

/// Bits of the failure mask beyond the six facets.
const SEARCH_BIT: u16 = 1 << 6;
const YEAR_BIT: u16 = 1 << 7;
const AMOUNT_BIT: u16 = 1 << 8;
const LIANGJIANG_BIT: u16 = 1 << 9;
/// Facets on extra columns take the bits from here up; beyond six constrained columns they share the last bit
/// (their counts are then approximate, their selection still exact).
const FIRST_EXTRA_BIT: u32 = 10;
const LAST_EXTRA_BIT: u32 = 15;

/// What one facet's constraint lets through: `by_code[code]`, and whether rows with no value pass (the
/// [`MISSING_NAME`] choice).
struct Allowed {
    by_code: Vec<bool>,
    missing: bool,
}

impl Allowed {
    /// The names of `names` that `column` has, and the missing choice if it is among them.
    fn new(column: &crate::model::columns::CategoryColumn, names: &BTreeSet<String>) -> Self {
        let mut by_code = vec![false; column.labels().len()];
        for code in names.iter().filter_map(|name| column.find(name)) {
            by_code[code as usize] = true;
        }
        Self {
            by_code,
            missing: names.contains(MISSING_NAME),
        }
    }

    /// Whether a row with the label of index `code` passes; a code past the labels is the missing code.
    fn passes(&self, code: usize) -> bool {
        self.by_code.get(code).copied().unwrap_or(self.missing)
    }
}
/// Rows whose failure masks are computed at a time: 8 KiB of masks, which stay in the L1 cache while every
/// constraint's loop passes over them and the counts read them (instead of a table-long mask vector going through
/// memory once per constraint).
const BLOCK_ROWS: usize = 4096;

/// A filter resolved against one table: names become code masks, the search becomes a row bitmap, the contracted
/// amounts are in the bounds' currency.
struct CompiledFilter<'a> {
    table: &'a ProjectTable,
    /// Every row's contracted amount in the filter's `amount_currency` (the table's own column for USD, or
    /// when nothing bounds the amount).
    contracted: Cow<'a, [f64]>,
    /// Per facet, every row's dictionary code.
    codes: [Codes<'a>; 6],
    /// Per facet, what passes; `None` when the facet is unconstrained.
    allowed: [Option<Allowed>; 6],
    search_hits: Option<Vec<bool>>,
    years: Option<(i32, i32)>,
    amounts: Option<(f64, f64)>,
    in_liangjiang: Option<bool>,
    /// Constrained extra facets: the extra column's index, its bit, every row's code and what passes.
    extra: Vec<(usize, u16, Codes<'a>, Allowed)>,
    /// Some column filter names a column that is not a facet of this table: no row passes.
    unmatched_columns: bool,
}

impl<'a> CompiledFilter<'a> {
    fn new(dataset: &'a Dataset, filter: &Filter) -> Self {
        let table = &dataset.projects;
        let allowed = Facet::ALL.map(|facet| {
            let names = filter.values(facet);
            if names.is_empty() {
                return None;
            }
            let column = table.category(facet.field())?;
            Some(Allowed::new(column, names))
        });
        let years = (filter.year_from.is_some() || filter.year_to.is_some()).then(|| {
            (
                filter.year_from.unwrap_or(i32::MIN),
                filter.year_to.unwrap_or(i32::MAX),
            )
        });
        let amounts = filter.has_amount_range().then(|| {
            (
                filter.min_amount_m.unwrap_or(f64::NEG_INFINITY),
                filter.max_amount_m.unwrap_or(f64::INFINITY),
            )
        });
        let contracted = match amounts {
            Some(_) => column_in(dataset, &table.contracted_usd_m, filter.amount_currency),
            None => Cow::Borrowed(table.contracted_usd_m.as_slice()),
        };
        // A column filter on a column this table has no facet for (a view from another file) passes nothing,
        // like a sector name the table lacks: the filter shown is the filter applied.
        let facet_names: Vec<&str> = table
            .extra_facets()
            .map(|(_, c, _)| c.name.as_str())
            .collect();
        let unmatched_columns = filter
            .columns
            .iter()
            .any(|(name, values)| !values.is_empty() && !facet_names.contains(&name.as_str()));
        let mut extra = Vec::new();
        for (index, column, category) in table.extra_facets() {
            let Some(names) = filter.columns.get(&column.name).filter(|n| !n.is_empty()) else {
                continue;
            };
            let bit = 1u16 << (FIRST_EXTRA_BIT + extra.len() as u32).min(LAST_EXTRA_BIT);
            extra.push((index, bit, category.codes(), Allowed::new(category, names)));
        }
        Self {
            table,
            contracted,
            extra,
            unmatched_columns,
            codes: facet_codes(table),
            allowed,
            search_hits: search_hits(table, &filter.search),
            years,
            amounts,
            in_liangjiang: filter.in_liangjiang,
        }
    }

    /// One bit per constraint each row of `start..start + masks.len()` fails, computed column by column: each
    /// active constraint is one tight loop over one column, which is what makes a million rows cheap. Callers go
    /// block by block (see [`BLOCK_ROWS`]) so the masks stay in the cache between the constraints' loops.
    fn failure_masks(&self, start: usize, masks: &mut [u16]) {
        let table = self.table;
        let rows = start..start + masks.len();
        masks.fill(0);
        for (bit, allowed) in self.allowed.iter().enumerate() {
            let Some(allowed) = allowed else { continue };
            with_codes!(self.codes[bit].part(rows.clone()), |codes| {
                for (mask, code) in masks.iter_mut().zip(codes) {
                    *mask |= u16::from(!allowed.passes(code.index())) << bit;
                }
            });
        }
        if let Some(hits) = &self.search_hits {
            for (mask, &hit) in masks.iter_mut().zip(part(hits, &rows)) {
                *mask |= u16::from(!hit) * SEARCH_BIT;
            }
        }
        if let Some((from, to)) = self.years {
            for (mask, &year) in masks.iter_mut().zip(part(table.year.raw(), &rows)) {
                let passes = (year != YearColumn::MISSING)
                    & (i32::from(year) >= from)
                    & (i32::from(year) <= to);
                *mask |= u16::from(!passes) * YEAR_BIT;
            }
        }
        if let Some((min, max)) = self.amounts {
            for (mask, &amount) in masks.iter_mut().zip(part(&self.contracted, &rows)) {
                // NaN (missing) fails both comparisons, so a missing amount never passes a range.
                let passes = (amount >= min) & (amount <= max);
                *mask |= u16::from(!passes) * AMOUNT_BIT;
            }
        }
        for (_, flag, codes, allowed) in &self.extra {
            with_codes!(codes.part(rows.clone()), |codes| {
                for (mask, code) in masks.iter_mut().zip(codes) {
                    *mask |= u16::from(!allowed.passes(code.index())) * flag;
                }
            });
        }
        if self.unmatched_columns {
            let flag = 1u16 << LAST_EXTRA_BIT;
            masks.iter_mut().for_each(|mask| *mask |= flag);
        }
        if let Some(wanted) = self.in_liangjiang {
            for (mask, &value) in masks.iter_mut().zip(part(&table.in_liangjiang, &rows)) {
                *mask |= u16::from(value != Some(wanted)) * LIANGJIANG_BIT;
            }
        }
    }
}

/// The cells of `rows` in `column`; fewer (the rows it has) when the column is shorter, as `zip` would.
fn part<'c, T>(column: &'c [T], rows: &std::ops::Range<usize>) -> &'c [T] {
    column
        .get(rows.start.min(column.len())..rows.end.min(column.len()))
        .unwrap_or_default()
}

/// Marks the rows whose lower-cased name or investor contains `search`; `None` for an empty search.
/// Scans the whole haystack once with a SIMD substring search, then maps each hit to its row.
fn search_hits(table: &ProjectTable, search: &str) -> Option<Vec<bool>> {
    let needle: String = search
        .trim()
        .chars()
        .filter(|&c| c != SEARCH_SEPARATOR)
        .flat_map(char::to_lowercase)
        .collect();
    if needle.is_empty() {
        return None;
    }
    let haystack = table.search_text();
    let mut hits = vec![false; table.len()];
    let finder = memmem::Finder::new(needle.as_bytes());
    let mut from = 0;
    while let Some(found) = finder.find(&haystack.buffer().as_bytes()[from..]) {
        let start = from + found;
        let Some((row, range)) = haystack.row_at_offset(start) else {
            break;
        };
        if start + needle.len() <= range.end {
            hits[row] = true;
            // One hit per row is enough: continue at the next row.
            from = range.end;
        } else {
            from = start + 1;
        }
    }
    Some(hits)
}

/// Every facet's dictionary codes, indexed by `Facet as usize`.
fn facet_codes(table: &ProjectTable) -> [Codes<'_>; 6] {
    Facet::ALL.map(|facet| {
        table
            .category(facet.field())
            .map_or(Codes::U8(&[]), |c| c.codes())
    })
}

/// From this many rows evaluation splits the table between the cores (each part a run of whole blocks, results
/// joined in table order): below it, starting a thread costs more than the half it saves.
const PARALLEL_FROM_ROWS: usize = 1 << 18;

/// The table's rows cut into one run per core (a single run for small tables), on block boundaries.
fn parts(rows: usize) -> Vec<std::ops::Range<usize>> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let parts = if rows >= PARALLEL_FROM_ROWS {
        cores.clamp(1, 8)
    } else {
        1
    };
    let per_part = rows.div_ceil(parts).div_ceil(BLOCK_ROWS) * BLOCK_ROWS;
    (0..parts)
        .map(|part| (part * per_part).min(rows)..((part + 1) * per_part).min(rows))
        .filter(|range| !range.is_empty())
        .collect()
}

/// Runs `work` on every part of `rows` rows (see [`parts`]) and returns the results in table order.
fn in_parts<T: Send>(rows: usize, work: impl Fn(std::ops::Range<usize>) -> T + Sync) -> Vec<T> {
    let parts = parts(rows);
    if parts.is_empty() {
        return vec![work(0..0)];
    }
    super::parallel::map_in_order(&parts, "filter", |range| work(range.clone()))
}

/// Applies `filter` to `table`: the selected rows and every facet's counts.
pub fn evaluate(dataset: &Dataset, filter: &Filter) -> (Selection, FacetCounts) {
    let table = &dataset.projects;
    let compiled = CompiledFilter::new(dataset, filter);
    let mut parts = in_parts(table.len(), |range| compiled.evaluate_rows(range)).into_iter();
    let (mut rows, mut facets) = parts.next().unwrap_or_default();
    for (more_rows, more) in parts {
        rows.extend_from_slice(&more_rows);
        facets.add(&more);
    }
    (Selection { rows }, facets)
}

impl FacetCounts {
    /// Adds the counts of another part of the same table.
    fn add(&mut self, other: &FacetCounts) {
        for (counts, more) in self.counts.iter_mut().zip(&other.counts) {
            counts
                .iter_mut()
                .zip(more)
                .for_each(|(count, more)| *count += more);
        }
        for (missing, more) in self.missing.iter_mut().zip(&other.missing) {
            *missing += more;
        }
        for ((_, counts), (_, more)) in self.extra.iter_mut().zip(&other.extra) {
            counts
                .iter_mut()
                .zip(more)
                .for_each(|(count, more)| *count += more);
        }
    }
}

impl CompiledFilter<'_> {
    /// The selected rows of `range` and the facet counts over it.
    fn evaluate_rows(&self, range: std::ops::Range<usize>) -> (Vec<u32>, FacetCounts) {
        let table = self.table;
        let mut rows = Vec::new();
        let mut facets = FacetCounts {
            counts: Facet::ALL.map(|facet| {
                let labels = table
                    .category(facet.field())
                    .map_or(0, |c| c.labels().len());
                vec![0; labels]
            }),
            missing: [0; 6],
            extra: Vec::new(),
        };
        // Facets on extra columns: every row's code, the bit of the column's own constraint (0: none), the counts.
        let mut extra: Vec<(usize, Codes, u16, Vec<u32>)> = table
            .extra_facets()
            .map(|(index, _, category)| {
                let own = self
                    .extra
                    .iter()
                    .find(|(column, ..)| *column == index)
                    .map_or(0, |(_, bit, ..)| *bit);
                (
                    index,
                    category.codes(),
                    own,
                    vec![0; category.labels().len()],
                )
            })
            .collect();
        let constrained: Vec<usize> = (0..Facet::ALL.len())
            .filter(|&facet| self.allowed[facet].is_some())
            .collect();
        let mut block = [0u16; BLOCK_ROWS];
        let mut sorted = BlockRows::default();
        for start in range.clone().step_by(BLOCK_ROWS) {
            let masks = &mut block[..BLOCK_ROWS.min(range.end - start)];
            self.failure_masks(start, masks);
            // A row counts in a facet when it fails nothing, or fails only that facet's own constraint.
            sorted.sort(masks);
            rows.extend(sorted.passing().map(|offset| (start + offset) as u32));
            let block_rows = start..start + masks.len();
            for facet in 0..Facet::ALL.len() {
                let codes = self.codes[facet].part(block_rows.clone());
                let (counts, missing) = (&mut facets.counts[facet], &mut facets.missing[facet]);
                count_rows(counts, missing, codes, sorted.passing());
                // Only a constrained facet has rows that fail it alone.
                if constrained.contains(&facet) {
                    let failing = sorted
                        .failing_one_facet()
                        .filter(|&(failed, _)| failed == facet)
                        .map(|(_, offset)| offset);
                    count_rows(counts, missing, codes, failing);
                }
            }
            if extra.is_empty() {
                continue;
            }
            for (offset, &mask) in masks.iter().enumerate() {
                let row = start + offset;
                for (_, codes, own, counts) in &mut extra {
                    if (mask == 0 || mask == *own)
                        && let Some(count) = counts.get_mut(codes.index(row))
                    {
                        *count += 1;
                    }
                }
            }
        }
        facets.extra = extra
            .into_iter()
            .map(|(index, _, _, counts)| (index, counts))
            .collect();
        (rows, facets)
    }
}

/// Adds the rows at `offsets` of a block, whose codes in one facet's column are `codes`, to that facet's counts.
/// One loop per facet and code width, so the loop reads one column and branches on nothing but the missing code.
fn count_rows(
    counts: &mut [u32],
    missing: &mut u32,
    codes: Codes<'_>,
    offsets: impl Iterator<Item = usize>,
) {
    with_codes!(codes, |codes| {
        for offset in offsets {
            match codes
                .get(offset)
                .and_then(|code| counts.get_mut(code.index()))
            {
                Some(count) => *count += 1,
                None => *missing += 1,
            }
        }
    });
}

/// The rows of a block of failure masks that facet counts read: those that fail nothing, and those that fail one
/// facet's constraint only. Sorted out without a branch per row (whether a row passes is as good as random, and a
/// mispredicted branch per row was most of an evaluation's time): each row's offset is written to both lists,
/// and a list's length only grows when the row belongs in it.
struct BlockRows {
    passing: Box<[u16; BLOCK_ROWS]>,
    passing_len: usize,
    /// The offset in the low 12 bits, the facet above them.
    failing_one: Box<[u16; BLOCK_ROWS]>,
    failing_one_len: usize,
}

/// Bits of a [`BlockRows`] entry that hold the row's offset in its block.
const OFFSET_BITS: u32 = BLOCK_ROWS.trailing_zeros();
const _: () = assert!(BLOCK_ROWS.is_power_of_two() && OFFSET_BITS + 3 <= 16);

impl Default for BlockRows {
    fn default() -> Self {
        Self {
            passing: Box::new([0; BLOCK_ROWS]),
            passing_len: 0,
            failing_one: Box::new([0; BLOCK_ROWS]),
            failing_one_len: 0,
        }
    }
}

impl BlockRows {
    fn sort(&mut self, masks: &[u16]) {
        let (mut passing, mut failing_one) = (0, 0);
        for (offset, &mask) in masks.iter().enumerate().take(BLOCK_ROWS) {
            let facet = mask.trailing_zeros();
            let fails_one_facet = mask.is_power_of_two() & (facet < Facet::ALL.len() as u32);
            self.passing[passing] = offset as u16;
            passing += usize::from(mask == 0);
            // A facet below 8 and an offset below 4096: both fit (see `OFFSET_BITS`).
            self.failing_one[failing_one] = offset as u16 | ((facet as u16 & 7) << OFFSET_BITS);
            failing_one += usize::from(fails_one_facet);
        }
        self.passing_len = passing;
        self.failing_one_len = failing_one;
    }

    /// The offsets of the rows that fail nothing, in order.
    fn passing(&self) -> impl Iterator<Item = usize> + '_ {
        self.passing[..self.passing_len]
            .iter()
            .map(|&offset| usize::from(offset))
    }

    /// The facet and offset of each row that fails one facet's constraint only.
    fn failing_one_facet(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let offset_mask = (1u16 << OFFSET_BITS) - 1;
        self.failing_one[..self.failing_one_len]
            .iter()
            .map(move |&entry| {
                (
                    usize::from(entry >> OFFSET_BITS),
                    usize::from(entry & offset_mask),
                )
            })
    }
}

/// Applies `filter` to `table` without facet counts.
pub fn select(dataset: &Dataset, filter: &Filter) -> Selection {
    let table = &dataset.projects;
    let compiled = CompiledFilter::new(dataset, filter);
    let parts = in_parts(table.len(), |range| {
        let mut rows = Vec::new();
        let mut block = [0u16; BLOCK_ROWS];
        for start in range.clone().step_by(BLOCK_ROWS) {
            let masks = &mut block[..BLOCK_ROWS.min(range.end - start)];
            compiled.failure_masks(start, masks);
            rows.extend(
                masks
                    .iter()
                    .enumerate()
                    .filter(|(_, mask)| **mask == 0)
                    .map(|(offset, _)| (start + offset) as u32),
            );
        }
        rows
    });
    Selection {
        rows: parts.concat(),
    }
}

/// The error for a name the user typed that is not a valid choice.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {given:?}; valid choices: {}", choices.join(", "))]
pub struct UnknownChoice {
    pub what: &'static str,
    pub given: String,
    pub choices: Vec<String>,
}

impl fmt::Display for Facet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.field().key())
    }
}

impl FromStr for Facet {
    type Err = UnknownChoice;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Facet::ALL
            .into_iter()
            .find(|f| f.field().key().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| UnknownChoice {
                what: "facet",
                given: text.into(),
                choices: Facet::ALL.iter().map(ToString::to_string).collect(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load::values::DecimalSeparator;
    use crate::model::table::{ExtraColumn, ProjectRow};
    use crate::model::{DataSource, ReferenceData};

    #[test]
    fn old_views_bound_usd_and_bounds_in_another_currency_keep_it() {
        let old: Filter = ron::from_str("(min_usd_m: Some(50.0), max_usd_m: Some(80.0))").unwrap();
        assert_eq!(
            (old.min_amount_m, old.max_amount_m, old.amount_currency),
            (Some(50.0), Some(80.0), Currency::Usd)
        );
        let mut cny = Filter::default();
        cny.set_amount_range(Some(300.0), None, Currency::Cny);
        let text = ron::to_string(&cny).unwrap();
        assert!(text.contains("Cny"), "{text}");
        assert_eq!(ron::from_str::<Filter>(&text).unwrap(), cny);
        // Without bounds the currency is gone: the filter is empty again, and USD views are written as before.
        cny.set_amount_range(None, None, Currency::Cny);
        assert!(cny.is_empty());
        assert!(!ron::to_string(&old).unwrap().contains("currency"));
    }

    /// Four rows with an extra "Grade" column (A, B, A, B) and sectors X, X, Y, Y.
    fn graded() -> Dataset {
        let rows: Vec<ProjectRow> = ["X", "X", "Y", "Y"]
            .iter()
            .map(|sector| ProjectRow {
                sector: (*sector).to_owned(),
                contracted_usd_m: 1.0,
                ..ProjectRow::default()
            })
            .collect();
        let mut table = ProjectTable::from_rows(&rows);
        let mut grade = ExtraColumn {
            name: "Grade".into(),
            ..ExtraColumn::default()
        };
        for value in ["A", "B", "A", "B"] {
            grade.values.push(value);
        }
        table.extra.push(grade);
        table.type_extra_columns(DecimalSeparator::Point);
        // The table as built: joining it to the reference names would read the one-letter sectors as codes.
        let mut dataset = Dataset::new(
            ProjectTable::default(),
            ReferenceData::embedded().unwrap(),
            DataSource::Embedded,
        );
        dataset.projects = table;
        dataset
    }

    #[test]
    fn a_facet_on_an_extra_column_filters_and_counts_like_the_others() {
        let dataset = graded();
        let table = &dataset.projects;
        let mut filter = Filter::default();
        filter
            .columns
            .insert("Grade".into(), BTreeSet::from(["A".to_owned()]));
        filter.sectors.insert("X".into());
        let (selection, counts) = evaluate(&dataset, &filter);
        assert_eq!(selection.rows, [0]);
        // Grade counts lift the grade constraint but keep the sector one: A 1, B 1.
        let grade = table.extra_facets().next().unwrap().2;
        let a = grade.find("A").unwrap() as usize;
        let b = grade.find("B").unwrap() as usize;
        assert_eq!(counts.extra_counts(0)[a], 1);
        assert_eq!(counts.extra_counts(0)[b], 1);
        // Sector counts lift the sector constraint but keep the grade one: X 1, Y 1.
        let sectors = table.category(Field::Sector).unwrap();
        for sector in ["X", "Y"] {
            let code = sectors.find(sector).unwrap();
            assert_eq!(counts.count(Facet::Sector, code), 1, "{sector}");
        }
        assert_eq!(select(&dataset, &filter).rows, [0]);
        assert_eq!(filter.describe(), "Sector: X; Grade: A");
        // A filter on a column the table has no facet for passes nothing, as it says.
        filter
            .columns
            .insert("Region".into(), BTreeSet::from(["North".to_owned()]));
        assert!(select(&dataset, &filter).rows.is_empty());
    }
}
