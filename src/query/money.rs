//! Amounts in the currency the user chose: the one place USD m becomes CNY m or HKD m.
//!
//! Files hold USD m. In CNY each row converts at its contract year's average rate (the latest rate for a row
//! without a year, see [`crate::model::reference::RateTable::cny_per_usd`]); a row with no rate has no CNY
//! amount. The table, the detail panel, the key figures, the aggregates and the exports all go through here.
//! Must not depend on egui, eframe or rfd.

use std::borrow::Cow;

use super::aggregate::Amounts;
use crate::format::Currency;
use crate::model::{Dataset, ProjectTable};

/// One amount of row `row` (in USD m) in `currency`, in millions.
pub fn in_currency(dataset: &Dataset, row: usize, usd_m: f64, currency: Currency) -> f64 {
    match currency {
        Currency::Usd => usd_m,
        Currency::Cny => dataset
            .cny_per_usd(row)
            .map_or(f64::NAN, |rate| usd_m * rate),
        Currency::Hkd => dataset
            .hkd_per_usd(row)
            .map_or(f64::NAN, |rate| usd_m * rate),
    }
}

/// A column of `dataset` in USD m (one value per row) in `currency`: [`in_currency`] of every row, borrowed as it
/// is for USD. A row's rate depends only on its contract year, so each year's rate is looked up once (the lookup
/// scans the rate table; a million rows are then a million multiplications).
pub fn column_in<'a>(dataset: &Dataset, values: &'a [f64], currency: Currency) -> Cow<'a, [f64]> {
    if currency == Currency::Usd {
        return Cow::Borrowed(values);
    }
    let years = &dataset.projects.year;
    let known = years.known();
    let span = known.clone().min().zip(known.max());
    // Factors by year offset, the last slot for rows without a year; a file with absurd years (a span too wide
    // for a small vector) converts row by row, by the same rule.
    let mut factors: Vec<Option<f64>> = match span {
        Some((first, last)) if i64::from(last) - i64::from(first) < 1 << 16 => {
            vec![None; (last - first) as usize + 2]
        }
        Some(_) => {
            let converted = (0..values.len())
                .map(|row| in_currency(dataset, row, values[row], currency))
                .collect();
            return Cow::Owned(converted);
        }
        None => vec![None; 1],
    };
    let first = span.map_or(0, |(first, _)| first);
    let none_slot = factors.len() - 1;
    let converted = values
        .iter()
        .enumerate()
        .map(|(row, &usd_m)| {
            let slot = match years.get(row) {
                Some(year) => (year - first) as usize,
                None => none_slot,
            };
            // `in_currency` of 1 is the rate itself (or NaN without one): `usd_m * rate` exactly as per row.
            let factor =
                *factors[slot].get_or_insert_with(|| in_currency(dataset, row, 1.0, currency));
            usd_m * factor
        })
        .collect();
    Cow::Owned(converted)
}

/// The two money columns of a dataset in one currency: borrowed from the table for USD, converted once for CNY or HKD.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MoneyColumns {
    currency: Currency,
    /// Contracted and utilised in CNY m; `None` in USD, where the table's own columns serve.
    converted: Option<(Vec<f64>, Vec<f64>)>,
}

impl MoneyColumns {
    /// The columns of `dataset` in `currency` (CNY and HKD convert every row now, in one pass per column).
    pub fn new(dataset: &Dataset, currency: Currency) -> Self {
        let converted = (currency != Currency::Usd).then(|| {
            let convert = |values: &[f64]| column_in(dataset, values, currency).into_owned();
            let table = &dataset.projects;
            (
                convert(&table.contracted_usd_m),
                convert(&table.utilized_usd_m),
            )
        });
        Self {
            currency,
            converted,
        }
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// The columns to add up; `table` must be the table these were made from.
    pub fn amounts<'a>(&'a self, table: &'a ProjectTable) -> Amounts<'a> {
        match &self.converted {
            Some((contracted, utilized)) => Amounts {
                contracted,
                utilized,
            },
            None => Amounts::usd(table),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DataSource, ProjectRow, ReferenceData};

    fn dataset() -> Dataset {
        let rows: Vec<ProjectRow> = [Some(2010), Some(2020), None]
            .into_iter()
            .map(|year| ProjectRow {
                year,
                contracted_usd_m: 10.0,
                utilized_usd_m: 5.0,
                ..ProjectRow::default()
            })
            .collect();
        Dataset::new(
            ProjectTable::from_rows(&rows),
            ReferenceData::embedded().unwrap(),
            DataSource::Embedded,
        )
    }

    #[test]
    fn cny_columns_convert_each_row_at_its_own_rate_and_usd_borrows_the_table() {
        let dataset = dataset();
        let usd = MoneyColumns::new(&dataset, Currency::Usd);
        assert_eq!(
            usd.amounts(&dataset.projects).contracted,
            dataset.projects.contracted_usd_m.as_slice()
        );
        let cny = MoneyColumns::new(&dataset, Currency::Cny);
        let amounts = cny.amounts(&dataset.projects);
        let rates = &dataset.reference.rates;
        for (row, year) in [Some(2010), Some(2020), None].into_iter().enumerate() {
            let rate = rates.cny_per_usd(year).unwrap();
            assert_eq!(amounts.contracted[row], 10.0 * rate, "row {row}");
            assert_eq!(amounts.utilized[row], 5.0 * rate, "row {row}");
            assert_eq!(
                in_currency(&dataset, row, 10.0, Currency::Cny),
                amounts.contracted[row]
            );
        }
        assert_ne!(amounts.contracted[0], amounts.contracted[1]);
        assert_eq!(cny.currency(), Currency::Cny);
        // Each year's rate is looked up once, with exactly the per-row result, in every currency.
        for currency in Currency::ALL {
            let column = column_in(&dataset, &dataset.projects.utilized_usd_m, currency);
            for row in 0..3 {
                let one = in_currency(&dataset, row, 5.0, currency);
                assert_eq!(column[row].to_bits(), one.to_bits(), "{currency:?} {row}");
            }
        }
    }
}
