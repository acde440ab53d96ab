//! Stable multi-key sort of a selection on any column.
//!
//! Must not depend on egui, eframe or rfd.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

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

/// How one key reads and compares a row. Missing values sort last in either direction, as in Excel.
enum KeyReader<'a> {
    /// A precomputed `u64` per row whose order is the column's order (numbers, categories, years, dates, bools).
    Ordinal(Vec<u64>),
    Text(&'a crate::model::columns::TextColumn),
    Extra(&'a crate::model::columns::TextColumn),
}

const MISSING_ORDINAL: u64 = u64::MAX;

/// Sorts `rows` (indices into `table`) by `keys`, first key first; ties keep their current order (stable).
/// Unknown column names are skipped.
pub fn sort_rows(table: &ProjectTable, rows: &mut [u32], keys: &[SortKey]) {
    let readers: Vec<(KeyReader<'_>, bool)> = keys
        .iter()
        .filter_map(|key| {
            let column = table.find_column(&key.column)?;
            Some((key_reader(table, column, key.descending), key.descending))
        })
        .collect();
    if readers.is_empty() {
        return;
    }
    rows.sort_by(|&a, &b| {
        for (reader, descending) in &readers {
            let ordering = compare(reader, *descending, a as usize, b as usize);
            if ordering != Ordering::Equal {
                return ordering;
            }
        }
        Ordering::Equal
    });
}

fn compare(reader: &KeyReader<'_>, descending: bool, a: usize, b: usize) -> Ordering {
    match reader {
        // Ordinals already encode the direction and put missing last.
        KeyReader::Ordinal(ordinals) => ordinals[a].cmp(&ordinals[b]),
        KeyReader::Text(column) | KeyReader::Extra(column) => {
            let (x, y) = (column.get(a), column.get(b));
            match (x.is_empty(), y.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => {
                    let ordering = compare_text(x, y);
                    if descending {
                        ordering.reverse()
                    } else {
                        ordering
                    }
                }
            }
        }
    }
}

/// Case-insensitive order, with the exact text as a tie-breaker so the order is total.
fn compare_text(a: &str, b: &str) -> Ordering {
    let folded = a
        .chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase));
    folded.then_with(|| a.cmp(b))
}

fn key_reader(table: &ProjectTable, column: ColumnId, descending: bool) -> KeyReader<'_> {
    let field = match column {
        ColumnId::Extra(index) => {
            return match table.extra.get(index) {
                Some(extra) => KeyReader::Extra(&extra.values),
                None => KeyReader::Ordinal(vec![0; table.len()]),
            };
        }
        ColumnId::Field(field) => field,
    };
    // Map each value to a u64 in ascending order; flip it for descending; missing stays at the end.
    let directed = |value: Option<u64>| match value {
        None => MISSING_ORDINAL,
        Some(v) if descending => MISSING_ORDINAL - 1 - v.min(MISSING_ORDINAL - 1),
        Some(v) => v.min(MISSING_ORDINAL - 1),
    };
    let ordinals: Vec<u64> = match field.kind() {
        ColumnKind::Text => {
            return KeyReader::Text(match field {
                Field::Name => &table.name,
                Field::Investor => &table.investor,
                _ => &table.id,
            });
        }
        ColumnKind::Category => {
            let Some(category) = table.category(field) else {
                return KeyReader::Ordinal(vec![0; table.len()]);
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
                .map(|&code| directed(ranks.get(code as usize).map(|&r| u64::from(r))))
                .collect()
        }
        ColumnKind::Integer | ColumnKind::Amount | ColumnKind::Number => {
            let values: &[f64] = match field {
                Field::ContractedUsdM => &table.contracted_usd_m,
                Field::UtilizedUsdM => &table.utilized_usd_m,
                Field::Employees => &table.employees,
                Field::Lat => &table.lat,
                Field::Lon => &table.lon,
                _ => {
                    return KeyReader::Ordinal(
                        table
                            .year
                            .iter()
                            .map(|y| {
                                directed(y.map(|y| (i64::from(y) - i64::from(i32::MIN)) as u64))
                            })
                            .collect(),
                    );
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
    };
    KeyReader::Ordinal(ordinals)
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

    #[test]
    fn float_ordinals_keep_order() {
        let values = [-1e9, -2.5, -0.0, 0.0, 1e-9, 3.0, 1e12];
        for pair in values.windows(2) {
            assert!(f64_ordinal(pair[0]) <= f64_ordinal(pair[1]), "{pair:?}");
        }
    }

    #[test]
    fn text_order_ignores_case() {
        assert_eq!(compare_text("apple", "Banana"), Ordering::Less);
        assert_eq!(compare_text("Apple", "apple"), Ordering::Less);
    }
}
