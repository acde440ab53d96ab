//! The parsers' errors (serde_json, ron, csv) as typed [`Problem`]s, so that `query::messages` can word them in
//! the reader's language: serde_json says what it found only in its message, whose texts are fixed (one per error
//! code, matched here); ron's error is an enum; csv's a kind. What no parser types stays its own words, quoted
//! ([`Syntax::Other`]). Must not depend on egui, eframe or rfd.

use crate::model::error::{Problem, Syntax, Wanted};

/// A serde_json error without its location (the caller places it).
pub fn json_problem(error: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    // serde_json's Display appends " at line L column C"; the location is given our way instead.
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    let syntax = match error.classify() {
        Category::Eof => Syntax::EndsEarly,
        Category::Io => {
            return Problem::ReadFailed {
                detail: message.to_owned(),
            };
        }
        Category::Data => {
            return Problem::Shape {
                detail: message.to_owned(),
            };
        }
        Category::Syntax => json_syntax(message),
    };
    Problem::Syntax { syntax }
}

/// serde_json's syntax messages, one fixed text per error code (its `ErrorCode` is private).
fn json_syntax(message: &str) -> Syntax {
    let token = |tokens: &'static [&'static str]| Syntax::ExpectedToken { tokens };
    match message {
        "expected `:`" => token(&["`:`"]),
        "expected `,` or `]`" => token(&["`,`", "`]`"]),
        "expected `,` or `}`" => token(&["`,`", "`}`"]),
        "expected `\"`" => token(&["`\"`"]),
        "expected ident" => Syntax::ExpectedValue {
            wanted: Wanted::Name,
        },
        "expected value" => Syntax::ExpectedValue {
            wanted: Wanted::Value,
        },
        "invalid escape" | "invalid unicode code point" | "unexpected end of hex escape" => {
            Syntax::InvalidEscape
        }
        "invalid number" | "number out of range" => Syntax::InvalidNumber,
        "key must be a string" => Syntax::KeyNotText,
        "trailing comma" => Syntax::TrailingComma,
        "trailing characters" => Syntax::TrailingCharacters,
        "recursion limit exceeded" => Syntax::TooDeep,
        _ if message.starts_with("control character") => Syntax::ControlCharacter,
        _ if message.starts_with("EOF while parsing") => Syntax::EndsEarly,
        other => Syntax::Other {
            detail: other.to_owned(),
        },
    }
}

/// A ron error code without its location.
pub fn ron_problem(code: &ron::Error) -> Problem {
    use ron::Error as E;
    let token = |tokens: &'static [&'static str]| Syntax::ExpectedToken { tokens };
    let wanted = |wanted| Syntax::ExpectedValue { wanted };
    let names = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect();
    let syntax = match code {
        E::Eof => Syntax::EndsEarly,
        E::Io(detail) => {
            return Problem::ReadFailed {
                detail: detail.clone(),
            };
        }
        E::InvalidValueForType { .. } | E::ExpectedDifferentLength { .. } => {
            return Problem::Shape {
                detail: code.to_string(),
            };
        }
        E::ExpectedArray => token(&["`[`"]),
        E::ExpectedArrayEnd => token(&["`]`"]),
        E::ExpectedComma => token(&["`,`"]),
        E::ExpectedMap => token(&["`{`"]),
        E::ExpectedMapColon => token(&["`:`"]),
        E::ExpectedMapEnd => token(&["`}`"]),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => token(&["`)`"]),
        E::ExpectedStringEnd => token(&["`\"`"]),
        E::ExpectedBoolean => wanted(Wanted::Boolean),
        E::ExpectedInteger => wanted(Wanted::Integer),
        E::ExpectedFloat => wanted(Wanted::Number),
        E::ExpectedString | E::ExpectedByteString => wanted(Wanted::Text),
        E::ExpectedChar | E::ExpectedByteLiteral => wanted(Wanted::Character),
        E::ExpectedIdentifier => wanted(Wanted::Name),
        E::InvalidEscape(_) => Syntax::InvalidEscape,
        E::IntegerOutOfBounds
        | E::InvalidIntegerDigit { .. }
        | E::FloatUnderscore
        | E::UnderscoreAtBeginning => Syntax::InvalidNumber,
        E::UnclosedBlockComment | E::UnclosedLineComment => Syntax::UnclosedComment,
        E::UnexpectedChar(found) => Syntax::UnexpectedChar { found: *found },
        E::TrailingCharacters => Syntax::TrailingCharacters,
        E::ExceededRecursionLimit => Syntax::TooDeep,
        E::MissingStructField { field, .. } => Syntax::MissingField {
            field: (*field).to_owned(),
        },
        E::NoSuchStructField {
            expected, found, ..
        } => Syntax::UnknownField {
            found: found.clone(),
            expected: names(expected),
        },
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Syntax::UnknownChoice {
            found: found.clone(),
            expected: names(expected),
        },
        other => Syntax::Other {
            detail: other.to_string(),
        },
    };
    Problem::Syntax { syntax }
}

