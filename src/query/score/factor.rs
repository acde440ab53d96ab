//! The seven factors of the opportunity score and their weights, with the `scale=1,momentum=2,…` text form the
//! command line and saved views use.
//!
//! Must not depend on egui, eframe or rfd.

use std::fmt;
use std::str::FromStr;

/// One ingredient of the score (see the table in the module docs of [`super`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Factor {
    Scale,
    Momentum,
    Realisation,
    Breadth,
    Openness,
    Policy,
    WhiteSpace,
}

impl Factor {
    pub const ALL: [Factor; 7] = [
        Factor::Scale,
        Factor::Momentum,
        Factor::Realisation,
        Factor::Breadth,
        Factor::Openness,
        Factor::Policy,
        Factor::WhiteSpace,
    ];

    /// The name in `--weights`, JSON and CSV headers.
    pub fn key(self) -> &'static str {
        match self {
            Factor::Scale => "scale",
            Factor::Momentum => "momentum",
            Factor::Realisation => "realisation",
            Factor::Breadth => "breadth",
            Factor::Openness => "openness",
            Factor::Policy => "policy",
            Factor::WhiteSpace => "white_space",
        }
    }

    /// The position in [`Factor::ALL`], for per-factor arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The factor called `name`, ignoring case, surrounding spaces and `-` for `_`.
    pub fn from_key(name: &str) -> Option<Factor> {
        let name = name.trim().replace('-', "_");
        Factor::ALL
            .into_iter()
            .find(|f| f.key().eq_ignore_ascii_case(&name))
    }
}

impl fmt::Display for Factor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The valid factor names, for error messages.
fn valid_names() -> String {
    Factor::ALL.map(Factor::key).join(", ")
}

/// Why a set of weights was refused. Every message names the valid factors.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum WeightsError {
    #[error(
        "unknown factor {given:?} in the weights; valid names: {}",
        valid_names()
    )]
    UnknownFactor { given: String },
    #[error(
        "expected NAME=WEIGHT in the weights, found {given:?}; valid names: {}",
        valid_names()
    )]
    Malformed { given: String },
    #[error(
        "the weight of {factor} must be a number ≥ 0, found {given:?}; valid names: {}",
        valid_names()
    )]
    NotANumber { factor: Factor, given: String },
    #[error(
        "the weight of {factor} is negative ({value}); weights are ≥ 0; valid names: {}",
        valid_names()
    )]
    Negative { factor: Factor, value: f64 },
    #[error(
        "every weight is 0, so nothing would be scored; give at least one of {} a weight above 0",
        valid_names()
    )]
    AllZero,
}

/// How much each factor counts: finite, ≥ 0, not all 0 (checked on construction, so a `Weights` is always usable).
/// Saved views store the text form (`"scale=1,momentum=2,…"`), checked again when read.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Weights([f64; 7]);

impl TryFrom<String> for Weights {
    type Error = WeightsError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<Weights> for String {
    fn from(weights: Weights) -> Self {
        weights.to_string()
    }
}

impl Default for Weights {
    /// The defaults: momentum and white space count double.
    fn default() -> Self {
        Self([1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 2.0])
    }
}

impl Weights {
    /// Weights in [`Factor::ALL`] order.
    pub fn new(values: [f64; 7]) -> Result<Self, WeightsError> {
        for (factor, value) in Factor::ALL.into_iter().zip(values) {
            if !value.is_finite() {
                return Err(WeightsError::NotANumber {
                    factor,
                    given: value.to_string(),
                });
            }
            if value < 0.0 {
                return Err(WeightsError::Negative { factor, value });
            }
        }
        if values.iter().all(|&w| w == 0.0) {
            return Err(WeightsError::AllZero);
        }
        Ok(Self(values))
    }

    pub fn get(&self, factor: Factor) -> f64 {
        self.0[factor.index()]
    }

    /// These weights with `factor`'s set to `value`; refused (as [`Weights::new`]) when that leaves them unusable.
    pub fn with(&self, factor: Factor, value: f64) -> Result<Self, WeightsError> {
        let mut values = self.0;
        values[factor.index()] = value;
        Self::new(values)
    }

    /// Every factor with its weight, in [`Factor::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Factor, f64)> + '_ {
        Factor::ALL.into_iter().zip(self.0)
    }
}

impl FromStr for Weights {
    type Err = WeightsError;

    /// `scale=1,momentum=2,…`: the factors named get these weights, the others keep their default.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut values = Weights::default().0;
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((name, value)) = part.split_once('=') else {
                return Err(WeightsError::Malformed { given: part.into() });
            };
            let factor = Factor::from_key(name).ok_or_else(|| WeightsError::UnknownFactor {
                given: name.trim().into(),
            })?;
            let value: f64 = value.trim().parse().map_err(|_| WeightsError::NotANumber {
                factor,
                given: value.trim().into(),
            })?;
            values[factor.index()] = value;
        }
        Weights::new(values)
    }
}

impl fmt::Display for Weights {
    /// All seven, `scale=1,momentum=2,realisation=1,breadth=1,openness=1,policy=1,white_space=2`: parses back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (factor, weight)) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{factor}={weight}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_format_all_seven_and_parse_back() {
        let text = Weights::default().to_string();
        assert_eq!(
            text,
            "scale=1,momentum=2,realisation=1,breadth=1,openness=1,policy=1,white_space=2"
        );
        assert_eq!(text.parse::<Weights>(), Ok(Weights::default()));
        let custom: Weights = " Momentum = 0.5 , white-space=0".parse().unwrap();
        assert_eq!(custom.get(Factor::Momentum), 0.5);
        assert_eq!(custom.get(Factor::WhiteSpace), 0.0);
        assert_eq!(
            custom.get(Factor::Scale),
            1.0,
            "unnamed factors keep their default"
        );
        assert_eq!(custom.to_string().parse::<Weights>(), Ok(custom));
    }

    #[test]
    fn bad_weights_are_typed_errors_naming_the_valid_factors() {
        let names = "scale, momentum, realisation, breadth, openness, policy, white_space";
        for (text, expected) in [
            (
                "colour=1",
                WeightsError::UnknownFactor {
                    given: "colour".into(),
                },
            ),
            (
                "scale=-1",
                WeightsError::Negative {
                    factor: Factor::Scale,
                    value: -1.0,
                },
            ),
            (
                "policy=lots",
                WeightsError::NotANumber {
                    factor: Factor::Policy,
                    given: "lots".into(),
                },
            ),
            (
                "breadth=NaN",
                WeightsError::NotANumber {
                    factor: Factor::Breadth,
                    given: "NaN".into(),
                },
            ),
            (
                "scale",
                WeightsError::Malformed {
                    given: "scale".into(),
                },
            ),
            (
                "scale=0,momentum=0,realisation=0,breadth=0,openness=0,policy=0,white_space=0",
                WeightsError::AllZero,
            ),
        ] {
            let error = text.parse::<Weights>().unwrap_err();
            assert_eq!(error, expected, "{text}");
            assert!(error.to_string().contains(names), "{error}");
        }
    }
}
