//! Investment Explorer: where Hong Kong money has gone in Chongqing, for investment and real-estate consultants.
//!
//! The crate is a library with a thin binary. Dependencies point one way:
//!
//! * [`model`] — the columnar project table, the reference datasets (sectors, districts, facts, rates), loaders
//!   with located errors, and the deterministic generator of the embedded synthetic dataset. No egui.
//! * [`query`] — the pure engine: `Filter` ⇒ `Selection`, facet counts, stable multi-key sort, group-by,
//!   cross-tab, and the serde `View` shared by the GUI, the CLI and saved-view files. No egui.
//! * [`export`] — writers for the current selection (CSV, TSV, XLSX, JSON, RON) and its breakdowns, always through a temp file and a
//!   rename so a failure never destroys the user's file. No egui.
//! * [`ui`] — egui panels that draw from `&` data and push [`command::Command`]s; the only place egui lives.
//! * [`app`] — the `eframe::App`: applies commands and recomputes cached results in `logic()`; `ui()` only draws.
//! * [`cli`] — the headless command line over the same `Filter`/`View` and engine.
#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod command;
pub mod export;
pub mod format;
pub mod i18n;
pub mod model;
pub mod platform;
pub mod query;
pub mod state;
pub mod ui;
