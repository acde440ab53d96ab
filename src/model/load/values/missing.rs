//! The markers people type for "no value" (`N/A`, `—`, `无`…), never read as zero.

use super::normalize_width;

/// Markers people type for "no value", compared after trimming, width folding and ASCII case
/// folding. Kept short and unambiguous because the loaders also apply it to text columns
/// (a project named "Unknown" must stay a name). Excel error values other than `#N/A`
/// (`#VALUE!`, `#REF!`) are deliberately absent: they signal a broken formula, which is Invalid.
const MISSING_MARKERS: &[&str] = &[
    "n/a",
    "na",
    "n.a.",
    "n.a",
    "#n/a",
    "null",
    "none",
    "nil",
    "-",
    "--",
    "---",
    "—",
    "——",
    "–",
    "\u{2212}",
    "/",
    "?",
    "??",
    "无",
    "無",
    "暂无",
    "暫無",
    "不适用",
    "不適用",
];

/// True when a cell holds no value: blank, whitespace, or a marker such as `N/A`, `#N/A`, `-`,
/// `—`, `null`, `None`, `无`, `/`, `?` (trimmed, width-folded, case-insensitive). Never `0`.
#[inline]
pub fn is_missing(text: &str) -> bool {
    // Every cell of a load comes here: most cannot start a marker and end in a byte that is not a space (so
    // trimming would not change their start), which rules out every marker without a call.
    if let (Some(&first), Some(&last)) = (text.as_bytes().first(), text.as_bytes().last())
        && !can_start_a_marker(first)
        && last.is_ascii_graphic()
    {
        return false;
    }
    is_marker(text)
}

/// False for an ASCII digit or a letter other than `n`: all word markers start with `n`, the others with a
/// symbol or a Chinese character.
fn can_start_a_marker(first: u8) -> bool {
    !first.is_ascii_alphanumeric() || first.eq_ignore_ascii_case(&b'n')
}

/// [`is_missing`] for any text.
fn is_marker(text: &str) -> bool {
    let trimmed = super::trim(text);
    if trimmed.is_empty() {
        return true;
    }
    // The longest marker is 9 bytes of UTF-8 (3 Chinese characters); full-width input is at
    // most 3 bytes a character, so anything longer cannot be a marker and skips the folding.
    if trimmed.len() > 27 {
        return false;
    }
    if let Some(&first) = trimmed.as_bytes().first()
        && !can_start_a_marker(first)
    {
        return false;
    }
    let folded = normalize_width(trimmed);
    let folded = folded.trim();
    MISSING_MARKERS
        .iter()
        .any(|marker| marker.eq_ignore_ascii_case(folded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load::values::{
        DecimalSeparator::{Comma, Point},
        Parsed, parse_bool, parse_date, parse_number, parse_year,
    };

    #[test]
    fn missing_markers() {
        for text in [
            "",
            "   ",
            "\t",
            "\u{3000}",
            "N/A",
            "n/a",
            "NA",
            "na",
            "#N/A",
            "-",
            "--",
            "—",
            "–",
            "null",
            "NULL",
            "None",
            "nil",
            "无",
            "/",
            "－",
            "?",
            "？",
            " n/a ",
            "Ｎ／Ａ",
            "n.a.",
            "不適用",
        ] {
            assert!(is_missing(text), "{text:?}");
            assert_eq!(parse_number(text, Point), Parsed::Missing, "{text:?}");
            assert_eq!(parse_number(text, Comma), Parsed::Missing, "{text:?}");
            assert_eq!(parse_year(text), Parsed::Missing, "{text:?}");
            assert_eq!(parse_date(text), Parsed::Missing, "{text:?}");
            assert_eq!(parse_bool(text), Parsed::Missing, "{text:?}");
        }
        for text in [
            "0", "0.0", "nan", "Unknown", "x", "abc", "N/A N/A", "#VALUE!",
        ] {
            assert!(!is_missing(text), "{text:?}");
        }
    }
}
