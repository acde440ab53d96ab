//! The project table: one typed column per field, plus any extra columns a file brings.
//!
//! Must not depend on egui, eframe or rfd.

use std::sync::OnceLock;

use super::bands;
use super::columns::{CategoryColumn, Cell, ColumnKind, Date, Field, TextColumn, YearColumn};

/// A column the app does not know, kept as written so that nothing in the user's file is lost, and typed when
/// its values allow: numbers sort and export as numbers, dates as dates.
#[derive(Clone, Debug, Default)]
pub struct ExtraColumn {
    pub name: String,
    pub values: TextColumn,
    pub typed: ExtraValues,
}

/// The typed reading of an extra column (see [`ProjectTable::type_extra_columns`]).
#[derive(Clone, Debug, Default)]
pub enum ExtraValues {
    #[default]
    Text,
    /// One value per row; `NaN` where the cell is missing or not a number.
    Number(Vec<f64>),
    Date(Vec<Option<Date>>),
    /// Text with few distinct values (a region, a grade): dictionary-coded, so it filters as a facet.
    Category(CategoryColumn),
}

/// A text column with at most this many distinct values becomes a facet.
pub const MAX_FACET_VALUES: usize = 50;

/// Which column: a known field or an extra one (by its position in [`ProjectTable::extra`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnId {
    Field(Field),
    Extra(usize),
}

/// The projects, stored column by column. Missing numbers are `NaN`; missing categories have no code.
#[derive(Clone, Debug, Default)]
pub struct ProjectTable {
    pub id: TextColumn,
    pub name: TextColumn,
    pub investor: TextColumn,
    pub origin: CategoryColumn,
    pub sector: CategoryColumn,
    pub sub_sector: CategoryColumn,
    pub district: CategoryColumn,
    pub year: YearColumn,
    pub status: CategoryColumn,
    pub contracted_usd_m: Vec<f64>,
    pub utilized_usd_m: Vec<f64>,
    pub employees: Vec<f64>,
    pub lat: Vec<f64>,
    pub lon: Vec<f64>,
    pub in_liangjiang: Vec<Option<bool>>,
    pub contract_date: Vec<Option<Date>>,
    pub size_band: CategoryColumn,
    pub is_synthetic: Vec<Option<bool>>,
    pub source: CategoryColumn,
    pub extra: Vec<ExtraColumn>,
    /// Fields the file had no column for: the table does not show them unless asked.
    pub absent_fields: Vec<Field>,
    /// Lower-cased `name` + U+001F + `investor` of every row: the haystack of the search box, built at the first
    /// search (most loads are never searched, and it is a third of a loaded table's text).
    search_text: OnceLock<TextColumn>,
}

/// One row as plain values, for building tables in tests and small loaders.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProjectRow {
    pub id: String,
    pub name: String,
    pub investor: String,
    pub origin: String,
    pub sector: String,
    pub sub_sector: String,
    pub district: String,
    pub year: Option<i32>,
    pub status: String,
    pub contracted_usd_m: f64,
    pub utilized_usd_m: f64,
    pub employees: f64,
    pub lat: f64,
    pub lon: f64,
    pub in_liangjiang: Option<bool>,
    pub contract_date: Option<Date>,
    pub is_synthetic: Option<bool>,
    pub source: String,
}

/// Separates name and investor in the search haystack; stripped from needles so a match never spans both.
pub const SEARCH_SEPARATOR: char = '\u{1f}';

impl ProjectTable {
    pub fn with_capacity(rows: usize) -> Self {
        Self {
            id: TextColumn::with_capacity(rows, rows * 12),
            name: TextColumn::with_capacity(rows, rows * 32),
            investor: TextColumn::with_capacity(rows, rows * 28),
            origin: CategoryColumn::with_capacity(rows),
            sector: CategoryColumn::with_capacity(rows),
            sub_sector: CategoryColumn::with_capacity(rows),
            district: CategoryColumn::with_capacity(rows),
            year: YearColumn::with_capacity(rows),
            status: CategoryColumn::with_capacity(rows),
            contracted_usd_m: Vec::with_capacity(rows),
            utilized_usd_m: Vec::with_capacity(rows),
            employees: Vec::with_capacity(rows),
            lat: Vec::with_capacity(rows),
            lon: Vec::with_capacity(rows),
            in_liangjiang: Vec::with_capacity(rows),
            contract_date: Vec::with_capacity(rows),
            size_band: CategoryColumn::with_capacity(rows),
            is_synthetic: Vec::with_capacity(rows),
            source: CategoryColumn::with_capacity(rows),
            extra: Vec::new(),
            absent_fields: Vec::new(),
            search_text: OnceLock::new(),
        }
    }

