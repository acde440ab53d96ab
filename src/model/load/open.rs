//! Opening a consultant's file: detect its format, encoding and layout, guess the column mapping, then load it
//! into a project table with a quality report.
//!
//! Two steps, so the UI can show the mapping dialog in between: [`inspect`] reads only what it needs to describe
//! the file (the header and a preview), [`load_table`] reads every row. Both take the same [`OpenOptions`], which
//! hold whatever the user overrode. [`OpenedFile`] does both on one read and decode of the file (the window keeps it
//! while the dialog is open). Must not depend on egui, eframe or rfd.

use std::borrow::Cow;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

use super::blocks::{BlockPlan, BodyError, BodyReader, line_breaks};
use super::builder::{Record, RecordLayout};
use super::mapping::Mapping;
use super::quality::{InvalidValue, QualityReport};
use super::sheet::{self, RawRows};
use super::sniff::{self, Dialect, TextEncoding};
use super::values::{self, DecimalSeparator};
use crate::model::error::{Expected, LoadError, Problem};
use crate::model::reference::RateTable;
use crate::model::table::ProjectTable;

/// How many rows the mapping dialog previews.
pub const PREVIEW_ROWS: usize = 12;

/// How many rows decide a column's inferred type.
const TYPE_SAMPLE_ROWS: usize = 500;

/// At most this many cells of a spreadsheet's sample decide its column types (a very wide sheet samples fewer rows).
const TYPE_SAMPLE_CELLS: usize = 1 << 20;

/// Delimited UTF-8 files larger than this are streamed: inspected from their first [`STREAM_PREFIX_BYTES`], then
/// read block by block at the load, never whole.
const STREAM_FROM_BYTES: usize = 16 << 20;

/// The start of a streamed file that inspection reads: the dialect sniffer's sample, the header and the type
/// sample, with room to spare.
const STREAM_PREFIX_BYTES: usize = 4 << 20;

/// How often (in rows) the loader reports progress and checks for Cancel.
const PROGRESS_EVERY: usize = 16 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileFormat {
    /// CSV, TSV or any delimited text.
    Delimited,
    /// XLSX, XLSM, XLSB, XLS or ODS.
    Workbook,
    Json,
    Ron,
}

impl FileFormat {
    /// Every file extension [`FileFormat::detect`] knows, for the Open dialog's filter.
    pub const EXTENSIONS: [&'static str; 11] = [
        "csv", "tsv", "txt", "tab", "xlsx", "xlsm", "xlsb", "xls", "ods", "json", "ron",
    ];

    /// The format a known extension stands for (lower case), before the content is looked at.
    fn of_extension(extension: &str) -> Option<FileFormat> {
        match extension {
            "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Some(FileFormat::Workbook),
            "json" => Some(FileFormat::Json),
            "ron" => Some(FileFormat::Ron),
            "csv" | "tsv" | "txt" | "tab" => Some(FileFormat::Delimited),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FileFormat::Delimited => "delimited text",
            FileFormat::Workbook => "spreadsheet",
            FileFormat::Json => "JSON",
            FileFormat::Ron => "RON",
        }
    }

    /// By content, then by extension: a workbook's ZIP or OLE signature first (a workbook saved under a .csv name
    /// is still a workbook), then the extension, except that a "workbook" whose bytes are plain text (the tab- or
    /// comma-separated .xls that bank and ERP systems download) is read as text; a web page saved as .xls stays a
    /// workbook, whose reader says what it is. Without a known extension, JSON's opening bracket.
    pub fn detect(path: &str, bytes: &[u8]) -> FileFormat {
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
            return FileFormat::Workbook;
        }
        let extension = std::path::Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref().and_then(FileFormat::of_extension) {
            Some(FileFormat::Workbook) => {
                return if sheet::markup_kind(bytes).is_none() && sniff::looks_like_text(bytes) {
                    FileFormat::Delimited
                } else {
                    FileFormat::Workbook
                };
            }
            Some(format) => return format,
            None => {}
        }
        match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{' | b'[') => FileFormat::Json,
            _ => FileFormat::Delimited,
        }
    }
}

/// What the user chose in the mapping dialog (or on the command line); `None` means "detect".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OpenOptions {
    pub encoding: Option<TextEncoding>,
    pub delimiter: Option<u8>,
    /// Records above the header (title lines).
    pub header_row: Option<usize>,
    pub decimal: Option<DecimalSeparator>,
    pub sheet: Option<usize>,
    pub mapping: Option<Mapping>,
}

/// The type a column's values look like, from a sample of rows (the rule the loader types columns by).
pub type ColumnType = values::ValueKind;

/// Everything detected about a file: shown in the mapping dialog and by `invest-explorer inspect`.
#[derive(Clone, Debug, Serialize)]
pub struct Detected {
    pub format: FileFormat,
    /// For text formats.
    pub encoding: Option<TextEncoding>,
    /// For delimited text.
    pub dialect: Option<Dialect>,
    /// For workbooks.
    pub sheet_names: Vec<String>,
    pub sheet: usize,
    pub headers: Vec<String>,
    /// The 1-based line of the header.
    pub header_line: u64,
    /// Records above the header (title lines), in the file's own counting: CSV records or sheet rows.
    pub header_record: usize,
    pub preview: Vec<Vec<String>>,
    pub column_types: Vec<ColumnType>,
    /// The user's mapping when given, else the guess.
    pub mapping: Mapping,
    /// Every header is one of the app's own column names: no mapping dialog needed.
    pub own_format: bool,
    /// The overrides this was detected with (without the mapping).
    pub requested: OpenOptions,
}

impl Detected {
    /// The options that reproduce this detection (for reloading the same file the same way).
    /// The user's overrides (not what was detected, so a file re-saved differently is detected afresh) and the
    /// mapping, which applies again only while the header stays the same.
    pub fn options(&self) -> OpenOptions {
        OpenOptions {
            mapping: Some(self.mapping.clone()),
            ..self.requested.clone()
        }
    }
}

