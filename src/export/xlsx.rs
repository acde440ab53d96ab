//! Excel workbooks a consultant can hand to a client: a bold, frozen, filterable header, fitted columns, numbers
//! as numbers with `#,##0.0` formats, dates as dates, and an "About" sheet that says where the figures come from.
//!
//! Every text cell is written with `write_string`, so a project called `=HYPERLINK(…)` stays a string and is never
//! run as a formula (no apostrophe is needed, unlike in CSV). Must not depend on egui, eframe or rfd.

use std::io::Write;
use std::sync::mpsc;

use rust_xlsxwriter::{
    ColNum, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, IgnoreError, RowNum,
    Workbook, Worksheet, XlsxError,
};

use super::tables::{Grid, GridCell};
use super::{ExportError, ExportMeta, RowExport, io_error, row_column_header, row_delimited};
use crate::i18n::Lang;
use crate::model::{Cell, ColumnId, ColumnKind, ColumnValues, Field};
use crate::tr;

/// Data rows a sheet can hold under its header: Excel's limit is 1,048,576 rows in all.
pub const MAX_DATA_ROWS: usize = 1_048_575;

/// Excel's column limit (XFD).
const MAX_COLUMNS: usize = 16_384;

/// Widest fitted column, in pixels: about 60 characters, so a long project name does not push the rest of the
/// table off screen.
const MAX_COLUMN_WIDTH_PX: u32 = 60 * 7 + 5;

/// Rows measured when fitting column widths: enough to see typical values, cheap at a million rows.
const AUTOFIT_ROWS: RowNum = 2_000;

/// From this many rows the Projects sheet is streamed to a temporary file row by row (rust_xlsxwriter's "constant
/// memory" mode), so a million-row export needs megabytes rather than gigabytes. Autofit cannot see streamed rows,
/// so those columns are sized from their header and first rows instead.
const STREAM_FROM_ROWS: usize = 50_000;

/// Rows of the Projects sheet whose cells are read from the table at a time, column by column.
const BLOCK_ROWS: usize = 2048;

/// Deflate level of the workbook's parts. A million-row export deflates about a gigabyte of sheet XML, on one
/// thread after the last row. Measured at 1M generated rows (2026-12-03): level 6 (rust_xlsxwriter's default)
/// 22.2 s; level 3 (Excel's own, zlib-rs's "medium" search) about 12.9 s and 136.7 MB; level 2 (its "fast" search,
/// no lazy matches) about 11.5 s and 144.9 MB, 6 % larger for 1.4 s less; level 1 saves about 3 s more but makes
/// the file 38 % larger (188.3 MB), too much for files that are emailed to clients. The XML is the same at every
/// level.
const ZIP_LEVEL: u8 = 2;

/// Excel's number formats for the kinds of values the exports write.
const AMOUNT_FORMAT: &str = "#,##0.0";
const AMOUNT_BILLIONS_FORMAT: &str = "#,##0.000";
const COUNT_FORMAT: &str = "#,##0";
const YEAR_FORMAT: &str = "0";
const COORDINATE_FORMAT: &str = "0.0000";
const PERCENT_FORMAT: &str = "0.0";
const DATE_FORMAT: &str = "yyyy-mm-dd";

/// How the cells of one column of the Projects sheet are written.
#[derive(Clone, Copy)]
enum ColumnStyle {
    Text,
    Amount,
    Year,
    Count,
    Coordinate,
    Number,
    Bool,
    Date,
}

impl ColumnStyle {
    fn of(export: &RowExport<'_>, column: ColumnId) -> Self {
        match column {
            ColumnId::Field(Field::Year) => ColumnStyle::Year,
            ColumnId::Field(Field::Lat | Field::Lon) => ColumnStyle::Coordinate,
            _ => match export.dataset.projects.column_kind(column) {
                ColumnKind::Text | ColumnKind::Category => ColumnStyle::Text,
                ColumnKind::Integer => ColumnStyle::Count,
                ColumnKind::Amount => ColumnStyle::Amount,
                ColumnKind::Number => ColumnStyle::Number,
                ColumnKind::Bool => ColumnStyle::Bool,
                ColumnKind::Date => ColumnStyle::Date,
            },
        }
    }
}

