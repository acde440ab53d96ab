//! The yearly exchange-rate tables of `data/rates.ron`: CNY per USD (data.md §8) and HKD per USD, each row with its
//! evidence and the publication it was read in.
//!
//! Must not depend on egui, eframe or rfd.

use crate::model::reference::{Evidence, HkdRate, HkdRates, Rate, RateTable};

/// Yearly average CNY per USD, 2000–2024 (data.md §8), with the source text of each row as its note.
pub fn rates() -> RateTable {
    use Evidence::{Sourced, Standard};
    const NBS_LIST: &str = "official NBS/SAFE annual average";
    const WIKIMILI: &str = "\"List of renminbi exchange rates\", https://wikimili.com/en/List_of_renminbi_exchange_rates";
    let rows: [(i32, f64, Evidence, String); 25] = [
        (
            2000,
            8.2784,
            Standard,
            "NBS 827.84 per 100 USD [not re-checked]; wwpfw.com table (Baidu Baike) gives 8.279".to_owned(),
        ),
        (2001, 8.2770, Standard, "NBS [not re-checked]; wwpfw.com gives 8.277".to_owned()),
        (2002, 8.2770, Standard, "NBS [not re-checked]; wwpfw.com gives 8.277".to_owned()),
        (2003, 8.2770, Standard, "NBS [not re-checked]; wwpfw.com gives 8.277".to_owned()),
        (2004, 8.2768, Standard, "NBS [not re-checked]; wwpfw.com gives 8.277".to_owned()),
        (
            2005,
            8.1917,
            Standard,
            "NBS [not re-checked]; only the range 8.2765 → 8.0702 is sourced (wwpfw.com)".to_owned(),
        ),
        (2006, 7.9718, Standard, "NBS [not re-checked]; PWT 7.1 via FRED FXRAT2CNA618NUPN gives 7.97344".to_owned()),
        (2007, 7.6040, Standard, "NBS [not re-checked]; PWT/FRED gives 7.60753".to_owned()),
        (2008, 6.9451, Standard, "NBS [not re-checked]; PWT/FRED gives 6.94865".to_owned()),
        (2009, 6.8310, Standard, "NBS [not re-checked]; PWT/FRED gives 6.83142".to_owned()),
        (
            2010,
            6.7695,
            Standard,
            "NBS [not re-checked]; PWT/FRED gives 6.77027 (https://fred.stlouisfed.org/series/FXRAT2CNA618NUPN)"
                .to_owned(),
        ),
        (2011, 6.4588, Sourced, format!("{NBS_LIST}, CNY per 100 USD = 645.88 — {WIKIMILI}")),
        (2012, 6.3125, Sourced, format!("{NBS_LIST}, 631.25 — {WIKIMILI}")),
        (2013, 6.1932, Sourced, format!("{NBS_LIST}, 619.32 — {WIKIMILI}")),
        (2014, 6.1428, Sourced, format!("{NBS_LIST}, 614.28 — {WIKIMILI}")),
        (2015, 6.2284, Sourced, format!("{NBS_LIST}, 622.84 — {WIKIMILI}")),
        (2016, 6.6423, Sourced, format!("{NBS_LIST}, 664.23 — {WIKIMILI}")),
        (2017, 6.7518, Sourced, format!("{NBS_LIST}, 675.18 — {WIKIMILI}")),
        (2018, 6.6174, Sourced, format!("{NBS_LIST}, 661.74 — {WIKIMILI}")),
        (2019, 6.8985, Standard, "NBS statistical communiqué (not retrieved)".to_owned()),
        (2020, 6.8974, Standard, "NBS statistical communiqué (not retrieved)".to_owned()),
        (2021, 6.4515, Standard, "NBS statistical communiqué (not retrieved)".to_owned()),
        (2022, 6.7261, Standard, "NBS statistical communiqué (not retrieved)".to_owned()),
        (2023, 7.0467, Standard, "NBS statistical communiqué (not retrieved)".to_owned()),
        (
            2024,
            7.1217,
            Standard,
            "NBS statistical communiqué (not retrieved); FRED EXCHUS monthly Oct/Nov/Dec 2024 = 7.0881 / 7.2063 / \
             7.2807 (https://alfred.stlouisfed.org/series?seid=EXCHUS)"
                .to_owned(),
        ),
    ];
    RateTable {
        series: "CNY per USD, annual average of the official PRC central parity (NBS/SAFE)".to_owned(),
        source: "National Bureau of Statistics / State Administration of Foreign Exchange annual averages; \
                 2011–2018 read in the official list (CNY per 100 USD) at \
                 https://wikimili.com/en/List_of_renminbi_exchange_rates. Rows tagged Standard were not re-checked \
                 against the primary source and must be checked before release. Years before 2000 use the 2000 \
                 rate, years after 2024 the 2024 rate."
            .to_owned(),
        rates: rows
            .into_iter()
            .map(|(year, cny_per_usd, evidence, note)| Rate {
                year,
                cny_per_usd,
                evidence,
                note,
            })
            .collect(),
        hkd: hkd_rates(),
    }
}

/// Federal Reserve G.5A releases read for the HKD table: (years covered, release, address).
const G5A_1997: &str = "Federal Reserve G.5A, release of 7 Jan 1997 (1993–96), \
                        https://federalreserve.gov/releases/G5A/19970107/G5A.htm";
