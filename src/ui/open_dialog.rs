//! The mapping dialog: how a file was read (encoding, delimiter, header, sheet — each overridable), which column
//! is which project field (with the unit of each amount), and a preview of the first rows as they will be read.

use super::ViewContext;
use super::state::OpenDraft;
use crate::command::{Command, MappingEdit};
use crate::i18n::Lang;
use crate::model::Field;
use crate::model::load::mapping::{AMOUNT_FIELDS, AmountUnit, Mapping};
use crate::model::load::open::{FileFormat, OpenOptions};
use crate::model::load::sniff::TextEncoding;
use crate::model::load::values::DecimalSeparator;
use crate::query::labels;
use crate::query::messages::amount_unit_name;
use crate::tr;

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

const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// A delimiter's name in `lang`.
fn delimiter_name(delimiter: u8, lang: Lang) -> String {
    match delimiter {
        b',' => tr!(lang, "open-delimiter-comma"),
        b';' => tr!(lang, "open-delimiter-semicolon"),
        b'\t' => tr!(lang, "open-delimiter-tab"),
        b'|' => tr!(lang, "open-delimiter-pipe"),
        _ => tr!(lang, "open-delimiter-other"),
    }
}

/// Draws the dialog over the window. Each change to the mapping is a [`Command::EditMapping`] (so Undo sees it);
/// the app keeps the edits in the draft until "Open".
pub fn open_dialog_ui(
    ctx: &egui::Context,
    draft: &OpenDraft,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) {
    let (lang, activity) = (context.lang, &context.activity);
    let file_name = draft.path.file_name().map_or_else(
        || draft.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let screen = ctx.content_rect();
    egui::Modal::new(egui::Id::unique("open_dialog")).show(ctx, |ui| {
        ui.set_width((screen.width() - 120.0).clamp(480.0, 1100.0));
        ui.heading(tr!(lang, "open-title", file = file_name.as_str()));
        ui.label(tr!(
            lang,
            "quality-read-as",
            how = crate::query::messages::read_as(&draft.detected, lang)
        ));
        ui.add_space(4.0);
        detection_ui(ui, draft, lang, commands);
        ui.separator();
        let max_height = (screen.height() - 260.0).max(200.0);
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .show(ui, |ui| {
                ui.columns(2, |columns| {
                    mapping_ui(&mut columns[0], draft, lang, commands);
                    preview_ui(&mut columns[1], draft, lang);
                });
            });
        ui.separator();
        let missing = draft.options.mapping.as_ref().map_or_else(
            || Mapping::default().missing_required(),
            Mapping::missing_required,
        );
        if !missing.is_empty() {
            let names: Vec<String> = missing
                .iter()
                .map(|&field| labels::field_title(field, lang))
                .collect();
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!(
                    lang,
                    "open-missing-fields",
                    fields = names.join(&tr!(lang, "list-and"))
                ),
            );
        }
        ui.horizontal(|ui| {
            if ui.button(Command::ConfirmOpen.text(lang)).clicked() {
                commands.push(Command::ConfirmOpen);
            }
            if ui.button(Command::CancelOpen.text(lang)).clicked() {
                commands.push(Command::CancelOpen);
            }
            ui.separator();
            // The Edit menu is behind the dialog: its own Undo and Redo step through the mapping's changes.
            for (command, enabled) in [
                (Command::Undo, activity.can_undo),
                (Command::Redo, activity.can_redo),
            ] {
                if ui
                    .add_enabled(enabled, egui::Button::new(command.text(lang)))
                    .clicked()
                {
                    commands.push(command);
                }
            }
            ui.label(tr!(
                lang,
                "open-columns-rows",
                columns = draft.detected.headers.len(),
                rows = draft.detected.preview.len()
            ));
        });
    });
}

