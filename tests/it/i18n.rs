//! The catalogues, the fonts and the sources checked against each other: every message in all three languages
//! with the same variables, nothing empty, no English left in the Chinese, every id the code uses present, a
//! glyph in the right script's font for every character, and no new English literal in `src/ui`.
#![allow(clippy::unwrap_used)]

#[path = "i18n/rust_source.rs"]
mod rust_source;
#[path = "i18n/ui_literals.rs"]
mod ui_literals;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use invest_explorer::format::{Currency, MoneyFormat, Scale};
use invest_explorer::i18n::{self, Lang};
use skrifa::MetadataProvider;

/// ASCII words a Chinese message may contain: codes, file formats and standards, byte units and the keys printed
/// on a keyboard, read the same in Chinese.
pub const ALLOWED_WORDS: [&str; 25] = [
    "USD",
    "CNY",
    "HKD",
    "CSV",
    "TSV",
    "XLSX",
    "PDF",
    "PNG",
    "JSON",
    "RON",
    "GB",
    "ID",
    "FDI",
    "SAR",
    "bn",
    "Excel",
    "ln",
    "XLS",
    "iChongqing",
    "ODS",
    "XML",
    "KB",
    "MB",
    "Ctrl",
    "End",
];

/// One message as the test sees it: the variables it uses and all its text, variants included.
#[derive(Default)]
struct Message {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    text: String,
    has_placeable: bool,
}

fn catalogue(lang: Lang) -> BTreeMap<String, Message> {
    let source = i18n::SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, source)| *source)
        .unwrap();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{lang}: syntax errors {errors:?}"),
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut seen = Message::default();
                let value = message
                    .value
                    .unwrap_or_else(|| panic!("{lang}: {} has no value", message.id.name));
                pattern(&value, &mut seen);
                for attribute in &message.attributes {
                    pattern(&attribute.value, &mut seen);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), seen).is_none(),
                    "{lang}: {id} twice"
                );
            }
            ast::Entry::Term(term) => panic!("{lang}: term -{} (terms are not used)", term.id.name),
            ast::Entry::Junk { content } => panic!("{lang}: junk {content:?}"),
            _ => {}
        }
    }
    messages
}

fn pattern(pattern: &ast::Pattern<&str>, seen: &mut Message) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                seen.text.push_str(value);
                seen.text.push(' ');
            }
            ast::PatternElement::Placeable { expression } => {
                seen.has_placeable = true;
                expression_(expression, seen);
            }
        }
    }
}

fn expression_(expression: &ast::Expression<&str>, seen: &mut Message) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline(selector, seen);
            for variant in variants {
                pattern(&variant.value, seen);
            }
        }
        ast::Expression::Inline(expression) => inline(expression, seen),
    }
}

fn inline(expression: &ast::InlineExpression<&str>, seen: &mut Message) {
    match expression {
        ast::InlineExpression::StringLiteral { value } => {
            seen.text.push_str(value);
            seen.text.push(' ');
        }
        ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline(argument, seen);
            }
            for argument in &arguments.named {
                inline(&argument.value, seen);
            }
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            seen.references.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, .. } => {
            seen.references.insert(format!("-{}", id.name));
        }
        ast::InlineExpression::VariableReference { id } => {
            seen.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_(expression, seen),
    }
}

#[test]
fn every_message_is_in_all_three_languages_with_the_same_variables() {
    let english = catalogue(Lang::En);
    assert!(
        english.len() > 50,
        "the seed catalogue has {}",
        english.len()
    );
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        let other = catalogue(lang);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<&String> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids English lacks: {extra:?}");
        for (id, message) in &english {
            assert_eq!(
                message.variables, other[id].variables,
                "{lang} {id}: variables differ from English"
            );
        }
    }
}

#[test]
fn no_message_is_empty_and_every_reference_resolves() {
    for lang in Lang::ALL {
        let messages = catalogue(lang);
        for (id, message) in &messages {
            assert!(
                !message.text.trim().is_empty() || message.has_placeable,
                "{lang} {id} is empty"
            );
            for reference in &message.references {
                assert!(
                    messages.contains_key(reference),
                    "{lang} {id} refers to {reference}"
                );
            }
        }
    }
}

#[test]
fn every_message_formats_without_errors() {
    for lang in Lang::ALL {
        for (id, message) in catalogue(lang) {
            let args: Vec<(&str, i18n::Value)> = message
                .variables
                .iter()
                .map(|name| (name.as_str(), i18n::Value::from(2)))
                .collect();
            let text = i18n::tr_args(lang, &id, &args);
            assert!(
                !text.contains('{') && !text.trim().is_empty(),
                "{lang} {id}: {text:?}"
            );
            assert!(i18n::has_message(lang, &id), "{lang} {id}");
        }
    }
}

#[test]
fn the_chinese_catalogues_have_no_english_words_left() {
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        for (id, message) in catalogue(lang) {
            let english: Vec<&str> = english_words(&message.text)
                .filter(|word| !ALLOWED_WORDS.contains(word))
                .collect();
            assert!(
                english.is_empty(),
                "{lang} {id}: {english:?} in {:?}",
                message.text
            );
        }
    }
}

/// Runs of two or more ASCII letters.
pub fn english_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 2)
}

/// Every `.rs` file under `dir`, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

pub fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_id_the_code_uses_exists() {
    let english = catalogue(Lang::En);
    let mut used = 0;
    for path in rust_files(&crate_root().join("src")) {
        let source = std::fs::read_to_string(&path).unwrap();
        for (line, id) in rust_source::message_ids(&source) {
            used += 1;
            assert!(
                english.contains_key(&id),
                "{}:{line}: no message {id:?} in assets/i18n/en.ftl",
                path.display()
            );
        }
    }
    // The ids in src/i18n's own examples at least: the scan sees calls.
    assert!(used > 0);
}

