//! Which column of a consultant's file is which project field, and in what unit its amounts are.
//!
//! Files come with headers in English or Chinese (项目名称, 合同外资(万美元), …), so the guess matches each header
//! against a list of names per field and reads any unit written in brackets. The user sees the guess in the mapping
//! dialog and corrects it; the corrected mapping is remembered for files with the same header. Must not depend on
//! egui, eframe or rfd.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::columns::Field;

/// The currency an amount column is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Currency {
    Usd,
    Cny,
    Hkd,
}

impl From<super::values::CellCurrency> for Currency {
    fn from(currency: super::values::CellCurrency) -> Self {
        use super::values::CellCurrency;
        match currency {
            CellCurrency::Usd => Currency::Usd,
            CellCurrency::Cny => Currency::Cny,
            CellCurrency::Hkd => Currency::Hkd,
        }
    }
}

/// How an amount column is written: the scale and currency of its plain numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AmountUnit {
    Usd,
    UsdThousands,
    /// 万美元: the unit of most Chinese statistical tables.
    UsdTenThousands,
    /// The app's own unit.
    #[default]
    UsdMillions,
    /// 亿美元.
    UsdHundredMillions,
    UsdBillions,
    Cny,
    /// 千元.
    CnyThousands,
    /// 万元.
    CnyTenThousands,
    /// 百万元.
    CnyMillions,
    /// 亿元.
    CnyHundredMillions,
    /// Hong Kong dollars, converted like CNY at the contract year's rate (`RateTable::hkd_per_usd`).
    Hkd,
    HkdTenThousands,
    HkdMillions,
    HkdHundredMillions,
}

/// Every unit: its currency, what one written unit is worth in that currency, and its label.
const UNITS: [(AmountUnit, Currency, f64, &str); 15] = [
    (AmountUnit::UsdMillions, Currency::Usd, 1e6, "USD m"),
    (AmountUnit::Usd, Currency::Usd, 1.0, "USD"),
    (AmountUnit::UsdThousands, Currency::Usd, 1e3, "USD k"),
    (
        AmountUnit::UsdTenThousands,
        Currency::Usd,
        1e4,
        "USD 10 k (万美元)",
    ),
    (
        AmountUnit::UsdHundredMillions,
        Currency::Usd,
        1e8,
        "USD 100 m (亿美元)",
    ),
    (AmountUnit::UsdBillions, Currency::Usd, 1e9, "USD bn"),
    (AmountUnit::Cny, Currency::Cny, 1.0, "CNY"),
    (AmountUnit::CnyThousands, Currency::Cny, 1e3, "CNY k (千元)"),
    (
        AmountUnit::CnyTenThousands,
        Currency::Cny,
        1e4,
        "CNY 10 k (万元)",
    ),
    (
        AmountUnit::CnyMillions,
        Currency::Cny,
        1e6,
        "CNY m (百万元)",
    ),
    (
        AmountUnit::CnyHundredMillions,
        Currency::Cny,
        1e8,
        "CNY 100 m (亿元)",
    ),
    (AmountUnit::Hkd, Currency::Hkd, 1.0, "HKD"),
    (
        AmountUnit::HkdTenThousands,
        Currency::Hkd,
        1e4,
        "HKD 10 k (万港元)",
    ),
    (AmountUnit::HkdMillions, Currency::Hkd, 1e6, "HKD m"),
    (
        AmountUnit::HkdHundredMillions,
        Currency::Hkd,
        1e8,
        "HKD 100 m (亿港元)",
    ),
];

impl AmountUnit {
    pub const ALL: [AmountUnit; 15] = {
        let mut all = [AmountUnit::UsdMillions; 15];
        let mut i = 0;
        while i < UNITS.len() {
            all[i] = UNITS[i].0;
            i += 1;
        }
        all
    };

    fn entry(self) -> (AmountUnit, Currency, f64, &'static str) {
        UNITS
            .into_iter()
            .find(|(unit, ..)| *unit == self)
            .unwrap_or(UNITS[0])
    }

