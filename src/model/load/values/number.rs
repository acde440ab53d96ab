//! Numbers as people type them: thousands separators, decimal commas, accounting parentheses, full-width digits,
//! and any currency, scale word or percent sign around them.

use super::currency::{strip_currency_prefix, strip_currency_suffix, strip_scale_suffix};
use super::{CellCurrency, DecimalSeparator, Parsed, is_missing, normalize_width};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// The number with any scale word in the cell applied: "USD 70.4 bn" -> 70.4e9, "$12m" -> 12e6, "3亿" -> 3e8, "12万" -> 120000, "5k" -> 5000.
    pub value: f64,
    /// True when the cell carried its own scale word (k, m, mn, million, bn, b, billion, 万, 亿, 千, 百万), so a column unit must not be applied again.
    pub scaled: bool,
    pub currency: Option<CellCurrency>,
    /// "12%" -> value 12.0, percent true.
    pub percent: bool,
    /// True when anything beyond a plain `str::parse::<f64>` of the trimmed cell was needed
    /// (thousands separators, full-width digits, currency, scale, percent, decimal comma,
    /// accounting parentheses). Surrounding spaces do not count.
    pub coerced: bool,
}

impl Number {
    pub(super) fn plain(value: f64) -> Self {
        Self {
            value,
            scaled: false,
            currency: None,
            percent: false,
            coerced: false,
        }
    }
}

/// Reads a number, with any thousands separators, sign, accounting parentheses, currency, scale
/// word or percent sign around it. See [`Number`] for what is reported besides the value.
///
/// With [`DecimalSeparator::Point`], `,` (and spaces, `'`) may only separate groups of exactly
/// three digits, so `1,5` and `1.234,5` are Invalid; with [`DecimalSeparator::Comma`] the roles of
/// `.` and `,` swap, so `12.5` is Invalid there. `nan`/`inf` and overflowing values are Invalid.
pub fn parse_number(text: &str, decimal: DecimalSeparator) -> Parsed<Number> {
    let trimmed = super::trim(text);
    // Fastest path: digits with at most one decimal point, the shape of nearly every amount cell.
    if decimal == DecimalSeparator::Point
        && let Some(value) = plain_decimal(trimmed.as_bytes())
    {
        return Parsed::Value(Number::plain(value));
    }
    // Fast path: most other cells are plain numbers. With a decimal comma a '.' is a thousands
    // separator, so "1.234" must not be read by std as 1.234.
    if (decimal == DecimalSeparator::Point || !trimmed.contains('.'))
        && let Ok(value) = trimmed.parse::<f64>()
    {
        // std accepts "nan", "inf" and "infinity", and "1e999" overflows to infinity.
        return if value.is_finite() {
            Parsed::Value(Number::plain(value))
        } else {
            Parsed::Invalid
        };
    }
    parse_number_slow(trimmed, decimal)
}

/// Powers of ten that an `f64` holds exactly.
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// `-?digits(.digits)?` read as `str::parse::<f64>` would, or `None` for any other text (left to std).
///
/// With at most 15 significant digits the digits form an integer below 2^53 and the fraction has at most 15
/// places, so the integer and the power of ten are both exact in an `f64` and one division rounds correctly:
/// the same value as std's (Clinger's fast path), without its general parser. Longer numbers are left to std.
fn plain_decimal(text: &[u8]) -> Option<f64> {
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    if digits.is_empty() || digits.len() > 16 {
        return None;
    }
    let mut mantissa = 0u64;
    let mut point = None;
    for (index, &byte) in digits.iter().enumerate() {
        let digit = byte.wrapping_sub(b'0');
        if digit < 10 {
            mantissa = mantissa * 10 + u64::from(digit);
        } else if byte == b'.' && point.is_none() {
            point = Some(index);
        } else {
            return None;
        }
    }
    // A point needs a digit on each side (".5" and "5." are left to std).
    let places = match point {
        None => 0,
        Some(point) if point > 0 && point + 1 < digits.len() => digits.len() - point - 1,
        Some(_) => return None,
    };
    // At most 16 bytes with a point is at most 15 digits; without one, 16 digits may pass 2^53.
    if mantissa >= 1 << 53 {
        return None;
    }
    #[allow(clippy::cast_precision_loss)] // below 2^53: exact
    let magnitude = mantissa as f64 / EXACT_POWERS_OF_TEN[places];
    Some(if negative { -magnitude } else { magnitude })
}

