//! The Breakdown tab: totals by sector (or sub-sector, district, year, status, size band), drill-down from sector
//! to sub-sector to projects with a breadcrumb, and a cross-tab drawn as a heat-map table.

use egui_extras::{Column, TableBuilder};

use super::ViewContext;
use crate::command::Command;
use crate::format;
use crate::query::{BreakdownColumn, BreakdownValue, CrossTab, GroupBy, GroupSummary};

/// The group-by choices offered, in menu order.
const GROUPINGS: [GroupBy; 6] = [
    GroupBy::Sector,
    GroupBy::SubSector,
    GroupBy::District,
    GroupBy::Year,
    GroupBy::Status,
    GroupBy::SizeBand,
];

pub fn group_title(by: GroupBy) -> &'static str {
    by.field().title()
}

pub fn breakdown_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let view = context.view;
    ui.horizontal(|ui| {
        let label = ui.label("Group by");
        let mut group_by = view.group_by;
        egui::ComboBox::from_id_salt("group_by")
            .selected_text(group_title(group_by))
            .show_ui(ui, |ui| {
                for by in GROUPINGS {
                    ui.selectable_value(&mut group_by, by, group_title(by));
                }
            })
            .response
            .labelled_by(label.id);
        if group_by != view.group_by {
            commands.push(Command::SetGroupBy(group_by));
        }
        ui.separator();
        breadcrumb_ui(ui, context, commands);
    });
    ui.add_space(4.0);
    let groups = &context.derived.groups;
    if groups.is_empty() {
        super::empty_state_ui(ui, commands);
        return;
    }
    // The breakdown on top, the cross-tab below: each in its own bounded area so neither spills into the other.
    let top_height = (ui.available_height() * 0.52).max(180.0);
    let width = ui.available_width();
    ui.allocate_ui(egui::vec2(width, top_height), |ui| {
        ui.set_min_height(top_height);
        groups_table_ui(ui, context, groups, commands);
    });
    ui.separator();
    cross_tab_section_ui(ui, context, commands);
}

/// "All sectors › Finance › Banking": each step goes back up.
fn breadcrumb_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let filter = &context.view.filter;
    let one_sector = (filter.sectors.len() == 1)
        .then(|| filter.sectors.iter().next())
        .flatten();
    if context.view.group_by != GroupBy::SubSector || one_sector.is_none() {
        ui.weak("Click a row to drill down");
        return;
    }
    if ui.link("All sectors").clicked() {
        commands.push(Command::DrillUp);
    }
    if let Some(sector) = one_sector {
        ui.label("›");
        ui.strong(sector);
    }
}

/// The totals table of `groups` (a click on a row drills into it); the tab draws it above the cross-tab.
pub fn groups_table_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    groups: &[GroupSummary],
    commands: &mut Vec<Command>,
) {
    let money = context.view.money;
    let unit = money.unit();
    let by = context.view.group_by;
    let max_share = groups
        .iter()
        .map(|g| g.share_pct)
        .fold(0.0, f64::max)
        .max(1e-9);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    ui.weak(format!(
        "Amounts in {unit} · utilisation = utilised ÷ contracted"
    ));
    let mut builder = TableBuilder::new(ui)
        .id_salt("groups_table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for column in BreakdownColumn::ALL {
        builder = builder.column(match column {
            BreakdownColumn::Group => Column::initial(210.0).at_least(80.0).clip(true),
            BreakdownColumn::Projects => Column::initial(64.0),
            BreakdownColumn::Contracted | BreakdownColumn::Utilised => Column::initial(92.0),
            BreakdownColumn::Share => Column::initial(150.0),
            BreakdownColumn::Average | BreakdownColumn::Median => Column::initial(78.0),
            BreakdownColumn::Utilisation => Column::initial(80.0),
        });
    }
    builder
        .header(row_height, |mut header| {
            for column in BreakdownColumn::ALL {
                header.col(|ui| {
                    let title = column.title(by);
                    if column == BreakdownColumn::Group {
                        ui.strong(title);
                    } else {
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.strong(title);
                        });
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, groups.len(), |mut row| {
                let group = &groups[row.index()];
                for column in BreakdownColumn::ALL {
                    // Labels are not selectable, so a click anywhere on the row drills down.
                    row.col(|ui| match column.value(group) {
                        BreakdownValue::Text(text) => {
                            ui.add(egui::Label::new(text).truncate().selectable(false));
                        }
                        BreakdownValue::Percent(Some(share))
                            if column == BreakdownColumn::Share =>
                        {
                            share_bar_ui(ui, share, max_share);
                        }
                        value => {
                            let text = match value {
                                BreakdownValue::Count(count) => format::count(count),
                                BreakdownValue::Amount(amount) => {
                                    amount.map_or("–".into(), |m| money.number(m))
                                }
                                BreakdownValue::Percent(percent) => {
                                    percent.map_or("–".into(), format::percent)
                                }
                                BreakdownValue::Text(text) => text.to_owned(),
                            };
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.add(egui::Label::new(text).selectable(false));
                                },
                            );
                        }
                    });
                }
                if row.response().clicked() {
                    commands.push(Command::DrillInto {
                        by,
                        key: group.key.clone(),
                    });
                }
            });
        });
}

