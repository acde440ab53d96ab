//! The scan for user-visible English string literals in `src/ui`, against `tests/it/i18n_allow.txt`: the list of
//! today's offenders file by file with their counts. A file may not gain a literal, and a count in the list
//! may not be larger than the file's real one, so the list only shrinks until the conversion empties it.
//!
//! A literal counts when it holds an English word (two or more ASCII letters, not a code such as USD) and reads
//! as text rather than as an identifier: it has a space or a capital letter. So `"Clear filters"`, `"Bar {}"`
//! and `"{} of {} rows"` count; `"status_bar"`, `"tab-map"` (a message id) and `"{:.1}"` do not. A literal
//! that is English but never shown (a font's name, a log line) takes a `// i18n-ignore` comment on its line.

use std::collections::BTreeMap;

use super::rust_source::{Token, lex};
use super::{ALLOWED_WORDS, crate_root, english_words, rust_files};

/// The calls whose string arguments are shown: a single lowercase word counts there too.
const UI_CALLS: [&str; 26] = [
    "label",
    "button",
    "heading",
    "small_button",
    "selectable_label",
    "selectable_value",
    "menu_button",
    "checkbox",
    "radio",
    "radio_value",
    "hint_text",
    "on_hover_text",
    "on_disabled_hover_text",
    "weak",
    "strong",
    "monospace",
    "colored_label",
    "collapsing",
    "x_axis_label",
    "y_axis_label",
    "RichText::new",
    "Button::new",
    "Label::new",
    "Window::new",
    "Checkbox::new",
    "SelectableLabel::new",
];

/// Whether a literal reads as English text; `shown` when it is an argument of one of [`UI_CALLS`].
fn is_english_text(literal: &str, shown: bool) -> bool {
    let text = without_placeholders(literal);
    let spaced = text.contains(char::is_whitespace);
    // Paths, keys and identifiers: "../assets/x.otf", "CARGO_PKG_VERSION", "egui::Id".
    if !spaced && (text.contains(['_', '/', '\\']) || text.contains("::")) {
        return false;
    }
    let mut words = english_words(&text)
        .filter(|word| !ALLOWED_WORDS.contains(word))
        .peekable();
    let has_word = words.peek().is_some();
    let has_capital = words.any(|word| word.chars().any(|c| c.is_ascii_uppercase()));
    has_word && (has_capital || spaced || shown)
}

/// The call whose argument list each token sits in directly ("label", "RichText::new", "format!"; "" for a
/// bracket or block).
fn enclosing_calls(tokens: &[Token]) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        out.push(stack.last().cloned().unwrap_or_default());
        let before = |back: usize| i.checked_sub(back).map(|k| &tokens[k]);
        match token {
            Token::Punct('(') => {
                let callee = match (before(1), before(2), before(3), before(4)) {
                    (
                        Some(Token::Ident(name)),
                        Some(Token::Punct(':')),
                        Some(Token::Punct(':')),
                        Some(Token::Ident(ty)),
                    ) => {
                        format!("{ty}::{name}")
                    }
                    (Some(Token::Ident(name)), ..) => name.clone(),
                    (Some(Token::Punct('!')), Some(Token::Ident(name)), ..) => format!("{name}!"),
                    _ => String::new(),
                };
                stack.push(callee);
            }
            Token::Punct('[' | '{') => stack.push(String::new()),
            Token::Punct(')' | ']' | '}') => {
                stack.pop();
            }
            _ => {}
        }
    }
    out
}

