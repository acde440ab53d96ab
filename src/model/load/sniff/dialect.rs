//! How delimited text splits into records: the delimiter, the quote character, the line ending and the decimal
//! separator, sniffed from the start of the text.

use super::header::{find_header_row, number_core};
use crate::model::load::values::DecimalSeparator;

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
pub(super) const SNIFF_RECORDS: usize = 200;
/// Delimiters, in the order that breaks ties.
pub(super) const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

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

/// Whether the dialect is sniffed from a start of `text` that ends before `text` does: then any longer text that
/// begins with `text` is sniffed from the same start, the same way.
pub fn sniffs_a_start_only(text: &str) -> bool {
    sample_of(text).1
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
pub(super) fn modal_count(values: impl Iterator<Item = usize>) -> Option<(usize, usize)> {
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
}
