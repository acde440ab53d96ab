//! Writers for what the user is looking at: the current selection's rows (CSV, TSV, XLSX, JSON, RON, and TSV for
//! the clipboard) and the breakdown and cross-tab as shown (CSV, XLSX). Each writes to `impl Write`; files are written through a temporary
//! file in the target folder and renamed into place, so a failed export never damages an existing file.
//!
//! Self-describing formats (XLSX's About sheet, JSON's and RON's `meta`) all say the same things, taken from one
//! [`ExportMeta`]. Must not depend on egui, eframe or rfd.

mod chart_data;
mod clipboard;
pub mod delimited;
mod file_name;
mod parts;
pub mod pdf;
pub mod png;
mod ranking;
mod row_delimited;
mod tables;
pub mod timestamp;
mod xlsx;

use std::fs::Permissions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};

pub use chart_data::{ChartDataExport, export_chart_data_to_file};
pub use clipboard::rows_as_tsv;
pub use file_name::{MAX_STEM_LEN, default_file_stem, export_file_stem, slugify};
pub use parts::{STALE_PART_AGE, remove_stale_parts, write_files_atomically};
pub use ranking::RankingExport;
pub use tables::{
    BreakdownExport, CrossTabExport, TableFormat, export_breakdown_to_file,
    export_cross_tab_to_file,
};
pub use timestamp::utc_timestamp;
pub use xlsx::MAX_DATA_ROWS as MAX_XLSX_ROWS;

use crate::format::{Currency, MoneyFormat, Scale};
use crate::i18n::Lang;
use crate::model::bands::SYNTHETIC_LABEL;
use crate::model::{Cell, ColumnId, ColumnKind, Dataset, ProjectTable};
use crate::query::{Filter, Names, SortKey, labels};
use crate::tr;

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

/// Why an export failed. Worded for a reader by [`ExportError::message_in`]; `Display` is the English wording.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file could not be created, written or renamed into place.
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// More rows than an Excel sheet holds.
    #[error("{} rows do not fit in an Excel sheet (at most {}); narrow the filter or export to CSV instead", crate::format::count(*rows), crate::format::count(*limit))]
    TooManyRows { rows: usize, limit: usize },
    /// More columns than an Excel sheet holds.
    #[error("{} columns do not fit in an Excel sheet (at most {}); export to CSV instead", crate::format::count(*columns), crate::format::count(*limit))]
    TooManyColumns { columns: usize, limit: usize },
    /// A file name whose extension no writer of this kind knows.
    #[error("{path}: unknown file type; use one of {extensions}")]
    UnknownType { path: String, extensions: String },
    /// A deck was asked for with no story chosen.
    #[error("no story was chosen for the deck")]
    NoStory,
    /// A library could not encode the data (its own words, quoted as a detail).
    #[error("cannot encode the export: {0}")]
    Encode(String),
}

impl ExportError {
    /// The reason in `lang`, for the notice "The export failed: …" and the CLI. A library's or the system's own
    /// detail (an I/O or encoder message) stays as it said it.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            ExportError::Io { path, source } => {
                tr!(
                    lang,
                    "export-error-io",
                    path = path.as_str(),
                    detail = source.to_string()
                )
            }
            ExportError::TooManyRows { rows, limit } => tr!(
                lang,
                "export-error-too-many-rows",
                rows = crate::format::count(*rows),
                limit = crate::format::count(*limit)
            ),
            ExportError::TooManyColumns { columns, limit } => tr!(
                lang,
                "export-error-too-many-columns",
                columns = crate::format::count(*columns),
                limit = crate::format::count(*limit)
            ),
            ExportError::UnknownType { path, extensions } => tr!(
                lang,
                "export-error-unknown-type",
                path = path.as_str(),
                extensions = extensions.as_str()
            ),
            ExportError::NoStory => tr!(lang, "export-error-no-story"),
            ExportError::Encode(detail) => {
                tr!(lang, "export-error-encode", detail = detail.as_str())
            }
        }
    }
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

