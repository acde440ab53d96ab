//! `export`: the selected projects to a file, the format chosen by its extension.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::CliError;
use super::filters::FilterArgs;
use super::source::{SourceArgs, load_dataset, warn_about_quality};
use crate::export::{RowExport, RowFormat, export_rows_to_file};
use crate::format;
use crate::model::ColumnId;
use crate::query;

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
    /// The file to write; its extension picks the format: .csv .tsv .xlsx .json .ron.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
}

pub(super) fn run(args: &ExportArgs, out: &mut dyn Write) -> Result<(), CliError> {
    if RowFormat::from_path(&args.out).is_none() {
        return Err(CliError::Usage(format!(
            "cannot tell the format of {}; valid extensions: .csv, .tsv, .xlsx, .json, .ron",
            args.out.display()
        )));
    }
    let dataset = load_dataset(args.file.as_deref(), &args.source)?;
    warn_about_quality(&dataset);
    let view = args.filters.to_view(&dataset)?;
    let mut selection = query::select(&dataset.projects, &view.filter);
    query::sort_rows(&dataset.projects, &mut selection.rows, &view.sort);
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
    export_rows_to_file(&export, &args.out).map_err(|e| CliError::Failed(e.to_string()))?;
    writeln!(
        out,
        "Wrote {} of {} projects to {}",
        format::count(selection.len()),
        format::count(dataset.projects.len()),
        args.out.display()
    )
    .map_err(|e| CliError::Failed(e.to_string()))
}
