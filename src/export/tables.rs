//! Breakdown and cross-tab exports "as shown": the same rows, columns and units as the Breakdown tab, as plain CSV
//! or as a polished Excel workbook with an About sheet.
//!
//! Both are first laid out as one [`Grid`] that the CSV and XLSX writers render, so the two formats cannot drift
//! apart. Must not depend on egui, eframe or rfd.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{ExportError, ExportMeta, neutralise_formula, write_atomically, write_sidecar, xlsx};
use crate::format::MoneyFormat;
use crate::model::Dataset;
use crate::query::aggregate::Summary;
use crate::query::{
    BreakdownColumn, BreakdownValue, CrossTab, Filter, GroupBy, GroupSummary, TOTAL_LABEL,
    total_row,
};

/// The file formats a breakdown or cross-tab can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TableFormat {
    Csv,
    Xlsx,
}

impl TableFormat {
    pub const ALL: [TableFormat; 2] = [TableFormat::Csv, TableFormat::Xlsx];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            TableFormat::Csv => "csv",
            TableFormat::Xlsx => "xlsx",
        }
    }

    /// A name for menus and file dialogs.
    pub fn title(self) -> &'static str {
        match self {
            TableFormat::Csv => "CSV (comma-separated)",
            TableFormat::Xlsx => "Excel workbook",
        }
    }

    /// The format for a file name's extension (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.extension() == extension)
    }
}

/// A breakdown as the Breakdown tab shows it: one row per group, amounts in the view's currency and scale.
pub struct BreakdownExport<'a> {
    pub dataset: &'a Dataset,
    pub by: GroupBy,
    /// The groups in the order shown. Their amounts are in millions of the view's currency.
    pub groups: &'a [GroupSummary],
    /// The whole selection's figures, for the Total row (as [`crate::query::total_row`] shows it on screen).
    pub totals: &'a Summary,
    pub money: MoneyFormat,
    pub filter: &'a Filter,
    /// Projects in the selection the groups were computed from.
    pub rows_selected: usize,
}

impl BreakdownExport<'_> {
    /// What the export says about itself (the XLSX About sheet).
    pub fn meta(&self) -> ExportMeta {
        ExportMeta::new(
            self.dataset,
            self.filter,
            self.rows_selected,
            format!("Breakdown by {}", self.by.field().title().to_lowercase()),
            String::new(),
            self.money,
        )
    }

    /// Writes the breakdown to `path` in `format` (atomically); a CSV gets its sidecar, whose path is returned.
    pub fn write_file(
        &self,
        format: TableFormat,
        path: &Path,
    ) -> Result<Option<PathBuf>, ExportError> {
        write_grid_file(
            &self.grid(&total_row(self.totals)),
            format,
            || self.meta(),
            path,
        )
    }

    /// Writes the breakdown in `format`.
    pub fn write(&self, format: TableFormat, out: &mut dyn Write) -> Result<(), ExportError> {
        write_grid(
            &self.grid(&total_row(self.totals)),
            format,
            || self.meta(),
            out,
        )
    }

    fn grid<'g>(&'g self, total: &'g GroupSummary) -> Grid<'g> {
        let money = self.money;
        let unit = money.unit();
        // The same columns, in the same order, as the Breakdown tab.
        let header = BreakdownColumn::ALL
            .iter()
            .map(|column| column.title_with_unit(self.by, &unit))
            .collect();
        let rows = self
            .groups
            .iter()
            .chain([total])
            .map(|group| {
                BreakdownColumn::ALL
                    .iter()
                    .map(|column| match column.value(group) {
                        BreakdownValue::Text(text) => GridCell::Text(text),
                        BreakdownValue::Count(count) => GridCell::Count(count),
                        BreakdownValue::Amount(amount) => amount.map_or(GridCell::Blank, |m| {
                            GridCell::number(money.scaled(m), GridCell::Amount)
                        }),
                        BreakdownValue::Percent(percent) => percent
                            .map_or(GridCell::Blank, |p| GridCell::number(p, GridCell::Percent)),
                    })
                    .collect()
            })
            .collect();
        Grid {
            sheet_name: "Breakdown",
            header,
            rows,
            total_rows: 1,
            frozen_columns: 1,
            amount_format: xlsx::amount_format(&unit),
        }
    }
}