/// The last column of a CSV/TSV of rows whenever the data is synthetic: "synthetic sample" or the row's source,
/// on every row. A plain column, so every CSV reader still reads the file.
pub const DATA_STATUS_COLUMN: &str = "data_status";

/// The title every self-describing export carries (in English; the catalogue's `export-title` in others).
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
    /// Project and investor names as written (pseudonyms while client-safe is on).
    pub names: Names<'a>,
}

/// What a self-describing export says about itself: the XLSX About sheet ([`ExportMeta::about`]) and the `meta`
/// object of JSON and RON exports carry the same fields.
///
/// The field names stay English in every language (JSON and RON are read by programs); the values are in the
/// export's `language`, which the meta names.
#[derive(Clone, Debug, Serialize)]
pub struct ExportMeta {
    pub title: String,
    /// The language of the file's headers, sheet names and of these values: `"en"`, `"zh-Hans"`, `"zh-Hant"`.
    pub language: Lang,
    /// What the file holds, e.g. "Breakdown by sector".
    pub contents: String,
    /// Where the rows came from ([`crate::model::Provenance::describe`]).
    pub source: String,
    pub synthetic: bool,
    /// The synthetic-sample label, or "Your data".
    pub data: String,
    /// The active filters in words ([`Filter::describe_in`]).
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
    /// Lines an export adds to its About sheet after the usual ones (the score's weights and formula).
    #[serde(skip)]
    pub extra: Vec<(String, String)>,
}

impl ExportMeta {
    /// The English description of an export of `rows_selected` rows of `dataset`, stamped with the current
    /// time.
    pub fn new(
        dataset: &Dataset,
        filter: &Filter,
        rows_selected: usize,
        contents: String,
        sort: String,
        money: MoneyFormat,
    ) -> Self {
        Self::new_in(
            Lang::En,
            dataset,
            filter,
            rows_selected,
            contents,
            sort,
            money,
        )
    }

    /// The description in `lang`: filters with the reference names in the reader's script, units as the
    /// reader counts them. `contents` and `sort` come already in `lang`.
    pub fn new_in(
        lang: Lang,
        dataset: &Dataset,
        filter: &Filter,
        rows_selected: usize,
        contents: String,
        sort: String,
        money: MoneyFormat,
    ) -> Self {
        let synthetic = dataset.provenance.is_synthetic;
        Self {
            title: match lang {
                Lang::En => EXPORT_TITLE.to_owned(),
                _ => tr!(lang, "export-title"),
            },
            language: lang,
            contents,
            source: labels::provenance_in(&dataset.provenance, lang),
            synthetic,
            data: match (synthetic, lang) {
                (true, Lang::En) => SYNTHETIC_LABEL.to_owned(),
                (true, _) => tr!(lang, "data-synthetic-long"),
                (false, _) => tr!(lang, "export-your-data"),
            },
            filters: filter.describe_in(lang, Some(dataset)),
            rows_selected,
            rows_total: dataset.projects.len(),
            sort,
            amounts_unit: money.unit_in(lang),
            units: units_in_words(money, lang),
            currency_note: currency_note(dataset, money, lang),
            app_version: env!("CARGO_PKG_VERSION"),
            exported_at: utc_timestamp(SystemTime::now()),
            extra: Vec::new(),
        }
    }

