//! The *why* of a score: each contributing factor with the raw figures it was computed from, and the one function
//! that says it in words.
//!
//! Must not depend on egui, eframe or rfd.

use super::factor::Factor;
use crate::format;
use crate::i18n::Lang;
use crate::tr;

/// An inclusive range of contract years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearRange {
    pub first: i32,
    pub last: i32,
}

impl YearRange {
    pub fn contains(self, year: i32) -> bool {
        (self.first..=self.last).contains(&year)
    }
}

/// The figures a factor's raw value is made of.
#[derive(Clone, Debug, PartialEq)]
pub enum Figures {
    Scale {
        contracted_usd_m: f64,
    },
    /// The two windows are `None` when the data has no contract year at all.
    Momentum {
        recent_usd_m: f64,
        prior_usd_m: f64,
        recent: Option<YearRange>,
        prior: Option<YearRange>,
    },
    /// Over the group's rows whose utilised amount is known.
    Realisation {
        utilised_usd_m: f64,
        contracted_usd_m: f64,
    },
    Breadth {
        investors: usize,
    },
    Openness {
        investors: usize,
        /// The largest investor's share of the group's contracted amount, 0…1.
        largest_share: f64,
    },
    /// A sector group or a cell: whether its sector is a focus area of the 2023 cooperation mechanism.
    PolicySector {
        focus: bool,
    },
    /// A district group: how much of its contracted amount is in focus sectors.
    PolicyDistrict {
        focus_usd_m: f64,
        contracted_usd_m: f64,
    },
    /// A cell: what its sector's and district's totals would suggest (`expected`) against what it has.
    WhiteSpace {
        expected_usd_m: f64,
        actual_usd_m: f64,
    },
}

/// One factor's part in a group's score.
#[derive(Clone, Debug, PartialEq)]
pub struct Why {
    pub factor: Factor,
    /// `w · norm / Σ w`: the points of the score this factor gives; a group's contributions add up to its score.
    pub contribution: f64,
    /// The factor normalised across the scored groups, 0…100.
    pub norm: f64,
    pub figures: Figures,
}

/// `USD 812 m`, `USD 12.5 m`, `USD 0.37 m`: enough digits to read, never a misleading `USD 0 m`.
fn usd_m(amount: f64) -> String {
    let decimals = match amount.abs() {
        a if a >= 100.0 || a == 0.0 => 0,
        a if a >= 1.0 => 1,
        _ => 2,
    };
    format!("USD {} m", format::thousands(amount, decimals))
}

fn years(range: Option<YearRange>) -> String {
    match range {
        Some(YearRange { first, last }) if first == last => first.to_string(),
        Some(YearRange { first, last }) => format!("{first}–{last}"),
        None => "no contract year".to_owned(),
    }
}

/// One factor of the why in English, e.g. "momentum 92/100: USD 812 m contracted in 2019–2023 against USD 120 m
/// in 2014–2018". The single place the words live, so that a translation replaces this one function.
pub fn why_text(why: &Why) -> String {
    let detail = match &why.figures {
        Figures::Scale { contracted_usd_m } => format!("{} contracted", usd_m(*contracted_usd_m)),
        Figures::Momentum {
            recent_usd_m,
            prior_usd_m,
            recent,
            prior,
        } => format!(
            "{} contracted in {} against {} in {}",
            usd_m(*recent_usd_m),
            years(*recent),
            usd_m(*prior_usd_m),
            years(*prior)
        ),
        Figures::Realisation {
            utilised_usd_m,
            contracted_usd_m,
        } => format!(
            "{} utilised of {} contracted ({})",
            usd_m(*utilised_usd_m),
            usd_m(*contracted_usd_m),
            format::percent(utilised_usd_m / contracted_usd_m * 100.0)
        ),
        Figures::Breadth { investors: 1 } => "1 investor".to_owned(),
        Figures::Breadth { investors } => {
            format!("{} distinct investors", format::count(*investors))
        }
        Figures::Openness { investors: 1, .. } => {
            "1 investor, holding all of the amount contracted".to_owned()
        }
        Figures::Openness {
            investors,
            largest_share,
        } => format!(
            "{} investors, the largest holding {} of the amount contracted",
            format::count(*investors),
            format::percent(largest_share * 100.0)
        ),
        Figures::PolicySector { focus: true } => {
            "a focus sector of the 2023 Chongqing–Hong Kong cooperation mechanism".to_owned()
        }
        Figures::PolicySector { focus: false } => {
            "not a focus sector of the 2023 Chongqing–Hong Kong cooperation mechanism".to_owned()
        }
        Figures::PolicyDistrict {
            focus_usd_m,
            contracted_usd_m,
        } => format!(
            "{} of its {} contracted is in focus sectors of the 2023 cooperation mechanism",
            format::percent(focus_usd_m / contracted_usd_m * 100.0),
            usd_m(*contracted_usd_m)
        ),
        Figures::WhiteSpace {
            expected_usd_m,
            actual_usd_m,
        } => format!(
            "{} contracted where its sector's and district's totals suggest {}",
            usd_m(*actual_usd_m),
            usd_m(*expected_usd_m)
        ),
    };
    let name = why.factor.key().replace('_', " ");
    format!("{name} {:.0}/100: {detail}", why.norm)
}

