//! The most the loaders read from one file, so that a damaged or hostile file is refused with a message before it
//! can take the machine's memory: every allocation whose size a file decides is checked against one of these first.
//!
//! The numbers are generous for real project lists (a full Excel sheet of 1,048,576 rows fits in 32 columns) and
//! the README states them. Tests build a [`Limits`] with small numbers to reach each limit cheaply. Must not depend
//! on egui, eframe or rfd.

/// Every limit in one place; [`Limits::STANDARD`] is what the app uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Rows × columns of the table a sheet or a JSON/RON file becomes (empty cells count: the table stores them).
    pub table_cells: usize,
    /// Columns of a sheet, and distinct keys of JSON/RON rows (Excel's last column is XFD, the 16,384th).
    pub columns: usize,
    /// Rows of a sheet (Excel's and LibreOffice's last row is 1,048,576): a cell beyond is no cell of a real sheet.
    pub sheet_rows: usize,
    /// Cells of the XLS and ODS sheets, summed over the workbook: the spreadsheet library reads those formats whole,
    /// every sheet into a full grid, so this bounds the grid before it is built (XLS's own grid is 65,536 × 256).
    pub grid_cells: usize,
    /// Shared strings of an XLSX/XLSB workbook (announced or present).
    pub shared_strings: usize,
    /// Unpacked bytes of one part of a ZIP-based workbook (XLSX, XLSB, ODS).
    pub part_bytes: u64,
    /// Unpacked bytes of all parts together.
    pub archive_bytes: u64,
    /// Parts in the ZIP archive.
    pub parts: usize,
    /// Unpacked ÷ packed size above which a part is taken for a zip bomb (real workbooks pack 5–20 times)…
    pub packing_ratio: u64,
    /// …once the part unpacks to more than this (small parts compress very well and are harmless).
    pub ratio_checked_from: u64,
    /// Bytes of an XML part with no markup: a text or a tag longer than this is no cell (Excel holds at most
    /// 32,767 characters in one), and the XML reader would hold it whole.
    pub xml_run_bytes: usize,
}

impl Limits {
    pub const STANDARD: Limits = Limits {
        table_cells: 1 << 25,
        columns: 16_384,
        sheet_rows: 1 << 20,
        grid_cells: 1 << 24,
        shared_strings: 1 << 23,
        part_bytes: 2 << 30,
        archive_bytes: 4 << 30,
        parts: 10_000,
        packing_ratio: 200,
        ratio_checked_from: 8 << 20,
        xml_run_bytes: 4 << 20,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::STANDARD
    }
}
