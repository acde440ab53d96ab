//! Columnar storage for the project table: typed vectors, dictionary-encoded categories and string arenas.
//!
//! A million rows must filter, sort and group in milliseconds, so every column is one contiguous vector and
//! categorical values are small integer codes into a dictionary. Must not depend on egui, eframe or rfd.

use std::cmp::Ordering;
use std::fmt;
use std::num::NonZeroU32;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

mod codes;
mod plain;

use codes::CodeVec;
pub(crate) use codes::with_codes;
pub use codes::{Code, Codes};

/// Strings stored back to back in one buffer: one allocation per column instead of one per cell.
#[derive(Clone, Debug, Default)]
pub struct TextColumn {
    bytes: String,
    /// Where each row's text ends in `bytes`, modulo 4 GiB: four bytes a row instead of eight, and ten million
    /// rows of names are far below 4 GiB. A column that holds more is still exact, through `wraps`.
    ends: Vec<u32>,
    /// Where the ends wrapped: the `k`-th entry is the first row whose end is at least `k` × 4 GiB (a row may
    /// appear more than once). Empty for all but columns of more than 4 GiB of text.
    wraps: Vec<usize>,
    /// Each row's rank in case-insensitive alphabetical order, computed the first time the column is sorted:
    /// later sorts compare integers instead of strings.
    ranks: OnceLock<Vec<u32>>,
}

impl TextColumn {
    pub fn with_capacity(rows: usize, bytes: usize) -> Self {
        Self {
            bytes: String::with_capacity(bytes),
            ends: Vec::with_capacity(rows),
            wraps: Vec::new(),
            ranks: OnceLock::new(),
        }
    }

    pub fn push(&mut self, value: &str) {
        self.bytes.push_str(value);
        self.push_end(self.bytes.len());
        self.ranks = OnceLock::new();
    }

    /// Records that the next row ends at `end` of `bytes`.
    fn push_end(&mut self, end: usize) {
        let wrapped = (end as u64 >> 32) as usize;
        while self.wraps.len() < wrapped {
            self.wraps.push(self.ends.len());
        }
        // Modulo 4 GiB by design: `wraps` holds the rest.
        self.ends.push(end as u32);
    }

    /// Where `row`'s text ends in `bytes` (`row` < `len`).
    fn end(&self, row: usize) -> usize {
        let end = self.ends[row] as usize;
        if self.wraps.is_empty() {
            return end;
        }
        let wrapped = self.wraps.partition_point(|&first| first <= row) as u64;
        end + (wrapped << 32) as usize
    }

    /// Appends every cell of `other` (used to join the parts of a file parsed in parallel).
    pub fn append(&mut self, other: &TextColumn) {
        let offset = self.bytes.len();
        self.bytes.push_str(&other.bytes);
        if self.wraps.is_empty() && self.bytes.len() <= u32::MAX as usize {
            // The usual case, one loop: every end stays below 4 GiB.
            self.ends
                .extend(other.ends.iter().map(|&end| end + offset as u32));
        } else {
            for row in 0..other.len() {
                self.push_end(other.end(row) + offset);
            }
        }
        self.ranks = OnceLock::new();
    }

