//! The temporary `.invest-explorer-*.part` files of [`super::write_atomically`]: writing several files at once
//! (`generate --out DIR`) through it, and removing the parts a killed export left behind.
//!
//! Must not depend on egui, eframe or rfd.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{ExportError, write_atomically};

/// How every temporary file of an export starts and ends: random in between (tempfile), created exclusively, so
/// a planted file or symlink of a guessable name is never followed.
pub(super) const PART_PREFIX: &str = ".invest-explorer-";
pub(super) const PART_SUFFIX: &str = ".part";

/// A part older than this belongs to an export that died (a kill, a power cut): no export takes an hour, and a
/// younger part may be another window's export in progress.
pub const STALE_PART_AGE: Duration = Duration::from_secs(60 * 60);

/// Removes this app's temporary files in `folder` that were last written more than `max_age` ago. Only regular
/// files named like ours are touched (never a symlink, never a folder); any failure is ignored, because
/// cleaning up is a courtesy and must not stop the export that triggered it. Returns how many were removed.
pub fn remove_stale_parts(folder: &Path, max_age: Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(PART_PREFIX) && name.ends_with(PART_SUFFIX)) {
            continue;
        }
        // `DirEntry::metadata` does not follow symlinks.
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        let age = metadata
            .modified()
            .ok()
            .and_then(|modified| now.duration_since(modified).ok());
        if metadata.is_file()
            && age.is_some_and(|age| age > max_age)
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// Writes `files` (name, contents) into `dir` (created if missing), each through [`write_atomically`]: a failure
/// leaves every existing file as it was and names the file it failed on. Returns the paths written, in order.
pub fn write_files_atomically<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    let mut written = Vec::new();
    for (name, contents) in files {
        let path = dir.join(name);
        write_atomically(&path, |out| {
            out.write_all(contents).map_err(super::io_error)
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_old_parts_of_ours_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".invest-explorer-abc.part");
        let young = dir.path().join(".invest-explorer-def.part");
        let other = dir.path().join("notes.part");
        for path in [&old, &young, &other] {
            std::fs::write(path, "x").unwrap();
        }
        let an_hour_ago = SystemTime::now() - Duration::from_secs(2 * 60 * 60);
        for path in [&old, &other] {
            std::fs::File::options()
                .write(true)
                .open(path)
                .unwrap()
                .set_modified(an_hour_ago)
                .unwrap();
        }
        assert_eq!(remove_stale_parts(dir.path(), STALE_PART_AGE), 1);
        assert!(!old.exists());
        assert!(young.exists() && other.exists());
    }
}
