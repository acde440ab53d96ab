//! The project table: virtualised (only visible rows are laid out), sortable by clicking a header (shift-click adds
//! a secondary key), resizable columns, a column chooser, numbers right-aligned with thousands separators.

use egui_extras::{Column, TableBuilder};

use super::ViewContext;
use crate::command::Command;
use crate::format::Currency;
use crate::model::{ColumnId, ColumnKind, Field, ProjectTable};
use crate::query::{CellStyle, cell_text};

#[derive(Default)]
pub struct ProjectTableView {}

impl ProjectTableView {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        commands: &mut Vec<Command>,
    ) {
        let table = &context.dataset.projects;
        let chosen = context.view.visible_columns(table);
        // Client-safe hides confidential columns from the table, not from the chooser.
        let columns = context.visible_columns();
        ui.horizontal(|ui| {
            column_chooser_ui(ui, table, &chosen, commands);
            ui.weak(
                "Click a header to sort · shift-click adds a key · Ctrl+C copies selected rows",
            );
        });
        let rows = &context.derived.selection.rows;
        if rows.is_empty() {
            super::empty_state_ui(ui, commands);
            return;
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        // Wide column sets scroll sideways instead of disappearing under the detail panel.
        egui::ScrollArea::horizontal()
            .id_salt("project_table_hscroll")
            .show(ui, |ui| {
                self.table_ui(ui, context, &columns, row_height, commands)
            });
    }

    fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        columns: &[ColumnId],
        row_height: f32,
        commands: &mut Vec<Command>,
    ) {
        let table = &context.dataset.projects;
        let rows = &context.derived.selection.rows;
        let mut builder = TableBuilder::new(ui)
            .id_salt(("project_table", columns.len()))
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        for &column in columns {
            let width = match (column, table.column_kind(column)) {
                (ColumnId::Field(Field::Name), _) => 200.0,
                (ColumnId::Field(Field::District), _) => 90.0,
                (ColumnId::Field(Field::Year), _) => 44.0,
                (ColumnId::Field(Field::Status), _) => 120.0,
                (_, ColumnKind::Text) => 140.0,
                (_, ColumnKind::Category) => 125.0,
                (_, ColumnKind::Amount) => 145.0,
                _ => 85.0,
            };
            builder = builder.column(Column::initial(width).at_least(40.0).clip(true));
        }
        builder
            .header(row_height + 4.0, |mut header| {
                for &column in columns {
                    header.col(|ui| header_cell_ui(ui, context, column, commands));
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut table_row| {
                    let row = rows[table_row.index()];
                    table_row.set_selected(context.ui.selected_rows.contains(&row));
                    for &column in columns {
                        table_row.col(|ui| cell_ui(ui, context, column, row as usize));
                    }
                    let response = table_row.response();
                    if response.clicked() {
                        let modifiers = response.ctx.input(|i| i.modifiers);
                        commands.push(Command::ClickProject {
                            row,
                            toggle: modifiers.command,
                            extend: modifiers.shift,
                        });
                    }
                });
            });
    }
}

fn column_chooser_ui(
    ui: &mut egui::Ui,
    table: &ProjectTable,
    visible: &[ColumnId],
    commands: &mut Vec<Command>,
) {
    ui.menu_button("Columns", |ui| {
        for column in table.columns() {
            let mut shown = visible.contains(&column);
            if ui
                .checkbox(&mut shown, table.column_title(column))
                .changed()
            {
                commands.push(Command::ToggleColumn(table.column_name(column).to_owned()));
            }
        }
    });
}

/// A clickable header: click sorts by this column (again: reverses), shift-click adds it as a secondary key.
fn header_cell_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    column: ColumnId,
    commands: &mut Vec<Command>,
) {
    let table = &context.dataset.projects;
    let name = table.column_name(column);
    let mut title = table.column_title(column).to_owned();
    if table.column_kind(column) == ColumnKind::Amount {
        title = format!("{title} ({})", context.money().unit());
    }
    let sort = &context.view.sort;
    if let Some(position) = sort.iter().position(|k| k.column == name) {
        let arrow = if sort[position].descending {
            "↓"
        } else {
            "↑"
        };
        title = if sort.len() > 1 {
            format!("{title} {arrow}{}", position + 1)
        } else {
            format!("{title} {arrow}")
        };
    }
    let numeric = is_numeric(table.column_kind(column));
    let layout = if numeric {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    ui.with_layout(layout, |ui| {
        let response = ui
            .add(egui::Button::new(egui::RichText::new(title).strong()).frame(false))
            .on_hover_text(
                "Click to sort; click again to reverse; shift-click to add as a secondary key",
            );
        if response.clicked() {
            let add = ui.input(|i| i.modifiers.shift);
            commands.push(Command::SortBy {
                column: name.to_owned(),
                add,
            });
        }
    });
}

fn is_numeric(kind: ColumnKind) -> bool {
    matches!(
        kind,
        ColumnKind::Amount | ColumnKind::Integer | ColumnKind::Number
    )
}

fn cell_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, column: ColumnId, row: usize) {
    let table = &context.dataset.projects;
    let text = cell_text(
        context.dataset,
        column,
        row,
        CellStyle::Table(context.money()),
        context.names,
    );
    if is_numeric(table.column_kind(column)) {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Not selectable: a selectable label would take the click that selects the row.
            let response = ui.add(egui::Label::new(&text).selectable(false));
            if table.column_kind(column) == ColumnKind::Amount
                && context.money().currency == Currency::Cny
                && let Some(rate) = context.dataset.cny_per_usd(row)
            {
                response.on_hover_text(format!(
                    "Converted at {rate:.4} CNY per USD, the contract year's average"
                ));
            }
        });
    } else {
        // Truncated text shows in full on hover (egui does this for truncated labels).
        ui.add(egui::Label::new(text).truncate().selectable(false));
    }
}
