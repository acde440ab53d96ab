//! Default export file names that say what is in the file: `yuzhong-real-estate-over-time.png`,
//! `hk-projects-finance-2010-2020.xlsx`.
//!
//! Must not depend on egui, eframe or rfd.

use crate::query::{FacetName, Filter, FilterPart};

/// The longest stem [`default_file_stem`] returns: long enough for a few constraints, short enough for any file
/// system and to read in a save dialog.
pub const MAX_STEM_LEN: usize = 80;

/// Values named per facet before the rest are summed up as `and-more`.
const VALUES_PER_FACET: usize = 2;

/// A file name stem (no extension) for an export of `what` under `filter`, e.g. `what = "hk-projects"`, sectors
/// `{Finance}`, years 2010–2020 ⇒ `hk-projects-finance-2010-2020`. Made from the same [`Filter::parts`] as every
/// other description of the filter, so a file's name never leaves out a constraint its About sheet names.
///
/// Lower-case ASCII letters and digits joined by single dashes, safe on every file system. Each facet names at
/// most two values then `and-more`; a search adds `search-<text>`; the result is cut at a dash to at most
/// [`MAX_STEM_LEN`] characters. Never empty: `export` stands in for a `what` with no ASCII letters.
pub fn default_file_stem(filter: &Filter, what: &str) -> String {
    let what = slugify(what);
    let mut parts: Vec<String> = vec![if what.is_empty() {
        "export".to_owned()
    } else {
        what
    }];
    parts.extend(filter_slugs(filter));
    let stem = slugify(&parts.join("-"));
    truncate_at_dash(&stem, MAX_STEM_LEN).to_owned()
}

/// A file name stem that reads as what the file holds: the selection first, then `what` — Yuzhong, real
/// estate, `what = "over time"` ⇒ `yuzhong-real-estate-over-time`. With no filter the selection is all Hong
/// Kong projects: `hk-projects-over-time`, and `hk-projects` for `what = "projects"` (not "projects" twice).
/// The same words, cut and fallback as [`default_file_stem`]; the kind (`what`) survives the cut, since two
/// exports of one selection differ only there.
pub fn export_file_stem(filter: &Filter, what: &str) -> String {
    let what = match slugify(what) {
        what if what.is_empty() => "export".to_owned(),
        what => what,
    };
    let selection = filter_slugs(filter);
    let selection = if selection.is_empty() {
        let says_projects = what.split('-').any(|word| word == "projects");
        if says_projects { "hk" } else { "hk-projects" }.to_owned()
    } else {
        slugify(&selection.join("-"))
    };
    let room = MAX_STEM_LEN.saturating_sub(what.len() + 1);
    let selection = truncate_at_dash(&selection, room);
    if selection.is_empty() {
        what
    } else {
        format!("{selection}-{what}")
    }
}

/// Each constraint of `filter` as words, the search last (it says least about what the file holds). Made from
/// the same [`Filter::parts`] as every other description of the filter, so a file's name never leaves out a
/// constraint its About sheet names.
fn filter_slugs(filter: &Filter) -> Vec<String> {
    let filter_parts = filter.parts();
    let (searches, constraints): (Vec<&FilterPart>, Vec<&FilterPart>) = filter_parts
        .iter()
        .partition(|part| matches!(part, FilterPart::Search(_)));
    constraints
        .into_iter()
        .chain(searches)
        .filter_map(part_slug)
        .collect()
}

/// One constraint as words for a file name, e.g. `finance-real-estate`, `2010-2020`, `over-usd-50m`.
fn part_slug(part: &FilterPart) -> Option<String> {
    let slug = match part {
        FilterPart::Search(text) => format!("search-{}", slugify(text)),
        FilterPart::Values { facet, names } => {
            let named: Vec<String> = names
                .iter()
                .map(|name| slugify(name))
                .filter(|slug| !slug.is_empty())
                .take(VALUES_PER_FACET)
                .collect();
            if named.is_empty() {
                // Only names with no ASCII letters (e.g. 渝中区): say which facet is filtered at least.
                return Some(match facet {
                    FacetName::Facet(facet) => slugify(facet.field().key()),
                    FacetName::Column(column) => slugify(column),
                });
            }
            // Count against the names, not the named slugs: a name that slugs to nothing is still one left out.
            let more = names.len() > named.len();
            let mut words = named.join("-");
            if more {
                words.push_str("-and-more");
            }
            words
        }
        FilterPart::Years { from, to } => match (from, to) {
            (Some(from), Some(to)) if from == to => from.to_string(),
            (Some(from), Some(to)) => format!("{from}-{to}"),
            (Some(from), None) => format!("from-{from}"),
            (None, Some(to)) => format!("to-{to}"),
            (None, None) => return None,
        },
        FilterPart::Contracted { min, max, currency } => {
            let code = currency.code().to_lowercase();
            match (min, max) {
                (Some(min), Some(max)) => format!("{code}-{min}-{max}m"),
                (Some(min), None) => format!("over-{code}-{min}m"),
                (None, Some(max)) => format!("under-{code}-{max}m"),
                (None, None) => return None,
            }
        }
        FilterPart::Liangjiang(true) => "liangjiang".to_owned(),
        FilterPart::Liangjiang(false) => "outside-liangjiang".to_owned(),
    };
    Some(slug)
}

/// Lower-case ASCII letters and digits; every run of anything else becomes one dash; no dash at either end.
/// Letters outside ASCII (Chinese names, accents) become dashes too: file names stay portable.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            pending_dash = true;
        }
    }
    slug
}

