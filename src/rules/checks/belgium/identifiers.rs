//! Belgian identifiers: the enterprise number (BCE/KBO), postcodes, IBAN/BIC and the
//! structured communication (`+++…+++`).

use super::*;

/// Enterprise numbers (BCE/KBO) of the parties: 10 digits, mod-97 check.
pub fn bce(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in PARTIES {
        let path = format!("{party}.registration.bce");
        let Some(value) = ctx.get(&path).and_then(|v| v.as_str()) else {
            continue;
        };
        if let Err(e) = EnterpriseNumber::parse(value) {
            hits.push(Hit::at(&path).var("value", value).var("problem", e));
        }
    }
    hits
}

/// Belgian postcodes (four digits) of the addresses in Belgium (no `country`, or `BE`).
pub fn postcode(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in PARTIES {
        let country = ctx
            .get(&format!("{party}.address.country"))
            .and_then(|v| v.as_str())
            .unwrap_or("BE");
        if !country.eq_ignore_ascii_case("BE") {
            continue;
        }
        let path = format!("{party}.address.postcode");
        let Some(value) = ctx.get(&path).and_then(|v| v.as_str()) else {
            continue;
        };
        if !postcode_valid(value) {
            hits.push(Hit::at(&path).var("value", value));
        }
    }
    hits
}

/// The IBAN (ISO 13616 mod 97) and BIC of the accounts the debtor is asked to pay to.
pub fn iban(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in ["creditor", "representative"] {
        let path = format!("{party}.bank.iban");
        if let Some(value) = ctx.get(&path).and_then(|v| v.as_str())
            && let Err(e) = check_iban(value)
        {
            hits.push(Hit::at(&path).var("value", value).var("problem", e));
        }
        let path = format!("{party}.bank.bic");
        if let Some(value) = ctx.get(&path).and_then(|v| v.as_str())
            && check_bic(value).is_none()
        {
            hits.push(Hit::at(&path).var("value", value).var(
                "problem",
                "a BIC has 8 or 11 characters: bank code, country, location, branch",
            ));
        }
    }
    hits
}

/// The structured communication given in the case is valid (mod 97).
pub fn payment_reference(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    match ctx.case.payment_reference.as_deref() {
        Some(text) => match StructuredRef::parse(text) {
            Ok(_) => Vec::new(),
            Err(e) => vec![
                Hit::at("payment_reference")
                    .var("value", text)
                    .var("problem", e),
            ],
        },
        None => Vec::new(),
    }
}
