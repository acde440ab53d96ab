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
use crate::i18n::Lang;
use crate::state::Theme;
use crate::tr;

pub fn menu_bar_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr!(lang, "menu-file"), |ui| {
            for command in [Command::OpenFileDialog, Command::CopySelectedRows] {
                if ui.button(command.text(lang)).clicked() {
                    commands.push(command);
                }
            }
            ui.separator();
            for command in [Command::ImportViewFile, Command::ExportViewFile] {
                if ui.button(command.text(lang)).clicked() {
                    commands.push(command);
                }
            }
            story_file_items_ui(ui, context, commands);
        });
        ui.menu_button(tr!(lang, "menu-export"), |ui| {
            export_items_ui(ui, context, Scope::Everything, commands)
        });
        ui.menu_button(tr!(lang, "menu-edit"), |ui| {
            let undo = ui.add_enabled(
                context.activity.can_undo,
                egui::Button::new(Command::Undo.text(lang))
                    .shortcut_text(ui.ctx().format_shortcut(&UNDO)),
            );
            if undo.clicked() {
                commands.push(Command::Undo);
            }
            let redo = ui.add_enabled(
                context.activity.can_redo,
                egui::Button::new(Command::Redo.text(lang))
                    .shortcut_text(ui.ctx().format_shortcut(&REDO)),
            );
            if redo.clicked() {
                commands.push(Command::Redo);
            }
        });
        ui.menu_button(tr!(lang, "menu-view"), |ui| {
            view_menu_ui(ui, context, commands)
        });
        ui.menu_button(tr!(lang, "menu-help"), |ui| {
            if ui.button(Command::ShowAbout(true).text(lang)).clicked() {
                commands.push(Command::ShowAbout(true));
            }
            shortcuts_item_ui(ui, context, commands);
        });
    });
}

fn view_menu_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
    ui.label(egui::RichText::new(tr!(lang, "menu-view-language")).weak())
        .on_hover_text(tr!(lang, "menu-view-language-hint"));
    for choice in Lang::ALL {
        // Each language in its own script, so a reader finds theirs whatever the current one is.
        if ui.radio(lang == choice, choice.native_name()).clicked() {
            commands.push(Command::SetLang(choice));
        }
    }
    ui.separator();
    ui.label(egui::RichText::new(tr!(lang, "menu-view-theme")).weak());
    for (theme, title) in [
        (Theme::Light, tr!(lang, "menu-view-theme-light")),
        (Theme::Dark, tr!(lang, "menu-view-theme-dark")),
    ] {
        if ui.radio(context.theme == theme, title).clicked() {
            commands.push(Command::SetTheme(theme));
        }
    }
    projector_item_ui(ui, context, commands);
    presentation_items_ui(ui, context, commands);
    ui.separator();
    let money = context.view.money;
    ui.label(egui::RichText::new(tr!(lang, "menu-view-currency")).weak());
    for (currency, title) in [
        (Currency::Usd, tr!(lang, "money-currency-usd")),
        (Currency::Cny, tr!(lang, "money-currency-cny")),
        (Currency::Hkd, tr!(lang, "money-currency-hkd")),
    ] {
        if ui.radio(money.currency == currency, title).clicked() {
            commands.push(Command::SetMoney(MoneyFormat { currency, ..money }));
        }
    }
    ui.separator();
    ui.label(egui::RichText::new(tr!(lang, "menu-view-amounts-in")).weak());
    for scale in Scale::ALL {
        let title = match scale {
            Scale::Auto => tr!(lang, "money-scale-auto"),
            Scale::Millions => tr!(lang, "money-scale-millions"),
            Scale::Billions => tr!(lang, "money-scale-billions"),
            Scale::Wan => tr!(lang, "money-scale-wan"),
            Scale::Yi => tr!(lang, "money-scale-yi"),
        };
        if ui.radio(money.scale == scale, title).clicked() {
            commands.push(Command::SetMoney(MoneyFormat { scale, ..money }));
        }
    }
    ui.separator();
    client_safe_ui(ui, context, commands);
}

/// *View ▸ Client-safe*: the switch, the columns to hide while it is on, and the watermark's recipient.
fn client_safe_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
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
                .checkbox(
                    &mut hidden,
                    crate::query::labels::column_title_in(table, column, lang),
                )
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
        if !context.ui.selected_rows.is_empty() {
            kinds.extend(
                [RowFormat::Csv, RowFormat::Xlsx]
                    .into_iter()
                    .map(ExportKind::SelectedRows),
            );
        }
    }
    // The totals behind the current tab: the breakdown, the chart's data or the map's districts.
    let groups_by = match tab {
        Tab::Charts if view.chart == ChartKind::OverTime => GroupBy::Year,
        Tab::Charts => GroupBy::Sector,
        Tab::Map | Tab::Opportunities => GroupBy::District,
        Tab::Table | Tab::Breakdown => view.group_by,
    };
    if scope == Scope::Everything || tab == Tab::Opportunities {
        kinds.extend(super::opportunities::export_kinds(context));
    }
    if scope == Scope::Everything || !matches!(tab, Tab::Table | Tab::Opportunities) {
        for format in [TableFormat::Csv, TableFormat::Xlsx] {
            kinds.push(ExportKind::Groups(groups_by, format));
        }
    }
    // The chart's own series, exactly as drawn, for rebuilding it in a presentation.
    if tab == Tab::Charts {
        for format in [TableFormat::Csv, TableFormat::Xlsx] {
            kinds.push(ExportKind::ChartData(format));
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
            .add_enabled(enabled, egui::Button::new(kind.label(context.lang)))
            .clicked()
        {
            commands.push(Command::Export(kind));
        }
    }
    ui.separator();
    let lang = context.lang;
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
    ui.weak(tr!(
        context.lang,
        "export-menu-note",
        shown = context.derived.selection.len(),
        total = context.dataset.projects.len()
    ));
}

// The story, presentation and shortcut items (issue 11): each with its key from the one shortcut table.

fn story_file_items_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    use super::shortcuts::{Action, menu_item_ui};
    let lang = context.lang;
    ui.separator();
    menu_item_ui(
        ui,
        tr!(lang, "menu-open-story"),
        Action::OpenStory,
        Command::OpenStoryFile,
        commands,
    );
    menu_item_ui(
        ui,
        tr!(lang, "menu-save-story"),
        Action::SaveStory,
        Command::SaveStoryFile,
        commands,
    );
}

fn projector_item_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let projector = Theme::Projector;
    if ui
        .radio(
            context.theme == projector,
            tr!(context.lang, "menu-view-theme-projector"),
        )
        .on_hover_text(tr!(context.lang, "menu-view-theme-projector-hint"))
        .clicked()
    {
        commands.push(Command::SetTheme(projector));
    }
}

fn presentation_items_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) {
    use super::shortcuts::{Action, menu_item_ui};
    let lang = context.lang;
    ui.separator();
    menu_item_ui(
        ui,
        tr!(lang, "menu-view-present"),
        Action::Present,
        Command::StartPresentation,
        commands,
    );
    let show = !context.ui.show_story;
    menu_item_ui(
        ui,
        tr!(lang, "menu-view-story"),
        Action::ToggleStory,
        Command::ShowStory(show),
        commands,
    );
}

fn shortcuts_item_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    use super::shortcuts::{Action, menu_item_ui};
    let text = tr!(context.lang, "menu-help-shortcuts");
    menu_item_ui(
        ui,
        text,
        Action::ShowShortcuts,
        Command::ShowShortcuts(true),
        commands,
    );
}