/// The cell formats of a workbook, made once.
struct Styles {
    header: Format,
    amount: Format,
    count: Format,
    year: Format,
    coordinate: Format,
    number: Format,
    percent: Format,
    date: Format,
    total_label: Format,
    total_amount: Format,
    about_field: Format,
    about_value: Format,
}

impl Styles {
    fn new(amount_format: &str) -> Self {
        let total = |format: Format| format.set_bold().set_border_top(FormatBorder::Thin);
        Self {
            header: Format::new()
                .set_bold()
                .set_border_bottom(FormatBorder::Thin),
            amount: Format::new().set_num_format(amount_format),
            count: Format::new().set_num_format(COUNT_FORMAT),
            year: Format::new().set_num_format(YEAR_FORMAT),
            coordinate: Format::new().set_num_format(COORDINATE_FORMAT),
            number: Format::new(),
            percent: Format::new().set_num_format(PERCENT_FORMAT),
            date: Format::new().set_num_format(DATE_FORMAT),
            total_label: total(Format::new()),
            total_amount: total(Format::new().set_num_format(amount_format)),
            about_field: Format::new().set_bold().set_align(FormatAlign::Top),
            about_value: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }

    /// The format every cell of a column of `style` is written in, if there is one.
    fn of_column(&self, style: ColumnStyle) -> Option<&Format> {
        match style {
            ColumnStyle::Amount => Some(&self.amount),
            ColumnStyle::Year => Some(&self.year),
            ColumnStyle::Count => Some(&self.count),
            ColumnStyle::Coordinate => Some(&self.coordinate),
            ColumnStyle::Date => Some(&self.date),
            ColumnStyle::Text | ColumnStyle::Number | ColumnStyle::Bool => None,
        }
    }
}

/// The Excel number format for amounts in `unit` (`"USD m"`, `"CNY bn"`): billions need three decimals, as on
/// screen, or most projects would show as 0.0.
pub fn amount_format(unit: &str) -> &'static str {
    if unit.ends_with("bn") {
        AMOUNT_BILLIONS_FORMAT
    } else {
        AMOUNT_FORMAT
    }
}

/// Fails early, with advice, when a sheet would not fit in Excel.
pub fn check_fits(data_rows: usize, columns: usize) -> Result<(), ExportError> {
    if data_rows > MAX_DATA_ROWS {
        return Err(ExportError::TooManyRows {
            rows: data_rows,
            limit: MAX_DATA_ROWS,
        });
    }
    if columns > MAX_COLUMNS {
        return Err(ExportError::TooManyColumns {
            columns,
            limit: MAX_COLUMNS,
        });
    }
    Ok(())
}

fn encode(error: XlsxError) -> ExportError {
    ExportError::Encode(format!("Excel workbook: {error}"))
}

/// Builds the workbook in memory and writes its bytes: the zip writer needs `Seek`, which the export's writer
/// (a buffered temporary file behind `&mut dyn Write`) does not offer.
fn finish(
    mut workbook: Workbook,
    meta: &ExportMeta,
    mut out: impl Write,
) -> Result<(), ExportError> {
    let properties = DocProperties::new()
        .set_title(meta.title.as_str())
        .set_subject(meta.contents.as_str())
        .set_comment(meta.data.as_str());
    workbook.set_properties(&properties);
    workbook.set_zip_compression_level(ZIP_LEVEL);
    let bytes = workbook.save_to_buffer().map_err(encode)?;
    out.write_all(&bytes).map_err(io_error)
}

/// The Projects workbook of a row export, its headers, sheet names and About sheet in `lang`.
pub fn write_rows(export: &RowExport<'_>, lang: Lang, out: impl Write) -> Result<(), ExportError> {
    write_rows_in_blocks(export, lang, BLOCK_ROWS, out)
}

