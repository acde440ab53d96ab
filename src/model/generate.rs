//! The deterministic generator of the default dataset: a synthetic sample of Hong Kong-invested projects in Chongqing,
//! calibrated to the published aggregates of `shared/guide/data.md` §1 and §3, plus the reference datasets of
//! `tables` serialised as RON. Same options ⇒ byte-identical files, on every platform and after any dependency
//! upgrade (own PRNG, own `ln`/`exp`, integer amounts).
//!
//! How a dataset is built: yearly counts (exact per published era, a smooth trend with noise within it: see
//! `years`) → sectors by era quotas → the mega projects → sub-sectors, districts (coupled to sector) and the
//! Liangjiang flag → log-normal sizes → raking (iterative proportional fitting) of the values to the sector × era,
//! district and yearly value targets → integer USD thousands summing exactly to the published total → status,
//! utilised amount, names, coordinates, dates.
//!
//! Must not depend on egui, eframe or rfd: the CLI and the tests run it headless.

use serde::Serialize;

use super::bands;
use super::geo;
use super::reference::{District, Sector};
use super::rng::{self, Rng};
use super::tables;

mod years;

/// Seed of the shipped dataset (the date of the iChongqing article the totals come from).
pub const DEFAULT_SEED: u64 = 20_231_113;

/// Rows of the shipped dataset: "more than 3,500" projects (data.md §1).
pub const DEFAULT_ROWS: usize = 3530;

/// Σ contracted of the shipped dataset in USD thousands: exactly USD 70.4 bn.
pub const DEFAULT_TOTAL_USD_K: i64 = 70_400_000;

/// Real Hong Kong firms (and acronyms) that no synthetic investor or project name may contain as a whole word.
pub const REAL_FIRMS: &[&str] = &[
    "Cheung Kong",
    "CK",
    "Hutchison",
    "Wharf",
    "Kerry",
    "Swire",
    "Henderson",
    "Hang Lung",
    "New World",
    "Sun Hung Kai",
    "Hongkong Land",
    "Shui On",
    "Jardine",
    "Sino Land",
    "Great Eagle",
    "China Resources",
    "Man Sang",
    "Li & Fung",
    "Jinyuan",
    "Yantian",
    "Hui Xian",
    "Wheelock",
    "Chow Tai Fook",
    "Hang Seng",
    "HSBC",
    "Bank of East Asia",
    "PCCW",
    "MTR",
    "CLP",
    "Towngas",
];

