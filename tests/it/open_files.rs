//! Opening consultants' own messy project lists: real fixture files under `tests/fixtures/open/` (and workbooks and
//! exports written on the fly), loaded through `inspect`, `load_table` and `Dataset::open`, with the exact rows,
//! values, quality counts or located error each one must give.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use invest_explorer::export::{RowExport, export_rows_to_file};
use invest_explorer::i18n::Lang;
use invest_explorer::model::error::{Expected, Problem};
use invest_explorer::model::load::mapping::{AmountUnit, Mapping};
use invest_explorer::model::load::open::{
    ColumnType, FileFormat, Loaded, OpenOptions, Progress, inspect, load_table,
};
use invest_explorer::model::load::quality::{ColumnQuality, InvalidValue, SkippedRow, UnknownName};
use invest_explorer::model::load::sniff::TextEncoding;
use invest_explorer::model::load::values::DecimalSeparator;
use invest_explorer::model::reference::RateTable;
use invest_explorer::model::{
    ColumnId, DataSource, Dataset, Date, Field, LoadError, ProjectTable, ReferenceData,
};
use invest_explorer::query::{Filter, messages};
use proptest::prelude::*;

static RATES: LazyLock<RateTable> = LazyLock::new(|| ReferenceData::embedded().unwrap().rates);

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/open")
        .join(name)
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

/// Loads a fixture's bytes, with its bare file name as the path in messages.
fn load(name: &str, options: &OpenOptions) -> Result<Loaded, LoadError> {
    load_table(
        &fixture_bytes(name),
        name,
        options,
        &RATES,
        &Progress::default(),
    )
}

fn load_ok(name: &str) -> Loaded {
    match load(name, &OpenOptions::default()) {
        Ok(loaded) => loaded,
        Err(error) => panic!("{name}: {error}"),
    }
}

fn load_err(name: &str) -> LoadError {
    load(name, &OpenOptions::default()).err().unwrap()
}

fn strings(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| (*s).to_owned()).collect()
}

fn names(table: &ProjectTable) -> Vec<&str> {
    (0..table.len()).map(|row| table.name.get(row)).collect()
}

/// Amounts with missing (`NaN`) as `None`, so whole columns compare with `assert_eq!`.
fn amounts(values: &[f64]) -> Vec<Option<f64>> {
    values.iter().map(|v| (!v.is_nan()).then_some(*v)).collect()
}

fn districts(table: &ProjectTable) -> Vec<Option<&str>> {
    (0..table.len())
        .map(|row| table.district.get(row))
        .collect()
}

fn extra<'t>(table: &'t ProjectTable, name: &str) -> Vec<&'t str> {
    let column = table
        .extra
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no extra column {name:?}"));
    (0..table.len()).map(|row| column.values.get(row)).collect()
}

fn extra_names(table: &ProjectTable) -> Vec<&str> {
    table.extra.iter().map(|c| c.name.as_str()).collect()
}

/// The quality entry of the file column named `name`.
fn column<'r>(loaded: &'r Loaded, name: &str) -> &'r ColumnQuality {
    loaded
        .report
        .columns
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no column {name:?} in the report"))
}

/// (missing, coerced, invalid) of one column of the report.
fn counts(loaded: &Loaded, name: &str) -> (usize, usize, usize) {
    let c = column(loaded, name);
    (c.missing, c.coerced, c.invalid)
}

fn rate(year: Option<i32>) -> f64 {
    RATES.cny_per_usd(year).unwrap()
}

fn mapping(fields: &[(Field, usize)], units: &[(Field, AmountUnit)]) -> Mapping {
    Mapping {
        fields: fields.iter().copied().collect::<BTreeMap<_, _>>(),
        units: units.iter().copied().collect::<BTreeMap<_, _>>(),
        currency_column: None,
        header: String::new(),
    }
}

