//! The published headline facts (`data/facts.ron`) in the reader's language: the About dialog and the key
//! figures' strip show them through here. English is the data's own text (the catalogue's English copy is
//! checked against it); the Chinese is worded as the Chinese sources put it.
//!
//! Must not depend on egui, eframe or rfd.

use crate::i18n::Lang;
use crate::model::reference::Fact;
use crate::tr;

/// A fact's label, value, detail and source in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactText {
    pub label: String,
    pub value: String,
    pub detail: String,
    pub source: String,
}

/// `fact` in `lang`. A fact the catalogue does not know (a newer data file) is shown as the data has it.
pub fn fact_in(fact: &Fact, lang: Lang) -> FactText {
    let as_published = || FactText {
        label: fact.label.clone(),
        value: fact.value.clone(),
        detail: fact.detail.clone(),
        source: fact.source.clone(),
    };
    if lang == Lang::En {
        return as_published();
    }
    match catalogue(&fact.id, lang) {
        Some([label, value, detail, source]) => FactText {
            label,
            value,
            detail,
            source,
        },
        None => as_published(),
    }
}

/// The catalogue's words for the fact `id`, one literal id per message (so the catalogue test sees them).
fn catalogue(id: &str, lang: Lang) -> Option<[String; 4]> {
    Some(match id {
        "hk-projects" => [
            tr!(lang, "fact-hk-projects-label"),
            tr!(lang, "fact-hk-projects-value"),
            tr!(lang, "fact-hk-projects-detail"),
            tr!(lang, "fact-hk-projects-source"),
        ],
        "hk-contracted" => [
            tr!(lang, "fact-hk-contracted-label"),
            tr!(lang, "fact-hk-contracted-value"),
            tr!(lang, "fact-hk-contracted-detail"),
            tr!(lang, "fact-hk-contracted-source"),
        ],
        "trade-2023" => [
            tr!(lang, "fact-trade-2023-label"),
            tr!(lang, "fact-trade-2023-value"),
            tr!(lang, "fact-trade-2023-detail"),
            tr!(lang, "fact-trade-2023-source"),
        ],
        "share-2022" => [
            tr!(lang, "fact-share-2022-label"),
            tr!(lang, "fact-share-2022-value"),
            tr!(lang, "fact-share-2022-detail"),
            tr!(lang, "fact-share-2022-source"),
        ],
        "share-long-run" => [
            tr!(lang, "fact-share-long-run-label"),
            tr!(lang, "fact-share-long-run-value"),
            tr!(lang, "fact-share-long-run-detail"),
            tr!(lang, "fact-share-long-run-source"),
        ],
        "cooperation-mechanism" => [
            tr!(lang, "fact-cooperation-mechanism-label"),
            tr!(lang, "fact-cooperation-mechanism-value"),
            tr!(lang, "fact-cooperation-mechanism-detail"),
            tr!(lang, "fact-cooperation-mechanism-source"),
        ],
        "chengdu-chongqing-circle" => [
            tr!(lang, "fact-chengdu-chongqing-circle-label"),
            tr!(lang, "fact-chengdu-chongqing-circle-value"),
            tr!(lang, "fact-chengdu-chongqing-circle-detail"),
            tr!(lang, "fact-chengdu-chongqing-circle-source"),
        ],
        "note-trade-slip" => [
            tr!(lang, "fact-note-trade-slip-label"),
            tr!(lang, "fact-note-trade-slip-value"),
            tr!(lang, "fact-note-trade-slip-detail"),
            tr!(lang, "fact-note-trade-slip-source"),
        ],
        "note-contracted-vs-utilised" => [
            tr!(lang, "fact-note-contracted-vs-utilised-label"),
            tr!(lang, "fact-note-contracted-vs-utilised-value"),
            tr!(lang, "fact-note-contracted-vs-utilised-detail"),
            tr!(lang, "fact-note-contracted-vs-utilised-source"),
        ],
        "note-round-tripping" => [
            tr!(lang, "fact-note-round-tripping-label"),
            tr!(lang, "fact-note-round-tripping-value"),
            tr!(lang, "fact-note-round-tripping-detail"),
            tr!(lang, "fact-note-round-tripping-source"),
        ],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;

    #[test]
    fn every_fact_has_its_words_in_the_catalogue_and_the_english_is_the_datas() {
        let dataset = Dataset::embedded().unwrap();
        assert_eq!(dataset.reference.facts.len(), 10);
        for fact in &dataset.reference.facts {
            let english = catalogue(&fact.id, Lang::En).unwrap_or_else(|| panic!("{}", fact.id));
            assert_eq!(
                english,
                [
                    fact.label.clone(),
                    fact.value.clone(),
                    fact.detail.clone(),
                    fact.source.clone()
                ],
                "{}: the catalogue's English differs from data/facts.ron",
                fact.id
            );
            for lang in [Lang::ZhHans, Lang::ZhHant] {
                let text = fact_in(fact, lang);
                assert_ne!(text.label, fact.label, "{} {lang}", fact.id);
                assert_ne!(text.detail, fact.detail, "{} {lang}", fact.id);
            }
        }
        let contracted = dataset
            .reference
            .facts
            .iter()
            .find(|f| f.id == "hk-contracted")
            .unwrap();
        assert_eq!(fact_in(contracted, Lang::ZhHant).value, "704 億美元");
    }
}
