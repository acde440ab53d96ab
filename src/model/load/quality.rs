//! The data-quality report of a load: what was read, skipped, coerced or left missing, and which names the
//! reference data does not know. Shown after every load in the UI and by `invest-explorer inspect`, worded in
//! the reader's language by `query::messages` (this is data: counts, lines, values and typed reasons).
//!
//! Must not depend on egui, eframe or rfd.

use serde::Serialize;

use crate::model::columns::Field;
use crate::model::error::{Expected, Note, Problem};

/// At most this many skipped rows are listed one by one; the rest are only counted.
pub const LISTED_SKIPS: usize = 200;

/// At most this many unknown sector (and district) names are listed, most rows first; the rest are only counted.
pub const LISTED_UNKNOWN: usize = 100;

/// A row that was not loaded, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SkippedRow {
    pub line: u64,
    pub problem: Problem,
}

/// What happened to the values of one column of the file.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ColumnQuality {
    pub name: String,
    /// The project field the column was mapped to; `None` for a column kept as an extra column.
    pub field: Option<Field>,
    /// Blank, `N/A`, `-`, `—` and the like: kept as missing, never as zero.
    pub missing: usize,
    /// Read after a repair: thousands separators, full-width digits, units in the cell, a date for a year…
    pub coerced: usize,
    /// Not readable as the field's type (or an amount with no exchange rate): kept as missing.
    pub invalid: usize,
    /// Amounts in renminbi and in Hong Kong dollars (by the column's unit, the cell's or the row's 币种),
    /// converted to USD at the contract year's rate.
    pub converted_cny: usize,
    pub converted_hkd: usize,
    /// The first unreadable value, with its line, so the user can find it.
    pub first_invalid: Option<InvalidValue>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InvalidValue {
    pub line: u64,
    pub value: String,
    pub expected: Expected,
}

/// A sector or district name the reference data does not know: kept as written and flagged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnknownName {
    pub name: String,
    pub rows: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct QualityReport {
    pub rows_read: usize,
    pub rows_skipped: usize,
    /// The first [`LISTED_SKIPS`] skipped rows.
    pub skipped: Vec<SkippedRow>,
    pub columns: Vec<ColumnQuality>,
    pub unknown_sectors: Vec<UnknownName>,
    pub unknown_districts: Vec<UnknownName>,
    /// How many unknown names there are in all (the lists stop at [`LISTED_UNKNOWN`] each).
    pub unknown_total: usize,
    /// Project fields no column was mapped to (their values are missing in every row).
    pub unmapped_fields: Vec<Field>,
    /// What the reader left out of the file and why (a cell far outside the table…).
    pub notes: Vec<Note>,
    /// How the file's sector, sub-sector and district names were matched to the reference data (see
    /// [`crate::model::names`]); filled when the table is joined to its reference data.
    pub name_matches: Vec<crate::model::names::NameMatch>,
}

impl QualityReport {
    pub fn skip(&mut self, line: u64, problem: Problem) {
        self.rows_skipped += 1;
        if self.skipped.len() < LISTED_SKIPS {
            self.skipped.push(SkippedRow { line, problem });
        }
    }

    /// Adds the counts of `other`, the report of a later part of the same file.
    pub fn merge(&mut self, other: QualityReport) {
        self.notes.extend(other.notes);
        self.rows_read += other.rows_read;
        self.rows_skipped += other.rows_skipped;
        let room = LISTED_SKIPS.saturating_sub(self.skipped.len());
        self.skipped.extend(other.skipped.into_iter().take(room));
        for (mine, theirs) in self.columns.iter_mut().zip(other.columns) {
            mine.missing += theirs.missing;
            mine.coerced += theirs.coerced;
            mine.invalid += theirs.invalid;
            mine.converted_cny += theirs.converted_cny;
            mine.converted_hkd += theirs.converted_hkd;
            if mine.first_invalid.is_none() {
                mine.first_invalid = theirs.first_invalid;
            }
        }
    }

    /// This report, completed with the sector and district names `dataset`'s reference data does not know.
    pub fn with_unknown_names_of(mut self, dataset: &crate::model::Dataset) -> Self {
        let (mut sectors, mut districts) = dataset.unknown_names();
        self.unknown_total = sectors.len() + districts.len();
        sectors.truncate(LISTED_UNKNOWN);
        districts.truncate(LISTED_UNKNOWN);
        (self.unknown_sectors, self.unknown_districts) = (sectors, districts);
        self
    }

    /// Nothing to tell the user: every row read, no value repaired or rejected, every name known.
    pub fn is_clean(&self) -> bool {
        self.rows_skipped == 0
            && self
                .columns
                .iter()
                .all(|c| c.coerced == 0 && c.invalid == 0)
            && self.unknown_total == 0
            && self.notes.is_empty()
    }
}
