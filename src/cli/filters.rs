//! The filter flags shared by `summary` and `export`, and `--view`: which rows a command works on.

use std::path::PathBuf;

use clap::Args;

use super::CliError;
use crate::format::Currency;
use crate::model::Dataset;
use crate::query::{Facet, Filter, View};

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
    #[arg(long = "min-usd-m", value_name = "X", value_parser = finite_millions)]
    pub min_usd_m: Option<f64>,
    #[arg(long = "max-usd-m", value_name = "X", value_parser = finite_millions)]
    pub max_usd_m: Option<f64>,
    /// Contracted at least X million yuan (each row at its contract year's average rate). Bounds come in one
    /// currency: USD, CNY and HKD flags do not mix.
    #[arg(long = "min-cny-m", value_name = "X", value_parser = finite_millions)]
    pub min_cny_m: Option<f64>,
    #[arg(long = "max-cny-m", value_name = "X", value_parser = finite_millions)]
    pub max_cny_m: Option<f64>,
    /// Contracted at least X million Hong Kong dollars (each row at its contract year's average rate).
    #[arg(long = "min-hkd-m", value_name = "X", value_parser = finite_millions)]
    pub min_hkd_m: Option<f64>,
    #[arg(long = "max-hkd-m", value_name = "X", value_parser = finite_millions)]
    pub max_hkd_m: Option<f64>,
    /// A saved view (.ron); the other filters are added to its filter.
    #[arg(long, value_name = "VIEW.ron")]
    pub view: Option<PathBuf>,
}

impl FilterArgs {
    /// The view these arguments describe: the `--view` file's, with the flags added to its filter.
    pub(super) fn to_view(&self, dataset: &Dataset) -> Result<View, CliError> {
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
        for (flag, bound) in [("min", filter.min_amount_m), ("max", filter.max_amount_m)] {
            if let Some(bound) = bound.filter(|b| !b.is_finite()) {
                return Err(CliError::Usage(format!(
                    "the view's {flag}_amount_m (formerly {flag}_usd_m) is {bound}; use a number of {} millions",
                    filter.amount_currency.code()
                )));
            }
        }
        self.add_amount_bounds(filter)?;
        reject_unknown_names(filter, dataset)?;
        Ok(view)
    }
}

impl FilterArgs {
    /// The `--min-…-m`/`--max-…-m` flags added to the view's bounds. Both ends are in one currency (a view's
    /// bounds keep theirs), so flags of two currencies, or of another currency than the view's bounds, are a usage
    /// error rather than a guess at a conversion (rates differ by year: no one bound means the same in both).
    fn add_amount_bounds(&self, filter: &mut Filter) -> Result<(), CliError> {
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
                    return Err(CliError::Usage(format!(
                        "the view's amount bounds are in {}; give {} (bounds come in one currency)",
                        filter.amount_currency.code(),
                        flags(filter.amount_currency)
                    )));
                }
                let min = min.or(filter.min_amount_m);
                let max = max.or(filter.max_amount_m);
                filter.set_amount_range(min, max, *currency);
                Ok(())
            }
            [(first, ..), (second, ..), ..] => Err(CliError::Usage(format!(
                "amount bounds come in one currency: {} and {} were both given",
                flags(*first),
                flags(*second)
            ))),
        }
    }
}

/// `--min-usd-m`, `--max-cny-m`…: a finite number. `NaN` would select nothing and `1e999` parses as infinity, both
/// silently; clap reports the refusal and exits with code 2.
fn finite_millions(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        Ok(_) => Err(format!(
            "{text:?} is not a finite amount; give millions such as 12.5"
        )),
        Err(_) => Err(format!(
            "{text:?} is not a number; give millions such as 12.5"
        )),
    }
}

/// An unknown sector, district… is a usage error naming the valid choices (one line).
fn reject_unknown_names(filter: &Filter, dataset: &Dataset) -> Result<(), CliError> {
    let Some((facet, name)) = filter.unknown_names(&dataset.projects).into_iter().next() else {
        return Ok(());
    };
    let choices = dataset
        .projects
        .category(facet.field())
        .map(|c| c.labels().join(", "))
        .unwrap_or_default();
    Err(CliError::Usage(format!(
        "unknown {} {name:?}; valid choices: {choices}",
        facet.field().title().to_lowercase()
    )))
}
