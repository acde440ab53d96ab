//! The PDF brief and deck, read back with a real PDF reader (poppler's `pdfinfo` and `pdftotext`, installed by
//! `.ci/run`): page count, page size, the title, "N of M projects", "synthetic sample", Chinese text, and no real
//! name while client-safe is on. Also the CLI commands and the client-safe row exports.

use std::path::Path;
use std::process::{Command, Output};

use invest_explorer::export::pdf::{PdfOptions, write_brief, write_deck};
use invest_explorer::export::{RowExport, RowFormat, write_atomically};
use invest_explorer::i18n::Lang;
use invest_explorer::model::{ColumnId, Dataset};
use invest_explorer::query::story::{Slide, Story};
use invest_explorer::query::{ClientSafe, Names, Pseudonyms, View};

use crate::common::{leaked_names, real_names};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .args(args)
        .output()
        .unwrap()
}

fn poppler(tool: &str, path: &Path) -> String {
    let output = Command::new(tool)
        .arg(path)
        .args(if tool == "pdftotext" {
            vec!["-layout", "-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (apt-get install poppler-utils): {e}"));
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// (pages, width × height in points) from `pdfinfo`.
fn pages_and_size(path: &Path) -> (usize, String) {
    let info = poppler("pdfinfo", path);
    let field = |name: &str| {
        info.lines()
            .find_map(|line| line.strip_prefix(name))
            .map(|rest| rest.trim().to_owned())
            .unwrap_or_else(|| panic!("no {name} in {info}"))
    };
    (field("Pages:").parse().unwrap(), field("Page size:"))
}

/// The text of the first page (pdftotext ends every page with a form feed).
fn first_page(text: &str) -> String {
    text.split('\u{c}').next().unwrap_or_default().to_owned()
}

/// The text of the second page.
fn second_page(text: &str) -> String {
    text.split('\u{c}').nth(1).unwrap_or_default().to_owned()
}

fn brief(dataset: &Dataset, view: &View, names: Names<'_>, options: &PdfOptions) -> Vec<u8> {
    let mut bytes = Vec::new();
    write_brief(dataset, view, names, options, &mut bytes).unwrap();
    bytes
}

#[test]
fn the_brief_is_a4_landscape_and_its_first_page_says_what_it_shows() {
    let dataset = Dataset::embedded().unwrap();
    let mut view = View::default();
    view.filter.sectors.insert("Finance".into());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.pdf");
    let options = PdfOptions::new(Lang::En, &ClientSafe::default());
    std::fs::write(&path, brief(&dataset, &view, Names::Real, &options)).unwrap();
    let (pages, size) = pages_and_size(&path);
    assert_eq!(pages, 2, "the overview, then where the opportunities are");
    assert!(size.starts_with("841.89 x 595.28"), "{size}");
    let text = first_page(&poppler("pdftotext", &path));
    assert!(
        text.contains("Hong Kong-invested projects in Chongqing"),
        "{text}"
    );
    let selected = invest_explorer::query::select(&dataset, &view.filter).len();
    assert!(
        text.contains(&format!(
            "{} of 3,530 projects",
            invest_explorer::format::count(selected)
        )),
        "{text}"
    );
    assert!(text.contains("synthetic sample"), "{text}");
    assert!(text.contains("Finance"), "the filters in words: {text}");
    assert!(
        text.contains("Top 10 projects by contracted amount"),
        "{text}"
    );
    // Text is real text: the largest project's name can be found and copied.
    let page = invest_explorer::export::pdf::PageContent::new(
        &dataset,
        &view,
        "",
        "",
        Names::Real,
        Lang::En,
    );
    let top_name: String = page.top.rows[0][0].chars().take(12).collect();
    assert!(text.contains(&top_name), "{top_name} in {text}");
}

#[test]
fn the_briefs_second_page_is_where_the_opportunities_are() {
    use invest_explorer::query::score::{self, ScoreBy, ScoreOptions};
    let dataset = Dataset::embedded().unwrap();
    let mut view = View::default();
    view.score.by = ScoreBy::District;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.pdf");
    let options = PdfOptions::new(Lang::En, &ClientSafe::default());
    std::fs::write(&path, brief(&dataset, &view, Names::Real, &options)).unwrap();
    let text = second_page(&poppler("pdftotext", &path));
    assert!(text.contains("Where the opportunities are"), "{text}");
    assert!(
        text.contains("Top 10 of 38 districts by opportunity score"),
        "{text}"
    );
    assert!(text.contains("illustrative: synthetic sample"), "{text}");
    assert!(text.contains("Weights: Scale 1 · Momentum 2"), "{text}");
    // The best district, with its score and its first reason, exactly as the engine ranks it.
    let rows: Vec<u32> = (0..dataset.projects.len() as u32).collect();
    let options_by_district = ScoreOptions {
        by: ScoreBy::District,
        ..ScoreOptions::default()
    };
    let scores = score::score(&dataset, &rows, &options_by_district).unwrap();
    let top = &scores.groups[0];
    let line = text
        .lines()
        .find(|line| line.trim_start().starts_with("1 "))
        .unwrap_or_else(|| panic!("no first row in {text}"));
    assert!(line.contains(&top.key[0]), "{line}");
    assert!(
        line.contains(&format!("{:.1}", top.score.unwrap())),
        "{line}"
    );
    let reason: String = score::why_text(&top.why[0]).chars().take(30).collect();
    assert!(text.contains(&reason), "{reason} in {text}");
    // The first page is the overview as before.
    assert!(first_page(&poppler("pdftotext", &path)).contains("Top 10 projects"));

    // Nothing selected: one page, no ranking of nothing.
    view.filter.search = "no project is called this".into();
    std::fs::write(&path, brief(&dataset, &view, Names::Real, &options)).unwrap();
    assert_eq!(pages_and_size(&path).0, 1);
}

#[test]
fn client_safe_leaves_no_real_name_in_the_brief_and_prints_the_watermark() {
    let dataset = Dataset::embedded().unwrap();
    let view = View::default();
    let pseudonyms = Pseudonyms::new(&dataset.projects);
    let client_safe = ClientSafe {
        prepared_for: "Acme Capital".into(),
        ..ClientSafe::on()
    };
    let options = PdfOptions::new(Lang::En, &client_safe);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("safe.pdf");
    let bytes = brief(
        &dataset,
        &view,
        client_safe.names(&pseudonyms, Lang::En),
        &options,
    );
    std::fs::write(&path, bytes).unwrap();
    let text = poppler("pdftotext", &path);
    assert!(
        text.contains("Confidential — prepared for Acme Capital"),
        "{text}"
    );
    assert!(text.contains("Project "), "{text}");
    let leaked = leaked_names(&[&text], &real_names(&dataset));
    assert!(
        leaked.is_empty(),
        "real names in the client-safe PDF: {leaked:?}"
    );
}

#[test]
fn the_deck_has_one_16_by_9_page_per_slide_and_renders_chinese() {
    let dataset = Dataset::embedded().unwrap();
    let slide = |title: &str, sector: Option<&str>| {
        let mut view = View::default();
        if let Some(sector) = sector {
            view.filter.sectors.insert(sector.into());
        }
        Slide {
            title: title.into(),
            caption: "What the client asked about".into(),
            view,
        }
    };
    let story = Story {
        title: "Client meeting".into(),
        slides: vec![
            slide("Everything", None),
            slide("Finance", Some("Finance")),
            slide("两江新区 overview", None),
        ],
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deck.pdf");
    let mut bytes = Vec::new();
    let options = PdfOptions::new(Lang::ZhHans, &ClientSafe::default());
    write_deck(&dataset, &story, Names::Real, &options, &mut bytes).unwrap();
    std::fs::write(&path, bytes).unwrap();
    let (pages, size) = pages_and_size(&path);
    assert_eq!(pages, 3);
    assert!(size.starts_with("960 x 540"), "{size}");
    let text = poppler("pdftotext", &path);
    assert!(text.contains("两江新区 overview"), "{text}");
    assert!(text.contains("合同外资"), "Chinese key figures: {text}");
    assert!(text.contains("3 / 3"), "{text}");
}

#[test]
fn a_failed_pdf_write_leaves_the_old_file_and_no_temp_file() {
    let dataset = Dataset::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.pdf");
    std::fs::write(&path, "the brief sent last week").unwrap();
    let options = PdfOptions::new(Lang::En, &ClientSafe::default());
    let result = write_atomically(&path, |out| {
        write_brief(&dataset, &View::default(), Names::Real, &options, out)?;
        Err(invest_explorer::export::ExportError::Encode(
            "disk full".into(),
        ))
    });
    assert!(result.is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "the brief sent last week"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left"
    );
}

#[test]
fn client_safe_row_exports_carry_pseudonyms_only() {
    let dataset = Dataset::embedded().unwrap();
    let pseudonyms = Pseudonyms::new(&dataset.projects);
    let rows: Vec<u32> = (0..dataset.projects.len() as u32).collect();
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let names = real_names(&dataset);
    for format in [
        RowFormat::Csv,
        RowFormat::Json,
        RowFormat::Ron,
        RowFormat::Tsv,
    ] {
        let export = RowExport {
            dataset: &dataset,
            rows: &rows,
            columns: &columns,
            filter: &Default::default(),
            sort: &[],
            names: Names::Pseudonyms(&pseudonyms, Lang::En),
        };
        let mut bytes = Vec::new();
        export.write(format, &mut bytes).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("Investor "), "{format:?}");
        let leaked = leaked_names(&[&text], &names);
        assert!(leaked.is_empty(), "{format:?} has real names: {leaked:?}");
    }
    // The workbook is zipped: read it back with the loader, as a user's Excel would show it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("safe.xlsx");
    let export = RowExport {
        dataset: &dataset,
        rows: &rows,
        columns: &columns,
        filter: &Default::default(),
        sort: &[],
        names: Names::Pseudonyms(&pseudonyms, Lang::En),
    };
    invest_explorer::export::export_rows_to_file(&export, &path).unwrap();
    let reloaded = Dataset::open(&path, &Default::default(), &Default::default()).unwrap();
    let table = &reloaded.projects;
    assert_eq!(table.len(), dataset.projects.len());
    assert!((0..table.len()).all(|row| table.name.get(row).starts_with("Project ")));
    assert!((0..table.len()).all(|row| !names.contains(&table.investor.get(row).to_owned())));
}

#[test]
fn cli_brief_and_deck_write_pdfs_and_client_safe_hides_names() {
    let dir = tempfile::tempdir().unwrap();
    let brief = dir.path().join("brief.pdf");
    let output = run(&[
        "brief",
        "--sector",
        "Finance",
        "--client-safe",
        "--prepared-for",
        "Acme",
        "--out",
        brief.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("Wrote a brief of"));
    let text = poppler("pdftotext", &brief);
    assert!(text.contains("prepared for Acme"), "{text}");
    let dataset = Dataset::embedded().unwrap();
    assert_eq!(
        leaked_names(&[&text], &real_names(&dataset)),
        Vec::<String>::new()
    );

    let story = dir.path().join("meeting.story.ron");
    std::fs::write(
        &story,
        r#"(title: "Meeting", slides: [(title: "All of it"), (title: "Finance", view: (filter: (sectors: ["Finance"])))])"#,
    )
    .unwrap();
    let deck = dir.path().join("deck.pdf");
    let output = run(&[
        "deck",
        story.to_str().unwrap(),
        "--out",
        deck.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(pages_and_size(&deck).0, 2);
    assert!(poppler("pdftotext", &deck).contains("All of it"));

    // The global --lang reaches the PDF commands (it once clashed with a --lang of their own).
    let hans = dir.path().join("brief-zh.pdf");
    let output = run(&[
        "brief",
        "--lang",
        "zh-Hans",
        "--sector",
        "Finance",
        "--out",
        hans.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = poppler("pdftotext", &hans);
    assert!(text.contains("模拟样本"), "{text}");
    // The second page in Chinese too: its heading, the note, a sector's Chinese name, the weights in words.
    let opportunities = second_page(&text);
    assert!(opportunities.contains("投资机会在哪里"), "{opportunities}");
    assert!(opportunities.contains("示意：模拟样本"), "{opportunities}");
    assert!(opportunities.contains("金融"), "{opportunities}");
    assert!(opportunities.contains("权重：规模 1"), "{opportunities}");

    let csv = dir.path().join("safe.csv");
    let output = run(&["export", "--client-safe", "--out", csv.to_str().unwrap()]);
    assert!(output.status.success());
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        leaked_names(&[&text], &real_names(&dataset)),
        Vec::<String>::new()
    );

    let bad = run(&[
        "brief",
        "--out",
        dir.path().join("brief.txt").to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(2), "not a .pdf");
}
