//! The project table: virtualised (only visible rows are laid out), sortable by clicking a header (shift-click adds
//! a secondary key), resizable columns, a column chooser, numbers right-aligned with thousands separators.

use egui_extras::{Column, TableBuilder};

use super::{ViewContext, pinned};
use crate::command::Command;
use crate::format::Currency;
use crate::i18n::Lang;
use crate::model::{ColumnId, ColumnKind, Field, ProjectTable};
use crate::query::{CellStyle, cell_text_in, labels};
use crate::tr;

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
            column_chooser_ui(ui, context.lang, table, &chosen, commands);
            let copy = ui.ctx().format_shortcut(&COPY);
            ui.weak(tr!(context.lang, "table-hint", shift = SHIFT, copy = copy));
        });
        let rows = &context.derived.selection.rows;
        if rows.is_empty() {
            super::empty_state_ui(ui, context.lang, commands);
            return;
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        self.table_ui(ui, context, &columns, row_height, commands);
    }

    /// The first column (the project's name) pinned at the left, the others beside it scrolling sideways when
    /// they do not fit (instead of disappearing under the detail panel), one scroll bar always at the right
    /// edge: see [`super::pinned`].
    fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        columns: &[ColumnId],
        row_height: f32,
        commands: &mut Vec<Command>,
    ) {
        let Some((pinned, rest)) = columns.split_first() else {
            return;
        };
        let (widths, stretch) = column_widths(ui, &context.dataset.projects, columns);
        let spacing = ui.spacing().item_spacing.x;
        // Keyed by the stretch too: a new window width lays the columns out afresh.
        let stretch_key = (stretch * 20.0).round() as i32;
        pinned::pinned_table_ui(
            ui,
            "project_table",
            widths[0] + spacing,
            !rest.is_empty(),
            |ui, side, shared| {
                let part = match side {
                    pinned::Part::Pinned => Part {
                        columns: std::slice::from_ref(pinned),
                        widths: &widths[..1],
                        salt: ("project_table_pinned", columns.len(), stretch_key),
                        pinned: true,
                    },
                    pinned::Part::Rest => Part {
                        columns: rest,
                        widths: &widths[1..],
                        salt: ("project_table", columns.len(), stretch_key),
                        pinned: false,
                    },
                };
                part_ui(ui, context, part, row_height, shared, commands)
            },
        );
    }
}

/// One of the table's two parts: the pinned first column, or the rest.
struct Part<'c> {
    columns: &'c [ColumnId],
    widths: &'c [f32],
    salt: (&'static str, usize, i32),
    pinned: bool,
}

/// Each column's width, and how much the text columns were stretched: the text columns share what the numbers
/// leave, stretched on a wide screen, squeezed on a laptop so the last one (Status) still shows; numbers keep their
/// width so "Contracted (USD m) ↓" stays readable. Past the squeeze the table scrolls sideways.
fn column_widths(ui: &egui::Ui, table: &ProjectTable, columns: &[ColumnId]) -> (Vec<f32>, f32) {
    let available = ui.available_width();
    let widths: Vec<f32> = columns
        .iter()
        .map(|&column| base_width(table, column))
        .collect();
    let spacing = ui.spacing().item_spacing.x;
    // Status values are short and all worth reading ("Contracted (not started)"): it keeps its width too.
    let is_text = |column: ColumnId| {
        !is_numeric(table.column_kind(column)) && column != ColumnId::Field(Field::Status)
    };
    let (mut text_sum, mut fixed_sum) = (0.0, spacing);
    for (&column, width) in columns.iter().zip(&widths) {
        if is_text(column) {
            text_sum += width;
        } else {
            fixed_sum += width;
        }
        fixed_sum += spacing;
    }
    let stretch = if text_sum > 0.0 {
        ((available - fixed_sum) / text_sum).clamp(MIN_STRETCH, MAX_STRETCH)
    } else {
        1.0
    };
    let widths = columns
        .iter()
        .zip(widths)
        .map(|(&column, width)| {
            if is_text(column) {
                (width * stretch).floor()
            } else {
                width.floor()
            }
        })
        .collect();
    (widths, stretch)
}

