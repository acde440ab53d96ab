//! `--screenshot PATH`: render a few frames, capture the window, save it as PNG, close.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use super::ExplorerApp;

/// Frames to render before capturing: layout (tables, plots) settles in the first few.
const SCREENSHOT_AFTER_FRAMES: u32 = 5;

/// A screenshot to take once the window has rendered.
pub(super) struct ScreenshotRequest {
    path: PathBuf,
    frames: u32,
    /// The captured image, once egui has delivered it.
    captured: Option<Receiver<Arc<egui::ColorImage>>>,
}

impl ExplorerApp {
    /// Captures the window to `path` once it has rendered, then closes it.
    pub fn screenshot_to(&mut self, path: PathBuf) {
        self.screenshot = Some(ScreenshotRequest {
            path,
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
                let path = request.path.clone();
                self.screenshot = None;
                save_screenshot(&path, &image);
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

/// Saves the capture, saying where (stdout) or why not (stderr).
fn save_screenshot(path: &std::path::Path, image: &egui::ColorImage) {
    let rgba: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let [width, height] = image.size;
    match crate::export::png::write_png(path, width as u32, height as u32, &rgba) {
        Ok(()) => println!("{}", path.display()),
        Err(error) => eprintln!("invest-explorer: {error}"),
    }
}
