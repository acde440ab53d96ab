//! The one writer of delimited text (CSV, TSV) for every export that a spreadsheet may open: row exports, the
//! `summary --format csv` and `score --format csv` tables. Every text cell — header names and group keys
//! included — is neutralised as [`neutralise_formula`] says, so `=HYPERLINK(…)` in a file name column or a
//! group key is shown as text, never run. Numbers are written as they are (a negative amount keeps its minus sign).
//!
//! Quoting is the `csv` crate's (what the app wrote before this writer did it itself, and what every reader
//! expects): a field is quoted when it holds the delimiter, a quote, CR or LF, quotes inside are doubled, and a
//! record with nothing in it is written `""`. Records end with LF.
//!
//! A row export's file is formatted in blocks by `row_delimited` with the same [`Quoting`]. [`ColumnCells`] and
//! [`DelimitedWriter::rows`] were its path before; its tests keep them as the oracle its files must match.
//!
//! Must not depend on egui, eframe or rfd.

use std::io::Write;

use super::{ExportError, looks_like_formula, neutralise_formula};
use crate::model::Cell;

/// One cell of a record.
pub enum Field<'a> {
    /// Text from a file or a user: neutralised.
    Text(&'a str),
    /// A number, date or flag the app formatted itself: written as is.
    Value(String),
}

/// Bytes buffered before they go to the output.
const FLUSH_AT: usize = 1 << 16;

/// A CSV or TSV writer that neutralises every text cell.
pub struct DelimitedWriter<W: Write> {
    out: W,
    buffer: Vec<u8>,
    delimiter: u8,
    quoting: Quoting,
    /// Fields written in the record under way, and where it starts in `buffer`.
    fields: usize,
    record_start: usize,
}

impl<W: Write> DelimitedWriter<W> {
    /// Writes records separated by `delimiter` (`b','` or `b'\t'`) to `out`.
    pub fn new(out: W, delimiter: u8) -> Self {
        Self {
            out,
            buffer: Vec::with_capacity(FLUSH_AT + 4096),
            delimiter,
            quoting: Quoting::new(delimiter),
            fields: 0,
            record_start: 0,
        }
    }

    /// A record of text only (a header): every cell neutralised.
    pub fn text_record<S: AsRef<str>>(
        &mut self,
        cells: impl IntoIterator<Item = S>,
    ) -> Result<(), ExportError> {
        for cell in cells {
            self.text_field(cell.as_ref());
        }
        self.end_record()
    }

    /// A record of text and values: the text neutralised, the values as they are.
    pub fn record<'a>(
        &mut self,
        cells: impl IntoIterator<Item = Field<'a>>,
    ) -> Result<(), ExportError> {
        for cell in cells {
            match cell {
                Field::Text(text) => self.text_field(text),
                Field::Value(value) => self.field(value.as_bytes()),
            }
        }
        self.end_record()
    }

    /// One record per row of `columns` (all of the same length): row `i` is cell `i` of each column, in order.
    pub fn rows(&mut self, columns: &[ColumnCells]) -> Result<(), ExportError> {
        let rows = columns.first().map_or(0, ColumnCells::len);
        for row in 0..rows {
            for column in columns {
                self.field(column.get(row).as_bytes());
            }
            self.end_record()?;
        }
        Ok(())
    }

    /// Flushes what is buffered; the I/O error (a full disk) is reported, not lost in a drop.
    pub fn finish(mut self) -> Result<(), ExportError> {
        self.write_buffer()?;
        self.out.flush().map_err(super::io_error)
    }

    fn text_field(&mut self, text: &str) {
        self.separate();
        self.quoting.push_text(text, &mut self.buffer);
    }

    fn field(&mut self, bytes: &[u8]) {
        self.separate();
        self.quoting.push(bytes, &mut self.buffer);
    }

    /// The delimiter before every field but a record's first.
    fn separate(&mut self) {
        if self.fields > 0 {
            self.buffer.push(self.delimiter);
        }
        self.fields += 1;
    }

    fn end_record(&mut self) -> Result<(), ExportError> {
        // A record of one empty field would read back as a blank line, which readers skip.
        if self.buffer.len() == self.record_start {
            self.buffer.extend_from_slice(b"\"\"");
        }
        self.buffer.push(b'\n');
        self.fields = 0;
        if self.buffer.len() >= FLUSH_AT {
            self.write_buffer()?;
        }
        self.record_start = self.buffer.len();
        Ok(())
    }

    fn write_buffer(&mut self) -> Result<(), ExportError> {
        let written = self.out.write_all(&self.buffer).map_err(super::io_error);
        self.buffer.clear();
        self.record_start = 0;
        written
    }
}

