//! The `Dataset`: the project table joined to its reference data, with provenance.
//!
//! Must not depend on egui, eframe or rfd.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::bands::SYNTHETIC_LABEL;
use super::columns::Field;
use super::error::LoadError;
use super::load::open::{self, Detected, OpenOptions, Progress};
use super::load::quality::{QualityReport, UnknownName};
use super::load::ron_data::parse_ron;
use super::names::{self, NameColumn, NameMatch};
use super::reference::{District, Fact, NameScript, RateTable, ReferenceProject, Sector};
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

impl ReferenceData {
    /// The reference name of a sector, sub-sector or district value in `script` (`"Manufacturing"` ⇒ `"制造业"`);
    /// `None` for any other field or a name the reference data does not know, which is then shown as written.
    pub fn name_in(&self, field: Field, value: &str, script: NameScript) -> Option<&str> {
        match field {
            Field::Sector => self
                .sectors
                .iter()
                .find(|s| s.name == value)
                .map(|s| s.name_in(script)),
            Field::SubSector => self
                .sectors
                .iter()
                .flat_map(|s| &s.sub_sectors)
                .find(|s| s.name == value)
                .map(|s| s.name_in(script)),
            Field::District => self
                .districts
                .iter()
                .find(|d| d.name == value)
                .map(|d| d.name_in(script)),
            _ => None,
        }
    }
}

/// Reads a whole file, with the path in the error.
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.display().to_string(),
        source,
    })
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
    /// What the load read, repaired, skipped and did not recognise.
    pub quality: QualityReport,
    /// How a file was read (format, encoding, mapping); `None` for the embedded dataset.
    pub detected: Option<Detected>,
    /// For each sector code of `projects.sector`, its index in `reference.sectors`.
    sector_of_code: Vec<Option<usize>>,
    /// For each district code of `projects.district`, its index in `reference.districts`.
    district_of_code: Vec<Option<usize>>,
    name_matches: Vec<NameMatch>,
}

impl Dataset {
    /// The embedded default dataset: 3,530 synthetic rows calibrated to published aggregates.
    pub fn embedded() -> Result<Self, LoadError> {
        Self::from_bytes(
            embedded::PROJECTS_CSV.as_bytes(),
            "data/projects.csv",
            DataSource::Embedded,
            &OpenOptions::default(),
            &Progress::default(),
        )
    }

    /// The generator's synthetic rows, loaded as a file would be (for tests that need more than the embedded data).
    #[cfg(test)]
    pub fn generated(rows: usize) -> Self {
        let generated = super::generate::generate(&super::generate::GenerateOptions {
            rows,
            ..Default::default()
        });
        Self::from_bytes(
            generated.projects_csv.as_bytes(),
            "generated.csv",
            DataSource::Embedded,
            &OpenOptions::default(),
            &Progress::default(),
        )
        .expect("generated data loads")
    }

    /// Loads a project file the way `options` say (the user's mapping and overrides), reporting `progress`.
    pub fn open(
        path: &Path,
        options: &OpenOptions,
        progress: &Progress,
    ) -> Result<Self, LoadError> {
        // Through an opened file: a large delimited file is streamed, never held whole.
        let opened = open::OpenedFile::open(path, options, progress)?;
        Self::from_opened(opened, path, options.mapping.as_ref(), progress)
    }

    /// Loads a project file's content; `name` is the file name used in messages.
    pub fn from_bytes(
        bytes: &[u8],
        name: &str,
        source: DataSource,
        options: &OpenOptions,
        progress: &Progress,
    ) -> Result<Self, LoadError> {
        let reference = ReferenceData::embedded()?;
        let loaded = open::load_table(bytes, name, options, &reference.rates, progress)?;
        Ok(Self::from_loaded(loaded, reference, source))
    }

    /// Loads a file already read and decoded (by its inspection) through `mapping`, without reading it again.
    pub fn from_opened(
        opened: open::OpenedFile,
        path: &Path,
        mapping: Option<&super::load::mapping::Mapping>,
        progress: &Progress,
    ) -> Result<Self, LoadError> {
        let reference = ReferenceData::embedded()?;
        let loaded = opened.load(mapping, &reference.rates, progress)?;
        Ok(Self::from_loaded(
            loaded,
            reference,
            DataSource::File(path.to_owned()),
        ))
    }

