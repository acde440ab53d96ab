//! The words for what the model keeps typed: load errors, the data-quality report, how a file was read and
//! the `--map` overrides, in the reader's language. The window (notices, the open dialog, the quality window),
//! the CLI (`summary`/`export`/`inspect` messages and exit texts) and `LoadError`'s `Display` (English, for logs
//! and `anyhow`) all word them here, so a message reads the same everywhere.
//!
//! Every error starts with where it is: the file, and the line and column when the reader knows them.
//!
//! Must not depend on egui, eframe or rfd.

use std::fmt;

use crate::i18n::Lang;
use crate::model::Field;
use crate::model::error::{Expected, LoadError, Problem, Syntax, ValueKind, Wanted};
use crate::model::load::mapping::{AmountUnit, OverrideError};
use crate::tr;

mod quality;
mod score;
mod workbook;

pub use quality::{column_type, format_name, name_match, quality_headline, quality_lines, read_as};
pub use score::{score_error, weights_error};

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&load_error(self, Lang::En))
    }
}

/// A load error as one sentence in `lang`, starting with where it is: "p.csv, line 4: expected 3 fields like
/// the header, found 2" / "p.csv，第 4 行：应与表头一样有 3 个字段，实际为 2 个".
pub fn load_error(error: &LoadError, lang: Lang) -> String {
    let path = error.path();
    let (line, column) = match error {
        LoadError::Encoding { line, column, .. } => (Some(*line), Some(*column)),
        LoadError::Malformed { line, column, .. } => (Some(*line), *column),
        _ => (None, None),
    };
    let what = match error {
        LoadError::Io { source, .. } => {
            let kind = match source.kind() {
                std::io::ErrorKind::NotFound => "not-found",
                std::io::ErrorKind::PermissionDenied => "denied",
                _ => "other",
            };
            tr!(lang, "load-io", kind = kind, detail = source.to_string())
        }
        LoadError::Empty { .. } => tr!(lang, "load-empty"),
        LoadError::Encoding { encoding, .. } => tr!(
            lang,
            "load-encoding",
            encoding = encoding.as_str(),
            utf8 = "UTF-8"
        ),
        LoadError::Binary { .. } => tr!(lang, "load-binary"),
        LoadError::Cancelled { .. } => tr!(lang, "load-cancelled"),
        LoadError::Malformed { problem, .. } | LoadError::Format { problem, .. } => {
            problem_text(problem, lang)
        }
    };
    tr!(
        lang,
        "load-error",
        place = place(path, line, column, lang),
        what = what
    )
}

/// "p.csv", "p.csv, line 4", "p.csv, line 4, column 7" (line and column never get a thousands separator, as an
/// editor shows them).
pub fn place(path: &str, line: Option<u64>, column: Option<usize>, lang: Lang) -> String {
    match (line, column) {
        (None, _) => path.to_owned(),
        (Some(line), None) => tr!(
            lang,
            "load-place-line",
            path = path,
            line = line.to_string()
        ),
        (Some(line), Some(column)) => tr!(
            lang,
            "load-place-column",
            path = path,
            line = line.to_string(),
            column = column.to_string()
        ),
    }
}