    pub fn label(self) -> &'static str {
        self.entry().3
    }

    /// What one written unit is worth, in units of its currency.
    pub fn scale(self) -> f64 {
        self.entry().2
    }

    pub fn currency(self) -> Currency {
        self.entry().1
    }

    /// The unit written in a header such as "合同外资(万美元)", "Contracted (USD m)" or "投资额（亿港元）": its
    /// currency and its scale are read separately, so "亿美元" is not taken for "美元".
    pub fn from_header(header: &str) -> Option<AmountUnit> {
        let text = header.to_lowercase();
        let currency = header_currency(&text);
        let scale = header_scale(&text);
        if currency.is_none() && scale.is_none() {
            return None;
        }
        let (currency, scale) = (currency.unwrap_or(Currency::Usd), scale.unwrap_or(1.0));
        UNITS
            .into_iter()
            .find(|(_, c, s, _)| *c == currency && *s == scale)
            .map(|(unit, ..)| unit)
            // A scale the list does not have (HKD k): the currency at least, so HKD is never read as USD.
            .or_else(|| {
                UNITS
                    .into_iter()
                    .find(|(_, c, s, _)| *c == currency && *s == 1.0)
                    .map(|(unit, ..)| unit)
            })
    }
}

/// The currency a header names.
fn header_currency(text: &str) -> Option<Currency> {
    super::values::currency_named_in(text).map(Currency::from)
}

/// The scale a header names: Chinese scale characters anywhere, English ones as whole words ("USD m", "usd_bn",
/// "$m", "US$ '000").
fn header_scale(text: &str) -> Option<f64> {
    for (tokens, scale) in [
        (&["亿", "億"][..], 1e8),
        (&["百万", "百萬"][..], 1e6),
        (&["万", "萬"][..], 1e4),
        (&["千"][..], 1e3),
    ] {
        if tokens.iter().any(|t| text.contains(t)) {
            return Some(scale);
        }
    }
    let words = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '$' || c == '\''));
    for word in words {
        // "usdm", "$m", "musd": a currency stuck to the scale.
        let word = ["usd", "hkd", "cny", "rmb", "us$", "hk$", "$"]
            .iter()
            .fold(word, |w, c| {
                w.strip_prefix(c).or_else(|| w.strip_suffix(c)).unwrap_or(w)
            });
        match word {
            "k" | "thousand" | "thousands" | "'000" | "000" => return Some(1e3),
            "m" | "mn" | "mm" | "mio" | "million" | "millions" => return Some(1e6),
            "bn" | "b" | "billion" | "billions" => return Some(1e9),
            _ => {}
        }
    }
    None
}

/// Which file column (0-based) each project field comes from, and the unit of each amount column.
/// Columns that no field takes stay visible as extra columns.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mapping {
    pub fields: BTreeMap<Field, usize>,
    /// Units of the mapped amount fields; a field without an entry is in USD m.
    #[serde(default)]
    pub units: BTreeMap<Field, AmountUnit>,
    /// A column saying each row's currency (币种: "USD", "人民币", …), overriding the unit's currency row by row.
    #[serde(default)]
    pub currency_column: Option<usize>,
    /// The header this mapping was made for (see [`header_signature`]): columns are numbers, so a mapping only
    /// applies to a file whose header is the same.
    #[serde(default)]
    pub header: String,
}

/// The fields without which a table is not a project list: it then opens as a plain table.
pub const REQUIRED: [Field; 2] = [Field::Name, Field::ContractedUsdM];

/// The amount fields, whose unit is part of the mapping.
pub const AMOUNT_FIELDS: [Field; 2] = [Field::ContractedUsdM, Field::UtilizedUsdM];

