//! Files built to break the loaders, as a careful attacker or an unlucky user would make them: stray cells far from
//! the table, zip bombs, XLS grids and sector chains without end, JSON whose every row brings a key of its own, a
//! text download saved as .xls, a CSV whose header ends in an unnamed column, formula-like text through an export
//! and back, and every fixture mutated. Each either loads its rows or is refused with a message that names the file
//! and the cell, part, row or line — before anything the size of the attack is allocated.
//!
//! Fixtures are built here (workbooks with `rust_xlsxwriter` and the `zip` crate) or committed under
//! `tests/fixtures/hostile/` (see its README).
// Helpers outside #[test] functions may unwrap too: a test should fail loudly.
#![allow(clippy::unwrap_used)]

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::LazyLock;

use invest_explorer::export::{RowExport, RowFormat, export_rows_to_file};
use invest_explorer::i18n::Lang;
use invest_explorer::model::error::{IgnoredWhy, Note};
use invest_explorer::model::load::limits::Limits;
use invest_explorer::model::load::open::{
    FileFormat, Loaded, OpenOptions, Progress, inspect, load_table,
};
use invest_explorer::model::load::sheet::read_workbook_within;
use invest_explorer::model::reference::RateTable;
use invest_explorer::model::{ColumnId, Dataset, LoadError, ReferenceData};
use invest_explorer::query::{Filter, messages};
use proptest::prelude::*;
use zip::write::SimpleFileOptions;

static RATES: LazyLock<RateTable> = LazyLock::new(|| ReferenceData::embedded().unwrap().rates);

fn fixture(folder: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder)
        .join(name)
}

fn hostile(name: &str) -> Vec<u8> {
    std::fs::read(fixture("hostile", name)).unwrap()
}

fn load(bytes: &[u8], name: &str) -> Result<Loaded, LoadError> {
    load_table(
        bytes,
        name,
        &OpenOptions::default(),
        &RATES,
        &Progress::default(),
    )
}

fn load_ok(bytes: &[u8], name: &str) -> Loaded {
    load(bytes, name).unwrap_or_else(|error| panic!("{name}: {error}"))
}

fn load_err(bytes: &[u8], name: &str) -> String {
    match load(bytes, name) {
        Ok(loaded) => panic!("{name}: loaded {} rows", loaded.table.len()),
        Err(error) => error.to_string(),
    }
}

fn names(loaded: &Loaded) -> Vec<&str> {
    (0..loaded.table.len())
        .map(|row| loaded.table.name.get(row))
        .collect()
}

// ---------------------------------------------------------------------------------------------------------------
// Workbooks built on the fly
// ---------------------------------------------------------------------------------------------------------------

/// A header, one project row and whatever `extra` adds to the sheet.
fn workbook(extra: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "name").unwrap();
    sheet.write_string(0, 1, "contracted_usd_m").unwrap();
    sheet.write_string(1, 0, "Harbour Tower").unwrap();
    sheet.write_number(1, 1, 12.5).unwrap();
    extra(sheet);
    book.save_to_buffer().unwrap()
}

/// The archive with each part passed through `edit` (name, content) -> content, deflated again.
fn rezip(bytes: &[u8], edit: impl Fn(&str, Vec<u8>) -> Vec<u8>) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).unwrap();
        let name = part.name().unwrap().into_owned();
        let mut content = Vec::new();
        part.read_to_end(&mut content).unwrap();
        out.start_file(name.as_str(), SimpleFileOptions::default())
            .unwrap();
        out.write_all(&edit(&name, content)).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// Text replaced in one part.
fn replace_in(
    part: &'static str,
    from: &'static str,
    to: String,
) -> impl Fn(&str, Vec<u8>) -> Vec<u8> {
    move |name, content| {
        if name != part {
            return content;
        }
        let text = String::from_utf8(content).unwrap();
        assert!(text.contains(from), "{part} has no {from:?}: {text}");
        text.replacen(from, &to, 1).into_bytes()
    }
}

