//! What one PDF page says, worked out from a dataset and a view before anything is drawn: the title, the key
//! figures, the chart's series, the top-10 projects, and the footer's filters in words, "N of M projects", units,
//! source, date and "synthetic sample". The brief and every slide of the deck are made from one of these.

use crate::format::{self, MoneyFormat};
use crate::i18n::Lang;
use crate::model::{ColumnId, Dataset, Field};
use crate::query::aggregate::GroupSummary;
use crate::query::{
    CellStyle, ChartData, ChartKind, Derived, GroupBy, Names, Tab, View, cell_text_in, chart_data,
    effective_kind, group_by,
};
use crate::tr;

/// Bars a chart shows at most; the rest are summed into one "Other" bar.
const MAX_BARS: usize = 12;
/// Rows of the top-projects table.
pub(super) const TOP_PROJECTS: usize = 10;

/// A chart as plain numbers: the PDF draws it from this, whatever computed it.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSeries {
    /// e.g. "Contracted by sector (USD m)".
    pub title: String,
    pub bars: Vec<Bar>,
    /// Categories as horizontal bars (long names read well); years and sizes as columns, in order.
    pub horizontal: bool,
}

/// One bar: its label and value (in the unit of the chart's title).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
}

/// One figure card: "Contracted" / "USD 70.4 bn".
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    pub label: String,
    pub value: String,
}

/// The top-projects table, its cells already as text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TopProjects {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns whose text is right-aligned (amounts, years).
    pub numeric: Vec<bool>,
}

/// Everything one page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PageContent {
    pub title: String,
    /// The slide's caption (decks); empty for a brief.
    pub caption: String,
    pub figures: Vec<KeyFigure>,
    pub chart: Option<ChartSeries>,
    pub top: TopProjects,
    /// "Sector: Finance · Years 2010–2020", or "All projects".
    pub filters: String,
    /// "312 of 3,530 projects".
    pub shown: String,
    /// "Amounts in USD m".
    pub units: String,
    pub source: String,
    /// "Synthetic sample calibrated to published aggregates — not real projects", when it is.
    pub synthetic: Option<String>,
    /// Shown when no project matches (the empty state), instead of the chart and the table: what happened, and
    /// what to do.
    pub empty: Option<[String; 2]>,
}

impl PageContent {
    /// The page for `view` of `dataset`, names as `names` says, text in `lang`.
    pub fn new(
        dataset: &Dataset,
        view: &View,
        title: &str,
        caption: &str,
        names: Names<'_>,
        lang: Lang,
    ) -> Self {
        let derived = Derived::compute(dataset, view);
        let money = view.money;
        let notation = lang.notation();
        let table = &dataset.projects;
        let selected = derived.selection.len();
        let title = if title.trim().is_empty() {
            tr!(lang, "pdf-title")
        } else {
            title.trim().to_owned()
        };
        Self {
            title,
            caption: caption.trim().to_owned(),
            figures: key_figures(dataset, &derived, money, lang),
            chart: (selected > 0).then(|| chart_series(dataset, &derived, view, lang)),
            top: top_projects(dataset, &derived, money, names, lang),
            filters: view.filter.describe_in(lang, Some(dataset)),
            shown: tr!(
                lang,
                "status-projects",
                shown = selected,
                total = table.len()
            ),
            units: tr!(lang, "money-amounts-in", unit = money.unit_in(notation)),
            source: tr!(
                lang,
                "pdf-source",
                source = crate::query::labels::provenance_in(&dataset.provenance, lang)
            ),
            synthetic: dataset
                .provenance
                .is_synthetic
                .then(|| tr!(lang, "data-synthetic-long")),
            empty: (selected == 0).then(|| [tr!(lang, "empty-title"), tr!(lang, "pdf-empty-hint")]),
        }
    }
}

/// The key-figure cards, as the window shows them (an amount column the file lacks is "–", not 0).
fn key_figures(
    dataset: &Dataset,
    derived: &Derived,
    money: MoneyFormat,
    lang: Lang,
) -> Vec<KeyFigure> {
    let totals = &derived.totals;
    let notation = lang.notation();
    let absent = &dataset.projects.absent_fields;
    let amount = |field, usd_m: f64| {
        if absent.contains(&field) {
            "–".to_owned()
        } else {
            money.format_in(notation, usd_m)
        }
    };
    let optional =
        |value: Option<f64>| value.map_or_else(|| "–".to_owned(), |v| money.format_in(notation, v));
    let figure = |label: String, value: String| KeyFigure { label, value };
    vec![
        figure(tr!(lang, "figure-projects"), format::count(totals.count)),
        figure(
            tr!(lang, "figure-contracted"),
            amount(Field::ContractedUsdM, totals.contracted_usd_m),
        ),
        figure(
            tr!(lang, "figure-utilised"),
            amount(Field::UtilizedUsdM, totals.utilized_usd_m),
        ),
        figure(
            tr!(lang, "figure-utilisation"),
            totals
                .utilization_pct
                .map_or_else(|| "–".to_owned(), |p| format::percent_in(notation, p)),
        ),
        figure(tr!(lang, "figure-average"), optional(totals.mean_usd_m)),
        figure(tr!(lang, "figure-median"), optional(totals.median_usd_m)),
    ]
}

