//! The body of delimited text (the records below the header) parsed in blocks, on every core, straight from a
//! reader: a file is streamed block by block, so it never sits in memory whole.
//!
//! The reader's bytes are cut into blocks of about [`BlockPlan::block_bytes`] at a line break that an even number
//! of quotes precede (outside quotes, as RFC 4180 escapes `"` as `""`). Each block is tokenised into its own part
//! of the table, on a pool of named threads: a record that is one line without a quote (most records) is split at
//! its delimiters by vector searches, any other by the block's own `csv-core` reader. The parts are joined in file
//! order as they arrive. The quote count is only a guess (a stray quote in an unquoted field, `5" wide`, throws it
//! off), so every part checks its own end: a block that ends inside a quoted field was cut in the wrong place, and
//! the file is cut again from that block's last complete record, in a block that reaches past the old end. Every
//! block therefore starts where a one-thread parse would start a record, and the result is exactly that parse's
//! (a property test checks it against the `csv` crate's reader).
//!
//! Must not depend on egui, eframe or rfd.

use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom};
use std::sync::atomic::Ordering;
use std::sync::{Mutex, mpsc};

use super::builder::{Record, RecordBatch, RecordLayout, TableBuilder};
use super::open::Progress;
use super::quality::QualityReport;
use super::sniff::Dialect;
use super::values;
use crate::model::error::{LoadError, Problem};
use crate::model::table::ProjectTable;

/// How a body is read: block size and threads (tests use tiny blocks to exercise every boundary).
#[derive(Clone, Copy, Debug)]
pub struct BlockPlan {
    pub block_bytes: usize,
    /// Parser threads; 1 parses on the calling thread.
    pub threads: usize,
}

impl BlockPlan {
    /// 2 MiB blocks: large enough that a block's fixed costs stay small, small enough that the blocks in flight
    /// and their parts stay a few dozen MB (against 4 MiB, measured at 1M rows: the same time, 23 MiB less peak
    /// memory; at 10M rows 8 % slower).
    pub const BLOCK_BYTES: usize = 2 << 20;

    /// Blocks of the default size on every core (at most 8: the join becomes the limit beyond that).
    pub fn all_cores() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Self {
            block_bytes: Self::BLOCK_BYTES,
            threads: cores.clamp(1, 8),
        }
    }
}

/// Why a body could not be read.
#[derive(Debug)]
pub enum BodyError {
    /// A located error for the user (I/O, cancelled, a parser thread that failed).
    Load(LoadError),
    /// The streamed read cannot go on: a block is not valid UTF-8 (the file may be GBK after a long ASCII start,
    /// or damaged, which the whole file's decoder locates), or the file changed since it was inspected. The caller
    /// reads and decodes the whole file instead.
    ReadWholeFile,
}

impl From<LoadError> for BodyError {
    fn from(error: LoadError) -> Self {
        BodyError::Load(error)
    }
}

/// What every block's parse shares.
pub struct BodyReader<'a> {
    pub dialect: &'a Dialect,
    pub layout: &'a RecordLayout,
    pub path: &'a str,
    pub progress: &'a Progress,
    /// Line breaks in the file before the body (the header and any title lines).
    pub lines_before: u64,
}

