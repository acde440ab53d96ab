//! DATA: the project table, its reference datasets, loading and validation, typed errors.
//!
//! Must not depend on egui, eframe or rfd: the CLI, the exporters and the tests use it headless.

pub mod bands;
pub mod columns;
pub mod dataset;
pub mod error;
pub mod generate;
pub mod geo;
pub mod load;
pub mod names;
pub mod reference;
mod rng;
pub mod table;
pub mod tables;

pub use columns::{Cell, ColumnKind, Date, Field, YearColumn};
pub use dataset::{DataSource, Dataset, Provenance, ReferenceData};
pub use error::LoadError;
pub use table::{ColumnId, ColumnValues, ProjectRow, ProjectTable};