    /// Builds a table from rows (tests, small fixtures). Size bands are derived from the amounts.
    pub fn from_rows(rows: &[ProjectRow]) -> Self {
        let mut table = Self::with_capacity(rows.len());
        for row in rows {
            table.push_row(row);
        }
        table.finish();
        table
    }

    pub fn push_row(&mut self, row: &ProjectRow) {
        self.id.push(&row.id);
        self.name.push(&row.name);
        self.investor.push(&row.investor);
        self.origin.push(&row.origin);
        self.sector.push(&row.sector);
        self.sub_sector.push(&row.sub_sector);
        self.district.push(&row.district);
        self.year.push(row.year);
        self.status.push(&row.status);
        self.contracted_usd_m.push(row.contracted_usd_m);
        self.utilized_usd_m.push(row.utilized_usd_m);
        self.employees.push(row.employees);
        self.lat.push(row.lat);
        self.lon.push(row.lon);
        self.in_liangjiang.push(row.in_liangjiang);
        self.contract_date.push(row.contract_date);
        self.is_synthetic.push(row.is_synthetic);
        self.source.push(&row.source);
    }

    /// An empty table with the same extra columns, to parse part of the same file into.
    pub fn empty_like(&self) -> Self {
        Self {
            extra: self
                .extra
                .iter()
                .map(|column| ExtraColumn {
                    name: column.name.clone(),
                    ..ExtraColumn::default()
                })
                .collect(),
            ..Self::default()
        }
    }

    /// Appends the rows of `other`, a table with the same extra columns (see [`Self::empty_like`]). Each of its
    /// columns is freed once copied, so joining the parts of a big file holds little more than the whole table.
    pub fn append(&mut self, other: ProjectTable) {
        let ProjectTable {
            id,
            name,
            investor,
            origin,
            sector,
            sub_sector,
            district,
            year,
            status,
            contracted_usd_m,
            utilized_usd_m,
            employees,
            lat,
            lon,
            in_liangjiang,
            contract_date,
            size_band,
            is_synthetic,
            source,
            extra,
            absent_fields: _,
            search_text,
        } = other;
        // The haystack is built again, for the whole table, at the next search.
        drop(search_text);
        self.search_text = OnceLock::new();
        // Largest first: a text column's arena is freed before the next one grows.
        for (mine, text) in [
            (&mut self.id, id),
            (&mut self.name, name),
            (&mut self.investor, investor),
        ] {
            mine.append(&text);
        }
        for (mine, codes) in [
            (&mut self.origin, origin),
            (&mut self.sector, sector),
            (&mut self.sub_sector, sub_sector),
            (&mut self.district, district),
            (&mut self.status, status),
            (&mut self.source, source),
            // Derived columns too, so parts finished on their own threads need no second pass.
            (&mut self.size_band, size_band),
        ] {
            mine.append(&codes);
        }
        self.year.append(&year);
        for (mine, numbers) in [
            (&mut self.contracted_usd_m, contracted_usd_m),
            (&mut self.utilized_usd_m, utilized_usd_m),
            (&mut self.employees, employees),
            (&mut self.lat, lat),
            (&mut self.lon, lon),
        ] {
            mine.extend(numbers);
        }
        self.in_liangjiang.extend(in_liangjiang);
        self.contract_date.extend(contract_date);
        self.is_synthetic.extend(is_synthetic);
        for (mine, theirs) in self.extra.iter_mut().zip(extra) {
            mine.values.append(&theirs.values);
        }
    }

    /// Completes the derived size band once every row is in (the search haystack is built at the first search).
    pub fn finish(&mut self) {
        self.size_band = CategoryColumn::with_capacity(self.len());
        // Intern the bands in size order so that the dictionary order is the natural order.
        for label in bands::size_band_labels() {
            self.size_band.intern(label);
        }
        for &amount in &self.contracted_usd_m {
            self.size_band.push_code(bands::size_band_index(amount));
        }
        self.search_text = OnceLock::new();
    }

