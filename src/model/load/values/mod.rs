//! Lenient readers for single cells, written the way people type values into spreadsheets.
//!
//! Consultants' project lists (English and Chinese, from Hong Kong and mainland offices) do not
//! hold clean machine numbers: amounts arrive as `USD 70.4 bn`, `$12m`, `3亿元`, `(1,234)` or
//! full-width `１２３，４５６．７`; years and dates as `2015年6月`, `30/06/2015` or Excel date
//! serials such as `42185`; blanks as `N/A`, `—` or `无`. These functions turn one cell into a
//! [`Parsed`] value without guessing where the text is ambiguous (`1,5` with a decimal point is
//! [`Parsed::Invalid`], not 1.5 and not 15), and never read a missing marker as zero.
//!
//! They use only std (serde is merely derived on [`DecimalSeparator`] so settings can be saved)
//! and are panic-free on any input, because they run on untrusted files. The
//! loaders call them once per cell, so the common plain case (`12.5`, `2015`) is a single
//! `str::parse` with no allocation; the lenient machinery only runs when that fails.
//!
//! One file per kind of value: [`number`] (amounts, counts, coordinates), [`date`] (years, dates, Excel serials),
//! [`currency`] (currencies and scale words written in a cell), [`missing`] (the markers for "no value").

use std::borrow::Cow;

mod currency;
mod date;
mod missing;
mod number;

pub use currency::{CellCurrency, currency_named_in, parse_currency};
pub use date::{excel_serial_to_date, parse_date, parse_year};
pub use missing::is_missing;
pub use number::{Number, parse_number};

/// How a file writes decimals: `1,234.5` (Point) or `1.234,5` (Comma, common in `;`-separated European exports).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DecimalSeparator {
    #[default]
    Point,
    Comma,
}

/// The result of reading one cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Parsed<T> {
    /// Blank or an explicit "no value" marker (see [`is_missing`]).
    Missing,
    Value(T),
    /// Something was written, but it is not a value of the wanted kind.
    Invalid,
}

impl<T> Parsed<T> {
    /// The value, if there is one (Missing and Invalid both give `None`).
    pub fn ok(self) -> Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Missing | Self::Invalid => None,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Parsed<U> {
        match self {
            Self::Missing => Parsed::Missing,
            Self::Value(value) => Parsed::Value(f(value)),
            Self::Invalid => Parsed::Invalid,
        }
    }
}

/// What a column's values are. The loader types a file's own columns by this, and the mapping dialog and
/// `inspect` show it, so both always agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum ValueKind {
    Number,
    Date,
    Text,
    /// Every value is missing.
    Empty,
}

impl ValueKind {
    pub fn label(self) -> &'static str {
        match self {
            ValueKind::Number => "number",
            ValueKind::Date => "date",
            ValueKind::Text => "text",
            ValueKind::Empty => "empty",
        }
    }
}

/// The kind of a column's values: numbers only when every value reads as one and none is a code written with
/// leading zeros ("007" would lose its form), dates only when every value reads as one; otherwise text, so no value
/// is ever lost to typing.
pub fn kind_of<'a>(
    cells: impl IntoIterator<Item = &'a str>,
    decimal: DecimalSeparator,
) -> ValueKind {
    let present: Vec<&str> = cells.into_iter().filter(|c| !is_missing(c)).collect();
    if present.is_empty() {
        return ValueKind::Empty;
    }
    let is_number = |text: &&str| {
        !has_leading_zero(text)
            && matches!(parse_number(text, decimal), Parsed::Value(n) if !n.percent)
    };
    if present.iter().all(is_number) {
        ValueKind::Number
    } else if present
        .iter()
        .all(|t| matches!(parse_date(t), Parsed::Value(_)))
    {
        ValueKind::Date
    } else {
        ValueKind::Text
    }
}

/// A code written with leading zeros ("007", "00123").
fn has_leading_zero(text: &str) -> bool {
    let text = text.trim();
    text.len() > 1
        && text.starts_with('0')
        && text.as_bytes().get(1).is_some_and(u8::is_ascii_digit)
}

/// Folds full-width ASCII (U+FF01..=U+FF5E, as typed by Chinese input methods: `１２３，４５６．７`)
/// to ASCII and the ideographic space U+3000 to `' '`. Other characters, such as `。` and `￥`,
/// stay as they are. Borrows when nothing changes, so the common case does not allocate.
pub fn normalize_width(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || !text.chars().any(|c| narrow(c) != c) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(narrow).collect())
}

fn narrow(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        // Full-width forms sit at a fixed offset from their ASCII counterparts.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// [`str::trim`], without decoding a character when the text starts and ends in ASCII that is not whitespace (the
/// usual cell: every cell of a million-row file is trimmed several times).
#[inline]
pub fn trim(text: &str) -> &str {
    let bytes = text.as_bytes();
    let plain = |b: u8| b.is_ascii() && b != b' ' && !(b'\t'..=b'\r').contains(&b);
    match (bytes.first(), bytes.last()) {
        (Some(&first), Some(&last)) if plain(first) && plain(last) => text,
        _ => text.trim(),
    }
}

/// Strips the apostrophe an export put before text a spreadsheet would run as a formula (see
/// `export::neutralise_formula`): exactly one leading `'` when the rest starts with `=`, `+`, `-`, `@`, tab or
/// carriage return. Other text, and a second apostrophe, stay as they are, as when Excel reads the same cell.
#[inline]
pub fn strip_formula_guard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

const TRUE_WORDS: &[&str] = &[
    "true", "t", "yes", "y", "1", "1.0", "是", "真", "对", "對", "√", "✓", "✔",
];
const FALSE_WORDS: &[&str] = &[
    "false", "f", "no", "n", "0", "0.0", "否", "假", "错", "錯", "×", "✗", "✘", "✕",
];

/// Reads a yes/no cell: `true`/`false`, `yes`/`no`, `y`/`n`, `t`/`f`, `1`/`0`, `是`/`否`,
/// `√`/`×`, `✓`/`✗` (case-insensitive, full-width folded). `x` is not accepted: some people
/// tick boxes with it and others cross them out.
pub fn parse_bool(text: &str) -> Parsed<bool> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Parsed::Missing;
    }
    let folded = normalize_width(trimmed);
    let word = folded.trim();
    if TRUE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        Parsed::Value(true)
    } else if FALSE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        Parsed::Value(false)
    } else if is_missing(word) {
        Parsed::Missing
    } else {
        Parsed::Invalid
    }
}