    /// The About sheet's `(field, value)` lines, in reading order and in the meta's language.
    pub fn about(&self) -> Vec<(String, String)> {
        let lang = self.language;
        let mut lines = vec![
            (tr!(lang, "about-field-title"), self.title.clone()),
            (tr!(lang, "about-field-contents"), self.contents.clone()),
            (tr!(lang, "about-field-source"), self.source.clone()),
            (tr!(lang, "about-field-data"), self.data.clone()),
            (tr!(lang, "about-field-filters"), self.filters.clone()),
            (
                tr!(lang, "about-field-rows"),
                tr!(
                    lang,
                    "about-rows",
                    shown = self.rows_selected,
                    total = self.rows_total
                ),
            ),
        ];
        if !self.sort.is_empty() {
            lines.push((tr!(lang, "about-field-sort"), self.sort.clone()));
        }
        lines.push((tr!(lang, "about-field-units"), self.units.clone()));
        if let Some(note) = &self.currency_note {
            lines.push((tr!(lang, "about-field-currency-note"), note.clone()));
        }
        lines.push((
            tr!(lang, "about-field-app-version"),
            format!("invest-explorer {}", self.app_version),
        ));
        lines.push((
            tr!(lang, "about-field-exported-at"),
            self.exported_at.clone(),
        ));
        lines.extend(
            self.extra
                .iter()
                .map(|(field, value)| (field.clone(), value.clone())),
        );
        lines
    }
}

/// The sidecar of a CSV/TSV: `finance.csv` ⇒ `finance.about.txt`, in the same folder.
pub fn sidecar_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "export".into(), |stem| stem.to_string_lossy());
    path.with_file_name(format!("{stem}.about.txt"))
}

/// What a CSV/TSV cannot say inside itself without breaking plain readers, as text for the sidecar: the
/// About sheet's lines (filters in words, "N of M projects", units, source, date), one `Field: value` a line.
pub fn sidecar_text(meta: &ExportMeta, data_status_column: bool) -> String {
    let mut text = String::new();
    for (field, value) in meta.about() {
        text.push_str(&field);
        text.push_str(": ");
        text.push_str(&value);
        text.push('\n');
    }
    if data_status_column {
        text.push_str(&format!(
            "Column {DATA_STATUS_COLUMN}: on every row, \"{}\" or the row's own source.\n",
            tr!(meta.language, "data-synthetic")
        ));
    }
    text
}

/// Writes [`sidecar_text`] to [`sidecar_path`] of `data_path` (atomically, like every export); returns its path.
fn write_sidecar(
    data_path: &Path,
    meta: &ExportMeta,
    data_status_column: bool,
) -> Result<PathBuf, ExportError> {
    let path = sidecar_path(data_path);
    let text = sidecar_text(meta, data_status_column);
    write_atomically(&path, |out| {
        out.write_all(text.as_bytes()).map_err(io_error)
    })?;
    Ok(path)
}

/// "Amounts in USD millions (USD m)", "金额单位：万美元".
fn units_in_words(money: MoneyFormat, lang: Lang) -> String {
    let unit = money.unit_in(lang);
    if lang != Lang::En {
        return tr!(lang, "money-amounts-in", unit = unit);
    }
    let scale = match money.scale {
        Scale::Billions => "billions",
        Scale::Wan => "ten thousands",
        Scale::Yi => "hundred millions",
        Scale::Auto | Scale::Millions => "millions",
    };
    format!("Amounts in {} {scale} ({unit})", money.currency.code())
}

/// For amounts shown in CNY or HKD: which rates converted them, and where the rates come from.
fn currency_note(dataset: &Dataset, money: MoneyFormat, lang: Lang) -> Option<String> {
    let rates = &dataset.reference.rates;
    let (series, source) = match money.currency {
        Currency::Usd => return None,
        Currency::Cny => (&rates.series, &rates.source),
        Currency::Hkd => (&rates.hkd.series, &rates.hkd.source),
    };
    Some(tr!(
        lang,
        "export-currency-note",
        series = series.as_str(),
        source = source.as_str()
    ))
}

/// The sort in English words, e.g. "Contracted (descending), then Year (ascending)"; "table order" when
/// unsorted. Keys naming no column are left out, as [`crate::query::sort_rows`] ignores them.
pub fn describe_sort(table: &ProjectTable, keys: &[SortKey]) -> String {
    describe_sort_in(table, keys, Lang::En)
}

