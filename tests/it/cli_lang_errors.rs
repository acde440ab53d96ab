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
