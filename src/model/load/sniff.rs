//! Detects how a consultant's text table is written, so nobody has to be asked: the text encoding (a byte-order
//! mark, valid UTF-8, the NUL pattern of BOM-less UTF-16, or a `chardetng` guess), the delimiter, the quote
//! character, the header record below any title lines, the line ending, and whether decimals use a comma.
//!
//! Everything here is total: any byte string or text gives either a result or a located [`LoadError`], never a
//! panic, and sniffing looks only at the start of a file so that it stays fast on files of hundreds of megabytes.
//! Must not depend on egui, eframe or rfd.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding};

use crate::model::error::LoadError;
use crate::model::load::values::DecimalSeparator;

/// The text encodings the app reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Read with the GB18030 decoder, which is a superset of GBK and GB2312 (what Chinese Excel saves as "CSV").
    Gb18030,
    Big5,
    Windows1252,
    ShiftJis,
}

impl TextEncoding {
    /// Every encoding, in the order an encoding menu lists them.
    pub const ALL: [TextEncoding; 7] = [
        TextEncoding::Utf8,
        TextEncoding::Utf16Le,
        TextEncoding::Utf16Be,
        TextEncoding::Gb18030,
        TextEncoding::Big5,
        TextEncoding::Windows1252,
        TextEncoding::ShiftJis,
    ];

    /// The name shown to the user (and used in [`LoadError::Encoding`]).
    /// The encoding a user names on the command line ("gbk", "UTF-16LE", "windows-1252"…).
    pub fn from_name(name: &str) -> Option<TextEncoding> {
        let name = name
            .trim()
            .to_ascii_lowercase()
            .replace(['-', '_', ' '], "");
        Some(match name.as_str() {
            "utf8" => TextEncoding::Utf8,
            "utf16" | "utf16le" => TextEncoding::Utf16Le,
            "utf16be" => TextEncoding::Utf16Be,
            "gbk" | "gb18030" | "gb2312" | "cp936" => TextEncoding::Gb18030,
            "big5" => TextEncoding::Big5,
            "windows1252" | "cp1252" | "latin1" => TextEncoding::Windows1252,
            "shiftjis" | "sjis" => TextEncoding::ShiftJis,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16Le => "UTF-16 LE",
            TextEncoding::Utf16Be => "UTF-16 BE",
            TextEncoding::Gb18030 => "GB18030 (GBK)",
            TextEncoding::Big5 => "Big5",
            TextEncoding::Windows1252 => "Windows-1252",
            TextEncoding::ShiftJis => "Shift_JIS",
        }
    }

    /// The `encoding_rs` codec that decodes this encoding.
    fn codec(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => encoding_rs::UTF_8,
            TextEncoding::Utf16Le => encoding_rs::UTF_16LE,
            TextEncoding::Utf16Be => encoding_rs::UTF_16BE,
            TextEncoding::Gb18030 => encoding_rs::GB18030,
            TextEncoding::Big5 => encoding_rs::BIG5,
            TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252,
            TextEncoding::ShiftJis => encoding_rs::SHIFT_JIS,
        }
    }

    /// The encoding the app reads for an `encoding_rs` codec, if it reads it at all. GBK is decoded as GB18030
    /// because the GB18030 decoder accepts everything GBK does and more.
    fn from_codec(codec: &'static Encoding) -> Option<TextEncoding> {
        if codec == encoding_rs::GBK || codec == encoding_rs::GB18030 {
            return Some(TextEncoding::Gb18030);
        }
        TextEncoding::ALL.into_iter().find(|e| e.codec() == codec)
    }

    fn is_utf16(self) -> bool {
        matches!(self, TextEncoding::Utf16Le | TextEncoding::Utf16Be)
    }

    /// The byte-order mark this encoding may start with.
    fn bom(self) -> &'static [u8] {
        match self {
            TextEncoding::Utf8 => b"\xEF\xBB\xBF",
            TextEncoding::Utf16Le => b"\xFF\xFE",
            TextEncoding::Utf16Be => b"\xFE\xFF",
            _ => b"",
        }
    }
}

/// Text decoded from a file, and how it was decoded.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text without any byte-order mark. Borrowed from the input (no copy) when the bytes were already UTF-8.
    pub text: Cow<'a, str>,
    pub encoding: TextEncoding,
    pub had_bom: bool,
}

/// How much of the start of a file the binary checks look at.
const BINARY_SAMPLE: usize = 8 * 1024;
/// How much of the start of a non-UTF-8 file `chardetng` sees: enough text for a confident guess, small enough
/// that detection stays in the milliseconds on a 350 MB file.
const DETECT_WINDOW: usize = 512 * 1024;
/// A UTF-8 prefix with at least this many non-ASCII characters before the first invalid byte is taken to be a
/// damaged UTF-8 file (reported at the bad byte) rather than a legacy encoding whose bytes happened to look like
/// UTF-8: a run of GBK characters that is also valid UTF-8 this long is vanishingly unlikely.
const UTF8_EVIDENCE: usize = 4;

/// Signatures of formats that are certainly not text tables; each is a prefix of the file.
const BINARY_SIGNATURES: [&[u8]; 10] = [
    b"PK\x03\x04",                       // ZIP, and so XLSX, DOCX, ODS
    b"PK\x05\x06",                       // empty ZIP
    b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", // OLE compound file: XLS, DOC
    b"%PDF-",                            // PDF
    b"\x89PNG\r\n\x1A\n",                // PNG
    b"\xFF\xD8\xFF",                     // JPEG
    b"GIF8",                             // GIF
    b"\x1F\x8B",                         // gzip
    b"7z\xBC\xAF\x27\x1C",               // 7-Zip
    b"Rar!\x1A\x07",                     // RAR
];

