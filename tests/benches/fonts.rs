//! What the embedded Chinese fonts cost at start-up: installing them and the first frame that draws Chinese
//! text (font parsing, shaping and rasterising every glyph of one language's catalogue), for each language.
//!
//! Run with `cargo bench --bench fonts`.

use invest_explorer::i18n::{Lang, SOURCES};

fn main() {
    divan::main();
}

/// Every line of `lang`'s catalogue file, as the text of one frame.
fn catalogue_text(lang: Lang) -> String {
    SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, source)| source.to_string())
        .unwrap_or_default()
}

/// One frame showing `text`; its texture updates are dropped, as no GPU takes them.
fn frame(ctx: &egui::Context, text: &str) -> usize {
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        ui.label(text);
    });
    let uploads = output.textures_delta.set.len();
    output.textures_delta.clear();
    uploads
}

/// A fresh context, the fonts installed, and one frame laying out the whole catalogue.
#[divan::bench(args = Lang::ALL, sample_count = 10)]
fn install_and_first_frame(bencher: divan::Bencher, lang: Lang) {
    let text = catalogue_text(lang);
    bencher.bench_local(|| {
        let ctx = egui::Context::default();
        invest_explorer::ui::fonts::install_fonts(&ctx, lang);
        frame(&ctx, &text)
    });
}

/// The same frame with egui's default fonts only (the Chinese drawn as boxes): the baseline.
#[divan::bench(args = Lang::ALL, sample_count = 10)]
fn first_frame_without_chinese_fonts(bencher: divan::Bencher, lang: Lang) {
    let text = catalogue_text(lang);
    bencher.bench_local(|| {
        let ctx = egui::Context::default();
        frame(&ctx, &text)
    });
}

/// Building the font definitions alone (no parsing: the bytes are static).
#[divan::bench(args = Lang::ALL)]
fn font_definitions(lang: Lang) -> egui::FontDefinitions {
    invest_explorer::ui::fonts::font_definitions(lang)
}