/// The one quoting and neutralising rule of delimited files, for a delimiter: what [`DelimitedWriter`] writes, and
/// what a row export's blocks are formatted with (`row_delimited`).
#[derive(Clone)]
pub struct Quoting {
    /// The bytes that make a field quoted.
    special: [bool; 256],
}

impl Quoting {
    pub fn new(delimiter: u8) -> Self {
        let mut special = [false; 256];
        for byte in [delimiter, b'"', b'\r', b'\n'] {
            special[usize::from(byte)] = true;
        }
        Self { special }
    }

    /// Appends a text cell as one field: neutralised ([`neutralise_formula`]), then quoted as [`Self::push`] says.
    pub fn push_text(&self, text: &str, out: &mut Vec<u8>) {
        if looks_like_formula(text) {
            self.push(neutralise_formula(text).as_bytes(), out);
        } else {
            self.push(text.as_bytes(), out);
        }
    }

    /// Appends `bytes` as one field: quoted when they hold the delimiter, a quote, CR or LF, quotes inside doubled.
    pub fn push(&self, bytes: &[u8], out: &mut Vec<u8>) {
        if bytes.iter().any(|&byte| self.special[usize::from(byte)]) {
            out.push(b'"');
            for &byte in bytes {
                if byte == b'"' {
                    out.push(b'"');
                }
                out.push(byte);
            }
            out.push(b'"');
        } else {
            out.extend_from_slice(bytes);
        }
    }
}

/// The cells of one column for a run of rows, formatted back to back in one buffer that is reused from run to
/// run. Text is neutralised as it is added: nothing reaches [`DelimitedWriter::rows`] un-neutralised.
#[derive(Debug, Default)]
pub struct ColumnCells {
    text: String,
    ends: Vec<usize>,
}

impl ColumnCells {
    /// Empties the cells, keeping the buffers.
    pub fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// Adds a cell: text neutralised, anything else in its plain form ([`Cell::push_plain`]).
    pub fn push(&mut self, cell: Cell<'_>) {
        match cell {
            Cell::Text(text) => self.push_text(text),
            other => {
                other.push_plain(&mut self.text);
                self.ends.push(self.text.len());
            }
        }
    }

    /// Adds a text cell, neutralised.
    pub fn push_text(&mut self, text: &str) {
        if looks_like_formula(text) {
            self.text.push_str(&neutralise_formula(text));
        } else {
            self.text.push_str(text);
        }
        self.ends.push(self.text.len());
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    fn get(&self, index: usize) -> &str {
        let start = index
            .checked_sub(1)
            .and_then(|i| self.ends.get(i))
            .copied()
            .unwrap_or(0);
        let end = self.ends.get(index).copied().unwrap_or(start);
        self.text.get(start..end).unwrap_or_default()
    }
}

impl<W: Write> Drop for DelimitedWriter<W> {
    /// What was written reaches the output even without [`DelimitedWriter::finish`] (as the `csv` crate's writer
    /// does); only `finish` reports an error.
    fn drop(&mut self) {
        let _ = self.write_buffer();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn text_is_neutralised_values_are_not() {
        let mut out = Vec::new();
        let mut writer = DelimitedWriter::new(&mut out, b',');
        writer.text_record(["=HYPERLINK(\"x\")", "Amount"]).unwrap();
        writer
            .record([Field::Text("@SUM(A1)"), Field::Value("-12.5".into())])
            .unwrap();
        writer.finish().unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"'=HYPERLINK(\"\"x\"\")\",Amount\n'@SUM(A1),-12.5\n"
        );
    }

