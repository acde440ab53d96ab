//! Reads spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) and the app's own JSON and RON exports into rows of text cells,
//! before any column is mapped to a project field.
//!
//! Every cell becomes text the same way whatever the format, so the column mapping downstream sees one shape: numbers
//! in their shortest round-trip form, dates as ISO text, empty and error cells as "". Each record keeps the line (or
//! sheet row) where it starts, so later messages can point at it. Must not depend on egui, eframe or rfd.

use std::io::Cursor;
use std::marker::PhantomData;
use std::panic::AssertUnwindSafe;

use calamine::{
    Data, ExcelDateTime, Ods, OdsError, Range, Reader, SheetType, SheetVisible, Sheets, Xls,
    XlsError, Xlsb, XlsbError, Xlsx, XlsxError,
};
use rustc_hash::FxHashMap;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::model::error::LoadError;

/// A table read as text cells, before any column is mapped to a project field.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawRows {
    /// Every record including any title/header rows, each cell as text: numbers written the shortest round-trip way
    /// (`f64` Display; 12.0 as "12"), booleans "true"/"false", dates as ISO "2015-06-30" (date-times with a non-zero
    /// time as "2015-06-30 14:05:00"), empty and error cells as "" (count error cells in `error_cells`). All records
    /// have the same number of cells.
    pub records: Vec<Vec<String>>,
    /// The 1-based line (text formats) or spreadsheet row number where each record starts, for located messages.
    pub lines: Vec<u64>,
    /// Cells that held a spreadsheet error such as #DIV/0!, as (line, 1-based column within the record, error text).
    pub error_cells: Vec<(u64, usize, String)>,
}

/// One sheet of a workbook, read as text cells, and the names of all its sheets (for a sheet picker).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workbook {
    pub sheet_names: Vec<String>,
    /// The sheet read into `rows` (index into `sheet_names`).
    pub sheet: usize,
    pub rows: RawRows,
}

// ---------------------------------------------------------------------------------------------------------------
// Workbooks
// ---------------------------------------------------------------------------------------------------------------

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// OLE compound files: .xls, and also password-protected .xlsx (an encrypted package inside a compound file).
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

const NOT_A_WORKBOOK: &str = "this is not a spreadsheet; expected an Excel workbook (.xlsx or .xls) or an OpenDocument spreadsheet (.ods)";
const PASSWORD: &str = "the workbook is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook), save it and open it again";

/// The largest serial Excel shows as a date (9999-12-31 is 2958465); beyond it a "date" cell is just a number.
const MAX_EXCEL_SERIAL: f64 = 2_958_466.0;

type Book<'a> = Sheets<Cursor<&'a [u8]>>;

/// Reads one sheet of an XLSX, XLSM, XLSB, XLS or ODS file from memory: `sheet` by index, or the first non-empty
/// sheet when `None` (visible worksheets first, then hidden ones). Leading empty rows/columns of the used range are
/// kept in the line numbers (line = the real sheet row number, 1-based, so "row 7" matches what Excel shows) but not
/// as records. Trailing fully empty records and columns are dropped; empty rows inside the table are kept.
///
/// Errors: not a workbook -> `Format` naming what was expected, a password-protected or corrupt file -> `Format`
/// in plain words, sheet index out of range or an empty chosen sheet -> `Format` listing the sheet names, a
/// workbook whose sheets are all empty -> `Empty`.
pub fn read_workbook(
    bytes: &[u8],
    path: &str,
    sheet: Option<usize>,
) -> Result<Workbook, LoadError> {
    if bytes.is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    // calamine parses untrusted binary formats; should it panic on a damaged file, the user gets a message
    // instead of losing the app.
    std::panic::catch_unwind(AssertUnwindSafe(|| read_workbook_unguarded(bytes, path, sheet)))
        .unwrap_or_else(|_| {
            Err(format_error(
                path,
                "the workbook is damaged and could not be read; open it in Excel, save it again and retry".into(),
            ))
        })
}

fn read_workbook_unguarded(
    bytes: &[u8],
    path: &str,
    sheet: Option<usize>,
) -> Result<Workbook, LoadError> {
    let mut book = open_book(bytes).map_err(|message| format_error(path, message))?;
    let sheet_names = book.sheet_names();
    if sheet_names.is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    let (sheet, rows) = match sheet {
        Some(index) => {
            let Some(name) = sheet_names.get(index) else {
                let message = format!(
                    "the workbook has no sheet {}; its sheets are {}",
                    index.saturating_add(1),
                    quoted_list(&sheet_names)
                );
                return Err(format_error(path, message));
            };
            let rows = read_sheet(&mut book, index).map_err(|m| format_error(path, m))?;
            if rows.records.is_empty() {
                let message = format!(
                    "sheet \"{name}\" is empty; choose another of the sheets {}",
                    quoted_list(&sheet_names)
                );
                return Err(format_error(path, message));
            }
            (index, rows)
        }
        None => first_filled_sheet(&mut book, path)?,
    };
    Ok(Workbook {
        sheet_names,
        sheet,
        rows,
    })
}

/// The first sheet with any content: visible worksheets in order, then the others (hidden sheets often hold lookup
/// lists, not the table the user means). A sheet that cannot be read is skipped unless no other sheet has content.
fn first_filled_sheet(book: &mut Book<'_>, path: &str) -> Result<(usize, RawRows), LoadError> {
    let shown =
        |s: &calamine::Sheet| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible;
    let metadata = book.sheets_metadata();
    let order: Vec<usize> = (0..metadata.len())
        .filter(|&i| metadata.get(i).is_some_and(shown))
        .chain((0..metadata.len()).filter(|&i| !metadata.get(i).is_some_and(shown)))
        .collect();
    let mut first_error = None;
    for index in order {
        match read_sheet(book, index) {
            Ok(rows) if !rows.records.is_empty() => return Ok((index, rows)),
            Ok(_) => {}
            Err(message) => {
                first_error.get_or_insert(message);
            }
        }
    }
    Err(match first_error {
        Some(message) => format_error(path, message),
        None => LoadError::Empty { path: path.into() },
    })
}

fn read_sheet(book: &mut Book<'_>, index: usize) -> Result<RawRows, String> {
    match book.worksheet_range_at(index) {
        Some(Ok(range)) => Ok(range_rows(&range)),
        Some(Err(e)) => Err(describe_calamine_error(&e)),
        None => Ok(RawRows::default()),
    }
}

