//! The app's own file chooser, for systems that show no file dialog (no desktop portal, no zenity): a folder
//! path to type or walk up and down, the folder's sub-folders and files of the requested types, and a file name.
//! `egui-file-dialog` would do this, but has no release for our egui; this is the small part of it we need.
//!
//! It keeps what is typed and the folder's listing between frames (read from disk only when the folder
//! changes) and answers with [`Command::FileChosen`]; the app does the rest as for the system's dialog.

use std::path::{Path, PathBuf};

use super::FileRequest;
use crate::command::Command;
use crate::i18n::Lang;
use crate::tr;

/// One line of the listing.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    is_folder: bool,
}

#[derive(Default)]
pub struct FileChooser {
    /// The request being answered: a new one starts afresh.
    request_id: Option<u64>,
    folder: PathBuf,
    /// The folder box, as typed (it moves to the folder on Enter, when it names one).
    folder_text: String,
    name: String,
    /// Sub-folders, then files of the requested types, each sorted by name.
    entries: Vec<Entry>,
    /// Why the folder could not be listed.
    listing_error: Option<String>,
    /// The request's file types.
    extensions: Vec<String>,
}

impl FileChooser {
    pub fn ui(&mut self, ctx: &egui::Context, request: &FileRequest, commands: &mut Vec<Command>) {
        if self.request_id != Some(request.id) {
            self.start(request);
        }
        let lang = Lang::En;
        let modal = egui::Modal::new(egui::Id::unique("file_chooser")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(&request.title);
            ui.weak(tr!(lang, "chooser-no-dialog"));
            ui.add_space(6.0);
            self.folder_row_ui(ui, lang);
            self.listing_ui(ui, request, commands);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(tr!(lang, "chooser-file-name"));
                let edit = ui
                    .add(egui::TextEdit::singleline(&mut self.name).desired_width(380.0))
                    .labelled_by(label.id);
                if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    self.confirm(request, commands);
                }
            });
            ui.weak(tr!(
                lang,
                "chooser-types",
                types = request
                    .extensions
                    .iter()
                    .map(|e| format!(".{e}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
            let path = self.chosen_path(request);
            let problem = path.as_deref().and_then(|path| problem(request, path));
            if let Some(problem) = &problem {
                ui.colored_label(ui.visuals().warn_fg_color, problem);
            }
            ui.separator();
            ui.horizontal(|ui| {
                let confirm = if request.save {
                    tr!(lang, "chooser-save")
                } else {
                    tr!(lang, "chooser-open")
                };
                let blocked = path.is_none() || (!request.save && problem.is_some());
                if ui
                    .add_enabled(!blocked, egui::Button::new(confirm))
                    .clicked()
                {
                    self.confirm(request, commands);
                }
                if ui.button(tr!(lang, "chooser-cancel")).clicked() {
                    commands.push(Command::FileChosen(None));
                }
            });
        });
        if modal.should_close() {
            commands.push(Command::FileChosen(None));
        }
    }

    fn start(&mut self, request: &FileRequest) {
        self.request_id = Some(request.id);
        self.name = request.default_name.clone();
        self.extensions = request.extensions.clone();
        let folder = request
            .folder
            .clone()
            .unwrap_or_else(|| PathBuf::from(std::path::MAIN_SEPARATOR_STR));
        self.go_to(folder);
    }

    /// Shows `folder`: its listing is read now, once.
    fn go_to(&mut self, folder: PathBuf) {
        self.folder_text = folder.display().to_string();
        match list_folder(&folder, &self.extensions) {
            Ok(entries) => {
                self.entries = entries;
                self.listing_error = None;
            }
            Err(error) => {
                self.entries.clear();
                self.listing_error = Some(error.to_string());
            }
        }
        self.folder = folder;
    }

    fn folder_row_ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let mut go_to = None;
        ui.horizontal(|ui| {
            let label = ui.label(tr!(lang, "chooser-folder"));
            let up = ui.add_enabled(
                self.folder.parent().is_some(),
                egui::Button::new(tr!(lang, "chooser-up")),
            );
            if up.clicked() {
                go_to = self.folder.parent().map(Path::to_path_buf);
            }
            let edit = ui
                .add(egui::TextEdit::singleline(&mut self.folder_text).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                let typed = PathBuf::from(self.folder_text.trim());
                if typed.is_dir() {
                    go_to = Some(typed);
                }
            }
        });
        if let Some(folder) = go_to {
            self.go_to(folder);
        }
    }

    /// Sub-folders (a click goes in) and files (a click takes the name; a double click opens or saves).
    fn listing_ui(
        &mut self,
        ui: &mut egui::Ui,
        request: &FileRequest,
        commands: &mut Vec<Command>,
    ) {
        let mut go_to = None;
        let mut confirm = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("file_chooser_listing")
                .max_height(260.0)
                .min_scrolled_height(260.0)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if let Some(error) = &self.listing_error {
                        ui.colored_label(
                            ui.visuals().error_fg_color,
                            tr!(Lang::En, "chooser-unreadable", error = error.as_str()),
                        );
                    }
                    for entry in &self.entries {
                        let text = if entry.is_folder {
                            format!("{}{}", entry.name, std::path::MAIN_SEPARATOR)
                        } else {
                            entry.name.clone()
                        };
                        let selected = !entry.is_folder && entry.name == self.name;
                        let response = ui.selectable_label(selected, text);
                        if entry.is_folder && response.clicked() {
                            go_to = Some(self.folder.join(&entry.name));
                        } else if response.double_clicked() {
                            self.name.clone_from(&entry.name);
                            confirm = true;
                        } else if response.clicked() {
                            self.name.clone_from(&entry.name);
                        }
                    }
                });
        });
        if let Some(folder) = go_to {
            self.go_to(folder);
        }
        if confirm {
            self.confirm(request, commands);
        }
    }

    /// The folder joined with the typed name; for a save, with the file type added when the name has none of
    /// the requested ones. `None` while no name is typed.
    fn chosen_path(&self, request: &FileRequest) -> Option<PathBuf> {
        let name = self.name.trim();
        if name.is_empty() {
            return None;
        }
        let mut path = self.folder.join(name);
        if request.save
            && !has_extension(&path, &request.extensions)
            && let Some(first) = request.extensions.first()
        {
            path = self.folder.join(format!("{name}.{first}"));
        }
        Some(path)
    }

    fn confirm(&self, request: &FileRequest, commands: &mut Vec<Command>) {
        let Some(path) = self.chosen_path(request) else {
            return;
        };
        if !request.save && problem(request, &path).is_some() {
            return;
        }
        commands.push(Command::FileChosen(Some(path)));
    }
}

