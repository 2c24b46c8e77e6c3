//! The claim: what the debtor owes on the document date — principal per invoice after
//! payments, interest per period, flat indemnities and other fees, and the total.
//!
//! Every line carries its legal basis so that `creance amounts` and the letter's annex can show
//! why it is there. Totals are sums of already-rounded lines, so the letter always adds up.
//!
//! [`compute`] runs the three jurisdictions' computations; France's constants are in
//! [`france`], the Belgian decisions (regime, start of interest, indemnity) in [`belgium`].

mod belgium;
mod france;

pub use belgium::{BeComputation, BeIndemnity, BeIndemnityBasis, BeNote, be_commercial_start};
use belgium::{be_indemnity, be_interest_notes, be_schedules, be_start_floor};
pub use france::{FR_CONSTANTS, FlatIndemnity, FranceConstants, QuotedText};

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::be::regime::{self as be_regime, Regime};
use super::be::schedule::{self as be_schedule, BeRateRule};
use super::interest::{self, BalanceStep, InterestLine, MissingRate, RateRule};
use super::money::round_cents;
use super::qc::{self, QcRateRule};
use super::rates::LegalRateCategory;
use crate::case::model::{
    Case, FeeKind, HistoryKind, InterestKind, InterestStart, Invoice, Jurisdiction, PartyKind,
};

#[derive(Clone, Debug, Serialize)]
pub struct InvoiceBalance {
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub amount: Decimal,
    pub paid: Decimal,
    pub outstanding: Decimal,
}

