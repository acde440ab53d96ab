//! The small reference datasets that give the project rows their meaning: sectors, districts, headline facts,
//! exchange rates and the sourced named projects. Plain serde types, stored as RON in `data/`.
//!
//! Must not depend on egui, eframe or rfd.

use serde::{Deserialize, Serialize};

/// How far a figure can be trusted, following the tags of `shared/guide/data.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Evidence {
    /// Read in a named public source.
    Sourced,
    /// Derived from sourced figures by arithmetic.
    Derived,
    /// A standard figure, not re-checked against a primary source.
    Standard,
    /// Our own estimate.
    Estimate,
}

/// A GB/T 4754 industry section, with the sub-sectors the synthetic rows use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sector {
    /// GB/T 4754 section letter ("K"), or "X" for the grouped "Other".
    pub code: String,
    pub name: String,
    pub name_zh: String,
    pub description: String,
    /// One of the areas of the 2023 Chongqing–Hong Kong cooperation mechanism.
    pub cooperation_focus: bool,
    pub sub_sectors: Vec<SubSector>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubSector {
    pub name: String,
    pub name_zh: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DivisionKind {
    District,
    County,
    AutonomousCounty,
}

/// One of Chongqing's 38 county-level divisions (boundaries before November 2025).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct District {
    /// GB/T 2260 code.
    pub adcode: u32,
    pub name: String,
    pub name_zh: String,
    pub kind: DivisionKind,
    pub region: String,
    /// Approximate coordinates of the urban seat (degrees).
    pub lat: f64,
    pub lon: f64,
    /// Whether part of the division lies in the Liangjiang New Area.
    pub in_liangjiang: bool,
}

/// A headline fact shown as a key-figure card, always with its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    pub label: String,
    pub value: String,
    pub detail: String,
    pub source: String,
    /// Publication date of the source, ISO 8601.
    pub date: String,
    pub url: Option<String>,
    pub evidence: Evidence,
}

/// Yearly average exchange rates, with the series they come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RateTable {
    pub series: String,
    pub source: String,
    pub rates: Vec<Rate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    pub year: i32,
    pub cny_per_usd: f64,
    pub evidence: Evidence,
    pub note: String,
}

/// A real, sourced Hong Kong project. Its money figures are sale or land prices, not contracted FDI, so it is never
/// counted in the calibrated totals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferenceProject {
    pub id: String,
    pub name: String,
    pub name_zh: String,
    pub investor: String,
    pub district: String,
    pub sector: String,
    pub year: String,
    pub facts: String,
    pub source: String,
    pub url: Option<String>,
    pub evidence: Evidence,
}

impl RateTable {
    /// CNY per USD for `year`; years outside the table use the nearest year's rate.
    pub fn cny_per_usd(&self, year: Option<i32>) -> Option<f64> {
        let first = self.rates.first()?;
        let Some(year) = year else {
            return self.rates.last().map(|r| r.cny_per_usd);
        };
        let nearest = self
            .rates
            .iter()
            .min_by_key(|r| (r.year - year).abs())
            .unwrap_or(first);
        Some(nearest.cny_per_usd)
    }
}