    /// Each row's rank in case-insensitive alphabetical order (equal text, equal rank), computed once.
    pub fn sort_ranks(&self) -> &[u32] {
        self.ranks.get_or_init(|| {
            let mut order: Vec<u32> = (0..self.len() as u32).collect();
            order.sort_unstable_by(|&a, &b| {
                compare_folded(self.get(a as usize), self.get(b as usize))
            });
            let mut ranks = vec![0; order.len()];
            let mut rank = 0;
            for (position, pair) in order.iter().enumerate() {
                if position > 0 {
                    let previous = order[position - 1] as usize;
                    if compare_folded(self.get(previous), self.get(*pair as usize))
                        != Ordering::Equal
                    {
                        rank = position as u32;
                    }
                }
                ranks[*pair as usize] = rank;
            }
            ranks
        })
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The cell of `row`; an empty string for a row past the end.
    pub fn get(&self, row: usize) -> &str {
        if row >= self.len() {
            return "";
        }
        &self.bytes[self.range(row)]
    }

    /// Where `row`'s text is in `bytes` (`row` < `len`).
    fn range(&self, row: usize) -> std::ops::Range<usize> {
        let start = if row == 0 { 0 } else { self.end(row - 1) };
        start..self.end(row)
    }

    /// The whole buffer, for searches that scan every row at once.
    pub fn buffer(&self) -> &str {
        &self.bytes
    }

    /// The row that holds byte `offset` of [`Self::buffer`], and that row's byte range.
    pub fn row_at_offset(&self, offset: usize) -> Option<(usize, std::ops::Range<usize>)> {
        // The first row that ends after `offset`: a binary search over rows (the ends are ascending).
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let middle = low + (high - low) / 2;
            if self.end(middle) <= offset {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        (low < self.len()).then(|| (low, self.range(low)))
    }
}

/// Case-insensitive order; ASCII text (most of it) is compared byte by byte without allocating.
pub fn compare_folded(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a
            .bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()));
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
}

/// A categorical column: one code per row into a dictionary of distinct labels (in first-seen order), in the
/// narrowest width the dictionary fits ([`codes`]).
#[derive(Clone, Debug, Default)]
pub struct CategoryColumn {
    codes: CodeVec,
    labels: Vec<String>,
    lookup: FxHashMap<String, u32>,
    /// A direct-mapped cache in front of `lookup` (see [`RecentCodes`]). A load interns every category cell of a
    /// file, and most columns have a few dozen labels: a hit costs a short hash of the label's ends and a
    /// comparison of them, where the map hashes the whole label and then compares it.
    recent: RecentCodes,
}

/// Slots of [`CategoryColumn`]'s cache of recently interned labels.
const RECENT_SLOTS: usize = 256;

/// A cached label's key (see [`LabelKey`]) and its code + 1 (0: an empty slot).
#[derive(Clone, Copy, Debug, Default)]
struct RecentEntry {
    key: LabelKey,
    code: u32,
}

/// The cache of recent labels, slot by [`LabelKey::slot`].
#[derive(Clone, Debug)]
struct RecentCodes(Box<[RecentEntry; RECENT_SLOTS]>);

impl Default for RecentCodes {
    fn default() -> Self {
        Self(Box::new([RecentEntry::default(); RECENT_SLOTS]))
    }
}

/// A label's length and its first and last eight bytes (below eight bytes: the bytes, zero-padded). Up to
/// [`LabelKey::EXACT_UP_TO`] bytes these are the whole label, so equal keys are equal labels; a longer label's
/// key only narrows the search.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct LabelKey {
    head: u64,
    tail: u64,
    len: usize,
}

impl LabelKey {
    const EXACT_UP_TO: usize = 16;

