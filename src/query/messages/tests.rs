use super::*;
use crate::model::error::{IgnoredWhy, Note};
use crate::model::load::quality::{ColumnQuality, InvalidValue, QualityReport, UnknownName};
use crate::model::names::{MatchHow, NameColumn, NameMatch};

/// ASCII words (two letters or more) in `text` that are not codes a Chinese reader reads as they are (`rows` is
/// the JSON key the app's export uses).
fn english_words(text: &str) -> Vec<&str> {
    const CODES: [&str; 10] = [
        "USD", "CNY", "HKD", "CSV", "TSV", "XLSX", "XLS", "JSON", "UTF", "rows",
    ];
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 2 && !CODES.contains(word))
        .collect()
}

fn row_width(line: u64) -> LoadError {
    LoadError::Malformed {
        path: "bad.csv".into(),
        line,
        column: None,
        problem: Problem::RowWidth {
            expected: 14,
            found: 6,
        },
    }
}

#[test]
fn an_error_names_its_place_first_in_every_language() {
    let error = row_width(12_345);
    assert_eq!(
        error.to_string(),
        "bad.csv, line 12345: expected 14 fields like the header, found 6"
    );
    assert_eq!(error.to_string(), load_error(&error, Lang::En));
    assert_eq!(
        load_error(&error, Lang::ZhHans),
        "bad.csv，第 12345 行：应与表头一样有 14 个字段，实际为 6 个"
    );
    assert_eq!(
        load_error(&error, Lang::ZhHant),
        "bad.csv，第 12345 行：應與標題列一樣有 14 個欄位，實際為 6 個"
    );
    let encoding = LoadError::Encoding {
        path: "gbk.csv".into(),
        line: 3,
        column: 7,
        encoding: "GBK".into(),
    };
    assert!(
        load_error(&encoding, Lang::ZhHant)
            .starts_with("gbk.csv，第 3 行第 7 欄：文字不是有效的 GBK 編碼"),
        "{}",
        load_error(&encoding, Lang::ZhHant)
    );
    let missing = LoadError::Io {
        path: "gone.csv".into(),
        source: std::io::Error::from(std::io::ErrorKind::NotFound),
    };
    assert_eq!(
        load_error(&missing, Lang::ZhHans),
        "gone.csv：无法读取文件：文件不存在"
    );
}

#[test]
fn every_typed_reason_reads_as_chinese() {
    let problems = [
        Problem::RowWidth {
            expected: 3,
            found: 2,
        },
        Problem::Truncated {
            found: 2,
            expected: 4,
        },
        Problem::NoRows,
        Problem::Utf32,
        Problem::ParserThread { detail: None },
        Problem::RowNotTable {
            row: 1,
            found: ValueKind::Number,
        },
        Problem::RowUnlike {
            row: 2,
            found: ValueKind::List,
            like: ValueKind::Object,
        },
        Problem::NoRowsKey {
            format: "JSON",
            keys: vec![],
        },
        Problem::TooManyValues {
            row: 1,
            values: 3,
            limit: 2,
        },
        Problem::TooManyKeys {
            row: 2,
            key: "键".into(),
            limit: 2,
        },
        Problem::TooManyCells {
            row: 5,
            rows: 5,
            columns: 2,
            limit: 8,
            newest: Some(("键".into(), 3)),
        },
        Problem::NoSuchSheet {
            sheet: 4,
            sheets: vec!["封面".into()],
        },
        Problem::EmptySheet {
            name: "封面".into(),
            sheets: vec!["封面".into(), "项目".into()],
        },
    ];
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        for problem in &problems {
            let text = problem_text(problem, lang);
            assert!(english_words(&text).is_empty(), "{lang}: {text}");
        }
        for expected in [
            Expected::Year,
            Expected::Date,
            Expected::Employees,
            Expected::Coordinate,
            Expected::YesNo,
            Expected::Currency,
            Expected::Amount,
            Expected::ConvertibleAmount,
            Expected::SpreadsheetValue,
        ] {
            let text = expected_text(expected, lang);
            assert!(
                english_words(&text).is_empty() && !text.starts_with("expected-"),
                "{lang}: {text}"
            );
        }
    }
    assert_eq!(
        problem_text(
            &Problem::EmptySheet {
                name: "封面".into(),
                sheets: vec!["封面".into(), "项目".into()],
            },
            Lang::ZhHant
        ),
        "工作表「封面」是空的；請從「封面」、「项目」中另選一個"
    );
}

