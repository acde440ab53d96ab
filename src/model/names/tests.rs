//! Name matching against hand-written cases and the reference tables.

use super::*;
use crate::model::columns::CategoryColumn;
use crate::model::tables;

fn district_name(label: &str) -> Option<(String, MatchHow)> {
    let districts = tables::districts();
    district_index(&districts)
        .find(label)
        .map(|(i, how)| (districts[i].name.clone(), how))
}

fn sector_name(label: &str) -> Option<(String, MatchHow)> {
    let sectors = tables::sectors();
    sector_index(&sectors)
        .find(label)
        .map(|(i, how)| (sectors[i].name.clone(), how))
}

#[test]
fn district_spellings_meet() {
    use MatchHow::*;
    let cases = [
        ("Yuzhong", "Yuzhong", Exact),
        ("  yuzhong ", "Yuzhong", Exact),
        ("渝中区", "Yuzhong", ChineseName),
        ("渝中", "Yuzhong", ChineseName),
        ("渝中區", "Yuzhong", ChineseName),
        ("重庆市渝中区", "Yuzhong", ChineseName),
        ("Yuzhong District", "Yuzhong", Pinyin),
        ("yu zhong qu", "Yuzhong", Pinyin),
        ("Yú Zhōng Qū", "Yuzhong", Pinyin),
        ("Chongqing Yuzhong District", "Yuzhong", Pinyin),
        ("500103", "Yuzhong", Adcode),
        ("Nan'an", "Nan'an", Exact),
        ("Nanan", "Nan'an", Pinyin),
        ("NAN-AN DISTRICT", "Nan'an", Pinyin),
        ("Shapingba", "Shapingba (incl. Xiyong)", Pinyin),
        ("沙坪坝区", "Shapingba (incl. Xiyong)", ChineseName),
        ("Zhongxian", "Zhong County", Pinyin),
        ("忠县", "Zhong County", ChineseName),
        ("忠縣", "Zhong County", ChineseName),
        ("Shizhu Tujia Autonomous County", "Shizhu Tujia AC", Pinyin),
        ("石柱", "Shizhu Tujia AC", ChineseName),
        (
            "Xiushan Tujia and Miao Autonomous County",
            "Xiushan Tujia & Miao AC",
            Pinyin,
        ),
        (
            "秀山土家族苗族自治縣",
            "Xiushan Tujia & Miao AC",
            ChineseName,
        ),
        ("梁平县", "Liangping", ChineseName),
        ("500228", "Liangping", Adcode),
        ("开县", "Kaizhou", ChineseName),
        ("豐都縣", "Fengdu", ChineseName),
    ];
    for (label, name, how) in cases {
        assert_eq!(
            district_name(label),
            Some((name.to_owned(), how)),
            "{label}"
        );
    }
    for label in [
        "Liangjiang New Area",
        "两江新区",
        "Chongqing",
        "重庆",
        "Xinqu",
        "500000",
        "区",
        "",
    ] {
        assert_eq!(district_name(label), None, "{label}");
    }
}

#[test]
fn sector_spellings_meet() {
    use MatchHow::*;
    let cases = [
        ("Real estate", "Real estate", Exact),
        ("房地产业", "Real estate", ChineseName),
        ("房地產業", "Real estate", ChineseName),
        ("K", "Real estate", SectionLetter),
        ("k", "Real estate", SectionLetter),
        ("K 房地产业", "Real estate", SectionLetter),
        ("K - Real estate", "Real estate", SectionLetter),
        ("Real Estate", "Real estate", Exact),
        ("Property", "Real estate", EnglishVariant),
        ("住宿和餐饮业", "Accommodation & catering", ChineseName),
        ("住宿和餐飲業", "Accommodation & catering", ChineseName),
        (
            "Hotels & restaurants",
            "Accommodation & catering",
            EnglishVariant,
        ),
        (
            "Accommodation and catering",
            "Accommodation & catering",
            EnglishVariant,
        ),
        ("金融业", "Finance", ChineseName),
        ("Financial services", "Finance", EnglishVariant),
        ("制造业", "Manufacturing", ChineseName),
        ("製造業", "Manufacturing", ChineseName),
        (
            "Logistics",
            "Transport, storage & logistics",
            EnglishVariant,
        ),
        (
            "交通运输、仓储和邮政业",
            "Transport, storage & logistics",
            ChineseName,
        ),
        ("E 建筑业", "Other", SectionLetter),
        ("教育", "Other", ChineseName),
        ("卫生和社会工作", "Other", ChineseName),
        ("衛生和社會工作", "Other", ChineseName),
        ("X", "Other", SectionLetter),
    ];
    for (label, name, how) in cases {
        assert_eq!(sector_name(label), Some((name.to_owned(), how)), "{label}");
    }
    for label in ["Fintech unicorns", "f Finance", "Kiosks", "未知行业", "Z"] {
        assert_eq!(sector_name(label), None, "{label}");
    }
}

