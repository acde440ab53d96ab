//! Names in the interface language: field titles, and the reference names of sectors, sub-sectors and
//! districts in the reader's script (a consultant's own names stay as written). The window, the exports and
//! the CLI all name things through here, so a header reads the same on screen and in the file.
//!
//! Must not depend on egui, eframe or rfd.

use std::borrow::Cow;

use crate::i18n::Lang;
use crate::model::bands::size_band_labels;
use crate::model::reference::NameScript;
use crate::model::{ColumnId, DataSource, Dataset, Field, ProjectTable, Provenance};
use crate::query::aggregate::MISSING_LABEL;
use crate::query::score::ScoreBy;
use crate::query::shortlist::Pin;
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

/// A column's title in `lang`: a project field's from the catalogue, a file's own column by its header.
pub fn column_title_in(table: &ProjectTable, column: ColumnId, lang: Lang) -> String {
    match column {
        ColumnId::Field(field) => field_title(field, lang),
        ColumnId::Extra(_) => table.column_title(column).to_owned(),
    }
}

/// A column header with its unit, for amounts: "Contracted (USD m)", "合同外资（万美元）".
pub fn title_with_unit(title: &str, unit: &str, lang: Lang) -> String {
    tr!(lang, "export-column-with-unit", title = title, unit = unit)
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

/// A value as the reader of `lang` sees it, the app's own labels included: [`value_name`], plus the default
/// data's statuses, origin and size bands (`"Operating"` ⇒ `"运营中"`). Any other text stays as written.
pub fn value_label<'a>(
    dataset: &'a Dataset,
    field: Field,
    value: &'a str,
    lang: Lang,
) -> Cow<'a, str> {
    if lang == Lang::En {
        return Cow::Borrowed(value);
    }
    let own = match (field, value) {
        (Field::Status, "Contracted (not started)") => Some(tr!(lang, "value-status-contracted")),
        (Field::Status, "Under construction") => Some(tr!(lang, "value-status-under-construction")),
        (Field::Status, "Operating") => Some(tr!(lang, "value-status-operating")),
        (Field::Status, "Completed/divested") => Some(tr!(lang, "value-status-completed")),
        (Field::Status, "Closed") => Some(tr!(lang, "value-status-closed")),
        (Field::Origin, "Hong Kong SAR") => Some(tr!(lang, "value-origin-hong-kong")),
        (_, MISSING_LABEL) => Some(tr!(lang, "value-not-stated")),
        (Field::SizeBand, band) => size_band_index(band).map(|index| match index {
            0 => tr!(lang, "value-band-under-1"),
            1 => tr!(lang, "value-band-1-10"),
            2 => tr!(lang, "value-band-10-50"),
            3 => tr!(lang, "value-band-50-200"),
            4 => tr!(lang, "value-band-200-800"),
            _ => tr!(lang, "value-band-over-800"),
        }),
        _ => None,
    };
    own.map_or_else(
        || Cow::Borrowed(value_name(dataset, field, value, lang)),
        Cow::Owned,
    )
}

/// A pinned sector, district, cell or project as the reader of `lang` sees it: "Finance · Yuzhong" ⇒
/// "金融业 · 渝中区" (a project keeps its own name).
pub fn pin_label_in(dataset: &Dataset, pin: &Pin, lang: Lang) -> String {
    match pin {
        Pin::Sector(name) => value_name(dataset, Field::Sector, name, lang).to_owned(),
        Pin::District(name) => value_name(dataset, Field::District, name, lang).to_owned(),
        Pin::Cell { sector, district } => format!(
            "{} · {}",
            value_name(dataset, Field::Sector, sector, lang),
            value_name(dataset, Field::District, district, lang)
        ),
        Pin::Project { .. } => pin.label(),
    }
}

/// A scored group's key (one value per field of `by`) in the reader's script, joined by " · ".
pub fn group_label_in(dataset: &Dataset, by: ScoreBy, key: &[String], lang: Lang) -> String {
    by.fields()
        .iter()
        .zip(key)
        .map(|(field, value)| value_name(dataset, *field, value, lang))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The position of a size band's label among [`size_band_labels`].
fn size_band_index(label: &str) -> Option<usize> {
    size_band_labels().position(|band| band == label)
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
    use crate::model::bands::STATUSES;

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

    #[test]
    fn the_apps_own_labels_have_chinese_names_too() {
        let dataset = Dataset::embedded().unwrap();
        for lang in [Lang::ZhHans, Lang::ZhHant] {
            for status in STATUSES {
                assert_ne!(value_label(&dataset, Field::Status, status, lang), status);
            }
            for band in size_band_labels() {
                let label = value_label(&dataset, Field::SizeBand, band, lang);
                assert!(!label.contains("USD"), "{label}");
            }
        }
        assert_eq!(
            value_label(&dataset, Field::Status, "Operating", Lang::ZhHant),
            "營運中"
        );
        assert_eq!(
            value_label(&dataset, Field::Status, "Operating", Lang::En),
            "Operating"
        );
        assert_eq!(
            value_label(&dataset, Field::Status, "Paused", Lang::ZhHans),
            "Paused"
        );
        let sector = &dataset.reference.sectors[0];
        assert_eq!(
            value_label(&dataset, Field::Sector, &sector.name, Lang::ZhHans),
            sector.name_zh
        );
    }
}