/// The first entry of `REAL_FIRMS` that `text` contains as a whole word or phrase, ignoring case.
pub fn mentions_real_firm(text: &str) -> Option<&'static str> {
    let haystack = text.to_lowercase();
    REAL_FIRMS.iter().copied().find(|firm| {
        let needle = firm.to_lowercase();
        haystack.match_indices(&needle).any(|(start, _)| {
            let before = haystack[..start].chars().next_back();
            let after = haystack[start + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Number of synthetic project rows.
    pub rows: usize,
    /// PRNG seed; the same seed always gives the same bytes.
    pub seed: u64,
}

impl Default for GenerateOptions {
    /// The shipped dataset: 3,530 rows, `DEFAULT_SEED`.
    fn default() -> Self {
        Self {
            rows: DEFAULT_ROWS,
            seed: DEFAULT_SEED,
        }
    }
}

/// The seven files of a dataset, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFiles {
    pub projects_csv: String,
    pub sectors_ron: String,
    pub districts_ron: String,
    pub facts_ron: String,
    pub rates_ron: String,
    pub reference_projects_ron: String,
    /// The district boundaries decoded from `data/geo/chongqing.geojson` (see [`super::geo`]).
    pub districts_geo_json: String,
}

impl GeneratedFiles {
    /// File names and contents, in the order they are written.
    pub fn files(&self) -> [(&'static str, &str); 7] {
        [
            ("projects.csv", &self.projects_csv),
            ("sectors.ron", &self.sectors_ron),
            ("districts.ron", &self.districts_ron),
            ("facts.ron", &self.facts_ron),
            ("rates.ron", &self.rates_ron),
            ("reference_projects.ron", &self.reference_projects_ron),
            ("districts.geo.json", &self.districts_geo_json),
        ]
    }
}

/// Generates the dataset described by `options`.
pub fn generate(options: &GenerateOptions) -> GeneratedFiles {
    let context = Context::new();
    let num_rows = options.rows;
    let total_usd_k = scaled_total_usd_k(num_rows);
    let mut rng = Rng::new(options.seed);

    let mut rows = plan_years(num_rows, &mut rng);
    assign_sectors(&mut rows, &mut rng);
    let num_megas = place_megas(&mut rows, &context, &mut rng);
    assign_sub_sectors_and_districts(&mut rows, &context, &mut rng);
    ensure_every_district(&mut rows, &context);
    draw_sizes(&mut rows, total_usd_k, num_megas, &mut rng);
    assign_liangjiang(&mut rows, &context, &mut rng);
    let year_targets = year_targets(&rows, total_usd_k, &mut rng);
    rake(
        &mut rows,
        &raking_targets(&context, total_usd_k, year_targets),
    );
    settle_amounts(&mut rows, total_usd_k);
    assign_status_and_utilised(&mut rows, &mut rng);
    // Rows are listed by contract date; ties keep the (random) generation order.
    rows.sort_by_key(|row| (row.year, row.day_of_year));

    GeneratedFiles {
        projects_csv: projects_csv(&rows, &context, &mut rng),
        sectors_ron: ron_text(&context.sectors),
        districts_ron: ron_text(&context.districts),
        facts_ron: ron_text(&tables::facts()),
        rates_ron: ron_text(&tables::rates()),
        reference_projects_ron: ron_text(&tables::reference_projects()),
        districts_geo_json: match geo::build::plain_geometry(&context.districts) {
            Ok(text) => text,
            // The raw file is compiled in, and the shipped-files test decodes it on every run.
            Err(error) => unreachable!("the embedded raw boundaries always decode: {error}"),
        },
    }
}

/// Σ contracted for `num_rows` rows: USD 70.4 bn for 3,530 rows, scaled so the mean stays ≈ USD 19.9 m.
fn scaled_total_usd_k(num_rows: usize) -> i64 {
    if num_rows == DEFAULT_ROWS {
        return DEFAULT_TOTAL_USD_K;
    }
    let total = i128::from(DEFAULT_TOTAL_USD_K) * num_rows as i128;
    let rows = DEFAULT_ROWS as i128;
    ((total + rows / 2) / rows) as i64
}

/// Pretty RON with `\n` line ends whatever the platform (the default would be `\r\n` on Windows).
fn ron_text<T: Serialize + ?Sized>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::default().new_line("\n".to_owned());
    match ron::ser::to_string_pretty(value, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Plain structs of strings and numbers always serialise.
        Err(error) => unreachable!("serialising reference data to RON cannot fail: {error}"),
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Calibration targets (data.md §1, §3). Percentages are of total contracted value unless said otherwise.
// ---------------------------------------------------------------------------------------------------------------

/// Eras of the sector mix (data.md §3): before 2008; 2008–13 (laptop cluster); from 2014 (services).
const NUM_ERAS: usize = 3;

fn era_of(year: u16) -> u8 {
    match year {
        ..=2007 => 0,
        2008..=2013 => 1,
        _ => 2,
    }
}

/// Sector codes in the order of `tables::sectors()`; the arrays below follow it.
const SECTOR_CODES: [&str; 10] = ["K", "C", "L", "J", "F", "H", "G", "I", "M", "X"];
const NUM_SECTORS: usize = SECTOR_CODES.len();

/// Share of the rows of each era that each sector gets (%). Chosen so the overall count shares are §3's
/// (K 10, C 30, L 14, J 4, F 17, H 7, G 5, I 6, M 4, X 3) for the published year counts.
const SECTOR_ERA_COUNT_PCT: [[f64; NUM_ERAS]; NUM_SECTORS] = [
    [9.0, 13.0, 8.85],
    [40.0, 39.0, 6.95],
    [6.0, 8.0, 31.4],
    [1.0, 2.0, 10.3],
    [24.0, 17.0, 6.4],
    [9.0, 6.0, 4.9],
    [4.0, 4.0, 7.4],
    [2.0, 5.0, 12.9],
    [2.0, 3.0, 7.9],
    [3.0, 3.0, 3.0],
];

/// Value of each sector in each era (% of the total). Rows sum to §3's sector value shares (K 26, C 24, L 18, J 8,
/// F 6, H 5, G 4, I 4, M 2, X 3); columns to the eras' shares implied by the year buckets: 3.8 before 2008; 35.6 for
/// 2008–13, which puts 13 of the 2013–16 bucket's 28 points in 2013 (the peak year); 60.6 from 2014. The era rules
/// of §3 hold: before 2008 C + H + K = 79 % of the era's value; 2008–13 manufacturing = 41.6 %; from 2014
/// L + J + G = 46.5 %.
const SECTOR_ERA_VALUE_PCT: [[f64; NUM_ERAS]; NUM_SECTORS] = [
    [0.8, 14.8, 10.4],
    [1.5, 14.8, 7.7],
    [0.1, 0.9, 17.0],
    [0.05, 0.45, 7.5],
    [0.35, 2.0, 3.65],
    [0.7, 1.2, 3.1],
    [0.05, 0.25, 3.7],
    [0.05, 0.5, 3.45],
    [0.05, 0.3, 1.65],
    [0.15, 0.4, 2.45],
];

/// Median-size multipliers of §3, applied to the USD 2.5 m base median before raking.
const SECTOR_SIZE_MULTIPLIER: [f64; NUM_SECTORS] =
    [4.0, 1.3, 2.0, 3.0, 0.4, 1.0, 1.2, 0.7, 0.6, 0.8];
const BASE_MEDIAN_USD_M: f64 = 2.5;

/// Log-normal σ of the body within an era, below and above the median. The lower side is narrower (a project needs
/// a minimum registered capital, so contracted amounts bunch above the floor), the upper side carries the tail. The
/// era and sector scaling of the raking add their own spread, so the log-sd of the whole body ends near §3's σ ≈ 1.8
/// while the median stays in USD 2–4 m and the top 1 % of rows hold 35–45 % of value.
const ERA_SIGMA: [(f64, f64); NUM_ERAS] = [(0.5, 0.9), (0.5, 1.65), (0.5, 1.65)];

/// Smallest and largest non-mega project (USD m): §3's floor, and a cap that keeps the ≥ USD 800 m band for the
/// mega projects alone. The cap varies a little by row (see `Row::cap_usd_m`) so capped rows do not share one value.
const FLOOR_USD_M: f64 = 0.05;
const NON_MEGA_CAP_USD_M: f64 = 790.0;
const MEGA_MIN_USD_M: f64 = 800.0;
const MEGA_MAX_USD_M: f64 = 4000.0;
/// Mega projects hold 20–25 % of value (§3); 23.5 % keeps the top 1 % of rows well inside 35–45 %.
const MEGA_VALUE_SHARE: f64 = 0.235;
const MEGAS_PER_DEFAULT_ROWS: f64 = 12.0;

/// A mega project: contract year, sector code, sub-sector, district, relative size. Mostly real estate and
/// industrial parks, 2008–2016 (§3), plus two plants of the 2010–12 electronics and auto boom, a headquarters and a
/// logistics park. Most fall in 2010–13 so that the 2014–16 rows are not starved of value. Listed so that the first
/// ones fit the biggest year buckets: a small dataset gets only the first few.
#[rustfmt::skip]
const MEGA_TEMPLATES: [(u16, &str, &str, &str, f64); 12] = [
    (2012, "K", "Commercial & office", "Jiangbei", 1.3),
    (2013, "K", "Industrial parks", "Banan", 1.4),
    (2011, "K", "Industrial parks", "Yubei", 1.3),
    (2014, "K", "Commercial & office", "Jiulongpo", 1.0),
    (2012, "K", "Residential development", "Nan'an", 1.3),
    (2010, "C", "Electronics & ICT hardware", "Shapingba (incl. Xiyong)", 1.2),
    (2014, "K", "Commercial & office", "Jiangbei", 1.5),
    (2015, "L", "Headquarters & investment holding", "Yuzhong", 1.0),
    (2013, "K", "Retail malls", "Yuzhong", 1.0),
    (2013, "K", "Residential development", "Jiangbei", 1.2),
    (2016, "G", "Logistics parks & warehousing", "Yubei", 0.9),
    (2012, "C", "Automotive & parts", "Yubei", 1.1),
];

/// District value shares of §3 (%). The other 22 divisions share `OTHER_DISTRICTS_VALUE_PCT`.
const NAMED_DISTRICT_VALUE_PCT: [(&str, f64); 16] = [
    ("Yubei", 17.0),
    ("Jiangbei", 15.0),
    ("Yuzhong", 14.0),
    ("Jiulongpo", 8.0),
    ("Shapingba (incl. Xiyong)", 8.0),
    ("Nan'an", 7.0),
    ("Banan", 5.0),
    ("Beibei", 3.0),
    ("Fuling", 3.0),
    ("Wanzhou", 3.0),
    ("Dadukou", 2.0),
    ("Yongchuan", 2.0),
    ("Jiangjin", 2.0),
    ("Changshou", 2.0),
    ("Hechuan", 1.5),
    ("Bishan", 1.5),
];
const OTHER_DISTRICTS_VALUE_PCT: f64 = 6.0;
/// Project counts follow value share^0.85 (times the sector affinity): a little flatter than value.
const DISTRICT_COUNT_EXPONENT: f64 = 0.85;

/// How the 6 % of the other 22 divisions is split [E]: the main-metro districts more, the remote counties less.
fn other_district_weight(district: &District) -> f64 {
    match district.name.as_str() {
        "Qijiang" | "Dazu" | "Tongliang" | "Rongchang" => 1.6,
        "Nanchuan" => 1.4,
        "Tongnan" => 1.2,
        "Qianjiang" | "Kaizhou" | "Liangping" => 1.0,
        "Wulong" => 0.9,
        "Wuxi" => 0.25,
        "Chengkou" => 0.2,
        "Yunyang" | "Wushan" | "Xiushan Tujia & Miao AC" => 0.5,
        "Youyang Tujia & Miao AC" => 0.45,
        "Pengshui Miao & Tujia AC" => 0.4,
        _ => 0.6,
    }
}

/// Liangjiang parts (§3): share of the district's rows flagged `in_liangjiang`, and share of its value they hold
/// (≈ 30 % of all value in Liangjiang; "≈ 1/3 of city FDI in 2013").
const LIANGJIANG_SPLIT: [(&str, f64, f64); 3] = [
    ("Yubei", 0.55, 0.88),
    ("Jiangbei", 0.60, 0.87),
    ("Beibei", 0.20, 0.45),
];
/// Spread (log-sd) of the noise when Liangjiang rows are picked by size: the bigger projects of a district are more
/// likely to be in the national-level new area, but not strictly so.
const LIANGJIANG_PICK_NOISE: f64 = 1.0;

/// How much more (or less) often a sector's projects go to a district than its value share alone suggests (§3
/// coupling: finance in Yuzhong and Jiangbei; manufacturing in Yubei, Banan, Shapingba/Xiyong, Jiulongpo, Fuling,
/// Changshou, Yongchuan; hospitality in Yuzhong, Wanzhou and the tourism counties …).
fn district_affinity(sector_code: &str, district: &str) -> f64 {
    const XIYONG: &str = "Shapingba (incl. Xiyong)";
    match (sector_code, district) {
        ("J", "Yuzhong") => 8.0,
        ("J", "Jiangbei") => 6.0,
        ("J", _) => 0.2,
        ("C", "Yuzhong") => 0.1,
        ("C", "Jiangbei") => 0.5,
        ("C", "Nan'an") => 0.6,
        ("C", "Fuling" | "Changshou" | "Yongchuan") => 2.5,
        ("C", "Banan" | XIYONG | "Jiulongpo" | "Bishan" | "Jiangjin") => 2.0,
        ("C", "Yubei") => 1.3,
        ("C", "Hechuan" | "Dadukou") => 1.5,
        (
            "H",
            "Yuzhong"
            | "Wanzhou"
            | "Wulong"
            | "Fengjie"
            | "Wushan"
            | "Shizhu Tujia AC"
            | "Youyang Tujia & Miao AC"
            | "Nanchuan"
            | "Qianjiang"
            | "Dazu",
        ) => 3.0,
        ("L", "Yuzhong" | "Jiangbei") => 2.0,
        ("L", "Yubei") => 1.2,
        ("G", XIYONG | "Banan") => 2.0,
        ("G", "Yubei") => 1.5,
        ("G", "Jiangbei" | "Wanzhou" | "Fuling") => 1.5,
        ("G", "Yuzhong") => 0.3,
        ("I", "Yubei") => 1.8,
        ("I", "Jiulongpo" | "Nan'an" | XIYONG) => 1.5,
        ("M", "Beibei") => 2.5,
        ("M", XIYONG) => 2.0,
        ("M", "Jiulongpo") => 1.5,
        ("M", "Yubei") => 1.2,
        ("F", "Yuzhong") => 2.0,
        ("F", "Jiangbei" | "Nan'an" | "Jiulongpo" | XIYONG) => 1.4,
        ("K", "Yuzhong" | "Jiangbei" | "Nan'an" | "Jiulongpo" | XIYONG) => 1.4,
        ("K", "Yubei") => 1.2,
        _ => 1.0,
    }
}

/// Relative frequency of each sub-sector (in `tables::sectors()` order) in each era: e.g. no data centres or
/// cross-border e-commerce before 2008, electronics peaking with the laptop cluster.
const SUB_SECTOR_ERA_WEIGHTS: [&[[f64; NUM_ERAS]]; NUM_SECTORS] = [
    &[
        [45.0, 40.0, 35.0],
        [25.0, 25.0, 25.0],
        [10.0, 15.0, 15.0],
        [10.0, 12.0, 15.0],
        [10.0, 8.0, 10.0],
    ],
    &[
        [8.0, 30.0, 20.0],
        [10.0, 15.0, 15.0],
        [25.0, 10.0, 10.0],
        [25.0, 8.0, 5.0],
        [6.0, 6.0, 4.0],
        [6.0, 8.0, 12.0],
        [10.0, 10.0, 12.0],
        [10.0, 13.0, 22.0],
    ],
    &[
        [30.0, 40.0, 40.0],
        [15.0, 15.0, 15.0],
        [30.0, 25.0, 25.0],
        [15.0, 12.0, 10.0],
        [10.0, 8.0, 10.0],
    ],
    &[
        [50.0, 35.0, 25.0],
        [30.0, 25.0, 20.0],
        [10.0, 15.0, 20.0],
        [5.0, 15.0, 20.0],
        [5.0, 10.0, 15.0],
    ],
    &[
        [45.0, 40.0, 35.0],
        [30.0, 30.0, 20.0],
        [25.0, 25.0, 25.0],
        [0.0, 5.0, 20.0],
    ],
    &[[50.0, 50.0, 45.0], [45.0, 35.0, 35.0], [5.0, 15.0, 20.0]],
    &[
        [30.0, 40.0, 40.0],
        [40.0, 30.0, 25.0],
        [10.0, 15.0, 20.0],
        [20.0, 15.0, 15.0],
    ],
    &[[80.0, 45.0, 35.0], [0.0, 20.0, 30.0], [20.0, 35.0, 35.0]],
    &[[40.0, 40.0, 45.0], [40.0, 35.0, 30.0], [20.0, 25.0, 25.0]],
    &[
        [20.0, 20.0, 15.0],
        [30.0, 25.0, 20.0],
        [10.0, 15.0, 20.0],
        [10.0, 15.0, 20.0],
        [15.0, 15.0, 15.0],
        [15.0, 10.0, 10.0],
    ],
];

/// Status mix (shares in `bands::STATUSES` order: contracted, under construction, operating, completed/divested,
/// closed) by contract-year group: ≤ 2007, 2008–16, 2017–18, 2019–20, 2021–23. The shipped rows come out at 62 %
/// operating, 9 % completed/divested, 13 % closed, 9 % under construction, 8 % contracted (§3: 60 / 8 / 14 / 10 / 8).
const STATUS_MIX: [[f64; 5]; 5] = [
    [0.0, 0.0, 0.68, 0.10, 0.22],
    [0.03, 0.06, 0.72, 0.09, 0.10],
    [0.05, 0.30, 0.55, 0.05, 0.05],
    [0.20, 0.45, 0.30, 0.02, 0.03],
    [0.60, 0.30, 0.08, 0.00, 0.02],
];
const CLOSED: usize = 4;

fn status_group(year: u16) -> usize {
    match year {
        ..=2007 => 0,
        2008..=2016 => 1,
        2017..=2018 => 2,
        2019..=2020 => 3,
        _ => 4,
    }
}

/// Utilised ÷ contracted range per status (§3), in `bands::STATUSES` order.
const UTILISED_RATIO: [(f64, f64); 5] =
    [(0.0, 0.2), (0.2, 0.8), (0.7, 1.0), (0.9, 1.0), (0.2, 1.0)];

// ---------------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------------

/// One synthetic project while it is being built. Small integer fields keep a million rows cheap.
#[derive(Clone, Copy, Debug, Default)]
struct Row {
    value_usd_m: f64,
    contracted_usd_k: i64,
    utilized_usd_k: i64,
    year: u16,
    day_of_year: u16,
    /// Years since `years::FIRST_YEAR`: the row's cell in the year dimension of the raking.
    year_cell: u8,
    era: u8,
    sector: u8,
    /// Index within the sector's sub-sectors.
    sub_sector: u8,
    district: u8,
    status: u8,
    in_liangjiang: bool,
    is_mega: bool,
}

impl Row {
    /// Upper bound of a non-mega row: USD 644–790 m, spread by the (random) contract day.
    fn cap_usd_m(&self) -> f64 {
        NON_MEGA_CAP_USD_M - 0.4 * f64::from(self.day_of_year)
    }

    /// Raking cells: sector × era, district (Liangjiang parts separate), year.
    fn cells(&self, num_districts: usize) -> [usize; 3] {
        let district_cell = if self.in_liangjiang {
            num_districts + liangjiang_slot_of(self.district)
        } else {
            usize::from(self.district)
        };
        [
            usize::from(self.sector) * NUM_ERAS + usize::from(self.era),
            district_cell,
            usize::from(self.year_cell),
        ]
    }
}

/// Reference tables and the lookups derived from them, built once per run.
struct Context {
    sectors: Vec<Sector>,
    districts: Vec<District>,
    /// Position of each sector's first sub-sector in the flattened sub-sector list.
    sub_sector_offsets: Vec<usize>,
    /// Running sums of district weights for each sector.
    district_cumulative: Vec<Vec<f64>>,
    /// Running sums of sub-sector weights for each sector and era.
    sub_sector_cumulative: Vec<[Vec<f64>; NUM_ERAS]>,
    /// District index → its `LIANGJIANG_SPLIT` entry.
    liangjiang: Vec<Option<(f64, f64)>>,
    /// Value share (%) of each district.
    district_value_pct: Vec<f64>,
}

/// The Liangjiang parts of Yubei, Jiangbei and Beibei get their own raking cells after the 38 districts, in
/// `LIANGJIANG_INDEX` order; this is a district's position there.
fn liangjiang_slot_of(district: u8) -> usize {
    LIANGJIANG_INDEX
        .iter()
        .position(|&index| index == usize::from(district))
        .unwrap_or(0)
}

/// Indices in `tables::districts()` of the `LIANGJIANG_SPLIT` districts (Yubei, Jiangbei, Beibei).
const LIANGJIANG_INDEX: [usize; 3] = [2, 1, 8];

fn district_index(districts: &[District], name: &str) -> Option<usize> {
    districts.iter().position(|d| d.name == name)
}

fn sector_index(code: &str) -> Option<usize> {
    SECTOR_CODES.iter().position(|&c| c == code)
}

impl Context {
    fn new() -> Self {
        let sectors = tables::sectors();
        let districts = tables::districts();
        let mut sub_sector_offsets = Vec::with_capacity(sectors.len());
        let mut offset = 0;
        for sector in &sectors {
            sub_sector_offsets.push(offset);
            offset += sector.sub_sectors.len();
        }
        let district_value_pct = district_value_pct(&districts);
        let district_cumulative = SECTOR_CODES
            .iter()
            .map(|code| {
                rng::cumulative(
                    districts
                        .iter()
                        .zip(&district_value_pct)
                        .map(|(district, &pct)| district_count_weight(code, district, pct)),
                )
            })
            .collect();
        let sub_sector_cumulative = SUB_SECTOR_ERA_WEIGHTS
            .iter()
            .map(|weights| {
                std::array::from_fn(|era| rng::cumulative(weights.iter().map(|w| w[era])))
            })
            .collect();
        let liangjiang = districts
            .iter()
            .map(|district| {
                LIANGJIANG_SPLIT
                    .iter()
                    .find(|(name, _, _)| *name == district.name)
                    .map(|&(_, rows, value)| (rows, value))
            })
            .collect();
        Self {
            sectors,
            districts,
            sub_sector_offsets,
            district_cumulative,
            sub_sector_cumulative,
            liangjiang,
            district_value_pct,
        }
    }
}

/// Relative number of `sector_code` projects in `district`: counts are a little flatter than values (more small
/// projects in small places), times the sector's affinity. `rng::exp`/`rng::ln` rather than `powf`, which comes
/// from the platform's maths library.
fn district_count_weight(sector_code: &str, district: &District, value_pct: f64) -> f64 {
    rng::exp(DISTRICT_COUNT_EXPONENT * rng::ln(value_pct))
        * district_affinity(sector_code, &district.name)
}

fn district_value_pct(districts: &[District]) -> Vec<f64> {
    let is_named = |d: &District| {
        NAMED_DISTRICT_VALUE_PCT
            .iter()
            .any(|(name, _)| *name == d.name)
    };
    let other_weight_total: f64 = districts
        .iter()
        .filter(|d| !is_named(d))
        .map(other_district_weight)
        .sum();
    districts
        .iter()
        .map(|district| {
            NAMED_DISTRICT_VALUE_PCT
                .iter()
                .find(|(name, _)| *name == district.name)
                .map_or_else(
                    || {
                        OTHER_DISTRICTS_VALUE_PCT * other_district_weight(district)
                            / other_weight_total
                    },
                    |&(_, pct)| pct,
                )
        })
        .collect()
}

/// Splits `total` into integer parts proportional to `weights` (largest remainder; ties go to the earlier entry).
fn largest_remainder(total: usize, weights: &[f64]) -> Vec<usize> {
    let weight_sum: f64 = weights.iter().sum();
    if weight_sum <= 0.0 {
        return vec![0; weights.len()];
    }
    let quotas: Vec<f64> = weights
        .iter()
        .map(|w| total as f64 * w / weight_sum)
        .collect();
    let mut parts: Vec<usize> = quotas.iter().map(|q| q.floor() as usize).collect();
    let assigned: usize = parts.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let rem_a = quotas[a] - quotas[a].floor();
        let rem_b = quotas[b] - quotas[b].floor();
        rem_b.total_cmp(&rem_a).then(a.cmp(&b))
    });
    for &index in order.iter().take(total.saturating_sub(assigned)) {
        parts[index] += 1;
    }
    parts
}

fn days_in_year(year: u16) -> u16 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    if leap { 366 } else { 365 }
}

/// One row per project with its contract year and day, in year order (see [`years::plan_year_counts`]).
fn plan_years(num_rows: usize, rng: &mut Rng) -> Vec<Row> {
    let counts = years::plan_year_counts(num_rows, rng);
    let mut rows = Vec::with_capacity(num_rows);
    for (cell, &count) in counts.iter().enumerate() {
        let year = years::FIRST_YEAR + cell as u16;
        for _ in 0..count {
            rows.push(Row {
                year,
                day_of_year: rng.below(usize::from(days_in_year(year))) as u16,
                year_cell: cell as u8,
                era: era_of(year),
                ..Row::default()
            });
        }
    }
    rows
}

/// Per-year value targets for the rows as drawn (mega projects sized), see [`years::year_value_targets`].
fn year_targets(rows: &[Row], total_usd_k: i64, rng: &mut Rng) -> Vec<f64> {
    let mut body_counts = [0; years::NUM_YEARS];
    let mut mega_usd_m = [0.0; years::NUM_YEARS];
    for row in rows {
        let cell = usize::from(row.year_cell);
        if row.is_mega {
            mega_usd_m[cell] += row.value_usd_m;
        } else {
            body_counts[cell] += 1;
        }
    }
    years::year_value_targets(&body_counts, &mega_usd_m, total_usd_k as f64 / 1000.0, rng)
}

/// Sectors by exact era quotas, shuffled within each era.
fn assign_sectors(rows: &mut [Row], rng: &mut Rng) {
    for era in 0..NUM_ERAS {
        let indices: Vec<usize> = (0..rows.len())
            .filter(|&i| usize::from(rows[i].era) == era)
            .collect();
        let weights: Vec<f64> = SECTOR_ERA_COUNT_PCT.iter().map(|pct| pct[era]).collect();
        let mut sectors: Vec<u8> = largest_remainder(indices.len(), &weights)
            .iter()
            .enumerate()
            .flat_map(|(sector, &count)| std::iter::repeat_n(sector as u8, count))
            .collect();
        rng.shuffle(&mut sectors);
        for (&index, &sector) in indices.iter().zip(&sectors) {
            rows[index].sector = sector;
        }
    }
}

/// Turns rows of the right year and sector into the mega projects (round(12 × rows / 3,530) of them), cycling
/// through `MEGA_TEMPLATES`. Returns how many were placed (fewer only if a tiny dataset lacks a fitting row).
fn place_megas(rows: &mut [Row], context: &Context, rng: &mut Rng) -> usize {
    let wanted =
        (MEGAS_PER_DEFAULT_ROWS * rows.len() as f64 / DEFAULT_ROWS as f64).round() as usize;
    // Candidates per template, in random order; templates sharing year and sector share a list.
    let mut candidates: Vec<((u16, usize), Vec<usize>)> = Vec::new();
    for &(year, code, ..) in &MEGA_TEMPLATES {
        let Some(sector) = sector_index(code) else {
            continue;
        };
        if candidates.iter().any(|(key, _)| *key == (year, sector)) {
            continue;
        }
        let mut list: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].year == year && usize::from(rows[i].sector) == sector)
            .collect();
        rng.shuffle(&mut list);
        candidates.push(((year, sector), list));
    }
    let mut placed = 0;
    for template_index in (0..MEGA_TEMPLATES.len()).cycle().take(wanted) {
        let (year, code, sub_sector, district, _) = MEGA_TEMPLATES[template_index];
        let (Some(sector), Some(district)) = (
            sector_index(code),
            district_index(&context.districts, district),
        ) else {
            continue;
        };
        let sub_sector = context.sectors[sector]
            .sub_sectors
            .iter()
            .position(|s| s.name == sub_sector)
            .unwrap_or(0);
        let Some((_, list)) = candidates
            .iter_mut()
            .find(|(key, _)| *key == (year, sector))
        else {
            continue;
        };
        let Some(index) = list.pop() else { continue };
        let row = &mut rows[index];
        row.is_mega = true;
        row.sub_sector = sub_sector as u8;
        row.district = district as u8;
        // Big projects in these two districts are the Liangjiang ones (Jiangbeizui CBD, airport new city).
        row.in_liangjiang =
            context.liangjiang[district].is_some() && context.districts[district].name != "Beibei";
        row.value_usd_m = MEGA_TEMPLATES[template_index].4;
        placed += 1;
    }
    placed
}

