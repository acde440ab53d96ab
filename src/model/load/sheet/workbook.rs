//! Reads one sheet of a spreadsheet file (XLSX, XLSM, XLSB, XLS, ODS) from memory into [`RawRows`].
//!
//! Before the spreadsheet library (calamine) sees the bytes, [`check_archive`] or [`check_compound`] makes sure
//! it cannot be made to allocate without bound; XLSX and XLSB sheets are then read cell by cell, XLS and ODS sheets
//! (which the library reads whole) as the grids those checks bounded, and [`table_rows`] finds the table among the
//! filled cells. Should the library still panic on a damaged file, the panic becomes a message and is not printed.
//! Must not depend on egui, eframe or rfd.

use std::cell::RefCell;
use std::io::Cursor;

use calamine::{
    Data, DataRef, ExcelDateTime, Ods, OdsError, Reader, SheetType, SheetVisible, Sheets, Xls,
    XlsError, Xlsb, XlsbError, Xlsx, XlsxError,
};

use super::RawRows;
use super::archive::check_archive;
use super::compound::check_compound;
use super::extent::{SheetCell, table_rows};
use super::guard::catch_quietly;
use crate::model::error::{Container, LoadError, Problem, WorkbookProblem};
use crate::model::load::limits::Limits;

/// One sheet of a workbook, read as text cells, and the names of all its sheets (for a sheet picker).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workbook {
    pub sheet_names: Vec<String>,
    /// The sheet read into `rows` (index into `sheet_names`).
    pub sheet: usize,
    pub rows: RawRows,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// OLE compound files: .xls, and also password-protected .xlsx (an encrypted package inside a compound file).
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// A spreadsheet refused, reading no sheet (see [`Problem::Workbook`]).
fn workbook_error(path: &str, problem: WorkbookProblem) -> LoadError {
    sheet_error(path, None, problem)
}

/// A spreadsheet refused while reading `sheet`.
fn sheet_error(path: &str, sheet: Option<String>, problem: WorkbookProblem) -> LoadError {
    LoadError::Format {
        path: path.into(),
        problem: Problem::Workbook {
            sheet,
            problem: Box::new(problem),
        },
    }
}

/// A refusal while reading one sheet: the sheet's name and why.
type SheetRefusal = (String, WorkbookProblem);

/// The largest serial Excel shows as a date (9999-12-31 is 2958465); beyond it a "date" cell is just a number.
const MAX_EXCEL_SERIAL: f64 = 2_958_466.0;

type Book<'a> = Sheets<Cursor<&'a [u8]>>;

/// Reads one sheet of an XLSX, XLSM, XLSB, XLS or ODS file from memory: `sheet` by index, or the first non-empty
/// sheet when `None` (visible worksheets first, then hidden ones). The table is the area of the filled cells (see
/// [`table_rows`]); `lines` are the real sheet row numbers (1-based, so "row 7" matches what Excel shows); empty
/// rows inside the table are kept.
///
/// Errors: not a workbook -> `Format` naming what was expected (a web page saved as .xls says so), a
/// password-protected, damaged or oversized file -> `Format` in plain words, sheet index out of range or an empty
/// chosen sheet -> `Format` listing the sheet names, a workbook whose sheets are all empty -> `Empty`.
pub fn read_workbook(
    bytes: &[u8],
    path: &str,
    sheet: Option<usize>,
) -> Result<Workbook, LoadError> {
    read_workbook_within(bytes, path, sheet, &Limits::STANDARD)
}

/// [`read_workbook`] with other limits (tests reach them with small files).
pub fn read_workbook_within(
    bytes: &[u8],
    path: &str,
    sheet: Option<usize>,
    limits: &Limits,
) -> Result<Workbook, LoadError> {
    if bytes.is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    if bytes.starts_with(ZIP_MAGIC) {
        check_archive(bytes, limits).map_err(|message| workbook_error(path, message))?;
    } else if bytes.starts_with(CFB_MAGIC) {
        check_compound(bytes, limits).map_err(|message| workbook_error(path, message))?;
    } else {
        return Err(workbook_error(path, not_a_workbook(bytes)));
    }
    // The sheet being read when the library gave up, for the message.
    let reading = RefCell::new(None::<String>);
    catch_quietly(|| read_unguarded(bytes, path, sheet, limits, &reading)).unwrap_or_else(|panic| {
        Err(sheet_error(
            path,
            reading.borrow().clone(),
            WorkbookProblem::ReaderStopped { detail: panic },
        ))
    })
}

