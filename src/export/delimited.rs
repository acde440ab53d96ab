//! CSV and TSV of the selection's rows, written a chunk of rows at a time and, within a chunk, column by column.
//!
//! Rows come in display order, so nearly every cell read is a cache miss. One column at a time, the chunk's cells
//! are first gathered (independent reads whose misses overlap), then formatted into one reused byte buffer (no
//! `String` per cell), then written out row by row. Must not depend on egui, eframe or rfd.

use std::io::Write;

use super::{ExportError, RowExport, io_error, needs_neutralising};
use crate::model::Cell;

/// Rows formatted per chunk: big enough to amortise the column switch, small enough for the cache.
const CHUNK_ROWS: usize = 2048;

/// Writes the header and every row of `export`, `delimiter`-separated, text neutralised against formulas.
pub(super) fn write_delimited(
    export: &RowExport<'_>,
    delimiter: u8,
    out: impl Write,
) -> Result<(), ExportError> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out);
    let encode = |e: csv::Error| ExportError::Encode(e.to_string());
    writer.write_record(export.header()).map_err(encode)?;
    let table = &export.dataset.projects;
    let width = export.columns.len();
    let mut text: Vec<u8> = Vec::new();
    // Byte range of cell (row i of the chunk, column c) in `text`, at `i * width + c`.
    let mut cells: Vec<(usize, usize)> = Vec::new();
    let mut values: Vec<Cell<'_>> = Vec::with_capacity(CHUNK_ROWS);
    for chunk in export.rows.chunks(CHUNK_ROWS) {
        text.clear();
        cells.clear();
        cells.resize(chunk.len() * width, (0, 0));
        for (c, &column) in export.columns.iter().enumerate() {
            // Gather first, format after: the gather's reads are independent of each other, so the processor
            // overlaps their cache misses instead of waiting for each between two cells' formatting.
            values.clear();
            values.extend(chunk.iter().map(|&row| table.cell(column, row as usize)));
            for (i, &cell) in values.iter().enumerate() {
                let start = text.len();
                push_cell(&mut text, cell);
                cells[i * width + c] = (start, text.len());
            }
        }
        for row in cells.chunks(width.max(1)) {
            for &(start, end) in row {
                writer.write_field(&text[start..end]).map_err(encode)?;
            }
            writer.write_record(None::<&[u8]>).map_err(encode)?;
        }
    }
    writer.flush().map_err(io_error)
}

/// Appends the cell's plain text (as [`Cell`]'s `Display`), text with a leading `'` where a spreadsheet would run
/// it as a formula.
fn push_cell(out: &mut Vec<u8>, cell: Cell<'_>) {
    match cell {
        Cell::Text(text) => {
            if needs_neutralising(text) {
                out.push(b'\'');
            }
            out.extend_from_slice(text.as_bytes());
        }
        Cell::Missing => {}
        other => {
            // Writing to a Vec cannot fail.
            let _ = write!(out, "{other}");
        }
    }
}
