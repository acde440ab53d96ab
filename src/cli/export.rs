//! `export`: the selected projects to a file, the format chosen by its extension.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::CliError;
use super::filters::FilterArgs;
use super::source::{SourceArgs, load_dataset, warn_about_quality};
use crate::export::{RowExport, RowFormat, export_rows_to_file_in};
use crate::i18n::Lang;
use crate::model::ColumnId;
use crate::query;
use crate::tr;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A project file (default: the embedded dataset).
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// The file to write; its extension picks the format: .csv .tsv .xlsx .json .ron.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
}

pub(super) fn run(args: &ExportArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
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
    let export = RowExport {
        dataset: &dataset,
        rows: &selection.rows,
        columns: &columns,
        filter: &view.filter,
        sort: &view.sort,
    };
    export_rows_to_file_in(&export, &args.out, lang)
        .map_err(|e| CliError::Failed(e.to_string()))?;
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