/// What a file without a workbook's signature is instead.
fn not_a_workbook(bytes: &[u8]) -> WorkbookProblem {
    match markup_kind(bytes) {
        Some(Markup::WebPage) => WorkbookProblem::WebPage,
        Some(Markup::XmlSpreadsheet) => WorkbookProblem::XmlSpreadsheet,
        None => WorkbookProblem::NotAWorkbook { holds: None },
    }
}

/// Text formats that Excel saves under a workbook's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    WebPage,
    XmlSpreadsheet,
}

/// Whether the start of the file is an HTML page or an Excel 2003 XML spreadsheet (both open in Excel as .xls).
pub fn markup_kind(bytes: &[u8]) -> Option<Markup> {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = start.get(..start.len().min(4096))?.trim_ascii_start();
    if !start.starts_with(b"<") {
        return None;
    }
    let lower = start.to_ascii_lowercase();
    let has = |needle: &[u8]| memchr::memmem::find(&lower, needle).is_some();
    if has(b"urn:schemas-microsoft-com:office:spreadsheet") {
        Some(Markup::XmlSpreadsheet)
    } else if has(b"<html") || has(b"<table") || has(b"<!doctype html") {
        Some(Markup::WebPage)
    } else {
        None
    }
}

fn read_unguarded(
    bytes: &[u8],
    path: &str,
    sheet: Option<usize>,
    limits: &Limits,
    reading: &RefCell<Option<String>>,
) -> Result<Workbook, LoadError> {
    let mut book = open_book(bytes).map_err(|problem| workbook_error(path, problem))?;
    let sheet_names = book.sheet_names();
    if sheet_names.is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    let mut read = |book: &mut Book<'_>, index: usize| {
        let name = sheet_names.get(index).cloned().unwrap_or_default();
        *reading.borrow_mut() = Some(name.clone());
        read_sheet(book, index, &name, limits).map_err(|problem| (name, problem))
    };
    let (sheet, rows) = match sheet {
        Some(index) => {
            let Some(name) = sheet_names.get(index) else {
                return Err(LoadError::Format {
                    path: path.into(),
                    problem: Problem::NoSuchSheet {
                        sheet: index.saturating_add(1),
                        sheets: sheet_names.clone(),
                    },
                });
            };
            let rows = read(&mut book, index)
                .map_err(|(name, problem)| sheet_error(path, Some(name), problem))?;
            if rows.is_empty() {
                return Err(LoadError::Format {
                    path: path.into(),
                    problem: Problem::EmptySheet {
                        name: name.clone(),
                        sheets: sheet_names.clone(),
                    },
                });
            }
            (index, rows)
        }
        None => first_filled_sheet(&mut book, path, &mut read)?,
    };
    Ok(Workbook {
        sheet_names,
        sheet,
        rows,
    })
}

