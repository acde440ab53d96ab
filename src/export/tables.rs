//! Breakdown and cross-tab exports "as shown": the same rows, columns and units as the Breakdown tab, as plain CSV
//! or as a polished Excel workbook with an About sheet.
//!
//! Both are first laid out as one [`Grid`] that the CSV and XLSX writers render, so the two formats cannot drift
//! apart. Must not depend on egui, eframe or rfd.

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{ExportError, ExportMeta, neutralise_formula, write_atomically, write_sidecar, xlsx};
use crate::format::MoneyFormat;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::aggregate::Summary;
use crate::query::{
    BreakdownColumn, BreakdownValue, CrossTab, Filter, GroupBy, GroupSummary, labels, total_row,
};
use crate::tr;

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
    /// What the export says about itself (the XLSX About sheet), in English.
    pub fn meta(&self) -> ExportMeta {
        self.meta_in(Lang::En)
    }

    /// What the export says about itself in `lang`.
    pub fn meta_in(&self, lang: Lang) -> ExportMeta {
        ExportMeta::new_in(
            lang,
            self.dataset,
            self.filter,
            self.rows_selected,
            tr!(
                lang,
                "export-contents-breakdown",
                by = labels::field_title(self.by.field(), lang).to_lowercase()
            ),
            String::new(),
            self.money,
        )
    }

    /// Writes the breakdown to `path` in `format` and `lang` (atomically); a CSV gets its sidecar, whose path is
    /// returned.
    pub fn write_file(
        &self,
        format: TableFormat,
        lang: Lang,
        path: &Path,
    ) -> Result<Option<PathBuf>, ExportError> {
        let total = total_row(self.totals);
        write_grid_file(
            &self.grid(&total, lang),
            format,
            || self.meta_in(lang),
            path,
        )
    }

    /// Writes the breakdown in `format`, in English.
    pub fn write(&self, format: TableFormat, out: &mut dyn Write) -> Result<(), ExportError> {
        self.write_in(format, Lang::En, out)
    }

    /// Writes the breakdown in `format`: headers, group names, sheet names and About sheet in `lang`.
    pub fn write_in(
        &self,
        format: TableFormat,
        lang: Lang,
        out: &mut dyn Write,
    ) -> Result<(), ExportError> {
        let total = total_row(self.totals);
        write_grid(&self.grid(&total, lang), format, || self.meta_in(lang), out)
    }

    /// The groups, then the Total row (the selection's own figures).
    fn grid<'g>(&'g self, total: &'g GroupSummary, lang: Lang) -> Grid<'g> {
        let money = self.money;
        let unit = money.unit_in(lang);
        // The same columns, in the same order, as the Breakdown tab.
        let header = BreakdownColumn::ALL
            .iter()
            .map(|column| column.title_with_unit_in(self.by, &unit, lang))
            .collect();
        let field = self.by.field();
        let groups = self.groups.len();
        let rows = self
            .groups
            .iter()
            .chain([total])
            .enumerate()
            .map(|(index, group)| {
                BreakdownColumn::ALL
                    .iter()
                    .map(|column| match column.value(group) {
                        BreakdownValue::Text(_) if index == groups => GridCell::TotalLabel,
                        BreakdownValue::Text(text) => {
                            GridCell::Text(labels::value_label(self.dataset, field, text, lang))
                        }
                        BreakdownValue::Count(count) => GridCell::Count(count),
                        BreakdownValue::Amount(amount) => amount.map_or(GridCell::Blank, |m| {
                            GridCell::number(money.scaled_in(lang, m), GridCell::Amount)
                        }),
                        BreakdownValue::Percent(percent) => percent
                            .map_or(GridCell::Blank, |p| GridCell::number(p, GridCell::Percent)),
                    })
                    .collect()
            })
            .collect();
        Grid {
            sheet_name: tr!(lang, "export-sheet-breakdown"),
            total_label: tr!(lang, "export-total"),
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
    /// What the export says about itself (the XLSX About sheet), in English.
    pub fn meta(&self) -> ExportMeta {
        self.meta_in(Lang::En)
    }

    /// What the export says about itself in `lang`.
    pub fn meta_in(&self, lang: Lang) -> ExportMeta {
        ExportMeta::new_in(
            lang,
            self.dataset,
            self.filter,
            self.rows_selected,
            tr!(
                lang,
                "export-contents-cross-tab",
                rows = labels::field_title(self.row_by.field(), lang).to_lowercase(),
                columns = labels::field_title(self.column_by.field(), lang).to_lowercase()
            ),
            String::new(),
            self.money,
        )
    }

    /// Writes the cross-tab to `path` in `format` and `lang` (atomically); a CSV gets its sidecar, whose path is
    /// returned.
    pub fn write_file(
        &self,
        format: TableFormat,
        lang: Lang,
        path: &Path,
    ) -> Result<Option<PathBuf>, ExportError> {
        write_grid_file(&self.grid(lang), format, || self.meta_in(lang), path)
    }

    /// Writes the cross-tab in `format`, in English.
    pub fn write(&self, format: TableFormat, out: &mut dyn Write) -> Result<(), ExportError> {
        self.write_in(format, Lang::En, out)
    }

    /// Writes the cross-tab in `format`: headers, names, sheet names and About sheet in `lang`.
    pub fn write_in(
        &self,
        format: TableFormat,
        lang: Lang,
        out: &mut dyn Write,
    ) -> Result<(), ExportError> {
        write_grid(&self.grid(lang), format, || self.meta_in(lang), out)
    }

    fn grid(&self, lang: Lang) -> Grid<'_> {
        let money = self.money;
        let unit = money.unit_in(lang);
        let cross = self.cross;
        let (row_field, column_field) = (self.row_by.field(), self.column_by.field());
        let amount =
            |millions: f64| GridCell::number(money.scaled_in(lang, millions), GridCell::Amount);
        let mut header = Vec::with_capacity(cross.column_labels.len() + 2);
        // The corner names both keys, so the sheet reads without the About page.
        header.push(tr!(
            lang,
            "export-cross-tab-corner",
            rows = labels::field_title(row_field, lang),
            columns = labels::field_title(column_field, lang),
            unit = unit.as_str()
        ));
        header.extend(cross.column_labels.iter().map(|label| {
            labels::value_label(self.dataset, column_field, label, lang).into_owned()
        }));
        let total_label = tr!(lang, "export-total");
        header.push(total_label.clone());
        let mut rows: Vec<Vec<GridCell<'_>>> = Vec::with_capacity(cross.row_labels.len() + 1);
        for (r, (label, cells)) in cross.row_labels.iter().zip(&cross.cells).enumerate() {
            let mut row = Vec::with_capacity(cells.len() + 2);
            row.push(GridCell::Text(labels::value_label(
                self.dataset,
                row_field,
                label,
                lang,
            )));
            // An empty combination is blank, as on screen; a real zero amount still shows as 0.0.
            row.extend(cells.iter().map(|cell| {
                if cell.count == 0 {
                    GridCell::Blank
                } else {
                    amount(cell.contracted_usd_m)
                }
            }));
            // The totals the Breakdown tab shows (one rule: `CrossTab`'s own).
            row.push(amount(cross.row_total(r).contracted_usd_m));
            rows.push(row);
        }
        let mut total_row = Vec::with_capacity(cross.column_labels.len() + 2);
        total_row.push(GridCell::TotalLabel);
        total_row.extend(
            cross
                .column_totals()
                .into_iter()
                .map(|total| amount(total.contracted_usd_m)),
        );
        total_row.push(amount(cross.grand_total().contracted_usd_m));
        rows.push(total_row);
        Grid {
            sheet_name: tr!(lang, "export-sheet-cross-tab"),
            total_label,
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
    pub(super) sheet_name: String,
    /// What [`GridCell::TotalLabel`] says: "Total", "合计".
    pub(super) total_label: String,
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
#[derive(Clone, Debug, PartialEq)]
pub(super) enum GridCell<'a> {
    Blank,
    /// A name: borrowed from the data, or the reader's-language label of it.
    Text(Cow<'a, str>),
    /// The label of a totals row, in the grid's language ([`Grid::total_label`]).
    TotalLabel,
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
    let encode = |e: csv::Error| ExportError::Encode(e.to_string());
    writer
        .write_record(grid.header.iter().map(|title| neutralise_formula(title)))
        .map_err(encode)?;
    let mut record: Vec<String> = Vec::new();
    for cells in &grid.rows {
        record.clear();
        record.extend(cells.iter().map(|cell| match cell {
            GridCell::Blank => String::new(),
            GridCell::Text(text) => neutralise_formula(text),
            GridCell::TotalLabel => grid.total_label.clone(),
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
    export.write_file(format, Lang::En, path).map(drop)
}

/// Exports a cross-tab to `path` (through a temporary file), the format chosen by its extension.
pub fn export_cross_tab_to_file(
    export: &CrossTabExport<'_>,
    path: &Path,
) -> Result<(), ExportError> {
    let format = table_format_of(path)?;
    export.write_file(format, Lang::En, path).map(drop)
}

pub(super) fn table_format_of(path: &Path) -> Result<TableFormat, ExportError> {
    TableFormat::from_path(path).ok_or_else(|| ExportError::UnknownType {
        path: path.display().to_string(),
        extensions: super::extension_list(TableFormat::ALL.map(TableFormat::extension)),
    })
}