/// The chart the view shows: its chart on the Charts tab, its breakdown on the Breakdown tab, districts on the
/// Map tab, sectors on the other tabs (a single selected sector's sub-sectors).
fn chart_series(dataset: &Dataset, derived: &Derived, view: &View, lang: Lang) -> ChartSeries {
    let table = &dataset.projects;
    let amounts = derived.money.amounts(table);
    let rows = &derived.selection.rows;
    let unit = view.money.unit_in(lang.notation());
    // What "by sector" means on this selection (one sector selected: its sub-sectors), as the window decides.
    let chart = match view.tab {
        Tab::Charts => effective_kind(view.chart, &view.filter),
        _ => effective_kind(ChartKind::Sectors, &view.filter),
    };
    let by = match (view.tab, chart) {
        (Tab::Breakdown, _) => view.group_by,
        (Tab::Map, _) => GroupBy::District,
        (_, ChartKind::Sizes) => {
            // The bins the window draws (one rule for every picture of the sizes).
            let bins = match chart_data(table, amounts, rows, &view.filter, ChartKind::Sizes) {
                ChartData::Sizes(histogram) => histogram.bins,
                _ => Vec::new(),
            };
            let bars = bins
                .into_iter()
                .map(|bin| Bar {
                    label: format::thousands(view.money.scaled_in(lang.notation(), bin.lower_m), 1),
                    value: bin.num_projects as f64,
                })
                .collect();
            return ChartSeries {
                title: tr!(lang, "pdf-chart-sizes", unit = unit),
                bars,
                horizontal: false,
            };
        }
        (_, ChartKind::OverTime | ChartKind::SectorsByYear) => GroupBy::Year,
        (_, ChartKind::Districts) => GroupBy::District,
        (_, ChartKind::SubSectors) => GroupBy::SubSector,
        (_, ChartKind::Sectors) => GroupBy::Sector,
    };
    let groups = group_by(table, amounts, rows, by);
    let scaled = |group: &GroupSummary| {
        view.money
            .scaled_in(lang.notation(), group.summary.contracted_usd_m)
    };
    let mut bars: Vec<Bar> = groups
        .iter()
        .map(|group| Bar {
            // Reference sectors, sub-sectors and districts by their names in the reader's script.
            label: crate::query::labels::value_label(dataset, by.field(), &group.key, lang)
                .into_owned(),
            value: scaled(group),
        })
        .collect();
    let horizontal = by != GroupBy::Year;
    if horizontal && bars.len() > MAX_BARS {
        let rest: f64 = bars
            .drain(MAX_BARS - 1..)
            .map(|bar| bar.value)
            .filter(|v| v.is_finite())
            .sum();
        bars.push(Bar {
            label: tr!(lang, "data-other"),
            value: rest,
        });
    }
    ChartSeries {
        title: tr!(
            lang,
            "pdf-chart-contracted-by",
            by = match lang {
                Lang::En => field_title(by.field(), lang).to_lowercase(),
                Lang::ZhHans | Lang::ZhHant => field_title(by.field(), lang),
            },
            unit = unit
        ),
        bars,
        horizontal,
    }
}

