//! The mapping dialog: how a file was read (encoding, delimiter, header, sheet — each overridable), which column
//! is which project field (with the unit of each amount), and a preview of the first rows as they will be read.

use super::state::{Activity, OpenDraft};
use crate::command::{Command, MappingEdit};
use crate::model::Field;
use crate::model::load::mapping::{AMOUNT_FIELDS, AmountUnit, Mapping};
use crate::model::load::open::{FileFormat, OpenOptions};
use crate::model::load::sniff::TextEncoding;
use crate::model::load::values::DecimalSeparator;

/// The fields offered in the dialog, in the order a consultant thinks of them.
const FIELDS: [Field; 18] = [
    Field::Name,
    Field::ContractedUsdM,
    Field::UtilizedUsdM,
    Field::Investor,
    Field::Sector,
    Field::SubSector,
    Field::District,
    Field::Year,
    Field::ContractDate,
    Field::Status,
    Field::Id,
    Field::Origin,
    Field::Employees,
    Field::Lat,
    Field::Lon,
    Field::InLiangjiang,
    Field::IsSynthetic,
    Field::Source,
];

const DELIMITERS: [(u8, &str); 4] = [
    (b',', "Comma"),
    (b';', "Semicolon"),
    (b'\t', "Tab"),
    (b'|', "Pipe"),
];

/// Draws the dialog over the window. Each change to the mapping is a [`Command::EditMapping`] (so Undo sees it);
/// the app keeps the edits in the draft until "Open".
pub fn open_dialog_ui(
    ctx: &egui::Context,
    draft: &OpenDraft,
    activity: &Activity,
    commands: &mut Vec<Command>,
) {
    let file_name = draft.path.file_name().map_or_else(
        || draft.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let screen = ctx.content_rect();
    egui::Modal::new(egui::Id::unique("open_dialog")).show(ctx, |ui| {
        ui.set_width((screen.width() - 120.0).clamp(480.0, 1100.0));
        ui.heading(format!("Open {file_name}"));
        ui.label(format!("Read as {}", draft.detected.describe()));
        ui.add_space(4.0);
        detection_ui(ui, draft, commands);
        ui.separator();
        let max_height = (screen.height() - 260.0).max(200.0);
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .show(ui, |ui| {
                ui.columns(2, |columns| {
                    mapping_ui(&mut columns[0], draft, commands);
                    preview_ui(&mut columns[1], draft);
                });
            });
        ui.separator();
        let missing = draft
            .options
            .mapping
            .as_ref()
            .map_or_else(|| Mapping::default().missing_required(), Mapping::missing_required);
        if !missing.is_empty() {
            let names: Vec<&str> = missing.iter().map(|f| f.title()).collect();
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "No column for {}: the file will open as a plain table. Every column stays visible; \
                     key figures, charts and the map need those fields.",
                    names.join(" and ")
                ),
            );
        }
        ui.horizontal(|ui| {
            if ui.button(Command::ConfirmOpen.text()).clicked() {
                commands.push(Command::ConfirmOpen);
            }
            if ui.button(Command::CancelOpen.text()).clicked() {
                commands.push(Command::CancelOpen);
            }
            ui.separator();
            // The Edit menu is behind the dialog: its own Undo and Redo step through the mapping's changes.
            for (command, enabled) in [
                (Command::Undo, activity.can_undo),
                (Command::Redo, activity.can_redo),
            ] {
                if ui
                    .add_enabled(enabled, egui::Button::new(command.text()))
                    .clicked()
                {
                    commands.push(command);
                }
            }
            ui.label(format!(
                "{} columns · {} preview rows",
                draft.detected.headers.len(),
                draft.detected.preview.len()
            ));
        });
    });
}