/// Decodes `bytes` read from `path` into text.
///
/// * A byte-order mark decides the encoding (UTF-8 `EF BB BF`, UTF-16 LE `FF FE`, UTF-16 BE `FE FF`) and is
///   stripped; otherwise BOM-less UTF-16 is recognised by ASCII characters having a zero high byte; otherwise
///   valid UTF-8 is UTF-8 (borrowed, no copy); otherwise `chardetng` guesses from up to 512 KB starting at the
///   first non-ASCII line (GBK is decoded as GB18030), and guesses the app cannot read fall back to the first of GB18030, Big5,
///   Shift_JIS that decodes the start of the file, else Windows-1252.
/// * `forced` (the user's choice) overrides detection; only that encoding's own BOM is stripped.
///
/// # Errors
///
/// * [`LoadError::Empty`] when there is no text or only whitespace.
/// * [`LoadError::Binary`] for ZIP/XLSX, OLE/XLS, PDF, PNG and similar signatures, and for NUL bytes or more than
///   10 % control bytes in the first 8 KB of a file that is not UTF-16.
/// * [`LoadError::Encoding`] when the bytes are invalid in the chosen encoding, never a lossy decode. Its `line`
///   and `column` locate the FIRST invalid byte: `line` is 1-based, counting `\n`, `\r\n` and a lone `\r` as one
///   line break each; `column` is the 1-based *character* column on that line (not a field number).
/// * [`LoadError::Format`] for UTF-32, which the app does not read.
pub fn decode<'a>(
    bytes: &'a [u8],
    path: &str,
    forced: Option<TextEncoding>,
) -> Result<Decoded<'a>, LoadError> {
    if bytes.is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    if BINARY_SIGNATURES.iter().any(|sig| bytes.starts_with(sig)) {
        return Err(LoadError::Binary {
            path: path.to_owned(),
        });
    }
    // UTF-32 LE's BOM starts with UTF-16 LE's; read as UTF-16 it would silently become text full of NULs.
    if forced.is_none()
        && (bytes.starts_with(b"\xFF\xFE\0\0") || bytes.starts_with(b"\0\0\xFE\xFF"))
    {
        return Err(LoadError::Format {
            path: path.to_owned(),
            message: "the text is UTF-32, which is not supported; save the file as UTF-8"
                .to_owned(),
        });
    }

    let (encoding, body, had_bom) = match forced {
        Some(enc) => match bytes.strip_prefix(enc.bom()) {
            Some(rest) if !enc.bom().is_empty() => (enc, rest, true),
            _ => (enc, bytes, false),
        },
        None => match bom_encoding(bytes) {
            Some((enc, rest)) => (enc, rest, true),
            None => match detect(bytes, path)? {
                // Already validated: skip a second pass over what may be hundreds of megabytes.
                Detected::Utf8(text) => {
                    return if text.trim().is_empty() {
                        Err(LoadError::Empty {
                            path: path.to_owned(),
                        })
                    } else {
                        Ok(Decoded {
                            text: Cow::Borrowed(text),
                            encoding: TextEncoding::Utf8,
                            had_bom: false,
                        })
                    };
                }
                Detected::Other(enc) => (enc, bytes, false),
            },
        },
    };
    // UTF-16 text is full of zero bytes, so the byte-level check only applies to the other encodings; UTF-16 gets
    // the same check on its decoded characters below.
    if !encoding.is_utf16() && looks_binary(body) {
        return Err(LoadError::Binary {
            path: path.to_owned(),
        });
    }

    let text = strict_decode(encoding, body).map_err(|(line, column)| LoadError::Encoding {
        path: path.to_owned(),
        line,
        column,
        encoding: encoding.label().to_owned(),
    })?;
    if encoding.is_utf16() && text_looks_binary(&text) {
        return Err(LoadError::Binary {
            path: path.to_owned(),
        });
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    Ok(Decoded {
        text,
        encoding,
        had_bom,
    })
}

/// The encoding a byte-order mark announces, and the bytes after it.
fn bom_encoding(bytes: &[u8]) -> Option<(TextEncoding, &[u8])> {
    [
        TextEncoding::Utf8,
        TextEncoding::Utf16Le,
        TextEncoding::Utf16Be,
    ]
    .into_iter()
    .find_map(|enc| bytes.strip_prefix(enc.bom()).map(|rest| (enc, rest)))
}

/// What [`detect`] found.
enum Detected<'a> {
    /// All the bytes are valid UTF-8.
    Utf8(&'a str),
    /// Decode with this encoding (it may still fail, e.g. damaged UTF-8).
    Other(TextEncoding),
}

/// Detects the encoding of BOM-less bytes.
fn detect<'a>(bytes: &'a [u8], path: &str) -> Result<Detected<'a>, LoadError> {
    if let Some(enc) = utf16_by_nul_pattern(bytes) {
        return Ok(Detected::Other(enc));
    }
    // Checked before guessing so that a binary file is reported as binary, not as badly encoded text.
    if looks_binary(bytes) {
        return Err(LoadError::Binary {
            path: path.to_owned(),
        });
    }
    let valid_up_to = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(Detected::Utf8(text)),
        Err(e) => e.valid_up_to(),
    };
    let valid = bytes.get(..valid_up_to).unwrap_or_default();
    if valid
        .iter()
        .filter(|b| **b >= 0xC0)
        .take(UTF8_EVIDENCE)
        .count()
        >= UTF8_EVIDENCE
    {
        // Real UTF-8 text with a damaged byte: report the byte rather than guess a legacy encoding that would
        // turn the whole file into mojibake without complaint.
        return Ok(Detected::Other(TextEncoding::Utf8));
    }
    // Show chardetng the text from the line holding the first non-ASCII byte: a long ASCII prefix says nothing
    // about the encoding, and the non-ASCII part may start far into a big file.
    let first_non_ascii = valid
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(valid_up_to);
    let line_start = memchr::memrchr(b'\n', bytes.get(..first_non_ascii).unwrap_or_default())
        .map_or(0, |i| i + 1);
    let window_end = line_start.saturating_add(DETECT_WINDOW).min(bytes.len());
    let window = bytes.get(line_start..window_end).unwrap_or_default();
    // Detect as if more followed, even at the end of the file: a file cut in the middle of a character (an
    // interrupted download) is still detected as what it is, and the strict decoding then reports where it breaks.
    let last = false;

    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(window, last);
    // No top-level-domain hint: ".cn" or ".hk" makes chardetng read Western, Japanese and Big5 files as GBK,
    // while without one it still recognises even a lone GBK header line such as "项目名称".
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    if let Some(enc) =
        TextEncoding::from_codec(guess).filter(|e| !e.is_utf16() && *e != TextEncoding::Utf8)
    {
        return Ok(Detected::Other(enc));
    }
    // A guess the app cannot read (EUC-KR, a Cyrillic code page, ...): take the first readable encoding that
    // decodes the window; Windows-1252 decodes every byte, so it is the last resort.
    Ok(Detected::Other(
        [
            TextEncoding::Gb18030,
            TextEncoding::Big5,
            TextEncoding::ShiftJis,
        ]
        .into_iter()
        .find(|enc| decodes_cleanly(*enc, window, last))
        .unwrap_or(TextEncoding::Windows1252),
    ))
}

