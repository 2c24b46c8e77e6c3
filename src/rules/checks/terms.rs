//! Payment-term caps between professionals (L441-10 I C. com.).

use chrono::{Datelike, Days, NaiveDate};

use super::{Hit, fr_date};
use crate::case::model::TermKind;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

fn end_of_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .map(|x| x - Days::new(1))
        .unwrap_or(d)
}

/// `params.max_days` (60) after the invoice date, or, for terms stipulated "fin de mois",
/// `params.eom_days` (45) end of month — either DGCCRF computation (invoice + 45 days then end
/// of month, or end of month then + 45 days) is accepted, the later one being the cap.
pub fn payment_term_cap(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let max_days = rule.param_u64("max_days").unwrap_or(60);
    let eom_days = rule.param_u64("eom_days").unwrap_or(45);
    let eom = ctx
        .case
        .contract
        .as_ref()
        .and_then(|c| c.payment_terms.as_ref())
        .is_some_and(|t| t.kind == TermKind::EndOfMonth);
    let mut hits = Vec::new();
    for (i, inv) in ctx.case.invoices.iter().enumerate() {
        let (cap, how) = if eom {
            let a = end_of_month(inv.issue_date + Days::new(eom_days));
            let b = end_of_month(inv.issue_date) + Days::new(eom_days);
            (a.max(b), format!("{eom_days} days end of month"))
        } else {
            (
                inv.issue_date + Days::new(max_days),
                format!("{max_days} days"),
            )
        };
        if inv.due_date > cap {
            hits.push(
                Hit::at(format!("invoices[{i}].due_date"))
                    .var("invoice", &inv.number)
                    .var("days", (inv.due_date - inv.issue_date).num_days())
                    .var("cap", how)
                    .var("latest", fr_date(cap)),
            );
        }
    }
    hits
}
