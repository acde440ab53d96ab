//! Frame time of the real window at one million rows, through egui_kittest (no GPU): a steady frame on each tab,
//! a frame that changes the filter (and so recomputes the selection and the tab's aggregates), and the frames
//! drawn while a filter change is evaluated on the worker thread (what ten million rows get by default).
//!
//! Run with `cargo bench --bench frames` (`BENCH_ROWS=10000000` for ten million rows).

use std::sync::LazyLock;

use divan::Bencher;
use egui_kittest::Harness;
use invest_explorer::app::ExplorerApp;
use invest_explorer::command::Command;
use invest_explorer::model::generate::{GenerateOptions, generate};
use invest_explorer::model::{DataSource, Dataset, ReferenceData};
use invest_explorer::query::{Filter, Tab};
use invest_explorer::state::AppState;

mod load;
use load::{bench_rows, load_projects};

static DATASET: LazyLock<Dataset> = LazyLock::new(|| {
    let csv = generate(&GenerateOptions {
        rows: bench_rows(),
        ..GenerateOptions::default()
    })
    .projects_csv;
    let table = load_projects(csv.as_bytes());
    let reference = ReferenceData::embedded().expect("embedded reference data loads");
    Dataset::new(table, reference, DataSource::Embedded)
});

fn main() {
    LazyLock::force(&DATASET);
    divan::main();
}

fn harness_on(tab: Tab) -> Harness<'static, ExplorerApp> {
    harness_evaluating_from(tab, invest_explorer::app::BACKGROUND_EVALUATION_ROWS)
}

/// The window on `tab`, evaluating views in the background from `rows` rows.
fn harness_evaluating_from(tab: Tab, rows: usize) -> Harness<'static, ExplorerApp> {
    let mut state = AppState::default();
    state.view.tab = tab;
    let mut app = ExplorerApp::new(DATASET.clone(), state);
    app.evaluate_in_background_from(rows);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(|cc| {
            invest_explorer::ui::fonts::install_fonts(
                &cc.egui_ctx,
                invest_explorer::i18n::Lang::En,
            );
            app
        });
    harness.run();
    harness
}

/// A frame with nothing changed: layout and paint only; every aggregate comes from the cache.
#[divan::bench(args = [Tab::Table, Tab::Breakdown, Tab::Charts, Tab::Map], sample_count = 30)]
fn steady_frame(bencher: Bencher, tab: Tab) {
    let mut harness = harness_on(tab);
    bencher.bench_local(|| harness.step());
}

/// A frame that applies a new filter: selection, facet counts, totals, sort and the tab's aggregates.
#[divan::bench(args = [Tab::Table, Tab::Breakdown, Tab::Charts, Tab::Map], sample_count = 10)]
fn frame_after_filter_change(bencher: Bencher, tab: Tab) {
    let mut harness = harness_on(tab);
    let filters = [
        Filter {
            sectors: ["Finance".to_owned()].into(),
            ..Filter::default()
        },
        Filter::default(),
    ];
    // The first sample sets Finance (the harness starts unfiltered): every sample is a real change.
    let mut next = 1;
    bencher.bench_local(|| {
        next = (next + 1) % filters.len();
        harness
            .state_mut()
            .commands
            .push(Command::SetFilter(filters[next].clone()));
        harness.step();
    });
}

/// Frames while filter changes are evaluated on the worker thread (forced at any size here): each sample asks for
/// another filter and draws a frame, so the worker is busy throughout and the frame pays for the copy it hands
/// over, the drawing of the last result, and a core shared with the worker. ≤ 33 ms is 30 fps.
#[divan::bench(args = [Tab::Table, Tab::Breakdown, Tab::Charts, Tab::Map], sample_count = 10)]
fn frame_while_computing(bencher: Bencher, tab: Tab) {
    let mut harness = harness_evaluating_from(tab, 0);
    let filters = [
        Filter {
            sectors: ["Finance".to_owned()].into(),
            ..Filter::default()
        },
        Filter::default(),
    ];
    let mut next = 1;
    bencher.bench_local(|| {
        next = (next + 1) % filters.len();
        harness
            .state_mut()
            .commands
            .push(Command::SetFilter(filters[next].clone()));
        harness.step();
    });
}

/// Start-up to the first frame (or the first two: the fonts the app installs on its first frame are used from the
/// second) on the embedded dataset, as `invest-explorer` with no file starts: load the embedded CSV and reference
/// data, build the app and its first view, lay out and tessellate. Not in it: the operating system's window and GL
/// context (the harness has no GPU) and reading the saved state.
#[divan::bench(args = [1, 2], sample_count = 10, sample_size = 1)]
fn startup_to_first_frame(frames: usize) -> Harness<'static, ExplorerApp> {
    let dataset = Dataset::embedded().expect("embedded dataset");
    let app = ExplorerApp::new(dataset, AppState::default());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(|_| app);
    for _ in 0..frames {
        harness.step();
    }
    harness
}
