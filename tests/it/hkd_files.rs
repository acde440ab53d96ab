//! Files in Hong Kong dollars: a column in 万港元, HK$ written in the cells, and a per-row 币种 of 港元/港币/HKD
//! among renminbi and US-dollar rows, each converted at its contract year's HKD-per-USD rate and counted as
//! converted in the quality report.

use invest_explorer::model::load::open::{OpenOptions, Progress};
use invest_explorer::model::{DataSource, Dataset};

fn open(name: &str, text: &str) -> Dataset {
    Dataset::from_bytes(
        text.as_bytes(),
        name,
        DataSource::File(name.into()),
        &OpenOptions::default(),
        &Progress::default(),
    )
    .unwrap()
}

#[test]
fn a_column_in_hong_kong_dollars_converts_at_each_years_rate() {
    let dataset = open(
        "hkd.csv",
        "项目名称,签约年份,合同外资（万港元）\n甲,2010,7800\n乙,2020,HK$ 1 亿\n",
    );
    let rates = &dataset.reference.rates;
    let table = &dataset.projects;
    let expect = |row: usize, hkd_m: f64, year: i32| {
        let usd_m = hkd_m / rates.hkd_per_usd(Some(year)).unwrap();
        assert!(
            (table.contracted_usd_m[row] - usd_m).abs() < 1e-9,
            "row {row}: {} ≠ {usd_m}",
            table.contracted_usd_m[row]
        );
    };
    expect(0, 78.0, 2010);
    expect(1, 100.0, 2020);
    // About a million US dollars for 7,800 万港元 (78 m HKD): the linked rate, not the renminbi one.
    assert!((table.contracted_usd_m[0] - 10.0).abs() < 0.1);
    let column = &dataset.quality.columns[2];
    assert_eq!((column.converted_hkd, column.invalid), (2, 0));
    let lines = invest_explorer::query::messages::quality_lines(
        &dataset.quality,
        invest_explorer::i18n::Lang::En,
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("2 converted from HKD at the contract year's rate")),
        "{lines:?}"
    );
}

#[test]
fn a_per_row_currency_of_hong_kong_dollars_converts_like_renminbi() {
    let dataset = open(
        "mixed.csv",
        "项目名称,签约年份,合同外资（万元）,币种\n\
         甲,2015,1000,港元\n\
         乙,2015,1000,港币\n\
         丙,2015,1000,HKD\n\
         丁,2015,1000,人民币\n\
         戊,2015,1000,美元\n",
    );
    let rates = &dataset.reference.rates;
    let hkd = rates.hkd_per_usd(Some(2015)).unwrap();
    let cny = rates.cny_per_usd(Some(2015)).unwrap();
    let amounts = &dataset.projects.contracted_usd_m;
    for (row, amount) in amounts.iter().take(3).enumerate() {
        assert!((amount - 10.0 / hkd).abs() < 1e-9, "row {row}");
    }
    assert!((amounts[3] - 10.0 / cny).abs() < 1e-9);
    assert!((amounts[4] - 10.0).abs() < 1e-9);
    let column = &dataset.quality.columns[2];
    assert_eq!(
        (column.converted_hkd, column.converted_cny, column.invalid),
        (3, 1, 0)
    );
    assert!((7.75..=7.85).contains(&hkd), "the linked rate: {hkd}");
}
