//! Checks an XLS workbook before the spreadsheet library opens it. The library reads an XLS whole when it opens
//! it: the compound file's sector chains, then every sheet into a full grid from its first to its last cell, with
//! room reserved for the size each sheet's Dimensions record declares. A sector chain that loops, a stray cell at
//! row 65,536 and column 65,536 or a Dimensions record of four billion rows would make it allocate without bound,
//! which no error handling can catch.
//!
//! So this walks the same structures the way the library does, without building anything: the compound file's
//! header, sector tables and directory, the `Workbook` stream, and in it every sheet's cell records. It refuses a
//! loop, a sector table larger than the file, a stream whose sectors lie outside the data, and sheets whose grids
//! (summed, as the library keeps them all) exceed [`Limits::grid_cells`]. Whatever the library itself rejects
//! early and safely (a wrong signature, a sector past the end of the file) passes here and gets its own message.
//! Must not depend on egui, eframe or rfd.

use super::cell_name;
use crate::model::error::{SheetName, WorkbookProblem};
use crate::model::load::limits::Limits;

const SIGNATURE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
/// Sector numbers from here up are markers, not sectors.
const RESERVED: u32 = 0xFFFF_FFFA;
const DIFAT_SECTOR: u32 = 0xFFFF_FFFC;
/// Streams shorter than this live in the mini stream, in 64-byte sectors.
const MINI_STREAM_CUTOFF: u64 = 4096;
const MINI_SECTOR: usize = 64;

/// Why the walk stopped.
enum Stop {
    /// The library fails here too, safely and with its own message: nothing more to check.
    LibraryFails,
    /// The library would not stop: why, for the user.
    Refuse(WorkbookProblem),
}

/// Refuses an XLS (or another compound file) that the spreadsheet library could not read within the limits.
pub fn check_compound(bytes: &[u8], limits: &Limits) -> Result<(), WorkbookProblem> {
    let walk = || -> Result<(), Stop> {
        let file = Compound::parse(bytes)?;
        let stream = file.workbook_stream()?;
        check_sheets(&stream, limits)
    };
    match walk() {
        Ok(()) | Err(Stop::LibraryFails) => Ok(()),
        Err(Stop::Refuse(message)) => Err(message),
    }
}

/// A directory entry: a stream's name, first sector and length.
struct Entry {
    name: String,
    start: u32,
    len: u64,
}

/// The parts of a compound file the library reads.
struct Compound<'a> {
    bytes: &'a [u8],
    sector_size: usize,
    /// Where sector 0 starts (after the header, which fills one sector).
    first_sector: usize,
    /// The highest sector number the library accepts.
    max_id: u32,
    fat: Vec<u32>,
    entries: Vec<Entry>,
    mini_fat: Vec<u32>,
    mini_stream: Vec<u8>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

/// Little-endian `u32`s; `None` (the library asserts and stops) when the length is not a multiple of 4.
fn words(bytes: &[u8]) -> Option<impl Iterator<Item = u32> + '_> {
    bytes.len().is_multiple_of(4).then(|| {
        bytes
            .chunks_exact(4)
            .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    })
}

