//! Chart data, for people who rebuild a chart in PowerPoint or Excel: exactly the series the chart draws
//! ([`crate::query::charts`]), one row per bar, year or bin, as CSV or as a workbook with an About sheet.
//!
//! Amount columns are in millions of the view's currency and say so in their names (`contracted_usd_m`,
//! `contracted_cny_m`, `contracted_hkd_m`); the scale the window shows (bn, 亿) is for reading, not for data.
//! Must not depend on egui, eframe or rfd.

use std::io::Write;
use std::path::Path;

use super::tables::{Grid, GridCell, TableFormat, table_format_of, write_grid};
use super::{ExportError, ExportMeta, xlsx};
use crate::format::{Currency, MoneyFormat, Scale};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::charts::{ChartData, effective_kind};
use crate::query::{ChartKind, Filter, GroupBy};

/// A chart's series as drawn, with what describes them.
pub struct ChartDataExport<'a> {
    pub dataset: &'a Dataset,
    /// The chart asked for (the data says which it shows: "by sector" of one sector shows sub-sectors).
    pub kind: ChartKind,
    /// Its series, in millions of `currency`.
    pub data: &'a ChartData,
    pub currency: Currency,
    pub filter: &'a Filter,
    /// Projects in the selection the series were computed from.
    pub rows_selected: usize,
}

/// Owned text cells: the grid borrows its text, so the labels live here while it is written.
struct Labels(Vec<String>);

impl ChartDataExport<'_> {
    /// What the export says about itself (the XLSX About sheet).
    pub fn meta(&self) -> ExportMeta {
        let shown = effective_kind(self.kind, self.filter);
        ExportMeta::new(
            self.dataset,
            self.filter,
            self.rows_selected,
            format!(
                "Chart data: {}, exactly as drawn",
                shown.title().to_lowercase()
            ),
            String::new(),
            self.money(),
        )
    }

    fn money(&self) -> MoneyFormat {
        MoneyFormat {
            currency: self.currency,
            scale: Scale::Millions,
        }
    }

    /// `contracted_usd_m`, `cumulative_contracted_cny_m`…
    fn amount_column(&self, prefix: &str) -> String {
        format!("{prefix}_{}_m", self.currency.code().to_ascii_lowercase())
    }

    /// Writes the series to `path` in `format` (atomically); a CSV gets its sidecar, whose path is returned.
    pub fn write_file(
        &self,
        format: TableFormat,
        path: &Path,
    ) -> Result<Option<std::path::PathBuf>, ExportError> {
        let labels = self.labels();
        super::tables::write_grid_file(&self.grid(&labels), format, || self.meta(), path)
    }

    /// Writes the series in `format`.
    pub fn write(&self, format: TableFormat, out: &mut dyn Write) -> Result<(), ExportError> {
        let labels = self.labels();
        write_grid(&self.grid(&labels), format, || self.meta(), out)
    }

    /// The text of each row's first cell, in row order (empty for year and size rows).
    fn labels(&self) -> Labels {
        let lang = Lang::En;
        Labels(match self.data {
            ChartData::Categories(chart) => {
                chart.bars.iter().map(|b| b.label(lang, chart.by)).collect()
            }
            ChartData::SectorsByYear(stacked) => stacked
                .series
                .iter()
                .map(|s| {
                    if s.is_other() {
                        crate::tr!(lang, "chart-other-sectors", n = s.num_groups)
                    } else {
                        s.key.clone()
                    }
                })
                .collect(),
            ChartData::OverTime(_) | ChartData::Sizes(_) => Vec::new(),
        })
    }

    fn grid<'a>(&self, labels: &'a Labels) -> Grid<'a> {
        let amount = |m: f64| GridCell::number(m, GridCell::Amount);
        let (sheet_name, header, rows): (&'static str, Vec<String>, Vec<Vec<GridCell<'a>>>) =
            match self.data {
                ChartData::Categories(chart) => {
                    let key = match chart.by {
                        GroupBy::SubSector => "sub_sector",
                        GroupBy::District => "district",
                        _ => "sector",
                    };
                    let header = vec![
                        key.to_owned(),
                        "projects".to_owned(),
                        self.amount_column("contracted"),
                        "share_pct".to_owned(),
                    ];
                    let rows = chart
                        .bars
                        .iter()
                        .zip(&labels.0)
                        .map(|(bar, label)| {
                            vec![
                                GridCell::Text(label.into()),
                                GridCell::Count(bar.num_projects),
                                amount(bar.contracted_m),
                                GridCell::number(bar.share_pct, GridCell::Percent),
                            ]
                        })
                        .collect();
                    ("Chart data", header, rows)
                }
                ChartData::OverTime(over_time) => {
                    let header = vec![
                        "year".to_owned(),
                        "projects".to_owned(),
                        self.amount_column("contracted"),
                        "cumulative_projects".to_owned(),
                        self.amount_column("cumulative_contracted"),
                    ];
                    let rows = over_time
                        .years
                        .iter()
                        .map(|row| {
                            vec![
                                GridCell::Year(row.year),
                                GridCell::Count(row.num_projects),
                                amount(row.contracted_m),
                                GridCell::Count(row.cumulative_projects),
                                amount(row.cumulative_contracted_m),
                            ]
                        })
                        .collect();
                    ("Over time", header, rows)
                }
                ChartData::Sizes(sizes) => {
                    let header = vec![
                        self.amount_column("lower"),
                        self.amount_column("upper"),
                        "projects".to_owned(),
                    ];
                    let rows = sizes
                        .bins
                        .iter()
                        .map(|bin| {
                            vec![
                                amount(bin.lower_m),
                                amount(bin.upper_m),
                                GridCell::Count(bin.num_projects),
                            ]
                        })
                        .collect();
                    ("Project sizes", header, rows)
                }
                ChartData::SectorsByYear(stacked) => {
                    // Wide, as a stacked chart in a spreadsheet wants it: a row per year, a column per sector.
                    let mut header = vec!["year".to_owned()];
                    header.extend(
                        labels
                            .0
                            .iter()
                            .map(|name| format!("{name} ({})", self.amount_column("contracted"))),
                    );
                    let rows = stacked
                        .years
                        .iter()
                        .enumerate()
                        .map(|(i, &year)| {
                            let mut row = vec![GridCell::Year(year)];
                            row.extend(stacked.series.iter().map(|s| amount(s.contracted_m[i])));
                            row
                        })
                        .collect();
                    ("Sectors by year", header, rows)
                }
            };
        Grid {
            sheet_name: sheet_name.to_owned(),
            total_label: String::new(),
            header,
            rows,
            total_rows: 0,
            frozen_columns: 1,
            amount_format: xlsx::amount_format(&self.money().unit()),
        }
    }
}

/// Exports chart data to `path` (through a temporary file): `.csv` (with its sidecar) or `.xlsx`.
pub fn export_chart_data_to_file(
    export: &ChartDataExport<'_>,
    path: &Path,
) -> Result<Option<std::path::PathBuf>, ExportError> {
    export.write_file(table_format_of(path)?, path)
}
