//! `export --chart KIND`: a chart's series, exactly as the window draws them, as CSV or XLSX.

use std::io::Write;

use super::CliError;
use super::export::ExportArgs;
use super::source::{load_dataset, warn_about_quality};
use crate::export::{ChartDataExport, TableFormat, export_chart_data_to_file};
use crate::format::Currency;
use crate::i18n::Lang;
use crate::query::{self, ChartKind, MoneyColumns};
use crate::tr;

/// `usd`, `cny` or `hkd`, any case.
pub(super) fn parse_currency(text: &str) -> Result<Currency, super::UnknownValue> {
    [Currency::Usd, Currency::Cny, Currency::Hkd]
        .into_iter()
        .find(|c| c.code().eq_ignore_ascii_case(text.trim()))
        .ok_or_else(|| super::UnknownValue {
            given: text.to_owned(),
            choices: "usd, cny, hkd",
        })
}

pub(super) fn run(
    args: &ExportArgs,
    chart: ChartKind,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    if TableFormat::from_path(&args.out).is_none() {
        return Err(CliError::Usage(tr!(
            lang,
            "cli-export-extension",
            path = args.out.display().to_string(),
            extensions = ".csv, .xlsx"
        )));
    }
    let dataset = load_dataset(args.file.as_deref(), &args.source, lang)?;
    warn_about_quality(&dataset, lang);
    let view = args.filters.to_view(&dataset, lang)?;
    let currency = args.currency.unwrap_or(view.money.currency);
    let selection = query::select(&dataset, &view.filter);
    let money = MoneyColumns::new(&dataset, currency);
    let table = &dataset.projects;
    let data = query::chart_data(
        table,
        money.amounts(table),
        &selection.rows,
        &view.filter,
        chart,
    );
    let export = ChartDataExport {
        dataset: &dataset,
        kind: chart,
        data: &data,
        currency,
        filter: &view.filter,
        rows_selected: selection.len(),
    };
    export_chart_data_to_file(&export, &args.out)
        .map_err(|e| CliError::Failed(e.message_in(lang)))?;
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "cli-chart-wrote",
            chart = chart.title_in(lang),
            shown = selection.len(),
            total = table.len(),
            path = args.out.display().to_string()
        )
    )
    .map_err(|e| CliError::Failed(e.to_string()))
}