/// A factor's name in `lang`, as the tab's column headers, sliders and *About the score* show it.
pub fn factor_name(lang: Lang, factor: Factor) -> String {
    match factor {
        Factor::Scale => tr!(lang, "score-factor-scale"),
        Factor::Momentum => tr!(lang, "score-factor-momentum"),
        Factor::Realisation => tr!(lang, "score-factor-realisation"),
        Factor::Breadth => tr!(lang, "score-factor-breadth"),
        Factor::Openness => tr!(lang, "score-factor-openness"),
        Factor::Policy => tr!(lang, "score-factor-policy"),
        Factor::WhiteSpace => tr!(lang, "score-factor-white-space"),
    }
}

/// How a factor's raw value is computed, in words, in `lang`.
pub fn factor_formula(lang: Lang, factor: Factor) -> String {
    match factor {
        Factor::Scale => tr!(lang, "score-formula-scale"),
        Factor::Momentum => tr!(lang, "score-formula-momentum"),
        Factor::Realisation => tr!(lang, "score-formula-realisation"),
        Factor::Breadth => tr!(lang, "score-formula-breadth"),
        Factor::Openness => tr!(lang, "score-formula-openness"),
        Factor::Policy => tr!(lang, "score-formula-policy"),
        Factor::WhiteSpace => tr!(lang, "score-formula-white-space"),
    }
}

/// The whole formula in words, in `lang`: the window, each factor, the normalisation, the weighting, thin groups
/// and the order. *About the score* and the ranking workbook's About sheet both show these lines.
pub fn formula_in_words(lang: Lang, recent_years: u32) -> Vec<String> {
    let mut lines = vec![tr!(lang, "score-formula-window", years = recent_years)];
    lines.extend(
        Factor::ALL.map(|f| format!("{}: {}", factor_name(lang, f), factor_formula(lang, f))),
    );
    lines.push(tr!(lang, "score-formula-norm"));
    lines.push(tr!(lang, "score-formula-total"));
    lines.push(tr!(lang, "score-formula-thin", below = super::THIN_BELOW));
    lines.push(tr!(lang, "score-formula-order"));
    lines
}

/// The recent and prior windows of `scores` in words, in `lang`: "recent 2019–2023 against prior 2014–2018 (latest
/// contract year 2023)", or that the data has no contract year.
pub fn window_in_words(lang: Lang, scores: &super::Scores) -> String {
    match (scores.recent, scores.prior, scores.latest_year) {
        (Some(recent), Some(prior), Some(latest)) => tr!(
            lang,
            "score-window",
            recent_from = crate::i18n::year(recent.first),
            recent_to = crate::i18n::year(recent.last),
            prior_from = crate::i18n::year(prior.first),
            prior_to = crate::i18n::year(prior.last),
            latest = crate::i18n::year(latest)
        ),
        _ => tr!(lang, "score-no-years"),
    }
}

/// The weights by factor name in `lang`: "Scale 1 · Momentum 2 · … · White space 2".
pub fn weights_in_words(lang: Lang, weights: &super::Weights) -> String {
    let parts: Vec<String> = weights
        .iter()
        .map(|(factor, weight)| format!("{} {weight}", factor_name(lang, factor)))
        .collect();
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn momentum_reads_as_in_the_issue() {
        let why = Why {
            factor: Factor::Momentum,
            contribution: 30.0,
            norm: 92.2,
            figures: Figures::Momentum {
                recent_usd_m: 812.0,
                prior_usd_m: 120.0,
                recent: Some(YearRange {
                    first: 2019,
                    last: 2023,
                }),
                prior: Some(YearRange {
                    first: 2014,
                    last: 2018,
                }),
            },
        };
        assert_eq!(
            why_text(&why),
            "momentum 92/100: USD 812 m contracted in 2019–2023 against USD 120 m in 2014–2018"
        );
    }

    #[test]
    fn small_amounts_and_single_years_stay_readable() {
        let why = Why {
            factor: Factor::WhiteSpace,
            contribution: 0.0,
            norm: 0.0,
            figures: Figures::WhiteSpace {
                expected_usd_m: 1234.6,
                actual_usd_m: 0.374,
            },
        };
        assert_eq!(
            why_text(&why),
            "white space 0/100: USD 0.37 m contracted where its sector's and district's totals suggest USD 1,235 m"
        );
        assert_eq!(
            years(Some(YearRange {
                first: 2023,
                last: 2023
            })),
            "2023"
        );
        assert_eq!(usd_m(0.0), "USD 0 m");
        assert_eq!(usd_m(12.26), "USD 12.3 m");
    }
}
