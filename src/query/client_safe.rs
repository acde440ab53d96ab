//! The client-safe switch: in front of a client, investor and project names become stable pseudonyms
//! ("Investor 0413", "Project 2187") and columns the user marked confidential are hidden — in the window, the
//! clipboard and every export, because they all take their cell texts from [`crate::query::cell_text`] and their
//! columns from [`ClientSafe::columns`]. The filter (and so the search box) still works on the real names.
//!
//! A pseudonym is derived from a hash of the real name (investors) or of the project's id — its name and row
//! when it has no id — never from the order of a selection: the same investor is the same pseudonym on every
//! row, slide and export of a dataset. Two names whose hashes land on the same number are told apart by
//! probing to the next free number, in the order of (hash, name), so the outcome depends only on the set of
//! names in the dataset. Must not depend on egui, eframe or rfd.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Lang};
use crate::model::{ColumnId, Field, ProjectTable};

/// The user's client-safe setting (persisted with the app state).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientSafe {
    /// Names as pseudonyms and confidential columns hidden.
    pub enabled: bool,
    /// Column names (as [`ProjectTable::column_name`] gives them) hidden while client-safe is on.
    pub confidential: BTreeSet<String>,
    /// Who the material is for: when set, slides, pictures and PDFs carry "Confidential — prepared for …".
    pub prepared_for: String,
}

impl ClientSafe {
    /// Client-safe on, with no confidential column and no watermark (the CLI's `--client-safe`).
    pub fn on() -> Self {
        Self {
            enabled: true,
            ..Self::default()
        }
    }

    /// `columns` without the confidential ones while client-safe is on.
    pub fn columns(&self, table: &ProjectTable, columns: &[ColumnId]) -> Vec<ColumnId> {
        columns
            .iter()
            .copied()
            .filter(|&column| self.is_shown(table, column))
            .collect()
    }

    /// Whether `column` may be shown: always when client-safe is off.
    pub fn is_shown(&self, table: &ProjectTable, column: ColumnId) -> bool {
        !self.enabled || !self.confidential.contains(table.column_name(column))
    }

    /// The watermark for slides, pictures and PDFs: only while on and a recipient is named.
    pub fn watermark(&self, lang: Lang) -> Option<String> {
        let client = self.prepared_for.trim();
        (self.enabled && !client.is_empty())
            .then(|| crate::tr!(lang, "client-safe-watermark", client = client.to_owned()))
    }

    /// How names are written under this setting, pseudonyms in `lang` ("Project 2187", "项目 2187");
    /// `pseudonyms` is only used when client-safe is on.
    pub fn names<'a>(&self, pseudonyms: &'a Pseudonyms, lang: Lang) -> Names<'a> {
        if self.enabled {
            Names::Pseudonyms(pseudonyms, lang)
        } else {
            Names::Real
        }
    }
}

/// How cell texts write project and investor names.
#[derive(Clone, Copy, Debug, Default)]
pub enum Names<'a> {
    /// As in the data.
    #[default]
    Real,
    /// As stable pseudonyms, in a language.
    Pseudonyms(&'a Pseudonyms, Lang),
}

impl Names<'_> {
    /// The pseudonym for `column` of `row`, for the two name columns while names are hidden; `None` otherwise
    /// (the cell is written as it is).
    pub fn replacement(&self, column: ColumnId, row: usize) -> Option<String> {
        let &Names::Pseudonyms(pseudonyms, lang) = self else {
            return None;
        };
        match column {
            ColumnId::Field(Field::Name) => pseudonyms.project(row, lang),
            ColumnId::Field(Field::Investor) => pseudonyms.investor(row, lang),
            _ => None,
        }
    }

    /// Whether names are being hidden.
    pub fn are_hidden(&self) -> bool {
        matches!(self, Names::Pseudonyms(..))
    }
}

/// No number: the row has no name to hide.
const NONE: u32 = u32::MAX;

/// Every row's project and investor pseudonym numbers, built once per dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pseudonyms {
    projects: Vec<u32>,
    investors: Vec<u32>,
    /// Digits each number is written with: 4, or more for a dataset with over 5,000 names of a kind.
    digits: usize,
}

impl Pseudonyms {
    pub fn new(table: &ProjectTable) -> Self {
        let rows = 0..table.len();
        let project_keys: Vec<String> = rows
            .clone()
            .map(|row| match table.id.get(row).trim() {
                "" => format!("{}\u{1f}{row}", table.name.get(row)),
                id => id.to_owned(),
            })
            .collect();
        let investor_keys: Vec<&str> = rows.map(|row| table.investor.get(row).trim()).collect();
        // At most half the numbers in use, so probing stays short.
        let most = project_keys.len().max(investor_keys.len()).max(1) * 2;
        let digits = (most as f64).log10().ceil().max(4.0) as usize;
        let space = 10u64.pow(digits as u32);
        let projects = numbered(&project_keys, "project", space);
        let investors = numbered(&investor_keys, "investor", space);
        Self {
            projects,
            investors,
            digits,
        }
    }

    /// "Project 2187"; `None` for a row out of range.
    pub fn project(&self, row: usize, lang: Lang) -> Option<String> {
        let number = self.number(&self.projects, row)?;
        Some(crate::tr!(lang, "client-safe-project", number = number))
    }

    /// "Investor 0413"; `None` for a row out of range or without an investor.
    pub fn investor(&self, row: usize, lang: Lang) -> Option<String> {
        let number = self.number(&self.investors, row)?;
        Some(crate::tr!(lang, "client-safe-investor", number = number))
    }

