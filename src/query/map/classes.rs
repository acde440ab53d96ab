//! Classed breaks for the choropleth: quantiles of the districts' values rounded to two significant figures, so
//! the legend reads "120 – 450", not "118.37 – 452.9", with empty classes merged away.

/// Classes over `[min, max]`: class `i` holds `lower[i] ≤ v < lower[i + 1]`, the last one up to `max` included.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassBreaks {
    /// Lower bound of each class, strictly increasing; the first is the smallest value.
    pub lower: Vec<f64>,
    /// The largest value (the last class's upper bound, included).
    pub max: f64,
}

impl ClassBreaks {
    /// At most `max_classes` classes of about equal counts over `values` (non-finite values are ignored); every
    /// class holds at least one value. `integer` rounds the breaks to whole numbers (counts of projects).
    pub fn nice_quantiles(values: &[f64], max_classes: usize, integer: bool) -> Self {
        let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
        sorted.sort_by(f64::total_cmp);
        let (Some(&min), Some(&max)) = (sorted.first(), sorted.last()) else {
            return Self::default();
        };
        let mut lower = vec![min];
        for k in 1..max_classes {
            let at = (sorted.len() - 1) as f64 * k as f64 / max_classes as f64;
            let quantile = sorted[at.round() as usize];
            let nice = if integer {
                round_significant(quantile, 2).round().max(1.0)
            } else {
                round_significant(quantile, 2)
            };
            if nice > *lower.last().unwrap_or(&min) && nice <= max {
                lower.push(nice);
            }
        }
        let mut breaks = Self { lower, max };
        breaks.drop_empty_classes(&sorted);
        breaks
    }

    /// How many classes there are (0 when there were no values).
    pub fn len(&self) -> usize {
        self.lower.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lower.is_empty()
    }

    /// The class of `value` (values below the first bound go to the first class, above `max` to the last).
    pub fn class_of(&self, value: f64) -> usize {
        self.lower
            .iter()
            .skip(1)
            .take_while(|&&bound| bound <= value)
            .count()
    }

    /// The bounds of class `class` as the legend shows them: from its lower bound to the next one (or `max`).
    pub fn range(&self, class: usize) -> (f64, f64) {
        let low = self.lower.get(class).copied().unwrap_or(self.max);
        let high = self.lower.get(class + 1).copied().unwrap_or(self.max);
        (low, high)
    }

    /// Rounding can leave a class with no value in it; merge it into the class below, so every legend entry
    /// has a district.
    fn drop_empty_classes(&mut self, sorted: &[f64]) {
        let mut class = 1;
        while class < self.lower.len() {
            let (low, high) = (self.lower[class], self.lower.get(class + 1).copied());
            let occupied = sorted
                .iter()
                .any(|&v| v >= low && high.is_none_or(|high| v < high));
            if occupied {
                class += 1;
            } else {
                self.lower.remove(class);
            }
        }
    }
}

/// `value` to `digits` significant figures (0 stays 0).
fn round_significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = 10f64.powi(value.abs().log10().floor() as i32 - (digits - 1));
    (value / magnitude).round() * magnitude
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_significant_figures() {
        assert_eq!(round_significant(118.37, 2), 120.0);
        assert_eq!(round_significant(0.0456, 2), 0.046);
        assert_eq!(round_significant(7.0, 2), 7.0);
        assert_eq!(round_significant(0.0, 2), 0.0);
    }

    #[test]
    fn few_values_give_few_classes_and_none_give_none() {
        assert!(ClassBreaks::nice_quantiles(&[], 5, false).is_empty());
        let one = ClassBreaks::nice_quantiles(&[3.0, 3.0], 5, false);
        assert_eq!(one.len(), 1);
        assert_eq!(one.class_of(3.0), 0);
        let two = ClassBreaks::nice_quantiles(&[1.0, 100.0], 5, true);
        assert_eq!((two.class_of(1.0), two.class_of(100.0)), (0, 1));
    }
}
