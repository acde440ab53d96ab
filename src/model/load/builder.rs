//! Builds a [`ProjectTable`] record by record from any reader (CSV, spreadsheet, JSON), through a [`Mapping`].
//!
//! Values are read the way people type them (see [`values`](super::values)). A value that cannot be read becomes
//! *missing* and is counted in the [`QualityReport`], so one stray cell never stops a million-row load; a record
//! with the wrong number of fields is skipped and listed with its line. Must not depend on egui, eframe or rfd.

use super::mapping::{AmountUnit, Currency, DERIVED_COLUMNS, Mapping};
use super::quality::{ColumnQuality, InvalidValue, QualityReport};
use super::values::{self, DecimalSeparator, Parsed};
use crate::model::columns::{CategoryColumn, Field, TextColumn};
use crate::model::error::{Expected, Problem};
use crate::model::reference::RateTable;
use crate::model::table::{ExtraColumn, ProjectTable};

/// Where one column of the file goes.
#[derive(Clone, Copy, Debug)]
enum Slot {
    Field(Field),
    Extra(usize),
    /// The per-row currency of the amounts.
    Currency,
    /// A column the app derives itself (size band, sector code…): read and dropped.
    Ignored,
}

/// Everything that decides how a cell is read; shared by the threads that parse the parts of one file.
#[derive(Clone)]
pub struct RecordLayout {
    headers: Vec<String>,
    slots: Vec<Slot>,
    /// Fields with no column: each row gets a missing value.
    absent: Vec<Field>,
    contracted_unit: AmountUnit,
    utilized_unit: AmountUnit,
    decimal: DecimalSeparator,
    rates: RateTable,
    /// No year column: take the year from the contract date.
    year_from_date: bool,
    /// No year column (a year from the date, or none, is pushed with each row).
    year_absent: bool,
    /// The last column has no name in the header (a notes column Excel left unnamed): rows may leave it out.
    optional_last: bool,
}

impl RecordLayout {
    pub fn new(
        headers: &[String],
        mapping: &Mapping,
        decimal: DecimalSeparator,
        rates: &RateTable,
    ) -> Self {
        let mut extras = 0;
        let slots = headers
            .iter()
            .enumerate()
            .map(|(column, name)| {
                if let Some(field) = mapping.field_of(column) {
                    Slot::Field(field)
                } else if mapping.currency_column == Some(column) {
                    Slot::Currency
                } else if mapping.is_project_table()
                    && DERIVED_COLUMNS.iter().any(|d| d == &name.trim())
                    && Mapping::is_own_format(headers)
                {
                    Slot::Ignored
                } else {
                    extras += 1;
                    Slot::Extra(extras - 1)
                }
            })
            .collect();
        // A column number past the end of this header (a mapping for another file) is no column at all.
        let has_column = |field: Field| mapping.column_of(field).is_some_and(|c| c < headers.len());
        let absent = Field::ALL
            .into_iter()
            .filter(|field| *field != Field::SizeBand && !has_column(*field))
            .collect();
        Self {
            headers: headers.to_vec(),
            slots,
            absent,
            contracted_unit: mapping.unit(Field::ContractedUsdM),
            utilized_unit: mapping.unit(Field::UtilizedUsdM),
            decimal,
            rates: rates.clone(),
            year_from_date: !has_column(Field::Year) && has_column(Field::ContractDate),
            year_absent: !has_column(Field::Year),
            optional_last: false,
        }
    }

    /// Lets records leave out the last column (when the header ended in a delimiter: "name,amount,").
    pub fn with_optional_last(mut self, optional: bool) -> Self {
        self.optional_last = optional && self.headers.len() > 1;
        self
    }

    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The fewest fields a record may have: one per header, or one fewer when the last column is optional.
    pub fn min_fields(&self) -> usize {
        self.headers.len() - usize::from(self.optional_last)
    }

