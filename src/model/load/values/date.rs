//! Years and dates as people type them (`2015年6月`, `30/06/2015`, `FY2015`) and Excel date serials (`42185`).

use super::{
    Parsed, is_missing, normalize_width, strip_prefix_ignore_case, strip_suffix_ignore_case,
};
use crate::model::columns::Date;

/// Years outside this range are typing errors in this domain (and outside Excel's calendar).
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The largest Excel date serial, 9999-12-31.
const MAX_SERIAL: i64 = 2_958_465;

/// Reads a year: `2015`, `2015.0`, `FY2015`, `2015年`, `2015年度`, any date [`parse_date`]
/// accepts (`2015-06-30`, `30/06/2015`, `2015年6月`), or an Excel date serial (`42185`).
///
/// A whole number from 1000 to 9999 is always a year, never a serial; other numbers from 1 to
/// 2958465 are serials, so small numbers such as `15` read as 1900 (Excel's day 15), not 2015.
/// Serial 60, Excel's fictitious 1900-02-29, gives 1900. Years outside 1900..=2100 are Invalid.
pub fn parse_year(text: &str) -> Parsed<i32> {
    let trimmed = super::trim(text);
    // Fast path: four plain digits, no allocation and no float parse.
    let bytes = trimmed.as_bytes();
    if bytes.len() == 4 && bytes[0] != b'0' && bytes.iter().all(u8::is_ascii_digit) {
        let year = bytes
            .iter()
            .fold(0i32, |year, &b| year * 10 + i32::from(b - b'0'));
        return year_in_range(year);
    }
    if is_missing(trimmed) {
        return Parsed::Missing;
    }
    let folded = normalize_width(trimmed);
    match read_date(folded.trim()) {
        Reading::Day(date) => year_in_range(date.year()),
        Reading::BareYear(year) => year_in_range(year),
        Reading::FakeLeapDay => Parsed::Value(1900),
        Reading::Nothing => Parsed::Invalid,
    }
}

fn year_in_range(year: i32) -> Parsed<i32> {
    if YEARS.contains(&year) {
        Parsed::Value(year)
    } else {
        Parsed::Invalid
    }
}

/// Reads a calendar date.
///
/// Accepted: ISO `2015-06-30` (optionally followed by a time, `2015-06-30 00:00:00` or
/// `2015-06-30T08:00:00+08:00`, which is dropped), `2015/06/30`, `2015.06.30`, `20150630`,
/// `30/06/2015`, `30-06-2015`, `30.06.2015`, `2015年6月30日`, month names (`30 Jun 2015`,
/// `June 30, 2015`), and Excel date serials (`42185` = 2015-06-30; a fractional part, the
/// time of day, is dropped). Full-width digits are accepted.
///
/// With the year last, the first part is the day when it is above 12 and the month when only
/// the second part is above 12; when both are 12 or less (`05/06/2015`) the day comes first
/// (5 June), the Hong Kong and UK convention. Two-digit years are not guessed (Invalid).
///
/// A year and month alone (`2015年6月`, `2015-06`, `2015/6`, `2015.6`, `6/2015`, `Jun 2015`)
/// gives the first of the month. A bare year (`2015`, `2015年`) is Invalid: it is not a day,
/// and a whole number from 1000 to 9999 is never read as a serial. Serial 60, Excel's
/// fictitious 1900-02-29, is Invalid. Dates outside the years 1900..=2100 are Invalid.
pub fn parse_date(text: &str) -> Parsed<Date> {
    let trimmed = text.trim();
    // Fast path for the common ISO form: no missing-marker check, no folding.
    if let Some(date) = iso_date(trimmed) {
        return if YEARS.contains(&date.year()) {
            Parsed::Value(date)
        } else {
            Parsed::Invalid
        };
    }
    if is_missing(trimmed) {
        return Parsed::Missing;
    }
    let folded = normalize_width(trimmed);
    match read_date(folded.trim()) {
        Reading::Day(date) if YEARS.contains(&date.year()) => Parsed::Value(date),
        Reading::Day(_) | Reading::BareYear(_) | Reading::FakeLeapDay | Reading::Nothing => {
            Parsed::Invalid
        }
    }
}

/// Exactly `dddd-dd-dd`.
fn iso_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    let year = four_digits(text.get(..4)?)?;
    let month = short_number(text.get(5..7)?)?;
    let day = short_number(text.get(8..)?)?;
    Date::from_ymd(year, month, day)
}

/// What a date-like cell turned out to hold; shared by [`parse_year`] and [`parse_date`],
/// which differ only in what they accept.
enum Reading {
    Day(Date),
    /// Excel serial 60, the 1900-02-29 that Excel invents (Lotus 1-2-3 compatibility).
    FakeLeapDay,
    BareYear(i32),
    Nothing,
}