/// A csv-crate error without its location: a record of another width than the first is the table's own
/// [`Problem::RowWidth`]; the rest are the crate's words.
pub fn csv_problem(error: &csv::Error) -> Problem {
    match error.kind() {
        csv::ErrorKind::Io(e) => Problem::ReadFailed {
            detail: e.to_string(),
        },
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => Problem::RowWidth {
            expected: usize::try_from(*expected_len).unwrap_or(usize::MAX),
            found: usize::try_from(*len).unwrap_or(usize::MAX),
        },
        _ => Problem::Syntax {
            syntax: Syntax::Other {
                detail: error.to_string(),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Problem {
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        json_problem(&error)
    }

    fn syntax(problem: Problem) -> Syntax {
        match problem {
            Problem::Syntax { syntax } => syntax,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn serde_jsons_messages_are_typed() {
        let token = |tokens: &'static [&'static str]| Syntax::ExpectedToken { tokens };
        assert_eq!(syntax(json("{\"a\" 1}")), token(&["`:`"]));
        assert_eq!(syntax(json("[1 2]")), token(&["`,`", "`]`"]));
        assert_eq!(syntax(json("{\"a\": 1 \"b\": 2}")), token(&["`,`", "`}`"]));
        assert_eq!(syntax(json("[1, ]")), Syntax::TrailingComma);
        assert_eq!(
            syntax(json("[:]")),
            Syntax::ExpectedValue {
                wanted: Wanted::Value
            }
        );
        assert_eq!(syntax(json("[1,")), Syntax::EndsEarly);
        assert_eq!(syntax(json("{\"a\": [1, 2")), Syntax::EndsEarly);
        assert_eq!(syntax(json("[1] x")), Syntax::TrailingCharacters);
        assert_eq!(syntax(json("[01]")), Syntax::InvalidNumber);
        assert_eq!(syntax(json("[\"\\q\"]")), Syntax::InvalidEscape);
        assert_eq!(syntax(json("{1: 2}")), Syntax::KeyNotText);
        assert_eq!(syntax(json("[\"a\tb\"]")), Syntax::ControlCharacter);
        assert_eq!(
            syntax(json(&"[".repeat(200))),
            Syntax::TooDeep,
            "serde_json stops at 128 levels"
        );
    }

    #[test]
    fn rons_errors_are_typed() {
        let ron = |text: &str| ron_problem(&ron::from_str::<ron::Value>(text).unwrap_err().code);
        assert_eq!(
            syntax(ron("[\"a")),
            Syntax::ExpectedToken { tokens: &["`\"`"] }
        );
        assert_eq!(syntax(ron("[1] x")), Syntax::TrailingCharacters);
        assert_eq!(
            syntax(ron("[1 2]")),
            Syntax::ExpectedToken { tokens: &["`,`"] }
        );
        #[derive(Debug, serde::Deserialize)]
        struct Named {
            name: String,
        }
        let named: Named = ron::from_str("(name: \"渝中\")").unwrap();
        assert_eq!(named.name, "渝中");
        let missing = ron::from_str::<Named>("()").unwrap_err();
        assert_eq!(
            syntax(ron_problem(&missing.code)),
            Syntax::MissingField {
                field: "name".into()
            }
        );
    }

    #[test]
    fn a_csv_record_of_another_width_is_a_row_width_problem() {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader("a,b\n1\n".as_bytes());
        let error = reader.records().find_map(Result::err).expect("an error");
        assert_eq!(
            csv_problem(&error),
            Problem::RowWidth {
                expected: 2,
                found: 1
            }
        );
    }
}
