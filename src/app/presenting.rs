//! The story and presentation mode: applying story edits, jumping to a slide, reading and writing `.story.ron`
//! files, and running a presentation — full screen, scaled so body text is 25 px on a 1920×1080 projector
//! (28 in the projector theme), each slide's view shown as the current view, and the view from before restored exactly on leaving.

use std::path::Path;

use super::ExplorerApp;
use crate::command::StoryEdit;
use crate::export::{ExportError, write_atomically};
use crate::query::present::{PresentStep, Presentation};
use crate::query::story::Story;
use crate::tr;

/// The screen a slide is designed for; a smaller one shows it proportionally smaller.
const FULL_HD: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// Body text on a full-HD projector, in pixels: at least 24 for the back of the room; larger in the projector
/// theme, whose type is larger everywhere.
const BODY_PX: f32 = 25.0;
const PROJECTOR_BODY_PX: f32 = 28.0;

/// The window's scale and full-screen state from before the presentation, restored on leaving.
#[derive(Clone, Copy, Debug)]
pub(super) struct WindowBefore {
    zoom: f32,
    /// The window's inner size in points, when known.
    size: Option<egui::Vec2>,
}

impl ExplorerApp {
    pub(super) fn edit_story(&mut self, edit: StoryEdit) {
        let untitled = tr!(self.state.lang, "story-untitled");
        if let Some(index) = edit.apply(&mut self.state.story, &self.state.view, &untitled) {
            self.ui.story_slide = Some(index);
            self.ui.show_story = true;
        }
        if self.state.story.slides.is_empty() {
            self.ui.story_slide = None;
        }
    }

    /// Slide `index`'s view becomes the current view (the caller records the undo step).
    pub(super) fn jump_to_slide(&mut self, index: usize) {
        if let Some(slide) = self.state.story.slides.get(index) {
            self.state.view = slide.view.clone();
            self.ui.story_slide = Some(index);
        }
    }

    /// Starts presenting at slide `index` (from 0; clamped), as `--present --slide N` asks.
    pub fn present_from(&mut self, index: usize) {
        self.ui.story_slide = Some(index.min(self.state.story.slides.len().saturating_sub(1)));
        self.commands
            .push(crate::command::Command::StartPresentation);
    }

    /// Presents the story from the selected slide (or the current view, without a story).
    pub(super) fn start_presentation(&mut self) {
        if self.ui.presentation.is_some() {
            return;
        }
        let untitled = tr!(self.state.lang, "present-current-view");
        let start = self.ui.story_slide.unwrap_or(0);
        let presentation = Presentation::new(&self.state.story, &self.state.view, start, &untitled);
        self.state.view = presentation.slide().view.clone();
        self.ui.presentation = Some(presentation);
    }

    pub(super) fn present_step(&mut self, step: PresentStep) {
        let Some(presentation) = &mut self.ui.presentation else {
            return;
        };
        if let Some(view) = presentation.step(step) {
            self.state.view = view;
        }
        if step == PresentStep::Leave {
            self.ui.presentation = None;
        }
    }

    /// Full screen and the slide's scale while presenting; the window as it was afterwards.
    pub(super) fn fit_presentation_window(&mut self, ctx: &egui::Context) {
        match (&self.ui.presentation, self.window_before) {
            (Some(_), before) => {
                if before.is_none() {
                    let (size, monitor) = ctx.input(|i| {
                        let viewport = i.viewport();
                        (viewport.inner_rect.map(|r| r.size()), viewport.monitor_size)
                    });
                    self.window_before = Some(WindowBefore {
                        zoom: ctx.zoom_factor(),
                        size,
                    });
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
                    // Without a window manager (a virtual display for `--present --screenshot`) full screen is a
                    // request nobody grants: fill the monitor by hand.
                    if let Some(monitor) = monitor {
                        ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(
                            egui::Pos2::ZERO,
                        ));
                        ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
                    }
                    // Sizes above are in points at the present scale: change the scale from the next frame.
                    return;
                }
                let pixels = ctx.content_rect().size() * ctx.pixels_per_point();
                let native = ctx.native_pixels_per_point().unwrap_or(1.0).max(0.1);
                let screen = (pixels.x / FULL_HD.x).min(pixels.y / FULL_HD.y);
                let body_px = if self.state.theme == crate::state::Theme::Projector {
                    PROJECTOR_BODY_PX
                } else {
                    BODY_PX
                };
                let body_points = ctx.global_style().text_styles[&egui::TextStyle::Body].size;
                let zoom = (body_px * screen / (body_points * native)).max(1.0);
                if (ctx.zoom_factor() - zoom).abs() > 0.01 {
                    ctx.set_zoom_factor(zoom);
                }
            }
            (None, Some(before)) => {
                let presenting_zoom = ctx.zoom_factor();
                ctx.set_zoom_factor(before.zoom);
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                if let Some(size) = before.size {
                    // In points at this frame's (the presentation's) scale, which the command is read in.
                    let points = size * before.zoom / presenting_zoom;
                    ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(points));
                }
                self.window_before = None;
            }
            (None, None) => {}
        }
    }

    /// Reads a story file in place of the story: a bad file is one located message and changes nothing.
    pub(super) fn open_story_file(&mut self, path: &Path) {
        match Story::load(path) {
            Ok(story) => self.use_story(story, &path.display().to_string()),
            Err(error) => self.ui.warn(tr!(
                self.state.lang,
                "story-open-failed",
                error = crate::query::messages::load_error(&error, self.state.lang)
            )),
        }
    }

    /// Makes `story` (read from `file`) the story; names this data does not have are a warning (those slides
    /// match nothing here), as for a saved view.
    pub fn use_story(&mut self, story: Story, file: &str) {
        let lang = self.state.lang;
        let warnings: Vec<String> = story
            .warnings(&self.dataset.projects)
            .into_iter()
            .map(|(slide, warning)| tr!(lang, "story-warning", slide = slide, warning = warning))
            .collect();
        let slides = story.slides.len();
        self.state.story = story;
        self.ui.story_slide = (slides > 0).then_some(0);
        self.ui.show_story = true;
        let file = file.to_owned();
        if warnings.is_empty() {
            self.ui
                .tell(tr!(lang, "story-opened", file = file, slides = slides));
        } else {
            self.ui.warn(tr!(
                lang,
                "story-opened-warnings",
                file = file,
                slides = slides,
                warnings = warnings.join("; ")
            ));
        }
    }

    pub(super) fn save_story_file(&mut self, path: &Path) {
        let lang = self.state.lang;
        let result = self
            .state
            .story
            .to_ron()
            .map_err(|e| ExportError::Encode(e.to_string()))
            .and_then(|text| {
                write_atomically(path, |out| {
                    out.write_all(text.as_bytes())
                        .map_err(|source| ExportError::Io {
                            path: path.display().to_string(),
                            source,
                        })
                })
            });
        let file = path.display().to_string();
        match result {
            Ok(()) => self.ui.tell(tr!(lang, "story-saved", file = file)),
            Err(error) => self
                .ui
                .warn(tr!(lang, "story-save-failed", error = error.to_string())),
        }
    }
}