/// The archive with the unpacked size `part` declares (in its local header and in the directory) set to `size`.
fn declare_size(bytes: &[u8], part: &str, size: u32) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    let name = part.as_bytes();
    let mut patched = 0;
    for (signature, name_len_at, size_at, name_at) in
        [(b"PK\x03\x04", 26, 22, 30), (b"PK\x01\x02", 28, 24, 46)]
    {
        let mut at = 0;
        while let Some(found) = memchr::memmem::find(&bytes[at..], signature) {
            let header = at + found;
            let len =
                u16::from_le_bytes([bytes[header + name_len_at], bytes[header + name_len_at + 1]]);
            if bytes.get(header + name_at..header + name_at + usize::from(len)) == Some(name) {
                bytes[header + size_at..header + size_at + 4].copy_from_slice(&size.to_le_bytes());
                patched += 1;
            }
            at = header + 4;
        }
    }
    assert_eq!(patched, 2, "{part}");
    bytes
}

const SHEET: &str = "xl/worksheets/sheet1.xml";

#[test]
fn a_stray_cell_at_the_last_cell_of_a_sheet_is_left_out_and_named() {
    // Old code: calamine's worksheet_range allocated rows × columns densely (≈ 512 GiB), an abort.
    for (row, column, name) in [
        (1_048_575, 16_383, "XFD1048576"),
        (9_999, 16_383, "XFD10000"),
    ] {
        let bytes = workbook(|sheet| {
            sheet.write_string(row, column, "x").unwrap();
        });
        assert!(bytes.len() < 8 * 1024, "{} bytes", bytes.len());
        let loaded = load_ok(&bytes, "stray.xlsx");
        assert_eq!(names(&loaded), ["Harbour Tower"]);
        assert_eq!(loaded.table.contracted_usd_m, [12.5]);
        assert!(loaded.table.extra.is_empty());
        assert_eq!(
            loaded.report.notes,
            [Note::IgnoredCell {
                cell: name.to_string(),
                value: "x".into(),
                why: IgnoredWhy::FarOutside {
                    table: "A1:B2".into()
                }
            }]
        );
        let lines = messages::quality_lines(&loaded.report, Lang::En);
        assert!(
            lines.contains(&format!(
                "  ignored cell {name} (\"x\"): it is alone in its row and column, far outside the table A1:B2"
            )),
            "{lines:?}"
        );
        assert!(!loaded.report.is_clean());
    }
}

#[test]
fn a_cell_reference_beyond_any_sheet_is_left_out() {
    let bytes = workbook(|sheet| {
        sheet.write_string(5, 5, "far").unwrap();
    });
    let bytes = rezip(
        &bytes,
        replace_in(SHEET, "r=\"F6\"", "r=\"ZZZ4294967295\"".into()),
    );
    let loaded = load_ok(&bytes, "beyond.xlsx");
    assert_eq!(names(&loaded), ["Harbour Tower"]);
    assert_eq!(
        loaded.report.notes,
        [Note::IgnoredCell {
            cell: "ZZZ4294967295".into(),
            value: "far".into(),
            why: IgnoredWhy::BeyondTheSheet {
                last: "XFD1048576".into()
            }
        }]
    );
}

#[test]
fn far_cells_that_belong_together_refuse_the_sheet_naming_the_farthest() {
    let bytes = workbook(|sheet| {
        sheet.write_string(1_048_574, 16_383, "x").unwrap();
        sheet.write_string(1_048_575, 16_383, "y").unwrap();
    });
    let error = load_err(&bytes, "far.xlsx");
    assert!(
        error.starts_with(
            "far.xlsx: sheet \"Sheet1\": cell XFD1048576 is far outside the table (A1:B2): reading the sheet up to it makes 1,048,576 rows × 16,384 columns, more than the 33,554,432 cells the app reads;"
        ),
        "{error}"
    );
}

