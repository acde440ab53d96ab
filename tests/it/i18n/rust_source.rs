//! Just enough of a Rust lexer for the scans: string literals (plain, raw, byte) with their lines, identifiers
//! and punctuation, with comments, char literals, lifetimes and `#[cfg(test)]` items left out.

/// A token of a Rust source.
#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    /// A string literal's contents, escapes decoded loosely (`\n` ⇒ a space), and its line.
    Str {
        text: String,
        line: usize,
    },
    Ident(String),
    Punct(char),
}

/// A source's tokens outside `#[cfg(test)]` items, and the lines that carry an `i18n-ignore` comment.
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub ignored_lines: Vec<usize>,
}

pub fn lex(source: &str) -> Lexed {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut ignored_lines = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            _ if c.is_whitespace() => i += 1,
            '/' if next == Some('/') => {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == '\n')
                    .map_or(chars.len(), |p| i + p);
                let comment: String = chars[i..end].iter().collect();
                if comment.contains("i18n-ignore") {
                    ignored_lines.push(line);
                }
                i = end;
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
                        line += usize::from(chars[i] == '\n');
                        i += 1;
                    }
                }
            }
            '"' => {
                let (text, end, lines) = plain_string(&chars, i + 1);
                tokens.push(Token::Str { text, line });
                line += lines;
                i = end;
            }
            '\'' => i = skip_char_or_lifetime(&chars, i),
            _ if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                // Raw and byte strings: r"…", r#"…"#, b"…", br#"…"#.
                let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
                if matches!(word.as_str(), "r" | "br") && chars.get(i + hashes) == Some(&'"') {
                    let (text, end, lines) = raw_string(&chars, i + hashes + 1, hashes);
                    tokens.push(Token::Str { text, line });
                    line += lines;
                    i = end;
                } else if word == "b" && chars.get(i) == Some(&'"') {
                    let (text, end, lines) = plain_string(&chars, i + 1);
                    tokens.push(Token::Str { text, line });
                    line += lines;
                    i = end;
                } else if word == "b" && chars.get(i) == Some(&'\'') {
                    i = skip_char_or_lifetime(&chars, i);
                } else {
                    tokens.push(Token::Ident(word));
                }
            }
            _ if c.is_ascii_digit() => {
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
            }
            _ => {
                tokens.push(Token::Punct(c));
                i += 1;
            }
        }
    }
    Lexed {
        tokens: without_test_items(tokens),
        ignored_lines,
    }
}

/// The contents of a `"…"` string starting after its quote: (text, index after the closing quote, newlines).
fn plain_string(chars: &[char], mut i: usize) -> (String, usize, usize) {
    let mut text = String::new();
    let mut lines = 0;
    while i < chars.len() && chars[i] != '"' {
        if chars[i] == '\\' {
            match chars.get(i + 1) {
                Some('n' | 't' | 'r') => text.push(' '),
                Some('u') => {
                    // \u{201c}
                    let close = chars[i..]
                        .iter()
                        .position(|&c| c == '}')
                        .map_or(chars.len(), |p| i + p);
                    let hex: String = chars[(i + 3).min(close)..close].iter().collect();
                    text.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                    i = close + 1;
                    continue;
                }
                // A line continuation: the newline and the next line's indentation vanish.
                Some('\n') => {
                    lines += 1;
                    i += 2;
                    while i < chars.len() && chars[i].is_whitespace() {
                        lines += usize::from(chars[i] == '\n');
                        i += 1;
                    }
                    continue;
                }
                Some(&c) => text.push(c),
                None => {}
            }
            i += 2;
        } else {
            lines += usize::from(chars[i] == '\n');
            text.push(chars[i]);
            i += 1;
        }
    }
    (text, i + 1, lines)
}

/// The contents of a raw string with `hashes` hashes, starting after its opening quote.
fn raw_string(chars: &[char], mut i: usize, hashes: usize) -> (String, usize, usize) {
    let mut text = String::new();
    let mut lines = 0;
    while i < chars.len() {
        if chars[i] == '"'
            && chars[i + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == '#')
                .count()
                == hashes
        {
            return (text, i + 1 + hashes, lines);
        }
        lines += usize::from(chars[i] == '\n');
        text.push(chars[i]);
        i += 1;
    }
    (text, i, lines)
}

