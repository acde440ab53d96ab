//! The `Dataset`: the project table joined to its reference data, with provenance.
//!
//! Must not depend on egui, eframe or rfd.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::bands::SYNTHETIC_LABEL;
use super::error::LoadError;
use super::load::{load_csv_bytes, ron_data::parse_ron};
use super::reference::{District, Fact, RateTable, ReferenceProject, Sector};
use super::table::ProjectTable;

/// The shipped dataset, embedded in the binary so the app works from any folder with no files beside it.
mod embedded {
    pub const PROJECTS_CSV: &str = include_str!("../../data/projects.csv");
    pub const SECTORS_RON: &str = include_str!("../../data/sectors.ron");
    pub const DISTRICTS_RON: &str = include_str!("../../data/districts.ron");
    pub const FACTS_RON: &str = include_str!("../../data/facts.ron");
    pub const RATES_RON: &str = include_str!("../../data/rates.ron");
    pub const REFERENCE_PROJECTS_RON: &str = include_str!("../../data/reference_projects.ron");
}

/// Sectors, districts, facts, rates and named projects: the context every project table is joined to.
#[derive(Clone, Debug)]
pub struct ReferenceData {
    pub sectors: Vec<Sector>,
    pub districts: Vec<District>,
    pub facts: Vec<Fact>,
    pub rates: RateTable,
    pub reference_projects: Vec<ReferenceProject>,
}

impl ReferenceData {
    /// The reference data shipped in `data/`.
    pub fn embedded() -> Result<Self, LoadError> {
        Ok(Self {
            sectors: parse_ron(embedded::SECTORS_RON, "data/sectors.ron")?,
            districts: parse_ron(embedded::DISTRICTS_RON, "data/districts.ron")?,
            facts: parse_ron(embedded::FACTS_RON, "data/facts.ron")?,
            rates: parse_ron(embedded::RATES_RON, "data/rates.ron")?,
            reference_projects: parse_ron(
                embedded::REFERENCE_PROJECTS_RON,
                "data/reference_projects.ron",
            )?,
        })
    }
}

/// Where the project rows came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataSource {
    Embedded,
    File(PathBuf),
}

#[derive(Clone, Debug)]
pub struct Provenance {
    pub source: DataSource,
    /// Every row is marked synthetic: the app then labels each view "synthetic sample".
    pub is_synthetic: bool,
    pub loaded_at: SystemTime,
}

impl Provenance {
    /// One line naming the source, for status bars and export captions.
    pub fn describe(&self) -> String {
        match (&self.source, self.is_synthetic) {
            (DataSource::Embedded, _) => format!("Built-in dataset: {SYNTHETIC_LABEL}"),
            (DataSource::File(path), true) => format!("{} ({SYNTHETIC_LABEL})", path.display()),
            (DataSource::File(path), false) => path.display().to_string(),
        }
    }
}

/// Projects joined to their sectors and districts, with provenance.
#[derive(Clone, Debug)]
pub struct Dataset {
    pub projects: ProjectTable,
    pub reference: ReferenceData,
    pub provenance: Provenance,
    /// For each sector code of `projects.sector`, its index in `reference.sectors`.
    sector_of_code: Vec<Option<usize>>,
    /// For each district code of `projects.district`, its index in `reference.districts`.
    district_of_code: Vec<Option<usize>>,
}

impl Dataset {
    /// The embedded default dataset: 3,530 synthetic rows calibrated to published aggregates.
    pub fn embedded() -> Result<Self, LoadError> {
        let projects = load_csv_bytes(embedded::PROJECTS_CSV.as_bytes(), "data/projects.csv")?;
        Ok(Self::new(
            projects,
            ReferenceData::embedded()?,
            DataSource::Embedded,
        ))
    }

    /// Loads a project file; the reference data is the embedded one.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let projects = load_csv_bytes(&bytes, &path.display().to_string())?;
        Ok(Self::new(
            projects,
            ReferenceData::embedded()?,
            DataSource::File(path.to_owned()),
        ))
    }

    /// Joins `projects` to `reference` by sector and district name (case-insensitive).
    pub fn new(projects: ProjectTable, reference: ReferenceData, source: DataSource) -> Self {
        let sector_of_code = projects
            .sector
            .labels()
            .iter()
            .map(|label| {
                reference
                    .sectors
                    .iter()
                    .position(|s| s.name.eq_ignore_ascii_case(label) || s.code == *label)
            })
            .collect();
        let district_of_code = projects
            .district
            .labels()
            .iter()
            .map(|label| {
                reference
                    .districts
                    .iter()
                    .position(|d| d.name.eq_ignore_ascii_case(label) || d.name_zh == *label)
            })
            .collect();
        let is_synthetic =
            !projects.is_empty() && projects.is_synthetic.iter().all(|s| *s == Some(true));
        Self {
            projects,
            reference,
            provenance: Provenance {
                source,
                is_synthetic,
                loaded_at: SystemTime::now(),
            },
            sector_of_code,
            district_of_code,
        }
    }

    /// The sector record of a row, when its sector is one the reference data knows.
    pub fn sector_of(&self, row: usize) -> Option<&Sector> {
        let code = self.projects.sector.code(row)?;
        let index = (*self.sector_of_code.get(code as usize)?)?;
        self.reference.sectors.get(index)
    }

    /// The district record of a row, when its district is one the reference data knows.
    pub fn district_of(&self, row: usize) -> Option<&District> {
        self.district_of_code_index(self.projects.district.code(row)?)
    }

    /// The district record behind a code of `projects.district`.
    pub fn district_of_code_index(&self, code: u32) -> Option<&District> {
        let index = (*self.district_of_code.get(code as usize)?)?;
        self.reference.districts.get(index)
    }

    /// CNY per USD for a row's contract year (see [`RateTable::cny_per_usd`]).
    pub fn cny_per_usd(&self, row: usize) -> Option<f64> {
        let year = self.projects.year.get(row).copied().flatten();
        self.reference.rates.cny_per_usd(year)
    }
}
