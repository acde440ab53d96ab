//! The shortlist (issue 12): up to five pinned sectors, districts, sector × district cells or projects, saved with
//! the [`crate::query::View`] (so saved views and stories carry it), and *Compare*: their key figures, annual
//! contracted series, sub-sector and district splits side by side, within the current selection.
//!
//! Must not depend on egui, eframe or rfd.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::aggregate::{
    Amounts, GroupBy, GroupSummary, MISSING_LABEL, Summary, group_by, summarize,
};
use super::score::{ScoreBy, ScoredGroup, Scores};
use crate::model::ProjectTable;
use crate::model::columns::CategoryColumn;

/// The most pins a shortlist holds: more would not fit side by side.
pub const MAX_PINS: usize = 5;
/// Compare needs at least this many pins.
pub const MIN_COMPARE: usize = 2;
/// How many sub-sectors and districts each compared pin lists (the rest are summed as one line).
pub const SPLIT_LINES: usize = 4;

/// One pinned item. Names, not row numbers: a pin means the same thing in another file or a colleague's view.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Pin {
    Sector(String),
    District(String),
    Cell {
        sector: String,
        district: String,
    },
    /// A project by its ID; by its name when the file has no IDs.
    Project {
        id: String,
        name: String,
    },
}

impl Pin {
    /// The pin of a scored group: its key has one name per field of `by`.
    pub fn of_group(by: ScoreBy, key: &[String]) -> Option<Pin> {
        match (by, key) {
            (ScoreBy::Sector, [sector]) => Some(Pin::Sector(sector.clone())),
            (ScoreBy::District, [district]) => Some(Pin::District(district.clone())),
            (ScoreBy::SectorDistrict, [sector, district]) => Some(Pin::Cell {
                sector: sector.clone(),
                district: district.clone(),
            }),
            _ => None,
        }
    }

    /// The pin of project `row`.
    pub fn of_project(table: &ProjectTable, row: usize) -> Pin {
        Pin::Project {
            id: table.id.get(row).to_owned(),
            name: table.name.get(row).to_owned(),
        }
    }

    /// What the pin is called on screen: "Finance", "Finance · Yuzhong", a project's name.
    pub fn label(&self) -> String {
        match self {
            Pin::Sector(name) | Pin::District(name) => name.clone(),
            Pin::Cell { sector, district } => format!("{sector} · {district}"),
            Pin::Project { name, id } if name.is_empty() => id.clone(),
            Pin::Project { name, .. } => name.clone(),
        }
    }

    /// The scoring that ranks this pin, and its key there; projects are not scored.
    pub fn score_key(&self) -> Option<(ScoreBy, Vec<String>)> {
        match self {
            Pin::Sector(s) => Some((ScoreBy::Sector, vec![s.clone()])),
            Pin::District(d) => Some((ScoreBy::District, vec![d.clone()])),
            Pin::Cell { sector, district } => Some((
                ScoreBy::SectorDistrict,
                vec![sector.clone(), district.clone()],
            )),
            Pin::Project { .. } => None,
        }
    }

    /// Whether `row` belongs to the pin. Names compare as the score groups them: a missing one is "(not stated)".
    pub fn matches(&self, table: &ProjectTable, row: usize) -> bool {
        let name = |column: &CategoryColumn| column.get(row).unwrap_or(MISSING_LABEL).to_owned();
        match self {
            Pin::Sector(s) => name(&table.sector) == *s,
            Pin::District(d) => name(&table.district) == *d,
            Pin::Cell { sector, district } => {
                name(&table.sector) == *sector && name(&table.district) == *district
            }
            Pin::Project { id, .. } if !id.is_empty() => table.id.get(row) == id,
            Pin::Project { name, .. } => table.name.get(row) == name,
        }
    }
}

/// The pinned items, in the order they were pinned.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Shortlist {
    pub pins: Vec<Pin>,
}

impl Shortlist {
    pub fn contains(&self, pin: &Pin) -> bool {
        self.pins.contains(pin)
    }

    pub fn is_full(&self) -> bool {
        self.pins.len() >= MAX_PINS
    }

    pub fn can_compare(&self) -> bool {
        self.pins.len() >= MIN_COMPARE
    }