/// [`write_rows`], the cells read `block` rows at a time (tests vary it; the workbook is the same).
fn write_rows_in_blocks(
    export: &RowExport<'_>,
    lang: Lang,
    block: usize,
    out: impl Write,
) -> Result<(), ExportError> {
    check_fits(export.rows.len(), export.columns.len())?;
    let meta = export.meta_in(lang);
    let styles = Styles::new(AMOUNT_FORMAT);
    let mut workbook = Workbook::new();
    let streamed = export.rows.len() >= STREAM_FROM_ROWS;
    let sheet = if streamed {
        workbook
            .add_worksheet_with_constant_memory()
            .map_err(encode)?
    } else {
        workbook.add_worksheet()
    };
    sheet
        .set_name(tr!(lang, "export-sheet-projects"))
        .map_err(encode)?;
    if streamed {
        size_columns_from_first_rows(sheet, export, lang)?;
    }
    rows_sheet(sheet, export, lang, &styles, streamed, block)?;
    about_sheet(workbook.add_worksheet(), &meta, &styles).map_err(encode)?;
    finish(workbook, &meta, out)
}

/// Column widths from the header and the first rows' text, for a sheet whose rows autofit will not see.
fn size_columns_from_first_rows(
    sheet: &mut Worksheet,
    export: &RowExport<'_>,
    lang: Lang,
) -> Result<(), ExportError> {
    let table = &export.dataset.projects;
    for (index, &column) in export.columns.iter().enumerate() {
        let widest = export
            .rows
            .iter()
            .take(AUTOFIT_ROWS as usize)
            .map(|&row| {
                let mut pseudonym = None;
                let cell = export.cell(column, row as usize, &mut pseudonym);
                cell.to_string().chars().count()
            })
            .chain(std::iter::once(
                header_width(&row_column_header(table, column, lang)) + 2,
            ))
            .max()
            .unwrap_or(0);
        // About 7 px per character of the default font, plus the cell's padding.
        let pixels = (widest as u32 * 7 + 12).min(MAX_COLUMN_WIDTH_PX);
        sheet
            .set_column_width_pixels(col_num(index)?, pixels)
            .map_err(encode)?;
    }
    Ok(())
}

/// One column of the Projects sheet: what it shows, how its cells are written, and the format set on the whole
/// column (its cells of that format are then written without one).
struct SheetColumn<'s> {
    id: ColumnId,
    style: ColumnStyle,
    format: Option<&'s Format>,
}

/// A block of the Projects sheet's rows as read from the table: the cells of each column read from it (none for
/// the names a client-safe export replaces), in row order.
type Block<'a> = Vec<Vec<Cell<'a>>>;

/// Blocks read ahead of the one being written: one is enough for the reader to keep ahead.
const BLOCKS_AHEAD: usize = 1;

