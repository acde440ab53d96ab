//! The Breakdown tab: totals by sector (or sub-sector, district, year, status, size band), drill-down from sector
//! to sub-sector to projects with a breadcrumb, and a cross-tab drawn as a heat-map table.

use egui_extras::{Column, TableBuilder};

use super::ViewContext;
use crate::command::Command;
use crate::format;
use crate::i18n::Lang;
use crate::query::{
    BreakdownColumn, BreakdownValue, CrossTab, GroupBy, GroupSummary, labels, total_row,
};
use crate::tr;

/// The group-by choices offered, in menu order.
const GROUPINGS: [GroupBy; 6] = [
    GroupBy::Sector,
    GroupBy::SubSector,
    GroupBy::District,
    GroupBy::Year,
    GroupBy::Status,
    GroupBy::SizeBand,
];

pub fn group_title(by: GroupBy, lang: Lang) -> String {
    labels::field_title(by.field(), lang)
}

pub fn breakdown_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let view = context.view;
    ui.horizontal(|ui| {
        let label = ui.label(tr!(context.lang, "breakdown-group-by"));
        let mut group_by = view.group_by;
        egui::ComboBox::from_id_salt("group_by")
            .selected_text(group_title(group_by, context.lang))
            .show_ui(ui, |ui| {
                for by in GROUPINGS {
                    ui.selectable_value(&mut group_by, by, group_title(by, context.lang));
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
        super::empty_state_ui(ui, context.lang, commands);
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
        ui.weak(tr!(context.lang, "breakdown-drill-hint"));
        return;
    }
    if ui.link(Command::DrillUp.text(context.lang)).clicked() {
        commands.push(Command::DrillUp);
    }
    if let Some(sector) = one_sector {
        ui.label("›");
        ui.strong(sector);
    }
}

/// Fixed widths of the number columns: with the smallest Group column they fit the central panel at 1280×800
/// beside both side panels; wider windows give the rest to the Group column.
fn column_width(column: BreakdownColumn) -> f32 {
    match column {
        BreakdownColumn::Group => GROUP_MIN_WIDTH,
        BreakdownColumn::Projects => 62.0,
        BreakdownColumn::Contracted | BreakdownColumn::Utilised => 86.0,
        BreakdownColumn::Share => 112.0,
        BreakdownColumn::Average | BreakdownColumn::Median => 76.0,
        BreakdownColumn::Utilisation => 78.0,
    }
}

const GROUP_MIN_WIDTH: f32 = 110.0;
/// Wider than this, a name sits too far from its numbers: the number columns take the rest of the width.
const GROUP_MAX_WIDTH: f32 = 340.0;

/// The widths of this frame's columns: the Group column's, and how far the number columns are stretched.
#[derive(Clone, Copy)]
struct ColumnWidths {
    group: f32,
    stretch: f32,
}

impl ColumnWidths {
    /// Every column at least at its [`column_width`], sharing `available` points.
    fn fitting(available: f32, spacing: f32) -> Self {
        let numbers: f32 = BreakdownColumn::ALL[1..]
            .iter()
            .map(|&c| column_width(c))
            .sum();
        let spacings = spacing * BreakdownColumn::ALL.len() as f32;
        let group = (available - numbers - spacings).clamp(GROUP_MIN_WIDTH, GROUP_MAX_WIDTH);
        let stretch = ((available - group - spacings) / numbers).max(1.0);
        Self { group, stretch }
    }

    fn of(self, column: BreakdownColumn) -> f32 {
        if column == BreakdownColumn::Group {
            self.group
        } else {
            (column_width(column) * self.stretch).floor()
        }
    }

    /// The whole row, spacing included.
    fn total(self, spacing: f32) -> f32 {
        BreakdownColumn::ALL
            .iter()
            .map(|&c| self.of(c) + spacing)
            .sum()
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
    let unit = money.unit_in(context.lang);
    let by = context.view.group_by;
    let numbers = Numbers {
        money,
        lang: context.lang,
    };
    let name = |key: &str| {
        labels::value_label(context.dataset, by.field(), key, context.lang).into_owned()
    };
    let max_share = groups
        .iter()
        .map(|g| g.share_pct)
        .fold(0.0, f64::max)
        .max(1e-9);
    let total = total_row(&context.derived.totals);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    ui.weak(tr!(context.lang, "breakdown-units", unit = unit.as_str()));
    let widths = ColumnWidths::fitting(ui.available_width(), ui.spacing().item_spacing.x);
    // The Total row stays in view under the scrolling groups.
    let body_height = (ui.available_height() - 3.0 * row_height - 8.0).max(row_height);
    // Narrower than every column at its smallest: scroll sideways rather than cut Median and Utilisation off.
    egui::ScrollArea::horizontal()
        .id_salt("groups_table_hscroll")
        .show(ui, |ui| {
            let mut builder = TableBuilder::new(ui)
                .id_salt("groups_table")
                .max_scroll_height(body_height)
                .striped(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
            for column in BreakdownColumn::ALL {
                builder = builder.column(Column::exact(widths.of(column)).clip(true));
            }
            builder
                // Two lines, so "Share of contracted" and "Utilisation" fit their columns.
                .header(2.0 * row_height, |mut header| {
                    for column in BreakdownColumn::ALL {
                        header.col(|ui| {
                            let title =
                                egui::RichText::new(column.title_in(by, context.lang)).strong();
                            let layout = if column == BreakdownColumn::Group {
                                egui::Layout::left_to_right(egui::Align::Center)
                            } else {
                                egui::Layout::right_to_left(egui::Align::Center)
                            };
                            ui.with_layout(layout.with_main_wrap(true), |ui| {
                                ui.add(egui::Label::new(title).wrap());
                            });
                        });
                    }
                })
                .body(|body| {
                    body.rows(row_height, groups.len(), |mut row| {
                        let group = &groups[row.index()];
                        for column in BreakdownColumn::ALL {
                            row.col(|ui| {
                                group_cell_ui(ui, column, group, numbers, max_share, false, &name);
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
            total_row_ui(ui, &total, widths, row_height, money, context.lang);
        });
}

/// The Total row under the table, in the table's column widths, over a rule.
fn total_row_ui(
    ui: &mut egui::Ui,
    total: &GroupSummary,
    widths: ColumnWidths,
    row_height: f32,
    money: crate::format::MoneyFormat,
    lang: Lang,
) {
    let numbers = Numbers { money, lang };
    let rule = ui.visuals().widgets.noninteractive.bg_stroke;
    let top = ui.cursor().top();
    let width = widths.total(ui.spacing().item_spacing.x);
    ui.painter().hline(
        ui.cursor().left()..=ui.cursor().left() + width,
        top,
        egui::Stroke::new(1.5, rule.color),
    );
    ui.horizontal(|ui| {
        for column in BreakdownColumn::ALL {
            let width = widths.of(column);
            ui.allocate_ui_with_layout(
                egui::vec2(width, row_height),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_min_size(egui::vec2(width, row_height));
                    group_cell_ui(ui, column, total, numbers, 100.0, true, &|_| {
                        tr!(lang, "export-total")
                    });
                },
            );
        }
    });
}

/// One cell of the breakdown; the Total row in bold, with no share bar (it is always 100 %).
/// One cell of a group's row; `name` writes the Group column (a reference name in the reader's script, or the
/// Total row's label).
fn group_cell_ui(
    ui: &mut egui::Ui,
    column: BreakdownColumn,
    group: &GroupSummary,
    numbers: Numbers,
    max_share: f64,
    is_total: bool,
    name: &dyn Fn(&str) -> String,
) {
    let text = match column.value(group) {
        BreakdownValue::Percent(Some(share)) if column == BreakdownColumn::Share && !is_total => {
            share_bar_ui(ui, share, max_share, numbers);
            return;
        }
        BreakdownValue::Text(text) => {
            let text = egui::RichText::new(name(text));
            let text = if is_total { text.strong() } else { text };
            // Labels are not selectable, so a click anywhere on the row drills down.
            ui.add(egui::Label::new(text).truncate().selectable(false));
            return;
        }
        BreakdownValue::Count(count) => format::count(count),
        BreakdownValue::Amount(value) => value.map_or(MISSING.into(), |m| numbers.amount(m)),
        BreakdownValue::Percent(percent) => percent.map_or(MISSING.into(), |p| numbers.percent(p)),
    };
    let text = egui::RichText::new(text);
    let text = if is_total { text.strong() } else { text };
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.add(egui::Label::new(text).selectable(false));
    });
}

/// What a cell with no value shows: missing is not zero.
const MISSING: &str = "–";

/// How the reader writes the breakdown's numbers: amounts in the column unit the header names (万 in Chinese),
/// percentages with or without a space before the sign.
#[derive(Clone, Copy)]
struct Numbers {
    money: crate::format::MoneyFormat,
    lang: Lang,
}

impl Numbers {
    fn amount(self, millions: f64) -> String {
        self.money.number_in(self.lang, millions)
    }

    fn percent(self, value: f64) -> String {
        format::percent_in(self.lang, value)
    }
}

/// The share as a number and an inline bar scaled to the largest group.
fn share_bar_ui(ui: &mut egui::Ui, share_pct: f64, max_share: f64, numbers: Numbers) {
    ui.horizontal(|ui| {
        // The bar takes what the percentage leaves of the column.
        let bar_width = (ui.available_width() - 60.0).clamp(40.0, 240.0);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(bar_width, 10.0), egui::Sense::hover());
        let fraction = (share_pct / max_share).clamp(0.0, 1.0) as f32;
        let visuals = ui.visuals();
        ui.painter().rect_filled(rect, 2.0, visuals.faint_bg_color);
        let mut bar = rect;
        bar.set_width(rect.width() * fraction);
        ui.painter()
            .rect_filled(bar, 2.0, visuals.selection.bg_fill);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.add(egui::Label::new(numbers.percent(share_pct)).selectable(false));
        });
    });
}

fn cross_tab_section_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let view = context.view;
    ui.horizontal(|ui| {
        ui.strong(tr!(
            context.lang,
            "breakdown-cross-tab",
            by = group_title(view.group_by, context.lang).to_lowercase()
        ));
        let label = ui.label(tr!(context.lang, "breakdown-cross-by"));
        let mut cross_by = view.cross_by;
        egui::ComboBox::from_id_salt("cross_by")
            .selected_text(group_title(cross_by, context.lang))
            .show_ui(ui, |ui| {
                for by in GROUPINGS {
                    ui.selectable_value(&mut cross_by, by, group_title(by, context.lang));
                }
            })
            .response
            .labelled_by(label.id);
        if cross_by != view.cross_by {
            commands.push(Command::SetCrossBy(cross_by));
        }
        ui.weak(tr!(
            context.lang,
            "breakdown-cells",
            unit = view.money.unit_in(context.lang)
        ));
    });
    heat_map_table_ui(ui, context, &context.derived.cross_tab);
}

/// The cross-tab as a grid whose cells are shaded by their share of the largest cell, with a Total column and a
/// Total row; an empty combination reads "–", so it cannot be taken for a zero amount.
fn heat_map_table_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, cross: &CrossTab) {
    let max = cross
        .cells
        .iter()
        .flatten()
        .map(|c| c.contracted_usd_m)
        .fold(0.0, f64::max)
        .max(1e-9);
    let column_totals = cross.column_totals();
    let (row_field, column_field) = (context.view.group_by.field(), context.view.cross_by.field());
    let name = |field, label: &str| {
        labels::value_label(context.dataset, field, label, context.lang).into_owned()
    };
    let total = tr!(context.lang, "export-total");
    egui::ScrollArea::both()
        .id_salt("cross_tab_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("cross_tab_grid")
                .striped(false)
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    ui.add_sized([170.0, 18.0], egui::Label::new(""));
                    let headers = cross
                        .column_labels
                        .iter()
                        .map(|label| name(column_field, label));
                    for label in headers.chain([total.clone()]) {
                        ui.add(
                            egui::Label::new(egui::RichText::new(label).small().strong())
                                .truncate(),
                        );
                    }
                    ui.end_row();
                    for (r, (label, cells)) in cross.row_labels.iter().zip(&cross.cells).enumerate()
                    {
                        row_label_ui(ui, &name(row_field, label));
                        for cell in cells {
                            cross_cell_ui(ui, context, cell, Some(max));
                        }
                        cross_cell_ui(ui, context, &cross.row_total(r), None);
                        ui.end_row();
                    }
                    row_label_ui(ui, &total);
                    for total in &column_totals {
                        cross_cell_ui(ui, context, total, None);
                    }
                    cross_cell_ui(ui, context, &cross.grand_total(), None);
                    ui.end_row();
                });
        });
}

fn row_label_ui(ui: &mut egui::Ui, label: &str) {
    ui.allocate_ui_with_layout(
        egui::vec2(170.0, 20.0),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(170.0);
            ui.add(egui::Label::new(egui::RichText::new(label).strong()).truncate());
        },
    );
}