/// Whether `window` decodes without error in `enc`; unless `last`, a character cut off at the end is fine.
fn decodes_cleanly(enc: TextEncoding, window: &[u8], last: bool) -> bool {
    let mut decoder = enc.codec().new_decoder_without_bom_handling();
    let mut out = String::new();
    let mut rest = window;
    // Each round reserves room for the whole rest, so a second round is already unexpected; the bound only
    // rules out spinning forever.
    for _ in 0..8 {
        out.clear();
        out.reserve(rest.len().saturating_mul(3).saturating_add(16));
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut out, last);
        match result {
            DecoderResult::InputEmpty => return true,
            DecoderResult::Malformed(..) => return false,
            DecoderResult::OutputFull => rest = rest.get(read..).unwrap_or_default(),
        }
    }
    false
}

/// UTF-16 without a BOM: in table text most characters are ASCII (digits, delimiters, line breaks), whose high
/// byte is zero, so zeros sit on one byte parity only. Binary data has zeros on both.
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<TextEncoding> {
    let sample = bytes
        .get(..bytes.len().min(BINARY_SAMPLE))
        .unwrap_or_default();
    let (mut le_text, mut be_text, mut odd_other, mut both_zero, mut units) =
        (0usize, 0usize, 0usize, 0usize, 0);
    for pair in sample.chunks_exact(2) {
        let &[first, second] = pair else { continue };
        units += 1;
        match (first, second) {
            (0, 0) => both_zero += 1,
            (low, 0) if is_text_byte(low) => le_text += 1,
            (0, low) if is_text_byte(low) => be_text += 1,
            (_, 0) | (0, _) => odd_other += 1,
            _ => {}
        }
    }
    if units == 0 || both_zero > 0 {
        return None;
    }
    // At least a tenth of the units are ASCII on one parity, and the other parity has far fewer zeros: CJK
    // characters such as U+4E00 一 legitimately put a zero in the low byte.
    let decide = |mine: usize, theirs: usize| {
        mine * 10 >= units && theirs.saturating_add(odd_other) * 4 <= mine
    };
    if decide(le_text, be_text) {
        Some(TextEncoding::Utf16Le)
    } else if decide(be_text, le_text) {
        Some(TextEncoding::Utf16Be)
    } else {
        None
    }
}

/// A byte that, as the low byte of a UTF-16 code unit with a zero high byte, is ordinary text (Latin-1).
fn is_text_byte(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\r' | 0x20..=0x7E | 0xA0..=0xFF)
}

/// A control byte that never appears in a text table (tab, line breaks and form feed do).
fn is_binary_control(b: u32) -> bool {
    (b < 0x20 && !matches!(b, 0x09 | 0x0A | 0x0C | 0x0D)) || b == 0x7F
}

/// NUL bytes, or more than 10 % control bytes, in the first 8 KB.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = bytes
        .get(..bytes.len().min(BINARY_SAMPLE))
        .unwrap_or_default();
    if memchr::memchr(0, sample).is_some() {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|b| is_binary_control(u32::from(**b)))
        .count();
    controls * 10 > sample.len()
}

/// The same test as [`looks_binary`] on decoded characters, for UTF-16.
fn text_looks_binary(text: &str) -> bool {
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in text.chars().take(BINARY_SAMPLE / 2) {
        if c == '\0' {
            return true;
        }
        chars += 1;
        controls += usize::from(is_binary_control(u32::from(c)));
    }
    controls * 10 > chars
}

/// Decodes all of `bytes` in `enc` or returns the 1-based line and character column of the first invalid byte.
fn strict_decode(enc: TextEncoding, bytes: &[u8]) -> Result<Cow<'_, str>, (u64, usize)> {
    if enc == TextEncoding::Utf8 {
        return std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            line_and_column(std::str::from_utf8(valid).unwrap_or_default())
        });
    }
    if let Some(text) = enc
        .codec()
        .decode_without_bom_handling_and_without_replacement(bytes)
    {
        return Ok(text);
    }
    // Rare path: decode again, incrementally, to learn what came before the first malformed sequence.
    let mut decoder = enc.codec().new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len().saturating_add(16));
    let mut rest = bytes;
    for _ in 0..8 {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut out, true);
        match result {
            // The decoder stops before writing anything of a malformed sequence, so `out` is the valid prefix.
            DecoderResult::Malformed(..) | DecoderResult::InputEmpty => {
                return Err(line_and_column(&out));
            }
            DecoderResult::OutputFull => {
                rest = rest.get(read..).unwrap_or_default();
                out.reserve(rest.len().saturating_mul(3).saturating_add(16));
            }
        }
    }
    Err(line_and_column(&out))
}

/// The 1-based line and character column just after `prefix`.
fn line_and_column(prefix: &str) -> (u64, usize) {
    let bytes = prefix.as_bytes();
    let mut line = 1u64;
    let mut line_start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // "\r\n" is one break, counted at its '\n'.
        if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
            continue;
        }
        line += 1;
        line_start = i + 1;
    }
    let column = prefix.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// Line breaks in a text file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LineEnding {
    Lf,
    CrLf,
    /// Classic Mac OS; the csv reader from [`reader_builder`] splits records on a lone `\r` too.
    Cr,
}

/// How the table is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Dialect {
    /// One of `b','`, `b';'`, `b'\t'`, `b'|'`.
    pub delimiter: u8,
    /// `b'"'`, or `b'\''` when the file clearly quotes with apostrophes and never with double quotes.
    pub quote: u8,
    /// Records (0-based, as the csv crate counts them with the detected delimiter, quotes respected; blank lines
    /// are not records) before the header: title lines such as "2015年重庆市港资项目一览表" that government portal
    /// exports put above the header.
    pub header_record: usize,
    pub line_ending: LineEnding,
    pub decimal: DecimalSeparator,
}

impl Default for Dialect {
    /// Plain RFC 4180 CSV.
    fn default() -> Self {
        Dialect {
            delimiter: b',',
            quote: b'"',
            header_record: 0,
            line_ending: LineEnding::Lf,
            decimal: DecimalSeparator::Point,
        }
    }
}

