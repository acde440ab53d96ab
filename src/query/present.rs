//! `Presentation`: walking a client through a story's slides — which slide is up, the number being typed to jump,
//! and the view to go back to when the presenter leaves. Pure: the window maps keys to [`PresentStep`]s and shows
//! `slide().view`; a click during a slide changes the live view, which [`PresentStep::Revert`] puts back.
//!
//! Must not depend on egui, eframe or rfd.

use super::story::{Slide, Story};
use super::view::View;

/// The most digits a slide number may have: a longer run of keys is a slip, not a slide.
const MAX_TYPED_DIGITS: usize = 4;

/// One key press's worth of navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentStep {
    Next,
    Previous,
    First,
    Last,
    /// A digit of the slide number to jump to.
    Digit(u8),
    /// Jump to the slide number typed so far.
    JumpTyped,
    /// Put the slide's own view back after clicks drilled into it.
    Revert,
    /// Leave presentation mode, back to the view from before.
    Leave,
}

/// A running presentation.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    /// The story's title (may be empty).
    pub title: String,
    /// Never empty: without a story, the view the user had, as one slide.
    pub slides: Vec<Slide>,
    /// The slide shown, from 0.
    pub index: usize,
    /// The view the user had before presenting: restored exactly on leaving.
    pub prior: View,
    /// Digits typed towards a jump ("1", "12"), until Enter.
    pub typed: String,
}

impl Presentation {
    /// Presents `story` from slide `start` (clamped); an empty story presents `current` as its one slide,
    /// titled `untitled`.
    pub fn new(story: &Story, current: &View, start: usize, untitled: &str) -> Self {
        let slides = if story.slides.is_empty() {
            let title = if current.name.is_empty() {
                untitled
            } else {
                current.name.as_str()
            };
            vec![Slide::of_view(current, title)]
        } else {
            story.slides.clone()
        };
        let index = start.min(slides.len() - 1);
        Self {
            title: story.title.clone(),
            slides,
            index,
            prior: current.clone(),
            typed: String::new(),
        }
    }

    /// The slide shown.
    pub fn slide(&self) -> &Slide {
        // `slides` is never empty and `index` always in range (see `new` and `step`).
        &self.slides[self.index.min(self.slides.len() - 1)]
    }

    /// "3 / 7": the slide's number from 1, and how many there are.
    pub fn counter(&self) -> (usize, usize) {
        (self.index + 1, self.slides.len())
    }

    /// Applies a navigation step. Returns the view the window should now show: the new slide's view when the
    /// slide changed or is reverted, the prior view on leaving, `None` when nothing changes (typing a digit,
    /// stepping past the end).
    pub fn step(&mut self, step: PresentStep) -> Option<View> {
        let last = self.slides.len() - 1;
        let target = match step {
            PresentStep::Digit(digit) => {
                if self.typed.len() < MAX_TYPED_DIGITS && digit <= 9 {
                    self.typed.push(char::from(b'0' + digit));
                }
                return None;
            }
            PresentStep::Leave => return Some(self.prior.clone()),
            PresentStep::Revert => return Some(self.slide().view.clone()),
            PresentStep::Next => (self.index < last).then_some(self.index + 1),
            PresentStep::Previous => self.index.checked_sub(1),
            PresentStep::First => Some(0),
            PresentStep::Last => Some(last),
            PresentStep::JumpTyped => {
                let typed = std::mem::take(&mut self.typed);
                // Slide numbers start at 1; 0 or a number past the end goes nowhere.
                typed
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .filter(|&n| n <= last)
            }
        };
        self.typed.clear();
        let target = target.filter(|&t| t != self.index)?;
        self.index = target;
        Some(self.slide().view.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::view::Tab;

    fn story(count: usize) -> Story {
        let mut story = Story::default();
        for index in 0..count {
            story.push(Slide {
                title: format!("slide {}", index + 1),
                view: View {
                    name: format!("v{index}"),
                    ..View::default()
                },
                ..Slide::default()
            });
        }
        story
    }

    #[test]
    fn without_a_story_the_current_view_is_the_one_slide() {
        let current = View {
            tab: Tab::Map,
            ..View::default()
        };
        let mut presentation = Presentation::new(&Story::default(), &current, 5, "Current view");
        assert_eq!(presentation.counter(), (1, 1));
        assert_eq!(presentation.slide().title, "Current view");
        assert_eq!(presentation.slide().view, current);
        assert_eq!(presentation.step(PresentStep::Next), None);
        assert_eq!(presentation.step(PresentStep::Leave), Some(current));
    }

    #[test]
    fn steps_stop_at_the_ends() {
        let mut presentation = Presentation::new(&story(3), &View::default(), 0, "");
        assert_eq!(presentation.step(PresentStep::Previous), None);
        assert_eq!(
            presentation.step(PresentStep::Next).map(|v| v.name),
            Some("v1".into())
        );
        assert_eq!(
            presentation.step(PresentStep::Last).map(|v| v.name),
            Some("v2".into())
        );
        assert_eq!(presentation.step(PresentStep::Next), None);
        assert_eq!(presentation.counter(), (3, 3));
        assert_eq!(
            presentation.step(PresentStep::First).map(|v| v.name),
            Some("v0".into())
        );
    }

    #[test]
    fn typed_numbers_jump_and_bad_ones_go_nowhere() {
        let mut presentation = Presentation::new(&story(12), &View::default(), 0, "");
        for digit in [1, 1] {
            assert_eq!(presentation.step(PresentStep::Digit(digit)), None);
        }
        assert_eq!(presentation.typed, "11");
        assert_eq!(
            presentation.step(PresentStep::JumpTyped).map(|v| v.name),
            Some("v10".into())
        );
        assert_eq!(presentation.counter(), (11, 12));
        assert!(presentation.typed.is_empty());
        for typed in [vec![0], vec![1, 3], vec![]] {
            for digit in typed {
                presentation.step(PresentStep::Digit(digit));
            }
            assert_eq!(presentation.step(PresentStep::JumpTyped), None);
            assert_eq!(presentation.counter(), (11, 12));
        }
        for _ in 0..10 {
            presentation.step(PresentStep::Digit(9));
        }
        assert_eq!(presentation.typed.len(), MAX_TYPED_DIGITS);
        presentation.step(PresentStep::Next);
        assert!(
            presentation.typed.is_empty(),
            "another key forgets the digits"
        );
    }

    #[test]
    fn revert_and_leave_give_the_slide_and_the_prior_view() {
        let prior = View {
            name: "mine".into(),
            ..View::default()
        };
        let mut presentation = Presentation::new(&story(2), &prior, 1, "");
        assert_eq!(
            presentation.step(PresentStep::Revert).map(|v| v.name),
            Some("v1".into())
        );
        assert_eq!(presentation.step(PresentStep::Leave), Some(prior));
    }
}
