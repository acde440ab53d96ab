//! The columns of a breakdown, in order: what the Breakdown tab shows and what its CSV/XLSX export holds.
//!
//! One list with each column's title, unit and value, so the screen and the file cannot drift apart.
//! Must not depend on egui, eframe or rfd.

use super::aggregate::{GroupBy, GroupSummary, Summary};
use super::labels;
use crate::i18n::Lang;
use crate::tr;

/// The label of the Total row of a breakdown, and of the totals row and column of a cross-tab.
pub const TOTAL_LABEL: &str = "Total";

/// The Total row under a breakdown: the selection's figures (`totals`, which the key figures show too), as a
/// group holding 100 % of the contracted total. Its median and utilisation are the selection's own, not sums
/// of the groups', so it reads like every other row.
pub fn total_row(totals: &Summary) -> GroupSummary {
    GroupSummary {
        key: TOTAL_LABEL.to_owned(),
        year: None,
        summary: totals.clone(),
        share_pct: if totals.count > 0 { 100.0 } else { 0.0 },
    }
}

/// One column of a breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakdownColumn {
    /// The group's name (the title is the grouping's, e.g. "Sector").
    Group,
    Projects,
    Contracted,
    Utilised,
    /// Share of the selection's contracted total.
    Share,
    Average,
    Median,
    /// Utilised ÷ contracted.
    Utilisation,
}

/// What a column's numbers are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnUnit {
    /// Text or a count: no unit.
    None,
    /// Money, in the view's currency and scale.
    Money,
    Percent,
}

/// One breakdown value, typed, for the screen to format and the exports to write as numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BreakdownValue<'a> {
    Text(&'a str),
    Count(usize),
    /// In millions of the view's currency; `None` where there is nothing to average.
    Amount(Option<f64>),
    /// In percent (17.6 means 17.6 %).
    Percent(Option<f64>),
}

impl BreakdownColumn {
    pub const ALL: [BreakdownColumn; 8] = [
        BreakdownColumn::Group,
        BreakdownColumn::Projects,
        BreakdownColumn::Contracted,
        BreakdownColumn::Utilised,
        BreakdownColumn::Share,
        BreakdownColumn::Average,
        BreakdownColumn::Median,
        BreakdownColumn::Utilisation,
    ];

