//! The default dataset's yearly series: how many projects each contract year gets and how much value, so that the
//! counts follow a smooth trend with year-to-year noise (no two neighbouring years equal) and every year's amount
//! differs, while the published checkpoints and the era totals of data.md §3 stay exact.
//!
//! Counts: exact totals per era (the checkpoints 2,842 by end 2016, 3,344 by end 2021 and 3,530 by end 2023 are
//! sums of them), split over the era's years by [`COUNT_TREND`] times noise. Values: the §3 shares of each value
//! bucket, split over its years by mega projects plus body rows times a gentle growth and noise; the single years
//! from 2017 get ±4.5 % noise that sums to zero, so they stay within §3's ± 10 % and the 2014–23 era keeps its value.
//!
//! Must not depend on egui, eframe or rfd.

use super::rng::{self, Rng};

/// The contract years of the dataset.
pub const FIRST_YEAR: u16 = 1985;
pub const LAST_YEAR: u16 = 2023;
pub const NUM_YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// Years with an exact number of projects between them (for 3,530 rows), data.md §3. The published checkpoints are
/// sums of these: 2,842 by end 2016, 3,344 by end 2021, 3,530 by end 2023. §3 lists 2008, 2009 and 2010 at 160 each
/// and 2011–12 at 320: that even spread is exactly what the series must not have, so 2008–12 is one era of 800
/// whose years stay within ± 10 % of 160.
pub const COUNT_ERAS: [(u16, u16, usize); 7] = [
    (1985, 1996, 600),
    (1997, 2002, 420),
    (2003, 2007, 550),
    (2008, 2012, 800),
    (2013, 2016, 472),
    (2017, 2021, 502),
    (2022, 2023, 186),
];

/// Relative number of projects per year, 1985–2023 [E]: a trickle in the 1980s (a dip in 1989), the take-off after
/// Deng's southern tour of 1992 and the 1993 peak, the cooling of 1994–96, Chongqing's municipality year 1997, the
/// Asian-crisis trough of 1998–99, growth after WTO entry, the 2008–12 boom (laptop cluster) and its slow decline,
/// then §3's single-year counts from 2017 (105, 100, 105, 85, 107, 88, 98).
#[rustfmt::skip]
pub const COUNT_TREND: [f64; NUM_YEARS] = [
    10.0, 13.0, 15.0, 19.0, 16.0, 20.0, 31.0, 72.0, 116.0, 106.0, 95.0, 87.0,
    74.0, 60.0, 55.0, 64.0, 74.0, 93.0,
    95.0, 102.0, 110.0, 118.0, 125.0,
    150.0, 158.0, 168.0, 170.0, 154.0,
    136.0, 120.0, 112.0, 104.0,
    105.0, 100.0, 105.0, 85.0, 107.0,
    88.0, 98.0,
];

/// Spread (log-sd) of the count noise.
const COUNT_NOISE: f64 = 0.05;

/// Value buckets: first year, last year, % of total value (data.md §3). The 2013–16 bucket's 28 points are split
/// 13 for 2013 and 15 for 2014–16, as the sector × era value table of the generator assumes.
pub const VALUE_BUCKETS: [(u16, u16, f64); 16] = [
    (1985, 1996, 0.6),
    (1997, 2002, 1.2),
    (2003, 2007, 2.0),
    (2008, 2008, 1.8),
    (2009, 2009, 2.6),
    (2010, 2010, 4.2),
    (2011, 2012, 14.0),
    (2013, 2013, 13.0),
    (2014, 2016, 15.0),
    (2017, 2017, 6.6),
    (2018, 2018, 6.6),
    (2019, 2019, 6.6),
    (2020, 2020, 6.6),
    (2021, 2021, 7.0),
    (2022, 2022, 7.6),
    (2023, 2023, 4.6),
];

/// From this year on, single-year values are targets of ± 10 % (§3), not exact.
const NOISY_FROM: u16 = 2017;
/// Half-width of their uniform noise before it is made to sum to zero (so it never exceeds ± 9 %).
const LATE_VALUE_NOISE: f64 = 0.045;
/// Within a multi-year bucket, the body's value per project grows this much a year, with this log-sd of noise.
const VALUE_GROWTH: f64 = 1.06;
const VALUE_NOISE: f64 = 0.15;

fn year_index(year: u16) -> usize {
    usize::from(year - FIRST_YEAR)
}

/// Projects per year for `num_rows` rows: era totals by largest remainder (exact for 3,530 rows), years by trend ×
/// noise, then ties between neighbouring years broken by moving one project within the era.
pub fn plan_year_counts(num_rows: usize, rng: &mut Rng) -> [usize; NUM_YEARS] {
    let era_weights: Vec<f64> = COUNT_ERAS.iter().map(|&(.., n)| n as f64).collect();
    let era_counts = super::largest_remainder(num_rows, &era_weights);
    let mut counts = [0; NUM_YEARS];
    for (&(first, last, _), &era_count) in COUNT_ERAS.iter().zip(&era_counts) {
        let years = year_index(first)..=year_index(last);
        let weights: Vec<f64> = years
            .clone()
            .map(|y| COUNT_TREND[y] * rng::exp(COUNT_NOISE * rng.normal()))
            .collect();
        for (y, count) in years.zip(super::largest_remainder(era_count, &weights)) {
            counts[y] = count;
        }
    }
    break_ties(&mut counts);
    counts
}

