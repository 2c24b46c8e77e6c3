//! Dates in their natural order: issued ≤ due < reminded, notified < today's document. A
//! reminder after a formal notice is lawful and not flagged.

use super::{Hit, fr_date};
use crate::case::model::HistoryKind;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

pub fn date_order(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    let mut hits = Vec::new();
    for (i, inv) in case.invoices.iter().enumerate() {
        if inv.due_date < inv.issue_date {
            hits.push(Hit::at(format!("invoices[{i}].due_date")).var(
                "problem",
                format!(
                    "invoice {} falls due ({}) before it was issued ({})",
                    inv.number,
                    fr_date(inv.due_date),
                    fr_date(inv.issue_date)
                ),
            ));
        }
        if inv.issue_date > case.date {
            hits.push(Hit::at(format!("invoices[{i}].issue_date")).var(
                "problem",
                format!(
                    "invoice {} is dated after the document ({})",
                    inv.number,
                    fr_date(case.date)
                ),
            ));
        }
    }
    for (i, inv) in case.invoices.iter().enumerate() {
        // A sum not yet due cannot be demanded (créance non exigible).
        if inv.due_date >= case.date {
            hits.push(Hit::at(format!("invoices[{i}].due_date")).var(
                "problem",
                format!(
                    "invoice {} falls due on {}, not before the document date {}: it cannot be claimed yet",
                    inv.number,
                    fr_date(inv.due_date),
                    fr_date(case.date)
                ),
            ));
        }
    }
    if let Some(first_due) = case.invoices.iter().map(|i| i.due_date).min() {
        for (i, h) in case.history.iter().enumerate() {
            let dunning = matches!(h.kind, HistoryKind::Reminder | HistoryKind::FormalNotice);
            if dunning && h.date <= first_due {
                hits.push(Hit::at(format!("history[{i}].date")).var(
                    "problem",
                    format!(
                        "a {} dated {} precedes the first due date {}",
                        kind_label(h.kind),
                        fr_date(h.date),
                        fr_date(first_due)
                    ),
                ));
            }
        }
    }
    for (i, h) in case.history.iter().enumerate() {
        if h.date > case.date {
            hits.push(Hit::at(format!("history[{i}].date")).var(
                "problem",
                format!(
                    "a {} is dated {}, after the document date {}",
                    kind_label(h.kind),
                    fr_date(h.date),
                    fr_date(case.date)
                ),
            ));
        }
        if let Some(r) = h.received
            && r < h.date
        {
            hits.push(Hit::at(format!("history[{i}].received")).var(
                "problem",
                format!(
                    "received {} before it was sent {}",
                    fr_date(r),
                    fr_date(h.date)
                ),
            ));
        }
    }
    for (i, p) in case.payments.iter().enumerate() {
        if p.date > case.date {
            hits.push(Hit::at(format!("payments[{i}].date")).var(
                "problem",
                format!(
                    "a payment is dated {}, after the document date {}",
                    fr_date(p.date),
                    fr_date(case.date)
                ),
            ));
        }
    }
    hits
}

fn kind_label(k: HistoryKind) -> &'static str {
    match k {
        HistoryKind::Reminder => "reminder",
        HistoryKind::FormalNotice => "formal notice",
        HistoryKind::Acknowledgment => "acknowledgment",
        HistoryKind::PaymentPlan => "payment plan",
        HistoryKind::CourtClaim => "court claim",
    }
}
