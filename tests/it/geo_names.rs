//! The district geometry and the name matching against their oracles: the shipped plain geometry is exactly what
//! decoding the package's raw file gives; its 38 divisions are the reference districts; every label anchor lies in
//! its own district and no other; the Liangjiang outline covers Jiangbei and Yubei but not Yuzhong; and a file
//! written with Chinese names, pinyin variants and adcodes gives exactly the breakdown of the same rows written
//! with the reference English names.

// Test code: a panic is the failure report. (`allow-unwrap-in-tests` covers `#[test]` fns, not these helpers.)
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use invest_explorer::model::geo::{self, Geometry, echarts};
use invest_explorer::model::load::open::{OpenOptions, Progress};
use invest_explorer::model::names::{MatchHow, NameColumn};
use invest_explorer::model::reference::District;
use invest_explorer::model::{DataSource, Dataset};
use invest_explorer::query::GroupBy;
use invest_explorer::query::aggregate::{Amounts, group_by};

fn data_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn reference_districts() -> Vec<District> {
    ron::from_str(&data_file("districts.ron")).unwrap()
}

fn shipped() -> Geometry {
    Geometry::parse(&data_file("districts.geo.json"), "data/districts.geo.json").unwrap()
}

#[test]
fn decoding_the_raw_file_reproduces_the_shipped_geometry_exactly() {
    let raw = echarts::decode(&data_file("geo/chongqing.geojson")).unwrap();
    assert_eq!(raw.scale, 1024);
    assert_eq!(raw.features.len(), 38);
    let text = geo::build::to_geojson(&raw, &reference_districts()).unwrap();
    assert!(
        text == data_file("districts.geo.json"),
        "regenerate data/ (see tests/data_targets.rs)"
    );

    // And the parsed coordinates are exactly the decoded ones (k / 1024 degrees), ring by ring.
    let geometry = shipped();
    let mut compared = 0;
    for feature in &raw.features {
        let shape = &geometry
            .districts
            .iter()
            .find(|d| d.source_name == feature.name)
            .unwrap()
            .shape;
        // Every decoded ring with an area is shipped, as decoded or reversed (outer rings counter-clockwise).
        let shipped_rings: Vec<&Vec<[f64; 2]>> = shape.polygons.iter().flatten().collect();
        for ring in feature.polygons.iter().flatten() {
            let degrees: Vec<[f64; 2]> = ring
                .iter()
                .map(|p| [p[0] as f64 / 1024.0, p[1] as f64 / 1024.0])
                .collect();
            let reversed: Vec<[f64; 2]> = degrees.iter().rev().copied().collect();
            if shipped_rings
                .iter()
                .any(|r| **r == degrees || **r == reversed)
            {
                compared += 1;
            } else {
                assert!(
                    ring_area(&degrees) == 0.0,
                    "{}: a ring with area is missing",
                    feature.name
                );
            }
        }
    }
    assert!(compared >= 38, "{compared}");
}

fn ring_area(ring: &[[f64; 2]]) -> f64 {
    ring.windows(2)
        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
        .sum::<f64>()
        / 2.0
}

#[test]
fn the_38_divisions_are_the_reference_districts() {
    let geometry = shipped();
    let districts = reference_districts();
    assert_eq!(geometry.districts.len(), 38);
    for (shape, district) in geometry.districts.iter().zip(&districts) {
        assert_eq!(shape.adcode, district.adcode);
        assert_eq!(shape.name_zh, district.name_zh);
        // The raw name is the reference Chinese name, or its pre-2016 county form (梁平县 for 梁平区).
        let stem = |name: &str| name.trim_end_matches(['区', '县']).to_owned();
        assert_eq!(
            stem(&shape.source_name),
            stem(&district.name_zh),
            "{}",
            shape.source_name
        );
        assert!(!shape.shape.polygons.is_empty());
    }
    let renamed: Vec<&str> = geometry
        .districts
        .iter()
        .filter(|d| d.source_name != d.name_zh)
        .map(|d| d.source_name.as_str())
        .collect();
    assert_eq!(renamed, ["梁平县", "武隆县"]);
    assert_eq!(geometry.liangjiang.members, [500105, 500112]);
    assert!(geometry.licence.contains("MIT"));
}

#[test]
fn every_label_anchor_lies_in_its_own_district_and_no_other() {
    let geometry = shipped();
    for district in &geometry.districts {
        let [lon, lat] = district.shape.label;
        assert!(district.shape.contains(lon, lat), "{}", district.name);
        let [west, south, east, north] = district.shape.bbox;
        assert!(west < lon && lon < east && south < lat && lat < north);
        for other in geometry
            .districts
            .iter()
            .filter(|o| o.adcode != district.adcode)
        {
            assert!(
                !other.shape.contains(lon, lat),
                "{} label in {}",
                district.name,
                other.name
            );
        }
        assert_eq!(geometry.district_at(lon, lat), Some(district.adcode));
        assert_eq!(geo::district_at(lon, lat), Some(district.adcode));
    }
    // Chengdu and Wuhan are outside Chongqing.
    assert_eq!(geo::district_at(104.066, 30.657), None);
    assert_eq!(geo::district_at(114.305, 30.593), None);
}