impl<'a> Compound<'a> {
    fn parse(bytes: &'a [u8]) -> Result<Self, Stop> {
        let header = bytes.get(..512).ok_or(Stop::LibraryFails)?;
        if !header.starts_with(SIGNATURE) || u16_at(header, 32) != Some(6) {
            return Err(Stop::LibraryFails);
        }
        let sector_size = match u16_at(header, 30) {
            Some(9) => 512,
            Some(12) if bytes.len() >= 4096 => 4096,
            _ => return Err(Stop::LibraryFails),
        };
        let field = |at| u32_at(header, at).ok_or(Stop::LibraryFails);
        let max_id = u32::try_from(bytes.len() / sector_size).unwrap_or(u32::MAX);
        let mut file = Compound {
            bytes,
            sector_size,
            first_sector: sector_size,
            max_id,
            fat: Vec::new(),
            entries: Vec::new(),
            mini_fat: Vec::new(),
            mini_stream: Vec::new(),
        };
        let difat = file.difat(header, field(68)?)?;
        file.fat = file.fat_of(&difat)?;
        let directory = file.chain(field(48)?, u64::MAX)?;
        file.entries = directory
            .chunks_exact(128)
            .map(|raw| Entry::parse(raw, sector_size))
            .collect();
        let version = u16_at(header, 26);
        let root_start = file.entries.first().map(|root| root.start);
        if root_start.is_none() || (version != Some(3) && root_start == Some(END_OF_CHAIN)) {
            return Err(Stop::LibraryFails);
        }
        let mini_fat_sectors = field(64)?;
        if mini_fat_sectors > 0 {
            let (start, len) = file
                .entries
                .first()
                .map_or((END_OF_CHAIN, 0), |root| (root.start, root.len));
            file.mini_stream = file.chain(start, len)?;
            let mini_fat_len = u64::from(mini_fat_sectors).saturating_mul(sector_size as u64);
            let mini_fat = file.chain(field(60)?, mini_fat_len)?;
            file.mini_fat = words(&mini_fat).ok_or(Stop::LibraryFails)?.collect();
        }
        Ok(file)
    }

    /// Sector `id` as the library reads it: cut short at the end of the file; past `max_id` it fails.
    fn sector(&self, id: u32) -> Result<&'a [u8], Stop> {
        if id > self.max_id {
            return Err(Stop::LibraryFails);
        }
        let start = self
            .first_sector
            .saturating_add(id as usize * self.sector_size);
        let end = start.saturating_add(self.sector_size).min(self.bytes.len());
        Ok(self.bytes.get(start.min(end)..end).unwrap_or_default())
    }

    /// The sector numbers of the sector table: the header's 109, then the DIFAT sectors' chain, whose last word
    /// is the next DIFAT sector (the library bounds that chain by the number of sectors itself).
    fn difat(&self, header: &[u8], mut next: u32) -> Result<Vec<u32>, Stop> {
        let mut difat: Vec<u32> = words(header.get(76..512).unwrap_or_default())
            .ok_or(Stop::LibraryFails)?
            .collect();
        let mut sectors = 0u64;
        while next < RESERVED {
            sectors += 1;
            if sectors > u64::from(self.max_id) + 1 {
                return Err(Stop::LibraryFails);
            }
            difat.extend(words(self.sector(next)?).ok_or(Stop::LibraryFails)?);
            next = difat.pop().ok_or(Stop::LibraryFails)?;
        }
        Ok(difat)
    }

    /// The sector table, from the sectors `difat` lists. A table listing the same sector over and over could be
    /// far larger than the file: counted before it is built.
    fn fat_of(&self, difat: &[u32]) -> Result<Vec<u32>, Stop> {
        let listed = || difat.iter().copied().filter(|id| *id < DIFAT_SECTOR);
        let mut entries = 0u64;
        for id in listed() {
            entries += (self.sector(id)?.len() / 4) as u64;
        }
        // A real table has one entry per sector of the file, rounded up to whole table sectors.
        if entries > (u64::from(self.max_id) + 1) * 4 + 1024 {
            return Err(Stop::Refuse(WorkbookProblem::SectorTable));
        }
        let mut fat = Vec::with_capacity(usize::try_from(entries).unwrap_or(0));
        for id in listed() {
            fat.extend(words(self.sector(id)?).ok_or(Stop::LibraryFails)?);
        }
        Ok(fat)
    }

    /// The bytes of the chain starting at `start`, up to `len`, as the library reads them; a chain visiting more
    /// sectors than the file has loops, and the library would follow it until `len` (or memory) runs out.
    fn chain(&self, start: u32, len: u64) -> Result<Vec<u8>, Stop> {
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0u64;
        while id != END_OF_CHAIN {
            steps += 1;
            if steps > u64::from(self.max_id) + 1 {
                return Err(Stop::Refuse(WorkbookProblem::SectorLoop));
            }
            let sector = self.sector(id)?;
            let room = usize::try_from(len.saturating_sub(out.len() as u64)).unwrap_or(usize::MAX);
            out.extend_from_slice(sector.get(..sector.len().min(room)).unwrap_or_default());
            if out.len() as u64 >= len {
                break;
            }
            // The library indexes the table without a check: past its end it stops (a caught panic).
            id = *self.fat.get(id as usize).ok_or(Stop::LibraryFails)?;
        }
        Ok(out)
    }

    /// The same in the mini stream; a mini sector past the mini stream's data would make the library read
    /// whatever follows in the file, which this walk cannot see, so it is refused.
    fn mini_chain(&self, start: u32, len: u64) -> Result<Vec<u8>, Stop> {
        let mut out = Vec::new();
        let mut id = start;
        while id != END_OF_CHAIN && (out.len() as u64) < len {
            if u64::from(id) > u64::from(self.max_id) * 8 {
                return Err(Stop::LibraryFails);
            }
            let begin = id as usize * MINI_SECTOR;
            let sector = self
                .mini_stream
                .get(begin..begin + MINI_SECTOR)
                .ok_or(Stop::Refuse(WorkbookProblem::StreamOutside))?;
            let room = usize::try_from(len - out.len() as u64).unwrap_or(usize::MAX);
            out.extend_from_slice(sector.get(..MINI_SECTOR.min(room)).unwrap_or_default());
            id = *self.mini_fat.get(id as usize).ok_or(Stop::LibraryFails)?;
        }
        Ok(out)
    }

    /// The stream the library reads the workbook from: "Workbook", else "Book" (any case).
    fn workbook_stream(&self) -> Result<Vec<u8>, Stop> {
        let stream = |name: &str| -> Result<Vec<u8>, Stop> {
            let entry = self
                .entries
                .iter()
                .find(|e| e.name.eq_ignore_ascii_case(name))
                .ok_or(Stop::LibraryFails)?;
            if entry.len < MINI_STREAM_CUTOFF {
                self.mini_chain(entry.start, entry.len)
            } else {
                self.chain(entry.start, entry.len)
            }
        };
        match stream("Workbook") {
            Err(Stop::LibraryFails) => stream("Book"),
            other => other,
        }
    }
}

