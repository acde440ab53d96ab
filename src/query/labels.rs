//! Names in the interface language: field titles, and the reference names of sectors, sub-sectors and
//! districts in the reader's script (a consultant's own names stay as written). The window, the exports and
//! the CLI all name things through here, so a header reads the same on screen and in the file.
//!
//! Must not depend on egui, eframe or rfd.

use crate::i18n::Lang;
use crate::model::reference::NameScript;
use crate::model::{DataSource, Dataset, Field, Provenance};
use crate::tr;

/// The script reference names are shown in for `lang`.
pub fn script(lang: Lang) -> NameScript {
    match lang {
        Lang::En => NameScript::English,
        Lang::ZhHans => NameScript::Simplified,
        Lang::ZhHant => NameScript::Traditional,
    }
}

/// A field's title in `lang`, for column headers, facet titles and export headers (`Field::title` is the
/// English one, kept in the model for the machine-readable formats).
pub fn field_title(field: Field, lang: Lang) -> String {
    match field {
        Field::Id => tr!(lang, "field-id"),
        Field::Name => tr!(lang, "field-name"),
        Field::Investor => tr!(lang, "field-investor"),
        Field::Origin => tr!(lang, "field-origin"),
        Field::Sector => tr!(lang, "field-sector"),
        Field::SubSector => tr!(lang, "field-sub-sector"),
        Field::District => tr!(lang, "field-district"),
        Field::Year => tr!(lang, "field-year"),
        Field::Status => tr!(lang, "field-status"),
        Field::ContractedUsdM => tr!(lang, "field-contracted"),
        Field::UtilizedUsdM => tr!(lang, "field-utilised"),
        Field::Employees => tr!(lang, "field-employees"),
        Field::Lat => tr!(lang, "field-lat"),
        Field::Lon => tr!(lang, "field-lon"),
        Field::InLiangjiang => tr!(lang, "field-in-liangjiang"),
        Field::ContractDate => tr!(lang, "field-contract-date"),
        Field::SizeBand => tr!(lang, "field-size-band"),
        Field::IsSynthetic => tr!(lang, "field-synthetic"),
        Field::Source => tr!(lang, "field-source"),
    }
}

/// A value of `field` as the reader of `lang` sees it: a reference sector, sub-sector or district by its
/// name in their script (`"Yuzhong District"` ⇒ `"渝中區"` in Traditional); anything else as written.
pub fn value_name<'a>(dataset: &'a Dataset, field: Field, value: &'a str, lang: Lang) -> &'a str {
    if lang == Lang::En {
        return value;
    }
    dataset
        .reference
        .name_in(field, value, script(lang))
        .unwrap_or(value)
}

/// Where the rows came from, in `lang`: "Built-in dataset: synthetic sample", "内置数据集：模拟样本", or the
/// file's path (marked when its rows are synthetic). English is [`Provenance::describe`] itself.
pub fn provenance_in(provenance: &Provenance, lang: Lang) -> String {
    if lang == Lang::En {
        return provenance.describe();
    }
    match (&provenance.source, provenance.is_synthetic) {
        (DataSource::Embedded, _) => tr!(lang, "data-source-built-in"),
        (DataSource::File(path), true) => tr!(
            lang,
            "data-source-synthetic-file",
            path = path.display().to_string()
        ),
        (DataSource::File(path), false) => path.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;

    #[test]
    fn every_field_has_a_title_in_every_language() {
        for lang in Lang::ALL {
            for field in Field::ALL {
                let title = field_title(field, lang);
                assert!(
                    !title.is_empty() && !title.starts_with("field-"),
                    "{field:?}"
                );
            }
        }
        assert_eq!(
            field_title(Field::SubSector, Lang::En),
            Field::SubSector.title()
        );
        assert!(i18n::has_message(Lang::ZhHant, "field-district"));
    }

    #[test]
    fn reference_names_follow_the_script_and_other_names_stay_as_written() {
        let dataset = Dataset::embedded().unwrap();
        let sector = &dataset.reference.sectors[0];
        let district = &dataset.reference.districts[0];
        assert_eq!(
            value_name(&dataset, Field::Sector, &sector.name, Lang::ZhHans),
            sector.name_zh
        );
        assert_eq!(
            value_name(&dataset, Field::District, &district.name, Lang::ZhHant),
            district.name_zh_hant
        );
        assert_eq!(
            value_name(&dataset, Field::Sector, &sector.name, Lang::En),
            sector.name
        );
        assert_eq!(
            value_name(&dataset, Field::Sector, "My own sector", Lang::ZhHans),
            "My own sector"
        );
        assert_eq!(
            value_name(&dataset, Field::Investor, &sector.name, Lang::ZhHans),
            sector.name
        );
    }
}