fn assign_sub_sectors_and_districts(rows: &mut [Row], context: &Context, rng: &mut Rng) {
    for row in rows.iter_mut().filter(|row| !row.is_mega) {
        let sector = usize::from(row.sector);
        row.sub_sector =
            rng.weighted_index(&context.sub_sector_cumulative[sector][usize::from(row.era)]) as u8;
        let district = rng.weighted_index(&context.district_cumulative[sector]);
        row.district = district as u8;
    }
}

/// Every division gets at least one project (§3): an empty one takes a row from the busiest division.
fn ensure_every_district(rows: &mut [Row], context: &Context) {
    let num_districts = context.districts.len();
    if rows.len() < num_districts * 4 {
        return;
    }
    let mut counts = vec![0usize; num_districts];
    for row in rows.iter() {
        counts[usize::from(row.district)] += 1;
    }
    for empty in 0..num_districts {
        if counts[empty] > 0 {
            continue;
        }
        let busiest = (0..num_districts)
            .max_by_key(|&d| (counts[d], d))
            .unwrap_or(0);
        if let Some(row) = rows
            .iter_mut()
            .rev()
            .find(|row| !row.is_mega && usize::from(row.district) == busiest)
        {
            row.district = empty as u8;
            row.in_liangjiang = false;
            counts[busiest] -= 1;
            counts[empty] += 1;
        }
    }
}