impl Mapping {
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.fields.get(&field).copied()
    }

    pub fn field_of(&self, column: usize) -> Option<Field> {
        self.fields
            .iter()
            .find(|(_, c)| **c == column)
            .map(|(field, _)| *field)
    }

    pub fn unit(&self, field: Field) -> AmountUnit {
        self.units.get(&field).copied().unwrap_or_default()
    }

    /// Points `field` at `column` (or at nothing), taking the column away from any field that had it.
    pub fn set(&mut self, field: Field, column: Option<usize>) {
        self.fields.remove(&field);
        if let Some(column) = column {
            self.fields.retain(|_, c| *c != column);
            if self.currency_column == Some(column) {
                self.currency_column = None;
            }
            self.fields.insert(field, column);
        }
    }

    /// The required fields that no column is mapped to: non-empty means the file opens as a plain table.
    pub fn missing_required(&self) -> Vec<Field> {
        REQUIRED
            .into_iter()
            .filter(|field| !self.fields.contains_key(field))
            .collect()
    }

    pub fn is_project_table(&self) -> bool {
        self.missing_required().is_empty()
    }

    /// True when every header is one of the app's own column names: the file needs no mapping dialog.
    pub fn is_own_format(headers: &[String]) -> bool {
        let own = |h: &String| {
            Field::from_key(h).is_some() || DERIVED_COLUMNS.iter().any(|d| d == &h.trim())
        };
        Field::CORE
            .iter()
            .all(|field| headers.iter().any(|h| Field::from_key(h) == Some(*field)))
            && headers.iter().filter(|h| own(h)).count() * 2 >= headers.len()
    }

    /// True when this mapping was made for `headers` (same names, same order).
    pub fn fits(&self, headers: &[String]) -> bool {
        self.header == header_signature(headers)
    }

    /// Guesses the mapping from the header names: the app's own keys first, then English and Chinese names.
    pub fn guess(headers: &[String]) -> Mapping {
        let mut mapping = Mapping {
            header: header_signature(headers),
            ..Mapping::default()
        };
        let normalized: Vec<String> = headers.iter().map(|h| normalize_header(h)).collect();
        // Every (strength, field, column) where a name of the field matches the header: an exact name beats any
        // contained one, and a longer contained name beats a shorter one, so "实际投资额" goes to the utilised
        // field (实际投资) rather than the contracted one (投资额). Strongest first, each field and column once.
        const EXACT: usize = usize::MAX;
        let mut candidates = Vec::new();
        for field in Field::ALL {
            for (column, header) in normalized.iter().enumerate() {
                let strength = names_of(field)
                    .iter()
                    .map(|name| normalize_header(name))
                    .filter_map(|name| {
                        if header.is_empty() {
                            None
                        } else if *header == name {
                            Some(EXACT)
                        } else {
                            (contained_name_is_specific(&name) && header.contains(&name))
                                .then(|| name.chars().count())
                        }
                    })
                    .max();
                if let Some(strength) = strength {
                    candidates.push((strength, field, column));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        for (_, field, column) in candidates {
            if !mapping.fields.contains_key(&field) && mapping.field_of(column).is_none() {
                mapping.fields.insert(field, column);
            }
        }
        for field in AMOUNT_FIELDS {
            if let Some(column) = mapping.column_of(field) {
                let unit = headers
                    .get(column)
                    .and_then(|h| AmountUnit::from_header(h))
                    .unwrap_or_default();
                mapping.units.insert(field, unit);
            }
        }
        mapping.currency_column = normalized.iter().enumerate().find_map(|(column, header)| {
            (mapping.field_of(column).is_none() && CURRENCY_NAMES.contains(&header.as_str()))
                .then_some(column)
        });
        mapping
    }

    /// Applies `--map FIELD=COLUMN` overrides: FIELD is a field key (e.g. `contracted_usd_m`) and COLUMN a header
    /// name (exact, then case-insensitive) or a 1-based column number. An optional `:UNIT` after the column sets an
    /// amount's unit (`usd`, `usd_k`, `usd_10k`, `usd_m`, `usd_100m`, `usd_bn`, `cny`, `cny_k`, `cny_10k`, `cny_m`,
    /// `cny_100m`, `hkd`, `hkd_10k`, `hkd_m`, `hkd_100m`).
    pub fn apply_override(&mut self, headers: &[String], spec: &str) -> Result<(), OverrideError> {
        let (key, column) = spec
            .split_once('=')
            .ok_or_else(|| OverrideError::NotFieldEqualsColumn { spec: spec.into() })?;
        let field = Field::from_key(key).ok_or_else(|| OverrideError::UnknownField {
            spec: spec.into(),
            key: key.into(),
        })?;
        let (column, unit) = match column.rsplit_once(':') {
            Some((column, unit)) if unit_from_key(unit).is_some() => (column, unit_from_key(unit)),
            _ => (column, None),
        };
        let index = headers
            .iter()
            .position(|h| h.trim() == column.trim())
            .or_else(|| {
                headers
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(column.trim()))
            })
            .or_else(|| {
                column
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=headers.len()).contains(n))
                    .map(|n| n - 1)
            })
            .ok_or_else(|| OverrideError::NoColumn {
                spec: spec.into(),
                column: column.into(),
                headers: headers.to_vec(),
            })?;
        self.set(field, Some(index));
        if let Some(unit) = unit {
            self.units.insert(field, unit);
        }
        Ok(())
    }
}

