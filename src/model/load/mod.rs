//! Loaders: raw bytes in, a validated [`ProjectTable`](super::ProjectTable) or a located [`LoadError`] out.
//!
//! Must not depend on egui, eframe or rfd.

pub mod blocks;
pub mod builder;
pub mod limits;
pub mod mapping;
pub mod open;
pub mod quality;
pub mod ron_data;
pub mod sheet;
pub mod sniff;
pub mod syntax;
pub mod values;
