//! The filter flags shared by `summary` and `export`, and `--view`: which rows a command works on.

use std::path::PathBuf;

use clap::Args;

use super::CliError;
use crate::format::Currency;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::{Facet, Filter, View, labels};
use crate::tr;

/// Filters shared by `summary` and `export`. Ranges are inclusive; names match case-insensitively.
#[derive(Debug, Default, Args)]
pub struct FilterArgs {
    /// Case-insensitive text in the project name or the investor.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub sector: Vec<String>,
    #[arg(long = "sub-sector", value_name = "NAME", num_args = 1..)]
    pub sub_sector: Vec<String>,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub district: Vec<String>,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub status: Vec<String>,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub origin: Vec<String>,
    #[arg(long = "year-from", value_name = "Y")]
    pub year_from: Option<i32>,
    #[arg(long = "year-to", value_name = "Y")]
    pub year_to: Option<i32>,
    /// Contracted at least X million US dollars (each row's amount as the file gives it).
    #[arg(long = "min-usd-m", value_name = "X", value_parser = finite_usd_millions)]
    pub min_usd_m: Option<f64>,
    #[arg(long = "max-usd-m", value_name = "X", value_parser = finite_usd_millions)]
    pub max_usd_m: Option<f64>,
    /// Contracted at least X million yuan (each row at its contract year's average rate). Bounds come in one
    /// currency: USD, CNY and HKD flags do not mix.
    #[arg(long = "min-cny-m", value_name = "X", value_parser = finite_cny_millions)]
    pub min_cny_m: Option<f64>,
    #[arg(long = "max-cny-m", value_name = "X", value_parser = finite_cny_millions)]
    pub max_cny_m: Option<f64>,
    /// Contracted at least X million Hong Kong dollars (each row at its contract year's average rate).
    #[arg(long = "min-hkd-m", value_name = "X", value_parser = finite_hkd_millions)]
    pub min_hkd_m: Option<f64>,
    #[arg(long = "max-hkd-m", value_name = "X", value_parser = finite_hkd_millions)]
    pub max_hkd_m: Option<f64>,
    /// A saved view (.ron); the other filters are added to its filter.
    #[arg(long, value_name = "VIEW.ron")]
    pub view: Option<PathBuf>,
}

impl FilterArgs {
    /// The view these arguments describe: the `--view` file's, with the flags added to its filter.
    pub(super) fn to_view(&self, dataset: &Dataset, lang: Lang) -> Result<View, CliError> {
        let mut view = match &self.view {
            Some(path) => View::load(path)?,
            None => View::default(),
        };
        let filter = &mut view.filter;
        if let Some(search) = &self.search {
            filter.search = search.clone();
        }
        for (facet, names) in [
            (Facet::Sector, &self.sector),
            (Facet::SubSector, &self.sub_sector),
            (Facet::District, &self.district),
            (Facet::Status, &self.status),
            (Facet::Origin, &self.origin),
        ] {
            filter.values_mut(facet).extend(names.iter().cloned());
        }
        filter.year_from = self.year_from.or(filter.year_from);
        filter.year_to = self.year_to.or(filter.year_to);
        // A view file may spell `NaN` or `inf` (RON has both): a bound no amount can meet selects nothing silently.
        for (key, bound) in [
            ("min_amount_m", filter.min_amount_m),
            ("max_amount_m", filter.max_amount_m),
        ] {
            if let Some(bound) = bound.filter(|b| !b.is_finite()) {
                return Err(CliError::Usage(tr!(
                    lang,
                    "cli-view-bound",
                    key = key,
                    bound = bound.to_string(),
                    millions = millions_of(filter.amount_currency, lang)
                )));
            }
        }
        self.add_amount_bounds(filter, lang)?;
        reject_unknown_names(filter, dataset, lang)?;
        Ok(view)
    }
}

