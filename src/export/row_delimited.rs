//! A row export as CSV or TSV: the file of a million-row export, in well under a second (issue 14).
//!
//! What makes it fast changes no byte of the file:
//! - each column is looked at once per export, not once per cell ([`ProjectTable::values`]), and a dictionary's
//!   labels are neutralised and quoted once, not on every row;
//! - rows are formatted a block at a time, column by column, each column's cells of the block read first in a loop
//!   with nothing else in it: the table's scattered reads in display order overlap instead of stalling the
//!   formatting of each cell (the profile of issue 14: half the time was those stalls);
//! - blocks are formatted on worker threads, each into its own buffer, and written in order by the caller's
//!   thread.
//!
//! Quoting and neutralising are [`Quoting`]'s, the one rule of every delimited file. Must not depend on egui,
//! eframe or rfd.

use std::io::Write;
use std::sync::mpsc;

use super::delimited::{DelimitedWriter, Quoting};
use super::{DATA_STATUS_COLUMN, ExportError, RowExport, delimited_header, io_error};
use crate::i18n::Lang;
use crate::model::columns::{CategoryColumn, Code, Codes, with_codes};
use crate::model::{Cell, ColumnId, ColumnValues, Field, ProjectTable};
use crate::tr;

/// Rows formatted at a time: a few hundred KiB of text, which stays in the cache until it is interleaved.
const BLOCK_ROWS: usize = 2048;

/// Most threads formatting blocks: past this the one thread that writes them is the limit.
const MAX_WORKERS: usize = 4;

/// Writes `export`'s header and rows, fields separated by `delimiter`, the header in `lang`.
pub(super) fn write(
    export: &RowExport<'_>,
    delimiter: u8,
    lang: Lang,
    out: impl Write,
) -> Result<(), ExportError> {
    write_in_blocks(export, delimiter, lang, (BLOCK_ROWS, workers()), out)
}

/// [`write`], `blocking.0` rows a block formatted on `blocking.1` threads (tests vary both; the file is the same).
fn write_in_blocks(
    export: &RowExport<'_>,
    delimiter: u8,
    lang: Lang,
    (block, workers): (usize, usize),
    mut out: impl Write,
) -> Result<(), ExportError> {
    let data_status = export.needs_data_status();
    let table = &export.dataset.projects;
    let mut header = DelimitedWriter::new(&mut out, delimiter);
    // Header names are a file's text too: an extra column called `=HYPERLINK(…)` is neutralised like a cell.
    let mut names: Vec<String> = export
        .columns
        .iter()
        .map(|&column| delimited_header(table, column, lang))
        .collect();
    if data_status {
        names.push(DATA_STATUS_COLUMN.to_owned());
    }
    header.text_record(names)?;
    header.finish()?;
    let rows = Rows::new(export, delimiter, data_status.then_some(lang));
    rows.write(export.rows, block, workers, &mut out)?;
    out.flush().map_err(io_error)
}

/// Threads to format blocks on: the cores there are, up to [`MAX_WORKERS`].
fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, |cores| cores.get().min(MAX_WORKERS))
}

/// Where one exported column's cells come from, resolved once per export.
enum Source<'a> {
    /// Dictionary codes, each label already a finished field (neutralised, quoted); a missing or unknown code is
    /// an empty field.
    Labels {
        codes: Codes<'a>,
        fields: Vec<Vec<u8>>,
    },
    /// Anything else the table stores (text, numbers, dates, flags): a block's cells read first, then formatted.
    Values(ColumnValues<'a>),
    /// A name column of a client-safe export: each cell's pseudonym, or the name where there is none.
    Pseudonyms(ColumnId),
    /// The [`DATA_STATUS_COLUMN`].
    Status,
}

impl<'a> Source<'a> {
    fn of(export: &'a RowExport<'a>, column: ColumnId, quoting: &Quoting) -> Self {
        if export.names.are_hidden() && names_column(column) {
            return Source::Pseudonyms(column);
        }
        match export.dataset.projects.values(column) {
            ColumnValues::Category(category) => labels(category, quoting),
            values => Source::Values(values),
        }
    }
}

