//! A table cell as text: the one rule for the project table, the detail panel and the clipboard.
//!
//! Must not depend on egui, eframe or rfd.

use super::client_safe::Names;
use super::labels;
use super::money::in_currency;
use crate::format::{self, Currency, MoneyFormat, Scale};
use crate::i18n::Lang;
use crate::model::{Cell, ColumnId, ColumnKind, Dataset, Field};
use crate::tr;

/// Where a cell's text goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellStyle {
    /// The table: amounts as numbers in the view's currency and unit (the header carries the unit).
    Table(MoneyFormat),
    /// The detail panel: amounts with their unit, and the CNY amount with the rate used.
    Detail,
    /// The clipboard: the values as stored (USD m, plain numbers, nothing for a missing value), so a spreadsheet
    /// reads them as numbers.
    Plain,
}

/// The text of column `column` of row `row` in `style`, for an English reader, with project and investor names as
/// `names` says (the client-safe switch: every view and export of a name goes through here or
/// [`Names::replacement`]).
pub fn cell_text(
    dataset: &Dataset,
    column: ColumnId,
    row: usize,
    style: CellStyle,
    names: Names<'_>,
) -> String {
    cell_text_in(dataset, column, row, style, Lang::En, names)
}

/// The text of a cell for a reader of `lang`: reference sectors, sub-sectors and districts by their names in the
/// reader's script (a consultant's own names as written), yes/no in the language. Amounts are in the reader's
/// column unit, [`MoneyFormat::number_in`] (万 in Chinese), the one the table's header names. The clipboard ([`CellStyle::Plain`]) is the stored
/// value in every language. Names as `names` says.
pub fn cell_text_in(
    dataset: &Dataset,
    column: ColumnId,
    row: usize,
    style: CellStyle,
    lang: Lang,
    names: Names<'_>,
) -> String {
    if let Some(pseudonym) = names.replacement(column, row) {
        return pseudonym;
    }
    let table = &dataset.projects;
    let cell = table.cell(column, row);
    if style == CellStyle::Plain {
        return cell.to_string();
    }
    match (cell, table.column_kind(column)) {
        (Cell::Missing, _) => "–".to_owned(),
        (Cell::Number(usd_m), ColumnKind::Amount) => match style {
            CellStyle::Table(money) => {
                money.number_in(lang, in_currency(dataset, row, usd_m, money.currency))
            }
            _ => amount_with_rate(dataset, row, usd_m, lang),
        },
        // The year is a label, not a quantity: no thousands separator.
        (Cell::Integer(value), ColumnKind::Integer) if column != ColumnId::Field(Field::Year) => {
            format::thousands(value as f64, 0)
        }
        // A file's own numbers: whole numbers as counts, others to two places, both with separators.
        (Cell::Number(value), ColumnKind::Number) if matches!(column, ColumnId::Extra(_)) => {
            format::thousands(value, if value.fract() == 0.0 { 0 } else { 2 })
        }
        // Coordinates: four places is about ten metres.
        (Cell::Number(value), ColumnKind::Number) => format!("{value:.4}"),
        (Cell::Bool(true), _) => tr!(lang, "cell-yes"),
        (Cell::Bool(false), _) => tr!(lang, "cell-no"),
        (Cell::Text(text), _) => match column {
            ColumnId::Field(field) => labels::value_label(dataset, field, text, lang).into_owned(),
            ColumnId::Extra(_) => text.to_owned(),
        },
        (other, _) => other.to_string(),
    }
}

