//! Axis steps. A count axis steps by whole numbers (1, 2, 5, 10, 20…), never "0.2 projects"; a year axis steps
//! by 1, 2, 5, 10, 20 or 50 years from a multiple of the step, so the labelled years are evenly spaced and
//! round (1990, 1995, 2000), and the years that have a bar are labelled when they are few enough to be (a lone
//! year always is). Amount axes step by 1, 2 or 5 times a power of ten. Pure arithmetic, so it is
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

/// The years to label on a year axis showing `[min, max]`, labels at least `min_step` years apart: the round years
/// of [`year_step`], except that the years with a bar (`bar_years`, any order), when they are few enough to be
/// labelled `min_step` apart, are all labelled, and the round years too close to one of them give way. So one bar
/// in 2017 reads "2014 2017 2020", not "2014 2016 2018 2020" with the bar between two labels; many bars keep the
/// evenly thinned round years. The one rule of every year axis (the over-time rows, sectors by year).
///
/// Round years closer than `edge` to an end of the axis are left out (their centred labels would be cut by the
/// frame or run into the value axis); a year with a bar is labelled wherever it is.
pub fn year_marks(min_step: f64, (min, max): (f64, f64), edge: f64, bar_years: &[i32]) -> Vec<f64> {
    let round = marks(year_step(min_step), min + edge, max - edge);
    let mut bars: Vec<f64> = bar_years
        .iter()
        .map(|&year| f64::from(year))
        .filter(|year| (min..=max).contains(year))
        .collect();
    bars.sort_by(f64::total_cmp);
    bars.dedup();
    let all_round = bars.iter().all(|year| round.contains(year));
    let fit = bars.windows(2).all(|pair| pair[1] - pair[0] >= min_step);
    if all_round || !fit {
        return round;
    }
    let mut years: Vec<f64> = round
        .into_iter()
        .filter(|mark| bars.iter().all(|bar| (mark - bar).abs() >= min_step))
        .collect();
    years.extend(bars);
    years.sort_by(f64::total_cmp);
    years
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
    fn years_with_bars_are_labelled_when_few_and_round_years_otherwise() {
        // One year on a narrow plot (labels 1.5 years apart): the lone bar's year is labelled, with room kept.
        let lone = (2013.4, 2020.6);
        assert_eq!(
            year_marks(1.5, lone, 0.0, &[2017]),
            [2014.0, 2017.0, 2020.0]
        );
        // …and on a wide one it already is.
        assert_eq!(
            year_marks(0.4, lone, 0.0, &[2017]),
            marks(1.0, 2013.4, 2020.6)
        );
        // Round years give way at the ends; a bar's year at an end is still labelled.
        assert_eq!(year_marks(1.5, lone, 0.7, &[2017]), [2017.0]);
        let long = (1984.4, 2023.6);
        let at_start = year_marks(4.0, long, 1.0, &[1985]);
        assert_eq!(
            at_start,
            [
                1985.0, 1990.0, 1995.0, 2000.0, 2005.0, 2010.0, 2015.0, 2020.0
            ]
        );
        // A few bars far apart: each labelled, no label closer than the step to another.
        let few = year_marks(3.0, (1989.5, 2020.5), 0.0, &[2020, 1993, 2007]);
        assert!(few.contains(&1993.0) && few.contains(&2007.0) && few.contains(&2020.0));
        assert!(
            few.windows(2).all(|pair| pair[1] - pair[0] >= 3.0),
            "{few:?}"
        );
        // Bars every year that cannot all be labelled: the evenly thinned round years.
        let every: Vec<i32> = (1990..=2020).collect();
        assert_eq!(
            year_marks(3.0, (1989.5, 2020.5), 0.0, &every),
            marks(5.0, 1989.5, 2020.5)
        );
        // No bars (an empty range) or bars outside the axis: round years.
        assert_eq!(
            year_marks(1.5, lone, 0.0, &[]),
            [2014.0, 2016.0, 2018.0, 2020.0]
        );
        assert_eq!(
            year_marks(1.5, lone, 0.0, &[1990]),
            [2014.0, 2016.0, 2018.0, 2020.0]
        );
    }

    #[test]
    fn marks_are_the_multiples_in_range() {
        assert_eq!(marks(5.0, 1983.5, 2001.0), [1985.0, 1990.0, 1995.0, 2000.0]);
        assert_eq!(marks(1.0, 2016.5, 2017.5), [2017.0]);
        assert!(marks(0.0, 0.0, 1.0).is_empty());
        assert!(marks(1.0, 2.0, 1.0).is_empty());
    }
}
