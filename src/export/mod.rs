//! Writers for what the user is looking at: the current selection's rows (CSV, TSV, XLSX, JSON, RON, and TSV for
//! the clipboard) and the breakdown and cross-tab as shown (CSV, XLSX). Each writes to `impl Write`; files are written through a temporary
//! file in the target folder and renamed into place, so a failed export never damages an existing file.
//!
//! Self-describing formats (XLSX's About sheet, JSON's and RON's `meta`) all say the same things, taken from one
//! [`ExportMeta`]. Must not depend on egui, eframe or rfd.

mod chart_data;
mod clipboard;
mod delimited;
mod file_name;
pub mod png;
mod tables;
pub mod timestamp;
mod xlsx;

use std::fs::Permissions;
use std::io::Write;
use std::path::Path;
use std::time::SystemTime;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};

pub use chart_data::{ChartDataExport, export_chart_data_to_file};
pub use clipboard::rows_as_tsv;
pub use file_name::{MAX_STEM_LEN, default_file_stem, slugify};
pub use tables::{
    BreakdownExport, CrossTabExport, TableFormat, export_breakdown_to_file,
    export_cross_tab_to_file,
};
pub use timestamp::utc_timestamp;
pub use xlsx::MAX_DATA_ROWS as MAX_XLSX_ROWS;

use crate::format::{Currency, MoneyFormat, Scale};
use crate::model::bands::SYNTHETIC_LABEL;
use crate::model::{Cell, ColumnId, Dataset, ProjectTable};
use crate::query::{Filter, SortKey};

/// The file formats rows can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowFormat {
    Csv,
    Tsv,
    Xlsx,
    Json,
    Ron,
}

impl RowFormat {
    pub const ALL: [RowFormat; 5] = [
        RowFormat::Csv,
        RowFormat::Tsv,
        RowFormat::Xlsx,
        RowFormat::Json,
        RowFormat::Ron,
    ];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            RowFormat::Csv => "csv",
            RowFormat::Tsv => "tsv",
            RowFormat::Xlsx => "xlsx",
            RowFormat::Json => "json",
            RowFormat::Ron => "ron",
        }
    }

    /// A name for menus and file dialogs.
    pub fn title(self) -> &'static str {
        match self {
            RowFormat::Csv => "CSV (comma-separated)",
            RowFormat::Tsv => "TSV (tab-separated)",
            RowFormat::Xlsx => "Excel workbook",
            RowFormat::Json => "JSON",
            RowFormat::Ron => "RON",
        }
    }

    /// The format for a file name's extension (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.extension() == extension)
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file could not be created, written or renamed into place.
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The data could not be put in the format (e.g. more rows than an Excel sheet holds).
    #[error("cannot encode the export: {0}")]
    Encode(String),
}

/// An I/O error whose path [`write_atomically`] fills in.
fn io_error(source: std::io::Error) -> ExportError {
    ExportError::Io {
        path: String::new(),
        source,
    }
}

/// `.csv, .tsv, .json` for error messages.
fn extension_list<const N: usize>(extensions: [&str; N]) -> String {
    extensions
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The unit of the amount columns of a row export: the table's own, whatever the view shows.
const ROW_AMOUNTS_UNIT: &str = "USD m";

/// The title every self-describing export carries.
pub const EXPORT_TITLE: &str = "Hong Kong-invested projects in Chongqing";

/// What to export: rows of a dataset in display order, the columns shown, and the filter and sort that chose them.
pub struct RowExport<'a> {
    pub dataset: &'a Dataset,
    /// Row indices in the order shown.
    pub rows: &'a [u32],
    pub columns: &'a [ColumnId],
    pub filter: &'a Filter,
    /// The sort the rows are in, only to describe it (the rows are already in this order).
    pub sort: &'a [SortKey],
}

/// What a self-describing export says about itself: the XLSX About sheet ([`ExportMeta::about`]) and the `meta`
/// object of JSON and RON exports carry the same fields.
#[derive(Clone, Debug, Serialize)]
pub struct ExportMeta {
    pub title: &'static str,
    /// What the file holds, e.g. "Breakdown by sector".
    pub contents: String,
    /// Where the rows came from ([`crate::model::Provenance::describe`]).
    pub source: String,
    pub synthetic: bool,
    /// The synthetic-sample label, or "Your data".
    pub data: &'static str,
    /// The active filters in words ([`Filter::describe`]).
    pub filters: String,
    pub rows_selected: usize,
    pub rows_total: usize,
    /// The sort in words, e.g. "Contracted (descending)"; empty when the export has no row sort to describe.
    pub sort: String,
    /// The unit of every amount, e.g. "USD m".
    pub amounts_unit: String,
    /// The unit in words, e.g. "Amounts in USD millions (USD m)".
    pub units: String,
    /// How amounts were converted from USD, when they were.
    pub currency_note: Option<String>,
    pub app_version: &'static str,
    /// UTC, ISO 8601, e.g. "2024-05-01T09:30:00Z".
    pub exported_at: String,
}

