//! Investment Explorer: where Hong Kong money has gone in Chongqing, for investment and real-estate consultants.
//!
//! The crate is a library with a thin binary. Dependencies point one way (`tests/it/layering.rs` checks it):
//! `model` ← `query` ← `export` ← `ui` ← `app`, with `cli` beside `app` at the top; `format` is a leaf anyone may
//! use, and so is `i18n` (which may use `format`, nothing else).
//!
//! * [`model`] — the columnar project table, the reference datasets (sectors, districts, facts, rates), loaders
//!   with located errors, and the deterministic generator of the embedded synthetic dataset. No egui.
//! * [`query`] — the pure engine: `Filter` ⇒ `Selection`, facet counts, stable multi-key sort, group-by,
//!   cross-tab, currency conversion, drill rules, the filter in words, and [`query::Derived`] (everything the
//!   window computes from a dataset and a view); and the serde `View` shared by the GUI, the CLI and saved-view
//!   files. No egui.
//! * [`export`] — writers for the current selection (CSV, TSV, XLSX, JSON, RON, the clipboard's TSV) and its
//!   breakdowns, always through a temp file and a rename so a failure never destroys the user's file. No egui.
//! * [`command`], [`state`], [`platform`] — the vocabulary between the layers: what the UI can ask for, what is
//!   persisted, and the operating system behind traits (dialogs, threads, clock).
//! * [`ui`] — egui panels that draw from `&` data and push [`command::Command`]s; never imports `app`.
//! * [`app`] — the `eframe::App`: applies commands and refreshes derived data in `logic()`; `ui()` only draws.
//! * [`cli`] — the headless command line over the same `Filter`/`View` and engine.
//!
//! # Which state lives where
//!
//! | type | what | saved | shared | undoable |
//! |---|---|---|---|---|
//! | [`query::View`] | filters, sort, columns, tab, chart, grouping, currency and units, map zoom | in `AppState` and in view files | yes (`.ron`, `--view`) | yes |
//! | [`state::AppState`] | the current view, theme, saved views, confirmed mappings, last file (later: language) | yes, by eframe | no | no |
//! | [`ui::UiState`] | notices, open dialogs (the mapping dialog's draft), selected and focused rows | no | no | the mapping draft, while its dialog is open |
//! | [`query::Derived`] | selection, facet counts, totals, the tab's aggregates | no: recomputed when its keys change | no | no |
//! | [`ui::Activity`] | running background tasks, load progress, file changed on disk, undo availability | no: computed each frame | no | no |
//!
//! A new setting that a colleague should see when you send a view goes in `View` (with `#[serde(default)]`); a
//! preference of this machine's user goes in `AppState`; anything that only exists while the window shows it goes
//! in `UiState`.
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
