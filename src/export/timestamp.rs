//! UTC timestamps for the "Exported at" line of every self-describing export.
//!
//! Computed from `SystemTime` with the civil-from-days algorithm rather than a date crate: one line of output does
//! not justify a dependency. Must not depend on egui, eframe or rfd.

use std::time::{SystemTime, UNIX_EPOCH};

const SECONDS_PER_DAY: i64 = 86_400;

/// `time` in UTC as ISO 8601 to the second, e.g. `2024-05-01T09:30:00Z`.
pub fn utc_timestamp(time: SystemTime) -> String {
    // A clock set before 1970 is odd but not an error: count backwards instead of failing the export.
    let seconds = match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => {
            let before = before.duration();
            // Round towards the past, so 0.5 s before the epoch is 23:59:59 of the day before.
            let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            -whole - i64::from(before.subsec_nanos() > 0)
        }
    };
    let days = seconds.div_euclid(SECONDS_PER_DAY);
    let of_day = seconds.rem_euclid(SECONDS_PER_DAY);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        of_day / 3600,
        of_day / 60 % 60,
        of_day % 60
    )
}

/// The proleptic Gregorian date `(year, month, day)` of a day count since 1970-01-01.
///
/// Howard Hinnant's `civil_from_days`: shift the epoch to 0000-03-01 so that the leap day ends each 400-year era,
/// then take the era, the year of the era and the day of the year with integer arithmetic only.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097); // [0, 146096]
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365; // [0, 399]
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100); // [0, 365]
    let month_from_march = (5 * day_of_year + 2) / 153; // [0, 11]
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1; // [1, 31]
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    }; // [1, 12]
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Both are in small ranges (see above), so the conversions cannot fail.
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn days_map_to_known_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(59), (1970, 3, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(2_932_896), (9999, 12, 31));
        assert_eq!(civil_from_days(-719_468), (0, 3, 1));
    }

    #[test]
    fn consecutive_days_are_consecutive_dates() {
        let mut previous = civil_from_days(-800_000);
        for days in -799_999..800_000 {
            let date = civil_from_days(days);
            let (year, month, day) = previous;
            let next_day = (year, month, day + 1);
            let next_month = (year, month + 1, 1);
            let next_year = (year + 1, 1, 1);
            assert!(
                date == next_day || date == next_month || date == next_year,
                "{previous:?} then {date:?}"
            );
            assert!((1..=31).contains(&date.2) && (1..=12).contains(&date.1));
            previous = date;
        }
    }

    #[test]
    fn timestamps_are_utc_iso_8601() {
        let at = |seconds: u64| utc_timestamp(UNIX_EPOCH + Duration::from_secs(seconds));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_714_555_800), "2024-05-01T09:30:00Z");
        assert_eq!(
            utc_timestamp(UNIX_EPOCH - Duration::from_millis(500)),
            "1969-12-31T23:59:59Z"
        );
    }
}