    /// An empty table with this layout's extra columns, and a report with one entry per file column.
    pub fn start(&self, rows: usize) -> TableBuilder<'_> {
        let mut table = ProjectTable::with_capacity(rows);
        let mut taken = std::collections::HashSet::new();
        for (slot, name) in self.slots.iter().zip(&self.headers) {
            if let Slot::Extra(_) = slot {
                table.extra.push(ExtraColumn {
                    name: extra_name(name, &mut taken, table.extra.len() + 1),
                    ..ExtraColumn::default()
                });
            }
        }
        let report = QualityReport {
            columns: self
                .slots
                .iter()
                .zip(&self.headers)
                .map(|(slot, name)| ColumnQuality {
                    name: name.trim().to_owned(),
                    field: match slot {
                        Slot::Field(field) => Some(*field),
                        _ => None,
                    },
                    ..ColumnQuality::default()
                })
                .collect(),
            unmapped_fields: self
                .absent
                .iter()
                .copied()
                .filter(|f| !matches!(f, Field::IsSynthetic | Field::Source))
                .collect(),
            ..QualityReport::default()
        };
        TableBuilder {
            layout: self,
            table,
            report,
        }
    }
}

/// A unique, non-empty name for an extra column ("Column 3" for a blank header, "Note (2)" for a repeated one).
fn extra_name(
    name: &str,
    taken: &mut std::collections::HashSet<String>,
    position: usize,
) -> String {
    let base = match name.trim() {
        "" => format!("Column {position}"),
        name => name.to_owned(),
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base} ({n})");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

/// One record of any reader: a CSV record, a spreadsheet row, a JSON object's values in header order.
pub trait Record {
    fn cell_count(&self) -> usize;
    /// The cell's text; "" past the end.
    fn cell(&self, column: usize) -> &str;
}

impl Record for ::csv::ByteRecord {
    fn cell_count(&self) -> usize {
        self.len()
    }

    /// The text was decoded to UTF-8 before splitting, and delimiters are ASCII, so every cell is valid UTF-8. The
    /// apostrophe an export puts before formula-like text is dropped (see [`values::strip_formula_guard`]), so a
    /// CSV written by the app reads back as the text it held.
    fn cell(&self, column: usize) -> &str {
        self.get(column)
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .map_or("", values::strip_formula_guard)
    }
}

/// Records read column by column (see [`TableBuilder::push_batch`]): each has one cell per column and is not
/// blank.
pub trait RecordBatch {
    fn records(&self) -> usize;
    /// The line the record starts on.
    fn line(&self, record: usize) -> u64;
    /// The cell's text, as [`Record::cell`] gives it.
    fn cell(&self, record: usize, column: usize) -> &str;
}

impl<S: AsRef<str>> Record for [S] {
    fn cell_count(&self) -> usize {
        self.len()
    }

    fn cell(&self, column: usize) -> &str {
        self.get(column).map_or("", AsRef::as_ref)
    }
}

/// Rows being read into a table, with the quality report of what was read.
pub struct TableBuilder<'a> {
    layout: &'a RecordLayout,
    pub table: ProjectTable,
    pub report: QualityReport,
}

