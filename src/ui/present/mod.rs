//! Presentation mode: one slide on the whole screen — its title and the "3 / 7" counter, the key figures of its
//! selection, its chart, map, breakdown or top-10 table (drawn by the tabs' own functions, so a click on a bar
//! or a district drills in live), its caption, and a footer with the filters in words, "N of M projects", the
//! source and "synthetic sample" when it is. No menus, no filter panel.
//!
//! The app shows the slide's view as the current view while presenting (see `app::presenting`); this module only
//! draws it. Keys are read by `ui::shortcuts`.

use super::{ViewContext, breakdown, charts, key_figures, map, slide};
use crate::command::Command;
use crate::model::ColumnKind;
use crate::query::present::Presentation;
use crate::query::{CellStyle, Tab, cell_text_in, labels};
use crate::tr;
use egui_extras::{Column, TableBuilder};

/// How many projects a table slide lists.
const TOP_ROWS: usize = 10;

/// The whole window as the presentation's current slide.
pub fn presentation_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    presentation: &Presentation,
    commands: &mut Vec<Command>,
) {
    // Nothing keeps the keyboard: a bar focused by a click would take Space or Enter as another click.
    ui.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
    let slide = presentation.slide();
    let frame =
        egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::symmetric(24, 14));
    egui::Panel::top("slide_title")
        .frame(frame)
        .show_separator_line(false)
        .show(ui, |ui| title_ui(ui, context, presentation));
    egui::Panel::bottom("slide_footer")
        .frame(frame)
        .show_separator_line(false)
        .show(ui, |ui| {
            if !slide.caption.is_empty() {
                ui.add(egui::Label::new(egui::RichText::new(&slide.caption).size(17.0)).wrap());
                ui.add_space(6.0);
            }
            ui.separator();
            slide::caption_ui(ui, context, context.view.tab);
        });
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        key_figures::figure_cards_ui(ui, context);
        ui.add_space(8.0);
        if context.derived.selection.is_empty() {
            super::empty_state_ui(ui, context.lang, commands);
            return;
        }
        match context.view.tab {
            Tab::Charts => charts::chart_body_ui(ui, context, charts::ChartStyle::SLIDE, commands),
            Tab::Map => map::map_canvas_ui(ui, context, commands),
            Tab::Breakdown => {
                breakdown::groups_table_ui(ui, context, &context.derived.groups, commands);
            }
            Tab::Table => top_projects_ui(ui, context),
            Tab::Opportunities => super::opportunities::compare_body_ui(ui, context),
        }
    });
}

/// The slide's title at the left; the counter (and a number being typed) at the right.
fn title_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, presentation: &Presentation) {
    let lang = context.lang;
    let slide = presentation.slide();
    let (number, total) = presentation.counter();
    ui.horizontal(|ui| {
        let title = if slide.title.is_empty() {
            tr!(lang, "story-untitled")
        } else {
            slide.title.clone()
        };
        ui.label(egui::RichText::new(title).size(26.0).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(
                egui::RichText::new(tr!(lang, "present-counter", number = number, total = total))
                    .size(20.0),
            );
            if !presentation.typed.is_empty() {
                ui.label(
                    egui::RichText::new(tr!(
                        lang,
                        "present-typed",
                        typed = presentation.typed.clone()
                    ))
                    .size(20.0)
                    .strong(),
                );
            }
            if !presentation.title.is_empty() {
                ui.weak(&presentation.title);
            }
            // Client-safe with a recipient: every slide says who it was prepared for.
            if let Some(text) = context.client_safe.watermark(lang) {
                ui.label(
                    egui::RichText::new(text)
                        .size(18.0)
                        .strong()
                        .color(slide::WATERMARK),
                );
            }
        });
    });
}

/// The ten projects at the top of the slide's sort, in its visible columns, with the window's cell texts. Text
/// columns share the width the numbers leave; the rows shrink to fit its height.
fn top_projects_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    let lang = context.lang;
    let table = &context.dataset.projects;
    let columns = context.view.visible_columns(table);
    let rows = &context.derived.selection.rows;
    let shown = rows.len().min(TOP_ROWS);
    ui.strong(tr!(
        lang,
        "present-top-projects",
        shown = shown,
        total = rows.len()
    ));
    let text_height = ui.text_style_height(&egui::TextStyle::Body);
    let row_height = ((ui.available_height() - text_height) / (shown as f32 + 1.0))
        .clamp(text_height + 1.0, text_height + 8.0);
    let mut builder = TableBuilder::new(ui)
        .id_salt("slide_top_projects")
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for &column in &columns {
        builder = builder.column(match table.column_kind(column) {
            // Names share what the numbers leave.
            ColumnKind::Text | ColumnKind::Category => Column::remainder().clip(true),
            _ => Column::auto(),
        });
    }
    builder
        .header(row_height, |mut header| {
            for &column in &columns {
                header.col(|ui| {
                    let lang = context.lang;
                    let mut title = labels::column_title_in(table, column, lang);
                    if table.column_kind(column) == ColumnKind::Amount {
                        let unit = context.money().unit_in(lang);
                        title = labels::title_with_unit(&title, &unit, lang);
                    }
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, shown, |mut table_row| {
                let row = rows[table_row.index()] as usize;
                for &column in &columns {
                    table_row.col(|ui| {
                        let style = CellStyle::Table(context.money());
                        let text = cell_text_in(
                            context.dataset,
                            column,
                            row,
                            style,
                            context.lang,
                            context.names,
                        );
                        if table.column_kind(column) == ColumnKind::Amount {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.label(text);
                                },
                            );
                        } else {
                            ui.add(egui::Label::new(text).truncate());
                        }
                    });
                }
            });
        });
}
