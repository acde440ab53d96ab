//! The weight presets of the Opportunities tab: four named starting points for the sliders, documented in the
//! README's score section so a client can see what each one stresses.
//!
//! Must not depend on egui, eframe or rfd.

use super::factor::{Factor, Weights};

/// A named set of weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The defaults: momentum and white space count double.
    Balanced,
    /// Where the money is arriving fastest.
    Momentum,
    /// Under-served cells and open, unconcentrated markets.
    WhiteSpace,
    /// Focus sectors of the 2023 Chongqing–Hong Kong cooperation mechanism first.
    PolicyAligned,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::Balanced,
        Preset::Momentum,
        Preset::WhiteSpace,
        Preset::PolicyAligned,
    ];

    /// The weights, in [`Factor::ALL`] order: scale, momentum, realisation, breadth, openness, policy, white space.
    pub fn values(self) -> [f64; 7] {
        match self {
            Preset::Balanced => [1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 2.0],
            Preset::Momentum => [1.0, 4.0, 1.0, 0.5, 0.5, 0.5, 1.0],
            Preset::WhiteSpace => [0.5, 1.0, 0.5, 0.5, 2.0, 1.0, 4.0],
            Preset::PolicyAligned => [1.0, 1.0, 1.0, 0.5, 0.5, 4.0, 1.0],
        }
    }

    pub fn weights(self) -> Weights {
        // Every preset has weights ≥ 0 and not all 0 (the test below checks), so `new` cannot refuse them.
        Weights::new(self.values()).unwrap_or_default()
    }

    /// The preset these weights are exactly, if any (to highlight its button).
    pub fn of(weights: &Weights) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| {
            Factor::ALL
                .iter()
                .zip(p.values())
                .all(|(&f, v)| weights.get(f) == v)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_valid_and_recognised_and_balanced_is_the_default() {
        for preset in Preset::ALL {
            assert_eq!(Weights::new(preset.values()).map(|_| ()), Ok(()));
            assert_eq!(Preset::of(&preset.weights()), Some(preset));
        }
        assert_eq!(Preset::Balanced.weights(), Weights::default());
        let custom = Weights::default().with(Factor::Scale, 3.0).unwrap();
        assert_eq!(Preset::of(&custom), None);
    }
}
