//! A filter in parts: which facet and names, which range, which search. The one structured description of a
//! filter, rendered by the chips above the table, the exports' About sheet and `meta`, the PNG caption, the CLI's
//! summary and the default file names, so the five can never say different things.
//!
//! The words are made in one function, [`part_text`]; file names make slugs from the same parts
//! (`export::default_file_stem`). Must not depend on egui, eframe or rfd.

use std::borrow::Cow;

use super::filter::{Facet, Filter};
use super::labels;
use crate::format::{Currency, MoneyFormat};
use crate::i18n::{Lang, year};
use crate::model::Dataset;
use crate::tr;

/// Which values a [`FilterPart::Values`] constrains: one of the app's facets, or a column of the file's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FacetName {
    Facet(Facet),
    /// A category column of the file, by its header.
    Column(String),
}

/// One active constraint of a [`Filter`].
#[derive(Clone, Debug, PartialEq)]
pub enum FilterPart {
    /// Text in the project name or the investor (trimmed).
    Search(String),
    /// Any of these names in one facet.
    Values {
        facet: FacetName,
        names: Vec<String>,
    },
    /// Contract years, inclusive; at least one end is set.
    Years { from: Option<i32>, to: Option<i32> },
    /// The contracted amount in millions of `currency`, inclusive; at least one end is set.
    Contracted {
        min: Option<f64>,
        max: Option<f64>,
        currency: Currency,
    },
    /// Inside (`true`) or outside the Liangjiang New Area.
    Liangjiang(bool),
}

impl Filter {
    /// The active constraints, in reading order: search, facets, the file's columns, years, amounts, Liangjiang.
    /// A facet's names come together in one part.
    pub fn parts(&self) -> Vec<FilterPart> {
        self.parts_with(|facet, names| {
            vec![FilterPart::Values {
                facet,
                names: names.to_vec(),
            }]
        })
    }

    /// The active constraints with one part per name, so each can be removed alone (the chips).
    pub fn removable_parts(&self) -> Vec<FilterPart> {
        self.parts_with(|facet, names| {
            names
                .iter()
                .map(|name| FilterPart::Values {
                    facet: facet.clone(),
                    names: vec![name.clone()],
                })
                .collect()
        })
    }

    fn parts_with(
        &self,
        values: impl Fn(FacetName, &[String]) -> Vec<FilterPart>,
    ) -> Vec<FilterPart> {
        let mut parts = Vec::new();
        let search = self.search.trim();
        if !search.is_empty() {
            parts.push(FilterPart::Search(search.to_owned()));
        }
        for facet in Facet::ALL {
            let names: Vec<String> = self.values(facet).iter().cloned().collect();
            if !names.is_empty() {
                parts.extend(values(FacetName::Facet(facet), &names));
            }
        }
        for (column, names) in &self.columns {
            let names: Vec<String> = names.iter().cloned().collect();
            if !names.is_empty() {
                parts.extend(values(FacetName::Column(column.clone()), &names));
            }
        }
        if self.year_from.is_some() || self.year_to.is_some() {
            parts.push(FilterPart::Years {
                from: self.year_from,
                to: self.year_to,
            });
        }
        if self.has_amount_range() {
            parts.push(FilterPart::Contracted {
                min: self.min_amount_m,
                max: self.max_amount_m,
                currency: self.amount_currency,
            });
        }
        if let Some(inside) = self.in_liangjiang {
            parts.push(FilterPart::Liangjiang(inside));
        }
        parts
    }

    /// This filter without `part` (the filter a chip's click leaves).
    pub fn without(&self, part: &FilterPart) -> Filter {
        let mut filter = self.clone();
        match part {
            FilterPart::Search(_) => filter.search.clear(),
            FilterPart::Values { facet, names } => {
                let values = match facet {
                    FacetName::Facet(facet) => Some(filter.values_mut(*facet)),
                    FacetName::Column(column) => filter.columns.get_mut(column),
                };
                if let Some(values) = values {
                    for name in names {
                        values.remove(name);
                    }
                }
                filter.columns.retain(|_, values| !values.is_empty());
            }
            FilterPart::Years { .. } => {
                filter.year_from = None;
                filter.year_to = None;
            }
            FilterPart::Contracted { .. } => filter.set_amount_range(None, None, Currency::Usd),
            FilterPart::Liangjiang(_) => filter.in_liangjiang = None,
        }
        filter
    }

    /// The active constraints in words, e.g. `Sector: Finance, Real estate; Years: 2010–2020`; `"No filters"`.
    pub fn describe(&self) -> String {
        describe(&self.parts())
    }

    /// The active constraints in `lang`, reference names in the reader's script when `dataset` is given
    /// (`行业：金融业；年份：2010–2020`).
    pub fn describe_in(&self, lang: Lang, dataset: Option<&Dataset>) -> String {
        describe_in(&self.parts(), lang, dataset)
    }
}

