//! Project sizes: how many selected projects fall in each logarithmic band of contracted amount. The bins are
//! fixed — four per power of ten, at 10^(k/4) — and span the whole dataset's amounts, not the selection's, so
//! one project or one sector draws against the same axis as everything. Must not depend on egui, eframe or rfd.

/// Bins per power of ten: each spans a factor of 10^(1/4) ≈ 1.78.
pub const BINS_PER_DECADE: i32 = 4;

/// One bar: the projects whose amount is in `[lower_m, upper_m)`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SizeBin {
    /// In millions of the view's currency.
    pub lower_m: f64,
    pub upper_m: f64,
    pub num_projects: usize,
}

impl SizeBin {
    /// The bin's edges as logarithms (the chart's x axis).
    pub fn log_edges(&self) -> (f64, f64) {
        (self.lower_m.log10(), self.upper_m.log10())
    }
}

/// The bins of a selection, and the selected projects no bin holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SizeHistogram {
    /// Consecutive bins from the dataset's smallest to its largest amount, empty ones included.
    pub bins: Vec<SizeBin>,
    /// Selected projects with no positive contracted amount (missing or zero): on no bar.
    pub num_without_amount: usize,
}

/// The bin index of a positive, finite amount.
fn bin_index(amount: f64) -> i32 {
    (amount.log10() * f64::from(BINS_PER_DECADE)).floor() as i32
}

fn bin_edge(index: i32) -> f64 {
    10f64.powf(f64::from(index) / f64::from(BINS_PER_DECADE))
}

fn has_bin(amount: f64) -> bool {
    amount.is_finite() && amount > 0.0
}

/// Counts the selected `rows` of the `amounts` column (every row of the table) in the fixed bins.
pub fn size_histogram(amounts: &[f64], rows: &[u32]) -> SizeHistogram {
    let indices = amounts
        .iter()
        .copied()
        .filter(|&a| has_bin(a))
        .map(bin_index);
    let (Some(first), Some(last)) = (indices.clone().min(), indices.max()) else {
        return SizeHistogram {
            bins: Vec::new(),
            num_without_amount: rows.len(),
        };
    };
    let mut counts = vec![0usize; (last - first + 1) as usize];
    let mut num_without_amount = 0;
    for &row in rows {
        let amount = amounts.get(row as usize).copied().unwrap_or(f64::NAN);
        if has_bin(amount) {
            counts[(bin_index(amount) - first) as usize] += 1;
        } else {
            num_without_amount += 1;
        }
    }
    let bins = counts
        .into_iter()
        .zip(first..)
        .map(|(num_projects, index)| SizeBin {
            lower_m: bin_edge(index),
            upper_m: bin_edge(index + 1),
            num_projects,
        })
        .collect();
    SizeHistogram {
        bins,
        num_without_amount,
    }
}
