//! The right panel: every field of the selected project, its sector and district, and where the row comes from.

use super::ViewContext;
use crate::command::{Command, ExportKind};
use crate::export::RowFormat;
use crate::model::reference::DivisionKind;
use crate::model::{ColumnId, Field};
use crate::query::{CellStyle, cell_text_in, labels};
use crate::tr;

/// "5 rows selected", with Copy and Export selection: only rows the current filter still shows count.
fn selection_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    ui.weak(tr!(
        context.lang,
        "table-rows-selected",
        n = context.ui.selected_rows.len()
    ));
    ui.horizontal_wrapped(|ui| {
        if ui
            .small_button(Command::CopySelectedRows.text(context.lang))
            .clicked()
        {
            commands.push(Command::CopySelectedRows);
        }
        let export = ui.add_enabled(
            !context.activity.exporting,
            egui::Button::new(tr!(context.lang, "table-export-selection")).small(),
        );
        if export.clicked() {
            commands.push(Command::Export(ExportKind::SelectedRows(RowFormat::Csv)));
        }
    });
}

pub fn detail_panel_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    ui.heading(tr!(context.lang, "detail-title"));
    let Some(row) = context.ui.focused_project.map(|r| r as usize) else {
        ui.add_space(8.0);
        ui.weak(tr!(context.lang, "detail-hint"));
        if !context.ui.selected_rows.is_empty() {
            selection_ui(ui, context, commands);
        }
        return;
    };
    let dataset = context.dataset;
    let table = &dataset.projects;
    if row >= table.len() {
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let name = |field| {
                cell_text_in(
                    dataset,
                    ColumnId::Field(field),
                    row,
                    CellStyle::Detail,
                    context.lang,
                    context.names,
                )
            };
            ui.label(egui::RichText::new(name(Field::Name)).size(17.0).strong());
            ui.label(name(Field::Investor));
            super::opportunities::pin_project_ui(ui, context, row, commands);
            if context.ui.selected_rows.len() > 1 {
                selection_ui(ui, context, commands);
            }
            ui.add_space(6.0);
            egui::Grid::new("project_fields")
                .num_columns(2)
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for column in table.columns() {
                        if matches!(column, ColumnId::Field(Field::Name | Field::Investor))
                            || !context.client_safe.is_shown(table, column)
                        {
                            continue;
                        }
                        ui.weak(labels::column_title_in(table, column, context.lang));
                        ui.add(
                            egui::Label::new(cell_text_in(
                                dataset,
                                column,
                                row,
                                CellStyle::Detail,
                                context.lang,
                                context.names,
                            ))
                            .wrap(),
                        );
                        ui.end_row();
                    }
                });
            if let Some(sector) = dataset.sector_of(row) {
                ui.add_space(8.0);
                ui.strong(tr!(
                    context.lang,
                    "detail-sector",
                    code = sector.code.to_string(),
                    name = sector.name.as_str(),
                    name_zh = sector.name_zh.as_str()
                ));
                ui.add(egui::Label::new(&sector.description).wrap());
                if sector.cooperation_focus {
                    ui.weak(tr!(context.lang, "detail-cooperation"));
                }
            }
            if let Some(district) = dataset.district_of(row) {
                ui.add_space(8.0);
                ui.strong(format!("{} {}", district.name, district.name_zh));
                let kind = match district.kind {
                    DivisionKind::District => tr!(context.lang, "detail-kind-district"),
                    DivisionKind::County => tr!(context.lang, "detail-kind-county"),
                    DivisionKind::AutonomousCounty => {
                        tr!(context.lang, "detail-kind-autonomous-county")
                    }
                };
                ui.label(tr!(
                    context.lang,
                    "detail-division",
                    region = district.region.to_string(),
                    kind = kind,
                    adcode = district.adcode.to_string()
                ));
                if district.in_liangjiang {
                    ui.weak(tr!(context.lang, "detail-in-liangjiang"));
                }
            }
            ui.add_space(8.0);
            ui.strong(tr!(context.lang, "detail-provenance"));
            let provenance = if table.is_synthetic.get(row).copied().flatten() == Some(true) {
                tr!(context.lang, "data-synthetic-long")
            } else {
                labels::provenance_in(&dataset.provenance, context.lang)
            };
            ui.add(egui::Label::new(provenance).wrap());
        });
}