/// What is wrong, without the place.
pub fn problem_text(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::RowWidth { expected, found } => {
            tr!(
                lang,
                "problem-row-width",
                expected = *expected,
                found = *found
            )
        }
        Problem::Truncated { found, expected } => {
            tr!(
                lang,
                "problem-truncated",
                found = *found,
                expected = *expected
            )
        }
        Problem::NoRows => tr!(lang, "problem-no-rows"),
        Problem::Syntax { syntax } => tr!(lang, "problem-syntax", what = syntax_text(syntax, lang)),
        Problem::ReadFailed { detail } => {
            tr!(lang, "problem-read-failed", detail = detail.as_str())
        }
        Problem::ParserThread { detail: None } => tr!(lang, "problem-parser-stopped"),
        Problem::ParserThread {
            detail: Some(detail),
        } => tr!(lang, "problem-parser-failed", detail = detail.as_str()),
        Problem::Utf32 => tr!(lang, "problem-utf32", utf32 = "UTF-32", utf8 = "UTF-8"),
        Problem::RowNotTable { row, found } => tr!(
            lang,
            "problem-row-not-table",
            row = *row,
            found = value_kind(*found, lang),
            shape = tr!(lang, "problem-json-shape", rows = "rows")
        ),
        Problem::RowUnlike { row, found, like } => tr!(
            lang,
            "problem-row-unlike",
            row = *row,
            found = value_kind(*found, lang),
            like = value_kind(*like, lang)
        ),
        Problem::NoRowsKey { format, keys } => {
            let found = if keys.is_empty() {
                tr!(lang, "problem-found-empty-object")
            } else {
                tr!(lang, "problem-found-keys", keys = keys.join(", "))
            };
            tr!(
                lang,
                "problem-no-rows-key",
                format = *format,
                rows = "rows",
                shape = tr!(lang, "problem-json-shape", rows = "rows"),
                found = found
            )
        }
        Problem::NotTable { found } => tr!(
            lang,
            "problem-not-table",
            found = value_kind(*found, lang),
            shape = tr!(lang, "problem-json-shape", rows = "rows")
        ),
        Problem::RowsNotList { found } => tr!(
            lang,
            "problem-rows-not-list",
            rows = "rows",
            found = value_kind(*found, lang)
        ),
        Problem::Shape { detail } => tr!(lang, "problem-shape", detail = detail.as_str()),
        Problem::TooManyValues { row, values, limit } => tr!(
            lang,
            "problem-too-many-values",
            row = *row,
            values = *values,
            limit = *limit
        ),
        Problem::TooManyKeys { row, key, limit } => tr!(
            lang,
            "problem-too-many-keys",
            row = *row,
            key = key.as_str(),
            limit = *limit
        ),
        Problem::TooManyCells {
            row,
            rows,
            columns,
            limit,
            newest,
        } => {
            let size = tr!(
                lang,
                "problem-too-many-cells",
                row = *row,
                rows = *rows,
                columns = *columns,
                limit = *limit
            );
            match newest {
                Some((key, first)) => tr!(
                    lang,
                    "problem-keys-of-their-own",
                    size = size,
                    key = key.as_str(),
                    first = *first
                ),
                None => size,
            }
        }
        Problem::NoSuchSheet { sheet, sheets } => tr!(
            lang,
            "problem-no-such-sheet",
            sheet = *sheet,
            sheets = quoted(sheets, lang)
        ),
        Problem::EmptySheet { name, sheets } => tr!(
            lang,
            "problem-empty-sheet",
            name = name.as_str(),
            sheets = quoted(sheets, lang)
        ),
        Problem::Workbook { sheet, problem } => {
            workbook::workbook_text(sheet.as_deref(), problem, lang)
        }
        Problem::Reference { detail } => tr!(lang, "problem-reference", detail = detail.as_str()),
    }
}

/// What a parser found wrong, without the place: "expected `,` or `}`" / "此处应为 `,` 或 `}`".
fn syntax_text(syntax: &Syntax, lang: Lang) -> String {
    let names = |names: &[String]| quoted(names, lang);
    match syntax {
        Syntax::EndsEarly => tr!(lang, "syntax-ends-early"),
        Syntax::ExpectedToken { tokens } => match tokens {
            [first, second] => tr!(
                lang,
                "syntax-expected-either",
                first = *first,
                second = *second
            ),
            _ => tr!(lang, "syntax-expected-token", token = tokens.join(" ")),
        },
        Syntax::ExpectedValue { wanted } => {
            let wanted = match wanted {
                Wanted::Value => tr!(lang, "wanted-value"),
                Wanted::Name => tr!(lang, "wanted-name"),
                Wanted::Boolean => tr!(lang, "wanted-boolean"),
                Wanted::Integer => tr!(lang, "wanted-integer"),
                Wanted::Number => tr!(lang, "wanted-number"),
                Wanted::Text => tr!(lang, "wanted-text"),
                Wanted::Character => tr!(lang, "wanted-character"),
            };
            tr!(lang, "syntax-expected-value", wanted = wanted)
        }
        Syntax::TrailingComma => tr!(lang, "syntax-trailing-comma"),
        Syntax::TrailingCharacters => tr!(lang, "syntax-trailing-characters"),
        Syntax::InvalidNumber => tr!(lang, "syntax-invalid-number"),
        Syntax::InvalidEscape => tr!(lang, "syntax-invalid-escape"),
        Syntax::KeyNotText => tr!(lang, "syntax-key-not-text"),
        Syntax::ControlCharacter => tr!(lang, "syntax-control-character"),
        Syntax::UnclosedComment => tr!(lang, "syntax-unclosed-comment"),
        Syntax::TooDeep => tr!(lang, "syntax-too-deep"),
        Syntax::UnexpectedChar { found } => tr!(
            lang,
            "syntax-unexpected-char",
            found = names(&[found.to_string()])
        ),
        Syntax::MissingField { field } => tr!(
            lang,
            "syntax-missing-field",
            field = names(std::slice::from_ref(field))
        ),
        Syntax::UnknownField { found, expected } => tr!(
            lang,
            "syntax-unknown-field",
            found = names(std::slice::from_ref(found)),
            expected = names(expected)
        ),
        Syntax::UnknownChoice { found, expected } => tr!(
            lang,
            "syntax-unknown-choice",
            found = names(std::slice::from_ref(found)),
            expected = names(expected)
        ),
        Syntax::Other { detail } => tr!(lang, "syntax-other", detail = detail.as_str()),
    }
}

