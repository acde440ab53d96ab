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

/// Files at least this large are parsed on two threads (each half into its own table, then joined).
const PARALLEL_FROM_BYTES: usize = 8 << 20;

/// Parses a project CSV. `path` is only used in error messages.
pub fn load_csv_bytes(bytes: &[u8], path: &str) -> Result<ProjectTable, LoadError> {
    load_csv_bytes_split(bytes, path, PARALLEL_FROM_BYTES)
}

/// [`load_csv_bytes`], splitting the body in two when it is at least `parallel_from` bytes.
fn load_csv_bytes_split(
    bytes: &[u8],
    path: &str,
    parallel_from: usize,
) -> Result<ProjectTable, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: path.into() });
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut header = ::csv::ByteRecord::new();
    match reader.read_byte_record(&mut header) {
        Ok(true) => {}
        Ok(false) => return Err(LoadError::Empty { path: path.into() }),
        Err(e) => return Err(csv_error(path, &e, 0)),
    }
    let body_start = usize::try_from(reader.position().byte())
        .unwrap_or(bytes.len())
        .min(bytes.len());
    let names = header
        .iter()
        .enumerate()
        .map(|(i, name)| {
            std::str::from_utf8(name).map_err(|_| LoadError::Encoding {
                path: path.into(),
                line: 1,
                column: i + 1,
                encoding: "UTF-8".into(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;

    let mut table = ProjectTable::with_capacity(bytes.len() / 150 + 1);
    let (slots, absent) = assign_slots(&names, &mut table, path)?;
    let layout = Layout {
        path,
        names: &names,
        slots: &slots,
        absent: &absent,
    };
    let body = &bytes[body_start..];
    let lines_before =
        |offset: usize| memchr::memchr_iter(b'\n', &bytes[..body_start + offset]).count() as u64;
    match split_point(body, parallel_from) {
        None => {
            layout.parse_chunk(body, lines_before(0), &mut table)?;
            table.finish();
        }
        Some(split) => {
            let (head, tail) = body.split_at(split);
            let tail_lines = lines_before(split);
            let template = table.empty_like();
            let layout = &layout;
            let second = std::thread::scope(|scope| {
                let worker = std::thread::Builder::new()
                    .name("csv-parser".into())
                    .spawn_scoped(scope, move || {
                        let mut part = template;
                        layout.parse_chunk(tail, tail_lines, &mut part)?;
                        part.finish();
                        Ok(part)
                    });
                let first = layout
                    .parse_chunk(head, lines_before(0), &mut table)
                    .map(|()| table.finish());
                let second = match worker {
                    Ok(handle) => handle.join().unwrap_or_else(|_| {
                        Err(LoadError::Format {
                            path: path.into(),
                            message: "the parser thread stopped unexpectedly".into(),
                        })
                    }),
                    Err(error) => Err(LoadError::Format {
                        path: path.into(),
                        message: format!("cannot start a parser thread: {error}"),
                    }),
                };
                // The first error in file order is the one to report.
                first.and(second)
            })?;
            // Both parts are finished (size bands, search text): joining them completes the table.
            table.append(&second);
        }
    }
    Ok(table)
}

/// Where to cut the body in two, at a line break outside quotes, or `None` to parse it in one go.
/// A line break is outside quotes when an even number of `"` precede it (RFC 4180 escapes `"` as `""`).
fn split_point(body: &[u8], parallel_from: usize) -> Option<usize> {
    if body.len() < parallel_from.max(2) {
        return None;
    }
    let middle = body.len() / 2;
    let mut quotes = memchr::memchr_iter(b'"', &body[..middle]).count();
    let mut from = middle;
    for newline in memchr::memchr_iter(b'\n', &body[middle..]).map(|i| middle + i) {
        quotes += memchr::memchr_iter(b'"', &body[from..newline]).count();
        from = newline;
        if quotes.is_multiple_of(2) {
            let split = newline + 1;
            return (split < body.len()).then_some(split);
        }
    }
    None
}

/// How the file's columns map to the table: shared by the threads that parse its parts.
struct Layout<'a> {
    path: &'a str,
    names: &'a [&'a str],
    slots: &'a [Slot],
    absent: &'a [Field],
}

impl Layout<'_> {
    /// Parses records (no header) into `table`; `lines_before` is the file line just before `chunk` starts.
    fn parse_chunk(
        &self,
        chunk: &[u8],
        lines_before: u64,
        table: &mut ProjectTable,
    ) -> Result<(), LoadError> {
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(chunk);
        let mut record = ::csv::ByteRecord::new();
        let mut row = RowParser {
            path: self.path,
            names: self.names,
            line: lines_before,
        };
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => return Ok(()),
                Err(e) => return Err(csv_error(self.path, &e, lines_before)),
            }
            row.line = lines_before + record.position().map_or(0, ::csv::Position::line);
            if record.len() != self.names.len() {
                // A blank line at the very end is not a row.
                if record.len() == 1 && record.get(0).is_some_and(<[u8]>::is_empty) {
                    continue;
                }
                return Err(LoadError::Malformed {
                    path: self.path.into(),
                    line: row.line,
                    message: format!(
                        "expected {} fields like the header, found {}",
                        self.names.len(),
                        record.len()
                    ),
                });
            }
            for (column, (value, slot)) in record.iter().zip(self.slots).enumerate() {
                row.parse_cell(table, *slot, column, value)?;
            }
            for &field in self.absent {
                row.parse_cell(table, Slot::Field(field), usize::MAX, b"")?;
            }
        }
    }
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
            encoding: "UTF-8".into(),
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

