//! The filter flags shared by `summary` and `export`, and `--view`: which rows a command works on.

use std::path::PathBuf;

use clap::Args;

use super::CliError;
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
    #[arg(long = "min-usd-m", value_name = "X", value_parser = finite_usd_m)]
    pub min_usd_m: Option<f64>,
    #[arg(long = "max-usd-m", value_name = "X", value_parser = finite_usd_m)]
    pub max_usd_m: Option<f64>,
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
        filter.min_usd_m = self.min_usd_m.or(filter.min_usd_m);
        filter.max_usd_m = self.max_usd_m.or(filter.max_usd_m);
        // A view file may spell `NaN` or `inf` (RON has both): a bound no amount can meet selects nothing silently.
        for (key, bound) in [
            ("min_usd_m", filter.min_usd_m),
            ("max_usd_m", filter.max_usd_m),
        ] {
            if let Some(bound) = bound.filter(|b| !b.is_finite()) {
                return Err(CliError::Usage(tr!(
                    lang,
                    "cli-view-bound",
                    key = key,
                    bound = bound.to_string()
                )));
            }
        }
        reject_unknown_names(filter, dataset, lang)?;
        Ok(view)
    }
}

/// `--min-usd-m`/`--max-usd-m`: a finite number. `NaN` would select nothing and `1e999` parses as infinity, both
/// silently; the refusal exits with code 2, worded by [`super::parse_error_text`].
fn finite_usd_m(text: &str) -> Result<f64, BoundError> {
    match text.trim().parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        Ok(_) => Err(BoundError {
            given: text.to_owned(),
            finite_number: true,
        }),
        Err(_) => Err(BoundError {
            given: text.to_owned(),
            finite_number: false,
        }),
    }
}

/// An amount bound that is not a finite number of USD millions.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct BoundError {
    pub given: String,
    /// A number, but infinite or not a number (`NaN`, `1e999`).
    pub finite_number: bool,
}

impl BoundError {
    pub fn message(&self, lang: Lang) -> String {
        let given = self.given.as_str();
        if self.finite_number {
            tr!(lang, "cli-bound-infinite", given = given)
        } else {
            tr!(lang, "cli-bound-not-a-number", given = given)
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
