//! The project CSV loader: the app's own format (data.md §4), columns in any order, extra columns kept.
//!
//! Reads `ByteRecord`s and parses straight into typed columns, so a million rows load without a `String` per
//! cell. Must not depend on egui, eframe or rfd.

use crate::model::columns::{Date, Field, TextColumn};
use crate::model::error::LoadError;
use crate::model::table::{ExtraColumn, ProjectTable};

/// Columns that are derived from the reference datasets (or from the amount), so a file's copy is not needed.
const DERIVED_COLUMNS: [&str; 6] = [
    "sector_code",
    "sector_zh",
    "district_adcode",
    "district_zh",
    "region",
    "size_band",
];

/// Where one column of the file goes.
#[derive(Clone, Copy)]
enum Slot {
    Field(Field),
    Extra(usize),
    Derived,
}

/// Parses a project CSV. `path` is only used in error messages.
pub fn load_csv_bytes(bytes: &[u8], path: &str) -> Result<ProjectTable, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: path.into() });
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let header = reader
        .byte_headers()
        .map_err(|e| csv_error(path, &e))?
        .clone();
    let names = header
        .iter()
        .enumerate()
        .map(|(i, name)| {
            std::str::from_utf8(name).map_err(|_| LoadError::Encoding {
                path: path.into(),
                line: 1,
                column: i + 1,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;

    let estimated_rows = bytes.len() / 150 + 1;
    let mut table = ProjectTable::with_capacity(estimated_rows);
    let (slots, absent) = assign_slots(&names, &mut table, path)?;

    let mut record = ::csv::ByteRecord::new();
    let mut row = RowParser {
        path,
        names: &names,
        line: 1,
    };
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(path, &e)),
        }
        row.line = record.position().map_or(0, ::csv::Position::line);
        for (column, (value, slot)) in record.iter().zip(&slots).enumerate() {
            row.parse_cell(&mut table, *slot, column, value)?;
        }
        for &field in &absent {
            row.parse_cell(&mut table, Slot::Field(field), usize::MAX, b"")?;
        }
    }
    table.finish();
    Ok(table)
}

/// Maps each header to a field, an extra column or a derived column; fails when a core field is missing.
/// Also returns the optional fields the file lacks, which are filled as missing.
fn assign_slots(
    names: &[&str],
    table: &mut ProjectTable,
    path: &str,
) -> Result<(Vec<Slot>, Vec<Field>), LoadError> {
    let mut seen = Vec::new();
    let mut slots = Vec::with_capacity(names.len());
    for name in names {
        let slot = match Field::from_key(name) {
            Some(field) if field != Field::SizeBand && !seen.contains(&field) => {
                seen.push(field);
                Slot::Field(field)
            }
            _ if DERIVED_COLUMNS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(name.trim())) =>
            {
                Slot::Derived
            }
            _ => {
                table.extra.push(ExtraColumn {
                    name: name.trim().to_owned(),
                    values: TextColumn::default(),
                });
                Slot::Extra(table.extra.len() - 1)
            }
        };
        slots.push(slot);
    }
    let missing: Vec<String> = Field::CORE
        .iter()
        .filter(|f| !seen.contains(f))
        .map(|f| f.key().to_owned())
        .collect();
    if !missing.is_empty() {
        return Err(LoadError::MissingColumns {
            path: path.into(),
            missing,
            expected: Field::CORE.iter().map(|f| f.key().to_owned()).collect(),
        });
    }
    // Optional fields that the file lacks still need one value per row.
    let absent = [
        Field::InLiangjiang,
        Field::ContractDate,
        Field::IsSynthetic,
        Field::Source,
    ]
    .into_iter()
    .filter(|field| !seen.contains(field))
    .collect();
    Ok((slots, absent))
}

struct RowParser<'a> {
    path: &'a str,
    names: &'a [&'a str],
    line: u64,
}