    /// Pins `pin`, or unpins it when it is pinned already. A sixth pin is refused: false.
    pub fn toggle(&mut self, pin: Pin) -> bool {
        if let Some(index) = self.pins.iter().position(|p| *p == pin) {
            self.pins.remove(index);
            true
        } else if self.is_full() {
            false
        } else {
            self.pins.push(pin);
            true
        }
    }
}

/// One pin in *Compare*: its figures within the current selection, in the view's currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub pin: Pin,
    pub summary: Summary,
    /// Distinct investors (ignoring case).
    pub investors: usize,
    /// Contracted per contract year, in year order.
    pub by_year: Vec<GroupSummary>,
    /// The largest sub-sectors and districts, then "the rest" as `(None, amount)` when there are more.
    pub sub_sectors: Vec<(Option<String>, f64)>,
    pub districts: Vec<(Option<String>, f64)>,
    /// The pin's score where it is ranked (sectors by sector, districts by district, cells as cells).
    pub score: Option<ScoredGroup>,
}

/// The selected `rows` of each pin, compared. `scores_of` gives the ranking a pin is looked up in.
pub fn compare<'a>(
    table: &ProjectTable,
    amounts: Amounts<'_>,
    rows: &[u32],
    shortlist: &Shortlist,
    scores_of: impl Fn(ScoreBy) -> Option<&'a Scores>,
) -> Vec<Compared> {
    shortlist
        .pins
        .iter()
        .map(|pin| {
            let mine: Vec<u32> = rows
                .iter()
                .copied()
                .filter(|&r| pin.matches(table, r as usize))
                .collect();
            let investors: HashSet<u32> = mine
                .iter()
                .map(|&r| table.investor.sort_ranks()[r as usize])
                .collect();
            let score = pin
                .score_key()
                .and_then(|(by, key)| scores_of(by)?.groups.iter().find(|g| g.key == key).cloned());
            Compared {
                pin: pin.clone(),
                summary: summarize(amounts, &mine),
                investors: investors.len(),
                by_year: group_by(table, amounts, &mine, GroupBy::Year),
                sub_sectors: split(group_by(table, amounts, &mine, GroupBy::SubSector)),
                districts: split(group_by(table, amounts, &mine, GroupBy::District)),
                score,
            }
        })
        .collect()
}