/// The amount cells of one record, read once the row's year is known (CNY converts at that year's rate).
#[derive(Default)]
struct PendingAmounts<'r> {
    contracted: Option<(usize, &'r str)>,
    utilized: Option<(usize, &'r str)>,
    currency: Option<RowCurrency>,
}

/// What a row's currency cell says.
#[derive(Clone, Copy)]
enum RowCurrency {
    Named(Currency),
    /// A currency the app does not know (欧元, "EUR"): the row's amounts cannot be converted.
    Unknown,
}

impl<'a> TableBuilder<'a> {
    /// Reads one record. `cells` must have exactly one cell per header, or the record is skipped and reported.
    pub fn push_record<R: Record + ?Sized>(&mut self, line: u64, cells: &R) {
        let layout = self.layout;
        let blank = || (0..cells.cell_count()).all(|c| cells.cell(c).trim().is_empty());
        let width = layout.slots.len();
        // Rows that end in a delimiter ("a,b,1,") have one empty field more than the header: not ragged.
        let trailing_empty = cells.cell_count() > width
            && (width..cells.cell_count()).all(|c| cells.cell(c).trim().is_empty());
        // A record that leaves out an unnamed last column reads it as blank.
        let short_of_optional = layout.optional_last && cells.cell_count() + 1 == width;
        if cells.cell_count() != width && !trailing_empty && !short_of_optional {
            // A blank line is not a row.
            if blank() {
                return;
            }
            self.report.skip(
                line,
                Problem::RowWidth {
                    expected: layout.slots.len(),
                    found: cells.cell_count(),
                },
            );
            return;
        }
        // Only a row whose first cell is empty can be blank: the common case checks one cell.
        if values::trim(cells.cell(0)).is_empty() && blank() {
            return;
        }
        self.report.rows_read += 1;
        let mut amounts = PendingAmounts::default();
        let mut date_year = None;
        for (column, slot) in layout.slots.iter().enumerate() {
            let cell = cells.cell(column);
            match *slot {
                Slot::Ignored => {}
                Slot::Extra(index) => self.push_extra(index, column, cell),
                Slot::Currency => amounts.currency = self.row_currency(column, line, cell),
                Slot::Field(Field::ContractedUsdM) => amounts.contracted = Some((column, cell)),
                Slot::Field(Field::UtilizedUsdM) => amounts.utilized = Some((column, cell)),
                Slot::Field(field) => {
                    let year = self.push_field(field, column, line, cell);
                    date_year = date_year.or(year);
                }
            }
        }
        // The year is needed now (to convert amounts); other fields without a column are filled in `finish`.
        if layout.year_absent {
            self.table
                .year
                .push(date_year.filter(|_| layout.year_from_date));
        }
        let year = self.table.year.last();
        let contracted = self.amount(amounts.contracted, amounts.currency, year, line, true);
        self.table.contracted_usd_m.push(contracted);
        let utilized = self.amount(amounts.utilized, amounts.currency, year, line, false);
        self.table.utilized_usd_m.push(utilized);
    }

    /// Reads records column by column: the same table and report as [`TableBuilder::push_record`] for each in
    /// turn, at a fraction of the cost, as each column's rule is chosen once per batch instead of once per cell.
    /// Columns that are read per cell independently, so their order does not matter; the year and the currency
    /// are read before the amounts, which are converted at them.
    pub fn push_batch<B: RecordBatch + ?Sized>(&mut self, batch: &B) {
        let layout = self.layout;
        let records = batch.records();
        let first_row = self.table.contracted_usd_m.len();
        self.report.rows_read += records;
        let (mut contracted, mut utilized, mut currency) = (None, None, None);
        let mut date_years = Vec::new();
        for (column, slot) in layout.slots.iter().enumerate() {
            match *slot {
                Slot::Ignored => {}
                Slot::Extra(index) => {
                    for record in 0..records {
                        self.push_extra(index, column, batch.cell(record, column));
                    }
                }
                Slot::Currency => currency = Some(column),
                Slot::Field(Field::ContractedUsdM) => contracted = Some(column),
                Slot::Field(Field::UtilizedUsdM) => utilized = Some(column),
                // Text and category columns, most of a file's cells: a loop with nothing else in it.
                Slot::Field(field) if text_column(&mut self.table, field).is_some() => {
                    let quality = &mut self.report.columns[column];
                    if let Some(target) = text_column(&mut self.table, field) {
                        for record in 0..records {
                            target.push(text_cell(quality, batch.cell(record, column)));
                        }
                    }
                }
                Slot::Field(field) if category_column(&mut self.table, field).is_some() => {
                    let quality = &mut self.report.columns[column];
                    if let Some(target) = category_column(&mut self.table, field) {
                        for record in 0..records {
                            target.push(text_cell(quality, batch.cell(record, column)));
                        }
                    }
                }
                Slot::Field(field) => {
                    let years_from_dates = field == Field::ContractDate && layout.year_absent;
                    for record in 0..records {
                        let cell = batch.cell(record, column);
                        let year = self.push_field(field, column, batch.line(record), cell);
                        if years_from_dates {
                            date_years.push(year);
                        }
                    }
                }
            }
        }
        if layout.year_absent {
            for record in 0..records {
                let year = date_years.get(record).copied().flatten();
                self.table.year.push(year.filter(|_| layout.year_from_date));
            }
        }
        let currencies: Vec<Option<RowCurrency>> = match currency {
            Some(column) => (0..records)
                .map(|record| {
                    self.row_currency(column, batch.line(record), batch.cell(record, column))
                })
                .collect(),
            None => Vec::new(),
        };
        for record in 0..records {
            let line = batch.line(record);
            let year = self.table.year.get(first_row + record);
            let currency = currencies.get(record).copied().flatten();
            let cell = contracted.map(|column| (column, batch.cell(record, column)));
            let amount = self.amount(cell, currency, year, line, true);
            self.table.contracted_usd_m.push(amount);
            let cell = utilized.map(|column| (column, batch.cell(record, column)));
            let amount = self.amount(cell, currency, year, line, false);
            self.table.utilized_usd_m.push(amount);
        }
    }

    /// Reads a cell of a column the app has no field for.
    #[inline(always)]
    fn push_extra(&mut self, index: usize, column: usize, cell: &str) {
        if values::is_missing(cell) {
            self.report.columns[column].missing += 1;
        }
        if let Some(extra) = self.table.extra.get_mut(index) {
            extra.values.push(values::trim(cell));
        }
    }

    /// What a row's currency cell says (an unreadable one is counted and noted).
    fn row_currency(&mut self, column: usize, line: u64, cell: &str) -> Option<RowCurrency> {
        match values::parse_currency(cell) {
            Parsed::Missing => None,
            Parsed::Value(currency) => Some(RowCurrency::Named(currency.into())),
            Parsed::Invalid => {
                note_invalid(
                    &mut self.report.columns[column],
                    line,
                    cell,
                    Expected::Currency,
                );
                Some(RowCurrency::Unknown)
            }
        }
    }

    /// Reads a non-amount field into its column; returns the year of a contract date (for files with no year).
    // Inlined into the loop over a record's cells: a call per cell saved and restored more registers than most
    // cells take to read (measured with callgrind).
    #[inline(always)]
    fn push_field(&mut self, field: Field, column: usize, line: u64, cell: &str) -> Option<i32> {
        let table = &mut self.table;
        let decimal = self.layout.decimal;
        let quality = &mut self.report.columns[column];
        if let Some(target) = text_column(table, field) {
            target.push(text_cell(quality, cell));
            return None;
        }
        if let Some(target) = category_column(table, field) {
            target.push(text_cell(quality, cell));
            return None;
        }
        if values::is_missing(cell) {
            quality.missing += 1;
        }
        match field {
            // Text and categories are read above; the size band is derived and amounts are read per row.
            Field::Id
            | Field::Name
            | Field::Investor
            | Field::Origin
            | Field::Sector
            | Field::SubSector
            | Field::District
            | Field::Status
            | Field::Source
            | Field::SizeBand
            | Field::ContractedUsdM
            | Field::UtilizedUsdM => {}
            Field::Year => {
                let year = read(quality, line, cell, Expected::Year, |c| {
                    // Most cells: four plain digits, read once (the rules below give the same for them).
                    if c.len() == 4 && c.bytes().all(|b| b.is_ascii_digit()) {
                        let year = c.bytes().fold(0, |y, b| y * 10 + i32::from(b - b'0'));
                        return if (1900..=2100).contains(&year) {
                            (values::parse_year(c), false)
                        } else {
                            (Parsed::Invalid, false)
                        };
                    }
                    // A small plain number ("15") is not a year, though it would read as an Excel date serial.
                    let parsed = match c.trim().parse::<f64>() {
                        Ok(n) if n < 10_000.0 && !(1900.0..=2100.0).contains(&n) => Parsed::Invalid,
                        _ => values::parse_year(c),
                    };
                    let plain = c
                        .trim()
                        .parse::<i32>()
                        .is_ok_and(|y| (1900..=2100).contains(&y));
                    (parsed, !plain)
                });
                table.year.push(year);
            }
            Field::ContractDate => {
                let date = read(quality, line, cell, Expected::Date, |c| {
                    (
                        values::parse_date(c),
                        crate::model::Date::parse_iso(c.trim()).is_none(),
                    )
                });
                table.contract_date.push(date);
                return date.map(|d| d.year());
            }
            Field::Employees => {
                let value = read(quality, line, cell, Expected::Employees, |c| {
                    within(number_without_units(c, decimal), |v| v >= 0.0)
                });
                table.employees.push(value.unwrap_or(f64::NAN));
            }
            Field::Lat | Field::Lon => {
                let limit = if field == Field::Lat { 90.0 } else { 180.0 };
                let value = read(quality, line, cell, Expected::Coordinate, |c| {
                    within(number_without_units(c, decimal), |v| v.abs() <= limit)
                });
                let column = if field == Field::Lat {
                    &mut table.lat
                } else {
                    &mut table.lon
                };
                column.push(value.unwrap_or(f64::NAN));
            }
            Field::InLiangjiang | Field::IsSynthetic => {
                let value = read(quality, line, cell, Expected::YesNo, |c| {
                    (values::parse_bool(c), false)
                });
                let column = if field == Field::InLiangjiang {
                    &mut table.in_liangjiang
                } else {
                    &mut table.is_synthetic
                };
                column.push(value);
            }
        }
        None
    }

    /// Gives every row read a missing value of a field the file has no column for (all at once, not per row).
    fn fill_missing(&mut self, field: Field) {
        let table = &mut self.table;
        let rows = table.contracted_usd_m.len();
        if let Some(column) = text_column(table, field) {
            (column.len()..rows).for_each(|_| column.push(""));
            return;
        }
        if let Some(column) = category_column(table, field) {
            (column.len()..rows).for_each(|_| column.push_code(None));
            return;
        }
        match field {
            // Text and categories are filled above.
            Field::Id
            | Field::Name
            | Field::Investor
            | Field::Origin
            | Field::Sector
            | Field::SubSector
            | Field::District
            | Field::Status
            | Field::Source => {}
            Field::ContractDate => table.contract_date.resize(rows, None),
            Field::Employees => table.employees.resize(rows, f64::NAN),
            Field::Lat => table.lat.resize(rows, f64::NAN),
            Field::Lon => table.lon.resize(rows, f64::NAN),
            Field::InLiangjiang => table.in_liangjiang.resize(rows, None),
            Field::IsSynthetic => table.is_synthetic.resize(rows, None),
            // Pushed with each row (amounts are converted at its year).
            Field::Year | Field::SizeBand | Field::ContractedUsdM | Field::UtilizedUsdM => {}
        }
    }

    /// An amount in USD m, converted from the column's unit, the cell's own unit ("USD 70.4 bn") and the row's
    /// currency; CNY at the contract year's rate. `NaN` (missing) when blank, unreadable or not convertible.
    fn amount(
        &mut self,
        cell: Option<(usize, &str)>,
        row_currency: Option<RowCurrency>,
        year: Option<i32>,
        line: u64,
        contracted: bool,
    ) -> f64 {
        let Some((column, cell)) = cell else {
            return f64::NAN;
        };
        let unit = if contracted {
            self.layout.contracted_unit
        } else {
            self.layout.utilized_unit
        };
        let quality = &mut self.report.columns[column];
        let number = match values::parse_number(cell, self.layout.decimal) {
            Parsed::Missing => {
                quality.missing += 1;
                return f64::NAN;
            }
            Parsed::Value(number) if !number.percent && number.value >= 0.0 => number,
            Parsed::Value(_) | Parsed::Invalid => {
                note_invalid(quality, line, cell, Expected::Amount);
                return f64::NAN;
            }
        };
        let absolute = if number.scaled {
            number.value
        } else {
            number.value * unit.scale()
        };
        let currency = match (number.currency, row_currency) {
            (Some(currency), _) => Some(Currency::from(currency)),
            (None, Some(RowCurrency::Named(currency))) => Some(currency),
            (None, Some(RowCurrency::Unknown)) => None,
            (None, None) => Some(unit.currency()),
        };
        let usd = match currency {
            Some(Currency::Usd) => Some(absolute),
            // Without a contract year the rate is a guess (the latest year's): counted as a repair.
            Some(Currency::Cny) => self.layout.rates.cny_per_usd(year).map(|rate| {
                if year.is_none() {
                    quality.coerced += 1;
                }
                quality.converted_cny += 1;
                absolute / rate
            }),
            // Hong Kong dollars the same way, at the yearly HKD-per-USD average (data/rates.ron cites it).
            Some(Currency::Hkd) => self.layout.rates.hkd_per_usd(year).map(|rate| {
                if year.is_none() {
                    quality.coerced += 1;
                }
                quality.converted_hkd += 1;
                absolute / rate
            }),
            // An unknown currency has no rate: say so rather than guess.
            None => None,
        };
        let Some(usd) = usd else {
            note_invalid(quality, line, cell, Expected::ConvertibleAmount);
            return f64::NAN;
        };
        if number.coerced || number.scaled || number.currency.is_some() {
            quality.coerced += 1;
        }
        usd / 1e6
    }

    /// Skips a record that could not be split into fields (reported with its line).
    pub fn skip(&mut self, line: u64, problem: Problem) {
        self.report.skip(line, problem);
    }

    /// Completes the derived columns and returns the table and its report.
    pub fn finish(mut self) -> (ProjectTable, QualityReport) {
        for &field in &self.layout.absent {
            self.fill_missing(field);
        }
        self.table.absent_fields.clone_from(&self.layout.absent);
        self.table.finish();
        (self.table, self.report)
    }
}

/// The column a text field is read into.
fn text_column(table: &mut ProjectTable, field: Field) -> Option<&mut TextColumn> {
    match field {
        Field::Id => Some(&mut table.id),
        Field::Name => Some(&mut table.name),
        Field::Investor => Some(&mut table.investor),
        _ => None,
    }
}

/// The column a category field is read into (the size band is derived, never read).
fn category_column(table: &mut ProjectTable, field: Field) -> Option<&mut CategoryColumn> {
    match field {
        Field::Origin => Some(&mut table.origin),
        Field::Sector => Some(&mut table.sector),
        Field::SubSector => Some(&mut table.sub_sector),
        Field::District => Some(&mut table.district),
        Field::Status => Some(&mut table.status),
        Field::Source => Some(&mut table.source),
        _ => None,
    }
}

/// What a text or category cell stores: "" for a missing one (counted), else the trimmed text.
#[inline(always)]
fn text_cell<'c>(quality: &mut ColumnQuality, cell: &'c str) -> &'c str {
    if values::is_missing(cell) {
        quality.missing += 1;
        ""
    } else {
        values::trim(cell)
    }
}

