//! `Derived`: everything computed from the dataset and the view that the window shows — the selection in display
//! order, facet counts, totals, and the current tab's aggregates — with the keys that say when each part is stale.
//!
//! The app owns one `Derived` and calls [`Derived::refresh`] once per frame; each part is recomputed only when
//! what it depends on changed, never per frame. Exports and slides take a clone. Must not depend on egui, eframe
//! or rfd.

use std::sync::{Arc, OnceLock};

use super::aggregate::{
    CrossTab, GroupBy, GroupSummary, Summary, cross_tab, group_by, group_totals, summarize,
};
use super::charts::{ChartData, chart_data};
use super::client_safe::Pseudonyms;
use super::filter::{FacetCounts, Filter, Selection, evaluate};
use super::map::MapMeasure;
use super::money::MoneyColumns;
use super::opportunity::Opportunity;
use super::palette::SectorColours;
use super::permutation::{SortCache, in_order};
use super::score::ScoreOptions;
use super::shortlist::Shortlist;
use super::sort::SortKey;
use super::view::{ChartKind, Tab, View};
use crate::format::Currency;
use crate::model::Dataset;

/// Results computed from a dataset and a view.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    /// Selected rows in display (sorted) order. Shared, so that cloning a `Derived` (which the app does on the UI
    /// thread to hand a background evaluation its starting point) copies no rows: ten million of them are 40 MB.
    pub selection: Arc<Selection>,
    pub facets: FacetCounts,
    pub totals: Summary,
    /// Totals of the whole dataset, for "N of M" and shares.
    pub dataset_totals: Summary,
    /// First and last contract year in the dataset, for the year-range filter.
    pub year_span: Option<(i32, i32)>,
    /// The money columns in the view's currency (shared with export threads).
    pub money: Arc<MoneyColumns>,
    /// Breakdown tab: groups by `view.group_by`, and the cross-tab `group_by × cross_by`.
    pub groups: Vec<GroupSummary>,
    pub cross_tab: CrossTab,
    /// Charts tab: the series of `view.chart`, exactly as drawn.
    pub chart: ChartData,
    /// The colour of each of the dataset's sectors (the same on every chart, map and export).
    pub sector_colours: SectorColours,
    /// Map tab, and the Opportunities tab's map.
    pub by_district: Vec<GroupSummary>,
    /// Opportunities tab: the scores and the shortlist compared; `None` until the tab is first shown.
    pub opportunity: Option<Arc<Opportunity>>,
    /// The dataset's client-safe pseudonyms, made the first time client-safe needs them (per dataset).
    pseudonyms: OnceLock<Arc<Pseudonyms>>,
    /// The selected rows in table order: what totals and aggregates add up (sequential reads, and independent of
    /// the sort, so re-sorting recomputes none of them).
    selected: Arc<Vec<u32>>,
    /// Whole-table sort orders: a filter change only filters the current one (see [`super::permutation`]).
    orders: SortCache,
    /// Every row and the facet counts of the empty filter, for dataset `u64`: going back to all rows (Clear
    /// all, the last chip removed) takes these instead of counting a million rows again.
    unfiltered: Option<(u64, Arc<Vec<u32>>, FacetCounts)>,
    /// The tab aggregates last computed for all rows (the empty filter), per tab key, newest last: going back to
    /// all rows takes them instead of grouping a million rows again (medians and cross-tab included).
    unfiltered_tabs: Vec<(TabKey, TabAggregates)>,
    keys: Keys,
}

/// What [`Derived::refresh_tab`] computes for one tab: small (one entry per group).
#[derive(Clone, Debug)]
enum TabAggregates {
    Nothing,
    Breakdown(Vec<GroupSummary>, CrossTab),
    Chart(ChartData),
    Districts(Vec<GroupSummary>),
}

/// Tab keys of all rows whose aggregates are kept (see `Derived::unfiltered_tabs`): one per tab, about.
const UNFILTERED_TABS_KEPT: usize = 6;

/// What each part was computed from; `None` before the first computation.
#[derive(Clone, Debug, Default)]
struct Keys {
    money: Option<(u64, Currency)>,
    selection: Option<SelectionKey>,
    order: Option<(SelectionKey, Vec<SortKey>)>,
    tab: Option<TabKey>,
    score: Option<ScoreKey>,
}

/// What the Opportunities tab depends on, besides the selection.
#[derive(Clone, Debug, PartialEq)]
struct ScoreKey {
    selection: SelectionKey,
    options: ScoreOptions,
    shortlist: Shortlist,
}