/// Load progress, shared with the UI thread: rows and bytes read so far, and the Cancel flag.
#[derive(Debug, Default)]
pub struct Progress {
    pub rows: AtomicUsize,
    pub bytes: AtomicUsize,
    pub total_bytes: AtomicUsize,
    cancelled: AtomicBool,
}

impl Progress {
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// A file read into a project table.
pub struct Loaded {
    pub table: ProjectTable,
    pub report: QualityReport,
    pub detected: Detected,
}

/// A file's content, decoded (text formats) or parsed (workbooks, JSON, RON) far enough to find its rows.
enum Source<'a> {
    Delimited {
        /// The whole text, or a streamed file's first complete lines.
        text: Cow<'a, str>,
        encoding: TextEncoding,
        dialect: Dialect,
        /// A streamed file: where the rest of it is.
        rest: Option<StreamedRest>,
    },
    Rows {
        rows: RawRows,
        encoding: Option<TextEncoding>,
        sheet_names: Vec<String>,
        sheet: usize,
        header_row: usize,
    },
}

fn open_source<'a>(
    bytes: &'a [u8],
    path: &str,
    options: &OpenOptions,
) -> Result<(FileFormat, Source<'a>), LoadError> {
    let format = FileFormat::detect(path, bytes);
    let source = match format {
        FileFormat::Delimited => {
            delimited_source(sniff::decode(bytes, path, options.encoding)?, options)
        }
        FileFormat::Workbook | FileFormat::Json | FileFormat::Ron => {
            rows_source(format, bytes, path, options)?
        }
    };
    Ok((format, source))
}

/// [`open_source`] of bytes given up to it, so that the result outlives them: a text file's bytes become its text
/// (no copy when they are UTF-8); a workbook's, JSON's or RON's rows own their cells anyway.
fn open_source_owned(
    bytes: Vec<u8>,
    path: &str,
    options: &OpenOptions,
) -> Result<(FileFormat, Source<'static>), LoadError> {
    let format = FileFormat::detect(path, &bytes);
    let source = match format {
        FileFormat::Delimited => {
            delimited_source(sniff::decode_owned(bytes, path, options.encoding)?, options)
        }
        FileFormat::Workbook | FileFormat::Json | FileFormat::Ron => {
            rows_source(format, &bytes, path, options)?
        }
    };
    Ok((format, source))
}

/// The rows of a workbook, JSON or RON file.
fn rows_source(
    format: FileFormat,
    bytes: &[u8],
    path: &str,
    options: &OpenOptions,
) -> Result<Source<'static>, LoadError> {
    if format == FileFormat::Workbook {
        let workbook = sheet::read_workbook(bytes, path, options.sheet)?;
        let header_row = options.header_row.unwrap_or_else(|| {
            sniff::find_header_row(&workbook.rows.dense(0..sniff::HEADER_ROWS_LOOKED_AT))
        });
        return Ok(Source::Rows {
            rows: workbook.rows,
            encoding: None,
            sheet_names: workbook.sheet_names,
            sheet: workbook.sheet,
            header_row,
        });
    }
    let decoded = sniff::decode(bytes, path, options.encoding)?;
    let rows = if format == FileFormat::Json {
        sheet::read_json_records(&decoded.text, path)?
    } else {
        sheet::read_ron_records(&decoded.text, path)?
    };
    Ok(Source::Rows {
        rows,
        encoding: Some(decoded.encoding),
        sheet_names: Vec::new(),
        sheet: 0,
        header_row: 0,
    })
}

/// Decoded delimited text, with the dialect sniffed from it and overridden by `options`.
fn delimited_source<'a>(decoded: sniff::Decoded<'a>, options: &OpenOptions) -> Source<'a> {
    let mut dialect = sniff::sniff_dialect(&decoded.text);
    if let Some(delimiter) = options.delimiter {
        dialect.delimiter = delimiter;
    }
    if let Some(header_row) = options.header_row {
        dialect.header_record = header_row;
    }
    if let Some(decimal) = options.decimal {
        dialect.decimal = decimal;
    }
    Source::Delimited {
        text: decoded.text,
        encoding: decoded.encoding,
        dialect,
        rest: None,
    }
}

/// A streamed file: the body is read from the file at the load, after the bytes inspection saw are checked.
struct StreamedRest {
    path: PathBuf,
    /// The file's first bytes (any byte-order mark, title lines, the header), up to the body: the load goes on
    /// only while they are the same.
    head: Vec<u8>,
}

/// The header and the start of the body of delimited text.
struct DelimitedStart {
    headers: Vec<String>,
    header_line: u64,
    /// The header ends in a delimiter ("name,amount,"), so rows may leave out its last, unnamed column.
    optional_last: bool,
    /// Byte offset of the first record after the header.
    body_start: usize,
}

fn delimited_start(text: &str, dialect: &Dialect, path: &str) -> Result<DelimitedStart, LoadError> {
    let bytes = text.as_bytes();
    let mut reader = sniff::reader_builder(dialect).from_reader(bytes);
    let mut record = ::csv::ByteRecord::new();
    let mut header_start = 0;
    for _ in 0..=dialect.header_record {
        let previous_end = usize::try_from(reader.position().byte()).unwrap_or(0);
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return Err(LoadError::Empty { path: path.into() }),
            Err(error) => return Err(csv_error(path, &error, 0)),
        }
        // Where the record starts, after any blank lines the reader skipped.
        header_start = bytes
            .get(previous_end..)
            .and_then(|rest| rest.iter().position(|b| *b != b'\n' && *b != b'\r'))
            .map_or(bytes.len(), |skip| previous_end + skip);
    }
    // Counted from the bytes, as for the rows, so blank lines above the header count too.
    let header_line = line_breaks(&bytes[..header_start.min(bytes.len())]) + 1;
    let headers: Vec<&str> = (0..record.len())
        .map(|c| Record::cell(&record, c))
        .collect();
    // A header ending in a delimiter ("name,amount,"): a notes column Excel left unnamed, which rows may or may not
    // fill (and so may or may not end with a delimiter).
    let optional_last = headers.len() > 1 && headers.last().is_some_and(|h| h.trim().is_empty());
    let headers = header_names(&headers);
    let mut body_start = usize::try_from(reader.position().byte())
        .unwrap_or(text.len())
        .min(text.len());
    // The reader may stop between the CR and LF of a CRLF: keep the pair together so it counts as one line break.
    if body_start > 0 && text.as_bytes().get(body_start - 1..=body_start) == Some(b"\r\n") {
        body_start += 1;
    }
    Ok(DelimitedStart {
        headers,
        header_line,
        optional_last,
        body_start,
    })
}

