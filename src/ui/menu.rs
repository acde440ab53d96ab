//! The menu bar: File, View (theme, currency, units, columns), Help.

use super::ViewContext;
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
