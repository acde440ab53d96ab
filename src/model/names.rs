//! Matching a file's own sector and district names to the reference data: 渝中区, 渝中, 渝中區, "Yuzhong District",
//! "yu zhong qu", "Nan'an", 500103; 住宿和餐饮业, "H", "K 房地产业", "Hotels & restaurants". One index per column,
//! built once from the reference tables; [`join_column`] rewrites a category column so that every matched label
//! becomes the reference name (so facets, colours, totals and scoring see one value) and says what matched how.
//!
//! Must not depend on egui, eframe or rfd.

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::columns::CategoryColumn;
use super::reference::{District, Sector};

/// How a label was recognised, from the most to the least literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchHow {
    /// The reference English name, ignoring case and surrounding spaces.
    Exact,
    /// A Chinese name, Simplified or Traditional, with or without its 区/县 suffix or 重庆市 prefix.
    ChineseName,
    /// Pinyin or English spelling of a district, with or without "District"/"County"/"Qu"/"Xian".
    Pinyin,
    /// A GB/T 2260 administrative code (500103).
    Adcode,
    /// A GB/T 4754 section letter, alone or before the section's name ("K", "K 房地产业").
    SectionLetter,
    /// A common English name of a sector ("Real Estate", "Hotels & restaurants", "Logistics").
    EnglishVariant,
}

impl MatchHow {
    /// Words for the quality report.
    pub fn describe(self) -> &'static str {
        match self {
            MatchHow::Exact => "exact name",
            MatchHow::ChineseName => "Chinese name",
            MatchHow::Pinyin => "pinyin",
            MatchHow::Adcode => "adcode",
            MatchHow::SectionLetter => "section letter",
            MatchHow::EnglishVariant => "English variant",
        }
    }
}

/// Which reference column a match is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NameColumn {
    Sector,
    SubSector,
    District,
}

impl NameColumn {
    pub fn describe(self) -> &'static str {
        match self {
            NameColumn::Sector => "sector",
            NameColumn::SubSector => "sub-sector",
            NameColumn::District => "district",
        }
    }
}

/// What one way of matching did to one column: how many distinct labels and rows, with one example.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NameMatch {
    pub column: NameColumn,
    pub how: MatchHow,
    /// Distinct labels of the file matched this way.
    pub labels: usize,
    pub rows: usize,
    /// One label as written in the file (the one with most rows) …
    pub example: String,
    /// … and the reference name it became.
    pub matched_to: String,
}

impl NameMatch {
    /// "district: 12 names (1,204 rows) by Chinese name, e.g. 渝中区 → Yuzhong" (no example when the names were
    /// already the reference ones).
    pub fn line(&self) -> String {
        let plural = |n: usize, noun: &str| {
            if n == 1 {
                format!("1 {noun}")
            } else {
                format!("{} {noun}s", crate::format::count(n))
            }
        };
        let mut line = format!(
            "{}: {} ({}) by {}",
            self.column.describe(),
            plural(self.labels, "name"),
            plural(self.rows, "row"),
            self.how.describe(),
        );
        if self.example != self.matched_to {
            line.push_str(&format!(", e.g. {} → {}", self.example, self.matched_to));
        }
        line
    }
}

/// Labels → reference entries for one column. Keys are normalised (see [`latin_key`] and [`chinese_key`]).
#[derive(Clone, Debug, Default)]
pub struct NameIndex {
    /// Reference English names, lower-cased.
    exact: FxHashMap<String, usize>,
    /// Chinese keys (Simplified and Traditional, suffixes stripped).
    chinese: FxHashMap<String, usize>,
    /// Latin keys: pinyin and English spellings.
    latin: FxHashMap<String, (usize, MatchHow)>,
    /// Adcodes, current and former.
    adcodes: FxHashMap<u32, usize>,
    /// GB/T 4754 section letter → reference index.
    letters: FxHashMap<char, usize>,
    /// Words a Latin label may end with and still name its entry ("District", "Xian" / "sector", "industry").
    latin_suffixes: &'static [&'static str],
}

impl NameIndex {
    /// The reference entry `label` names, and how it was recognised; `None` for a name left as written.
    pub fn find(&self, label: &str) -> Option<(usize, MatchHow)> {
        let label = label.trim();
        if label.is_empty() {
            return None;
        }
        if let Some(&index) = self.exact.get(&label.to_lowercase()) {
            return Some((index, MatchHow::Exact));
        }
        if let Some(index) = self.find_adcode(label) {
            return Some((index, MatchHow::Adcode));
        }
        if let Some(index) = self.find_letter(label) {
            return Some((index, MatchHow::SectionLetter));
        }
        if label.chars().any(is_cjk) {
            return self
                .chinese
                .get(&chinese_key(label))
                .map(|&index| (index, MatchHow::ChineseName));
        }
        self.find_latin(&latin_key(label))
    }