fn rows_sheet(
    sheet: &mut Worksheet,
    export: &RowExport<'_>,
    lang: Lang,
    styles: &Styles,
    streamed: bool,
    block_rows: usize,
) -> Result<(), ExportError> {
    let table = &export.dataset.projects;
    for (index, &column) in export.columns.iter().enumerate() {
        sheet
            .write_string_with_format(
                0,
                col_num(index)?,
                row_column_header(table, column, lang),
                &styles.header,
            )
            .map_err(encode)?;
    }
    let columns = sheet_columns(sheet, export, styles, streamed)?;
    // Columns as the table stores them, except the names a client-safe export replaces (read cell by cell).
    let sources: Vec<Option<ColumnValues<'_>>> = export
        .columns
        .iter()
        .map(|&column| {
            let replaced = export.names.are_hidden() && row_delimited::names_column(column);
            (!replaced).then(|| table.values(column))
        })
        .collect();
    // The next block's cells are read on a thread of their own while this one hands the last block's to the
    // workbook: the reads of rows scattered over the table then cost the writer nothing.
    std::thread::scope(|scope| {
        let (full, blocks) = mpsc::sync_channel::<Block<'_>>(BLOCKS_AHEAD);
        let (empty, emptied) = mpsc::channel::<Block<'_>>();
        let (sources, all_rows) = (&sources, export.rows);
        std::thread::Builder::new()
            .name("xlsx-cells".to_owned())
            .spawn_scoped(scope, move || {
                for rows in all_rows.chunks(block_rows) {
                    let mut block = emptied.try_recv().unwrap_or_default();
                    read_block(sources, rows, &mut block);
                    // The writer stopped (a failed cell): nothing more is wanted.
                    if full.send(block).is_err() {
                        return;
                    }
                }
            })
            .map_err(io_error)?;
        for (index, rows) in export.rows.chunks(block_rows).enumerate() {
            // A closed channel is a reader that panicked: the scope reports the panic.
            let Ok(block) = blocks.recv() else { break };
            write_block(
                sheet,
                export,
                &columns,
                styles,
                index * block_rows,
                rows,
                &block,
            )?;
            // The reader may have ended already; then the block is simply freed.
            let _ = empty.send(block);
        }
        Ok::<_, ExportError>(())
    })?;
    // Extra columns are kept as text (an ID such as 500112 or 007 must not lose its form): tell Excel so, or it
    // flags every cell that looks like a number.
    for (index, &column) in export.columns.iter().enumerate() {
        if matches!(column, ColumnId::Extra(_)) && !export.rows.is_empty() {
            let col = col_num(index)?;
            sheet
                .ignore_error_range(
                    1,
                    col,
                    row_num(export.rows.len())?,
                    col,
                    IgnoreError::NumberStoredAsText,
                )
                .map_err(encode)?;
        }
    }
    polish(sheet, export.rows.len(), export.columns.len(), 0, !streamed).map_err(encode)
}

/// The sheet's columns. A streamed sheet gets each numeric column's format set on the column: its cells are then
/// written without one, which spares rust_xlsxwriter hashing the whole `Format` for every cell, and each cell still
/// carries the column's format in the file (rust_xlsxwriter gives an unformatted cell its column's). A sheet that
/// is fitted keeps the formats on its cells: autofit only widens a column that has a format of its own.
fn sheet_columns<'s>(
    sheet: &mut Worksheet,
    export: &RowExport<'_>,
    styles: &'s Styles,
    streamed: bool,
) -> Result<Vec<SheetColumn<'s>>, ExportError> {
    let mut columns = Vec::with_capacity(export.columns.len());
    for (index, &id) in export.columns.iter().enumerate() {
        let style = ColumnStyle::of(export, id);
        let format = streamed.then(|| styles.of_column(style)).flatten();
        if let Some(format) = format {
            // After the widths: a column with options already keeps them and takes the format.
            sheet
                .set_column_format(col_num(index)?, format)
                .map_err(encode)?;
        }
        columns.push(SheetColumn { id, style, format });
    }
    Ok(columns)
}

/// The cells of `rows` of each column that has a source, each column read in a loop of its own.
fn read_block<'a>(sources: &[Option<ColumnValues<'a>>], rows: &[u32], block: &mut Block<'a>) {
    block.resize_with(sources.len(), Vec::new);
    for (source, cells) in sources.iter().zip(block.iter_mut()) {
        match source {
            Some(values) => row_delimited::gather(*values, rows, cells),
            None => cells.clear(),
        }
    }
}

