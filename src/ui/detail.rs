//! The right panel: every field of the selected project, its sector and district, and where the row comes from.

use super::ViewContext;
use crate::command::Command;
use crate::model::bands::SYNTHETIC_LABEL;
use crate::model::{ColumnId, Field};
use crate::query::{CellStyle, cell_text};

pub fn detail_panel_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    ui.heading("Project");
    let Some(row) = context.ui.focused_project.map(|r| r as usize) else {
        ui.add_space(8.0);
        ui.weak("Click a row in the table to see the project here.");
        if context.ui.selected_rows.len() > 1 {
            ui.label(format!("{} rows selected.", context.ui.selected_rows.len()));
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
                cell_text(
                    dataset,
                    ColumnId::Field(field),
                    row,
                    CellStyle::Detail,
                    context.names,
                )
            };
            ui.label(egui::RichText::new(name(Field::Name)).size(17.0).strong());
            ui.label(name(Field::Investor));
            if context.ui.selected_rows.len() > 1 {
                ui.weak(format!(
                    "{} rows selected · Ctrl+C copies them",
                    context.ui.selected_rows.len()
                ));
                if ui.small_button(Command::CopySelectedRows.text()).clicked() {
                    commands.push(Command::CopySelectedRows);
                }
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
                        ui.weak(table.column_title(column));
                        ui.add(
                            egui::Label::new(cell_text(
                                dataset,
                                column,
                                row,
                                CellStyle::Detail,
                                context.names,
                            ))
                            .wrap(),
                        );
                        ui.end_row();
                    }
                });
            if let Some(sector) = dataset.sector_of(row) {
                ui.add_space(8.0);
                ui.strong(format!(
                    "Sector {} · {} {}",
                    sector.code, sector.name, sector.name_zh
                ));
                ui.add(egui::Label::new(&sector.description).wrap());
                if sector.cooperation_focus {
                    ui.weak("A focus area of the 2023 Chongqing–Hong Kong cooperation mechanism.");
                }
            }
            if let Some(district) = dataset.district_of(row) {
                ui.add_space(8.0);
                ui.strong(format!("{} {}", district.name, district.name_zh));
                ui.label(format!(
                    "{} · {} · adcode {}",
                    district.region,
                    match district.kind {
                        crate::model::reference::DivisionKind::District => "district",
                        crate::model::reference::DivisionKind::County => "county",
                        crate::model::reference::DivisionKind::AutonomousCounty =>
                            "autonomous county",
                    },
                    district.adcode
                ));
                if district.in_liangjiang {
                    ui.weak("Partly in the Liangjiang New Area.");
                }
            }
            ui.add_space(8.0);
            ui.strong("Provenance");
            let provenance = if table.is_synthetic.get(row).copied().flatten() == Some(true) {
                SYNTHETIC_LABEL.to_owned()
            } else {
                dataset.provenance.describe()
            };
            ui.add(egui::Label::new(provenance).wrap());
        });
}
