//! Number formatting shared by the GUI, the CLI and the exports: thousands separators, units, percentages, and
//! money as English readers count it (USD 70.4 bn) and as Chinese readers do (704 亿美元, 704 億美元).
//!
//! Pure functions; must not depend on egui, eframe or rfd, nor on `i18n`: the interface language reaches this
//! module as a [`Notation`] (`i18n::Lang` converts into one), so the two leaves never import each other in a
//! circle.

use serde::{Deserialize, Serialize};

/// How numbers and amounts are written for a reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Notation {
    /// Millions and billions: "USD 70.4 bn", "17.6 %".
    #[default]
    English,
    /// 万 and 亿 in Simplified characters, for mainland readers: "704 亿美元", "49 亿元", "17.6%".
    Simplified,
    /// 萬 and 億 in Traditional characters, for Hong Kong readers, who read a bare 元 as Hong Kong dollars:
    /// "704 億美元", "49 億元人民幣".
    Traditional,
}

impl Notation {
    /// Whether the reader counts large amounts in ten-thousands (万, 亿) rather than thousands (m, bn).
    pub fn counts_in_wan(self) -> bool {
        self != Notation::English
    }
}

/// `1234567.891` with 1 decimal ⇒ `"1,234,567.9"`. Non-finite ⇒ `"–"`.
pub fn thousands(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{:.*}", decimals, value.abs());
    // "-0.0" would read as a negative amount: only sign values that round to something non-zero.
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        group_digits(&format!("-{text}"))
    } else {
        group_digits(&text)
    }
}

/// Puts thousands separators into a plain decimal number: `"-1234567.5"` ⇒ `"-1,234,567.5"`. Text that is not a
/// plain number is returned unchanged.
pub fn group_digits(number: &str) -> String {
    let (sign, unsigned) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let (integer, fraction) = match unsigned.split_once('.') {
        Some((integer, fraction)) => (integer, Some(fraction)),
        None => (unsigned, None),
    };
    let plain = |digits: &str| digits.bytes().all(|b| b.is_ascii_digit());
    if integer.is_empty() || !plain(integer) || !fraction.is_none_or(plain) {
        return number.to_owned();
    }
    let mut out = String::with_capacity(number.len() + integer.len() / 3);
    out.push_str(sign);
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// Rounds to `decimals` places, so sums print as `70400.0`, not `70400.00000000001` (the CLI and the score's
/// CSV and XLSX use it).
pub fn round_to(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

/// Significant digits a chart's value label keeps at the least: enough to tell a 0.326 bar from a 0.3 one.
const CHART_SIGNIFICANT: i32 = 3;
/// The most decimals a chart's value label shows (a value under a millionth of its unit reads as 0.000000).
const CHART_MAX_DECIMALS: i32 = 6;

/// A value label at a bar's end or a line's last point, in the unit of its axis: three significant digits below
/// 100 (`0.326`, `3.26`, `32.6`), every digit of the whole part above, with thousands separators (`326`,
/// `70,400`), so labels tell bars apart on any selection. The one rule of the window, the PNG and the PDF.
pub fn chart_value(value: f64) -> String {
    if value == 0.0 {
        return "0".to_owned();
    }
    thousands(value, chart_decimals(value))
}

/// The decimals [`chart_value`] gives `value`.
fn chart_decimals(value: f64) -> usize {
    let magnitude = value.abs();
    if !magnitude.is_finite() || magnitude == 0.0 {
        return 0;
    }
    let power = magnitude.log10().floor() as i32;
    let decimals = (CHART_SIGNIFICANT - 1 - power).clamp(0, CHART_MAX_DECIMALS);
    // 9.996 rounds up to 10.00: one power more, so one decimal fewer keeps three digits (10.0).
    let rounds_up = round_to(magnitude, decimals) >= 10f64.powi(power + 1);
    if rounds_up && decimals > 0 {
        (decimals - 1) as usize
    } else {
        decimals as usize
    }
}

/// A count with thousands separators, the same in all three languages: `3530` ⇒ `"3,530"`.
pub fn count(value: usize) -> String {
    thousands(value as f64, 0)
}

/// A percentage with one decimal and a space before the sign, as the English interface writes it: `17.6 %`.
pub fn percent(value: f64) -> String {
    percent_in(Notation::English, value)
}

/// A percentage with one decimal: `17.6 %` in English, `17.6%` in Chinese (no space before the sign). A share
/// above zero that would round to nothing (one project of 3,530 by amount: 0.0005 %) reads `< 0.1 %`, not a
/// `0.0 %` that says it is none.
pub fn percent_in(notation: impl Into<Notation>, value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let tiny = value > 0.0 && value < 0.05;
    match (notation.into(), tiny) {
        (Notation::English, false) => format!("{} %", thousands(value, 1)),
        (Notation::English, true) => "< 0.1 %".to_owned(),
        (Notation::Simplified | Notation::Traditional, false) => {
            format!("{}%", thousands(value, 1))
        }
        (Notation::Simplified | Notation::Traditional, true) => "<0.1%".to_owned(),
    }
}

/// The currency amounts are shown in. Files always hold USD m; CNY is converted at each row's contract-year rate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    #[default]
    Usd,
    Cny,
    /// Hong Kong dollars.
    Hkd,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Cny, Currency::Hkd];

    /// The ISO 4217 code: `"USD"`, `"CNY"`, `"HKD"`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Cny => "CNY",
            Currency::Hkd => "HKD",
        }
    }

    /// The currency's name after 万 or 亿: 万美元, 万元, 万港元. Hong Kong readers take a bare 元 for Hong Kong
    /// dollars, so renminbi is named there: 萬元人民幣.
    fn chinese_name(self, notation: Notation) -> &'static str {
        match (self, notation) {
            (Currency::Usd, _) => "美元",
            (Currency::Cny, Notation::Traditional) => "元人民幣",
            (Currency::Cny, _) => "元",
            (Currency::Hkd, _) => "港元",
        }
    }
}

