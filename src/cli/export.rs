//! `export`: the selected projects to a file, the format chosen by its extension.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::CliError;
use super::filters::FilterArgs;
use super::source::{SourceArgs, load_dataset, warn_about_quality};
use crate::export::{RowExport, RowFormat, export_rows_to_file_in};
use crate::format::Currency;
use crate::i18n::Lang;
use crate::model::{ColumnId, ProjectTable};
use crate::query::{self, ChartKind, SortKey};
use crate::tr;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A project file (default: the embedded dataset).
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Project and investor names as pseudonyms ("Investor 0413"); the filters still use the real names.
    #[arg(long = "client-safe")]
    pub client_safe: bool,
    /// The file to write; its extension picks the format: .csv .tsv .xlsx .json .ron (.csv .xlsx with --chart). A CSV or TSV gets a
    /// sidecar NAME.about.txt beside it (filters, rows, units, source, date).
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// Sort by a column (its name in the header), ascending, or descending with `:desc`; repeat it or give a
    /// comma list for more keys, e.g. `--sort contracted_usd_m:desc,year`. Replaces a view's sort.
    #[arg(long, value_name = "FIELD[:desc]", value_delimiter = ',')]
    pub sort: Vec<String>,
    /// Write only the first N projects, after sorting: `--sort contracted_usd_m:desc --limit 10` is the top ten.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Write a chart's series instead of the projects, exactly as the window draws them: sectors, districts,
    /// sub_sectors, over_time, sizes or sectors_by_year.
    #[arg(long, value_name = "CHART")]
    pub chart: Option<ChartKind>,
    /// The currency of the chart's amounts: usd, cny or hkd (each row at its contract year's rate; default:
    /// the view's, else usd).
    #[arg(long, value_name = "CURRENCY", value_parser = super::chart::parse_currency)]
    pub currency: Option<Currency>,
}

/// `--sort` keys as sort keys: `year`, `year:asc`, `contracted_usd_m:desc`; an unknown column is a usage error
/// naming the valid ones.
fn sort_keys(table: &ProjectTable, specs: &[String], lang: Lang) -> Result<Vec<SortKey>, CliError> {
    specs
        .iter()
        .map(|spec| spec.trim())
        .filter(|spec| !spec.is_empty())
        .map(|spec| {
            let (name, descending) = match spec.rsplit_once(':') {
                Some((name, direction)) if direction.eq_ignore_ascii_case("desc") => (name, true),
                Some((name, direction)) if direction.eq_ignore_ascii_case("asc") => (name, false),
                Some((_, direction)) => {
                    return Err(CliError::Usage(tr!(
                        lang,
                        "cli-sort-direction",
                        flag = "--sort",
                        spec = spec,
                        direction = direction,
                        asc = ":asc",
                        desc = ":desc"
                    )));
                }
                None => (spec, false),
            };
            let Some(column) = table.find_column(name) else {
                let names: Vec<&str> = table.columns().map(|c| table.column_name(c)).collect();
                return Err(CliError::Usage(tr!(
                    lang,
                    "cli-sort-column",
                    flag = "--sort",
                    name = name,
                    choices = names.join(", ")
                )));
            };
            let name = table.column_name(column);
            Ok(if descending {
                SortKey::descending(name)
            } else {
                SortKey::ascending(name)
            })
        })
        .collect()
}

pub(super) fn run(args: &ExportArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    if let Some(chart) = args.chart {
        return super::chart::run(args, chart, lang, out);
    }
    if RowFormat::from_path(&args.out).is_none() {
        return Err(CliError::Usage(tr!(
            lang,
            "cli-export-extension",
            path = args.out.display().to_string(),
            extensions = ".csv, .tsv, .xlsx, .json, .ron"
        )));
    }
    let dataset = load_dataset(args.file.as_deref(), &args.source, lang)?;
    warn_about_quality(&dataset, lang);
    let mut view = args.filters.to_view(&dataset, lang)?;
    if !args.sort.is_empty() {
        view.sort = sort_keys(&dataset.projects, &args.sort, lang)?;
    }
    let mut selection = query::select(&dataset, &view.filter);
    // Sorted as the window shows it: amounts in the view's currency.
    let money = query::money::MoneyColumns::new(&dataset, view.money.currency);
    query::sort_rows_in(
        &dataset.projects,
        money.amounts(&dataset.projects),
        &mut selection.rows,
        &view.sort,
    );
    if let Some(limit) = args.limit {
        selection.rows.truncate(limit);
    }
    // With a view, the view's columns (as the window shows them); without, every column.
    let columns: Vec<ColumnId> = if args.filters.view.is_some() {
        view.visible_columns(&dataset.projects)
    } else {
        dataset.projects.columns().collect()
    };
    let pseudonyms = args
        .client_safe
        .then(|| query::Pseudonyms::new(&dataset.projects));
    let names = pseudonyms.as_ref().map_or(query::Names::Real, |p| {
        query::Names::Pseudonyms(p, crate::i18n::Lang::En)
    });
    let export = RowExport {
        names,
        dataset: &dataset,
        rows: &selection.rows,
        columns: &columns,
        filter: &view.filter,
        sort: &view.sort,
    };
    export_rows_to_file_in(&export, &args.out, lang)
        .map_err(|e| CliError::Failed(e.message_in(lang)))?;
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "cli-export-wrote",
            shown = selection.len(),
            total = dataset.projects.len(),
            path = args.out.display().to_string()
        )
    )
    .map_err(|e| CliError::Failed(e.to_string()))
}