impl ScoreKey {
    fn new(selection: SelectionKey, view: &View) -> Self {
        Self {
            selection,
            options: view.score,
            shortlist: view.shortlist.clone(),
        }
    }
}

/// The keys every part must have to be current for a view.
struct Wanted {
    money: (u64, Currency),
    selection: SelectionKey,
    order: (SelectionKey, Vec<SortKey>),
    tab: TabKey,
}

impl Wanted {
    fn new(generation: u64, view: &View) -> Self {
        let currency = view.money.currency;
        let selection = SelectionKey {
            generation,
            filter: view.filter.clone(),
            currency,
        };
        Self {
            money: (generation, currency),
            order: (selection.clone(), view.sort.clone()),
            tab: TabKey {
                selection: selection.clone(),
                tab: view.tab,
                group_by: view.group_by,
                cross_by: view.cross_by,
                chart: view.chart,
            },
            selection,
        }
    }
}

/// What the selection, facets and totals depend on (not the sort: they are the same in any order).
#[derive(Clone, Debug, PartialEq)]
struct SelectionKey {
    generation: u64,
    filter: Filter,
    currency: Currency,
}

/// What the current tab's aggregates depend on, besides the selection (in any order).
#[derive(Clone, Debug, PartialEq)]
struct TabKey {
    selection: SelectionKey,
    tab: Tab,
    group_by: GroupBy,
    cross_by: GroupBy,
    chart: ChartKind,
}

/// Whether the view shows opportunity scores: the Opportunities tab, and the map coloured by score. One rule for
/// refreshing and for asking whether a refresh is due.
fn shows_scores(view: &View) -> bool {
    view.tab == Tab::Opportunities
        || (view.tab == Tab::Map && view.map_measure == MapMeasure::Score)
}

/// Which parts a [`Derived::refresh`] recomputed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Refreshed {
    pub money: bool,
    pub selection: bool,
    pub tab: bool,
    pub score: bool,
}

impl Derived {
    /// Everything for `view` of `dataset`, computed now (for a one-off: a slide, a test).
    pub fn compute(dataset: &Dataset, view: &View) -> Self {
        let mut derived = Self::default();
        derived.refresh(dataset, 0, view);
        derived
    }

    /// Brings every part up to date with `view` of `dataset`, recomputing only the stale ones. `generation`
    /// names the dataset: the caller bumps it whenever it replaces the dataset.
    pub fn refresh(&mut self, dataset: &Dataset, generation: u64, view: &View) -> Refreshed {
        let mut refreshed = Refreshed::default();
        let wanted = Wanted::new(generation, view);
        let currency = view.money.currency;
        if self.keys.money != Some(wanted.money) {
            self.money = Arc::new(MoneyColumns::new(dataset, currency));
            // Per dataset and currency, not per filter change: a million rows summed once.
            let years = dataset.projects.year.known();
            self.year_span = years.clone().min().zip(years.max());
            let every_row = Selection::all(&dataset.projects).rows;
            self.dataset_totals = summarize(self.money.amounts(&dataset.projects), &every_row);
            let labels = dataset
                .projects
                .category(crate::model::Field::Sector)
                .map(|column| column.labels())
                .unwrap_or_default();
            self.sector_colours = SectorColours::new(
                &dataset.reference.sectors,
                labels.iter().map(String::as_str),
            );
            self.keys.money = Some(wanted.money);
            self.pseudonyms = OnceLock::new();
            refreshed.money = true;
        }
        if self.keys.selection.as_ref() != Some(&wanted.selection) {
            self.refresh_selection(dataset, &wanted.selection);
            self.keys.selection = Some(wanted.selection.clone());
            refreshed.selection = true;
        }
        if self.keys.order.as_ref() != Some(&wanted.order) {
            let order = self.orders.order(
                &dataset.projects,
                self.money.amounts(&dataset.projects),
                generation,
                &view.sort,
                currency,
            );
            self.selection = Arc::new(Selection {
                rows: in_order(&order, &self.selected),
            });
            self.keys.order = Some(wanted.order);
            refreshed.selection = true;
        }
        // The Opportunities tab, and the map coloured by score.
        if shows_scores(view) {
            refreshed.score = self.refresh_score(dataset, &wanted.selection, view);
        }
        if self.keys.tab.as_ref() != Some(&wanted.tab) {
            self.refresh_tab(dataset, &wanted.tab);
            self.keys.tab = Some(wanted.tab);
            refreshed.tab = true;
        }
        refreshed
    }