/// Writes the block of `rows` whose first is the sheet's data row `first` (from 0).
fn write_block(
    sheet: &mut Worksheet,
    export: &RowExport<'_>,
    columns: &[SheetColumn<'_>],
    styles: &Styles,
    first: usize,
    rows: &[u32],
    block: &Block<'_>,
) -> Result<(), ExportError> {
    for (offset, &row) in rows.iter().enumerate() {
        let position = first + offset;
        let sheet_row = row_num(position + 1)?;
        for (index, (column, gathered)) in columns.iter().zip(block).enumerate() {
            let mut pseudonym = None;
            let cell = match gathered.get(offset) {
                Some(&cell) => cell,
                None => export.cell(column.id, row as usize, &mut pseudonym),
            };
            write_cell(sheet, sheet_row, col_num(index)?, cell, column, styles).map_err(|e| {
                ExportError::Encode(format!(
                    "Excel workbook, row {}, column “{}”: {e}",
                    position + 1,
                    export.dataset.projects.column_title(column.id)
                ))
            })?;
        }
    }
    Ok(())
}

fn write_cell(
    sheet: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    cell: Cell<'_>,
    column: &SheetColumn<'_>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    match cell {
        // Nothing written is a blank cell, which is what Excel's own "blanks" filter expects.
        Cell::Missing => return Ok(()),
        // Text in a column with a number format (a date before 1900) takes that format too: it still reads as
        // the same text.
        Cell::Text(text) => sheet.write_string(row, col, text)?,
        Cell::Integer(value) => {
            let format = match column.style {
                ColumnStyle::Year => &styles.year,
                _ => &styles.count,
            };
            write_number(sheet, row, col, value as f64, format, column)?
        }
        Cell::Number(value) => {
            let format = match column.style {
                ColumnStyle::Amount => &styles.amount,
                ColumnStyle::Coordinate => &styles.coordinate,
                ColumnStyle::Count => &styles.count,
                _ => &styles.number,
            };
            write_number(sheet, row, col, value, format, column)?
        }
        Cell::Bool(value) => sheet.write_boolean(row, col, value)?,
        Cell::Date(date) => match excel_date(date) {
            Some(excel) if column.has_format(&styles.date) => {
                sheet.write_datetime(row, col, excel)?
            }
            Some(excel) => sheet.write_date_with_format(row, col, &excel, &styles.date)?,
            // Excel has no dates before 1900: keep the ISO text rather than lose the value.
            None => sheet.write_string(row, col, date.to_string())?,
        },
    };
    Ok(())
}

/// Writes `value` in `format`: as a plain number when that is its column's format already. (The plain format is
/// no format at all, so in a formatted column a number would take the column's: no column holds such numbers.)
fn write_number<'w>(
    sheet: &'w mut Worksheet,
    row: RowNum,
    col: ColNum,
    value: f64,
    format: &Format,
    column: &SheetColumn<'_>,
) -> Result<&'w mut Worksheet, XlsxError> {
    if column.has_format(format) {
        sheet.write_number(row, col, value)
    } else {
        sheet.write_number_with_format(row, col, value, format)
    }
}

impl SheetColumn<'_> {
    /// Whether `format` (one of the workbook's [`Styles`]) is the one set on the column.
    fn has_format(&self, format: &Format) -> bool {
        self.format.is_some_and(|own| std::ptr::eq(own, format))
    }
}

fn excel_date(date: crate::model::Date) -> Option<ExcelDateTime> {
    let year = u16::try_from(date.year()).ok()?;
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    ExcelDateTime::from_ymd(year, month, day).ok()
}

/// A breakdown or cross-tab, as shown, with its About sheet.
pub fn write_grid(grid: &Grid<'_>, meta: &ExportMeta, out: impl Write) -> Result<(), ExportError> {
    check_fits(grid.rows.len(), grid.header.len())?;
    let styles = Styles::new(grid.amount_format);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(&grid.sheet_name).map_err(encode)?;
    grid_sheet(sheet, grid, &styles)?;
    about_sheet(workbook.add_worksheet(), meta, &styles).map_err(encode)?;
    finish(workbook, meta, out)
}

