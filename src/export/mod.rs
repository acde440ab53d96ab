//! Writers for the current selection: CSV, TSV, JSON, RON. Each writes to `impl Write`; files are written through
//! a temporary file in the target folder and renamed into place, so a failed export never damages an existing file.
//!
//! Must not depend on egui, eframe or rfd.

pub mod png;

use std::io::Write;
use std::path::Path;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};

use crate::model::{Cell, ColumnId, Dataset};
use crate::query::Filter;

/// The file formats rows can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowFormat {
    Csv,
    Tsv,
    Json,
    Ron,
}

impl RowFormat {
    pub const ALL: [RowFormat; 4] = [
        RowFormat::Csv,
        RowFormat::Tsv,
        RowFormat::Json,
        RowFormat::Ron,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            RowFormat::Csv => "csv",
            RowFormat::Tsv => "tsv",
            RowFormat::Json => "json",
            RowFormat::Ron => "ron",
        }
    }

    /// The format for a file name's extension (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.extension() == extension)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot encode the export: {0}")]
    Encode(String),
}

/// What to export: rows of a dataset in display order, the columns shown, and the filter that chose them.
pub struct RowExport<'a> {
    pub dataset: &'a Dataset,
    /// Row indices in the order shown.
    pub rows: &'a [u32],
    pub columns: &'a [ColumnId],
    pub filter: &'a Filter,
}

/// What a self-describing export (JSON, RON) says about itself.
#[derive(Clone, Debug, Serialize)]
pub struct ExportMeta {
    pub source: String,
    pub synthetic: bool,
    pub filters: String,
    pub rows_selected: usize,
    pub rows_total: usize,
    pub amounts_unit: &'static str,
    pub app_version: &'static str,
}

impl RowExport<'_> {
    pub fn meta(&self) -> ExportMeta {
        ExportMeta {
            source: self.dataset.provenance.describe(),
            synthetic: self.dataset.provenance.is_synthetic,
            filters: self.filter.describe(),
            rows_selected: self.rows.len(),
            rows_total: self.dataset.projects.len(),
            amounts_unit: "USD m",
            app_version: env!("CARGO_PKG_VERSION"),
        }
    }

    fn header(&self) -> Vec<&str> {
        let table = &self.dataset.projects;
        self.columns.iter().map(|&c| table.column_name(c)).collect()
    }

    /// Writes the rows in `format`.
    pub fn write(&self, format: RowFormat, out: impl Write) -> Result<(), ExportError> {
        match format {
            RowFormat::Csv => self.write_delimited(b',', out),
            RowFormat::Tsv => self.write_delimited(b'\t', out),
            RowFormat::Json => serde_json::to_writer_pretty(out, &self.document())
                .map_err(|e| ExportError::Encode(e.to_string())),
            RowFormat::Ron => {
                let text =
                    ron::ser::to_string_pretty(&self.document(), ron::ser::PrettyConfig::default())
                        .map_err(|e| ExportError::Encode(e.to_string()))?;
                let mut out = out;
                out.write_all(text.as_bytes())
                    .and_then(|()| out.write_all(b"\n"))
                    .map_err(|source| ExportError::Io {
                        path: String::new(),
                        source,
                    })
            }
        }
    }

    /// Plain header + rows, so any tool can read it. Text that a spreadsheet would run as a formula is
    /// neutralised with a leading apostrophe (OWASP CSV-injection guidance).
    fn write_delimited(&self, delimiter: u8, out: impl Write) -> Result<(), ExportError> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(out);
        let encode = |e: csv::Error| ExportError::Encode(e.to_string());
        writer.write_record(self.header()).map_err(encode)?;
        let mut record: Vec<String> = Vec::with_capacity(self.columns.len());
        for &row in self.rows {
            record.clear();
            for &column in self.columns {
                let cell = self.dataset.projects.cell(column, row as usize);
                record.push(match cell {
                    Cell::Text(text) => neutralise_formula(text),
                    other => other.to_string(),
                });
            }
            writer.write_record(&record).map_err(encode)?;
        }
        writer.flush().map_err(|source| ExportError::Io {
            path: String::new(),
            source,
        })
    }

    fn document(&self) -> ExportDocument<'_> {
        ExportDocument {
            meta: self.meta(),
            rows: RowsAsMaps(self),
        }
    }
}

/// Prefixes text that begins with `=`, `+`, `-`, `@`, tab or carriage return with `'`, so spreadsheets show it
/// as text instead of running it.
pub fn neutralise_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[derive(Serialize)]
struct ExportDocument<'a> {
    meta: ExportMeta,
    rows: RowsAsMaps<'a>,
}

/// Serializes rows as `{column: value}` maps, streaming from the table.
struct RowsAsMaps<'a>(&'a RowExport<'a>);

struct RowAsMap<'a> {
    export: &'a RowExport<'a>,
    row: usize,
}

impl Serialize for RowsAsMaps<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.rows.len()))?;
        for &row in self.0.rows {
            seq.serialize_element(&RowAsMap {
                export: self.0,
                row: row as usize,
            })?;
        }
        seq.end()
    }
}

impl Serialize for RowAsMap<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let table = &self.export.dataset.projects;
        let mut map = serializer.serialize_map(Some(self.export.columns.len()))?;
        for &column in self.export.columns {
            let name = table.column_name(column);
            match table.cell(column, self.row) {
                Cell::Missing => map.serialize_entry(name, &Option::<()>::None)?,
                Cell::Text(text) => map.serialize_entry(name, text)?,
                Cell::Integer(value) => map.serialize_entry(name, &value)?,
                Cell::Number(value) => map.serialize_entry(name, &value)?,
                Cell::Bool(value) => map.serialize_entry(name, &value)?,
                Cell::Date(date) => map.serialize_entry(name, &date.to_string())?,
            }
        }
        map.end()
    }
}

/// Writes a file through a temporary file in the same folder, renamed into place only when `write` succeeded:
/// a failure (disk full, permission denied, an encoding error) leaves any existing file untouched.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let io_error = |source| ExportError::Io {
        path: path.display().to_string(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".invest-explorer-")
        .suffix(".part")
        .tempfile_in(folder)
        .map_err(io_error)?;
    {
        let mut buffered = std::io::BufWriter::new(temp.as_file_mut());
        write(&mut buffered).map_err(|e| match e {
            ExportError::Io { source, .. } => io_error(source),
            other => other,
        })?;
        buffered.flush().map_err(io_error)?;
    }
    temp.as_file().sync_all().map_err(io_error)?;
    temp.persist(path).map_err(|e| io_error(e.error))?;
    Ok(())
}

/// Exports rows to `path`, the format chosen by its extension.
pub fn export_rows_to_file(export: &RowExport<'_>, path: &Path) -> Result<(), ExportError> {
    let format = RowFormat::from_path(path).ok_or_else(|| {
        ExportError::Encode(format!(
            "{}: unknown file type; use one of .csv, .tsv, .json, .ron",
            path.display()
        ))
    })?;
    write_atomically(path, |out| export.write(format, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_plain_text_is_not() {
        assert_eq!(
            neutralise_formula("=HYPERLINK(\"x\")"),
            "'=HYPERLINK(\"x\")"
        );
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("Harbour Tower"), "Harbour Tower");
    }

    #[test]
    fn a_failed_write_leaves_the_existing_file_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "precious").unwrap();
        let result = write_atomically(&path, |out| {
            out.write_all(b"half a fi")
                .map_err(|source| ExportError::Io {
                    path: String::new(),
                    source,
                })?;
            Err(ExportError::Encode("simulated failure".into()))
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "the temporary file is removed");
    }
}