/// `count` standard normal deviates by stratified sampling (one per quantile slice, in random order): the sample
/// always has the shape of the normal, so the calibration checks do not hinge on a lucky draw in the tail.
fn stratified_normals(count: usize, rng: &mut Rng) -> Vec<f64> {
    let mut deviates: Vec<f64> = (0..count)
        .map(|slice| rng::normal_quantile((slice as f64 + rng.next_f64().max(1e-9)) / count as f64))
        .collect();
    rng.shuffle(&mut deviates);
    deviates
}

/// Starting sizes: log-normal body and the mega projects' final sizes.
fn draw_sizes(rows: &mut [Row], total_usd_k: i64, num_megas: usize, rng: &mut Rng) {
    let mut deviates: [std::vec::IntoIter<f64>; NUM_ERAS] = std::array::from_fn(|era| {
        let count = rows
            .iter()
            .filter(|r| !r.is_mega && usize::from(r.era) == era)
            .count();
        stratified_normals(count, rng).into_iter()
    });
    for row in rows.iter_mut().filter(|row| !row.is_mega) {
        let era = usize::from(row.era);
        let median = BASE_MEDIAN_USD_M * SECTOR_SIZE_MULTIPLIER[usize::from(row.sector)];
        let z = deviates[era].next().unwrap_or(0.0);
        let (sigma_low, sigma_high) = ERA_SIGMA[era];
        let sigma = if z < 0.0 { sigma_low } else { sigma_high };
        row.value_usd_m = median * rng::exp(sigma * z);
    }
    if num_megas == 0 {
        return;
    }
    // Relative sizes with a little jitter, scaled to the mega share of the total, kept in [800 m, 4 bn].
    for row in rows.iter_mut().filter(|row| row.is_mega) {
        row.value_usd_m *= rng::exp(0.08 * rng.normal());
    }
    let mega_total = MEGA_VALUE_SHARE * total_usd_k as f64 / 1000.0;
    for _ in 0..8 {
        let sum: f64 = rows
            .iter()
            .filter(|r| r.is_mega)
            .map(|r| r.value_usd_m)
            .sum();
        let factor = mega_total / sum;
        for row in rows.iter_mut().filter(|row| row.is_mega) {
            row.value_usd_m = (row.value_usd_m * factor).clamp(MEGA_MIN_USD_M, MEGA_MAX_USD_M);
        }
    }
}