/// Moves single projects within eras until no year has its predecessor's count, where that is possible without
/// creating another tie (a tiny dataset keeps its zeros).
fn break_ties(counts: &mut [usize; NUM_YEARS]) {
    let ties = |counts: &[usize; NUM_YEARS], y: usize| {
        (y > 0 && counts[y] == counts[y - 1]) || (y + 1 < NUM_YEARS && counts[y] == counts[y + 1])
    };
    for _ in 0..NUM_YEARS * 4 {
        let Some(tied) = (1..NUM_YEARS).find(|&y| counts[y] == counts[y - 1] && counts[y] > 0)
        else {
            return;
        };
        let Some(&(first, last, _)) = COUNT_ERAS
            .iter()
            .find(|&&(first, last, _)| (year_index(first)..=year_index(last)).contains(&tied))
        else {
            return;
        };
        // Give one project to the tied year from the era's year with most projects (or the reverse), whichever
        // leaves no tie around either year.
        let mut donors: Vec<usize> = (year_index(first)..=year_index(last))
            .filter(|&y| y != tied)
            .collect();
        donors.sort_by_key(|&y| (std::cmp::Reverse(counts[y]), y));
        let moved = donors.iter().any(|&other| {
            for (to, from) in [(tied, other), (other, tied)] {
                if counts[from] < 2 {
                    continue;
                }
                counts[from] -= 1;
                counts[to] += 1;
                if !ties(counts, to) && !ties(counts, from) {
                    return true;
                }
                counts[from] += 1;
                counts[to] -= 1;
            }
            false
        });
        if !moved {
            return;
        }
    }
}

/// Value targets (USD m) per year. `body_counts` are the non-mega rows and `mega_usd_m` the mega projects' value of
/// each year; a multi-year bucket's value beyond its megas goes to its years by body rows × growth × noise.
pub fn year_value_targets(
    body_counts: &[usize; NUM_YEARS],
    mega_usd_m: &[f64; NUM_YEARS],
    total_usd_m: f64,
    rng: &mut Rng,
) -> Vec<f64> {
    let mut targets = vec![0.0; NUM_YEARS];
    let mut late: Vec<(usize, f64, f64)> = Vec::new();
    for &(first, last, pct) in &VALUE_BUCKETS {
        let value = pct / 100.0 * total_usd_m;
        let years = year_index(first)..=year_index(last);
        if first == last && first >= NOISY_FROM {
            let noise = rng.range(-LATE_VALUE_NOISE, LATE_VALUE_NOISE);
            late.push((year_index(first), value, noise));
            continue;
        }
        let megas: f64 = years.clone().map(|y| mega_usd_m[y]).sum();
        let weights: Vec<f64> = years
            .clone()
            .map(|y| {
                let growth = rng::exp(rng::ln(VALUE_GROWTH) * (y - year_index(first)) as f64);
                body_counts[y] as f64 * growth * rng::exp(VALUE_NOISE * rng.normal())
            })
            .collect();
        let weight_sum: f64 = weights.iter().sum();
        let body = (value - megas).max(0.0);
        for (y, weight) in years.zip(weights) {
            let share = if weight_sum > 0.0 {
                weight / weight_sum
            } else {
                0.0
            };
            targets[y] = mega_usd_m[y] + body * share;
        }
    }
    // Zero-sum noise on the single years from 2017: their total, and so the 2014–23 era's, is unchanged.
    let late_total: f64 = late.iter().map(|&(_, value, _)| value).sum();
    let mean_noise = if late_total > 0.0 {
        late.iter()
            .map(|&(_, value, noise)| value * noise)
            .sum::<f64>()
            / late_total
    } else {
        0.0
    };
    for (y, value, noise) in late {
        targets[y] = value * (1.0 + noise - mean_noise);
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trend_and_eras_agree() {
        for &(first, last, total) in &COUNT_ERAS {
            let trend: f64 = (year_index(first)..=year_index(last))
                .map(|y| COUNT_TREND[y])
                .sum();
            assert_eq!(trend, total as f64, "{first}–{last}");
        }
        let pct: f64 = VALUE_BUCKETS.iter().map(|b| b.2).sum();
        assert!((pct - 100.0).abs() < 1e-9);
        let covered: usize = VALUE_BUCKETS
            .iter()
            .map(|b| usize::from(b.1 - b.0 + 1))
            .sum();
        assert_eq!(covered, NUM_YEARS);
    }

    #[test]
    fn counts_keep_era_totals_and_never_tie_with_a_neighbour() {
        for seed in 0..20 {
            let counts = plan_year_counts(3530, &mut Rng::new(seed));
            for &(first, last, total) in &COUNT_ERAS {
                let sum: usize = (year_index(first)..=year_index(last))
                    .map(|y| counts[y])
                    .sum();
                assert_eq!(sum, total, "seed {seed}, {first}–{last}");
            }
            assert!(
                counts.windows(2).all(|w| w[0] != w[1]),
                "seed {seed}: {counts:?}"
            );
        }
        // A tiny dataset: totals still exact, no panic, no endless loop.
        let counts = plan_year_counts(7, &mut Rng::new(1));
        assert_eq!(counts.iter().sum::<usize>(), 7);
    }

    #[test]
    fn late_value_noise_sums_to_zero_and_stays_within_ten_percent() {
        let body = [50; NUM_YEARS];
        let megas = [0.0; NUM_YEARS];
        for seed in 0..20 {
            let targets = year_value_targets(&body, &megas, 70_400.0, &mut Rng::new(seed));
            let total: f64 = targets.iter().sum();
            assert!((total - 70_400.0).abs() < 1e-6, "{total}");
            for &(year, _, pct) in VALUE_BUCKETS.iter().filter(|b| b.0 >= NOISY_FROM) {
                let share = targets[year_index(year)] / 704.0;
                assert!(
                    (share / pct - 1.0).abs() <= 0.09,
                    "seed {seed}, {year}: {share}"
                );
            }
        }
    }
}