/// Opens the workbook by its signature rather than by trying every reader, so a damaged file gets the error of
/// the format it claims to be instead of "cannot detect the format".
fn open_book(bytes: &[u8]) -> Result<Book<'_>, String> {
    let cursor = Cursor::new(bytes);
    if bytes.starts_with(ZIP_MAGIC) {
        open_zip_book(bytes, cursor)
    } else if bytes.starts_with(CFB_MAGIC) {
        match Xls::new(cursor.clone()) {
            Ok(book) => Ok(Sheets::Xls(book)),
            Err(XlsError::Password) => Err(PASSWORD.into()),
            // A password-protected .xlsx is a compound file holding an EncryptedPackage stream; calamine's
            // XLSX reader is the one that recognises it.
            Err(_) if matches!(Xlsx::new(cursor), Err(XlsxError::Password)) => Err(PASSWORD.into()),
            Err(XlsError::Cfb(cfb)) if is_stream_not_found(&cfb) => Err(format!(
                "{NOT_A_WORKBOOK} (this compound file holds no workbook)"
            )),
            Err(e) => Err(describe_calamine_error(&calamine::Error::Xls(e))),
        }
    } else {
        Err(NOT_A_WORKBOOK.into())
    }
}

/// calamine's CFB error type is private; its message ("Cannot find Workbook stream") is the only way to tell a Word
/// or other Office file from a damaged spreadsheet.
fn is_stream_not_found(error: &impl std::fmt::Display) -> bool {
    error.to_string().starts_with("Cannot find")
}

/// XLSX, XLSB and ODS are all ZIP archives; their part names, stored as plain text in the archive, say which.
fn open_zip_book<'a>(bytes: &'a [u8], cursor: Cursor<&'a [u8]>) -> Result<Book<'a>, String> {
    let has = |name: &[u8]| memchr::memmem::find(bytes, name).is_some();
    let xlsx = || {
        Xlsx::new(cursor.clone())
            .map(Sheets::Xlsx)
            .map_err(calamine::Error::from)
    };
    let xlsb = || {
        Xlsb::new(cursor.clone())
            .map(Sheets::Xlsb)
            .map_err(calamine::Error::from)
    };
    let ods = || {
        Ods::new(cursor.clone())
            .map(Sheets::Ods)
            .map_err(calamine::Error::from)
    };
    let opened = if has(b"xl/workbook.bin") {
        xlsb()
    } else if has(b"xl/workbook.xml") {
        xlsx()
    } else if has(b"opendocument.spreadsheet") {
        ods()
    } else {
        // No known part name: some other ZIP file (a .docx, an archive), unless a reader recognises it anyway.
        return xlsx()
            .or_else(|_| xlsb())
            .or_else(|_| ods())
            .map_err(|_| format!("{NOT_A_WORKBOOK} (this ZIP archive holds no workbook)"));
    };
    opened.map_err(|e| describe_calamine_error(&e))
}

/// calamine's error in plain words, with its own text kept for a support request.
fn describe_calamine_error(error: &calamine::Error) -> String {
    let password = matches!(
        error,
        calamine::Error::Xlsx(XlsxError::Password)
            | calamine::Error::Xls(XlsError::Password)
            | calamine::Error::Xlsb(XlsbError::Password)
            | calamine::Error::Ods(OdsError::Password)
    );
    if password {
        PASSWORD.into()
    } else {
        format!(
            "the workbook is damaged or could not be read ({error}); open it in Excel, save it again and retry"
        )
    }
}

/// The used range as records: rows and columns with no content at the edges are dropped (lines keep the real
/// sheet row numbers); empty rows inside the table are kept, so the numbering stays obvious.
fn range_rows(range: &Range<Data>) -> RawRows {
    let Some((first_row, _)) = range.start() else {
        return RawRows::default();
    };
    let filled = |cell: &Data| match cell {
        Data::Empty => false,
        Data::String(text) => !text.trim().is_empty(),
        _ => true,
    };
    let (mut top, mut bottom, mut left, mut right) = (usize::MAX, 0, usize::MAX, 0);
    for (r, row) in range.rows().enumerate() {
        for (c, _) in row.iter().enumerate().filter(|(_, cell)| filled(cell)) {
            top = top.min(r);
            bottom = bottom.max(r);
            left = left.min(c);
            right = right.max(c);
        }
    }
    let mut rows = RawRows::default();
    if top == usize::MAX {
        return rows;
    }
    for (r, row) in range.rows().enumerate().take(bottom + 1).skip(top) {
        let line = u64::from(first_row) + r as u64 + 1;
        let cells = row.get(left..=right).unwrap_or_default();
        let record = cells
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                if let Data::Error(error) = cell {
                    rows.error_cells.push((line, c + 1, error.to_string()));
                }
                cell_text(cell)
            })
            .collect();
        rows.records.push(record);
        rows.lines.push(line);
    }
    rows
}

