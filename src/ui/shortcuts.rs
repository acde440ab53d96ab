//! Every keyboard shortcut, in one table: the handler reads it each frame and *Help ▸ Keyboard shortcuts* lists it,
//! so the two can never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::ViewContext;
use crate::command::{Command, ExportKind, StoryEdit};
use crate::i18n::Lang;
use crate::query::Tab;
use crate::query::present::PresentStep;
use crate::state::Theme;
use crate::tr;

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Open,
    FocusSearch,
    Export,
    ShowTab(Tab),
    Undo,
    Redo,
    Present,
    ToggleStory,
    AddSlide,
    DuplicateSlide,
    DeleteSlide,
    MoveSlideUp,
    MoveSlideDown,
    RenameSlide,
    EditCaption,
    UpdateSlide,
    NextStorySlide,
    PreviousStorySlide,
    OpenStory,
    SaveStory,
    ProjectorTheme,
    ShowShortcuts,
    /// In presentation mode.
    Step(PresentStep),
}

/// Where a shortcut works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The explorer window. `typing`: also while a text field has focus (it does not edit text).
    Window {
        typing: bool,
    },
    Presenting,
}

/// One key (with modifiers) bound to an action.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub action: Action,
    pub keys: KeyboardShortcut,
    pub mode: Mode,
}