    pub fn len(&self) -> usize {
        self.id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The search haystack (see [`SEARCH_SEPARATOR`]).
    pub fn search_text(&self) -> &TextColumn {
        self.search_text.get_or_init(|| {
            let mut search = TextColumn::with_capacity(
                self.len(),
                self.name.buffer().len() + self.investor.buffer().len() + self.len(),
            );
            let mut row_text = String::new();
            for row in 0..self.len() {
                row_text.clear();
                push_lowercase(&mut row_text, self.name.get(row));
                row_text.push(SEARCH_SEPARATOR);
                push_lowercase(&mut row_text, self.investor.get(row));
                search.push(&row_text);
            }
            search
        })
    }

    /// The category column behind a categorical field.
    pub fn category(&self, field: Field) -> Option<&CategoryColumn> {
        Some(match field {
            Field::Origin => &self.origin,
            Field::Sector => &self.sector,
            Field::SubSector => &self.sub_sector,
            Field::District => &self.district,
            Field::Status => &self.status,
            Field::SizeBand => &self.size_band,
            Field::Source => &self.source,
            _ => return None,
        })
    }

    /// Every column, known fields first (in [`Field::ALL`] order), then the extra ones.
    pub fn columns(&self) -> impl Iterator<Item = ColumnId> + '_ {
        Field::ALL
            .into_iter()
            .map(ColumnId::Field)
            .chain((0..self.extra.len()).map(ColumnId::Extra))
    }

    pub fn column_name(&self, column: ColumnId) -> &str {
        match column {
            ColumnId::Field(field) => field.key(),
            ColumnId::Extra(index) => self.extra.get(index).map_or("", |c| c.name.as_str()),
        }
    }

    pub fn column_title(&self, column: ColumnId) -> &str {
        match column {
            ColumnId::Field(field) => field.title(),
            ColumnId::Extra(index) => self.extra.get(index).map_or("", |c| c.name.as_str()),
        }
    }

    pub fn column_kind(&self, column: ColumnId) -> ColumnKind {
        match column {
            ColumnId::Field(field) => field.kind(),
            ColumnId::Extra(index) => match self.extra.get(index).map(|c| &c.typed) {
                Some(ExtraValues::Number(_)) => ColumnKind::Number,
                Some(ExtraValues::Date(_)) => ColumnKind::Date,
                Some(ExtraValues::Category(_)) => ColumnKind::Category,
                _ => ColumnKind::Text,
            },
        }
    }

    /// Types each extra column whose values are all numbers or all dates (text stays as written, so nothing is
    /// lost): a single other value, or a code with leading zeros such as 007, keeps the column as text.
    pub fn type_extra_columns(&mut self, decimal: crate::model::load::values::DecimalSeparator) {
        use crate::model::load::values::{self, Parsed, ValueKind};
        for column in &mut self.extra {
            let texts = &column.values;
            let rows = 0..texts.len();
            column.typed = match values::kind_of(rows.clone().map(|row| texts.get(row)), decimal) {
                ValueKind::Number => ExtraValues::Number(
                    rows.map(|row| match values::parse_number(texts.get(row), decimal) {
                        Parsed::Value(n) => n.value,
                        _ => f64::NAN,
                    })
                    .collect(),
                ),
                ValueKind::Date => ExtraValues::Date(
                    rows.map(|row| values::parse_date(texts.get(row)).ok())
                        .collect(),
                ),
                ValueKind::Text => {
                    as_category(texts).map_or(ExtraValues::Text, ExtraValues::Category)
                }
                ValueKind::Empty => ExtraValues::Text,
            };
        }
    }

    /// The extra columns that filter as facets, with their index in [`Self::extra`].
    pub fn extra_facets(&self) -> impl Iterator<Item = (usize, &ExtraColumn, &CategoryColumn)> {
        self.extra
            .iter()
            .enumerate()
            .filter_map(|(index, column)| match &column.typed {
                ExtraValues::Category(category) => Some((index, column, category)),
                _ => None,
            })
    }

    /// The column called `name` (a field key such as `contracted_usd_m`, or an extra column's header).
    pub fn find_column(&self, name: &str) -> Option<ColumnId> {
        if let Some(field) = Field::from_key(name) {
            return Some(ColumnId::Field(field));
        }
        let name = name.trim();
        self.extra
            .iter()
            .position(|c| c.name.eq_ignore_ascii_case(name))
            .map(ColumnId::Extra)
    }