/// The largest [`SPLIT_LINES`] groups (already largest first), then the rest summed as one `None` line.
fn split(groups: Vec<GroupSummary>) -> Vec<(Option<String>, f64)> {
    let rest: f64 = groups
        .iter()
        .skip(SPLIT_LINES)
        .map(|g| g.summary.contracted_usd_m)
        .filter(|a| a.is_finite())
        .sum();
    let more = groups.len() > SPLIT_LINES;
    let mut lines: Vec<(Option<String>, f64)> = groups
        .into_iter()
        .take(SPLIT_LINES)
        .map(|g| (Some(g.key), g.summary.contracted_usd_m))
        .collect();
    if more {
        lines.push((None, rest));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProjectRow, ProjectTable};

    fn table() -> ProjectTable {
        let row = |id: &str, sector: &str, district: &str, year, amount| ProjectRow {
            id: id.into(),
            name: format!("Project {id}"),
            investor: if id == "3" { "B" } else { "a" }.into(),
            sector: sector.into(),
            sub_sector: format!("{sector} {id}"),
            district: district.into(),
            year: Some(year),
            contracted_usd_m: amount,
            utilized_usd_m: amount / 2.0,
            ..ProjectRow::default()
        };
        ProjectTable::from_rows(&[
            row("1", "Finance", "Yuzhong", 2020, 10.0),
            row("2", "Finance", "Jiangbei", 2021, 20.0),
            row("3", "Retail", "Yuzhong", 2021, 5.0),
            row("4", "", "Yuzhong", 2022, 1.0),
        ])
    }

    #[test]
    fn toggling_pins_and_unpins_and_refuses_a_sixth() {
        let mut list = Shortlist::default();
        for i in 0..MAX_PINS {
            assert!(list.toggle(Pin::Sector(format!("S{i}"))));
        }
        assert!(list.is_full() && list.can_compare());
        assert!(!list.toggle(Pin::District("Yuzhong".into())), "a sixth pin");
        assert!(
            list.toggle(Pin::Sector("S0".into())),
            "unpinning works when full"
        );
        assert_eq!(list.pins.len(), MAX_PINS - 1);
        assert!(!list.contains(&Pin::Sector("S0".into())));
    }

    #[test]
    fn pins_match_rows_by_name_and_missing_names_as_not_stated() {
        let table = table();
        let matching = |pin: &Pin| -> Vec<usize> {
            (0..table.len())
                .filter(|&r| pin.matches(&table, r))
                .collect()
        };
        assert_eq!(matching(&Pin::Sector("Finance".into())), [0, 1]);
        assert_eq!(matching(&Pin::District("Yuzhong".into())), [0, 2, 3]);
        let cell = Pin::Cell {
            sector: "Finance".into(),
            district: "Yuzhong".into(),
        };
        assert_eq!(matching(&cell), [0]);
        assert_eq!(matching(&Pin::Sector(MISSING_LABEL.into())), [3]);
        assert_eq!(matching(&Pin::of_project(&table, 2)), [2]);
        assert_eq!(cell.label(), "Finance · Yuzhong");
        let key = ["Finance".to_owned(), "Yuzhong".to_owned()];
        assert_eq!(Pin::of_group(ScoreBy::SectorDistrict, &key), Some(cell));
        assert_eq!(Pin::of_group(ScoreBy::Sector, &[]), None);
    }

    #[test]
    fn compare_adds_up_each_pin_within_the_selection() {
        let table = table();
        let list = Shortlist {
            pins: vec![
                Pin::District("Yuzhong".into()),
                Pin::Sector("Finance".into()),
            ],
        };
        // Row 3 is not selected.
        let compared = compare(&table, Amounts::usd(&table), &[0, 1, 2], &list, |_| None);
        assert_eq!(compared.len(), 2);
        let yuzhong = &compared[0];
        assert_eq!(yuzhong.summary.count, 2);
        assert_eq!(yuzhong.summary.contracted_usd_m, 15.0);
        assert_eq!(yuzhong.investors, 2, "a and B");
        let years: Vec<Option<i32>> = yuzhong.by_year.iter().map(|g| g.year).collect();
        assert_eq!(years, [Some(2020), Some(2021)]);
        let finance = &compared[1];
        assert_eq!(finance.investors, 1);
        assert_eq!(
            finance.districts,
            [
                (Some("Jiangbei".into()), 20.0),
                (Some("Yuzhong".into()), 10.0)
            ]
        );
        assert_eq!(finance.score, None, "no ranking given");
    }

    #[test]
    fn the_shortlist_and_score_options_travel_with_a_saved_view() {
        use crate::query::View;
        use crate::query::score::{Preset, ScoreOptions};
        let view = View {
            score: ScoreOptions {
                by: ScoreBy::District,
                weights: Preset::WhiteSpace.weights(),
                recent_years: 3,
            },
            shortlist: Shortlist {
                pins: vec![
                    Pin::Cell {
                        sector: "Finance".into(),
                        district: "Yuzhong".into(),
                    },
                    Pin::Project {
                        id: "P1".into(),
                        name: "Harbour Tower".into(),
                    },
                ],
            },
            ..View::default()
        };
        let text = view.to_ron().unwrap();
        assert!(text.contains("white_space=4"), "{text}");
        assert_eq!(View::from_ron(&text, "view.ron").unwrap(), view);
        // A view saved before the score existed loads with the defaults.
        let old = View::from_ron("(name: \"old\")", "old.ron").unwrap();
        assert_eq!(old.score, ScoreOptions::default());
        assert!(old.shortlist.pins.is_empty());
        // Weights a colleague typed by hand are checked like the command line's.
        assert!(View::from_ron("(score: (weights: \"scale=-1\"))", "bad.ron").is_err());
    }

    #[test]
    fn splits_sum_the_rest_into_one_line() {
        let groups: Vec<GroupSummary> = (0..6)
            .map(|i| GroupSummary {
                key: format!("G{i}"),
                year: None,
                summary: Summary {
                    contracted_usd_m: f64::from(10 - i),
                    ..Summary::default()
                },
                share_pct: 0.0,
            })
            .collect();
        let lines = split(groups);
        assert_eq!(lines.len(), SPLIT_LINES + 1);
        assert_eq!(lines[SPLIT_LINES], (None, 6.0 + 5.0));
    }
}
