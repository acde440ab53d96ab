//! Every integration test in one binary: one link of egui instead of one per file, which is most of CI's time.
//!
//! Run one group with `cargo test --test it ui_open::` (or any part of a test's name).

// Test code: a panic is the failure report, and helpers outside `#[test]` functions may unwrap too.
#![allow(clippy::unwrap_used)]

mod common;

mod chart_series;
mod cli;
mod cli_chart;
mod cli_lang;
mod cli_lang_errors;
mod data_targets;
mod engine_oracle;
mod export_files;
mod geo_names;
mod hkd_files;
mod hostile_files;
mod i18n;
mod layering;
mod open_files;
mod pdf;
mod score;
mod state_files;
mod ui_amounts;
mod ui_charts;
mod ui_client_safe;
mod ui_computing;
mod ui_explorer;
mod ui_export;
mod ui_lang;
mod ui_map;
mod ui_million;
mod ui_no_english;
mod ui_open;
mod ui_opportunities;
mod ui_present;
mod ui_tables;
mod ui_views;
mod ui_window;