impl BodyReader<'_> {
    /// Parses every record `reader` gives from its current position to its end into one table.
    pub fn read<R: Read + Seek>(
        &self,
        mut reader: R,
        plan: BlockPlan,
    ) -> Result<(ProjectTable, QualityReport), BodyError> {
        let base = reader.stream_position().map_err(|e| self.io_error(e))?;
        let mut cutter = Cutter::new(reader, base, self.dialect.quote, plan.block_bytes.max(1));
        cutter.lines_before = self.lines_before;
        let mut join = Join::new(self.layout);
        // Building csv-core's reader builds its state machine: done once per thread, and reset for each block.
        // (Not cloned: csv-core 0.1's `Clone` for its state machine copies only part of it.)
        let mut reader = core_reader(self.dialect);
        // A body of one block is parsed here: starting threads would cost more than they save.
        let one_block = cutter.fill_first().map_err(|e| self.io_error(e))?;
        if plan.threads <= 1 || one_block {
            while let Some(block) = cutter.next_block().map_err(|e| self.io_error(e))? {
                let part = self.parse(&block, &mut reader)?;
                if let Some(restart) = join.accept(part, self.progress) {
                    cutter.restart(restart).map_err(|e| self.io_error(e))?;
                }
            }
            return Ok(join.finish());
        }
        self.read_on_threads(cutter, join, plan.threads)
    }

    fn read_on_threads<R: Read + Seek>(
        &self,
        mut cutter: Cutter<R>,
        mut join: Join<'_>,
        threads: usize,
    ) -> Result<(ProjectTable, QualityReport), BodyError> {
        let (work_sender, work) = mpsc::sync_channel::<(u64, Block)>(threads);
        let work = Mutex::new(work);
        let (result_sender, results) = mpsc::channel::<(u64, usize, Result<Part, BodyError>)>();
        std::thread::scope(|scope| {
            // Owned by this closure, so that any return closes the channel and the parsers stop.
            let work_sender = work_sender;
            for number in 0..threads {
                let (work, results) = (&work, result_sender.clone());
                let spawned = std::thread::Builder::new()
                    .name(format!("csv-parser-{number}"))
                    .spawn_scoped(scope, move || {
                        let mut reader = core_reader(self.dialect);
                        loop {
                            // The lock is held only to take a block (a `while let` would hold it while the
                            // block is parsed, and the parsers would take turns). A poisoned lock means another
                            // parser panicked: stop taking work.
                            let next = work.lock().ok().and_then(|w| w.recv().ok());
                            let Some((generation, block)) = next else {
                                break;
                            };
                            let part = self.parse(&block, &mut reader);
                            if results.send((generation, block.index, part)).is_err() {
                                break;
                            }
                        }
                    });
                if let Err(error) = spawned {
                    return Err(BodyError::Load(self.thread_error(Some(error.to_string()))));
                }
            }
            drop(result_sender);
            // Blocks sent and not yet answered; a restart makes every earlier generation's answer stale.
            let mut in_flight = 0usize;
            let mut generation = 0u64;
            let mut waiting: BTreeMap<usize, Part> = BTreeMap::new();
            let mut exhausted = false;
            loop {
                while !exhausted && in_flight < 2 * threads {
                    match cutter.next_block().map_err(|e| self.io_error(e))? {
                        Some(block) => {
                            if work_sender.send((generation, block)).is_err() {
                                return Err(BodyError::Load(self.thread_error(None)));
                            }
                            in_flight += 1;
                        }
                        None => exhausted = true,
                    }
                }
                if in_flight == 0 {
                    break;
                }
                let Ok((answered, index, part)) = results.recv() else {
                    return Err(BodyError::Load(self.thread_error(None)));
                };
                in_flight -= 1;
                if answered != generation {
                    continue;
                }
                waiting.insert(index, part?);
                while let Some(part) = waiting.remove(&join.next_index) {
                    if let Some(restart) = join.accept(part, self.progress) {
                        generation += 1;
                        waiting.clear();
                        cutter.restart(restart).map_err(|e| self.io_error(e))?;
                        exhausted = false;
                        break;
                    }
                }
            }
            Ok(join.finish())
        })
    }

    /// One block's records, into a part of the table.
    /// `reader` is csv-core's reader of this thread, reset here.
    fn parse(&self, block: &Block, reader: &mut csv_core::Reader) -> Result<Part, BodyError> {
        if self.progress.is_cancelled() {
            return Err(BodyError::Load(LoadError::Cancelled {
                path: self.path.into(),
            }));
        }
        let bytes = block.bytes.as_slice();
        // The whole block is checked once (a vectorised check, several times faster than one per line): every
        // byte of it is in some record, or is a delimiter, quote or line break, so a block that is UTF-8 is one
        // whose records are.
        let Ok(block_text) = simdutf8::basic::from_utf8(bytes) else {
            return Err(BodyError::ReadWholeFile);
        };
        reader.reset();
        let mut record = CoreRecord::default();
        let mut plain = PlainLine::default();
        let mut builder = self.layout.start(bytes.len() / 128 + 1);
        let mut batch = PlainBatch::new(self.layout.headers().len());
        let ends_with_newline = bytes.ends_with(b"\n") || bytes.ends_with(b"\r");
        // Lines are counted from byte offsets (LF, CRLF and lone CR each end one line; blank lines count), so every
        // message names the line an editor shows.
        let mut line = block.lines_before + 1;
        let mut counted_to = 0usize;
        let mut position = 0usize;
        let mut rows = 0usize;
        let mut record_start = 0;
        loop {
            if !record.is_pending() {
                record_start = skip_line_breaks(bytes, position);
                // Most records are one line without a quote: split at the delimiter here, which is what csv-core
                // would make of it, at a fraction of its byte-by-byte cost.
                if let Some(end) = plain.split(bytes, record_start, block.last, self.dialect) {
                    // Both ends are at ASCII bytes (a record's start, a line break or the block's end).
                    let Some(text) = block_text.get(record_start..end) else {
                        return Err(BodyError::ReadWholeFile);
                    };
                    position = end;
                    line += line_breaks(&bytes[counted_to.min(record_start)..record_start]);
                    // A plain line has no line break in it: the next count starts at its end.
                    counted_to = end;
                    let at_end = block.last && position >= bytes.len();
                    let view = plain.view(text);
                    // A line with a field per column whose first field is not blank (so not a blank line) waits
                    // in the batch; any other is read on its own, in its place.
                    if view.cell_count() == batch.width && !values::trim(view.cell(0)).is_empty() {
                        batch.push(text, line, &plain.ends);
                        rows += 1;
                        if batch.is_full() {
                            batch.flush(&mut builder);
                        }
                    } else {
                        batch.flush(&mut builder);
                        rows += self.take(&mut builder, line, &view, at_end && !ends_with_newline);
                    }
                    continue;
                }
            }
            let input = if position < bytes.len() {
                &bytes[position..]
            } else if block.last {
                // An empty input tells the reader the data has ended: it gives the last record, then `End`.
                &[][..]
            } else {
                break;
            };
            let (outcome, consumed) = record.read(reader, input);
            position += consumed;
            match outcome {
                Outcome::End => break,
                Outcome::InputEmpty => {
                    if !block.last && record.is_pending() {
                        // Inside a quoted field at the block's end: cut in the wrong place. Cut again from
                        // where the open record starts, in a block that reaches past this one's end.
                        batch.flush(&mut builder);
                        return Ok(Part::cut_short(
                            builder,
                            rows,
                            record_start,
                            Restart {
                                index: block.index + 1,
                                offset: block.offset + record_start,
                                lines_before: block.lines_before
                                    + line_breaks(&bytes[..record_start]),
                                // Twice the open record's bytes so far: a field that never closes (a quote
                                // left open) is read again in blocks that double, linear work in all.
                                beyond: block.offset
                                    + record_start
                                    + 2 * (bytes.len() - record_start)
                                    + 1,
                            },
                        ));
                    }
                    continue;
                }
                Outcome::Record => {}
            }
            line += line_breaks(&bytes[counted_to.min(record_start)..record_start]);
            counted_to = record_start;
            // Every byte that is not a delimiter, quote or line break (all ASCII) is in some field, so checking
            // each record checks the block.
            let Some(view) = record.view() else {
                return Err(BodyError::ReadWholeFile);
            };
            let at_end = block.last && position >= bytes.len();
            batch.flush(&mut builder);
            rows += self.take(&mut builder, line, &view, at_end && !ends_with_newline);
            record.clear();
        }
        batch.flush(&mut builder);
        Ok(Part::whole(builder, rows, bytes.len()))
    }

    /// Adds the record on `line` to the part; returns the rows added (1, or 0 for the last record of a file that
    /// ends without a line break, cut short: a truncated last line, reported and skipped).
    fn take(
        &self,
        builder: &mut TableBuilder<'_>,
        line: u64,
        record: &impl Record,
        last_without_line_break: bool,
    ) -> usize {
        let found = record.cell_count();
        if last_without_line_break && found < self.layout.min_fields() && found > 1 {
            let expected = self.layout.headers().len();
            builder.skip(line, Problem::Truncated { found, expected });
            0
        } else {
            builder.push_record(line, record);
            1
        }
    }

    fn io_error(&self, source: std::io::Error) -> BodyError {
        BodyError::Load(LoadError::Io {
            path: self.path.into(),
            source,
        })
    }

    fn thread_error(&self, detail: Option<String>) -> LoadError {
        LoadError::Format {
            path: self.path.into(),
            problem: Problem::ParserThread { detail },
        }
    }
}

