//! The crate's layers, checked by reading `src/`: dependencies point one way,
//! `model` ← `query` ← `export` ← {`command`, `state`, `platform`} ← `ui` ← `app`, with `cli` beside `app`;
//! `model`, `query` and `export` never mention egui, eframe or rfd; `format` and `i18n` are leaves (each may use
//! the other, nothing else of the crate).
//!
//! Comments and string literals are blanked before the check, so a doc comment saying "no egui" is not a use.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Each layer, and the modules of the crate it must not use.
const FORBIDDEN: &[(&str, &[&str])] = &[
    (
        "model",
        &[
            "query", "export", "command", "state", "platform", "ui", "app", "cli", "i18n",
        ],
    ),
    (
        "query",
        &["export", "command", "state", "platform", "ui", "app", "cli"],
    ),
    (
        "export",
        &["command", "state", "platform", "ui", "app", "cli"],
    ),
    ("command", &["platform", "ui", "app", "cli"]),
    ("state", &["command", "platform", "ui", "app", "cli"]),
    ("platform", &["ui", "app", "cli"]),
    ("ui", &["app", "cli"]),
    ("app", &["cli"]),
    ("cli", &["ui", "app", "platform"]),
    (
        "format",
        &[
            "model", "query", "export", "command", "state", "platform", "ui", "app", "cli",
        ],
    ),
    (
        "i18n",
        &[
            "model", "query", "export", "command", "state", "platform", "ui", "app", "cli",
        ],
    ),
];

/// The layers that draw nothing: no GUI crate may appear in their code.
const HEADLESS: [&str; 3] = ["model", "query", "export"];
const GUI_CRATES: [&str; 5] = ["egui", "eframe", "rfd", "egui_extras", "egui_plot"];

#[test]
fn dependencies_point_one_way_and_the_core_is_headless() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(
        files.len() > 40,
        "found only {} files under src/",
        files.len()
    );
    let mut checked: BTreeMap<&str, usize> = BTreeMap::new();
    let mut violations = Vec::new();
    for path in &files {
        let relative = path.strip_prefix(&src).unwrap();
        let Some(layer) = layer_of(relative) else {
            continue;
        };
        let text = std::fs::read_to_string(path).unwrap();
        violations.extend(
            violations_in(layer, &text)
                .into_iter()
                .map(|v| format!("src/{}:{v}", relative.display())),
        );
        *checked.entry(layer).or_default() += 1;
    }
    for (layer, _) in FORBIDDEN {
        // `i18n` is being written: check it once it exists.
        assert!(
            *layer == "i18n" || checked.contains_key(layer),
            "no files found for layer {layer}"
        );
    }
    assert!(
        violations.is_empty(),
        "layering violations:\n{}",
        violations.join("\n")
    );
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The layer of a file: its top folder or file under `src/`; `None` for `lib.rs` and `main.rs`, which see all.
fn layer_of(relative: &Path) -> Option<&'static str> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    FORBIDDEN
        .iter()
        .map(|(layer, _)| *layer)
        .find(|layer| *layer == name)
}

/// What `text`, a file of `layer`, uses that it must not: "LINE: layer uses X".
fn violations_in(layer: &str, text: &str) -> Vec<String> {
    let forbidden = FORBIDDEN
        .iter()
        .find(|(l, _)| *l == layer)
        .map_or(&[][..], |(_, f)| *f);
    let code = code_only(text);
    let mut violations = Vec::new();
    for (index, line) in code.lines().enumerate() {
        for module in crate_modules_used(line) {
            if forbidden.contains(&module.as_str()) {
                violations.push(format!("{}: {layer} uses crate::{module}", index + 1));
            }
        }
        if HEADLESS.contains(&layer) {
            for word in words(line) {
                if GUI_CRATES.contains(&word) {
                    violations.push(format!("{}: {layer} mentions {word}", index + 1));
                }
            }
        }
    }
    violations
}

/// The crate's top-level modules a line of code names: `crate::ui::x`, `crate::{app, ui::y}`.
fn crate_modules_used(line: &str) -> Vec<String> {
    let mut modules = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let preceded_by_ident = rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        rest = &rest[at + "crate::".len()..];
        if preceded_by_ident {
            // `invest_explorer::crate::` cannot happen; `my_crate::` is not ours.
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            // A grouped import: the first name of each comma-separated item at the top level.
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => {
                        modules.push(leading_ident(&group[i..]).to_owned());
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            modules.push(leading_ident(rest).to_owned());
        }
    }
    modules
}

fn leading_ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// `text` with comments removed and string and character literals emptied, line breaks kept (so line numbers
/// stay right).
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        if chars[i] == '\n' {
                            out.push('\n');
                        }
                        i += 1;
                    }
                }
            }
            'r' if raw_string_hashes(&chars[i..]).is_some() && !ident_before(&chars, i) => {
                let hashes = raw_string_hashes(&chars[i..]).unwrap_or(0);
                i += 2 + hashes;
                let closing: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let closing: Vec<char> = closing.chars().collect();
                while i < chars.len() && !chars[i..].starts_with(&closing) {
                    if chars[i] == '\n' {
                        out.push('\n');
                    }
                    i += 1;
                }
                i += closing.len();
                out.push_str("\"\"");
            }
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if chars.get(i) == Some(&'\n') {
                        out.push('\n');
                    }
                    i += 1;
                }
                i += 1;
                out.push_str("\"\"");
            }
            '\'' => match char_literal_len(&chars[i..]) {
                Some(len) => {
                    i += len;
                    out.push_str("' '");
                }
                // A lifetime or a label.
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// For text starting `r"` or `r#…#"`: the number of `#`.
fn raw_string_hashes(chars: &[char]) -> Option<usize> {
    let hashes = chars[1..].iter().take_while(|&&c| c == '#').count();
    (chars.get(1 + hashes) == Some(&'"')).then_some(hashes)
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// The length of a character literal at the start of `chars` (`'a'`, `'\n'`, `'\''`, `'\u{1f}'`), or `None`
/// for a lifetime.
fn char_literal_len(chars: &[char]) -> Option<usize> {
    match chars.get(1)? {
        '\\' => {
            let close = chars.iter().skip(2).position(|&c| c == '\'')?;
            Some(close + 3)
        }
        _ if chars.get(2) == Some(&'\'') => Some(3),
        _ => None,
    }
}

#[test]
fn the_checker_sees_uses_and_ignores_comments_and_strings() {
    let ui_file = "//! Draws; never uses crate::app.\n\
                   use crate::command::Command;\n\
                   use crate::{format, app::ExplorerApp};\n\
                   fn f<'a>(x: &'a str) -> char { let _ = \"crate::app\"; '\"' }\n\
                   /* crate::cli */ fn g() { crate::cli::run(); }\n";
    assert_eq!(
        violations_in("ui", ui_file),
        ["3: ui uses crate::app", "5: ui uses crate::cli"]
    );
    let model_file = "//! Must not depend on egui.\n\
                      const HELP: &str = r#\"egui \"quoted\" \"#;\n\
                      fn h() { egui::Context::default(); }\n";
    assert_eq!(
        violations_in("model", model_file),
        ["3: model mentions egui"]
    );
    assert_eq!(
        violations_in(
            "format",
            "use crate::i18n::Catalogue;\nuse crate::model::Field;\n"
        ),
        ["2: format uses crate::model"]
    );
    assert!(violations_in("app", "use crate::ui::{self, UiState};\n").is_empty());
}
