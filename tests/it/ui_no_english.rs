//! No English left in 简体中文 or 繁體中文: the window on a file with bad rows, every tab, the data-quality
//! window and Help ▸ About the data, read through the accessibility tree (every label and value a screen reader
//! — and a client — sees). English words are allowed only when they are codes (USD, CSV…), the file's name, or
//! the consultant's own data (project and investor names, the file's headers) and the sources the About dialog
//! quotes as published.
//!
//! `tests/it/i18n_allow.txt` only sees string literals in `src/ui`; this sees what reaches the screen from
//! helpers too (`Display` impls, titles, `format!` in `query` and `model`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use invest_explorer::app::ExplorerApp;
use invest_explorer::command::Command;
use invest_explorer::i18n::Lang;
use invest_explorer::model::Dataset;
use invest_explorer::model::load::open::{OpenOptions, Progress};
use invest_explorer::query::Tab;
use invest_explorer::state::AppState;

use crate::common::{StubDialogs, harness_for, platform, settle};
use crate::i18n::{ALLOWED_WORDS, english_words};

/// Codes the window shows in every language, beyond the catalogue's own list: line endings, an encoding, the
/// keys printed on a keyboard, and the map's boundary package and licence (a name and an SPDX id, cited as is).
const CODES: [&str; 12] = [
    "LF", "CRLF", "UTF", "Shift", "Ctrl", "npm", "echarts", "china", "cities", "js", "MIT", "jaska",
];

/// egui's own accessibility labels for its window frame and panel handles (English inside egui, not our text).
fn is_eguis_own(text: &str) -> bool {
    ["Resize panel", "Close window", "Hide"].contains(&text) || text.starts_with("Resize window ")
}

