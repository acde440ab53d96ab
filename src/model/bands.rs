//! Fixed size bands for contracted amounts, shared by the generator, every loader and the filter.
//!
//! Must not depend on egui, eframe or rfd.

/// Upper bounds (exclusive, USD m) and labels of the size bands, smallest first.
const BANDS: [(f64, &str); 6] = [
    (1.0, "< USD 1 m"),
    (10.0, "USD 1–10 m"),
    (50.0, "USD 10–50 m"),
    (200.0, "USD 50–200 m"),
    (800.0, "USD 200–800 m"),
    (f64::INFINITY, "≥ USD 800 m"),
];

/// The band labels, smallest first: the order facets and breakdowns show them in.
pub fn size_band_labels() -> impl Iterator<Item = &'static str> {
    BANDS.iter().map(|(_, label)| *label)
}

/// The band of a contracted amount in USD m; `None` for a missing or negative amount.
pub fn size_band(contracted_usd_m: f64) -> Option<&'static str> {
    size_band_index(contracted_usd_m).map(|index| BANDS[index].1)
}

/// The position of an amount's band in [`size_band_labels`]; `None` for a missing or negative amount.
pub fn size_band_index(contracted_usd_m: f64) -> Option<usize> {
    if contracted_usd_m.is_nan() || contracted_usd_m < 0.0 {
        return None;
    }
    BANDS
        .iter()
        .position(|(upper, _)| contracted_usd_m < *upper)
}

/// Project statuses of the default dataset, in life-cycle order.
pub const STATUSES: [&str; 5] = [
    "Contracted (not started)",
    "Under construction",
    "Operating",
    "Completed/divested",
    "Closed",
];

/// Label used in every synthetic row and export.
pub const SYNTHETIC_LABEL: &str =
    "Synthetic sample calibrated to published aggregates — not real projects";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_cover_every_amount_and_reject_missing() {
        assert_eq!(size_band(0.05), Some("< USD 1 m"));
        assert_eq!(size_band(1.0), Some("USD 1–10 m"));
        assert_eq!(size_band(799.999), Some("USD 200–800 m"));
        assert_eq!(size_band(800.0), Some("≥ USD 800 m"));
        assert_eq!(size_band(f64::NAN), None);
        assert_eq!(size_band(-1.0), None);
        assert_eq!(size_band_labels().count(), 6);
    }
}