/// A `csv-core` reader with the dialect's settings (those of [`super::sniff::reader_builder`]).
fn core_reader(dialect: &Dialect) -> csv_core::Reader {
    csv_core::ReaderBuilder::new()
        .delimiter(dialect.delimiter)
        .quote(dialect.quote)
        .double_quote(true)
        .terminator(csv_core::Terminator::CRLF)
        .build()
}

/// The offset of the first byte at or after `from` that is not a line break (where the next record starts).
fn skip_line_breaks(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|b| *b != b'\n' && *b != b'\r'))
        .map_or(bytes.len(), |skip| from + skip)
}

/// The line breaks in `text`: each LF, CRLF or lone CR.
pub fn line_breaks(text: &[u8]) -> u64 {
    let ends_a_line = |i: usize, byte: u8| byte == b'\n' || text.get(i + 1) != Some(&b'\n');
    // Most calls are on the line break between two records: a look at each byte, no vector search set up.
    if text.len() <= 16 {
        return text
            .iter()
            .enumerate()
            .filter(|&(i, &byte)| (byte == b'\n' || byte == b'\r') && ends_a_line(i, byte))
            .count() as u64;
    }
    // Without a CR (most files, and every block of them) the count of LFs is a vectorised count, several times
    // faster than visiting each line break (measured: the largest of the reading thread's own costs).
    if memchr::memchr(b'\r', text).is_none() {
        return memchr::memchr_iter(b'\n', text).count() as u64;
    }
    memchr::memchr2_iter(b'\n', b'\r', text)
        .filter(|&i| ends_a_line(i, text[i]))
        .count() as u64
}

