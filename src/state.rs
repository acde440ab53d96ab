//! `AppState`: this user's intent and preferences (the current view, theme, saved views, mappings, last file),
//! persisted by eframe between runs. Never data, and nothing only shown (that is `ui::UiState`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::load::mapping::Mapping;
use crate::model::load::open::OpenOptions;
use crate::query::story::Story;
use crate::query::{ClientSafe, View};
use crate::tr;

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// For a projector in a lit meeting room: a light background, heavier strokes, larger type, and every text
    /// colour at WCAG AA contrast (see `ui::theme`).
    Projector,
}

/// What the user chose. `#[serde(default)]` keeps old saves loading after new fields are added.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    pub view: View,
    pub theme: Theme,
    /// The interface language (menus, labels, exports). A first start follows the system locale (see
    /// `app::launch`); saves from before it existed load as English.
    pub lang: Lang,
    /// The project file last opened; `None` for the embedded dataset.
    pub last_file: Option<PathBuf>,
    /// How the last file was read (its mapping and any overrides), to reopen it the same way.
    pub last_file_options: Option<OpenOptions>,
    /// Mappings the user confirmed, by file header (see `mapping::header_signature`): a file with the same
    /// header opens with the same mapping.
    pub mappings: BTreeMap<String, Mapping>,
    /// Views the user saved by name, in the order saved.
    pub saved_views: Vec<View>,
    /// Names as pseudonyms, confidential columns hidden, the watermark: for showing the app to a client.
    pub client_safe: ClientSafe,
    /// The story the user is building: slides to present (and to export as a deck).
    pub story: Story,
}

/// What could not be kept of a persisted state, for the notice at start.
#[derive(Clone, Debug, PartialEq)]
pub enum StateProblem {
    /// Nothing could be read (a truncated or garbled file): the defaults are used; the file was kept as `kept`.
    Unreadable {
        reason: String,
        kept: Option<PathBuf>,
    },
    /// Some saved views, mappings or settings were unreadable and left out; the rest was kept, and the whole
    /// original as `kept`.
    Skipped {
        views: usize,
        mappings: usize,
        settings: Vec<String>,
        kept: Option<PathBuf>,
    },
    /// The last file was not reopened: the app ended while it was reopening it at the last start.
    NotReopened { path: PathBuf },
}

/// A persisted state read as far as it could be, with what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadedState {
    pub state: AppState,
    pub problems: Vec<StateProblem>,
}

impl AppState {
    /// Reads the state from eframe's stored RON, as much of it as is readable: a bad saved view or mapping is
    /// skipped (and counted) instead of discarding every other one, a bad setting falls back to its default.
    /// `Err` (with the reason) when not even the outline can be read, e.g. the text was cut off.
    pub fn from_ron_leniently(text: &str) -> Result<(AppState, Option<StateProblem>), String> {
        if let Ok(state) = ron::from_str::<AppState>(text) {
            return Ok((state.bounded(), None));
        }
        let fields = lenient::struct_fields(text)?;
        let mut kept_text = String::from("(");
        let (mut views, mut mappings) = (None, None);
        let (mut bad_views, mut bad_mappings, mut settings) = (0, 0, Vec::new());
        for (name, raw) in fields {
            match name.as_str() {
                "saved_views" => match lenient::elements::<View>(&raw) {
                    Some((good, bad)) => {
                        views = Some(good);
                        bad_views += bad;
                    }
                    None => settings.push(name),
                },
                "mappings" => match lenient::entries::<Mapping>(&raw) {
                    Some((good, bad)) => {
                        mappings = Some(good);
                        bad_mappings += bad;
                    }
                    None => settings.push(name),
                },
                _ => {
                    let field = format!("{name}:{}", raw.get_ron());
                    if ron::from_str::<AppState>(&format!("({field})")).is_ok() {
                        kept_text.push_str(&field);
                        kept_text.push(',');
                    } else {
                        settings.push(name);
                    }
                }
            }
        }
        kept_text.push(')');
        let mut state: AppState = ron::from_str(&kept_text).map_err(|e| e.to_string())?;
        if let Some(views) = views {
            state.saved_views = views;
        }
        if let Some(mappings) = mappings {
            state.mappings = mappings;
        }
        let skipped = bad_views > 0 || bad_mappings > 0 || !settings.is_empty();
        let problem = skipped.then_some(StateProblem::Skipped {
            views: bad_views,
            mappings: bad_mappings,
            settings,
            kept: None,
        });
        Ok((state.bounded(), problem))
    }

    /// The state with every view bounded (see [`View::bounded`]).
    #[must_use]
    pub fn bounded(mut self) -> Self {
        self.view = self.view.bounded();
        self.saved_views = self.saved_views.into_iter().map(View::bounded).collect();
        self
    }
}

impl StateProblem {
    /// The problem in words, for the notice at start.
    pub fn message(&self, lang: Lang) -> String {
        let kept_note = |kept: &Option<PathBuf>| match kept {
            Some(path) => tr!(lang, "state-kept-copy", path = path.display().to_string()),
            None => String::new(),
        };
        match self {
            StateProblem::Unreadable { reason, kept } => format!(
                "{} {}",
                tr!(lang, "state-unreadable", reason = reason.as_str()),
                kept_note(kept)
            ),
            StateProblem::Skipped {
                views,
                mappings,
                settings,
                kept,
            } => {
                // Only what was left out: "one saved view, 2 column mappings".
                let what: Vec<String> = [
                    (*views, tr!(lang, "state-skipped-views", n = *views)),
                    (
                        *mappings,
                        tr!(lang, "state-skipped-mappings", n = *mappings),
                    ),
                    (
                        settings.len(),
                        tr!(lang, "state-skipped-settings", n = settings.len()),
                    ),
                ]
                .into_iter()
                .filter(|(count, _)| *count > 0)
                .map(|(_, text)| text)
                .collect();
                let what = what.join(&tr!(lang, "state-list-separator"));
                format!(
                    "{} {}",
                    tr!(lang, "state-skipped", what = what.as_str()),
                    kept_note(kept)
                )
            }
            StateProblem::NotReopened { path } => {
                tr!(
                    lang,
                    "state-not-reopened",
                    path = path.display().to_string()
                )
            }
        }
    }
}