/// The scale amounts are shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scale {
    /// As the reader counts: in English, totals of a billion or more in billions, everything else (and every
    /// project) in millions; in Chinese, amounts of 1 亿 or more in 亿, everything else in 万.
    #[default]
    Auto,
    /// Millions: "USD 812.5 m".
    Millions,
    /// Billions: "USD 70.4 bn".
    Billions,
    /// 万 (wàn, ten thousand): "8,125 万美元".
    Wan,
    /// 亿 (yì, a hundred million): "704 亿美元".
    Yi,
}

impl Scale {
    pub const ALL: [Scale; 5] = [
        Scale::Auto,
        Scale::Millions,
        Scale::Billions,
        Scale::Wan,
        Scale::Yi,
    ];

    /// The English name of the choice; the catalogue has it in every language (`money-scale-*`).
    pub fn title(self) -> &'static str {
        match self {
            Scale::Auto => "Automatic (m / bn)",
            Scale::Millions => "Millions",
            Scale::Billions => "Billions",
            Scale::Wan => "Ten thousands (万)",
            Scale::Yi => "Hundred millions (亿)",
        }
    }

    /// Whether this is a Chinese unit, written after the number with the currency's Chinese name.
    fn is_wan_based(self) -> bool {
        matches!(self, Scale::Wan | Scale::Yi)
    }

    /// The fixed scale used for columns of numbers (a column shares one unit): millions (万 in Chinese) unless
    /// the user chose another.
    fn column_scale(self, notation: Notation) -> Scale {
        match self {
            Scale::Auto if notation.counts_in_wan() => Scale::Wan,
            Scale::Auto => Scale::Millions,
            fixed => fixed,
        }
    }

    /// The fixed scale for one amount (in millions).
    fn for_amount(self, notation: Notation, millions: f64) -> Scale {
        match self {
            Scale::Auto if notation.counts_in_wan() && millions.abs() >= 100.0 => Scale::Yi,
            Scale::Auto if notation.counts_in_wan() => Scale::Wan,
            Scale::Auto if millions.abs() >= 1000.0 => Scale::Billions,
            Scale::Auto => Scale::Millions,
            fixed => fixed,
        }
    }

    /// How many millions one unit of this scale is.
    fn millions(self) -> f64 {
        match self {
            Scale::Auto | Scale::Millions => 1.0,
            Scale::Billions => 1000.0,
            Scale::Wan => 0.01,
            Scale::Yi => 100.0,
        }
    }

    /// The unit of a fixed scale: "USD m", "亿美元", "億元人民幣". 万 and 亿 follow the reader's script; an English
    /// reader who picked them sees the Simplified forms the Chongqing sources use.
    fn unit(self, currency: Currency, notation: Notation) -> String {
        let traditional = notation == Notation::Traditional;
        let chinese = |simplified: &str, traditional_form: &str| {
            let scale = if traditional {
                traditional_form
            } else {
                simplified
            };
            format!("{scale}{}", currency.chinese_name(notation))
        };
        match self {
            Scale::Auto | Scale::Millions => format!("{} m", currency.code()),
            Scale::Billions => format!("{} bn", currency.code()),
            Scale::Wan => chinese("万", "萬"),
            Scale::Yi => chinese("亿", "億"),
        }
    }
}

/// How money is shown: currency and scale together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MoneyFormat {
    pub currency: Currency,
    pub scale: Scale,
}