/// The fields of a record that is one line without a quote, split at the delimiter: exactly what csv-core makes
/// of such a line, found with vector searches instead of byte by byte.
#[derive(Default)]
struct PlainLine {
    /// Where each field ends, from the line's start.
    ends: Vec<usize>,
}

impl PlainLine {
    /// Splits the record that starts at `start`, and returns where its line ends; `None` when it has a quote, is
    /// empty, or runs past a block that is not the last (then csv-core reads it).
    fn split(
        &mut self,
        bytes: &[u8],
        start: usize,
        last: bool,
        dialect: &Dialect,
    ) -> Option<usize> {
        self.ends.clear();
        let rest = bytes.get(start..).filter(|rest| !rest.is_empty())?;
        // One vectorised search for the line break, then one pass over the line for delimiters and quotes.
        let length = match memchr::memchr2(b'\n', b'\r', rest) {
            Some(length) => length,
            // No line break before the end: the file's last line, or a line the next block goes on with.
            None if last => rest.len(),
            None => return None,
        };
        if !delimiters_outside_quotes(
            &rest[..length],
            dialect.delimiter,
            dialect.quote,
            &mut self.ends,
        ) {
            return None;
        }
        self.ends.push(length);
        Some(start + length)
    }

    fn view<'l>(&'l self, line: &'l str) -> FieldsView<'l> {
        FieldsView {
            text: line,
            ends: &self.ends,
            gap: 1,
        }
    }
}

