//! The public API against exact strings: plurals, separators, years, odd numbers, all three languages.

use super::*;

#[test]
fn messages_in_each_language() {
    assert_eq!(tr(Lang::En, "tab-charts"), "Charts");
    assert_eq!(tr(Lang::ZhHans, "tab-charts"), "图表");
    assert_eq!(tr(Lang::ZhHant, "tab-charts"), "圖表");
    assert_eq!(tr!(Lang::ZhHant, "menu-view"), "檢視");
    assert_eq!(tr!(Lang::ZhHans, "data-liangjiang"), "两江新区");
    assert_eq!(tr!(Lang::ZhHant, "data-liangjiang"), "兩江新區");
}

#[test]
fn english_plurals_follow_the_number() {
    for (n, text) in [
        (0, "0 projects"),
        (1, "1 project"),
        (2, "2 projects"),
        (3530, "3,530 projects"),
    ] {
        assert_eq!(tr!(Lang::En, "count-projects", n = n), text);
    }
    assert_eq!(
        tr!(Lang::En, "status-projects", shown = 1, total = 1),
        "1 of 1 project"
    );
    assert_eq!(
        tr!(
            Lang::En,
            "status-projects",
            shown = 312_usize,
            total = 3530_usize
        ),
        "312 of 3,530 projects"
    );
    assert_eq!(tr!(Lang::En, "count-projects", n = 1.5), "1.5 projects");
}

#[test]
fn chinese_has_one_form_and_the_same_separators() {
    assert_eq!(tr!(Lang::ZhHans, "count-projects", n = 1), "1 个项目");
    assert_eq!(
        tr!(Lang::ZhHans, "status-projects", shown = 3530, total = 3530),
        "显示 3,530 个项目（共 3,530 个）"
    );
    assert_eq!(
        tr!(Lang::ZhHant, "status-projects", shown = 312, total = 3530),
        "顯示 312 個項目（共 3,530 個）"
    );
}

#[test]
fn arguments_carry_no_isolation_marks() {
    let text = tr!(Lang::En, "money-amounts-in", unit = "USD m");
    assert_eq!(text, "Amounts in USD m");
    assert!(!text.contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn years_are_never_separated() {
    assert_eq!(
        tr!(Lang::En, "chart-caption", unit = year(2019), source = "x"),
        "Contracted, 2019 · x"
    );
    assert_eq!(year(1985), Value::from("1985"));
}

#[test]
fn odd_numbers_never_panic() {
    for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(tr!(Lang::En, "count-projects", n = value), "– projects");
    }
    assert_eq!(
        tr!(Lang::En, "count-projects", n = 1e20),
        "100,000,000,000,000,000,000 projects"
    );
    assert_eq!(
        tr!(Lang::En, "count-projects", n = -1234),
        "-1,234 projects"
    );
    assert_eq!(
        tr!(Lang::En, "count-projects", n = u64::MAX),
        "18,446,744,073,709,551,616 projects"
    );
}

#[test]
fn numbers_and_money_take_the_language() {
    assert_eq!(crate::format::percent_in(Lang::En, 17.58), "17.6 %");
    assert_eq!(crate::format::percent_in(Lang::ZhHant, 17.58), "17.6%");
    let money = crate::format::MoneyFormat::default();
    assert_eq!(money.format_in(Lang::En, 70_400.0), "USD 70.4 bn");
    assert_eq!(money.format_in(Lang::ZhHans, 70_400.0), "704 亿美元");
    assert_eq!(money.format_in(Lang::ZhHant, 70_400.0), "704 億美元");
    assert_eq!(money.unit_in(Lang::ZhHans), "万美元");
}

#[test]
fn has_message_looks_in_that_language_only() {
    for lang in Lang::ALL {
        assert!(has_message(lang, "tab-map"));
        assert!(!has_message(lang, "tab-nothing"));
    }
}