/// The ten largest projects of the selection by contracted amount, with names as `names` says.
fn top_projects(
    dataset: &Dataset,
    derived: &Derived,
    money: MoneyFormat,
    names: Names<'_>,
    lang: Lang,
) -> TopProjects {
    let table = &dataset.projects;
    let amounts = derived.money.amounts(table).contracted;
    let mut rows: Vec<u32> = derived.selection.rows.clone();
    rows.sort_by(|&a, &b| {
        let (x, y) = (amounts[a as usize], amounts[b as usize]);
        // Largest first; missing amounts last; ties in table order, so the list is the same every time.
        y.is_finite()
            .cmp(&x.is_finite())
            .then(y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal))
            .then(a.cmp(&b))
    });
    rows.truncate(TOP_PROJECTS);
    let fields = [
        Field::Name,
        Field::Investor,
        Field::Sector,
        Field::District,
        Field::Year,
        Field::ContractedUsdM,
    ];
    let columns: Vec<ColumnId> = fields
        .into_iter()
        .filter(|field| !table.absent_fields.contains(field))
        .map(ColumnId::Field)
        .collect();
    // The cells are written as the window's table writes them (`cell_text_in`: names in the reader's script,
    // amounts in the reader's units, 万美元 in Chinese), so the header names the same unit.
    let unit = money.unit_in(lang);
    let header = columns
        .iter()
        .map(|&column| match column {
            ColumnId::Field(Field::ContractedUsdM) => crate::query::labels::title_with_unit(
                &field_title(Field::ContractedUsdM, lang),
                &unit,
                lang,
            ),
            ColumnId::Field(field) => field_title(field, lang),
            ColumnId::Extra(_) => table.column_title(column).to_owned(),
        })
        .collect();
    let style = CellStyle::Table(money);
    TopProjects {
        header,
        rows: rows
            .iter()
            .map(|&row| {
                columns
                    .iter()
                    .map(|&column| cell_text_in(dataset, column, row as usize, style, lang, names))
                    .collect()
            })
            .collect(),
        numeric: columns
            .iter()
            .map(|c| matches!(c, ColumnId::Field(Field::Year | Field::ContractedUsdM)))
            .collect(),
    }
}

/// A column header in `lang`.
fn field_title(field: Field, lang: Lang) -> String {
    match field {
        Field::Name => tr!(lang, "field-name"),
        Field::Investor => tr!(lang, "field-investor"),
        Field::Sector => tr!(lang, "field-sector"),
        Field::District => tr!(lang, "field-district"),
        Field::Year => tr!(lang, "field-year"),
        Field::ContractedUsdM => tr!(lang, "field-contracted"),
        Field::SubSector => tr!(lang, "field-sub-sector"),
        Field::Status => tr!(lang, "field-status"),
        Field::Origin => tr!(lang, "field-origin"),
        Field::SizeBand => tr!(lang, "field-size-band"),
        other => other.title().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Pseudonyms;

    #[test]
    fn a_page_says_what_it_shows_and_hides_names_when_asked() {
        let dataset = Dataset::embedded().unwrap();
        let mut view = View::default();
        view.filter.sectors.insert("Finance".into());
        let page = PageContent::new(&dataset, &view, "", "", Names::Real, Lang::En);
        assert_eq!(page.figures.len(), 6);
        assert!(page.shown.contains(" of 3,530 projects"), "{}", page.shown);
        assert!(page.synthetic.is_some());
        assert_eq!(page.top.rows.len(), TOP_PROJECTS);
        // One sector selected: its sub-sectors, not one bar.
        let chart = page.chart.as_ref().unwrap();
        assert!(chart.title.contains("sub-sector"), "{}", chart.title);
        assert!(chart.bars.len() > 1, "{:?}", chart.bars);
        assert!(
            chart.bars.iter().any(|bar| bar.label == "Banking"),
            "{:?}",
            chart.bars
        );
        let real_name = page.top.rows[0][0].clone();

        let pseudonyms = Pseudonyms::new(&dataset.projects);
        let safe = PageContent::new(
            &dataset,
            &view,
            "",
            "",
            Names::Pseudonyms(&pseudonyms, Lang::En),
            Lang::En,
        );
        assert!(safe.top.rows[0][0].starts_with("Project "));
        assert_ne!(safe.top.rows[0][0], real_name);
        assert_eq!(safe.top.rows[0][2], page.top.rows[0][2], "sectors stay");

        // In Chinese the chart's bars and the top 10 name sectors in Chinese, in the unit the header says.
        let chinese = PageContent::new(&dataset, &view, "", "", Names::Real, Lang::ZhHans);
        let chart = chinese.chart.as_ref().unwrap();
        assert!(
            chart.bars.iter().any(|bar| bar.label == "银行业"),
            "{:?}",
            chart.bars
        );
        assert_eq!(chinese.top.rows[0][2], "金融业");
        assert!(
            chinese
                .top
                .header
                .iter()
                .any(|title| title.contains("万美元")),
            "{:?}",
            chinese.top.header
        );
        let wan: f64 = chinese.top.rows[0][5].replace(',', "").parse().unwrap();
        let millions: f64 = page.top.rows[0][5].replace(',', "").parse().unwrap();
        assert!(
            (wan / millions - 100.0).abs() < 0.1,
            "{wan} 万 against {millions} m"
        );

        view.filter.search = "no such project anywhere".into();
        let empty = PageContent::new(&dataset, &view, "Nothing", "", Names::Real, Lang::En);
        assert!(empty.empty.is_some() && empty.chart.is_none() && empty.top.rows.is_empty());
    }
}