/// The two columns that client-safe exports replace with pseudonyms ([`crate::query::Names::replacement`]).
pub(super) fn names_column(column: ColumnId) -> bool {
    matches!(column, ColumnId::Field(Field::Name | Field::Investor))
}

fn labels<'a>(category: &'a CategoryColumn, quoting: &Quoting) -> Source<'a> {
    let fields = category
        .labels()
        .iter()
        .map(|label| {
            let mut field = Vec::new();
            quoting.push_text(label, &mut field);
            field
        })
        .collect();
    Source::Labels {
        codes: category.codes(),
        fields,
    }
}

/// The cells of `rows` in `values`, each kind of column read in a loop of its own: with nothing but the reads in
/// it, the reads of rows scattered over the table overlap instead of each waiting for memory in turn.
pub(super) fn gather<'a>(values: ColumnValues<'a>, rows: &[u32], cells: &mut Vec<Cell<'a>>) {
    fn read<'a>(rows: &[u32], cells: &mut Vec<Cell<'a>>, cell: impl Fn(usize) -> Cell<'a>) {
        cells.extend(rows.iter().map(|&row| cell(row as usize)));
    }
    cells.clear();
    // Each arm's `cell` knows its kind, so the match inside `ColumnValues::cell` is gone from the loop.
    match values {
        ColumnValues::Text(v) => read(rows, cells, |row| ColumnValues::Text(v).cell(row)),
        ColumnValues::Category(v) => read(rows, cells, |row| ColumnValues::Category(v).cell(row)),
        ColumnValues::Numbers(v) => read(rows, cells, |row| ColumnValues::Numbers(v).cell(row)),
        ColumnValues::Counts(v) => read(rows, cells, |row| ColumnValues::Counts(v).cell(row)),
        ColumnValues::Years(v) => read(rows, cells, |row| ColumnValues::Years(v).cell(row)),
        ColumnValues::Flags(v) => read(rows, cells, |row| ColumnValues::Flags(v).cell(row)),
        ColumnValues::Dates(v) => read(rows, cells, |row| ColumnValues::Dates(v).cell(row)),
        ColumnValues::Absent => cells.resize(rows.len(), Cell::Missing),
    }
}

/// The [`DATA_STATUS_COLUMN`]'s fields, finished once: "synthetic sample", the file's description, and each source
/// label that is not blank (a row with a blank source gets the file's).
struct DataStatus {
    synthetic: Vec<u8>,
    file: Vec<u8>,
    /// By source code; `None` for a blank label.
    sources: Vec<Option<Vec<u8>>>,
}

impl DataStatus {
    fn new(export: &RowExport<'_>, lang: Lang, quoting: &Quoting) -> Self {
        let field = |text: &str| {
            let mut field = Vec::new();
            quoting.push_text(text, &mut field);
            field
        };
        Self {
            synthetic: field(&tr!(lang, "data-synthetic")),
            file: field(&export.dataset.provenance.describe()),
            sources: export
                .dataset
                .projects
                .source
                .labels()
                .iter()
                .map(|label| (!label.trim().is_empty()).then(|| field(label)))
                .collect(),
        }
    }
}

/// Everything the blocks are formatted from, shared read-only by the threads.
struct Rows<'a> {
    export: &'a RowExport<'a>,
    delimiter: u8,
    quoting: Quoting,
    sources: Vec<Source<'a>>,
    status: Option<DataStatus>,
}

/// One thread's reused buffers: each column's fields of a block back to back, and where each field ends.
#[derive(Default)]
struct Scratch<'a> {
    columns: Vec<(Vec<u8>, Vec<usize>)>,
    /// One column's cells of a block, read before they are formatted.
    cells: Vec<Cell<'a>>,
    codes: Vec<u32>,
    /// A cell's plain text before it is copied into its column.
    plain: String,
}

impl<'a> Rows<'a> {
    /// The rows of `export`, and a [`DATA_STATUS_COLUMN`] in `status_lang` when there is one.
    fn new(export: &'a RowExport<'a>, delimiter: u8, status_lang: Option<Lang>) -> Self {
        let quoting = Quoting::new(delimiter);
        let mut sources: Vec<Source<'a>> = export
            .columns
            .iter()
            .map(|&column| Source::of(export, column, &quoting))
            .collect();
        let status = status_lang.map(|lang| DataStatus::new(export, lang, &quoting));
        if status.is_some() {
            sources.push(Source::Status);
        }
        Self {
            export,
            delimiter,
            quoting,
            sources,
            status,
        }
    }