impl RowParser<'_> {
    fn parse_cell(
        &self,
        table: &mut ProjectTable,
        slot: Slot,
        column: usize,
        raw: &[u8],
    ) -> Result<(), LoadError> {
        let text = std::str::from_utf8(raw).map_err(|_| LoadError::Encoding {
            path: self.path.into(),
            line: self.line,
            column: column + 1,
        })?;
        let field = match slot {
            Slot::Derived => return Ok(()),
            Slot::Extra(index) => {
                if let Some(extra) = table.extra.get_mut(index) {
                    extra.values.push(text.trim());
                }
                return Ok(());
            }
            Slot::Field(field) => field,
        };
        let bad = |expected| self.bad_value(column, expected, text);
        match field {
            Field::Id => table.id.push(text.trim()),
            Field::Name => table.name.push(text.trim()),
            Field::Investor => table.investor.push(text.trim()),
            Field::Origin => table.origin.push(text),
            Field::Sector => table.sector.push(text),
            Field::SubSector => table.sub_sector.push(text),
            Field::District => table.district.push(text),
            Field::Status => table.status.push(text),
            Field::Source => table.source.push(text),
            Field::SizeBand => {}
            Field::Year => table
                .year
                .push(parse_year(text).ok_or_else(|| bad("a year such as 2015"))?),
            Field::ContractedUsdM => table.contracted_usd_m.push(
                parse_amount(text).ok_or_else(|| bad("an amount in USD millions, such as 12.5"))?,
            ),
            Field::UtilizedUsdM => table.utilized_usd_m.push(
                parse_amount(text).ok_or_else(|| bad("an amount in USD millions, such as 12.5"))?,
            ),
            Field::Employees => table
                .employees
                .push(parse_amount(text).ok_or_else(|| bad("a whole number of employees"))?),
            Field::Lat => table
                .lat
                .push(parse_coordinate(text, 90.0).ok_or_else(|| bad("a latitude in degrees"))?),
            Field::Lon => table
                .lon
                .push(parse_coordinate(text, 180.0).ok_or_else(|| bad("a longitude in degrees"))?),
            Field::InLiangjiang => table
                .in_liangjiang
                .push(parse_bool(text).ok_or_else(|| bad("true or false"))?),
            Field::IsSynthetic => table
                .is_synthetic
                .push(parse_bool(text).ok_or_else(|| bad("true or false"))?),
            Field::ContractDate => table
                .contract_date
                .push(parse_date(text).ok_or_else(|| bad("a date such as 2015-06-30"))?),
        }
        Ok(())
    }

    fn bad_value(&self, column: usize, expected: &'static str, value: &str) -> LoadError {
        LoadError::BadValue {
            path: self.path.into(),
            line: self.line,
            column: column + 1,
            name: self
                .names
                .get(column)
                .map_or_else(String::new, |n| n.trim().to_owned()),
            expected,
            value: value.to_owned(),
        }
    }
}

/// `Some(None)` for a blank cell, `None` for a value that is not a plausible year.
fn parse_year(text: &str) -> Option<Option<i32>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    let year: i32 = text.parse().ok()?;
    (1900..=2100).contains(&year).then_some(Some(year))
}

/// A non-negative finite number; blank is missing (`NaN`), never zero.
fn parse_amount(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return Some(f64::NAN);
    }
    let value: f64 = text.parse().ok()?;
    (value.is_finite() && value >= 0.0).then_some(value)
}

fn parse_coordinate(text: &str, limit: f64) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return Some(f64::NAN);
    }
    let value: f64 = text.parse().ok()?;
    (value.abs() <= limit).then_some(value)
}

fn parse_bool(text: &str) -> Option<Option<bool>> {
    match text.trim().to_ascii_lowercase().as_str() {
        "" => Some(None),
        "true" | "yes" | "y" | "1" => Some(Some(true)),
        "false" | "no" | "n" | "0" => Some(Some(false)),
        _ => None,
    }
}

fn parse_date(text: &str) -> Option<Option<Date>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    Date::parse_iso(text).map(Some)
}

