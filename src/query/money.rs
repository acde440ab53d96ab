//! Amounts in the currency the user chose: the one place USD m becomes CNY m or HKD m.
//!
//! Files hold USD m. In CNY each row converts at its contract year's average rate (the latest rate for a row
//! without a year, see [`crate::model::reference::RateTable::cny_per_usd`]); a row with no rate has no CNY
//! amount. The table, the detail panel, the key figures, the aggregates and the exports all go through here.
//! Must not depend on egui, eframe or rfd.

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
            let convert = |values: &[f64]| -> Vec<f64> {
                values
                    .iter()
                    .enumerate()
                    .map(|(row, &usd_m)| in_currency(dataset, row, usd_m, currency))
                    .collect()
            };
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
    }
}