/// One cell: shaded by its share of `shade_max` (totals, with `None`, are not shaded but bold).
fn cross_cell_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    cell: &crate::query::aggregate::CrossCell,
    shade_max: Option<f64>,
) {
    let money = context.view.money;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(78.0, 20.0), egui::Sense::hover());
    let visuals = ui.visuals();
    let text_color = visuals.strong_text_color();
    let (text, color) = if cell.count == 0 {
        (MISSING.to_owned(), visuals.weak_text_color())
    } else {
        if let Some(max) = shade_max {
            let intensity = (cell.contracted_usd_m / max).sqrt() as f32;
            ui.painter().rect_filled(
                rect,
                2.0,
                visuals
                    .selection
                    .bg_fill
                    .gamma_multiply(0.1 + 0.9 * intensity),
            );
        } else {
            ui.painter().rect_filled(rect, 2.0, visuals.faint_bg_color);
        }
        (
            money.number_in(context.lang, cell.contracted_usd_m),
            text_color,
        )
    };
    ui.painter().text(
        rect.right_center() - egui::vec2(4.0, 0.0),
        egui::Align2::RIGHT_CENTER,
        text,
        egui::FontId::proportional(12.0),
        color,
    );
    if cell.count > 0 {
        response.on_hover_text(format!(
            "{} · {}",
            tr!(context.lang, "count-projects", n = cell.count),
            money.format_in(context.lang, cell.contracted_usd_m)
        ));
    }
}
