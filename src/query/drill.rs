//! Drill-down: what a click on a breakdown row (or a chart bar) does to the view. Sector ⇒ its sub-sectors;
//! anything else ⇒ the projects of that group in the table.
//!
//! Must not depend on egui, eframe or rfd.

use std::collections::BTreeSet;

use super::aggregate::GroupBy;
use super::filter::Facet;
use super::view::{Tab, View};

/// Where a click on a group of `by` leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DrillTarget {
    /// The facet filtered to the clicked group; `None` for years, which filter the year range.
    pub facet: Option<Facet>,
    /// The next grouping, when the drill stays in the breakdown.
    pub group_by: Option<GroupBy>,
    /// The tab to switch to, when the drill leaves the breakdown.
    pub tab: Option<Tab>,
}

/// The drill rule for groups of `by`.
pub fn drill_target(by: GroupBy) -> DrillTarget {
    let facet = match by {
        GroupBy::Sector => Some(Facet::Sector),
        GroupBy::SubSector => Some(Facet::SubSector),
        GroupBy::District => Some(Facet::District),
        GroupBy::Status => Some(Facet::Status),
        GroupBy::Origin => Some(Facet::Origin),
        GroupBy::SizeBand => Some(Facet::SizeBand),
        GroupBy::Year => None,
    };
    match by {
        GroupBy::Sector => DrillTarget {
            facet,
            group_by: Some(GroupBy::SubSector),
            tab: None,
        },
        _ => DrillTarget {
            facet,
            group_by: None,
            tab: Some(Tab::Table),
        },
    }
}

impl View {
    /// A click on the group `key` of a breakdown by `by`: filter to it, then go one level down. The
    /// "(not stated)" group filters to the rows with no value ([`super::filter::MISSING_NAME`]); a year range
    /// cannot ask for rows with no year, so a click on that group changes nothing rather than show every row.
    pub fn drill_into(&mut self, by: GroupBy, key: &str) {
        let target = drill_target(by);
        match target.facet {
            Some(facet) => *self.filter.values_mut(facet) = BTreeSet::from([key.to_owned()]),
            None => {
                let Ok(year) = key.parse::<i32>() else {
                    return;
                };
                self.filter.year_from = Some(year);
                self.filter.year_to = Some(year);
            }
        }
        if let Some(group_by) = target.group_by {
            self.group_by = group_by;
        }
        if let Some(tab) = target.tab {
            self.tab = tab;
        }
    }

    /// Back from sub-sectors to all sectors.
    pub fn drill_up(&mut self) {
        self.filter.sectors.clear();
        self.filter.sub_sectors.clear();
        self.group_by = GroupBy::Sector;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sector_drills_to_its_sub_sectors_and_everything_else_to_the_table() {
        let mut view = View {
            tab: Tab::Breakdown,
            ..View::default()
        };
        view.drill_into(GroupBy::Sector, "Finance");
        assert_eq!(view.filter.sectors, BTreeSet::from(["Finance".to_owned()]));
        assert_eq!(
            (view.group_by, view.tab),
            (GroupBy::SubSector, Tab::Breakdown)
        );
        view.drill_into(GroupBy::SubSector, "Banking");
        assert_eq!(
            view.filter.sub_sectors,
            BTreeSet::from(["Banking".to_owned()])
        );
        assert_eq!(view.tab, Tab::Table);
        view.drill_up();
        assert!(view.filter.is_empty());
        assert_eq!(view.group_by, GroupBy::Sector);

        let mut by_year = View::default();
        by_year.drill_into(GroupBy::Year, "2015");
        assert_eq!(
            (by_year.filter.year_from, by_year.filter.year_to),
            (Some(2015), Some(2015))
        );
        // Every grouping but the year names the facet it filters.
        for by in GroupBy::ALL {
            let target = drill_target(by);
            assert_eq!(target.facet.is_none(), by == GroupBy::Year, "{by:?}");
            assert_eq!(
                target.facet.map(Facet::field),
                (by != GroupBy::Year).then(|| by.field())
            );
            assert!(target.group_by.is_some() != target.tab.is_some(), "{by:?}");
        }
    }
}
