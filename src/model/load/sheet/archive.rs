//! Checks a ZIP-based workbook (XLSX, XLSM, XLSB, ODS) before the spreadsheet library opens it, so a zip bomb is
//! refused with a message naming the part instead of unpacking until the machine runs out of memory.
//!
//! First the ZIP directory, without unpacking anything: the number of parts, each part's declared size and packing
//! ratio, and the total. Then every part the library parses is unpacked once through [`BoundedReader`], which stops
//! at the declared size (so a directory that lies about a size cannot get past it) and looks for what the library
//! would hold whole: a text or a tag longer than any cell ([`Limits::xml_run_bytes`]), the number of shared
//! strings (announced, which the library reserves room for, and present), and for ODS the cells of the full grid
//! the library builds for each sheet. Unpacking to look costs time, never memory: chunks are scanned and dropped.
//! Must not depend on egui, eframe or rfd.

use std::io::{self, Cursor, Read};

use zip::ZipArchive;
use zip::read::ZipReadOptions;

use crate::model::error::WorkbookProblem;
use crate::model::load::limits::Limits;

/// What a part's scanner found wrong, before the part's name is added.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Found {
    LongTag { limit: u64 },
    LongText { limit: u64 },
    Announced { announced: u64, limit: usize },
    SharedStrings { limit: usize },
    OdsGrid { limit: usize, trim: bool },
}

impl Found {
    fn in_part(self, part: &str) -> WorkbookProblem {
        let part = part.to_owned();
        match self {
            Found::LongTag { limit } => WorkbookProblem::LongTag { part, limit },
            Found::LongText { limit } => WorkbookProblem::LongText { part, limit },
            Found::Announced { announced, limit } => WorkbookProblem::SharedStringsAnnounced {
                part,
                announced,
                limit,
            },
            Found::SharedStrings { limit } => WorkbookProblem::TooManySharedStrings { part, limit },
            Found::OdsGrid { limit, trim } => WorkbookProblem::OdsGrid { part, limit, trim },
        }
    }
}

/// Refuses a workbook archive that would unpack to more than the limits allow; the problem names the part.
/// An archive whose directory cannot be read passes: the spreadsheet library reads the same directory with the
/// same ZIP reader, fails the same way, and says the workbook is damaged.
pub fn check_archive(bytes: &[u8], limits: &Limits) -> Result<(), WorkbookProblem> {
    let Ok(mut archive) = ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    if archive.len() > limits.parts {
        return Err(WorkbookProblem::TooManyParts {
            parts: archive.len(),
            limit: limits.parts,
        });
    }
    let mut total = 0u64;
    let mut scans = Vec::new();
    for index in 0..archive.len() {
        let Ok(part) = archive.by_index_data(index) else {
            continue;
        };
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let (size, packed) = (part.size(), part.compressed_size());
        check_declared(&name, size, packed, limits)?;
        total = total.saturating_add(size);
        if total > limits.archive_bytes {
            return Err(WorkbookProblem::ArchiveTooLarge {
                limit: limits.archive_bytes,
            });
        }
        if let Some(kind) = Scan::of(&name, bytes) {
            scans.push((index, name, size, kind));
        }
    }
    for (index, name, size, kind) in scans {
        // A part that cannot be unpacked (an unknown method, a damaged stream) is left to the library, which
        // reports it; what it could unpack is bounded by the same declared size.
        // With the ZIP reader's checksum test off, an error from it once the declared size is reached can only
        // be more data (it stops there itself); a damaged checksum is the library's to report.
        let Ok(part) =
            archive.by_index_with_options(index, ZipReadOptions::new().ignore_crc32(true))
        else {
            continue;
        };
        let mut reader = BoundedReader::new(part, size.min(limits.part_bytes));
        scan_part(&mut reader, &name, kind, limits)?;
    }
    Ok(())
}

/// What the directory says about one part, before anything is unpacked.
fn check_declared(
    name: &str,
    size: u64,
    packed: u64,
    limits: &Limits,
) -> Result<(), WorkbookProblem> {
    if size > limits.part_bytes {
        return Err(WorkbookProblem::PartTooLarge {
            part: name.to_owned(),
            size,
            limit: limits.part_bytes,
        });
    }
    if size > limits.ratio_checked_from && size / packed.max(1) > limits.packing_ratio {
        return Err(WorkbookProblem::PartPackedTight {
            part: name.to_owned(),
            packed,
            size,
            ratio: size / packed.max(1),
        });
    }
    Ok(())
}