/// Flags exactly round(share × rows) of each Liangjiang district's rows (§3: ≈ 55 % of Yubei, 60 % of Jiangbei,
/// 20 % of Beibei), preferring the larger projects, mega projects first (they are the Jiangbeizui and airport new
/// city schemes).
fn assign_liangjiang(rows: &mut [Row], context: &Context, rng: &mut Rng) {
    for &district in &LIANGJIANG_INDEX {
        let Some((row_share, _)) = context.liangjiang.get(district).copied().flatten() else {
            continue;
        };
        let mut ranked: Vec<(f64, usize)> = rows
            .iter()
            .enumerate()
            .filter(|(_, row)| usize::from(row.district) == district)
            .map(|(index, row)| {
                let noise = rng::exp(LIANGJIANG_PICK_NOISE * rng.normal());
                let key = if row.is_mega && row.in_liangjiang {
                    f64::INFINITY
                } else {
                    row.value_usd_m * noise
                };
                (key, index)
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let quota = (row_share * ranked.len() as f64).round() as usize;
        for (rank, &(_, index)) in ranked.iter().enumerate() {
            rows[index].in_liangjiang = rank < quota;
        }
    }
}

/// Value targets (USD m) of the three raking dimensions: sector × era, district cell, year.
fn raking_targets(context: &Context, total_usd_k: i64, year: Vec<f64>) -> [Vec<f64>; 3] {
    let total = total_usd_k as f64 / 1000.0;
    let sector_era: Vec<f64> = SECTOR_ERA_VALUE_PCT
        .iter()
        .flat_map(|row| row.iter().map(|pct| pct / 100.0 * total))
        .collect();
    let num_districts = context.districts.len();
    let mut district = vec![0.0; num_districts + LIANGJIANG_INDEX.len()];
    for (index, pct) in context.district_value_pct.iter().enumerate() {
        let value = pct / 100.0 * total;
        match context.liangjiang[index] {
            Some((_, liangjiang_share)) => {
                district[index] = value * (1.0 - liangjiang_share);
                district[num_districts + liangjiang_slot_of(index as u8)] =
                    value * liangjiang_share;
            }
            None => district[index] = value,
        }
    }
    [sector_era, district, year]
}

/// Rounds of fitting the aggregated table, and of re-applying it to the rows when floors and caps bite.
const MAX_TABLE_ROUNDS: usize = 400;
const MAX_ROW_ROUNDS: usize = 12;
/// Stop when no cell needs a correction larger than this (relative): far below what any share check can see.
const RAKING_TOLERANCE: f64 = 1e-9;

/// Iterative proportional fitting of the non-mega values to the targets, with the mega projects held fixed and every
/// other row kept within [floor, cap]. A cell without rows cannot be fitted and is left alone (tiny datasets only).
///
/// Row-level IPF gives every row of a (sector × era, district, year) combination the same factor, so the fitting
/// runs on the table of combination sums (at most 30 × 41 × 39 cells) and the rows only see the result: a million
/// rows rake in a few O(N) passes. Rows pushed past their floor or cap are clamped and the table refitted.
fn rake(rows: &mut [Row], targets: &[Vec<f64>; 3]) {
    let num_districts = targets[1].len() - LIANGJIANG_INDEX.len();
    let shape = [targets[0].len(), targets[1].len(), targets[2].len()];
    let mut mega_sums: [Vec<f64>; 3] = std::array::from_fn(|dim| vec![0.0; shape[dim]]);
    let mut counts: [Vec<usize>; 3] = std::array::from_fn(|dim| vec![0; shape[dim]]);
    for row in rows.iter() {
        for (dim, cell) in row.cells(num_districts).into_iter().enumerate() {
            if row.is_mega {
                mega_sums[dim][cell] += row.value_usd_m;
            } else {
                counts[dim][cell] += 1;
            }
        }
    }
    // What each cell must hold besides its mega projects, but never less than its rows' floors.
    let wanted: [Vec<f64>; 3] = std::array::from_fn(|dim| {
        (0..shape[dim])
            .map(|cell| {
                (targets[dim][cell] - mega_sums[dim][cell])
                    .max(counts[dim][cell] as f64 * FLOOR_USD_M)
            })
            .collect()
    });
    let body: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].is_mega).collect();
    let mut values: Vec<f64> = body.iter().map(|&i| rows[i].value_usd_m).collect();
    let caps: Vec<f64> = body.iter().map(|&i| rows[i].cap_usd_m()).collect();
    let combinations: Vec<usize> = body
        .iter()
        .map(|&i| {
            let [a, b, c] = rows[i].cells(num_districts);
            (a * shape[1] + b) * shape[2] + c
        })
        .collect();
    let mut table = vec![0.0; shape.iter().product()];
    for _ in 0..MAX_ROW_ROUNDS {
        table.fill(0.0);
        for (&value, &combination) in values.iter().zip(&combinations) {
            table[combination] += value;
        }
        let multipliers = fit_table(&table, shape, &wanted);
        let worst = multipliers
            .iter()
            .fold(0.0_f64, |w, m| w.max((m - 1.0).abs()));
        for ((value, &combination), &cap) in values.iter_mut().zip(&combinations).zip(&caps) {
            *value = (*value * multipliers[combination]).clamp(FLOOR_USD_M, cap);
        }
        if worst < RAKING_TOLERANCE {
            break;
        }
    }
    for (&index, &value) in body.iter().zip(&values) {
        rows[index].value_usd_m = value;
    }
}

