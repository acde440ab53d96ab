//! Money against exact strings for every notation × currency × scale, at a large, a medium, a zero, a
//! negative, a tiny and a huge amount (in millions of the currency shown).

use super::*;
use Currency::{Cny, Hkd, Usd};
use Notation::{English, Simplified, Traditional};
use Scale::{Auto, Billions, Millions, Wan, Yi};

#[test]
fn thousands_separators_and_signs() {
    assert_eq!(thousands(1_234_567.891, 1), "1,234,567.9");
    assert_eq!(thousands(999.95, 1), "1,000.0");
    assert_eq!(thousands(-1234.0, 0), "-1,234");
    assert_eq!(thousands(-0.01, 1), "0.0");
    assert_eq!(thousands(f64::NAN, 1), "–");
    assert_eq!(count(3530), "3,530");
    assert_eq!(count(0), "0");
    assert_eq!(percent(17.58), "17.6 %");
    assert_eq!(percent_in(Simplified, 17.58), "17.6%");
    assert_eq!(percent_in(Traditional, f64::NAN), "–");
    // A share above zero never reads as none; zero still does.
    assert_eq!(percent(0.000_46), "< 0.1 %");
    assert_eq!(percent_in(Simplified, 0.049), "<0.1%");
    assert_eq!(percent(0.05), "0.1 %");
    assert_eq!(percent(0.0), "0.0 %");
    assert_eq!(percent(-0.01), "0.0 %");
}

#[test]
fn digits_are_grouped_only_in_plain_numbers() {
    assert_eq!(group_digits("1234567.25"), "1,234,567.25");
    assert_eq!(group_digits("-1234"), "-1,234");
    assert_eq!(group_digits("999"), "999");
    assert_eq!(group_digits("0.5"), "0.5");
    for odd in ["", "-", "1e20", "NaN", "12a4", ".5", "1.2.3"] {
        assert_eq!(group_digits(odd), odd);
    }
}

/// Amounts in millions of the currency shown: large, medium, zero, negative, tiny, huge.
const AMOUNTS: [f64; 6] = [70_400.0, 812.46, 0.0, -812.46, 0.0001, 1e9];