/// How a part is looked at while it is unpacked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scan {
    /// Any XML part: no text or tag longer than [`Limits::xml_run_bytes`].
    Xml,
    /// An XLSX shared string table: also the announced and the present number of strings.
    SharedStrings,
    /// An XLSB shared string table: the number of records.
    SharedStringsBin,
    /// An ODS sheet body: also the cells of the grids built for its sheets.
    OdsContent,
}

impl Scan {
    fn of(name: &str, archive: &[u8]) -> Option<Scan> {
        let lower = name.to_ascii_lowercase();
        let file = lower.rsplit('/').next().unwrap_or_default();
        if file == "sharedstrings.bin" {
            Some(Scan::SharedStringsBin)
        } else if file == "sharedstrings.xml" {
            Some(Scan::SharedStrings)
        } else if lower == "content.xml"
            && memchr::memmem::find(archive, b"opendocument.spreadsheet").is_some()
        {
            Some(Scan::OdsContent)
        } else if file.ends_with(".xml") || file.ends_with(".rels") || file.ends_with(".vml") {
            Some(Scan::Xml)
        } else {
            None
        }
    }
}

/// A reader that fails once more than `limit` bytes came out of `inner`: a part's reader, bounded by the size its
/// directory entry declares (or the part limit), so what it returns is bounded whatever the packed data says.
pub struct BoundedReader<R> {
    inner: R,
    limit: u64,
    read: u64,
}

/// The error a [`BoundedReader`] gives past its limit.
#[derive(Debug)]
struct PastTheLimit;

impl std::fmt::Display for PastTheLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("more data than declared")
    }
}

impl std::error::Error for PastTheLimit {}

impl<R> BoundedReader<R> {
    pub fn new(inner: R, limit: u64) -> Self {
        BoundedReader {
            inner,
            limit,
            read: 0,
        }
    }
}

impl<R: Read> Read for BoundedReader<R> {
    /// Never asks `inner` for more than the limit leaves; at the limit, anything but a clean end (one more byte,
    /// or the inner reader's own complaint about it) is more data than declared.
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let room = self.limit.saturating_sub(self.read);
        if room == 0 {
            return match self.inner.read(&mut [0u8; 1]) {
                Ok(0) => Ok(0),
                Ok(_) | Err(_) => Err(io::Error::new(io::ErrorKind::InvalidData, PastTheLimit)),
            };
        }
        let take = buf.len().min(usize::try_from(room).unwrap_or(usize::MAX));
        let window = buf.get_mut(..take).unwrap_or_default();
        let n = self.inner.read(window)?;
        self.read = self.read.saturating_add(n as u64);
        Ok(n)
    }
}

/// Unpacks a part chunk by chunk through its scanner.
fn scan_part<R: Read>(
    reader: &mut BoundedReader<R>,
    name: &str,
    kind: Scan,
    limits: &Limits,
) -> Result<(), WorkbookProblem> {
    let limit = reader.limit;
    let mut buffer = vec![0u8; 64 * 1024];
    let mut xml = XmlScan::new(kind, limits);
    let mut records = RecordCount::default();
    loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(error) if error.get_ref().is_some_and(|e| e.is::<PastTheLimit>()) => {
                return Err(WorkbookProblem::PartBeyondDeclared {
                    part: name.to_owned(),
                    declared: limit,
                });
            }
            // Damaged packed data: the library stops at the same place and reports it.
            Err(_) => break,
        };
        let chunk = buffer.get(..n).unwrap_or_default();
        let found = if kind == Scan::SharedStringsBin {
            records.feed(chunk, limits)
        } else {
            xml.feed(chunk)
        };
        found.map_err(|found| found.in_part(name))?;
    }
    xml.finish().map_err(|found| found.in_part(name))
}

/// Counts the records of an XLSB part (a shared string table holds one per string, and a few more).
#[derive(Default)]
struct RecordCount {
    records: usize,
    /// Header bytes still to read of the current record: its type (1–2 bytes) and size (1–4 bytes).
    stage: RecordStage,
    /// Data bytes of the current record still to skip.
    skip: u64,
}