#[test]
fn zip_bombs_are_refused_naming_the_part() {
    let plain = workbook(|_| {});
    // A part that declares 1.9 GB from a few hundred packed bytes is refused before anything is unpacked.
    let declared = declare_size(&plain, SHEET, 2_000_000_000);
    let error = load_err(&declared, "bomb.xlsx");
    assert!(
        error.starts_with("bomb.xlsx: part xl/worksheets/sheet1.xml would unpack from "),
        "{error}"
    );
    assert!(error.contains("this looks like a zip bomb"), "{error}");
    // A directory that declares less than the part holds is caught by the bounded reader.
    let lying = declare_size(&plain, SHEET, 10);
    assert_eq!(
        load_err(&lying, "lying.xlsx"),
        "lying.xlsx: part xl/worksheets/sheet1.xml unpacks to more than the 10 bytes its directory declares; the workbook is damaged or built to exhaust memory"
    );
    // Megabytes of spaces inside a cell (the whitespace bomb, truthfully declared).
    let spaces = " ".repeat(5 << 20);
    let padded = rezip(
        &plain,
        replace_in(SHEET, "<sheetData>", format!("<sheetData>{spaces}")),
    );
    let error = load_err(&padded, "spaces.xlsx");
    assert!(
        error.starts_with("spaces.xlsx: part xl/worksheets/sheet1.xml holds more than 4.0 MB of text or spaces with no markup"),
        "{error}"
    );
    // A shared string table announcing 67 million strings (the library reserves room for them up front).
    let announced = rezip(&plain, |name, content| {
        if name != "xl/sharedStrings.xml" {
            return content;
        }
        let text = String::from_utf8(content).unwrap();
        let at = text.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
        let end = at + text[at..].find('"').unwrap();
        format!("{}67108864{}", &text[..at], &text[end..]).into_bytes()
    });
    assert_eq!(
        load_err(&announced, "strings.xlsx"),
        "strings.xlsx: part xl/sharedStrings.xml announces 67,108,864 shared strings, more than the 8,388,608 the app reads"
    );
}