fn strip_prefix_ignore_case<'a>(text: &'a str, token: &str) -> Option<&'a str> {
    let head = text.get(..token.len())?;
    head.eq_ignore_ascii_case(token)
        .then(|| text.get(token.len()..))
        .flatten()
}

fn strip_suffix_ignore_case<'a>(text: &'a str, token: &str) -> Option<&'a str> {
    let split = text.len().checked_sub(token.len())?;
    let tail = text.get(split..)?;
    tail.eq_ignore_ascii_case(token)
        .then(|| text.get(..split))
        .flatten()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fast_trim_is_str_trim() {
        for text in [
            "",
            " ",
            "a",
            " a ",
            "\u{3000}a",
            "a\u{a0}",
            "\u{b}x\u{c}",
            "\u{1c}x",
            "x\r\n",
            "渝中区",
            " 渝中区\t",
            "\u{85}",
        ] {
            assert_eq!(super::trim(text), text.trim(), "{text:?}");
        }
    }

    use super::*;
    use proptest::prelude::*;

    use DecimalSeparator::{Comma, Point};

    #[test]
    fn width_folding() {
        assert!(matches!(normalize_width("12.5"), Cow::Borrowed("12.5")));
        assert!(matches!(normalize_width("港元"), Cow::Borrowed("港元")));
        assert!(matches!(normalize_width("2015年6月。"), Cow::Borrowed(_)));
        assert_eq!(normalize_width("１２３，４５６．７"), "123,456.7");
        assert_eq!(normalize_width("ＵＳＤ\u{3000}５"), "USD 5");
        assert_eq!(normalize_width("（１）％"), "(1)%");
        assert_eq!(normalize_width("￥５。"), "￥5。");
    }

    #[test]
    fn only_the_apostrophe_of_a_neutralised_formula_is_stripped() {
        for (text, expected) in [
            ("'=SUM(A1)", "=SUM(A1)"),
            ("'+86 23 1234", "+86 23 1234"),
            ("'-5", "-5"),
            ("'@x", "@x"),
            ("'\tx", "\tx"),
            ("''=x", "''=x"),
            ("'quoted'", "'quoted'"),
            ("'", "'"),
            ("=x", "=x"),
            ("Harbour Tower", "Harbour Tower"),
        ] {
            assert_eq!(strip_formula_guard(text), expected, "{text:?}");
        }
    }

    #[test]
    fn bools() {
        for text in [
            "true",
            "TRUE",
            "True",
            "t",
            "T",
            "yes",
            "Yes",
            "y",
            "Y",
            "1",
            "1.0",
            "是",
            "√",
            "✓",
            "✔",
            "ＹＥＳ",
            " yes ",
        ] {
            assert_eq!(parse_bool(text), Parsed::Value(true), "{text:?}");
        }
        for text in [
            "false", "FALSE", "f", "F", "no", "No", "n", "N", "0", "0.0", "否", "×", "✗", "０",
        ] {
            assert_eq!(parse_bool(text), Parsed::Value(false), "{text:?}");
        }
        for text in ["maybe", "2", "x", "yess", "-1"] {
            assert_eq!(parse_bool(text), Parsed::Invalid, "{text:?}");
        }
        assert_eq!(parse_bool("无"), Parsed::Missing);
        assert_eq!(parse_bool("N/A"), Parsed::Missing);
    }

    #[test]
    fn parsed_helpers() {
        assert_eq!(Parsed::Value(3).ok(), Some(3));
        assert_eq!(Parsed::<i32>::Missing.ok(), None);
        assert_eq!(Parsed::Value(3).map(|v| v * 2), Parsed::Value(6));
        assert_eq!(Parsed::<i32>::Invalid.map(|v| v * 2), Parsed::Invalid);
    }

    fn exercise_all(text: &str) {
        for decimal in [Point, Comma] {
            let _ = parse_number(text, decimal);
        }
        let _ = parse_year(text);
        let _ = parse_date(text);
        let _ = parse_bool(text);
        let _ = is_missing(text);
        let _ = normalize_width(text);
    }

    proptest! {
        #[test]
        fn printable_text_never_panics(text in "\\PC*") {
            exercise_all(&text);
        }

        #[test]
        fn any_text_never_panics(text in any::<String>()) {
            exercise_all(&text);
        }

        #[test]
        fn the_fast_trim_is_str_trim_on_any_text(text in "[ \t\r\n\u{b}\u{c}\u{a0}\u{3000}a渝]{0,6}") {
            prop_assert_eq!(trim(&text), text.trim());
        }

        #[test]
        fn number_shaped_text_never_panics(
            text in "[-+(]?[$¥]?[0-9., '\u{a0}]{0,12}(e[-+]?[0-9]{0,3})?[ ]?(k|m|bn|万|亿|美元|%)?[)]?"
        ) {
            exercise_all(&text);
        }
    }
}