#[derive(Default, Clone, Copy)]
enum RecordStage {
    #[default]
    Type,
    TypeHigh,
    Size {
        shift: u32,
        len: u64,
    },
}

impl RecordCount {
    fn feed(&mut self, mut chunk: &[u8], limits: &Limits) -> Result<(), Found> {
        while !chunk.is_empty() {
            if self.skip > 0 {
                let skipped = chunk
                    .len()
                    .min(usize::try_from(self.skip).unwrap_or(usize::MAX));
                self.skip -= skipped as u64;
                chunk = chunk.get(skipped..).unwrap_or_default();
                continue;
            }
            let Some((&byte, rest)) = chunk.split_first() else {
                break;
            };
            chunk = rest;
            self.stage = match self.stage {
                RecordStage::Type if byte & 0x80 != 0 => RecordStage::TypeHigh,
                RecordStage::Type | RecordStage::TypeHigh => RecordStage::Size { shift: 0, len: 0 },
                RecordStage::Size { shift, len } => {
                    let len = len | (u64::from(byte & 0x7F) << shift);
                    if byte & 0x80 != 0 && shift < 21 {
                        RecordStage::Size {
                            shift: shift + 7,
                            len,
                        }
                    } else {
                        self.records += 1;
                        if self.records > limits.shared_strings.saturating_add(16) {
                            return Err(Found::SharedStrings {
                                limit: limits.shared_strings,
                            });
                        }
                        self.skip = len;
                        RecordStage::Type
                    }
                }
            };
        }
        Ok(())
    }
}

/// The longest tag the scanner reads attributes from (ODS cells and rows, the shared string table's start).
const MAX_READ_TAG: usize = 64 * 1024;

/// Where the scanner is in the XML.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Text,
    /// Inside `<…>`; `quote` is the open attribute quote of an element tag. `element` is false for `<!…>` and
    /// `<?…?>`, which end at the first `>`.
    Tag {
        element: bool,
        quote: Option<u8>,
    },
}

/// Looks at an XML part as it streams by: the longest run without markup, and the tags some parts are checked by.
struct XmlScan {
    kind: Scan,
    limits: Limits,
    place: Place,
    /// Bytes since the last `<` or `>`.
    run: usize,
    /// The current tag, from after `<`, when the part's tags are read (up to [`MAX_READ_TAG`]).
    tag: Vec<u8>,
    tag_started: bool,
    strings: usize,
    ods: OdsGrid,
}

impl XmlScan {
    fn new(kind: Scan, limits: &Limits) -> Self {
        XmlScan {
            kind,
            limits: *limits,
            place: Place::Text,
            run: 0,
            tag: Vec::new(),
            tag_started: false,
            strings: 0,
            ods: OdsGrid::default(),
        }
    }

    fn reads_tags(&self) -> bool {
        matches!(self.kind, Scan::SharedStrings | Scan::OdsContent)
    }

    fn feed(&mut self, chunk: &[u8]) -> Result<(), Found> {
        let mut at = 0;
        while at < chunk.len() {
            match self.place {
                Place::Text => {
                    let rest = chunk.get(at..).unwrap_or_default();
                    match memchr::memchr(b'<', rest) {
                        Some(i) => {
                            self.grow_run(i)?;
                            at += i + 1;
                            self.run = 0;
                            self.place = Place::Tag {
                                element: true,
                                quote: None,
                            };
                            self.tag.clear();
                            self.tag_started = false;
                        }
                        None => {
                            self.grow_run(rest.len())?;
                            at = chunk.len();
                        }
                    }
                }
                Place::Tag { element, quote } => {
                    let byte = chunk.get(at).copied().unwrap_or(b'>');
                    at += 1;
                    if !self.tag_started {
                        self.tag_started = true;
                        if matches!(byte, b'!' | b'?') {
                            self.place = Place::Tag {
                                element: false,
                                quote: None,
                            };
                            continue;
                        }
                    }
                    match (byte, quote) {
                        (b'>', None) => {
                            self.place = Place::Text;
                            self.run = 0;
                            if element && self.reads_tags() {
                                self.on_tag()?;
                            }
                            continue;
                        }
                        // A `<` inside a quoted value is no XML: start over at it.
                        (b'<', Some(_)) => {
                            self.place = Place::Tag {
                                element: true,
                                quote: None,
                            };
                            self.tag.clear();
                            self.tag_started = false;
                            self.run = 0;
                            continue;
                        }
                        (b'"' | b'\'', None) if element => {
                            self.place = Place::Tag {
                                element,
                                quote: Some(byte),
                            };
                        }
                        (b, Some(q)) if b == q => {
                            self.place = Place::Tag {
                                element,
                                quote: None,
                            };
                        }
                        _ => {}
                    }
                    self.grow_run(1)?;
                    if element && self.reads_tags() {
                        if self.tag.len() >= MAX_READ_TAG {
                            return Err(Found::LongTag {
                                limit: MAX_READ_TAG as u64,
                            });
                        }
                        self.tag.push(byte);
                    }
                }
            }
        }
        Ok(())
    }

