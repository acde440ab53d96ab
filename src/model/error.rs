//! Typed, located errors for everything that reads a file.
//!
//! Every error names the file and, where there is one, the line and column and what was expected, so a
//! consultant can open the file and fix it. The model holds no sentences: `query::messages` words an error (and
//! the quality report) in the reader's language, and its English wording is also this type's `Display` (for logs
//! and `anyhow`). Must not depend on egui, eframe or rfd.

use serde::Serialize;

/// Why a dataset could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all (missing, no permission…).
    Io {
        path: String,
        source: std::io::Error,
    },
    /// Nothing in the file: no header, no rows.
    Empty { path: String },
    /// Bytes that do not decode in the encoding the file was read as.
    Encoding {
        path: String,
        line: u64,
        column: usize,
        /// The encoding the bytes were read as, e.g. "UTF-8" or "GBK" (a code, not words).
        encoding: String,
    },
    /// Binary data that is not a format the app reads (PDF, image…).
    Binary { path: String },
    /// The load was stopped because the user closed the file.
    Cancelled { path: String },
    /// A problem at a place in the file: its line, and its column when the reader knows it.
    Malformed {
        path: String,
        line: u64,
        column: Option<usize>,
        problem: Problem,
    },
    /// A problem of the file as a whole.
    Format { path: String, problem: Problem },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &str {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::Encoding { path, .. }
            | LoadError::Binary { path }
            | LoadError::Cancelled { path }
            | LoadError::Malformed { path, .. }
            | LoadError::Format { path, .. } => path,
        }
    }
}

// `Display` (the English wording) is implemented in `query::messages`, next to the other languages.
impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// What a cell should have held, for "expected a year such as 2015, found …".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    Year,
    Date,
    Employees,
    Coordinate,
    YesNo,
    Currency,
    /// A non-negative amount.
    Amount,
    /// An amount in a currency, and for a year, the app has an exchange rate for.
    ConvertibleAmount,
    /// A value, where the spreadsheet shows an error (`#DIV/0!`, `#REF!`).
    SpreadsheetValue,
}

/// What a JSON or RON value is, for "row 2 is a list; expected an object like row 1".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    Object,
    List,
    Text,
    Number,
    Boolean,
    Null,
}

/// Why a row was skipped or a file refused, beyond what [`LoadError`]'s own variants say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// A record with another number of fields than the header.
    RowWidth { expected: usize, found: usize },
    /// The last record is cut short and the file does not end in a line break: it seems truncated.
    Truncated { found: usize, expected: usize },
    /// A header and no rows under it.
    NoRows,
    /// A syntax error, in the parser's own words (serde_json, ron, csv): a code-like detail, quoted as is.
    Syntax { detail: String },
    /// The file stopped being readable half-way (the system's words).
    ReadFailed { detail: String },
    /// The second parser thread could not start or stopped (the system's words, if any).
    ParserThread { detail: Option<String> },
    /// UTF-32 text, which the app does not read.
    Utf32,
    /// A JSON or RON row that is neither an object nor a list.
    RowNotTable { row: usize, found: ValueKind },
    /// A JSON or RON row of another shape than row 1 (`like` is row 1's, an object or a list).
    RowUnlike {
        row: usize,
        found: ValueKind,
        like: ValueKind,
    },
    /// A JSON or RON object without "rows" (`format` is "JSON" or "RON"; `keys` are the object's).
    NoRowsKey {
        format: &'static str,
        keys: Vec<String>,
    },
    /// Valid JSON or RON of the wrong type for a row, in the parser's words.
    Shape { detail: String },
    /// A list row with more values than a table may have columns.
    TooManyValues {
        row: usize,
        values: usize,
        limit: usize,
    },
    /// An object row bringing one key more than the app reads.
    TooManyKeys {
        row: usize,
        key: String,
        limit: usize,
    },
    /// The rows so far make a table larger than the app reads; `newest` is the newest key and the row it first
    /// appears in, when most rows bring keys of their own.
    TooManyCells {
        row: usize,
        rows: usize,
        columns: usize,
        limit: usize,
        newest: Option<(String, usize)>,
    },
    /// `--sheet N` (or the dialog's choice) beyond the workbook's sheets (`sheet` counts from 1).
    NoSuchSheet { sheet: usize, sheets: Vec<String> },
    /// The chosen sheet holds nothing.
    EmptySheet { name: String, sheets: Vec<String> },
    /// A spreadsheet the reader refused or could not read, in the spreadsheet reader's words.
    Workbook { detail: String },
    /// Reference data (the map's districts, the app's own RON files) that is not what the app expects.
    Reference { detail: String },
}

/// A note of the reader about something it left out of the file, for the quality report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// A filled spreadsheet cell left out of the table (its name like "XFD1048576" and its first characters).
    IgnoredCell {
        cell: String,
        value: String,
        why: IgnoredWhy,
    },
    /// More cells left out for the same reason, only counted.
    MoreIgnored { cells: usize },
}

/// Why a cell was left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IgnoredWhy {
    /// Beyond the last cell a spreadsheet has (named).
    BeyondTheSheet { last: String },
    /// Alone in its row and column, far outside the table (named, e.g. "B2:C3").
    FarOutside { table: String },
}