/// The sort in `lang`: "合同外资（降序），然后 年份（升序）".
pub fn describe_sort_in(table: &ProjectTable, keys: &[SortKey], lang: Lang) -> String {
    let parts: Vec<String> = keys
        .iter()
        .filter_map(|key| {
            let column = table.find_column(&key.column)?;
            let title = column_title_in(table, column, lang);
            Some(if key.descending {
                tr!(lang, "export-sort-descending", column = title)
            } else {
                tr!(lang, "export-sort-ascending", column = title)
            })
        })
        .collect();
    if parts.is_empty() {
        tr!(lang, "export-sort-none")
    } else {
        parts.join(&tr!(lang, "export-sort-then"))
    }
}

pub use crate::query::labels::column_title_in;

/// The header of a row export's column in `lang`. English keeps the field keys (`contracted_usd_m`) in
/// CSV and TSV, so the file loads back with no mapping; Chinese readers get titles with the unit,
/// `合同外资（百万美元）`, which the loader reads back too.
fn delimited_header(table: &ProjectTable, column: ColumnId, lang: Lang) -> String {
    match lang {
        Lang::En => table.column_name(column).to_owned(),
        _ => row_column_header(table, column, lang),
    }
}

/// The title of a row export's column with the unit of amounts: `Contracted (USD m)`, `合同外资（百万美元）`.
pub(crate) fn row_column_header(table: &ProjectTable, column: ColumnId, lang: Lang) -> String {
    let title = column_title_in(table, column, lang);
    if table.column_kind(column) == ColumnKind::Amount {
        tr!(
            lang,
            "export-column-with-unit",
            title = title,
            unit = tr!(lang, "export-row-amounts-unit")
        )
    } else {
        title
    }
}

