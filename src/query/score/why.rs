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

/// One factor of the why in English, e.g. "momentum 92/100: USD 812 m contracted in 2019–2023 against USD 120 m
/// in 2014–2018" (the CSV and JSON rankings keep these words).
pub fn why_text(why: &Why) -> String {
    why_text_in(why, Lang::En)
}

/// One factor of the why in `lang`: the single place its words live ("动能 92/100：2019–2023 年合同外资 8.12 亿美元，
/// 2014–2018 年为 1.2 亿美元"). English names the factor by its key and amounts in USD m; Chinese by its name and
/// in 万/亿.
pub fn why_text_in(why: &Why, lang: Lang) -> String {
    let amount = |usd_m_amount: f64| match lang {
        Lang::En => usd_m(usd_m_amount),
        _ => format::MoneyFormat {
            currency: format::Currency::Usd,
            scale: format::Scale::Auto,
        }
        .format_in(lang, usd_m_amount),
    };
    let percent = |value: f64| format::percent_in(lang, value);
    let years = |range: Option<YearRange>| match range {
        Some(YearRange { first, last }) if first == last => {
            tr!(lang, "why-years", years = first.to_string())
        }
        Some(YearRange { first, last }) => {
            tr!(lang, "why-years", years = format!("{first}–{last}"))
        }
        None => tr!(lang, "why-no-year"),
    };
    let detail = match &why.figures {
        Figures::Scale { contracted_usd_m } => {
            tr!(lang, "why-scale", amount = amount(*contracted_usd_m))
        }
        Figures::Momentum {
            recent_usd_m,
            prior_usd_m,
            recent,
            prior,
        } => tr!(
            lang,
            "why-momentum",
            recent = amount(*recent_usd_m),
            recent_years = years(*recent),
            prior = amount(*prior_usd_m),
            prior_years = years(*prior)
        ),
        Figures::Realisation {
            utilised_usd_m,
            contracted_usd_m,
        } => tr!(
            lang,
            "why-realisation",
            utilised = amount(*utilised_usd_m),
            contracted = amount(*contracted_usd_m),
            share = percent(utilised_usd_m / contracted_usd_m * 100.0)
        ),
        Figures::Breadth { investors } => tr!(lang, "why-breadth", n = *investors),
        Figures::Openness { investors: 1, .. } => tr!(lang, "why-openness-one"),
        Figures::Openness {
            investors,
            largest_share,
        } => tr!(
            lang,
            "why-openness",
            n = *investors,
            share = percent(largest_share * 100.0)
        ),
        Figures::PolicySector { focus: true } => tr!(lang, "why-policy-focus"),
        Figures::PolicySector { focus: false } => tr!(lang, "why-policy-not-focus"),
        Figures::PolicyDistrict {
            focus_usd_m,
            contracted_usd_m,
        } => tr!(
            lang,
            "why-policy-district",
            share = percent(focus_usd_m / contracted_usd_m * 100.0),
            contracted = amount(*contracted_usd_m)
        ),
        Figures::WhiteSpace {
            expected_usd_m,
            actual_usd_m,
        } => tr!(
            lang,
            "why-white-space",
            actual = amount(*actual_usd_m),
            expected = amount(*expected_usd_m)
        ),
    };
    let name = match lang {
        Lang::En => why.factor.key().replace('_', " "),
        _ => factor_name(lang, why.factor),
    };
    tr!(
        lang,
        "why-line",
        factor = name,
        norm = format!("{:.0}", why.norm),
        detail = detail
    )
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
        let one_year = Why {
            factor: Factor::Momentum,
            contribution: 0.0,
            norm: 50.0,
            figures: Figures::Momentum {
                recent_usd_m: 812.0,
                prior_usd_m: 120.0,
                recent: Some(YearRange {
                    first: 2023,
                    last: 2023,
                }),
                prior: None,
            },
        };
        assert_eq!(
            why_text(&one_year),
            "momentum 50/100: USD 812 m contracted in 2023 against USD 120 m in no contract year"
        );
        // Chinese names the factor and counts in 万/亿.
        assert_eq!(
            why_text_in(&one_year, Lang::ZhHans),
            "增长势头 50/100：2023 年合同外资 8.12 亿美元，无签约年份为 1.2 亿美元"
        );
        assert_eq!(usd_m(0.0), "USD 0 m");
        assert_eq!(usd_m(12.26), "USD 12.3 m");
    }
}
