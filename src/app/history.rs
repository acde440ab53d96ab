//! Undo and Redo: a bounded stack of earlier values of one piece of state.
//!
//! The app keeps two: the view's (every change to filters, sort, columns, tab, units, map zoom) and, while the
//! mapping dialog is open, its mapping's (every column or unit picked); Undo and Redo act on the dialog's while it
//! is open, on the view's otherwise. A new dialog starts with an empty history; the view's is untouched by it.

use crate::query::{Filter, View};

/// How many changes Undo can go back.
const UNDO_DEPTH: usize = 200;

/// Earlier values (most recent last) and values undone, for Redo.
#[derive(Debug)]
pub(super) struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
    /// The last change recorded may be continued by the next one (typing in the search box is one step).
    open_step: bool,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            open_step: false,
        }
    }
}

impl<T> History<T> {
    /// Records a change away from `before`. `continues` says the change may join the last one into one step
    /// (it does when that one could be continued too).
    pub(super) fn record(&mut self, before: T, continues: bool) {
        if !(continues && self.open_step) {
            self.undo.push(before);
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.open_step = continues;
        self.redo.clear();
    }

    /// Goes back one step: `current` becomes the value before the last change. False when there is none.
    pub(super) fn undo(&mut self, current: &mut T) -> bool {
        Self::step(&mut self.undo, &mut self.redo, current, &mut self.open_step)
    }

    /// Goes forward again after an undo.
    pub(super) fn redo(&mut self, current: &mut T) -> bool {
        Self::step(&mut self.redo, &mut self.undo, current, &mut self.open_step)
    }

    fn step(from: &mut Vec<T>, to: &mut Vec<T>, current: &mut T, open_step: &mut bool) -> bool {
        *open_step = false;
        match from.pop() {
            Some(value) => {
                to.push(std::mem::replace(current, value));
                true
            }
            None => false,
        }
    }

    pub(super) fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub(super) fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets every step (a new mapping dialog).
    pub(super) fn clear(&mut self) {
        *self = Self::default();
    }
}

/// True when two views differ in the search text and nothing else: typing, which joins one undo step.
pub(super) fn only_search_differs(a: &View, b: &View) -> bool {
    a.filter.search != b.filter.search
        && View {
            filter: Filter {
                search: b.filter.search.clone(),
                ..a.filter.clone()
            },
            ..a.clone()
        } == *b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_go_back_and_forth_and_a_new_change_drops_the_redo_steps() {
        let mut history = History::default();
        let mut value = 1;
        for next in [2, 3] {
            history.record(value, false);
            value = next;
        }
        assert!(history.undo(&mut value));
        assert_eq!(value, 2);
        assert!(history.undo(&mut value));
        assert_eq!(value, 1);
        assert!(!history.undo(&mut value), "nothing before the first value");
        assert!(history.redo(&mut value));
        assert_eq!(value, 2);
        history.record(value, false);
        value = 10;
        assert!(!history.can_redo(), "a new change forgets what was undone");
        assert!(history.undo(&mut value));
        assert_eq!(value, 2);
    }

    #[test]
    fn continued_changes_are_one_step_until_something_else_happens() {
        let mut history = History::default();
        let mut text = String::new();
        for typed in ["p", "pa", "par", "park"] {
            history.record(std::mem::replace(&mut text, typed.to_owned()), true);
        }
        history.record(std::mem::replace(&mut text, "other".into()), false);
        assert!(history.undo(&mut text));
        assert_eq!(text, "park");
        assert!(history.undo(&mut text));
        assert_eq!(text, "", "the typing was one step");
        assert!(!history.can_undo());
    }

    #[test]
    fn the_history_is_bounded() {
        let mut history = History::default();
        let mut value = 0;
        for next in 1..=UNDO_DEPTH + 50 {
            history.record(value, false);
            value = next;
        }
        let mut steps = 0;
        while history.undo(&mut value) {
            steps += 1;
        }
        assert_eq!(steps, UNDO_DEPTH);
        assert_eq!(value, 50);
    }

    #[test]
    fn only_a_search_change_is_typing() {
        let before = View::default();
        let mut typed = before.clone();
        typed.filter.search = "park".into();
        assert!(only_search_differs(&before, &typed));
        let mut more = typed.clone();
        more.filter.sectors.insert("Finance".into());
        assert!(!only_search_differs(&before, &more));
        assert!(!only_search_differs(&before, &before));
    }
}