/// Reads trimmed, width-folded text.
fn read_date(text: &str) -> Reading {
    let Some(text) = strip_time(text) else {
        return Reading::Nothing;
    };
    if text.contains(['年', '月', '日']) {
        return read_chinese_date(text);
    }
    if let Some(year) = strip_prefix_ignore_case(text, "fy").and_then(|y| four_digits(y.trim())) {
        return Reading::BareYear(year);
    }
    if let Some(date) = read_numeric_date(text) {
        return Reading::Day(date);
    }
    if let Ok(value) = text.parse::<f64>() {
        return read_date_number(text, value);
    }
    read_month_name_date(text).map_or(Reading::Nothing, Reading::Day)
}

/// Drops a trailing time of day (`00:00:00`, `T08:00:00+08:00`, `10:30 AM`); `None` when the
/// text has a colon but what follows the date is not a time.
fn strip_time(text: &str) -> Option<&str> {
    let Some(colon) = text.find(':') else {
        return Some(text);
    };
    let split = text.get(..colon)?.rfind([' ', 'T'])?;
    let time = text.get(split + 1..)?;
    let is_time = time.chars().all(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                ':' | '.' | ' ' | '+' | '-' | 'Z' | 'z' | 'A' | 'a' | 'P' | 'p' | 'M' | 'm'
            )
    });
    is_time
        .then(|| text.get(..split))
        .flatten()
        .map(str::trim_end)
}

/// `2015年`, `2015年度`, `2015年底`, `2015年6月`, `2015年6月30日` (also with 号/號 for the day).
fn read_chinese_date(text: &str) -> Reading {
    let read = || -> Option<Reading> {
        let (year_text, rest) = text.split_once('年')?;
        let year = four_digits(year_text.trim())?;
        let rest = rest.trim();
        // Fiscal year, start, middle and end of the year: a year, but no particular day.
        if matches!(rest, "" | "度" | "初" | "中" | "底" | "末") {
            return Some(Reading::BareYear(year));
        }
        let (month_text, rest) = rest.split_once('月')?;
        let month = short_number(month_text.trim())?;
        let rest = rest.trim();
        let day = if rest.is_empty() {
            1
        } else {
            short_number(rest.strip_suffix(['日', '号', '號'])?.trim())?
        };
        Date::from_ymd(year, month, day).map(Reading::Day)
    };
    read().unwrap_or(Reading::Nothing)
}

/// Exactly four ASCII digits, no sign.
fn four_digits(text: &str) -> Option<i32> {
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// One or two ASCII digits (a month or a day).
fn short_number(text: &str) -> Option<u32> {
    if (1..=2).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// Two or three digit groups joined by one of `-`, `/`, `.` (the same one throughout).
fn read_numeric_date(text: &str) -> Option<Date> {
    let separator = text.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(separator, '-' | '/' | '.') {
        return None;
    }
    let mut parts = [""; 3];
    let mut count = 0;
    for part in text.split(separator) {
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *parts.get_mut(count)? = part;
        count += 1;
    }
    match (count, parts) {
        (3, [year, month, day]) if year.len() == 4 => {
            Date::from_ymd(four_digits(year)?, short_number(month)?, short_number(day)?)
        }
        (3, [first, second, year]) if year.len() == 4 => {
            let (first, second) = (short_number(first)?, short_number(second)?);
            // Day first unless that is impossible and month first is not (see `parse_date`).
            let (day, month) = if first <= 12 && second > 12 {
                (second, first)
            } else {
                (first, second)
            };
            Date::from_ymd(four_digits(year)?, month, day)
        }
        (2, [year, month, _]) if year.len() == 4 => {
            Date::from_ymd(four_digits(year)?, short_number(month)?, 1)
        }
        (2, [month, year, _]) if year.len() == 4 => {
            Date::from_ymd(four_digits(year)?, short_number(month)?, 1)
        }
        _ => None,
    }
}

/// A cell that is a plain number: a bare year, `yyyymmdd`, or an Excel serial.
fn read_date_number(text: &str, value: f64) -> Reading {
    if !value.is_finite() || value < 1.0 {
        return Reading::Nothing;
    }
    let whole = value.fract() == 0.0;
    if (1000.0..10_000.0).contains(&value) {
        // A year-sized number is a year (2015, 2015.0), never a serial, and 2015.5 is neither.
        return if whole {
            Reading::BareYear(value as i32)
        } else {
            Reading::Nothing
        };
    }
    if whole && text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        // yyyymmdd is beyond the largest serial, so it cannot be confused with one.
        let year = text.get(..4).and_then(four_digits);
        let month = text.get(4..6).and_then(short_number);
        let day = text.get(6..).and_then(short_number);
        return match (year, month, day) {
            (Some(year), Some(month), Some(day)) => {
                Date::from_ymd(year, month, day).map_or(Reading::Nothing, Reading::Day)
            }
            _ => Reading::Nothing,
        };
    }
    if value >= (MAX_SERIAL + 1) as f64 {
        return Reading::Nothing;
    }
    // The time of day is the fraction; the bounds checked above make the cast exact.
    excel_serial(value.floor() as i64)
}

/// Reads an Excel serial as a [`Reading`]: serial 60 is the fictitious 1900-02-29.
fn excel_serial(serial: i64) -> Reading {
    if serial == 60 {
        return Reading::FakeLeapDay;
    }
    excel_serial_to_date(serial).map_or(Reading::Nothing, Reading::Day)
}

/// The calendar day of an Excel (1900 date system) serial, `None` outside 1..=2958465 and for serial 60.
///
/// Excel treats 1900 as a leap year, so serial 60 is a day that never was and every later serial is one more than
/// the true day count from 1899-12-31; counting those from 1899-12-30 instead gives the right day. This is the one
/// place the loaders turn a day count into a date, so a date crate can replace the arithmetic here alone.
pub fn excel_serial_to_date(serial: i64) -> Option<Date> {
    // Days from 1970-01-01 back to 1899-12-31 and to 1899-12-30.
    let days = match serial {
        1..=59 => serial - 25_568,
        61..=MAX_SERIAL => serial - 25_569,
        _ => return None,
    };
    Date::from_unix_days(days)
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// An English month name or its abbreviation of at least three letters (`Jun`, `Sept`, `JUNE`).
fn month_number(word: &str) -> Option<u32> {
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let index = MONTH_NAMES.iter().position(|name| {
        name.get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word))
    })?;
    u32::try_from(index + 1).ok()
}