/// What stops (opening) or should give pause (saving) before using `path`.
fn problem(request: &FileRequest, path: &Path) -> Option<String> {
    if request.save {
        if path.is_dir() {
            return Some(tr!(Lang::En, "chooser-is-folder"));
        }
        path.is_file().then(|| tr!(Lang::En, "chooser-replaces"))
    } else {
        (!path.is_file()).then(|| tr!(Lang::En, "chooser-no-such-file"))
    }
}

fn has_extension(path: &Path, extensions: &[String]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// `folder`'s sub-folders, then its files with one of `extensions` (all files when there are none), each
/// sorted by name ignoring case. Hidden entries (a leading dot) are left out, as system dialogs do.
fn list_folder(folder: &Path, extensions: &[String]) -> std::io::Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                return None;
            }
            let is_folder = entry.path().is_dir();
            let shown =
                is_folder || extensions.is_empty() || has_extension(&entry.path(), extensions);
            shown.then_some(Entry { name, is_folder })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.is_folder
            .cmp(&a.is_folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_come_first_and_only_requested_types_are_listed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("b-folder")).unwrap();
        for name in ["z.csv", "A.CSV", "notes.txt", ".hidden.csv"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let entries = list_folder(dir.path(), &["csv".to_owned()]).unwrap();
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["b-folder", "A.CSV", "z.csv"]);
    }

    #[test]
    fn a_saved_name_gets_the_file_type() {
        let request = FileRequest {
            id: 1,
            title: "Export".into(),
            save: true,
            default_name: "x.csv".into(),
            extensions: vec!["csv".into()],
            folder: None,
        };
        let chooser = FileChooser {
            folder: PathBuf::from("/tmp"),
            name: "finance".into(),
            ..FileChooser::default()
        };
        assert_eq!(
            chooser.chosen_path(&request),
            Some(PathBuf::from("/tmp/finance.csv"))
        );
    }
}
