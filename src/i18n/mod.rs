//! The interface languages — English, 简体中文 and 繁體中文 — and the message catalogue every user-visible
//! string goes through.
//!
//! A leaf: imports nothing of the crate but [`crate::format`] (numbers and money, which know the languages as
//! a [`Notation`]). Must not depend on egui, eframe or rfd, so the CLI and the exports use it too.
//!
//! # Using it
//!
//! ```
//! use invest_explorer::i18n::{self, Lang};
//! use invest_explorer::tr;
//!
//! assert_eq!(tr!(Lang::ZhHans, "tab-charts"), "图表");
//! assert_eq!(tr!(Lang::En, "count-projects", n = 1), "1 project");
//! assert_eq!(tr!(Lang::En, "status-projects", shown = 312, total = 3530), "312 of 3,530 projects");
//! assert_eq!(i18n::tr(Lang::ZhHant, "tab-map"), "地圖");
//! ```
//!
//! Numbers passed as arguments are printed with thousands separators (3,530) in every language; pass a year as
//! [`year`] (text, never separated), a percentage or an amount already formatted
//! ([`crate::format::percent_in`], [`crate::format::MoneyFormat::format_in`]: both take a `Lang`).
//!
//! # Adding a message
//!
//! 1. Pick an id `area-thing`, lowercase words joined by `-`: the area first (`tab`, `menu`, `chart`,
//!    `status`, `empty`, `data`, `field`, `figure`, `money`, `lang`…), then what it is: `tab-charts`,
//!    `chart-axis-year`, `menu-view-language`. A tooltip is the label's id plus `-hint`.
//! 2. Add it to `assets/i18n/en.ftl` under its area's `##` heading, then to `zh-Hans.ftl` and `zh-Hant.ftl`
//!    with the same variables. Write the Chinese as a consultant would say it to a client (合同外资, 实际使用
//!    外资, 港资项目), and the Traditional for Hong Kong readers (檔案, 檢視, 億元人民幣), checking each word rather
//!    than converting characters.
//! 3. Plurals: English selects on the number, `{ $n -> [one] project *[other] projects }`; Chinese has no
//!    plural forms, so its messages simply use `{ $n }`.
//! 4. Call it with a literal id — `tr!(lang, "chart-axis-year")` or `tr!(lang, "status-projects", shown = a,
//!    total = b)` — so `tests/i18n.rs` can check every id the code uses exists. An id picked at run time (one
//!    per enum variant) belongs in a `match` of literals, with a test looping over the variants through
//!    [`has_message`].
//! 5. `cargo test --test i18n` checks the three catalogues agree, have no empty message and no English left
//!    in the Chinese ones, and that the fonts have every character; when it names a new character, run
//!    `assets/fonts/make-subsets.sh`.
//!
//! A message missing from a language falls back to English, then to its id: the interface never panics over
//! a catalogue, and the tests catch the gap before it ships.

mod catalogue;
mod lang;

pub use catalogue::SOURCES;
pub use fluent_bundle::FluentValue as Value;
pub use lang::{Lang, UnknownLang};

pub use crate::format::Notation;

/// The message `id` in `lang`: `tr(Lang::ZhHant, "tab-map")` ⇒ `"地圖"`.
pub fn tr(lang: Lang, id: &str) -> String {
    catalogue::format(lang, id, &[])
}

/// The message `id` in `lang` with named arguments:
/// `tr_args(Lang::En, "count-projects", &[("n", 2.into())])` ⇒ `"2 projects"`. The [`tr!`](crate::tr) macro
/// writes the slice for you.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, Value<'_>)]) -> String {
    catalogue::format(lang, id, args)
}

/// Whether `lang`'s own catalogue has the message `id`, without falling back to English: for tests of ids
/// chosen at run time.
pub fn has_message(lang: Lang, id: &str) -> bool {
    catalogue::has_message(lang, id)
}

/// A year as a message argument: text, so that it never gets a thousands separator (2019, not 2,019).
pub fn year(year: i32) -> Value<'static> {
    Value::from(year.to_string())
}

/// A message in a language, with optional named arguments: `tr!(lang, "tab-charts")`,
/// `tr!(lang, "status-projects", shown = 312, total = 3530)`. The id must be a literal (see the
/// [module documentation](crate::i18n) for why).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::i18n::tr($lang, $id)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Value::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