    fn of(label: &[u8]) -> Self {
        let (head, tail) = match (label.first_chunk::<8>(), label.last_chunk::<8>()) {
            (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
            // Below eight bytes: a short loop instead of a copy of variable length (a library call).
            _ => (
                label
                    .iter()
                    .rev()
                    .fold(0, |word, &byte| (word << 8) | u64::from(byte)),
                0,
            ),
        };
        Self {
            head,
            tail,
            len: label.len(),
        }
    }

    fn is_exact(&self) -> bool {
        self.len <= Self::EXACT_UP_TO
    }

    /// The cache slot: the key's parts, mixed.
    fn slot(&self) -> usize {
        let mixed = (self.head ^ self.tail.rotate_left(29) ^ self.len as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (mixed >> (64 - RECENT_SLOTS.trailing_zeros())) as usize
    }
}

impl CategoryColumn {
    pub fn with_capacity(rows: usize) -> Self {
        Self {
            codes: CodeVec::with_capacity(rows),
            ..Self::default()
        }
    }

    /// Appends a value; blank text is stored as missing.
    pub fn push(&mut self, value: &str) {
        let value = crate::model::load::values::trim(value);
        let code = (!value.is_empty()).then(|| self.intern(value));
        self.codes.push(code);
    }

    /// Appends a row by dictionary code (`None`, or a code past the dictionary: missing), for columns whose
    /// dictionary is fixed up front.
    pub fn push_code(&mut self, code: Option<usize>) {
        let code = code
            .filter(|&c| c < self.labels.len())
            .and_then(|c| u32::try_from(c).ok());
        self.codes.push(code);
    }

    /// The code of `label`, adding it to the dictionary if it is new.
    pub fn intern(&mut self, label: &str) -> u32 {
        let key = LabelKey::of(label.as_bytes());
        let slot = key.slot();
        let cached = self.recent.0[slot];
        if let Some(code) = cached.code.checked_sub(1)
            && cached.key == key
            && (key.is_exact() || self.labels.get(code as usize).is_some_and(|l| l == label))
        {
            return code;
        }
        let code = match self.lookup.get(label) {
            Some(&code) => code,
            None => {
                // The dictionary can never reach u32::MAX distinct labels: rows are far fewer than that.
                let code = u32::try_from(self.labels.len()).unwrap_or(u32::MAX - 1);
                self.labels.push(label.to_owned());
                self.lookup.insert(label.to_owned(), code);
                self.codes.fit(self.labels.len());
                code
            }
        };
        self.recent.0[slot] = RecentEntry {
            key,
            code: code + 1,
        };
        code
    }

    pub fn len(&self) -> usize {
        self.codes.as_codes().len()
    }

    /// Appends every row of `other`, translating its codes into this column's dictionary.
    pub fn append(&mut self, other: &CategoryColumn) {
        let remap: Vec<u32> = other
            .labels
            .iter()
            .map(|label| self.intern(label))
            .collect();
        self.codes.extend_remapped(other.codes(), &remap);
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The dictionary code of `row`, `None` when the value is missing.
    pub fn code(&self, row: usize) -> Option<u32> {
        Some(self.codes.as_codes().get(row)).filter(|&c| c != u32::MAX)
    }

    /// Every row's code, for tight loops (see [`codes`]: a code past the labels is missing).
    pub fn codes(&self) -> Codes<'_> {
        self.codes.as_codes()
    }

    pub fn get(&self, row: usize) -> Option<&str> {
        self.code(row).map(|code| self.label(code))
    }

    pub fn label(&self, code: u32) -> &str {
        self.labels.get(code as usize).map_or("", String::as_str)
    }

    /// The distinct labels, indexed by code.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The code of a label, ignoring case and surrounding spaces.
    pub fn find(&self, label: &str) -> Option<u32> {
        let label = label.trim();
        if let Some(&code) = self.lookup.get(label) {
            return Some(code);
        }
        let lower = label.to_lowercase();
        self.labels
            .iter()
            .position(|l| l.to_lowercase() == lower)
            .and_then(|i| u32::try_from(i).ok())
    }

    /// For each code, its rank in alphabetical order of labels: sorting by rank sorts by label.
    pub fn alphabetical_ranks(&self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.labels.len() as u32).collect();
        order.sort_by(|&a, &b| self.label(a).cmp(self.label(b)));
        let mut ranks = vec![0; order.len()];
        for (rank, code) in order.into_iter().enumerate() {
            ranks[code as usize] = rank as u32;
        }
        ranks
    }
}

/// Contract years: two bytes a row where `Option<i32>` takes eight, and a plain integer vector that a filter's
/// year range compares in one vectorised loop (at ten million rows the bytes it reads are what it costs). A file's
/// years are 1900 to 2100 (`load::values::date`), a date's 1 to 9999, so the missing value, `i16::MIN`, is never
/// a year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearColumn {
    years: Vec<i16>,
}

