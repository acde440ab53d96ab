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

/// An amount of the why in `lang`: [`usd_m`] in English (the CLI's and the files' sentences keep it), the
/// Chinese reader's 万 / 亿美元 otherwise.
fn amount_in(lang: Lang, amount: f64) -> String {
    match lang {
        Lang::En => usd_m(amount),
        Lang::ZhHans | Lang::ZhHant => {
            format::MoneyFormat::default().format_in(lang.notation(), amount)
        }
    }
}

fn years_in(lang: Lang, range: Option<YearRange>) -> String {
    match range {
        Some(YearRange { first, last }) if first == last => first.to_string(),
        Some(YearRange { first, last }) => format!("{first}–{last}"),
        None => tr!(lang, "why-no-year"),
    }
}

/// One factor of the why in English, e.g. "momentum 92/100: USD 812 m contracted in 2019–2023 against USD 120 m
/// in 2014–2018": the sentence of the CLI, the JSON and the ranking files ([`why_text_in`] in English).
pub fn why_text(why: &Why) -> String {
    why_text_in(Lang::En, why)
}

/// One factor of the why in `lang`, with the raw figures it was computed from (the window, the tooltips and the
/// PDF brief show it in the reader's language). The single place the words are put together.
pub fn why_text_in(lang: Lang, why: &Why) -> String {
    let amount = |v: f64| amount_in(lang, v);
    let percent = |v: f64| format::percent_in(lang.notation(), v);
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
            recent_years = years_in(lang, *recent),
            prior = amount(*prior_usd_m),
            prior_years = years_in(lang, *prior)
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
        Figures::PolicySector { focus: false } => tr!(lang, "why-policy-other"),
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
    let name = match why.factor {
        Factor::Scale => tr!(lang, "why-factor-scale"),
        Factor::Momentum => tr!(lang, "why-factor-momentum"),
        Factor::Realisation => tr!(lang, "why-factor-realisation"),
        Factor::Breadth => tr!(lang, "why-factor-breadth"),
        Factor::Openness => tr!(lang, "why-factor-openness"),
        Factor::Policy => tr!(lang, "why-factor-policy"),
        Factor::WhiteSpace => tr!(lang, "why-factor-white-space"),
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
    fn the_why_reads_in_the_readers_language() {
        let why = Why {
            factor: Factor::Openness,
            contribution: 11.0,
            norm: 98.6,
            figures: Figures::Openness {
                investors: 1234,
                largest_share: 0.132,
            },
        };
        assert_eq!(
            why_text(&why),
            "openness 99/100: 1,234 investors, the largest holding 13.2 % of the amount contracted"
        );
        assert_eq!(
            why_text_in(Lang::ZhHans, &why),
            "市场开放度 99/100：1,234 个投资方，最大一家占合同外资的 13.2%"
        );
        let white_space = Why {
            factor: Factor::WhiteSpace,
            contribution: 0.0,
            norm: 58.0,
            figures: Figures::WhiteSpace {
                expected_usd_m: 176.0,
                actual_usd_m: 15.2,
            },
        };
        let hant = why_text_in(Lang::ZhHant, &white_space);
        assert!(hant.starts_with("市場空白 58/100："), "{hant}");
        assert!(hant.contains("1.76 億美元"), "{hant}");
        let breadth = |investors| Why {
            factor: Factor::Breadth,
            contribution: 0.0,
            norm: 0.0,
            figures: Figures::Breadth { investors },
        };
        assert_eq!(why_text(&breadth(1)), "breadth 0/100: 1 investor");
        assert_eq!(why_text(&breadth(3)), "breadth 0/100: 3 distinct investors");
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
            years_in(
                Lang::En,
                Some(YearRange {
                    first: 2023,
                    last: 2023
                })
            ),
            "2023"
        );
        assert_eq!(usd_m(0.0), "USD 0 m");
        assert_eq!(usd_m(12.26), "USD 12.3 m");
    }
}