    /// Whether every part `view` of dataset `generation` shows is up to date: a [`Derived::refresh`] now would
    /// recompute nothing. Cheap (it compares keys), so the app asks every frame.
    pub fn is_current(&self, generation: u64, view: &View) -> bool {
        let wanted = Wanted::new(generation, view);
        let score_current = !shows_scores(view)
            || self.keys.score.as_ref() == Some(&ScoreKey::new(wanted.selection.clone(), view));
        self.keys.money == Some(wanted.money)
            && self.keys.selection.as_ref() == Some(&wanted.selection)
            && self.keys.order.as_ref() == Some(&wanted.order)
            && self.keys.tab.as_ref() == Some(&wanted.tab)
            && score_current
    }

    /// The dataset generation and currency the money columns (and so every amount here) belong to; `None`
    /// before the first refresh.
    pub fn money_key(&self) -> Option<(u64, Currency)> {
        self.keys.money
    }

    /// Whether `row` is among the selected rows (a binary search: they are kept in table order).
    pub fn shows(&self, row: u32) -> bool {
        self.selected.binary_search(&row).is_ok()
    }

    /// Recomputes the scores when the selection, the score options or the shortlist changed.
    fn refresh_score(&mut self, dataset: &Dataset, selection: &SelectionKey, view: &View) -> bool {
        let key = ScoreKey::new(selection.clone(), view);
        if self.keys.score.as_ref() == Some(&key) {
            return false;
        }
        let amounts = self.money.amounts(&dataset.projects);
        self.opportunity = Some(Arc::new(Opportunity::compute(
            dataset,
            amounts,
            &self.selection.rows,
            &key.options,
            &key.shortlist,
        )));
        self.keys.score = Some(key);
        true
    }

    /// The pseudonyms of `dataset`'s names (the dataset this was last refreshed with), made on first use.
    pub fn pseudonyms(&self, dataset: &Dataset) -> &Arc<Pseudonyms> {
        self.pseudonyms
            .get_or_init(|| Arc::new(Pseudonyms::new(&dataset.projects)))
    }

    fn refresh_selection(&mut self, dataset: &Dataset, key: &SelectionKey) {
        let table = &dataset.projects;
        let amounts = self.money.amounts(table);
        let (selected, facets) = match &self.unfiltered {
            Some((generation, rows, facets))
                if *generation == key.generation && key.filter.is_empty() =>
            {
                (Arc::clone(rows), facets.clone())
            }
            _ => {
                let (selection, facets) = evaluate(dataset, &key.filter);
                let rows = Arc::new(selection.rows);
                if key.filter.is_empty() {
                    self.unfiltered = Some((key.generation, Arc::clone(&rows), facets.clone()));
                }
                (rows, facets)
            }
        };
        // Every row selected (no filter): the dataset's totals, already summed for this currency.
        self.totals = if selected.len() == table.len() {
            self.dataset_totals.clone()
        } else {
            summarize(amounts, &selected)
        };
        self.selected = selected;
        self.facets = facets;
    }

    /// Computes only what the current tab shows: at a million rows every group-by counts.
    fn refresh_tab(&mut self, dataset: &Dataset, key: &TabKey) {
        let all_rows = key.selection.filter.is_empty();
        if all_rows
            && let Some((_, kept)) = self.unfiltered_tabs.iter().find(|(kept, _)| kept == key)
        {
            let kept = kept.clone();
            self.set_tab_aggregates(kept);
            return;
        }
        self.compute_tab(dataset, key);
        if all_rows {
            if self.unfiltered_tabs.len() >= UNFILTERED_TABS_KEPT {
                self.unfiltered_tabs.remove(0);
            }
            let computed = self.tab_aggregates(key.tab);
            self.unfiltered_tabs.push((key.clone(), computed));
        }
    }

    /// What `compute_tab` computed for `tab`.
    fn tab_aggregates(&self, tab: Tab) -> TabAggregates {
        match tab {
            Tab::Table => TabAggregates::Nothing,
            Tab::Breakdown => TabAggregates::Breakdown(self.groups.clone(), self.cross_tab.clone()),
            Tab::Charts => TabAggregates::Chart(self.chart.clone()),
            Tab::Map | Tab::Opportunities => TabAggregates::Districts(self.by_district.clone()),
        }
    }

    fn set_tab_aggregates(&mut self, aggregates: TabAggregates) {
        match aggregates {
            TabAggregates::Nothing => {}
            TabAggregates::Breakdown(groups, cross_tab) => {
                self.groups = groups;
                self.cross_tab = cross_tab;
            }
            TabAggregates::Chart(chart) => self.chart = chart,
            TabAggregates::Districts(by_district) => self.by_district = by_district,
        }
    }