/// A csv-crate error as a located [`LoadError`]; `lines_before` places a chunk's lines in the file.
fn csv_error(path: &str, error: &::csv::Error, lines_before: u64) -> LoadError {
    let line = lines_before + error.position().map_or(0, ::csv::Position::line);
    let message = match error.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} fields like the header, found {len}"),
        ::csv::ErrorKind::Utf8 { err, .. } => {
            return LoadError::Encoding {
                path: path.into(),
                line,
                column: err.field() + 1,
                encoding: "UTF-8".into(),
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

    #[test]
    fn the_split_is_at_a_line_break_outside_quotes() {
        let body = b"a,\"x\ny\",1\nb,\"z\",2\nc,w,3\n";
        let split = split_point(body, 0).unwrap();
        assert_eq!(&body[..split], b"a,\"x\ny\",1\nb,\"z\",2\n");
        assert_eq!(split_point(body, usize::MAX), None);
        assert_eq!(split_point(b"one line, no break", 0), None);
    }

    /// Every cell of a table as text, to compare two parses.
    fn cells(table: &ProjectTable) -> Vec<String> {
        (0..table.len())
            .flat_map(|row| table.columns().map(move |c| table.cell(c, row).to_string()))
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        #[test]
        fn parsing_in_two_halves_equals_parsing_in_one(
            names in proptest::collection::vec("[a-z ,\"\n]{0,12}", 1..40),
            bad_row in proptest::option::of(0usize..40),
        ) {
            let mut csv = format!("{HEADER},note\n");
            for (i, name) in names.iter().enumerate() {
                let quoted = format!("\"{}\"", name.replace('"', "\"\""));
                let amount = if bad_row == Some(i) { "x1" } else { "1.5" };
                csv.push_str(&format!(
                    "P{i},{quoted},Inv,HK,Sector {},Sub,District {},2015,Operating,{amount},1,2,29.5,106.5,{quoted}\n",
                    i % 3,
                    i % 4
                ));
            }
            let whole = load_csv_bytes_split(csv.as_bytes(), "t.csv", usize::MAX);
            let halves = load_csv_bytes_split(csv.as_bytes(), "t.csv", 0);
            match (whole, halves) {
                (Ok(whole), Ok(halves)) => {
                    proptest::prop_assert_eq!(cells(&whole), cells(&halves));
                    proptest::prop_assert_eq!(whole.sector.labels().len(), halves.sector.labels().len());
                }
                (Err(whole), Err(halves)) => proptest::prop_assert_eq!(whole.to_string(), halves.to_string()),
                (whole, halves) => proptest::prop_assert!(false, "{:?} vs {:?}", whole.is_ok(), halves.is_ok()),
            }
        }
    }
}
