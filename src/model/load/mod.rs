//! Loaders: raw bytes in, a validated [`ProjectTable`](super::ProjectTable) or a located [`LoadError`] out.
//!
//! Must not depend on egui, eframe or rfd.

pub mod csv;
pub mod ron_data;

pub use self::csv::load_csv_bytes;