/// The first sheet with any content: visible worksheets in order, then the others (hidden sheets often hold lookup
/// lists, not the table the user means). A sheet that cannot be read is skipped unless no other sheet has content.
fn first_filled_sheet(
    book: &mut Book<'_>,
    path: &str,
    read: &mut impl FnMut(&mut Book<'_>, usize) -> Result<RawRows, SheetRefusal>,
) -> Result<(usize, RawRows), LoadError> {
    let shown =
        |s: &calamine::Sheet| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible;
    let metadata = book.sheets_metadata();
    let order: Vec<usize> = (0..metadata.len())
        .filter(|&i| metadata.get(i).is_some_and(shown))
        .chain((0..metadata.len()).filter(|&i| !metadata.get(i).is_some_and(shown)))
        .collect();
    let mut first_error = None;
    for index in order {
        match read(book, index) {
            Ok(rows) if !rows.is_empty() => return Ok((index, rows)),
            Ok(_) => {}
            Err(refusal) => {
                first_error.get_or_insert(refusal);
            }
        }
    }
    Err(match first_error {
        Some((name, problem)) => sheet_error(path, Some(name), problem),
        None => LoadError::Empty { path: path.into() },
    })
}

/// The filled cells of sheet `index` as the table they make. XLSX and XLSB sheets stream cell by cell; XLS and
/// ODS sheets the library has read whole already (within the bounds checked before it opened the file).
fn read_sheet(
    book: &mut Book<'_>,
    index: usize,
    name: &str,
    limits: &Limits,
) -> Result<RawRows, WorkbookProblem> {
    let mut cells = Vec::new();
    let mut keep = |row: u32, column: u32, value: &DataRef<'_>| -> Result<(), WorkbookProblem> {
        let Some(cell) = sheet_cell(row, column, value) else {
            return Ok(());
        };
        if cells.len() >= limits.table_cells {
            return Err(WorkbookProblem::FilledCells {
                limit: limits.table_cells,
            });
        }
        cells.push(cell);
        Ok(())
    };
    match book {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(name)
                .map_err(|e| describe_calamine_error(&e.into()))?;
            while let Some(cell) = reader
                .next_cell()
                .map_err(|e| describe_calamine_error(&e.into()))?
            {
                let (row, column) = cell.get_position();
                keep(row, column, cell.get_value())?;
            }
        }
        Sheets::Xlsb(xlsb) => {
            let mut reader = xlsb
                .worksheet_cells_reader(name)
                .map_err(|e| describe_calamine_error(&e.into()))?;
            while let Some(cell) = reader
                .next_cell()
                .map_err(|e| describe_calamine_error(&e.into()))?
            {
                let (row, column) = cell.get_position();
                keep(row, column, cell.get_value())?;
            }
        }
        Sheets::Xls(_) | Sheets::Ods(_) => match book.worksheet_range_at(index) {
            Some(Ok(range)) => {
                let (top, left) = range.start().unwrap_or_default();
                for (row, column, data) in range.used_cells() {
                    // Positions in the range are relative to its start, which is inside the sheet's grid.
                    let row = top.saturating_add(u32::try_from(row).unwrap_or(u32::MAX));
                    let column = left.saturating_add(u32::try_from(column).unwrap_or(u32::MAX));
                    keep(row, column, &data_ref(data))?;
                }
            }
            Some(Err(e)) => return Err(describe_calamine_error(&e)),
            None => {}
        },
    }
    table_rows(cells, limits)
}

/// A cell as [`table_rows`] takes it; `None` for an empty cell.
fn sheet_cell(row: u32, column: u32, value: &DataRef<'_>) -> Option<SheetCell> {
    let (text, error) = match value {
        DataRef::Empty => return None,
        DataRef::Error(error) => (error.to_string(), true),
        other => (cell_text(other), false),
    };
    (!text.is_empty() || error).then_some(SheetCell {
        row,
        column,
        text,
        error,
    })
}

/// A whole-sheet cell as a borrowed one, so both readers share [`cell_text`].
fn data_ref(data: &Data) -> DataRef<'_> {
    match data {
        Data::Int(value) => DataRef::Int(*value),
        Data::Float(value) => DataRef::Float(*value),
        Data::String(text) => DataRef::SharedString(text),
        Data::Bool(value) => DataRef::Bool(*value),
        Data::DateTime(value) => DataRef::DateTime(*value),
        Data::DateTimeIso(text) => DataRef::DateTimeIso(text.clone()),
        Data::DurationIso(text) => DataRef::DurationIso(text.clone()),
        Data::Error(error) => DataRef::Error(error.clone()),
        Data::Empty => DataRef::Empty,
    }
}

/// Opens the workbook by its signature rather than by trying every reader, so a damaged file gets the error of
/// the format it claims to be instead of "cannot detect the format".
fn open_book(bytes: &[u8]) -> Result<Book<'_>, WorkbookProblem> {
    let cursor = Cursor::new(bytes);
    if bytes.starts_with(ZIP_MAGIC) {
        open_zip_book(bytes, cursor)
    } else if bytes.starts_with(CFB_MAGIC) {
        match Xls::new(cursor.clone()) {
            Ok(book) => Ok(Sheets::Xls(book)),
            Err(XlsError::Password) => Err(WorkbookProblem::Password),
            // A password-protected .xlsx is a compound file holding an EncryptedPackage stream; calamine's
            // XLSX reader is the one that recognises it.
            Err(_) if matches!(Xlsx::new(cursor), Err(XlsxError::Password)) => {
                Err(WorkbookProblem::Password)
            }
            Err(XlsError::Cfb(cfb)) if is_stream_not_found(&cfb) => {
                Err(WorkbookProblem::NotAWorkbook {
                    holds: Some(Container::Compound),
                })
            }
            Err(e) => Err(describe_calamine_error(&calamine::Error::Xls(e))),
        }
    } else {
        Err(not_a_workbook(bytes))
    }
}

