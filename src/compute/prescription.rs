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

// ---- Belgium -----------------------------------------------------------------------------

/// Belgian prescription of one invoice (belgium.md §6).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct BePrescription {
    /// The running period, its start and its end.
    pub prescription: Prescription,
    /// The registered mise en demeure of a lawyer or bailiff that interrupted the period once
    /// (old C. civ. art. 2244 §2), when it did.
    pub notice_interruption: Option<NaiveDate>,
    /// When the claim would prescribe without that interruption.
    pub ends_without_notice: NaiveDate,
}

/// Whether a formal notice of the history counts as a lawyer's or bailiff's mise en demeure
/// under art. 2244 §2: sent by a lawyer or a bailiff, by registered post. The entry's `sender`
/// decides when given; without it creance assumes that a registered notice in a case handled
/// by a lawyer or bailiff was theirs. Either way the rules warn whenever the claim survives
/// only thanks to that notice, whose content creance cannot see (rule BE-PRESC-002).
pub fn be_qualifies_2244_2(case: &Case, entry: &crate::case::model::HistoryEntry) -> bool {
    use crate::case::model::{Channel, RepresentativeKind, Sender};
    let by_lawyer_or_bailiff = match entry.sender {
        Some(sender) => matches!(sender, Sender::Lawyer | Sender::Bailiff),
        None => case.representative.as_ref().is_some_and(|r| {
            matches!(
                r.kind,
                RepresentativeKind::Lawyer | RepresentativeKind::Bailiff
            )
        }),
    };
    entry.kind == HistoryKind::FormalNotice
        && entry.channel == Some(Channel::Registered)
        && by_lawyer_or_bailiff
}

/// Belgian prescription of each invoice, `years` long from its due date (old C. civ.; 10 years
/// art. 2262bis §1, 1 year art. 2272 al. 2 — the caller chooses).
///
/// Interruptions, in date order, each only while the claim is not yet prescribed:
/// * a payment applied to the invoice, an acknowledgment or a signed payment plan in the
///   history (art. 2248) and a court claim (art. 2244 §1) start a new period of the same length
///   (for the 1-year period, an acknowledgment in writing may turn it into the ordinary 10
///   years, art. 2274 — not counted: creance warns early rather than late);
/// * **once**, a lawyer's or bailiff's registered mise en demeure ([`be_qualifies_2244_2`],
///   art. 2244 §2): a new period of one year from the letter (the original length when shorter),
///   unless the running period ends later (examples.md BE-4: a 2-year period interrupted after
///   18 months ends after 30 months).
pub fn be_prescriptions(
    case: &Case,
    applied: &[AppliedPayment],
    years: u32,
) -> Vec<BePrescription> {
    case.invoices
        .iter()
        .map(|inv| {
            let mut events: Vec<(NaiveDate, Event)> = applied
                .iter()
                .filter(|p| p.invoice.as_deref() == Some(inv.number.as_str()))
                .map(|p| {
                    (
                        p.date,
                        Event::Restart("paiement partiel (art. 2248 C. civ.)"),
                    )
                })
                .collect();
            for h in &case.history {
                let event = match h.kind {
                    HistoryKind::Acknowledgment => {
                        Event::Restart("reconnaissance de dette (art. 2248 C. civ.)")
                    }
                    HistoryKind::PaymentPlan => {
                        Event::Restart("plan d'apurement signé (art. 2248 C. civ.)")
                    }
                    HistoryKind::CourtClaim => {
                        Event::Restart("citation en justice (art. 2244 §1 C. civ.)")
                    }
                    HistoryKind::FormalNotice if be_qualifies_2244_2(case, h) => Event::Notice,
                    _ => continue,
                };
                events.push((h.date, event));
            }
            events.sort_by_key(|(d, _)| *d);
            let run = |with_notice: bool| {
                let mut start = inv.due_date;
                let mut event = "échéance de la facture".to_string();
                let mut ends = add_years(start, years);
                let mut notice = None;
                for (date, e) in &events {
                    if *date <= start || *date > ends || *date < inv.issue_date {
                        continue;
                    }
                    match e {
                        Event::Restart(what) => {
                            start = *date;
                            event = what.to_string();
                            ends = add_years(*date, years);
                        }
                        Event::Notice if with_notice && notice.is_none() => {
                            notice = Some(*date);
                            let renewed = add_years(*date, years.min(1));
                            if renewed > ends {
                                start = *date;
                                event = "mise en demeure recommandée d'un avocat ou d'un huissier \
                                         (art. 2244 §2 C. civ.)"
                                    .to_string();
                                ends = renewed;
                            }
                        }
                        Event::Notice => {}
                    }
                }
                (start, event, ends, notice)
            };
            let (start, start_event, ends, notice) = run(true);
            let (_, _, ends_without_notice, _) = run(false);
            BePrescription {
                prescription: Prescription {
                    invoice: inv.number.clone(),
                    years,
                    start,
                    start_event,
                    ends,
                },
                notice_interruption: notice,
                ends_without_notice,
            }
        })
        .collect()
}

