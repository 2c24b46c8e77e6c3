//! Québec-specific checks: the criminal interest rate and Canadian postal codes.

use super::{Hit, fr_date};
use crate::case::model::InterestKind;
use crate::compute::money::format_percent_fr;
use crate::compute::qc::criminal_rate::{RateKind, check_criminal_rate};
use crate::compute::qc::postal::PostalCode;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

/// An agreed rate above the Criminal Code s. 347 ceiling in force when the contract was made
/// (35 % APR since 1 Jan 2025, 60 % effective annual before). The case's rate is a nominal
/// annual rate, checked as an APR.
pub fn criminal_rate(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    let Some(terms) = case.interest.as_ref() else {
        return Vec::new();
    };
    if terms.kind != InterestKind::Contractual {
        return Vec::new();
    }
    let Some(rate) = terms.rate.map(|r| r.value()) else {
        return Vec::new();
    };
    let agreed_on = case
        .contract
        .as_ref()
        .and_then(|c| c.date)
        .unwrap_or(case.date);
    match check_criminal_rate(rate, RateKind::AnnualPercentage, agreed_on) {
        Some(c) if c.exceeds => vec![
            Hit::at("interest.rate")
                .var("rate", format_percent_fr(rate))
                .var(
                    "ceiling",
                    format_percent_fr(c.ceiling_in_rate_kind.round_dp(2)),
                )
                .var("date", fr_date(agreed_on)),
        ],
        _ => Vec::new(),
    }
}

/// Canadian postal codes (`A1A 1A1`, Canada Post's letter rules) for addresses in Canada.
pub fn postcode_ca(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in ["creditor", "debtor", "representative"] {
        let country = ctx
            .get(&format!("{party}.address.country"))
            .and_then(|v| v.as_str())
            .unwrap_or("CA");
        if !country.eq_ignore_ascii_case("CA") {
            continue;
        }
        let path = format!("{party}.address.postcode");
        let Some(value) = ctx.get(&path).and_then(|v| v.as_str()) else {
            continue;
        };
        if let Err(e) = PostalCode::parse(value) {
            hits.push(Hit::at(&path).var("value", value).var("problem", e));
        }
    }
    hits
}