#[test]
fn shared_strings_and_filled_cells_are_counted_against_their_limits() {
    let bytes = workbook(|sheet| {
        for row in 2..6 {
            sheet
                .write_string(row, 0, format!("Project {row}"))
                .unwrap();
        }
    });
    let few_strings = Limits {
        shared_strings: 3,
        ..Limits::STANDARD
    };
    let error = read_workbook_within(&bytes, "s.xlsx", None, &few_strings).unwrap_err();
    assert_eq!(
        error.to_string(),
        "s.xlsx: part xl/sharedStrings.xml announces 7 shared strings, more than the 3 the app reads"
    );
    // Without the announcement, the strings themselves are counted.
    let unannounced = rezip(
        &bytes,
        replace_in("xl/sharedStrings.xml", " uniqueCount=\"7\"", String::new()),
    );
    let error = read_workbook_within(&unannounced, "s.xlsx", None, &few_strings).unwrap_err();
    assert_eq!(
        error.to_string(),
        "s.xlsx: part xl/sharedStrings.xml holds more than 3 shared strings, the most the app reads"
    );
    let few_cells = Limits {
        table_cells: 5,
        ..Limits::STANDARD
    };
    let error = read_workbook_within(&bytes, "c.xlsx", None, &few_cells).unwrap_err();
    assert_eq!(
        error.to_string(),
        "c.xlsx: sheet \"Sheet1\": the sheet has more than 5 filled cells, the most the app reads"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// XLS and ODS: read whole by the library, so bounded before it opens them
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn an_xls_loads_and_its_unbounded_grids_and_chains_are_refused_first() {
    let loaded = load_ok(&hostile("small_table.xls"), "small_table.xls");
    assert_eq!(names(&loaded), ["Harbour Tower"]);
    assert_eq!(loaded.table.contracted_usd_m, [12.5]);
    // A stray cell at row 65,536 and column 65,536: the library would build 4 billion cells.
    let error = load_err(&hostile("stray_cell_far_corner.xls"), "stray.xls");
    assert!(
        error.starts_with("stray.xls: sheet \"Data\": cell CRXP65536 is far outside the table (the sheet starts at A1): reading up to it makes 65,536 rows × 65,536 columns, more than the 16,777,216 cells the app reads from an XLS workbook"),
        "{error}"
    );
    // A Dimensions record of four billion rows: the library would reserve room for them.
    let error = load_err(&hostile("dimensions_four_billion_rows.xls"), "dims.xls");
    assert!(
        error.starts_with(
            "dims.xls: sheet \"Data\" declares rows 1 to 4294967295 and columns 1 to 2"
        ),
        "{error}"
    );
    // A directory sector chained to itself: the library would follow it until memory ran out.
    assert_eq!(
        load_err(&hostile("sector_chain_loop.xls"), "loop.xls"),
        "loop.xls: the workbook is damaged: a chain of its sectors loops; open it in Excel, save it again and retry"
    );
}

/// An OpenDocument spreadsheet whose one sheet holds `rows` (table:table-row elements).
fn ods(rows: &str) -> Vec<u8> {
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Data\">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/></manifest:manifest>";
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    for (name, text) in [
        ("content.xml", content.as_str()),
        ("META-INF/manifest.xml", manifest),
    ] {
        out.start_file(name, SimpleFileOptions::default()).unwrap();
        out.write_all(text.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn text_cell(text: &str) -> String {
    format!(
        "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
    )
}

#[test]
fn an_ods_loads_and_one_that_would_build_a_huge_grid_is_refused() {
    let header = format!(
        "<table:table-row>{}{}</table:table-row>",
        text_cell("name"),
        text_cell("contracted_usd_m")
    );
    let row = format!(
        "<table:table-row>{}<table:table-cell office:value-type=\"float\" office:value=\"12.5\"><text:p>12.5</text:p></table:table-cell></table:table-row>",
        text_cell("Harbour Tower")
    );
    // LibreOffice ends each sheet with a million empty rows of empty cells: the library builds nothing for them.
    let tail = "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";
    let loaded = load_ok(&ods(&format!("{header}{row}{tail}")), "plain.ods");
    assert_eq!(names(&loaded), ["Harbour Tower"]);
    // 2,000 repeated rows of 16,384 repeated values: 32 million cells, twice (values and formulas).
    let wide = "<table:table-row table:number-rows-repeated=\"2000\"><table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>";
    let bytes = ods(&format!("{header}{row}{wide}"));
    assert!(bytes.len() < 4096, "{} bytes", bytes.len());
    let error = load_err(&bytes, "grid.ods");
    assert!(
        error.starts_with("grid.ods: part content.xml makes sheets of more than 16,777,216 cells, the most the app reads from an OpenDocument workbook"),
        "{error}"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// A panic inside the spreadsheet library
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn a_panic_inside_the_spreadsheet_library_is_a_located_message() {
    let error = load_err(&hostile("short_record.xls"), "short_record.xls");
    assert!(
        error.starts_with(
            "short_record.xls: the workbook is damaged and could not be read (the spreadsheet reader stopped: index out of bounds"
        ),
        "{error}"
    );
}

#[test]
fn a_panic_inside_the_spreadsheet_library_prints_nothing() {
    // The command line runs in its own process, so its standard error holds exactly what the user would see.
    let path = fixture("hostile", "short_record.xls");
    let output = Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .arg("inspect")
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("short_record.xls: the workbook is damaged and could not be read"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
}

// ---------------------------------------------------------------------------------------------------------------
// Text saved as .xls
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn a_tab_separated_download_saved_as_xls_is_read_as_text() {
    // Old code: "this is not a spreadsheet; expected an Excel workbook".
    let bytes = hostile("bank_download.xls");
    let detected = inspect(&bytes, "bank_download.xls", &OpenOptions::default()).unwrap();
    assert_eq!(detected.format, FileFormat::Delimited);
    assert_eq!(detected.dialect.unwrap().delimiter, b'\t');
    let loaded = load_ok(&bytes, "bank_download.xls");
    assert_eq!(names(&loaded), ["Harbour Tower", "Riverside Logistics"]);
    assert_eq!(loaded.table.contracted_usd_m, [12.5, 3.0]);
    assert_eq!(loaded.table.year, [Some(2015), Some(2016)]);
}

#[test]
fn a_web_page_saved_as_xls_says_what_it_is() {
    assert_eq!(
        load_err(&hostile("web_page.xls"), "web_page.xls"),
        "web_page.xls: this is a web page (an HTML table) saved under a spreadsheet's name, as bank and ERP downloads often are; open it in Excel and save it as .xlsx or CSV"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// JSON whose rows each bring a key of their own
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn json_rows_with_keys_of_their_own_are_refused_naming_the_limit_and_the_key() {
    // Old code: 83 s and 4.2 GB for this 587 KB file (every row padded to every key).
    let rows: Vec<String> = (0..40_000).map(|i| format!("{{\"k{i}\": 1}}")).collect();
    let text = format!("[\n{}\n]", rows.join(",\n"));
    assert!(text.len() > 500_000);
    assert_eq!(
        load_err(text.as_bytes(), "keys.json"),
        "keys.json, line 5794: with row 5,793 the table would be 5,794 rows × 5,793 columns, more than the 33,554,432 cells the app reads; most rows bring keys of their own (the newest, \"k5792\", first appears in row 5,793): expected objects that share their keys, one per project"
    );
    // One row with more keys than a sheet has columns.
    let keys: Vec<String> = (0..16_385).map(|i| format!("\"k{i}\": 1")).collect();
    let wide = format!("[{{{}}}]", keys.join(", "));
    assert_eq!(
        load_err(wide.as_bytes(), "wide.json"),
        "wide.json, line 1: row 1 brings the key \"k16384\", one more than the 16,384 distinct keys (columns) the app reads; expected objects that share their keys, one per project"
    );
}

#[test]
fn json_rows_that_share_their_keys_mostly_load_under_the_union() {
    let text = "[{\"name\": \"A\", \"contracted_usd_m\": 1},\n {\"name\": \"B\", \"note\": \"x\"},\n {\"contracted_usd_m\": 3, \"name\": \"C\"}]";
    let loaded = load_ok(text.as_bytes(), "rows.json");
    assert_eq!(names(&loaded), ["A", "B", "C"]);
    assert_eq!(
        loaded.detected.headers,
        ["name", "contracted_usd_m", "note"]
    );
}

// ---------------------------------------------------------------------------------------------------------------
// An unnamed last column in a CSV header
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn a_csv_whose_header_ends_in_an_unnamed_column_keeps_every_row() {
    // Old code: the row that filled the notes column was skipped and the total was 17, not 20.
    let loaded = load_ok(&hostile("empty_header_name.csv"), "empty_header_name.csv");
    assert_eq!(
        names(&loaded),
        ["Harbour Tower", "Riverside Logistics", "Hill Park"]
    );
    assert_eq!(loaded.report.rows_skipped, 0);
    assert_eq!(loaded.table.contracted_usd_m.iter().sum::<f64>(), 20.0);
    assert_eq!(
        loaded.detected.headers,
        ["name", "contracted_usd_m", "Column 3"]
    );
    let notes = &loaded.table.extra[0];
    assert_eq!(notes.name, "Column 3");
    let values: Vec<&str> = (0..3).map(|row| notes.values.get(row)).collect();
    assert_eq!(values, ["", "signed late", ""]);
}

// ---------------------------------------------------------------------------------------------------------------
// Formula-like text through an export and back
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn formula_like_text_survives_a_csv_export_and_reload() {
    let originals = [
        "=HYPERLINK(\"http://x\")",
        "-5 Tower",
        "+86 23 6888",
        "@risk",
        "'quoted'",
        "Plain",
    ];
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.csv");
    let mut csv = String::from("name,contracted_usd_m\n");
    for (i, name) in originals.iter().enumerate() {
        csv.push_str(&format!("\"{}\",{}\n", name.replace('"', "\"\""), i + 1));
    }
    std::fs::write(&source, csv).unwrap();
    let dataset = Dataset::open(&source, &OpenOptions::default(), &Progress::default()).unwrap();
    let rows: Vec<u32> = (0..originals.len() as u32).collect();
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        dataset: &dataset,
        rows: &rows,
        columns: &columns,
        filter: &Filter::default(),
        sort: &[],
    };
    let written = dir.path().join("export.csv");
    export_rows_to_file(&export, &written).unwrap();
    let text = std::fs::read_to_string(&written).unwrap();
    // The export neutralises what a spreadsheet would run…
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(text.contains("'@risk"), "{text}");
    // …and the loader takes exactly that apostrophe off again.
    let reopened = Dataset::open(&written, &OpenOptions::default(), &Progress::default()).unwrap();
    let names: Vec<&str> = (0..reopened.projects.len())
        .map(|row| reopened.projects.name.get(row))
        .collect();
    assert_eq!(names, originals);
}

#[test]
fn formula_like_header_names_survive_a_csv_export_and_reload() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.csv");
    std::fs::write(
        &source,
        "name,contracted_usd_m,\"=HYPERLINK(\"\"http://x\"\")\"\nHarbour Tower,12.5,note\n",
    )
    .unwrap();
    let dataset = Dataset::open(&source, &OpenOptions::default(), &Progress::default()).unwrap();
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let export = RowExport {
        dataset: &dataset,
        rows: &[0],
        columns: &columns,
        filter: &Filter::default(),
        sort: &[],
        names: invest_explorer::query::Names::Real,
    };
    let written = dir.path().join("export.csv");
    export_rows_to_file(&export, &written).unwrap();
    let text = std::fs::read_to_string(&written).unwrap();
    let header = text.lines().next().unwrap();
    assert!(header.contains("'=HYPERLINK"), "{header}");
    let reopened = Dataset::open(&written, &OpenOptions::default(), &Progress::default()).unwrap();
    let extra: Vec<&str> = reopened
        .projects
        .extra
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert!(extra.contains(&"=HYPERLINK(\"http://x\")"), "{extra:?}");
}

/// The real binary, as a user runs it.
fn run_cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn summary_csv_neutralises_group_keys_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("statuses.csv");
    std::fs::write(
        &source,
        "name,status,contracted_usd_m\nA,\"=HYPERLINK(\"\"http://x\"\")\",10\nB,@SUM(1),5\nC,Operating,2.5\n",
    )
    .unwrap();
    let output = run_cli(&[
        "summary",
        source.to_str().unwrap(),
        "--by",
        "status",
        "--format",
        "csv",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\")\",1,"),
        "{text}"
    );
    assert!(text.contains("'@SUM(1),1,"), "{text}");
    assert!(
        text.contains("Operating,1,2.5,"),
        "numbers stay numbers: {text}"
    );
}

#[test]
fn a_bound_that_no_amount_can_meet_is_a_usage_error() {
    for bound in ["NaN", "1e999", "-inf", "twelve"] {
        let output = run_cli(&["summary", &format!("--min-usd-m={bound}")]);
        assert_eq!(output.status.code(), Some(2), "--min-usd-m {bound}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains(bound), "{message}");
        let output = run_cli(&[
            "export",
            &format!("--max-usd-m={bound}"),
            "--out",
            "never.csv",
        ]);
        assert_eq!(output.status.code(), Some(2), "--max-usd-m {bound}");
    }
    let dir = tempfile::tempdir().unwrap();
    let view = dir.path().join("nan.ron");
    std::fs::write(&view, "(filter:(min_usd_m:Some(NaN)))").unwrap();
    let output = run_cli(&["summary", "--view", view.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    // The view's old `min_usd_m` now loads as `min_amount_m` (in USD): the refusal names the bound.
    assert!(String::from_utf8_lossy(&output.stderr).contains("min_amount_m"));
}

#[cfg(unix)]
#[test]
fn generate_follows_no_planted_symlink_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    // The names the old writer used, and the target itself, planted as links to the victim.
    for name in [".projects.csv.tmp", ".sectors.ron.tmp", "rates.ron"] {
        std::os::unix::fs::symlink(&victim, out.join(name)).unwrap();
    }
    let output = run_cli(&["generate", "--rows", "50", "--out", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    let rates = std::fs::symlink_metadata(out.join("rates.ron")).unwrap();
    assert!(
        rates.is_file(),
        "the link was replaced by the file, not followed"
    );
    let parts = std::fs::read_dir(&out)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".part")
        })
        .count();
    assert_eq!(parts, 0);
}

#[test]
fn an_export_clears_stale_parts_a_killed_export_left() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(".invest-explorer-Ab12Cd.part");
    let fresh = dir.path().join(".invest-explorer-Ef34Gh.part");
    for path in [&stale, &fresh] {
        std::fs::write(path, vec![b'x'; 4096]).unwrap();
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    let target = dir.path().join("rows.csv");
    let output = run_cli(&[
        "export",
        "--sector",
        "Finance",
        "--out",
        target.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!stale.exists(), "an hour-old part is a killed export's");
    assert!(
        fresh.exists(),
        "a young part may be another export in progress"
    );
}

#[test]
fn a_full_disk_names_the_file_and_the_reason() {
    /// A disk with no room left.
    struct Full;
    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "No space left on device",
            ))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let dataset = Dataset::embedded().unwrap();
    let rows: Vec<u32> = (0..dataset.projects.len() as u32).collect();
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let export = RowExport {
        dataset: &dataset,
        rows: &rows,
        columns: &columns,
        filter: &Filter::default(),
        sort: &[],
        names: invest_explorer::query::Names::Real,
    };
    for format in [RowFormat::Csv, RowFormat::Tsv, RowFormat::Json] {
        let message = export.write(format, Full).unwrap_err().to_string();
        assert!(
            message.contains("No space left on device"),
            "{format:?}: {message}"
        );
        assert!(!message.contains("cannot encode"), "{format:?}: {message}");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Every fixture, mutated
// ---------------------------------------------------------------------------------------------------------------

/// Every fixture: the committed ones and workbooks, an ODS and exports made here.
static FIXTURES: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| {
    let mut all = Vec::new();
    for folder in ["open", "hostile"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(folder);
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e != "md"))
            .collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            all.push((name, std::fs::read(&path).unwrap()));
        }
    }
    all.push((
        "built.xlsx".into(),
        workbook(|sheet| {
            sheet.write_string(1_048_575, 16_383, "x").unwrap();
        }),
    ));
    let header = format!(
        "<table:table-row>{}{}</table:table-row>",
        text_cell("name"),
        text_cell("contracted_usd_m")
    );
    all.push((
        "built.ods".into(),
        ods(&format!(
            "{header}<table:table-row>{}{}</table:table-row>",
            text_cell("A"),
            text_cell("1")
        )),
    ));
    all.push(("rows.json".into(), br#"{"meta": {"title": "x"}, "rows": [{"name": "A", "contracted_usd_m": 1.5}, {"name": "B", "contracted_usd_m": 2}]}"#.to_vec()));
    all.push(("rows.ron".into(), br#"(meta: (title: "x"), rows: [{"name": "A", "contracted_usd_m": 1.5}, {"name": "B", "contracted_usd_m": 2}])"#.to_vec()));
    all
});

/// How a fixture is damaged.
#[derive(Clone, Copy, Debug)]
enum Mutation {
    /// Cut at this share of the length (in thousandths).
    Truncate(u16),
    /// One byte replaced.
    Flip(u16, u8),
    /// A quote inserted.
    Quote(u16),
}

fn mutated(bytes: &[u8], mutation: Mutation) -> Vec<u8> {
    let at = |share: u16| bytes.len() * usize::from(share) / 1000;
    let mut out = bytes.to_vec();
    match mutation {
        Mutation::Truncate(share) => out.truncate(at(share)),
        Mutation::Flip(share, byte) => {
            if let Some(b) = out.get_mut(at(share)) {
                *b = byte;
            }
        }
        Mutation::Quote(share) => out.insert(at(share).min(out.len()), b'"'),
    }
    out
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0u16..1000).prop_map(Mutation::Truncate),
        (0u16..1000, any::<u8>()).prop_map(|(at, byte)| Mutation::Flip(at, byte)),
        (0u16..1000).prop_map(Mutation::Quote),
    ]
}

proptest! {
    // Each case loads every fixture five times; a couple of dozen cases run in seconds in a debug build.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn mutated_fixtures_give_rows_or_a_located_error(mutation in mutation()) {
        for (own_name, bytes) in FIXTURES.iter() {
            let damaged = mutated(bytes, mutation);
            // Under its own name, and under each other loader's.
            for name in [own_name.as_str(), "as.csv", "as.xlsx", "as.json", "as.ron"] {
                for result in [
                    load(&damaged, name).map(|loaded| loaded.table.len()),
                    inspect(&damaged, name, &OpenOptions::default()).map(|_| 1),
                ] {
                    match result {
                        Ok(rows) => prop_assert!(rows > 0, "{own_name} as {name}: no rows"),
                        Err(error) => {
                            prop_assert_eq!(error.path(), name);
                            let text = error.to_string();
                            prop_assert!(text.starts_with(name), "{own_name} as {name}: {text}");
                            prop_assert!(text.len() > name.len() + 10, "{own_name} as {name}: {text}");
                        }
                    }
                }
            }
        }
    }
}