    #[test]
    fn a_full_disk_is_an_io_error() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::new(
                    std::io::ErrorKind::StorageFull,
                    "no space left on device",
                ))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut writer = DelimitedWriter::new(Full, b',');
        let long = "x".repeat(100_000);
        let result = writer
            .text_record([long.as_str()])
            .and_then(|()| writer.finish());
        assert!(matches!(result, Err(ExportError::Io { .. })), "{result:?}");
    }

    /// What the app wrote before this writer quoted by itself: the `csv` crate, each text cell neutralised.
    fn through_csv_crate(records: &[Vec<(bool, String)>], delimiter: u8) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(Vec::new());
        for record in records {
            let cells = record.iter().map(|(text, cell)| {
                if *text {
                    neutralise_formula(cell)
                } else {
                    cell.clone()
                }
            });
            writer.write_record(cells).unwrap();
        }
        writer.into_inner().unwrap()
    }

    /// Cells that exercise quoting and neutralising: delimiters, quotes, line ends, formula starts, CJK, empty.
    fn cell() -> impl Strategy<Value = (bool, String)> {
        let text = prop_oneof![
            Just(String::new()),
            "[=+@\\-\t\r]?[a-z ,;\"\n\r\t'香港]{0,8}",
            "-?[0-9]{1,4}(\\.[0-9]{1,3})?",
        ];
        (any::<bool>(), text)
    }

    proptest! {
        #[test]
        fn records_are_written_as_the_csv_crate_wrote_them(
            // Records of one width, as an export's are (one field included: an empty one is written `""`).
            records in (1..5usize).prop_flat_map(|width| {
                prop::collection::vec(prop::collection::vec(cell(), width), 0..12)
            }),
            tab in any::<bool>(),
        ) {
            let delimiter = if tab { b'\t' } else { b',' };
            let mut out = Vec::new();
            let mut writer = DelimitedWriter::new(&mut out, delimiter);
            for record in &records {
                writer.record(record.iter().map(|(text, cell)| if *text {
                    Field::Text(cell)
                } else {
                    Field::Value(cell.clone())
                })).unwrap();
            }
            writer.finish().unwrap();
            prop_assert_eq!(out, through_csv_crate(&records, delimiter));
        }

        #[test]
        fn column_cells_are_written_as_records_of_the_same_cells(
            rows in prop::collection::vec(prop::collection::vec(cell(), 3), 0..12),
        ) {
            // Column-major, as an export gathers them: the first two columns text, the third values.
            let mut columns: Vec<ColumnCells> = (0..3).map(|_| ColumnCells::default()).collect();
            let mut records = Vec::new();
            for row in &rows {
                let mut record = Vec::new();
                for (index, (_, cell)) in row.iter().enumerate() {
                    if index == 0 {
                        columns[index].push_text(cell);
                        record.push((true, cell.clone()));
                    } else if index == 1 {
                        columns[index].push(if cell.is_empty() { Cell::Missing } else { Cell::Text(cell) });
                        record.push((true, cell.clone()));
                    } else {
                        let number = cell.parse::<f64>().map_or(Cell::Missing, Cell::Number);
                        columns[index].push(number);
                        record.push((false, number.to_string()));
                    }
                }
                records.push(record);
            }
            let mut out = Vec::new();
            let mut writer = DelimitedWriter::new(&mut out, b',');
            writer.rows(&columns).unwrap();
            writer.finish().unwrap();
            prop_assert_eq!(out, through_csv_crate(&records, b','));
        }
    }
}