/// IPF on a three-way table laid out as `[a][b][c]`: returns, per cell, the factor that brings all three margins to
/// `wanted` (1 where the cell is empty). Only the non-empty cells take part, so small datasets fit fast too.
fn fit_table(table: &[f64], shape: [usize; 3], wanted: &[Vec<f64>; 3]) -> Vec<f64> {
    let occupied: Vec<usize> = (0..table.len())
        .filter(|&index| table[index] > 0.0)
        .collect();
    let coordinates: Vec<[usize; 3]> = occupied
        .iter()
        .map(|&index| {
            [
                index / (shape[1] * shape[2]),
                index / shape[2] % shape[1],
                index % shape[2],
            ]
        })
        .collect();
    let mut fitted: Vec<f64> = occupied.iter().map(|&index| table[index]).collect();
    let mut margins: Vec<f64> = Vec::new();
    for _ in 0..MAX_TABLE_ROUNDS {
        let mut worst = 0.0_f64;
        for dim in 0..3 {
            margins.clear();
            margins.resize(shape[dim], 0.0);
            for (value, cell) in fitted.iter().zip(&coordinates) {
                margins[cell[dim]] += value;
            }
            for (margin, &want) in margins.iter_mut().zip(&wanted[dim]) {
                *margin = if *margin > 0.0 { want / *margin } else { 1.0 };
                worst = worst.max((*margin - 1.0).abs());
            }
            for (value, cell) in fitted.iter_mut().zip(&coordinates) {
                *value *= margins[cell[dim]];
            }
        }
        if worst < RAKING_TOLERANCE {
            break;
        }
    }
    let mut multipliers = vec![1.0; table.len()];
    for (&index, &after) in occupied.iter().zip(&fitted) {
        multipliers[index] = after / table[index];
    }
    multipliers
}

/// Integer USD thousands whose sum is exactly `total_usd_k`: the non-mega rows are scaled to the remainder, rounded,
/// and the rounding residual goes on the largest row.
fn settle_amounts(rows: &mut [Row], total_usd_k: i64) {
    let total = total_usd_k as f64 / 1000.0;
    let mega_sum: f64 = rows
        .iter()
        .filter(|r| r.is_mega)
        .map(|r| r.value_usd_m)
        .sum();
    let body_sum: f64 = rows
        .iter()
        .filter(|r| !r.is_mega)
        .map(|r| r.value_usd_m)
        .sum();
    let factor = if body_sum > 0.0 {
        (total - mega_sum) / body_sum
    } else {
        1.0
    };
    let floor_k = (FLOOR_USD_M * 1000.0) as i64;
    for row in rows.iter_mut() {
        let value = if row.is_mega {
            row.value_usd_m
        } else {
            (row.value_usd_m * factor).clamp(FLOOR_USD_M, row.cap_usd_m())
        };
        row.contracted_usd_k = ((value * 1000.0).round() as i64).max(floor_k);
    }
    let residual = total_usd_k - rows.iter().map(|r| r.contracted_usd_k).sum::<i64>();
    if let Some(largest) = rows.iter_mut().max_by_key(|r| r.contracted_usd_k) {
        largest.contracted_usd_k += residual;
    }
    for row in rows.iter_mut() {
        row.value_usd_m = row.contracted_usd_k as f64 / 1000.0;
    }
}