impl ExportMeta {
    /// The description of an export of `rows_selected` rows of `dataset`, stamped with the current time.
    pub fn new(
        dataset: &Dataset,
        filter: &Filter,
        rows_selected: usize,
        contents: String,
        sort: String,
        money: MoneyFormat,
    ) -> Self {
        let synthetic = dataset.provenance.is_synthetic;
        Self {
            title: EXPORT_TITLE,
            contents,
            source: dataset.provenance.describe(),
            synthetic,
            data: if synthetic {
                SYNTHETIC_LABEL
            } else {
                "Your data"
            },
            filters: filter.describe(),
            rows_selected,
            rows_total: dataset.projects.len(),
            sort,
            amounts_unit: money.unit(),
            units: units_in_words(money),
            currency_note: currency_note(dataset, money),
            app_version: env!("CARGO_PKG_VERSION"),
            exported_at: utc_timestamp(SystemTime::now()),
        }
    }

    /// The About sheet's `(field, value)` lines, in reading order.
    pub fn about(&self) -> Vec<(&'static str, String)> {
        let mut lines = vec![
            ("Title", self.title.to_owned()),
            ("Contents", self.contents.clone()),
            ("Source", self.source.clone()),
            ("Data", self.data.to_owned()),
            ("Filters", self.filters.clone()),
            (
                "Rows",
                format!(
                    "{} of {} projects",
                    crate::format::count(self.rows_selected),
                    crate::format::count(self.rows_total)
                ),
            ),
        ];
        if !self.sort.is_empty() {
            lines.push(("Sort", self.sort.clone()));
        }
        lines.push(("Units", self.units.clone()));
        if let Some(note) = &self.currency_note {
            lines.push(("Currency note", note.clone()));
        }
        lines.push((
            "App version",
            format!("invest-explorer {}", self.app_version),
        ));
        lines.push(("Exported at", self.exported_at.clone()));
        lines
    }
}

/// "Amounts in USD millions (USD m)".
fn units_in_words(money: MoneyFormat) -> String {
    let unit = money.unit();
    let scale = match money.scale {
        Scale::Billions => "billions",
        Scale::Wan => "ten thousands",
        Scale::Yi => "hundred millions",
        Scale::Auto | Scale::Millions => "millions",
    };
    format!("Amounts in {} {scale} ({unit})", money.currency.code())
}

/// For amounts shown in CNY or HKD: which rates converted them, and where the rates come from.
fn currency_note(dataset: &Dataset, money: MoneyFormat) -> Option<String> {
    let rates = &dataset.reference.rates;
    let (series, source) = match money.currency {
        Currency::Usd => return None,
        Currency::Cny => (&rates.series, &rates.source),
        Currency::Hkd => (&rates.hkd.series, &rates.hkd.source),
    };
    Some(format!(
        "Converted from USD row by row at each project's contract-year rate; projects without a year use the \
         latest rate. Rates: {series}. Source: {source}"
    ))
}

/// The sort in words, e.g. "Contracted (descending), then Year (ascending)"; "table order" when unsorted.
/// Keys naming no column are left out, as [`crate::query::sort_rows`] ignores them.
pub fn describe_sort(table: &ProjectTable, keys: &[SortKey]) -> String {
    let parts: Vec<String> = keys
        .iter()
        .filter_map(|key| {
            let column = table.find_column(&key.column)?;
            let direction = if key.descending {
                "descending"
            } else {
                "ascending"
            };
            Some(format!("{} ({direction})", table.column_title(column)))
        })
        .collect();
    if parts.is_empty() {
        "table order".to_owned()
    } else {
        parts.join(", then ")
    }
}

