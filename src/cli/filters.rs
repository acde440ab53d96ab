//! The filter flags shared by `summary` and `export`, and `--view`: which rows a command works on.

use std::path::PathBuf;

use clap::Args;

use super::CliError;
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
        filter.min_usd_m = self.min_usd_m.or(filter.min_usd_m);
        filter.max_usd_m = self.max_usd_m.or(filter.max_usd_m);
        // A view file may spell `NaN` or `inf` (RON has both): a bound no amount can meet selects nothing silently.
        for (flag, bound) in [("min", filter.min_usd_m), ("max", filter.max_usd_m)] {
            if let Some(bound) = bound.filter(|b| !b.is_finite()) {
                return Err(CliError::Usage(format!(
                    "the view's {flag}_usd_m is {bound}; use a number of USD millions"
                )));
            }
        }
        reject_unknown_names(filter, dataset)?;
        Ok(view)
    }
}

/// `--min-usd-m`/`--max-usd-m`: a finite number. `NaN` would select nothing and `1e999` parses as infinity, both
/// silently; clap reports the refusal and exits with code 2.
fn finite_usd_m(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        Ok(_) => Err(format!(
            "{text:?} is not a finite amount; give USD millions such as 12.5"
        )),
        Err(_) => Err(format!(
            "{text:?} is not a number; give USD millions such as 12.5"
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