/// Encoding, delimiter, decimal separator, header line and sheet: each change reads the file again.
fn detection_ui(ui: &mut egui::Ui, draft: &OpenDraft, commands: &mut Vec<Command>) {
    let detected = &draft.detected;
    let mut options = OpenOptions {
        mapping: None,
        ..draft.options.clone()
    };
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        if let Some(encoding) = detected.encoding {
            ui.label("Encoding");
            egui::ComboBox::from_id_salt("encoding")
                .selected_text(encoding.label())
                .show_ui(ui, |ui| {
                    for choice in TextEncoding::ALL {
                        if ui
                            .selectable_label(choice == encoding, choice.label())
                            .clicked()
                        {
                            options.encoding = Some(choice);
                            changed = choice != encoding;
                        }
                    }
                })
                .response
                .widget_info(|| labeled_combo("Encoding", encoding.label()));
        }
        if let Some(dialect) = detected.dialect {
            ui.label("Delimiter");
            let current = DELIMITERS
                .iter()
                .find(|(d, _)| *d == dialect.delimiter)
                .map_or("Other", |(_, label)| label);
            egui::ComboBox::from_id_salt("delimiter")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (delimiter, label) in DELIMITERS {
                        if ui
                            .selectable_label(delimiter == dialect.delimiter, label)
                            .clicked()
                        {
                            options.delimiter = Some(delimiter);
                            changed = delimiter != dialect.delimiter;
                        }
                    }
                })
                .response
                .widget_info(|| labeled_combo("Delimiter", current));
            ui.label("Decimals");
            let decimals = [
                (DecimalSeparator::Point, "1,234.5"),
                (DecimalSeparator::Comma, "1.234,5"),
            ];
            let current_decimals = if dialect.decimal == DecimalSeparator::Comma {
                "1.234,5"
            } else {
                "1,234.5"
            };
            egui::ComboBox::from_id_salt("decimals")
                .selected_text(current_decimals)
                .show_ui(ui, |ui| {
                    for (decimal, label) in decimals {
                        if ui
                            .selectable_label(decimal == dialect.decimal, label)
                            .clicked()
                        {
                            options.decimal = Some(decimal);
                            changed = decimal != dialect.decimal;
                        }
                    }
                })
                .response
                .widget_info(|| labeled_combo("Decimals", current_decimals));
        }
        // Title lines above the header are skipped; the header row can be set for text and spreadsheets alike.
        if matches!(
            detected.format,
            FileFormat::Delimited | FileFormat::Workbook
        ) {
            let mut header = detected.header_record + 1;
            let label = ui.label("Header is row");
            if ui
                .add(egui::DragValue::new(&mut header).range(1..=50))
                .labelled_by(label.id)
                .changed()
            {
                options.header_row = Some(header - 1);
                changed = true;
            }
        }
        if detected.format == FileFormat::Workbook && detected.sheet_names.len() > 1 {
            ui.label("Sheet");
            let current_sheet = detected
                .sheet_names
                .get(detected.sheet)
                .map_or("", String::as_str);
            egui::ComboBox::from_id_salt("sheet")
                .selected_text(current_sheet)
                .show_ui(ui, |ui| {
                    for (index, name) in detected.sheet_names.iter().enumerate() {
                        if ui.selectable_label(index == detected.sheet, name).clicked() {
                            options.sheet = Some(index);
                            options.header_row = None;
                            changed = index != detected.sheet;
                        }
                    }
                })
                .response
                .widget_info(|| labeled_combo("Sheet", current_sheet));
        }
    });
    if changed {
        commands.push(Command::ReinspectFile(options));
    }
}