/// "USD 12.5 m (CNY 80.1 m at 6.4000)" / "1,250 万美元（按汇率 6.4000 折合 8,010 万元）": the stored amount and
/// what it is in CNY at the row's rate, in millions for an English reader and in 万/亿 for a Chinese one.
fn amount_with_rate(dataset: &Dataset, row: usize, usd_m: f64, lang: Lang) -> String {
    let scale = if format::Notation::from(lang).counts_in_wan() {
        Scale::Auto
    } else {
        Scale::Millions
    };
    let money = |currency| MoneyFormat { currency, scale };
    let usd = money(Currency::Usd).format_in(lang, usd_m);
    match dataset.cny_per_usd(row) {
        Some(rate) => tr!(
            lang,
            "cell-amount-with-rate",
            usd = usd,
            cny = money(Currency::Cny)
                .format_in(lang, in_currency(dataset, row, usd_m, Currency::Cny)),
            rate = format!("{rate:.4}")
        ),
        None => usd,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DataSource, ProjectRow, ProjectTable, ReferenceData};

    fn dataset() -> Dataset {
        let row = ProjectRow {
            name: "Harbour Tower".into(),
            year: Some(2015),
            contracted_usd_m: 1234.5,
            employees: 1500.0,
            lat: 29.55,
            in_liangjiang: Some(true),
            ..ProjectRow::default()
        };
        let mut second = row.clone();
        second.year = None;
        second.contracted_usd_m = f64::NAN;
        Dataset::new(
            ProjectTable::from_rows(&[row, second]),
            ReferenceData::embedded().unwrap(),
            DataSource::Embedded,
        )
    }

    #[test]
    fn each_style_renders_the_same_cell_its_own_way() {
        let dataset = dataset();
        let text = |field, row, style| {
            cell_text(&dataset, ColumnId::Field(field), row, style, Names::Real)
        };
        let usd = CellStyle::Table(MoneyFormat::default());
        let cny = CellStyle::Table(MoneyFormat {
            currency: Currency::Cny,
            scale: Scale::Millions,
        });
        let rate = dataset.cny_per_usd(0).unwrap();
        assert_eq!(text(Field::ContractedUsdM, 0, usd), "1,234.5");
        assert_eq!(
            text(Field::ContractedUsdM, 0, cny),
            format::thousands(1234.5 * rate, 1)
        );
        assert_eq!(
            text(Field::ContractedUsdM, 0, CellStyle::Detail),
            format!(
                "USD 1,234.5 m (CNY {} m at {rate:.4})",
                format::thousands(1234.5 * rate, 1)
            )
        );
        assert_eq!(text(Field::ContractedUsdM, 0, CellStyle::Plain), "1234.5");
        assert_eq!(text(Field::ContractedUsdM, 1, usd), "–");
        assert_eq!(text(Field::ContractedUsdM, 1, CellStyle::Plain), "");
        assert_eq!(text(Field::Year, 0, usd), "2015");
        assert_eq!(text(Field::Employees, 0, CellStyle::Detail), "1,500");
        assert_eq!(text(Field::Lat, 0, usd), "29.5500");
        assert_eq!(text(Field::InLiangjiang, 0, usd), "yes");
        assert_eq!(text(Field::Name, 0, CellStyle::Plain), "Harbour Tower");
    }

    #[test]
    fn chinese_readers_see_reference_names_in_their_script() {
        let mut dataset = dataset();
        let sector = dataset.reference.sectors[0].clone();
        let row = ProjectRow {
            name: "Harbour Tower".into(),
            sector: sector.name.clone(),
            in_liangjiang: Some(false),
            ..ProjectRow::default()
        };
        dataset = Dataset::new(
            ProjectTable::from_rows(&[row]),
            dataset.reference.clone(),
            DataSource::Embedded,
        );
        let text = |field, lang| {
            cell_text_in(
                &dataset,
                ColumnId::Field(field),
                0,
                CellStyle::Detail,
                lang,
                Names::Real,
            )
        };
        assert_eq!(text(Field::Sector, Lang::ZhHans), sector.name_zh);
        assert_eq!(text(Field::Sector, Lang::ZhHant), sector.name_zh_hant);
        assert_eq!(text(Field::Sector, Lang::En), sector.name);
        assert_eq!(text(Field::Name, Lang::ZhHans), "Harbour Tower");
        assert_eq!(text(Field::InLiangjiang, Lang::ZhHant), "否");
        let plain = cell_text_in(
            &dataset,
            ColumnId::Field(Field::Sector),
            0,
            CellStyle::Plain,
            Lang::ZhHans,
            Names::Real,
        );
        assert_eq!(plain, sector.name);
    }

    #[test]
    fn client_safe_names_replace_the_real_ones_in_every_style() {
        let dataset = dataset();
        let pseudonyms = crate::query::Pseudonyms::new(&dataset.projects);
        let names = Names::Pseudonyms(&pseudonyms, crate::i18n::Lang::En);
        let name = ColumnId::Field(Field::Name);
        for style in [
            CellStyle::Plain,
            CellStyle::Detail,
            CellStyle::Table(MoneyFormat::default()),
        ] {
            let text = cell_text(&dataset, name, 0, style, names);
            assert!(text.starts_with("Project "), "{text}");
            assert_eq!(text, pseudonyms.project(0, crate::i18n::Lang::En).unwrap());
        }
        let amount = cell_text(
            &dataset,
            ColumnId::Field(Field::ContractedUsdM),
            0,
            CellStyle::Plain,
            names,
        );
        assert_eq!(amount, "1234.5", "only names change");
    }
}