/// One spreadsheet cell as text (see [`RawRows::records`]).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Int(value) => value.to_string(),
        Data::Float(value) => value.to_string(),
        Data::String(text) => text.clone(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(value) => excel_date_text(value),
        Data::DateTimeIso(text) => iso_date_text(text),
        Data::DurationIso(text) => text.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// A date-formatted Excel serial as ISO text: "2015-06-30", "2015-06-30 14:05:00", a time alone ("14:05:00") for a
/// serial under one day, and "37:30:00" for a duration format such as `[h]:mm:ss`.
fn excel_date_text(value: &ExcelDateTime) -> String {
    let serial = value.as_f64();
    if value.is_duration() {
        return duration_text(serial);
    }
    if !(0.0..MAX_EXCEL_SERIAL).contains(&serial) {
        // Outside Excel's calendar (or NaN): Excel itself shows ####, so the number is the honest text.
        return serial.to_string();
    }
    // calamine converts with the workbook's own epoch (1900 or 1904) and Excel's 1900 leap-year bug.
    let (year, month, day, hour, minute, second, milli) = value.to_ymd_hms_milli();
    let mut time = format!("{hour:02}:{minute:02}:{second:02}");
    if milli != 0 {
        time.push_str(&format!(".{milli:03}"));
    }
    if serial < 1.0 {
        return time;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    if (hour, minute, second, milli) == (0, 0, 0, 0) {
        date
    } else {
        format!("{date} {time}")
    }
}

/// A duration in days as hours:minutes:seconds, hours unbounded as in Excel's `[h]:mm:ss`.
fn duration_text(days: f64) -> String {
    if !days.is_finite() {
        return days.to_string();
    }
    let seconds = (days * 86_400.0).round();
    let sign = if seconds < 0.0 { "-" } else { "" };
    // Saturating float-to-int conversion: absurd durations stay absurd rather than wrapping.
    let total = seconds.abs() as u64;
    format!(
        "{sign}{}:{:02}:{:02}",
        total / 3600,
        total / 60 % 60,
        total % 60
    )
}

/// ODS dates come as ISO text ("2015-06-30T14:05:00"); written like the Excel ones, midnight as the date alone.
fn iso_date_text(text: &str) -> String {
    match text.split_once('T') {
        Some((date, time)) if time.trim_start_matches(['0', ':', '.']).is_empty() => date.into(),
        Some((date, time)) => format!("{date} {time}"),
        None => text.into(),
    }
}

fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn format_error(path: &str, message: String) -> LoadError {
    LoadError::Format {
        path: path.into(),
        message,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// JSON and RON
// ---------------------------------------------------------------------------------------------------------------

/// What the text readers expect, for shape errors.
const EXPECTED_SHAPE: &str = "the app's export (an object with a \"rows\" list), a list of objects, or a list of lists whose first is the header";

/// Reads the app's own JSON export `{ "meta": {...}, "rows": [ {"id": "P1", "contracted_usd_m": 12.5, ...}, ... ] }`,
/// or a bare array of objects, or an array of arrays (first = header).
///
/// Objects: header = keys in first-seen order across all rows (the union); a key missing from a row is "". Values:
/// strings as-is, numbers shortest form, bools, null -> "". Nested objects/arrays -> their compact JSON text. Lists:
/// each list is a record, the first the header; short records are padded with "".
///
/// `lines` are the 1-based text line where each row starts; for object rows the header's line is the line of the
/// `[` opening the rows. Should the positions not be found, each record's index + 1 is used instead (header 1,
/// first row 2, ...). Errors: syntax -> `Malformed` at serde_json's line, message "column 7: expected `,` or `}`";
/// wrong shape -> `Format` saying what was expected; no rows or only whitespace -> `Empty`.
pub fn read_json_records(text: &str, path: &str) -> Result<RawRows, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    let top: Top<Node> = serde_json::from_str(text).map_err(|e| json_error(&e, path))?;
    let rows = top.into_rows(path, "JSON")?;
    build_rows(rows, text, path)
}

/// The same for the app's RON export, `(meta: (...), rows: [{"id": "P1", ...}, ...])` (any struct name, or a map
/// with a "rows" key, or a bare list). `None` is "", `Some(x)` is x, chars are text. Nested values are written as
/// compact JSON, as in [`read_json_records`]. Syntax errors -> `Malformed` at ron's line with "column N: ...".
pub fn read_ron_records(text: &str, path: &str) -> Result<RawRows, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    let top: Top<Node> = ron::from_str(text).map_err(|e| ron_error(&e, path))?;
    let rows = top.into_rows(path, "RON")?;
    build_rows(rows, text, path)
}

fn json_error(error: &serde_json::Error, path: &str) -> LoadError {
    // serde_json's Display appends " at line L column C"; the location is given our way instead.
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    located_error(
        path,
        error.classify() == serde_json::error::Category::Data,
        error.line() as u64,
        error.column(),
        message,
    )
}

fn ron_error(error: &ron::error::SpannedError, path: &str) -> LoadError {
    let shape = matches!(error.code, ron::Error::InvalidValueForType { .. });
    let start = error.span.start;
    located_error(
        path,
        shape,
        start.line as u64,
        start.col,
        &error.code.to_string(),
    )
}

/// A parse error as `Malformed` (syntax: the line is the error's) or `Format` (valid text of the wrong shape, e.g.
/// `"rows": 5`, whose message carries the location).
fn located_error(path: &str, shape: bool, line: u64, column: usize, message: &str) -> LoadError {
    if shape {
        format_error(path, format!("line {line}, column {column}: {message}"))
    } else {
        LoadError::Malformed {
            path: path.into(),
            line: line.max(1),
            message: format!("column {column}: {message}"),
        }
    }
}

/// A parsed value with map keys in file order (serde_json's and ron's own value types sort them).
#[derive(Clone, Debug, PartialEq)]
enum Node {
    Null,
    Bool(bool),
    /// Already in its shortest text form.
    Number(String),
    Text(String),
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// The cell text (see [`RawRows::records`]).
    fn into_text(self) -> String {
        match self {
            Node::Null => String::new(),
            Node::Bool(value) => value.to_string(),
            Node::Number(text) | Node::Text(text) => text,
            nested @ (Node::List(_) | Node::Map(_)) => {
                let mut out = String::new();
                nested.write_json(&mut out);
                out
            }
        }
    }

    /// Compact JSON, keys in file order; RON's non-string keys and non-finite numbers become strings.
    fn write_json(&self, out: &mut String) {
        match self {
            Node::Null => out.push_str("null"),
            Node::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Node::Number(text) if text.parse::<f64>().is_ok_and(f64::is_finite) => {
                out.push_str(text);
            }
            Node::Number(text) | Node::Text(text) => write_json_string(text, out),
            Node::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Node::Map(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_json_string(&key.clone().into_text(), out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_json_string(text: &str, out: &mut String) {
    // Serialising a &str cannot fail; the fallback only keeps this free of panics.
    match serde_json::to_string(text) {
        Ok(quoted) => out.push_str(&quoted),
        Err(_) => out.push_str("\"\""),
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_f32<E: de::Error>(self, v: f32) -> Result<Node, E> {
        // f32's own Display, so RON's 0.1f32 reads "0.1", not 0.10000000149011612.
        Ok(Node::Number(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_char<E: de::Error>(self, v: char) -> Result<Node, E> {
        Ok(Node::Text(v.to_string()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Text(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Node, E> {
        Ok(Node::Text(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(4096));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }
}

/// The document's top level, reduced to where the rows are.
enum Top<R> {
    Rows(Vec<R>),
    /// An object or struct without a "rows" field; its keys, for the message.
    NoRows(Vec<String>),
}

impl<R> Top<R> {
    fn into_rows(self, path: &str, format: &str) -> Result<Vec<R>, LoadError> {
        match self {
            Top::Rows(rows) => Ok(rows),
            Top::NoRows(keys) => {
                let found = if keys.is_empty() {
                    "an empty object".to_owned()
                } else {
                    format!("an object with the keys {}", keys.join(", "))
                };
                Err(format_error(
                    path,
                    format!(
                        "this {format} has no \"rows\"; expected {EXPECTED_SHAPE}, found {found}"
                    ),
                ))
            }
        }
    }
}

impl<'de, R: Deserialize<'de>> Deserialize<'de> for Top<R> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TopVisitor(PhantomData))
    }
}

struct TopVisitor<R>(PhantomData<R>);

impl<'de, R: Deserialize<'de>> Visitor<'de> for TopVisitor<R> {
    type Value = Top<R>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(EXPECTED_SHAPE)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top<R>, A::Error> {
        let mut rows = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(row) = seq.next_element()? {
            rows.push(row);
        }
        Ok(Top::Rows(rows))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top<R>, A::Error> {
        let mut rows = None;
        let mut keys = Vec::new();
        while let Some(key) = map.next_key::<Node>()? {
            if rows.is_none() && key == Node::Text("rows".into()) {
                rows = Some(map.next_value::<RowList<R>>()?.0);
            } else {
                keys.push(key.into_text());
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(rows.map_or(Top::NoRows(keys), Top::Rows))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Top<R>, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Top<R>, D::Error> {
        d.deserialize_any(self)
    }
}

/// The value of "rows": a list, else a shape error saying so.
struct RowList<R>(Vec<R>);

impl<'de, R: Deserialize<'de>> Deserialize<'de> for RowList<R> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor<R>(PhantomData<R>);
        impl<'de, R: Deserialize<'de>> Visitor<'de> for ListVisitor<R> {
            type Value = RowList<R>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("\"rows\" to be a list of rows")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RowList<R>, A::Error> {
                let mut rows = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                while let Some(row) = seq.next_element()? {
                    rows.push(row);
                }
                Ok(RowList(rows))
            }
        }
        deserializer.deserialize_seq(ListVisitor(PhantomData))
    }
}

/// Records from the rows: object rows under a union header, or list rows as they are.
fn build_rows(rows: Vec<Node>, text: &str, path: &str) -> Result<RawRows, LoadError> {
    let Some(first) = rows.first() else {
        return Err(LoadError::Empty { path: path.into() });
    };
    let objects = matches!(first, Node::Map(_));
    if !objects && !matches!(first, Node::List(_)) {
        return Err(format_error(
            path,
            format!("row 1 is {}; expected {EXPECTED_SHAPE}", kind(first)),
        ));
    }
    let count = rows.len();
    let records = if objects {
        object_records(rows, path)?
    } else {
        list_records(rows, path)?
    };
    let lines = match row_positions(text) {
        Some(p) if p.rows.len() == count => {
            let mut offsets = Vec::with_capacity(count + 1);
            if objects {
                offsets.push(p.open);
            }
            offsets.extend(p.rows);
            line_numbers(text, &offsets)
        }
        _ => (1..=records.len() as u64).collect(),
    };
    Ok(RawRows {
        records,
        lines,
        error_cells: Vec::new(),
    })
}

/// Object rows under the union of their keys, in first-seen order; a key a row lacks is "".
fn object_records(rows: Vec<Node>, path: &str) -> Result<Vec<Vec<String>>, LoadError> {
    let mut header: Vec<String> = Vec::new();
    let mut columns: FxHashMap<String, usize> = FxHashMap::default();
    let mut records = Vec::with_capacity(rows.len() + 1);
    records.push(Vec::new());
    for (i, row) in rows.into_iter().enumerate() {
        let entries = match row {
            Node::Map(entries) => entries,
            other => return Err(row_shape_error(path, i, &other, "an object like row 1")),
        };
        let mut record = vec![String::new(); header.len()];
        for (key, value) in entries {
            let key = key.into_text();
            let column = match columns.get(&key) {
                Some(&column) => column,
                None => {
                    columns.insert(key.clone(), header.len());
                    header.push(key);
                    header.len() - 1
                }
            };
            if record.len() <= column {
                record.resize(column + 1, String::new());
            }
            // A key repeated within one row: the last value wins, as in most JSON readers.
            if let Some(cell) = record.get_mut(column) {
                *cell = value.into_text();
            }
        }
        records.push(record);
    }
    // Rows read before a key first appeared are short.
    for record in &mut records {
        record.resize(header.len(), String::new());
    }
    if let Some(first) = records.first_mut() {
        *first = header;
    }
    Ok(records)
}

/// List rows as they are, the first being the header; short ones padded so every record is as wide as the widest.
fn list_records(rows: Vec<Node>, path: &str) -> Result<Vec<Vec<String>>, LoadError> {
    let mut records = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        match row {
            Node::List(items) => records.push(items.into_iter().map(Node::into_text).collect()),
            other => return Err(row_shape_error(path, i, &other, "a list like row 1")),
        }
    }
    let width = records.iter().map(Vec::len).max().unwrap_or(0);
    for record in &mut records {
        record.resize(width, String::new());
    }
    Ok(records)
}

fn row_shape_error(path: &str, index: usize, row: &Node, expected: &str) -> LoadError {
    format_error(
        path,
        format!("row {} is {}; expected {expected}", index + 1, kind(row)),
    )
}

fn kind(node: &Node) -> &'static str {
    match node {
        Node::Null => "null",
        Node::Bool(_) => "true/false",
        Node::Number(_) => "a number",
        Node::Text(_) => "text",
        Node::List(_) => "a list",
        Node::Map(_) => "an object",
    }
}

/// The 1-based line of each of the ascending byte `offsets`.
fn line_numbers(text: &str, offsets: &[usize]) -> Vec<u64> {
    let bytes = text.as_bytes();
    let mut line = 1u64;
    let mut counted = 0;
    offsets
        .iter()
        .map(|&offset| {
            let end = offset.min(bytes.len());
            if let Some(part) = bytes.get(counted..end) {
                line += memchr::memchr_iter(b'\n', part).count() as u64;
                counted = end;
            }
            line
        })
        .collect()
}

/// Where the rows list opens and where each row starts, as byte offsets into the text.
struct Positions {
    open: usize,
    rows: Vec<usize>,
}

/// Finds the rows by walking the tokens of text that serde has already accepted: the top-level list, or the list
/// after a top-level `rows:` / `"rows":`. serde's visitors are not told where they are, and a second
/// position-aware parser would cost more than this walk. JSON's tokens are a subset of RON's, so one walk serves
/// both; `None` (the caller then numbers records by index) if the text is not as expected.
fn row_positions(text: &str) -> Option<Positions> {
    let mut lexer = Lexer {
        bytes: text.as_bytes(),
        at: 0,
    };
    let mut depth = 0usize;
    // Progress through `rows` `:` at depth 1: 0 none, 1 after the key, 2 after the colon.
    let mut key = 0u8;
    while let Some(token) = lexer.next_token() {
        match token.kind {
            Kind::Open(b'[') if depth == 0 || (depth == 1 && key == 2) => {
                return rows_in_list(&mut lexer, token.start, depth + 1);
            }
            Kind::Open(_) => {
                depth += 1;
                key = 0;
            }
            Kind::Close => depth = depth.checked_sub(1)?,
            _ if depth != 1 => {}
            Kind::Colon if key == 1 => key = 2,
            Kind::Text | Kind::Word if lexer.content(&token) == Some(b"rows".as_slice()) => {
                key = 1;
            }
            _ => key = 0,
        }
    }
    None
}

/// The start of each element of the list opened at `open`, whose elements sit at `inner` depth.
fn rows_in_list(lexer: &mut Lexer<'_>, open: usize, inner: usize) -> Option<Positions> {
    let mut depth = inner;
    let mut rows = Vec::new();
    let mut expect_row = true;
    while let Some(token) = lexer.next_token() {
        if depth == inner && expect_row && token.kind != Kind::Close {
            rows.push(token.start);
            expect_row = false;
        }
        match token.kind {
            Kind::Open(_) => depth += 1,
            Kind::Close if depth == inner => return Some(Positions { open, rows }),
            Kind::Close => depth = depth.checked_sub(1)?,
            Kind::Comma if depth == inner => expect_row = true,
            _ => {}
        }
    }
    None
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Open(u8),
    Close,
    Comma,
    Colon,
    /// A string; its content lies between `content_start` and `content_end`.
    Text,
    /// A number, identifier, keyword or char literal.
    Word,
}

struct Token {
    kind: Kind,
    start: usize,
    content_start: usize,
    content_end: usize,
}

/// A tokenizer for JSON and RON text that is known to be valid: it only has to find token boundaries, so strings,
/// raw strings, chars and comments are skipped without decoding.
struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Lexer<'_> {
    fn byte(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }

    fn content(&self, token: &Token) -> Option<&[u8]> {
        self.bytes.get(token.content_start..token.content_end)
    }

    fn next_token(&mut self) -> Option<Token> {
        self.skip_trivia()?;
        let start = self.at;
        let c = self.byte(start)?;
        let single = |kind| Some((kind, start + 1, start, start + 1));
        let (kind, end, content_start, content_end) = match c {
            b'(' | b'[' | b'{' => single(Kind::Open(c))?,
            b')' | b']' | b'}' => single(Kind::Close)?,
            b',' => single(Kind::Comma)?,
            b':' => single(Kind::Colon)?,
            b'"' => {
                let end = self.quoted_end(start, b'"')?;
                (Kind::Text, end, start + 1, end - 1)
            }
            b'\'' => (Kind::Word, self.quoted_end(start, b'\'')?, start, start),
            _ => self.word_or_prefixed(start)?,
        };
        self.at = end;
        Some(Token {
            kind,
            start,
            content_start,
            content_end,
        })
    }

    /// Skips whitespace, `//` and nested `/* */` comments, and RON's `#![enable(...)]` attributes.
    fn skip_trivia(&mut self) -> Option<()> {
        loop {
            match (self.byte(self.at), self.byte(self.at + 1)) {
                (Some(b' ' | b'\t' | b'\n' | b'\r'), _) => self.at += 1,
                (Some(b'/'), Some(b'/')) => {
                    let rest = self.bytes.get(self.at..)?;
                    self.at += memchr::memchr(b'\n', rest).unwrap_or(rest.len());
                }
                (Some(b'/'), Some(b'*')) => self.skip_block_comment()?,
                (Some(b'#'), Some(b'!')) => self.skip_attribute()?,
                _ => return Some(()),
            }
        }
    }

    fn skip_block_comment(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            match (self.byte(self.at)?, self.byte(self.at + 1)) {
                (b'/', Some(b'*')) => {
                    depth += 1;
                    self.at += 2;
                }
                (b'*', Some(b'/')) => {
                    self.at += 2;
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(());
                    }
                }
                _ => self.at += 1,
            }
        }
    }

    fn skip_attribute(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            match self.byte(self.at)? {
                b'[' => depth += 1,
                b']' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        self.at += 1;
                        return Some(());
                    }
                }
                _ => {}
            }
            self.at += 1;
        }
    }

    /// Just past the closing `quote` of a string or char starting at `start`, skipping escapes.
    fn quoted_end(&self, start: usize, quote: u8) -> Option<usize> {
        let mut at = start + 1;
        loop {
            match self.byte(at)? {
                b'\\' => at += 2,
                c if c == quote => return Some(at + 1),
                _ => at += 1,
            }
        }
    }

    /// A bare word, or RON's byte strings (`b"..."`, `b'x'`) and raw strings (`r#"..."#`, `br"..."`).
    fn word_or_prefixed(&self, start: usize) -> Option<(Kind, usize, usize, usize)> {
        let c = self.byte(start)?;
        let next = self.byte(start + 1);
        if c == b'b' && next == Some(b'"') {
            let end = self.quoted_end(start + 1, b'"')?;
            return Some((Kind::Text, end, start + 2, end - 1));
        }
        if c == b'b' && next == Some(b'\'') {
            return Some((Kind::Word, self.quoted_end(start + 1, b'\'')?, start, start));
        }
        let r = match (c, next) {
            (b'r', _) => Some(start + 1),
            (b'b', Some(b'r')) => Some(start + 2),
            _ => None,
        };
        if let Some(after_r) = r {
            let hashes = self
                .bytes
                .get(after_r..)?
                .iter()
                .take_while(|&&b| b == b'#')
                .count();
            if self.byte(after_r + hashes) == Some(b'"') {
                return self.raw_string(after_r + hashes, hashes);
            }
        }
        let mut end = start;
        while let Some(b) = self.byte(end) {
            let boundary = matches!(
                b,
                b' ' | b'\t'
                    | b'\n'
                    | b'\r'
                    | b'('
                    | b')'
                    | b'['
                    | b']'
                    | b'{'
                    | b'}'
                    | b','
                    | b':'
                    | b'"'
                    | b'\''
                    | b'/'
            );
            if boundary {
                break;
            }
            end += 1;
        }
        // Always move on, whatever the byte, so the walk ends.
        let end = end.max(start + 1);
        Some((Kind::Word, end, start, end))
    }

    /// A raw string whose opening quote is at `quote`, closed by `"` and `hashes` `#`s.
    fn raw_string(&self, quote: usize, hashes: usize) -> Option<(Kind, usize, usize, usize)> {
        let mut at = quote + 1;
        loop {
            let rest = self.bytes.get(at..)?;
            let close = at + memchr::memchr(b'"', rest)?;
            let after = close + 1;
            let closed = self
                .bytes
                .get(after..after + hashes)
                .is_some_and(|h| h.iter().all(|&b| b == b'#'));
            if closed {
                return Some((Kind::Text, after + hashes, quote + 1, close));
            }
            at = after;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_xlsxwriter::{ExcelDateTime as XlsxDate, Format, Formula};
    use serde::Serialize;
    use serde::ser::{SerializeMap, Serializer};

    fn strings(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| row.iter().map(|cell| (*cell).to_owned()).collect())
            .collect()
    }

    /// Sheet 1 "封面" is empty; sheet 2 "项目" has a title row over Chinese headers, numbers, dates, an empty cell, a
    /// formula error and an empty row inside; sheet 3 "汇总" starts at C5.
    fn sample_workbook() -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet().set_name("封面").unwrap();

        let sheet = book.add_worksheet().set_name("项目").unwrap();
        sheet.write_string(0, 0, "重庆港资项目").unwrap();
        for (column, header) in ["项目名称", "合同外资(万美元)", "签约日期", "备注"]
            .into_iter()
            .enumerate()
        {
            sheet.write_string(1, column as u16, header).unwrap();
        }
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let stamp = Format::new().set_num_format("yyyy-mm-dd hh:mm");
        sheet.write_string(2, 0, "港口物流园").unwrap();
        sheet.write_number(2, 1, 1250.5).unwrap();
        let signed = XlsxDate::from_ymd(2015, 6, 30).unwrap();
        sheet
            .write_datetime_with_format(2, 2, &signed, &date)
            .unwrap();
        // D3 left empty.
        sheet.write_string(3, 0, "商业中心").unwrap();
        sheet.write_number(3, 1, 12.0).unwrap();
        let signed = XlsxDate::from_ymd(2016, 1, 2)
            .unwrap()
            .and_hms(14, 5, 0)
            .unwrap();
        sheet
            .write_datetime_with_format(3, 2, &signed, &stamp)
            .unwrap();
        sheet
            .write_formula(3, 3, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
        // Row 5 left empty.
        sheet.write_string(5, 0, "写字楼").unwrap();
        sheet.write_boolean(5, 1, true).unwrap();
        sheet.write_number(5, 3, -3.0).unwrap();

        let summary = book.add_worksheet().set_name("汇总").unwrap();
        summary.write_string(4, 2, "区县").unwrap();
        summary.write_string(4, 3, "项目数").unwrap();
        summary.write_string(5, 2, "渝中区").unwrap();
        summary.write_number(5, 3, 3).unwrap();
        book.save_to_buffer().unwrap()
    }

    #[test]
    fn reads_the_first_filled_sheet_of_an_xlsx_with_real_row_numbers() {
        let book = read_workbook(&sample_workbook(), "p.xlsx", None).unwrap();
        assert_eq!(book.sheet_names, ["封面", "项目", "汇总"]);
        assert_eq!(book.sheet, 1);
        assert_eq!(
            book.rows.records,
            strings(&[
                &["重庆港资项目", "", "", ""],
                &["项目名称", "合同外资(万美元)", "签约日期", "备注"],
                &["港口物流园", "1250.5", "2015-06-30", ""],
                &["商业中心", "12", "2016-01-02 14:05:00", ""],
                &["", "", "", ""],
                &["写字楼", "true", "", "-3"],
            ])
        );
        assert_eq!(book.rows.lines, [1, 2, 3, 4, 5, 6]);
        assert_eq!(book.rows.error_cells, [(4, 4, "#DIV/0!".to_owned())]);
    }

    #[test]
    fn reads_a_sheet_by_index_keeping_leading_empty_rows_in_the_line_numbers() {
        let book = read_workbook(&sample_workbook(), "p.xlsx", Some(2)).unwrap();
        assert_eq!(book.sheet, 2);
        assert_eq!(
            book.rows,
            RawRows {
                records: strings(&[&["区县", "项目数"], &["渝中区", "3"]]),
                lines: vec![5, 6],
                error_cells: vec![],
            }
        );
    }

    #[test]
    fn a_missing_or_empty_sheet_is_a_format_error_naming_the_sheets() {
        let bytes = sample_workbook();
        let missing = read_workbook(&bytes, "p.xlsx", Some(3)).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "p.xlsx: the workbook has no sheet 4; its sheets are \"封面\", \"项目\", \"汇总\""
        );
        let empty = read_workbook(&bytes, "p.xlsx", Some(0)).unwrap_err();
        assert_eq!(
            empty.to_string(),
            "p.xlsx: sheet \"封面\" is empty; choose another of the sheets \"封面\", \"项目\", \"汇总\""
        );
    }

    #[test]
    fn by_default_a_visible_sheet_comes_before_a_hidden_one() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let lookup = book.add_worksheet().set_name("lists").unwrap();
        lookup.write_string(0, 0, "code").unwrap();
        lookup.set_hidden(true);
        // Excel shows the active sheet, so a hidden first sheet needs another one active.
        let data = book.add_worksheet().set_name("data").unwrap();
        data.write_string(0, 0, "id").unwrap();
        data.set_active(true);
        let bytes = book.save_to_buffer().unwrap();
        let read = read_workbook(&bytes, "h.xlsx", None).unwrap();
        assert_eq!((read.sheet, read.rows.records), (1, strings(&[&["id"]])));
        let hidden = read_workbook(&bytes, "h.xlsx", Some(0)).unwrap();
        assert_eq!(hidden.rows.records, strings(&[&["code"]]));
    }

    #[test]
    fn a_workbook_with_only_empty_sheets_is_empty() {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet();
        book.add_worksheet();
        let bytes = book.save_to_buffer().unwrap();
        let error = read_workbook(&bytes, "blank.xlsx", None).unwrap_err();
        assert!(matches!(error, LoadError::Empty { .. }), "{error}");
    }

    #[test]
    fn text_and_damaged_files_are_format_errors() {
        let error = read_workbook(b"id,name\nP1,a\n", "p.xlsx", None).unwrap_err();
        assert!(matches!(error, LoadError::Format { .. }));
        assert!(
            error
                .to_string()
                .contains("expected an Excel workbook (.xlsx or .xls)"),
            "{error}"
        );
        let bytes = sample_workbook();
        let cut = bytes.get(..bytes.len() / 2).unwrap();
        let error = read_workbook(cut, "cut.xlsx", None).unwrap_err();
        assert!(matches!(error, LoadError::Format { .. }));
        assert!(
            error
                .to_string()
                .starts_with("cut.xlsx: the workbook is damaged or could not be read ("),
            "{error}"
        );
        let error = read_workbook(b"", "none.xlsx", None).unwrap_err();
        assert!(matches!(error, LoadError::Empty { .. }));
    }

    #[test]
    fn excel_serials_become_iso_text() {
        use calamine::ExcelDateTimeType::{DateTime, TimeDelta};
        let text = |serial, kind| excel_date_text(&ExcelDateTime::new(serial, kind, false));
        assert_eq!(text(42185.0, DateTime), "2015-06-30");
        assert_eq!(text(42185.5, DateTime), "2015-06-30 12:00:00");
        assert_eq!(text(0.25, DateTime), "06:00:00");
        assert_eq!(text(61.0, DateTime), "1900-03-01");
        assert_eq!(text(-1.0, DateTime), "-1");
        assert_eq!(text(1.5625, TimeDelta), "37:30:00");
        let date_1904 = ExcelDateTime::new(0.0 + 1.0, DateTime, true);
        assert_eq!(excel_date_text(&date_1904), "1904-01-02");
        assert_eq!(iso_date_text("2015-06-30T00:00:00"), "2015-06-30");
        assert_eq!(iso_date_text("2015-06-30T14:05:00"), "2015-06-30 14:05:00");
        assert_eq!(iso_date_text("2015-06-30"), "2015-06-30");
    }

    /// A cell of a test row, serialized the way the app's export writes cells.
    enum Cell {
        Missing,
        Text(&'static str),
        Number(f64),
        Integer(i64),
        Bool(bool),
    }

    impl Serialize for Cell {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Cell::Missing => serializer.serialize_none(),
                Cell::Text(text) => serializer.serialize_str(text),
                Cell::Number(value) => serializer.serialize_f64(*value),
                Cell::Integer(value) => serializer.serialize_i64(*value),
                Cell::Bool(value) => serializer.serialize_bool(*value),
            }
        }
    }

    /// Like the export's `RowAsMap`: a map in column order.
    struct Row(Vec<(&'static str, Cell)>);

    impl Serialize for Row {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(self.0.len()))?;
            for (name, cell) in &self.0 {
                map.serialize_entry(name, cell)?;
            }
            map.end()
        }
    }

    #[derive(Serialize)]
    struct Meta {
        title: &'static str,
        rows_selected: usize,
        currency_note: Option<String>,
    }

    /// Like the export's `ExportDocument`.
    #[derive(Serialize)]
    struct Document {
        meta: Meta,
        rows: Vec<Row>,
    }

    fn export_document() -> Document {
        Document {
            meta: Meta {
                title: "Hong Kong-invested projects in Chongqing",
                rows_selected: 2,
                currency_note: None,
            },
            rows: vec![
                Row(vec![
                    ("id", Cell::Text("P1")),
                    ("contracted_usd_m", Cell::Number(12.5)),
                    ("year", Cell::Integer(2015)),
                    ("listed", Cell::Bool(true)),
                    ("district", Cell::Missing),
                ]),
                Row(vec![
                    ("id", Cell::Text("P2")),
                    ("contracted_usd_m", Cell::Number(12.0)),
                    ("note", Cell::Text("港资 \"quoted\"")),
                    ("year", Cell::Integer(2016)),
                ]),
            ],
        }
    }

    fn export_records() -> Vec<Vec<String>> {
        strings(&[
            &[
                "id",
                "contracted_usd_m",
                "year",
                "listed",
                "district",
                "note",
            ],
            &["P1", "12.5", "2015", "true", "", ""],
            &["P2", "12", "2016", "", "", "港资 \"quoted\""],
        ])
    }

    /// The 1-based line of each record's first text, by looking: the check that `lines` points where it says.
    fn line_of(text: &str, needle: &str, nth: usize) -> u64 {
        let offset = text.match_indices(needle).nth(nth).unwrap().0;
        text.get(..offset).unwrap().matches('\n').count() as u64 + 1
    }

    #[test]
    fn reads_the_apps_json_export() {
        let text = serde_json::to_string_pretty(&export_document()).unwrap();
        let rows = read_json_records(&text, "x.json").unwrap();
        assert_eq!(rows.records, export_records());
        assert_eq!(rows.lines, [7, 8, 15]);
        assert_eq!(rows.lines[0], line_of(&text, "\"rows\": [", 0));
        assert_eq!(rows.lines[1], line_of(&text, "{\n      \"id\"", 0));
        assert_eq!(rows.lines[2], line_of(&text, "{\n      \"id\"", 1));
        assert!(rows.error_cells.is_empty());
    }

    #[test]
    fn reads_a_bare_json_array_of_objects_under_the_union_of_keys() {
        let text = "[\n{\"a\": 1, \"b\": \"x\"},\n\n  {\"b\": null, \"c\": {\"z\": [1, 2.50]}, \"a\": 1e2}\n]";
        let rows = read_json_records(text, "x.json").unwrap();
        assert_eq!(
            rows.records,
            strings(&[
                &["a", "b", "c"],
                &["1", "x", ""],
                &["100", "", "{\"z\":[1,2.5]}"]
            ])
        );
        assert_eq!(rows.lines, [1, 2, 4]);
    }

    #[test]
    fn reads_a_json_array_of_arrays_padding_short_rows() {
        let text = "\u{feff}[[\"id\", \"amount\"],\n [\"P1\", 12.0, true],\n [\"P2\"]]";
        let rows = read_json_records(text, "x.json").unwrap();
        assert_eq!(
            rows.records,
            strings(&[
                &["id", "amount", ""],
                &["P1", "12", "true"],
                &["P2", "", ""]
            ])
        );
        assert_eq!(rows.lines, [1, 2, 3]);
    }

    #[test]
    fn a_json_syntax_error_is_located() {
        let text = "{\n  \"rows\": [\n    {\"id\": \"P1\" \"x\": 1}\n  ]\n}";
        match read_json_records(text, "x.json").unwrap_err() {
            LoadError::Malformed {
                path,
                line,
                message,
            } => {
                assert_eq!(path, "x.json");
                assert_eq!(line, 3);
                assert_eq!(message, "column 17: expected `,` or `}`");
            }
            other => panic!("{other}"),
        }
        let error = read_json_records("[{\"a\": 1}", "x.json").unwrap_err();
        assert!(
            matches!(error, LoadError::Malformed { line: 1, .. }),
            "{error}"
        );
    }

    #[test]
    fn json_of_the_wrong_shape_says_what_was_expected() {
        let no_rows = read_json_records("{\"meta\": {}, \"data\": []}", "x.json").unwrap_err();
        assert_eq!(
            no_rows.to_string(),
            format!(
                "x.json: this JSON has no \"rows\"; expected {EXPECTED_SHAPE}, found an object with the keys meta, data"
            )
        );
        let not_list = read_json_records("{\"rows\": 5}", "x.json").unwrap_err();
        assert_eq!(
            not_list.to_string(),
            "x.json: line 1, column 10: invalid type: integer `5`, expected \"rows\" to be a list of rows"
        );
        let scalar = read_json_records("\"text\"", "x.json").unwrap_err();
        assert!(matches!(scalar, LoadError::Format { .. }), "{scalar}");
        let numbers = read_json_records("[1, 2]", "x.json").unwrap_err();
        assert_eq!(
            numbers.to_string(),
            format!("x.json: row 1 is a number; expected {EXPECTED_SHAPE}")
        );
        let mixed = read_json_records("[{\"a\": 1}, [1]]", "x.json").unwrap_err();
        assert_eq!(
            mixed.to_string(),
            "x.json: row 2 is a list; expected an object like row 1"
        );
        for empty in ["", "  \n", "[]", "{\"rows\": []}"] {
            let error = read_json_records(empty, "x.json").unwrap_err();
            assert!(
                matches!(error, LoadError::Empty { .. }),
                "{empty:?}: {error}"
            );
        }
    }

    #[test]
    fn reads_the_apps_ron_export() {
        let text =
            ron::ser::to_string_pretty(&export_document(), ron::ser::PrettyConfig::default())
                .unwrap();
        assert!(text.starts_with("(\n    meta: ("), "{text}");
        let rows = read_ron_records(&text, "x.ron").unwrap();
        assert_eq!(rows.records, export_records());
        assert_eq!(rows.lines[0], line_of(&text, "rows: [", 0));
        assert_eq!(rows.lines[1], line_of(&text, "{\n            \"id\"", 0));
        assert_eq!(rows.lines[2], line_of(&text, "{\n            \"id\"", 1));
        assert_eq!(rows.lines, [7, 8, 15]);
    }

    #[test]
    fn reads_hand_written_ron_with_comments_raw_strings_and_a_struct_name() {
        let text = r####"#![enable(implicit_some)]
// exported by hand, [not a list]
ExportDocument(
    meta: (title: "x /* no comment */ [", note: None, rows_before: [1]),
    /* block /* nested ( */ comment */
    rows: [
        {"id": r#"P"1"#, "amount": 1.5, "flag": 'y'},
        {"id": "P2", "amount": Some(3), "list": [1, 2], "sub": (a: 1)},
    ],
)
"####;
        let rows = read_ron_records(text, "x.ron").unwrap();
        assert_eq!(
            rows.records,
            strings(&[
                &["id", "amount", "flag", "list", "sub"],
                &["P\"1", "1.5", "y", "", ""],
                &["P2", "3", "", "[1,2]", "{\"a\":1}"],
            ])
        );
        assert_eq!(rows.lines, [6, 7, 8]);
        let bare = read_ron_records("[\n  [\"id\"],\n  [\"P1\"],\n]", "x.ron").unwrap();
        assert_eq!(bare.records, strings(&[&["id"], &["P1"]]));
        assert_eq!(bare.lines, [2, 3]);
    }

    #[test]
    fn a_ron_syntax_error_is_located() {
        let text = "(\n    rows: [\n        {\"id\" \"P1\"},\n    ],\n)";
        match read_ron_records(text, "x.ron").unwrap_err() {
            LoadError::Malformed { line, message, .. } => {
                assert_eq!(line, 3);
                assert!(message.starts_with("column 14: "), "{message}");
            }
            other => panic!("{other}"),
        }
        let error = read_ron_records("(meta: ())", "x.ron").unwrap_err();
        assert!(matches!(error, LoadError::Format { .. }), "{error}");
    }

    #[test]
    fn the_token_walk_finds_rows_or_gives_up() {
        let offsets = |text| row_positions(text).map(|p| (p.open, p.rows));
        assert_eq!(
            offsets("[1, [2, 3], {\"a\": 4},]"),
            Some((0, vec![1, 4, 12]))
        );
        assert_eq!(offsets("{\"rows\": []}"), Some((9, vec![])));
        assert_eq!(offsets("{\"meta\": {\"rows\": [1]}}"), None);
        assert_eq!(
            offsets("(meta: 1, rows: [ b\"x\", br#\"y\"#, 'z' ])"),
            Some((16, vec![18, 24, 33]))
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = read_json_records(&text, "x.json");
            let _ = read_ron_records(&text, "x.ron");
            let _ = read_workbook(&bytes, "x.xlsx", None);
            for magic in [ZIP_MAGIC, CFB_MAGIC] {
                let mut prefixed = magic.to_vec();
                prefixed.extend_from_slice(&bytes);
                let _ = read_workbook(&prefixed, "x.xlsx", Some(0));
            }
        }

        #[test]
        fn structured_text_never_panics(text in "[\\[\\]{}()\",:a-z0-9 \n\\\\'/#*r.-]{0,80}") {
            let _ = read_json_records(&text, "x.json");
            let _ = read_ron_records(&text, "x.ron");
            let _ = row_positions(&text);
        }

        #[test]
        fn corrupted_workbooks_never_panic(position in 0usize..100_000, byte in any::<u8>()) {
            let mut bytes = sample_workbook();
            let len = bytes.len();
            if let Some(b) = bytes.get_mut(position % len) {
                *b = byte;
            }
            let _ = read_workbook(&bytes, "x.xlsx", None);
        }
    }
}
