//! The spellings each reference entry is known by: former district names and codes, the GB/T 4754 sections in
//! Simplified and Traditional Chinese, other Chinese and English names of the sections, and the index builders.
//!
//! Must not depend on egui, eframe or rfd.

use super::{DIVISION_SUFFIXES, MatchHow, NameIndex, SECTOR_SUFFIXES, is_cjk};
use crate::model::reference::{District, Sector};

/// Former names and codes that files still use, by current adcode. The two old codes are those of the county
/// versions of Liangping and Wulong (梁平县, 武隆县) that `data/geo/chongqing.geojson` still carries; 开县 became
/// Kaizhou District in 2016.
const FORMER_DISTRICT_NAMES: [(u32, &[&str], &[u32]); 3] = [
    (500155, &[], &[500228]),
    (500156, &[], &[500232]),
    (500154, &["开县", "開縣", "Kaixian", "Kai County"], &[]),
];

/// The index of the 38 divisions: English name, pinyin (± suffix), Chinese (Simplified, Traditional, ± suffix),
/// current and former adcodes.
pub fn district_index(districts: &[District]) -> NameIndex {
    let mut index = NameIndex {
        latin_suffixes: &DIVISION_SUFFIXES,
        ..NameIndex::default()
    };
    for (i, district) in districts.iter().enumerate() {
        index.exact.insert(district.name.to_lowercase(), i);
        index.adcodes.insert(district.adcode, i);
        index.insert_chinese(&district.name_zh, i);
        index.insert_chinese(&district.name_zh_hant, i);
        index.insert_latin(&district.name, i, MatchHow::Pinyin);
        index.insert_latin(&district.pinyin, i, MatchHow::Pinyin);
        for (adcode, names, codes) in FORMER_DISTRICT_NAMES {
            if adcode != district.adcode {
                continue;
            }
            for name in names {
                if name.chars().any(is_cjk) {
                    index.insert_chinese(name, i);
                } else {
                    index.insert_latin(name, i, MatchHow::Pinyin);
                }
            }
            for &code in codes {
                index.adcodes.insert(code, i);
            }
        }
    }
    index
}

/// GB/T 4754-2017 sections: letter, Simplified name, Traditional name. Sections the reference data does not list
/// on their own belong to its "Other" (code "X").
pub const GBT_4754_SECTIONS: [(char, &str, &str); 20] = [
    ('A', "农、林、牧、渔业", "農、林、牧、漁業"),
    ('B', "采矿业", "採礦業"),
    ('C', "制造业", "製造業"),
    (
        'D',
        "电力、热力、燃气及水生产和供应业",
        "電力、熱力、燃氣及水生產和供應業",
    ),
    ('E', "建筑业", "建築業"),
    ('F', "批发和零售业", "批發和零售業"),
    ('G', "交通运输、仓储和邮政业", "交通運輸、倉儲和郵政業"),
    ('H', "住宿和餐饮业", "住宿和餐飲業"),
    (
        'I',
        "信息传输、软件和信息技术服务业",
        "信息傳輸、軟件和信息技術服務業",
    ),
    ('J', "金融业", "金融業"),
    ('K', "房地产业", "房地產業"),
    ('L', "租赁和商务服务业", "租賃和商務服務業"),
    ('M', "科学研究和技术服务业", "科學研究和技術服務業"),
    (
        'N',
        "水利、环境和公共设施管理业",
        "水利、環境和公共設施管理業",
    ),
    (
        'O',
        "居民服务、修理和其他服务业",
        "居民服務、修理和其他服務業",
    ),
    ('P', "教育", "教育"),
    ('Q', "卫生和社会工作", "衞生和社會工作"),
    ('R', "文化、体育和娱乐业", "文化、體育和娛樂業"),
    (
        'S',
        "公共管理、社会保障和社会组织",
        "公共管理、社會保障和社會組織",
    ),
    ('T', "国际组织", "國際組織"),
];

/// Other Chinese names of the sections (GB/T 4754-2002 wording, short forms), by section letter.
const CHINESE_SECTOR_VARIANTS: [(char, &[&str]); 12] = [
    ('C', &["制造", "製造", "工业制造", "工業製造"]),
    (
        'D',
        &[
            "电力、燃气及水的生产和供应业",
            "電力、燃氣及水的生產和供應業",
            "公用事业",
            "公用事業",
        ],
    ),
    ('E', &["建造业", "建造業"]),
    (
        'F',
        &[
            "批发零售",
            "批發零售",
            "零售",
            "批发",
            "批發",
            "商贸",
            "商貿",
        ],
    ),
    (
        'G',
        &[
            "物流",
            "交通运输",
            "交通運輸",
            "运输物流",
            "運輸物流",
            "仓储物流",
            "倉儲物流",
        ],
    ),
    (
        'H',
        &[
            "餐饮",
            "餐飲",
            "酒店餐饮",
            "酒店餐飲",
            "住宿餐饮",
            "住宿餐飲",
        ],
    ),
    (
        'I',
        &[
            "信息传输、计算机服务和软件业",
            "資訊科技",
            "信息技术",
            "信息技術",
            "软件",
            "軟件",
        ],
    ),
    ('J', &["金融服务", "金融服務", "银行", "銀行"]),
    ('K', &["房地产", "房地產", "地产", "地產", "物业", "物業"]),
    (
        'L',
        &[
            "租赁和商务服务",
            "租賃和商務服務",
            "商务服务",
            "商務服務",
            "商业服务",
            "商業服務",
        ],
    ),
    (
        'M',
        &[
            "科学研究、技术服务和地质勘查业",
            "科研",
            "科技服务",
            "科技服務",
            "研发",
            "研發",
        ],
    ),
    ('Q', &["卫生、社会保障和社会福利业", "医疗卫生", "醫療衞生"]),
];

