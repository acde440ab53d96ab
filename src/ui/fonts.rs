//! Fonts: egui's defaults plus an embedded Chinese subset as a fallback, so names like 渝中区 render everywhere.

use std::sync::Arc;

const CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Regular-subset.otf");
const CJK_FONT_NAME: &str = "noto-sans-sc-subset";

/// The monospace font egui ships: its arrows and symbols (↑ ↓ ▲ ● ×) fill gaps in the proportional font.
const SYMBOL_FALLBACK: &str = "Hack";

/// Adds the Chinese font, then egui's monospace font for symbols, as fallbacks after egui's own fonts.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        CJK_FONT_NAME.to_owned(),
        Arc::new(egui::FontData::from_static(CJK_FONT)),
    );
    let has_symbols = fonts.font_data.contains_key(SYMBOL_FALLBACK);
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        list.push(CJK_FONT_NAME.to_owned());
        if has_symbols && family == egui::FontFamily::Proportional {
            list.push(SYMBOL_FALLBACK.to_owned());
        }
    }
    ctx.set_fonts(fonts);
}