fn report() -> QualityReport {
    let mut report = QualityReport {
        rows_read: 3528,
        columns: vec![ColumnQuality {
            name: "签约年份".into(),
            field: Some(Field::Year),
            invalid: 1,
            coerced: 2,
            first_invalid: Some(InvalidValue {
                line: 7,
                value: "明年".into(),
                expected: Expected::Year,
            }),
            ..ColumnQuality::default()
        }],
        unknown_sectors: vec![UnknownName {
            name: "新兴产业".into(),
            rows: 2,
        }],
        unknown_total: 1,
        notes: vec![Note::IgnoredCell {
            cell: "XFD1048576".into(),
            value: "x".into(),
            why: IgnoredWhy::FarOutside {
                table: "A1:B2".into(),
            },
        }],
        name_matches: vec![NameMatch {
            column: NameColumn::District,
            how: MatchHow::ChineseName,
            labels: 2,
            rows: 3,
            example: "渝中区".into(),
            matched_to: "Yuzhong".into(),
        }],
        ..QualityReport::default()
    };
    report.skip(
        12,
        Problem::RowWidth {
            expected: 3,
            found: 2,
        },
    );
    report
}

#[test]
fn the_quality_report_is_worded_in_the_readers_language() {
    let report = report();
    assert_eq!(
        quality_headline(&report, Lang::En),
        "3,528 rows read · 1 skipped · 2 values repaired · 1 values unreadable · 1 unknown sector or district names · 1 note"
    );
    let english = quality_lines(&report, Lang::En);
    assert!(
        english
            .contains(&"  skipped line 12: expected 3 fields like the header, found 2".to_owned()),
        "{english:?}"
    );
    assert!(
        english.contains(
            &"  matched District: 2 names (3 rows) by Chinese name, e.g. 渝中区 → Yuzhong"
                .to_owned()
        ),
        "{english:?}"
    );
    assert_eq!(
        quality_headline(&report, Lang::ZhHans),
        "已读取 3,528 行 · 跳过 1 行 · 修正 2 个值 · 1 个值无法读取 · 1 个未识别的行业或区县名称 · 1 条说明"
    );
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        for line in quality_lines(&report, lang) {
            // "Yuzhong" is the reference name the file's 渝中区 was matched to: data, not a sentence.
            let words: Vec<&str> = english_words(&line)
                .into_iter()
                .filter(|w| !["Yuzhong", "XFD"].contains(w))
                .collect();
            assert!(words.is_empty(), "{lang}: {line}");
        }
    }
    assert!(
        quality_lines(&report, Lang::ZhHant)
            .contains(&"  略過第 12 行：應與標題列一樣有 3 個欄位，實際為 2 個".to_owned())
    );
}

#[test]
fn a_map_override_names_the_fields_or_the_columns() {
    let error = OverrideError::NoColumn {
        spec: "name=Nope".into(),
        column: "Nope".into(),
        headers: vec!["项目".into(), "金额".into()],
    };
    assert_eq!(
        override_error(&error, Lang::En),
        "--map \"name=Nope\": no column \"Nope\"; the file's columns are 项目, 金额"
    );
    assert_eq!(
        override_error(&error, Lang::ZhHans),
        "--map “name=Nope”：没有“Nope”这一列；文件中的列为：项目, 金额"
    );
}

