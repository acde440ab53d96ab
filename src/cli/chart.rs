//! `export --chart KIND`: a chart's series, exactly as the window draws them, as CSV or XLSX.

use std::io::Write;

use super::CliError;
use super::export::ExportArgs;
use super::source::{load_dataset, warn_about_quality};
use crate::export::{ChartDataExport, TableFormat, export_chart_data_to_file};
use crate::format::{self, Currency};
use crate::query::{self, ChartKind, MoneyColumns};

/// `usd`, `cny` or `hkd`, any case.
pub(super) fn parse_currency(text: &str) -> Result<Currency, String> {
    [Currency::Usd, Currency::Cny, Currency::Hkd]
        .into_iter()
        .find(|c| c.code().eq_ignore_ascii_case(text.trim()))
        .ok_or_else(|| format!("unknown currency {text:?}; valid choices: usd, cny, hkd"))
}

pub(super) fn run(
    args: &ExportArgs,
    chart: ChartKind,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    if TableFormat::from_path(&args.out).is_none() {
        return Err(CliError::Usage(format!(
            "cannot tell the format of {}; chart data is written as .csv or .xlsx",
            args.out.display()
        )));
    }
    let dataset = load_dataset(args.file.as_deref(), &args.source)?;
    warn_about_quality(&dataset);
    let view = args.filters.to_view(&dataset)?;
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
    export_chart_data_to_file(&export, &args.out).map_err(|e| CliError::Failed(e.to_string()))?;
    writeln!(
        out,
        "Wrote the {} chart data of {} of {} projects to {}",
        chart.key(),
        format::count(selection.len()),
        format::count(table.len()),
        args.out.display()
    )
    .map_err(|e| CliError::Failed(e.to_string()))
}