/// calamine's CFB error type is private; its message ("Cannot find Workbook stream") is the only way to tell a Word
/// or other Office file from a damaged spreadsheet.
fn is_stream_not_found(error: &impl std::fmt::Display) -> bool {
    error.to_string().starts_with("Cannot find")
}

/// XLSX, XLSB and ODS are all ZIP archives; their part names, stored as plain text in the archive, say which.
fn open_zip_book<'a>(
    bytes: &'a [u8],
    cursor: Cursor<&'a [u8]>,
) -> Result<Book<'a>, WorkbookProblem> {
    let has = |name: &[u8]| memchr::memmem::find(bytes, name).is_some();
    let xlsx = || {
        Xlsx::new(cursor.clone())
            .map(Sheets::Xlsx)
            .map_err(calamine::Error::from)
    };
    let xlsb = || {
        Xlsb::new(cursor.clone())
            .map(Sheets::Xlsb)
            .map_err(calamine::Error::from)
    };
    let ods = || {
        Ods::new(cursor.clone())
            .map(Sheets::Ods)
            .map_err(calamine::Error::from)
    };
    let opened = if has(b"xl/workbook.bin") {
        xlsb()
    } else if has(b"xl/workbook.xml") {
        xlsx()
    } else if has(b"opendocument.spreadsheet") {
        ods()
    } else {
        // No known part name: some other ZIP file (a .docx, an archive), unless a reader recognises it anyway.
        return xlsx().or_else(|_| xlsb()).or_else(|_| ods()).map_err(|_| {
            WorkbookProblem::NotAWorkbook {
                holds: Some(Container::Zip),
            }
        });
    };
    opened.map_err(|e| describe_calamine_error(&e))
}

/// calamine's error as a problem, with its own text kept for a support request.
fn describe_calamine_error(error: &calamine::Error) -> WorkbookProblem {
    let password = matches!(
        error,
        calamine::Error::Xlsx(XlsxError::Password)
            | calamine::Error::Xls(XlsError::Password)
            | calamine::Error::Xlsb(XlsbError::Password)
            | calamine::Error::Ods(OdsError::Password)
    );
    if password {
        WorkbookProblem::Password
    } else {
        WorkbookProblem::Damaged {
            detail: error.to_string(),
        }
    }
}

/// One spreadsheet cell as text (see [`RawRows`]).
fn cell_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Int(value) => value.to_string(),
        DataRef::Float(value) => value.to_string(),
        DataRef::String(text) | DataRef::DurationIso(text) => text.clone(),
        DataRef::SharedString(text) => (*text).to_owned(),
        DataRef::Bool(value) => value.to_string(),
        DataRef::DateTime(value) => excel_date_text(value),
        DataRef::DateTimeIso(text) => iso_date_text(text),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// A date-formatted Excel serial as ISO text: "2015-06-30", "2015-06-30 14:05:00", a time alone ("14:05:00") for a
