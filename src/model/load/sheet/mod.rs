//! Reads spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) and the app's own JSON and RON exports into rows of text cells,
//! before any column is mapped to a project field.
//!
//! Every cell becomes text the same way whatever the format, so the column mapping downstream sees one shape: numbers
//! in their shortest round-trip form, dates as ISO text, empty and error cells as "". Each record keeps the line (or
//! sheet row) where it starts, so later messages can point at it. Rows are stored sparsely, so a stray cell far from
//! the table or JSON objects with keys of their own cost what they hold, not rows × columns.
//!
//! [`workbook`] reads spreadsheets through [`archive`] (ZIP parts checked before the spreadsheet library sees them),
//! [`compound`] (the same for XLS's compound file) and [`extent`] (where the table is among the filled cells);
//! [`json`] reads JSON and RON with their serde deserializers. Must not depend on egui, eframe or rfd.

mod archive;
mod compound;
mod extent;
mod guard;
mod json;
mod workbook;

pub use json::{read_json_records, read_ron_records};
pub use workbook::{Markup, Workbook, markup_kind, read_workbook, read_workbook_within};

use super::builder::Record;

/// A table read as text cells, before any column is mapped to a project field.
///
/// Cell text: numbers written the shortest round-trip way (`f64` Display; 12.0 as "12"), booleans "true"/"false",
/// dates as ISO "2015-06-30" (date-times with a non-zero time as "2015-06-30 14:05:00"), empty and error cells as ""
/// (error cells are listed in `error_cells`). Every record is [`width`](Self::width) cells wide; only cells with text
/// are stored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawRows {
    width: usize,
    /// Where each record's cells start in `cells`, and one more entry for the end.
    starts: Vec<usize>,
    /// Every record's non-empty cells in order, as (column, text) with ascending columns within a record.
    cells: Vec<(u32, String)>,
    /// The 1-based line (text formats) or spreadsheet row number where each record starts, for located messages.
    pub lines: Vec<u64>,
    /// Cells that held a spreadsheet error such as #DIV/0!, as (line, 1-based column within the record, error text).
    pub error_cells: Vec<(u64, usize, String)>,
    /// What the reader left out and why (a cell far outside the table…), for the quality report.
    pub notes: Vec<crate::model::error::Note>,
}

impl RawRows {
    /// Records, header and title rows included.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Cells in every record.
    pub fn width(&self) -> usize {
        self.width
    }

    pub fn record(&self, index: usize) -> Option<RawRecord<'_>> {
        let start = *self.starts.get(index)?;
        let end = self
            .starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.cells.len());
        Some(RawRecord {
            cells: self.cells.get(start..end)?,
            width: self.width,
        })
    }

    /// Records `range` (clipped to what there is) with every cell written out, for previews and detection.
    pub fn dense(&self, range: std::ops::Range<usize>) -> Vec<Vec<&str>> {
        let end = range.end.min(self.len());
        (range.start.min(end)..end)
            .filter_map(|index| self.record(index))
            .map(|record| (0..self.width).map(|column| record.text(column)).collect())
            .collect()
    }

    /// Every record with every cell written out (tests and small tables).
    pub fn to_dense(&self) -> Vec<Vec<String>> {
        self.dense(0..self.len())
            .into_iter()
            .map(|row| row.into_iter().map(str::to_owned).collect())
            .collect()
    }

    /// Appends a record from its cells (any order; a column given twice keeps its last text; empty text is dropped).
    /// The table widens to the record's last column.
    fn push(&mut self, line: u64, cells: impl IntoIterator<Item = (u32, String)>) {
        let mut own: Vec<(u32, String)> = cells
            .into_iter()
            .filter(|(_, text)| !text.is_empty())
            .collect();
        // A stable sort keeps equal columns in their order; deduplicating the reversed list keeps the last one.
        if !own.is_sorted_by_key(|(column, _)| *column) {
            own.sort_by_key(|(column, _)| *column);
        }
        if own.windows(2).any(|pair| pair[0].0 == pair[1].0) {
            own.reverse();
            own.dedup_by_key(|(column, _)| *column);
            own.reverse();
        }
        if let Some((last, _)) = own.last() {
            self.width = self.width.max(*last as usize + 1);
        }
        self.starts.push(self.cells.len());
        self.lines.push(line);
        self.cells.extend(own);
    }

    /// At least `width` cells per record (a JSON list header wider than its rows, a sheet's used columns).
    fn widen_to(&mut self, width: usize) {
        self.width = self.width.max(width);
    }

    /// Puts `header` (pushed last, once every key was known) first.
    fn move_last_record_first(&mut self) {
        let (Some(&start), Some(line)) = (self.starts.last(), self.lines.pop()) else {
            return;
        };
        self.starts.pop();
        let header: Vec<(u32, String)> = self.cells.drain(start..).collect();
        let count = header.len();
        self.cells.splice(0..0, header);
        for start in &mut self.starts {
            *start += count;
        }
        self.starts.insert(0, 0);
        self.lines.insert(0, line);
    }
}

/// One record of [`RawRows`]: a view that reads as [`RawRows::width`] cells.
#[derive(Clone, Copy, Debug)]
pub struct RawRecord<'a> {
    cells: &'a [(u32, String)],
    width: usize,
}

impl<'a> RawRecord<'a> {
    /// The cell's text; "" when empty or past the end.
    pub fn text(self, column: usize) -> &'a str {
        let Ok(column) = u32::try_from(column) else {
            return "";
        };
        self.cells
            .binary_search_by_key(&column, |(c, _)| *c)
            .ok()
            .and_then(|at| self.cells.get(at))
            .map_or("", |(_, text)| text.as_str())
    }
}

impl Record for RawRecord<'_> {
    fn cell_count(&self) -> usize {
        self.width
    }

    fn cell(&self, column: usize) -> &str {
        self.text(column)
    }
}

/// A cell's spreadsheet name: column letters then the 1-based row ("A1", "XFD1048576") from 0-based positions.
pub fn cell_name(row: u64, column: u64) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_read_as_their_full_width_and_keep_the_last_of_a_repeated_column() {
        let mut rows = RawRows::default();
        rows.push(3, [(2, "c".to_owned()), (0, "a".to_owned())]);
        rows.push(
            4,
            [(1, "x".to_owned()), (1, "y".to_owned()), (0, String::new())],
        );
        rows.push(5, []);
        assert_eq!(rows.width(), 3);
        assert_eq!(
            rows.to_dense(),
            [vec!["a", "", "c"], vec!["", "y", ""], vec!["", "", ""]]
        );
        assert_eq!(rows.lines, [3, 4, 5]);
        let record = rows.record(0).unwrap();
        assert_eq!((record.cell_count(), record.cell(7)), (3, ""));
        rows.move_last_record_first();
        assert_eq!(rows.lines, [5, 3, 4]);
        assert_eq!(rows.dense(1..9), [vec!["a", "", "c"], vec!["", "y", ""]]);
    }

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(9, 25), "Z10");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
        assert_eq!(cell_name(4_294_967_294, 18_277), "ZZZ4294967295");
    }
}