    fn find_adcode(&self, label: &str) -> Option<usize> {
        if label.len() != 6 || !label.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.adcodes.get(&label.parse().ok()?).copied()
    }

    /// "K", "k", "K 房地产业", "K - Real estate", "K房地产业": a section letter, then nothing, a separator or Chinese.
    fn find_letter(&self, label: &str) -> Option<usize> {
        if self.letters.is_empty() {
            return None;
        }
        let mut chars = label.chars();
        let letter = chars.next()?.to_ascii_uppercase();
        let rest = chars.as_str();
        let next = rest.chars().next();
        let stands_alone = match next {
            None => true,
            Some(c) => {
                c.is_whitespace()
                    || matches!(c, '.' | '-' | ':' | '：' | '、' | ')' | '）' | '|')
                    || is_cjk(c)
            }
        };
        // A lower-case letter only counts alone: "k" is a code, "f Finance" is more likely a typo.
        if !stands_alone || (next.is_some() && !label.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            return None;
        }
        self.letters.get(&letter).copied()
    }

    /// Tries the key, then the key with a trailing suffix word or a leading "chongqing" removed, repeatedly.
    fn find_latin(&self, key: &str) -> Option<(usize, MatchHow)> {
        let mut key = key.strip_prefix("chongqingshi").unwrap_or(key);
        if key != "chongqing" {
            key = key.strip_prefix("chongqing").unwrap_or(key);
        }
        let mut current = key;
        loop {
            if let Some(&found) = self.latin.get(current) {
                return Some(found);
            }
            let stripped = self
                .latin_suffixes
                .iter()
                .find_map(|suffix| current.strip_suffix(suffix).filter(|rest| !rest.is_empty()))?;
            current = stripped;
        }
    }

    fn insert_chinese(&mut self, name: &str, index: usize) {
        let key = chinese_key(name);
        if !key.is_empty() {
            self.chinese.entry(key).or_insert(index);
        }
    }

    fn insert_latin(&mut self, name: &str, index: usize, how: MatchHow) {
        let key = latin_key(name);
        if !key.is_empty() {
            self.latin.entry(key).or_insert((index, how));
        }
    }
}

/// Words a Latin district name may end with, longest first so "autonomouscounty" goes before "county".
const DIVISION_SUFFIXES: [&str; 13] = [
    "autonomouscounty",
    "zizhixian",
    "newdistrict",
    "district",
    "county",
    "tujiazu",
    "miaozu",
    "tujia",
    "miao",
    "xian",
    "and",
    "qu",
    "ac",
];

/// Chinese endings stripped from district names and labels (longest first), and the prefixes of the city.
/// Words a Latin sector name may end with ("Real estate sector", "Logistics industry").
const SECTOR_SUFFIXES: [&str; 3] = ["industries", "industry", "sector"];

const CHINESE_SUFFIXES: [&str; 8] = ["自治县", "自治縣", "土家族", "苗族", "区", "區", "县", "縣"];
const CHINESE_PREFIXES: [&str; 4] = ["重庆市", "重慶市", "重庆", "重慶"];

/// Whether `c` is a CJK ideograph (or CJK punctuation): such labels are matched by their Chinese name.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Lower-case ASCII letters and digits only, with tone marks folded and "&" read as "and": "Nan'an" and "nanan",
/// "Yú Zhōng Qū" and "yuzhongqu", "Hotels & restaurants" and "hotelsandrestaurants" meet.
pub fn latin_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '&' || c == '＆' {
            key.push_str("and");
            continue;
        }
        let c = fold_tone(c);
        if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
        }
    }
    key
}

/// Pinyin with tone marks (and ü) to plain letters.
fn fold_tone(c: char) -> char {
    match c {
        'ā' | 'á' | 'ǎ' | 'à' | 'Ā' | 'Á' | 'Ǎ' | 'À' => 'a',
        'ē' | 'é' | 'ě' | 'è' | 'Ē' | 'É' | 'Ě' | 'È' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' | 'Ī' | 'Í' | 'Ǐ' | 'Ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' | 'Ō' | 'Ó' | 'Ǒ' | 'Ò' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' | 'Ū' | 'Ú' | 'Ǔ' | 'Ù' => 'u',
        'ü' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'Ü' => 'u',
        // Full-width letters and digits, as some Chinese input methods type them.
        '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}' => {
            char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c)
        }
        _ => c,
    }
}

