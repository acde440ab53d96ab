//! Checks the SHIPPED dataset in `data/` against the targets of `shared/guide/data.md`: the hard targets of §1
//! exactly, the estimated splits of §3 within the stated tolerances, the reference datasets, and that the generator
//! still reproduces every shipped file byte for byte. The files are read with `std::fs` and the `csv` crate, not
//! through the app's loader, so a loader bug cannot hide a data bug.
//!
//! To regenerate the shipped files after a deliberate change to the generator or the tables, run
//! `cargo test --test it data_targets -- --ignored write_shipped_files` (the `invest-explorer generate` command does the
//! same), then re-run these tests.

// Test code: a panic is the failure report. (`allow-unwrap-in-tests` covers `#[test]` fns, not these helpers.)
#![allow(clippy::unwrap_used)]

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use invest_explorer::model::generate::{GenerateOptions, generate, mentions_real_firm};
use invest_explorer::model::reference::{District, Fact, RateTable, ReferenceProject, Sector};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn read_data_file(name: &str) -> String {
    let path = data_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The columns of `projects.csv` these tests look at.
struct Project {
    name: String,
    investor: String,
    origin: String,
    sector: String,
    sub_sector: String,
    district: String,
    year: i32,
    contracted_usd_k: i64,
    utilized_usd_k: i64,
    sector_code: String,
    is_synthetic: String,
}

/// "12.345" → 12345: amounts are stored with exactly three decimals, i.e. integer USD thousands.
fn parse_usd_k(text: &str) -> i64 {
    let (whole, fraction) = text
        .split_once('.')
        .unwrap_or_else(|| panic!("no decimals in {text:?}"));
    assert_eq!(
        fraction.len(),
        3,
        "amount {text:?} must have exactly 3 decimals"
    );
    whole.parse::<i64>().unwrap() * 1000 + fraction.parse::<i64>().unwrap()
}

fn load_projects() -> Vec<Project> {
    let text = read_data_file("projects.csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("missing column {name}"))
    };
    let [
        name,
        investor,
        origin,
        sector,
        sub_sector,
        district,
        year,
        contracted,
        utilized,
        code,
        synthetic,
    ] = [
        "name",
        "investor",
        "origin",
        "sector",
        "sub_sector",
        "district",
        "year",
        "contracted_usd_m",
        "utilized_usd_m",
        "sector_code",
        "is_synthetic",
    ]
    .map(column);
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            Project {
                name: record[name].to_owned(),
                investor: record[investor].to_owned(),
                origin: record[origin].to_owned(),
                sector: record[sector].to_owned(),
                sub_sector: record[sub_sector].to_owned(),
                district: record[district].to_owned(),
                year: record[year].parse().unwrap(),
                contracted_usd_k: parse_usd_k(&record[contracted]),
                utilized_usd_k: parse_usd_k(&record[utilized]),
                sector_code: record[code].to_owned(),
                is_synthetic: record[synthetic].to_owned(),
            }
        })
        .collect()
}

fn total_usd_k(projects: &[Project]) -> i64 {
    projects.iter().map(|p| p.contracted_usd_k).sum()
}

/// Value share (%) of each key.
fn value_shares<'a>(
    projects: &'a [Project],
    key: impl Fn(&'a Project) -> &'a str,
) -> HashMap<&'a str, f64> {
    let total = total_usd_k(projects) as f64;
    let mut shares = HashMap::new();
    for project in projects {
        *shares.entry(key(project)).or_insert(0.0) +=
            project.contracted_usd_k as f64 / total * 100.0;
    }
    shares
}

#[test]
fn rows_total_and_origin_are_exact() {
    let projects = load_projects();
    assert_eq!(projects.len(), 3530);
    assert_eq!(
        total_usd_k(&projects),
        70_400_000,
        "Σ contracted must be exactly USD 70.4 bn"
    );
    assert!(projects.iter().all(|p| p.origin == "Hong Kong SAR"));
    assert!(projects.iter().all(|p| p.is_synthetic == "true"));
}

#[test]
fn cumulative_counts_match_the_published_checkpoints() {
    let projects = load_projects();
    let by_end_of = |year: i32| projects.iter().filter(|p| p.year <= year).count();
    assert!(projects.iter().all(|p| (1985..=2023).contains(&p.year)));
    // China Daily, Feb 2017: 2,842 by end 2016 (an upper bound, met exactly).
    assert_eq!(by_end_of(2016), 2842);
    // HKTDC via iChongqing, Mar 2022: "about 3,344" by end 2021 (met exactly).
    assert_eq!(by_end_of(2021), 3344);
    assert_eq!(by_end_of(2023), 3530);
}