/// Reads a cell with `parse` (which also says whether the value needed a repair), counting the outcome.
fn read<T: Copy>(
    quality: &mut ColumnQuality,
    line: u64,
    cell: &str,
    expected: Expected,
    parse: impl FnOnce(&str) -> (Parsed<T>, bool),
) -> Option<T> {
    match parse(cell) {
        (Parsed::Missing, _) => None,
        (Parsed::Value(value), coerced) => {
            if coerced {
                quality.coerced += 1;
            }
            Some(value)
        }
        (Parsed::Invalid, _) => {
            note_invalid(quality, line, cell, expected);
            None
        }
    }
}

fn note_invalid(quality: &mut ColumnQuality, line: u64, cell: &str, expected: Expected) {
    quality.invalid += 1;
    if quality.first_invalid.is_none() {
        quality.first_invalid = Some(InvalidValue {
            line,
            value: cell.to_owned(),
            expected,
        });
    }
}

/// A plain number (no currency, scale or percent), and whether it needed a repair.
fn number_without_units(cell: &str, decimal: DecimalSeparator) -> (Parsed<f64>, bool) {
    match values::parse_number(cell, decimal) {
        Parsed::Missing => (Parsed::Missing, false),
        Parsed::Value(n) if !n.percent && n.currency.is_none() => {
            (Parsed::Value(n.value), n.coerced || n.scaled)
        }
        _ => (Parsed::Invalid, false),
    }
}