#[derive(Clone, Debug, Serialize)]
pub struct AppliedPayment {
    pub date: NaiveDate,
    pub amount: Decimal,
    /// Invoice it was applied to; `None` for an unapplied surplus.
    pub invoice: Option<String>,
    /// Whether the case named the invoice (otherwise: oldest due invoice first).
    pub designated: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct FeeLine {
    pub label: String,
    pub amount: Decimal,
    pub kind: FeeKind,
    /// Legal basis printed next to the line, when there is one.
    pub basis: Option<String>,
    /// Invoice it relates to (the flat indemnity is due per invoice).
    pub invoice: Option<String>,
    /// Index in the case's `fees`, when the line comes from there.
    pub case_index: Option<usize>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Totals {
    pub invoiced: Decimal,
    pub paid: Decimal,
    pub principal: Decimal,
    pub interest: Decimal,
    pub fees: Decimal,
    pub total: Decimal,
}

#[derive(Clone, Debug, Serialize)]
pub struct Computation {
    /// Interest is computed up to and including this date.
    pub as_of: NaiveDate,
    pub jurisdiction: Jurisdiction,
    /// ISO 4217 code of every amount: EUR (France, Belgium) or CAD (Québec).
    pub currency: &'static str,
    pub interest_kind: InterestKind,
    /// For legal interest: the rate column, decided by the creditor's quality.
    pub legal_category: Option<LegalRateCategory>,
    /// Both parties act as professionals.
    pub b2b: bool,
    /// Date interest starts when it is the same for every invoice (legal interest from the notice).
    pub interest_start: Option<NaiveDate>,
    pub invoices: Vec<InvoiceBalance>,
    pub payments: Vec<AppliedPayment>,
    pub interest: Vec<InterestLine>,
    pub fees: Vec<FeeLine>,
    pub totals: Totals,
    /// Conventions the computation followed, stated with it (each letter words them in its
    /// language).
    pub notes: Vec<Note>,
    /// Periods that could not be computed (date outside the rate tables).
    pub missing_rates: Vec<String>,
    /// Part of the payments that matched no outstanding invoice.
    pub unapplied: Decimal,
    /// Belgium: the regime, the consumer's free first reminder, the indemnity decision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub be: Option<BeComputation>,
}

/// One interest computation to run on every invoice (Québec adds the art. 1619 indemnity as a
/// second schedule beside the legal or agreed rate).
enum Schedule {
    Fr(RateRule),
    Qc(QcRateRule),
    Be(BeRateRule),
}

/// A convention of the computation that the annex must state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// Payments go to the invoice they name, else to the oldest due invoice (art. 1342-10 C. civ.).
    PaymentImputation,
    /// Simple interest, amount × rate × days / 36 500, first and last day included, periods cut
    /// at every semester and every payment.
    SimpleInterest365,
    /// Each line rounded once to the cent, half away from zero.
    RoundingPerLine,
}

/// Whether the creditor and the debtor both act as professionals (B2B rules of L441-10).
pub fn is_b2b(case: &Case) -> bool {
    case.creditor.kind == PartyKind::Professional && case.debtor.kind == PartyKind::Professional
}

/// The interest the case asks for, or the default of the law for these parties: France B2B the
/// statutory penalty (L441-10), Belgium B2B the commercial rate (`statutory`, loi du 2 août
/// 2002 art. 5), the legal rate otherwise.
pub fn interest_kind(case: &Case) -> InterestKind {
    match &case.interest {
        Some(t) => t.kind,
        None if is_b2b(case) && case.jurisdiction == Jurisdiction::Fr => InterestKind::Statutory,
        None if case.jurisdiction == Jurisdiction::Be
            && be_regime::regime(case) == Regime::Commercial =>
        {
            InterestKind::Statutory
        }
        None => InterestKind::Legal,
    }
}

/// The invoices (indices) paid late: due before `as_of` and not fully paid by their due date
/// (`due_of`: the invoice's own, or Belgium's statutory term from receipt).
fn late_invoices(
    case: &Case,
    steps: &[Vec<(NaiveDate, Decimal)>],
    as_of: NaiveDate,
    due_of: impl Fn(&Invoice) -> NaiveDate,
) -> Vec<usize> {
    case.invoices
        .iter()
        .enumerate()
        .filter(|(idx, inv)| {
            let due = due_of(inv);
            let paid_by_due: Decimal = steps[*idx]
                .iter()
                .filter(|(d, _)| *d <= due)
                .map(|(_, b)| *b)
                .next_back()
                .map(|b| inv.amount.value() - b)
                .unwrap_or(Decimal::ZERO);
            due < as_of && paid_by_due < inv.amount.value()
        })
        .map(|(idx, _)| idx)
        .collect()
}

/// The date of the formal notice that starts legal interest: the first one sent (its receipt
/// date when known), else the document date (the notice being written now).
///
/// Québec: sources disagree on whether default starts at receipt of the notice or at the
/// expiry of the delay it gave (quebec.md §1.1); creance takes the later date, the expiry
/// (the conservative reading: it never claims interest for days the debtor may not owe), with
/// the notice's `deadline_days` or, unknown, the Ministry's 10 days; a last day that is not a
/// juridical day in Québec moves to the next one.
pub fn notice_date(case: &Case) -> NaiveDate {
    case.history
        .iter()
        .filter(|h| h.kind == HistoryKind::FormalNotice)
        .map(|h| {
            let served = h.received.unwrap_or(h.date);
            if case.jurisdiction == Jurisdiction::Qc {
                // The delay's last day is counted like a C.p.c. delay (art. 83 [K]): a last
                // day that is not a juridical day moves to the next one; default is the day
                // after. Moving it never claims more interest.
                let days = h.deadline_days.unwrap_or(10);
                super::calendar::deadline_days(&super::calendar::Calendar::quebec(), served, days)
                    .and_then(|d| d.effective.checked_add_days(Days::new(1)))
                    .unwrap_or(NaiveDate::MAX)
            } else {
                served
            }
        })
        .min()
        .unwrap_or(case.date)
}

pub fn compute(case: &Case) -> Computation {
    let as_of = case
        .interest
        .as_ref()
        .and_then(|i| i.until)
        .unwrap_or(case.date);
    let mut notes = Vec::new();

    // 1. Apply payments, oldest first.
    let mut order: Vec<usize> = (0..case.invoices.len()).collect();
    order.sort_by_key(|&i| (case.invoices[i].due_date, i));
    let mut outstanding: Vec<Decimal> = case.invoices.iter().map(|i| i.amount.value()).collect();
    let mut steps: Vec<Vec<(NaiveDate, Decimal)>> = vec![Vec::new(); case.invoices.len()];
    let mut payments: Vec<_> = case.payments.iter().collect();
    payments.sort_by_key(|p| p.date);
    let mut applied = Vec::new();
    let mut unapplied = Decimal::ZERO;
    for p in payments {
        let mut left = p.amount.value();
        let targets: Vec<usize> = match &p.invoice {
            Some(n) => case
                .invoices
                .iter()
                .position(|i| i.number.trim() == n.trim())
                .into_iter()
                .collect(),
            None => order.clone(),
        };
        for idx in targets {
            if left <= Decimal::ZERO {
                break;
            }
            let take = left.min(outstanding[idx]);
            if take <= Decimal::ZERO {
                continue;
            }
            outstanding[idx] -= take;
            left -= take;
            steps[idx].push((p.date, outstanding[idx]));
            applied.push(AppliedPayment {
                date: p.date,
                amount: take,
                invoice: Some(case.invoices[idx].number.clone()),
                designated: p.invoice.is_some(),
            });
        }
        if left > Decimal::ZERO {
            unapplied += left;
            applied.push(AppliedPayment {
                date: p.date,
                amount: left,
                invoice: None,
                designated: false,
            });
        }
    }
    if !case.payments.is_empty() {
        notes.push(Note::PaymentImputation);
    }

    // 2. Interest.
    let kind = interest_kind(case);
    let regime = (case.jurisdiction == Jurisdiction::Be).then(|| be_regime::regime(case));
    let first_reminder = be_regime::first_reminder(case);
    let b2b = match regime {
        Some(r) => r == Regime::Commercial,
        None => is_b2b(case),
    };
    let category = if case.creditor.kind == PartyKind::Consumer {
        LegalRateCategory::Individual
    } else {
        LegalRateCategory::Other
    };
    let start_rule = case
        .interest
        .as_ref()
        .and_then(|i| i.from)
        .unwrap_or(match kind {
            // Québec: damages for delay run from default (art. 1617 C.c.Q.), whatever the rate.
            _ if case.jurisdiction == Jurisdiction::Qc
                && !case
                    .contract
                    .as_ref()
                    .is_some_and(|c| c.default_by_due_date) =>
            {
                InterestStart::Notice
            }
            InterestKind::Legal
                if !case
                    .contract
                    .as_ref()
                    .is_some_and(|c| c.default_by_due_date) =>
            {
                InterestStart::Notice
            }
            _ => InterestStart::DueDate,
        });
    let notice = notice_date(case);
    let agreed = case
        .interest
        .as_ref()
        .and_then(|i| i.rate)
        .map(|r| r.value());
    let indemnity = case
        .interest
        .as_ref()
        .and_then(|i| i.additional_indemnity)
        .unwrap_or(false);
    let schedules: Vec<Schedule> = match (case.jurisdiction, kind) {
        (Jurisdiction::Be, kind) => be_schedules(regime.unwrap_or(Regime::Civil), kind, agreed),
        (_, InterestKind::None) => Vec::new(),
        (Jurisdiction::Qc, InterestKind::Statutory) => Vec::new(), // refused by the QC rules
        (Jurisdiction::Qc, InterestKind::Legal) => {
            let mut v = vec![Schedule::Qc(QcRateRule::Legal)];
            if indemnity {
                v.push(Schedule::Qc(QcRateRule::AdditionalIndemnity {
                    agreed_rate: None,
                }));
            }
            v
        }
        (Jurisdiction::Qc, InterestKind::Contractual) => {
            let rate = agreed.unwrap_or(Decimal::ZERO);
            let mut v = vec![Schedule::Qc(QcRateRule::Fixed {
                rate,
                source: "taux convenu au contrat".to_string(),
            })];
            if indemnity {
                v.push(Schedule::Qc(QcRateRule::AdditionalIndemnity {
                    agreed_rate: Some(rate),
                }));
            }
            v
        }
        (_, InterestKind::Statutory) => vec![Schedule::Fr(RateRule::FranceStatutory)],
        (_, InterestKind::Legal) => vec![Schedule::Fr(RateRule::FranceLegal(category))],
        (_, InterestKind::Contractual) => vec![Schedule::Fr(RateRule::Fixed {
            rate: agreed.unwrap_or(Decimal::ZERO),
            source: "taux prévu au contrat".to_string(),
        })],
    };
    let mut lines = Vec::new();
    let mut missing = Vec::new();
    // Interest "from the notice" with no notice sent yet: it starts with the letter being
    // written, so nothing has accrued on its date.
    let notice_sent = case
        .history
        .iter()
        .any(|h| h.kind == HistoryKind::FormalNotice);
    let explicit = case.interest.as_ref().and_then(|i| i.from_date);
    // Belgium: the first day interest may run, whatever the invoice (None: nothing accrues).
    let be_floor = regime.map(|r| be_start_floor(case, r, kind, first_reminder.as_ref()));
    let accrues = match be_floor {
        Some(floor) => floor.is_some(),
        None => explicit.is_some() || start_rule != InterestStart::Notice || notice_sent,
    };
    let start_of = |inv: &Invoice| {
        let after_due = match (regime, inv.received) {
            (Some(Regime::Commercial), Some(received)) => be_commercial_start(case, inv, received),
            _ => inv.due_date + Days::new(1),
        };
        if first_reminder
            .as_ref()
            .is_some_and(|r| !r.covers(inv.due_date))
        {
            return NaiveDate::MAX;
        }
        match (be_floor, explicit, start_rule) {
            (Some(floor), _, _) => floor.unwrap_or(NaiveDate::MAX).max(after_due),
            (None, Some(d), _) => d.max(after_due),
            (None, None, InterestStart::DueDate) => after_due,
            (None, None, InterestStart::Notice) => notice.max(after_due),
        }
    };
    if accrues && !schedules.is_empty() {
        for (idx, inv) in case.invoices.iter().enumerate() {
            let start = start_of(inv);
            // The opening balance holds from the start of time: a payment dated before the
            // invoice (a deposit) must still reduce it.
            let mut balance_steps = vec![BalanceStep {
                from: NaiveDate::MIN,
                balance: inv.amount.value(),
            }];
            // Payments made before the start still reduce the balance from the start.
            for (date, bal) in &steps[idx] {
                balance_steps.push(BalanceStep {
                    from: *date + Days::new(1),
                    balance: *bal,
                });
            }
            for schedule in &schedules {
                let result = match schedule {
                    Schedule::Fr(rule) => {
                        interest::accrue(&inv.number, &balance_steps, start, as_of, rule)
                    }
                    Schedule::Qc(rule) => {
                        qc::accrue(&inv.number, &balance_steps, start, as_of, rule)
                    }
                    Schedule::Be(rule) => {
                        be_schedule::accrue(&inv.number, &balance_steps, start, as_of, rule)
                    }
                };
                match result {
                    Ok(mut l) => lines.append(&mut l),
                    Err(MissingRate { on, what }) => missing.push(format!(
                        "{}: no rate known on {} ({what})",
                        inv.number,
                        on.format("%d/%m/%Y")
                    )),
                }
            }
        }
        notes.push(Note::SimpleInterest365);
        notes.push(Note::RoundingPerLine);
    }

    // 3. Fees.
    let mut fees = Vec::new();
    let consts = &*FR_CONSTANTS;
    let user_flat = case.fees.iter().any(|f| f.kind == FeeKind::FlatIndemnity);
    let claim_flat = case.flat_indemnity.unwrap_or(true);
    // The flat indemnity is a French (and Belgian) statute; Québec has none.
    if b2b && !user_flat && claim_flat && case.jurisdiction == Jurisdiction::Fr {
        for idx in late_invoices(case, &steps, as_of, |inv| inv.due_date) {
            let inv = &case.invoices[idx];
            fees.push(FeeLine {
                label: format!("{} — facture {}", consts.flat_indemnity.label, inv.number),
                amount: consts.flat_indemnity_amount(),
                kind: FeeKind::FlatIndemnity,
                basis: Some(consts.flat_indemnity.article.clone()),
                invoice: Some(inv.number.clone()),
                case_index: None,
            });
        }
    }
    let be = regime.map(|regime| {
        // A consumer's indemnity is computed on the invoices the first reminder concerned.
        let principal: Decimal = case
            .invoices
            .iter()
            .zip(&outstanding)
            .filter(|(inv, _)| {
                first_reminder
                    .as_ref()
                    .is_none_or(|r| r.covers(inv.due_date))
            })
            .map(|(_, o)| *o)
            .sum();
        let interest_total: Decimal = lines.iter().map(|l| l.amount).sum();
        let late = late_invoices(case, &steps, as_of, |inv| match (regime, inv.received) {
            (Regime::Commercial, Some(received)) => {
                be_commercial_start(case, inv, received) - Days::new(1)
            }
            _ => inv.due_date,
        });
        let (indemnity, uncontested, mut be_notes) = be_indemnity(
            case,
            regime,
            first_reminder.as_ref(),
            as_of,
            principal,
            interest_total,
            &late,
            &mut fees,
        );
        be_notes.splice(
            0..0,
            be_interest_notes(case, regime, kind, first_reminder.as_ref(), as_of, agreed),
        );
        BeComputation {
            regime,
            charges_allowed: first_reminder
                .as_ref()
                .is_none_or(|r| r.charges_allowed_on(as_of)),
            first_reminder: first_reminder.clone(),
            indemnity,
            uncontested,
            notes: be_notes,
        }
    });
    for (i, f) in case.fees.iter().enumerate() {
        fees.push(FeeLine {
            label: f.label.clone(),
            amount: round_cents(f.amount.value()),
            kind: f.kind,
            basis: None,
            invoice: f.invoice.clone(),
            case_index: Some(i),
        });
    }

    // 4. Totals: sums of rounded lines.
    let invoices: Vec<InvoiceBalance> = case
        .invoices
        .iter()
        .enumerate()
        .map(|(i, inv)| InvoiceBalance {
            number: inv.number.clone(),
            issue_date: inv.issue_date,
            due_date: inv.due_date,
            amount: inv.amount.value(),
            paid: inv.amount.value() - outstanding[i],
            outstanding: outstanding[i],
        })
        .collect();
    let invoiced: Decimal = invoices.iter().map(|i| i.amount).sum();
    let principal: Decimal = invoices.iter().map(|i| i.outstanding).sum();
    let interest_total: Decimal = lines.iter().map(|l| l.amount).sum();
    let fees_total: Decimal = fees.iter().map(|f| f.amount).sum();
    let totals = Totals {
        invoiced,
        paid: invoiced - principal,
        principal,
        interest: interest_total,
        fees: fees_total,
        total: principal + interest_total + fees_total,
    };
    let interest_start = match (be_floor, kind, start_rule) {
        (_, InterestKind::None, _) => None,
        (Some(floor), _, _) => floor.filter(|d| *d != NaiveDate::MIN),
        (None, _, InterestStart::DueDate) => None,
        (None, _, InterestStart::Notice) => Some(notice),
    };
    Computation {
        as_of,
        jurisdiction: case.jurisdiction,
        currency: if case.jurisdiction == Jurisdiction::Qc {
            "CAD"
        } else {
            "EUR"
        },
        interest_kind: kind,
        legal_category: (kind == InterestKind::Legal && regime.is_none()).then_some(category),
        b2b,
        interest_start,
        invoices,
        payments: applied,
        interest: lines,
        fees,
        totals,
        notes,
        missing_rates: missing,
        unapplied,
        be,
    }
}

#[cfg(test)]
mod quebec_default_tests {
    use super::notice_date;
    use crate::case::load::load_str;

    /// A notice received on Thursday 11 June 2026 with 10 days: the 10th day is Sunday 21 June,
    /// Monday 22 is a working day, so the debtor is in default on Tuesday 23 June; with the
    /// delay ending on Saint-Jean-Baptiste (24 June, received 14 June: 14 + 10 = 24), default
    /// is on 26 June (25 is the next juridical day).
    #[test]
    fn quebec_default_skips_non_juridical_days() {
        let base = include_str!("../../../jurisdictions/qc/tests/base.yaml");
        let at = |received: &str| {
            let text = base.replace(
                "    received: 2026-01-19",
                &format!("    received: {received}"),
            );
            assert!(base.contains("    received: 2026-01-19"));
            let text = text.replace("date: 2026-03-02", "date: 2026-07-15");
            notice_date(&load_str(&text, "t.yaml").unwrap().case)
        };
        assert_eq!(at("2026-06-11"), "2026-06-23".parse().unwrap());
        assert_eq!(at("2026-06-14"), "2026-06-26".parse().unwrap());
        // Without a non-juridical last day: received + 10 + 1.
        assert_eq!(at("2026-01-19"), "2026-01-30".parse().unwrap());
    }
}