/// Every alias names one entry: a key shared by two districts (or sectors) would match one of them silently.
#[test]
fn no_key_names_two_entries() {
    let districts = tables::districts();
    let index = district_index(&districts);
    for (i, district) in districts.iter().enumerate() {
        for label in [
            district.name.clone(),
            district.name_zh.clone(),
            district.name_zh_hant.clone(),
            district.pinyin.clone(),
            chinese_key(&district.name_zh),
            chinese_key(&district.name_zh_hant),
            district.adcode.to_string(),
        ] {
            assert_eq!(
                index.find(&label).map(|(found, _)| found),
                Some(i),
                "{label}"
            );
        }
    }
    let chinese_keys: Vec<String> = districts.iter().map(|d| chinese_key(&d.name_zh)).collect();
    let mut unique = chinese_keys.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), chinese_keys.len());

    let sectors = tables::sectors();
    let index = sector_index(&sectors);
    for (i, sector) in sectors.iter().enumerate() {
        for label in [
            &sector.name,
            &sector.name_zh,
            &sector.name_zh_hant,
            &sector.code,
        ] {
            assert_eq!(
                index.find(label).map(|(found, _)| found),
                Some(i),
                "{label}"
            );
        }
    }
    let sub_index = sub_sector_index(&sectors);
    for (i, sub) in sectors.iter().flat_map(|s| &s.sub_sectors).enumerate() {
        for label in [&sub.name, &sub.name_zh, &sub.name_zh_hant] {
            assert_eq!(
                sub_index.find(label).map(|(found, _)| found),
                Some(i),
                "{label}"
            );
        }
    }
}

#[test]
fn joining_merges_codes_and_reports_what_matched_how() {
    let districts = tables::districts();
    let index = district_index(&districts);
    let mut column = CategoryColumn::default();
    for label in [
        "渝中区",
        "Yuzhong",
        "yu zhong",
        "500103",
        "",
        "Atlantis",
        "渝中区",
        "江北區",
    ] {
        column.push(label);
    }
    let joined = join_column(&mut column, &index, NameColumn::District, |i| {
        districts[i].name.clone()
    });
    assert_eq!(column.labels(), ["Yuzhong", "Atlantis", "Jiangbei"]);
    let rows: Vec<Option<&str>> = (0..column.len()).map(|row| column.get(row)).collect();
    assert_eq!(
        rows,
        [
            Some("Yuzhong"),
            Some("Yuzhong"),
            Some("Yuzhong"),
            Some("Yuzhong"),
            None,
            Some("Atlantis"),
            Some("Yuzhong"),
            Some("Jiangbei")
        ]
    );
    assert_eq!(joined.reference_of_code, [Some(0), None, Some(1)]);
    let summary: Vec<(MatchHow, usize, usize, &str)> = joined
        .matches
        .iter()
        .map(|m| (m.how, m.labels, m.rows, m.example.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (MatchHow::Exact, 1, 1, "Yuzhong"),
            (MatchHow::ChineseName, 2, 3, "渝中区"),
            (MatchHow::Pinyin, 1, 1, "yu zhong"),
            (MatchHow::Adcode, 1, 1, "500103"),
        ]
    );
    assert_eq!(joined.matches[1].matched_to, "Yuzhong");
}
