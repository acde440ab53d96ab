//! The Fluent bundles: one per language, built on first use from the `.ftl` files embedded in the binary, and
//! the lookup with its fallbacks (the language, then English, then the id itself).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

type Bundle = FluentBundle<FluentResource>;

/// The catalogue files, English first: English is the source every other language is checked against.
pub const SOURCES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../../assets/i18n/en.ftl")),
    (Lang::ZhHans, include_str!("../../assets/i18n/zh-Hans.ftl")),
    (Lang::ZhHant, include_str!("../../assets/i18n/zh-Hant.ftl")),
];

/// Above this a number is passed to Fluent as text: its plural rules turn numbers into integers and would
/// panic on 1e20 (and on NaN). Amounts and counts never come near it.
const LARGEST_EXACT: f64 = 1e15;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let index = match lang {
        Lang::En => 0,
        Lang::ZhHans => 1,
        Lang::ZhHant => 2,
    };
    BUNDLES[index].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let source = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, source)| source);
    build_from(lang, source)
}

fn build_from(lang: Lang, source: &str) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang.tag().parse().unwrap_or_default()]);
    // Isolation marks (U+2068/U+2069) around arguments would show as boxes in labels and end up in files.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    // NUMBER() cannot clash with anything in a fresh bundle; the catalogue test checks the catalogues use it
    // correctly.
    let _ = bundle.add_builtins();
    // A syntax error costs only the broken entries (the catalogue test fails on any): the rest still load.
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    bundle.add_resource_overriding(resource);
    bundle
}

/// Numbers in messages get thousands separators in every language (3,530), unless the message asks for none
/// with `NUMBER($n, useGrouping: "false")`.
fn format_number<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.options.use_grouping => {
            Some(crate::format::group_digits(&number.as_string()))
        }
        _ => None,
    }
}

/// Whether `lang`'s own catalogue has the message (without falling back to English).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .is_some_and(|message| message.value().is_some())
}

/// The message `id` in `lang` with `args`; see [`super::tr_args`].
pub fn format(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format_from(&[bundle(lang), bundle(Lang::En)], id, args)
}

/// The message from the first of `bundles` that has it; the id itself when none has.
fn format_from(bundles: &[&Bundle], id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, safe_value(value));
        }
        fluent
    });
    for bundle in bundles {
        if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
            // Errors (a missing argument, say) leave a readable `{$name}` in the text; the catalogue test
            // keeps them out of the shipped catalogues.
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// A number Fluent can take without panicking: huge and non-finite numbers become text.
fn safe_value<'a>(value: &FluentValue<'a>) -> FluentValue<'a> {
    match value {
        FluentValue::Number(number) if !number.value.is_finite() => FluentValue::from("–"),
        FluentValue::Number(number) if number.value.abs() >= LARGEST_EXACT => {
            FluentValue::from(crate::format::thousands(number.value, 0))
        }
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_missing_from_a_language_falls_back_to_english_then_to_its_id() {
        let partial = build_from(Lang::ZhHant, "tab-map = 地圖\n");
        let bundles = [&partial, bundle(Lang::En)];
        assert_eq!(format_from(&bundles, "tab-map", &[]), "地圖");
        assert_eq!(format_from(&bundles, "tab-charts", &[]), "Charts");
        assert_eq!(
            format_from(&bundles, "no-such-message", &[]),
            "no-such-message"
        );
    }

    #[test]
    fn a_broken_catalogue_keeps_its_good_messages() {
        let broken = build_from(Lang::En, "good = Fine\nbad = { $\nalso-good = Also fine\n");
        assert_eq!(format_from(&[&broken], "good", &[]), "Fine");
        assert_eq!(format_from(&[&broken], "also-good", &[]), "Also fine");
        assert_eq!(format_from(&[&broken], "bad", &[]), "bad");
    }

    #[test]
    fn a_missing_argument_shows_its_name_rather_than_panicking() {
        let text = format(Lang::En, "status-projects", &[("shown", 3.into())]);
        assert!(text.starts_with("3 of {$total}"), "{text}");
    }
}
