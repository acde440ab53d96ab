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
    /// Simplified Chinese, as written in Chongqing.
    pub name_zh: String,
    /// Traditional Chinese, as a Hong Kong reader writes it (製造業, not a character-by-character 制造業).
    pub name_zh_hant: String,
    pub description: String,
    /// One of the areas of the 2023 Chongqing–Hong Kong cooperation mechanism.
    pub cooperation_focus: bool,
    pub sub_sectors: Vec<SubSector>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubSector {
    pub name: String,
    pub name_zh: String,
    pub name_zh_hant: String,
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
    /// Traditional Chinese (渝中區, 石柱土家族自治縣).
    pub name_zh_hant: String,
    /// Hanyu pinyin of the name without its "District"/"County" suffix ("Nan'an", "Shizhu", "Zhong").
    pub pinyin: String,
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
    /// Hong Kong dollars per US dollar: a table of its own, since its sourced years are not the CNY table's.
    pub hkd: HkdRates,
}

/// Yearly average HKD per USD (the linked rate: 7.80 since 17 Oct 1983, in the 7.75–7.85 band since May 2005).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HkdRates {
    pub series: String,
    pub source: String,
    /// Only the years a source was read for, in year order; other years take the nearest year's rate.
    pub rates: Vec<HkdRate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HkdRate {
    pub year: i32,
    pub hkd_per_usd: f64,
    pub evidence: Evidence,
    /// Which series and publication the figure was read in.
    pub note: String,
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
    /// CNY per USD for `year`; years outside the table use the nearest year's rate (no year: the latest).
    pub fn cny_per_usd(&self, year: Option<i32>) -> Option<f64> {
        nearest_year(&self.rates, |r| r.year, year).map(|r| r.cny_per_usd)
    }

    /// HKD per USD for `year`, by the same rule as [`RateTable::cny_per_usd`]: a year the table lacks takes the
    /// nearest listed year's rate (the earlier one on a tie), no year the latest.
    pub fn hkd_per_usd(&self, year: Option<i32>) -> Option<f64> {
        nearest_year(&self.hkd.rates, |r| r.year, year).map(|r| r.hkd_per_usd)
    }
}

/// The entry of `rates` whose year is nearest `year` (the first such on a tie; the last entry when `year` is
/// `None`).
fn nearest_year<T>(rates: &[T], year_of: impl Fn(&T) -> i32, year: Option<i32>) -> Option<&T> {
    let Some(year) = year else {
        return rates.last();
    };
    rates
        .iter()
        .min_by_key(|r| (i64::from(year_of(r)) - i64::from(year)).abs())
}

/// Which script a reference name is shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NameScript {
    #[default]
    English,
    /// 简体中文, as written in Chongqing.
    Simplified,
    /// 繁體中文, as written in Hong Kong.
    Traditional,
}

impl Sector {
    /// The sector's name in `script`.
    pub fn name_in(&self, script: NameScript) -> &str {
        pick(script, &self.name, &self.name_zh, &self.name_zh_hant)
    }
}

impl SubSector {
    /// The sub-sector's name in `script`.
    pub fn name_in(&self, script: NameScript) -> &str {
        pick(script, &self.name, &self.name_zh, &self.name_zh_hant)
    }
}

impl District {
    /// The division's name in `script`.
    pub fn name_in(&self, script: NameScript) -> &str {
        pick(script, &self.name, &self.name_zh, &self.name_zh_hant)
    }
}

fn pick<'a>(
    script: NameScript,
    english: &'a str,
    simplified: &'a str,
    traditional: &'a str,
) -> &'a str {
    match script {
        NameScript::English => english,
        NameScript::Simplified => simplified,
        NameScript::Traditional => traditional,
    }
}
