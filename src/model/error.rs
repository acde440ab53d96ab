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
    /// A syntax error of a JSON, RON or CSV text, as the parser (serde_json, ron, csv) reports it.
    Syntax { syntax: Syntax },
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
    /// A JSON or RON document that is a single value (a number, text…) rather than a table.
    NotTable { found: ValueKind },
    /// A JSON or RON document whose "rows" is not a list.
    RowsNotList { found: ValueKind },
    /// Valid JSON or RON of the wrong type for what the app reads there (a view's field, a reference file), in
    /// serde's words ("invalid type: integer `5`, expected a string"): its types are words, not values to type.
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
    /// A spreadsheet the reader refused or could not read; `sheet` is the sheet it was reading, when it was
    /// reading one (boxed: the refusals are many and large, and every error carries a `Problem`).
    Workbook {
        sheet: Option<String>,
        problem: Box<WorkbookProblem>,
    },
    /// Reference data (the map's districts, the app's own RON files) that is not what the app expects.
    Reference { detail: String },
}

/// Why a spreadsheet was refused or could not be read. Sizes are in bytes, counts in cells, strings or parts;
/// `part` is a part of a ZIP-based workbook (`xl/sharedStrings.xml`), cells are named as spreadsheets name them
/// ("XFD1048576", "A1:D120").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WorkbookProblem {
    /// Not a spreadsheet at all; `holds` says what the file is when it is a container without a workbook.
    NotAWorkbook { holds: Option<Container> },
    /// An HTML table saved under a spreadsheet's name, as bank and ERP downloads often are.
    WebPage,
    /// An Excel 2003 XML spreadsheet, which the app does not read.
    XmlSpreadsheet,
    /// A password-protected workbook.
    Password,
    /// The spreadsheet library could not read the file: its own words (English, code-like), kept for a support
    /// request.
    Damaged { detail: String },
    /// The spreadsheet library stopped half-way (a caught panic): its own words.
    ReaderStopped { detail: String },
    /// More parts in the archive than the app reads.
    TooManyParts { parts: usize, limit: usize },
    /// All parts together would unpack to more than the app reads from one workbook.
    ArchiveTooLarge { limit: u64 },
    /// One part would unpack to more than the app reads from a part.
    PartTooLarge { part: String, size: u64, limit: u64 },
    /// One part packed far tighter than a workbook's parts are: a zip bomb.
    PartPackedTight {
        part: String,
        packed: u64,
        size: u64,
        ratio: u64,
    },
    /// One part unpacks to more than its directory declares.
    PartBeyondDeclared { part: String, declared: u64 },
    /// A tag longer than the scanner reads in one part.
    LongTag { part: String, limit: u64 },
    /// A run of text or spaces with no markup longer than any cell.
    LongText { part: String, limit: u64 },
    /// The shared string table announces more strings than the app reads.
    SharedStringsAnnounced {
        part: String,
        announced: u64,
        limit: usize,
    },
    /// The shared string table holds more strings than the app reads.
    TooManySharedStrings { part: String, limit: usize },
    /// An OpenDocument workbook whose sheets make grids of more cells than the app reads (`trim`: the table
    /// has rows or columns to delete around it, as the refusal advises).
    OdsGrid {
        part: String,
        limit: usize,
        trim: bool,
    },
    /// An XLS compound file whose chain of sectors loops.
    SectorLoop,
    /// An XLS stream that points outside the file's data.
    StreamOutside,
    /// An XLS sector table larger than the file.
    SectorTable,
    /// The XLS sheets up to `sheet` hold more cells together than the app reads.
    XlsSheets { sheet: SheetName, limit: usize },
    /// An XLS sheet with a cell far outside its table.
    XlsFarCell {
        sheet: SheetName,
        cell: String,
        start: String,
        rows: u64,
        columns: u64,
        limit: usize,
    },
    /// An XLS sheet whose Dimensions record declares more cells than the app reads (1-based rows and columns).
    XlsDimensions {
        sheet: SheetName,
        first_row: u64,
        last_row: u64,
        first_column: u64,
        last_column: u64,
        limit: usize,
    },
    /// A sheet with more filled cells than the app reads.
    FilledCells { limit: usize },
    /// A cell far outside the table (`table`) makes the sheet `rows` × `columns`, beyond `limit`.
    FarCell {
        cell: String,
        table: String,
        rows: u64,
        columns: u64,
        limit: TableLimit,
    },
    /// The table itself (`table`) is `rows` × `columns`, beyond `limit`.
    TableTooLarge {
        table: String,
        rows: u64,
        columns: u64,
        limit: TableLimit,
    },
}

/// What a container without a workbook is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Container {
    /// An OLE compound file (a Word document, an Outlook message…).
    Compound,
    /// A ZIP archive (a .docx, an archive).
    Zip,
}

/// The limit a sheet's table goes beyond.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "limit", rename_all = "snake_case")]
pub enum TableLimit {
    Columns(usize),
    Cells(usize),
}

/// An XLS sheet as its BoundSheet record names it, or its 1-based number when the name cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SheetName {
    Named(String),
    Number(usize),
}

/// A syntax error as the parsers report it, typed wherever the parser says what it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Syntax {
    /// The text ends before what it opened (a list, an object, a string) is closed.
    EndsEarly,
    /// Punctuation expected here, written as it is typed (one of them): "`:`", or "`,`" and "`}`".
    ExpectedToken { tokens: &'static [&'static str] },
    /// A value of some kind expected here.
    ExpectedValue { wanted: Wanted },
    /// A comma before a closing bracket.
    TrailingComma,
    /// More text after the end of the document.
    TrailingCharacters,
    /// A number that is not written as one, or too large.
    InvalidNumber,
    /// A backslash escape (`\q`, `\u12`) that is not one.
    InvalidEscape,
    /// An object key that is not text.
    KeyNotText,
    /// A control character (a raw tab, a line break) inside a string.
    ControlCharacter,
    /// A comment that is never closed.
    UnclosedComment,
    /// Lists or objects nested deeper than the parser follows.
    TooDeep,
    /// A character that cannot start or continue anything here.
    UnexpectedChar { found: char },
    /// A field the app needs is missing (a view or a reference file).
    MissingField { field: String },
    /// A field the app does not know, with the fields it does.
    UnknownField {
        found: String,
        expected: Vec<String>,
    },
    /// A choice the app does not know (`tab: Tables`), with the ones it does.
    UnknownChoice {
        found: String,
        expected: Vec<String>,
    },
    /// Anything else, in the parser's own words (English): nothing in them can be typed.
    Other { detail: String },
}

/// What kind of value a parser expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Wanted {
    Value,
    Name,
    Boolean,
    Integer,
    Number,
    Text,
    Character,
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
