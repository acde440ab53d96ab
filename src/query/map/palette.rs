//! The choropleth's colours: five steps of viridis, a sequential palette that stays ordered for the common
//! colour-vision deficiencies and in greyscale. The step that stands out most from the background means "most":
//! on a light background the darkest, on a dark one the brightest, so the direction follows the theme (a
//! projector theme is a light one). The legend says which is which.

/// Viridis at t = 0.1, 0.3, 0.5, 0.7, 0.95: the darkest end (t = 0) is dropped, it disappears on a dark page.
const VIRIDIS: [[u8; 3]; 5] = [
    [0x48, 0x24, 0x75],
    [0x35, 0x5f, 0x8d],
    [0x21, 0x91, 0x8c],
    [0x44, 0xbf, 0x70],
    [0xdd, 0xe3, 0x18],
];

/// The fill of `class` (0 = lowest) of `num_classes`, spread over the whole palette when there are fewer than
/// five classes so that neighbours stay easy to tell apart.
pub fn class_colour(class: usize, num_classes: usize, dark_background: bool) -> [u8; 3] {
    let last = VIRIDIS.len() - 1;
    let step = if num_classes <= 1 {
        last
    } else {
        (class.min(num_classes - 1) * last + (num_classes - 1) / 2) / (num_classes - 1)
    };
    if dark_background {
        VIRIDIS[step]
    } else {
        VIRIDIS[last - step]
    }
}

/// Text colour that reads on a fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    Dark,
    Light,
}

/// Dark text on light fills, light text on dark ones (by relative luminance, sRGB approximated by a square).
pub fn ink_on(fill: [u8; 3]) -> Ink {
    let linear = |c: u8| (f64::from(c) / 255.0).powi(2);
    let luminance = 0.2126 * linear(fill[0]) + 0.7152 * linear(fill[1]) + 0.0722 * linear(fill[2]);
    if luminance > 0.18 {
        Ink::Dark
    } else {
        Ink::Light
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_stands_out_from_the_background() {
        // Light page: the top class is the darkest; dark page: the brightest.
        assert_eq!(class_colour(4, 5, false), VIRIDIS[0]);
        assert_eq!(class_colour(4, 5, true), VIRIDIS[4]);
        assert_eq!(class_colour(0, 2, true), VIRIDIS[0]);
        assert_eq!(class_colour(1, 2, true), VIRIDIS[4]);
        let all: Vec<_> = (0..5).map(|c| class_colour(c, 5, true)).collect();
        assert_eq!(all, VIRIDIS);
    }

    #[test]
    fn text_reads_on_every_fill() {
        assert_eq!(ink_on(VIRIDIS[0]), Ink::Light);
        assert_eq!(ink_on(VIRIDIS[4]), Ink::Dark);
    }
}
