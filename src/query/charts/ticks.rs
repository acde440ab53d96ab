//! Axis steps. A count axis steps by whole numbers (1, 2, 5, 10, 20…), never "0.2 projects"; a year axis steps
//! by 1, 2, 5, 10, 20 or 50 years from a multiple of the step, so the labelled years are evenly spaced and
//! round (1990, 1995, 2000). Amount axes step by 1, 2 or 5 times a power of ten. Pure arithmetic, so it is
//! tested here and the UI only hands the results to the plot. Must not depend on egui, eframe or rfd.

/// The smallest "nice" step (1, 2 or 5 × 10^k) that is at least `min_step`.
pub fn nice_step(min_step: f64) -> f64 {
    if !min_step.is_finite() || min_step <= 0.0 {
        return 1.0;
    }
    let power = 10f64.powf(min_step.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&step| step >= min_step * (1.0 - 1e-9))
        .unwrap_or(10.0 * power)
}

/// A nice step for a count axis: a whole number, at least 1.
pub fn count_step(min_step: f64) -> f64 {
    nice_step(min_step.max(1.0))
}

/// A step for a year axis: 1, 2, 5, 10, 20 or 50 years (more for a very long axis), at least `min_step`.
pub fn year_step(min_step: f64) -> f64 {
    [1.0, 2.0, 5.0, 10.0, 20.0, 50.0]
        .into_iter()
        .find(|&step| step >= min_step)
        .unwrap_or_else(|| nice_step(min_step))
}

/// The multiples of `step` within `[min, max]`.
pub fn marks(step: f64, min: f64, max: f64) -> Vec<f64> {
    if !(step > 0.0 && min.is_finite() && max.is_finite()) || max < min {
        return Vec::new();
    }
    let first = (min / step).ceil() as i64;
    let last = (max / step).floor() as i64;
    // A plot never shows more than a few hundred marks; a degenerate step would make millions.
    if last - first > 10_000 {
        return Vec::new();
    }
    (first..=last).map(|i| i as f64 * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_nice_and_counts_whole() {
        assert_eq!(nice_step(0.03), 0.05);
        assert_eq!(nice_step(1.0), 1.0);
        assert_eq!(nice_step(1.2), 2.0);
        assert_eq!(nice_step(7.0), 10.0);
        assert_eq!(nice_step(230.0), 500.0);
        assert_eq!(count_step(0.2), 1.0);
        assert_eq!(count_step(2.5), 5.0);
        assert_eq!(year_step(0.3), 1.0);
        assert_eq!(year_step(3.0), 5.0);
        assert_eq!(year_step(12.0), 20.0);
        assert_eq!(year_step(70.0), 100.0);
    }

    #[test]
    fn marks_are_the_multiples_in_range() {
        assert_eq!(marks(5.0, 1983.5, 2001.0), [1985.0, 1990.0, 1995.0, 2000.0]);
        assert_eq!(marks(1.0, 2016.5, 2017.5), [2017.0]);
        assert!(marks(0.0, 0.0, 1.0).is_empty());
        assert!(marks(1.0, 2.0, 1.0).is_empty());
    }
}