impl YearColumn {
    /// What [`YearColumn::raw`] holds for a row without a year.
    pub const MISSING: i16 = i16::MIN;

    pub fn with_capacity(rows: usize) -> Self {
        Self {
            years: Vec::with_capacity(rows),
        }
    }

    /// Appends a row's year (`None`, or a year no file or date can hold, such as 40000: missing).
    pub fn push(&mut self, year: Option<i32>) {
        let stored = year
            .and_then(|y| i16::try_from(y).ok())
            .filter(|&y| y != Self::MISSING);
        self.years.push(stored.unwrap_or(Self::MISSING));
    }

    /// Appends every row of `other`.
    pub fn append(&mut self, other: &YearColumn) {
        self.years.extend_from_slice(&other.years);
    }

    pub fn len(&self) -> usize {
        self.years.len()
    }

    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }

    /// The year of `row`; `None` when it has none or is past the end.
    pub fn get(&self, row: usize) -> Option<i32> {
        self.years
            .get(row)
            .copied()
            .filter(|&y| y != Self::MISSING)
            .map(i32::from)
    }

    /// The year of the last row.
    pub fn last(&self) -> Option<i32> {
        self.len().checked_sub(1).and_then(|row| self.get(row))
    }

    /// Every row's year.
    pub fn iter(&self) -> impl Iterator<Item = Option<i32>> + Clone + '_ {
        self.years
            .iter()
            .map(|&y| (y != Self::MISSING).then_some(i32::from(y)))
    }

    /// The years that are known, in row order.
    pub fn known(&self) -> impl Iterator<Item = i32> + Clone + '_ {
        self.years
            .iter()
            .filter(|&&y| y != Self::MISSING)
            .map(|&y| i32::from(y))
    }

    /// Every row's year, [`YearColumn::MISSING`] where there is none: for tight loops.
    pub fn raw(&self) -> &[i16] {
        &self.years
    }
}

/// For tests and checks: the years row by row.
impl<const N: usize> PartialEq<[Option<i32>; N]> for YearColumn {
    fn eq(&self, years: &[Option<i32>; N]) -> bool {
        self.iter().eq(years.iter().copied())
    }
}

impl FromIterator<Option<i32>> for YearColumn {
    fn from_iter<I: IntoIterator<Item = Option<i32>>>(years: I) -> Self {
        let mut column = Self::default();
        years.into_iter().for_each(|year| column.push(year));
        column
    }
}

/// A calendar date, stored as `yyyymmdd` so that integer order is date order. Years 1 to 9999.
///
/// The calendar itself (month lengths, leap years, day counts) is `jiff`'s: the crate's one date library, used for
/// every date and timestamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NonZeroU32);

impl Date {
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        let date = jiff::civil::Date::new(
            i16::try_from(year).ok()?,
            i8::try_from(month).ok()?,
            i8::try_from(day).ok()?,
        )
        .ok()?;
        Some(Self::from_civil(date))
    }

    /// The date `days` days after 1970-01-01 (before it, for negative `days`); `None` outside years 1 to 9999.
    pub fn from_unix_days(days: i64) -> Option<Self> {
        let span = jiff::Span::new().try_days(days).ok()?;
        let date = jiff::civil::Date::constant(1970, 1, 1)
            .checked_add(span)
            .ok()?;
        (date.year() >= 1).then(|| Self::from_civil(date))
    }

    fn from_civil(date: jiff::civil::Date) -> Self {
        // jiff's fields are in range (a positive year, month 1–12, day 1–31): the casts cannot wrap.
        let yyyymmdd = date.year() as u32 * 10_000 + date.month() as u32 * 100 + date.day() as u32;
        // Never zero (year 1 at least), so `Option<Date>` takes four bytes a row, not eight.
        Self(NonZeroU32::new(yyyymmdd).unwrap_or(NonZeroU32::MIN))
    }

    /// Parses an ISO date `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Self::from_ymd(year, month, day)
    }

    /// `yyyymmdd` as one integer: ordered like the dates.
    pub fn as_yyyymmdd(self) -> u32 {
        self.0.get()
    }

    pub fn year(self) -> i32 {
        (self.as_yyyymmdd() / 10_000) as i32
    }

    pub fn month(self) -> u32 {
        self.as_yyyymmdd() / 100 % 100
    }

    pub fn day(self) -> u32 {
        self.as_yyyymmdd() % 100
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

/// The project fields the app understands (data.md §4). Serialized in snake_case, as in CSV headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Id,
    Name,
    Investor,
    Origin,
    Sector,
    SubSector,
    District,
    Year,
    Status,
    ContractedUsdM,
    UtilizedUsdM,
    Employees,
    Lat,
    Lon,
    InLiangjiang,
    ContractDate,
    SizeBand,
    IsSynthetic,
    Source,
}

