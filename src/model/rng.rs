//! A small deterministic pseudo-random generator for the synthetic dataset: SplitMix64 seeding xoshiro256**.
//!
//! Written here rather than taken from `rand` so that the shipped files never change with a dependency upgrade.
//! It also carries its own `ln` and `exp` (only `+ − × ÷` and `sqrt`, which IEEE 754 rounds exactly), so the output
//! does not depend on the platform's maths library either: same seed ⇒ same bytes on every machine.
//!
//! Must not depend on egui, eframe or rfd.

use std::f64::consts::{LN_2, SQRT_2};

/// xoshiro256** (Blackman & Vigna), seeded through SplitMix64 as its authors recommend.
pub struct Rng {
    state: [u64; 4],
    /// The second value of the last polar Box–Muller pair, handed out by the next `normal()`.
    spare_normal: Option<f64>,
}

impl Rng {
    /// A generator whose whole sequence is fixed by `seed`.
    pub fn new(seed: u64) -> Self {
        let mut splitmix = seed;
        let mut next = || {
            splitmix = splitmix.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = splitmix;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        let mut state = [next(), next(), next(), next()];
        // xoshiro is stuck at the all-zero state; SplitMix64 cannot produce it, but stay safe for any future change.
        if state == [0; 4] {
            state[0] = 1;
        }
        Self {
            state,
            spare_normal: None,
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let [s0, s1, s2, s3] = &mut self.state;
        let result = s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = *s1 << 17;
        *s2 ^= *s0;
        *s3 ^= *s1;
        *s1 ^= *s2;
        *s0 ^= *s3;
        *s2 ^= t;
        *s3 = s3.rotate_left(45);
        result
    }

    /// Uniform in [0, 1), with the 53 bits a double can hold.
    pub fn next_f64(&mut self) -> f64 {
        const SCALE: f64 = 1.0 / (1u64 << 53) as f64;
        (self.next_u64() >> 11) as f64 * SCALE
    }

    /// Uniform in [low, high).
    pub fn range(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.next_f64()
    }

    /// Uniform integer in [0, len); `len` must be > 0. Multiply-shift: the bias (< len / 2^64) is irrelevant here.
    pub fn below(&mut self, len: usize) -> usize {
        ((u128::from(self.next_u64()) * len as u128) >> 64) as usize
    }

    /// `true` with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.next_f64() < p
    }

    /// Standard normal deviate, by the polar form of the Box–Muller transform (no trigonometry needed).
    pub fn normal(&mut self) -> f64 {
        if let Some(spare) = self.spare_normal.take() {
            return spare;
        }
        loop {
            let u = self.range(-1.0, 1.0);
            let v = self.range(-1.0, 1.0);
            let s = u * u + v * v;
            if s > 0.0 && s < 1.0 {
                let factor = (-2.0 * ln(s) / s).sqrt();
                self.spare_normal = Some(v * factor);
                return u * factor;
            }
        }
    }

    /// An index drawn with probability proportional to its weight, given the running sums of the weights
    /// (`cumulative[i]` = weight 0 + … + weight i). The last running sum must be > 0.
    pub fn weighted_index(&mut self, cumulative: &[f64]) -> usize {
        let total = cumulative.last().copied().unwrap_or(0.0);
        let target = self.next_f64() * total;
        let index = cumulative.partition_point(|&sum| sum <= target);
        index.min(cumulative.len().saturating_sub(1))
    }

    /// Fisher–Yates shuffle in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// Running sums of `weights`, the form `Rng::weighted_index` takes.
pub fn cumulative(weights: impl IntoIterator<Item = f64>) -> Vec<f64> {
    let mut sum = 0.0;
    weights
        .into_iter()
        .map(|w| {
            sum += w.max(0.0);
            sum
        })
        .collect()
}

/// Standard normal quantile (inverse CDF) for p in (0, 1), by Acklam's rational approximation, using only exactly
/// rounded operations and this module's `ln`. Relative error below 1e-5: plenty for stratified sampling.
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_671_010_506_201,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    const P_LOW: f64 = 0.02425;
    let p = p.clamp(1e-300, 1.0 - f64::EPSILON);
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < P_LOW {
        tail((-2.0 * ln(p)).sqrt())
    } else if p <= 1.0 - P_LOW {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -tail((-2.0 * ln(1.0 - p)).sqrt())
    }
}

/// `2^k` for k in −1022..=1023, built from its bit pattern (exact).
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// Natural logarithm using only exactly rounded operations, so it is the same on every platform.
/// Relative error below 1e-15 — plenty for sampling.
pub fn ln(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return x;
    }
    // Scale subnormals into the normal range first.
    let (x, exponent_shift) = if x < f64::MIN_POSITIVE {
        (x * pow2(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let mut exponent = ((bits >> 52) & 0x7ff) as i64 - 1023 + exponent_shift;
    let mut mantissa = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if mantissa > SQRT_2 {
        mantissa *= 0.5;
        exponent += 1;
    }
    // ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172: the odd series converges fast.
    let s = (mantissa - 1.0) / (mantissa + 1.0);
    let s2 = s * s;
    let mut power = s;
    let mut sum = s;
    for k in 1..=13 {
        power *= s2;
        sum += power / f64::from(2 * k + 1);
    }
    2.0 * sum + exponent as f64 * LN_2
}

/// Exponential using only exactly rounded operations (see `ln`). Relative error below 1e-14.
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.0 {
        return f64::INFINITY;
    }
    if x < -708.0 {
        return 0.0;
    }
    // e^x = 2^k · e^r with |r| ≤ ln 2 / 2; Taylor series for e^r.
    let k = (x / LN_2).round();
    let r = x - k * LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    for i in 1..=20 {
        term *= r / f64::from(i);
        sum += term;
    }
    sum * pow2(k as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence_and_different_seed_differs() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let mut c = Rng::new(8);
        let seq_a: Vec<u64> = (0..16).map(|_| a.next_u64()).collect();
        let seq_b: Vec<u64> = (0..16).map(|_| b.next_u64()).collect();
        let seq_c: Vec<u64> = (0..16).map(|_| c.next_u64()).collect();
        assert_eq!(seq_a, seq_b);
        assert_ne!(seq_a, seq_c);
    }

    #[test]
    fn ln_and_exp_match_std_closely() {
        for &x in &[1e-300, 1e-5, 0.05, 0.5, 1.0, 1.5, 2.0, 3.7, 1e3, 1e300] {
            let ours = ln(x);
            let std = x.ln();
            assert!(
                (ours - std).abs() <= 1e-14 * std.abs().max(1.0),
                "ln({x}) = {ours} vs {std}"
            );
        }
        for &x in &[-700.0, -20.0, -1.0, -1e-3, 0.0, 0.3, 1.0, 2.5, 50.0, 700.0] {
            let ours = exp(x);
            let std = x.exp();
            assert!(
                (ours - std).abs() <= 1e-13 * std,
                "exp({x}) = {ours} vs {std}"
            );
        }
    }

    #[test]
    fn normal_quantile_inverts_the_cdf() {
        assert!(normal_quantile(0.5).abs() < 1e-12);
        // Exact values from Python's statistics.NormalDist().inv_cdf.
        let cases = [
            (0.975, 1.959_963_985),
            (0.001, -3.090_232_306),
            (0.02, -2.053_748_911),
            (1e-9, -5.997_807_015),
        ];
        for (p, exact) in cases {
            let ours = normal_quantile(p);
            assert!(
                (ours - exact).abs() < 1e-5 * exact.abs(),
                "quantile({p}) = {ours} vs {exact}"
            );
            assert!(
                (normal_quantile(1.0 - p) + ours).abs() < 1e-6,
                "symmetry at {p}"
            );
        }
    }

    #[test]
    fn helpers_stay_in_range_and_normal_has_unit_moments() {
        let mut rng = Rng::new(1);
        let mut sum = 0.0;
        let mut sum_sq = 0.0;
        let draws = 200_000;
        for _ in 0..draws {
            let z = rng.normal();
            sum += z;
            sum_sq += z * z;
            let u = rng.range(2.0, 3.0);
            assert!((2.0..3.0).contains(&u));
            assert!(rng.below(5) < 5);
        }
        let mean = sum / f64::from(draws);
        let var = sum_sq / f64::from(draws) - mean * mean;
        assert!(mean.abs() < 0.01, "mean {mean}");
        assert!((var - 1.0).abs() < 0.02, "variance {var}");

        let weights = cumulative([0.0, 1.0, 0.0, 3.0]);
        let mut counts = [0usize; 4];
        for _ in 0..40_000 {
            counts[rng.weighted_index(&weights)] += 1;
        }
        assert_eq!(counts[0], 0);
        assert_eq!(counts[2], 0);
        assert!((counts[3] as f64 / counts[1] as f64 - 3.0).abs() < 0.2);

        let mut items: Vec<u32> = (0..100).collect();
        rng.shuffle(&mut items);
        let mut sorted = items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..100).collect::<Vec<_>>());
        assert_ne!(items, sorted);
    }
}
