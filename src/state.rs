//! `AppState`: this user's intent and preferences (the current view, theme, saved views, mappings, last file),
//! persisted by eframe between runs. Never data, and nothing only shown (that is `ui::UiState`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::load::mapping::Mapping;
use crate::model::load::open::OpenOptions;
use crate::query::{ClientSafe, View};

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// What the user chose. `#[serde(default)]` keeps old saves loading after new fields are added.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    pub view: View,
    pub theme: Theme,
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
}
