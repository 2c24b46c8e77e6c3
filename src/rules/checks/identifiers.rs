//! Identifiers that carry their own check: SIREN/SIRET (Luhn key), French postcodes.

use super::Hit;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

/// Luhn check used by INSEE for SIREN and SIRET numbers.
pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.chars().rev().enumerate() {
        let Some(mut d) = c.to_digit(10) else {
            return false;
        };
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

pub fn siren(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in ["creditor", "debtor", "representative"] {
        let path = format!("{party}.registration.siren");
        let Some(value) = ctx.get(&path).and_then(|v| v.as_str()) else {
            continue;
        };
        let digits: String = value.chars().filter(|c| !c.is_whitespace()).collect();
        let problem = if !digits.chars().all(|c| c.is_ascii_digit()) {
            Some("it must contain digits only")
        } else if digits.len() != 9 && digits.len() != 14 {
            Some("a SIREN has 9 digits, a SIRET 14")
        } else if !luhn_valid(&digits) {
            Some("the check digit does not match")
        } else {
            None
        };
        if let Some(p) = problem {
            hits.push(Hit::at(&path).var("value", value).var("problem", p));
        }
    }
    hits
}

pub fn postcode(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in ["creditor", "debtor", "representative"] {
        let country = ctx
            .get(&format!("{party}.address.country"))
            .and_then(|v| v.as_str())
            .unwrap_or("FR");
        if !country.eq_ignore_ascii_case("FR") {
            continue;
        }
        let path = format!("{party}.address.postcode");
        let Some(value) = ctx.get(&path).and_then(|v| v.as_str()) else {
            continue;
        };
        if value.len() != 5 || !value.chars().all(|c| c.is_ascii_digit()) {
            hits.push(Hit::at(&path).var("value", value));
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    #[test]
    fn luhn() {
        assert!(super::luhn_valid("832145676"));
        assert!(!super::luhn_valid("832145677"));
        assert!(super::luhn_valid("73282932000074")); // a published SIRET example (INSEE)
    }
}