    /// Writes the records of `rows`, `block` rows at a time, formatted on `workers` threads.
    fn write(
        &self,
        rows: &[u32],
        block: usize,
        workers: usize,
        out: &mut impl Write,
    ) -> Result<(), ExportError> {
        // A record of no columns is never written, as the writer before this one did not.
        if self.sources.is_empty() || rows.is_empty() {
            return Ok(());
        }
        let blocks = rows.len().div_ceil(block);
        if workers < 2 || blocks < 2 {
            return self.write_here(rows, block, out);
        }
        std::thread::scope(|scope| {
            let mut lanes = Vec::with_capacity(workers);
            for worker in 0..workers {
                match self.spawn(scope, rows, block, worker, workers) {
                    Ok(lane) => lanes.push(lane),
                    // No thread to be had: format here instead (the threads already started end when their lanes
                    // are dropped).
                    Err(_) => {
                        drop(lanes);
                        return self.write_here(rows, block, out);
                    }
                }
            }
            for index in 0..blocks {
                let lane = &lanes[index % workers];
                // A closed lane is a worker that panicked: the scope reports the panic.
                let Ok(bytes) = lane.full.recv() else { break };
                out.write_all(&bytes).map_err(io_error)?;
                // The worker may have ended already; then the buffer is simply freed.
                let _ = lane.empty.send(bytes);
            }
            Ok(())
        })
    }

    /// Formats and writes every block on this thread.
    fn write_here(
        &self,
        rows: &[u32],
        block: usize,
        out: &mut impl Write,
    ) -> Result<(), ExportError> {
        let mut scratch = Scratch::default();
        let mut bytes = Vec::new();
        for rows in rows.chunks(block) {
            bytes.clear();
            self.format_block(rows, &mut scratch, &mut bytes);
            out.write_all(&bytes).map_err(io_error)?;
        }
        Ok(())
    }

