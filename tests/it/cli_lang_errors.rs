//! `--lang` on what goes wrong: `inspect` of a file with bad rows, a data file's located error (exit 1) and our
//! own usage errors (exit 2, clap's parsers included) read in 简体中文 or 繁體中文 with no English sentence;
//! only codes, the file's name and its own data stay as written.

use std::collections::BTreeSet;
use std::process::{Command, Output};

use crate::i18n::{ALLOWED_WORDS, english_words};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_invest-explorer"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/open/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// English words of `text` that are neither codes nor words of the file itself (its name, headers and cells).
fn english_left(text: &str, file: &str) -> Vec<String> {
    let own: BTreeSet<&str> = english_words(file).collect();
    let contents = std::fs::read_to_string(file).unwrap_or_default();
    let data: BTreeSet<&str> = english_words(&contents).collect();
    // The program's name, the line endings and encodings `inspect` reports and the `--map` syntax it suggests
    // are codes.
    let codes = [
        "invest", "explorer", "LF", "CRLF", "UTF", "map", "FIELD", "COLUMN", "USD",
    ];
    english_words(text)
        .filter(|w| {
            !ALLOWED_WORDS.contains(w)
                && !codes.contains(w)
                && !own.contains(w)
                && !data.contains(w)
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn inspect_of_a_file_with_bad_rows_speaks_traditional_chinese() {
    let file = fixture("ragged_rows.csv");
    let output = run(&["inspect", &file, "--lang", "zh-Hant"]);
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("略過第 3 行：應與標題列一樣有 3 個欄位，實際為 2 個"),
        "{text}"
    );
    assert!(text.contains("讀取方式："), "{text}");
    let left = english_left(&text, &file);
    assert!(left.is_empty(), "English left {left:?} in\n{text}");
    // English is unchanged.
    let english = run(&["inspect", &file]);
    let english = String::from_utf8_lossy(&english.stdout);
    assert!(
        english.contains("skipped line 3: expected 3 fields like the header, found 2"),
        "{english}"
    );
}

#[test]
fn a_located_error_and_the_quality_warning_are_in_the_chosen_language() {
    let file = fixture("ragged_all.csv");
    let output = run(&["summary", &file, "--lang", "zh-Hans"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("ragged_all.csv，第 2 行：应与表头一样有 3 个字段，实际为 2 个"),
        "{stderr}"
    );
    assert!(english_left(&stderr, &file).is_empty(), "{stderr}");

    let file = fixture("ragged_rows.csv");
    let output = run(&["summary", &file, "--lang", "zh-Hant"]);
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("數據質素：已讀取 2 行 · 略過 2 行"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_are_in_the_chosen_language_with_exit_code_2() {
    for (args, expected) in [
        (
            &["summary", "--sector", "Mining", "--lang", "zh-Hant"][..],
            "未知的行業「Mining」；可選值：",
        ),
        (
            &["export", "--out", "x.doc", "--lang", "zh-Hans"][..],
            "无法判断 x.doc 的格式；可用扩展名：",
        ),
        (
            &["summary", "--min-usd-m", "abc", "--lang", "zh-Hans"][..],
            "的值无效：“abc”不是数字；请以百万美元为单位填写",
        ),
        (
            &[
                "score",
                "--by",
                "sector",
                "--weights",
                "size=1",
                "--lang=zh-Hant",
            ][..],
            "權重中有未知因子「size」",
        ),
        (
            &[
                "summary",
                "--encoding",
                "ebcdic",
                "--lang",
                "zh-Hans",
                "x.csv",
            ][..],
            "未知的 --encoding “ebcdic”",
        ),
    ] {
        let output = run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    // Clap's own usage text stays English (README says so), and still exits 2.
    let output = run(&["summary", "--no-such-flag", "--lang", "zh-Hans"]);
    assert_eq!(output.status.code(), Some(2));
}

/// English words of a message that are neither codes nor the flags it names (`--min-usd-m`…).
fn english_beyond_flags(text: &str) -> Vec<String> {
    const FLAG_WORDS: [&str; 7] = ["invest", "explorer", "min", "max", "usd", "cny", "hkd"];
    english_words(text)
        .filter(|w| !ALLOWED_WORDS.contains(w) && !FLAG_WORDS.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn amount_bounds_of_two_currencies_are_refused_in_the_chosen_language() {
    for (lang, expected) in [
        (
            "zh-Hans",
            "金额上下限只能用一种币种：--min-usd-m/--max-usd-m 与 --min-cny-m/--max-cny-m 不能同时使用",
        ),
        (
            "zh-Hant",
            "金額上下限只能用一種幣種：--min-usd-m/--max-usd-m 與 --min-cny-m/--max-cny-m 不能同時使用",
        ),
    ] {
        let output = run(&[
            "summary",
            "--min-usd-m",
            "5",
            "--max-cny-m",
            "50",
            "--lang",
            lang,
        ]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(expected), "{stderr}");
        assert!(english_beyond_flags(&stderr).is_empty(), "{stderr}");
    }
    // A view's bounds keep their currency: another currency's flag is refused, naming the view's.
    let dir = tempfile::tempdir().unwrap();
    let view = dir.path().join("cny.ron");
    std::fs::write(
        &view,
        "(filter: (min_amount_m: Some(500.0), amount_currency: Cny))",
    )
    .unwrap();
    let output = run(&[
        "summary",
        "--view",
        view.to_str().unwrap(),
        "--min-usd-m",
        "5",
        "--lang",
        "zh-Hans",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("视图中的金额上下限以 CNY 计；请使用 --min-cny-m/--max-cny-m"),
        "{stderr}"
    );
    assert!(english_beyond_flags(&stderr).is_empty(), "{stderr}");
    // A bound that is not a number names the flag's own currency.
    let output = run(&["summary", "--min-hkd-m", "abc", "--lang", "zh-Hant"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("請以百萬港元為單位填寫"), "{stderr}");
}

fn hostile(name: &str) -> String {
    format!(
        "{}/tests/fixtures/hostile/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_refused_workbook_is_worded_in_the_chosen_language() {
    for (file, lang, expected) in [
        (
            "sector_chain_loop.xls",
            "zh-Hant",
            "sector_chain_loop.xls：活頁簿已損毀：其磁區鏈形成循環；請在 Excel 中開啟，重新儲存後再試",
        ),
        (
            "web_page.xls",
            "zh-Hans",
            "web_page.xls：这是以电子表格文件名保存的网页表格",
        ),
        (
            "stray_cell_far_corner.xls",
            "zh-Hans",
            "工作表“Data”：单元格 CRXP65536 远在表格之外（表格从 A1 开始）：读取至该单元格将达 65,536 行 × 65,536 列",
        ),
    ] {
        let output = run(&["summary", &hostile(file), "--lang", lang]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{file}: {stderr}");
        assert!(stderr.contains(expected), "{file}: {stderr}");
        // The file's name and its sheet's, the cell's name and Excel are the file's own or codes.
        let left: Vec<String> = english_left(&stderr, &hostile(file))
            .into_iter()
            .filter(|w| {
                ![
                    "Data", "CRXP", "web", "page", "sector", "chain", "loop", "stray", "cell",
                    "far", "corner", "xls",
                ]
                .contains(&w.as_str())
            })
            .collect();
        assert!(left.is_empty(), "{file}: English left {left:?} in {stderr}");
    }
}

#[test]
fn a_json_syntax_error_keeps_its_place_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("项目.json");
    std::fs::write(
        &path,
        "{\n  \"rows\": [\n    {\"id\": \"P1\" \"x\": 1}\n  ]\n}\n",
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let output = run(&["summary", file, "--lang", "zh-Hans"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("项目.json，第 3 行第 17 列：格式有误：此处应为 `,` 或 `}`"),
        "{stderr}"
    );
    assert!(english_left(&stderr, file).is_empty(), "{stderr}");
    // "rows" of the wrong type is said in words too, not in serde's.
    std::fs::write(&path, "{\"rows\": 5}").unwrap();
    let output = run(&["summary", file, "--lang", "zh-Hant"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("第 1 行第 10 欄：「rows」是數字；應為資料行的列表"),
        "{stderr}"
    );
    let left: Vec<String> = english_left(&stderr, file)
        .into_iter()
        .filter(|w| w != "rows")
        .collect();
    assert!(left.is_empty(), "{left:?} in {stderr}");
}

#[test]
fn a_failed_export_says_why_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("missing-folder").join("projects.csv");
    let output = run(&[
        "export",
        "--lang",
        "zh-Hant",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    // The reason in Traditional Chinese; the system's own detail after it, in brackets.
    assert!(stderr.contains("無法寫入"), "{stderr}");
    assert!(!stderr.contains("cannot write"), "{stderr}");
}