/// Pushes where each `delimiter` of `line` is onto `ends`; false (and `ends` unfinished) if `line` has a quote.
///
/// Eight bytes at a time: a line's fields are a few bytes each, and a vector search started per field costs
/// more in setting up than in searching (measured: a third of the instructions of a plain line).
fn delimiters_outside_quotes(line: &[u8], delimiter: u8, quote: u8, ends: &mut Vec<usize>) -> bool {
    /// Each byte of `word` that equals the byte `repeated` holds, as that byte's high bit (exact: no carry
    /// crosses bytes, unlike the shorter zero-byte test).
    fn equal_bytes(word: u64, repeated: u64) -> u64 {
        const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
        let x = word ^ repeated;
        !(((x & LOW7) + LOW7) | x | LOW7)
    }
    let delimiters = u64::from_ne_bytes([delimiter; 8]);
    let quotes = u64::from_ne_bytes([quote; 8]);
    let mut words = line.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // Little-endian, so the lowest set bit is the first byte.
        let word = u64::from_le_bytes(word);
        if equal_bytes(word, quotes) != 0 {
            return false;
        }
        let mut found = equal_bytes(word, delimiters);
        while found != 0 {
            ends.push(offset + found.trailing_zeros() as usize / 8);
            found &= found - 1;
        }
        offset += 8;
    }
    for (index, &byte) in words.remainder().iter().enumerate() {
        if byte == quote {
            return false;
        }
        if byte == delimiter {
            ends.push(offset + index);
        }
    }
    true
}

/// What one call of [`CoreRecord::read`] ended with.
enum Outcome {
    Record,
    InputEmpty,
    End,
}

/// The fields of one record as `csv-core` writes them: their bytes back to back, and where each ends.
struct CoreRecord {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    bytes_len: usize,
    ends_len: usize,
}

impl Default for CoreRecord {
    fn default() -> Self {
        Self {
            bytes: vec![0; 1024],
            ends: vec![0; 64],
            bytes_len: 0,
            ends_len: 0,
        }
    }
}

impl CoreRecord {
    /// Reads on from `input` until a record is complete or `input` is used up; returns how many bytes it used.
    fn read(&mut self, reader: &mut csv_core::Reader, input: &[u8]) -> (Outcome, usize) {
        let mut consumed = 0;
        loop {
            let (result, read, written, ended) = reader.read_record(
                &input[consumed..],
                &mut self.bytes[self.bytes_len..],
                &mut self.ends[self.ends_len..],
            );
            consumed += read;
            self.bytes_len += written;
            self.ends_len += ended;
            match result {
                csv_core::ReadRecordResult::InputEmpty => return (Outcome::InputEmpty, consumed),
                csv_core::ReadRecordResult::OutputFull => {
                    let grown = self.bytes.len() * 2;
                    self.bytes.resize(grown, 0);
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let grown = self.ends.len() * 2;
                    self.ends.resize(grown, 0);
                }
                csv_core::ReadRecordResult::Record => return (Outcome::Record, consumed),
                csv_core::ReadRecordResult::End => return (Outcome::End, consumed),
            }
        }
    }

    /// Part of a record has been read (a field's bytes or a field's end): the input stopped inside it.
    fn is_pending(&self) -> bool {
        self.bytes_len > 0 || self.ends_len > 0
    }

    /// The record's fields, `None` when they are not UTF-8.
    fn view(&self) -> Option<FieldsView<'_>> {
        Some(FieldsView {
            text: std::str::from_utf8(&self.bytes[..self.bytes_len]).ok()?,
            ends: &self.ends[..self.ends_len],
            gap: 0,
        })
    }

    fn clear(&mut self) {
        self.bytes_len = 0;
        self.ends_len = 0;
    }
}