/// Encoding, delimiter, decimal separator, header line and sheet: each change reads the file again.
fn detection_ui(ui: &mut egui::Ui, draft: &OpenDraft, lang: Lang, commands: &mut Vec<Command>) {
    let detected = &draft.detected;
    let mut options = OpenOptions {
        mapping: None,
        ..draft.options.clone()
    };
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        if let Some(encoding) = detected.encoding {
            let name = tr!(lang, "open-encoding");
            ui.label(&name);
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
                .widget_info(|| labeled_combo(&name, encoding.label()));
        }
        if let Some(dialect) = detected.dialect {
            let name = tr!(lang, "open-delimiter");
            ui.label(&name);
            let current = delimiter_name(dialect.delimiter, lang);
            egui::ComboBox::from_id_salt("delimiter")
                .selected_text(&current)
                .show_ui(ui, |ui| {
                    for delimiter in DELIMITERS {
                        let label = delimiter_name(delimiter, lang);
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
                .widget_info(|| labeled_combo(&name, &current));
            let name = tr!(lang, "open-decimals");
            ui.label(&name);
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
                .widget_info(|| labeled_combo(&name, current_decimals));
        }
        // Title lines above the header are skipped; the header row can be set for text and spreadsheets alike.
        if matches!(
            detected.format,
            FileFormat::Delimited | FileFormat::Workbook
        ) {
            let mut header = detected.header_record + 1;
            let label = ui.label(tr!(lang, "open-header-row"));
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
            let name = tr!(lang, "open-sheet");
            ui.label(&name);
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
                .widget_info(|| labeled_combo(&name, current_sheet));
        }
    });
    if changed {
        commands.push(Command::ReinspectFile(options));
    }
}

/// One row per project field: the file column it comes from, and the unit of amounts.
fn mapping_ui(ui: &mut egui::Ui, draft: &OpenDraft, lang: Lang, commands: &mut Vec<Command>) {
    let headers = &draft.detected.headers;
    let no_mapping = Mapping::default();
    let mapping = draft.options.mapping.as_ref().unwrap_or(&no_mapping);
    ui.strong(tr!(lang, "open-mapping-title"));
    egui::Grid::new("mapping_grid")
        .num_columns(3)
        .spacing([8.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for field in FIELDS {
                let title = labels::field_title(field, lang);
                ui.label(&title);
                let current = mapping.column_of(field);
                if let Some(chosen) =
                    column_choice_ui(ui, ("map", field), &title, headers, current, lang)
                {
                    commands.push(Command::EditMapping(MappingEdit::Column(field, chosen)));
                }
                if AMOUNT_FIELDS.contains(&field) && current.is_some() {
                    let unit = mapping.unit(field);
                    let mut chosen = unit;
                    let name = tr!(lang, "open-unit-of", field = title.as_str());
                    egui::ComboBox::from_id_salt(("unit", field))
                        .selected_text(amount_unit_name(unit, lang))
                        .show_ui(ui, |ui| {
                            for choice in AmountUnit::ALL {
                                ui.selectable_value(
                                    &mut chosen,
                                    choice,
                                    amount_unit_name(choice, lang),
                                );
                            }
                        })
                        .response
                        .widget_info(|| labeled_combo(&name, &amount_unit_name(unit, lang)));
                    if chosen != unit {
                        commands.push(Command::EditMapping(MappingEdit::Unit(field, chosen)));
                    }
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
            let name = tr!(lang, "open-currency-column");
            ui.label(&name);
            let current = mapping.currency_column;
            if let Some(chosen) =
                column_choice_ui(ui, "currency_column", &name, headers, current, lang)
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
    lang: Lang,
) -> Option<Option<usize>> {
    let mut chosen = current;
    let shown = column_label(headers, current, lang);
    egui::ComboBox::from_id_salt(id)
        .selected_text(&shown)
        .width(180.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, column_label(headers, None, lang));
            for (index, name) in headers.iter().enumerate() {
                ui.selectable_value(&mut chosen, Some(index), display_name(name, index, lang));
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

fn column_label(headers: &[String], column: Option<usize>, lang: Lang) -> String {
    match column {
        None => tr!(lang, "open-not-in-file"),
        Some(index) => headers
            .get(index)
            .map_or_else(String::new, |name| display_name(name, index, lang)),
    }
}

/// A header as shown in a list: "Column 3" when it is blank.
fn display_name(name: &str, index: usize, lang: Lang) -> String {
    if name.trim().is_empty() {
        tr!(lang, "open-column-n", n = index + 1)
    } else {
        name.to_owned()
    }
}

/// The first rows as read, each column headed by its name, its inferred type and the field it maps to.
fn preview_ui(ui: &mut egui::Ui, draft: &OpenDraft, lang: Lang) {
    let detected = &draft.detected;
    let mapping = draft.options.mapping.clone().unwrap_or_default();
    ui.strong(tr!(lang, "open-preview"));
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
                                    egui::RichText::new(display_name(name, index, lang)).strong(),
                                )
                                .selectable(false),
                            );
                            let target = match mapping.field_of(index) {
                                Some(field) => format!("→ {}", labels::field_title(field, lang)),
                                None if mapping.currency_column == Some(index) => {
                                    tr!(lang, "open-to-currency")
                                }
                                None => tr!(lang, "open-extra"),
                            };
                            let kind = detected
                                .column_types
                                .get(index)
                                .map_or_else(String::new, |t| {
                                    crate::query::messages::column_type(*t, lang)
                                });
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