/// A cross-tab as the Breakdown tab shows it: contracted amounts by two keys, with row and column totals.
pub struct CrossTabExport<'a> {
    pub dataset: &'a Dataset,
    pub row_by: GroupBy,
    pub column_by: GroupBy,
    /// Its amounts are in millions of the view's currency.
    pub cross: &'a CrossTab,
    pub money: MoneyFormat,
    pub filter: &'a Filter,
    /// Projects in the selection the cross-tab was computed from.
    pub rows_selected: usize,
}

impl CrossTabExport<'_> {
    /// What the export says about itself (the XLSX About sheet).
    pub fn meta(&self) -> ExportMeta {
        ExportMeta::new(
            self.dataset,
            self.filter,
            self.rows_selected,
            format!(
                "Cross-tab of contracted amounts: {} (rows) × {} (columns), with totals",
                self.row_by.field().title().to_lowercase(),
                self.column_by.field().title().to_lowercase()
            ),
            String::new(),
            self.money,
        )
    }

    /// Writes the cross-tab to `path` in `format` (atomically); a CSV gets its sidecar, whose path is returned.
    pub fn write_file(
        &self,
        format: TableFormat,
        path: &Path,
    ) -> Result<Option<PathBuf>, ExportError> {
        write_grid_file(&self.grid(), format, || self.meta(), path)
    }

    /// Writes the cross-tab in `format`.
    pub fn write(&self, format: TableFormat, out: &mut dyn Write) -> Result<(), ExportError> {
        write_grid(&self.grid(), format, || self.meta(), out)
    }

    fn grid(&self) -> Grid<'_> {
        let money = self.money;
        let unit = money.unit();
        let cross = self.cross;
        let amount = |millions: f64| GridCell::number(money.scaled(millions), GridCell::Amount);
        let mut header = Vec::with_capacity(cross.column_labels.len() + 2);
        // The corner names both keys, so the sheet reads without the About page.
        header.push(format!(
            "{} \\ {} ({unit})",
            self.row_by.field().title(),
            self.column_by.field().title()
        ));
        header.extend(cross.column_labels.iter().cloned());
        header.push(TOTAL_LABEL.to_owned());
        let mut rows: Vec<Vec<GridCell<'_>>> = Vec::with_capacity(cross.row_labels.len() + 1);
        for (r, (label, cells)) in cross.row_labels.iter().zip(&cross.cells).enumerate() {
            let mut row = Vec::with_capacity(cells.len() + 2);
            row.push(GridCell::Text(label));
            // An empty combination is blank, as on screen; a real zero amount still shows as 0.0.
            row.extend(cells.iter().map(|cell| {
                if cell.count == 0 {
                    GridCell::Blank
                } else {
                    amount(cell.contracted_usd_m)
                }
            }));
            row.push(amount(cross.row_total(r).contracted_usd_m));
            rows.push(row);
        }
        let mut total_row = Vec::with_capacity(cross.column_labels.len() + 2);
        total_row.push(GridCell::Text(TOTAL_LABEL));
        total_row.extend(
            cross
                .column_totals()
                .into_iter()
                .map(|total| amount(total.contracted_usd_m)),
        );
        total_row.push(amount(cross.grand_total().contracted_usd_m));
        rows.push(total_row);
        Grid {
            sheet_name: "Cross-tab",
            header,
            rows,
            total_rows: 1,
            frozen_columns: 1,
            amount_format: xlsx::amount_format(&unit),
        }
    }
}

/// A table laid out for export: header titles, then rows of typed cells; the last `total_rows` are totals.
pub(super) struct Grid<'a> {
    pub(super) sheet_name: &'static str,
    pub(super) header: Vec<String>,
    pub(super) rows: Vec<Vec<GridCell<'a>>>,
    /// Trailing rows that are totals: bold in XLSX and left out of the autofilter so sorting never moves them.
    pub(super) total_rows: usize,
    /// Label columns kept in view when scrolling sideways.
    pub(super) frozen_columns: usize,
    /// The Excel number format of amounts (more decimals for billions).
    pub(super) amount_format: &'static str,
}