fn csv_error(path: &str, error: &::csv::Error) -> LoadError {
    let line = error.position().map_or(0, ::csv::Position::line);
    let message = match error.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} fields like the header, found {len}"),
        ::csv::ErrorKind::Utf8 { err, .. } => {
            return LoadError::Encoding {
                path: path.into(),
                line,
                column: err.field() + 1,
            };
        }
        ::csv::ErrorKind::Io(e) => format!("cannot read: {e}"),
        _ => error.to_string(),
    };
    LoadError::Malformed {
        path: path.into(),
        line,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::columns::Cell;
    use crate::model::table::ColumnId;

    const HEADER: &str = "id,name,investor,origin,sector,sub_sector,district,year,status,contracted_usd_m,utilized_usd_m,employees,lat,lon";

    #[test]
    fn loads_core_columns_in_any_order_and_keeps_extras() {
        let csv = "lon,lat,employees,utilized_usd_m,contracted_usd_m,status,year,district,sub_sector,sector,origin,investor,name,id,Note\n\
                   106.5,29.5,120,1.5,2.25,Operating,2015,Yuzhong,Banking,Finance,Hong Kong SAR,Acme,\"Tower, A\",P1,hello\n";
        let table = load_csv_bytes(csv.as_bytes(), "t.csv").unwrap();
        assert_eq!(table.len(), 1);
        assert_eq!(table.name.get(0), "Tower, A");
        assert_eq!(table.contracted_usd_m[0], 2.25);
        assert_eq!(table.year[0], Some(2015));
        assert_eq!(table.size_band.get(0), Some("USD 1–10 m"));
        assert_eq!(table.extra[0].name, "Note");
        assert_eq!(table.cell(ColumnId::Extra(0), 0), Cell::Text("hello"));
        assert_eq!(table.in_liangjiang[0], None);
    }

    #[test]
    fn blank_values_are_missing_not_zero() {
        let csv =
            format!("{HEADER}\nP1,A,B,Hong Kong SAR,Finance,Banking,Yuzhong,,Operating,,,,,\n");
        let table = load_csv_bytes(csv.as_bytes(), "t.csv").unwrap();
        assert_eq!(table.year[0], None);
        assert!(table.contracted_usd_m[0].is_nan());
        assert_eq!(
            table.cell(ColumnId::Field(Field::ContractedUsdM), 0),
            Cell::Missing
        );
        assert_eq!(table.size_band.get(0), None);
    }

    #[test]
    fn a_missing_core_column_names_every_missing_column() {
        let csv = "id,name\nP1,A\n";
        let error = load_csv_bytes(csv.as_bytes(), "my.csv")
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("my.csv, line 1: missing columns investor, origin"),
            "{error}"
        );
    }

    #[test]
    fn a_bad_number_names_file_line_column_and_value() {
        let csv = format!(
            "{HEADER}\nP1,A,B,HK,Finance,Banking,Yuzhong,2015,Operating,1,1,1,29,106\n\
             P2,A,B,HK,Finance,Banking,Yuzhong,2015,Operating,12x,1,1,29,106\n"
        );
        let error = load_csv_bytes(csv.as_bytes(), "my.csv")
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "my.csv, line 3, column 10 (contracted_usd_m): expected an amount in USD millions, such as 12.5, found \"12x\""
        );
    }

    #[test]
    fn a_bad_year_is_located() {
        let csv =
            format!("{HEADER}\nP1,A,B,HK,Finance,Banking,Yuzhong,20l5,Operating,1,1,1,29,106\n");
        let error = load_csv_bytes(csv.as_bytes(), "my.csv")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("line 2, column 8 (year): expected a year such as 2015, found \"20l5\""),
            "{error}"
        );
    }

    #[test]
    fn ragged_rows_and_empty_files_are_located_errors() {
        let csv = format!("{HEADER}\nP1,A,B\n");
        let error = load_csv_bytes(csv.as_bytes(), "my.csv")
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "my.csv, line 2: expected 14 fields like the header, found 3"
        );
        let error = load_csv_bytes(b"  \n", "e.csv").unwrap_err().to_string();
        assert!(error.starts_with("e.csv: the file is empty"), "{error}");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let mut csv = format!("{HEADER}\nP1,").into_bytes();
        csv.extend_from_slice(
            b"\xff\xfe,B,HK,Finance,Banking,Yuzhong,2015,Operating,1,1,1,29,106\n",
        );
        let error = load_csv_bytes(&csv, "gbk.csv").unwrap_err().to_string();
        assert!(
            error.starts_with("gbk.csv, line 2, column 2: the text is not valid UTF-8"),
            "{error}"
        );
    }
}