impl Entry {
    fn parse(raw: &[u8], sector_size: usize) -> Entry {
        let units: Vec<u16> = raw
            .get(..64)
            .unwrap_or_default()
            .chunks_exact(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]))
            .collect();
        let mut name = String::from_utf16_lossy(&units);
        if let Some(nul) = name.find('\0') {
            name.truncate(nul);
        }
        let len = if sector_size == 512 {
            u32_at(raw, 120).map(u64::from)
        } else {
            u64_at(raw, 120)
        };
        Entry {
            name,
            start: u32_at(raw, 116).unwrap_or(END_OF_CHAIN),
            len: len.unwrap_or(0),
        }
    }
}

/// BIFF records as the library splits them: type, length, data; `None` at the end or at a cut-short record
/// (where the library stops with an error).
fn records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut rest = stream;
    std::iter::from_fn(move || {
        let kind = u16_at(rest, 0)?;
        let len = usize::from(u16_at(rest, 2)?);
        let data = rest.get(4..4 + len)?;
        rest = rest.get(4 + len..).unwrap_or_default();
        Some((kind, data))
    })
}

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const BOUND_SHEET: u16 = 0x0085;
const DIMENSIONS: u16 = 0x0200;
const MUL_RK: u16 = 0x00BD;
const FORMULA: u16 = 0x0006;
/// Number, Label, RString, BoolErr, RK, LabelSst: each starts with its row and column.
const CELLS: [u16; 6] = [0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD];

/// Every sheet's grid, in the order the library builds them (it stops at the first sheet it cannot read).
fn check_sheets(stream: &[u8], limits: &Limits) -> Result<(), Stop> {
    let mut sheets = Vec::new();
    for (kind, data) in records(stream) {
        match kind {
            BOUND_SHEET if data.len() >= 6 => {
                let position = u32_at(data, 0).ok_or(Stop::LibraryFails)? as usize;
                sheets.push((position, sheet_name(data, sheets.len())));
            }
            // A short BoundSheet8 stops the library before it builds any sheet (a caught panic).
            BOUND_SHEET => return Err(Stop::LibraryFails),
            EOF => break,
            _ => {}
        }
    }
    let mut total = 0u64;
    for (position, name) in sheets {
        let sheet = stream.get(position..).ok_or(Stop::LibraryFails)?;
        total = total.saturating_add(sheet_grid(sheet, &name, limits)?);
        if total > limits.grid_cells as u64 {
            return Err(Stop::Refuse(WorkbookProblem::XlsSheets {
                sheet: name,
                limit: limits.grid_cells,
            }));
        }
    }
    Ok(())
}