const fn bind(action: Action, modifiers: Modifiers, key: Key, mode: Mode) -> Binding {
    Binding {
        action,
        keys: KeyboardShortcut::new(modifiers, key),
        mode,
    }
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;
const ANY: Mode = Mode::Window { typing: true };
const IDLE: Mode = Mode::Window { typing: false };
const SHOW: Mode = Mode::Presenting;

/// The table, in the order the help window lists it.
pub const BINDINGS: [Binding; 36] = [
    bind(Action::Open, CTRL, Key::O, ANY),
    bind(Action::FocusSearch, CTRL, Key::F, ANY),
    bind(Action::Export, CTRL, Key::E, ANY),
    bind(Action::ShowTab(Tab::Table), CTRL, Key::Num1, ANY),
    bind(Action::ShowTab(Tab::Breakdown), CTRL, Key::Num2, ANY),
    bind(Action::ShowTab(Tab::Charts), CTRL, Key::Num3, ANY),
    bind(Action::ShowTab(Tab::Map), CTRL, Key::Num4, ANY),
    bind(Action::ShowTab(Tab::Opportunities), CTRL, Key::Num5, ANY),
    bind(Action::Undo, super::menu::UNDO.modifiers, Key::Z, ANY),
    bind(Action::Redo, super::menu::REDO.modifiers, Key::Z, ANY),
    bind(Action::ProjectorTheme, CTRL_SHIFT, Key::P, ANY),
    bind(Action::ShowShortcuts, NONE, Key::F1, ANY),
    bind(Action::Present, NONE, Key::F5, ANY),
    bind(Action::ToggleStory, CTRL_SHIFT, Key::T, ANY),
    bind(Action::AddSlide, CTRL, Key::M, ANY),
    bind(Action::DuplicateSlide, CTRL, Key::D, IDLE),
    bind(Action::DeleteSlide, CTRL, Key::Delete, IDLE),
    bind(Action::MoveSlideUp, Modifiers::ALT, Key::ArrowUp, IDLE),
    bind(Action::MoveSlideDown, Modifiers::ALT, Key::ArrowDown, IDLE),
    bind(Action::RenameSlide, NONE, Key::F2, ANY),
    bind(Action::EditCaption, Modifiers::SHIFT, Key::F2, ANY),
    bind(Action::UpdateSlide, CTRL, Key::U, IDLE),
    bind(Action::NextStorySlide, CTRL, Key::PageDown, ANY),
    bind(Action::PreviousStorySlide, CTRL, Key::PageUp, ANY),
    bind(Action::OpenStory, CTRL_SHIFT, Key::O, ANY),
    bind(Action::SaveStory, CTRL_SHIFT, Key::S, ANY),
    bind(Action::Step(PresentStep::Next), NONE, Key::ArrowRight, SHOW),
    bind(Action::Step(PresentStep::Next), NONE, Key::Space, SHOW),
    bind(Action::Step(PresentStep::Next), NONE, Key::PageDown, SHOW),
    bind(
        Action::Step(PresentStep::Previous),
        NONE,
        Key::ArrowLeft,
        SHOW,
    ),
    bind(Action::Step(PresentStep::Previous), NONE, Key::PageUp, SHOW),
    bind(Action::Step(PresentStep::First), NONE, Key::Home, SHOW),
    bind(Action::Step(PresentStep::Last), NONE, Key::End, SHOW),
    bind(Action::Step(PresentStep::JumpTyped), NONE, Key::Enter, SHOW),
    bind(Action::Step(PresentStep::Revert), NONE, Key::R, SHOW),
    bind(Action::Step(PresentStep::Leave), NONE, Key::Escape, SHOW),
];

/// The digit keys, which type the number of a slide to jump to while presenting.
const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

impl Action {
    /// What the help window says the action does.
    pub fn description(self, lang: Lang) -> String {
        match self {
            Action::Open => tr!(lang, "key-open"),
            Action::FocusSearch => tr!(lang, "key-focus-search"),
            Action::Export => tr!(lang, "key-export"),
            Action::ShowTab(Tab::Table) => tr!(lang, "key-tab-table"),
            Action::ShowTab(Tab::Breakdown) => tr!(lang, "key-tab-breakdown"),
            Action::ShowTab(Tab::Charts) => tr!(lang, "key-tab-charts"),
            Action::ShowTab(Tab::Map) => tr!(lang, "key-tab-map"),
            Action::ShowTab(Tab::Opportunities) => tr!(lang, "key-tab-opportunities"),
            Action::Undo => tr!(lang, "key-undo"),
            Action::Redo => tr!(lang, "key-redo"),
            Action::Present => tr!(lang, "key-present"),
            Action::ToggleStory => tr!(lang, "key-story-panel"),
            Action::AddSlide => tr!(lang, "key-add-slide"),
            Action::DuplicateSlide => tr!(lang, "key-duplicate-slide"),
            Action::DeleteSlide => tr!(lang, "key-delete-slide"),
            Action::MoveSlideUp => tr!(lang, "key-move-slide-up"),
            Action::MoveSlideDown => tr!(lang, "key-move-slide-down"),
            Action::RenameSlide => tr!(lang, "key-rename-slide"),
            Action::EditCaption => tr!(lang, "key-edit-caption"),
            Action::UpdateSlide => tr!(lang, "key-update-slide"),
            Action::NextStorySlide => tr!(lang, "key-next-story-slide"),
            Action::PreviousStorySlide => tr!(lang, "key-previous-story-slide"),
            Action::OpenStory => tr!(lang, "key-open-story"),
            Action::SaveStory => tr!(lang, "key-save-story"),
            Action::ProjectorTheme => tr!(lang, "key-projector-theme"),
            Action::ShowShortcuts => tr!(lang, "key-shortcuts"),
            Action::Step(PresentStep::Next) => tr!(lang, "key-present-next"),
            Action::Step(PresentStep::Previous) => tr!(lang, "key-present-previous"),
            Action::Step(PresentStep::First) => tr!(lang, "key-present-first"),
            Action::Step(PresentStep::Last) => tr!(lang, "key-present-last"),
            Action::Step(PresentStep::JumpTyped | PresentStep::Digit(_)) => {
                tr!(lang, "key-present-jump")
            }
            Action::Step(PresentStep::Revert) => tr!(lang, "key-present-revert"),
            Action::Step(PresentStep::Leave) => tr!(lang, "key-present-leave"),
        }
    }

    /// The command the action asks for in the window as `context` shows it; `None` for what only moves focus
    /// (the ui does that itself) or when there is nothing to act on.
    fn command(self, context: &ViewContext<'_>) -> Option<Command> {
        let selected = context
            .ui
            .story_slide
            .filter(|&i| i < context.story.slides.len());
        let last = context.story.slides.len().checked_sub(1);
        Some(match self {
            Action::Open => Command::OpenFileDialog,
            Action::Export => Command::Export(ExportKind::for_tab(context.view)),
            Action::ShowTab(tab) => Command::SetTab(tab),
            Action::Undo => Command::Undo,
            Action::Redo => Command::Redo,
            Action::Present => Command::StartPresentation,
            Action::ToggleStory => Command::ShowStory(!context.ui.show_story),
            Action::AddSlide => Command::Story(StoryEdit::AddCurrentView),
            Action::DuplicateSlide => Command::Story(StoryEdit::Duplicate(selected?)),
            Action::DeleteSlide => Command::Story(StoryEdit::Remove(selected?)),
            Action::MoveSlideUp => {
                let from = selected?;
                Command::Story(StoryEdit::Move {
                    from,
                    to: from.checked_sub(1)?,
                })
            }
            Action::MoveSlideDown => {
                let from = selected?;
                Command::Story(StoryEdit::Move { from, to: from + 1 })
            }
            Action::UpdateSlide => Command::Story(StoryEdit::UpdateFromView(selected?)),
            Action::NextStorySlide => {
                Command::JumpToSlide(selected.map_or(Some(0), |i| (i < last?).then_some(i + 1))?)
            }
            Action::PreviousStorySlide => {
                Command::JumpToSlide(selected.map_or(last, |i| i.checked_sub(1))?)
            }
            Action::OpenStory => Command::OpenStoryFile,
            Action::SaveStory => Command::SaveStoryFile,
            Action::ProjectorTheme => Command::SetTheme(if context.theme == Theme::Projector {
                Theme::Light
            } else {
                Theme::Projector
            }),
            Action::ShowShortcuts => Command::ShowShortcuts(!context.ui.show_shortcuts),
            Action::Step(step) => Command::Present(step),
            Action::FocusSearch | Action::RenameSlide | Action::EditCaption => return None,
        })
    }
}

/// Reads this frame's shortcuts for the window (or, while presenting, for the presentation) and pushes their
/// commands; actions that move the keyboard focus are done here.
pub fn shortcuts_ui(ui: &egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let presenting = context.ui.presentation.is_some();
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    let mut bindings: Vec<&Binding> = BINDINGS
        .iter()
        .filter(|b| match b.mode {
            Mode::Presenting => presenting,
            Mode::Window { typing: ok } => !presenting && (ok || !typing),
        })
        .collect();
    // The most specific first: Ctrl+Shift+Z must not be read as Ctrl+Z (egui ignores extra Shift and Alt).
    bindings.sort_by_key(|b| std::cmp::Reverse(modifier_count(b.keys.modifiers)));
    for binding in bindings {
        if !ui.input_mut(|i| i.consume_shortcut(&binding.keys)) {
            continue;
        }
        match binding.action {
            Action::FocusSearch => {
                ui.memory_mut(|m| m.request_focus(super::filter_panel::search_id()))
            }
            Action::RenameSlide | Action::EditCaption => {
                if let Some(index) = context.ui.story_slide {
                    let id = if binding.action == Action::RenameSlide {
                        super::story::title_id(index)
                    } else {
                        super::story::caption_id(index)
                    };
                    ui.memory_mut(|m| m.request_focus(id));
                }
            }
            action => commands.extend(action.command(context)),
        }
    }
    if presenting {
        for (digit, key) in (0u8..).zip(DIGITS) {
            if ui.input_mut(|i| i.consume_key(NONE, key)) {
                commands.push(Command::Present(PresentStep::Digit(digit)));
            }
        }
    }
}

/// The first key of `action` as the menus show it ("F5", "Ctrl+M"), for a menu item's shortcut text.
pub fn keys_text(ctx: &egui::Context, action: Action) -> String {
    BINDINGS
        .iter()
        .find(|b| b.action == action)
        .map(|b| ctx.format_shortcut(&b.keys))
        .unwrap_or_default()
}

/// A menu item that pushes `command`, with `action`'s shortcut beside it.
pub fn menu_item_ui(
    ui: &mut egui::Ui,
    text: String,
    action: Action,
    command: Command,
    commands: &mut Vec<Command>,
) {
    let button = egui::Button::new(text).shortcut_text(keys_text(ui.ctx(), action));
    if ui.add(button).clicked() {
        commands.push(command);
        ui.close();
    }
}

fn modifier_count(modifiers: Modifiers) -> usize {
    [
        modifiers.alt,
        modifiers.shift,
        modifiers.ctrl || modifiers.command || modifiers.mac_cmd,
    ]
    .into_iter()
    .filter(|&m| m)
    .count()
}

/// *Help ▸ Keyboard shortcuts*: the table above, each action once with all its keys.
pub fn shortcuts_window_ui(
    ctx: &egui::Context,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let mut open = true;
    egui::Window::new(tr!(lang, "shortcuts-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(560.0)
                .show(ui, |ui| {
                    for (heading, presenting) in [
                        (tr!(lang, "shortcuts-window"), false),
                        (tr!(lang, "shortcuts-presenting"), true),
                    ] {
                        ui.strong(heading);
                        egui::Grid::new(("shortcuts", presenting))
                            .num_columns(2)
                            .striped(true)
                            .show(ui, |ui| {
                                for (action, keys) in rows(ctx, presenting) {
                                    ui.monospace(keys);
                                    ui.label(action.description(lang));
                                    ui.end_row();
                                }
                            });
                        ui.add_space(8.0);
                    }
                });
        });
    if !open {
        commands.push(Command::ShowShortcuts(false));
    }
}

/// Each action of one mode once, with all its keys ("→ / Space / PageDown"), in table order.
fn rows(ctx: &egui::Context, presenting: bool) -> Vec<(Action, String)> {
    let mut rows: Vec<(Action, String)> = Vec::new();
    for binding in BINDINGS
        .iter()
        .filter(|b| (b.mode == Mode::Presenting) == presenting)
    {
        let mut keys = ctx.format_shortcut(&binding.keys);
        if binding.action == Action::Step(PresentStep::JumpTyped) {
            keys = format!("0–9, {keys}");
        }
        match rows
            .iter_mut()
            .find(|(action, _)| *action == binding.action)
        {
            Some((_, existing)) => {
                existing.push_str(" / ");
                existing.push_str(&keys);
            }
            None => rows.push((binding.action, keys)),
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_bindings_of_a_mode_share_keys() {
        for (index, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[index + 1..] {
                let same_mode = (a.mode == Mode::Presenting) == (b.mode == Mode::Presenting);
                assert!(
                    !(same_mode && a.keys == b.keys),
                    "{:?} and {:?} share {:?}",
                    a.action,
                    b.action,
                    a.keys
                );
            }
        }
    }

    #[test]
    fn every_action_is_described_in_every_language() {
        for binding in BINDINGS {
            for lang in [Lang::En, Lang::ZhHans, Lang::ZhHant] {
                let text = binding.action.description(lang);
                assert!(
                    !text.starts_with("key-"),
                    "{:?} in {lang:?}: {text}",
                    binding.action
                );
            }
        }
    }
}