fn grid_sheet(sheet: &mut Worksheet, grid: &Grid<'_>, styles: &Styles) -> Result<(), ExportError> {
    for (index, title) in grid.header.iter().enumerate() {
        sheet
            .write_string_with_format(0, col_num(index)?, title, &styles.header)
            .map_err(encode)?;
    }
    let first_total = grid.rows.len() - grid.total_rows.min(grid.rows.len());
    for (position, cells) in grid.rows.iter().enumerate() {
        let row = row_num(position + 1)?;
        let is_total = position >= first_total;
        for (index, cell) in cells.iter().enumerate() {
            let col = col_num(index)?;
            let (text_format, amount_format) = if is_total {
                (Some(&styles.total_label), &styles.total_amount)
            } else {
                (None, &styles.amount)
            };
            let written = match cell {
                GridCell::Blank => match text_format {
                    // Blank but bordered, so the total row reads as one line.
                    Some(format) => sheet.write_blank(row, col, format),
                    None => Ok(&mut *sheet),
                },
                GridCell::Text(text) => match text_format {
                    Some(format) => sheet.write_string_with_format(row, col, text.as_ref(), format),
                    None => sheet.write_string(row, col, text.as_ref()),
                },
                GridCell::TotalLabel => {
                    let format = text_format.unwrap_or(&styles.total_label);
                    sheet.write_string_with_format(row, col, &grid.total_label, format)
                }
                &GridCell::Count(count) => {
                    sheet.write_number_with_format(row, col, count as f64, &styles.count)
                }
                &GridCell::Year(year) => {
                    sheet.write_number_with_format(row, col, f64::from(year), &styles.year)
                }
                &GridCell::Amount(value) => {
                    sheet.write_number_with_format(row, col, value, amount_format)
                }
                &GridCell::Percent(value) => {
                    sheet.write_number_with_format(row, col, value, &styles.percent)
                }
                &GridCell::Number(value) => {
                    sheet.write_number_with_format(row, col, value, &styles.number)
                }
            };
            written.map_err(encode)?;
        }
    }
    // The total row stays outside the filter range, so sorting the groups never moves it.
    polish(
        sheet,
        first_total,
        grid.header.len(),
        grid.frozen_columns,
        true,
    )
    .map_err(encode)
}

/// The header treatment every data sheet gets: frozen, filterable over the data rows, columns fitted.
fn polish(
    sheet: &mut Worksheet,
    filtered_rows: usize,
    columns: usize,
    frozen_columns: usize,
    autofit: bool,
) -> Result<(), XlsxError> {
    let frozen_columns = ColNum::try_from(frozen_columns).unwrap_or(0);
    sheet.set_freeze_panes(1, frozen_columns)?;
    if columns > 0 {
        // Both fit: `check_fits` ran before anything was written.
        let last_row = RowNum::try_from(filtered_rows).unwrap_or(RowNum::MAX);
        let last_col = ColNum::try_from(columns - 1).unwrap_or(ColNum::MAX);
        sheet.autofilter(0, 0, last_row, last_col)?;
    }
    // After the autofilter, so the fitted header leaves room for the filter button.
    if autofit {
        sheet
            .set_autofit_max_row(AUTOFIT_ROWS)
            .set_autofit_max_width(MAX_COLUMN_WIDTH_PX)
            .autofit();
    }
    Ok(())
}