/// Describes a file without loading every row: format, encoding, dialect, header, preview, types, mapping guess.
pub fn inspect(bytes: &[u8], path: &str, options: &OpenOptions) -> Result<Detected, LoadError> {
    let (format, source) = open_source(bytes, path, options)?;
    describe_source(format, &source, path, options)
}

/// [`inspect`] of a file already opened (decoded once, however large).
fn describe_source(
    format: FileFormat,
    source: &Source<'_>,
    path: &str,
    options: &OpenOptions,
) -> Result<Detected, LoadError> {
    let header_record = match source {
        Source::Delimited { dialect, .. } => dialect.header_record,
        Source::Rows { header_row, .. } => *header_row,
    };
    let (headers, header_line, preview, column_types, encoding, dialect, sheet_names, sheet) =
        match source {
            Source::Delimited {
                text,
                encoding,
                dialect,
                ..
            } => {
                let start = delimited_start(text, dialect, path)?;
                let mut reader = sniff::reader_builder(dialect)
                    .from_reader(&text.as_bytes()[start.body_start..]);
                let sample: Vec<Vec<String>> = reader
                    .byte_records()
                    .take(TYPE_SAMPLE_ROWS)
                    .filter_map(Result::ok)
                    .map(|r| {
                        (0..r.len())
                            .map(|c| Record::cell(&r, c).to_owned())
                            .collect()
                    })
                    .collect();
                let types = column_types(start.headers.len(), &sample, dialect.decimal);
                (
                    start.headers,
                    start.header_line,
                    sample.into_iter().take(PREVIEW_ROWS).collect(),
                    types,
                    Some(*encoding),
                    Some(*dialect),
                    Vec::new(),
                    0,
                )
            }
            Source::Rows {
                rows,
                encoding,
                sheet_names,
                sheet,
                header_row,
            } => {
                if *header_row >= rows.len() {
                    return Err(LoadError::Empty { path: path.into() });
                }
                let header = rows.dense(*header_row..*header_row + 1);
                let headers = header_names(header.first().map_or(&[][..], Vec::as_slice));
                let header_line = rows.lines.get(*header_row).copied().unwrap_or(1);
                // A wide sheet samples fewer rows, so the sample stays small.
                let sample_rows =
                    (TYPE_SAMPLE_CELLS / rows.width().max(1)).clamp(PREVIEW_ROWS, TYPE_SAMPLE_ROWS);
                let body = header_row + 1;
                let sample = rows.dense(body..body.saturating_add(sample_rows));
                let types = column_types(headers.len(), &sample, DecimalSeparator::Point);
                let preview = sample
                    .iter()
                    .take(PREVIEW_ROWS)
                    .map(|row| row.iter().map(|cell| (*cell).to_owned()).collect())
                    .collect();
                (
                    headers,
                    header_line,
                    preview,
                    types,
                    *encoding,
                    None,
                    sheet_names.clone(),
                    *sheet,
                )
            }
        };
    // A mapping made for another header (the file changed since) would put columns in the wrong fields.
    let mapping = match &options.mapping {
        Some(mapping) if mapping.fits(&headers) => mapping.clone(),
        _ => Mapping::guess(&headers),
    };
    Ok(Detected {
        requested: OpenOptions {
            mapping: None,
            ..options.clone()
        },
        format,
        encoding,
        dialect,
        sheet_names,
        sheet,
        column_types,
        preview,
        own_format: Mapping::is_own_format(&headers),
        mapping,
        headers,
        header_line,
        header_record,
    })
}

/// Header names as the table shows them: trimmed, and a blank one named by its 1-based position ("Column 3"), so
/// a column Excel left unnamed keeps its values.
fn header_names<S: AsRef<str>>(cells: &[S]) -> Vec<String> {
    cells
        .iter()
        .enumerate()
        .map(|(i, cell)| match cell.as_ref().trim() {
            "" => format!("Column {}", i + 1),
            name => name.to_owned(),
        })
        .collect()
}

/// Each column's type, from the sample rows.
fn column_types<S: AsRef<str>>(
    columns: usize,
    sample: &[Vec<S>],
    decimal: DecimalSeparator,
) -> Vec<ColumnType> {
    (0..columns)
        .map(|column| {
            let cells = sample
                .iter()
                .map(|row| row.get(column).map_or("", AsRef::as_ref));
            values::kind_of(cells, decimal)
        })
        .collect()
}

/// Loads every row of a file through the mapping in `options` (or the guessed one), reporting progress.
pub fn load_table(
    bytes: &[u8],
    path: &str,
    options: &OpenOptions,
    rates: &RateTable,
    progress: &Progress,
) -> Result<Loaded, LoadError> {
    progress.total_bytes.store(bytes.len(), Ordering::Relaxed);
    let (format, source) = open_source(bytes, path, options)?;
    load_source(format, source, bytes.len(), path, options, rates, progress).map_err(|error| {
        match error {
            BodyError::Load(error) => error,
            BodyError::ReadWholeFile => text_in_memory_not_utf8(path),
        }
    })
}

/// Cannot happen: text in memory was decoded to UTF-8 before it was parsed. Said as a parser failure, not a panic.
fn text_in_memory_not_utf8(path: &str) -> LoadError {
    LoadError::Format {
        path: path.into(),
        problem: Problem::ParserThread { detail: None },
    }
}