enum Event {
    Restart(&'static str),
    Notice,
}

#[cfg(test)]
mod be_tests {
    use super::*;
    use crate::case::load::load_str;
    use crate::case::model::{Channel, HistoryEntry, Representative, RepresentativeKind, Sender};
    use crate::compute::test_util::d;

    fn base() -> Case {
        load_str(
            include_str!("../../jurisdictions/be/tests/base.yaml"),
            "base.yaml",
        )
        .unwrap()
        .case
    }

    fn lawyer(case: &mut Case) {
        case.representative = Some(Representative {
            kind: RepresentativeKind::Lawyer,
            name: "Me Claire Lambert".into(),
            address: case.creditor.address.clone(),
            registration: None,
            contact: None,
            signatory: None,
            bank: None,
        });
    }

    fn notice(date: &str, channel: Channel) -> HistoryEntry {
        HistoryEntry {
            kind: HistoryKind::FormalNotice,
            date: d(date),
            channel: Some(channel),
            proof: None,
            received: None,
            deadline_days: None,
            sender: None,
        }
    }

    /// examples.md BE-4: a healthcare debt (2-year prescription, art. 2277bis); after 18 months
    /// the creditor's lawyer sends a compliant registered mise en demeure: interrupted once, a
    /// new 1-year period runs from the letter, so the claim prescribes 30 months after the
    /// start instead of 24.
    #[test]
    fn be4_lawyer_notice_interrupts_once_for_one_year() {
        let mut case = base();
        case.invoices[0].issue_date = d("2023-12-01");
        case.invoices[0].due_date = d("2024-01-01");
        case.history = vec![notice("2025-07-01", Channel::Registered)];
        lawyer(&mut case);
        let p = &be_prescriptions(&case, &[], 2)[0];
        assert_eq!(p.ends_without_notice, d("2026-01-01"), "24 months");
        assert_eq!(p.notice_interruption, Some(d("2025-07-01")));
        assert_eq!(p.prescription.ends, d("2026-07-01"), "30 months");
        assert_eq!(p.prescription.start, d("2025-07-01"));
        assert!(p.prescription.start_event.contains("2244 §2"));

        // Only once: a second registered notice changes nothing.
        case.history.push(notice("2026-06-01", Channel::Registered));
        assert_eq!(
            be_prescriptions(&case, &[], 2)[0].prescription.ends,
            d("2026-07-01")
        );
        // Not by registered post, or not by a lawyer/bailiff: no interruption.
        case.history = vec![notice("2025-07-01", Channel::Email)];
        assert_eq!(
            be_prescriptions(&case, &[], 2)[0].prescription.ends,
            d("2026-01-01")
        );
        case.history = vec![notice("2025-07-01", Channel::Registered)];
        case.representative = None;
        assert_eq!(
            be_prescriptions(&case, &[], 2)[0].prescription.ends,
            d("2026-01-01")
        );
        // The entry's sender decides over the case's representative: a lawyer's earlier notice
        // counts in a case now handled by the creditor, the creditor's own notice does not
        // count in a case now handled by a lawyer.
        case.history[0].sender = Some(Sender::Lawyer);
        assert_eq!(
            be_prescriptions(&case, &[], 2)[0].prescription.ends,
            d("2026-07-01")
        );
        lawyer(&mut case);
        case.history[0].sender = Some(Sender::Creditor);
        assert_eq!(
            be_prescriptions(&case, &[], 2)[0].prescription.ends,
            d("2026-01-01")
        );
    }

    #[test]
    fn the_longer_running_period_is_kept_and_acknowledgments_restart() {
        // 10 years from 2024-01-01; a lawyer's notice in 2025 gives one year: the original end
        // (2034) is later and kept.
        let mut case = base();
        case.invoices[0].issue_date = d("2023-12-01");
        case.invoices[0].due_date = d("2024-01-01");
        lawyer(&mut case);
        case.history = vec![notice("2025-07-01", Channel::Registered)];
        let p = &be_prescriptions(&case, &[], 10)[0];
        assert_eq!(p.prescription.ends, d("2034-01-01"));
        assert_eq!(p.prescription.start_event, "échéance de la facture");
        // 1 year; an acknowledgment after 6 months restarts a full year.
        case.history = vec![HistoryEntry {
            kind: HistoryKind::Acknowledgment,
            ..notice("2024-07-01", Channel::Letter)
        }];
        let p = &be_prescriptions(&case, &[], 1)[0];
        assert_eq!(p.prescription.ends, d("2025-07-01"));
        // An acknowledgment after the claim prescribed does not revive it here.
        case.history[0].date = d("2025-02-01");
        assert_eq!(
            be_prescriptions(&case, &[], 1)[0].prescription.ends,
            d("2025-01-01")
        );
    }
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
