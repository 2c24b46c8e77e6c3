//! Court procedures and what a case's stage allows: the court request's route and court
//! ([`court`]), the list of exhibits ([`exhibits`]), and which documents may be produced now
//! ([`allowed_documents`]).
//!
//! "Allowed" is the stage of the collection path, not the whole law: a document is *not yet
//! allowed* when producing it now would skip a step (an injunction before any formal notice, or
//! before its deadline expired; a court request while a signed payment plan runs), when the
//! proceedings chosen are not open (Belgium's summary injunction above 1 860 € outside B2B), when
//! the claim is prescribed, when the debtor is in over-indebtedness proceedings (France,
//! Belgium) or bankrupt or in a proposal (Québec, [`insolvency`]), or when nothing is owed.
//! The rule packs still run on whatever document is asked for; this answers `render --doc
//! all` ("render every document the stage allows") and `check` ("why not yet").

pub mod court;
pub mod data;
pub mod exhibits;
pub mod insolvency;
pub mod language;
pub mod points;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::case::model::{BelgianRoute, Case, Channel, HistoryKind, Jurisdiction, PartyKind};
use crate::compute::claim::Computation;
use crate::compute::plan;
use crate::compute::prescription::{Prescription, prescriptions};
use crate::rules::context::DocKind;
use crate::rules::spec::RuleSpec;

/// Why a document cannot be produced yet: a sentence (English, like every finding) and the
/// case field it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Blocker {
    pub message: String,
    pub field: Option<String>,
}

/// Whether one document may be produced at the case's stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentStatus {
    pub doc: DocKind,
    /// Empty: allowed.
    pub blockers: Vec<Blocker>,
}