    /// The zero-padded number, as text so that it is never written with a thousands separator.
    fn number(&self, numbers: &[u32], row: usize) -> Option<i18n::Value<'static>> {
        let number = *numbers.get(row)?;
        (number != NONE)
            .then(|| i18n::Value::from(format!("{number:0width$}", width = self.digits)))
    }
}

/// One number per key (the same key, the same number), the number from the key's hash, probing to the next
/// free number on a clash in the order of (hash, key). Empty keys get [`NONE`].
fn numbered<K: AsRef<str>>(keys: &[K], salt: &str, space: u64) -> Vec<u32> {
    let mut distinct: Vec<(u64, &str)> = keys
        .iter()
        .map(|key| key.as_ref())
        .filter(|key| !key.is_empty())
        .collect::<BTreeSet<&str>>()
        .into_iter()
        .map(|key| (stable_hash(salt, key) % space, key))
        .collect();
    distinct.sort_unstable();
    let mut taken = vec![false; space as usize];
    let mut number_of: HashMap<&str, u32> = HashMap::with_capacity(distinct.len());
    for (start, key) in distinct {
        let mut slot = start as usize;
        while taken[slot] {
            slot = (slot + 1) % taken.len();
        }
        taken[slot] = true;
        number_of.insert(key, slot as u32);
    }
    keys.iter()
        .map(|key| number_of.get(key.as_ref()).copied().unwrap_or(NONE))
        .collect()
}

/// FNV-1a over the salt and the key, then a SplitMix64 finaliser: the same on every platform and Rust version
/// (unlike `DefaultHasher`), so a pseudonym never changes with the build.
fn stable_hash(salt: &str, key: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in salt.bytes().chain([0]).chain(key.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash = (hash ^ (hash >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash = (hash ^ (hash >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    hash ^ (hash >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dataset, ProjectRow};

    fn row(id: &str, name: &str, investor: &str) -> ProjectRow {
        ProjectRow {
            id: id.into(),
            name: name.into(),
            investor: investor.into(),
            ..ProjectRow::default()
        }
    }

    #[test]
    fn the_same_investor_is_the_same_pseudonym_on_every_row_and_projects_differ() {
        let table = ProjectTable::from_rows(&[
            row("P1", "Harbour Tower", "Swire Properties"),
            row("P2", "Riverside Mall", "Hang Lung"),
            row("P3", "Harbour Plaza", "Swire Properties"),
            row("P4", "No investor", ""),
        ]);
        let names = Pseudonyms::new(&table);
        let investor = |row| names.investor(row, Lang::En);
        assert_eq!(investor(0), investor(2));
        assert_ne!(investor(0), investor(1));
        assert_eq!(investor(3), None, "no investor, nothing to hide");
        let projects: BTreeSet<String> = (0..4)
            .map(|row| names.project(row, Lang::En).unwrap())
            .collect();
        assert_eq!(projects.len(), 4, "every project its own pseudonym");
        let first = investor(0).unwrap();
        assert!(
            first.starts_with("Investor ") && first.len() == "Investor 0413".len(),
            "{first}"
        );
        assert!(!first.contains("Swire"));
    }

    #[test]
    fn pseudonyms_follow_the_names_not_the_row_order() {
        let rows = [
            row("P1", "Harbour Tower", "Swire Properties"),
            row("P2", "Riverside Mall", "Hang Lung"),
            row("P3", "Jiangbei Hub", "New World"),
        ];
        let forward = ProjectTable::from_rows(&rows);
        let mut reversed_rows = rows.to_vec();
        reversed_rows.reverse();
        let reversed = ProjectTable::from_rows(&reversed_rows);
        let (a, b) = (Pseudonyms::new(&forward), Pseudonyms::new(&reversed));
        for row in 0..3 {
            assert_eq!(a.investor(row, Lang::En), b.investor(2 - row, Lang::En));
            assert_eq!(a.project(row, Lang::En), b.project(2 - row, Lang::En));
        }
        // And they are the same on every run and build: a fixed hash, not a random seed.
        assert_eq!(a, Pseudonyms::new(&forward));
    }

    #[test]
    fn clashing_hashes_still_get_distinct_numbers() {
        // 3,000 investors in 10,000 numbers: clashes are certain, every name still gets its own number.
        let keys: Vec<String> = (0..3000).map(|i| format!("Investor company {i}")).collect();
        let numbers = numbered(&keys, "investor", 10_000);
        let distinct: BTreeSet<u32> = numbers.iter().copied().collect();
        assert_eq!(distinct.len(), keys.len());
        assert!(numbers.iter().all(|&n| n < 10_000));
    }

    #[test]
    fn the_embedded_dataset_hides_every_name_and_confidential_columns_go() {
        let dataset = Dataset::embedded().unwrap();
        let table = &dataset.projects;
        let names = Pseudonyms::new(table);
        assert_eq!(names.digits, 4);
        let mut safe = ClientSafe::on();
        safe.confidential.insert("employees".into());
        let columns = [Field::Name, Field::Employees, Field::Sector].map(ColumnId::Field);
        assert_eq!(
            safe.columns(table, &columns),
            [ColumnId::Field(Field::Name), ColumnId::Field(Field::Sector)]
        );
        let off = ClientSafe::default();
        assert_eq!(off.columns(table, &columns), columns);
        assert!(matches!(off.names(&names, Lang::En), Names::Real));
        assert!(safe.names(&names, Lang::En).are_hidden());
        assert_eq!(safe.watermark(Lang::En), None, "no recipient, no watermark");
        safe.prepared_for = "Acme Capital".into();
        assert!(safe.watermark(Lang::En).unwrap().contains("Acme Capital"));
    }
}