/// A Chinese name without spaces, punctuation, joining words (和 及 与 與), the 重庆市 prefix, the 区/县/自治县 and
/// ethnic endings of a division, or the 业 of an industry: 住宿和餐饮业 and 住宿、餐饮 meet, as do 渝中区 and 渝中.
pub fn chinese_key(text: &str) -> String {
    let mut key: String = text
        .chars()
        .filter(|&c| {
            !c.is_whitespace()
                && !c.is_ascii_punctuation()
                && !matches!(
                    c,
                    '、' | '，' | '。' | '（' | '）' | '：' | '·' | '和' | '及' | '与' | '與'
                )
        })
        // Hong Kong writes 衞, Taiwan 衛: one key for both.
        .map(|c| if c == '衛' { '衞' } else { c })
        .collect();
    for prefix in CHINESE_PREFIXES {
        if let Some(rest) = key.strip_prefix(prefix).filter(|rest| !rest.is_empty()) {
            key = rest.to_owned();
            break;
        }
    }
    loop {
        let stripped = CHINESE_SUFFIXES
            .iter()
            .chain(&["业", "業"])
            .find_map(|suffix| key.strip_suffix(suffix).filter(|rest| !rest.is_empty()));
        match stripped {
            Some(rest) => key = rest.to_owned(),
            None => return key,
        }
    }
}

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

/// The result of joining one column: for each (new) code, the reference entry it is, and the matches made.
pub struct Joined {
    /// For each code of the rewritten column, its reference index (`None`: a name left as written).
    pub reference_of_code: Vec<Option<usize>>,
    /// What matched how (not counting exact matches of labels already spelled as the reference).
    pub matches: Vec<NameMatch>,
}

/// Matches every label of `column` through `index`; a matched label becomes `reference_name(i)`, and labels that
/// become the same name are merged into one code. The column is only rebuilt when a label changes.
pub fn join_column(
    column: &mut CategoryColumn,
    index: &NameIndex,
    which: NameColumn,
    reference_name: impl Fn(usize) -> String,
) -> Joined {
    let found: Vec<Option<(usize, MatchHow)>> = column
        .labels()
        .iter()
        .map(|label| index.find(label))
        .collect();
    let matches = summarise(column, &found, which, &reference_name);
    let renamed = column
        .labels()
        .iter()
        .zip(&found)
        .any(|(label, found)| found.is_some_and(|(i, _)| *label != reference_name(i)));
    if !renamed {
        return Joined {
            reference_of_code: found.iter().map(|f| f.map(|(i, _)| i)).collect(),
            matches,
        };
    }
    let mut rebuilt = CategoryColumn::with_capacity(column.len());
    let remap: Vec<u32> = column
        .labels()
        .iter()
        .zip(&found)
        .map(|(label, found)| match found {
            Some((i, _)) => rebuilt.intern(&reference_name(*i)),
            None => rebuilt.intern(label),
        })
        .collect();
    for row in 0..column.len() {
        rebuilt.push_code(
            column
                .code(row)
                .and_then(|code| remap.get(code as usize))
                .map(|&code| code as usize),
        );
    }
    let mut reference_of_code = vec![None; rebuilt.labels().len()];
    for (old, found) in found.iter().enumerate() {
        if let (Some((i, _)), Some(&new)) = (found, remap.get(old)) {
            reference_of_code[new as usize] = Some(*i);
        }
    }
    *column = rebuilt;
    Joined {
        reference_of_code,
        matches,
    }
}

/// Counts labels and rows per way of matching, with the most-used label as the example.
fn summarise(
    column: &CategoryColumn,
    found: &[Option<(usize, MatchHow)>],
    which: NameColumn,
    reference_name: &impl Fn(usize) -> String,
) -> Vec<NameMatch> {
    let mut rows_of_code = vec![0usize; column.labels().len()];
    for &code in column.codes() {
        if let Some(rows) = rows_of_code.get_mut(code as usize) {
            *rows += 1;
        }
    }
    let mut matches: Vec<(NameMatch, usize)> = Vec::new();
    for ((label, found), &rows) in column.labels().iter().zip(found).zip(&rows_of_code) {
        let Some((i, how)) = *found else { continue };
        if rows == 0 {
            continue;
        }
        let name = reference_name(i);
        match matches.iter_mut().find(|(m, _)| m.how == how) {
            Some((entry, best_rows)) => {
                entry.labels += 1;
                entry.rows += rows;
                if rows > *best_rows {
                    (entry.example, entry.matched_to, *best_rows) = (label.clone(), name, rows);
                }
            }
            None => matches.push((
                NameMatch {
                    column: which,
                    how,
                    labels: 1,
                    rows,
                    example: label.clone(),
                    matched_to: name,
                },
                rows,
            )),
        }
    }
    let mut matches: Vec<NameMatch> = matches.into_iter().map(|(m, _)| m).collect();
    matches.sort_by_key(|m| m.how);
    matches
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(
            joined.matches[1].line(),
            "district: 2 names (3 rows) by Chinese name, e.g. 渝中区 → Yuzhong"
        );
    }
}
