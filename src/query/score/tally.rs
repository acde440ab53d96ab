//! The one pass over the selected rows that adds up, per scored group, everything the seven factors are made of,
//! and the raw factor values computed from those sums.
//!
//! Groups live in dense arrays indexed by compact sector and district indices (the values present in the
//! selection), so the work after the pass is proportional to the number of groups, not of rows.
//! Must not depend on egui, eframe or rfd.

use super::ScoreBy;
use super::factor::Factor;
use super::why::{Figures, YearRange};
use crate::model::ProjectTable;
use crate::model::columns::CategoryColumn;
use crate::query::aggregate::{MISSING_LABEL, Sum};

/// More cells than this are refused: each becomes a scored group, and a file with thousands of sectors and
/// districts would otherwise allocate without bound.
pub const MAX_GROUPS: usize = 100_000;

const UNSEEN: u32 = u32::MAX;

/// The distinct values of one category column among the selected rows, as compact indices in first-seen order.
struct Present {
    /// The column's dictionary size: the slot of a missing value.
    labels: usize,
    /// For each dictionary code, then one more slot for "missing": its compact index, or [`UNSEEN`].
    index_of_code: Vec<u32>,
    /// For each compact index, its dictionary code (`None`: missing).
    codes: Vec<Option<u32>>,
}

impl Present {
    fn of(column: &CategoryColumn, rows: &[u32]) -> Self {
        let labels = column.labels().len();
        let mut present = Self {
            labels,
            index_of_code: vec![UNSEEN; labels + 1],
            codes: Vec::new(),
        };
        for &row in rows {
            let slot = present.slot(column, row);
            if present.index_of_code[slot] == UNSEEN {
                present.index_of_code[slot] = present.codes.len() as u32;
                present.codes.push((slot < labels).then_some(slot as u32));
            }
        }
        present
    }

    /// The dictionary slot of a row: its code, or `labels` when the value is missing.
    fn slot(&self, column: &CategoryColumn, row: u32) -> usize {
        column
            .code(row as usize)
            .map_or(self.labels, |code| (code as usize).min(self.labels))
    }

    /// The compact index of a row's value (the row must be one of those `of` saw).
    fn index(&self, column: &CategoryColumn, row: u32) -> usize {
        self.index_of_code[self.slot(column, row)] as usize
    }

    fn len(&self) -> usize {
        self.codes.len()
    }

    fn label(&self, column: &CategoryColumn, index: usize) -> String {
        match self.codes[index] {
            Some(code) => column.label(code).to_owned(),
            None => MISSING_LABEL.to_owned(),
        }
    }
}

/// What a group's selected rows add up to.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub projects: usize,
    pub contracted: Sum,
    pub recent: Sum,
    pub prior: Sum,
    /// Over the rows whose utilised amount is known: utilised, and contracted (missing amounts add nothing).
    pub utilised: Sum,
    pub contracted_where_utilised: Sum,
    pub rows_with_utilised: usize,
    /// Contracted in sectors that are a focus of the cooperation mechanism.
    pub focus_contracted: Sum,
    pub investors: usize,
    /// Σ over investors of their contracted amount, and of its square; the largest one.
    pub investor_total: f64,
    pub investor_squares: f64,
    pub largest_investor: f64,
}

/// The recent and prior windows of contract years.
#[derive(Clone, Copy, Debug)]
pub struct Windows {
    pub recent: YearRange,
    pub prior: YearRange,
}

impl Windows {
    /// `recent` = `latest−W+1 … latest`, `prior` = `latest−2W+1 … latest−W`.
    pub fn new(latest: i32, years: u32) -> Self {
        let w = i32::try_from(years).unwrap_or(i32::MAX);
        Self {
            recent: YearRange {
                first: latest.saturating_sub(w).saturating_add(1),
                last: latest,
            },
            prior: YearRange {
                first: latest.saturating_sub(w.saturating_mul(2)).saturating_add(1),
                last: latest.saturating_sub(w),
            },
        }
    }
}

/// One scored group before normalisation: its key, its tally and its raw factors with their figures.
pub struct RawGroup {
    pub key: Vec<String>,
    pub tally: Tally,
    pub factors: [Option<(f64, Figures)>; 7],
}

/// Too many groups to score (see [`MAX_GROUPS`]).
pub struct TooManyGroups {
    pub sectors: usize,
    pub districts: usize,
}

/// What the pass needs besides the rows.
pub struct Inputs<'a> {
    pub table: &'a ProjectTable,
    /// For each sector dictionary code: whether it is a focus sector.
    pub focus_of_code: &'a [bool],
    pub by: ScoreBy,
    pub windows: Option<Windows>,
}