/// A file read and decoded once, to be inspected and then loaded from what inspection decoded: the window's open
/// neither reads nor decodes the file a second time. Holds the decoded text (delimited files) or the rows.
pub struct OpenedFile {
    path: String,
    format: FileFormat,
    source: Source<'static>,
    file_bytes: usize,
    /// The overrides it was opened with, without a mapping (which only the load applies).
    options: OpenOptions,
}

impl std::fmt::Debug for OpenedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenedFile")
            .field("path", &self.path)
            .field("format", &self.format)
            .field("file_bytes", &self.file_bytes)
            .finish_non_exhaustive()
    }
}

impl OpenedFile {
    /// Detects the format and decodes `bytes` (a file's whole content, given up) with `options`' overrides.
    pub fn read(bytes: Vec<u8>, path: &str, options: &OpenOptions) -> Result<Self, LoadError> {
        let file_bytes = bytes.len();
        let (format, source) = open_source_owned(bytes, path, options)?;
        Ok(Self {
            path: path.to_owned(),
            format,
            source,
            file_bytes,
            options: OpenOptions {
                mapping: None,
                ..options.clone()
            },
        })
    }

    /// Opens the file at `path`. A large delimited UTF-8 file is inspected from its start and streamed by the load,
    /// so it never sits in memory whole; any other file is read and decoded whole, as by [`Self::read`].
    pub fn open(
        path: &Path,
        options: &OpenOptions,
        progress: &Progress,
    ) -> Result<Self, LoadError> {
        Self::open_streaming_from(
            path,
            options,
            progress,
            STREAM_FROM_BYTES,
            STREAM_PREFIX_BYTES,
        )
    }

    /// [`Self::open`] with the sizes that decide streaming (tests stream small files).
    fn open_streaming_from(
        path: &Path,
        options: &OpenOptions,
        progress: &Progress,
        stream_from: usize,
        prefix_bytes: usize,
    ) -> Result<Self, LoadError> {
        let name = path.display().to_string();
        let io = |source| LoadError::Io {
            path: name.clone(),
            source,
        };
        let mut file = std::fs::File::open(path).map_err(io)?;
        let size = file.metadata().map_err(io)?.len();
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        progress.total_bytes.store(size, Ordering::Relaxed);
        if size > stream_from {
            let mut prefix = Vec::with_capacity(prefix_bytes);
            (&mut file)
                .take(prefix_bytes as u64)
                .read_to_end(&mut prefix)
                .map_err(io)?;
            if let Some(opened) = Self::streamed(&prefix, path, &name, size, options) {
                return Ok(opened);
            }
        }
        drop(file);
        let bytes = std::fs::read(path).map_err(io)?;
        Self::read(bytes, &name, options)
    }

    /// A large file opened from its first complete lines, when they show delimited UTF-8 text of which inspection
    /// sees exactly what it would see in the whole file (the sniffer's sample, the header, the type sample).
    fn streamed(
        prefix: &[u8],
        path: &Path,
        name: &str,
        file_bytes: usize,
        options: &OpenOptions,
    ) -> Option<Self> {
        if FileFormat::detect(name, prefix) != FileFormat::Delimited {
            return None;
        }
        let text_start = sniff::utf8_text_start(prefix, options.encoding)?;
        let complete = memchr::memrchr(b'\n', prefix)? + 1;
        let text = std::str::from_utf8(prefix.get(text_start..complete)?).ok()?;
        // The dialect must come from the same sample as the whole file's.
        if !sniff::sniffs_a_start_only(text) {
            return None;
        }
        let decoded = sniff::Decoded {
            text: Cow::Owned(text.to_owned()),
            encoding: TextEncoding::Utf8,
            had_bom: text_start > 0,
        };
        let Source::Delimited {
            text,
            encoding,
            dialect,
            ..
        } = delimited_source(decoded, options)
        else {
            return None;
        };
        let start = delimited_start(&text, &dialect, name).ok()?;
        let sampled = sniff::reader_builder(&dialect)
            .from_reader(&text.as_bytes()[start.body_start..])
            .byte_records()
            .take(TYPE_SAMPLE_ROWS + 1)
            .count();
        if sampled <= TYPE_SAMPLE_ROWS {
            return None;
        }
        let head = prefix.get(..text_start + start.body_start)?.to_vec();
        Some(Self {
            path: name.to_owned(),
            format: FileFormat::Delimited,
            source: Source::Delimited {
                text,
                encoding,
                dialect,
                rest: Some(StreamedRest {
                    path: path.to_owned(),
                    head,
                }),
            },
            file_bytes,
            options: OpenOptions {
                mapping: None,
                ..options.clone()
            },
        })
    }

    /// What [`inspect`] says of the file, with the options it was read with and `mapping` (else the guess).
    pub fn inspect(&self, mapping: Option<&Mapping>) -> Result<Detected, LoadError> {
        describe_source(self.format, &self.source, &self.path, &self.with(mapping))
    }

    /// What [`load_table`] gives for the file, with the options it was read with and `mapping` (else the guess).
    /// A streamed file whose rest is not UTF-8 after all, or whose start changed since it was inspected, is read
    /// again whole (its start may then describe it differently, which the mapping's check allows for).
    pub fn load(
        self,
        mapping: Option<&Mapping>,
        rates: &RateTable,
        progress: &Progress,
    ) -> Result<Loaded, LoadError> {
        progress
            .total_bytes
            .store(self.file_bytes, Ordering::Relaxed);
        let options = self.with(mapping);
        let streamed = match &self.source {
            Source::Delimited {
                rest: Some(rest), ..
            } => Some(rest.path.clone()),
            _ => None,
        };
        let loaded = load_source(
            self.format,
            self.source,
            self.file_bytes,
            &self.path,
            &options,
            rates,
            progress,
        );
        match (loaded, streamed) {
            (Ok(loaded), _) => Ok(loaded),
            (Err(BodyError::Load(error)), _) => Err(error),
            (Err(BodyError::ReadWholeFile), Some(file)) => {
                progress.rows.store(0, Ordering::Relaxed);
                progress.bytes.store(0, Ordering::Relaxed);
                let bytes = std::fs::read(&file).map_err(|source| LoadError::Io {
                    path: self.path.clone(),
                    source,
                })?;
                Self::read(bytes, &self.path, &self.options)?.load(mapping, rates, progress)
            }
            (Err(BodyError::ReadWholeFile), None) => Err(text_in_memory_not_utf8(&self.path)),
        }
    }

