//! The text encoding of a file: a byte-order mark, valid UTF-8, the NUL pattern of BOM-less UTF-16, or a
//! `chardetng` guess; then a strict decode that locates the first invalid byte.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding};

use crate::model::error::LoadError;

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
            problem: crate::model::error::Problem::Utf32,
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

/// [`decode`] of bytes the caller gives up, for text kept after the call (the window keeps what it inspected for
/// the load). UTF-8, the usual case, becomes the `String` in place: validated once, never copied. The result,
/// text or error, is exactly [`decode`]'s (a property test checks it).
pub fn decode_owned(
    bytes: Vec<u8>,
    path: &str,
    forced: Option<TextEncoding>,
) -> Result<Decoded<'static>, LoadError> {
    let mut bytes = bytes;
    if let Some(skip) = utf8_text_start(&bytes, forced) {
        bytes.drain(..skip);
        match String::from_utf8(bytes) {
            Ok(text) if text.trim().is_empty() => {
                return Err(LoadError::Empty {
                    path: path.to_owned(),
                });
            }
            Ok(text) => {
                return Ok(Decoded {
                    text: Cow::Owned(text),
                    encoding: TextEncoding::Utf8,
                    had_bom: skip > 0,
                });
            }
            // Not UTF-8 after all: `decode` guesses another encoding or locates the bad byte.
            Err(error) => {
                bytes = error.into_bytes();
                bytes.splice(..0, TextEncoding::Utf8.bom()[..skip].iter().copied());
            }
        }
    }
    let decoded = decode(&bytes, path, forced)?;
    Ok(Decoded {
        // Still borrowed only where a legacy encoding was asked for and every byte is ASCII: a copy, rarely.
        text: Cow::Owned(decoded.text.into_owned()),
        encoding: decoded.encoding,
        had_bom: decoded.had_bom,
    })
}

/// Where the text starts (after a UTF-8 byte-order mark) when [`decode`] would read `bytes` as UTF-8 if they are
/// valid UTF-8: the checks it makes before validating, in its order. `None` for every other case.
pub fn utf8_text_start(bytes: &[u8], forced: Option<TextEncoding>) -> Option<usize> {
    if bytes.is_empty() || BINARY_SIGNATURES.iter().any(|sig| bytes.starts_with(sig)) {
        return None;
    }
    let bom = TextEncoding::Utf8.bom();
    let skip = match forced {
        Some(TextEncoding::Utf8) | None if bytes.starts_with(bom) => bom.len(),
        Some(TextEncoding::Utf8) => 0,
        None if bom_encoding(bytes).is_none() && utf16_by_nul_pattern(bytes).is_none() => 0,
        _ => return None,
    };
    (!looks_binary(bytes.get(skip..).unwrap_or_default())).then_some(skip)
}

/// Whether `bytes` look like text a table could be read from (a byte-order mark, the NUL pattern of UTF-16, or
/// no NUL and few control bytes in the first 8 KB), without decoding them: for telling a tab-separated download
/// saved as .xls from a real workbook.
pub fn looks_like_text(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && (bom_encoding(bytes).is_some()
            || utf16_by_nul_pattern(bytes).is_some()
            || !looks_binary(bytes))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load::sniff::sniff_dialect;

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

    fn same(
        owned: Result<Decoded<'static>, LoadError>,
        borrowed: Result<Decoded<'_>, LoadError>,
    ) -> bool {
        match (owned, borrowed) {
            (Ok(a), Ok(b)) => (a.text, a.encoding, a.had_bom) == (b.text, b.encoding, b.had_bom),
            (Err(a), Err(b)) => a.to_string() == b.to_string(),
            _ => false,
        }
    }

    #[test]
    fn decoding_owned_bytes_gives_what_decode_gives() {
        let (gbk, _, _) = encoding_rs::GBK.encode("项目名称,合同外资\n来福士广场,320000\n");
        let cases: [&[u8]; 8] = [
            "项目名称,合同外资\n重庆,12.5\n".as_bytes(),
            b"\xEF\xBB\xBFname,amount\nA,1\n",
            b"\xEF\xBB\xBFname\nB\xff,2\n",
            b"name\nB\xff,2\n",
            &gbk,
            b"\xEF\xBB\xBF \n",
            b"PK\x03\x04rest",
            b"a,b\n1,2\n",
        ];
        for bytes in cases {
            for forced in [None, Some(TextEncoding::Utf8), Some(TextEncoding::Gb18030)] {
                assert!(
                    same(
                        decode_owned(bytes.to_vec(), "o.csv", forced),
                        decode(bytes, "o.csv", forced)
                    ),
                    "{bytes:?} {forced:?}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn decoding_owned_random_bytes_gives_what_decode_gives(
            bom in proptest::sample::select(vec![&b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"]),
            body in proptest::collection::vec(proptest::sample::select(
                vec![b'a', b',', b'\n', b'\r', b'"', 0u8, 0x01, 0xE4, 0xB8, 0x80, 0xFF, 0xC3, 0xA9]), 0..64),
            forced in proptest::option::of(proptest::sample::select(TextEncoding::ALL.to_vec())),
        ) {
            let bytes = [bom, &body[..]].concat();
            proptest::prop_assert!(same(
                decode_owned(bytes.clone(), "r.csv", forced),
                decode(&bytes, "r.csv", forced)
            ));
        }
    }
}