/// Adds up the selected rows per group (one pass), then computes every group's raw factors.
pub fn raw_groups(inputs: &Inputs<'_>, rows: &[u32]) -> Result<Vec<RawGroup>, TooManyGroups> {
    let table = inputs.table;
    let sectors = Present::of(&table.sector, rows);
    let districts = Present::of(&table.district, rows);
    let (s_len, d_len) = (sectors.len(), districts.len());
    let groups = match inputs.by {
        ScoreBy::Sector => s_len,
        ScoreBy::District => d_len,
        ScoreBy::SectorDistrict => s_len.saturating_mul(d_len),
    };
    if groups > MAX_GROUPS {
        return Err(TooManyGroups {
            sectors: s_len,
            districts: d_len,
        });
    }
    let mut tallies = vec![Tally::default(); groups];
    // Investors by their case-insensitive rank (cached in the table): the same name in any case is one investor,
    // and a blank investor is one "not stated" investor, so the shares of a group always add up to 1.
    let investor_ids = table.investor.sort_ranks();
    // (investor, group, contracted) of every selected row, for the investor sums after the pass.
    let mut by_investor: Vec<(u32, u32, f64)> = Vec::with_capacity(rows.len());
    for &row in rows {
        let s = sectors.index(&table.sector, row);
        let d = districts.index(&table.district, row);
        let group = match inputs.by {
            ScoreBy::Sector => s,
            ScoreBy::District => d,
            ScoreBy::SectorDistrict => s * d_len + d,
        };
        let row = row as usize;
        let tally = &mut tallies[group];
        tally.projects += 1;
        let amount = table.contracted_usd_m[row];
        let known = amount.is_finite();
        if known {
            tally.contracted.add(amount);
            let focus = table
                .sector
                .code(row)
                .and_then(|code| inputs.focus_of_code.get(code as usize))
                .copied()
                .unwrap_or(false);
            if focus {
                tally.focus_contracted.add(amount);
            }
            if let (Some(windows), Some(year)) = (inputs.windows, table.year.get(row)) {
                if windows.recent.contains(year) {
                    tally.recent.add(amount);
                } else if windows.prior.contains(year) {
                    tally.prior.add(amount);
                }
            }
        }
        let utilised = table.utilized_usd_m[row];
        if utilised.is_finite() {
            tally.rows_with_utilised += 1;
            tally.utilised.add(utilised);
            if known {
                tally.contracted_where_utilised.add(amount);
            }
        }
        let investor = investor_ids.get(row).copied().unwrap_or(0);
        by_investor.push((investor, group as u32, if known { amount } else { 0.0 }));
    }
    add_investors(&mut tallies, investor_ids.len().max(1), by_investor);
    Ok(finish(inputs, &sectors, &districts, tallies))
}