    /// The typed value of one cell.
    pub fn cell(&self, column: ColumnId, row: usize) -> Cell<'_> {
        self.values(column).cell(row)
    }

    /// A column as it is stored, for loops over many of its rows: which kind it is is asked once, not per cell.
    pub fn values(&self, column: ColumnId) -> ColumnValues<'_> {
        match column {
            ColumnId::Field(field) => self.field_values(field),
            ColumnId::Extra(index) => match self.extra.get(index) {
                None => ColumnValues::Absent,
                Some(column) => match &column.typed {
                    ExtraValues::Text => ColumnValues::Text(&column.values),
                    ExtraValues::Number(numbers) => ColumnValues::Numbers(numbers),
                    ExtraValues::Date(dates) => ColumnValues::Dates(dates),
                    ExtraValues::Category(category) => ColumnValues::Category(category),
                },
            },
        }
    }

    fn field_values(&self, field: Field) -> ColumnValues<'_> {
        match field {
            Field::Id => ColumnValues::Text(&self.id),
            Field::Name => ColumnValues::Text(&self.name),
            Field::Investor => ColumnValues::Text(&self.investor),
            Field::Year => ColumnValues::Years(&self.year),
            Field::ContractedUsdM => ColumnValues::Numbers(&self.contracted_usd_m),
            Field::UtilizedUsdM => ColumnValues::Numbers(&self.utilized_usd_m),
            Field::Employees => ColumnValues::Counts(&self.employees),
            Field::Lat => ColumnValues::Numbers(&self.lat),
            Field::Lon => ColumnValues::Numbers(&self.lon),
            Field::InLiangjiang => ColumnValues::Flags(&self.in_liangjiang),
            Field::IsSynthetic => ColumnValues::Flags(&self.is_synthetic),
            Field::ContractDate => ColumnValues::Dates(&self.contract_date),
            categorical => self
                .category(categorical)
                .map_or(ColumnValues::Absent, ColumnValues::Category),
        }
    }
}

/// One column of a [`ProjectTable`] as it is stored ([`ProjectTable::values`]); [`ColumnValues::cell`] reads a
/// row of it as [`ProjectTable::cell`] does.
#[derive(Clone, Copy, Debug)]
pub enum ColumnValues<'a> {
    /// Free text; empty is missing.
    Text(&'a TextColumn),
    /// Dictionary-coded text.
    Category(&'a CategoryColumn),
    /// `NaN` (any non-finite value) is missing.
    Numbers(&'a [f64]),
    /// Numbers read as whole numbers (head counts), rounded.
    Counts(&'a [f64]),
    Years(&'a YearColumn),
    Flags(&'a [Option<bool>]),
    Dates(&'a [Option<Date>]),
    /// A column the table does not have: every cell missing.
    Absent,
}

impl<'a> ColumnValues<'a> {
    /// The typed value of `row` (missing past the end).
    // Always inlined: loops that know the kind (`export::row_delimited::gather`) then keep only their arm. As a
    // call it was the largest cost of a CSV export (a match per cell, measured with perf at 1M rows).
    #[inline(always)]
    pub fn cell(self, row: usize) -> Cell<'a> {
        match self {
            ColumnValues::Text(texts) => text_cell(texts.get(row)),
            ColumnValues::Category(category) => category.get(row).map_or(Cell::Missing, Cell::Text),
            ColumnValues::Numbers(numbers) => number_cell(numbers, row),
            ColumnValues::Counts(numbers) => match number_cell(numbers, row) {
                Cell::Number(value) => Cell::Integer(value.round() as i64),
                other => other,
            },
            ColumnValues::Years(years) => opt_cell(years.get(row), |y| Cell::Integer(i64::from(y))),
            ColumnValues::Flags(flags) => opt_cell(flags.get(row).copied().flatten(), Cell::Bool),
            ColumnValues::Dates(dates) => opt_cell(dates.get(row).copied().flatten(), Cell::Date),
            ColumnValues::Absent => Cell::Missing,
        }
    }
}

fn push_lowercase(out: &mut String, text: &str) {
    if text.is_ascii() {
        // Copy, then lower-case in place: much faster than pushing char by char.
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(text.chars().flat_map(char::to_lowercase));
    }
}

/// `texts` dictionary-coded when it has few distinct values (and they repeat), else `None`.
fn as_category(texts: &TextColumn) -> Option<CategoryColumn> {
    let mut category = CategoryColumn::with_capacity(texts.len());
    for row in 0..texts.len() {
        let text = texts.get(row);
        if crate::model::load::values::is_missing(text) {
            category.push("");
        } else {
            category.push(text);
        }
        if category.labels().len() > MAX_FACET_VALUES {
            return None;
        }
    }
    let distinct = category.labels().len();
    (distinct >= 2 && distinct * 2 <= texts.len()).then_some(category)
}

fn text_cell(text: &str) -> Cell<'_> {
    if text.is_empty() {
        Cell::Missing
    } else {
        Cell::Text(text)
    }
}

fn number_cell(values: &[f64], row: usize) -> Cell<'static> {
    match values.get(row) {
        Some(value) if value.is_finite() => Cell::Number(*value),
        _ => Cell::Missing,
    }
}

fn opt_cell<T>(value: Option<T>, make: impl FnOnce(T) -> Cell<'static>) -> Cell<'static> {
    value.map_or(Cell::Missing, make)
}
