//! UTC timestamps for the "Exported at" line of every self-describing export and the PNG caption.
//!
//! Calendar arithmetic is `jiff`'s, the crate's one date library. Must not depend on egui, eframe or rfd.

use std::time::{SystemTime, UNIX_EPOCH};

use jiff::Timestamp;
use jiff::tz::Offset;

/// `time` in UTC as ISO 8601 to the second, e.g. `2024-05-01T09:30:00Z`.
pub fn utc_timestamp(time: SystemTime) -> String {
    // Whole seconds, rounded towards the past, so 0.5 s before the epoch is 23:59:59 of the day before. A clock set
    // before 1970 is odd but not an error; one beyond jiff's years (±9999) is pinned to its last second.
    let seconds = match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => {
            let before = before.duration();
            let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            -whole - i64::from(before.subsec_nanos() > 0)
        }
    };
    let seconds = seconds.clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
    let timestamp = Timestamp::from_second(seconds).unwrap_or(Timestamp::UNIX_EPOCH);
    let at = Offset::UTC.to_datetime(timestamp);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn timestamps_are_utc_iso_8601() {
        let at = |seconds: u64| utc_timestamp(UNIX_EPOCH + Duration::from_secs(seconds));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_714_555_800), "2024-05-01T09:30:00Z");
        assert_eq!(at(1_714_555_800 + 59), "2024-05-01T09:30:59Z");
        assert_eq!(
            utc_timestamp(UNIX_EPOCH - Duration::from_millis(500)),
            "1969-12-31T23:59:59Z"
        );
        assert_eq!(
            utc_timestamp(UNIX_EPOCH + Duration::from_millis(1_500)),
            "1970-01-01T00:00:01Z"
        );
    }
}