/// Adds each group's investors: how many, and the Σ, Σ² and largest of their contracted amounts.
///
/// A counting sort by investor id (ids are below `id_limit`, the table's length) brings each investor's rows
/// together; each investor's amount per group is then summed in a dense scratch array. No hashing: a hash map
/// of (group, investor) pairs was ten times slower at a million rows.
fn add_investors(tallies: &mut [Tally], id_limit: usize, rows: Vec<(u32, u32, f64)>) {
    let mut starts = vec![0u32; id_limit + 1];
    for &(investor, ..) in &rows {
        starts[investor as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut sorted = vec![(0, 0, 0.0); rows.len()];
    for entry in rows {
        let slot = &mut starts[entry.0 as usize];
        sorted[*slot as usize] = entry;
        *slot += 1;
    }
    let mut sums = vec![0.0; tallies.len()];
    let mut seen = vec![false; tallies.len()];
    let mut touched: Vec<usize> = Vec::new();
    for investor_rows in sorted.chunk_by(|a, b| a.0 == b.0) {
        for &(_, group, amount) in investor_rows {
            let group = group as usize;
            if !seen[group] {
                seen[group] = true;
                touched.push(group);
            }
            sums[group] += amount;
        }
        for group in touched.drain(..) {
            let (tally, amount) = (&mut tallies[group], sums[group]);
            tally.investors += 1;
            tally.investor_total += amount;
            tally.investor_squares += amount * amount;
            tally.largest_investor = tally.largest_investor.max(amount);
            sums[group] = 0.0;
            seen[group] = false;
        }
    }
}

/// Keys and raw factors of every group; for cells, also the sector and district totals white space needs.
fn finish(
    inputs: &Inputs<'_>,
    sectors: &Present,
    districts: &Present,
    tallies: Vec<Tally>,
) -> Vec<RawGroup> {
    let table = inputs.table;
    let d_len = districts.len();
    let focus_of_index = |s: usize| {
        sectors.codes[s]
            .and_then(|code| inputs.focus_of_code.get(code as usize))
            .copied()
            .unwrap_or(false)
    };
    let (mut sector_totals, mut district_totals) = (
        vec![Sum::default(); sectors.len()],
        vec![Sum::default(); d_len],
    );
    let mut selection_total = Sum::default();
    if inputs.by == ScoreBy::SectorDistrict {
        for (cell, tally) in tallies.iter().enumerate() {
            let amount = tally.contracted.value();
            sector_totals[cell / d_len].add(amount);
            district_totals[cell % d_len].add(amount);
            selection_total.add(amount);
        }
    }
    tallies
        .into_iter()
        .enumerate()
        .filter(|(_, tally)| inputs.by == ScoreBy::SectorDistrict || tally.projects > 0)
        .map(|(group, tally)| {
            let (key, policy) = match inputs.by {
                ScoreBy::Sector => (
                    vec![sectors.label(&table.sector, group)],
                    Policy::Sector(focus_of_index(group)),
                ),
                ScoreBy::District => (
                    vec![districts.label(&table.district, group)],
                    Policy::District,
                ),
                ScoreBy::SectorDistrict => {
                    let (s, d) = (group / d_len, group % d_len);
                    let total = selection_total.value();
                    let expected = if total == 0.0 {
                        0.0
                    } else {
                        sector_totals[s].value() * district_totals[d].value() / total
                    };
                    (
                        vec![
                            sectors.label(&table.sector, s),
                            districts.label(&table.district, d),
                        ],
                        Policy::Cell(focus_of_index(s), expected),
                    )
                }
            };
            RawGroup {
                key,
                factors: raw_factors(&tally, policy, inputs.windows),
                tally,
            }
        })
        .collect()
}

/// What the policy and white-space factors of a group depend on.
#[derive(Clone, Copy)]
enum Policy {
    /// A sector group: whether its sector is a focus sector.
    Sector(bool),
    District,
    /// A cell: its sector's focus flag and its expected contracted amount.
    Cell(bool, f64),
}

/// The seven raw values (`None`: missing, as the table says), each with the figures it was made of.
fn raw_factors(
    tally: &Tally,
    policy: Policy,
    windows: Option<Windows>,
) -> [Option<(f64, Figures)>; 7] {
    let contracted = tally.contracted.value();
    let (recent, prior) = (tally.recent.value(), tally.prior.value());
    let utilised = tally.utilised.value();
    let contracted_where_utilised = tally.contracted_where_utilised.value();
    let factor = |factor: Factor| -> Option<(f64, Figures)> {
        match factor {
            Factor::Scale => Some((
                contracted.ln_1p(),
                Figures::Scale {
                    contracted_usd_m: contracted,
                },
            )),
            Factor::Momentum => Some((
                ((1.0 + recent) / (1.0 + prior)).ln(),
                Figures::Momentum {
                    recent_usd_m: recent,
                    prior_usd_m: prior,
                    recent: windows.map(|w| w.recent),
                    prior: windows.map(|w| w.prior),
                },
            )),
            Factor::Realisation => {
                (tally.rows_with_utilised > 0 && contracted_where_utilised != 0.0).then(|| {
                    (
                        utilised / contracted_where_utilised,
                        Figures::Realisation {
                            utilised_usd_m: utilised,
                            contracted_usd_m: contracted_where_utilised,
                        },
                    )
                })
            }
            Factor::Breadth => Some((
                (tally.investors as f64).ln_1p(),
                Figures::Breadth {
                    investors: tally.investors,
                },
            )),
            Factor::Openness => (contracted != 0.0 && tally.investor_total != 0.0).then(|| {
                let total = tally.investor_total;
                (
                    1.0 - tally.investor_squares / (total * total),
                    Figures::Openness {
                        investors: tally.investors,
                        largest_share: tally.largest_investor / total,
                    },
                )
            }),
            Factor::Policy => match policy {
                Policy::Sector(focus) | Policy::Cell(focus, _) => {
                    Some((f64::from(u8::from(focus)), Figures::PolicySector { focus }))
                }
                Policy::District => (contracted != 0.0).then(|| {
                    let focus = tally.focus_contracted.value();
                    (
                        focus / contracted,
                        Figures::PolicyDistrict {
                            focus_usd_m: focus,
                            contracted_usd_m: contracted,
                        },
                    )
                }),
            },
            Factor::WhiteSpace => match policy {
                Policy::Cell(_, expected) => Some((
                    ((1.0 + expected) / (1.0 + contracted)).ln(),
                    Figures::WhiteSpace {
                        expected_usd_m: expected,
                        actual_usd_m: contracted,
                    },
                )),
                Policy::Sector(_) | Policy::District => None,
            },
        }
    };
    // A raw value that cannot be computed (only a hand-built table with negative amounts gets there) is missing.
    Factor::ALL.map(|f| factor(f).filter(|(raw, _)| raw.is_finite()))
}