/// Skips `'x'`, `'\n'`, `'"'` or a lifetime `'a`, starting at the quote.
fn skip_char_or_lifetime(chars: &[char], i: usize) -> usize {
    match (chars.get(i + 1), chars.get(i + 2)) {
        (Some('\\'), _) => {
            let close = chars[i + 2..].iter().position(|&c| c == '\'');
            close.map_or(chars.len(), |p| i + 2 + p + 1)
        }
        (Some(_), Some('\'')) => i + 3,
        _ => i + 1,
    }
}

/// Drops every item under `#[cfg(test)]`: test modules name English labels to find them, not to show them.
fn without_test_items(tokens: Vec<Token>) -> Vec<Token> {
    let is = |t: Option<&Token>, p: &Token| t == Some(p);
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let attribute = [
            Token::Punct('#'),
            Token::Punct('['),
            Token::Ident("cfg".into()),
            Token::Punct('('),
            Token::Ident("test".into()),
            Token::Punct(')'),
            Token::Punct(']'),
        ];
        if (0..attribute.len()).all(|k| is(tokens.get(i + k), &attribute[k])) {
            i += attribute.len();
            // The item ends at a `;` before any brace, or with the brace block it opens.
            let mut depth = 0usize;
            while i < tokens.len() {
                match &tokens[i] {
                    Token::Punct(';') if depth == 0 => {
                        i += 1;
                        break;
                    }
                    Token::Punct('{') => depth += 1,
                    Token::Punct('}') => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        } else {
            out.push(tokens[i].clone());
            i += 1;
        }
    }
    out
}

/// The literal message ids passed to `tr(lang, "id")`, `tr_args(lang, "id", …)` and `tr!(lang, "id", …)`.
pub fn message_ids(source: &str) -> Vec<(usize, String)> {
    let tokens = lex(source).tokens;
    let mut ids = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let Token::Ident(name) = token else { continue };
        if !matches!(name.as_str(), "tr" | "tr_args") {
            continue;
        }
        // `fn tr(` is the definition, `.tr(` someone else's method.
        let before = i.checked_sub(1).map(|k| &tokens[k]);
        if matches!(before, Some(Token::Ident(word)) if word == "fn")
            || before == Some(&Token::Punct('.'))
        {
            continue;
        }
        let mut at = i + 1;
        if tokens.get(at) == Some(&Token::Punct('!')) {
            at += 1;
        }
        if tokens.get(at) != Some(&Token::Punct('(')) {
            continue;
        }
        // The id is the second argument: after the first comma at this depth.
        let mut depth = 0usize;
        for (k, token) in tokens.iter().enumerate().skip(at) {
            match token {
                Token::Punct('(' | '[' | '{') => depth += 1,
                Token::Punct(')' | ']' | '}') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Token::Punct(',') if depth == 1 => {
                    if let Some(Token::Str { text, line }) = tokens.get(k + 1) {
                        ids.push((*line, text.clone()));
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    ids
}

#[test]
fn the_lexer_sees_strings_not_comments_chars_or_tests() {
    let source = r####"
// "not a string" in a comment
/* nor "this" /* nested */ */
fn f<'a>(x: &'a str) -> char {
    let q = '"';
    let s = "one \"two\"\n\u{201c}";
    let r = r#"raw "quoted""#;
    label("kept"); // i18n-ignore
    'x'
}
#[cfg(test)]
mod tests {
    fn g() { label("test only"); }
}
fn h() { tr!(lang, "tab-map"); i18n::tr(lang, "tab-charts"); tr_args(lang, "count-projects", &[]); }
"####;
    let lexed = lex(source);
    let strings: Vec<&str> = lexed
        .tokens
        .iter()
        .filter_map(|t| match t {
            Token::Str { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        strings,
        [
            "one \"two\" \u{201c}",
            "raw \"quoted\"",
            "kept",
            "tab-map",
            "tab-charts",
            "count-projects"
        ]
    );
    assert_eq!(lexed.ignored_lines, [8]);
    let ids: Vec<String> = message_ids(source).into_iter().map(|(_, id)| id).collect();
    assert_eq!(ids, ["tab-map", "tab-charts", "count-projects"]);
}
