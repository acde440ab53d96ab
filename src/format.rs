//! Number formatting shared by the GUI, the CLI and the exports: thousands separators, units, percentages.
//!
//! Pure functions; must not depend on egui, eframe or rfd.

use serde::{Deserialize, Serialize};

/// `1234567.891` with 1 decimal ⇒ `"1,234,567.9"`. Non-finite ⇒ `"–"`.
pub fn thousands(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (integer, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + integer.len() / 3 + 1);
    // "-0.0" would read as a negative amount: only sign values that round to something non-zero.
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A count with thousands separators: `3530` ⇒ `"3,530"`.
pub fn count(value: usize) -> String {
    thousands(value as f64, 0)
}

/// A percentage with one decimal and a thin space before the sign: `17.6 %`.
pub fn percent(value: f64) -> String {
    if value.is_finite() {
        format!("{} %", thousands(value, 1))
    } else {
        "–".to_owned()
    }
}

/// The currency amounts are shown in. Files always hold USD m; CNY is converted at each row's contract-year rate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    #[default]
    Usd,
    Cny,
}

/// The scale amounts are shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scale {
    /// Totals of a billion or more in billions, everything else (and every project) in millions.
    #[default]
    Auto,
    /// Millions.
    Millions,
    /// Billions.
    Billions,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Cny => "CNY",
        }
    }
}

impl Scale {
    pub const ALL: [Scale; 3] = [Scale::Auto, Scale::Millions, Scale::Billions];

    pub fn title(self) -> &'static str {
        match self {
            Scale::Auto => "Automatic (m / bn)",
            Scale::Millions => "Millions",
            Scale::Billions => "Billions",
        }
    }

    /// The fixed scale used for columns of numbers (a column shares one unit): millions unless billions.
    fn column_scale(self) -> Scale {
        match self {
            Scale::Billions => Scale::Billions,
            Scale::Auto | Scale::Millions => Scale::Millions,
        }
    }

    /// The fixed scale for one amount.
    fn for_amount(self, millions: f64) -> Scale {
        match self {
            Scale::Auto if millions.abs() >= 1000.0 => Scale::Billions,
            Scale::Auto => Scale::Millions,
            fixed => fixed,
        }
    }

    pub fn suffix(self) -> &'static str {
        match self {
            Scale::Auto | Scale::Millions => "m",
            Scale::Billions => "bn",
        }
    }

    fn divisor(self) -> f64 {
        match self {
            Scale::Auto | Scale::Millions => 1.0,
            Scale::Billions => 1000.0,
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
    /// The unit of a column of numbers, e.g. `"USD m"`.
    pub fn unit(self) -> String {
        format!(
            "{} {}",
            self.currency.code(),
            self.scale.column_scale().suffix()
        )
    }

    /// An amount in millions as a number in the column unit (see [`Self::unit`]).
    pub fn scaled(self, millions: f64) -> f64 {
        millions / self.scale.column_scale().divisor()
    }

    /// One amount with its unit: `"USD 70.4 bn"`, `"USD 12,345.6 m"`.
    pub fn format(self, millions: f64) -> String {
        if !millions.is_finite() {
            return "–".to_owned();
        }
        let scale = self.scale.for_amount(millions);
        let scaled = millions / scale.divisor();
        // Three decimals below one unit (USD 0.132 bn), so small amounts never print as 0.1 or 0.0.
        let decimals = if scaled.abs() < 1.0 && scaled != 0.0 {
            3
        } else {
            1
        };
        format!(
            "{} {} {}",
            self.currency.code(),
            thousands(scaled, decimals),
            scale.suffix()
        )
    }

    /// Just the number in the column unit, for table cells whose header carries the unit.
    pub fn number(self, millions: f64) -> String {
        let decimals = match self.scale.column_scale() {
            Scale::Billions => 3,
            _ => 1,
        };
        thousands(self.scaled(millions), decimals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators_and_signs() {
        assert_eq!(thousands(1_234_567.891, 1), "1,234,567.9");
        assert_eq!(thousands(999.95, 1), "1,000.0");
        assert_eq!(thousands(-1234.0, 0), "-1,234");
        assert_eq!(thousands(-0.01, 1), "0.0");
        assert_eq!(thousands(f64::NAN, 1), "–");
        assert_eq!(count(3530), "3,530");
        assert_eq!(percent(17.58), "17.6 %");
    }

    #[test]
    fn money_in_millions_and_billions() {
        let auto = MoneyFormat::default();
        let usd_m = MoneyFormat {
            scale: Scale::Millions,
            ..auto
        };
        let usd_bn = MoneyFormat {
            scale: Scale::Billions,
            ..auto
        };
        assert_eq!(usd_m.format(70_400.0), "USD 70,400.0 m");
        assert_eq!(usd_bn.format(70_400.0), "USD 70.4 bn");
        assert_eq!(usd_bn.format(12.5), "USD 0.013 bn");
        assert_eq!(usd_bn.unit(), "USD bn");
        assert_eq!(auto.format(70_400.0), "USD 70.4 bn");
        assert_eq!(auto.format(812.26), "USD 812.3 m");
        assert_eq!(auto.unit(), "USD m");
        assert_eq!(auto.number(1234.5), "1,234.5");
        let cny = MoneyFormat {
            currency: Currency::Cny,
            ..auto
        };
        assert_eq!(cny.format(2_000.0), "CNY 2.0 bn");
    }
}
