//! The field checks every rate table file goes through (France, Belgium, Québec), and the hash
//! that names a table's version.
//!
//! Rates are parsed from strings into [`Decimal`], never through a float. The confidence
//! vocabulary is the caller's: France and Belgium mark P/S/K, Québec adds D (derived), so the
//! marks are a parameter ([`FR_BE_MARKS`] for the former).

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

/// Confidence marks of the French and Belgian tables: `P` primary, `S` secondary, `K` general
/// knowledge to verify.
pub const FR_BE_MARKS: [&str; 3] = ["P", "S", "K"];

/// The hash that ends a table version (`fr-rates-2026S1-1a2b3c4d`): FNV-1a of the parsed
/// data serialised as JSON, so that any change of a value, date or source gives a new version
/// and a change of the YAML file's comments does not.
pub fn data_hash(data: &impl Serialize) -> Result<u32, String> {
    let canonical = serde_json::to_string(data).map_err(|e| e.to_string())?;
    Ok(fnv1a32(canonical.as_bytes()))
}

/// 32-bit FNV-1a: tiny, stable across platforms and Rust versions (unlike `DefaultHasher`).
fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// A rate in percent per year from its decimal string, within 0..=100 %.
pub fn parse_rate(s: &str, at: &str) -> Result<Decimal, String> {
    let d = Decimal::from_str(s.trim()).map_err(|e| format!("{at}: rate {s:?}: {e}"))?;
    if d.is_sign_negative() || d > Decimal::ONE_HUNDRED {
        return Err(format!("{at}: rate {s:?} outside 0..=100 %"));
    }
    Ok(d)
}

/// `c` is one of `marks`; the error lists them ("P, S or K").
pub fn check_confidence(c: &str, marks: &[&str], at: &str) -> Result<(), String> {
    if marks.contains(&c) {
        return Ok(());
    }
    let listed = match marks.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    };
    Err(format!("{at}: confidence must be {listed}, got {c:?}"))
}

/// A source must say something: a computed line cites it.
pub fn check_source(s: &str, at: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        Err(format!("{at}: empty source"))
    } else {
        Ok(())
    }
}

/// The day-count denominators the tables may use.
pub fn check_day_basis(b: u32, at: &str) -> Result<(), String> {
    if matches!(b, 360 | 365 | 366) {
        Ok(())
    } else {
        Err(format!("{at}: day_basis must be 360, 365 or 366, got {b}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_errors_list_the_marks() {
        assert!(check_confidence("S", &FR_BE_MARKS, "x").is_ok());
        assert_eq!(
            check_confidence("D", &FR_BE_MARKS, "x").unwrap_err(),
            "x: confidence must be P, S or K, got \"D\""
        );
        assert_eq!(
            check_confidence("X", &["P", "S", "D", "K"], "y").unwrap_err(),
            "y: confidence must be P, S, D or K, got \"X\""
        );
    }

    #[test]
    fn rates_are_exact_and_bounded() {
        assert_eq!(parse_rate(" 6.67 ", "x").unwrap().to_string(), "6.67");
        assert!(parse_rate("6,67", "x").unwrap_err().contains("6,67"));
        assert!(parse_rate("-1", "x").unwrap_err().contains("outside"));
        assert!(parse_rate("100.01", "x").is_err());
    }

    #[test]
    fn fnv1a32_known_values() {
        assert_eq!(fnv1a32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a32(b"a"), 0xe40c_292c);
    }
}
