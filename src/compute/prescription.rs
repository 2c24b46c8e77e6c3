//! Prescription (limitation): when each invoice's claim expires, counting the interruptions
//! the case records.
//!
//! France: 5 years (art. 2224 C. civ., L110-4 C. com.), 2 years for a professional's claim
//! against a consumer (L218-2 C. conso.), from the due date. An acknowledgment by the debtor
//! (a partial payment, a signed payment plan, a written acknowledgment: art. 2240 C. civ.) or a
//! court claim (art. 2241) starts a new full period; a formal notice does **not** (Cass. com.,
//! 18 mai 2022, n° 20-23.204), so notices in the history are ignored here.
//!
//! The same counting serves Québec (3 years, art. 2925 C.c.Q.; an acknowledgment — a partial
//! payment, a signed payment agreement — restarts a period of the same length, arts 2898 and
//! 2903; a judicial demand interrupts, art. 2892 [K]; a mise en demeure does not) and Belgium
//! (acknowledgment, art. 2248 C. civ.; citation, art. 2244): each event is named with its own
//! jurisdiction's article.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::claim::AppliedPayment;
use crate::case::model::{Case, HistoryKind, Jurisdiction};

/// An interrupting event's name, with the article of the case's jurisdiction.
fn event_label(j: Jurisdiction, kind: Option<HistoryKind>) -> &'static str {
    use HistoryKind::*;
    match (j, kind) {
        (Jurisdiction::Fr, None) => "paiement partiel (art. 2240 C. civ.)",
        (Jurisdiction::Fr, Some(Acknowledgment)) => "reconnaissance de dette (art. 2240 C. civ.)",
        (Jurisdiction::Fr, Some(PaymentPlan)) => "échéancier signé (art. 2240 C. civ.)",
        (Jurisdiction::Fr, Some(_)) => "demande en justice (art. 2241 C. civ.)",
        (Jurisdiction::Qc, None) => "paiement partiel (art. 2898 C.c.Q.)",
        (Jurisdiction::Qc, Some(Acknowledgment)) => "reconnaissance de dette (art. 2898 C.c.Q.)",
        (Jurisdiction::Qc, Some(PaymentPlan)) => "entente de paiement signée (art. 2898 C.c.Q.)",
        (Jurisdiction::Qc, Some(_)) => "demande en justice (art. 2892 C.c.Q.)",
        (Jurisdiction::Be, None) => "paiement partiel (art. 2248 C. civ.)",
        (Jurisdiction::Be, Some(Acknowledgment)) => "reconnaissance de dette (art. 2248 C. civ.)",
        (Jurisdiction::Be, Some(PaymentPlan)) => "plan d'apurement signé (art. 2248 C. civ.)",
        (Jurisdiction::Be, Some(_)) => "citation en justice (art. 2244 C. civ.)",
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Prescription {
    pub invoice: String,
    pub years: u32,
    /// The event that started the running period.
    pub start: NaiveDate,
    pub start_event: String,
    /// Last day on which the claim can still be brought.
    pub ends: NaiveDate,
}

/// Adds whole years the way art. 641 CPC counts them (29 Feb → 28 Feb).
pub fn add_years(date: NaiveDate, years: u32) -> NaiveDate {
    date.checked_add_months(Months::new(12 * years))
        .unwrap_or(NaiveDate::MAX)
}

/// Prescription of each invoice, `years` long, restarted by the interrupting events of the case.
/// Only payments actually applied to an invoice interrupt its prescription: a payment that went
/// elsewhere proves nothing about this debt (the conservative reading: warn earlier, not later).
pub fn prescriptions(case: &Case, applied: &[AppliedPayment], years: u32) -> Vec<Prescription> {
    let interruptions: Vec<(NaiveDate, String)> = case
        .history
        .iter()
        .filter_map(|h| {
            let what = match h.kind {
                HistoryKind::Reminder | HistoryKind::FormalNotice => return None,
                k => event_label(case.jurisdiction, Some(k)),
            };
            Some((h.date, what.to_string()))
        })
        .collect();
    case.invoices
        .iter()
        .map(|inv| {
            let mut start = inv.due_date;
            let mut event = "échéance de la facture".to_string();
            let payments = applied
                .iter()
                .filter(|p| p.invoice.as_deref() == Some(inv.number.as_str()));
            for p in payments {
                if p.date > start {
                    start = p.date;
                    event = event_label(case.jurisdiction, None).to_string();
                }
            }
            for (date, what) in &interruptions {
                if *date > start && *date >= inv.issue_date {
                    start = *date;
                    event = what.clone();
                }
            }
            Prescription {
                invoice: inv.number.clone(),
                years,
                start,
                start_event: event,
                ends: add_years(start, years),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::load::load_str;
    use crate::compute::claim::compute;

    fn run(text: &str) -> Vec<Prescription> {
        let case = load_str(text, "t.yaml").unwrap().case;
        prescriptions(&case, &compute(&case).payments, 3)
    }

    #[test]
    fn a_signed_payment_plan_restarts_prescription_in_france_and_quebec_not_a_notice() {
        let qc = include_str!("../../jurisdictions/qc/tests/base.yaml");
        let plan = "  - {kind: payment-plan, date: 2026-02-10}";
        let with_plan = qc.replace(
            "    deadline_days: 10\n\nnotice:",
            &format!("    deadline_days: 10\n{plan}\n\nnotice:"),
        );
        assert_ne!(with_plan, qc);
        let p = run(&with_plan);
        assert!(
            p.iter().all(|p| p.start == "2026-02-10".parse().unwrap()),
            "{p:?}"
        );
        assert_eq!(
            p[1].start_event,
            "entente de paiement signée (art. 2898 C.c.Q.)"
        );
        assert_eq!(p[1].ends, "2029-02-10".parse().unwrap());
        // Without it, the notice of 15 January is ignored: invoice 2025-0342 runs from its
        // due date, invoice 2025-0311 from the partial payment.
        let p = run(qc);
        assert_eq!(p[1].start, "2025-12-03".parse().unwrap());
        assert_eq!(p[0].start_event, "paiement partiel (art. 2898 C.c.Q.)");

        let fr = include_str!("../../jurisdictions/fr/tests/base.yaml");
        let with_plan = fr.replace(
            "    channel: email\n\nnotice:",
            "    channel: email\n  - {kind: payment-plan, date: 2026-02-10}\n\nnotice:",
        );
        assert_ne!(with_plan, fr);
        let p = run(&with_plan);
        assert!(
            p.iter()
                .all(|p| p.start_event == "échéancier signé (art. 2240 C. civ.)")
        );
    }
}