/// Plain lines read at a time: a few dozen kilobytes of the block, which stay in the cache while each column's
/// loop passes over them.
const BATCH_LINES: usize = 256;

/// Plain lines waiting to be read column by column ([`TableBuilder::push_batch`]), each with one field per
/// column and a first field that is not blank.
struct PlainBatch<'b> {
    width: usize,
    /// Each line's text and the line number it is on.
    lines: Vec<(&'b str, u64)>,
    /// Each line's field ends (see [`PlainLine`]), `width` of them per line.
    ends: Vec<usize>,
}

impl<'b> PlainBatch<'b> {
    fn new(width: usize) -> Self {
        Self {
            width,
            lines: Vec::with_capacity(BATCH_LINES),
            ends: Vec::with_capacity(BATCH_LINES * width),
        }
    }

    fn push(&mut self, text: &'b str, line: u64, ends: &[usize]) {
        self.lines.push((text, line));
        self.ends.extend_from_slice(ends);
    }

    fn is_full(&self) -> bool {
        self.lines.len() >= BATCH_LINES
    }

    /// Reads the waiting lines into `builder`, before anything after them.
    fn flush(&mut self, builder: &mut TableBuilder<'_>) {
        if !self.lines.is_empty() {
            builder.push_batch(self);
            self.lines.clear();
            self.ends.clear();
        }
    }
}

impl RecordBatch for PlainBatch<'_> {
    fn records(&self) -> usize {
        self.lines.len()
    }

    fn line(&self, record: usize) -> u64 {
        self.lines[record].1
    }

    /// The cell as the line's own [`FieldsView`] gives it (one rule for a line read alone or in a batch).
    #[inline(always)]
    fn cell(&self, record: usize, column: usize) -> &str {
        let ends = &self.ends[record * self.width..(record + 1) * self.width];
        field(self.lines[record].0, ends, 1, column)
    }
}

/// A complete record's fields: csv-core's (the fields back to back) or a plain line's (the line itself, one
/// delimiter between fields).
struct FieldsView<'r> {
    /// Whole characters in each field, as only ASCII bytes (delimiters, quotes, line breaks) were taken out.
    text: &'r str,
    /// Where each field ends in `text`.
    ends: &'r [usize],
    /// Bytes between one field's end and the next one's start: 0 for csv-core's output, 1 for a plain line.
    gap: usize,
}

impl Record for FieldsView<'_> {
    fn cell_count(&self) -> usize {
        self.ends.len()
    }

    /// The apostrophe an export puts before formula-like text is dropped, as by every CSV reader of the app.
    // Always inlined: it is called for every cell of a load, and a call costs as much as its body.
    #[inline(always)]
    fn cell(&self, column: usize) -> &str {
        field(self.text, self.ends, self.gap, column)
    }
}

/// The field `column` of a record's `text` whose fields end at `ends`, `gap` bytes apart ("" past the last).
#[inline(always)]
fn field<'t>(text: &'t str, ends: &[usize], gap: usize, column: usize) -> &'t str {
    let Some(&end) = ends.get(column) else {
        return "";
    };
    let start = if column == 0 {
        0
    } else {
        ends[column - 1] + gap
    };
    text.get(start..end).map_or("", values::strip_formula_guard)
}

/// A run of the body ending at a line break (the last block: at the end of the data).
struct Block {
    index: usize,
    /// Offset in the body.
    offset: usize,
    /// Line breaks in the file before the block.
    lines_before: u64,
    bytes: Vec<u8>,
    last: bool,
}

/// One block's records, parsed.
struct Part {
    parsed: Option<(ProjectTable, QualityReport)>,
    rows: usize,
    bytes: usize,
    /// Set when the block ended inside a quoted field: where to cut again (after the records before it).
    restart: Option<Restart>,
}

impl Part {
    fn whole(builder: TableBuilder<'_>, rows: usize, bytes: usize) -> Self {
        Self {
            parsed: Some(builder.finish()),
            rows,
            bytes,
            restart: None,
        }
    }