/// `30 Jun 2015`, `30-Jun-2015`, `June 30, 2015`, `30th June 2015`, `Jun 2015` (the 1st).
/// The year must have four digits.
fn read_month_name_date(text: &str) -> Option<Date> {
    let mut words = [""; 3];
    let mut count = 0;
    for word in text
        .split([' ', '-', '/', ',', '.'])
        .filter(|word| !word.is_empty())
    {
        *words.get_mut(count)? = word;
        count += 1;
    }
    let words = words.get(..count)?;
    let month_at = words.iter().position(|word| month_number(word).is_some())?;
    let month = month_number(words.get(month_at)?)?;
    let mut year = None;
    let mut day = None;
    for (index, word) in words.iter().enumerate() {
        if index == month_at {
            continue;
        }
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| strip_suffix_ignore_case(word, suffix))
            .unwrap_or(word);
        if let Some(found) = four_digits(digits)
            && year.is_none()
        {
            year = Some(found);
        } else if let Some(found) = short_number(digits)
            && day.is_none()
        {
            day = Some(found);
        } else {
            return None;
        }
    }
    Date::from_ymd(year?, month, day.unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(year: i32, month: u32, day: u32) -> Parsed<Date> {
        Parsed::Value(Date::from_ymd(year, month, day).unwrap())
    }
    #[test]
    fn years() {
        for (text, expected) in [
            ("2015", 2015),
            (" 2015 ", 2015),
            ("2015.0", 2015),
            ("2015.00", 2015),
            ("２０１５", 2015),
            ("2015-06-30", 2015),
            ("2015/6/30", 2015),
            ("30/06/2015", 2015),
            ("2015年", 2015),
            ("2015 年", 2015),
            ("2015年度", 2015),
            ("2015年底", 2015),
            ("2015年6月", 2015),
            ("2015年6月30日", 2015),
            ("FY2015", 2015),
            ("fy 2015", 2015),
            ("42185", 2015),
            ("42185.75", 2015),
            ("2015-06-30 00:00:00", 2015),
            ("Jun 2015", 2015),
            ("1900", 1900),
            ("2100", 2100),
            ("60", 1900),
            ("1", 1900),
        ] {
            assert_eq!(parse_year(text), Parsed::Value(expected), "{text:?}");
        }
        for text in [
            "1899",
            "2101",
            "9999",
            "1000",
            "0",
            "-2015",
            "2015.5x",
            "2015.13",
            "2015.55",
            "15x",
            "abc",
            "FY15",
            "2015-02-30",
            "nan",
            "inf",
            "2958466",
            "0042x",
            "2015年13月",
        ] {
            assert_eq!(parse_year(text), Parsed::Invalid, "{text:?}");
        }
    }

    #[test]
    fn dates() {
        let june_30 = date(2015, 6, 30);
        for text in [
            "2015-06-30",
            " 2015-06-30 ",
            "2015-6-30",
            "2015-06-30 00:00:00",
            "2015-06-30T00:00:00",
            "2015-06-30T08:00:00+08:00",
            "2015-06-30T08:00:00Z",
            "2015/06/30",
            "2015/6/30 10:30 AM",
            "2015.06.30",
            "20150630",
            "30/06/2015",
            "30-06-2015",
            "30.06.2015",
            "06/30/2015",
            "2015年6月30日",
            "2015年06月30日",
            "2015 年 6 月 30 日",
            "2015年6月30号",
            "2015年6月30日 10:00",
            "２０１５年６月３０日",
            "２０１５－０６－３０",
            "42185",
            "42185.0",
            "42185.5",
            "30 Jun 2015",
            "30-Jun-2015",
            "30 June 2015",
            "June 30, 2015",
            "JUN 30 2015",
            "30th June 2015",
        ] {
            assert_eq!(parse_date(text), june_30, "{text:?}");
        }
        let june_1 = date(2015, 6, 1);
        for text in [
            "2015年6月",
            "2015-06",
            "2015/6",
            "2015.6",
            "2015.06",
            "6/2015",
            "Jun 2015",
        ] {
            assert_eq!(parse_date(text), june_1, "{text:?}");
        }
        // Ambiguous day and month: day first, the HK/UK convention.
        assert_eq!(parse_date("05/06/2015"), date(2015, 6, 5));
        assert_eq!(parse_date("2015.10"), date(2015, 10, 1));
        assert_eq!(parse_date("Sept 2015"), date(2015, 9, 1));
    }

    #[test]
    fn excel_serials() {
        assert_eq!(parse_date("1"), date(1900, 1, 1));
        assert_eq!(parse_date("59"), date(1900, 2, 28));
        assert_eq!(parse_date("60"), Parsed::Invalid);
        assert_eq!(parse_date("61"), date(1900, 3, 1));
        assert_eq!(parse_date("25569"), date(1970, 1, 1));
        assert_eq!(parse_date("36526"), date(2000, 1, 1));
        assert_eq!(parse_date("42185"), date(2015, 6, 30));
        assert_eq!(parse_date("73051"), date(2100, 1, 1));
        // Beyond 2100: a real Excel date, but outside the years this app accepts.
        assert_eq!(parse_date("2958465"), Parsed::Invalid);
        assert_eq!(parse_year("2958465"), Parsed::Invalid);
        assert_eq!(parse_date("2958466"), Parsed::Invalid);
        assert_eq!(parse_date("0"), Parsed::Invalid);
        assert_eq!(parse_date("-1"), Parsed::Invalid);
        for serial in [61, 1000, 42185, 73051] {
            let Reading::Day(day) = excel_serial(serial) else {
                panic!("{serial}")
            };
            let Reading::Day(next) = excel_serial(serial + 1) else {
                panic!("{serial}")
            };
            assert!(next > day);
        }
        let Reading::Day(last) = excel_serial(MAX_SERIAL) else {
            panic!("max serial")
        };
        assert_eq!(last, Date::from_ymd(9999, 12, 31).unwrap());
    }

    #[test]
    fn invalid_dates() {
        for text in [
            "2015",
            "2015.0",
            "2015年",
            "FY2015",
            "2015-02-30",
            "2015-13-01",
            "31/02/2015",
            "13/13/2015",
            "30/06/15",
            "2015-06/30",
            "2015-06-30-01",
            "2015-06-30 noon",
            "2015-06-30 12:00 noon",
            "10:00",
            "June",
            "30 Foo 2015",
            "30 Jun Jul 2015",
            "1899-12-31",
            "2101-01-01",
            "2015年6月30",
            "2015年6",
            "abc",
            "nan",
            "1e999",
        ] {
            assert_eq!(parse_date(text), Parsed::Invalid, "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn valid_dates_round_trip(year in 1900i32..=2100, month in 1u32..=12, day in 1u32..=28) {
            let expected = date(year, month, day);
            prop_assert_eq!(parse_date(&format!("{year:04}-{month:02}-{day:02}")), expected);
            prop_assert_eq!(parse_date(&format!("{year}/{month}/{day}")), expected);
            prop_assert_eq!(parse_date(&format!("{year}年{month}月{day}日")), expected);
            prop_assert_eq!(parse_date(&format!("{year}{month:02}{day:02}")), expected);
            if day > 12 {
                prop_assert_eq!(parse_date(&format!("{day}/{month}/{year}")), expected);
                prop_assert_eq!(parse_date(&format!("{month}/{day}/{year}")), expected);
            }
            prop_assert_eq!(parse_year(&format!("{day:02}.{month:02}.{year}")), Parsed::Value(year));
        }
    }
}