/// `slug` cut to at most `max` bytes at a dash, so no word is cut in half (unless the first word alone is longer).
fn truncate_at_dash(slug: &str, max: usize) -> &str {
    if slug.len() <= max {
        return slug;
    }
    // A slug is ASCII, so every byte index is a character boundary.
    let head = &slug[..max];
    if slug.as_bytes().get(max) == Some(&b'-') {
        return head;
    }
    match head.rfind('-') {
        Some(dash) if dash > 0 => &head[..dash],
        _ => head,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::query::Facet;

    fn filter() -> Filter {
        Filter::default()
    }

    #[test]
    fn names_the_facets_and_the_years() {
        let mut finance = filter();
        finance.sectors.insert("Finance".into());
        finance.year_from = Some(2010);
        finance.year_to = Some(2020);
        assert_eq!(
            default_file_stem(&finance, "hk-projects"),
            "hk-projects-finance-2010-2020"
        );
        assert_eq!(default_file_stem(&filter(), "hk-projects"), "hk-projects");
    }

    #[test]
    fn slugs_are_lower_case_ascii_with_single_dashes() {
        assert_eq!(slugify("  Real estate & property "), "real-estate-property");
        assert_eq!(slugify("≥ USD 800 m"), "usd-800-m");
        assert_eq!(slugify("渝中区"), "");
        assert_eq!(slugify("Yuzhong (渝中)"), "yuzhong");
        assert_eq!(slugify("--a--b--"), "a-b");
    }

    #[test]
    fn many_values_end_with_and_more_and_search_is_named() {
        let mut many = filter();
        for district in ["Yuzhong", "Jiangbei", "Yubei", "Shapingba"] {
            many.districts.insert(district.into());
        }
        many.search = "Park".into();
        many.in_liangjiang = Some(true);
        assert_eq!(
            default_file_stem(&many, "hk-projects"),
            "hk-projects-jiangbei-shapingba-and-more-liangjiang-search-park"
        );
        let mut only_from = filter();
        only_from.year_from = Some(2015);
        only_from.min_amount_m = Some(50.0);
        assert_eq!(
            default_file_stem(&only_from, "breakdown"),
            "breakdown-from-2015-over-usd-50m"
        );
        only_from.set_amount_range(Some(50.0), Some(300.0), crate::format::Currency::Cny);
        assert_eq!(
            default_file_stem(&only_from, "breakdown"),
            "breakdown-from-2015-cny-50-300m"
        );
    }

    #[test]
    fn long_names_are_cut_at_a_dash_and_empty_names_have_a_fallback() {
        let mut long = filter();
        for facet in Facet::ALL {
            long.values_mut(facet)
                .insert("A rather long category name".into());
        }
        long.search = "something to look for".into();
        let stem = default_file_stem(&long, "hk-projects");
        assert!(stem.len() <= MAX_STEM_LEN, "{stem}");
        assert!(stem.starts_with("hk-projects-a-rather-long"));
        assert!(!stem.ends_with('-'));
        assert!(
            stem.split('-').all(|word| [
                "hk", "projects", "a", "rather", "long", "category", "name"
            ]
            .contains(&word)),
            "{stem}"
        );
        let mut chinese = filter();
        chinese.districts.insert("渝中区".into());
        assert_eq!(default_file_stem(&chinese, "渝中"), "export-district");
        assert_eq!(default_file_stem(&filter(), ""), "export");
    }

    #[test]
    fn a_filter_on_a_files_own_column_is_named_too() {
        let mut graded = filter();
        graded
            .columns
            .insert("Grade".into(), BTreeSet::from(["A".to_owned()]));
        assert_eq!(default_file_stem(&graded, "hk-projects"), "hk-projects-a");
        let mut chinese = filter();
        chinese
            .columns
            .insert("Grade".into(), BTreeSet::from(["甲".to_owned()]));
        assert_eq!(
            default_file_stem(&chinese, "hk-projects"),
            "hk-projects-grade"
        );
    }

    #[test]
    fn export_names_put_the_selection_first_and_keep_the_kind() {
        let yuzhong = Filter {
            districts: ["Yuzhong".to_owned()].into(),
            sectors: ["Real estate".to_owned()].into(),
            ..Filter::default()
        };
        let stem = export_file_stem(&yuzhong, "Over time");
        assert!(
            stem == "yuzhong-real-estate-over-time" || stem == "real-estate-yuzhong-over-time",
            "{stem}"
        );
        assert_eq!(
            export_file_stem(&Filter::default(), "over time"),
            "hk-projects-over-time"
        );
        assert_eq!(
            export_file_stem(&Filter::default(), "projects"),
            "hk-projects"
        );
        let long = Filter {
            search: "a rather long search text that goes on and on and on and on and on".into(),
            ..yuzhong
        };
        let stem = export_file_stem(&long, "sectors by year");
        assert!(
            stem.len() <= MAX_STEM_LEN && stem.ends_with("-sectors-by-year"),
            "{stem}"
        );
    }

    #[test]
    fn truncation_keeps_whole_words() {
        assert_eq!(truncate_at_dash("abc-def-ghi", 7), "abc-def");
        assert_eq!(truncate_at_dash("abc-def-ghi", 6), "abc");
        assert_eq!(truncate_at_dash("abcdefghi", 4), "abcd");
        assert_eq!(truncate_at_dash("abc", 4), "abc");
    }
}