impl FacetName {
    /// The facet's title, e.g. "Sub-sector", or the column's header.
    pub fn title(&self) -> &str {
        match self {
            FacetName::Facet(facet) => facet.field().title(),
            FacetName::Column(column) => column,
        }
    }

    /// The facet's title in `lang`; a column of the file keeps its header.
    pub fn title_in(&self, lang: Lang) -> String {
        match self {
            FacetName::Facet(facet) => labels::field_title(facet.field(), lang),
            FacetName::Column(column) => column.clone(),
        }
    }
}

/// One constraint in English words, e.g. `Sector: Finance, Real estate`, `Years: from 2015`, `Search: “park”`.
pub fn part_text(part: &FilterPart) -> String {
    part_text_in(part, Lang::En, None)
}

/// One constraint in `lang`; with `dataset`, reference sector and district names in the reader's script.
///
/// The only place a filter becomes words: chips, captions, About sheets and the CLI all come through here.
pub fn part_text_in(part: &FilterPart, lang: Lang, dataset: Option<&Dataset>) -> String {
    match part {
        FilterPart::Search(text) => tr!(lang, "filter-search", text = text.as_str()),
        FilterPart::Values { facet, names } => {
            let field = match facet {
                FacetName::Facet(facet) => Some(facet.field()),
                FacetName::Column(_) => None,
            };
            let names: Vec<Cow<'_, str>> = names
                .iter()
                .map(|name| match (dataset, field) {
                    (Some(dataset), Some(field)) => labels::value_label(dataset, field, name, lang),
                    _ => Cow::Borrowed(name.as_str()),
                })
                .collect();
            tr!(
                lang,
                "filter-values",
                facet = facet.title_in(lang),
                names = names.join(&tr!(lang, "list-separator"))
            )
        }
        FilterPart::Years { from, to } => match (from, to) {
            (Some(from), Some(to)) if from == to => tr!(lang, "filter-year", year = year(*from)),
            (Some(from), Some(to)) => {
                tr!(lang, "filter-years", from = year(*from), to = year(*to))
            }
            (Some(from), None) => tr!(lang, "filter-years-from", from = year(*from)),
            (None, Some(to)) => tr!(lang, "filter-years-to", to = year(*to)),
            (None, None) => tr!(lang, "filter-years-any"),
        },
        FilterPart::Contracted { min, max, currency } => {
            // English amounts keep the plain numbers typed (CNY 50 m); Chinese readers count in 万 and 亿, with
            // the currency's Chinese name (5,000 万元).
            let amount = |millions: &f64| match lang {
                Lang::En => format!("{} {millions} m", currency.code()),
                _ => MoneyFormat {
                    currency: *currency,
                    ..MoneyFormat::default()
                }
                .format_in(lang, *millions),
            };
            match (min, max) {
                (Some(min), Some(max)) => tr!(
                    lang,
                    "filter-contracted-between",
                    min = amount(min),
                    max = amount(max)
                ),
                (Some(min), None) => tr!(lang, "filter-contracted-min", min = amount(min)),
                (None, Some(max)) => tr!(lang, "filter-contracted-max", max = amount(max)),
                (None, None) => tr!(lang, "filter-contracted-any"),
            }
        }
        FilterPart::Liangjiang(true) => tr!(lang, "filter-in-liangjiang"),
        FilterPart::Liangjiang(false) => tr!(lang, "filter-outside-liangjiang"),
    }
}

/// Every part in English words, joined with `; `; `"No filters"` when there are none.
pub fn describe(parts: &[FilterPart]) -> String {
    describe_in(parts, Lang::En, None)
}

/// Every part in `lang` (see [`part_text_in`]), joined with `; ` (`；` in Chinese); "No filters" when none.
pub fn describe_in(parts: &[FilterPart], lang: Lang, dataset: Option<&Dataset>) -> String {
    if parts.is_empty() {
        return tr!(lang, "filter-none");
    }
    parts
        .iter()
        .map(|part| part_text_in(part, lang, dataset))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "filter-separator"))
}

