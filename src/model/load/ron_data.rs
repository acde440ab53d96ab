//! Loads the app's own RON files (reference datasets, saved views) with located errors.
//!
//! Must not depend on egui, eframe or rfd.

use serde::de::DeserializeOwned;

use crate::model::error::LoadError;
use crate::model::load::syntax::ron_problem;

/// Parses RON text into `T`; `path` is only used in the error message, which names line and column.
pub fn parse_ron<T: DeserializeOwned>(text: &str, path: &str) -> Result<T, LoadError> {
    ron::from_str(text).map_err(|e| LoadError::Malformed {
        path: path.into(),
        line: e.span.start.line as u64,
        column: Some(e.span.start.col),
        problem: ron_problem(&e.code),
    })
}