impl Dialect {
    /// The delimiter's name for the user: "comma", "semicolon", "tab" or "pipe".
    pub fn delimiter_label(&self) -> &'static str {
        match self.delimiter {
            b';' => "semicolon",
            b'\t' => "tab",
            b'|' => "pipe",
            _ => "comma",
        }
    }
}

/// Bytes of text the sniffer reads, extended to the end of the line it cuts.
const SNIFF_BYTES: usize = 64 * 1024;
/// The most the sample is extended to finish a long line.
const SNIFF_MAX_BYTES: usize = 1024 * 1024;
/// Records the sniffer reads.
const SNIFF_RECORDS: usize = 200;
/// Rows that may be title lines above the header.
const HEADER_CANDIDATES: usize = 50;
/// Delimiters, in the order that breaks ties.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Sniffs the dialect from the start of `text` (at most about 64 KB and 200 records, so it is fast on any file).
///
/// * Delimiter: the candidate whose most common field count (> 1) covers the largest share of records, parsing
///   with the csv crate so quoted delimiters, quotes and line breaks are handled; ties prefer `,` `;` tab `|`;
///   comma when nothing splits the records.
/// * Header: see [`find_header_row`].
/// * Decimal comma: only with `;` or tab delimiters, when more data cells look like `1.234,5` / `12,5` than like
///   `1,234.5` / `12.5`.
/// * Line ending: the most common of `\r\n`, `\n` and lone `\r` in the sample (`\n` when there is none).
pub fn sniff_dialect(text: &str) -> Dialect {
    let (sample, truncated) = sample_of(text);
    let delimiter_and_quote = best_delimiter(sample, b'"', truncated);
    let (delimiter, quote) = choose_quote(sample, truncated, delimiter_and_quote);
    let records = read_records(sample, delimiter, quote, truncated);
    let rows: Vec<Vec<&str>> = records.iter().map(|r| r.iter().collect()).collect();
    let header_record = find_header_row(&rows);
    let decimal = if matches!(delimiter, b';' | b'\t') {
        decimal_separator(rows.iter().skip(header_record + 1).flatten().copied())
    } else {
        DecimalSeparator::Point
    };
    Dialect {
        delimiter,
        quote,
        header_record,
        line_ending: line_ending(sample),
        decimal,
    }
}

/// The start of `text` to sniff, and whether it is shorter than `text`.
fn sample_of(text: &str) -> (&str, bool) {
    if text.len() <= SNIFF_BYTES {
        return (text, false);
    }
    let bytes = text.as_bytes();
    let end = bytes
        .get(SNIFF_BYTES..)
        .and_then(|rest| memchr::memchr2(b'\n', b'\r', rest))
        .map_or(SNIFF_MAX_BYTES, |i| SNIFF_BYTES + i + 1)
        .min(SNIFF_MAX_BYTES)
        .min(text.len());
    let mut end = end;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (text.get(..end).unwrap_or(text), end < text.len())
}

/// Parses up to [`SNIFF_RECORDS`] records of `sample`. When the sample was cut from a longer text, a last record
/// that ran into the cut may be incomplete, so it is dropped (unless it is the only one).
fn read_records(sample: &str, delimiter: u8, quote: u8, truncated: bool) -> Vec<csv::StringRecord> {
    let dialect = Dialect {
        delimiter,
        quote,
        ..Dialect::default()
    };
    let mut reader = reader_builder(&dialect).from_reader(sample.as_bytes());
    let mut records = Vec::new();
    let mut reached_end = true;
    for record in reader.records() {
        // A slice of a `str` split at ASCII bytes is always valid UTF-8, so errors cannot happen; stop if they do.
        let Ok(record) = record else { break };
        records.push(record);
        if records.len() == SNIFF_RECORDS {
            reached_end = false;
            break;
        }
    }
    if truncated && reached_end && records.len() > 1 {
        records.pop();
    }
    records
}

/// How well a delimiter splits the sample: records with the most common field count (> 1), out of all records.
#[derive(Clone, Copy)]
struct Fit {
    matching: u64,
    total: u64,
}

impl Fit {
    fn of(sample: &str, delimiter: u8, quote: u8, truncated: bool) -> Fit {
        let counts: Vec<usize> = read_records(sample, delimiter, quote, truncated)
            .iter()
            .map(|r| r.len())
            .collect();
        let matching =
            modal_count(counts.iter().copied().filter(|n| *n > 1)).map_or(0, |(_, freq)| freq);
        Fit {
            matching: matching as u64,
            total: counts.len() as u64,
        }
    }

    /// Strictly better; ties keep the earlier candidate.
    fn beats(self, other: Fit) -> bool {
        self.matching * other.total.max(1) > other.matching * self.total.max(1)
    }
}

/// The most common value and how often it occurs; ties go to the larger value.
fn modal_count(values: impl Iterator<Item = usize>) -> Option<(usize, usize)> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(value, _)| *value == v) {
            Some((_, freq)) => *freq += 1,
            None => counts.push((v, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|(value, freq)| (*freq, *value))
}

/// The best delimiter for `quote`, with its fit; `None` when no delimiter splits the records.
fn best_delimiter(sample: &str, quote: u8, truncated: bool) -> Option<(u8, Fit)> {
    let mut best: Option<(u8, Fit)> = None;
    for delimiter in DELIMITERS {
        let fit = Fit::of(sample, delimiter, quote, truncated);
        if fit.matching > 0 && best.is_none_or(|(_, b)| fit.beats(b)) {
            best = Some((delimiter, fit));
        }
    }
    best
}

/// Apostrophe quoting is chosen only when the sample has no double quote at all and apostrophes either split
/// the records strictly better, or (splitting equally) wrap at least two whole fields.
fn choose_quote(sample: &str, truncated: bool, with_double: Option<(u8, Fit)>) -> (u8, u8) {
    let double = with_double.map_or(b',', |(d, _)| d);
    if sample.contains('"') || !sample.contains('\'') {
        return (double, b'"');
    }
    let Some((single, single_fit)) = best_delimiter(sample, b'\'', truncated) else {
        return (double, b'"');
    };
    let Some((_, double_fit)) = with_double else {
        return (single, b'\'');
    };
    if single_fit.beats(double_fit) {
        return (single, b'\'');
    }
    let wrapped = read_records(sample, double, b'"', truncated)
        .iter()
        .flat_map(|r| r.iter().map(|f| f.trim()).collect::<Vec<_>>())
        .filter(|f| f.len() >= 2 && f.starts_with('\'') && f.ends_with('\''))
        .count();
    if single == double && !double_fit.beats(single_fit) && wrapped >= 2 {
        (single, b'\'')
    } else {
        (double, b'"')
    }
}

/// The most common line break in `sample`.
fn line_ending(sample: &str) -> LineEnding {
    let bytes = sample.as_bytes();
    let (mut crlf, mut lf, mut cr) = (0usize, 0usize, 0usize);
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        match bytes.get(i) {
            Some(b'\n') if i > 0 && bytes.get(i - 1) == Some(&b'\r') => crlf += 1,
            Some(b'\n') => lf += 1,
            Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => {}
            _ => cr += 1,
        }
    }
    if crlf > 0 && crlf >= lf && crlf >= cr {
        LineEnding::CrLf
    } else if cr > lf {
        LineEnding::Cr
    } else {
        LineEnding::Lf
    }
}

