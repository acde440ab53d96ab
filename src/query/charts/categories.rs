//! By sector, by sub-sector, by district: the largest groups by contracted amount, one bar each, then the rest
//! added up in one "Other" bar, so a chart of 38 districts stays legible and still sums to the selection.
//! Must not depend on egui, eframe or rfd.

use super::super::aggregate::{Amounts, GroupBy, MISSING_LABEL, Sum, group_totals};
use crate::i18n::Lang;
use crate::model::{Dataset, ProjectTable};
use crate::tr;

/// One bar: a group, or the groups added up after the largest ones.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CategoryBar {
    /// The group's name as the data writes it ("(not stated)" for rows without one); empty for "Other".
    pub key: String,
    /// How many groups the bar adds up: 1, or more for "Other".
    pub num_groups: usize,
    pub num_projects: usize,
    /// Contracted, in millions of the view's currency.
    pub contracted_m: f64,
    /// Share of the selection's contracted total, in %.
    pub share_pct: f64,
}

impl CategoryBar {
    /// Whether the bar adds up the groups after the largest ones.
    pub fn is_other(&self) -> bool {
        self.key.is_empty()
    }

    /// Whether a click on the bar can filter to it (a named group of the data).
    pub fn is_filterable(&self) -> bool {
        !self.is_other() && self.key != MISSING_LABEL
    }

    /// The bar's label: the group's name, or "Other (26 districts)".
    pub fn label(&self, lang: Lang, by: GroupBy) -> String {
        if !self.is_other() {
            return self.key.clone();
        }
        let n = self.num_groups;
        match by {
            GroupBy::Sector => tr!(lang, "chart-other-sectors", n = n),
            GroupBy::SubSector => tr!(lang, "chart-other-sub-sectors", n = n),
            GroupBy::District => tr!(lang, "chart-other-districts", n = n),
            _ => tr!(lang, "chart-other-groups", n = n),
        }
    }

    /// The bar's name as the reader of `lang` sees it: a reference sector or district in their script, the app's
    /// own labels translated, a consultant's own names as written, and "Other" as [`CategoryBar::label`] says.
    pub fn label_in(&self, dataset: &Dataset, lang: Lang, by: GroupBy) -> String {
        if self.is_other() {
            return self.label(lang, by);
        }
        crate::query::labels::value_label(dataset, by.field(), &self.key, lang).into_owned()
    }
}

/// A horizontal bar chart, largest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CategoryChart {
    pub by: GroupBy,
    /// The bars, largest first; an "Other" bar, when there is one, comes last.
    pub bars: Vec<CategoryBar>,
}

impl CategoryChart {
    /// The largest bar's amount (0 with no bar), for the axis.
    pub fn largest_m(&self) -> f64 {
        self.bars
            .iter()
            .map(|bar| bar.contracted_m)
            .filter(|m| m.is_finite())
            .fold(0.0, f64::max)
    }
}

/// The groups of `rows` by `by`, the `top` largest by name and the rest in one "Other" bar. When only one
/// group is left over it is shown by name: an "Other" of one would hide a name for nothing.
pub fn category_chart(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    by: GroupBy,
    top: usize,
) -> CategoryChart {
    let groups = group_totals(table, amounts, rows, by);
    let shown = if groups.len() > top + 1 {
        top
    } else {
        groups.len()
    };
    let mut bars: Vec<CategoryBar> = groups[..shown]
        .iter()
        .map(|group| CategoryBar {
            key: group.key.clone(),
            num_groups: 1,
            num_projects: group.summary.count,
            contracted_m: group.summary.contracted_usd_m,
            share_pct: group.share_pct,
        })
        .collect();
    let rest = &groups[shown..];
    if !rest.is_empty() {
        let mut contracted = Sum::default();
        let mut share = Sum::default();
        for group in rest {
            contracted.add(group.summary.contracted_usd_m);
            share.add(group.share_pct);
        }
        bars.push(CategoryBar {
            key: String::new(),
            num_groups: rest.len(),
            num_projects: rest.iter().map(|g| g.summary.count).sum(),
            contracted_m: contracted.value(),
            share_pct: share.value(),
        });
    }
    CategoryChart { by, bars }
}