/// Why a `--map FIELD=COLUMN` override does not apply (worded by `query::messages`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OverrideError {
    /// No `=` in the spec.
    NotFieldEqualsColumn { spec: String },
    /// FIELD is not a field key (the keys are [`Field::key`] of every field but the derived size band).
    UnknownField { spec: String, key: String },
    /// COLUMN is neither a header nor a column number of the file.
    NoColumn {
        spec: String,
        column: String,
        headers: Vec<String>,
    },
}

/// Columns of the app's own CSV that are derived from the reference data, so the loader ignores them.
pub const DERIVED_COLUMNS: [&str; 6] = [
    "sector_code",
    "sector_zh",
    "district_adcode",
    "district_zh",
    "region",
    "size_band",
];

/// Whether a name is specific enough to match inside a longer header: two Chinese characters ("行业") are, but a
/// short English word is not ("id" is inside "paid-in").
fn contained_name_is_specific(name: &str) -> bool {
    if name.is_ascii() {
        name.len() >= 4
    } else {
        name.chars().count() >= 2
    }
}

/// Header names of a per-row currency column.
const CURRENCY_NAMES: [&str; 5] = ["币种", "货币", "currency", "ccy", "币别"];

fn unit_from_key(key: &str) -> Option<AmountUnit> {
    Some(match key.trim().to_ascii_lowercase().as_str() {
        "usd" => AmountUnit::Usd,
        "usd_k" => AmountUnit::UsdThousands,
        "usd_10k" => AmountUnit::UsdTenThousands,
        "usd_m" => AmountUnit::UsdMillions,
        "usd_100m" => AmountUnit::UsdHundredMillions,
        "usd_bn" => AmountUnit::UsdBillions,
        "cny" => AmountUnit::Cny,
        "cny_k" => AmountUnit::CnyThousands,
        "cny_10k" => AmountUnit::CnyTenThousands,
        "cny_m" => AmountUnit::CnyMillions,
        "cny_100m" => AmountUnit::CnyHundredMillions,
        "hkd" => AmountUnit::Hkd,
        "hkd_10k" => AmountUnit::HkdTenThousands,
        "hkd_m" => AmountUnit::HkdMillions,
        "hkd_100m" => AmountUnit::HkdHundredMillions,
        _ => return None,
    })
}

