//! The data-quality report of a load: what was read, skipped, coerced or left missing, and which names the
//! reference data does not know. Shown after every load in the UI and by `invest-explorer inspect`.
//!
//! Must not depend on egui, eframe or rfd.

use serde::Serialize;

use crate::model::columns::Field;

/// At most this many skipped rows are listed one by one; the rest are only counted.
pub const LISTED_SKIPS: usize = 200;

/// At most this many unknown sector (and district) names are listed, most rows first; the rest are only counted.
pub const LISTED_UNKNOWN: usize = 100;

/// A row that was not loaded, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SkippedRow {
    pub line: u64,
    pub reason: String,
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
    pub expected: String,
}

/// A sector or district name the reference data does not know: kept as written and flagged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnknownName {
    pub name: String,
    pub rows: usize,
}

/// "1 row", "3,528 rows".
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{} {noun}s", crate::format::count(n))
    }
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
    /// What the reader left out of the file and why ("ignored cell XFD1048576 …").
    pub notes: Vec<String>,
    /// How the file's sector, sub-sector and district names were matched to the reference data (see
    /// [`crate::model::names`]); filled when the table is joined to its reference data.
    pub name_matches: Vec<crate::model::names::NameMatch>,
}

impl QualityReport {
    pub fn skip(&mut self, line: u64, reason: impl Into<String>) {
        self.rows_skipped += 1;
        if self.skipped.len() < LISTED_SKIPS {
            self.skipped.push(SkippedRow {
                line,
                reason: reason.into(),
            });
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

    /// One line for a status bar or notice: "3,528 rows read · 2 skipped · 14 values repaired · 3 unreadable".
    pub fn headline(&self) -> String {
        let count = crate::format::count;
        let mut parts = vec![format!("{} read", plural(self.rows_read, "row"))];
        if self.rows_skipped > 0 {
            parts.push(format!("{} skipped", count(self.rows_skipped)));
        }
        let coerced: usize = self.columns.iter().map(|c| c.coerced).sum();
        if coerced > 0 {
            parts.push(format!("{} repaired", plural(coerced, "value")));
        }
        let invalid: usize = self.columns.iter().map(|c| c.invalid).sum();
        if invalid > 0 {
            parts.push(format!("{} values unreadable", count(invalid)));
        }
        let unknown = self.unknown_total;
        if unknown > 0 {
            parts.push(format!(
                "{} unknown sector or district names",
                count(unknown)
            ));
        }
        if !self.notes.is_empty() {
            parts.push(plural(self.notes.len(), "note"));
        }
        parts.join(" · ")
    }

    /// The report as plain text lines, for the CLI and for copying.
    pub fn lines(&self) -> Vec<String> {
        let count = crate::format::count;
        let mut lines = vec![self.headline()];
        lines.extend(self.notes.iter().map(|note| format!("  {note}")));
        for skipped in &self.skipped {
            lines.push(format!(
                "  skipped line {}: {}",
                skipped.line, skipped.reason
            ));
        }
        if self.rows_skipped > self.skipped.len() {
            lines.push(format!(
                "  … and {} more skipped rows",
                count(self.rows_skipped - self.skipped.len())
            ));
        }
        for column in &self.columns {
            let converted = column.converted_cny + column.converted_hkd;
            if column.missing == 0 && column.coerced == 0 && column.invalid == 0 && converted == 0 {
                continue;
            }
            let target = column
                .field
                .map_or_else(|| "extra column".to_owned(), |f| f.key().to_owned());
            let mut line = format!(
                "  {} ({target}): {} missing, {} repaired, {} unreadable",
                column.name,
                count(column.missing),
                count(column.coerced),
                count(column.invalid)
            );
            for (n, code) in [(column.converted_cny, "CNY"), (column.converted_hkd, "HKD")] {
                if n > 0 {
                    line.push_str(&format!(
                        ", {} converted from {code} at the contract year's rate",
                        count(n)
                    ));
                }
            }
            if let Some(first) = &column.first_invalid {
                line.push_str(&format!(
                    " (first at line {}: {:?}, expected {})",
                    first.line, first.value, first.expected
                ));
            }
            lines.push(line);
        }
        for (kind, names) in [
            ("sector", &self.unknown_sectors),
            ("district", &self.unknown_districts),
        ] {
            for unknown in names {
                lines.push(format!(
                    "  unknown {kind} {:?} in {} (kept as written)",
                    unknown.name,
                    plural(unknown.rows, "row")
                ));
            }
        }
        lines.extend(
            self.name_matches
                .iter()
                .map(|m| format!("  matched {}", m.line())),
        );
        let listed = self.unknown_sectors.len() + self.unknown_districts.len();
        if self.unknown_total > listed {
            lines.push(format!(
                "  … and {} more unknown names",
                count(self.unknown_total - listed)
            ));
        }
        if !self.unmapped_fields.is_empty() {
            lines.push(format!(
                "  no column for: {}",
                self.unmapped_fields
                    .iter()
                    .map(|f| f.key())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        lines
    }
}