    /// Starts worker `worker` of `workers`, which formats blocks `worker`, `worker + workers`, … in order.
    fn spawn<'scope>(
        &'scope self,
        scope: &'scope std::thread::Scope<'scope, '_>,
        rows: &'scope [u32],
        block: usize,
        worker: usize,
        workers: usize,
    ) -> std::io::Result<Lane> {
        // One block waiting while the next is formatted: memory stays a few blocks per worker.
        let (full, full_rx) = mpsc::sync_channel::<Vec<u8>>(1);
        let (empty, empty_rx) = mpsc::channel::<Vec<u8>>();
        std::thread::Builder::new()
            .name(format!("export-rows-{worker}"))
            .spawn_scoped(scope, move || {
                let mut scratch = Scratch::default();
                for rows in rows.chunks(block).skip(worker).step_by(workers) {
                    let mut bytes = empty_rx.try_recv().unwrap_or_default();
                    bytes.clear();
                    self.format_block(rows, &mut scratch, &mut bytes);
                    // The writer stopped (a failed write): nothing more is wanted.
                    if full.send(bytes).is_err() {
                        return;
                    }
                }
            })?;
        Ok(Lane {
            full: full_rx,
            empty,
        })
    }

    /// Appends the records of `rows` to `out`: each column's fields first, then interleaved row by row.
    fn format_block(&self, rows: &[u32], scratch: &mut Scratch<'a>, out: &mut Vec<u8>) {
        let Scratch {
            columns,
            cells,
            codes,
            plain,
        } = scratch;
        columns.resize_with(self.sources.len(), Default::default);
        for (source, (bytes, ends)) in self.sources.iter().zip(columns.iter_mut()) {
            bytes.clear();
            ends.clear();
            match source {
                Source::Labels { codes: all, fields } => {
                    codes.clear();
                    // A missing code is past the labels, so it finds no field: an empty one.
                    with_codes!(*all, |all| codes.extend(rows.iter().map(|&row| {
                        all.get(row as usize)
                            .map_or(u32::MAX, |code| code.index() as u32)
                    })));
                    for &code in codes.iter() {
                        let field = fields.get(code as usize).map_or(&[][..], Vec::as_slice);
                        bytes.extend_from_slice(field);
                        ends.push(bytes.len());
                    }
                }
                Source::Values(values) => {
                    gather(*values, rows, cells);
                    for &cell in cells.iter() {
                        self.push_cell(cell, bytes, plain);
                        ends.push(bytes.len());
                    }
                }
                Source::Pseudonyms(column) => {
                    for &row in rows {
                        let mut pseudonym = None;
                        let cell = self.export.cell(*column, row as usize, &mut pseudonym);
                        self.push_cell(cell, bytes, plain);
                        ends.push(bytes.len());
                    }
                }
                Source::Status => {
                    let Some(status) = &self.status else { continue };
                    let table = &self.export.dataset.projects;
                    for &row in rows {
                        bytes.extend_from_slice(self.status_field(table, status, row as usize));
                        ends.push(bytes.len());
                    }
                }
            }
        }
        interleave(columns, rows.len(), self.delimiter, out);
    }

    /// Appends one cell as a field: text neutralised and quoted, anything else in its plain form.
    fn push_cell(&self, cell: Cell<'_>, bytes: &mut Vec<u8>, plain: &mut String) {
        match cell {
            Cell::Text(text) => self.quoting.push_text(text, bytes),
            // Numbers, dates and flags: never a delimiter, quote or line end in them.
            cell => {
                plain.clear();
                cell.push_plain(plain);
                bytes.extend_from_slice(plain.as_bytes());
            }
        }
    }

    /// A row's [`DATA_STATUS_COLUMN`] field: the synthetic sample's label for a synthetic row, else the row's own
    /// source (or, without one, the file it came from).
    fn status_field<'s>(
        &self,
        table: &ProjectTable,
        status: &'s DataStatus,
        row: usize,
    ) -> &'s [u8] {
        let synthetic = match table.is_synthetic.get(row).copied().flatten() {
            Some(synthetic) => synthetic,
            None => self.export.dataset.provenance.is_synthetic,
        };
        if synthetic {
            return &status.synthetic;
        }
        let source = table
            .source
            .code(row)
            .and_then(|code| status.sources.get(code as usize))
            .and_then(Option::as_ref);
        source.map_or(&status.file, |source| source)
    }
}

/// Appends `rows` records to `out`, record `i` the `i`th field of each column, separated by `delimiter`.
fn interleave(columns: &[(Vec<u8>, Vec<usize>)], rows: usize, delimiter: u8, out: &mut Vec<u8>) {
    let mut starts: Vec<usize> = vec![0; columns.len()];
    for row in 0..rows {
        let record_start = out.len();
        for (index, ((bytes, ends), start)) in columns.iter().zip(&mut starts).enumerate() {
            if index > 0 {
                out.push(delimiter);
            }
            let end = ends.get(row).copied().unwrap_or(*start);
            out.extend_from_slice(bytes.get(*start..end).unwrap_or_default());
            *start = end;
        }
        // A record of one empty field would read back as a blank line, which readers skip.
        if out.len() == record_start {
            out.extend_from_slice(b"\"\"");
        }
        out.push(b'\n');
    }
}

/// A worker's two channels: formatted blocks to the writer, and emptied buffers back for reuse.
struct Lane {
    full: mpsc::Receiver<Vec<u8>>,
    empty: mpsc::Sender<Vec<u8>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::delimited::ColumnCells;
    use crate::model::{DataSource, Dataset};
    use crate::query::{Filter, Names, Pseudonyms};
    use proptest::prelude::*;

