//! Fonts: egui's defaults plus two embedded Chinese subsets, Simplified and Hong Kong Traditional glyph forms,
//! so that 渝中区 and 兩江新區 render on every machine without a system font.
//!
//! The subsets are made by `assets/fonts/make-subsets.sh` (see `assets/fonts/README.md`). Most common
//! characters are in both, drawn differently (骨, 戶, 言…): the interface language's font comes first, so
//! Traditional text has Traditional shapes and the other script's font fills in what the first lacks.

use std::sync::Arc;

use crate::i18n::Lang;

const SIMPLIFIED: (&str, &[u8]) = (
    "noto-sans-sc-subset",
    include_bytes!("../../assets/fonts/NotoSansSC-Regular-subset.otf"),
);
const TRADITIONAL: (&str, &[u8]) = (
    "noto-sans-hk-subset",
    include_bytes!("../../assets/fonts/NotoSansHK-Regular-subset.otf"),
);

/// The monospace font egui ships: its arrows and symbols (↑ ↓ ▲ ● ×) fill gaps in the proportional font.
const SYMBOL_FALLBACK: &str = "Hack"; // i18n-ignore: a font's name

/// The Chinese fonts for a language, the one whose glyph forms it reads first.
fn chinese_fonts(lang: Lang) -> [(&'static str, &'static [u8]); 2] {
    match lang {
        Lang::ZhHant => [TRADITIONAL, SIMPLIFIED],
        // English readers here see mainland names (渝中区): Simplified forms first.
        Lang::En | Lang::ZhHans => [SIMPLIFIED, TRADITIONAL],
    }
}

/// egui's fonts with the Chinese subsets appended to each family in `lang`'s order, then egui's monospace font
/// for symbols. After egui's emoji and icon fonts, not before: the CJK fonts also have ● ▲ × ↑, drawn
/// full-width, which would widen every marker in the Latin interface.
pub fn font_definitions(lang: Lang) -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    let chinese = chinese_fonts(lang);
    for (name, bytes) in chinese {
        fonts.font_data.insert(
            name.to_owned(),
            Arc::new(egui::FontData::from_static(bytes)),
        );
    }
    let has_symbols = fonts.font_data.contains_key(SYMBOL_FALLBACK);
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        list.extend(chinese.iter().map(|(name, _)| (*name).to_owned()));
        if has_symbols && family == egui::FontFamily::Proportional {
            list.push(SYMBOL_FALLBACK.to_owned());
        }
    }
    fonts
}

/// Installs [`font_definitions`] for `lang`; call again when the language changes, so the glyph forms follow.
pub fn install_fonts(ctx: &egui::Context, lang: Lang) {
    ctx.set_fonts(font_definitions(lang));
}
