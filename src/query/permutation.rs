//! The selection in display order without sorting it on every filter change: one sort permutation of all rows per
//! (dataset, sort keys, currency), kept while only the filter changes, and filtered by the selection in one O(n)
//! pass.
//!
//! Sorting the whole table once by stable keys and keeping the selected rows in that order gives exactly the
//! selection sorted stably from table order (the property test below holds it to that). Must not depend on egui,
//! eframe or rfd.

use std::fmt;
use std::sync::Arc;

use super::aggregate::Amounts;
use super::sort::{SortKey, sort_rows_in};
use crate::format::Currency;
use crate::model::ProjectTable;

/// How many orders to keep: flipping between a few sort columns re-sorts nothing.
const KEPT_ORDERS: usize = 4;

/// What one permutation is the order of.
#[derive(Clone, Debug, PartialEq)]
struct OrderKey {
    generation: u64,
    sort: Vec<SortKey>,
    currency: Currency,
}

/// The last few whole-table sort orders, most recently used last.
#[derive(Clone, Default)]
pub struct SortCache {
    orders: Vec<(OrderKey, Arc<[u32]>)>,
}

impl fmt::Debug for SortCache {
    /// The keys only: a million row numbers are no use in a debug print.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.orders.iter().map(|(key, _)| key))
            .finish()
    }
}

impl SortCache {
    /// Every row of `table` (the dataset `generation`) in the order of `sort`, sorted now only if this order is
    /// not among the last few.
    pub fn order(
        &mut self,
        table: &ProjectTable,
        amounts: Amounts<'_>,
        generation: u64,
        sort: &[SortKey],
        currency: Currency,
    ) -> Arc<[u32]> {
        let key = OrderKey {
            generation,
            sort: sort.to_vec(),
            currency,
        };
        // Orders of another dataset can never be used again.
        self.orders
            .retain(|(kept, _)| kept.generation == generation);
        if let Some(position) = self.orders.iter().position(|(kept, _)| *kept == key) {
            let entry = self.orders.remove(position);
            let order = Arc::clone(&entry.1);
            self.orders.push(entry);
            return order;
        }
        let mut rows: Vec<u32> = (0..table.len() as u32).collect();
        sort_rows_in(table, amounts, &mut rows, sort);
        let order: Arc<[u32]> = rows.into();
        if self.orders.len() == KEPT_ORDERS {
            self.orders.remove(0);
        }
        self.orders.push((key, Arc::clone(&order)));
        order
    }
}

/// The rows of `selected` (any order, no duplicates) in the order they appear in `order` (a permutation of all
/// rows): one bitmap of the selection, then one pass over the permutation.
pub fn in_order(order: &[u32], selected: &[u32]) -> Vec<u32> {
    if selected.len() == order.len() {
        return order.to_vec();
    }
    if selected.is_empty() {
        return Vec::new();
    }
    let mut bits = vec![0u64; order.len().div_ceil(64)];
    for &row in selected {
        if let Some(word) = bits.get_mut(row as usize / 64) {
            *word |= 1 << (row % 64);
        }
    }
    let mut rows = Vec::with_capacity(selected.len());
    rows.extend(
        order
            .iter()
            .copied()
            .filter(|&row| bits[row as usize / 64] & (1 << (row % 64)) != 0),
    );
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProjectRow;
    use crate::query::sort::sort_rows;
    use proptest::prelude::*;

    fn table(rows: &[(u8, u8, Option<u8>)]) -> ProjectTable {
        let sectors = ["Finance", "Real estate", "logistics", ""];
        let rows: Vec<ProjectRow> = rows
            .iter()
            .map(|&(sector, name, amount)| ProjectRow {
                sector: sectors[usize::from(sector) % sectors.len()].into(),
                name: format!("Project {}", name % 7),
                contracted_usd_m: amount.map_or(f64::NAN, |a| f64::from(a % 5)),
                ..ProjectRow::default()
            })
            .collect();
        ProjectTable::from_rows(&rows)
    }

    fn sort_keys() -> impl Strategy<Value = Vec<SortKey>> {
        let column = prop_oneof![
            Just("sector"),
            Just("name"),
            Just("contracted_usd_m"),
            Just("no such column"),
        ];
        prop::collection::vec(
            (column, any::<bool>()).prop_map(|(column, descending)| SortKey {
                column: column.into(),
                descending,
            }),
            0..3,
        )
    }

    proptest! {
        #[test]
        fn the_cached_order_filtered_equals_sorting_the_selection(
            rows in prop::collection::vec((any::<u8>(), any::<u8>(), any::<Option<u8>>()), 0..200),
            picked in prop::collection::vec(any::<bool>(), 200),
            keys in sort_keys(),
        ) {
            let table = table(&rows);
            let selected: Vec<u32> = (0..rows.len() as u32).filter(|&row| picked[row as usize]).collect();
            let mut expected = selected.clone();
            sort_rows(&table, &mut expected, &keys);
            let mut cache = SortCache::default();
            let order = cache.order(&table, Amounts::usd(&table), 0, &keys, Currency::Usd);
            prop_assert_eq!(in_order(&order, &selected), expected);
            // The second time comes from the cache, and is the same.
            let again = cache.order(&table, Amounts::usd(&table), 0, &keys, Currency::Usd);
            prop_assert!(Arc::ptr_eq(&order, &again));
        }
    }

    #[test]
    fn keeps_the_last_few_orders_of_the_current_dataset_only() {
        let table = table(&[(0, 1, Some(2)), (1, 0, None), (2, 2, Some(1))]);
        let mut cache = SortCache::default();
        let by = |column: &str| vec![SortKey::ascending(column)];
        let first = cache.order(&table, Amounts::usd(&table), 0, &by("name"), Currency::Usd);
        for column in ["sector", "contracted_usd_m", "year"] {
            cache.order(&table, Amounts::usd(&table), 0, &by(column), Currency::Usd);
        }
        assert!(Arc::ptr_eq(
            &first,
            &cache.order(&table, Amounts::usd(&table), 0, &by("name"), Currency::Usd)
        ));
        cache.order(
            &table,
            Amounts::usd(&table),
            0,
            &by("status"),
            Currency::Usd,
        );
        assert_eq!(cache.orders.len(), KEPT_ORDERS);
        // A new dataset drops every order of the old one.
        let renewed = cache.order(&table, Amounts::usd(&table), 1, &by("name"), Currency::Usd);
        assert!(!Arc::ptr_eq(&first, &renewed));
        assert_eq!(cache.orders.len(), 1);
    }
}