/// What kind of values a column holds: decides alignment, formatting and how it sorts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    Text,
    Category,
    Integer,
    Amount,
    Number,
    Bool,
    Date,
}

impl Field {
    pub const ALL: [Field; 19] = [
        Field::Id,
        Field::Name,
        Field::Investor,
        Field::Origin,
        Field::Sector,
        Field::SubSector,
        Field::District,
        Field::Year,
        Field::Status,
        Field::ContractedUsdM,
        Field::UtilizedUsdM,
        Field::Employees,
        Field::Lat,
        Field::Lon,
        Field::InLiangjiang,
        Field::ContractDate,
        Field::SizeBand,
        Field::IsSynthetic,
        Field::Source,
    ];

    /// The columns a project file must have (data.md §4), in their canonical order.
    pub const CORE: [Field; 14] = [
        Field::Id,
        Field::Name,
        Field::Investor,
        Field::Origin,
        Field::Sector,
        Field::SubSector,
        Field::District,
        Field::Year,
        Field::Status,
        Field::ContractedUsdM,
        Field::UtilizedUsdM,
        Field::Employees,
        Field::Lat,
        Field::Lon,
    ];

    /// The CSV header name.
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Name => "name",
            Field::Investor => "investor",
            Field::Origin => "origin",
            Field::Sector => "sector",
            Field::SubSector => "sub_sector",
            Field::District => "district",
            Field::Year => "year",
            Field::Status => "status",
            Field::ContractedUsdM => "contracted_usd_m",
            Field::UtilizedUsdM => "utilized_usd_m",
            Field::Employees => "employees",
            Field::Lat => "lat",
            Field::Lon => "lon",
            Field::InLiangjiang => "in_liangjiang",
            Field::ContractDate => "contract_date",
            Field::SizeBand => "size_band",
            Field::IsSynthetic => "is_synthetic",
            Field::Source => "source",
        }
    }

    /// A human title for table headers and exports.
    pub fn title(self) -> &'static str {
        match self {
            Field::Id => "ID",
            Field::Name => "Project",
            Field::Investor => "Investor",
            Field::Origin => "Origin",
            Field::Sector => "Sector",
            Field::SubSector => "Sub-sector",
            Field::District => "District",
            Field::Year => "Year",
            Field::Status => "Status",
            Field::ContractedUsdM => "Contracted",
            Field::UtilizedUsdM => "Utilised",
            Field::Employees => "Employees",
            Field::Lat => "Latitude",
            Field::Lon => "Longitude",
            Field::InLiangjiang => "In Liangjiang",
            Field::ContractDate => "Contract date",
            Field::SizeBand => "Size band",
            Field::IsSynthetic => "Synthetic",
            Field::Source => "Source",
        }
    }

    pub fn kind(self) -> ColumnKind {
        match self {
            Field::Id | Field::Name | Field::Investor => ColumnKind::Text,
            Field::Origin
            | Field::Sector
            | Field::SubSector
            | Field::District
            | Field::Status
            | Field::SizeBand
            | Field::Source => ColumnKind::Category,
            Field::Year | Field::Employees => ColumnKind::Integer,
            Field::ContractedUsdM | Field::UtilizedUsdM => ColumnKind::Amount,
            Field::Lat | Field::Lon => ColumnKind::Number,
            Field::InLiangjiang | Field::IsSynthetic => ColumnKind::Bool,
            Field::ContractDate => ColumnKind::Date,
        }
    }

    /// The field whose header is `key`, ignoring case and surrounding spaces.
    pub fn from_key(key: &str) -> Option<Field> {
        let key = key.trim();
        Field::ALL
            .into_iter()
            .find(|f| f.key().eq_ignore_ascii_case(key))
    }
}

