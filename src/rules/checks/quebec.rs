//! Québec-specific checks: the criminal interest rate, Canadian postal codes and the language of
//! the letters (Charter of the French language), and the stay of a debtor's bankruptcy or proposal
//! (Bankruptcy and Insolvency Act).

use super::{Hit, fr_date};
use crate::case::model::{InterestKind, Language};
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

/// Charter of the French language art. 55: documents related to a contract of adhesion are in
/// French unless the adherent, after receiving the French version, expressly chose another
/// language. A debtor outside Québec is outside the article (relations outside Québec).
///
/// `params.adhesion`: `true` reports the contracts marked as adhesion (an error: art. 55 forbids
/// the letter), `false` the others (a warning: a negotiated contract may use another language
/// only by the parties' express wish, which the case does not record).
pub fn charter_language(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    let lang = case.language.unwrap_or(Language::Fr);
    if lang == Language::Fr {
        return Vec::new();
    }
    let debtor = &case.debtor.address;
    let in_quebec = debtor
        .country
        .as_deref()
        .is_none_or(|c| c.eq_ignore_ascii_case("CA"))
        && debtor
            .province
            .as_deref()
            .is_none_or(|p| p.trim().eq_ignore_ascii_case("QC"));
    if !in_quebec {
        return Vec::new();
    }
    let contract = case.contract.clone().unwrap_or_default();
    if contract.language_expressly_chosen {
        return Vec::new();
    }
    let want_adhesion = rule
        .params
        .get("adhesion")
        .and_then(|v| v.as_bool())
        .unwrap_or(true);
    if contract.adhesion != want_adhesion {
        return Vec::new();
    }
    let code = match lang {
        Language::En => "en",
        Language::Nl => "nl",
        Language::Fr => "fr",
    };
    vec![Hit::at("language").var("language", code)]
}

/// The debtor's proceeding under the Bankruptcy and Insolvency Act
/// (`compute::procedure::insolvency`). `params.report`: `stayed` (owed invoices the stay
/// covers: issued on or before the proceeding's date, or every invoice when the case says only
/// `over_indebtedness: true`) or `after` (owed invoices issued after it, none stayed: to check).
/// Vars: `{state}` ("bankrupt since 2026-01-15"), `{section}`, `{invoices}`, `{trustee}`.
pub fn qc_insolvency(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    use crate::compute::procedure::insolvency::{numbers, qc_stay};
    let Some(s) = qc_stay(ctx.case, ctx.computation) else {
        return Vec::new();
    };
    let list = match rule.param_str("report").unwrap_or("stayed") {
        "after" if s.stayed.is_empty() => &s.after,
        "after" => return Vec::new(),
        _ => &s.stayed,
    };
    if list.is_empty() {
        return Vec::new();
    }
    let field = if ctx.case.debtor.insolvency.is_some() {
        "debtor.insolvency"
    } else {
        "debtor.over_indebtedness"
    };
    vec![
        Hit::at(field)
            .var("state", s.describe())
            .var("section", s.section())
            .var("invoices", numbers(list))
            .var("trustee", s.trustee_suffix()),
    ]
}
