//! The story panel: the slides of the story being built — add the current view as a slide, reorder, duplicate,
//! rename, caption, delete, jump to a slide (its view becomes the current one), update a slide from the current
//! view, open and save `.story.ron` files, and present. Every button has a shortcut (`ui::shortcuts`).
//!
//! Draws from `ViewContext::story` and pushes [`Command::Story`] edits; the app applies them.

use super::ViewContext;
use crate::command::{Command, StoryEdit};
use crate::query::story::Slide;
use crate::tr;

/// The id of slide `index`'s title field, so F2 can focus it.
pub fn title_id(index: usize) -> egui::Id {
    egui::Id::unique(("story_slide_title", index))
}

/// The id of slide `index`'s caption field, so Shift+F2 can focus it.
pub fn caption_id(index: usize) -> egui::Id {
    egui::Id::unique(("story_slide_caption", index))
}

/// The panel's contents (the caller puts it in a side panel).
pub fn story_panel_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
    let story = context.story;
    ui.horizontal(|ui| {
        ui.heading(tr!(lang, "story-heading"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button(tr!(lang, "story-close")).clicked() {
                commands.push(Command::ShowStory(false));
            }
        });
    });
    let label = ui.label(tr!(lang, "story-title"));
    let mut title = story.title.clone();
    if ui
        .add(
            egui::TextEdit::singleline(&mut title)
                .hint_text(tr!(lang, "story-title-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed()
    {
        commands.push(Command::Story(StoryEdit::SetTitle(title)));
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let buttons = [
            (
                tr!(lang, "story-add"),
                Command::Story(StoryEdit::AddCurrentView),
            ),
            (tr!(lang, "story-present"), Command::StartPresentation),
            (tr!(lang, "story-open"), Command::OpenStoryFile),
            (tr!(lang, "story-save"), Command::SaveStoryFile),
        ];
        for (text, command) in buttons {
            if ui.button(text).clicked() {
                commands.push(command);
            }
        }
    });
    ui.separator();
    if story.slides.is_empty() {
        let key = super::shortcuts::keys_text(ui.ctx(), super::shortcuts::Action::AddSlide);
        ui.add(egui::Label::new(tr!(lang, "story-empty", key = key)).wrap());
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("story_slides")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, slide) in story.slides.iter().enumerate() {
                slide_ui(ui, context, index, slide, commands);
            }
        });
}

/// One slide: its number and title (a click shows it); when selected, its fields and buttons.
fn slide_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    index: usize,
    slide: &Slide,
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let selected = context.ui.story_slide == Some(index);
    let shown_title = if slide.title.is_empty() {
        tr!(lang, "story-untitled")
    } else {
        slide.title.clone()
    };
    let header = ui
        .selectable_label(selected, format!("{}. {shown_title}", index + 1))
        .on_hover_text(tr!(lang, "story-jump-hint"));
    if header.clicked() {
        commands.push(Command::JumpToSlide(index));
    }
    ui.add(
        egui::Label::new(
            egui::RichText::new(
                slide
                    .view
                    .filter
                    .describe_in(context.lang, Some(context.dataset)),
            )
            .small()
            .weak(),
        )
        .truncate(),
    );
    if !selected {
        ui.add_space(4.0);
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let label = ui.label(tr!(lang, "story-slide-title"));
        let mut title = slide.title.clone();
        if ui
            .add(
                egui::TextEdit::singleline(&mut title)
                    .id(title_id(index))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed()
        {
            commands.push(Command::Story(StoryEdit::Rename(index, title)));
        }
        let label = ui.label(tr!(lang, "story-caption"));
        let mut caption = slide.caption.clone();
        if ui
            .add(
                egui::TextEdit::multiline(&mut caption)
                    .id(caption_id(index))
                    .hint_text(tr!(lang, "story-caption-hint"))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed()
        {
            commands.push(Command::Story(StoryEdit::Caption(index, caption)));
        }
        let last = context.story.slides.len() - 1;
        ui.horizontal_wrapped(|ui| {
            let buttons = [
                (
                    tr!(lang, "story-move-up"),
                    index > 0,
                    StoryEdit::Move {
                        from: index,
                        to: index.saturating_sub(1),
                    },
                ),
                (
                    tr!(lang, "story-move-down"),
                    index < last,
                    StoryEdit::Move {
                        from: index,
                        to: index + 1,
                    },
                ),
                (
                    tr!(lang, "story-duplicate"),
                    true,
                    StoryEdit::Duplicate(index),
                ),
                (
                    tr!(lang, "story-update"),
                    true,
                    StoryEdit::UpdateFromView(index),
                ),
                (tr!(lang, "story-delete"), true, StoryEdit::Remove(index)),
            ];
            for (text, enabled, edit) in buttons {
                if ui.add_enabled(enabled, egui::Button::new(text)).clicked() {
                    commands.push(Command::Story(edit));
                }
            }
        });
    });
    ui.add_space(6.0);
}