/// Common English names of the sections, by section letter ("&" and "and" are the same; case, spaces and
/// punctuation do not matter).
const ENGLISH_SECTOR_VARIANTS: [(char, &[&str]); 17] = [
    (
        'A',
        &[
            "Agriculture",
            "Agri-food",
            "Agriculture, forestry and fishing",
        ],
    ),
    ('B', &["Mining"]),
    (
        'C',
        &[
            "Manufacturing industry",
            "Manufacture",
            "Industrial manufacturing",
        ],
    ),
    ('D', &["Utilities", "Energy", "Electricity, gas and water"]),
    ('E', &["Construction"]),
    (
        'F',
        &[
            "Wholesale and retail",
            "Wholesale and retail trade",
            "Retail",
            "Wholesale",
            "Trade",
            "Trading",
            "Retail and wholesale",
        ],
    ),
    (
        'G',
        &[
            "Logistics",
            "Transport",
            "Transportation",
            "Transport and logistics",
            "Transport and storage",
            "Transport, storage and post",
            "Transportation, storage and postal services",
            "Warehousing",
        ],
    ),
    (
        'H',
        &[
            "Accommodation and catering",
            "Hotels and restaurants",
            "Hotels and catering",
            "Hotel and catering",
            "Hospitality",
            "Accommodation and food services",
            "Catering",
            "Hotels",
        ],
    ),
    (
        'I',
        &[
            "Information technology",
            "IT",
            "ICT",
            "Software",
            "IT services",
            "Software and IT services",
            "Information transmission, software and information technology services",
        ],
    ),
    (
        'J',
        &[
            "Financial services",
            "Financial",
            "Financial intermediation",
            "Banking and finance",
            "Banking",
            "Financial industry",
        ],
    ),
    (
        'K',
        &[
            "Real estate",
            "Property",
            "Properties",
            "Property development",
            "Real estate development",
            "Realty",
        ],
    ),
    (
        'L',
        &[
            "Leasing and business services",
            "Business services",
            "Leasing and commercial services",
            "Commercial services",
            "Leasing",
        ],
    ),
    (
        'M',
        &[
            "Scientific research and technical services",
            "Research and development",
            "R&D",
            "Scientific research",
            "Technical services",
            "Science and technology services",
            "Professional, scientific and technical services",
        ],
    ),
    ('P', &["Education"]),
    (
        'Q',
        &[
            "Health",
            "Healthcare",
            "Health care",
            "Health and social work",
        ],
    ),
    (
        'R',
        &[
            "Culture",
            "Culture, sports and entertainment",
            "Entertainment",
        ],
    ),
    ('X', &["Others", "Miscellaneous"]),
];

/// The index of the reference sectors: English name, code, section letters (those without a sector of their own
/// go to "Other"), Chinese names (reference, GB/T 4754, short forms, Simplified and Traditional) and English
/// variants.
pub fn sector_index(sectors: &[Sector]) -> NameIndex {
    let mut index = NameIndex {
        latin_suffixes: &SECTOR_SUFFIXES,
        ..NameIndex::default()
    };
    let other = sectors.iter().position(|s| s.code == "X");
    let of_letter = |letter: char| {
        sectors
            .iter()
            .position(|s| s.code.len() == 1 && s.code.starts_with(letter))
            .or(other)
    };
    for (i, sector) in sectors.iter().enumerate() {
        index.exact.insert(sector.name.to_lowercase(), i);
        if let Some(letter) = sector
            .code
            .chars()
            .next()
            .filter(|_| sector.code.len() == 1)
        {
            index.letters.insert(letter, i);
        }
        index.insert_chinese(&sector.name_zh, i);
        index.insert_chinese(&sector.name_zh_hant, i);
        for sub_sector in &sector.sub_sectors {
            index.insert_chinese(&sub_sector.name_zh, i);
            index.insert_chinese(&sub_sector.name_zh_hant, i);
        }
    }
    for (letter, simplified, traditional) in GBT_4754_SECTIONS {
        if let Some(i) = of_letter(letter) {
            index.letters.entry(letter).or_insert(i);
            index.insert_chinese(simplified, i);
            index.insert_chinese(traditional, i);
        }
    }
    for (letter, names) in CHINESE_SECTOR_VARIANTS {
        if let Some(i) = of_letter(letter) {
            for name in names {
                index.insert_chinese(name, i);
            }
        }
    }
    for (letter, names) in ENGLISH_SECTOR_VARIANTS {
        if let Some(i) = of_letter(letter) {
            for name in names {
                index.insert_latin(name, i, MatchHow::EnglishVariant);
            }
        }
    }
    index
}

/// The index of the sub-sectors, flattened in `sectors` order: English and Chinese names only.
pub fn sub_sector_index(sectors: &[Sector]) -> NameIndex {
    let mut index = NameIndex::default();
    for (i, sub_sector) in sectors.iter().flat_map(|s| &s.sub_sectors).enumerate() {
        index.exact.insert(sub_sector.name.to_lowercase(), i);
        index.insert_chinese(&sub_sector.name_zh, i);
        index.insert_chinese(&sub_sector.name_zh_hant, i);
    }
    index
}