/// "a year such as 2015" / "年份，如 2015".
pub fn expected_text(expected: Expected, lang: Lang) -> String {
    match expected {
        Expected::Year => tr!(lang, "expected-year"),
        Expected::Date => tr!(lang, "expected-date"),
        Expected::Employees => tr!(lang, "expected-employees"),
        Expected::Coordinate => tr!(lang, "expected-coordinate"),
        Expected::YesNo => tr!(lang, "expected-yes-no"),
        Expected::Currency => tr!(lang, "expected-currency"),
        Expected::Amount => tr!(lang, "expected-amount"),
        Expected::ConvertibleAmount => tr!(lang, "expected-convertible-amount"),
        Expected::SpreadsheetValue => tr!(lang, "expected-spreadsheet-value"),
    }
}

fn value_kind(kind: ValueKind, lang: Lang) -> String {
    match kind {
        ValueKind::Object => tr!(lang, "value-kind-object"),
        ValueKind::List => tr!(lang, "value-kind-list"),
        ValueKind::Text => tr!(lang, "value-kind-text"),
        ValueKind::Number => tr!(lang, "value-kind-number"),
        ValueKind::Boolean => tr!(lang, "value-kind-boolean"),
        ValueKind::Null => tr!(lang, "value-kind-null"),
    }
}

/// Names in quotes, "封面", "项目" (「封面」、「項目」 in Traditional), as the reader's script quotes them.
pub fn quoted(names: &[String], lang: Lang) -> String {
    let separator = tr!(lang, "list-separator");
    names
        .iter()
        .map(|name| tr!(lang, "quoted", text = name.as_str()))
        .collect::<Vec<_>>()
        .join(&separator)
}

/// A `--map FIELD=COLUMN` that does not apply, naming the valid fields or the file's columns.
pub fn override_error(error: &OverrideError, lang: Lang) -> String {
    match error {
        OverrideError::NotFieldEqualsColumn { spec } => {
            tr!(
                lang,
                "map-override-syntax",
                flag = "--map",
                spec = spec.as_str(),
                form = "FIELD=COLUMN"
            )
        }
        OverrideError::UnknownField { spec, key } => {
            let fields: Vec<&str> = Field::ALL
                .iter()
                .filter(|f| **f != Field::SizeBand)
                .map(|f| f.key())
                .collect();
            tr!(
                lang,
                "map-override-field",
                flag = "--map",
                spec = spec.as_str(),
                key = key.as_str(),
                fields = fields.join(", ")
            )
        }
        OverrideError::NoColumn {
            spec,
            column,
            headers,
        } => tr!(
            lang,
            "map-override-column",
            flag = "--map",
            spec = spec.as_str(),
            column = column.as_str(),
            columns = headers.join(", ")
        ),
    }
}

/// A unit a file's amounts are written in, as the open dialog offers it: "USD 10 k (万美元)" in English, "万美元"
/// / "萬美元" in Chinese (a Hong Kong reader's bare 元 is the Hong Kong dollar, so renminbi is named there).
pub fn amount_unit_name(unit: AmountUnit, lang: Lang) -> String {
    match unit {
        AmountUnit::UsdMillions => tr!(lang, "amount-unit-usd-m"),
        AmountUnit::Usd => tr!(lang, "amount-unit-usd"),
        AmountUnit::UsdThousands => tr!(lang, "amount-unit-usd-k"),
        AmountUnit::UsdTenThousands => tr!(lang, "amount-unit-usd-10k"),
        AmountUnit::UsdHundredMillions => tr!(lang, "amount-unit-usd-100m"),
        AmountUnit::UsdBillions => tr!(lang, "amount-unit-usd-bn"),
        AmountUnit::Cny => tr!(lang, "amount-unit-cny"),
        AmountUnit::CnyThousands => tr!(lang, "amount-unit-cny-k"),
        AmountUnit::CnyTenThousands => tr!(lang, "amount-unit-cny-10k"),
        AmountUnit::CnyMillions => tr!(lang, "amount-unit-cny-m"),
        AmountUnit::CnyHundredMillions => tr!(lang, "amount-unit-cny-100m"),
        AmountUnit::Hkd => tr!(lang, "amount-unit-hkd"),
        AmountUnit::HkdTenThousands => tr!(lang, "amount-unit-hkd-10k"),
        AmountUnit::HkdMillions => tr!(lang, "amount-unit-hkd-m"),
        AmountUnit::HkdHundredMillions => tr!(lang, "amount-unit-hkd-100m"),
    }
}

#[cfg(test)]
mod tests;