/// Where this app's state lives on this machine: eframe's `app.ron` and the files kept beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateFiles {
    dir: PathBuf,
}

impl StateFiles {
    /// The state files in `dir` (the native window uses eframe's storage folder; tests a temp folder).
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// eframe's key-value file; the app's state is the `app` key.
    pub fn app_ron(&self) -> PathBuf {
        self.dir.join("app.ron")
    }

    /// Present while the last file is being reopened at start; still there at the next start means the app
    /// ended (crashed, was killed) while reopening it.
    pub fn reopen_marker(&self) -> PathBuf {
        self.dir.join("reopening.marker")
    }

    /// Reads `app.ron` (eframe's map of RON strings) and the app's state in it, as far as it is readable. An
    /// unreadable or partly readable state is first copied to `app.ron.bad` (or `app.ron.bad.2`…, never over an
    /// older copy), so that nothing the user saved is lost when the app next saves its state over `app.ron`.
    pub fn load(&self, key: &str) -> LoadedState {
        let path = self.app_ron();
        let text = match std::fs::read(&path) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return LoadedState::default();
            }
            Err(error) => {
                return LoadedState::unreadable(error.to_string(), None);
            }
            Ok(bytes) => bytes,
        };
        let parsed = std::str::from_utf8(&text)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                ron::from_str::<std::collections::HashMap<String, String>>(text)
                    .map_err(|e| e.to_string())
            })
            .and_then(|map| match map.get(key) {
                None => Ok((AppState::default(), None)),
                Some(state) => AppState::from_ron_leniently(state),
            });
        match parsed {
            Ok((state, None)) => LoadedState {
                state,
                problems: Vec::new(),
            },
            Ok((state, Some(mut problem))) => {
                if let StateProblem::Skipped { kept, .. } = &mut problem {
                    *kept = self.keep_bad_copy(&text);
                }
                LoadedState {
                    state,
                    problems: vec![problem],
                }
            }
            Err(reason) => LoadedState::unreadable(reason, self.keep_bad_copy(&text)),
        }
    }

    /// Copies `bytes` to the first free `app.ron.bad`, `app.ron.bad.2`, … (an identical copy is reused).
    fn keep_bad_copy(&self, bytes: &[u8]) -> Option<PathBuf> {
        let candidates = std::iter::once(self.dir.join("app.ron.bad"))
            .chain((2..=20).map(|n| self.dir.join(format!("app.ron.bad.{n}"))));
        for candidate in candidates {
            match std::fs::read(&candidate) {
                Ok(existing) if existing == bytes => return Some(candidate),
                Ok(_) => continue,
                Err(_) => {
                    return crate::export::write_atomically(&candidate, |out| {
                        out.write_all(bytes)
                            .map_err(|source| crate::export::ExportError::Io {
                                path: String::new(),
                                source,
                            })
                    })
                    .ok()
                    .map(|()| candidate);
                }
            }
        }
        None
    }
}

impl LoadedState {
    fn unreadable(reason: String, kept: Option<PathBuf>) -> Self {
        Self {
            state: AppState::default(),
            problems: vec![StateProblem::Unreadable { reason, kept }],
        }
    }
}

/// Reading RON one piece at a time, so that one bad piece does not cost the others.
mod lenient {
    use std::collections::BTreeMap;
    use std::fmt;

    use ron::value::RawValue;
    use serde::de::{DeserializeOwned, MapAccess, Visitor};

    /// The fields of a RON struct `(name: value, …)`, each value as raw text.
    pub(super) fn struct_fields(text: &str) -> Result<Vec<(String, Box<RawValue>)>, String> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = Vec<(String, Box<RawValue>)>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a struct")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = map.next_entry::<String, Box<RawValue>>()? {
                    fields.push(field);
                }
                Ok(fields)
            }
        }
        let mut deserializer = ron::Deserializer::from_str(text).map_err(|e| e.to_string())?;
        serde::Deserializer::deserialize_struct(&mut deserializer, "AppState", &[], Fields)
            .map_err(|e| e.to_string())
    }

    /// The elements of a RON list that read as `T`, and how many did not; `None` when it is no list.
    pub(super) fn elements<T: DeserializeOwned>(raw: &RawValue) -> Option<(Vec<T>, usize)> {
        let items: Vec<Box<RawValue>> = raw.into_rust().ok()?;
        let total = items.len();
        let good: Vec<T> = items
            .iter()
            .filter_map(|item| item.into_rust::<T>().ok())
            .collect();
        let bad = total - good.len();
        Some((good, bad))
    }

    /// The entries of a RON map of strings whose values read as `T`, and how many did not.
    pub(super) fn entries<T: DeserializeOwned>(
        raw: &RawValue,
    ) -> Option<(BTreeMap<String, T>, usize)> {
        let items: BTreeMap<String, Box<RawValue>> = raw.into_rust().ok()?;
        let total = items.len();
        let good: BTreeMap<String, T> = items
            .into_iter()
            .filter_map(|(key, item)| item.into_rust::<T>().ok().map(|value| (key, value)))
            .collect();
        let bad = total - good.len();
        Some((good, bad))
    }
}
