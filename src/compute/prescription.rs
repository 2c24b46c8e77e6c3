//! Prescription (limitation): when each invoice's claim expires, counting the interruptions
//! the case records.
//!
//! France: 5 years (art. 2224 C. civ., L110-4 C. com.), 2 years for a professional's claim
//! against a consumer (L218-2 C. conso.), from the due date. An acknowledgment by the debtor
//! (a partial payment, a signed payment plan, a written acknowledgment: art. 2240 C. civ.) or a
//! court claim (art. 2241) starts a new full period; a formal notice does **not** (Cass. com.,
//! 18 mai 2022, n° 20-23.204), so notices in the history are ignored here.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::claim::AppliedPayment;
use crate::case::model::{Case, HistoryKind};

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
                HistoryKind::Acknowledgment => "reconnaissance de dette (art. 2240 C. civ.)",
                HistoryKind::PaymentPlan => "échéancier signé (art. 2240 C. civ.)",
                HistoryKind::CourtClaim => "demande en justice (art. 2241 C. civ.)",
                HistoryKind::Reminder | HistoryKind::FormalNotice => return None,
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
                    event = "paiement partiel (art. 2240 C. civ.)".to_string();
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