/// One cell of a [`Grid`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum GridCell<'a> {
    Blank,
    Text(&'a str),
    Count(usize),
    /// A year, written as a number without a thousands separator.
    Year(i32),
    /// In the grid's amount unit.
    Amount(f64),
    /// In percent (17.6 means 17.6 %).
    Percent(f64),
    /// A plain number (a score, a 0–100 factor), written as given.
    Number(f64),
}

impl GridCell<'_> {
    /// A number cell, or blank for a value that is not a number (a spreadsheet would show an error).
    pub(super) fn number(value: f64, make: fn(f64) -> Self) -> Self {
        if value.is_finite() {
            make(value)
        } else {
            GridCell::Blank
        }
    }
}

/// Plain header + rows. Numbers at full precision (no separators), text neutralised like the row exports.
/// Writes a grid in `format`; only the XLSX needs the meta (its About sheet), so it is made only then.
pub(super) fn write_grid(
    grid: &Grid<'_>,
    format: TableFormat,
    meta: impl FnOnce() -> ExportMeta,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match format {
        TableFormat::Csv => write_grid_csv(grid, out),
        TableFormat::Xlsx => xlsx::write_grid(grid, &meta(), out),
    }
}

/// [`write_grid`] to `path` through a temporary file, plus the sidecar beside a CSV.
pub(super) fn write_grid_file(
    grid: &Grid<'_>,
    format: TableFormat,
    meta: impl Fn() -> ExportMeta,
    path: &Path,
) -> Result<Option<PathBuf>, ExportError> {
    write_atomically(path, |out| write_grid(grid, format, &meta, out))?;
    match format {
        TableFormat::Csv => write_sidecar(path, &meta(), false).map(Some),
        TableFormat::Xlsx => Ok(None),
    }
}

fn write_grid_csv(grid: &Grid<'_>, out: &mut dyn Write) -> Result<(), ExportError> {
    let mut writer = csv::Writer::from_writer(out);
    // A full disk is an I/O error naming the file, not "cannot encode".
    let encode = super::delimited::csv_error;
    writer
        .write_record(grid.header.iter().map(|title| neutralise_formula(title)))
        .map_err(encode)?;
    let mut record: Vec<String> = Vec::new();
    for cells in &grid.rows {
        record.clear();
        record.extend(cells.iter().map(|cell| match *cell {
            GridCell::Blank => String::new(),
            GridCell::Text(text) => neutralise_formula(text),
            GridCell::Count(count) => count.to_string(),
            GridCell::Year(year) => year.to_string(),
            GridCell::Amount(value) | GridCell::Percent(value) | GridCell::Number(value) => {
                value.to_string()
            }
        }));
        writer.write_record(&record).map_err(encode)?;
    }
    writer.flush().map_err(super::io_error)
}

/// Exports a breakdown to `path` (through a temporary file), the format chosen by its extension.
pub fn export_breakdown_to_file(
    export: &BreakdownExport<'_>,
    path: &Path,
) -> Result<(), ExportError> {
    let format = table_format_of(path)?;
    export.write_file(format, path).map(drop)
}

/// Exports a cross-tab to `path` (through a temporary file), the format chosen by its extension.
pub fn export_cross_tab_to_file(
    export: &CrossTabExport<'_>,
    path: &Path,
) -> Result<(), ExportError> {
    let format = table_format_of(path)?;
    export.write_file(format, path).map(drop)
}

pub(super) fn table_format_of(path: &Path) -> Result<TableFormat, ExportError> {
    TableFormat::from_path(path).ok_or_else(|| {
        ExportError::Encode(format!(
            "{}: unknown file type; use one of {}",
            path.display(),
            super::extension_list(TableFormat::ALL.map(TableFormat::extension))
        ))
    })
}
