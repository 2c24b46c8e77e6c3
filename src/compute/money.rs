//! Money: exact decimal amounts, the one rounding rule, and locale formatting.
//!
//! Amounts never go through `f64`. A case file's `12345678901234567.89` reaches [`Amount`] as the
//! YAML scalar's own text and is parsed by `rust_decimal`, so every digit is kept. Rounding to the
//! cent happens in exactly one function, [`round_cents`], called once per computed line
//! (design.md: "round to the cent once per computed line, half away from zero").

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Rounds to the cent, half away from zero. The only place amounts are rounded.
pub fn round_cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// An exact amount of money as written in the case file (currency given by the jurisdiction).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(pub Decimal);

impl Amount {
    pub const ZERO: Amount = Amount(Decimal::ZERO);

    pub fn value(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Parses the exact text of an amount: digits with an optional `.` or `,` decimal separator,
/// optional sign; spaces, `_` and non-breaking spaces are accepted as thousands separators.
pub fn parse_amount(text: &str) -> Result<Decimal, String> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let cleaned = cleaned
        .strip_suffix('€')
        .or_else(|| cleaned.strip_suffix('$'))
        .unwrap_or(&cleaned);
    let valid = !cleaned.is_empty()
        && cleaned
            .trim_start_matches(['-', '+'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && cleaned.matches('.').count() <= 1
        && cleaned.chars().any(|c| c.is_ascii_digit());
    if !valid {
        return Err(format!("`{text}` is not an amount"));
    }
    Decimal::from_str(cleaned).map_err(|e| format!("`{text}` is not a valid amount: {e}"))
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `deserialize_str`: the YAML deserializer then hands over the scalar's source text
        // (e.g. "12345678901234567.89") instead of a lossy f64.
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount such as 1234.56 or \"1234,56\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Amount, E> {
                parse_amount(v).map(Amount).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Amount, E> {
                Ok(Amount(Decimal::from(v)))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Amount, E> {
                Ok(Amount(Decimal::from(v)))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.to_string())
    }
}

impl JsonSchema for Amount {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Amount".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact amount: a number (1234.56) or a string (\"1234.56\", \"1 234,56\"). Parsed as a decimal, never as a float.",
            "anyOf": [
                {"type": "number"},
                {"type": "string", "pattern": "^[-+]?[0-9][0-9 _\u{a0}\u{202f}]*([.,][0-9]+)?\\s*[€$]?$"}
            ]
        })
    }
}

/// Formats an amount in the French way: `1 234,56 €` with a narrow no-break space (U+202F) as
/// thousands separator and a no-break space (U+00A0) before the currency sign.
pub fn format_eur_fr(value: Decimal) -> String {
    format!("{}\u{a0}€", format_number_fr(round_cents(value), 2))
}

/// Formats a percentage the French way: `12,15 %` (no-break space before %).
pub fn format_percent_fr(value: Decimal) -> String {
    let v = value.normalize();
    let dp = v.scale().max(2);
    format!("{}\u{a0}%", format_number_fr(v, dp))
}

/// `1234567.5` with 2 decimals → `1 234 567,50` (U+202F between groups).
pub fn format_number_fr(value: Decimal, decimals: u32) -> String {
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let grouped = group_thousands(&int_part, '\u{202f}');
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "−"
    } else {
        ""
    };
    match frac_part {
        Some(f) if decimals > 0 => format!("{sign}{grouped},{f}"),
        _ => format!("{sign}{grouped}"),
    }
}

/// "1234567" → "1 234 567" with `sep` between groups of three digits.
pub fn group_thousands(digits: &str, sep: char) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::dec;

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_cents(dec("184.9315")), dec("184.93"));
        assert_eq!(round_cents(dec("0.125")), dec("0.13"));
        assert_eq!(round_cents(dec("-0.125")), dec("-0.13"));
        assert_eq!(round_cents(dec("5.11232876")), dec("5.11"));
    }

    #[test]
    fn parses_exact_amounts() {
        assert_eq!(
            parse_amount("12345678901234567.89").unwrap().to_string(),
            "12345678901234567.89"
        );
        assert_eq!(parse_amount("1 234,56").unwrap(), dec("1234.56"));
        assert_eq!(parse_amount("1234.56 €").unwrap(), dec("1234.56"));
        assert!(parse_amount("12abc").is_err());
        assert!(parse_amount("1.2.3").is_err());
        assert!(parse_amount("").is_err());
    }

    #[test]
    fn formats_french_amounts() {
        assert_eq!(format_eur_fr(dec("1234.56")), "1\u{202f}234,56\u{a0}€");
        assert_eq!(format_eur_fr(dec("40")), "40,00\u{a0}€");
        assert_eq!(
            format_eur_fr(dec("1234567.005")),
            "1\u{202f}234\u{202f}567,01\u{a0}€"
        );
        assert_eq!(format_percent_fr(dec("12.15")), "12,15\u{a0}%");
        assert_eq!(format_percent_fr(dec("10")), "10,00\u{a0}%");
        assert_eq!(format_percent_fr(dec("0.125")), "0,125\u{a0}%");
    }
}