/// `"{} of {count} rows"` ⇒ `" of  rows"`: format placeholders are code, not words.
fn without_placeholders(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut depth = 0usize;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The English literals of one source: (line, text).
fn english_literals(source: &str) -> Vec<(usize, String)> {
    let lexed = lex(source);
    let calls = enclosing_calls(&lexed.tokens);
    lexed
        .tokens
        .into_iter()
        .zip(calls)
        .filter_map(|(token, call)| match token {
            Token::Str { text, line }
                if !lexed.ignored_lines.contains(&line)
                    && is_english_text(&text, UI_CALLS.contains(&call.as_str())) =>
            {
                Some((line, text))
            }
            _ => None,
        })
        .collect()
}

const ALLOW_LIST: &str = "tests/it/i18n_allow.txt";

/// `tests/it/i18n_allow.txt`: `path count` per line, `#` comments.
fn allowed() -> BTreeMap<String, usize> {
    let text = std::fs::read_to_string(crate_root().join(ALLOW_LIST)).unwrap();
    let mut allowed = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (path, count) = line
            .rsplit_once(' ')
            .unwrap_or_else(|| panic!("{ALLOW_LIST}:{}: expected `path count`", number + 1));
        let count = count
            .parse()
            .unwrap_or_else(|_| panic!("{ALLOW_LIST}:{}: {count:?} is no count", number + 1));
        assert!(
            allowed.insert(path.trim().to_owned(), count).is_none(),
            "{ALLOW_LIST}: {path} twice"
        );
    }
    allowed
}

/// Every file under `src/ui` with its English literals, by path relative to the crate.
fn found() -> BTreeMap<String, Vec<(usize, String)>> {
    let root = crate_root();
    rust_files(&root.join("src/ui"))
        .into_iter()
        .map(|path| {
            let source = std::fs::read_to_string(&path).unwrap();
            let relative = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (relative, english_literals(&source))
        })
        .collect()
}

#[test]
fn no_new_english_literals_in_the_ui() {
    let allowed = allowed();
    let found = found();
    let mut problems = Vec::new();
    for (path, literals) in &found {
        let limit = allowed.get(path).copied().unwrap_or(0);
        if literals.len() > limit {
            let listed: Vec<String> = literals
                .iter()
                .map(|(line, text)| format!("  {path}:{line}: {text:?}"))
                .collect();
            problems.push(format!(
                "{path} has {} English literals, {ALLOW_LIST} allows {limit}: put the new text in the catalogue \
                 (src/i18n/mod.rs says how), or mark a string that is never shown with `// i18n-ignore`:\n{}",
                literals.len(),
                listed.join("\n")
            ));
        }
    }
    for (path, &limit) in &allowed {
        let real = found.get(path).map_or(0, Vec::len);
        if limit > real {
            problems.push(format!(
                "{path} has {real} English literals, fewer than the {limit} {ALLOW_LIST} allows: lower the count \
                 to {real} (or remove the line at 0), so the list keeps shrinking"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn the_scan_tells_text_from_identifiers() {
    for text in [
        "Clear filters",
        "Bar {}",
        "{} of {} rows",
        "Theme",
        "Error:",
        "{value} contracted",
    ] {
        assert!(is_english_text(text, false), "{text:?}");
    }
    for text in [
        "status_bar",
        "tab-map",
        "{:.1}",
        "{} m",
        "USD",
        "CSV · XLSX",
        "●",
        "渝中区",
        "",
        "x",
        "bar",
        "CARGO_PKG_VERSION",
        "../../assets/fonts/A.otf",
    ] {
        assert!(!is_english_text(text, false), "{text:?}");
    }
    assert!(is_english_text("projects", true));
    assert!(!is_english_text("tab-map", false));
    let source = "fn f(ui: &mut Ui) {\n    ui.label(\"Hello there\");\n    ui.label(tr!(lang, \"tab-map\"));\n    \
                  let font = \"Hack\"; // i18n-ignore\n    ui.weak(\"rows\");\n    \
                  egui::RichText::new(\"units\").weak();\n    ui.push_id(\"rows\", |ui| {});\n}\n";
    assert_eq!(
        english_literals(source),
        [
            (2, "Hello there".to_owned()),
            (5, "rows".to_owned()),
            (6, "units".to_owned())
        ]
    );
}