    #[cfg(test)]
    fn is_streamed(&self) -> bool {
        matches!(&self.source, Source::Delimited { rest: Some(_), .. })
    }

    fn with(&self, mapping: Option<&Mapping>) -> OpenOptions {
        OpenOptions {
            mapping: mapping.cloned(),
            ..self.options.clone()
        }
    }
}

/// Reads every row of an opened file's source into a table (`file_bytes`: the file's size, for progress). A
/// streamed file's body is read from the file, after its start is checked to be what inspection saw.
fn load_source(
    format: FileFormat,
    source: Source<'_>,
    file_bytes: usize,
    path: &str,
    options: &OpenOptions,
    rates: &RateTable,
    progress: &Progress,
) -> Result<Loaded, BodyError> {
    let detected = describe_source(format, &source, path, options)?;
    let decimal = detected
        .dialect
        .map_or(DecimalSeparator::Point, |d| d.decimal);
    let layout = |optional_last| {
        RecordLayout::new(&detected.headers, &detected.mapping, decimal, rates)
            .with_optional_last(optional_last)
    };
    let (table, report) = match source {
        Source::Delimited {
            text,
            dialect,
            rest,
            ..
        } => {
            let start = delimited_start(&text, &dialect, path)?;
            let layout = layout(start.optional_last);
            let body = BodyReader {
                dialect: &dialect,
                layout: &layout,
                path,
                progress,
                lines_before: line_breaks(&text.as_bytes()[..start.body_start]),
            };
            match rest {
                None => body.read(
                    std::io::Cursor::new(&text.as_bytes()[start.body_start..]),
                    BlockPlan::all_cores(),
                )?,
                Some(rest) => {
                    drop(text);
                    let file = reopen(&rest, path)?;
                    body.read(file, BlockPlan::all_cores())?
                }
            }
        }
        Source::Rows {
            rows, header_row, ..
        } => load_rows(
            &rows,
            header_row,
            &layout(false),
            file_bytes,
            path,
            progress,
        )?,
    };
    let mut table = table;
    table.type_extra_columns(decimal);
    progress.rows.store(report.rows_read, Ordering::Relaxed);
    progress.bytes.store(file_bytes, Ordering::Relaxed);
    if report.rows_read == 0 {
        return Err(BodyError::Load(match report.skipped.first() {
            Some(first) => LoadError::Malformed {
                path: path.into(),
                line: first.line,
                column: None,
                problem: first.problem.clone(),
            },
            None => LoadError::Malformed {
                path: path.into(),
                line: detected.header_line + 1,
                column: None,
                problem: Problem::NoRows,
            },
        }));
    }
    Ok(Loaded {
        table,
        report,
        detected,
    })
}

/// The rows of a spreadsheet, JSON or RON file below the header, into a table.
fn load_rows(
    rows: &RawRows,
    header_row: usize,
    layout: &RecordLayout,
    file_bytes: usize,
    path: &str,
    progress: &Progress,
) -> Result<(ProjectTable, QualityReport), LoadError> {
    let mut builder = layout.start(rows.len());
    let total = rows.len().max(1);
    for index in header_row + 1..rows.len() {
        let Some(record) = rows.record(index) else {
            break;
        };
        let line = rows.lines.get(index).copied().unwrap_or(index as u64 + 1);
        builder.push_record(line, &record);
        if index % PROGRESS_EVERY == 0 {
            progress.rows.store(index, Ordering::Relaxed);
            // The share of rows done, as a share of the file, so the progress bar moves.
            progress
                .bytes
                .store(file_bytes / total * index, Ordering::Relaxed);
            if progress.is_cancelled() {
                return Err(LoadError::Cancelled { path: path.into() });
            }
        }
    }
    let (table, mut report) = builder.finish();
    note_error_cells(&mut report, rows, header_row);
    report.notes.extend(rows.notes.iter().cloned());
    Ok((table, report))
}

/// Spreadsheet cells that showed an error (#DIV/0!, #REF!) are unreadable values, not blanks.
fn note_error_cells(report: &mut QualityReport, rows: &RawRows, header_row: usize) {
    let header_line = rows.lines.get(header_row).copied().unwrap_or(0);
    for (line, column, error) in &rows.error_cells {
        let Some(quality) = column
            .checked_sub(1)
            .and_then(|c| report.columns.get_mut(c))
        else {
            continue;
        };
        if *line <= header_line {
            continue;
        }
        // The reader gave the cell as blank, which the row counted as missing.
        quality.missing = quality.missing.saturating_sub(1);
        quality.invalid += 1;
        if quality.first_invalid.is_none() {
            quality.first_invalid = Some(InvalidValue {
                line: *line,
                value: error.clone(),
                expected: Expected::SpreadsheetValue,
            });
        }
    }
}

/// A streamed file opened again at its body, when its start is still what inspection read; otherwise it is to be
/// read whole.
fn reopen(rest: &StreamedRest, path: &str) -> Result<std::fs::File, BodyError> {
    let io = |source| {
        BodyError::Load(LoadError::Io {
            path: path.into(),
            source,
        })
    };
    let mut file = std::fs::File::open(&rest.path).map_err(io)?;
    let mut head = Vec::with_capacity(rest.head.len());
    (&mut file)
        .take(rest.head.len() as u64)
        .read_to_end(&mut head)
        .map_err(io)?;
    if head != rest.head {
        return Err(BodyError::ReadWholeFile);
    }
    file.seek(SeekFrom::Start(rest.head.len() as u64))
        .map_err(io)?;
    Ok(file)
}

