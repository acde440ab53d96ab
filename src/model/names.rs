//! Matching a file's own sector and district names to the reference data: 渝中区, 渝中, 渝中區, "Yuzhong District",
//! "yu zhong qu", "Nan'an", 500103; 住宿和餐饮业, "H", "K 房地产业", "Hotels & restaurants". One index per column,
//! built once from the reference tables; [`join_column`] rewrites a category column so that every matched label
//! becomes the reference name (so facets, colours, totals and scoring see one value) and says what matched how.
//!
//! Must not depend on egui, eframe or rfd.

use rustc_hash::FxHashMap;
use serde::Serialize;

mod aliases;
mod join;
#[cfg(test)]
mod tests;

pub use aliases::{GBT_4754_SECTIONS, district_index, sector_index, sub_sector_index};
pub use join::{Joined, join_column};

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

/// Which reference column a match is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NameColumn {
    Sector,
    SubSector,
    District,
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

/// Words a Latin sector name may end with ("Real estate sector", "Logistics industry").
const SECTOR_SUFFIXES: [&str; 3] = ["industries", "industry", "sector"];

/// Chinese endings stripped from district names and labels (longest first), and the prefixes of the city.
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