#[test]
fn every_workbook_refusal_reads_as_chinese_and_keeps_its_english() {
    use crate::model::error::{Container, SheetName, TableLimit, WorkbookProblem as W};
    let part = || "xl/sharedStrings.xml".to_owned();
    let sheet = || SheetName::Named("项目".into());
    let problems = [
        W::NotAWorkbook { holds: None },
        W::NotAWorkbook {
            holds: Some(Container::Compound),
        },
        W::NotAWorkbook {
            holds: Some(Container::Zip),
        },
        W::WebPage,
        W::XmlSpreadsheet,
        W::Password,
        W::TooManyParts {
            parts: 20_000,
            limit: 10_000,
        },
        W::ArchiveTooLarge { limit: 4 << 30 },
        W::PartTooLarge {
            part: part(),
            size: 3 << 30,
            limit: 2 << 30,
        },
        W::PartPackedTight {
            part: part(),
            packed: 1 << 20,
            size: 1 << 30,
            ratio: 1024,
        },
        W::PartBeyondDeclared {
            part: part(),
            declared: 10,
        },
        W::LongTag {
            part: part(),
            limit: 64 << 10,
        },
        W::LongText {
            part: part(),
            limit: 4 << 20,
        },
        W::SharedStringsAnnounced {
            part: part(),
            announced: 67_108_864,
            limit: 8_388_608,
        },
        W::TooManySharedStrings {
            part: part(),
            limit: 3,
        },
        W::OdsGrid {
            part: part(),
            limit: 1000,
            trim: true,
        },
        W::OdsGrid {
            part: part(),
            limit: 1000,
            trim: false,
        },
        W::SectorLoop,
        W::StreamOutside,
        W::SectorTable,
        W::XlsSheets {
            sheet: sheet(),
            limit: 16_777_216,
        },
        W::XlsFarCell {
            sheet: SheetName::Number(2),
            cell: "CRXP65536".into(),
            start: "A1".into(),
            rows: 65_536,
            columns: 65_536,
            limit: 16_777_216,
        },
        W::XlsDimensions {
            sheet: sheet(),
            first_row: 1,
            last_row: 4_294_967_295,
            first_column: 1,
            last_column: 2,
            limit: 16_777_216,
        },
        W::FilledCells { limit: 5 },
        W::FarCell {
            cell: "XFD1048576".into(),
            table: "A1:B2".into(),
            rows: 1_048_576,
            columns: 16_384,
            limit: TableLimit::Cells(33_554_432),
        },
        W::TableTooLarge {
            table: "A1:E40".into(),
            rows: 40,
            columns: 5,
            limit: TableLimit::Columns(4),
        },
    ];
    // The part's name and the cells' names are the file's own; Excel, the formats and Ctrl+End are read as is.
    let own = [
        "xl",
        "sharedStrings",
        "xml",
        "CRXP",
        "XFD",
        "Excel",
        "ODS",
        "XML",
        "Ctrl",
        "End",
        "KB",
        "MB",
        "GB",
    ];
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        for problem in &problems {
            for sheet in [None, Some("项目")] {
                let text = workbook::workbook_text(sheet, problem, lang);
                let left: Vec<&str> = english_words(&text)
                    .into_iter()
                    .filter(|w| !own.contains(w))
                    .collect();
                assert!(
                    left.is_empty() && !text.contains("workbook-"),
                    "{lang}: {left:?} in {text}"
                );
            }
        }
    }
    // The library's own words stay, quoted for a support request.
    let damaged = Problem::Workbook {
        sheet: Some("项目".into()),
        problem: Box::new(W::ReaderStopped {
            detail: "index out of bounds".into(),
        }),
    };
    assert_eq!(
        problem_text(&damaged, Lang::ZhHans),
        "工作簿已损坏，无法读取（表格读取程序在工作表“项目”处停止）；请在 Excel 中打开，重新保存后再试（原始信息：index out of bounds）"
    );
    assert_eq!(
        problem_text(&damaged, Lang::En),
        "the workbook is damaged and could not be read (the spreadsheet reader stopped at sheet \"项目\": index out of bounds); open it in Excel, save it again and retry"
    );
    let strings = Problem::Workbook {
        sheet: None,
        problem: Box::new(W::SharedStringsAnnounced {
            part: part(),
            announced: 67_108_864,
            limit: 8_388_608,
        }),
    };
    assert_eq!(
        problem_text(&strings, Lang::ZhHant),
        "組件 xl/sharedStrings.xml 聲明有 67,108,864 個共用字串，超過本應用程式可讀取的 8,388,608 個"
    );
    let far = Problem::Workbook {
        sheet: Some("Sheet1".into()),
        problem: Box::new(W::FilledCells { limit: 5 }),
    };
    assert_eq!(
        problem_text(&far, Lang::En),
        "sheet \"Sheet1\": the sheet has more than 5 filled cells, the most the app reads"
    );
    assert_eq!(
        problem_text(&far, Lang::ZhHant),
        "工作表「Sheet1」：該工作表的非空白儲存格超過 5 個，已達本應用程式讀取上限"
    );
}