    fn compute_tab(&mut self, dataset: &Dataset, key: &TabKey) {
        let table = &dataset.projects;
        let amounts = self.money.amounts(table);
        let rows = self.selected.as_slice();
        match key.tab {
            Tab::Table => {}
            Tab::Breakdown => {
                self.groups = group_by(table, amounts, rows, key.group_by);
                self.cross_tab = cross_tab(table, amounts, rows, key.group_by, key.cross_by);
            }
            Tab::Charts => {
                let filter = &key.selection.filter;
                self.chart = chart_data(table, amounts, rows, filter, key.chart);
            }
            // The scores are kept up to date by `refresh_score`, which also follows the score options and the
            // shortlist; the Opportunities tab's map needs the districts' own figures too.
            Tab::Map | Tab::Opportunities => {
                self.by_district = group_totals(table, amounts, rows, GroupBy::District);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::select;

    #[test]
    fn each_part_is_recomputed_only_when_its_key_changes() {
        let dataset = Dataset::embedded().unwrap();
        let mut view = View::default();
        let mut derived = Derived::default();
        let all = Refreshed {
            money: true,
            selection: true,
            tab: true,
            score: false,
        };
        assert_eq!(derived.refresh(&dataset, 0, &view), all);
        assert_eq!(derived.refresh(&dataset, 0, &view), Refreshed::default());
        assert_eq!(derived.selection.len(), dataset.projects.len());

        view.tab = Tab::Breakdown;
        let tab_only = Refreshed {
            tab: true,
            ..Refreshed::default()
        };
        assert_eq!(derived.refresh(&dataset, 0, &view), tab_only);
        assert!(!derived.groups.is_empty());

        view.filter.sectors.insert("Finance".into());
        let selection_and_tab = Refreshed {
            selection: true,
            ..tab_only
        };
        assert_eq!(derived.refresh(&dataset, 0, &view), selection_and_tab);
        assert_eq!(
            derived.selection.len(),
            select(&dataset, &view.filter).len()
        );
        assert_eq!(derived.groups.len(), 1, "one sector selected");

        let usd_total = derived.totals.contracted_usd_m;
        view.money.currency = Currency::Cny;
        assert_eq!(derived.refresh(&dataset, 0, &view), all);
        // Several yuan to the dollar in every year.
        assert!(derived.totals.contracted_usd_m > 5.0 * usd_total);
        // A new dataset (generation) recomputes everything even when the view is the same.
        assert_eq!(derived.refresh(&dataset, 1, &view), all);
        assert_eq!(
            derived.year_span,
            dataset
                .projects
                .year
                .known()
                .min()
                .zip(dataset.projects.year.known().max())
        );
    }

    /// Going back to all rows takes the kept aggregates: they must be exactly what computing them afresh gives,
    /// on every tab, after other filters and tabs came in between.
    #[test]
    fn aggregates_kept_for_all_rows_equal_fresh_ones() {
        let dataset = Dataset::embedded().unwrap();
        let mut derived = Derived::default();
        let finance = Filter {
            sectors: ["Finance".to_owned()].into(),
            ..Filter::default()
        };
        for round in 0..2 {
            for tab in [Tab::Breakdown, Tab::Charts, Tab::Map, Tab::Table] {
                for filter in [Filter::default(), finance.clone()] {
                    let view = View {
                        tab,
                        filter,
                        ..View::default()
                    };
                    derived.refresh(&dataset, 0, &view);
                    let fresh = Derived::compute(&dataset, &view);
                    let what = format!("round {round}, {tab:?}, {:?}", view.filter.sectors);
                    match tab {
                        Tab::Breakdown => {
                            assert_eq!(derived.groups, fresh.groups, "{what}");
                            assert_eq!(derived.cross_tab, fresh.cross_tab, "{what}");
                        }
                        Tab::Charts => assert_eq!(derived.chart, fresh.chart, "{what}"),
                        Tab::Map => assert_eq!(derived.by_district, fresh.by_district, "{what}"),
                        _ => {}
                    }
                }
            }
        }
        assert!(!derived.unfiltered_tabs.is_empty());
    }

    #[test]
    fn is_current_says_whether_a_refresh_would_recompute_anything() {
        let dataset = Dataset::embedded().unwrap();
        let mut view = View::default();
        let mut derived = Derived::default();
        assert!(!derived.is_current(0, &view));
        assert_eq!(derived.money_key(), None);
        derived.refresh(&dataset, 0, &view);
        assert!(derived.is_current(0, &view));
        assert!(!derived.is_current(1, &view), "another dataset");
        assert_eq!(derived.money_key(), Some((0, Currency::Usd)));
        let changes: [fn(&mut View); 5] = [
            |v: &mut View| v.filter.search = "park".into(),
            |v: &mut View| v.sort = vec![SortKey::ascending("name")],
            |v: &mut View| v.tab = Tab::Breakdown,
            |v: &mut View| v.money.currency = Currency::Cny,
            |v: &mut View| v.tab = Tab::Opportunities,
        ];
        for change in changes {
            change(&mut view);
            assert!(!derived.is_current(0, &view), "{view:?}");
            assert_ne!(derived.refresh(&dataset, 0, &view), Refreshed::default());
            assert!(derived.is_current(0, &view));
        }
        view.score.recent_years += 1;
        assert!(!derived.is_current(0, &view), "a score option on its tab");
        derived.refresh(&dataset, 0, &view);
        assert!(derived.is_current(0, &view));
        // `shows` is membership of the selection, whatever its display order.
        for row in 0..dataset.projects.len() as u32 {
            assert_eq!(derived.shows(row), derived.selection.rows.contains(&row));
        }
        assert!(!derived.shows(dataset.projects.len() as u32));
    }

    #[test]
    fn scores_are_computed_on_their_tab_and_only_when_their_key_changes() {
        use crate::query::score::{Preset, ScoreOptions};
        use crate::query::shortlist::Pin;
        let dataset = Dataset::embedded().unwrap();
        let mut view = View::default();
        let mut derived = Derived::default();
        derived.refresh(&dataset, 0, &view);
        assert!(
            derived.opportunity.is_none(),
            "not computed for another tab"
        );
        view.tab = Tab::Opportunities;
        assert!(derived.refresh(&dataset, 0, &view).score);
        let first = derived.opportunity.clone().unwrap();
        assert!(!derived.refresh(&dataset, 0, &view).score, "same key");
        view.sort = vec![SortKey::ascending("name")];
        derived.refresh(&dataset, 0, &view);
        assert!(derived.refresh(&dataset, 0, &view) == Refreshed::default());
        let changes: [fn(&mut View); 4] = [
            |v: &mut View| v.score.weights = Preset::Momentum.weights(),
            |v: &mut View| v.score.recent_years = 3,
            |v: &mut View| v.shortlist.pins.push(Pin::Sector("Finance".into())),
            |v: &mut View| {
                v.filter.sectors.insert("Finance".into());
            },
        ];
        for change in changes {
            change(&mut view);
            assert!(derived.refresh(&dataset, 0, &view).score);
        }
        assert_ne!(*derived.opportunity.clone().unwrap(), *first);
        assert_ne!(view.score, ScoreOptions::default());
    }

    #[test]
    fn cny_totals_add_up_the_converted_rows() {
        let dataset = Dataset::embedded().unwrap();
        let view = View {
            money: crate::format::MoneyFormat {
                currency: Currency::Cny,
                ..Default::default()
            },
            ..View::default()
        };
        let derived = Derived::compute(&dataset, &view);
        let expected: f64 = (0..dataset.projects.len())
            .map(|row| dataset.projects.contracted_usd_m[row] * dataset.cny_per_usd(row).unwrap())
            .sum();
        assert!((derived.totals.contracted_usd_m - expected).abs() < 1e-3);
    }

    #[test]
    fn in_cny_the_amount_column_sorts_by_the_converted_amount() {
        let dataset = Dataset::embedded().unwrap();
        let view = View {
            money: crate::format::MoneyFormat {
                currency: Currency::Cny,
                ..Default::default()
            },
            ..View::default()
        };
        // The default view sorts by contracted amount, largest first: in CNY as shown.
        let derived = Derived::compute(&dataset, &view);
        let shown: Vec<f64> = derived
            .selection
            .rows
            .iter()
            .map(|&row| derived.money.amounts(&dataset.projects).contracted[row as usize])
            .filter(|amount| amount.is_finite())
            .collect();
        assert!(shown.windows(2).all(|pair| pair[0] >= pair[1]));
        // Rates differ by year, so the USD order is not the CNY order for this data.
        let usd = Derived::compute(&dataset, &View::default());
        assert_ne!(usd.selection.rows, derived.selection.rows);
    }
}