    /// The column's title, without its unit.
    pub fn title(self, by: GroupBy) -> &'static str {
        match self {
            BreakdownColumn::Group => by.field().title(),
            BreakdownColumn::Projects => "Projects",
            BreakdownColumn::Contracted => "Contracted",
            BreakdownColumn::Utilised => "Utilised",
            BreakdownColumn::Share => "Share of contracted",
            BreakdownColumn::Average => "Average",
            BreakdownColumn::Median => "Median",
            BreakdownColumn::Utilisation => "Utilisation",
        }
    }

    pub fn unit(self) -> ColumnUnit {
        match self {
            BreakdownColumn::Group | BreakdownColumn::Projects => ColumnUnit::None,
            BreakdownColumn::Contracted
            | BreakdownColumn::Utilised
            | BreakdownColumn::Average
            | BreakdownColumn::Median => ColumnUnit::Money,
            BreakdownColumn::Share | BreakdownColumn::Utilisation => ColumnUnit::Percent,
        }
    }

    /// The column's title in `lang`, without its unit.
    pub fn title_in(self, by: GroupBy, lang: Lang) -> String {
        match self {
            BreakdownColumn::Group => labels::field_title(by.field(), lang),
            BreakdownColumn::Projects => tr!(lang, "breakdown-projects"),
            BreakdownColumn::Contracted => tr!(lang, "breakdown-contracted"),
            BreakdownColumn::Utilised => tr!(lang, "breakdown-utilised"),
            BreakdownColumn::Share => tr!(lang, "breakdown-share"),
            BreakdownColumn::Average => tr!(lang, "breakdown-average"),
            BreakdownColumn::Median => tr!(lang, "breakdown-median"),
            BreakdownColumn::Utilisation => tr!(lang, "breakdown-utilisation"),
        }
    }

    /// The title with its unit, for a file's header: "Contracted (USD m)", "Share of contracted (%)".
    pub fn title_with_unit(self, by: GroupBy, money_unit: &str) -> String {
        self.title_with_unit_in(by, money_unit, Lang::En)
    }

    /// The title with its unit in `lang`: "合同外资（万美元）", "占合同外资比例（%）".
    pub fn title_with_unit_in(self, by: GroupBy, money_unit: &str, lang: Lang) -> String {
        let title = self.title_in(by, lang);
        match self.unit() {
            ColumnUnit::None => title,
            ColumnUnit::Money => tr!(
                lang,
                "export-column-with-unit",
                title = title,
                unit = money_unit
            ),
            ColumnUnit::Percent => tr!(lang, "export-column-with-unit", title = title, unit = "%"),
        }
    }

    /// This column's value for `group`.
    pub fn value(self, group: &GroupSummary) -> BreakdownValue<'_> {
        let summary = &group.summary;
        match self {
            BreakdownColumn::Group => BreakdownValue::Text(&group.key),
            BreakdownColumn::Projects => BreakdownValue::Count(summary.count),
            BreakdownColumn::Contracted => BreakdownValue::Amount(Some(summary.contracted_usd_m)),
            BreakdownColumn::Utilised => BreakdownValue::Amount(summary.utilised_usd_m()),
            BreakdownColumn::Share => BreakdownValue::Percent(Some(group.share_pct)),
            BreakdownColumn::Average => BreakdownValue::Amount(summary.mean_usd_m),
            BreakdownColumn::Median => BreakdownValue::Amount(summary.median_usd_m),
            BreakdownColumn::Utilisation => BreakdownValue::Percent(summary.utilization_pct),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::aggregate::Summary;

    #[test]
    fn titles_units_and_values_line_up() {
        let group = GroupSummary {
            key: "Finance".into(),
            year: None,
            summary: Summary {
                count: 3,
                contracted_usd_m: 30.0,
                utilized_usd_m: 15.0,
                count_with_utilised: 3,
                mean_usd_m: Some(10.0),
                median_usd_m: None,
                utilization_pct: Some(50.0),
                ..Summary::default()
            },
            share_pct: 12.5,
        };
        let titles: Vec<String> = BreakdownColumn::ALL
            .iter()
            .map(|c| c.title_with_unit(GroupBy::Sector, "USD m"))
            .collect();
        assert_eq!(
            titles,
            [
                "Sector",
                "Projects",
                "Contracted (USD m)",
                "Utilised (USD m)",
                "Share of contracted (%)",
                "Average (USD m)",
                "Median (USD m)",
                "Utilisation (%)"
            ]
        );
        let values: Vec<BreakdownValue> = BreakdownColumn::ALL
            .iter()
            .map(|c| c.value(&group))
            .collect();
        assert_eq!(
            values,
            [
                BreakdownValue::Text("Finance"),
                BreakdownValue::Count(3),
                BreakdownValue::Amount(Some(30.0)),
                BreakdownValue::Amount(Some(15.0)),
                BreakdownValue::Percent(Some(12.5)),
                BreakdownValue::Amount(Some(10.0)),
                BreakdownValue::Amount(None),
                BreakdownValue::Percent(Some(50.0)),
            ]
        );
        // Missing is not zero: no utilised amount at all reads "–", not 0.0.
        let unknown = GroupSummary {
            summary: Summary {
                count_with_utilised: 0,
                utilized_usd_m: 0.0,
                utilization_pct: None,
                ..group.summary.clone()
            },
            ..group
        };
        assert_eq!(
            BreakdownColumn::Utilised.value(&unknown),
            BreakdownValue::Amount(None)
        );
    }
}
