//! Currencies and scale words written in a cell (`USD 70.4 bn`, `¥3亿`, `HK$ 2m`) or in a header.

use super::{
    Parsed, is_missing, normalize_width, strip_prefix_ignore_case, strip_suffix_ignore_case,
};

/// A currency written in the cell itself ("USD 70.4 bn", "$12m", "¥3亿", "RMB 5", "HK$ 2m").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellCurrency {
    Usd,
    Cny,
    Hkd,
}

/// Currency tokens, longest UTF-8 first so that `美元` wins over `元` and `HK$` over `$` whether
/// matched at the start or the end of a cell. ASCII tokens are matched case-insensitively.
pub(super) const CURRENCY_TOKENS: &[(&str, CellCurrency)] = &[
    ("人民币", CellCurrency::Cny),
    ("人民幣", CellCurrency::Cny),
    ("美元", CellCurrency::Usd),
    ("美金", CellCurrency::Usd),
    ("港元", CellCurrency::Hkd),
    ("港币", CellCurrency::Hkd),
    ("港幣", CellCurrency::Hkd),
    ("us$", CellCurrency::Usd),
    ("usd", CellCurrency::Usd),
    ("hk$", CellCurrency::Hkd),
    ("hkd", CellCurrency::Hkd),
    ("cny", CellCurrency::Cny),
    ("rmb", CellCurrency::Cny),
    ("元", CellCurrency::Cny),
    ("￥", CellCurrency::Cny),
    ("¥", CellCurrency::Cny),
    ("$", CellCurrency::Usd),
];

/// The currency a text names somewhere in it ("合同外资(亿港元)", "Value in USD m"), by the first token of
/// [`CURRENCY_TOKENS`] it contains: longer tokens come first, so 港元 is not read as 元.
pub fn currency_named_in(text: &str) -> Option<CellCurrency> {
    let text = text.to_lowercase();
    CURRENCY_TOKENS
        .iter()
        .find(|(token, _)| text.contains(token))
        .map(|&(_, currency)| currency)
}

/// A currency cell (a 币种 column): missing when blank, invalid when it names no currency the app knows.
pub fn parse_currency(text: &str) -> Parsed<CellCurrency> {
    if is_missing(text) {
        return Parsed::Missing;
    }
    let text = normalize_width(text.trim()).to_lowercase();
    let named = match text.as_str() {
        "us dollar" | "us dollars" | "dollar" | "dollars" => Some(CellCurrency::Usd),
        "yuan" | "renminbi" => Some(CellCurrency::Cny),
        "hong kong dollar" | "hong kong dollars" => Some(CellCurrency::Hkd),
        _ => CURRENCY_TOKENS
            .iter()
            .find(|(token, _)| *token == text)
            .map(|&(_, currency)| currency),
    };
    named.map_or(Parsed::Invalid, Parsed::Value)
}

/// Scale words written after a number, as powers of ten, longest UTF-8 first so that `百万`
/// wins over `万` and `mm` over `m`. `m`/`M` always mean million: amounts are never in milli-units.
pub(super) const SCALE_TOKENS: &[(&str, u8)] = &[
    ("trillion", 12),
    ("thousand", 3),
    ("billion", 9),
    ("million", 6),
    ("万亿", 12),
    ("萬億", 12),
    ("十亿", 9),
    ("十億", 9),
    ("千万", 7),
    ("千萬", 7),
    ("百万", 6),
    ("百萬", 6),
    ("mio", 6),
    ("千", 3),
    ("万", 4),
    ("萬", 4),
    ("亿", 8),
    ("億", 8),
    ("bn", 9),
    ("mn", 6),
    ("mm", 6),
    ("tn", 12),
    ("k", 3),
    ("m", 6),
    ("b", 9),
];

/// No currency or scale token starts or ends with a digit: the common "1,234.5" skips the tables.
fn starts_with_digit(text: &str) -> bool {
    text.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

fn ends_with_digit(text: &str) -> bool {
    text.as_bytes().last().is_some_and(u8::is_ascii_digit)
}

pub(super) fn strip_currency_prefix(text: &str) -> Option<(CellCurrency, &str)> {
    if starts_with_digit(text) {
        return None;
    }
    CURRENCY_TOKENS.iter().find_map(|&(token, currency)| {
        strip_prefix_ignore_case(text, token).map(|rest| (currency, rest))
    })
}

pub(super) fn strip_currency_suffix(text: &str) -> Option<(CellCurrency, &str)> {
    if ends_with_digit(text) {
        return None;
    }
    CURRENCY_TOKENS.iter().find_map(|&(token, currency)| {
        strip_suffix_ignore_case(text, token).map(|rest| (currency, rest))
    })
}

pub(super) fn strip_scale_suffix(text: &str) -> Option<(u8, &str)> {
    if ends_with_digit(text) {
        return None;
    }
    SCALE_TOKENS.iter().find_map(|&(token, exponent)| {
        strip_suffix_ignore_case(text, token).map(|rest| (exponent, rest))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_tables_are_longest_first() {
        for pair in CURRENCY_TOKENS.windows(2) {
            assert!(pair[0].0.len() >= pair[1].0.len(), "{pair:?}");
        }
        for pair in SCALE_TOKENS.windows(2) {
            assert!(pair[0].0.len() >= pair[1].0.len(), "{pair:?}");
        }
    }
}