/// For already-split rows (a sniffed CSV, or a spreadsheet): the index of the header row, 0 when none stands out.
///
/// The header is the first row (of the first 50) whose length equals the most common length of the next 200
/// rows and whose non-empty cells are mostly non-numeric text; when the table has more than one column it also
/// needs at least two non-empty cells and at least half as many as a typical following row, so title lines
/// ("2015年重庆市港资项目一览表" alone, or padded with empty cells by a spreadsheet) and the sparse top row of a
/// two-row merged header are skipped. A length one off the common one also counts (a trailing delimiter on the
/// data rows only); if no row fits the length at all, the first row that passes the text test is taken.
pub fn find_header_row<S: AsRef<str>>(rows: &[Vec<S>]) -> usize {
    let candidates = rows.len().min(HEADER_CANDIDATES);
    let mut relaxed = None;
    for i in 0..candidates {
        let Some(row) = rows.get(i) else { break };
        let following = rows.get(i + 1..).unwrap_or_default();
        let following = following
            .get(..following.len().min(SNIFF_RECORDS))
            .unwrap_or_default();
        let Some((width, _)) = modal_count(following.iter().map(Vec::len)) else {
            break;
        };
        let mut filled: Vec<usize> = following.iter().map(|r| non_empty(r)).collect();
        filled.sort_unstable();
        let typical_filled = filled.get(filled.len() / 2).copied().unwrap_or(0);
        if !is_header_like(row, width, typical_filled) {
            continue;
        }
        // One cell more or less is a header without the data rows' trailing delimiter (or with an extra one).
        if row.len().abs_diff(width) <= 1 {
            return i;
        }
        relaxed.get_or_insert(i);
    }
    relaxed.unwrap_or(0)
}

fn non_empty<S: AsRef<str>>(row: &[S]) -> usize {
    row.iter().filter(|c| !c.as_ref().trim().is_empty()).count()
}

/// Mostly non-numeric text, and filled enough for a table `width` columns wide.
fn is_header_like<S: AsRef<str>>(row: &[S], width: usize, typical_filled: usize) -> bool {
    let cells: Vec<&str> = row
        .iter()
        .map(|c| c.as_ref().trim())
        .filter(|c| !c.is_empty())
        .collect();
    if cells.is_empty() {
        return false;
    }
    if width > 1 && (cells.len() < 2 || cells.len() * 2 < typical_filled) {
        return false;
    }
    let numeric = cells.iter().filter(|c| looks_numeric(c)).count();
    numeric * 2 < cells.len()
}

/// Currency and sign prefixes that may precede a number.
const NUMBER_PREFIXES: [&str; 10] = ["+", "-", "−", "¥", "￥", "$", "€", "£", "HK$", "US$"];

/// Strips a sign or currency prefix and a percent suffix.
fn number_core(cell: &str) -> &str {
    let mut s = cell.trim();
    while let Some(rest) = NUMBER_PREFIXES.iter().find_map(|p| s.strip_prefix(p)) {
        s = rest.trim_start();
    }
    s.trim_end_matches(['%', '‰']).trim_end()
}

/// A number, date or time as data cells hold them ("1,234.5", "12,5", "-3%", "2015-06-30", "2015/6/30").
fn looks_numeric(cell: &str) -> bool {
    let s = number_core(cell);
    let mut chars = s.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut exponent = false;
    chars.all(|c| match c {
        '0'..='9' | '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'' | '-' | '/' | ':' => true,
        'e' | 'E' if !exponent => {
            exponent = true;
            true
        }
        _ => false,
    })
}

/// Which decimal separator a cell shows: the last of `.`/`,` followed by digits only, with only digits, spaces
/// and the other separator (as thousands grouping) before it.
fn decimal_vote(cell: &str) -> Option<DecimalSeparator> {
    let s = number_core(cell);
    let sep = s.rfind(['.', ','])?;
    let (int, frac) = (s.get(..sep)?, s.get(sep + 1..)?);
    let (this, other, vote) = if s.as_bytes().get(sep) == Some(&b',') {
        (',', '.', DecimalSeparator::Comma)
    } else {
        ('.', ',', DecimalSeparator::Point)
    };
    let frac_ok = !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit());
    // "12.500" or "12,500" with nothing else is either a decimal or a thousands group: no vote either way.
    if frac.len() == 3 && !int.contains(other) {
        return None;
    }
    let int_ok = int.starts_with(|c: char| c.is_ascii_digit())
        && int
            .chars()
            .all(|c| c.is_ascii_digit() || c == other || matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        && !int.contains(this);
    (frac_ok && int_ok).then_some(vote)
}

/// Comma when more cells vote for a decimal comma than for a decimal point.
fn decimal_separator<'s>(cells: impl Iterator<Item = &'s str>) -> DecimalSeparator {
    let (mut comma, mut point) = (0usize, 0usize);
    for cell in cells {
        match decimal_vote(cell) {
            Some(DecimalSeparator::Comma) => comma += 1,
            Some(_) => point += 1,
            None => {}
        }
    }
    if comma > point {
        DecimalSeparator::Comma
    } else {
        DecimalSeparator::Point
    }
}

