//! Runs the spreadsheet library on untrusted bytes: should it panic on a damaged file, the panic becomes an error
//! value and its text is not printed, so the user sees one located message and the app keeps running.
//!
//! The panic hook is process-wide, so it is installed once and stays quiet only on a thread that is inside
//! [`catch_quietly`]; every other panic is reported by the hook that was there before. Must not depend on egui,
//! eframe or rfd.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many `catch_quietly` calls this thread is inside.
    static QUIET: Cell<usize> = const { Cell::new(0) };
}

static INSTALL: Once = Once::new();

/// Runs `work`; a panic inside it comes back as `Err` with the panic's text (for the error message), without
/// printing anything.
pub fn catch_quietly<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) == 0 {
                previous(info);
            }
        }));
    });
    QUIET.with(|quiet| quiet.set(quiet.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    QUIET.with(|quiet| quiet.set(quiet.get().saturating_sub(1)));
    result.map_err(|payload| {
        let text = payload
            .downcast_ref::<&str>()
            .map(|text| (*text).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unexpected failure".to_owned());
        // One line, and short: it goes into a message, not a log.
        let line = text.lines().next().unwrap_or_default();
        line.chars().take(160).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_text_and_the_thread_is_loud_again_afterwards() {
        let caught = catch_quietly(|| -> u8 {
            panic!("index out of bounds: the len is 4 but the index is 6")
        });
        assert_eq!(
            caught,
            Err("index out of bounds: the len is 4 but the index is 6".to_owned())
        );
        assert_eq!(catch_quietly(|| 7), Ok(7));
        assert_eq!(QUIET.with(Cell::get), 0);
    }
}