/// One row per project field: the file column it comes from, and the unit of amounts.
fn mapping_ui(ui: &mut egui::Ui, draft: &OpenDraft, commands: &mut Vec<Command>) {
    let headers = &draft.detected.headers;
    let no_mapping = Mapping::default();
    let mapping = draft.options.mapping.as_ref().unwrap_or(&no_mapping);
    ui.strong("Project field ← column in the file");
    egui::Grid::new("mapping_grid")
        .num_columns(3)
        .spacing([8.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for field in FIELDS {
                ui.label(field.title());
                let current = mapping.column_of(field);
                if let Some(chosen) =
                    column_choice_ui(ui, ("map", field), field.title(), headers, current)
                {
                    commands.push(Command::EditMapping(MappingEdit::Column(field, chosen)));
                }
                if AMOUNT_FIELDS.contains(&field) && current.is_some() {
                    let unit = mapping.unit(field);
                    let mut chosen = unit;
                    let name = format!("{} unit", field.title());
                    egui::ComboBox::from_id_salt(("unit", field))
                        .selected_text(unit.label())
                        .show_ui(ui, |ui| {
                            for choice in AmountUnit::ALL {
                                ui.selectable_value(&mut chosen, choice, choice.label());
                            }
                        })
                        .response
                        .widget_info(|| labeled_combo(&name, unit.label()));
                    if chosen != unit {
                        commands.push(Command::EditMapping(MappingEdit::Unit(field, chosen)));
                    }
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
            ui.label("Currency per row");
            let current = mapping.currency_column;
            if let Some(chosen) =
                column_choice_ui(ui, "currency_column", "Currency per row", headers, current)
            {
                commands.push(Command::EditMapping(MappingEdit::CurrencyColumn(chosen)));
            }
            ui.label("");
            ui.end_row();
        });
}

/// A list of the file's columns (and "not in the file") named `label`; the new choice when the user made one.
fn column_choice_ui(
    ui: &mut egui::Ui,
    id: impl egui::AsIdSalt,
    label: &str,
    headers: &[String],
    current: Option<usize>,
) -> Option<Option<usize>> {
    let mut chosen = current;
    let shown = column_label(headers, current);
    egui::ComboBox::from_id_salt(id)
        .selected_text(&shown)
        .width(180.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, column_label(headers, None));
            for (index, name) in headers.iter().enumerate() {
                ui.selectable_value(&mut chosen, Some(index), display_name(name, index));
            }
        })
        .response
        .widget_info(|| labeled_combo(label, &shown));
    (chosen != current).then_some(chosen)
}

/// A combo box's accessible name (the label beside it, which egui cannot know) and its value (the choice shown):
/// what screen readers read, and what tests check.
fn labeled_combo(label: &str, value: &str) -> egui::WidgetInfo {
    egui::WidgetInfo {
        current_text_value: Some(value.to_owned()),
        ..egui::WidgetInfo::labeled(egui::Role::ComboBox, true, label)
    }
}

fn column_label(headers: &[String], column: Option<usize>) -> String {
    match column {
        None => "— not in the file —".to_owned(),
        Some(index) => headers
            .get(index)
            .map_or_else(String::new, |name| display_name(name, index)),
    }
}

/// A header as shown in a list: "Column 3" when it is blank.
fn display_name(name: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("Column {}", index + 1)
    } else {
        name.to_owned()
    }
}

/// The first rows as read, each column headed by its name, its inferred type and the field it maps to.
fn preview_ui(ui: &mut egui::Ui, draft: &OpenDraft) {
    let detected = &draft.detected;
    let mapping = draft.options.mapping.clone().unwrap_or_default();
    ui.strong("Preview");
    egui::ScrollArea::horizontal()
        .id_salt("preview_scroll")
        .show(ui, |ui| {
            egui::Grid::new("preview_grid")
                .striped(true)
                .min_col_width(96.0)
                .max_col_width(180.0)
                .spacing([12.0, 3.0])
                .show(ui, |ui| {
                    for (index, name) in detected.headers.iter().enumerate() {
                        ui.vertical(|ui| {
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(display_name(name, index)).strong(),
                                )
                                .selectable(false),
                            );
                            let target = match mapping.field_of(index) {
                                Some(field) => format!("→ {}", field.title()),
                                None if mapping.currency_column == Some(index) => {
                                    "→ currency".to_owned()
                                }
                                None => "extra".to_owned(),
                            };
                            let kind = detected.column_types.get(index).map_or("", |t| t.label());
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(format!("{kind} {target}"))
                                        .small()
                                        .weak(),
                                )
                                .selectable(false),
                            );
                        });
                    }
                    ui.end_row();
                    for row in &detected.preview {
                        for index in 0..detected.headers.len() {
                            let cell = row.get(index).map_or("", String::as_str);
                            ui.add(egui::Label::new(cell).truncate().selectable(false));
                        }
                        ui.end_row();
                    }
                });
        });
}
