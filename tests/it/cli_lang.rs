//! `--lang` on the command line: the summary's headline, headers and reference names, and the exported file's
//! headers, sheet names and About sheet in 简体中文 or 繁體中文; JSON keeps its English field names and says the
//! language in `meta`.

use std::process::{Command, Output};

use calamine::{Reader, Xlsx, open_workbook};
use invest_explorer::model::Dataset;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn summary_speaks_simplified_and_traditional_chinese() {
    let dataset = Dataset::embedded().unwrap();
    let sector = &dataset.reference.sectors[0];
    let hans = stdout(&run(&["summary", "--lang", "zh-Hans"]));
    assert!(
        hans.starts_with("已选 3,530 个项目（共 3,530 个）· 合同外资 704 亿美元"),
        "{hans}"
    );
    assert!(hans.contains("筛选条件：无筛选条件"), "{hans}");
    for word in ["行业", "项目数", "合同外资（万美元）", "占比"] {
        assert!(hans.contains(word), "{word} in {hans}");
    }
    assert!(hans.contains(&sector.name_zh), "{hans}");
    assert!(
        !hans.contains("projects") && !hans.contains(&sector.name),
        "{hans}"
    );

    // The Traditional script has its own words, not converted characters.
    let hant = stdout(&run(&["summary", "--by", "district", "--lang", "zh-Hant"]));
    assert!(
        hant.starts_with("已選 3,530 個項目（共 3,530 個）· 合同外資 704 億美元"),
        "{hant}"
    );
    assert!(
        hant.contains("區縣") && hant.contains("合同外資（萬美元）"),
        "{hant}"
    );
    let yuzhong = dataset
        .reference
        .districts
        .iter()
        .find(|d| d.name_zh == "渝中区")
        .unwrap();
    assert!(hant.contains(&yuzhong.name_zh_hant), "{hant}");

    // English stays as it was.
    let en = stdout(&run(&["summary"]));
    assert!(
        en.starts_with("3,530 of 3,530 projects · USD 70.4 bn contracted"),
        "{en}"
    );
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_the_choices() {
    let output = run(&["summary", "--lang", "klingon"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("en, zh-Hans or zh-Hant"), "{stderr}");
}

#[test]
fn export_writes_headers_sheets_and_about_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("projects.csv");
    let said = stdout(&run(&[
        "export",
        "--lang",
        "zh-Hans",
        "--out",
        csv.to_str().unwrap(),
    ]));
    assert!(
        said.starts_with("已将 3,530 个项目（共 3,530 个）写入"),
        "{said}"
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    let header = text.lines().next().unwrap();
    for title in ["项目名称", "行业", "区县", "合同外资（百万美元）"] {
        assert!(header.contains(title), "{title} in {header}");
    }
    assert!(!header.contains("contracted_usd_m"), "{header}");

    let xlsx = dir.path().join("projects.xlsx");
    stdout(&run(&[
        "export",
        "--lang",
        "zh-Hant",
        "--out",
        xlsx.to_str().unwrap(),
    ]));
    let mut workbook: Xlsx<_> = open_workbook(&xlsx).unwrap();
    assert_eq!(workbook.sheet_names(), ["項目明細", "說明"]);
    let rows = workbook.worksheet_range("項目明細").unwrap();
    let first: Vec<String> = rows
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert!(
        first.contains(&"合同外資（百萬美元）".to_owned()),
        "{first:?}"
    );
    let about = workbook.worksheet_range("說明").unwrap();
    let about: Vec<String> = about.rows().map(|r| r[0].to_string()).collect();
    assert!(about.contains(&"篩選條件".to_owned()), "{about:?}");

    let json = dir.path().join("projects.json");
    stdout(&run(&[
        "export",
        "--lang",
        "zh-Hans",
        "--out",
        json.to_str().unwrap(),
    ]));
    let document: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(document["meta"]["language"], "zh-Hans");
    assert_eq!(document["meta"]["filters"], "无筛选条件");
    assert!(document["rows"][0]["contracted_usd_m"].is_number());
}

#[test]
fn score_names_its_columns_and_the_sectors_in_chinese() {
    let dataset = Dataset::embedded().unwrap();
    let hans = stdout(&run(&["score", "--by", "sector", "--lang", "zh-Hans"]));
    assert!(
        hans.starts_with("10 个行业的机会评分 · 已选 3,530 个项目"),
        "{hans}"
    );
    let header = hans.lines().find(|l| l.starts_with("  #")).unwrap();
    for title in [
        "行业",
        "项目数",
        "合同外资（百万美元）",
        "得分",
        "规模",
        "增长势头",
        "市场空白",
    ] {
        assert!(header.contains(title), "{title} in {header}");
    }
    // The factors by their names, not their `--weights` keys; the note on the synthetic data in Chinese.
    assert!(!header.contains("momentum"), "{header}");
    assert!(hans.contains("说明：示意：模拟样本"), "{hans}");
    assert!(!hans.contains("illustrative"), "{hans}");
    let named = dataset
        .reference
        .sectors
        .iter()
        .filter(|s| hans.contains(&s.name_zh))
        .count();
    assert!(named >= 5, "{hans}");
    let en = stdout(&run(&["score", "--by", "sector"]));
    assert!(
        en.starts_with("Opportunity score of 10 sectors · 3,530 of 3,530 projects"),
        "{en}"
    );
}