/// What surrounds the digits of a number cell.
struct Affixes<'a> {
    core: &'a str,
    negative: bool,
    currency: Option<CellCurrency>,
    scale_exponent: Option<u8>,
    percent: bool,
}

fn parse_number_slow(trimmed: &str, decimal: DecimalSeparator) -> Parsed<Number> {
    if is_missing(trimmed) {
        return Parsed::Missing;
    }
    let folded = normalize_width(trimmed);
    let Some(affixes) = split_affixes(folded.trim()) else {
        return Parsed::Invalid;
    };
    // The cleaned digits are never longer than the core, plus room for an appended exponent;
    // a stack buffer covers every realistic cell so the slow path does not allocate either.
    let needed = affixes.core.len() + 8;
    let mut stack = [0u8; 64];
    let mut heap = Vec::new();
    let out: &mut [u8] = if needed <= stack.len() {
        &mut stack
    } else {
        heap.resize(needed, 0);
        &mut heap
    };
    let Some(magnitude) = read_core(affixes.core, decimal, affixes.scale_exponent, out) else {
        return Parsed::Invalid;
    };
    let value = if affixes.negative {
        -magnitude
    } else {
        magnitude
    };
    if !value.is_finite() {
        return Parsed::Invalid;
    }
    Parsed::Value(Number {
        value,
        scaled: affixes.scale_exponent.is_some(),
        currency: affixes.currency,
        percent: affixes.percent,
        // Reaching the slow path means the plain parse failed, so something was coerced.
        coerced: true,
    })
}

/// Peels sign, parentheses and currency off the front and parentheses, percent, currency and
/// scale off the back, each at most once and in any order, leaving the digits in `core`.
fn split_affixes(text: &str) -> Option<Affixes<'_>> {
    let mut rest = text;
    let mut negative_sign = None;
    let mut open_paren = false;
    let mut currency = None;
    let mut suffix_currency = None;
    loop {
        rest = rest.trim_start();
        if !open_paren && let Some(after) = rest.strip_prefix('(') {
            open_paren = true;
            rest = after;
        } else if negative_sign.is_none()
            && let Some(after) = rest.strip_prefix(['-', '\u{2212}'])
        {
            negative_sign = Some(true);
            rest = after;
        } else if negative_sign.is_none()
            && let Some(after) = rest.strip_prefix('+')
        {
            negative_sign = Some(false);
            rest = after;
        } else if currency.is_none()
            && let Some((found, after)) = strip_currency_prefix(rest)
        {
            currency = Some(found);
            rest = after;
        } else {
            break;
        }
    }
    let mut close_paren = false;
    let mut percent = false;
    let mut scale_exponent = None;
    loop {
        rest = rest.trim_end();
        if open_paren
            && !close_paren
            && let Some(before) = rest.strip_suffix(')')
        {
            close_paren = true;
            rest = before;
        } else if !percent && let Some(before) = rest.strip_suffix('%') {
            percent = true;
            rest = before;
        } else if suffix_currency.is_none()
            && let Some((found, before)) = strip_currency_suffix(rest)
        {
            // Currency is tried before scale so that "RMB" is not read as "RM" + billion.
            suffix_currency = Some(found);
            rest = before;
        } else if scale_exponent.is_none()
            && let Some((found, before)) = strip_scale_suffix(rest)
        {
            scale_exponent = Some(found);
            rest = before;
        } else {
            break;
        }
    }
    // "(-5)" could mean either sign, and "12k%" or "$5%" mean nothing: do not guess.
    if open_paren != close_paren || (open_paren && negative_sign.is_some()) {
        return None;
    }
    // The currency may be written on both sides ("￥3亿元", "$5 USD") but must agree.
    if let (Some(before), Some(after)) = (currency, suffix_currency)
        && before != after
    {
        return None;
    }
    let currency = currency.or(suffix_currency);
    if percent && (currency.is_some() || scale_exponent.is_some()) {
        return None;
    }
    Some(Affixes {
        core: rest,
        negative: open_paren || negative_sign == Some(true),
        currency,
        scale_exponent,
        percent,
    })
}