#[test]
fn every_syntax_error_reads_as_chinese_at_its_place() {
    use crate::model::error::{Syntax as S, Wanted};
    let mut syntaxes = vec![
        S::EndsEarly,
        S::ExpectedToken { tokens: &["`:`"] },
        S::ExpectedToken {
            tokens: &["`,`", "`}`"],
        },
        S::TrailingComma,
        S::TrailingCharacters,
        S::InvalidNumber,
        S::InvalidEscape,
        S::KeyNotText,
        S::ControlCharacter,
        S::UnclosedComment,
        S::TooDeep,
        S::UnexpectedChar { found: '@' },
        S::MissingField {
            field: "名称".into(),
        },
        S::UnknownField {
            found: "标签".into(),
            expected: vec!["名称".into()],
        },
        S::UnknownChoice {
            found: "表".into(),
            expected: vec!["图".into()],
        },
    ];
    syntaxes.extend(
        [
            Wanted::Value,
            Wanted::Name,
            Wanted::Boolean,
            Wanted::Integer,
            Wanted::Number,
            Wanted::Text,
            Wanted::Character,
        ]
        .map(|wanted| S::ExpectedValue { wanted }),
    );
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        for syntax in &syntaxes {
            let text = problem_text(
                &Problem::Syntax {
                    syntax: syntax.clone(),
                },
                lang,
            );
            assert!(english_words(&text).is_empty(), "{lang}: {text}");
        }
        for found in [ValueKind::Number, ValueKind::Text] {
            for problem in [Problem::NotTable { found }, Problem::RowsNotList { found }] {
                let text = problem_text(&problem, lang);
                assert!(english_words(&text).is_empty(), "{lang}: {text}");
            }
        }
    }
    let error = LoadError::Malformed {
        path: "x.json".into(),
        line: 3,
        column: Some(17),
        problem: Problem::Syntax {
            syntax: S::ExpectedToken {
                tokens: &["`,`", "`}`"],
            },
        },
    };
    assert_eq!(
        error.to_string(),
        "x.json, line 3, column 17: expected `,` or `}`"
    );
    assert_eq!(
        load_error(&error, Lang::ZhHans),
        "x.json，第 3 行第 17 列：格式有误：此处应为 `,` 或 `}`"
    );
}

#[test]
fn every_amount_unit_is_named_in_the_readers_units() {
    for unit in AmountUnit::ALL {
        assert_eq!(amount_unit_name(unit, Lang::En), unit.label());
        for lang in [Lang::ZhHans, Lang::ZhHant] {
            let name = amount_unit_name(unit, lang);
            assert!(
                name.chars().all(|c| !c.is_ascii()),
                "{lang}: {name} for {unit:?}"
            );
        }
    }
    assert_eq!(
        amount_unit_name(AmountUnit::CnyTenThousands, Lang::ZhHant),
        "萬元人民幣"
    );
}