/// The cells of the grid the library builds for the sheet whose records start `sheet`.
fn sheet_grid(sheet: &[u8], name: &SheetName, limits: &Limits) -> Result<u64, Stop> {
    let mut area: Option<(u32, u32, u32, u32)> = None;
    let mut add = |row: u32, column: u32| {
        area = Some(match area {
            None => (row, row, column, column),
            Some((top, bottom, left, right)) => (
                top.min(row),
                bottom.max(row),
                left.min(column),
                right.max(column),
            ),
        });
    };
    let mut seen_bof = false;
    let mut depth = 0usize;
    for (kind, data) in records(sheet) {
        // Embedded charts are substreams of their own, between a BOF and an EOF: skipped, as the library does.
        if depth > 0 {
            match kind {
                BOF => depth += 1,
                EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        let position = || Some((u32::from(u16_at(data, 0)?), u32::from(u16_at(data, 2)?)));
        match kind {
            BOF if seen_bof => depth += 1,
            BOF => seen_bof = true,
            EOF => break,
            DIMENSIONS => check_dimensions(data, name, limits)?,
            MUL_RK => {
                let (row, first) = position().ok_or(Stop::LibraryFails)?;
                let last = data.len().checked_sub(2).and_then(|at| u16_at(data, at));
                if let Some(last) = last.map(u32::from).filter(|last| *last >= first) {
                    add(row, first);
                    add(row, last);
                }
            }
            kind if kind == FORMULA || CELLS.contains(&kind) => {
                let (row, column) = position().ok_or(Stop::LibraryFails)?;
                add(row, column);
            }
            _ => {}
        }
    }
    let Some((top, bottom, left, right)) = area else {
        return Ok(0);
    };
    let (height, width) = (u64::from(bottom - top) + 1, u64::from(right - left) + 1);
    let cells = height.saturating_mul(width);
    if cells > limits.grid_cells as u64 {
        return Err(Stop::Refuse(WorkbookProblem::XlsFarCell {
            sheet: name.clone(),
            cell: cell_name(bottom.into(), right.into()),
            start: cell_name(top.into(), left.into()),
            rows: height,
            columns: width,
            limit: limits.grid_cells,
        }));
    }
    Ok(cells)
}

/// The library reserves room for the rows × columns a Dimensions record declares (computed in `u32`, so a last
/// row before the first wraps to four billion).
fn check_dimensions(data: &[u8], name: &SheetName, limits: &Limits) -> Result<(), Stop> {
    let (first_row, last_row, mut first_column, last_column) = match data.len() {
        10 => (
            u32::from(u16_at(data, 0).unwrap_or(0)),
            u32::from(u16_at(data, 2).unwrap_or(0)),
            u32::from(u16_at(data, 4).unwrap_or(0)),
            u32::from(u16_at(data, 6).unwrap_or(0)),
        ),
        14 | 16 => (
            u32_at(data, 0).unwrap_or(0),
            u32_at(data, 4).unwrap_or(0),
            u32::from(u16_at(data, 8).unwrap_or(0)),
            u32::from(u16_at(data, 10).unwrap_or(0)),
        ),
        // The library stops with an error on any other length.
        _ => return Err(Stop::LibraryFails),
    };
    if first_column > 0xFF || last_column < first_column {
        first_column = 0;
    }
    let (rows, columns) = if last_row >= 1 && last_column >= 1 {
        (
            i64::from(last_row) - i64::from(first_row),
            i64::from(last_column) - i64::from(first_column),
        )
    } else {
        (1, 1)
    };
    let declared = u64::try_from(rows)
        .ok()
        .zip(u64::try_from(columns).ok())
        .map(|(rows, columns)| rows.saturating_mul(columns));
    match declared {
        Some(cells) if cells <= limits.grid_cells as u64 => Ok(()),
        _ => Err(Stop::Refuse(WorkbookProblem::XlsDimensions {
            sheet: name.clone(),
            first_row: u64::from(first_row) + 1,
            last_row: u64::from(last_row),
            first_column: u64::from(first_column) + 1,
            last_column: u64::from(last_column),
            limit: limits.grid_cells,
        })),
    }
}

/// A sheet's name from its BoundSheet8 record, for messages (its number when the name cannot be read).
fn sheet_name(data: &[u8], index: usize) -> SheetName {
    let fallback = || SheetName::Number(index + 1);
    let (Some(&chars), Some(&flags)) = (data.get(6), data.get(7)) else {
        return fallback();
    };
    let text = data.get(8..).unwrap_or_default();
    let name = if flags & 1 == 1 {
        let units: Vec<u16> = text
            .chunks_exact(2)
            .take(usize::from(chars))
            .map(|p| u16::from_le_bytes([p[0], p[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        text.iter()
            .take(usize::from(chars))
            .map(|&b| char::from(b))
            .collect()
    };
    if name.trim().is_empty() {
        fallback()
    } else {
        SheetName::Named(name)
    }
}

#[cfg(test)]
pub mod tests {
    //! Builds XLS files by hand: a compound file holding one `Workbook` stream of BIFF8 records.
    use super::*;

    /// A BIFF record.
    pub fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut out = kind.to_le_bytes().to_vec();
        out.extend(u16::try_from(data.len()).unwrap().to_le_bytes());
        out.extend_from_slice(data);
        out
    }

    /// A Label cell (an 8-bit string).
    pub fn label(row: u16, column: u16, text: &str) -> Vec<u8> {
        let mut data = Vec::new();
        for v in [row, column, 0, u16::try_from(text.len()).unwrap()] {
            data.extend(v.to_le_bytes());
        }
        data.push(0);
        data.extend(text.bytes());
        record(0x0204, &data)
    }

    /// A Number cell.
    pub fn number(row: u16, column: u16, value: f64) -> Vec<u8> {
        let mut data = Vec::new();
        for v in [row, column, 0] {
            data.extend(v.to_le_bytes());
        }
        data.extend(value.to_le_bytes());
        record(0x0203, &data)
    }

    /// A BIFF8 Dimensions record.
    pub fn dimensions(
        first_row: u32,
        last_row: u32,
        first_column: u16,
        last_column: u16,
    ) -> Vec<u8> {
        let mut data = first_row.to_le_bytes().to_vec();
        data.extend(last_row.to_le_bytes());
        data.extend(first_column.to_le_bytes());
        data.extend(last_column.to_le_bytes());
        data.extend([0, 0]);
        record(DIMENSIONS, &data)
    }

    /// A workbook stream: globals naming one sheet "Data", then the sheet with `cells` (any records).
    pub fn workbook_stream(cells: &[Vec<u8>]) -> Vec<u8> {
        let bof = |kind: u16| {
            let mut data = 0x0600u16.to_le_bytes().to_vec();
            data.extend(kind.to_le_bytes());
            data.extend([0u8; 12]);
            record(BOF, &data)
        };
        let bound_sheet = |position: u32| {
            let mut data = position.to_le_bytes().to_vec();
            data.extend([0, 0, 4, 0]);
            data.extend(b"Data");
            record(BOUND_SHEET, &data)
        };
        let globals_len = bof(5).len() + bound_sheet(0).len() + record(EOF, &[]).len();
        let mut stream = bof(5);
        stream.extend(bound_sheet(u32::try_from(globals_len).unwrap()));
        stream.extend(record(EOF, &[]));
        stream.extend(bof(0x10));
        for cell in cells {
            stream.extend_from_slice(cell);
        }
        stream.extend(record(EOF, &[]));
        stream
    }

    /// A compound file (512-byte sectors: the sector table, the directory, then the stream) holding `stream` as
    /// "Workbook", padded to 4 KB so it is a regular stream; `fat` may be changed before it is written.
    pub fn compound_file(stream: &[u8], change_fat: impl FnOnce(&mut Vec<u32>)) -> Vec<u8> {
        let mut stream = stream.to_vec();
        stream.resize(stream.len().max(4096).next_multiple_of(512), 0);
        let stream_sectors = u32::try_from(stream.len() / 512).unwrap();
        let mut fat = vec![0xFFFF_FFFDu32, END_OF_CHAIN];
        fat.extend((0..stream_sectors).map(|i| {
            if i + 1 == stream_sectors {
                END_OF_CHAIN
            } else {
                i + 3
            }
        }));
        fat.resize(128, 0xFFFF_FFFF);
        change_fat(&mut fat);
        let mut header = SIGNATURE.to_vec();
        header.resize(512, 0);
        let mut put = |at: usize, bytes: &[u8]| header[at..at + bytes.len()].copy_from_slice(bytes);
        put(24, &0x3Eu16.to_le_bytes());
        put(26, &3u16.to_le_bytes());
        put(28, &0xFFFEu16.to_le_bytes());
        put(30, &9u16.to_le_bytes());
        put(32, &6u16.to_le_bytes());
        put(44, &1u32.to_le_bytes());
        put(48, &1u32.to_le_bytes());
        put(56, &4096u32.to_le_bytes());
        put(60, &END_OF_CHAIN.to_le_bytes());
        put(68, &END_OF_CHAIN.to_le_bytes());
        put(76, &0u32.to_le_bytes());
        for slot in 1..109 {
            put(76 + slot * 4, &0xFFFF_FFFFu32.to_le_bytes());
        }
        let entry = |name: &str, kind: u8, child: u32, start: u32, len: u32| {
            let mut raw = vec![0u8; 128];
            let units: Vec<u8> = name
                .encode_utf16()
                .chain([0])
                .flat_map(u16::to_le_bytes)
                .collect();
            raw[..units.len()].copy_from_slice(&units);
            raw[64..66].copy_from_slice(&u16::try_from(units.len()).unwrap().to_le_bytes());
            raw[66] = kind;
            raw[68..72].copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
            raw[72..76].copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
            raw[76..80].copy_from_slice(&child.to_le_bytes());
            raw[116..120].copy_from_slice(&start.to_le_bytes());
            raw[120..124].copy_from_slice(&len.to_le_bytes());
            raw
        };
        let mut file = header;
        file.extend(fat.iter().flat_map(|w| w.to_le_bytes()));
        file.extend(entry("Root Entry", 5, 1, END_OF_CHAIN, 0));
        file.extend(entry(
            "Workbook",
            2,
            0xFFFF_FFFF,
            2,
            u32::try_from(stream.len()).unwrap(),
        ));
        file.extend(vec![0u8; 256]);
        file.extend(stream);
        file
    }

    /// The XLS files in `tests/fixtures/hostile/`, as this builder makes them.
    fn hostile_fixtures() -> Vec<(&'static str, Vec<u8>)> {
        let table = || {
            vec![
                label(0, 0, "name"),
                label(0, 1, "contracted_usd_m"),
                label(1, 0, "Harbour Tower"),
                number(1, 1, 12.5),
            ]
        };
        let with = |extra: Vec<Vec<u8>>| {
            let mut cells = table();
            cells.extend(extra);
            compound_file(&workbook_stream(&cells), |_| {})
        };
        let short_bound_sheet = {
            let mut stream = workbook_stream(&table());
            // The globals' BoundSheet8 record (at offset 20) cut to its first 4 bytes.
            let mut cut = stream[..20].to_vec();
            cut.extend(record(BOUND_SHEET, &[0, 0, 0, 0]));
            cut.extend(record(EOF, &[]));
            stream = cut;
            compound_file(&stream, |_| {})
        };
        vec![
            ("small_table.xls", with(vec![])),
            (
                "stray_cell_far_corner.xls",
                with(vec![number(65_535, 65_535, 1.0)]),
            ),
            (
                "dimensions_four_billion_rows.xls",
                with(vec![dimensions(0, u32::MAX, 0, 2)]),
            ),
            (
                "sector_chain_loop.xls",
                compound_file(&workbook_stream(&table()), |fat| fat[1] = 1),
            ),
            ("short_record.xls", short_bound_sheet),
        ]
    }

    /// The committed fixtures are what the builder makes (`UPDATE_FIXTURES=1 cargo test` writes them again).
    #[test]
    fn the_hostile_xls_fixtures_are_the_builders() {
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
        for (name, bytes) in hostile_fixtures() {
            let path = folder.join(name);
            if std::env::var_os("UPDATE_FIXTURES").is_some() {
                std::fs::write(&path, &bytes).unwrap();
            }
            assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name}");
        }
    }

    fn check(cells: &[Vec<u8>]) -> Result<(), WorkbookProblem> {
        check_compound(
            &compound_file(&workbook_stream(cells), |_| {}),
            &Limits::STANDARD,
        )
    }

    #[test]
    fn a_small_sheet_passes_and_is_read_by_the_library() {
        let cells = [
            dimensions(0, 2, 0, 2),
            label(0, 0, "name"),
            label(0, 1, "amount"),
            label(1, 0, "A"),
            number(1, 1, 12.5),
        ];
        assert_eq!(check(&cells), Ok(()));
        let bytes = compound_file(&workbook_stream(&cells), |_| {});
        let mut book = calamine::Xls::new(std::io::Cursor::new(bytes)).unwrap();
        use calamine::Reader;
        let range = book.worksheet_range("Data").unwrap();
        assert_eq!(range.get_size(), (2, 2));
    }

    #[test]
    fn a_stray_cell_at_the_far_corner_refuses_the_sheet() {
        let error = check(&[label(0, 0, "name"), number(65_535, 65_535, 1.0)]).unwrap_err();
        assert_eq!(
            error,
            WorkbookProblem::XlsFarCell {
                sheet: SheetName::Named("Data".into()),
                cell: "CRXP65536".into(),
                start: "A1".into(),
                rows: 65_536,
                columns: 65_536,
                limit: 16_777_216,
            }
        );
    }

    #[test]
    fn a_dimensions_record_of_billions_of_rows_or_one_that_wraps_is_refused() {
        for dims in [dimensions(0, u32::MAX, 0, 10), dimensions(10, 5, 0, 3)] {
            let error = check(&[dims, label(0, 0, "name")]).unwrap_err();
            assert!(
                matches!(&error, WorkbookProblem::XlsDimensions { sheet: SheetName::Named(name), .. } if name == "Data"),
                "{error:?}"
            );
        }
    }

    #[test]
    fn a_sector_chain_that_loops_is_refused_before_the_library_follows_it() {
        // The directory's sector points back at itself.
        let bytes = compound_file(&workbook_stream(&[label(0, 0, "x")]), |fat| fat[1] = 1);
        assert_eq!(
            check_compound(&bytes, &Limits::STANDARD),
            Err(WorkbookProblem::SectorLoop)
        );
        // The stream's fourth sector points back at its first, and the stream claims 4 GB: the library would
        // go round until it had them.
        let mut bytes = compound_file(&workbook_stream(&[label(0, 0, "x")]), |fat| fat[5] = 2);
        let workbook_len = 512 + 512 + 128 + 120;
        bytes[workbook_len..workbook_len + 4].copy_from_slice(&0xF000_0000u32.to_le_bytes());
        assert_eq!(
            check_compound(&bytes, &Limits::STANDARD),
            Err(WorkbookProblem::SectorLoop)
        );
        // With its true length the same loop ends where the stream does.
        let bytes = compound_file(&workbook_stream(&[label(0, 0, "x")]), |fat| fat[5] = 2);
        assert_eq!(check_compound(&bytes, &Limits::STANDARD), Ok(()));
    }

    #[test]
    fn what_the_library_rejects_itself_passes_here() {
        assert_eq!(check_compound(b"", &Limits::STANDARD), Ok(()));
        let mut bytes = compound_file(&workbook_stream(&[]), |_| {});
        bytes[30] = 7;
        assert_eq!(check_compound(&bytes, &Limits::STANDARD), Ok(()));
        assert_eq!(sheet_name(&[0; 6], 1), SheetName::Number(2));
    }
}
