//! Category colours: every GB/T 4754 section has one fixed colour, so a sector looks the same on every chart, in
//! every dataset and in every export; categories the reference list does not know (a consultant's own sector
//! names) take the next colours that no section uses, in name order, so they too are the same on every run.
//!
//! The colours come from Okabe & Ito's colour-blind-safe set and Paul Tol's "muted" and "bright" schemes, which
//! are chosen to stay apart for the common colour-vision deficiencies; the ten sections of the reference list
//! get the most distinct ones. Plain RGB, so the map, the charts and later panels share them. Must not depend on
//! egui, eframe or rfd.

use std::collections::HashMap;

use crate::model::reference::Sector;

/// An sRGB colour, 8 bits per channel.
pub type Rgb = [u8; 3];

/// The colour of an "Other" bar or series (and of section X, the reference list's grouped "Other").
pub const OTHER_COLOUR: Rgb = [0x99, 0x99, 0x99];

/// The colour of a chart whose bars are one series (districts, years, sizes): Okabe–Ito blue.
pub const SERIES_COLOUR: Rgb = [0x00, 0x72, 0xB2];

/// One colour per GB/T 4754-2017 section letter (A–T), and X for the reference list's "Other". The ten sections
/// the reference list uses come first, with the eight Okabe–Ito colours and two of Tol's.
const SECTION_COLOURS: [(&str, Rgb); 21] = [
    ("K", [0x00, 0x72, 0xB2]), // real estate: blue
    ("C", [0xE6, 0x9F, 0x00]), // manufacturing: orange
    ("L", [0x00, 0x9E, 0x73]), // leasing & business services: bluish green
    ("J", [0xCC, 0x79, 0xA7]), // finance: reddish purple
    ("F", [0x56, 0xB4, 0xE9]), // wholesale & retail: sky blue
    ("H", [0xD5, 0x5E, 0x00]), // accommodation & catering: vermillion
    ("G", [0x88, 0x22, 0x55]), // transport & logistics: wine
    ("I", [0x33, 0x22, 0x88]), // information & software: indigo
    ("M", [0xDD, 0xCC, 0x77]), // research & technical services: sand
    ("X", OTHER_COLOUR),
    ("A", [0x11, 0x77, 0x33]),
    ("B", [0x99, 0x99, 0x33]),
    ("D", [0x88, 0xCC, 0xEE]),
    ("E", [0xCC, 0x66, 0x77]),
    ("N", [0x44, 0xAA, 0x99]),
    ("O", [0xAA, 0x44, 0x99]),
    ("P", [0x66, 0x11, 0x00]),
    ("Q", [0xEE, 0x66, 0x77]),
    ("R", [0x22, 0x88, 0x33]),
    ("S", [0xCC, 0xBB, 0x44]),
    ("T", [0x66, 0xCC, 0xEE]),
];

/// The fixed colour of a GB/T section letter (`"K"`), if it is one.
pub fn section_colour(code: &str) -> Option<Rgb> {
    SECTION_COLOURS
        .iter()
        .find(|(letter, _)| letter.eq_ignore_ascii_case(code.trim()))
        .map(|&(_, colour)| colour)
}

/// The colour of each sector label of a dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SectorColours {
    by_label: HashMap<String, Rgb>,
}

impl SectorColours {
    /// Colours for `labels` (a dataset's sector names): a label naming a reference sector (in English or
    /// Chinese) gets its section's colour; the others, in name order, the colours no reference sector uses.
    pub fn new<'a>(reference: &[Sector], labels: impl IntoIterator<Item = &'a str>) -> Self {
        let section_of = |label: &str| {
            let label = label.trim();
            reference.iter().find(|sector| {
                sector.name.eq_ignore_ascii_case(label)
                    || sector.name_zh == label
                    || sector.name_zh_hant == label
            })
        };
        let taken: Vec<Rgb> = reference
            .iter()
            .filter_map(|sector| section_colour(&sector.code))
            .collect();
        let mut spare = SECTION_COLOURS
            .iter()
            .map(|&(_, colour)| colour)
            .filter(|colour| !taken.contains(colour))
            .collect::<Vec<_>>();
        if spare.is_empty() {
            spare.push(OTHER_COLOUR);
        }
        let mut by_label = HashMap::new();
        let mut unknown: Vec<&str> = Vec::new();
        for label in labels {
            match section_of(label).and_then(|sector| section_colour(&sector.code)) {
                Some(colour) => {
                    by_label.insert(label.to_owned(), colour);
                }
                None => unknown.push(label),
            }
        }
        unknown.sort_unstable();
        unknown.dedup();
        for (index, label) in unknown.into_iter().enumerate() {
            by_label.insert(label.to_owned(), spare[index % spare.len()]);
        }
        Self { by_label }
    }

    /// The colour of a sector label; a label these colours were not made for is grey, like "Other".
    pub fn colour(&self, label: &str) -> Rgb {
        self.by_label.get(label).copied().unwrap_or(OTHER_COLOUR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ReferenceData;

    #[test]
    fn every_section_has_its_own_colour() {
        for (i, (letter, colour)) in SECTION_COLOURS.iter().enumerate() {
            for (other_letter, other_colour) in &SECTION_COLOURS[i + 1..] {
                assert_ne!(letter, other_letter);
                assert_ne!(colour, other_colour, "{letter} and {other_letter}");
            }
        }
    }

    #[test]
    fn reference_sectors_keep_their_colour_whatever_the_dataset_and_unknowns_get_spare_ones() {
        let reference = ReferenceData::embedded().unwrap().sectors;
        let all: Vec<&str> = reference.iter().map(|s| s.name.as_str()).collect();
        let full = SectorColours::new(&reference, all.iter().copied());
        let finance_only = SectorColours::new(&reference, ["Finance", "Real estate"]);
        let chinese = SectorColours::new(&reference, ["金融业", "Pet shops", "Arcades"]);
        assert_eq!(full.colour("Finance"), finance_only.colour("Finance"));
        assert_eq!(full.colour("Finance"), chinese.colour("金融业"));
        assert_eq!(full.colour("Finance"), section_colour("J").unwrap());
        let distinct: std::collections::HashSet<Rgb> =
            all.iter().map(|name| full.colour(name)).collect();
        assert_eq!(distinct.len(), reference.len(), "ten sectors, ten colours");
        let arcades = chinese.colour("Arcades");
        let pets = chinese.colour("Pet shops");
        assert_ne!(arcades, pets);
        assert!(!distinct.contains(&arcades) && !distinct.contains(&pets));
        // The same unknown names get the same colours on another run, in any order.
        let again = SectorColours::new(&reference, ["Pet shops", "Arcades"]);
        assert_eq!(again.colour("Arcades"), arcades);
        assert_eq!(again.colour("Pet shops"), pets);
    }
}
