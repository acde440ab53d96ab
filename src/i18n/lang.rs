//! `Lang`: the three interface languages, their BCP 47 tags, and the system locale they follow on first start.

use serde::{Deserialize, Serialize};

use crate::format::Notation;

/// An interface language. Serialised as its tag (`"zh-Hant"`), so saved state and `--lang` read the same.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Lang {
    /// English, the source language of the catalogue.
    #[default]
    En,
    /// Simplified Chinese, as read in Chongqing and the rest of the mainland.
    ZhHans,
    /// Traditional Chinese, as read in Hong Kong.
    ZhHant,
}

/// A tag naming none of the three languages.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: expected en, zh-Hans or zh-Hant")]
pub struct UnknownLang(pub String);

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::ZhHant];

    /// The BCP 47 tag: `"en"`, `"zh-Hans"`, `"zh-Hant"`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// The language's name in its own script, the same whatever the interface language, so that a reader who
    /// cannot read the current one still finds theirs in the menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
        }
    }

    /// How numbers and amounts are written in this language.
    pub fn notation(self) -> Notation {
        match self {
            Lang::En => Notation::English,
            Lang::ZhHans => Notation::Simplified,
            Lang::ZhHant => Notation::Traditional,
        }
    }

    /// The language of a BCP 47 or POSIX locale tag, case-insensitive: `en`, `en-GB` ⇒ English; `zh`, `zh-CN`,
    /// `zh-SG`, `zh-Hans-HK` ⇒ Simplified; `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant`, `yue` ⇒ Traditional;
    /// `zh_TW.UTF-8` as POSIX writes it, too. `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // POSIX adds an encoding and a modifier: zh_TW.UTF-8@stroke.
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        let mut subtags = tag.split(['-', '_']).map(str::to_ascii_lowercase);
        let language = subtags.next()?;
        let rest: Vec<String> = subtags.collect();
        let has = |subtag: &str| rest.iter().any(|s| s == subtag);
        match language.as_str() {
            "en" => Some(Lang::En),
            // Cantonese is written in Traditional characters.
            "yue" if !has("hans") => Some(Lang::ZhHant),
            "yue" => Some(Lang::ZhHans),
            "zh" if has("hant") => Some(Lang::ZhHant),
            "zh" if has("hans") => Some(Lang::ZhHans),
            "zh" if has("tw") || has("hk") || has("mo") => Some(Lang::ZhHant),
            "zh" => Some(Lang::ZhHans),
            _ => None,
        }
    }

    /// The first of the user's preferred locales that is one of ours; English when none is.
    pub fn from_locales(locales: impl IntoIterator<Item = impl AsRef<str>>) -> Lang {
        locales
            .into_iter()
            .find_map(|locale| Lang::from_tag(locale.as_ref()))
            .unwrap_or_default()
    }

    /// The language the operating system's locale settings ask for (for the first start, before the user picks).
    pub fn from_system() -> Lang {
        Lang::from_locales(sys_locale::get_locales())
    }
}

impl From<Lang> for Notation {
    fn from(lang: Lang) -> Notation {
        lang.notation()
    }
}

impl From<Lang> for String {
    fn from(lang: Lang) -> String {
        lang.tag().to_owned()
    }
}

impl TryFrom<String> for Lang {
    type Error = UnknownLang;

    fn try_from(tag: String) -> Result<Lang, UnknownLang> {
        Lang::from_tag(&tag).ok_or(UnknownLang(tag))
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    /// For `--lang`: the same tags as [`Lang::from_tag`].
    fn from_str(tag: &str) -> Result<Lang, UnknownLang> {
        Lang::from_tag(tag).ok_or_else(|| UnknownLang(tag.to_owned()))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_languages() {
        for (tag, lang) in [
            ("en", Some(Lang::En)),
            ("en-US", Some(Lang::En)),
            ("EN_gb", Some(Lang::En)),
            ("zh", Some(Lang::ZhHans)),
            ("zh-CN", Some(Lang::ZhHans)),
            ("zh-SG", Some(Lang::ZhHans)),
            ("zh-Hans", Some(Lang::ZhHans)),
            ("zh-Hans-HK", Some(Lang::ZhHans)),
            ("zh_CN.UTF-8", Some(Lang::ZhHans)),
            ("zh-TW", Some(Lang::ZhHant)),
            ("zh-HK", Some(Lang::ZhHant)),
            ("zh-MO", Some(Lang::ZhHant)),
            ("zh-hant", Some(Lang::ZhHant)),
            ("zh-Hant-CN", Some(Lang::ZhHant)),
            ("zh_HK.UTF-8@stroke", Some(Lang::ZhHant)),
            ("yue-HK", Some(Lang::ZhHant)),
            ("fr-FR", None),
            ("", None),
            ("zhx", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
        }
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
            assert_eq!(lang.tag().parse::<Lang>(), Ok(lang));
        }
        assert!("de".parse::<Lang>().is_err());
    }

    #[test]
    fn the_first_known_locale_wins() {
        assert_eq!(Lang::from_locales(["de-DE", "zh-HK", "en"]), Lang::ZhHant);
        assert_eq!(Lang::from_locales(["en-AU", "zh-CN"]), Lang::En);
        assert_eq!(Lang::from_locales(["fr"]), Lang::En);
        assert_eq!(Lang::from_locales(Vec::<String>::new()), Lang::En);
    }

    #[test]
    fn serialised_as_its_tag() {
        let text = ron::to_string(&Lang::ZhHant).unwrap();
        assert_eq!(text, "\"zh-Hant\"");
        assert_eq!(ron::from_str::<Lang>("\"zh-TW\"").unwrap(), Lang::ZhHant);
        assert_eq!(serde_json::to_string(&Lang::ZhHans).unwrap(), "\"zh-Hans\"");
        assert!(ron::from_str::<Lang>("\"klingon\"").is_err());
    }
}