/// Rejects a read number outside the field's range (a latitude of 300, a negative head count).
fn within(read: (Parsed<f64>, bool), keep: impl FnOnce(f64) -> bool) -> (Parsed<f64>, bool) {
    match read {
        (Parsed::Value(v), _) if !keep(v) => (Parsed::Invalid, false),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ReferenceData;

    fn build(headers: &[&str], rows: &[&[&str]]) -> (ProjectTable, QualityReport) {
        let headers: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
        let mapping = Mapping::guess(&headers);
        let reference = ReferenceData::embedded().unwrap();
        let layout = RecordLayout::new(
            &headers,
            &mapping,
            DecimalSeparator::Point,
            &reference.rates,
        );
        let mut builder = layout.start(rows.len());
        for (i, row) in rows.iter().enumerate() {
            builder.push_record(i as u64 + 2, *row);
        }
        builder.finish()
    }

    #[test]
    fn units_of_the_column_and_of_the_cell_convert_to_usd_millions() {
        let (table, report) = build(
            &["项目名称", "签约年份", "合同外资（万美元）", "备注"],
            &[
                &["A", "2015", "1,234.5", "x"],
                &["B", "2015年6月", "USD 70.4 bn", ""],
                &["C", "N/A", "—", "y"],
                &["D", "2016", "12x", "z"],
            ],
        );
        assert_eq!(table.len(), 4);
        assert!((table.contracted_usd_m[0] - 12.345).abs() < 1e-9);
        assert!((table.contracted_usd_m[1] - 70_400.0).abs() < 1e-6);
        assert!(table.contracted_usd_m[2].is_nan());
        assert!(table.contracted_usd_m[3].is_nan());
        assert_eq!(
            table.year.iter().collect::<Vec<_>>(),
            vec![Some(2015), Some(2015), None, Some(2016)]
        );
        assert_eq!(table.extra[0].name, "备注");
        let amounts = &report.columns[2];
        assert_eq!(
            (amounts.missing, amounts.coerced, amounts.invalid),
            (1, 2, 1)
        );
        assert_eq!(amounts.first_invalid.as_ref().unwrap().line, 5);
        assert_eq!(report.columns[1].coerced, 1);
        assert_eq!(report.columns[1].missing, 1);
        assert_eq!(report.columns[3].missing, 1);
        assert_eq!(report.rows_read, 4);
    }

    #[test]
    fn cny_and_hkd_convert_at_the_contract_years_rate() {
        let reference = ReferenceData::embedded().unwrap();
        let cny = reference.rates.cny_per_usd(Some(2015)).unwrap();
        let hkd = reference.rates.hkd_per_usd(Some(2015)).unwrap();
        let (table, report) = build(
            &["name", "year", "合同外资(亿元)", "币种"],
            &[
                &["A", "2015", "1", "人民币"],
                &["B", "2015", "1", "HKD"],
                &["C", "2015", "1", "港元"],
                &["D", "2015", "HK$ 2 亿", ""],
            ],
        );
        assert!((table.contracted_usd_m[0] - 100.0 / cny).abs() < 1e-9);
        assert!((table.contracted_usd_m[1] - 100.0 / hkd).abs() < 1e-9);
        assert!((table.contracted_usd_m[2] - 100.0 / hkd).abs() < 1e-9);
        assert!((table.contracted_usd_m[3] - 200.0 / hkd).abs() < 1e-9);
        let amounts = &report.columns[2];
        assert_eq!(
            (
                amounts.converted_cny,
                amounts.converted_hkd,
                amounts.invalid
            ),
            (1, 3, 0)
        );
    }

    #[test]
    fn an_unknown_currency_makes_the_amount_unreadable_never_converted_as_another() {
        let (table, report) = build(
            &["name", "year", "合同外资(万元)", "币种"],
            &[
                &["A", "2015", "100", "美金"],
                &["B", "2015", "100", "欧元"],
                &["C", "2015", "100", ""],
            ],
        );
        assert!(
            (table.contracted_usd_m[0] - 1.0).abs() < 1e-9,
            "美金 is USD"
        );
        assert!(table.contracted_usd_m[1].is_nan());
        assert_eq!(report.columns[3].invalid, 1);
        assert_eq!(report.columns[2].invalid, 1);
        assert!(
            table.contracted_usd_m[2] > 0.0,
            "a blank currency is the column's own (CNY)"
        );
    }

    #[test]
    fn ragged_records_are_skipped_with_their_line_and_blank_lines_ignored() {
        let (table, report) = build(
            &["name", "contracted"],
            &[&["A", "1"], &["B"], &[""], &["C", "2", "extra"]],
        );
        assert_eq!(table.len(), 1);
        assert_eq!(report.rows_skipped, 2);
        assert_eq!(report.skipped[0].line, 3);
        assert_eq!(
            report.skipped[0].problem,
            Problem::RowWidth {
                expected: 2,
                found: 1
            }
        );
        assert_eq!(report.skipped[1].line, 5);
    }

    #[test]
    fn a_year_comes_from_the_contract_date_when_there_is_no_year_column() {
        let (table, _) = build(
            &["name", "contracted", "签约日期"],
            &[&["A", "1", "2015-06-30"], &["B", "2", "42185"]],
        );
        assert_eq!(
            table.year.iter().collect::<Vec<_>>(),
            vec![Some(2015), Some(2015)]
        );
        assert_eq!(table.contract_date[1].unwrap().to_string(), "2015-06-30");
    }

    /// Records in memory, for [`TableBuilder::push_batch`].
    struct Batch<'a>(&'a [Vec<&'a str>]);

    impl RecordBatch for Batch<'_> {
        fn records(&self) -> usize {
            self.0.len()
        }

        fn line(&self, record: usize) -> u64 {
            record as u64 + 2
        }

        fn cell(&self, record: usize, column: usize) -> &str {
            self.0[record].cell(column)
        }
    }

    /// Headers that exercise every rule: a year column or a year from the contract date (or neither), a
    /// currency column and cell units, CNY at the row's year, booleans, coordinates, an extra column.
    const LAYOUTS: [&[&str]; 3] = [
        &[
            "name",
            "sector",
            "year",
            "contracted_usd_m",
            "utilized_usd_m",
            "currency",
            "lat",
            "note",
        ],
        &[
            "项目名称",
            "签约日期",
            "合同外资（万美元）",
            "币种",
            "是否两江新区",
            "备注",
        ],
        &["name", "district", "contracted", "employees", "status"],
    ];

    /// Cells of every kind: blank, missing markers, years and non-years, dates, numbers with units and
    /// separators, currencies known and unknown, yes/no, formula guards, Chinese.
    const CELLS: [&str; 24] = [
        "",
        " ",
        "N/A",
        "—",
        "2015",
        "1899",
        "2015-06-30",
        "42185",
        "12x",
        "1,234.5",
        "USD 70.4 bn",
        "CNY",
        "人民币",
        "欧元",
        "HKD",
        " Finance ",
        "是",
        "否",
        "29.5",
        "-3",
        "'=1+1",
        "Yuzhong",
        "中文",
        "0",
    ];

    proptest::proptest! {
        /// Reading records column by column gives exactly the table and report of reading them one by one.
        #[test]
        fn a_batch_reads_as_its_records_one_by_one(
            layout in 0usize..LAYOUTS.len(),
            picks in proptest::collection::vec(proptest::collection::vec(0usize..CELLS.len(), 8), 1..50),
        ) {
            let headers: Vec<String> = LAYOUTS[layout].iter().map(|h| (*h).to_owned()).collect();
            let rates = ReferenceData::embedded().unwrap().rates;
            let layout = RecordLayout::new(
                &headers,
                &Mapping::guess(&headers),
                DecimalSeparator::Point,
                &rates,
            );
            // A batch holds no blank record: the first cell is never blank.
            let rows: Vec<Vec<&str>> = picks
                .iter()
                .map(|row| {
                    (0..headers.len())
                        .map(|column| match CELLS[row[column]] {
                            blank if column == 0 && blank.trim().is_empty() => "A",
                            cell => cell,
                        })
                        .collect()
                })
                .collect();
            let mut one_by_one = layout.start(0);
            for (i, row) in rows.iter().enumerate() {
                one_by_one.push_record(i as u64 + 2, &row[..]);
            }
            let mut batched = layout.start(0);
            batched.push_batch(&Batch(&rows));
            let ((expected, expected_report), (table, report)) = (one_by_one.finish(), batched.finish());
            let cells = |table: &ProjectTable| -> Vec<String> {
                (0..table.len())
                    .flat_map(|row| table.columns().map(move |c| table.cell(c, row).to_string()).collect::<Vec<_>>())
                    .collect()
            };
            proptest::prop_assert_eq!(cells(&table), cells(&expected));
            proptest::prop_assert_eq!(table.year.iter().collect::<Vec<_>>(), expected.year.iter().collect::<Vec<_>>());
            let bits = |column: &[f64]| column.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            proptest::prop_assert_eq!(bits(&table.contracted_usd_m), bits(&expected.contracted_usd_m));
            proptest::prop_assert_eq!(bits(&table.utilized_usd_m), bits(&expected.utilized_usd_m));
            proptest::prop_assert_eq!(report, expected_report);
        }
    }
}