/// A write cursor over a caller-provided byte buffer; running out of room is a parse failure.
struct Cursor<'a> {
    out: &'a mut [u8],
    len: usize,
}

impl Cursor<'_> {
    fn push(&mut self, byte: u8) -> Option<()> {
        *self.out.get_mut(self.len)? = byte;
        self.len += 1;
        Some(())
    }

    fn push_char(&mut self, c: char) -> Option<()> {
        self.push(u8::try_from(c).ok()?)
    }
}

/// Reads the bare digits of a number: strict digit grouping, one decimal mark, optional
/// exponent. Writes a std-parsable copy into `out` and parses it, so rounding is exactly std's.
/// A scale word is appended as a decimal exponent (`12.5` + million -> `12.5e6`) rather than
/// multiplied in, so `70.4 bn` is exactly the `f64` nearest 70.4e9.
fn read_core(
    core: &str,
    decimal: DecimalSeparator,
    scale_exponent: Option<u8>,
    out: &mut [u8],
) -> Option<f64> {
    let (decimal_mark, group_mark) = match decimal {
        DecimalSeparator::Point => ('.', ','),
        DecimalSeparator::Comma => (',', '.'),
    };
    let is_group_mark =
        |c: char| c == group_mark || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'');
    let mut cursor = Cursor { out, len: 0 };
    let mut chars = core.chars();
    let mut next = None;

    // Integer part. Once a separator appears, the first group has 1-3 digits (no leading zero:
    // "0,123" is a European decimal typed into the wrong file) and every later group exactly 3.
    let mut separator: Option<char> = None;
    let mut int_digits = 0usize;
    let mut group_digits = 0usize;
    let mut leading_zero = false;
    for c in chars.by_ref() {
        if c.is_ascii_digit() {
            if int_digits == 0 {
                leading_zero = c == '0';
            }
            int_digits += 1;
            group_digits += 1;
            cursor.push_char(c)?;
        } else if is_group_mark(c) {
            let well_placed = match separator {
                None => (1..=3).contains(&group_digits) && !leading_zero,
                Some(first) => first == c && group_digits == 3,
            };
            if !well_placed {
                return None;
            }
            separator = Some(c);
            group_digits = 0;
        } else {
            next = Some(c);
            break;
        }
    }
    if separator.is_some() && group_digits != 3 {
        return None;
    }

    let mut frac_digits = 0usize;
    if next == Some(decimal_mark) {
        next = None;
        cursor.push(b'.')?;
        for c in chars.by_ref() {
            if c.is_ascii_digit() {
                frac_digits += 1;
                cursor.push_char(c)?;
            } else {
                next = Some(c);
                break;
            }
        }
    }
    if int_digits + frac_digits == 0 {
        return None;
    }

    match next {
        None => {}
        Some('e' | 'E') => {
            // A written exponent and a scale word together ("1e3k") is nonsense.
            if scale_exponent.is_some() {
                return None;
            }
            cursor.push(b'e')?;
            let mut exp_digits = 0usize;
            for (index, c) in chars.enumerate() {
                if c.is_ascii_digit() {
                    exp_digits += 1;
                } else if index > 0 || !matches!(c, '+' | '-') {
                    return None;
                }
                cursor.push_char(c)?;
            }
            if exp_digits == 0 {
                return None;
            }
        }
        Some(_) => return None,
    }

    if let Some(exponent) = scale_exponent {
        cursor.push(b'e')?;
        if exponent >= 10 {
            cursor.push(b'0' + exponent / 10)?;
        }
        cursor.push(b'0' + exponent % 10)?;
    }
    let len = cursor.len;
    let cleaned = std::str::from_utf8(cursor.out.get(..len)?).ok()?;
    cleaned.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use DecimalSeparator::{Comma, Point};

    fn number(text: &str, decimal: DecimalSeparator) -> Number {
        match parse_number(text, decimal) {
            Parsed::Value(number) => number,
            other => panic!("{text:?} with {decimal:?}: expected a number, got {other:?}"),
        }
    }

    fn value(text: &str) -> f64 {
        number(text, Point).value
    }

    #[test]
    fn plain_numbers_are_not_coerced() {
        for (text, expected) in [
            ("12.5", 12.5),
            (" 12.5 ", 12.5),
            ("\u{3000}7\u{3000}", 7.0),
            ("-3", -3.0),
            ("+3", 3.0),
            ("0", 0.0),
            (".5", 0.5),
            ("1.2e6", 1.2e6),
            ("1E-3", 1e-3),
        ] {
            assert_eq!(
                parse_number(text, Point),
                Parsed::Value(Number::plain(expected)),
                "{text:?}"
            );
        }
        assert_eq!(
            parse_number("12", Comma),
            Parsed::Value(Number::plain(12.0))
        );
        assert_eq!(
            parse_number("1e6", Comma),
            Parsed::Value(Number::plain(1e6))
        );
    }

    #[test]
    fn thousands_separators_with_point() {
        let n = number("1,234.5", Point);
        assert_eq!(n.value, 1234.5);
        assert!(n.coerced);
        assert!(!n.scaled && !n.percent && n.currency.is_none());
        assert_eq!(value("1,234"), 1234.0);
        assert_eq!(value("1,234,567"), 1_234_567.0);
        assert_eq!(value("1 234 567.25"), 1_234_567.25);
        assert_eq!(value("1\u{a0}234"), 1234.0);
        assert_eq!(value("1\u{202f}234"), 1234.0);
        assert_eq!(value("1'234'567"), 1_234_567.0);
        assert_eq!(value("-1,234"), -1234.0);
        assert_eq!(value("1,234e3"), 1_234_000.0);
        for text in [
            "1,5",
            "1,23",
            "1,2345",
            "1234,567",
            "1,234,56",
            "1.234,5",
            ",123",
            "1,",
            "1,,234",
            "1,234 567",
            "0,123",
            "1.2.3",
            "12 5",
            "1 ,234",
        ] {
            assert_eq!(parse_number(text, Point), Parsed::Invalid, "{text:?}");
        }
    }

    #[test]
    fn decimal_comma() {
        let n = number("1.234,5", Comma);
        assert_eq!(n.value, 1234.5);
        assert!(n.coerced);
        assert_eq!(number("1,5", Comma).value, 1.5);
        assert!(number("1,5", Comma).coerced);
        assert_eq!(number("1.234", Comma).value, 1234.0);
        assert_eq!(number("1 234 567,89", Comma).value, 1_234_567.89);
        assert_eq!(number("-0,25", Comma).value, -0.25);
        assert_eq!(number("1,5e3", Comma).value, 1500.0);
    }

    #[test]
    fn decimal_comma_rejects_point_decimals() {
        for text in ["12.5", "1.23", "1,234.5", "1.2e3", "1,2,3"] {
            assert_eq!(parse_number(text, Comma), Parsed::Invalid, "{text:?}");
        }
    }

    #[test]
    fn accounting_parentheses_and_signs() {
        let n = number("(1,234)", Point);
        assert_eq!(n.value, -1234.0);
        assert!(n.coerced);
        assert_eq!(value("(5)"), -5.0);
        assert_eq!(value("( 5 )"), -5.0);
        assert_eq!(value("(USD 5m)"), -5e6);
        assert_eq!(value("USD (5m)"), -5e6);
        assert_eq!(value("- 5"), -5.0);
        assert_eq!(value("\u{2212}5"), -5.0);
        assert_eq!(value("－５"), -5.0);
        assert_eq!(value("-$12m"), -12e6);
        assert_eq!(value("$-12m"), -12e6);
        for text in ["(5", "5)", "(-5)", "--5", "+-5", "5-", "((5))"] {
            assert_eq!(parse_number(text, Point), Parsed::Invalid, "{text:?}");
        }
    }

    #[test]
    fn currencies() {
        let cases = [
            ("USD 70.4 bn", 70.4e9, CellCurrency::Usd),
            ("$12m", 12e6, CellCurrency::Usd),
            ("US$12m", 12e6, CellCurrency::Usd),
            ("usd12", 12.0, CellCurrency::Usd),
            ("12 USD", 12.0, CellCurrency::Usd),
            ("12美元", 12.0, CellCurrency::Usd),
            ("12万美元", 120_000.0, CellCurrency::Usd),
            ("3.5亿美元", 3.5e8, CellCurrency::Usd),
            ("¥3亿", 3e8, CellCurrency::Cny),
            ("￥3亿", 3e8, CellCurrency::Cny),
            ("RMB 5", 5.0, CellCurrency::Cny),
            ("5 RMB", 5.0, CellCurrency::Cny),
            ("5 rmb m", 5e6, CellCurrency::Cny),
            ("CNY 1,000", 1000.0, CellCurrency::Cny),
            ("3亿元", 3e8, CellCurrency::Cny),
            ("500万元", 5e6, CellCurrency::Cny),
            ("12元", 12.0, CellCurrency::Cny),
            ("人民币5亿", 5e8, CellCurrency::Cny),
            ("HK$ 2m", 2e6, CellCurrency::Hkd),
            ("hk$2M", 2e6, CellCurrency::Hkd),
            ("HKD 2.5 million", 2.5e6, CellCurrency::Hkd),
            ("2港元", 2.0, CellCurrency::Hkd),
            ("2港币", 2.0, CellCurrency::Hkd),
            ("2億港幣", 2e8, CellCurrency::Hkd),
            ("USD m 12.5", f64::NAN, CellCurrency::Usd),
        ];
        for (text, expected, currency) in cases {
            if expected.is_nan() {
                assert_eq!(parse_number(text, Point), Parsed::Invalid, "{text:?}");
                continue;
            }
            let n = number(text, Point);
            assert_eq!(n.value, expected, "{text:?}");
            assert_eq!(n.currency, Some(currency), "{text:?}");
            assert!(n.coerced, "{text:?}");
        }
        assert_eq!(value("￥3亿元"), 3e8);
        assert_eq!(value("$5 USD"), 5.0);
        assert_eq!(value("$5$"), 5.0);
        for text in [
            "USD",
            "$",
            "USD USD 5",
            "$5 HKD",
            "HK$5元",
            "5 EUR",
            "USDm",
            "5 USD USD",
        ] {
            assert_eq!(parse_number(text, Point), Parsed::Invalid, "{text:?}");
        }
    }

    #[test]
    fn scale_words() {
        let n = number("$12m", Point);
        assert_eq!(n.value, 12e6);
        assert!(n.scaled);
        assert_eq!(n.currency, Some(CellCurrency::Usd));
        let n = number("USD 70.4 bn", Point);
        assert_eq!(n.value, 70.4e9);
        assert!(n.scaled);
        for (text, expected) in [
            ("3亿", 3e8),
            ("12万", 120_000.0),
            ("12萬", 120_000.0),
            ("5k", 5000.0),
            ("5K", 5000.0),
            ("5千", 5000.0),
            ("12.5m", 12.5e6),
            ("12.5 M", 12.5e6),
            ("12.5mn", 12.5e6),
            ("12.5 MM", 12.5e6),
            ("12.5 million", 12.5e6),
            ("12.5 Mio", 12.5e6),
            ("12.5百万", 12.5e6),
            ("2b", 2e9),
            ("2 bn", 2e9),
            ("2 Billion", 2e9),
            ("2十亿", 2e9),
            ("3千万", 3e7),
            ("12.5 USD m", 12.5e6),
            ("USD 12.5m", 12.5e6),
            ("1,234.5k", 1_234_500.0),
            ("0.1m", 100_000.0),
        ] {
            let n = number(text, Point);
            assert_eq!(n.value, expected, "{text:?}");
            assert!(n.scaled && n.coerced, "{text:?}");
        }
        assert_eq!(number("1,5 Mio", Comma).value, 1.5e6);
        for text in [
            "12 m m", "12km", "1e3k", "m", "12 kilo", "12x", "12.5x", "x12",
        ] {
            assert_eq!(parse_number(text, Point), Parsed::Invalid, "{text:?}");
        }
    }

    #[test]
    fn percent() {
        let n = number("12%", Point);
        assert_eq!(n.value, 12.0);
        assert!(n.percent && n.coerced && !n.scaled);
        assert_eq!(number("12.5 %", Point).value, 12.5);
        assert_eq!(number("-3%", Point).value, -3.0);
        assert_eq!(number("１２％", Point).value, 12.0);
        assert_eq!(number("12,5%", Comma).value, 12.5);
        for text in ["12%%", "%12", "$12%", "12k%"] {
            assert_eq!(parse_number(text, Point), Parsed::Invalid, "{text:?}");
        }
    }

    #[test]
    fn full_width_numbers() {
        let n = number("１２３，４５６．７", Point);
        assert_eq!(n.value, 123_456.7);
        assert!(n.coerced);
        assert_eq!(value("１２"), 12.0);
        assert_eq!(value("ＵＳＤ　５ｍ"), 5e6);
    }

    #[test]
    fn rejects_non_numbers() {
        for text in [
            "12x", "abc", "nan", "NaN", "inf", "-inf", "infinity", "1e999", "1e", "1e+", ".",
            "1.2.3", "0x10", "12 34 5", "1_000", "e5", "约12", "12..5", "#VALUE!",
        ] {
            assert_eq!(parse_number(text, Point), Parsed::Invalid, "{text:?}");
            assert_eq!(parse_number(text, Comma), Parsed::Invalid, "{text:?}");
        }
        assert_eq!(parse_number("1e999m", Point), Parsed::Invalid);
        assert_eq!(
            parse_number("999,999,999b", Point),
            Parsed::Value(Number {
                value: 999_999_999e9,
                scaled: true,
                currency: None,
                percent: false,
                coerced: true,
            })
        );
    }

    #[test]
    fn long_inputs_use_the_heap_buffer() {
        let digits = "1,234".to_string() + &",567".repeat(40);
        let n = number(&digits, Point);
        assert!(n.value > 1e120);
        let expected: f64 = digits.replace(',', "").parse().unwrap();
        assert_eq!(n.value, expected);
    }

    /// Groups the digits of `n` in threes with `separator`.
    fn grouped(n: u64, separator: char) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (index, c) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn displayed_floats_round_trip(value in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
            let text = format!("{value}");
            let parsed = parse_number(&text, Point);
            prop_assert_eq!(parsed, Parsed::Value(Number::plain(value)));
        }

        /// The short path gives std's value bit for bit whenever it reads a text.
        #[test]
        fn plain_decimals_read_as_std_reads_them(text in "-?[0-9]{0,18}(\\.[0-9]{0,18})?") {
            if let Some(value) = plain_decimal(text.as_bytes()) {
                prop_assert_eq!(Some(value.to_bits()), text.parse::<f64>().ok().map(f64::to_bits));
            }
        }

        /// Amount, head count and coordinate cells all take the short path.
        #[test]
        fn typical_cells_take_the_short_path(whole in 0u64..10_000_000, places in 0usize..8, fraction in 0u64..10_000_000) {
            let text = match places {
                0 => whole.to_string(),
                _ => format!("{whole}.{:0places$}", fraction % 10u64.pow(places as u32)),
            };
            let value = plain_decimal(text.as_bytes());
            prop_assert_eq!(value.map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
            let negative = plain_decimal(format!("-{text}").as_bytes());
            prop_assert_eq!(negative.map(f64::to_bits), value.map(|v| (-v).to_bits()));
        }

        #[test]
        fn grouped_integers_round_trip(n in any::<u64>()) {
            let n = n >> 11; // exactly representable
            let point = number(&grouped(n, ','), Point);
            prop_assert_eq!(point.value, n as f64);
            prop_assert_eq!(point.coerced, n >= 1000);
            let comma = number(&format!("{},5", grouped(n, '.')), Comma);
            prop_assert_eq!(comma.value, n as f64 + 0.5);
        }
    }
}
