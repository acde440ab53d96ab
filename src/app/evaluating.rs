//! Bringing [`Derived`] up to date with the view: on the UI thread for tables that evaluate within a frame, on a
//! worker thread for larger ones, so the window keeps drawing (the last result, with "Computing…" in the status
//! bar) while ten million rows are filtered, counted, sorted and grouped.
//!
//! One evaluation runs at a time. Changes made while it runs (a click, every keystroke in search) only change the
//! view; when the result comes back the app takes it and, if the view moved on meanwhile, starts one more for the
//! latest view. So typing coalesces: at most one evaluation per frame, the latest text wins, and no timer is
//! involved. Each request has a number; a result that is not the one awaited (the dataset was replaced since) is
//! dropped.

use std::sync::Arc;

use super::ExplorerApp;
use super::tasks::{Background, TaskKind};
use crate::query::{Derived, View};
use crate::tr;

/// From this many rows a view is evaluated off the UI thread. A filter change costs the engine about 12–16 ms of
/// work per million rows on the 2-core machine the targets are measured on (README "Speed"), so up to two
/// million rows it fits in a 30 fps frame and stays synchronous (and instant: no "Computing…" flicker).
pub const BACKGROUND_EVALUATION_ROWS: usize = 2_000_000;

/// The state of background evaluation.
pub(super) struct Evaluation {
    /// Tables with at least this many rows are evaluated in the background.
    threshold: usize,
    /// The number of the last request started.
    request: u64,
    /// The request being computed, if any, and the view it was asked for.
    running: Option<(u64, View)>,
    /// The view whose evaluation panicked: not tried again until the view changes.
    failed: Option<View>,
}

impl Default for Evaluation {
    fn default() -> Self {
        Self {
            threshold: BACKGROUND_EVALUATION_ROWS,
            request: 0,
            running: None,
            failed: None,
        }
    }
}

impl ExplorerApp {
    /// Evaluates views of tables with at least `rows` rows in the background (default
    /// [`BACKGROUND_EVALUATION_ROWS`]): tests and benches lower it to see the background path on small data.
    pub fn evaluate_in_background_from(&mut self, rows: usize) {
        self.evaluation.threshold = rows;
    }

    /// Whether a background evaluation is under way: the window shows the last result and says it is computing.
    pub fn is_computing(&self) -> bool {
        self.evaluation.running.is_some()
    }

    /// Brings the derived data up to date with the view: now, or by starting a background evaluation (see the
    /// module docs). Without `ctx` (while the app is built) always now.
    pub(super) fn refresh_derived(&mut self, ctx: Option<&egui::Context>) {
        let generation = self.generation;
        if self.evaluation.running.is_some()
            || self.derived.is_current(generation, &self.state.view)
            || self.evaluation.failed.as_ref() == Some(&self.state.view)
        {
            return;
        }
        // A new dataset or currency is evaluated at once: the last result's rows and amounts belong to the old
        // one, and drawing them with the new would show wrong figures, not just old ones.
        let same_money =
            self.derived.money_key() == Some((generation, self.state.view.money.currency));
        let background = self.dataset.projects.len() >= self.evaluation.threshold && same_money;
        match ctx {
            Some(ctx) if background => self.evaluate_in_background(ctx),
            _ => {
                let refreshed = self
                    .derived
                    .refresh(&self.dataset, generation, &self.state.view);
                if refreshed.selection {
                    self.forget_rows_outside_selection();
                }
            }
        }
    }

    fn evaluate_in_background(&mut self, ctx: &egui::Context) {
        self.evaluation.request += 1;
        let request = self.evaluation.request;
        // The worker refreshes a copy: only the stale parts are recomputed, the sort orders are shared.
        let mut derived = self.derived.clone();
        let dataset = Arc::clone(&self.dataset);
        let generation = self.generation;
        let view = self.state.view.clone();
        let label = tr!(self.state.lang, "status-computing");
        let started = self.run_in_background(
            TaskKind::Evaluate,
            "view-evaluator",
            label,
            ctx,
            move || {
                derived.refresh(&dataset, generation, &view);
                Background::Evaluated(request, generation, Box::new(derived))
            },
        );
        if started.is_some() {
            self.evaluation.running = Some((request, self.state.view.clone()));
        } else {
            // No thread (the error is shown): evaluate here rather than never.
            let refreshed = self
                .derived
                .refresh(&self.dataset, generation, &self.state.view);
            if refreshed.selection {
                self.forget_rows_outside_selection();
            }
        }
    }

    /// A background evaluation finished: show it if it is the one awaited and of the current dataset. The next
    /// `refresh_derived` starts another if the view changed meanwhile.
    pub(super) fn on_evaluated(&mut self, request: u64, generation: u64, derived: Derived) {
        if self
            .evaluation
            .running
            .as_ref()
            .map(|(awaited, _)| *awaited)
            != Some(request)
        {
            return;
        }
        self.evaluation.running = None;
        if generation == self.generation {
            let last = std::mem::replace(&mut self.derived, derived);
            drop_on_another_thread(last);
            self.forget_rows_outside_selection();
        }
    }

    /// A background evaluation panicked (the notice says so): nothing of it was taken, and its view is not tried
    /// again, which would fail the same way on every frame; the next change of the view is.
    pub(super) fn on_evaluation_failed(&mut self) {
        self.evaluation.failed = self.evaluation.running.take().map(|(_, view)| view);
    }
}

/// Frees the last result on a thread of its own: its rows (two arrays of up to ten million numbers, 40 MB each)
/// took 2–6 ms to free at 10M rows, in the frame that also draws the new result. Freeing shows nothing, so it
/// does not go through the platform's spawner, whose jobs tests hold and run by name. If no thread starts, the
/// closure and the result in it are dropped here, as before.
fn drop_on_another_thread(last: Derived) {
    let _ = std::thread::Builder::new()
        .name("result-dropper".to_owned())
        .spawn(move || drop(last));
}