    /// The writer this module replaced, as it was: every cell through `ProjectTable::cell`, gathered in
    /// [`ColumnCells`] and written by [`DelimitedWriter::rows`]. The oracle every file must match byte for byte.
    fn previous_writer(export: &RowExport<'_>, delimiter: u8, lang: Lang) -> Vec<u8> {
        let mut out = Vec::new();
        let mut writer = DelimitedWriter::new(&mut out, delimiter);
        let data_status = export.needs_data_status();
        let table = &export.dataset.projects;
        let mut header: Vec<String> = export
            .columns
            .iter()
            .map(|&column| delimited_header(table, column, lang))
            .collect();
        if data_status {
            header.push(DATA_STATUS_COLUMN.to_owned());
        }
        writer.text_record(header).unwrap();
        let synthetic = tr!(lang, "data-synthetic");
        let file = export.dataset.provenance.describe();
        let status = |row: usize| -> &str {
            let is_synthetic = match table.is_synthetic.get(row).copied().flatten() {
                Some(synthetic) => synthetic,
                None => export.dataset.provenance.is_synthetic,
            };
            if is_synthetic {
                return &synthetic;
            }
            match table.source.get(row) {
                Some(source) if !source.trim().is_empty() => source,
                _ => &file,
            }
        };
        let mut cells: Vec<ColumnCells> = (0..export.columns.len() + usize::from(data_status))
            .map(|_| ColumnCells::default())
            .collect();
        for run in export.rows.chunks(2048) {
            cells.iter_mut().for_each(ColumnCells::clear);
            for (&column, cells) in export.columns.iter().zip(&mut cells) {
                for &row in run {
                    let row = row as usize;
                    match export.names.replacement(column, row) {
                        Some(pseudonym) => cells.push_text(&pseudonym),
                        None => cells.push(table.cell(column, row)),
                    }
                }
            }
            if let Some(cells) = cells.get_mut(export.columns.len()) {
                for &row in run {
                    cells.push_text(status(row as usize));
                }
            }
            writer.rows(&cells).unwrap();
        }
        writer.finish().unwrap();
        out
    }

    fn written(
        export: &RowExport<'_>,
        delimiter: u8,
        lang: Lang,
        blocking: (usize, usize),
    ) -> Vec<u8> {
        let mut out = Vec::new();
        write_in_blocks(export, delimiter, lang, blocking, &mut out).unwrap();
        out
    }