impl RowExport<'_> {
    /// What the export says about itself: JSON's and RON's `meta`, XLSX's About sheet.
    pub fn meta(&self) -> ExportMeta {
        ExportMeta::new(
            self.dataset,
            self.filter,
            self.rows.len(),
            "Projects, one row per project, in the order shown".to_owned(),
            describe_sort(&self.dataset.projects, self.sort),
            MoneyFormat::default(),
        )
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
            RowFormat::Xlsx => xlsx::write_rows(self, out),
            RowFormat::Json => serde_json::to_writer_pretty(out, &self.document())
                .map_err(|e| ExportError::Encode(e.to_string())),
            RowFormat::Ron => {
                let text =
                    ron::ser::to_string_pretty(&self.document(), ron::ser::PrettyConfig::default())
                        .map_err(|e| ExportError::Encode(e.to_string()))?;
                let mut out = out;
                out.write_all(text.as_bytes())
                    .and_then(|()| out.write_all(b"\n"))
                    .map_err(io_error)
            }
        }
    }

    /// Plain header + rows, so any tool can read it. Text that a spreadsheet would run as a formula is
    /// neutralised with a leading apostrophe (OWASP CSV-injection guidance).
    fn write_delimited(&self, delimiter: u8, out: impl Write) -> Result<(), ExportError> {
        delimited::write_delimited(self, delimiter, out)
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
    if needs_neutralising(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Whether [`neutralise_formula`] prefixes `text`: the one rule, shared by the writers that avoid a `String` per
/// cell.
fn needs_neutralising(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
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
///
/// The new file gets the permissions a normally created file would (tempfile's private 0600 would hide a shared
/// export from colleagues); a replaced file keeps its own. A read-only file is not replaced: someone protected it.
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
    let existing = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|metadata| metadata.permissions());
    if existing.as_ref().is_some_and(Permissions::readonly) {
        return Err(io_error(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "the file is read-only; choose another name or make it writable",
        )));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".invest-explorer-").suffix(".part");
    #[cfg(unix)]
    {
        // Asked for at creation, the mode is masked by the process umask exactly like `File::create`'s 0o666.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(folder).map_err(io_error)?;
    {
        let mut buffered = std::io::BufWriter::new(temp.as_file_mut());
        write(&mut buffered).map_err(|e| match e {
            ExportError::Io { source, .. } => io_error(source),
            other => other,
        })?;
        buffered.flush().map_err(io_error)?;
    }
    if let Some(permissions) = existing {
        // Best effort: some file systems (FAT, many network shares) refuse permission changes, and the default
        // permissions set above are a fine fallback; failing the whole export over it would not be.
        temp.as_file().set_permissions(permissions).ok();
    }
    temp.as_file().sync_all().map_err(io_error)?;
    temp.persist(path).map_err(|e| io_error(e.error))?;
    Ok(())
}

/// Exports rows to `path` (through a temporary file), the format chosen by its extension.
pub fn export_rows_to_file(export: &RowExport<'_>, path: &Path) -> Result<(), ExportError> {
    let format = RowFormat::from_path(path).ok_or_else(|| {
        ExportError::Encode(format!(
            "{}: unknown file type; use one of {}",
            path.display(),
            extension_list(RowFormat::ALL.map(RowFormat::extension))
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
    fn units_and_the_about_lines_follow_the_money_format() {
        use crate::format::Scale;
        assert_eq!(
            units_in_words(MoneyFormat::default()),
            "Amounts in USD millions (USD m)"
        );
        let cny_bn = MoneyFormat {
            currency: Currency::Cny,
            scale: Scale::Billions,
        };
        assert_eq!(units_in_words(cny_bn), "Amounts in CNY billions (CNY bn)");

        let dataset = crate::model::Dataset::new(
            ProjectTable::default(),
            crate::model::ReferenceData::embedded().unwrap(),
            crate::model::DataSource::Embedded,
        );
        let meta = ExportMeta::new(
            &dataset,
            &Filter::default(),
            0,
            "Breakdown by sector".into(),
            String::new(),
            cny_bn,
        );
        let fields: Vec<&str> = meta.about().iter().map(|(field, _)| *field).collect();
        assert_eq!(
            fields,
            [
                "Title",
                "Contents",
                "Source",
                "Data",
                "Filters",
                "Rows",
                "Units",
                "Currency note",
                "App version",
                "Exported at"
            ],
            "no Sort line without a sort"
        );
        assert_eq!(meta.about()[5].1, "0 of 0 projects");
        assert!(
            meta.currency_note
                .is_some_and(|note| note.contains(&dataset.reference.rates.series))
        );
    }

    #[test]
    fn sorts_are_described_by_column_title() {
        let table = ProjectTable::default();
        let keys = [
            SortKey::descending("contracted_usd_m"),
            SortKey::ascending("district"),
        ];
        assert_eq!(
            describe_sort(&table, &keys),
            "Contracted (descending), then District (ascending)"
        );
        assert_eq!(
            describe_sort(&table, &[SortKey::ascending("nope")]),
            "table order"
        );
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