/// Lower case, without spaces, underscores, hyphens or a bracketed unit: "合同外资（万美元）" → "合同外资".
pub fn normalize_header(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    let mut depth = 0usize;
    for c in header.trim().trim_start_matches('\u{feff}').chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_whitespace() || matches!(c, '_' | '-' | '.' | ':' | '：' | '/') => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The names a field goes by in consultants' files, English and Chinese. Exact matches win over contained ones.
fn names_of(field: Field) -> &'static [&'static str] {
    match field {
        Field::Id => &[
            "id",
            "project id",
            "project no",
            "ref",
            "项目编号",
            "编号",
            "序号",
        ],
        Field::Name => &[
            "name",
            "project",
            "project name",
            "项目名称",
            "项目",
            "名称",
            "企业名称",
            "公司名称",
        ],
        Field::Investor => &[
            "investor",
            "investors",
            "investor name",
            "投资方",
            "投资者",
            "外商",
            "外方投资者",
            "投资主体",
            "港方投资者",
            "投资企业",
        ],
        Field::Origin => &[
            "origin",
            "country",
            "来源地",
            "国别",
            "国别地区",
            "投资来源地",
        ],
        Field::Sector => &["sector", "industry", "行业", "所属行业", "行业类别", "产业"],
        Field::SubSector => &["sub_sector", "subsector", "细分行业", "子行业", "行业细类"],
        Field::District => &[
            "district",
            "county",
            "location",
            "区县",
            "所在区县",
            "所在地",
            "区域",
            "区",
        ],
        Field::Year => &["year", "签约年份", "年份", "年度", "contract year"],
        Field::Status => &["status", "状态", "项目状态", "进展", "进度"],
        Field::ContractedUsdM => &[
            "contracted_usd_m",
            "contracted",
            "contracted value",
            "contract value",
            "contracted fdi",
            "合同外资",
            "合同金额",
            "协议外资",
            "合同利用外资",
            "投资额",
            "投资金额",
        ],
        Field::UtilizedUsdM => &[
            "utilized_usd_m",
            "utilized",
            "utilised",
            "actual fdi",
            "actual investment",
            "paid-in",
            "实际投资",
            "实际使用外资",
            "实际到位",
            "实际利用外资",
            "到位资金",
            "实际到位外资",
        ],
        Field::Employees => &["employees", "jobs", "staff", "员工", "员工人数", "就业人数"],
        Field::Lat => &["lat", "latitude", "纬度"],
        Field::Lon => &["lon", "lng", "long", "longitude", "经度"],
        Field::InLiangjiang => &["in_liangjiang", "liangjiang", "两江新区", "是否两江新区"],
        Field::ContractDate => &[
            "contract_date",
            "date",
            "signing date",
            "signed",
            "签约日期",
            "签约时间",
            "日期",
        ],
        Field::SizeBand => &[],
        Field::IsSynthetic => &["is_synthetic", "synthetic"],
        Field::Source => &["source", "data source", "来源", "数据来源", "资料来源"],
    }
}