/// A csv-crate error as a located [`LoadError`]; `lines_before` places a chunk's lines in the file.
fn csv_error(path: &str, error: &::csv::Error, lines_before: u64) -> LoadError {
    let line = lines_before + error.position().map_or(0, ::csv::Position::line);
    LoadError::Malformed {
        path: path.into(),
        line,
        column: None,
        problem: super::syntax::csv_problem(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Field, ReferenceData};

    #[test]
    fn every_listed_extension_has_a_format() {
        for extension in FileFormat::EXTENSIONS {
            assert!(FileFormat::of_extension(extension).is_some(), "{extension}");
        }
    }

    const HEADER: &str = "id,name,investor,origin,sector,sub_sector,district,year,status,contracted_usd_m,utilized_usd_m,employees,lat,lon";

    /// Loads `csv`'s body in blocks of `block_bytes` on `threads` threads, returning every cell as text and the
    /// report.
    fn load(csv: &str, block_bytes: usize, threads: usize) -> (Vec<String>, QualityReport) {
        let (dialect, start, layout) = body_layout(csv);
        let body = BodyReader {
            dialect: &dialect,
            layout: &layout,
            path: "t.csv",
            progress: &Progress::default(),
            lines_before: line_breaks(&csv.as_bytes()[..start.body_start]),
        };
        let plan = BlockPlan {
            block_bytes,
            threads,
        };
        let (table, report) = body
            .read(
                std::io::Cursor::new(&csv.as_bytes()[start.body_start..]),
                plan,
            )
            .unwrap();
        (cells_of(&table), report)
    }

    fn body_layout(csv: &str) -> (Dialect, DelimitedStart, RecordLayout) {
        let dialect = sniff::sniff_dialect(csv);
        let start = delimited_start(csv, &dialect, "t.csv").unwrap();
        let rates = ReferenceData::embedded().unwrap().rates;
        let layout = RecordLayout::new(
            &start.headers,
            &Mapping::guess(&start.headers),
            dialect.decimal,
            &rates,
        )
        .with_optional_last(start.optional_last);
        (dialect, start, layout)
    }

    fn cells_of(table: &ProjectTable) -> Vec<String> {
        let mut cells = Vec::new();
        for row in 0..table.len() {
            cells.extend(table.columns().map(|c| table.cell(c, row).to_string()));
        }
        cells
    }

    /// The naive oracle: the `csv` crate's reader over the whole body on one thread, lines counted from byte
    /// offsets, a last record without its line break and short of fields reported as truncated.
    fn load_by_csv_crate(csv: &str) -> (Vec<String>, QualityReport) {
        let (dialect, start, layout) = body_layout(csv);
        let body = &csv.as_bytes()[start.body_start..];
        let mut builder = layout.start(0);
        let mut reader = sniff::reader_builder(&dialect).from_reader(body);
        let mut record = ::csv::ByteRecord::new();
        let ends_with_newline = body.ends_with(b"\n") || body.ends_with(b"\r");
        loop {
            let previous_end = reader.position().byte() as usize;
            let record_start = body[previous_end..]
                .iter()
                .position(|b| *b != b'\n' && *b != b'\r')
                .map_or(body.len(), |skip| previous_end + skip);
            if !reader.read_byte_record(&mut record).unwrap() {
                break;
            }
            let line = line_breaks(&csv.as_bytes()[..start.body_start + record_start]) + 1;
            let at_end = reader.position().byte() as usize >= body.len();
            if at_end
                && !ends_with_newline
                && record.len() < layout.min_fields()
                && record.len() > 1
            {
                builder.skip(
                    line,
                    Problem::Truncated {
                        found: record.len(),
                        expected: layout.headers().len(),
                    },
                );
                continue;
            }
            builder.push_record(line, &record);
        }
        let (table, report) = builder.finish();
        (cells_of(&table), report)
    }

    #[test]
    fn a_mapping_for_another_header_is_not_applied_after_the_file_changed() {
        let rates = ReferenceData::embedded().unwrap().rates;
        let progress = Progress::default();
        let first = b"name,contracted,district\nA,1,Yuzhong\n";
        let loaded =
            load_table(first, "f.csv", &OpenOptions::default(), &rates, &progress).unwrap();
        assert_eq!(loaded.detected.mapping.column_of(Field::District), Some(2));
        // The same file, a column shorter and reordered: the old mapping would read past the end.
        let changed = b"contracted,name\n1,A\n";
        let reloaded = load_table(
            changed,
            "f.csv",
            &loaded.detected.options(),
            &rates,
            &progress,
        )
        .unwrap();
        assert_eq!(reloaded.table.len(), 1);
        assert_eq!(reloaded.detected.mapping.column_of(Field::District), None);
        assert_eq!(reloaded.detected.mapping.column_of(Field::Name), Some(1));
        assert_eq!(reloaded.table.name.get(0), "A");
    }

    #[test]
    fn the_header_line_counts_blank_lines_and_an_unnamed_last_column_is_kept() {
        let rates = ReferenceData::embedded().unwrap().rates;
        let text = b"Projects 2023\n\nname,contracted_usd_m,\nA,1\nB,2,signed late\n";
        let loaded = load_table(
            text,
            "t.csv",
            &OpenOptions::default(),
            &rates,
            &Progress::default(),
        )
        .unwrap();
        assert_eq!(loaded.detected.header_line, 3);
        assert_eq!(
            loaded.detected.headers,
            ["name", "contracted_usd_m", "Column 3"]
        );
        assert_eq!(loaded.table.len(), 2);
        assert_eq!(loaded.report.rows_skipped, 0);
        let notes = &loaded.table.extra[0];
        assert_eq!(notes.name, "Column 3");
        assert_eq!(
            (notes.values.get(0), notes.values.get(1)),
            ("", "signed late")
        );
        let header_only = b"\n\nname,contracted_usd_m\n";
        let error = load_table(
            header_only,
            "h.csv",
            &OpenOptions::default(),
            &rates,
            &Progress::default(),
        )
        .err()
        .unwrap()
        .to_string();
        assert!(
            error.starts_with("h.csv, line 4: the file has a header but no rows"),
            "{error}"
        );
    }

    #[test]
    fn a_spreadsheet_error_cell_is_an_unreadable_value_not_a_blank() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write(0, 0, "Project").unwrap();
        sheet.write(0, 1, "Contracted (USD m)").unwrap();
        sheet.write(1, 0, "A").unwrap();
        sheet.write(1, 1, 5.0).unwrap();
        sheet.write(2, 0, "B").unwrap();
        sheet
            .write_formula(
                2,
                1,
                rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!"),
            )
            .unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        let rates = ReferenceData::embedded().unwrap().rates;
        let loaded = load_table(
            &bytes,
            "e.xlsx",
            &OpenOptions::default(),
            &rates,
            &Progress::default(),
        )
        .unwrap();
        let amounts = &loaded.report.columns[1];
        assert_eq!((amounts.missing, amounts.invalid), (0, 1));
        let first = amounts.first_invalid.as_ref().unwrap();
        assert_eq!((first.line, first.value.as_str()), (3, "#DIV/0!"));
    }

    #[test]
    fn a_workbook_is_known_by_its_content_whatever_its_name() {
        assert_eq!(
            FileFormat::detect("export.csv", b"PK\x03\x04rest"),
            FileFormat::Workbook
        );
        assert_eq!(
            FileFormat::detect("old.txt", b"\xD0\xCF\x11\xE0rest"),
            FileFormat::Workbook
        );
        assert_eq!(
            FileFormat::detect("a.csv", b"name,amount"),
            FileFormat::Delimited
        );
    }

    #[test]
    fn a_quote_left_open_reads_to_the_end_of_the_file_as_one_field() {
        let mut csv = format!("{HEADER},note\n");
        for i in 0..3_000 {
            let note = if i == 1 { "\"never closed" } else { "plain" };
            csv.push_str(&format!(
                "P{i},Name,Inv,HK,S,Sub,D,2015,Operating,1,1,2,29.5,106.5,{note}\n"
            ));
        }
        let oracle = load_by_csv_crate(&csv);
        assert_eq!(
            oracle.1.rows_read, 2,
            "the open quote swallows the rest of the file"
        );
        // Blocks of 64 bytes: each restart doubles the block, so the 200 KB body is read a few times, not 3,000.
        assert_eq!(load(&csv, 64, 1), oracle);
        assert_eq!(load(&csv, 64, 2), oracle);
    }

    #[test]
    fn a_stray_quote_before_a_cut_does_not_cut_a_quoted_field() {
        // `5" wide` makes the quote count odd, so a guessed cut lands inside the two-line note of row 6.
        let mut csv = format!("{HEADER},note\n");
        let row = |i: usize, name: &str, note: &str| {
            format!("P{i},{name},Inv,HK,S,Sub,D,2015,Operating,1,1,2,29.5,106.5,{note}\n")
        };
        csv.push_str(&row(0, "Pipe 5\" wide", "x"));
        for i in 1..6 {
            csv.push_str(&row(i, "Plain", "y"));
        }
        csv.push_str(&row(6, "Quoted", "\"two\nlines\""));
        for i in 7..9 {
            csv.push_str(&row(i, "Plain", "z"));
        }
        let oracle = load_by_csv_crate(&csv);
        assert_eq!(oracle.1.rows_read, 9);
        for block_bytes in 1..csv.len() {
            assert_eq!(
                load(&csv, block_bytes, 1),
                oracle,
                "blocks of {block_bytes}"
            );
        }
        assert_eq!(load(&csv, 64, 2), oracle);
    }

    /// A file of `rows` rows with a byte-order mark, CRLF, two-line notes and a stray quote.
    fn big_file(rows: usize) -> Vec<u8> {
        let mut csv = format!("\u{feff}Projects export\r\n{HEADER},note\r\n");
        for i in 0..rows {
            let note = if i % 7 == 0 {
                "\"two\r\nlines, \"\"quoted\"\"\""
            } else {
                "plain"
            };
            let name = if i == 3 { "Pipe 5\" wide" } else { "Tower" };
            csv.push_str(&format!(
                "P{i},{name} {i},Inv {},HK,Sector {},Sub,District {},{},Operating,{}.5,1,2,29.5,106.5,{note}\r\n",
                i % 13,
                i % 5,
                i % 9,
                2000 + i % 20,
                i % 50
            ));
        }
        csv.into_bytes()
    }

    /// Opens `path` streaming from 64 KiB, inspecting its first 128 KiB.
    fn open_with_small_limits(path: &Path, progress: &Progress) -> Result<OpenedFile, LoadError> {
        OpenedFile::open_streaming_from(path, &OpenOptions::default(), progress, 1 << 16, 1 << 17)
    }

    /// The file at `path` opened as streamed (small limits), and loaded.
    fn load_streamed(path: &Path) -> Result<Loaded, LoadError> {
        let rates = ReferenceData::embedded().unwrap().rates;
        let progress = Progress::default();
        let opened = open_with_small_limits(path, &progress)?;
        assert!(opened.is_streamed());
        opened.load(None, &rates, &progress)
    }

    fn load_whole(bytes: &[u8], path: &Path) -> Result<Loaded, LoadError> {
        let rates = ReferenceData::embedded().unwrap().rates;
        let name = path.display().to_string();
        load_table(
            bytes,
            &name,
            &OpenOptions::default(),
            &rates,
            &Progress::default(),
        )
    }

    fn same_load(streamed: &Loaded, whole: &Loaded) {
        assert_eq!(cells_of(&streamed.table), cells_of(&whole.table));
        assert_eq!(streamed.report, whole.report);
        assert_eq!(
            serde_json::to_string(&streamed.detected).unwrap(),
            serde_json::to_string(&whole.detected).unwrap()
        );
    }

    #[test]
    fn a_large_file_streamed_loads_exactly_what_it_loads_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        let bytes = big_file(6_000);
        assert!(bytes.len() > 1 << 19, "several blocks of the prefix's size");
        std::fs::write(&path, &bytes).unwrap();
        let streamed = load_streamed(&path).unwrap();
        assert_eq!(streamed.table.len(), 6_000);
        same_load(&streamed, &load_whole(&bytes, &path).unwrap());
    }

    #[test]
    fn a_file_whose_start_is_one_long_line_is_read_whole_so_it_is_sniffed_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        // 600 short rows (the type sample fits), then a row longer than the start that would be inspected: that
        // start would be sniffed whole, where the file is sniffed from its first 64 KB and then some.
        let mut bytes = format!("{HEADER},note\n").into_bytes();
        for i in 0..600 {
            bytes
                .extend(format!("P{i},N,I,HK,S,Sub,D,2015,Operating,1,1,2,29.5,106.5,x\n").bytes());
        }
        assert!(bytes.len() < 64 << 10);
        bytes.extend(
            format!(
                "P,N,I,HK,S,Sub,D,2015,Operating,1,1,2,29.5,106.5,{}\n",
                "x".repeat(200_000)
            )
            .bytes(),
        );
        bytes.extend_from_slice(&big_file(6_000)[..]);
        std::fs::write(&path, &bytes).unwrap();
        let progress = Progress::default();
        let opened = open_with_small_limits(&path, &progress).unwrap();
        assert!(!opened.is_streamed());
        let rates = ReferenceData::embedded().unwrap().rates;
        let loaded = opened.load(None, &rates, &progress).unwrap();
        same_load(&loaded, &load_whole(&bytes, &path).unwrap());
    }

    #[test]
    fn a_streamed_file_that_is_not_utf8_after_its_start_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        let mut bytes = big_file(6_000);
        // GBK for 渝中区 near the end: not UTF-8, so the whole file is decoded (and the error located) as before.
        let at = bytes.len() - 200;
        bytes.splice(at..at, [0xD3, 0xE5, 0xD6, 0xD0, 0xC7, 0xF8]);
        std::fs::write(&path, &bytes).unwrap();
        let streamed = load_streamed(&path).err().map(|e| e.to_string());
        let whole = load_whole(&bytes, &path).err().map(|e| e.to_string());
        assert!(
            whole.is_some(),
            "a UTF-8 file with GBK bytes inside is refused, located"
        );
        assert_eq!(streamed, whole);
    }

    #[test]
    fn a_streamed_file_whose_header_changed_since_it_was_opened_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        std::fs::write(&path, big_file(6_000)).unwrap();
        let rates = ReferenceData::embedded().unwrap().rates;
        let progress = Progress::default();
        let opened = open_with_small_limits(&path, &progress).unwrap();
        assert!(opened.is_streamed());
        let changed = String::from_utf8(big_file(5_000))
            .unwrap()
            .replace("Projects export", "Changed");
        std::fs::write(&path, &changed).unwrap();
        let loaded = opened.load(None, &rates, &progress).unwrap();
        same_load(&loaded, &load_whole(changed.as_bytes(), &path).unwrap());
    }

    /// A random file: quoted names with delimiters, quotes and line breaks, a stray quote, an unreadable amount,
    /// a ragged row and a blank line, CRLF or LF, decimal commas under `;`, and maybe no final line break.
    fn random_csv(
        names: &[String],
        quirks: (Option<usize>, Option<usize>, Option<usize>),
        crlf: bool,
        semicolon: bool,
        final_break: bool,
    ) -> String {
        let (stray, bad_row, ragged) = quirks;
        let (sep, eol) = (
            if semicolon { ";" } else { "," },
            if crlf { "\r\n" } else { "\n" },
        );
        let mut csv = format!("{}{sep}note{eol}", HEADER.replace(',', sep));
        for (i, name) in names.iter().enumerate() {
            let quoted = format!("\"{}\"", name.replace('"', "\"\""));
            if ragged == Some(i) {
                csv.push_str(&format!("P{i}{sep}{quoted}{eol}{eol}"));
                continue;
            }
            let amount = match (bad_row == Some(i), semicolon) {
                (true, _) => "x1",
                (false, true) => "1,5",
                (false, false) => "1.5",
            };
            // An unquoted field with a quote inside (`5" wide`) is kept literally by the reader.
            let investor = if stray == Some(i) {
                "Inv 5\" wide"
            } else {
                "Inv"
            };
            let cells = [
                format!("P{i}"),
                quoted.clone(),
                investor.to_owned(),
                "HK".into(),
                format!("Sector {}", i % 3),
                "Sub".into(),
                format!("District {}", i % 4),
                "2015".into(),
                "Operating".into(),
                amount.into(),
                "1".into(),
                "2".into(),
                "29.5".into(),
                "106.5".into(),
                quoted,
            ];
            csv.push_str(&cells.join(sep));
            csv.push_str(eol);
        }
        if !final_break {
            csv.truncate(csv.trim_end_matches(['\r', '\n']).len());
        }
        csv
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        #[test]
        fn parsing_in_blocks_on_threads_equals_one_parse_by_the_csv_crate(
            names in proptest::collection::vec("[a-z ,;\"\n\r]{0,12}", 1..40),
            stray in proptest::option::of(0usize..40),
            bad_row in proptest::option::of(0usize..40),
            ragged in proptest::option::of(0usize..40),
            crlf in proptest::bool::ANY,
            semicolon in proptest::bool::ANY,
            final_break in proptest::bool::ANY,
            block_bytes in 1usize..200,
            threads in 1usize..4,
        ) {
            let csv = random_csv(&names, (stray, bad_row, ragged), crlf, semicolon, final_break);
            proptest::prop_assert_eq!(load(&csv, block_bytes, threads), load_by_csv_crate(&csv));
        }
    }
}