/// The embedded data as a consultant's CSV with a ragged row, an unreadable year and an unknown sector.
fn file_with_bad_rows(dir: &Path) -> PathBuf {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/projects.csv")).unwrap();
    let mut lines: Vec<String> = text.lines().take(400).map(str::to_owned).collect();
    lines[4].push_str(",one too many");
    let year = |line: &mut String, value: &str| {
        let mut cells: Vec<&str> = line.split(',').collect();
        cells[7] = value;
        *line = cells.join(",");
    };
    year(&mut lines[5], "明年");
    let mut cells: Vec<String> = lines[6].split(',').map(str::to_owned).collect();
    cells[4] = "新兴产业".into();
    lines[6] = cells.join(",");
    let path = dir.join("客户项目.csv");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

/// Every label and value of every widget in the window but text boxes (what the user typed).
fn visible_texts(harness: &Harness<'_, ExplorerApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter(|node| node.accesskit_node().role() != Role::TextInput)
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

/// Words the window may show as they are: the user's own data and the sources quoted as published.
fn data_words(dataset: &Dataset) -> BTreeSet<String> {
    let table = &dataset.projects;
    let mut texts: Vec<String> = (0..table.len())
        .flat_map(|row| {
            [
                table.id.get(row),
                table.name.get(row),
                table.investor.get(row),
            ]
        })
        .map(str::to_owned)
        .collect();
    if let Some(detected) = &dataset.detected {
        texts.extend(detected.headers.iter().cloned());
    }
    let reference = &dataset.reference;
    let rates = &reference.rates;
    texts.extend([
        rates.series.clone(),
        rates.source.clone(),
        rates.hkd.series.clone(),
        rates.hkd.source.clone(),
    ]);
    for project in &reference.reference_projects {
        texts.extend([
            project.name.clone(),
            project.investor.clone(),
            project.district.clone(),
            project.year.clone(),
            project.facts.clone(),
            project.source.clone(),
        ]);
    }
    texts
        .iter()
        .flat_map(|text| english_words(text).map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// Whether `text` names an English money unit ("USD m", "CNY bn"): the one-letter "m" is no word to the scan,
/// but a Chinese reader counts in 万 and 亿.
fn has_english_unit(text: &str) -> bool {
    ["USD", "CNY", "HKD"].iter().any(|code| {
        text.match_indices(code).any(|(at, _)| {
            // Past the amount, if any: "USD m", "USD 12.5 m", "USD 1.78–3.16 m".
            let rest = text[at + code.len()..]
                .trim_start_matches(|c: char| c == ' ' || c.is_ascii_digit() || ",.–".contains(c));
            let unit = rest.split(|c: char| !c.is_ascii_alphabetic()).next();
            matches!(unit, Some("m" | "bn"))
        })
    })
}

/// The English words on screen that are none of the allowed ones, with the text they are in.
fn english_left(harness: &Harness<'_, ExplorerApp>, allowed: &BTreeSet<String>) -> Vec<String> {
    let mut left: Vec<String> = visible_texts(harness)
        .into_iter()
        .filter(|text| !is_eguis_own(text))
        .filter(|text| {
            let code = |word: &str| ALLOWED_WORDS.contains(&word) || CODES.contains(&word);
            // Our own text (no word but codes in it) names no English unit; a source quoted as published may.
            let ours = english_words(text).all(code);
            (ours && has_english_unit(text))
                || english_words(text).any(|word| !code(word) && !allowed.contains(word))
        })
        .collect();
    left.sort();
    left.dedup();
    left
}

#[test]
fn every_tab_the_quality_window_and_the_about_dialog_have_no_english_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_with_bad_rows(dir.path());
    let dataset = Dataset::open(&path, &OpenOptions::default(), &Progress::default()).unwrap();
    assert!(dataset.quality.rows_skipped == 1 && !dataset.quality.is_clean());
    let mut allowed = data_words(&dataset);
    allowed.extend(english_words(&path.display().to_string()).map(str::to_owned));
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        let state = AppState {
            lang,
            ..AppState::default()
        };
        let app = ExplorerApp::with_platform(
            dataset.clone(),
            state,
            platform(Arc::new(StubDialogs::default())),
        );
        let mut harness = harness_for(app);
        settle(&mut harness);
        let mut found = Vec::new();
        for tab in Tab::ALL {
            harness.state_mut().commands.push(Command::SetTab(tab));
            settle(&mut harness);
            found.extend(
                english_left(&harness, &allowed)
                    .into_iter()
                    .map(|t| format!("{tab:?}: {t}")),
            );
        }
        harness
            .state_mut()
            .commands
            .push(Command::SetTab(Tab::Table));
        harness
            .state_mut()
            .commands
            .push(Command::ShowQuality(true));
        settle(&mut harness);
        // The quality window is open and names the skipped row in the reader's words.
        let skipped = match lang {
            Lang::ZhHant => "略過第 5 行",
            _ => "跳过第 5 行",
        };
        harness.get_by_label_contains(skipped);
        found.extend(
            english_left(&harness, &allowed)
                .into_iter()
                .map(|t| format!("quality: {t}")),
        );
        harness
            .state_mut()
            .commands
            .push(Command::ShowQuality(false));
        harness.state_mut().commands.push(Command::ShowAbout(true));
        settle(&mut harness);
        harness.get_by_label(match lang {
            Lang::ZhHant => "在渝港資項目",
            _ => "在渝港资项目",
        });
        found.extend(
            english_left(&harness, &allowed)
                .into_iter()
                .map(|t| format!("about: {t}")),
        );
        assert!(
            found.is_empty(),
            "{lang}: English left:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn an_english_money_unit_is_english_left() {
    for text in [
        "合同外資（USD m）",
        "USD 12.5 m",
        "USD 1.78–3.16 m",
        "合计 CNY 70.4 bn",
    ] {
        assert!(has_english_unit(text), "{text}");
    }
    for text in ["美元（USD）", "704 亿美元", "USD", "按 USD 计"] {
        assert!(!has_english_unit(text), "{text}");
    }
}

/// The amounts a Chinese reader sees are in the unit their header names: 万美元 columns hold 万 (the whole
/// sample's USD 70,400 m is 7,040,000 万美元), and the Opportunities ranking names its unit in Chinese too.
#[test]
fn chinese_amounts_are_in_the_unit_their_header_names() {
    for (lang, ranking_header) in [
        (Lang::ZhHans, "合同外资（万美元）"),
        (Lang::ZhHant, "合同外資（萬美元）"),
    ] {
        let state = AppState {
            lang,
            ..AppState::default()
        };
        let app = ExplorerApp::with_platform(
            Dataset::embedded().unwrap(),
            state,
            platform(Arc::new(StubDialogs::default())),
        );
        let mut harness = harness_for(app);
        settle(&mut harness);
        harness
            .state_mut()
            .commands
            .push(Command::SetTab(Tab::Breakdown));
        settle(&mut harness);
        // The Total row of the breakdown: all 3,530 projects.
        assert!(
            !harness
                .query_all_by_label("7,040,000")
                .collect::<Vec<_>>()
                .is_empty(),
            "{lang}: no total of 7,040,000 万美元 in the breakdown"
        );
        harness
            .state_mut()
            .commands
            .push(Command::SetTab(Tab::Opportunities));
        settle(&mut harness);
        assert!(
            harness.query_all_by_label(ranking_header).next().is_some(),
            "{lang}: no ranking header {ranking_header}"
        );
    }
}

/// The notice after exporting the Opportunities ranking speaks the reader's language.
#[test]
fn the_ranking_export_notice_is_in_chinese() {
    use invest_explorer::command::ExportKind;
    use invest_explorer::export::TableFormat;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("排名.csv");
    let dialogs = Arc::new(StubDialogs::default());
    *dialogs.save.lock().unwrap() = Some(path.clone());
    let state = AppState {
        lang: Lang::ZhHant,
        ..AppState::default()
    };
    let app = ExplorerApp::with_platform(Dataset::embedded().unwrap(), state, platform(dialogs));
    let mut harness = harness_for(app);
    settle(&mut harness);
    harness
        .state_mut()
        .commands
        .push(Command::SetTab(Tab::Opportunities));
    settle(&mut harness);
    harness
        .state_mut()
        .commands
        .push(Command::Export(ExportKind::Ranking(TableFormat::Csv)));
    settle(&mut harness);
    assert!(path.exists(), "no ranking written");
    harness.get_by_label_contains("組的排名（顯示 3,530 個項目");
}