/// §3 sector value shares (%).
const SECTOR_VALUE_PCT: [(&str, f64); 10] = [
    ("Real estate", 26.0),
    ("Manufacturing", 24.0),
    ("Leasing & business services", 18.0),
    ("Finance", 8.0),
    ("Wholesale & retail", 6.0),
    ("Accommodation & catering", 5.0),
    ("Transport, storage & logistics", 4.0),
    ("Information & software", 4.0),
    ("Scientific research & technical services", 2.0),
    ("Other", 3.0),
];

#[test]
fn sector_value_shares_are_within_two_points() {
    let projects = load_projects();
    let shares = value_shares(&projects, |p| p.sector.as_str());
    assert_eq!(shares.len(), SECTOR_VALUE_PCT.len(), "{shares:?}");
    for (sector, target) in SECTOR_VALUE_PCT {
        let share = shares.get(sector).copied().unwrap_or(0.0);
        assert!(
            (share - target).abs() <= 2.0,
            "{sector}: {share:.2} % vs {target} %"
        );
    }
}

/// §3 district value shares (%) of the 16 named districts; the other 22 share 6 %.
const DISTRICT_VALUE_PCT: [(&str, f64); 16] = [
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

#[test]
fn district_value_shares_are_within_two_points_and_every_district_has_rows() {
    let projects = load_projects();
    let shares = value_shares(&projects, |p| p.district.as_str());
    assert_eq!(
        shares.len(),
        38,
        "every one of the 38 divisions needs at least one row"
    );
    for (district, target) in DISTRICT_VALUE_PCT {
        let share = shares.get(district).copied().unwrap_or(0.0);
        assert!(
            (share - target).abs() <= 2.0,
            "{district}: {share:.2} % vs {target} %"
        );
    }
    let named: HashSet<&str> = DISTRICT_VALUE_PCT.iter().map(|(name, _)| *name).collect();
    let others: f64 = shares
        .iter()
        .filter(|(name, _)| !named.contains(*name))
        .map(|(_, share)| share)
        .sum();
    assert!(
        (others - 6.0).abs() <= 2.0,
        "other 22 divisions: {others:.2} % vs 6 %"
    );
}

#[test]
fn year_buckets_and_eras_follow_the_estimates() {
    let projects = load_projects();
    let total = total_usd_k(&projects) as f64;
    let value_pct = |first: i32, last: i32, codes: &[&str]| {
        projects
            .iter()
            .filter(|p| (first..=last).contains(&p.year))
            .filter(|p| codes.is_empty() || codes.contains(&p.sector_code.as_str()))
            .map(|p| p.contracted_usd_k as f64)
            .sum::<f64>()
            / total
            * 100.0
    };
    let buckets = [
        (1985, 1996, 0.6),
        (1997, 2002, 1.2),
        (2003, 2007, 2.0),
        (2008, 2008, 1.8),
        (2009, 2009, 2.6),
        (2010, 2010, 4.2),
        (2011, 2012, 14.0),
        (2013, 2016, 28.0),
        (2017, 2017, 6.6),
        (2018, 2018, 6.6),
        (2019, 2019, 6.6),
        (2020, 2020, 6.6),
        (2021, 2021, 7.0),
        (2022, 2022, 7.6),
        (2023, 2023, 4.6),
    ];
    for (first, last, target) in buckets {
        let share = value_pct(first, last, &[]);
        assert!(
            (share - target).abs() <= 1.0,
            "{first}–{last}: {share:.2} % vs {target} %"
        );
    }
    // §3 mix over time, as shares of each era's value.
    let before_2008 = value_pct(1985, 2007, &[]);
    assert!(value_pct(1985, 2007, &["C", "H", "K"]) / before_2008 > 0.6);
    let laptop_era = value_pct(2008, 2013, &[]);
    assert!(value_pct(2008, 2013, &["C"]) / laptop_era >= 0.40);
    let services_era = value_pct(2014, 2023, &[]);
    assert!(value_pct(2014, 2023, &["L", "J", "G"]) / services_era >= 0.45);
}

#[test]
fn sizes_have_the_documented_shape() {
    let projects = load_projects();
    let total = total_usd_k(&projects) as f64;
    let mut sizes: Vec<i64> = projects.iter().map(|p| p.contracted_usd_k).collect();
    sizes.sort_unstable();
    let median_usd_m = (sizes[sizes.len() / 2 - 1] + sizes[sizes.len() / 2]) as f64 / 2000.0;
    assert!(
        (2.0..=4.0).contains(&median_usd_m),
        "median USD {median_usd_m} m"
    );
    assert!(sizes[0] >= 50, "floor is USD 50 k");

    // The top 1 % of 3,530 rows: 35 rows.
    let top_one_pct: i64 = sizes.iter().rev().take(35).sum();
    let top_share = top_one_pct as f64 / total * 100.0;
    assert!(
        (35.0..=45.0).contains(&top_share),
        "top 1 %: {top_share:.2} % of value"
    );

    let megas: Vec<i64> = sizes.iter().copied().filter(|&k| k >= 800_000).collect();
    assert_eq!(megas.len(), 12, "mega projects ≥ USD 800 m");
    assert!(
        megas.iter().all(|&k| k <= 4_000_000),
        "mega projects are capped at USD 4 bn"
    );
    let mega_share = megas.iter().sum::<i64>() as f64 / total * 100.0;
    assert!(
        (20.0..=25.0).contains(&mega_share),
        "mega projects: {mega_share:.2} % of value"
    );
}

#[test]
fn utilised_never_exceeds_contracted() {
    for project in load_projects() {
        assert!(
            (0..=project.contracted_usd_k).contains(&project.utilized_usd_k),
            "{}: utilised {} > contracted {}",
            project.name,
            project.utilized_usd_k,
            project.contracted_usd_k
        );
    }
}

#[test]
fn no_investor_or_project_is_named_after_a_real_firm() {
    for project in load_projects() {
        for text in [&project.investor, &project.name] {
            assert_eq!(mentions_real_firm(text), None, "{text:?} names a real firm");
        }
    }
}

#[test]
fn reference_files_parse_and_cover_the_csv() {
    let sectors: Vec<Sector> = ron::from_str(&read_data_file("sectors.ron")).unwrap();
    let districts: Vec<District> = ron::from_str(&read_data_file("districts.ron")).unwrap();
    let facts: Vec<Fact> = ron::from_str(&read_data_file("facts.ron")).unwrap();
    let rates: RateTable = ron::from_str(&read_data_file("rates.ron")).unwrap();
    let reference: Vec<ReferenceProject> =
        ron::from_str(&read_data_file("reference_projects.ron")).unwrap();

    assert_eq!(sectors.len(), 10);
    let num_sub_sectors: usize = sectors.iter().map(|s| s.sub_sectors.len()).sum();
    assert!(
        (35..=50).contains(&num_sub_sectors),
        "{num_sub_sectors} sub-sectors (about 40)"
    );
    assert_eq!(districts.len(), 38);
    assert!(districts.iter().any(|d| d.name == "Nan'an"));
    assert!(facts.len() >= 10);
    assert_eq!(rates.rates.first().map(|r| r.year), Some(2000));
    assert_eq!(rates.rates.last().map(|r| r.year), Some(2024));
    assert!(reference.len() >= 12);

    let sub_sectors: HashSet<(&str, &str)> = sectors
        .iter()
        .flat_map(|s| {
            s.sub_sectors
                .iter()
                .map(move |sub| (s.name.as_str(), sub.name.as_str()))
        })
        .collect();
    let district_names: HashSet<&str> = districts.iter().map(|d| d.name.as_str()).collect();
    for project in load_projects() {
        let sector = sectors.iter().find(|s| s.name == project.sector);
        assert_eq!(
            sector.map(|s| s.code.as_str()),
            Some(project.sector_code.as_str()),
            "{}",
            project.sector
        );
        assert!(
            sub_sectors.contains(&(project.sector.as_str(), project.sub_sector.as_str())),
            "{} / {}",
            project.sector,
            project.sub_sector
        );
        assert!(
            district_names.contains(project.district.as_str()),
            "{}",
            project.district
        );
    }
}

/// Projects and Σ contracted (USD k) of each contract year 1985–2023, in year order.
fn year_series(projects: &[Project]) -> Vec<(i32, usize, i64)> {
    (1985..=2023)
        .map(|year| {
            let of_year = projects.iter().filter(|p| p.year == year);
            let count = of_year.clone().count();
            (year, count, of_year.map(|p| p.contracted_usd_k).sum())
        })
        .collect()
}

#[test]
fn yearly_counts_vary_smoothly_with_no_two_neighbouring_years_equal() {
    let series = year_series(&load_projects());
    assert!(series.iter().all(|&(_, count, _)| count > 0));
    for pair in series.windows(2) {
        let ((y0, c0, _), (y1, c1, _)) = (pair[0], pair[1]);
        assert_ne!(c0, c1, "{y0} and {y1} both have {c0} projects");
        // Smooth: no jump of more than 60 % between neighbouring years (the steepest is the 1992 take-off).
        let (low, high) = (c0.min(c1) as f64, c0.max(c1) as f64);
        assert!(low >= high * 0.4, "{y0} → {y1}: {c0} → {c1}");
    }
    // §3 eras keep their exact totals (the checkpoints are sums of them).
    let count_in = |first: i32, last: i32| -> usize {
        series
            .iter()
            .filter(|(y, ..)| (first..=last).contains(y))
            .map(|&(_, c, _)| c)
            .sum()
    };
    let eras = [
        (1985, 1996, 600),
        (1997, 2002, 420),
        (2003, 2007, 550),
        (2008, 2012, 800),
        (2013, 2016, 472),
        (2017, 2021, 502),
        (2022, 2023, 186),
    ];
    for (first, last, total) in eras {
        assert_eq!(count_in(first, last), total, "{first}–{last}");
    }
    // Single-year counts of §3 are targets of ± 10 % (2008–10 at 160 each; 2011–12 at 160 a year).
    let single = [
        (2008, 160),
        (2009, 160),
        (2010, 160),
        (2011, 160),
        (2012, 160),
        (2017, 105),
        (2018, 100),
        (2019, 105),
        (2020, 85),
        (2021, 107),
        (2022, 88),
        (2023, 98),
    ];
    for (year, target) in single {
        let count = count_in(year, year) as f64;
        assert!(
            (count / target as f64 - 1.0).abs() <= 0.10,
            "{year}: {count} vs {target}"
        );
    }
    // Not an even spread inside an era of three years or more: its busiest year has at least 10 % more projects
    // than its quietest.
    for (first, last, _) in eras.iter().filter(|(f, l, _)| l - f >= 2) {
        let counts: Vec<usize> = (*first..=*last).map(|y| count_in(y, y)).collect();
        let (min, max) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
        assert!(
            *max as f64 >= *min as f64 * 1.1,
            "{first}–{last}: {counts:?}"
        );
    }
}

#[test]
fn no_two_years_have_the_same_amount_and_late_years_hit_their_targets() {
    let projects = load_projects();
    let series = year_series(&projects);
    let mut amounts: Vec<i64> = series.iter().map(|&(_, _, usd_k)| usd_k).collect();
    amounts.sort_unstable();
    amounts.dedup();
    assert_eq!(
        amounts.len(),
        series.len(),
        "two years with identical amounts"
    );
    let total = total_usd_k(&projects) as f64;
    let targets = [
        (2017, 6.6),
        (2018, 6.6),
        (2019, 6.6),
        (2020, 6.6),
        (2021, 7.0),
        (2022, 7.6),
        (2023, 4.6),
    ];
    for (year, target_pct) in targets {
        let &(_, _, usd_k) = series.iter().find(|(y, ..)| *y == year).unwrap();
        let pct = usd_k as f64 / total * 100.0;
        assert!(
            (pct / target_pct - 1.0).abs() <= 0.10,
            "{year}: {pct:.2} % vs {target_pct} %"
        );
    }
    // 2017–20 must not be one repeated figure (they all target 6.6 %).
    let late: Vec<i64> = series
        .iter()
        .filter(|(y, ..)| (2017..=2020).contains(y))
        .map(|s| s.2)
        .collect();
    let spread = (late.iter().max().unwrap() - late.iter().min().unwrap()) as f64 / total * 100.0;
    assert!(spread >= 0.1, "2017–20 amounts too alike: {late:?}");
}

#[test]
fn generator_reproduces_the_shipped_files_byte_for_byte() {
    let generated = generate(&GenerateOptions::default());
    for (name, contents) in generated.files() {
        let shipped = std::fs::read(data_dir().join(name)).unwrap();
        assert!(
            shipped == contents.as_bytes(),
            "data/{name} differs from the generator's output; regenerate with \
             `cargo test --test it data_targets -- --ignored write_shipped_files`"
        );
    }
}

/// Regenerates `data/` from the generator. Ignored: run it on purpose, then review the diff.
#[test]
#[ignore = "writes the shipped data files"]
fn write_shipped_files() {
    let generated = generate(&GenerateOptions::default());
    let files = generated
        .files()
        .map(|(name, text)| (name, text.as_bytes()));
    let written = invest_explorer::export::write_files_atomically(&data_dir(), files).unwrap();
    assert_eq!(written.len(), 7);
}
