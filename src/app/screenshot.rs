//! `--screenshot PATH`: render a few frames, capture the window, save it as PNG, close.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

use super::ExplorerApp;

/// Frames to render before capturing: layout (tables, plots) settles in the first few.
const SCREENSHOT_AFTER_FRAMES: u32 = 5;

/// Where the outcome of `--screenshot` is left for the caller of the window (which outlives the app): `None`
/// until the capture was saved (`Ok`) or could not be (`Err` with the reason), so the process exits non-zero.
pub type ScreenshotOutcome = Arc<Mutex<Option<Result<(), String>>>>;

/// A screenshot to take once the window has rendered.
pub(super) struct ScreenshotRequest {
    path: PathBuf,
    outcome: ScreenshotOutcome,
    frames: u32,
    /// The captured image, once egui has delivered it.
    captured: Option<Receiver<Arc<egui::ColorImage>>>,
}

impl ExplorerApp {
    /// Captures the window to `path` once it has rendered, then closes it; the result is left in `outcome`.
    pub fn screenshot_to(&mut self, path: PathBuf, outcome: ScreenshotOutcome) {
        self.screenshot = Some(ScreenshotRequest {
            path,
            outcome,
            frames: 0,
            captured: None,
        });
    }

    pub(super) fn advance_screenshot(&mut self, ctx: &egui::Context) {
        let Some(request) = &mut self.screenshot else {
            return;
        };
        request.frames += 1;
        ctx.request_repaint();
        if let Some(captured) = &request.captured {
            if let Ok(image) = captured.try_recv() {
                let result = save_screenshot(&request.path, &image);
                if let Ok(mut outcome) = request.outcome.lock() {
                    *outcome = Some(result);
                }
                self.screenshot = None;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            return;
        }
        if request.frames < SCREENSHOT_AFTER_FRAMES {
            return;
        }
        let (tx, rx) = channel();
        request.captured = Some(rx);
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            let _ = tx.send(image);
            repaint.request_repaint();
        });
    }
}

/// Saves the capture, printing where (stdout); the error names the file and the reason.
fn save_screenshot(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let rgba: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let [width, height] = image.size;
    crate::export::png::write_png(path, width as u32, height as u32, &rgba)
        .map(|()| println!("{}", path.display()))
        .map_err(|error| error.to_string())
}