/// serial under one day, and "37:30:00" for a duration format such as `[h]:mm:ss`.
fn excel_date_text(value: &ExcelDateTime) -> String {
    let serial = value.as_f64();
    if value.is_duration() {
        return duration_text(serial);
    }
    if !(0.0..MAX_EXCEL_SERIAL).contains(&serial) {
        // Outside Excel's calendar (or NaN): Excel itself shows ####, so the number is the honest text.
        return serial.to_string();
    }
    // calamine converts with the workbook's own epoch (1900 or 1904) and Excel's 1900 leap-year bug.
    let (year, month, day, hour, minute, second, milli) = value.to_ymd_hms_milli();
    let mut time = format!("{hour:02}:{minute:02}:{second:02}");
    if milli != 0 {
        time.push_str(&format!(".{milli:03}"));
    }
    if serial < 1.0 {
        return time;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    if (hour, minute, second, milli) == (0, 0, 0, 0) {
        date
    } else {
        format!("{date} {time}")
    }
}

/// A duration in days as hours:minutes:seconds, hours unbounded as in Excel's `[h]:mm:ss`.
fn duration_text(days: f64) -> String {
    if !days.is_finite() {
        return days.to_string();
    }
    let seconds = (days * 86_400.0).round();
    let sign = if seconds < 0.0 { "-" } else { "" };
    // Saturating float-to-int conversion: absurd durations stay absurd rather than wrapping.
    let total = seconds.abs() as u64;
    format!(
        "{sign}{}:{:02}:{:02}",
        total / 3600,
        total / 60 % 60,
        total % 60
    )
}

/// ODS dates come as ISO text ("2015-06-30T14:05:00"); written like the Excel ones, midnight as the date alone.
fn iso_date_text(text: &str) -> String {
    match text.split_once('T') {
        Some((date, time)) if time.trim_start_matches(['0', ':', '.']).is_empty() => date.into(),
        Some((date, time)) => format!("{date} {time}"),
        None => text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_xlsxwriter::{ExcelDateTime as XlsxDate, Format, Formula};

    fn strings(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| row.iter().map(|cell| (*cell).to_owned()).collect())
            .collect()
    }

    /// Sheet 1 "封面" is empty; sheet 2 "项目" has a title row over Chinese headers, numbers, dates, an empty cell, a
    /// formula error and an empty row inside; sheet 3 "汇总" starts at C5.
    fn sample_workbook() -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet().set_name("封面").unwrap();

        let sheet = book.add_worksheet().set_name("项目").unwrap();
        sheet.write_string(0, 0, "重庆港资项目").unwrap();
        for (column, header) in ["项目名称", "合同外资(万美元)", "签约日期", "备注"]
            .into_iter()
            .enumerate()
        {
            sheet.write_string(1, column as u16, header).unwrap();
        }
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let stamp = Format::new().set_num_format("yyyy-mm-dd hh:mm");
        sheet.write_string(2, 0, "港口物流园").unwrap();
        sheet.write_number(2, 1, 1250.5).unwrap();
        let signed = XlsxDate::from_ymd(2015, 6, 30).unwrap();
        sheet
            .write_datetime_with_format(2, 2, &signed, &date)
            .unwrap();
        // D3 left empty.
        sheet.write_string(3, 0, "商业中心").unwrap();
        sheet.write_number(3, 1, 12.0).unwrap();
        let signed = XlsxDate::from_ymd(2016, 1, 2)
            .unwrap()
            .and_hms(14, 5, 0)
            .unwrap();
        sheet
            .write_datetime_with_format(3, 2, &signed, &stamp)
            .unwrap();
        sheet
            .write_formula(3, 3, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
        // Row 5 left empty.
        sheet.write_string(5, 0, "写字楼").unwrap();
        sheet.write_boolean(5, 1, true).unwrap();
        sheet.write_number(5, 3, -3.0).unwrap();

        let summary = book.add_worksheet().set_name("汇总").unwrap();
        summary.write_string(4, 2, "区县").unwrap();
        summary.write_string(4, 3, "项目数").unwrap();
        summary.write_string(5, 2, "渝中区").unwrap();
        summary.write_number(5, 3, 3).unwrap();
        book.save_to_buffer().unwrap()
    }

    #[test]
    fn reads_the_first_filled_sheet_of_an_xlsx_with_real_row_numbers() {
        let book = read_workbook(&sample_workbook(), "p.xlsx", None).unwrap();
        assert_eq!(book.sheet_names, ["封面", "项目", "汇总"]);
        assert_eq!(book.sheet, 1);
        assert_eq!(
            book.rows.to_dense(),
            strings(&[
                &["重庆港资项目", "", "", ""],
                &["项目名称", "合同外资(万美元)", "签约日期", "备注"],
                &["港口物流园", "1250.5", "2015-06-30", ""],
                &["商业中心", "12", "2016-01-02 14:05:00", ""],
                &["", "", "", ""],
                &["写字楼", "true", "", "-3"],
            ])
        );
        assert_eq!(book.rows.lines, [1, 2, 3, 4, 5, 6]);
        assert_eq!(book.rows.error_cells, [(4, 4, "#DIV/0!".to_owned())]);
    }

    #[test]
    fn reads_a_sheet_by_index_keeping_leading_empty_rows_in_the_line_numbers() {
        let book = read_workbook(&sample_workbook(), "p.xlsx", Some(2)).unwrap();
        assert_eq!(book.sheet, 2);
        assert_eq!(
            book.rows.to_dense(),
            strings(&[&["区县", "项目数"], &["渝中区", "3"]])
        );
        assert_eq!(book.rows.lines, [5, 6]);
        assert!(book.rows.error_cells.is_empty());
    }

    #[test]
    fn a_missing_or_empty_sheet_is_a_format_error_naming_the_sheets() {
        let bytes = sample_workbook();
        let missing = read_workbook(&bytes, "p.xlsx", Some(3)).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "p.xlsx: the workbook has no sheet 4; its sheets are \"封面\", \"项目\", \"汇总\""
        );
        let empty = read_workbook(&bytes, "p.xlsx", Some(0)).unwrap_err();
        assert_eq!(
            empty.to_string(),
            "p.xlsx: sheet \"封面\" is empty; choose another of the sheets \"封面\", \"项目\", \"汇总\""
        );
    }

    #[test]
    fn by_default_a_visible_sheet_comes_before_a_hidden_one() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let lookup = book.add_worksheet().set_name("lists").unwrap();
        lookup.write_string(0, 0, "code").unwrap();
        lookup.set_hidden(true);
        // Excel shows the active sheet, so a hidden first sheet needs another one active.
        let data = book.add_worksheet().set_name("data").unwrap();
        data.write_string(0, 0, "id").unwrap();
        data.set_active(true);
        let bytes = book.save_to_buffer().unwrap();
        let read = read_workbook(&bytes, "h.xlsx", None).unwrap();
        assert_eq!((read.sheet, read.rows.to_dense()), (1, strings(&[&["id"]])));
        let hidden = read_workbook(&bytes, "h.xlsx", Some(0)).unwrap();
        assert_eq!(hidden.rows.to_dense(), strings(&[&["code"]]));
    }

    #[test]
    fn a_workbook_with_only_empty_sheets_is_empty() {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet();
        book.add_worksheet();
        let bytes = book.save_to_buffer().unwrap();
        let error = read_workbook(&bytes, "blank.xlsx", None).unwrap_err();
        assert!(matches!(error, LoadError::Empty { .. }), "{error}");
    }

    #[test]
    fn text_and_damaged_files_are_format_errors() {
        let error = read_workbook(b"id,name\nP1,a\n", "p.xlsx", None).unwrap_err();
        assert!(matches!(error, LoadError::Format { .. }));
        assert!(
            matches!(
                &error,
                LoadError::Format {
                    problem: Problem::Workbook {
                        sheet: None,
                        problem,
                    },
                    ..
                } if **problem == WorkbookProblem::NotAWorkbook { holds: None }
            ),
            "{error:?}"
        );
        let bytes = sample_workbook();
        let cut = bytes.get(..bytes.len() / 2).unwrap();
        let error = read_workbook(cut, "cut.xlsx", None).unwrap_err();
        assert!(matches!(error, LoadError::Format { .. }));
        assert!(
            matches!(
                &error,
                LoadError::Format {
                    problem: Problem::Workbook { problem, .. },
                    ..
                } if matches!(**problem, WorkbookProblem::Damaged { .. })
            ),
            "{error:?}"
        );
        let error = read_workbook(b"", "none.xlsx", None).unwrap_err();
        assert!(matches!(error, LoadError::Empty { .. }));
    }

    #[test]
    fn excel_serials_become_iso_text() {
        use calamine::ExcelDateTimeType::{DateTime, TimeDelta};
        let text = |serial, kind| excel_date_text(&ExcelDateTime::new(serial, kind, false));
        assert_eq!(text(42185.0, DateTime), "2015-06-30");
        assert_eq!(text(42185.5, DateTime), "2015-06-30 12:00:00");
        assert_eq!(text(0.25, DateTime), "06:00:00");
        assert_eq!(text(61.0, DateTime), "1900-03-01");
        assert_eq!(text(-1.0, DateTime), "-1");
        assert_eq!(text(1.5625, TimeDelta), "37:30:00");
        let date_1904 = ExcelDateTime::new(0.0 + 1.0, DateTime, true);
        assert_eq!(excel_date_text(&date_1904), "1904-01-02");
        assert_eq!(iso_date_text("2015-06-30T00:00:00"), "2015-06-30");
        assert_eq!(iso_date_text("2015-06-30T14:05:00"), "2015-06-30 14:05:00");
        assert_eq!(iso_date_text("2015-06-30"), "2015-06-30");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = read_workbook(&bytes, "x.xlsx", None);
            for magic in [ZIP_MAGIC, CFB_MAGIC] {
                let mut prefixed = magic.to_vec();
                prefixed.extend_from_slice(&bytes);
                let _ = read_workbook(&prefixed, "x.xlsx", Some(0));
            }
        }

        #[test]
        fn corrupted_workbooks_never_panic(position in 0usize..100_000, byte in any::<u8>()) {
            let mut bytes = sample_workbook();
            let len = bytes.len();
            if let Some(b) = bytes.get_mut(position % len) {
                *b = byte;
            }
            let _ = read_workbook(&bytes, "x.xlsx", None);
        }
    }
}