const G5A_2016: &str = "Federal Reserve G.5A, release of 4 Jan 2016 (2012–15), \
                        https://federalreserve.gov/releases/g5a/20160104/default.htm";
const G5A_2021: &str =
    "Federal Reserve G.5A (2017–20), https://federalreserve.gov/releases/g5a/20210104";
const G5A_2024: &str = "Federal Reserve G.5A, release of 1 Feb 2024 (2020–23), \
                        https://federalreserve.gov/releases/g5a/20240201";
/// Hong Kong's own series (C&SD/HKMA), as reprinted in the China Statistical Yearbook's Hong Kong tables.
const CSY_1999: &str = "Hong Kong series (C&SD/HKMA) in China Statistical Yearbook 1999, table 22-37, \
                        https://www.stats.gov.cn/english/Statisticaldata/yearlydata/YB1999e/v37e.htm";
const CSY_2006: &str = "Hong Kong series (C&SD/HKMA) in China Statistical Yearbook 2006, table 24-41, \
                        https://www.stats.gov.cn/sj/ndsj/2006/html/W2441e.htm";
const CSD_124: &str = "Hong Kong series, C&SD table 124, \
                       http://www.censtatd.gov.hk/hkstat/sub/sp110.jsp?tableID=124&ID=0&productType=8";

/// Yearly average HKD per USD: only the years a source was read for (the Fed's G.5A where it was read, Hong Kong's
/// own series otherwise). Both are averages of daily rates under the linked exchange rate; where both were read
/// (1995, 1996, 2012) they differ by less than 0.001 HKD.
pub fn hkd_rates() -> HkdRates {
    let rows: [(i32, f64, &str); 25] = [
        (1990, 7.789, CSY_1999),
        (1993, 7.7357, G5A_1997),
        (1994, 7.7290, G5A_1997),
        (1995, 7.7357, G5A_1997),
        (1996, 7.7345, G5A_1997),
        (1997, 7.742, CSY_1999),
        (1998, 7.745, CSY_1999),
        (2001, 7.799, CSY_2006),
        (2002, 7.799, CSY_2006),
        (2003, 7.787, CSY_2006),
        (2004, 7.788, CSY_2006),
        (2005, 7.777, CSY_2006),
        (2010, 7.769, CSD_124),
        (2011, 7.784, CSD_124),
        (2012, 7.7569, G5A_2016),
        (2013, 7.7565, G5A_2016),
        (2014, 7.7545, G5A_2016),
        (2015, 7.7524, G5A_2016),
        (2017, 7.7926, G5A_2021),
        (2018, 7.8376, G5A_2021),
        (2019, 7.8351, G5A_2021),
        (2020, 7.7559, G5A_2024),
        (2021, 7.7727, G5A_2024),
        (2022, 7.8306, G5A_2024),
        (2023, 7.8292, G5A_2024),
    ];
    let rates = rows
        .into_iter()
        .map(|(year, hkd_per_usd, note)| HkdRate {
            year,
            hkd_per_usd,
            evidence: Evidence::Sourced,
            note: note.to_owned(),
        })
        .collect();
    HkdRates {
        series: "HKD per USD, annual average of daily rates under the linked exchange rate (7.80 from 17 Oct 1983; \
                 the 7.75–7.85 band since May 2005)"
            .to_owned(),
        source: "Board of Governors of the Federal Reserve System, release G.5A \"Foreign Exchange Rates (Annual)\" \
                 (averages of daily noon buying rates in New York), for 1993–96, 2012–15 and 2017–23; Hong Kong's own \
                 series (Census and Statistics Department / HKMA, averages of daily closing middle-market rates), as \
                 reprinted in the China Statistical Yearbook, for 1990, 1997–98, 2001–05 and 2010–11. No figure was \
                 read for 1985–89, 1991–92, 1999–2000, 2006–09, 2016 or 2024: those years take the nearest listed \
                 year's rate."
            .to_owned(),
        rates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hkd_rates_are_sourced_linked_rates_by_the_nearest_year_rule() {
        let table = rates();
        let hkd = &table.hkd.rates;
        assert!(
            hkd.windows(2).all(|w| w[0].year < w[1].year),
            "years in order, each once"
        );
        for rate in hkd {
            // The linked rate: 7.80 from Oct 1983, the 7.75–7.85 band since 2005; annual averages stayed inside
            // 7.72–7.85 throughout.
            assert!(
                (7.72..=7.85).contains(&rate.hkd_per_usd),
                "{}: {}",
                rate.year,
                rate.hkd_per_usd
            );
            assert_eq!(rate.evidence, Evidence::Sourced);
            assert!(
                rate.note.contains("http"),
                "{}: the note names where it was read",
                rate.year
            );
        }
        assert_eq!(table.hkd_per_usd(Some(2019)), Some(7.8351));
        assert_eq!(table.hkd_per_usd(Some(2001)), Some(7.799));
        // Years without a figure take the nearest listed year (the earlier on a tie), no year the latest.
        assert_eq!(table.hkd_per_usd(Some(1985)), Some(7.789));
        assert_eq!(table.hkd_per_usd(Some(2016)), Some(7.7524));
        assert_eq!(table.hkd_per_usd(Some(2030)), Some(7.8292));
        assert_eq!(table.hkd_per_usd(None), Some(7.8292));
        // The CNY rule is unchanged.
        assert_eq!(table.cny_per_usd(Some(2030)), Some(7.1217));
        assert_eq!(table.cny_per_usd(None), Some(7.1217));
    }
}