/// Status by contract year (older, smaller projects close more often) and utilised = contracted × a ratio in the
/// status's range, rounded down so utilised never exceeds contracted.
fn assign_status_and_utilised(rows: &mut [Row], rng: &mut Rng) {
    for row in rows.iter_mut() {
        let mut weights = STATUS_MIX[status_group(row.year)];
        weights[CLOSED] *= if row.value_usd_m < 1.0 { 1.5 } else { 0.6 };
        let status = rng.weighted_index(&rng::cumulative(weights));
        row.status = status as u8;
        let (low, high) = UTILISED_RATIO[status];
        let ratio = rng.range(low, high);
        row.utilized_usd_k =
            ((row.contracted_usd_k as f64 * ratio).floor() as i64).clamp(0, row.contracted_usd_k);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Names, coordinates and the CSV
// ---------------------------------------------------------------------------------------------------------------

/// Invented name stems: a syllable and an ending ("Kelridge", "Torvane"). None is, or is part of, a real firm.
const STEM_STARTS: [&str; 24] = [
    "Kel", "Mor", "Tav", "Lun", "Ser", "Vel", "Dar", "Quin", "Hal", "Bren", "Cor", "Fen", "Jas",
    "Lor", "Mer", "Nor", "Pel", "Ros", "Sol", "Tor", "Val", "Wen", "Yar", "Zan",
];
const STEM_ENDS: [&str; 16] = [
    "ridge", "vane", "mont", "crest", "wick", "holm", "ford", "dell", "brook", "haven", "gate",
    "mere", "stead", "field", "more", "ton",
];
const INVESTOR_KINDS: [&str; 10] = [
    "Holdings",
    "Group",
    "Investment",
    "Development",
    "Enterprises",
    "Industrial",
    "Capital",
    "International",
    "Ventures",
    "Trading",
];
const INVESTOR_FORMS: [&str; 3] = ["Limited", "Company Limited", "(Hong Kong) Limited"];
const PHASES: [&str; 4] = ["", " Phase I", " Phase II", " Phase III"];

/// Project-name nouns per sub-sector, in the flattened order of `tables::sectors()`.
const PROJECT_NOUNS: [&[&str]; 46] = [
    &["Residences", "Garden Court", "Heights", "Riverside Homes"],
    &["Plaza", "Tower", "Financial Centre", "Business Centre"],
    &["Mall", "Shopping Park", "Galleria"],
    &["Industrial Park", "Enterprise Park", "Innovation Park"],
    &["Property Services", "Estate Management"],
    &["Electronics Plant", "Components Factory", "Display Works"],
    &["Auto Parts Plant", "Precision Components"],
    &["Food Processing Plant", "Beverage Works", "Bakery Plant"],
    &["Garment Factory", "Textile Mill"],
    &["Jewellery Workshop", "Gold Craft Centre"],
    &["Pharmaceutical Plant", "Biologics Facility"],
    &["New Materials Plant", "Coatings Works"],
    &["Machinery Plant", "Equipment Works"],
    &["Regional Headquarters", "Investment Holdings"],
    &["Equipment Leasing", "Fleet Leasing"],
    &["Advisory Services", "Consulting Centre"],
    &["Exhibition Centre", "Media Services"],
    &["Talent Services", "Staffing Services"],
    &["Bank Branch", "Banking Centre"],
    &["Insurance Branch", "Life Assurance Office"],
    &["Asset Management", "Wealth Management"],
    &["Finance Leasing", "Leasing Finance Centre"],
    &["Microcredit Company", "Supply-Chain Finance"],
    &["Trading Company", "Distribution Centre"],
    &["Department Store", "Supermarket"],
    &["Flagship Store", "Lifestyle Store"],
    &["Cross-Border E-Commerce Hub", "Bonded Showroom"],
    &["Hotel", "Grand Hotel", "Resort"],
    &["Restaurant", "Tea House", "Dim Sum House"],
    &["Serviced Apartments", "Suites"],
    &["Logistics Park", "Warehouse Complex"],
    &["Freight Services", "Forwarding Centre"],
    &["Cold-Chain Centre", "Cold Store"],
    &["Container Terminal", "Rail Freight Terminal"],
    &["Software Centre", "Digital Studio"],
    &["Data Centre", "Cloud Campus"],
    &["Online Platform", "Digital Services"],
    &["R&D Centre", "Research Institute"],
    &["Design Institute", "Engineering Consultancy"],
    &["Testing Laboratory", "Certification Centre"],
    &["Water Works", "Gas Supply Project"],
    &["Construction Company", "Building Contractors"],
    &["Cultural Centre", "Cinema Complex"],
    &["Medical Centre", "Elderly Care Home"],
    &["Training Centre", "International School"],
    &["Agricultural Park", "Orchard Project"],
];

fn push_stem(text: &mut String, rng: &mut Rng) -> (usize, usize) {
    let start = rng.below(STEM_STARTS.len());
    let end = rng.below(STEM_ENDS.len());
    text.push_str(STEM_STARTS[start]);
    text.push_str(STEM_ENDS[end]);
    (start, end)
}

/// Writes an invented investor and project name into the two buffers. Half the projects carry their investor's
/// stem, as Hong Kong groups often name projects after themselves.
fn write_names(
    investor: &mut String,
    name: &mut String,
    noun_list: &[&str],
    is_large: bool,
    rng: &mut Rng,
) {
    investor.clear();
    name.clear();
    let (start, end) = push_stem(investor, rng);
    investor.push(' ');
    investor.push_str(INVESTOR_KINDS[rng.below(INVESTOR_KINDS.len())]);
    investor.push(' ');
    investor.push_str(INVESTOR_FORMS[rng.below(INVESTOR_FORMS.len())]);
    if rng.chance(0.5) {
        name.push_str(STEM_STARTS[start]);
        name.push_str(STEM_ENDS[end]);
    } else {
        push_stem(name, rng);
    }
    name.push(' ');
    name.push_str(
        noun_list
            .get(rng.below(noun_list.len().max(1)))
            .copied()
            .unwrap_or("Project"),
    );
    // Phases are for the bigger developments.
    if is_large && rng.chance(0.4) {
        name.push_str(PHASES[1 + rng.below(PHASES.len() - 1)]);
    }
}

/// Appends `value` in decimal, zero-padded to at least `min_digits` digits. Hand-rolled because the `fmt` machinery
/// is a good part of the cost of writing a million rows.
fn push_uint(text: &mut String, mut value: u64, min_digits: usize) {
    let mut digits = [b'0'; 20];
    let mut len = 0;
    while value > 0 || len < min_digits.max(1) {
        digits[len] = b'0' + (value % 10) as u8;
        value /= 10;
        len += 1;
    }
    text.extend(digits[..len].iter().rev().map(|&digit| char::from(digit)));
}

/// Formats `scaled / 10^decimals` with exactly `decimals` decimals (integer arithmetic, no float printing).
fn push_fixed(text: &mut String, scaled: i64, decimals: u32) {
    let unit = 10_u64.pow(decimals);
    if scaled < 0 {
        text.push('-');
    }
    let magnitude = scaled.unsigned_abs();
    push_uint(text, magnitude / unit, 1);
    text.push('.');
    push_uint(text, magnitude % unit, decimals as usize);
}

/// ISO date of the `day_of_year`-th day (0-based) of `year`.
fn push_date(text: &mut String, year: u16, day_of_year: u16) {
    let february = if days_in_year(year) == 366 { 29 } else { 28 };
    let month_lengths = [31, february, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut day = day_of_year;
    let mut month: u64 = 1;
    for length in month_lengths {
        if day < length {
            break;
        }
        day -= length;
        month += 1;
    }
    push_uint(text, u64::from(year), 4);
    text.push('-');
    push_uint(text, month, 2);
    text.push('-');
    push_uint(text, u64::from(day) + 1, 2);
}

/// Jobs per USD m^0.7 by sector: factories and hotels employ many, holding companies and developers few.
const EMPLOYEE_INTENSITY: [f64; NUM_SECTORS] =
    [3.0, 30.0, 5.0, 4.0, 12.0, 20.0, 10.0, 15.0, 12.0, 10.0];

fn employees(row: &Row, rng: &mut Rng) -> u64 {
    let scale =
        EMPLOYEE_INTENSITY[usize::from(row.sector)] * rng::exp(0.7 * rng::ln(row.value_usd_m));
    ((scale * rng::exp(0.35 * rng.normal())).round() as u64).max(2)
}

/// CSV header of `projects.csv` (data.md §4).
pub const PROJECTS_HEADER: [&str; 24] = [
    "id",
    "name",
    "investor",
    "origin",
    "sector",
    "sub_sector",
    "district",
    "year",
    "status",
    "contracted_usd_m",
    "utilized_usd_m",
    "employees",
    "lat",
    "lon",
    "sector_code",
    "sector_zh",
    "district_adcode",
    "district_zh",
    "in_liangjiang",
    "region",
    "contract_date",
    "size_band",
    "is_synthetic",
    "source",
];

/// Reusable text buffers, so a million rows cost no per-row allocation.
#[derive(Default)]
struct Buffers {
    id: String,
    name: String,
    investor: String,
    number: String,
}

fn projects_csv(rows: &[Row], context: &Context, rng: &mut Rng) -> String {
    match write_projects_csv(rows, context, rng) {
        // Every field is built from UTF-8 strings, so the lossy branch never copies anything in practice.
        Ok(bytes) => String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        // The writer targets a Vec<u8>, which cannot fail.
        Err(error) => unreachable!("writing CSV to memory cannot fail: {error}"),
    }
}

fn write_projects_csv(
    rows: &[Row],
    context: &Context,
    rng: &mut Rng,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::with_capacity(rows.len() * 420 + 512));
    writer.write_record(PROJECTS_HEADER)?;
    let id_width = rows.len().to_string().len().max(5);
    let mut buffers = Buffers::default();
    for (index, row) in rows.iter().enumerate() {
        write_row(
            &mut writer,
            &mut buffers,
            index + 1,
            id_width,
            row,
            context,
            rng,
        )?;
    }
    writer
        .into_inner()
        .map_err(|error| error.into_error().into())
}

fn write_row(
    writer: &mut csv::Writer<Vec<u8>>,
    buffers: &mut Buffers,
    number: usize,
    id_width: usize,
    row: &Row,
    context: &Context,
    rng: &mut Rng,
) -> Result<(), csv::Error> {
    let sector = &context.sectors[usize::from(row.sector)];
    let sub_sector_index = usize::from(row.sub_sector);
    let district = &context.districts[usize::from(row.district)];
    let nouns = PROJECT_NOUNS
        .get(context.sub_sector_offsets[usize::from(row.sector)] + sub_sector_index)
        .copied()
        .unwrap_or(&[]);
    write_names(
        &mut buffers.investor,
        &mut buffers.name,
        nouns,
        row.value_usd_m >= 10.0,
        rng,
    );
    buffers.id.clear();
    buffers.id.push_str("HK-CQ-");
    push_uint(&mut buffers.id, number as u64, id_width);

    writer.write_field(&buffers.id)?;
    writer.write_field(&buffers.name)?;
    writer.write_field(&buffers.investor)?;
    writer.write_field("Hong Kong SAR")?;
    writer.write_field(&sector.name)?;
    writer.write_field(
        sector
            .sub_sectors
            .get(sub_sector_index)
            .map_or("", |s| s.name.as_str()),
    )?;
    writer.write_field(&district.name)?;
    write_number(writer, &mut buffers.number, |t| {
        push_uint(t, u64::from(row.year), 1);
    })?;
    writer.write_field(bands::STATUSES[usize::from(row.status)])?;
    write_number(writer, &mut buffers.number, |t| {
        push_fixed(t, row.contracted_usd_k, 3)
    })?;
    write_number(writer, &mut buffers.number, |t| {
        push_fixed(t, row.utilized_usd_k, 3)
    })?;
    let employees = employees(row, rng);
    write_number(writer, &mut buffers.number, |t| push_uint(t, employees, 1))?;
    // Seat coordinates plus a little jitter, wider outside the compact central districts.
    let spread = if district.region.starts_with("central urban") {
        0.03
    } else {
        0.05
    };
    let lat_e4 = ((district.lat + rng.range(-spread, spread)) * 10_000.0).round() as i64;
    let lon_e4 = ((district.lon + rng.range(-spread, spread)) * 10_000.0).round() as i64;
    write_number(writer, &mut buffers.number, |t| push_fixed(t, lat_e4, 4))?;
    write_number(writer, &mut buffers.number, |t| push_fixed(t, lon_e4, 4))?;
    writer.write_field(&sector.code)?;
    writer.write_field(&sector.name_zh)?;
    write_number(writer, &mut buffers.number, |t| {
        push_uint(t, u64::from(district.adcode), 1);
    })?;
    writer.write_field(&district.name_zh)?;
    writer.write_field(if row.in_liangjiang { "true" } else { "false" })?;
    writer.write_field(&district.region)?;
    write_number(writer, &mut buffers.number, |t| {
        push_date(t, row.year, row.day_of_year)
    })?;
    writer.write_field(bands::size_band(row.value_usd_m).unwrap_or(""))?;
    writer.write_field("true")?;
    writer.write_field(bands::SYNTHETIC_LABEL)?;
    writer.write_record(None::<&[u8]>)
}

fn write_number(
    writer: &mut csv::Writer<Vec<u8>>,
    buffer: &mut String,
    format: impl FnOnce(&mut String),
) -> Result<(), csv::Error> {
    buffer.clear();
    format(buffer);
    writer.write_field(buffer.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_usd_k(text: &str) -> i64 {
        let (whole, fraction) = text.split_once('.').unwrap();
        assert_eq!(fraction.len(), 3, "{text}");
        whole.parse::<i64>().unwrap() * 1000 + fraction.parse::<i64>().unwrap()
    }

    /// Parses the CSV back and checks every row; returns Σ contracted in USD thousands.
    fn check_rows(files: &GeneratedFiles, num_rows: usize) -> i64 {
        let sectors = tables::sectors();
        let districts = tables::districts();
        let mut reader = csv::Reader::from_reader(files.projects_csv.as_bytes());
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
            PROJECTS_HEADER
        );
        let mut total = 0;
        let mut count = 0;
        for record in reader.records() {
            let record = record.unwrap();
            count += 1;
            let contracted = parse_usd_k(&record[9]);
            let utilized = parse_usd_k(&record[10]);
            assert!(contracted >= 50, "{record:?}");
            assert!((0..=contracted).contains(&utilized), "{record:?}");
            total += contracted;
            let year: u16 = record[7].parse().unwrap();
            assert!((1985..=2023).contains(&year));
            assert!(record[20].starts_with(&record[7]));
            let sector = sectors.iter().find(|s| s.name == record[4]).unwrap();
            assert!(sector.sub_sectors.iter().any(|s| s.name == record[5]));
            assert_eq!(sector.code, record[14]);
            let district = districts.iter().find(|d| d.name == record[6]).unwrap();
            assert_eq!(district.adcode.to_string(), record[16]);
            assert!(&record[18] == "false" || district.in_liangjiang);
            assert_eq!(
                Some(&record[21]),
                bands::size_band(contracted as f64 / 1000.0)
            );
            assert!(bands::STATUSES.contains(&&record[8]));
            assert_eq!(mentions_real_firm(&record[1]), None);
            assert_eq!(mentions_real_firm(&record[2]), None);
            let lat: f64 = record[12].parse().unwrap();
            assert!((district.lat - lat).abs() <= 0.051);
        }
        assert_eq!(count, num_rows);
        total
    }

    #[test]
    fn small_and_larger_datasets_are_valid_and_sums_scale() {
        for num_rows in [500, 20_000] {
            let options = GenerateOptions {
                rows: num_rows,
                seed: 7,
            };
            let files = generate(&options);
            let total = check_rows(&files, num_rows);
            assert_eq!(total, scaled_total_usd_k(num_rows));
            let mean = total as f64 / num_rows as f64 / 1000.0;
            assert!((mean - 19.94).abs() < 0.01, "mean {mean}");
            assert_eq!(generate(&options), files, "not deterministic");
        }
        let other_seed = generate(&GenerateOptions { rows: 500, seed: 8 });
        assert_ne!(
            other_seed.projects_csv,
            generate(&GenerateOptions { rows: 500, seed: 7 }).projects_csv
        );
    }

    #[test]
    fn tiny_datasets_do_not_panic_and_keep_the_scaled_total() {
        for num_rows in [0, 1, 2, 37, 150] {
            let files = generate(&GenerateOptions {
                rows: num_rows,
                seed: 3,
            });
            assert_eq!(check_rows(&files, num_rows), scaled_total_usd_k(num_rows));
        }
    }

    #[test]
    fn default_counts_follow_the_published_checkpoints() {
        let mut rng = Rng::new(1);
        let rows = plan_years(DEFAULT_ROWS, &mut rng);
        let by = |last: u16| rows.iter().filter(|r| r.year <= last).count();
        assert_eq!((by(2016), by(2021), by(2023)), (2842, 3344, 3530));
        assert_eq!(scaled_total_usd_k(DEFAULT_ROWS), DEFAULT_TOTAL_USD_K);
    }

    #[test]
    fn constants_match_the_reference_tables() {
        let sectors = tables::sectors();
        let codes: Vec<&str> = sectors.iter().map(|s| s.code.as_str()).collect();
        assert_eq!(codes, SECTOR_CODES);
        for (sector, weights) in sectors.iter().zip(SUB_SECTOR_ERA_WEIGHTS) {
            assert_eq!(sector.sub_sectors.len(), weights.len(), "{}", sector.code);
        }
        let num_sub_sectors: usize = sectors.iter().map(|s| s.sub_sectors.len()).sum();
        assert_eq!(num_sub_sectors, PROJECT_NOUNS.len());
        let districts = tables::districts();
        for (name, _) in NAMED_DISTRICT_VALUE_PCT {
            assert!(district_index(&districts, name).is_some(), "{name}");
        }
        let liangjiang_names: Vec<&str> = LIANGJIANG_INDEX
            .iter()
            .map(|&i| districts[i].name.as_str())
            .collect();
        let split_names: Vec<&str> = LIANGJIANG_SPLIT.iter().map(|(name, ..)| *name).collect();
        assert_eq!(liangjiang_names, split_names);
        for (year, code, sub_sector, district, _) in MEGA_TEMPLATES {
            let sector = &sectors[sector_index(code).unwrap()];
            assert!(
                sector.sub_sectors.iter().any(|s| s.name == sub_sector),
                "{sub_sector}"
            );
            assert!(district_index(&districts, district).is_some(), "{district}");
            assert!((2008..=2016).contains(&year));
        }
        let pct: f64 = district_value_pct(&districts).iter().sum();
        assert!((pct - 100.0).abs() < 1e-9);
        let value: f64 = SECTOR_ERA_VALUE_PCT.iter().flatten().sum();
        assert!((value - 100.0).abs() < 1e-9);
        for era in 0..NUM_ERAS {
            let count: f64 = SECTOR_ERA_COUNT_PCT.iter().map(|row| row[era]).sum();
            assert!((count - 100.0).abs() < 1e-9, "era {era}: {count}");
        }
    }

    #[test]
    fn real_firm_check_matches_whole_words_only() {
        assert_eq!(mentions_real_firm("Swire Properties"), Some("Swire"));
        assert_eq!(mentions_real_firm("the hsbc branch"), Some("HSBC"));
        assert_eq!(mentions_real_firm("Li & Fung Trading"), Some("Li & Fung"));
        assert_eq!(mentions_real_firm("Kelridge Holdings Limited"), None);
        assert_eq!(mentions_real_firm("Tockwell"), None);
        assert_eq!(mentions_real_firm("Swires"), None);
    }

    #[test]
    fn fixed_point_and_dates_format_exactly() {
        let mut text = String::new();
        push_fixed(&mut text, 70_400_000, 3);
        text.push(' ');
        push_fixed(&mut text, 50, 3);
        text.push(' ');
        push_fixed(&mut text, -12, 4);
        text.push(' ');
        push_date(&mut text, 2020, 59);
        text.push(' ');
        push_date(&mut text, 2021, 364);
        assert_eq!(text, "70400.000 0.050 -0.0012 2020-02-29 2021-12-31");
    }
}