    /// Text that exercises quoting and neutralising: delimiters, quotes, line ends, formula starts, CJK, blanks.
    fn hostile_text() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just(" ".to_owned()),
            "[=+@\\-\t]?[a-z ,;\"\n\r\t'香港]{0,8}",
            "[A-C]",
        ]
    }

    /// A row of the test file: text fields hostile, typed fields valid or blank.
    fn row() -> impl Strategy<Value = Vec<String>> {
        let number = prop_oneof![
            Just(String::new()),
            (-1e6f64..1e6).prop_map(|n| n.to_string())
        ];
        let year = prop_oneof![
            Just(String::new()),
            (1980..2030i32).prop_map(|y| y.to_string())
        ];
        let flag = prop_oneof![
            Just(String::new()),
            Just("true".to_owned()),
            Just("false".to_owned())
        ];
        let date = prop_oneof![
            Just(String::new()),
            (1990..2025i32, 1..13u32, 1..29u32).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
        ];
        (
            (
                hostile_text(),
                hostile_text(),
                hostile_text(),
                hostile_text(),
            ),
            (year, number.clone(), number.clone(), flag.clone(), flag),
            (
                hostile_text(),
                date.clone(),
                "[A-C]?",
                hostile_text(),
                number,
                date,
            ),
        )
            .prop_map(
                |(
                    (id, name, investor, sector),
                    (year, amount, employees, liangjiang, synthetic),
                    (source, signed, grade, note, score, due),
                )| {
                    vec![
                        id, name, investor, sector, year, amount, employees, liangjiang, synthetic,
                        source, signed, grade, note, score, due,
                    ]
                },
            )
    }

    const HEADER: &str = "id,name,investor,sector,year,contracted_usd_m,employees,in_liangjiang,is_synthetic,\
        source,contract_date,grade,note,score,due";

    /// The rows as a CSV file, loaded the way the app loads one (extra columns typed as it types them).
    fn dataset(rows: &[Vec<String>]) -> Option<Dataset> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(HEADER.split(',')).ok()?;
        for row in rows {
            writer.write_record(row).ok()?;
        }
        let bytes = writer.into_inner().ok()?;
        Dataset::from_bytes(
            &bytes,
            "hostile.csv",
            DataSource::Embedded,
            &Default::default(),
            &Default::default(),
        )
        .ok()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn every_file_is_the_previous_writers_byte_for_byte(
            rows in prop::collection::vec(row(), 1..40),
            picks in prop::collection::vec(any::<prop::sample::Index>(), 0..60),
            columns in prop::collection::vec(any::<prop::sample::Index>(), 0..20),
            tab in any::<bool>(),
            hidden in any::<bool>(),
            synthetic in any::<bool>(),
            lang in prop::sample::select(vec![Lang::En, Lang::ZhHans, Lang::ZhHant]),
            block in 1..6usize,
            workers in 1..4usize,
        ) {
            let mut dataset = dataset(&rows).expect("the test file loads");
            // Rows with nothing in them are not loaded; a file of only those is not a table.
            if dataset.projects.is_empty() {
                return Ok(());
            }
            // A file's rows may all be synthetic: rows that do not say take the file's word.
            dataset.provenance.is_synthetic |= synthetic;
            let table = &dataset.projects;
            let all: Vec<ColumnId> = table.columns().collect();
            // Any columns in any order, repeats included; any rows in any order.
            let columns: Vec<ColumnId> = columns.iter().map(|index| *index.get(&all)).collect();
            let picked: Vec<u32> = picks.iter().map(|index| index.index(table.len()) as u32).collect();
            let pseudonyms = Pseudonyms::new(table);
            let export = RowExport {
                dataset: &dataset,
                rows: &picked,
                columns: &columns,
                filter: &Filter::default(),
                sort: &[],
                names: if hidden { Names::Pseudonyms(&pseudonyms, lang) } else { Names::Real },
            };
            let delimiter = if tab { b'\t' } else { b',' };
            let expected = previous_writer(&export, delimiter, lang);
            let actual = written(&export, delimiter, lang, (block, workers));
            prop_assert_eq!(String::from_utf8_lossy(&actual), String::from_utf8_lossy(&expected));
        }
    }

    #[test]
    fn the_generated_data_is_written_as_before_in_blocks_on_threads() {
        let dataset = Dataset::generated(5_000);
        let table = &dataset.projects;
        let columns: Vec<ColumnId> = table.columns().collect();
        // Display order: by amount, as the bench exports.
        let mut rows: Vec<u32> = (0..table.len() as u32).collect();
        rows.sort_by(|&a, &b| {
            table.contracted_usd_m[a as usize].total_cmp(&table.contracted_usd_m[b as usize])
        });
        let export = RowExport {
            dataset: &dataset,
            rows: &rows,
            columns: &columns,
            filter: &Filter::default(),
            sort: &[],
            names: Names::Real,
        };
        for lang in [Lang::En, Lang::ZhHant] {
            let expected = previous_writer(&export, b',', lang);
            assert!(
                expected.len() > 500_000,
                "a real file: {} bytes",
                expected.len()
            );
            for blocking in [(BLOCK_ROWS, 1), (BLOCK_ROWS, 2), (777, 3)] {
                assert!(
                    written(&export, b',', lang, blocking) == expected,
                    "{lang:?} {blocking:?}"
                );
            }
        }
    }

    #[test]
    fn a_failed_write_on_threads_is_an_io_error() {
        /// Takes a few blocks, then is full.
        struct FillsUp(usize);
        impl Write for FillsUp {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                if self.0 < bytes.len() {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::StorageFull,
                        "disk full",
                    ));
                }
                self.0 -= bytes.len();
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let rows: Vec<Vec<String>> = (0..200)
            .map(|i| {
                let mut row = vec![String::new(); 15];
                row[0] = format!("ID-{i}");
                row[1] = format!("Project {i}");
                row
            })
            .collect();
        let dataset = dataset(&rows).unwrap();
        let columns: Vec<ColumnId> = dataset.projects.columns().collect();
        let picked: Vec<u32> = (0..200).collect();
        let export = RowExport {
            dataset: &dataset,
            rows: &picked,
            columns: &columns,
            filter: &Filter::default(),
            sort: &[],
            names: Names::Real,
        };
        let result = write_in_blocks(&export, b',', Lang::En, (7, 2), FillsUp(2_000));
        assert!(matches!(result, Err(ExportError::Io { .. })), "{result:?}");
    }
}
