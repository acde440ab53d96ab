//! The menu bar: File, View (theme, currency, units, columns), Help.

use super::ViewContext;

/// Ctrl+Z (⌘Z on macOS) and Ctrl+Shift+Z.
pub const UNDO: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);
pub const REDO: egui::KeyboardShortcut = egui::KeyboardShortcut::new(
    egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
    egui::Key::Z,
);
use crate::command::Command;
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
        ui.menu_button("Edit", |ui| {
            let undo = ui.add_enabled(
                context.can_undo,
                egui::Button::new(Command::Undo.text())
                    .shortcut_text(ui.ctx().format_shortcut(&UNDO)),
            );
            if undo.clicked() {
                commands.push(Command::Undo);
            }
            let redo = ui.add_enabled(
                context.can_redo,
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
}
