//! `Story`: an ordered list of slides, each a saved [`View`] with a title and a caption — what a presenter walks a
//! client through. Stories persist with the app state and as shareable `.story.ron` files of the shape
//! `(title: "…", slides: [(title: "…", caption: "…", view: ( /* a View, every field optional */ ))])`.
//!
//! Every field has a default, so a hand-written minimal file loads. Must not depend on egui, eframe or rfd.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::view::View;
use crate::model::load::ron_data::parse_ron;
use crate::model::{LoadError, ProjectTable};

/// A presenter's sequence of slides.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Story {
    pub title: String,
    pub slides: Vec<Slide>,
}

/// One slide: a view of the data, with the words the presenter puts on it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Slide {
    pub title: String,
    pub caption: String,
    pub view: View,
}

impl Slide {
    /// A slide showing `view`, titled with the view's name.
    pub fn of_view(view: &View, title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            caption: String::new(),
            view: view.clone(),
        }
    }
}

impl Story {
    /// Reads a story file (RON). `path` is used in the located error (file, line, column).
    pub fn from_ron(text: &str, path: &str) -> Result<Self, LoadError> {
        parse_ron(text, path)
    }

    /// Reads a `.story.ron` file: an unreadable file or bad RON is one located error, and nothing is loaded.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_ron(&text, &path.display().to_string())
    }

    /// The story as a RON file a colleague can open (or pass to `--story`).
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let pretty = ron::ser::PrettyConfig::default().new_line("\n");
        ron::ser::to_string_pretty(self, pretty).map(|text| text + "\n")
    }

    /// Names in the slides that the table does not have, each prefixed with its slide's number (from 1). A story
    /// from a colleague's file still presents; these are shown as a warning.
    pub fn warnings(&self, table: &ProjectTable) -> Vec<(usize, String)> {
        self.slides
            .iter()
            .enumerate()
            .flat_map(|(index, slide)| {
                slide
                    .view
                    .warnings(table)
                    .into_iter()
                    .map(move |warning| (index + 1, warning))
            })
            .collect()
    }

    /// Appends `slide` and returns its index.
    pub fn push(&mut self, slide: Slide) -> usize {
        self.slides.push(slide);
        self.slides.len() - 1
    }

    /// Inserts a copy of slide `index` right after it; returns the copy's index, or `None` if there is no such slide.
    pub fn duplicate(&mut self, index: usize) -> Option<usize> {
        let copy = self.slides.get(index)?.clone();
        self.slides.insert(index + 1, copy);
        Some(index + 1)
    }

    /// Moves slide `from` to position `to` (both clamped to the slides there are); returns where it ended up.
    pub fn move_slide(&mut self, from: usize, to: usize) -> Option<usize> {
        if from >= self.slides.len() {
            return None;
        }
        let slide = self.slides.remove(from);
        let to = to.min(self.slides.len());
        self.slides.insert(to, slide);
        Some(to)
    }

    /// Removes slide `index`, returning it.
    pub fn remove(&mut self, index: usize) -> Option<Slide> {
        (index < self.slides.len()).then(|| self.slides.remove(index))
    }

    /// Replaces slide `index`'s view with `view`, keeping its title and caption.
    pub fn update_view(&mut self, index: usize, view: &View) -> bool {
        match self.slides.get_mut(index) {
            Some(slide) => {
                slide.view = view.clone();
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::view::Tab;

    fn titled(title: &str) -> Slide {
        Slide {
            title: title.to_owned(),
            ..Slide::default()
        }
    }

    fn titles(story: &Story) -> Vec<&str> {
        story.slides.iter().map(|s| s.title.as_str()).collect()
    }

    #[test]
    fn a_minimal_hand_written_file_loads_with_defaults() {
        let story = Story::from_ron(r#"(slides: [(title: "Finance"), ()])"#, "s.story.ron")
            .expect("minimal story");
        assert_eq!(story.title, "");
        assert_eq!(titles(&story), ["Finance", ""]);
        assert_eq!(story.slides[1].view, View::default());
    }

    #[test]
    fn a_slide_view_keeps_its_fields() {
        let story = Story::from_ron(
            r#"(title: "Board", slides: [(title: "Map", caption: "Where", view: (tab: Map))])"#,
            "s.story.ron",
        )
        .expect("story");
        assert_eq!(story.slides[0].view.tab, Tab::Map);
        assert_eq!(story.slides[0].caption, "Where");
    }

    #[test]
    fn a_truncated_file_is_one_located_error() {
        let error = Story::from_ron("(title: \"Board\",\n slides: [(title: ", "deck.story.ron")
            .expect_err("truncated");
        let text = error.to_string();
        assert!(text.contains("deck.story.ron"), "{text}");
        assert!(text.contains("line 2"), "{text}");
    }

    #[test]
    fn a_wrong_shape_is_an_error_not_a_panic() {
        assert!(Story::from_ron("[1, 2, 3]", "x.story.ron").is_err());
        assert!(Story::from_ron("(slides: 7)", "x.story.ron").is_err());
    }

    #[test]
    fn round_trips_through_ron() {
        let mut story = Story {
            title: "Board".into(),
            ..Story::default()
        };
        story.push(titled("one"));
        story.push(titled("two"));
        let text = story.to_ron().expect("serialise");
        assert_eq!(Story::from_ron(&text, "s").expect("parse"), story);
    }

    #[test]
    fn edits_reorder_duplicate_and_remove() {
        let mut story = Story::default();
        for title in ["a", "b", "c"] {
            story.push(titled(title));
        }
        assert_eq!(story.move_slide(0, 2), Some(2));
        assert_eq!(titles(&story), ["b", "c", "a"]);
        assert_eq!(story.duplicate(1), Some(2));
        assert_eq!(titles(&story), ["b", "c", "c", "a"]);
        assert_eq!(story.remove(0).map(|s| s.title), Some("b".into()));
        assert_eq!(titles(&story), ["c", "c", "a"]);
        assert_eq!(story.move_slide(9, 0), None);
        assert_eq!(story.duplicate(9), None);
        assert!(story.remove(9).is_none());
        let view = View {
            tab: Tab::Map,
            ..View::default()
        };
        assert!(story.update_view(2, &view));
        assert_eq!(story.slides[2].view.tab, Tab::Map);
        assert_eq!(story.slides[2].title, "a");
        assert!(!story.update_view(3, &view));
    }
}