impl MoneyFormat {
    /// The unit of a column of numbers for an English reader, e.g. `"USD m"`; see [`Self::unit_in`].
    pub fn unit(self) -> String {
        self.unit_in(Notation::English)
    }

    /// The unit of a column of numbers (axis titles, table headers): `"USD m"`, `"万美元"`, `"萬元人民幣"`.
    pub fn unit_in(self, notation: impl Into<Notation>) -> String {
        let notation = notation.into();
        self.scale
            .column_scale(notation)
            .unit(self.currency, notation)
    }

    /// A number in the column unit (see [`Self::unit_in`]) as millions: the inverse of [`Self::scaled_in`], for
    /// amounts typed in that unit, and exact for them (5,000 万 is 50 m, not 50.000000000000007).
    pub fn millions_in(self, notation: impl Into<Notation>, number: f64) -> f64 {
        match self.scale.column_scale(notation.into()) {
            Scale::Auto | Scale::Millions => number,
            Scale::Billions => number * 1000.0,
            Scale::Wan => number / 100.0,
            Scale::Yi => number * 100.0,
        }
    }

    /// An amount in millions as a number in the English column unit (see [`Self::unit`]).
    pub fn scaled(self, millions: f64) -> f64 {
        self.scaled_in(Notation::English, millions)
    }

    /// An amount in millions as a number in the column unit (see [`Self::unit_in`]).
    pub fn scaled_in(self, notation: impl Into<Notation>, millions: f64) -> f64 {
        millions / self.scale.column_scale(notation.into()).millions()
    }

    /// One amount with its unit for an English reader: `"USD 70.4 bn"`, `"USD 12,345.6 m"`.
    pub fn format(self, millions: f64) -> String {
        self.format_in(Notation::English, millions)
    }

    /// One amount with its unit: `"USD 70.4 bn"` in English, `"704 亿美元"` in Chinese under [`Scale::Auto`];
    /// a fixed scale stays as chosen in every notation. Non-finite ⇒ `"–"`.
    pub fn format_in(self, notation: impl Into<Notation>, millions: f64) -> String {
        if !millions.is_finite() {
            return "–".to_owned();
        }
        let notation = notation.into();
        let scale = self.scale.for_amount(notation, millions);
        let scaled = millions / scale.millions();
        // Three decimals below one unit (USD 0.132 bn), so small amounts never print as 0.1 or 0.0.
        let small = scaled.abs() < 1.0 && scaled != 0.0;
        let unit = scale.unit(self.currency, notation);
        if scale.is_wan_based() {
            // Chinese amounts carry no trailing zeros (704 亿, not 704.00 亿) and are as precise as the English
            // ones: 8.13 亿 (a million), 8,125 万 (ten thousand).
            let decimals = match scale {
                _ if small => 3,
                Scale::Yi => 2,
                _ => 0,
            };
            format!("{} {unit}", trim_zeros(thousands(scaled, decimals)))
        } else {
            let decimals = if small { 3 } else { 1 };
            let (code, suffix) = unit.split_once(' ').unwrap_or((&unit, ""));
            format!("{code} {} {suffix}", thousands(scaled, decimals))
        }
    }

    /// Just the number in the English column unit, for table cells whose header carries the unit.
    pub fn number(self, millions: f64) -> String {
        self.number_in(Notation::English, millions)
    }

    /// Just the number in the column unit (see [`Self::unit_in`]), with the same decimals down a column, so
    /// that every cell shows a precision of about one million at most.
    pub fn number_in(self, notation: impl Into<Notation>, millions: f64) -> String {
        let notation = notation.into();
        thousands(
            self.scaled_in(notation, millions),
            self.column_decimals(notation),
        )
    }

    /// A chart's value label in the column unit (see [`Self::unit_in`]) by the one rule of chart labels,
    /// [`chart_value`]: a project of 0.326 m reads "0.326", not "0.3".
    pub fn chart_number_in(self, notation: impl Into<Notation>, millions: f64) -> String {
        chart_value(self.scaled_in(notation, millions))
    }

    /// The decimals of a number in the column unit: about a million's precision in every unit.
    pub fn column_decimals(self, notation: impl Into<Notation>) -> usize {
        match self.scale.column_scale(notation.into()) {
            Scale::Billions => 3,
            Scale::Yi => 2,
            Scale::Wan => 0,
            Scale::Auto | Scale::Millions => 1,
        }
    }
}

/// `"704.0"` ⇒ `"704"`, `"0.130"` ⇒ `"0.13"`; whole numbers are left alone.
fn trim_zeros(number: String) -> String {
    if number.contains('.') {
        number
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned()
    } else {
        number
    }
}

#[cfg(test)]
mod tests;
