//! Stable multi-key sort of a selection on any column.
//!
//! Every key becomes one `u64` per row whose integer order is the column's order (numbers by their IEEE bits,
//! categories and text by precomputed ranks), so a million rows sort by integer comparisons only.
//! Must not depend on egui, eframe or rfd.

use serde::{Deserialize, Serialize};

use super::aggregate::Amounts;
use crate::model::{ColumnId, ColumnKind, Field, ProjectTable};

/// One sort key: a column by name (a field key such as `contracted_usd_m`, or an extra column's header).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SortKey {
    pub column: String,
    #[serde(default)]
    pub descending: bool,
}

impl SortKey {
    pub fn ascending(column: &str) -> Self {
        Self {
            column: column.into(),
            descending: false,
        }
    }

    pub fn descending(column: &str) -> Self {
        Self {
            column: column.into(),
            descending: true,
        }
    }
}

/// The ordinal of a missing value: last in either direction, as in Excel.
const MISSING: u64 = u64::MAX;

/// Sorts `rows` (indices into `table`) by `keys`, first key first, amounts in the table's USD m. Ties keep their
/// current order (stable). Unknown column names are skipped.
pub fn sort_rows(table: &ProjectTable, rows: &mut [u32], keys: &[SortKey]) {
    sort_rows_in(table, Amounts::usd(table), rows, keys);
}

/// Sorts like [`sort_rows`], the two amount columns by `amounts` (the currency shown, see
/// [`super::money::MoneyColumns`]): in CNY or HKD each row converts at its own year's rate, so the order can
/// differ from the USD order, and the table must sort as it shows.
///
/// One stable radix pass per key, last key first (see [`super::radix`]): each earlier key then decides, and
/// ties fall back to the later keys' order.
pub fn sort_rows_in(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &mut [u32],
    keys: &[SortKey],
) {
    for key in keys.iter().rev() {
        if let Some(column) = table.find_column(&key.column) {
            let ordinals = column_ordinals(table, amounts, column, key.descending);
            super::radix::sort_by_ordinal(rows, &ordinals);
        }
    }
}

/// One `u64` per row of the table, ordered like the column in the requested direction; missing values last.
fn column_ordinals(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    column: ColumnId,
    descending: bool,
) -> Vec<u64> {
    let directed = |value: Option<u64>| match value {
        None => MISSING,
        Some(v) if descending => MISSING - 1 - v.min(MISSING - 1),
        Some(v) => v.min(MISSING - 1),
    };
    let text_ordinals = |column: &crate::model::columns::TextColumn| -> Vec<u64> {
        let ranks = column.sort_ranks();
        (0..column.len())
            .map(|row| directed((!column.get(row).is_empty()).then(|| u64::from(ranks[row]))))
            .collect()
    };
    let field = match column {
        ColumnId::Extra(index) => {
            use crate::model::table::ExtraValues;
            return match table.extra.get(index) {
                None => vec![0; table.len()],
                Some(extra) => match &extra.typed {
                    ExtraValues::Text => text_ordinals(&extra.values),
                    ExtraValues::Number(numbers) => numbers
                        .iter()
                        .map(|&v| directed(v.is_finite().then(|| f64_ordinal(v))))
                        .collect(),
                    ExtraValues::Date(dates) => dates
                        .iter()
                        .map(|d| directed(d.map(|d| u64::from(d.as_yyyymmdd()))))
                        .collect(),
                    ExtraValues::Category(category) => {
                        let ranks = category.alphabetical_ranks();
                        category
                            .codes()
                            .iter()
                            .map(|code| directed(ranks.get(code as usize).map(|&r| u64::from(r))))
                            .collect()
                    }
                },
            };
        }
        ColumnId::Field(field) => field,
    };
    match field.kind() {
        ColumnKind::Text => text_ordinals(match field {
            Field::Name => &table.name,
            Field::Investor => &table.investor,
            _ => &table.id,
        }),
        ColumnKind::Category => {
            let Some(category) = table.category(field) else {
                return vec![0; table.len()];
            };
            // Size bands sort by size (their dictionary order), other categories alphabetically.
            let ranks: Vec<u32> = if field == Field::SizeBand {
                (0..category.labels().len() as u32).collect()
            } else {
                category.alphabetical_ranks()
            };
            category
                .codes()
                .iter()
                .map(|code| directed(ranks.get(code as usize).map(|&r| u64::from(r))))
                .collect()
        }
        ColumnKind::Integer | ColumnKind::Amount | ColumnKind::Number => {
            let values: &[f64] = match field {
                Field::ContractedUsdM => amounts.contracted,
                Field::UtilizedUsdM => amounts.utilized,
                Field::Employees => &table.employees,
                Field::Lat => &table.lat,
                Field::Lon => &table.lon,
                _ => {
                    return table
                        .year
                        .iter()
                        .map(|y| directed(y.map(|y| (i64::from(y) - i64::from(i32::MIN)) as u64)))
                        .collect();
                }
            };
            values
                .iter()
                .map(|&v| directed(v.is_finite().then(|| f64_ordinal(v))))
                .collect()
        }
        ColumnKind::Bool => {
            let values = if field == Field::InLiangjiang {
                &table.in_liangjiang
            } else {
                &table.is_synthetic
            };
            values.iter().map(|v| directed(v.map(u64::from))).collect()
        }
        ColumnKind::Date => table
            .contract_date
            .iter()
            .map(|d| directed(d.map(|d| u64::from(d.as_yyyymmdd()))))
            .collect(),
    }
}

/// Maps a finite f64 to a u64 with the same order (IEEE 754 total order trick), halved so that the top value
/// stays free for "missing".
fn f64_ordinal(value: f64) -> u64 {
    let bits = value.to_bits();
    let ordered = if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    };
    ordered >> 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProjectRow;

    #[test]
    fn float_ordinals_keep_order() {
        let values = [-1e9, -2.5, -0.0, 0.0, 1e-9, 3.0, 1e12];
        for pair in values.windows(2) {
            assert!(f64_ordinal(pair[0]) <= f64_ordinal(pair[1]), "{pair:?}");
        }
    }

    #[test]
    fn text_sorts_ignoring_case_with_missing_last_and_ties_stable() {
        let names = ["banana", "", "Apple", "apple", "Cherry"];
        let rows: Vec<ProjectRow> = names
            .iter()
            .map(|name| ProjectRow {
                name: (*name).into(),
                ..ProjectRow::default()
            })
            .collect();
        let table = ProjectTable::from_rows(&rows);
        let mut order: Vec<u32> = (0..5).collect();
        sort_rows(&table, &mut order, &[SortKey::ascending("name")]);
        assert_eq!(order, [2, 3, 0, 4, 1]);
        sort_rows(&table, &mut order, &[SortKey::descending("name")]);
        assert_eq!(order, [4, 0, 2, 3, 1]);
    }
}