    fn grow_run(&mut self, by: usize) -> Result<(), Found> {
        self.run = self.run.saturating_add(by);
        if self.run > self.limits.xml_run_bytes {
            return Err(Found::LongText {
                limit: self.limits.xml_run_bytes as u64,
            });
        }
        Ok(())
    }

    /// A whole element tag (in `self.tag`, without `<` and `>`).
    fn on_tag(&mut self) -> Result<(), Found> {
        let tag = std::mem::take(&mut self.tag);
        let closing = tag.first() == Some(&b'/');
        let body = if closing {
            tag.get(1..).unwrap_or_default()
        } else {
            &tag
        };
        let name_end = body
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/')
            .unwrap_or(body.len());
        let name = body.get(..name_end).unwrap_or_default();
        let attributes = body.get(name_end..).unwrap_or_default();
        let empty = tag.last() == Some(&b'/');
        let result = match self.kind {
            Scan::SharedStrings => self.on_shared_strings_tag(name, attributes, closing),
            Scan::OdsContent => self
                .ods
                .on_tag(name, attributes, closing, empty, &self.limits),
            Scan::Xml | Scan::SharedStringsBin => Ok(()),
        };
        self.tag = tag;
        self.tag.clear();
        result
    }

    fn on_shared_strings_tag(
        &mut self,
        name: &[u8],
        attributes: &[u8],
        closing: bool,
    ) -> Result<(), Found> {
        if closing {
            return Ok(());
        }
        let local = name.rsplit(|b| *b == b':').next().unwrap_or_default();
        if local == b"sst" {
            // The library reserves room for this many strings before reading one.
            if let Some(announced) = attribute_number(attributes, b"uniqueCount")
                && announced > self.limits.shared_strings as u64
            {
                return Err(Found::Announced {
                    announced,
                    limit: self.limits.shared_strings,
                });
            }
        } else if local == b"si" {
            self.strings += 1;
            if self.strings > self.limits.shared_strings {
                return Err(Found::SharedStrings {
                    limit: self.limits.shared_strings,
                });
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Found> {
        if self.kind == Scan::OdsContent {
            self.ods.end_sheet(&self.limits)?;
        }
        Ok(())
    }
}

/// The value of attribute `name` when it is a whole number (digits only, as the library reads it), saturating.
fn attribute_number(attributes: &[u8], name: &[u8]) -> Option<u64> {
    let mut rest = attributes;
    while let Some(at) = memchr::memmem::find(rest, name) {
        let before = at.checked_sub(1).and_then(|i| rest.get(i));
        let after = rest.get(at + name.len()..).unwrap_or_default();
        rest = after;
        if !before.is_some_and(u8::is_ascii_whitespace) {
            continue;
        }
        let after = after.trim_ascii_start();
        let Some(after) = after.strip_prefix(b"=") else {
            continue;
        };
        let after = after.trim_ascii_start();
        let (&quote, value) = after.split_first()?;
        let end = memchr::memchr(quote, value)?;
        let digits = value.get(..end)?;
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        return Some(digits.iter().fold(0u64, |n, d| {
            n.saturating_mul(10).saturating_add(u64::from(d - b'0'))
        }));
    }
    None
}

/// The cells of the grids the spreadsheet library builds for the sheets of an ODS `content.xml`.
///
/// The library expands `table:number-columns-repeated` (up to 16,384 columns) in every row up to its last cell with
/// a value, then each sheet into one grid from the first row with a value to the last, expanding
/// `table:number-rows-repeated` in between; it keeps both, for values and for formulas. This counts the same,
/// counting a cell with content of any kind as a value (an over-count only refuses sooner).
#[derive(Default)]
struct OdsGrid {
    /// Cells read in all sheets so far.
    total: u64,
    /// Cells of the current sheet's rows before expansion.
    row_cells: u64,
    /// Rows (repeats expanded) from the first row with a value so far, and up to the last such row.
    rows_since_first: u64,
    rows_to_last: u64,
    widest: u64,
    /// The current row: its repeat count, the position after its last cell, after its last valued cell.
    row_repeat: u64,
    position: u64,
    row_end: u64,
    in_row: bool,
}

/// The widest row the library builds (it caps column repeats there).
const ODS_MAX_COLUMNS: u64 = 16_384;

impl OdsGrid {
    fn on_tag(
        &mut self,
        name: &[u8],
        attributes: &[u8],
        closing: bool,
        empty: bool,
        limits: &Limits,
    ) -> Result<(), Found> {
        match (name, closing) {
            (b"table:table", false) => self.end_sheet(limits)?,
            (b"table:table", true) => self.end_sheet(limits)?,
            (b"table:table-row", false) => {
                self.row_repeat =
                    attribute_number(attributes, b"table:number-rows-repeated").unwrap_or(1);
                self.position = 0;
                self.row_end = 0;
                self.in_row = true;
                if empty {
                    self.end_row();
                }
            }
            (b"table:table-row", true) => self.end_row(),
            (b"table:table-cell" | b"table:covered-table-cell", false) if self.in_row => {
                let repeat =
                    attribute_number(attributes, b"table:number-columns-repeated").unwrap_or(1);
                self.position = self.position.saturating_add(repeat).min(ODS_MAX_COLUMNS);
                let valued = !empty
                    || memchr::memmem::find(attributes, b"office:value-type").is_some()
                    || memchr::memmem::find(attributes, b"table:formula").is_some();
                if valued {
                    self.row_end = self.position;
                }
            }
            _ => {}
        }
        let grid = self.total.saturating_add(self.current());
        if grid > limits.grid_cells as u64 {
            return Err(Found::OdsGrid {
                limit: limits.grid_cells,
                trim: true,
            });
        }
        Ok(())
    }

    fn end_row(&mut self) {
        if !self.in_row {
            return;
        }
        self.in_row = false;
        self.row_cells = self.row_cells.saturating_add(self.row_end);
        if self.row_end > 0 || self.rows_since_first > 0 {
            self.rows_since_first = self.rows_since_first.saturating_add(self.row_repeat);
        }
        if self.row_end > 0 {
            self.rows_to_last = self.rows_since_first;
            self.widest = self.widest.max(self.row_end);
        }
    }

    /// The current sheet's cells: its rows as read, and the grid they expand to.
    fn current(&self) -> u64 {
        self.row_cells
            .saturating_add(self.rows_to_last.saturating_mul(self.widest))
    }

    fn end_sheet(&mut self, limits: &Limits) -> Result<(), Found> {
        self.end_row();
        self.total = self.total.saturating_add(self.current());
        *self = OdsGrid {
            total: self.total,
            ..OdsGrid::default()
        };
        if self.total > limits.grid_cells as u64 {
            return Err(Found::OdsGrid {
                limit: limits.grid_cells,
                trim: false,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(kind: Scan, xml: &[u8], limits: &Limits) -> Result<(), Found> {
        let mut scan = XmlScan::new(kind, limits);
        // Fed in small chunks, so tags and runs cross chunk boundaries.
        for chunk in xml.chunks(7) {
            scan.feed(chunk)?;
        }
        scan.finish()
    }

    #[test]
    fn a_bounded_reader_stops_one_byte_past_its_limit() {
        let data = vec![b'x'; 100];
        let mut reader = BoundedReader::new(data.as_slice(), 10);
        let mut out = Vec::new();
        let error = reader.read_to_end(&mut out).unwrap_err();
        assert!(error.get_ref().unwrap().is::<PastTheLimit>());
        assert_eq!(out.len(), 10);
        let mut exact = BoundedReader::new(&data[..10], 10);
        assert_eq!(exact.read_to_end(&mut out).unwrap(), 10);
    }

    #[test]
    fn a_long_text_or_tag_without_markup_is_refused() {
        let limits = Limits {
            xml_run_bytes: 32,
            ..Limits::STANDARD
        };
        let ok = b"<a b=\"x>y\"><t>short</t><!-- it's > fine --></a>";
        assert_eq!(scan(Scan::Xml, ok, &limits), Ok(()));
        let mut long = b"<t>".to_vec();
        long.extend(std::iter::repeat_n(b' ', 40));
        long.extend(b"</t>");
        assert_eq!(
            scan(Scan::Xml, &long, &limits),
            Err(Found::LongText { limit: 32 })
        );
        let mut tag = b"<c r=\"".to_vec();
        tag.extend(std::iter::repeat_n(b'A', 40));
        tag.extend(b"\"/>");
        assert!(scan(Scan::Xml, &tag, &limits).is_err());
    }

    #[test]
    fn shared_strings_are_counted_and_their_announced_number_checked() {
        let limits = Limits {
            shared_strings: 2,
            ..Limits::STANDARD
        };
        let two = b"<?xml version=\"1.0\"?><sst xmlns=\"x\" count=\"9\" uniqueCount=\"2\"><si><t>a</t></si><si><t>b</t></si></sst>";
        assert_eq!(scan(Scan::SharedStrings, two, &limits), Ok(()));
        let three = b"<sst><si><t>a</t></si><x:si><t>b</t></x:si><si><t/></si></sst>";
        assert_eq!(
            scan(Scan::SharedStrings, three, &limits),
            Err(Found::SharedStrings { limit: 2 })
        );
        let announced = b"<sst uniqueCount = '67108864'><si><t>a</t></si></sst>";
        assert_eq!(
            scan(Scan::SharedStrings, announced, &limits),
            Err(Found::Announced {
                announced: 67_108_864,
                limit: 2
            })
        );
    }

    #[test]
    fn ods_grids_count_repeated_rows_and_columns_with_values() {
        let limits = Limits {
            grid_cells: 1000,
            ..Limits::STANDARD
        };
        let row = |repeat: u32, columns: u32, value: bool| {
            let kind = if value {
                " office:value-type=\"float\" office:value=\"1\""
            } else {
                ""
            };
            format!(
                "<table:table-row table:number-rows-repeated=\"{repeat}\"><table:table-cell table:number-columns-repeated=\"{columns}\"{kind}/></table:table-row>"
            )
        };
        let sheet = |rows: &str| {
            format!(
                "<office:spreadsheet><table:table table:name=\"S\">{rows}</table:table></office:spreadsheet>"
            )
        };
        // LibreOffice ends every sheet with a million empty rows of 1,024 empty cells: nothing is built for them.
        let normal = sheet(&format!(
            "{}{}{}",
            row(1, 3, true),
            row(2, 3, true),
            row(1_048_570, 1024, false)
        ));
        assert_eq!(scan(Scan::OdsContent, normal.as_bytes(), &limits), Ok(()));
        let wide = sheet(&row(1, 16_384, true));
        assert!(scan(Scan::OdsContent, wide.as_bytes(), &limits).is_err());
        let tall = sheet(&format!(
            "{}{}{}",
            row(1, 2, true),
            row(600, 1, false),
            row(1, 2, true)
        ));
        assert_eq!(
            scan(Scan::OdsContent, tall.as_bytes(), &limits),
            Err(Found::OdsGrid {
                limit: 1000,
                trim: true
            })
        );
    }

    #[test]
    fn xlsb_records_are_counted_across_chunks() {
        let limits = Limits {
            shared_strings: 2,
            ..Limits::STANDARD
        };
        // Type 0x13 (one byte), size 3 (one byte), three data bytes; then a two-byte type and a two-byte size.
        let mut data = Vec::new();
        for _ in 0..30 {
            data.extend([0x13, 0x03, 1, 2, 3]);
        }
        data.extend([0x9F, 0x01, 0x81, 0x01]);
        data.extend(std::iter::repeat_n(0u8, 129));
        let mut records = RecordCount::default();
        for chunk in data.chunks(3) {
            records.feed(chunk, &Limits::STANDARD).unwrap();
        }
        assert_eq!(records.records, 31);
        let mut few = RecordCount::default();
        let error = data
            .chunks(3)
            .try_for_each(|c| few.feed(c, &limits))
            .unwrap_err();
        assert_eq!(error, Found::SharedStrings { limit: 2 });
    }
}