/// The share as a number and an inline bar scaled to the largest group.
fn share_bar_ui(ui: &mut egui::Ui, share_pct: f64, max_share: f64) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(90.0, 10.0), egui::Sense::hover());
        let fraction = (share_pct / max_share).clamp(0.0, 1.0) as f32;
        let visuals = ui.visuals();
        ui.painter().rect_filled(rect, 2.0, visuals.faint_bg_color);
        let mut bar = rect;
        bar.set_width(rect.width() * fraction);
        ui.painter()
            .rect_filled(bar, 2.0, visuals.selection.bg_fill);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.add(egui::Label::new(format::percent(share_pct)).selectable(false));
        });
    });
}

fn cross_tab_section_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let view = context.view;
    ui.horizontal(|ui| {
        ui.strong(format!(
            "Cross-tab: {}",
            group_title(view.group_by).to_lowercase()
        ));
        let label = ui.label("by");
        let mut cross_by = view.cross_by;
        egui::ComboBox::from_id_salt("cross_by")
            .selected_text(group_title(cross_by))
            .show_ui(ui, |ui| {
                for by in GROUPINGS {
                    ui.selectable_value(&mut cross_by, by, group_title(by));
                }
            })
            .response
            .labelled_by(label.id);
        if cross_by != view.cross_by {
            commands.push(Command::SetCrossBy(cross_by));
        }
        ui.weak(format!("cells: contracted, {}", view.money.unit()));
    });
    heat_map_table_ui(ui, context, &context.derived.cross_tab);
}

/// The cross-tab as a grid whose cells are shaded by their share of the largest cell.
fn heat_map_table_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, cross: &CrossTab) {
    let money = context.view.money;
    let max = cross
        .cells
        .iter()
        .flatten()
        .map(|c| c.contracted_usd_m)
        .fold(0.0, f64::max)
        .max(1e-9);
    let accent = ui.visuals().selection.bg_fill;
    let strong_text = ui.visuals().strong_text_color();
    egui::ScrollArea::both()
        .id_salt("cross_tab_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("cross_tab_grid")
                .striped(false)
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    ui.add_sized([170.0, 18.0], egui::Label::new(""));
                    for label in &cross.column_labels {
                        ui.add(
                            egui::Label::new(egui::RichText::new(label).small().strong())
                                .truncate(),
                        );
                    }
                    ui.end_row();
                    for (label, cells) in cross.row_labels.iter().zip(&cross.cells) {
                        ui.allocate_ui_with_layout(
                            egui::vec2(170.0, 20.0),
                            egui::Layout::left_to_right(egui::Align::Center),
                            |ui| {
                                ui.set_min_width(170.0);
                                ui.add(
                                    egui::Label::new(egui::RichText::new(label).strong())
                                        .truncate(),
                                );
                            },
                        );
                        for cell in cells {
                            let intensity = (cell.contracted_usd_m / max).sqrt() as f32;
                            let (rect, response) = ui
                                .allocate_exact_size(egui::vec2(78.0, 20.0), egui::Sense::hover());
                            if cell.count > 0 {
                                ui.painter().rect_filled(
                                    rect,
                                    2.0,
                                    accent.gamma_multiply(0.1 + 0.9 * intensity),
                                );
                                ui.painter().text(
                                    rect.right_center() - egui::vec2(4.0, 0.0),
                                    egui::Align2::RIGHT_CENTER,
                                    money.number(cell.contracted_usd_m),
                                    egui::FontId::proportional(11.0),
                                    strong_text,
                                );
                                response.on_hover_text(format!(
                                    "{} projects · {}",
                                    format::count(cell.count),
                                    money.format(cell.contracted_usd_m)
                                ));
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}
