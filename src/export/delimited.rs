//! The one writer of delimited text (CSV, TSV) for every export that a spreadsheet may open: row exports, the
//! `summary --format csv` and `score --format csv` tables. Every text cell — header names and group keys
//! included — goes through [`neutralise_formula`], so `=HYPERLINK(…)` in a file name column or a group key is
//! shown as text, never run. Numbers are written as they are (a negative amount keeps its minus sign).
//!
//! Must not depend on egui, eframe or rfd.

use std::io::Write;

use super::{ExportError, neutralise_formula};

/// One cell of a record.
pub enum Field<'a> {
    /// Text from a file or a user: neutralised.
    Text(&'a str),
    /// A number, date or flag the app formatted itself: written as is.
    Value(String),
}

/// A CSV or TSV writer that neutralises every text cell.
pub struct DelimitedWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> DelimitedWriter<W> {
    /// Writes records separated by `delimiter` (`b','` or `b'\t'`) to `out`.
    pub fn new(out: W, delimiter: u8) -> Self {
        Self {
            inner: csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(out),
        }
    }

    /// A record of text only (a header): every cell neutralised.
    pub fn text_record<S: AsRef<str>>(
        &mut self,
        cells: impl IntoIterator<Item = S>,
    ) -> Result<(), ExportError> {
        self.inner
            .write_record(cells.into_iter().map(|c| neutralise_formula(c.as_ref())))
            .map_err(csv_error)
    }

    /// A record of text and values: the text neutralised, the values as they are.
    pub fn record<'a>(
        &mut self,
        cells: impl IntoIterator<Item = Field<'a>>,
    ) -> Result<(), ExportError> {
        self.inner
            .write_record(cells.into_iter().map(|cell| match cell {
                Field::Text(text) => neutralise_formula(text),
                Field::Value(value) => value,
            }))
            .map_err(csv_error)
    }

    /// Flushes what is buffered; the I/O error (a full disk) is reported, not lost in a drop.
    pub fn finish(mut self) -> Result<(), ExportError> {
        self.inner.flush().map_err(super::io_error)
    }
}

/// A CSV error as an export error: an I/O failure (a full disk, a broken pipe) stays an I/O error, so the
/// message names the file and the operating system's reason instead of "cannot encode".
pub fn csv_error(error: csv::Error) -> ExportError {
    if error.is_io_error() {
        if let csv::ErrorKind::Io(source) = error.into_kind() {
            return super::io_error(source);
        }
        return ExportError::Encode("CSV writer".into());
    }
    ExportError::Encode(error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