/// One part of the table at the shared vertical offset, highlighting the shared hovered row; returns what it
/// showed.
fn part_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    part: Part<'_>,
    row_height: f32,
    shared: pinned::Shared,
    commands: &mut Vec<Command>,
) -> pinned::PartShown {
    let rows = &context.derived.selection.rows;
    let mut hovered = None;
    let mut builder = TableBuilder::new(ui)
        // Keyed by the stretch too: a new window width lays the columns out afresh.
        .id_salt(part.salt)
        .striped(true)
        // The pinned column keeps the width its strip was given.
        .resizable(!part.pinned)
        .sense(egui::Sense::click())
        .vertical_scroll_offset(shared.offset)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        // The table's one scroll bar is drawn beside both parts (see `super::pinned`).
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden);
    for &width in part.widths {
        let column = Column::initial(width).at_least(40.0).clip(true);
        builder = builder.column(if part.pinned {
            column.resizable(false)
        } else {
            column
        });
    }
    let shown = builder
        .header(row_height + 4.0, |mut header| {
            for &column in part.columns {
                header.col(|ui| header_cell_ui(ui, context, column, commands));
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut table_row| {
                let index = table_row.index();
                let row = rows[index];
                table_row.set_selected(context.ui.selected_rows.contains(&row));
                table_row.set_hovered(shared.hovered == Some(index));
                for &column in part.columns {
                    table_row.col(|ui| cell_ui(ui, context, column, row as usize));
                }
                let response = table_row.response();
                if response.hovered() {
                    hovered = Some(index);
                }
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
    pinned::PartShown::of(&shown, hovered)
}

/// Key names as egui writes them (the same in every language; ⌘ on macOS).
const SHIFT: &str = egui::ModifierNames::NAMES.shift;
const COPY: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::C);

/// How far the columns shrink to fit before the table scrolls sideways, and how far they stretch.
const MIN_STRETCH: f32 = 0.7;
const MAX_STRETCH: f32 = 3.0;

/// A column's width at a laptop's usual size, before it is stretched to share the panel's width.
fn base_width(table: &ProjectTable, column: ColumnId) -> f32 {
    match (column, table.column_kind(column)) {
        (ColumnId::Field(Field::Name), _) => 200.0,
        (ColumnId::Field(Field::District), _) => 90.0,
        (ColumnId::Field(Field::Year), _) => 44.0,
        (ColumnId::Field(Field::Status), _) => 150.0,
        (_, ColumnKind::Text) => 140.0,
        (_, ColumnKind::Category) => 125.0,
        (_, ColumnKind::Amount) => 145.0,
        _ => 85.0,
    }
}

fn column_chooser_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    table: &ProjectTable,
    visible: &[ColumnId],
    commands: &mut Vec<Command>,
) {
    ui.menu_button(tr!(lang, "table-columns"), |ui| {
        for column in table.columns() {
            let mut shown = visible.contains(&column);
            if ui
                .checkbox(&mut shown, labels::column_title_in(table, column, lang))
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
    let lang = context.lang;
    let mut title = labels::column_title_in(table, column, lang);
    if table.column_kind(column) == ColumnKind::Amount {
        title = labels::title_with_unit(&title, &context.money().unit_in(lang), lang);
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
            .on_hover_text(tr!(context.lang, "table-sort-hint", shift = SHIFT));
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
    let text = cell_text_in(
        context.dataset,
        column,
        row,
        CellStyle::Table(context.money()),
        context.lang,
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
                response.on_hover_text(tr!(
                    context.lang,
                    "table-converted-hint",
                    rate = format!("{rate:.4}"),
                    currency = Currency::Cny.code()
                ));
            }
        });
    } else {
        // Truncated text shows in full on hover (egui does this for truncated labels).
        ui.add(egui::Label::new(text).truncate().selectable(false));
    }
}
