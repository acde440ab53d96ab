//! A cell's plain, machine-readable text (no thousands separators): what CSV and TSV exports write, and
//! [`Cell`]'s `Display`. Written into a reused buffer, because an export formats millions of cells.
//!
//! Numbers come out exactly as Rust's `{}` for `f64` writes them (the shortest digits that read back to the
//! same value, never an exponent: `1e21` is `1000000000000000000000`, `5.0` is `5`), from `ryu`'s shortest
//! digits, which are about four times faster than going through `fmt`. Up to fifteen significant digits the
//! shortest digits are unique (neighbouring 15-digit decimals are further apart than two neighbouring doubles),
//! so both write the same; from sixteen on, two last digits can both read back and `ryu` and `fmt` may pick
//! differently (`…716.2` and `…716.3`). Such values, rare in a table of amounts, go through `fmt`, so that
//! every export writes one spelling.

use super::Cell;

impl Cell<'_> {
    /// Appends the cell's plain text to `out` (nothing for a missing cell).
    pub fn push_plain(&self, out: &mut String) {
        match *self {
            Cell::Missing => {}
            Cell::Text(text) => out.push_str(text),
            Cell::Integer(value) => out.push_str(itoa::Buffer::new().format(value)),
            Cell::Number(value) => push_number(value, out),
            Cell::Bool(value) => out.push_str(if value { "true" } else { "false" }),
            Cell::Date(date) => {
                push_digits(out, date.year().unsigned_abs(), 4);
                out.push('-');
                push_digits(out, date.month(), 2);
                out.push('-');
                push_digits(out, date.day(), 2);
            }
        }
    }
}

/// `value` zero-padded to at least `width` digits, as `{:0width$}` writes a non-negative number.
fn push_digits(out: &mut String, value: u32, width: usize) {
    let mut buffer = itoa::Buffer::new();
    let digits = buffer.format(value);
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(digits);
}

/// Appends `value` as `format!("{value}")` would.
pub(super) fn push_number(value: f64, out: &mut String) {
    let mut buffer = ryu::Buffer::new();
    // ryu writes non-finite values as `NaN`, `inf` and `-inf`, like `Display`.
    let text = buffer.format(value);
    if significant_digits(text) > 15 {
        use std::fmt::Write as _;
        // Writing into a `String` cannot fail.
        let _ = write!(out, "{value}");
        return;
    }
    let Some((mantissa, exponent)) = text.split_once('e') else {
        // `12.5`, `0.001`, and whole numbers as `5.0` (and `-0.0`), which `Display` writes without `.0`.
        out.push_str(text.strip_suffix(".0").unwrap_or(text));
        return;
    };
    // `1.234e-7` or `1e21`: the same digits without the exponent.
    let (negative, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, mantissa),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = [whole, fraction].concat();
    // Where the decimal point goes, counted in digits from the left (ryu's exponent is small: ±324 at most).
    let point = whole.len() as i64 + exponent.parse::<i64>().unwrap_or(0);
    if negative {
        out.push('-');
    }
    if point <= 0 {
        out.push_str("0.");
        (0..-point).for_each(|_| out.push('0'));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        (digits.len()..point as usize).for_each(|_| out.push('0'));
    } else {
        let (left, right) = digits.split_at(point as usize);
        out.push_str(left);
        out.push('.');
        out.push_str(right);
    }
}

/// The number of significant digits in `ryu`'s text (`-1.2345e-7` has five).
fn significant_digits(text: &str) -> usize {
    let mantissa = text.split_once('e').map_or(text, |(mantissa, _)| mantissa);
    let digits = mantissa.bytes().filter(u8::is_ascii_digit);
    // Leading zeros (`0.001`) are not significant; ryu writes no trailing ones but `.0`, which is short anyway.
    digits.skip_while(|&digit| digit == b'0').count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::columns::Date;
    use proptest::prelude::*;

    fn plain(cell: Cell<'_>) -> String {
        let mut out = String::new();
        cell.push_plain(&mut out);
        out
    }

    #[test]
    fn special_and_edge_numbers_are_written_as_display_writes_them() {
        let values = [
            0.0,
            -0.0,
            5.0,
            -12.5,
            0.1,
            1e21,
            1.5e-7,
            1e-7,
            123_456_789.125,
            1e16,
            1.234_5e16,
            9_007_199_254_740_993.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            // Sixteen and seventeen digits where ryu and `fmt` pick different last digits (found by the
            // property below).
            f64::from_bits(14_052_680_468_705_054_754),
            f64::from_bits(4_834_503_867_254_468_813),
        ];
        for value in values {
            assert_eq!(plain(Cell::Number(value)), value.to_string(), "{value:e}");
        }
    }

    #[test]
    fn other_cells_are_written_as_their_display() {
        let date = Date::from_ymd(7, 3, 9).unwrap();
        assert_eq!(plain(Cell::Date(date)), "0007-03-09");
        assert_eq!(plain(Cell::Date(date)), date.to_string());
        assert_eq!(plain(Cell::Integer(i64::MIN)), i64::MIN.to_string());
        assert_eq!(plain(Cell::Bool(false)), "false");
        assert_eq!(plain(Cell::Missing), "");
        assert_eq!(plain(Cell::Text("=A1")), "=A1");
    }

    proptest! {
        #[test]
        fn any_number_is_written_as_display_writes_it(bits in any::<u64>(), small in -1e7f64..1e7) {
            let value = f64::from_bits(bits);
            prop_assert_eq!(plain(Cell::Number(value)), value.to_string());
            // Amounts, coordinates and years: the values a table holds.
            let rounded = (small * 1000.0).round() / 1000.0;
            prop_assert_eq!(plain(Cell::Number(rounded)), rounded.to_string());
            prop_assert_eq!(plain(Cell::Number(small)), small.to_string());
        }

        #[test]
        fn any_date_is_written_as_display_writes_it(year in 1i32..=9999, month in 1u32..=12, day in 1u32..=28) {
            let date = Date::from_ymd(year, month, day).unwrap();
            prop_assert_eq!(plain(Cell::Date(date)), date.to_string());
        }
    }
}
