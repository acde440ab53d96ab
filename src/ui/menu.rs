//! The menu bar: File, View (theme, currency, units, columns), Help.

use super::ViewContext;

/// Ctrl+Z (⌘Z on macOS) and Ctrl+Shift+Z.
pub const UNDO: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);
pub const REDO: egui::KeyboardShortcut = egui::KeyboardShortcut::new(
    egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
    egui::Key::Z,
);
use crate::command::{Command, ExportKind};
use crate::format::{Currency, MoneyFormat, Scale};
use crate::state::Theme;

pub fn menu_bar_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button(Command::OpenFileDialog.text()).clicked() {
                commands.push(Command::OpenFileDialog);
            }
            if ui.button(Command::CopySelectedRows.text()).clicked() {
                commands.push(Command::CopySelectedRows);
            }
            ui.separator();
            for command in [Command::ImportViewFile, Command::ExportViewFile] {
                if ui.button(command.text()).clicked() {
                    commands.push(command);
                }
            }
        });
        ui.menu_button("Export", |ui| {
            export_items_ui(ui, context, Scope::Everything, commands)
        });
        ui.menu_button("Edit", |ui| {
            let undo = ui.add_enabled(
                context.activity.can_undo,
                egui::Button::new(Command::Undo.text())
                    .shortcut_text(ui.ctx().format_shortcut(&UNDO)),
            );
            if undo.clicked() {
                commands.push(Command::Undo);
            }
            let redo = ui.add_enabled(
                context.activity.can_redo,
                egui::Button::new(Command::Redo.text())
                    .shortcut_text(ui.ctx().format_shortcut(&REDO)),
            );
            if redo.clicked() {
                commands.push(Command::Redo);
            }
        });
        ui.menu_button("View", |ui| view_menu_ui(ui, context, commands));
        ui.menu_button("Help", |ui| {
            if ui.button(Command::ShowAbout(true).text()).clicked() {
                commands.push(Command::ShowAbout(true));
            }
        });
    });
}

fn view_menu_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    ui.label(egui::RichText::new("Theme").weak());
    for (theme, title) in [(Theme::Light, "Light"), (Theme::Dark, "Dark")] {
        if ui.radio(context.theme == theme, title).clicked() {
            commands.push(Command::SetTheme(theme));
        }
    }
    ui.separator();
    let money = context.view.money;
    ui.label(egui::RichText::new("Currency").weak());
    for (currency, title) in [
        (Currency::Usd, "US dollars (USD)"),
        (
            Currency::Cny,
            "Renminbi (CNY, at each contract year's rate)",
        ),
    ] {
        if ui.radio(money.currency == currency, title).clicked() {
            commands.push(Command::SetMoney(MoneyFormat { currency, ..money }));
        }
    }
    ui.separator();
    ui.label(egui::RichText::new("Amounts in").weak());
    for scale in Scale::ALL {
        if ui.radio(money.scale == scale, scale.title()).clicked() {
            commands.push(Command::SetMoney(MoneyFormat { scale, ..money }));
        }
    }
    ui.separator();
    client_safe_ui(ui, context, commands);
}

/// *View ▸ Client-safe*: the switch, the columns to hide while it is on, and the watermark's recipient.
fn client_safe_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = crate::i18n::Lang::En;
    let current = context.client_safe;
    let mut enabled = current.enabled;
    if ui
        .checkbox(&mut enabled, crate::tr!(lang, "menu-view-client-safe"))
        .on_hover_text(crate::tr!(lang, "client-safe-badge-hint"))
        .changed()
    {
        commands.push(Command::SetClientSafe(crate::query::ClientSafe {
            enabled,
            ..current.clone()
        }));
    }
    ui.menu_button(crate::tr!(lang, "menu-view-confidential-columns"), |ui| {
        let table = &context.dataset.projects;
        for column in table.columns() {
            let name = table.column_name(column);
            let mut hidden = current.confidential.contains(name);
            if ui
                .checkbox(&mut hidden, table.column_title(column))
                .changed()
            {
                let mut next = current.clone();
                if hidden {
                    next.confidential.insert(name.to_owned());
                } else {
                    next.confidential.remove(name);
                }
                commands.push(Command::SetClientSafe(next));
            }
        }
    });
    let label = ui.label(crate::tr!(lang, "menu-view-prepared-for"));
    let mut recipient = current.prepared_for.clone();
    if ui
        .add(egui::TextEdit::singleline(&mut recipient).desired_width(180.0))
        .labelled_by(label.id)
        .changed()
    {
        commands.push(Command::SetClientSafe(crate::query::ClientSafe {
            prepared_for: recipient,
            ..current.clone()
        }));
    }
}

/// Which exports a menu offers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The menu bar: everything.
    Everything,
    /// A tab's own button: what that tab shows.
    Tab,
}

/// The export items: projects in every row format, and the totals the current tab shows.
pub fn export_items_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    scope: Scope,
    commands: &mut Vec<Command>,
) {
    use crate::export::{RowFormat, TableFormat};
    use crate::query::{ChartKind, GroupBy, Tab};

    let view = context.view;
    let tab = view.tab;
    let shows_rows = scope == Scope::Everything || tab == Tab::Table;
    let mut kinds: Vec<ExportKind> = Vec::new();
    if shows_rows {
        kinds.extend(RowFormat::ALL.into_iter().map(ExportKind::Rows));
    }
    // The totals behind the current tab: the breakdown, the chart's data or the map's districts.
    let groups_by = match tab {
        Tab::Charts if view.chart == ChartKind::OverTime => GroupBy::Year,
        Tab::Charts => GroupBy::Sector,
        Tab::Map => GroupBy::District,
        Tab::Table | Tab::Breakdown => view.group_by,
    };
    if scope == Scope::Everything || tab != Tab::Table {
        for format in [TableFormat::Csv, TableFormat::Xlsx] {
            kinds.push(ExportKind::Groups(groups_by, format));
        }
    }
    if scope == Scope::Everything || tab == Tab::Breakdown {
        for format in [TableFormat::Csv, TableFormat::Xlsx] {
            kinds.push(ExportKind::CrossTab(format));
        }
    }
    if matches!(tab, Tab::Charts | Tab::Map) {
        kinds.push(ExportKind::Picture(tab));
    }
    let enabled = !context.activity.exporting && !context.derived.selection.is_empty();
    for kind in kinds {
        if ui
            .add_enabled(enabled, egui::Button::new(kind.label()))
            .clicked()
        {
            commands.push(Command::Export(kind));
        }
    }
    ui.separator();
    let lang = crate::i18n::Lang::En;
    let brief = ui.add_enabled(
        !context.activity.exporting,
        egui::Button::new(crate::tr!(lang, "menu-export-brief-pdf")),
    );
    if brief.clicked() {
        commands.push(Command::Export(ExportKind::BriefPdf));
    }
    if scope == Scope::Everything {
        let story = ui.add_enabled(
            !context.activity.exporting,
            egui::Button::new(crate::tr!(lang, "menu-export-story-pdf")),
        );
        if story.clicked() {
            commands.push(Command::ExportStoryPdf);
        }
    }
    ui.separator();
    ui.weak(format!(
        "{} of {} projects · files describe their filters, units and source",
        crate::format::count(context.derived.selection.len()),
        crate::format::count(context.dataset.projects.len())
    ));
}
