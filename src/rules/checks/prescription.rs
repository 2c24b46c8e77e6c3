//! Prescription: a warning as the end approaches, an error once it is past.

use chrono::Months;
use rust_decimal::Decimal;

use super::{Hit, fr_date};
use crate::case::model::PartyKind;
use crate::compute::prescription::prescriptions;
use crate::diag::Severity;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

/// `params.consumer_years` for a professional's claim on a consumer, `params.default_years`
/// otherwise; `params.warn_months` before the end, a warning.
pub fn prescription(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    let consumer =
        case.creditor.kind == PartyKind::Professional && case.debtor.kind == PartyKind::Consumer;
    let years = if consumer {
        rule.param_u64("consumer_years").unwrap_or(2)
    } else {
        rule.param_u64("default_years").unwrap_or(5)
    } as u32;
    let warn_months = rule.param_u64("warn_months").unwrap_or(6) as u32;
    let today = case.date;
    let mut hits = Vec::new();
    for (i, p) in prescriptions(case, &ctx.computation.payments, years)
        .into_iter()
        .enumerate()
    {
        let owed = ctx
            .computation
            .invoices
            .get(i)
            .is_some_and(|b| b.outstanding > Decimal::ZERO);
        if !owed {
            continue;
        }
        hits.extend(prescription_hit(i, &p, today, warn_months));
    }
    hits
}

/// The finding for invoice `i` whose prescription `p` ends soon (warning, within `warn_months`)
/// or has ended (error) on `today`; `None` otherwise. Shared by every jurisdiction's rule.
pub(super) fn prescription_hit(
    i: usize,
    p: &crate::compute::prescription::Prescription,
    today: chrono::NaiveDate,
    warn_months: u32,
) -> Option<Hit> {
    let warn_from = p
        .ends
        .checked_sub_months(Months::new(warn_months))
        .unwrap_or(p.ends);
    // Most invoices are far from prescription: decide first, format only a finding.
    let (state, severity) = if today > p.ends {
        ("is prescribed since", Severity::Error)
    } else if today >= warn_from {
        ("prescribes on", Severity::Warning)
    } else {
        return None;
    };
    Some(
        Hit::at(format!("invoices[{i}].due_date"))
            .var("invoice", &p.invoice)
            .var("years", p.years)
            .var("ends", fr_date(p.ends))
            .var("since", format!("{}, {}", fr_date(p.start), p.start_event))
            .var("state", state)
            .severity(severity),
    )
}