    /// The records before the one left open at the block's end (`complete`: where that record starts).
    fn cut_short(
        builder: TableBuilder<'_>,
        rows: usize,
        complete: usize,
        restart: Restart,
    ) -> Self {
        Self {
            parsed: Some(builder.finish()),
            rows,
            bytes: complete,
            restart: Some(restart),
        }
    }
}

/// Where to cut the body again after a block that was cut inside a quoted field.
#[derive(Clone, Copy, Debug)]
struct Restart {
    index: usize,
    offset: usize,
    lines_before: u64,
    /// The next block must reach at least this offset (well past the old block's end), so the open field can close.
    beyond: usize,
}

/// The parts joined in file order.
struct Join<'a> {
    layout: &'a RecordLayout,
    joined: Option<(ProjectTable, QualityReport)>,
    next_index: usize,
}

impl<'a> Join<'a> {
    fn new(layout: &'a RecordLayout) -> Self {
        Self {
            layout,
            joined: None,
            next_index: 0,
        }
    }

    /// Joins the part of the next block in file order, and says where to cut again if it was cut short.
    fn accept(&mut self, part: Part, progress: &Progress) -> Option<Restart> {
        if let Some((table, report)) = part.parsed {
            match &mut self.joined {
                None => self.joined = Some((table, report)),
                Some((joined_table, joined_report)) => {
                    joined_table.append(table);
                    joined_report.merge(report);
                }
            }
        }
        progress.rows.fetch_add(part.rows, Ordering::Relaxed);
        progress.bytes.fetch_add(part.bytes, Ordering::Relaxed);
        self.next_index += 1;
        part.restart
    }

    fn finish(self) -> (ProjectTable, QualityReport) {
        self.joined.unwrap_or_else(|| self.layout.start(0).finish())
    }
}

/// Cuts what a reader gives into blocks that end at a line break, most likely outside quotes.
struct Cutter<R> {
    reader: R,
    /// The reader's position of the body's first byte.
    base: u64,
    quote: u8,
    block_bytes: usize,
    /// Read past the last cut: the start of the next block.
    carry: Vec<u8>,
    /// Body offset of `carry`'s first byte.
    offset: usize,
    lines_before: u64,
    next_index: usize,
    /// The next block must end at or after this body offset (after a restart).
    min_end: usize,
    at_end: bool,
}

impl<R: Read + Seek> Cutter<R> {
    fn new(reader: R, base: u64, quote: u8, block_bytes: usize) -> Self {
        Self {
            reader,
            base,
            quote,
            block_bytes,
            carry: Vec::new(),
            offset: 0,
            lines_before: 0,
            next_index: 0,
            min_end: 0,
            at_end: false,
        }
    }

    /// Reads the first block and a byte more; says whether that is the whole body.
    fn fill_first(&mut self) -> std::io::Result<bool> {
        let want = self.block_bytes.saturating_add(1);
        let read = (&mut self.reader)
            .take(want as u64)
            .read_to_end(&mut self.carry)?;
        self.at_end = read < want;
        Ok(self.at_end)
    }

    /// The next block, `None` after the last.
    fn next_block(&mut self) -> std::io::Result<Option<Block>> {
        let mut bytes = std::mem::take(&mut self.carry);
        let mut want = self
            .block_bytes
            .max(self.min_end.saturating_sub(self.offset));
        loop {
            if !self.at_end && bytes.len() < want {
                let need = want - bytes.len();
                // Room for the whole read at once, so it is not grown (and copied) step by step.
                bytes
                    .try_reserve_exact(need)
                    .map_err(|_| std::io::Error::from(std::io::ErrorKind::OutOfMemory))?;
                let read = (&mut self.reader)
                    .take(need as u64)
                    .read_to_end(&mut bytes)?;
                self.at_end = read < need;
            }
            if self.at_end {
                if bytes.is_empty() {
                    return Ok(None);
                }
                return Ok(Some(self.emit(bytes, true)));
            }
            let from = self.min_end.saturating_sub(self.offset);
            // A block many times the usual size without a line break that the quote count puts outside quotes:
            // the count is off (a stray quote), so cut at the last line break and let the parse check it.
            let forced = bytes.len() >= 4 * self.block_bytes;
            if let Some(cut) = cut_point(&bytes, from, self.quote, forced) {
                self.carry = bytes.split_off(cut);
                return Ok(Some(self.emit(bytes, false)));
            }
            want = bytes.len() + self.block_bytes;
        }
    }