#[test]
fn the_liangjiang_outline_covers_jiangbei_and_yubei_only() {
    let geometry = shipped();
    let outline = &geometry.liangjiang;
    let label_of = |adcode: u32| geometry.district(adcode).unwrap().shape.label;
    for adcode in [500105, 500112] {
        let [lon, lat] = label_of(adcode);
        assert!(outline.shape.contains(lon, lat), "{adcode}");
    }
    for adcode in [500103, 500108, 500106, 500109, 500115] {
        let [lon, lat] = label_of(adcode);
        assert!(!outline.shape.contains(lon, lat), "{adcode}");
    }
    let [lon, lat] = outline.shape.label;
    assert!(matches!(
        geometry.district_at(lon, lat),
        Some(500105 | 500112)
    ));
    assert!(outline.note.contains("approximation"));
    // Its area is the two districts' (the dropped slivers along their common border are tiny).
    let area = |shape: &geo::Shape| shape.polygons.iter().map(|p| ring_area(&p[0])).sum::<f64>();
    let members = area(&geometry.district(500105).unwrap().shape)
        + area(&geometry.district(500112).unwrap().shape);
    let outlined = area(&outline.shape);
    assert!(
        (outlined - members).abs() < members * 0.005,
        "{outlined} vs {members}"
    );
}

/// The same eight projects, with the district and sector written in `district[i]` and `sector[i]`.
fn file(districts: [&str; 8], sectors: [&str; 8]) -> String {
    let amounts = [12.5, 3.25, 880.0, 41.0, 0.75, 19.5, 230.0, 7.0];
    let mut text = String::from("id,name,district,sector,year,contracted_usd_m\n");
    for (i, ((district, sector), amount)) in districts.iter().zip(sectors).zip(amounts).enumerate()
    {
        text.push_str(&format!(
            "P{i},Project {i},\"{district}\",\"{sector}\",{},{amount}\n",
            2010 + i
        ));
    }
    text
}

fn load(text: &str) -> Dataset {
    Dataset::from_bytes(
        text.as_bytes(),
        "names.csv",
        DataSource::File("names.csv".into()),
        &OpenOptions::default(),
        &Progress::default(),
    )
    .unwrap()
}

fn breakdown(dataset: &Dataset, by: GroupBy) -> Vec<(String, usize, f64)> {
    let rows: Vec<u32> = (0..dataset.projects.len() as u32).collect();
    group_by(
        &dataset.projects,
        Amounts::usd(&dataset.projects),
        &rows,
        by,
    )
    .into_iter()
    .map(|g| (g.key, g.summary.count, g.summary.contracted_usd_m))
    .collect()
}

#[test]
fn chinese_pinyin_and_adcode_names_give_the_english_breakdown() {
    let english = load(&file(
        [
            "Yuzhong",
            "Yuzhong",
            "Jiangbei",
            "Nan'an",
            "Nan'an",
            "Zhong County",
            "Yubei",
            "Xiushan Tujia & Miao AC",
        ],
        [
            "Accommodation & catering",
            "Real estate",
            "Real estate",
            "Finance",
            "Manufacturing",
            "Transport, storage & logistics",
            "Finance",
            "Accommodation & catering",
        ],
    ));
    let variants = load(&file(
        [
            "渝中区",
            "Yuzhong District",
            "500105",
            "南岸區",
            "nan an qu",
            "忠县",
            "Yubei Qu",
            "秀山土家族苗族自治县",
        ],
        [
            "住宿和餐饮业",
            "K 房地产业",
            "Real Estate",
            "金融业",
            "制造業",
            "Logistics",
            "J",
            "Hotels & restaurants",
        ],
    ));
    for by in [GroupBy::District, GroupBy::Sector, GroupBy::Year] {
        assert_eq!(breakdown(&variants, by), breakdown(&english, by), "{by:?}");
    }
    for dataset in [&english, &variants] {
        assert!(
            dataset.quality.unknown_sectors.is_empty()
                && dataset.quality.unknown_districts.is_empty()
        );
        assert_eq!(dataset.district_of(2).map(|d| d.adcode), Some(500105));
        assert_eq!(dataset.sector_of(0).map(|s| s.code.as_str()), Some("H"));
    }
    // One code per reference name: facets and colours see one value.
    assert_eq!(variants.projects.district.labels().len(), 6);
    assert_eq!(variants.projects.sector.labels().len(), 5);

    let how = |column: NameColumn| -> Vec<(MatchHow, usize)> {
        variants
            .quality
            .name_matches
            .iter()
            .filter(|m| m.column == column)
            .map(|m| (m.how, m.rows))
            .collect()
    };
    assert_eq!(
        how(NameColumn::District),
        [
            (MatchHow::ChineseName, 4),
            (MatchHow::Pinyin, 3),
            (MatchHow::Adcode, 1)
        ]
    );
    assert_eq!(
        how(NameColumn::Sector),
        [
            (MatchHow::Exact, 1),
            (MatchHow::ChineseName, 3),
            (MatchHow::SectionLetter, 2),
            (MatchHow::EnglishVariant, 2)
        ]
    );
    let lines = invest_explorer::query::messages::quality_lines(
        &variants.quality,
        invest_explorer::i18n::Lang::En,
    )
    .join("\n");
    assert!(
        lines.contains("matched District: 4 names (4 rows) by Chinese name, e.g."),
        "{lines}"
    );
}

#[test]
fn unknown_names_stay_as_written_and_are_reported() {
    let dataset = load(&file(
        [
            "两江新区",
            "渝中",
            "Atlantis",
            "Atlantis",
            "500103",
            "Yuzhong",
            "Yuzhong",
            "Yuzhong",
        ],
        [
            "金融科技",
            "金融",
            "Finance",
            "Finance",
            "Finance",
            "Finance",
            "Finance",
            "Finance",
        ],
    ));
    let unknown: Vec<(&str, usize)> = dataset
        .quality
        .unknown_districts
        .iter()
        .map(|u| (u.name.as_str(), u.rows))
        .collect();
    assert_eq!(unknown, [("Atlantis", 2), ("两江新区", 1)]);
    assert_eq!(dataset.quality.unknown_sectors.len(), 1);
    assert_eq!(dataset.projects.district.get(0), Some("两江新区"));
    assert_eq!(dataset.projects.district.get(1), Some("Yuzhong"));
}