/// One cell, typed, borrowed from the table: what the table view and the exporters read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell<'a> {
    Missing,
    Text(&'a str),
    Integer(i64),
    Number(f64),
    Bool(bool),
    Date(Date),
}

impl fmt::Display for Cell<'_> {
    /// Plain, machine-readable text (no thousands separators): what CSV and TSV exports write (see
    /// [`Cell::push_plain`], the one rule for it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Text(text) => f.write_str(text),
            other => {
                let mut text = String::new();
                other.push_plain(&mut text);
                f.write_str(&text)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_column_returns_each_cell_and_finds_rows_by_offset() {
        let mut column = TextColumn::default();
        for value in ["alpha", "", "gamma"] {
            column.push(value);
        }
        assert_eq!(column.get(0), "alpha");
        assert_eq!(column.get(1), "");
        assert_eq!(column.get(2), "gamma");
        assert_eq!(column.get(3), "");
        assert_eq!(column.row_at_offset(6), Some((2, 5..10)));
        assert_eq!(column.row_at_offset(10), None);
    }

    /// A column of more than 4 GiB of text, without allocating it: only the ends are recorded, which is all that
    /// `range` and `row_at_offset` read.
    #[test]
    fn text_ends_past_4_gib_stay_exact() {
        const GIB_4: usize = 1 << 32;
        let ends = [
            10,
            GIB_4 - 1,
            GIB_4 + 5,
            3 * GIB_4 + 1,
            3 * GIB_4 + 1,
            3 * GIB_4 + 7,
        ];
        let mut column = TextColumn::default();
        for &end in &ends {
            column.push_end(end);
        }
        assert_eq!(column.wraps, [2, 3, 3]);
        let mut start = 0;
        for (row, &end) in ends.iter().enumerate() {
            assert_eq!(column.range(row), start..end, "row {row}");
            if start < end {
                assert_eq!(column.row_at_offset(start), Some((row, start..end)));
                assert_eq!(column.row_at_offset(end - 1), Some((row, start..end)));
            }
            start = end;
        }
        assert_eq!(column.row_at_offset(3 * GIB_4 + 7), None);
    }

    #[test]
    fn categories_are_interned_and_found_ignoring_case() {
        let mut column = CategoryColumn::default();
        for value in ["Finance", "Real estate", " Finance ", ""] {
            column.push(value);
        }
        assert_eq!(column.labels(), ["Finance", "Real estate"]);
        assert_eq!(column.code(2), Some(0));
        assert_eq!(column.get(3), None);
        assert_eq!(column.find("REAL ESTATE"), Some(1));
        assert_eq!(column.find("Mining"), None);
        assert_eq!(column.alphabetical_ranks(), [0, 1]);
    }

    proptest::proptest! {
        /// Interning through the cache of recent labels gives every label its first-seen position, as a plain
        /// search of the labels does; labels that share their ends and length (one cache slot) included.
        #[test]
        fn interned_codes_are_first_seen_positions(
            picks in proptest::collection::vec((0usize..9, 0usize..400), 0..600),
        ) {
            // Every length class of the key: below 8 bytes, 8 to 16 (head and tail overlap: exact), longer.
            let shapes = [
                "", "a", "中", "abc", "abcde", "Finance", "Real estate", "Scientific research & technical services",
                "中文行业",
            ];
            let mut column = CategoryColumn::default();
            let mut seen: Vec<String> = Vec::new();
            for (shape, n) in picks {
                // The number in the middle: many labels with the same ends and length.
                let label = format!("{}{n:03}{}", shapes[shape], shapes[shape]);
                let expected = seen.iter().position(|l| *l == label).unwrap_or_else(|| {
                    seen.push(label.clone());
                    seen.len() - 1
                });
                proptest::prop_assert_eq!(column.intern(&label), expected as u32, "{}", label);
            }
            proptest::prop_assert_eq!(column.labels(), &seen[..]);
        }
    }

    #[test]
    fn years_keep_every_date_year_and_no_impossible_one() {
        let years: YearColumn = [
            Some(1900),
            Some(2100),
            Some(1),
            Some(9999),
            None,
            Some(40_000),
            Some(-40_000),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            years,
            [
                Some(1900),
                Some(2100),
                Some(1),
                Some(9999),
                None,
                None,
                None
            ]
        );
        assert_eq!(years.known().collect::<Vec<_>>(), [1900, 2100, 1, 9999]);
        assert_eq!(years.last(), None);
    }

    #[test]
    fn dates_validate_and_print_iso() {
        assert_eq!(
            Date::parse_iso("2016-02-29").map(|d| d.to_string()),
            Some("2016-02-29".into())
        );
        assert_eq!(Date::parse_iso("2015-02-29"), None);
        assert_eq!(Date::parse_iso("2015-13-01"), None);
        assert!(Date::parse_iso("2015-01-02") < Date::parse_iso("2015-02-01"));
        assert_eq!(Date::from_ymd(0, 1, 1), None);
        assert_eq!(Date::from_ymd(10_000, 1, 1), None);
        assert_eq!(Date::from_ymd(2000, 2, 30), None);
        assert_eq!(Date::from_ymd(2000, 0, 1), None);
    }

    #[test]
    fn day_counts_map_to_known_dates() {
        let ymd = |days| Date::from_unix_days(days).map(|d| (d.year(), d.month(), d.day()));
        assert_eq!(ymd(0), Some((1970, 1, 1)));
        assert_eq!(ymd(-1), Some((1969, 12, 31)));
        assert_eq!(ymd(59), Some((1970, 3, 1)));
        assert_eq!(ymd(11_016), Some((2000, 2, 29)));
        assert_eq!(ymd(11_017), Some((2000, 3, 1)));
        assert_eq!(ymd(19_782), Some((2024, 2, 29)));
        assert_eq!(ymd(2_932_896), Some((9999, 12, 31)));
        assert_eq!(ymd(-719_162), Some((1, 1, 1)));
        assert_eq!(ymd(-719_163), None, "year 0");
        assert_eq!(ymd(2_932_897), None, "year 10000");
        assert_eq!(ymd(i64::MAX), None);
    }

    #[test]
    fn consecutive_day_counts_are_consecutive_dates() {
        let mut previous = Date::from_unix_days(-719_162).unwrap();
        for days in -719_161..800_000 {
            let date = Date::from_unix_days(days).unwrap();
            let (year, month, day) = (previous.year(), previous.month(), previous.day());
            let next_day = Date::from_ymd(year, month, day + 1);
            let next_month = Date::from_ymd(year, month + 1, 1);
            let next_year = Date::from_ymd(year + 1, 1, 1);
            // The next day of the month if there is one, else the first of the next month, else of the next year.
            let expected = next_day.or(next_month).or(next_year);
            assert_eq!(Some(date), expected, "after {previous}");
            previous = date;
        }
    }

    #[test]
    fn every_field_round_trips_through_its_key() {
        for field in Field::ALL {
            assert_eq!(Field::from_key(field.key()), Some(field));
        }
        assert_eq!(
            Field::from_key(" Contracted_USD_M "),
            Some(Field::ContractedUsdM)
        );
    }
}