/// Every character a language shows that is not a space.
fn shown_characters(lang: Lang) -> BTreeSet<char> {
    let mut text: String = catalogue(lang)
        .into_values()
        .map(|message| message.text)
        .collect();
    for other in Lang::ALL {
        text.push_str(other.native_name());
    }
    for currency in Currency::ALL {
        for scale in Scale::ALL {
            let money = MoneyFormat { currency, scale };
            text.push_str(&money.unit_in(lang));
            text.push_str(&money.format_in(lang, -1234.5));
        }
    }
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every character of the reference data and the embedded sample that is not ASCII: Chinese names above all.
fn data_characters() -> BTreeSet<char> {
    let mut chars = BTreeSet::new();
    for entry in std::fs::read_dir(crate_root().join("data")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron" || e == "csv") {
            let text = std::fs::read_to_string(&path).unwrap();
            chars.extend(text.chars().filter(|c| !c.is_ascii() && !c.is_whitespace()));
        }
    }
    assert!(chars.contains(&'渝'), "the data has Chinese names");
    chars
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..)
}

/// The proportional fonts the app installs for `lang`, in fallback order, each with its character map.
fn loaded_fonts(lang: Lang) -> Vec<(String, BTreeSet<u32>)> {
    let definitions = invest_explorer::ui::fonts::font_definitions(lang);
    definitions.families[&egui::FontFamily::Proportional]
        .iter()
        .map(|name| {
            let data = &definitions.font_data[name];
            let bytes: &[u8] = (*data.font).as_ref();
            let font = skrifa::FontRef::from_index(bytes, data.index).unwrap();
            let mapped = font.charmap().mappings().map(|(c, _)| c).collect();
            (name.clone(), mapped)
        })
        .collect()
}

#[test]
fn every_character_has_a_glyph_in_its_own_scripts_font() {
    let data = data_characters();
    for (lang, script_font) in [
        (Lang::En, "noto-sans-sc-subset"),
        (Lang::ZhHans, "noto-sans-sc-subset"),
        (Lang::ZhHant, "noto-sans-hk-subset"),
    ] {
        let fonts = loaded_fonts(lang);
        assert!(fonts.iter().any(|(name, _)| name == script_font));
        let mut missing = String::new();
        let mut wrong_script = String::new();
        for c in shown_characters(lang)
            .into_iter()
            .chain(data.iter().copied())
        {
            match fonts.iter().find(|(_, map)| map.contains(&u32::from(c))) {
                None => missing.push(c),
                Some((name, _)) if is_cjk(c) && name != script_font => wrong_script.push(c),
                Some(_) => {}
            }
        }
        assert!(
            missing.is_empty(),
            "{lang}: no loaded font has {missing:?}: run assets/fonts/make-subsets.sh"
        );
        assert!(
            wrong_script.is_empty(),
            "{lang}: {wrong_script:?} would be drawn from another script's font than {script_font}"
        );
    }
}

/// A glyph's outline as a list of rounded coordinates, to compare shapes.
#[derive(Default)]
struct Outline(Vec<i32>);

impl skrifa::outline::OutlinePen for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.extend([-1, x.round() as i32, y.round() as i32]);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.extend([x.round() as i32, y.round() as i32]);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.extend([cx0, cy0, x, y].map(|v| v.round() as i32));
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0
            .extend([cx0, cy0, cx1, cy1, x, y].map(|v| v.round() as i32));
    }
    fn close(&mut self) {
        self.0.push(-2);
    }
}

/// The outline of `c` in the first of `lang`'s fonts that has it, and that font's name.
fn first_outline(lang: Lang, c: char) -> (String, Vec<i32>) {
    let definitions = invest_explorer::ui::fonts::font_definitions(lang);
    for name in &definitions.families[&egui::FontFamily::Proportional] {
        let data = &definitions.font_data[name];
        let font = skrifa::FontRef::from_index((*data.font).as_ref(), data.index).unwrap();
        if let Some(glyph) = font.charmap().map(c) {
            let outline = font.outline_glyphs().get(glyph).unwrap();
            let mut pen = Outline::default();
            let settings = (
                skrifa::instance::Size::unscaled(),
                skrifa::instance::LocationRef::default(),
            );
            outline.draw(settings, &mut pen).unwrap();
            return (name.clone(), pen.0);
        }
    }
    panic!("no font has {c}");
}

#[test]
fn traditional_text_is_drawn_with_hong_kong_glyph_shapes() {
    // The same code points, drawn differently in Hong Kong and on the mainland.
    for c in ['骨', '直', '说', '区'] {
        let (simplified_font, simplified) = first_outline(Lang::ZhHans, c);
        let (traditional_font, traditional) = first_outline(Lang::ZhHant, c);
        assert_eq!(simplified_font, "noto-sans-sc-subset", "{c}");
        assert_eq!(traditional_font, "noto-sans-hk-subset", "{c}");
        if c == '骨' || c == '直' {
            assert_ne!(
                simplified, traditional,
                "{c} should differ between the scripts"
            );
        }
        assert!(
            !simplified.is_empty() && !traditional.is_empty(),
            "{c} has an outline"
        );
    }
    // English shows mainland names: Simplified shapes.
    assert_eq!(
        first_outline(Lang::En, '骨'),
        first_outline(Lang::ZhHans, '骨')
    );
}