impl DocumentStatus {
    pub fn allowed(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// For every document kind ([`DocKind::EVERY`]), whether the case's stage allows it now, and
/// if not, why (reasons joined by "; "). `render --doc all` renders the `Ok` ones.
pub fn allowed_documents(
    case: &Case,
    computation: &Computation,
) -> Vec<(DocKind, Result<(), String>)> {
    document_status(case, computation)
        .into_iter()
        .map(|s| {
            let r = if s.allowed() {
                Ok(())
            } else {
                Err(s
                    .blockers
                    .iter()
                    .map(|b| b.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; "))
            };
            (s.doc, r)
        })
        .collect()
}

/// [`allowed_documents`] with each reason located at its case field.
pub fn document_status(case: &Case, computation: &Computation) -> Vec<DocumentStatus> {
    let common = common_blockers(case, computation);
    DocKind::EVERY
        .iter()
        .map(|&doc| {
            let mut blockers = common.clone();
            match doc {
                DocKind::Reminder | DocKind::FormalNotice => {}
                DocKind::PaymentPlan => blockers.extend(plan_blockers(case, computation)),
                DocKind::Injunction => blockers.extend(injunction_blockers(case, computation)),
            }
            DocumentStatus { doc, blockers }
        })
        .collect()
}

fn blocker(message: impl Into<String>, field: &str) -> Blocker {
    Blocker {
        message: message.into(),
        field: Some(field.to_string()),
    }
}

fn common_blockers(case: &Case, computation: &Computation) -> Vec<Blocker> {
    let mut out = Vec::new();
    if computation.totals.total <= Decimal::ZERO {
        out.push(blocker(
            format!("nothing is owed on {}", computation.as_of),
            "invoices",
        ));
    }
    if case.debtor.over_indebtedness {
        match case.jurisdiction {
            Jurisdiction::Fr => out.push(blocker(
                "the debtor's over-indebtedness file was declared admissible: collection and enforcement are suspended and the debtor may not pay prior debts (L722-2, L722-5 C. conso.); declare the claim instead",
                "debtor.over_indebtedness",
            )),
            Jurisdiction::Be => out.push(blocker(
                "the debtor was admitted to a règlement collectif de dettes: enforcement is suspended and the debtor may not favour a creditor (art. 1675/7 C. jud.); declare the claim to the médiateur de dettes instead",
                "debtor.over_indebtedness",
            )),
            // Québec: see below (the BIA stay, which also reads `insolvency`).
            Jurisdiction::Qc => {}
        }
    }
    if let Some(why) = insolvency::qc_stay(case, computation).and_then(|s| s.blocker()) {
        let field = if case.debtor.insolvency.is_some() {
            "debtor.insolvency"
        } else {
            "debtor.over_indebtedness"
        };
        out.push(blocker(why, field));
    }
    out
}

fn plan_blockers(case: &Case, computation: &Computation) -> Vec<Blocker> {
    if case.plan.is_none() {
        return vec![blocker(
            "the case gives no payment-plan terms (add `plan:` with `instalments` or `instalment_amount` and `first_due_date`)",
            "plan",
        )];
    }
    match plan::schedule(case, computation) {
        Ok(_) => Vec::new(),
        Err(plan::PlanError::NothingOwed) => Vec::new(), // already said
        Err(e) => vec![blocker(
            format!("the payment plan cannot be computed: {e}"),
            "plan",
        )],
    }
}

/// Days a formal notice gave when the case does not say: France 8 (practice, france.md §1.2),
/// Belgium 15 (the art. 1339 C. jud. sommation), Québec 10 (the Ministry's model).
fn default_notice_days(j: Jurisdiction) -> u32 {
    match j {
        Jurisdiction::Fr => 8,
        Jurisdiction::Be => 15,
        Jurisdiction::Qc => 10,
    }
}

/// The last day of the latest formal notice's period: France and Québec count from receipt
/// when known, Belgium from sending (art. 1339: "dans les quinze jours de l'envoi").
pub fn notice_expiry(case: &Case) -> Option<(usize, NaiveDate)> {
    let (i, h) = case
        .history
        .iter()
        .enumerate()
        .filter(|(_, h)| h.kind == HistoryKind::FormalNotice)
        .max_by_key(|(i, h)| (h.date, *i))?;
    let from = if case.jurisdiction == Jurisdiction::Be {
        h.date
    } else {
        h.received.unwrap_or(h.date)
    };
    let days = h
        .deadline_days
        .unwrap_or_else(|| default_notice_days(case.jurisdiction));
    Some((i, from.checked_add_days(Days::new(u64::from(days)))?))
}

/// The jurisdiction's prescription of each invoice, with the years of its rule pack
/// (`FR-PRESC-001`, `QC-PRESC-001`); `None` where creance has no prescription rule (Belgium on
/// this branch).
pub fn invoice_prescriptions(case: &Case, computation: &Computation) -> Option<Vec<Prescription>> {
    let id = match case.jurisdiction {
        Jurisdiction::Fr => "FR-PRESC-001",
        Jurisdiction::Qc => "QC-PRESC-001",
        Jurisdiction::Be => return None,
    };
    let rule = RuleSpec::find(id)?;
    let consumer =
        case.creditor.kind == PartyKind::Professional && case.debtor.kind == PartyKind::Consumer;
    let years = if consumer {
        rule.param_u64("consumer_years")
    } else {
        rule.param_u64("default_years")
    }? as u32;
    Some(prescriptions(case, &computation.payments, years))
}

fn injunction_blockers(case: &Case, computation: &Computation) -> Vec<Blocker> {
    let mut out = Vec::new();
    let route = case.injunction.as_ref().and_then(|i| i.route);
    let be_uncontested =
        case.jurisdiction == Jurisdiction::Be && route == Some(BelgianRoute::Uncontested);
    let proc = court::procedure(case, computation);
    for p in &proc.unavailable_because {
        use points::PointKind::*;
        let msg = match p.kind {
            BeAboveJpCeiling => {
                "the summary injunction is not open: the claim exceeds the juge de paix's 1 860 € ceiling and the parties are not both enterprises (art. 1338 C. jud.); sue by ordinary citation"
            }
            BeDebtorAbroad => {
                "the summary injunction is not open: the debtor has no domicile or residence in Belgium (art. 1344 C. jud.)"
            }
            BeUncontestedNotB2b => {
                "the uncontested-debt route is not open: it needs two enterprises registered at the BCE, no public body and no debtor in insolvency proceedings (art. 1394/20 C. jud.)"
            }
            _ => continue,
        };
        out.push(blocker(msg, "injunction"));
    }
    // Belgium, a German-language seat: creance cannot write the act (law of 15 June 1935).
    if let Some(l) = &proc.language
        && let Some(why) = l.refusal()
    {
        out.push(blocker(why, l.field()));
    }
    // The prior demand. Belgium's uncontested route starts with the huissier's own sommation.
    if !be_uncontested {
        let notices: Vec<_> = case
            .history
            .iter()
            .filter(|h| h.kind == HistoryKind::FormalNotice)
            .collect();
        if notices.is_empty() {
            out.push(blocker(
                match case.jurisdiction {
                    Jurisdiction::Fr => "no formal notice was sent: art. 1405 CPC does not require one, but the judge expects it among the exhibits and may reject an unproven claim; send the mise en demeure first",
                    Jurisdiction::Be => "the prior sommation was not sent: the requête needs a huissier's exploit or a registered letter with acknowledgment of receipt giving 15 days to pay and reproducing arts 1338–1344 C. jud. (art. 1339)",
                    Jurisdiction::Qc => "no mise en demeure was sent: it puts the debtor in default before suing (arts 1594–1595 C.c.Q.); without one the application does, but the costs may stay with the creditor (art. 1596)",
                },
                "history",
            ));
        } else if case.jurisdiction == Jurisdiction::Be
            && !notices
                .iter()
                .any(|h| matches!(h.channel, Some(Channel::Registered | Channel::Bailiff)))
        {
            out.push(blocker(
                "the sommation of art. 1339 C. jud. must be a huissier's exploit or a registered letter with acknowledgment of receipt; no formal notice in the history was sent that way",
                "history",
            ));
        }
        if let Some((i, expiry)) = notice_expiry(case)
            && case.date <= expiry
        {
            out.push(blocker(
                format!(
                    "the formal notice gives the debtor until {expiry}: the court request can follow only after that day"
                ),
                &format!("history[{i}]"),
            ));
        }
    }
    // A signed plan: the balance falls due only on acceleration, after the notice its clause
    // requires.
    let last_plan = case
        .history
        .iter()
        .enumerate()
        .filter(|(_, h)| h.kind == HistoryKind::PaymentPlan)
        .max_by_key(|(i, h)| (h.date, *i));
    if let Some((i, p)) = last_plan
        && !case
            .history
            .iter()
            .any(|h| h.kind == HistoryKind::FormalNotice && h.date > p.date)
    {
        out.push(blocker(
            format!(
                "a payment plan was signed on {}: the balance falls due only on acceleration (déchéance du terme); send the formal notice its acceleration clause requires first",
                p.date
            ),
            &format!("history[{i}]"),
        ));
    }
    if let Some(list) = invoice_prescriptions(case, computation) {
        for (i, p) in list.iter().enumerate() {
            let owed = computation
                .invoices
                .get(i)
                .is_some_and(|b| b.outstanding > Decimal::ZERO);
            if owed && case.date > p.ends {
                out.push(blocker(
                    format!(
                        "invoice {} is prescribed since {} ({}-year prescription running since {}, {})",
                        p.invoice, p.ends, p.years, p.start, p.start_event
                    ),
                    &format!("invoices[{i}].due_date"),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::claim::compute;

    use crate::rules::pack_tests::patched_case as case;

    const FR: &str = include_str!("../../../jurisdictions/fr/tests/base.yaml");
    const QC: &str = include_str!("../../../jurisdictions/qc/tests/base.yaml");
    const BE: &str = include_str!("../../../jurisdictions/be/tests/base-plan.yaml");

    fn status(c: &Case, doc: DocKind) -> Result<(), String> {
        allowed_documents(c, &compute(c))
            .into_iter()
            .find(|(d, _)| *d == doc)
            .unwrap()
            .1
    }

    #[test]
    fn every_document_kind_is_answered() {
        let c = case(FR, "{}");
        let all = allowed_documents(&c, &compute(&c));
        let docs: Vec<_> = all.iter().map(|(d, _)| *d).collect();
        assert_eq!(docs, DocKind::EVERY);
        assert!(all[0].1.is_ok() && all[1].1.is_ok());
    }

    #[test]
    fn an_injunction_waits_for_a_formal_notice_and_its_deadline() {
        // The base case has only a reminder.
        let c = case(FR, "{injunction: {}}");
        let e = status(&c, DocKind::Injunction).unwrap_err();
        assert!(e.contains("no formal notice was sent"), "{e}");
        // Notice received 20 Feb with 15 days: until 7 March, after the document date 2 March.
        let c = case(
            FR,
            "{injunction: {}, history: [{kind: formal-notice, date: 2026-02-18, received: 2026-02-20, deadline_days: 15, channel: registered}]}",
        );
        let e = status(&c, DocKind::Injunction).unwrap_err();
        assert!(e.contains("until 2026-03-07"), "{e}");
        let c = case(
            FR,
            "{injunction: {}, history: [{kind: formal-notice, date: 2026-01-20, received: 2026-01-22, deadline_days: 15, channel: registered}]}",
        );
        assert_eq!(status(&c, DocKind::Injunction), Ok(()));
        // Québec: the base case's notice (received 19 Jan, 10 days) has expired.
        assert_eq!(status(&case(QC, "{}"), DocKind::Injunction), Ok(()));
        let e = status(&case(QC, "{history: []}"), DocKind::Injunction).unwrap_err();
        assert!(e.contains("1594–1595 C.c.Q."), "{e}");
    }

    #[test]
    fn a_signed_plan_needs_an_acceleration_notice_before_a_court_request() {
        let notice = "{kind: formal-notice, date: 2026-01-20, received: 2026-01-22, deadline_days: 15, channel: registered}";
        let c = case(
            FR,
            &format!("{{history: [{notice}, {{kind: payment-plan, date: 2026-01-30}}]}}"),
        );
        let e = status(&c, DocKind::Injunction).unwrap_err();
        assert!(e.contains("déchéance du terme"), "{e}");
        let c = case(
            FR,
            "{history: [{kind: payment-plan, date: 2026-01-05}, {kind: formal-notice, date: 2026-01-20, received: 2026-01-22, deadline_days: 15, channel: registered}]}",
        );
        assert_eq!(status(&c, DocKind::Injunction), Ok(()));
    }

    #[test]
    fn prescription_over_indebtedness_and_missing_plan_terms_block() {
        let c = case(
            FR,
            "{debtor: {kind: consumer}, interest: {kind: none}, date: 2027-12-20, history: [{kind: formal-notice, date: 2026-01-20, channel: registered}]}",
        );
        let e = status(&c, DocKind::Injunction).unwrap_err();
        assert!(
            e.contains("invoice F-2025-117 is prescribed since 2027-11-30"),
            "{e}"
        );
        let c = case(FR, "{debtor: {kind: consumer, over_indebtedness: true}}");
        for (doc, r) in allowed_documents(&c, &compute(&c)) {
            assert!(r.unwrap_err().contains("L722-2"), "{doc:?}");
        }
        let e = status(&case(FR, "{}"), DocKind::PaymentPlan).unwrap_err();
        assert!(e.contains("no payment-plan terms"), "{e}");
        let c = case(FR, "{plan: {instalments: 6, first_due_date: 2026-04-10}}");
        assert_eq!(status(&c, DocKind::PaymentPlan), Ok(()));
        let c = case(
            FR,
            "{plan: {instalments: 6, first_due_date: 2026-04-10, down_payment: 99999}}",
        );
        assert!(
            status(&c, DocKind::PaymentPlan)
                .unwrap_err()
                .contains("down payment")
        );
    }

    #[test]
    fn belgium_needs_a_registered_sommation_and_an_open_route() {
        assert_eq!(
            status(&case(BE, "{injunction: {}}"), DocKind::Injunction),
            Ok(())
        );
        let c = case(
            BE,
            "{injunction: {}, history: [{kind: formal-notice, date: 2026-01-12, channel: email}]}",
        );
        let e = status(&c, DocKind::Injunction).unwrap_err();
        assert!(e.contains("registered letter"), "{e}");
        // Art. 1339: 15 days from sending, 12 Feb + 15 = 27 Feb: on 2 March, allowed; sent
        // 20 Feb: until 7 March, not yet.
        let c = case(
            BE,
            "{injunction: {}, history: [{kind: formal-notice, date: 2026-02-20, received: 2026-02-21, channel: registered}]}",
        );
        assert!(
            status(&c, DocKind::Injunction)
                .unwrap_err()
                .contains("until 2026-03-07")
        );
        let c = case(
            BE,
            "{injunction: {}, debtor: {kind: consumer, registration: null}}",
        );
        let e = status(&c, DocKind::Injunction).unwrap_err();
        assert!(e.contains("1 860"), "{e}");
        // The uncontested route needs no prior notice, but two enterprises.
        let c = case(BE, "{injunction: {route: uncontested}, history: []}");
        assert_eq!(status(&c, DocKind::Injunction), Ok(()));
        let c = case(
            BE,
            "{injunction: {route: uncontested}, debtor: {kind: public_body}}",
        );
        assert!(status(&c, DocKind::Injunction).unwrap_err().contains("BCE"));
        let c = case(BE, "{debtor: {over_indebtedness: true}}");
        assert!(
            status(&c, DocKind::Reminder)
                .unwrap_err()
                .contains("1675/7")
        );
    }
}