/// A `csv::ReaderBuilder` for `dialect`: no header handling (the caller skips `header_record` records itself),
/// flexible record lengths, the dialect's delimiter and quote, and the CRLF terminator, which ends a record at
/// `\r\n`, `\n` or a lone `\r`, so classic Mac files read correctly too.
pub fn reader_builder(dialect: &Dialect) -> csv::ReaderBuilder {
    let mut builder = csv::ReaderBuilder::new();
    builder
        .has_headers(false)
        .flexible(true)
        .delimiter(dialect.delimiter)
        .quote(dialect.quote)
        .double_quote(true)
        .terminator(csv::Terminator::CRLF);
    builder
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut bytes = Vec::new();
        let units = std::iter::once(0xFEFF)
            .filter(|_| bom)
            .chain(text.encode_utf16());
        for unit in units {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        bytes
    }

    #[test]
    fn utf8_without_bom_is_borrowed() {
        let bytes = "项目名称,合同外资\n重庆港资项目,12.5\n".as_bytes();
        let decoded = decode(bytes, "a.csv", None).unwrap();
        assert!(matches!(decoded.text, Cow::Borrowed(_)));
        assert_eq!(decoded.text, "项目名称,合同外资\n重庆港资项目,12.5\n");
        assert_eq!(decoded.encoding, TextEncoding::Utf8);
        assert!(!decoded.had_bom);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let bytes = b"\xEF\xBB\xBFname,value\nx,1\n";
        let decoded = decode(bytes, "a.csv", None).unwrap();
        assert!(matches!(decoded.text, Cow::Borrowed(_)));
        assert_eq!(decoded.text, "name,value\nx,1\n");
        assert_eq!(decoded.encoding, TextEncoding::Utf8);
        assert!(decoded.had_bom);
    }

    #[test]
    fn utf16_with_bom() {
        let text = "项目名称\t合同外资\r\n港资一号\t100\r\n";
        for (big_endian, expected) in [
            (false, TextEncoding::Utf16Le),
            (true, TextEncoding::Utf16Be),
        ] {
            let bytes = utf16(text, big_endian, true);
            let decoded = decode(&bytes, "a.txt", None).unwrap();
            assert_eq!(decoded.text, text);
            assert_eq!(decoded.encoding, expected);
            assert!(decoded.had_bom);
            assert_eq!(sniff_dialect(&decoded.text).delimiter, b'\t');
        }
    }

    #[test]
    fn utf16_without_bom_by_nul_pattern() {
        let text = "name\tvalue\r\nHK Land\t12.5\r\nSwire\t7\r\n";
        for (big_endian, expected) in [
            (false, TextEncoding::Utf16Le),
            (true, TextEncoding::Utf16Be),
        ] {
            let bytes = utf16(text, big_endian, false);
            let decoded = decode(&bytes, "a.txt", None).unwrap();
            assert_eq!(decoded.text, text);
            assert_eq!(decoded.encoding, expected);
            assert!(!decoded.had_bom);
        }
        let chinese = "项目名称\t合同外资\r\n港资一号\t100\r\n";
        let bytes = utf16(chinese, false, false);
        let decoded = decode(&bytes, "a.txt", None).unwrap();
        assert_eq!(decoded.text, chinese);
        assert_eq!(decoded.encoding, TextEncoding::Utf16Le);
    }

    #[test]
    fn gbk_csv_is_detected_as_gb18030() {
        let text = "项目名称,区县,合同外资（万美元）,实际到位（万美元）\n\
                    重庆来福士广场,渝中区,120000,35000\n\
                    九龙仓国际金融中心,江北区,80000,21000\n\
                    香港置地重庆项目,南岸区,45000,12000\n";
        let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
        assert!(!unmappable);
        let decoded = decode(&bytes, "gbk.csv", None).unwrap();
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.encoding, TextEncoding::Gb18030);
        assert!(!decoded.had_bom);
    }

    #[test]
    fn short_gbk_header_is_gb18030() {
        let (bytes, _, _) = encoding_rs::GBK.encode("项目名称,合同外资\n");
        let decoded = decode(&bytes, "gbk.csv", None).unwrap();
        assert_eq!(decoded.encoding, TextEncoding::Gb18030);
        assert_eq!(decoded.text, "项目名称,合同外资\n");
    }

    #[test]
    fn windows_1252_is_detected() {
        let text = "Société;Montant\nCafé de la Gare;1.234,5\nCrédit Agricole;12,5\nBanque Générale;7,25\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let decoded = decode(&bytes, "fr.csv", None).unwrap();
        assert_eq!(decoded.encoding, TextEncoding::Windows1252);
        assert_eq!(decoded.text, text);
    }

    #[test]
    fn big5_and_shift_jis_are_detected() {
        let text = "項目名稱,地區,合同外資\n太古廣場,渝中區,12000\n置地廣場,南岸區,4500\n";
        let (bytes, _, _) = encoding_rs::BIG5.encode(text);
        let decoded = decode(&bytes, "big5.csv", None).unwrap();
        assert_eq!(
            (decoded.encoding, decoded.text.as_ref()),
            (TextEncoding::Big5, text)
        );

        let text = "プロジェクト名,地域,金額\n東京タワー,港区,1200\n大阪城,中央区,300\n";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(text);
        let decoded = decode(&bytes, "sjis.csv", None).unwrap();
        assert_eq!(
            (decoded.encoding, decoded.text.as_ref()),
            (TextEncoding::ShiftJis, text)
        );
    }

    #[test]
    fn forced_encoding_overrides_detection() {
        // Valid UTF-8 that the user says is Windows-1252 is read as Windows-1252.
        let decoded = decode("é,1\n".as_bytes(), "a.csv", Some(TextEncoding::Windows1252)).unwrap();
        assert_eq!(decoded.text, "Ã©,1\n");
        assert_eq!(decoded.encoding, TextEncoding::Windows1252);

        let (bytes, _, _) = encoding_rs::BIG5.encode("項目名稱,合同外資\n");
        let decoded = decode(&bytes, "a.csv", Some(TextEncoding::Big5)).unwrap();
        assert_eq!(decoded.text, "項目名稱,合同外資\n");
        assert_eq!(decoded.encoding, TextEncoding::Big5);

        let bytes = utf16("a\tb\n", false, true);
        let decoded = decode(&bytes, "a.txt", Some(TextEncoding::Utf16Le)).unwrap();
        assert_eq!(decoded.text, "a\tb\n");
        assert!(decoded.had_bom);

        // Forcing UTF-8 on GBK bytes reports where they stop being UTF-8.
        let (bytes, _, _) = encoding_rs::GBK.encode("ab,项目\n");
        let err = decode(&bytes, "a.csv", Some(TextEncoding::Utf8)).unwrap_err();
        assert!(
            matches!(
                err,
                LoadError::Encoding {
                    line: 1,
                    column: 4,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn invalid_utf8_after_bom_is_located() {
        let bytes = b"\xEF\xBB\xBFname,value\r\n\xE9\xA1\xB9x,1\nab,c\xFFd\n";
        let err = decode(bytes, "bad.csv", None).unwrap_err();
        match err {
            LoadError::Encoding {
                path,
                line,
                column,
                encoding,
            } => {
                assert_eq!(path, "bad.csv");
                assert_eq!(line, 3);
                assert_eq!(column, 5);
                assert_eq!(encoding, "UTF-8");
            }
            other => panic!("expected an encoding error, got {other:?}"),
        }
    }

    #[test]
    fn damaged_utf8_is_reported_not_guessed() {
        let bytes = "项目名称,合同外资\n重庆,1\n"
            .bytes()
            .chain([b'x', 0xFF, b'\n'])
            .collect::<Vec<_>>();
        let err = decode(&bytes, "a.csv", None).unwrap_err();
        assert!(
            matches!(
                err,
                LoadError::Encoding {
                    line: 3,
                    column: 2,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn invalid_utf16_is_located() {
        let mut bytes = utf16("a,b\nc,", false, true);
        bytes.extend_from_slice(&[0x00, 0xDC]); // a lone low surrogate
        let err = decode(&bytes, "a.csv", None).unwrap_err();
        assert!(
            matches!(&err, LoadError::Encoding { line: 2, column: 3, encoding, .. } if encoding == "UTF-16 LE"),
            "{err:?}"
        );
    }

    #[test]
    fn binary_is_rejected() {
        let mut state = 0x2545_F491_u32;
        let random: Vec<u8> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state.to_le_bytes()[0]
            })
            .collect();
        assert!(matches!(
            decode(&random, "r.bin", None),
            Err(LoadError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"a,b\n\0\0\x01\x02", "n.csv", None),
            Err(LoadError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"\x01\x02\x03\x04a", "c.csv", None),
            Err(LoadError::Binary { .. })
        ));
        for magic in [
            &b"PK\x03\x04rest"[..],
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            b"%PDF-1.7\n",
            b"\x89PNG\r\n\x1A\n",
        ] {
            assert!(matches!(
                decode(magic, "x", None),
                Err(LoadError::Binary { .. })
            ));
            assert!(matches!(
                decode(magic, "x", Some(TextEncoding::Utf8)),
                Err(LoadError::Binary { .. })
            ));
        }
    }

    #[test]
    fn xlsx_magic_is_binary() {
        let err = decode(b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "book.xlsx", None).unwrap_err();
        assert!(matches!(err, LoadError::Binary { ref path } if path == "book.xlsx"));
    }

    #[test]
    fn empty_and_whitespace_are_empty() {
        for bytes in [
            &b""[..],
            b"   \r\n\t\n",
            b"\xEF\xBB\xBF",
            b"\xEF\xBB\xBF \n",
            b"\xFF\xFE \0\n\0",
        ] {
            assert!(
                matches!(decode(bytes, "e.csv", None), Err(LoadError::Empty { .. })),
                "{bytes:?}"
            );
        }
        assert!(matches!(
            decode(b"", "e.csv", Some(TextEncoding::Gb18030)),
            Err(LoadError::Empty { .. })
        ));
    }

    #[test]
    fn labels() {
        let labels: Vec<_> = TextEncoding::ALL.iter().map(|e| e.label()).collect();
        assert_eq!(
            labels,
            [
                "UTF-8",
                "UTF-16 LE",
                "UTF-16 BE",
                "GB18030 (GBK)",
                "Big5",
                "Windows-1252",
                "Shift_JIS"
            ]
        );
        let d = |delimiter| {
            Dialect {
                delimiter,
                ..Dialect::default()
            }
            .delimiter_label()
        };
        assert_eq!(
            [d(b','), d(b';'), d(b'\t'), d(b'|')],
            ["comma", "semicolon", "tab", "pipe"]
        );
    }

    #[test]
    fn comma_dialect() {
        let dialect = sniff_dialect("name,district,amount\nA,Yuzhong,1.5\nB,Jiangbei,2\n");
        assert_eq!(dialect.delimiter, b',');
        assert_eq!(dialect.quote, b'"');
        assert_eq!(dialect.header_record, 0);
        assert_eq!(dialect.line_ending, LineEnding::Lf);
        assert_eq!(dialect.decimal, DecimalSeparator::Point);
    }

    #[test]
    fn semicolon_with_decimal_comma() {
        let dialect = sniff_dialect("a;b\n1.234,5;2,5\n");
        assert_eq!(dialect.delimiter, b';');
        assert_eq!(dialect.decimal, DecimalSeparator::Comma);
        assert_eq!(dialect.header_record, 0);
        assert_eq!(dialect.delimiter_label(), "semicolon");

        let point = sniff_dialect("a;b\n1,234.5;2.5\n");
        assert_eq!(point.delimiter, b';');
        assert_eq!(point.decimal, DecimalSeparator::Point);
    }

    #[test]
    fn a_gbk_file_cut_in_the_middle_of_a_character_is_a_located_error() {
        let (bytes, _, _) =
            encoding_rs::GBK.encode("项目名称,合同外资\n来福士广场,320000\n北区仓库,12\n");
        let cut = &bytes[..bytes.len() - 5];
        let error = decode(cut, "cut.csv", None).err().map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some(
                "cut.csv, line 3, column 4: the text is not valid GB18030 (GBK); save the file as UTF-8, or choose its encoding when opening it"
            )
        );
    }

    #[test]
    fn three_digits_after_a_separator_do_not_vote() {
        // "12.500" is twelve thousand five hundred in a decimal-comma file, not 12.5.
        let dialect = sniff_dialect("a;b\n12.500;7,5\n3.000;0,25\n");
        assert_eq!(dialect.decimal, DecimalSeparator::Comma);
    }

    #[test]
    fn decimal_comma_needs_semicolon_or_tab() {
        let dialect = sniff_dialect("a,b\n\"12,5\",\"2,5\"\n");
        assert_eq!(dialect.delimiter, b',');
        assert_eq!(dialect.decimal, DecimalSeparator::Point);
        assert_eq!(
            sniff_dialect("a\tb\n12,5\t3,25\n").decimal,
            DecimalSeparator::Comma
        );
    }

    #[test]
    fn tab_and_pipe() {
        let tab = sniff_dialect("项目名称\t合同外资\n港资一号\t100\n港资二号\t200\n");
        assert_eq!(tab.delimiter, b'\t');
        assert_eq!(tab.header_record, 0);
        let pipe = sniff_dialect("name|amount|note\nA|1|x, y\nB|2|z; w\n");
        assert_eq!(pipe.delimiter, b'|');
        assert_eq!(pipe.delimiter_label(), "pipe");
    }

    #[test]
    fn quoted_fields_with_delimiters_quotes_and_newlines() {
        let text = "name,note,amount\n\
                    \"Swire, Ltd\",\"said \"\"hi\"\"\nthen left; twice\",12\n\
                    \"A|B\",\"x\ty\",3\n\
                    plain,\"multi\nline\nnote\",4\n";
        let dialect = sniff_dialect(text);
        assert_eq!(dialect.delimiter, b',');
        assert_eq!(dialect.quote, b'"');
        assert_eq!(dialect.header_record, 0);
        let records: Vec<csv::StringRecord> = reader_builder(&dialect)
            .from_reader(text.as_bytes())
            .records()
            .map(Result::unwrap)
            .collect();
        assert_eq!(records.len(), 4);
        assert_eq!(&records[1][1], "said \"hi\"\nthen left; twice");
    }

    #[test]
    fn apostrophe_quotes_when_clearly_used() {
        let dialect = sniff_dialect("'name','note'\n'Swire, Ltd','a, b'\n'HK Land','c'\n");
        assert_eq!(dialect.delimiter, b',');
        assert_eq!(dialect.quote, b'\'');
        assert_eq!(sniff_dialect("name,note\nO'Brien,it's fine\n").quote, b'"');
    }

    #[test]
    fn title_line_above_header() {
        let text = "2015年重庆市港资项目一览表\n项目名称,区县,合同外资\n来福士,渝中区,120000\n\
                    国金中心,江北区,80000\n置地,南岸区,45000\n";
        let dialect = sniff_dialect(text);
        assert_eq!(dialect.delimiter, b',');
        assert_eq!(dialect.header_record, 1);

        // The same title padded with empty cells, as spreadsheets export it.
        let padded = "2015年重庆市港资项目一览表,,\n单位：万美元,,\n项目名称,区县,合同外资\n来福士,渝中区,120000\n\
                      国金中心,江北区,80000\n";
        assert_eq!(sniff_dialect(padded).header_record, 2);
    }

    #[test]
    fn find_header_row_on_split_rows() {
        let rows = vec![
            vec!["2015年重庆市港资项目一览表", "", "", ""],
            vec!["", "", "", ""],
            vec!["项目名称", "区县", "合同外资", "2015"],
            vec!["来福士", "渝中区", "120000", "1"],
            vec!["国金中心", "江北区", "80000", "2"],
        ];
        assert_eq!(find_header_row(&rows), 2);
        assert_eq!(find_header_row::<String>(&[]), 0);
        assert_eq!(find_header_row(&[vec!["1", "2"], vec!["3", "4"]]), 0);
    }

    #[test]
    fn line_endings() {
        let crlf = sniff_dialect("a,b\r\n1,2\r\n3,4\r\n");
        assert_eq!(crlf.line_ending, LineEnding::CrLf);
        assert_eq!(crlf.delimiter, b',');

        let text = "name;amount\r2015年;1,5\r2016年;2,5\r";
        let cr = sniff_dialect(text);
        assert_eq!(cr.line_ending, LineEnding::Cr);
        assert_eq!(cr.delimiter, b';');
        assert_eq!(cr.header_record, 0);
        assert_eq!(cr.decimal, DecimalSeparator::Comma);
        let records: Vec<csv::StringRecord> = reader_builder(&cr)
            .from_reader(text.as_bytes())
            .records()
            .map(Result::unwrap)
            .collect();
        assert_eq!(records.len(), 3);
        assert_eq!(&records[2][1], "2,5");
    }

    #[test]
    fn big_text_is_sniffed_from_its_start() {
        let mut text = String::from("项目名称;金额\n");
        while text.len() < 3 * SNIFF_BYTES {
            text.push_str("重庆港资项目;1.234,5\n");
        }
        let dialect = sniff_dialect(&text);
        assert_eq!(dialect.delimiter, b';');
        assert_eq!(dialect.decimal, DecimalSeparator::Comma);
        assert_eq!(dialect.header_record, 0);
    }

    fn any_encoding() -> impl Strategy<Value = Option<TextEncoding>> {
        prop_oneof![
            Just(None),
            proptest::sample::select(TextEncoding::ALL.to_vec()).prop_map(Some)
        ]
    }

    proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048), forced in any_encoding()) {
            if let Ok(decoded) = decode(&bytes, "p.csv", forced) {
                prop_assert!(!decoded.text.trim().is_empty());
                let _ = sniff_dialect(&decoded.text);
            }
        }

        #[test]
        fn decode_text_like_bytes_never_panics(
            text in "[a-z0-9,;|\t\"'\r\n 项目\u{e9}]{0,200}",
            prefix in proptest::sample::select(vec![&b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"]),
            forced in any_encoding(),
        ) {
            let mut bytes = prefix.to_vec();
            bytes.extend_from_slice(text.as_bytes());
            let _ = decode(&bytes, "p.csv", forced);
            let (gbk, _, _) = encoding_rs::GBK.encode(&text);
            let _ = decode(&gbk, "p.csv", forced);
        }

        #[test]
        fn sniff_never_panics(text in any::<String>(), table in "[a-z0-9,;|\t\"'.\r\n ]{0,400}") {
            let _ = sniff_dialect(&text);
            let dialect = sniff_dialect(&table);
            prop_assert!(DELIMITERS.contains(&dialect.delimiter));
        }

        #[test]
        fn find_header_row_never_panics(rows in proptest::collection::vec(
            proptest::collection::vec("[a-z0-9., ]{0,6}", 0..6), 0..60)) {
            let header = find_header_row(&rows);
            prop_assert!(header == 0 || header < rows.len());
        }
    }
}