/// A mapping's columns and units, without the header it was made for (compared on its own).
fn columns_of(mapping: &Mapping) -> Mapping {
    Mapping {
        header: String::new(),
        ..mapping.clone()
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Encodings
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn a_gbk_file_with_chinese_headers_loads_in_usd_millions() {
    let path = fixture("gbk_chinese_headers.csv");
    let dataset = Dataset::open(&path, &OpenOptions::default(), &Progress::default()).unwrap();
    let detected = dataset.detected.as_ref().unwrap();
    assert_eq!(detected.format, FileFormat::Delimited);
    assert_eq!(detected.encoding, Some(TextEncoding::Gb18030));
    assert_eq!(detected.dialect.unwrap().delimiter, b',');
    assert_eq!(
        detected.headers,
        strings(&[
            "项目名称",
            "投资方",
            "所属行业",
            "所在区县",
            "签约年份",
            "合同外资（万美元）",
            "实际到位（万美元）",
            "备注",
        ])
    );
    assert_eq!(detected.header_line, 1);
    assert!(!detected.own_format);
    assert_eq!(
        messages::read_as(detected, Lang::En),
        "GB18030 (GBK) · comma-separated · CRLF · header on line 1 · 8 columns"
    );
    assert_eq!(
        columns_of(&detected.mapping),
        mapping(
            &[
                (Field::Name, 0),
                (Field::Investor, 1),
                (Field::Sector, 2),
                (Field::District, 3),
                (Field::Year, 4),
                (Field::ContractedUsdM, 5),
                (Field::UtilizedUsdM, 6),
            ],
            &[
                (Field::ContractedUsdM, AmountUnit::UsdTenThousands),
                (Field::UtilizedUsdM, AmountUnit::UsdTenThousands),
            ],
        )
    );
    assert_eq!(
        detected.column_types,
        [
            ColumnType::Text,
            ColumnType::Text,
            ColumnType::Text,
            ColumnType::Text,
            ColumnType::Number,
            ColumnType::Number,
            ColumnType::Number,
            ColumnType::Text,
        ]
    );

    let table = &dataset.projects;
    assert_eq!(
        names(table),
        ["重庆来福士广场", "Harbour Tower", "九龙仓国际金融中心"]
    );
    assert_eq!(
        (0..3).map(|r| table.investor.get(r)).collect::<Vec<_>>(),
        ["凯德集团", "Swire Properties", "九龙仓集团"]
    );
    // Known districts join the reference data under its name (the Chinese UI shows its name_zh again); the
    // unknown one stays as written.
    assert_eq!(
        districts(table),
        [Some("Yuzhong"), Some("Jiangbei"), Some("火星区")]
    );
    assert_eq!(table.year, [Some(2015), Some(2016), Some(2017)]);
    // 1,234.5 万美元 = USD 12.345 m; a blank amount is missing, never zero.
    assert_eq!(
        amounts(&table.contracted_usd_m),
        [Some(12.345), None, Some(50.0)]
    );
    assert_eq!(
        amounts(&table.utilized_usd_m),
        [Some(8.0), Some(3.5025), None]
    );
    assert_eq!(extra_names(table), ["备注"]);
    assert_eq!(extra(table, "备注"), ["一期", "", "待核实"]);

    // The district Chongqing does not have is kept as written and flagged; 渝中区 and 江北区 are known.
    let quality = &dataset.quality;
    assert_eq!(
        quality.unknown_districts,
        [UnknownName {
            name: "火星区".into(),
            rows: 1
        }]
    );
    assert!(quality.unknown_sectors.is_empty());
    assert_eq!(dataset.district_of(0).unwrap().name_zh, "渝中区");
    assert!(dataset.district_of(2).is_none());
    assert_eq!((quality.rows_read, quality.rows_skipped), (3, 0));
    let by_name = |name: &str| quality.columns.iter().find(|c| c.name == name).unwrap();
    let contracted = by_name("合同外资（万美元）");
    assert_eq!(contracted.field, Some(Field::ContractedUsdM));
    assert_eq!(
        (contracted.missing, contracted.coerced, contracted.invalid),
        (1, 1, 0)
    );
    let utilized = by_name("实际到位（万美元）");
    assert_eq!(
        (utilized.missing, utilized.coerced, utilized.invalid),
        (1, 0, 0)
    );
    let note = by_name("备注");
    assert_eq!((note.field, note.missing), (None, 1));
    assert_eq!(dataset.provenance.source, DataSource::File(path));
}

#[test]
fn a_chinese_sector_name_from_the_reference_data_is_a_known_sector() {
    let text = "项目名称,所属行业,所在区县,合同外资（万美元）\n港资一号,房地产业,渝中区,100\n";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    let dataset = Dataset::from_bytes(
        &bytes,
        "sector_zh.csv",
        DataSource::File("sector_zh.csv".into()),
        &OpenOptions::default(),
        &Progress::default(),
    )
    .unwrap();
    assert!(dataset.quality.unknown_districts.is_empty());
    assert_eq!(dataset.quality.unknown_sectors, []);
    assert_eq!(dataset.sector_of(0).map(|s| s.code.as_str()), Some("K"));
}

#[test]
fn a_semicolon_file_with_decimal_commas_reads_exact_values() {
    let loaded = load_ok("semicolon_decimal_comma.csv");
    let dialect = loaded.detected.dialect.unwrap();
    assert_eq!(dialect.delimiter, b';');
    assert_eq!(dialect.decimal, DecimalSeparator::Comma);
    assert_eq!(
        messages::read_as(&loaded.detected, Lang::En),
        "UTF-8 · semicolon-separated · decimal comma · LF · header on line 1 · 6 columns"
    );
    assert_eq!(
        columns_of(&loaded.detected.mapping),
        mapping(
            &[
                (Field::Name, 0),
                (Field::Investor, 1),
                (Field::District, 2),
                (Field::Year, 3),
                (Field::ContractedUsdM, 4),
                (Field::UtilizedUsdM, 5),
            ],
            &[
                (Field::ContractedUsdM, AmountUnit::UsdMillions),
                (Field::UtilizedUsdM, AmountUnit::UsdMillions),
            ],
        )
    );
    let table = &loaded.table;
    assert_eq!(
        names(table),
        ["Harbour Tower", "Riverside Mall", "Bay Plaza"]
    );
    // 1.234,5 is 1234.5; 3.000 is three thousand (a grouping dot), not three.
    assert_eq!(
        amounts(&table.contracted_usd_m),
        [Some(1234.5), Some(7.25), Some(100.0)]
    );
    assert_eq!(
        amounts(&table.utilized_usd_m),
        [Some(12.5), Some(0.5), Some(3000.0)]
    );
    assert_eq!(table.year, [Some(2015), Some(2016), Some(2017)]);
    assert_eq!(
        districts(table),
        [Some("Yuzhong"), Some("Jiangbei"), Some("Yubei")]
    );
    // A decimal comma is a repair; a plain "100" is not.
    assert_eq!(counts(&loaded, "Contracted (USD m)"), (0, 2, 0));
    assert_eq!(counts(&loaded, "Utilized (USD m)"), (0, 3, 0));
    assert!(table.extra.is_empty());
}

#[test]
fn a_decimal_point_forced_on_a_decimal_comma_file_leaves_the_amounts_unreadable_not_wrong() {
    let options = OpenOptions {
        decimal: Some(DecimalSeparator::Point),
        ..OpenOptions::default()
    };
    let loaded = load("semicolon_decimal_comma.csv", &options).ok().unwrap();
    // "1.234,5" and "7,25" cannot be read with a decimal point; "100" can. Nothing is silently misread.
    assert_eq!(
        amounts(&loaded.table.contracted_usd_m),
        [None, None, Some(100.0)]
    );
    let contracted = column(&loaded, "Contracted (USD m)");
    assert_eq!(contracted.invalid, 2);
    assert_eq!(
        contracted.first_invalid,
        Some(InvalidValue {
            line: 2,
            value: "1.234,5".into(),
            expected: Expected::Amount,
        })
    );
}

#[test]
fn utf16_tab_separated_files_with_a_bom_load_in_either_byte_order() {
    let mut tables = Vec::new();
    for (name, encoding) in [
        ("utf16le_bom.tsv", TextEncoding::Utf16Le),
        ("utf16be_bom.tsv", TextEncoding::Utf16Be),
    ] {
        let loaded = load_ok(name);
        let detected = &loaded.detected;
        assert_eq!(detected.encoding, Some(encoding), "{name}");
        assert_eq!(detected.dialect.unwrap().delimiter, b'\t', "{name}");
        assert_eq!(
            detected.headers,
            strings(&["项目名称", "所在区县", "签约年份", "合同外资（万美元）"]),
            "{name}"
        );
        assert_eq!(
            columns_of(&detected.mapping),
            mapping(
                &[
                    (Field::Name, 0),
                    (Field::District, 1),
                    (Field::Year, 2),
                    (Field::ContractedUsdM, 3),
                ],
                &[(Field::ContractedUsdM, AmountUnit::UsdTenThousands)],
            ),
            "{name}"
        );
        let table = &loaded.table;
        assert_eq!(names(table), ["港资一号", "港资二号"], "{name}");
        assert_eq!(districts(table), [Some("渝北区"), Some("南岸区")], "{name}");
        assert_eq!(table.year, [Some(2015), Some(2018)], "{name}");
        assert_eq!(
            amounts(&table.contracted_usd_m),
            [Some(12.0), Some(2.505)],
            "{name}"
        );
        // No utilized column: missing in every row.
        assert_eq!(amounts(&table.utilized_usd_m), [None, None], "{name}");
        assert!(loaded.report.unmapped_fields.contains(&Field::UtilizedUsdM));
        tables.push(names(table).join("|"));
    }
    assert_eq!(tables[0], tables[1]);
}

#[test]
fn a_utf8_bom_is_not_part_of_the_first_header() {
    let loaded = load_ok("utf8_bom.csv");
    assert_eq!(loaded.detected.encoding, Some(TextEncoding::Utf8));
    assert_eq!(
        loaded.detected.headers,
        strings(&["name", "investor", "contracted_usd_m", "year"])
    );
    assert_eq!(loaded.detected.mapping.column_of(Field::Name), Some(0));
    assert_eq!(names(&loaded.table), ["Harbour Tower", "重庆来福士广场"]);
    assert_eq!(
        amounts(&loaded.table.contracted_usd_m),
        [Some(12.5), Some(300.0)]
    );
    assert_eq!(loaded.table.year, [Some(2015), Some(2012)]);
    assert!(loaded.table.extra.is_empty());
}

// ---------------------------------------------------------------------------------------------------------------
// Structure: quotes, ragged and truncated rows
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn quoted_fields_keep_their_delimiters_quotes_and_line_breaks() {
    let loaded = load_ok("quoted_fields.csv");
    let table = &loaded.table;
    assert_eq!(
        names(table),
        ["Swire, Ltd", "Plain \"Quoted\" Name", "simple"]
    );
    assert_eq!(
        extra(table, "note"),
        [
            "said \"hi\"\nthen left; twice",
            "multi\nline\nnote",
            "a,b,c"
        ]
    );
    assert_eq!(
        amounts(&table.contracted_usd_m),
        [Some(12.0), Some(4.5), Some(1.0)]
    );
    assert_eq!(
        (loaded.report.rows_read, loaded.report.rows_skipped),
        (3, 0)
    );
}

#[test]
fn rows_with_too_few_or_too_many_fields_are_skipped_with_their_lines() {
    let loaded = load_ok("ragged_rows.csv");
    assert_eq!(names(&loaded.table), ["Alpha", "Delta"]);
    assert_eq!(
        amounts(&loaded.table.contracted_usd_m),
        [Some(1.0), Some(4.0)]
    );
    assert_eq!(loaded.report.rows_read, 2);
    assert_eq!(loaded.report.rows_skipped, 2);
    assert_eq!(
        loaded.report.skipped,
        [
            SkippedRow {
                line: 3,
                problem: Problem::RowWidth {
                    expected: 3,
                    found: 2
                },
            },
            SkippedRow {
                line: 4,
                problem: Problem::RowWidth {
                    expected: 3,
                    found: 4
                },
            },
        ]
    );
    assert_eq!(
        messages::quality_lines(&loaded.report, Lang::En)[1..3],
        [
            "  skipped line 3: expected 3 fields like the header, found 2",
            "  skipped line 4: expected 3 fields like the header, found 4",
        ]
    );
}

#[test]
fn a_file_whose_every_row_is_ragged_fails_at_the_first_ragged_line() {
    let error = load_err("ragged_all.csv");
    assert!(
        matches!(error, LoadError::Malformed { line: 2, .. }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "ragged_all.csv, line 2: expected 3 fields like the header, found 2"
    );
}

#[test]
fn a_last_row_cut_in_the_middle_is_skipped_as_truncated() {
    let loaded = load_ok("truncated.csv");
    assert_eq!(names(&loaded.table), ["Alpha", "Beta"]);
    assert_eq!(
        amounts(&loaded.table.contracted_usd_m),
        [Some(1.5), Some(2.5)]
    );
    assert_eq!(
        loaded.report.skipped,
        [SkippedRow {
            line: 4,
            problem: Problem::Truncated {
                found: 2,
                expected: 4
            },
        }]
    );
    assert!(
        messages::problem_text(&loaded.report.skipped[0].problem, Lang::En).contains("truncated")
    );
    assert_eq!(loaded.report.rows_skipped, 1);
}

fn skipped_lines(loaded: &Loaded) -> Vec<u64> {
    loaded.report.skipped.iter().map(|s| s.line).collect()
}

#[test]
fn crlf_and_cr_line_endings_and_blank_lines_load_the_same_rows() {
    for name in [
        "ragged_rows.csv",
        "ragged_rows_crlf.csv",
        "ragged_rows_cr.csv",
        "ragged_rows_blank_lines.csv",
    ] {
        let loaded = load_ok(name);
        assert_eq!(names(&loaded.table), ["Alpha", "Delta"], "{name}");
        assert_eq!(
            amounts(&loaded.table.contracted_usd_m),
            [Some(1.0), Some(4.0)],
            "{name}"
        );
        assert_eq!(loaded.detected.header_line, 1, "{name}");
        let reasons: Vec<String> = loaded
            .report
            .skipped
            .iter()
            .map(|s| messages::problem_text(&s.problem, Lang::En))
            .collect();
        assert_eq!(
            reasons,
            [
                "expected 3 fields like the header, found 2",
                "expected 3 fields like the header, found 4"
            ],
            "{name}"
        );
    }
}

#[test]
fn rows_of_a_crlf_file_are_reported_at_their_real_lines() {
    let loaded = load_ok("ragged_rows_crlf.csv");
    // Beta is on line 3 and Gamma on line 4; reported as 2 and 3.
    assert_eq!(skipped_lines(&loaded), [3, 4]);
    let bytes = b"name,contracted_usd_m\r\nAlpha,1\r\nBeta,abc\r\n";
    let loaded = load_table(
        bytes,
        "crlf.csv",
        &OpenOptions::default(),
        &RATES,
        &Progress::default(),
    )
    .ok()
    .unwrap();
    assert_eq!(
        column(&loaded, "contracted_usd_m")
            .first_invalid
            .as_ref()
            .unwrap()
            .line,
        3
    );
}

#[test]
fn rows_of_a_cr_only_file_are_reported_at_their_real_lines() {
    let loaded = load_ok("ragged_rows_cr.csv");
    // Reported as [1, 1].
    assert_eq!(skipped_lines(&loaded), [3, 4]);
}

#[test]
fn rows_after_blank_lines_are_reported_at_their_real_lines() {
    let loaded = load_ok("ragged_rows_blank_lines.csv");
    // Beta is on line 4 and Gamma on line 7; reported as 3 and 5.
    assert_eq!(skipped_lines(&loaded), [4, 7]);
}

#[test]
fn data_rows_ending_in_a_delimiter_still_load() {
    // Currently: Err("trailing_delimiter.csv, line 2: expected 3 fields like the header, found 4").
    let loaded = load_ok("trailing_delimiter.csv");
    assert_eq!(names(&loaded.table), ["Alpha", "Beta"]);
    assert_eq!(
        amounts(&loaded.table.contracted_usd_m),
        [Some(1.0), Some(2.0)]
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Workbooks
// ---------------------------------------------------------------------------------------------------------------

/// Two sheets: a note, then the projects under a title row, Chinese headers, 亿元 amounts and real date cells.
fn write_workbook(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let notes = workbook.add_worksheet();
    notes.set_name("说明").unwrap();
    notes.write_string(0, 0, "Read me").unwrap();
    notes
        .write_string(1, 0, "The projects are on the second sheet")
        .unwrap();

    let date = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = workbook.add_worksheet();
    sheet.set_name("项目清单").unwrap();
    sheet
        .write_string(0, 0, "2015—2018年重庆市港资项目一览表")
        .unwrap();
    for (column, header) in [
        "项目名称",
        "所在区县",
        "签约日期",
        "合同外资（亿元）",
        "备注",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(1, column as u16, *header).unwrap();
    }
    let rows = [
        ("港资一号", "渝中区", Some((2015, 6, 30)), 3.0, "一期"),
        ("港资二号", "江北区", Some((2018, 1, 15)), 1.25, ""),
        ("港资三号", "南岸区", None, 2.0, "无日期"),
    ];
    for (index, (name, district, day, amount, note)) in rows.into_iter().enumerate() {
        let row = index as u32 + 2;
        sheet.write_string(row, 0, name).unwrap();
        sheet.write_string(row, 1, district).unwrap();
        if let Some((y, m, d)) = day {
            let day = ExcelDateTime::from_ymd(y, m, d).unwrap();
            sheet
                .write_datetime_with_format(row, 2, &day, &date)
                .unwrap();
        }
        sheet.write_number(row, 3, amount).unwrap();
        if !note.is_empty() {
            sheet.write_string(row, 4, note).unwrap();
        }
    }
    workbook.save(path).unwrap();
}

#[test]
fn the_second_sheet_of_a_workbook_loads_below_its_title_in_cny_converted_at_each_years_rate() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("港资项目.xlsx");
    write_workbook(&path);
    let options = OpenOptions {
        sheet: Some(1),
        ..OpenOptions::default()
    };
    let dataset = Dataset::open(&path, &options, &Progress::default()).unwrap();
    let detected = dataset.detected.as_ref().unwrap();
    assert_eq!(detected.format, FileFormat::Workbook);
    assert_eq!(detected.encoding, None);
    assert_eq!(detected.sheet_names, strings(&["说明", "项目清单"]));
    assert_eq!(detected.sheet, 1);
    // The title is on sheet row 1, the header on row 2.
    assert_eq!(detected.header_line, 2);
    assert_eq!(
        detected.headers,
        strings(&[
            "项目名称",
            "所在区县",
            "签约日期",
            "合同外资（亿元）",
            "备注"
        ])
    );
    assert_eq!(
        columns_of(&detected.mapping),
        mapping(
            &[
                (Field::Name, 0),
                (Field::District, 1),
                (Field::ContractDate, 2),
                (Field::ContractedUsdM, 3),
            ],
            &[(Field::ContractedUsdM, AmountUnit::CnyHundredMillions)],
        )
    );
    assert_eq!(detected.column_types[2], ColumnType::Date);
    assert_eq!(detected.options().sheet, Some(1));

    let table = &dataset.projects;
    assert_eq!(names(table), ["港资一号", "港资二号", "港资三号"]);
    assert_eq!(
        table.contract_date,
        [
            Date::from_ymd(2015, 6, 30),
            Date::from_ymd(2018, 1, 15),
            None
        ]
    );
    // No year column: the year comes from the date cell.
    assert_eq!(table.year, [Some(2015), Some(2018), None]);
    // 亿元 at the year's CNY rate; a row without a year converts at the rate for no year.
    assert_eq!(
        amounts(&table.contracted_usd_m),
        [
            Some(3e8 / rate(Some(2015)) / 1e6),
            Some(1.25e8 / rate(Some(2018)) / 1e6),
            Some(2e8 / rate(None) / 1e6),
        ]
    );
    assert!((table.contracted_usd_m[0] - 300.0 / 6.2284).abs() < 1e-9);
    assert_eq!(extra(table, "备注"), ["一期", "", "无日期"]);
    assert!(dataset.quality.unknown_districts.is_empty());
    assert_eq!(dataset.quality.rows_read, 3);

    // Without a sheet choice the first filled sheet (the note) opens, as a plain one-column table.
    let first = Dataset::open(&path, &OpenOptions::default(), &Progress::default()).unwrap();
    assert_eq!(first.detected.as_ref().unwrap().sheet, 0);
    assert_eq!(
        extra(&first.projects, "Read me"),
        ["The projects are on the second sheet"]
    );

    // A sheet that is not there is a located message listing the sheets.
    let missing = OpenOptions {
        sheet: Some(5),
        ..OpenOptions::default()
    };
    let error = load_table(
        &std::fs::read(&path).unwrap(),
        "book.xlsx",
        &missing,
        &RATES,
        &Progress::default(),
    )
    .err()
    .unwrap();
    assert_eq!(
        error.to_string(),
        "book.xlsx: the workbook has no sheet 6; its sheets are \"说明\", \"项目清单\""
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Files that cannot be tables
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn an_empty_file_is_reported_as_empty() {
    let error = load_err("empty.csv");
    assert!(matches!(error, LoadError::Empty { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "empty.csv: the file is empty; expected a header line and project rows"
    );
    let error = inspect(&[], "empty.csv", &OpenOptions::default()).unwrap_err();
    assert!(matches!(error, LoadError::Empty { .. }), "{error:?}");
}

#[test]
fn a_header_without_rows_is_malformed_at_line_two() {
    let error = load_err("header_only.csv");
    assert!(
        matches!(error, LoadError::Malformed { line: 2, .. }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "header_only.csv, line 2: the file has a header but no rows; expected one project per line under the header"
    );
}

#[test]
fn random_bytes_are_binary_whatever_the_file_is_called() {
    for name in [
        "random.bin",
        "random.csv",
        "random.txt",
        "random.json",
        "random",
    ] {
        let bytes = fixture_bytes("random.bin");
        assert!(bytes.contains(&0), "the fixture must hold a NUL byte");
        let error = load_table(
            &bytes,
            name,
            &OpenOptions::default(),
            &RATES,
            &Progress::default(),
        )
        .err()
        .unwrap();
        assert!(
            matches!(error, LoadError::Binary { .. }),
            "{name}: {error:?}"
        );
        assert_eq!(
            error.to_string(),
            format!(
                "{name}: this is not a text table (it looks like binary data); expected CSV, TSV, XLSX, XLS, JSON or RON"
            )
        );
        assert!(matches!(
            inspect(&bytes, name, &OpenOptions::default()),
            Err(LoadError::Binary { .. })
        ));
    }
}

#[test]
fn invalid_utf8_after_a_utf8_bom_is_located_by_line_and_column() {
    let error = load_err("bad_utf8_after_bom.csv");
    match &error {
        LoadError::Encoding {
            line,
            column,
            encoding,
            ..
        } => assert_eq!((*line, *column, encoding.as_str()), (3, 3, "UTF-8")),
        other => panic!("expected an encoding error, got {other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "bad_utf8_after_bom.csv, line 3, column 3: the text is not valid UTF-8; save the file as UTF-8, or choose its encoding when opening it"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Values the way people type them
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn amounts_and_years_typed_the_way_people_type_them_are_read_or_left_missing() {
    let loaded = load_ok("messy_values.csv");
    let table = &loaded.table;
    assert_eq!(
        names(table),
        [
            "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta"
        ]
    );
    // USD 70.4 bn = 70,400 USD m; $12m = 12; full-width １２３ = 123; " 12.5 " = 12.5; N/A, -, — are missing,
    // never zero; "about 5" is unreadable, so missing too.
    assert_eq!(
        amounts(&table.contracted_usd_m),
        [
            Some(70_400.0),
            Some(12.0),
            Some(123.0),
            Some(12.5),
            None,
            None,
            None,
            None
        ]
    );
    assert!(!table.contracted_usd_m.contains(&0.0));
    // 2015, 2015-06-30, 2015年6月 and the Excel serial 42185 (2015-06-30) are all 2015.
    assert_eq!(
        table.year,
        [
            Some(2015),
            Some(2015),
            Some(2015),
            Some(2015),
            None,
            None,
            None,
            None
        ]
    );
    assert_eq!(
        extra(table, "note"),
        ["a", "b", "c", "d", "e", "f", "g", "h"]
    );

    let contracted = column(&loaded, "contracted");
    assert_eq!(contracted.field, Some(Field::ContractedUsdM));
    assert_eq!(
        (contracted.missing, contracted.coerced, contracted.invalid),
        (3, 3, 1)
    );
    assert_eq!(
        contracted.first_invalid,
        Some(InvalidValue {
            line: 9,
            value: "about 5".into(),
            expected: Expected::Amount,
        })
    );
    let year = column(&loaded, "year");
    assert_eq!((year.missing, year.invalid), (3, 1));
    // "2015-06-30" and "2015年6月" were repaired into years (42185: see the ignored test below).
    assert!(year.coerced >= 2, "{year:?}");
    assert_eq!(
        year.first_invalid,
        Some(InvalidValue {
            line: 9,
            value: "FY15".into(),
            expected: Expected::Year,
        })
    );
    assert_eq!(counts(&loaded, "note"), (0, 0, 0));
    assert_eq!(counts(&loaded, "name"), (0, 0, 0));
    assert_eq!(loaded.report.rows_read, 8);
    assert_eq!(
        messages::quality_headline(&loaded.report, Lang::En),
        format!(
            "8 rows read · {} values repaired · 2 values unreadable",
            3 + year.coerced
        )
    );
}

#[test]
fn an_excel_serial_in_a_year_column_is_counted_as_a_repair() {
    let loaded = load_ok("messy_values.csv");
    assert_eq!(loaded.table.year.get(3), Some(2015));
    // 2015-06-30, 2015年6月 and 42185 were all repaired into 2015.
    assert_eq!(counts(&loaded, "year"), (3, 3, 1));
    let bytes = b"name,contracted_usd_m,year\nAlpha,1,15\n";
    let loaded = load_table(
        bytes,
        "serial.csv",
        &OpenOptions::default(),
        &RATES,
        &Progress::default(),
    )
    .ok()
    .unwrap();
    // A small number is not a year (though it would read as an Excel serial): unreadable, and reported.
    assert_eq!(loaded.table.year, [None]);
    assert!(
        !loaded.report.is_clean(),
        "15 read as a year without a word"
    );
}

#[test]
fn a_plain_table_without_project_columns_opens_with_every_column_extra() {
    let loaded = load_ok("plain_table.csv");
    let mapping = &loaded.detected.mapping;
    assert!(mapping.fields.is_empty(), "{mapping:?}");
    assert_eq!(
        mapping.missing_required(),
        [Field::Name, Field::ContractedUsdM]
    );
    assert!(!mapping.is_project_table());
    let table = &loaded.table;
    assert_eq!(table.len(), 2);
    assert_eq!(extra_names(table), ["Region", "Population", "Area"]);
    assert_eq!(extra(table, "Region"), ["Yuzhong", "Jiangbei"]);
    assert_eq!(extra(table, "Population"), ["660000", "926000"]);
    assert_eq!(extra(table, "Area"), ["23.2", "220.8"]);
    assert_eq!(names(table), ["", ""]);
    assert_eq!(amounts(&table.contracted_usd_m), [None, None]);
    assert_eq!(
        loaded.report.unmapped_fields,
        Field::ALL
            .into_iter()
            .filter(|f| !matches!(f, Field::SizeBand | Field::IsSynthetic | Field::Source))
            .collect::<Vec<_>>()
    );
    assert!(loaded.report.columns.iter().all(|c| c.field.is_none()));
}

// ---------------------------------------------------------------------------------------------------------------
// The app's own exports, and mapping overrides
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn the_apps_own_json_and_ron_exports_open_with_the_same_names_and_amounts() {
    let dataset = Dataset::embedded().unwrap();
    let rows: Vec<u32> = (0..20).collect();
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let filter = Filter::default();
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        dataset: &dataset,
        rows: &rows,
        columns: &columns,
        filter: &filter,
        sort: &[],
    };
    let expected_names: Vec<&str> = (0..20).map(|r| dataset.projects.name.get(r)).collect();
    let expected_amounts = amounts(&dataset.projects.contracted_usd_m[..20]);
    let dir = tempfile::tempdir().unwrap();
    for (file, format) in [
        ("rows.json", FileFormat::Json),
        ("rows.ron", FileFormat::Ron),
    ] {
        let path = dir.path().join(file);
        export_rows_to_file(&export, &path).unwrap();
        let reopened = Dataset::open(&path, &OpenOptions::default(), &Progress::default())
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let detected = reopened.detected.as_ref().unwrap();
        assert_eq!(detected.format, format, "{file}");
        assert!(detected.own_format, "{file}");
        let table = &reopened.projects;
        assert_eq!(names(table), expected_names, "{file}");
        assert_eq!(amounts(&table.contracted_usd_m), expected_amounts, "{file}");
        assert_eq!(
            amounts(&table.utilized_usd_m),
            amounts(&dataset.projects.utilized_usd_m[..20]),
            "{file}"
        );
        assert!(
            table.year.iter().eq(dataset.projects.year.iter().take(20)),
            "{file}"
        );
        assert!(table.extra.is_empty(), "{file}: {:?}", extra_names(table));
        assert_eq!(reopened.quality.rows_read, 20, "{file}");
        assert_eq!(reopened.quality.rows_skipped, 0, "{file}");
    }
}

#[test]
fn map_overrides_choose_columns_by_name_or_number_with_a_unit() {
    let bytes = fixture_bytes("mapping_override.csv");
    let detected = inspect(&bytes, "mapping_override.csv", &OpenOptions::default()).unwrap();
    let headers = detected.headers.clone();
    assert_eq!(headers, strings(&["Scheme", "Amount", "Where", "When"]));
    // Nothing in these headers names a project field.
    assert!(detected.mapping.fields.is_empty());

    let mut mapping = detected.mapping.clone();
    mapping.apply_override(&headers, "name=Scheme").unwrap();
    mapping
        .apply_override(&headers, "contracted_usd_m=Amount:cny_100m")
        .unwrap();
    mapping.apply_override(&headers, "district=3").unwrap();
    mapping.apply_override(&headers, "year=when").unwrap();
    assert_eq!(
        columns_of(&mapping),
        self::mapping(
            &[
                (Field::Name, 0),
                (Field::ContractedUsdM, 1),
                (Field::District, 2),
                (Field::Year, 3),
            ],
            &[(Field::ContractedUsdM, AmountUnit::CnyHundredMillions)],
        )
    );
    assert_eq!(
        messages::override_error(
            &mapping.apply_override(&headers, "name=Nope").unwrap_err(),
            Lang::En
        ),
        "--map \"name=Nope\": no column \"Nope\"; the file's columns are Scheme, Amount, Where, When"
    );
    assert_eq!(
        messages::override_error(
            &mapping.apply_override(&headers, "name=5").unwrap_err(),
            Lang::En
        ),
        "--map \"name=5\": no column \"5\"; the file's columns are Scheme, Amount, Where, When"
    );
    assert_eq!(
        messages::override_error(
            &mapping.apply_override(&headers, "name").unwrap_err(),
            Lang::En
        ),
        "--map \"name\": expected FIELD=COLUMN"
    );
    let error = messages::override_error(
        &mapping.apply_override(&headers, "nme=Scheme").unwrap_err(),
        Lang::En,
    );
    assert_eq!(
        error,
        "--map \"nme=Scheme\": unknown field \"nme\"; expected one of id, name, investor, origin, sector, \
         sub_sector, district, year, status, contracted_usd_m, utilized_usd_m, employees, lat, lon, \
         in_liangjiang, contract_date, is_synthetic, source"
    );

    let options = OpenOptions {
        mapping: Some(mapping.clone()),
        ..OpenOptions::default()
    };
    let progress = Progress::default();
    let loaded = load_table(&bytes, "mapping_override.csv", &options, &RATES, &progress)
        .ok()
        .unwrap();
    assert_eq!(loaded.detected.mapping, mapping);
    let table = &loaded.table;
    assert_eq!(names(table), ["Harbour Tower", "Bay Plaza"]);
    assert_eq!(districts(table), [Some("渝中区"), Some("江北区")]);
    assert_eq!(table.year, [Some(2015), Some(2018)]);
    assert_eq!(
        amounts(&table.contracted_usd_m),
        [
            Some(3e8 / rate(Some(2015)) / 1e6),
            Some(1.5e8 / rate(Some(2018)) / 1e6),
        ]
    );
    assert!(table.extra.is_empty());
    assert_eq!(progress.rows.load(std::sync::atomic::Ordering::Relaxed), 2);
    assert_eq!(
        progress
            .total_bytes
            .load(std::sync::atomic::Ordering::Relaxed),
        bytes.len()
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Anything at all
// ---------------------------------------------------------------------------------------------------------------

const NAMES: [&str; 8] = [
    "p.csv", "p.tsv", "p.txt", "p.xlsx", "p.xls", "p.json", "p.ron", "p",
];

/// Opens `bytes` under every file name; whatever comes back, a loaded table must be consistent.
fn open_under_every_name(bytes: &[u8]) -> Result<(), TestCaseError> {
    for name in NAMES {
        let inspected = inspect(bytes, name, &OpenOptions::default());
        let loaded = load_table(
            bytes,
            name,
            &OpenOptions::default(),
            &RATES,
            &Progress::default(),
        );
        if let Ok(loaded) = loaded {
            prop_assert!(
                inspected.is_ok(),
                "{name}: inspect failed where load_table did not"
            );
            let table = &loaded.table;
            prop_assert!(loaded.report.rows_read > 0);
            prop_assert_eq!(table.len(), loaded.report.rows_read);
            prop_assert_eq!(table.contracted_usd_m.len(), table.len());
            prop_assert_eq!(table.year.len(), table.len());
            for column in &table.extra {
                prop_assert_eq!(column.values.len(), table.len());
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn arbitrary_bytes_under_any_file_name_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..2000),
        prefix in proptest::sample::select(vec![
            &b""[..],
            b"\xEF\xBB\xBF",
            b"\xFF\xFE",
            b"\xFE\xFF",
            b"PK\x03\x04",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            b"{\"rows\":",
            b"(rows:",
        ]),
    ) {
        let mut all = prefix.to_vec();
        all.extend_from_slice(&bytes);
        open_under_every_name(&all)?;
    }

    #[test]
    fn csv_like_text_under_any_file_name_never_panics(text in "[a-z0-9,;\"\\n\\t 年.-]{0,300}") {
        open_under_every_name(text.as_bytes())?;
        let (gbk, _, _) = encoding_rs::GBK.encode(&text);
        open_under_every_name(&gbk)?;
    }
}

/// Every cell of a table as text, for comparing two loads.
fn every_cell(table: &ProjectTable) -> Vec<String> {
    (0..table.len())
        .flat_map(|row| table.columns().map(move |c| table.cell(c, row).to_string()))
        .collect()
}

/// The window's open (read and decode once, inspect, load from what was decoded) gives exactly what inspecting and
/// loading the bytes separately gives: the same detection, rows, values and report, or the same located error.
#[test]
fn loading_what_inspection_decoded_equals_loading_the_file_again() {
    use invest_explorer::model::load::open::OpenedFile;
    let mut names: Vec<String> = std::fs::read_dir(fixture(""))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "README.md")
        .collect();
    names.sort();
    let forced = [
        OpenOptions::default(),
        OpenOptions {
            encoding: Some(TextEncoding::Gb18030),
            ..OpenOptions::default()
        },
        OpenOptions {
            encoding: Some(TextEncoding::Utf8),
            delimiter: Some(b';'),
            header_row: Some(1),
            ..OpenOptions::default()
        },
    ];
    let json = |detected: &invest_explorer::model::load::open::Detected| {
        serde_json::to_string(detected).unwrap()
    };
    for name in &names {
        for options in &forced {
            let bytes = fixture_bytes(name);
            let separate = inspect(&bytes, name, options).and_then(|detected| {
                load_table(&bytes, name, options, &RATES, &Progress::default())
                    .map(|loaded| (detected, loaded))
            });
            let once = OpenedFile::read(bytes.clone(), name, options).and_then(|opened| {
                let detected = opened.inspect(options.mapping.as_ref())?;
                let loaded = opened.load(None, &RATES, &Progress::default())?;
                Ok((detected, loaded))
            });
            match (separate, once) {
                (Ok((d1, l1)), Ok((d2, l2))) => {
                    assert_eq!(json(&d1), json(&d2), "{name} {options:?}");
                    assert_eq!(json(&l1.detected), json(&l2.detected), "{name}");
                    assert_eq!(every_cell(&l1.table), every_cell(&l2.table), "{name}");
                    assert_eq!(l1.report, l2.report, "{name}");
                }
                (Err(e1), Err(e2)) => assert_eq!(e1.to_string(), e2.to_string(), "{name}"),
                (a, b) => panic!(
                    "{name} {options:?}: {:?} against {:?}",
                    a.err().map(|e| e.to_string()),
                    b.err().map(|e| e.to_string())
                ),
            }
        }
    }
}