impl FilterArgs {
    /// The `--min-…-m`/`--max-…-m` flags added to the view's bounds. Both ends are in one currency (a view's
    /// bounds keep theirs), so flags of two currencies, or of another currency than the view's bounds, are a usage
    /// error rather than a guess at a conversion (rates differ by year: no one bound means the same in both).
    fn add_amount_bounds(&self, filter: &mut Filter, lang: Lang) -> Result<(), CliError> {
        let given: Vec<(Currency, Option<f64>, Option<f64>)> = [
            (Currency::Usd, self.min_usd_m, self.max_usd_m),
            (Currency::Cny, self.min_cny_m, self.max_cny_m),
            (Currency::Hkd, self.min_hkd_m, self.max_hkd_m),
        ]
        .into_iter()
        .filter(|(_, min, max)| min.is_some() || max.is_some())
        .collect();
        let flags = |currency: Currency| {
            let code = currency.code().to_lowercase();
            format!("--min-{code}-m/--max-{code}-m")
        };
        match given.as_slice() {
            [] => Ok(()),
            [(currency, min, max)] => {
                if filter.has_amount_range() && filter.amount_currency != *currency {
                    return Err(CliError::Usage(tr!(
                        lang,
                        "cli-view-bounds-currency",
                        currency = filter.amount_currency.code(),
                        flags = flags(filter.amount_currency)
                    )));
                }
                let min = min.or(filter.min_amount_m);
                let max = max.or(filter.max_amount_m);
                filter.set_amount_range(min, max, *currency);
                Ok(())
            }
            [(first, ..), (second, ..), ..] => Err(CliError::Usage(tr!(
                lang,
                "cli-bounds-one-currency",
                first = flags(*first),
                second = flags(*second)
            ))),
        }
    }
}

/// `--min-usd-m`, `--max-cny-m`…: a finite number. `NaN` would select nothing and `1e999` parses as infinity, both
/// silently; the refusal exits with code 2, worded by [`super::parse_error_text`] in the flag's currency.
fn finite_millions(text: &str, currency: Currency) -> Result<f64, BoundError> {
    match text.trim().parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        Ok(_) => Err(BoundError {
            given: text.to_owned(),
            finite_number: true,
            currency,
        }),
        Err(_) => Err(BoundError {
            given: text.to_owned(),
            finite_number: false,
            currency,
        }),
    }
}

fn finite_usd_millions(text: &str) -> Result<f64, BoundError> {
    finite_millions(text, Currency::Usd)
}

fn finite_cny_millions(text: &str) -> Result<f64, BoundError> {
    finite_millions(text, Currency::Cny)
}

fn finite_hkd_millions(text: &str) -> Result<f64, BoundError> {
    finite_millions(text, Currency::Hkd)
}

/// "USD millions" / "百万美元": the unit an amount flag or a view's bounds are given in.
fn millions_of(currency: Currency, lang: Lang) -> String {
    match currency {
        Currency::Usd => tr!(lang, "cli-millions-usd"),
        Currency::Cny => tr!(lang, "cli-millions-cny"),
        Currency::Hkd => tr!(lang, "cli-millions-hkd"),
    }
}

/// An amount bound that is not a finite number of millions of its flag's currency.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct BoundError {
    pub given: String,
    /// A number, but infinite or not a number (`NaN`, `1e999`).
    pub finite_number: bool,
    /// The currency of the flag (`--min-cny-m`: CNY).
    pub currency: Currency,
}

impl BoundError {
    pub fn message(&self, lang: Lang) -> String {
        let given = self.given.as_str();
        let millions = millions_of(self.currency, lang);
        if self.finite_number {
            tr!(
                lang,
                "cli-bound-infinite",
                given = given,
                millions = millions
            )
        } else {
            tr!(
                lang,
                "cli-bound-not-a-number",
                given = given,
                millions = millions
            )
        }
    }
}

/// An unknown sector, district… is a usage error naming the valid choices (one line).
fn reject_unknown_names(filter: &Filter, dataset: &Dataset, lang: Lang) -> Result<(), CliError> {
    let Some((facet, name)) = filter.unknown_names(&dataset.projects).into_iter().next() else {
        return Ok(());
    };
    let choices = dataset
        .projects
        .category(facet.field())
        .map(|c| c.labels().join(", "))
        .unwrap_or_default();
    Err(CliError::Usage(tr!(
        lang,
        "cli-unknown-name",
        field = labels::field_title(facet.field(), lang),
        name = name.as_str(),
        choices = choices
    )))
}