/// The "About" sheet: a Field / Value table built from the same [`ExportMeta`] that JSON and RON exports carry.
fn about_sheet(sheet: &mut Worksheet, meta: &ExportMeta, styles: &Styles) -> Result<(), XlsxError> {
    let lang = meta.language;
    sheet.set_name(tr!(lang, "export-sheet-about"))?;
    sheet.write_string_with_format(0, 0, tr!(lang, "export-about-field"), &styles.header)?;
    sheet.write_string_with_format(0, 1, tr!(lang, "export-about-value"), &styles.header)?;
    for (row, (field, value)) in (1..).zip(meta.about()) {
        sheet.write_string_with_format(row, 0, field, &styles.about_field)?;
        sheet.write_string_with_format(row, 1, value, &styles.about_value)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    // Fixed widths rather than autofit: the values are sentences, wrapped in a readable column.
    sheet.set_column_width(0, 16)?;
    sheet.set_column_width(1, 100)?;
    Ok(())
}

/// The width of a header in Excel's character units: a Chinese character takes about two.
fn header_width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

fn row_num(index: usize) -> Result<RowNum, ExportError> {
    RowNum::try_from(index)
        .ok()
        .filter(|&r| (r as usize) <= MAX_DATA_ROWS)
        .ok_or_else(|| ExportError::Encode(format!("row {index} is beyond Excel's last row")))
}

fn col_num(index: usize) -> Result<ColNum, ExportError> {
    ColNum::try_from(index)
        .ok()
        .filter(|&c| (c as usize) < MAX_COLUMNS)
        .ok_or_else(|| ExportError::Encode(format!("column {index} is beyond Excel's last column")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;
    use crate::query::{Filter, Names, Pseudonyms};
    use std::io::Read;

    /// Every part of a workbook but the two that carry the time of the export (properties, About sheet).
    fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut parts = Vec::new();
        for index in 0..archive.len() {
            let mut file = archive.by_index(index).unwrap();
            let name = file.name().unwrap().into_owned();
            // Time-stamped: the creation time and the About sheet (the export time, to the second).
            if name == "docProps/core.xml" || name == "xl/worksheets/sheet2.xml" {
                continue;
            }
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            // The shared strings hold the Projects sheet's text and the About sheet's export time too.
            if name == "xl/sharedStrings.xml" {
                blank_timestamps(&mut content);
            }
            parts.push((name, content));
        }
        parts
    }

    /// Overwrites every `2026-12-02T18:21:27Z` with zeros.
    fn blank_timestamps(bytes: &mut [u8]) {
        const SHAPE: &[u8; 20] = b"0000-00-00T00:00:00Z";
        let fits = |window: &[u8]| {
            window.iter().zip(SHAPE).all(|(b, shape)| match shape {
                b'0' => b.is_ascii_digit(),
                other => b == other,
            })
        };
        for start in 0..bytes.len().saturating_sub(SHAPE.len() - 1) {
            if fits(&bytes[start..start + SHAPE.len()]) {
                bytes[start..start + SHAPE.len()].copy_from_slice(SHAPE);
            }
        }
    }

    #[test]
    fn the_projects_sheet_is_the_same_read_in_blocks_of_any_size() {
        let dataset = Dataset::generated(3_000);
        let table = &dataset.projects;
        let columns: Vec<ColumnId> = table.columns().collect();
        let mut rows: Vec<u32> = (0..table.len() as u32).rev().step_by(2).collect();
        rows.sort_by(|&a, &b| {
            table.contracted_usd_m[a as usize].total_cmp(&table.contracted_usd_m[b as usize])
        });
        let pseudonyms = Pseudonyms::new(table);
        for names in [Names::Real, Names::Pseudonyms(&pseudonyms, Lang::ZhHans)] {
            let export = RowExport {
                dataset: &dataset,
                rows: &rows,
                columns: &columns,
                filter: &Filter::default(),
                sort: &[],
                names,
            };
            let workbook = |block| {
                let mut bytes = Vec::new();
                write_rows_in_blocks(&export, Lang::En, block, &mut bytes).unwrap();
                parts(&bytes)
            };
            // One row a block reads every cell on its own, as the sheet was written before blocks.
            let cell_by_cell = workbook(1);
            assert!(
                cell_by_cell
                    .iter()
                    .any(|(name, _)| name == "xl/worksheets/sheet1.xml")
            );
            for block in [BLOCK_ROWS, 7] {
                let blocks = workbook(block);
                assert_eq!(blocks.len(), cell_by_cell.len());
                for ((name, content), (_, expected)) in blocks.iter().zip(&cell_by_cell) {
                    assert!(content == expected, "{name} differs in blocks of {block}");
                }
            }
        }
    }
}