    fn from_loaded(loaded: open::Loaded, reference: ReferenceData, source: DataSource) -> Self {
        let mut dataset = Self::new(loaded.table, reference, source);
        dataset.quality = loaded.report.with_unknown_names_of(&dataset);
        dataset.quality.name_matches = dataset.name_matches.clone();
        dataset.detected =
            (dataset.provenance.source != DataSource::Embedded).then_some(loaded.detected);
        dataset
    }

    /// Sector and district names the reference data does not know, with their row counts (most rows first).
    pub fn unknown_names(&self) -> (Vec<UnknownName>, Vec<UnknownName>) {
        let unknown = |column: &super::columns::CategoryColumn, known: &[Option<usize>]| {
            let mut rows = vec![0usize; column.labels().len()];
            for code in column.codes().iter() {
                if let Some(count) = rows.get_mut(code as usize) {
                    *count += 1;
                }
            }
            let mut names: Vec<UnknownName> = column
                .labels()
                .iter()
                .zip(rows)
                .enumerate()
                .filter(|(code, (_, rows))| {
                    *rows > 0 && known.get(*code).is_some_and(Option::is_none)
                })
                .map(|(_, (name, rows))| UnknownName {
                    name: name.clone(),
                    rows,
                })
                .collect();
            names.sort_by(|a, b| b.rows.cmp(&a.rows).then_with(|| a.name.cmp(&b.name)));
            names
        };
        (
            unknown(&self.projects.sector, &self.sector_of_code),
            unknown(&self.projects.district, &self.district_of_code),
        )
    }

    /// Joins `projects` to `reference`: every sector, sub-sector and district name the reference data knows under
    /// any of its spellings (Chinese, pinyin, adcode, section letter, English variant: see [`names`]) is rewritten
    /// to the reference name, so the whole app sees one value per sector and district.
    pub fn new(mut projects: ProjectTable, reference: ReferenceData, source: DataSource) -> Self {
        let sectors = names::join_column(
            &mut projects.sector,
            &names::sector_index(&reference.sectors),
            NameColumn::Sector,
            |i| reference.sectors[i].name.clone(),
        );
        let sub_sector_names: Vec<&str> = reference
            .sectors
            .iter()
            .flat_map(|s| s.sub_sectors.iter().map(|sub| sub.name.as_str()))
            .collect();
        let sub_sectors = names::join_column(
            &mut projects.sub_sector,
            &names::sub_sector_index(&reference.sectors),
            NameColumn::SubSector,
            |i| sub_sector_names[i].to_owned(),
        );
        let districts = names::join_column(
            &mut projects.district,
            &names::district_index(&reference.districts),
            NameColumn::District,
            |i| reference.districts[i].name.clone(),
        );
        let is_synthetic =
            !projects.is_empty() && projects.is_synthetic.iter().all(|s| *s == Some(true));
        let mut name_matches = sectors.matches;
        name_matches.extend(sub_sectors.matches);
        name_matches.extend(districts.matches);
        Self {
            projects,
            reference,
            provenance: Provenance {
                source,
                is_synthetic,
                loaded_at: SystemTime::now(),
            },
            quality: QualityReport {
                name_matches: name_matches.clone(),
                ..QualityReport::default()
            },
            detected: None,
            sector_of_code: sectors.reference_of_code,
            district_of_code: districts.reference_of_code,
            name_matches,
        }
    }

    /// How the table's names were matched to the reference data (also in [`Dataset::quality`]).
    pub fn name_matches(&self) -> &[NameMatch] {
        &self.name_matches
    }

    /// The sector record of a row, when its sector is one the reference data knows.
    pub fn sector_of(&self, row: usize) -> Option<&Sector> {
        let code = self.projects.sector.code(row)?;
        let index = (*self.sector_of_code.get(code as usize)?)?;
        self.reference.sectors.get(index)
    }

    /// The sector record behind a code of `projects.sector`.
    pub fn sector_of_code_index(&self, code: u32) -> Option<&Sector> {
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
        let year = self.projects.year.get(row);
        self.reference.rates.cny_per_usd(year)
    }

    /// HKD per USD for a row's contract year (see [`RateTable::hkd_per_usd`]).
    pub fn hkd_per_usd(&self, row: usize) -> Option<f64> {
        let year = self.projects.year.get(row);
        self.reference.rates.hkd_per_usd(year)
    }
}
