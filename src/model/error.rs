//! Typed, located errors for everything that reads a file.
//!
//! Every message names the file and, where there is one, the line and column and what was expected, so a
//! consultant can open the file and fix it. Must not depend on egui, eframe or rfd.

/// Why a dataset could not be loaded. The `Display` text is the one message the user sees.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read the file: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the file is empty; expected a header line and project rows")]
    Empty { path: String },
    #[error("{path}, line 1: missing column{} {}; a project file needs the columns {} (in any order)",
        if missing.len() == 1 { "" } else { "s" }, missing.join(", "), expected.join(", "))]
    MissingColumns {
        path: String,
        missing: Vec<String>,
        expected: Vec<String>,
    },
    #[error("{path}, line {line}, column {column} ({name}): expected {expected}, found {value:?}")]
    BadValue {
        path: String,
        line: u64,
        column: usize,
        name: String,
        expected: &'static str,
        value: String,
    },
    #[error(
        "{path}, line {line}, column {column}: the text is not valid {encoding}; save the file as UTF-8, or choose its encoding when opening it"
    )]
    Encoding {
        path: String,
        line: u64,
        column: usize,
        /// The encoding the bytes were read as, e.g. "UTF-8" or "GBK".
        encoding: String,
    },
    #[error(
        "{path}: this is not a text table (it looks like binary data); expected CSV, TSV, XLSX, XLS, JSON or RON"
    )]
    Binary { path: String },
    #[error("{path}: the file was closed before it finished loading")]
    Cancelled { path: String },
    #[error("{path}, line {line}: {message}")]
    Malformed {
        path: String,
        line: u64,
        message: String,
    },
    #[error("{path}: {message}")]
    Format { path: String, message: String },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &str {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::MissingColumns { path, .. }
            | LoadError::BadValue { path, .. }
            | LoadError::Encoding { path, .. }
            | LoadError::Binary { path }
            | LoadError::Cancelled { path }
            | LoadError::Malformed { path, .. }
            | LoadError::Format { path, .. } => path,
        }
    }
}