    fn emit(&mut self, bytes: Vec<u8>, last: bool) -> Block {
        let block = Block {
            index: self.next_index,
            offset: self.offset,
            lines_before: self.lines_before,
            last,
            bytes,
        };
        self.next_index += 1;
        self.offset += block.bytes.len();
        self.lines_before += line_breaks(&block.bytes);
        self.min_end = 0;
        block
    }

    /// Reads again from `restart`'s offset (the blocks after it were cut in the wrong place).
    fn restart(&mut self, restart: Restart) -> std::io::Result<()> {
        self.reader
            .seek(SeekFrom::Start(self.base + restart.offset as u64))?;
        self.carry.clear();
        self.offset = restart.offset;
        self.lines_before = restart.lines_before;
        self.next_index = restart.index;
        self.min_end = restart.beyond;
        self.at_end = false;
        Ok(())
    }
}

/// Where to cut `bytes`: just after the last line break at or after `from - 1` that an even number of quotes
/// precede; with `forced`, after the last line break when none is even.
fn cut_point(bytes: &[u8], from: usize, quote: u8, forced: bool) -> Option<usize> {
    let mut quotes = memchr::memchr_iter(quote, bytes).count();
    let mut counted_to = bytes.len();
    let mut last = None;
    for newline in memchr::memrchr_iter(b'\n', bytes) {
        let cut = newline + 1;
        if cut < from {
            break;
        }
        last.get_or_insert(cut);
        quotes -= memchr::memchr_iter(quote, &bytes[newline..counted_to]).count();
        counted_to = newline;
        if quotes.is_multiple_of(2) {
            return Some(cut);
        }
    }
    if forced { last } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Every way of counting (short text, LF only, with CRs) counts what a look at each byte counts.
        #[test]
        fn line_breaks_are_counted_as_byte_by_byte(text in proptest::collection::vec(
            prop_oneof![Just(b'\n'), Just(b'\r'), Just(b'a'), Just(b'"')],
            0..80,
        )) {
            let expected = (0..text.len())
                .filter(|&i| text[i] == b'\n' || (text[i] == b'\r' && text.get(i + 1) != Some(&b'\n')))
                .count() as u64;
            prop_assert_eq!(line_breaks(&text), expected);
            let lf_only: Vec<u8> = text.iter().map(|&b| if b == b'\r' { b'a' } else { b }).collect();
            let expected = lf_only.iter().filter(|&&b| b == b'\n').count() as u64;
            prop_assert_eq!(line_breaks(&lf_only), expected);
        }

        /// Eight bytes at a time finds what a byte-by-byte look finds, at every length and alignment.
        #[test]
        fn delimiters_are_found_as_byte_by_byte(line in proptest::collection::vec(
            prop_oneof![Just(b','), Just(b'"'), Just(b';'), Just(0x80u8), Just(0xacu8), 0u8..=255],
            0..70,
        )) {
            let mut ends = Vec::new();
            let found = delimiters_outside_quotes(&line, b',', b'"', &mut ends);
            let expected: Vec<usize> = line.iter().enumerate().filter(|(_, b)| **b == b',').map(|(i, _)| i).collect();
            prop_assert_eq!(found, !line.contains(&b'"'));
            if found {
                prop_assert_eq!(ends, expected);
            }
        }
    }
}