impl RowExport<'_> {
    /// The value of one cell as exported: the stored value, or a pseudonym for a name while client-safe is on.
    /// `pseudonym` holds the replacement text the returned cell borrows.
    pub(crate) fn cell<'s>(
        &'s self,
        column: ColumnId,
        row: usize,
        pseudonym: &'s mut Option<String>,
    ) -> Cell<'s> {
        *pseudonym = self.names.replacement(column, row);
        match pseudonym {
            Some(text) => Cell::Text(text),
            None => self.dataset.projects.cell(column, row),
        }
    }

    /// What the export says about itself in English: JSON's and RON's `meta`, XLSX's About sheet.
    pub fn meta(&self) -> ExportMeta {
        self.meta_in(Lang::En)
    }

    /// What the export says about itself in `lang`.
    pub fn meta_in(&self, lang: Lang) -> ExportMeta {
        ExportMeta::new_in(
            lang,
            self.dataset,
            self.filter,
            self.rows.len(),
            tr!(lang, "export-contents-rows"),
            describe_sort_in(&self.dataset.projects, self.sort, lang),
            MoneyFormat::default(),
        )
    }

    /// Writes the rows in `format`, in English.
    pub fn write(&self, format: RowFormat, out: impl Write) -> Result<(), ExportError> {
        self.write_in(format, Lang::En, out)
    }

    /// Whether a plain CSV/TSV of these rows needs a [`DATA_STATUS_COLUMN`]: whenever any of the data is
    /// synthetic, so that a file mailed on without its sidecar still says so on every row.
    fn needs_data_status(&self) -> bool {
        self.dataset.provenance.is_synthetic
            || self.rows.iter().any(|&row| {
                self.dataset.projects.is_synthetic.get(row as usize) == Some(&Some(true))
            })
    }

    /// Writes the rows to `path` in `format` and `lang` through a temporary file; a CSV or TSV gets its sidecar
    /// `NAME.about.txt` beside it, whose path is returned.
    pub fn write_file(
        &self,
        format: RowFormat,
        lang: Lang,
        path: &Path,
    ) -> Result<Option<PathBuf>, ExportError> {
        write_atomically(path, |out| self.write_in(format, lang, out))?;
        match format {
            RowFormat::Csv | RowFormat::Tsv => {
                write_sidecar(path, &self.meta_in(lang), self.needs_data_status()).map(Some)
            }
            RowFormat::Xlsx | RowFormat::Json | RowFormat::Ron => Ok(None),
        }
    }

    /// Writes the rows in `format`, headers, sheet names and About sheet in `lang`. JSON and RON keep their
    /// field names (the column keys) in every language and say the language in `meta`.
    pub fn write_in(
        &self,
        format: RowFormat,
        lang: Lang,
        out: impl Write,
    ) -> Result<(), ExportError> {
        match format {
            RowFormat::Csv => self.write_delimited(b',', lang, out),
            RowFormat::Tsv => self.write_delimited(b'\t', lang, out),
            RowFormat::Xlsx => xlsx::write_rows(self, lang, out),
            RowFormat::Json => {
                serde_json::to_writer_pretty(out, &self.document(lang)).map_err(|e| {
                    // A full disk is an I/O error with the file's name, not "cannot encode".
                    if e.is_io() {
                        io_error(e.into())
                    } else {
                        ExportError::Encode(e.to_string())
                    }
                })
            }
            RowFormat::Ron => {
                let text = ron::ser::to_string_pretty(
                    &self.document(lang),
                    ron::ser::PrettyConfig::default(),
                )
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
    fn write_delimited(
        &self,
        delimiter: u8,
        lang: Lang,
        out: impl Write,
    ) -> Result<(), ExportError> {
        row_delimited::write(self, delimiter, lang, out)
    }

    fn document(&self, lang: Lang) -> ExportDocument<'_> {
        ExportDocument {
            meta: self.meta_in(lang),
            rows: RowsAsMaps(self),
        }
    }
}

/// Prefixes text that begins with `=`, `+`, `-`, `@`, tab or carriage return with `'`, so spreadsheets show it
/// as text instead of running it.
pub fn neutralise_formula(text: &str) -> String {
    if looks_like_formula(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Whether a spreadsheet would run `text` as a formula: what [`neutralise_formula`] guards against.
pub(crate) fn looks_like_formula(text: &str) -> bool {
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
            let mut pseudonym = None;
            match self.export.cell(column, self.row, &mut pseudonym) {
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
    // Parts a killed export left behind (some of 100 MB) go now, while we write into the same folder.
    remove_stale_parts(folder, STALE_PART_AGE);
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(parts::PART_PREFIX)
        .suffix(parts::PART_SUFFIX);
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
    export_rows_to_file_in(export, path, Lang::En)
}

/// Exports rows to `path` in `lang` (see [`RowExport::write_in`]).
pub fn export_rows_to_file_in(
    export: &RowExport<'_>,
    path: &Path,
    lang: Lang,
) -> Result<(), ExportError> {
    let format = RowFormat::from_path(path).ok_or_else(|| ExportError::UnknownType {
        path: path.display().to_string(),
        extensions: extension_list(RowFormat::ALL.map(RowFormat::extension)),
    })?;
    export.write_file(format, lang, path).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_error_is_worded_in_each_language() {
        let error = ExportError::TooManyRows {
            rows: 2_000_000,
            limit: 1_048_575,
        };
        assert_eq!(error.message_in(Lang::En), error.to_string());
        assert!(
            error
                .message_in(Lang::ZhHans)
                .contains("2,000,000 行超出 Excel")
        );
        assert!(error.message_in(Lang::ZhHant).contains("請縮小篩選範圍"));
        let columns = ExportError::TooManyColumns {
            columns: 20_000,
            limit: 16_384,
        };
        assert_eq!(columns.message_in(Lang::En), columns.to_string());
        assert_eq!(
            ExportError::NoStory.message_in(Lang::En),
            ExportError::NoStory.to_string()
        );
    }

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
            units_in_words(MoneyFormat::default(), Lang::En),
            "Amounts in USD millions (USD m)"
        );
        let cny_bn = MoneyFormat {
            currency: Currency::Cny,
            scale: Scale::Billions,
        };
        assert_eq!(
            units_in_words(cny_bn, Lang::En),
            "Amounts in CNY billions (CNY bn)"
        );

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
        let about = meta.about();
        let fields: Vec<&str> = about.iter().map(|(field, _)| field.as_str()).collect();
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