/// Reference text as a client may read it: without the research notes kept in the data files for whoever
/// checks them next — bracketed remarks ("[district not re-checked]") and sentences asking for a check before
/// release. The data files stay as honest as they are; only what the About window shows is cleaned.
pub fn without_research_notes(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    let sentences: Vec<&str> = kept
        .split_inclusive(". ")
        .filter(|sentence| {
            let lower = sentence.to_lowercase();
            !(lower.contains("re-checked") || lower.contains("checked before release"))
        })
        .collect();
    let joined = sentences.concat();
    // Collapse the double spaces a removed note leaves, and the space before punctuation.
    let mut clean = String::with_capacity(joined.len());
    for word in joined.split_whitespace() {
        if !clean.is_empty() && !word.starts_with([',', ';', '.', ')']) {
            clean.push(' ');
        }
        clean.push_str(word);
    }
    clean
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn busy_filter() -> Filter {
        let mut filter = Filter {
            search: "  park ".into(),
            year_from: Some(2010),
            year_to: Some(2020),
            min_amount_m: Some(50.0),
            in_liangjiang: Some(false),
            ..Filter::default()
        };
        filter
            .sectors
            .extend(["Finance".into(), "Real estate".into()]);
        filter.sub_sectors.insert("Banking".into());
        filter
            .columns
            .insert("Grade".into(), BTreeSet::from(["A".to_owned()]));
        filter
    }

    #[test]
    fn every_constraint_is_one_part_in_reading_order_and_one_text() {
        let filter = busy_filter();
        assert_eq!(
            filter.describe(),
            "Search: “park”; Sector: Finance, Real estate; Sub-sector: Banking; Grade: A; Years: 2010–2020; \
             Contracted: ≥ USD 50 m; Outside Liangjiang New Area"
        );
        assert_eq!(Filter::default().describe(), "No filters");
        assert!(Filter::default().parts().is_empty());
        let one_year = Filter {
            year_from: Some(2015),
            year_to: Some(2015),
            ..Filter::default()
        };
        assert_eq!(one_year.describe(), "Year: 2015");
    }

    #[test]
    fn removing_each_removable_part_removes_exactly_that_constraint() {
        let filter = busy_filter();
        let parts = filter.removable_parts();
        // One chip per sector name: two sectors, one sub-sector, one grade, and four single constraints.
        assert_eq!(parts.len(), 8);
        let mut everything_removed = filter.clone();
        for part in &parts {
            let without = filter.without(part);
            assert_ne!(without, filter, "{part:?} changes the filter");
            assert_eq!(
                without.removable_parts().len(),
                parts.len() - 1,
                "{part:?} removes one part"
            );
            assert!(!without.removable_parts().contains(part));
            everything_removed = everything_removed.without(part);
        }
        assert!(everything_removed.is_empty(), "{everything_removed:?}");
        // The grouped parts say the same as the chips, joined per facet.
        let texts: Vec<String> = parts.iter().map(part_text).collect();
        assert!(texts.contains(&"Sector: Finance".to_owned()));
        assert!(texts.contains(&"Grade: A".to_owned()));
    }

    #[test]
    fn research_notes_are_left_out_of_what_readers_see() {
        assert_eq!(
            without_research_notes("Yuzhong (Hualongqiao) [district not re-checked]"),
            "Yuzhong (Hualongqiao)"
        );
        assert_eq!(
            without_research_notes(
                "NBS averages. Rows tagged Standard were not re-checked against the primary source and must \
                 be checked before release. Years before 2000 use the 2000 rate."
            ),
            "NBS averages. Years before 2000 use the 2000 rate."
        );
        assert_eq!(
            without_research_notes("NBS [not re-checked], 8.279"),
            "NBS, 8.279"
        );
    }

    #[test]
    fn the_same_parts_read_in_chinese_with_reference_names_in_the_script() {
        let dataset = Dataset::embedded().unwrap();
        let sector = dataset.reference.sectors[0].clone();
        let mut filter = Filter {
            year_from: Some(2015),
            min_amount_m: Some(50.0),
            ..Filter::default()
        };
        filter.sectors.insert(sector.name.clone());
        let hans = filter.describe_in(Lang::ZhHans, Some(&dataset));
        assert!(hans.contains(&sector.name_zh), "{hans}");
        assert!(hans.contains("5,000 万美元"), "{hans}");
        assert!(hans.contains("2015"), "{hans}");
        assert!(!hans.contains(&sector.name), "{hans}");
        let hant = filter.describe_in(Lang::ZhHant, Some(&dataset));
        assert!(hant.contains(&sector.name_zh_hant), "{hant}");
        assert_eq!(
            Filter::default().describe_in(Lang::ZhHant, None),
            "無篩選條件"
        );
        // Without the dataset, names stay as written; English is exactly the English description.
        assert!(
            filter
                .describe_in(Lang::ZhHans, None)
                .contains(&sector.name)
        );
        assert_eq!(
            filter.describe_in(Lang::En, Some(&dataset)),
            filter.describe()
        );
        // Bounds in another currency say which, in every language.
        filter.set_amount_range(Some(50.0), Some(300.0), Currency::Cny);
        assert!(
            filter
                .describe()
                .contains("Contracted: CNY 50 m to CNY 300 m")
        );
        assert!(
            filter
                .describe_in(Lang::ZhHans, None)
                .contains("5,000 万元 至 3 亿元")
        );
        let hant = filter.describe_in(Lang::ZhHant, None);
        assert!(hant.contains("5,000 萬元人民幣"), "{hant}");
        filter.set_amount_range(None, Some(80.0), Currency::Hkd);
        assert!(filter.describe().contains("Contracted: ≤ HKD 80 m"));
        assert!(
            filter
                .describe_in(Lang::ZhHans, None)
                .contains("8,000 万港元")
        );
    }
}