/// The key under which a confirmed mapping is remembered: the file's header, as written.
pub fn header_signature(headers: &[String]) -> String {
    headers
        .iter()
        .map(|h| h.trim())
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn chinese_headers_map_to_fields_with_their_units() {
        let headers = strings(&[
            "序号",
            "项目名称",
            "外商",
            "所属行业",
            "所在区县",
            "签约年份",
            "合同外资（万美元）",
            "实际到位(亿元)",
            "币种",
            "备注",
        ]);
        let mapping = Mapping::guess(&headers);
        assert_eq!(mapping.column_of(Field::Id), Some(0));
        assert_eq!(mapping.column_of(Field::Name), Some(1));
        assert_eq!(mapping.column_of(Field::Investor), Some(2));
        assert_eq!(mapping.column_of(Field::Sector), Some(3));
        assert_eq!(mapping.column_of(Field::District), Some(4));
        assert_eq!(mapping.column_of(Field::Year), Some(5));
        assert_eq!(mapping.column_of(Field::ContractedUsdM), Some(6));
        assert_eq!(mapping.column_of(Field::UtilizedUsdM), Some(7));
        assert_eq!(
            mapping.unit(Field::ContractedUsdM),
            AmountUnit::UsdTenThousands
        );
        assert_eq!(
            mapping.unit(Field::UtilizedUsdM),
            AmountUnit::CnyHundredMillions
        );
        assert_eq!(mapping.currency_column, Some(8));
        assert_eq!(mapping.field_of(9), None);
        assert!(mapping.is_project_table());
    }

    #[test]
    fn own_keys_map_exactly_and_are_recognised_as_own_format() {
        let headers: Vec<String> = Field::CORE.iter().map(|f| f.key().to_owned()).collect();
        let mapping = Mapping::guess(&headers);
        for (column, field) in Field::CORE.iter().enumerate() {
            assert_eq!(mapping.column_of(*field), Some(column), "{field:?}");
        }
        assert_eq!(mapping.unit(Field::ContractedUsdM), AmountUnit::UsdMillions);
        assert!(Mapping::is_own_format(&headers));
        assert!(!Mapping::is_own_format(&strings(&["项目名称", "合同外资"])));
    }

    #[test]
    fn english_headers_with_units_and_a_table_without_amounts() {
        let headers = strings(&["Project Name", "Investor", "Contracted (USD m)", "Year"]);
        let mapping = Mapping::guess(&headers);
        assert_eq!(mapping.column_of(Field::Name), Some(0));
        assert_eq!(mapping.column_of(Field::ContractedUsdM), Some(2));
        assert_eq!(mapping.unit(Field::ContractedUsdM), AmountUnit::UsdMillions);
        let plain = Mapping::guess(&strings(&["Region", "Population"]));
        assert_eq!(
            plain.missing_required(),
            vec![Field::Name, Field::ContractedUsdM]
        );
    }

    #[test]
    fn the_longest_name_wins_when_several_are_contained() {
        let headers = strings(&[
            "项目名称",
            "投资方所在地",
            "项目所在区县",
            "实际投资额",
            "合同投资额",
        ]);
        let mapping = Mapping::guess(&headers);
        assert_eq!(mapping.column_of(Field::District), Some(2));
        assert_eq!(mapping.column_of(Field::UtilizedUsdM), Some(3));
        assert_eq!(mapping.column_of(Field::ContractedUsdM), Some(4));
        let english = strings(&["Project", "Actual start date", "Contracted (USD m)"]);
        let mapping = Mapping::guess(&english);
        assert_eq!(mapping.column_of(Field::UtilizedUsdM), None);
        assert_eq!(mapping.column_of(Field::ContractedUsdM), Some(2));
    }

    #[test]
    fn units_in_headers_read_currency_and_scale_separately() {
        let cases = [
            ("合同外资（万美元）", AmountUnit::UsdTenThousands),
            ("投资额(亿美元)", AmountUnit::UsdHundredMillions),
            ("投资额(亿元)", AmountUnit::CnyHundredMillions),
            ("投资额(百万元)", AmountUnit::CnyMillions),
            ("投资额(千元)", AmountUnit::CnyThousands),
            ("投资额(万元)", AmountUnit::CnyTenThousands),
            ("投资额(万港元)", AmountUnit::HkdTenThousands),
            ("投资额(港元)", AmountUnit::Hkd),
            ("Contracted (HKD m)", AmountUnit::HkdMillions),
            ("Contracted (USD m)", AmountUnit::UsdMillions),
            ("contracted_usd_m", AmountUnit::UsdMillions),
            ("Value, USD bn", AmountUnit::UsdBillions),
            ("Value (US$ '000)", AmountUnit::UsdThousands),
            ("Value ($m)", AmountUnit::UsdMillions),
            ("金额（美元）", AmountUnit::Usd),
            ("金额（人民币）", AmountUnit::Cny),
        ];
        for (header, unit) in cases {
            assert_eq!(AmountUnit::from_header(header), Some(unit), "{header}");
        }
        assert_eq!(AmountUnit::from_header("Contracted"), None);
    }

    #[test]
    fn overrides_take_a_column_by_name_or_number_with_a_unit() {
        let headers = strings(&["Project", "Value", "Other"]);
        let mut mapping = Mapping::guess(&headers);
        mapping
            .apply_override(&headers, "contracted_usd_m=Value:cny_100m")
            .unwrap();
        assert_eq!(mapping.column_of(Field::ContractedUsdM), Some(1));
        assert_eq!(
            mapping.unit(Field::ContractedUsdM),
            AmountUnit::CnyHundredMillions
        );
        mapping.apply_override(&headers, "name=3").unwrap();
        assert_eq!(mapping.column_of(Field::Name), Some(2));
        let error = mapping.apply_override(&headers, "nme=Value").unwrap_err();
        assert!(
            matches!(&error, OverrideError::UnknownField { key, .. } if key == "nme"),
            "{error:?}"
        );
        let error = mapping.apply_override(&headers, "name=Nope").unwrap_err();
        assert!(
            matches!(&error, OverrideError::NoColumn { headers: h, .. } if h == &headers),
            "{error:?}"
        );
    }

    #[test]
    fn setting_a_field_takes_the_column_from_another() {
        let mut mapping = Mapping::default();
        mapping.set(Field::Name, Some(0));
        mapping.set(Field::Investor, Some(0));
        assert_eq!(mapping.column_of(Field::Name), None);
        assert_eq!(mapping.column_of(Field::Investor), Some(0));
        mapping.set(Field::Investor, None);
        assert!(mapping.fields.is_empty());
    }
}
