//! PNG writing for window screenshots and (later) chart exports.

use std::path::Path;

use image::ImageEncoder;
use image::codecs::png::PngEncoder;

use super::{ExportError, write_atomically};

/// Writes an 8-bit RGBA image as a PNG, through a temp file and a rename.
pub fn write_png(path: &Path, width: u32, height: u32, rgba: &[u8]) -> Result<(), ExportError> {
    if rgba.len() != width as usize * height as usize * 4 {
        return Err(ExportError::Encode(format!(
            "image data is {} bytes, expected {width}×{height}×4",
            rgba.len()
        )));
    }
    write_atomically(path, |out| {
        PngEncoder::new(out)
            .write_image(rgba, width, height, image::ExtendedColorType::Rgba8)
            .map_err(|e| match e {
                // A full disk names the file and the reason, not "cannot encode".
                image::ImageError::IoError(source) => super::io_error(source),
                other => ExportError::Encode(other.to_string()),
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_png_that_decodes_to_the_same_pixels() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shot.png");
        let rgba: Vec<u8> = (0..2 * 3 * 4).map(|i| i as u8).collect();
        write_png(&path, 2, 3, &rgba).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"\x89PNG"));
        assert!(write_png(&path, 5, 5, &rgba).is_err());
        assert_eq!(
            std::fs::read(&path).unwrap(),
            bytes,
            "a failed write leaves the file as it was"
        );
    }
}