/// (notation, currency, scale, each of [`AMOUNTS`] formatted, the column unit, 812.46 in that unit).
type Row = (
    Notation,
    Currency,
    Scale,
    [&'static str; 6],
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const EXPECTED: [Row; 45] = [
    (English, Usd, Auto,
        ["USD 70.4 bn", "USD 812.5 m", "USD 0.0 m", "USD -812.5 m", "USD 0.000 m", "USD 1,000,000.0 bn"],
        "USD m", "812.5"),
    (English, Usd, Millions,
        ["USD 70,400.0 m", "USD 812.5 m", "USD 0.0 m", "USD -812.5 m", "USD 0.000 m", "USD 1,000,000,000.0 m"],
        "USD m", "812.5"),
    (English, Usd, Billions,
        ["USD 70.4 bn", "USD 0.812 bn", "USD 0.0 bn", "USD -0.812 bn", "USD 0.000 bn", "USD 1,000,000.0 bn"],
        "USD bn", "0.812"),
    (English, Usd, Wan,
        ["7,040,000 万美元", "81,246 万美元", "0 万美元", "-81,246 万美元", "0.01 万美元", "100,000,000,000 万美元"],
        "万美元", "81,246"),
    (English, Usd, Yi,
        ["704 亿美元", "8.12 亿美元", "0 亿美元", "-8.12 亿美元", "0 亿美元", "10,000,000 亿美元"],
        "亿美元", "8.12"),
    (English, Cny, Auto,
        ["CNY 70.4 bn", "CNY 812.5 m", "CNY 0.0 m", "CNY -812.5 m", "CNY 0.000 m", "CNY 1,000,000.0 bn"],
        "CNY m", "812.5"),
    (English, Cny, Millions,
        ["CNY 70,400.0 m", "CNY 812.5 m", "CNY 0.0 m", "CNY -812.5 m", "CNY 0.000 m", "CNY 1,000,000,000.0 m"],
        "CNY m", "812.5"),
    (English, Cny, Billions,
        ["CNY 70.4 bn", "CNY 0.812 bn", "CNY 0.0 bn", "CNY -0.812 bn", "CNY 0.000 bn", "CNY 1,000,000.0 bn"],
        "CNY bn", "0.812"),
    (English, Cny, Wan,
        ["7,040,000 万元", "81,246 万元", "0 万元", "-81,246 万元", "0.01 万元", "100,000,000,000 万元"],
        "万元", "81,246"),
    (English, Cny, Yi,
        ["704 亿元", "8.12 亿元", "0 亿元", "-8.12 亿元", "0 亿元", "10,000,000 亿元"],
        "亿元", "8.12"),
    (English, Hkd, Auto,
        ["HKD 70.4 bn", "HKD 812.5 m", "HKD 0.0 m", "HKD -812.5 m", "HKD 0.000 m", "HKD 1,000,000.0 bn"],
        "HKD m", "812.5"),
    (English, Hkd, Millions,
        ["HKD 70,400.0 m", "HKD 812.5 m", "HKD 0.0 m", "HKD -812.5 m", "HKD 0.000 m", "HKD 1,000,000,000.0 m"],
        "HKD m", "812.5"),
    (English, Hkd, Billions,
        ["HKD 70.4 bn", "HKD 0.812 bn", "HKD 0.0 bn", "HKD -0.812 bn", "HKD 0.000 bn", "HKD 1,000,000.0 bn"],
        "HKD bn", "0.812"),
    (English, Hkd, Wan,
        ["7,040,000 万港元", "81,246 万港元", "0 万港元", "-81,246 万港元", "0.01 万港元", "100,000,000,000 万港元"],
        "万港元", "81,246"),
    (English, Hkd, Yi,
        ["704 亿港元", "8.12 亿港元", "0 亿港元", "-8.12 亿港元", "0 亿港元", "10,000,000 亿港元"],
        "亿港元", "8.12"),
    (Simplified, Usd, Auto,
        ["704 亿美元", "8.12 亿美元", "0 万美元", "-8.12 亿美元", "0.01 万美元", "10,000,000 亿美元"],
        "万美元", "81,246"),
    (Simplified, Usd, Millions,
        ["USD 70,400.0 m", "USD 812.5 m", "USD 0.0 m", "USD -812.5 m", "USD 0.000 m", "USD 1,000,000,000.0 m"],
        "USD m", "812.5"),
    (Simplified, Usd, Billions,
        ["USD 70.4 bn", "USD 0.812 bn", "USD 0.0 bn", "USD -0.812 bn", "USD 0.000 bn", "USD 1,000,000.0 bn"],
        "USD bn", "0.812"),
    (Simplified, Usd, Wan,
        ["7,040,000 万美元", "81,246 万美元", "0 万美元", "-81,246 万美元", "0.01 万美元", "100,000,000,000 万美元"],
        "万美元", "81,246"),
    (Simplified, Usd, Yi,
        ["704 亿美元", "8.12 亿美元", "0 亿美元", "-8.12 亿美元", "0 亿美元", "10,000,000 亿美元"],
        "亿美元", "8.12"),
    (Simplified, Cny, Auto,
        ["704 亿元", "8.12 亿元", "0 万元", "-8.12 亿元", "0.01 万元", "10,000,000 亿元"],
        "万元", "81,246"),
    (Simplified, Cny, Millions,
        ["CNY 70,400.0 m", "CNY 812.5 m", "CNY 0.0 m", "CNY -812.5 m", "CNY 0.000 m", "CNY 1,000,000,000.0 m"],
        "CNY m", "812.5"),
    (Simplified, Cny, Billions,
        ["CNY 70.4 bn", "CNY 0.812 bn", "CNY 0.0 bn", "CNY -0.812 bn", "CNY 0.000 bn", "CNY 1,000,000.0 bn"],
        "CNY bn", "0.812"),
    (Simplified, Cny, Wan,
        ["7,040,000 万元", "81,246 万元", "0 万元", "-81,246 万元", "0.01 万元", "100,000,000,000 万元"],
        "万元", "81,246"),
    (Simplified, Cny, Yi,
        ["704 亿元", "8.12 亿元", "0 亿元", "-8.12 亿元", "0 亿元", "10,000,000 亿元"],
        "亿元", "8.12"),
    (Simplified, Hkd, Auto,
        ["704 亿港元", "8.12 亿港元", "0 万港元", "-8.12 亿港元", "0.01 万港元", "10,000,000 亿港元"],
        "万港元", "81,246"),
    (Simplified, Hkd, Millions,
        ["HKD 70,400.0 m", "HKD 812.5 m", "HKD 0.0 m", "HKD -812.5 m", "HKD 0.000 m", "HKD 1,000,000,000.0 m"],
        "HKD m", "812.5"),
    (Simplified, Hkd, Billions,
        ["HKD 70.4 bn", "HKD 0.812 bn", "HKD 0.0 bn", "HKD -0.812 bn", "HKD 0.000 bn", "HKD 1,000,000.0 bn"],
        "HKD bn", "0.812"),
    (Simplified, Hkd, Wan,
        ["7,040,000 万港元", "81,246 万港元", "0 万港元", "-81,246 万港元", "0.01 万港元", "100,000,000,000 万港元"],
        "万港元", "81,246"),
    (Simplified, Hkd, Yi,
        ["704 亿港元", "8.12 亿港元", "0 亿港元", "-8.12 亿港元", "0 亿港元", "10,000,000 亿港元"],
        "亿港元", "8.12"),
    (Traditional, Usd, Auto,
        ["704 億美元", "8.12 億美元", "0 萬美元", "-8.12 億美元", "0.01 萬美元", "10,000,000 億美元"],
        "萬美元", "81,246"),
    (Traditional, Usd, Millions,
        ["USD 70,400.0 m", "USD 812.5 m", "USD 0.0 m", "USD -812.5 m", "USD 0.000 m", "USD 1,000,000,000.0 m"],
        "USD m", "812.5"),
    (Traditional, Usd, Billions,
        ["USD 70.4 bn", "USD 0.812 bn", "USD 0.0 bn", "USD -0.812 bn", "USD 0.000 bn", "USD 1,000,000.0 bn"],
        "USD bn", "0.812"),
    (Traditional, Usd, Wan,
        ["7,040,000 萬美元", "81,246 萬美元", "0 萬美元", "-81,246 萬美元", "0.01 萬美元", "100,000,000,000 萬美元"],
        "萬美元", "81,246"),
    (Traditional, Usd, Yi,
        ["704 億美元", "8.12 億美元", "0 億美元", "-8.12 億美元", "0 億美元", "10,000,000 億美元"],
        "億美元", "8.12"),
    (Traditional, Cny, Auto,
        ["704 億元人民幣", "8.12 億元人民幣", "0 萬元人民幣", "-8.12 億元人民幣", "0.01 萬元人民幣", "10,000,000 億元人民幣"],
        "萬元人民幣", "81,246"),
    (Traditional, Cny, Millions,
        ["CNY 70,400.0 m", "CNY 812.5 m", "CNY 0.0 m", "CNY -812.5 m", "CNY 0.000 m", "CNY 1,000,000,000.0 m"],
        "CNY m", "812.5"),
    (Traditional, Cny, Billions,
        ["CNY 70.4 bn", "CNY 0.812 bn", "CNY 0.0 bn", "CNY -0.812 bn", "CNY 0.000 bn", "CNY 1,000,000.0 bn"],
        "CNY bn", "0.812"),
    (Traditional, Cny, Wan,
        ["7,040,000 萬元人民幣", "81,246 萬元人民幣", "0 萬元人民幣", "-81,246 萬元人民幣", "0.01 萬元人民幣", "100,000,000,000 萬元人民幣"],
        "萬元人民幣", "81,246"),
    (Traditional, Cny, Yi,
        ["704 億元人民幣", "8.12 億元人民幣", "0 億元人民幣", "-8.12 億元人民幣", "0 億元人民幣", "10,000,000 億元人民幣"],
        "億元人民幣", "8.12"),
    (Traditional, Hkd, Auto,
        ["704 億港元", "8.12 億港元", "0 萬港元", "-8.12 億港元", "0.01 萬港元", "10,000,000 億港元"],
        "萬港元", "81,246"),
    (Traditional, Hkd, Millions,
        ["HKD 70,400.0 m", "HKD 812.5 m", "HKD 0.0 m", "HKD -812.5 m", "HKD 0.000 m", "HKD 1,000,000,000.0 m"],
        "HKD m", "812.5"),
    (Traditional, Hkd, Billions,
        ["HKD 70.4 bn", "HKD 0.812 bn", "HKD 0.0 bn", "HKD -0.812 bn", "HKD 0.000 bn", "HKD 1,000,000.0 bn"],
        "HKD bn", "0.812"),
    (Traditional, Hkd, Wan,
        ["7,040,000 萬港元", "81,246 萬港元", "0 萬港元", "-81,246 萬港元", "0.01 萬港元", "100,000,000,000 萬港元"],
        "萬港元", "81,246"),
    (Traditional, Hkd, Yi,
        ["704 億港元", "8.12 億港元", "0 億港元", "-8.12 億港元", "0 億港元", "10,000,000 億港元"],
        "億港元", "8.12"),
];

#[test]
fn money_in_every_notation_currency_and_scale() {
    for (notation, currency, scale, texts, unit, number) in EXPECTED {
        let money = MoneyFormat { currency, scale };
        let context = format!("{notation:?} {currency:?} {scale:?}");
        for (amount, text) in AMOUNTS.into_iter().zip(texts) {
            assert_eq!(
                money.format_in(notation, amount),
                text,
                "{context} {amount}"
            );
        }
        assert_eq!(money.unit_in(notation), unit, "{context}");
        assert_eq!(money.number_in(notation, 812.46), number, "{context}");
        for odd in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(money.format_in(notation, odd), "–", "{context}");
            assert_eq!(money.number_in(notation, odd), "–", "{context}");
        }
    }
    // Every combination is listed once.
    for notation in [English, Simplified, Traditional] {
        for currency in Currency::ALL {
            for scale in Scale::ALL {
                let listed = EXPECTED
                    .iter()
                    .filter(|row| (row.0, row.1, row.2) == (notation, currency, scale))
                    .count();
                assert_eq!(listed, 1, "{notation:?} {currency:?} {scale:?}");
            }
        }
    }
}

#[test]
fn key_figures_read_as_each_reader_counts() {
    let money = |currency, scale| MoneyFormat { currency, scale };
    assert_eq!(money(Usd, Auto).format(70_400.0), "USD 70.4 bn");
    assert_eq!(
        money(Usd, Auto).format_in(Simplified, 70_400.0),
        "704 亿美元"
    );
    assert_eq!(
        money(Usd, Auto).format_in(Traditional, 70_400.0),
        "704 億美元"
    );
    assert_eq!(money(Usd, Auto).format(812.5), "USD 812.5 m");
    assert_eq!(money(Usd, Wan).format_in(Simplified, 81.25), "8,125 万美元");
    assert_eq!(money(Cny, Auto).format(4_900.0), "CNY 4.9 bn");
    assert_eq!(money(Cny, Auto).format_in(Simplified, 4_900.0), "49 亿元");
    assert_eq!(money(Cny, Wan).format_in(Simplified, 49.0), "4,900 万元");
    assert_eq!(
        money(Cny, Auto).format_in(Traditional, 4_900.0),
        "49 億元人民幣"
    );
    assert_eq!(money(Hkd, Auto).format(5_500.0), "HKD 5.5 bn");
    assert_eq!(money(Hkd, Auto).format_in(Simplified, 5_500.0), "55 亿港元");
    assert_eq!(money(Hkd, Wan).unit_in(Simplified), "万港元");
    // The automatic scale switches at 1 亿 in Chinese and at 1 bn in English.
    assert_eq!(
        money(Usd, Auto).format_in(Simplified, 99.99),
        "9,999 万美元"
    );
    assert_eq!(money(Usd, Auto).format_in(Simplified, 100.0), "1 亿美元");
    assert_eq!(money(Usd, Auto).format(999.9), "USD 999.9 m");
    assert_eq!(money(Usd, Auto).format(1_000.0), "USD 1.0 bn");
    // An explicit choice stays as chosen whatever the language.
    assert_eq!(
        money(Usd, Billions).format_in(Traditional, 812.6),
        "USD 0.813 bn"
    );
    assert_eq!(money(Usd, Millions).unit_in(Simplified), "USD m");
    assert_eq!(money(Usd, Yi).format(70_400.0), "704 亿美元");
}

#[test]
fn scaled_numbers_match_their_unit() {
    let money = MoneyFormat::default();
    assert_eq!(money.scaled(70_400.0), 70_400.0);
    assert_eq!(money.scaled_in(Simplified, 70_400.0), 7_040_000.0);
    let yi = MoneyFormat { scale: Yi, ..money };
    assert_eq!(yi.scaled_in(English, 70_400.0), 704.0);
}

#[test]
fn old_view_files_still_load() {
    // Written before 万, 亿 and HKD existed.
    let old: MoneyFormat = ron::from_str("(currency: Cny, scale: Billions)").unwrap();
    assert_eq!(
        old,
        MoneyFormat {
            currency: Cny,
            scale: Billions
        }
    );
    let new: MoneyFormat = ron::from_str(
        &ron::to_string(&MoneyFormat {
            currency: Hkd,
            scale: Yi,
        })
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        new,
        MoneyFormat {
            currency: Hkd,
            scale: Yi
        }
    );
}

#[test]
fn chart_values_keep_three_significant_digits_and_every_whole_digit() {
    // The review's case: a 0.326 m bar beside a 0.3 m one.
    assert_eq!(chart_value(0.326), "0.326");
    assert_eq!(chart_value(0.3), "0.300");
    assert_ne!(chart_value(0.326), chart_value(0.3));
    assert_eq!(chart_value(0.0326), "0.0326");
    assert_eq!(chart_value(3.264), "3.26");
    assert_eq!(chart_value(32.64), "32.6");
    assert_eq!(chart_value(326.4), "326");
    assert_eq!(chart_value(70_400.0), "70,400");
    assert_eq!(chart_value(1_234_567.8), "1,234,568");
    // Rounding up to the next power keeps three digits, not four.
    assert_eq!(chart_value(9.996), "10.0");
    assert_eq!(chart_value(99.96), "100");
    assert_eq!(chart_value(0.09996), "0.100");
    assert_eq!(chart_value(-0.326), "-0.326");
    assert_eq!(chart_value(0.0), "0");
    assert_eq!(chart_value(1e-9), "0.000000");
    assert_eq!(chart_value(f64::NAN), "–");
    assert_eq!(chart_value(f64::INFINITY), "–");
    // In the column unit: a 0.326 m project is 32.6 万 for a Chinese reader, USD 0.326 m for an English one.
    let usd = MoneyFormat::default();
    assert_eq!(usd.chart_number_in(English, 0.326), "0.326");
    assert_eq!(usd.chart_number_in(Simplified, 0.326), "32.6");
    assert_eq!(usd.chart_number_in(English, 70_400.0), "70,400");
    assert_eq!(usd.chart_number_in(Simplified, 70_400.0), "7,040,000");
}

/// Read back, every label is the value to within half its third significant digit (whole numbers above 100).
#[test]
fn chart_values_read_back_within_half_a_unit_of_the_third_digit() {
    let mut value = 0.000_123_4;
    while value < 1e7 {
        let text = chart_value(value);
        let back: f64 = text.replace(',', "").parse().unwrap();
        let third_digit = 10f64.powi(value.log10().floor() as i32 - 2).max(0.5e-6);
        assert!(
            (back - value).abs() <= third_digit * 0.5 + 1e-12 || value >= 100.0,
            "{value} {text}"
        );
        if value >= 100.0 {
            assert_eq!(back, value.round(), "{value} {text}");
        }
        value *= 1.37;
    }
}
