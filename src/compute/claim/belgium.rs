//! The Belgian part of the claim: which law governs the damages (loi du 2 août 2002, Book XIX
//! CDE, civil law), from when interest may run (the free first reminder's period, the notice,
//! the statutory term from receipt), which rate schedule applies, and the indemnity decision
//! (40 € per invoice or the damages clause, the XIX.4 cap, the art. 1394/20 figure).
//! [`super::compute`] calls these; the types are what `amounts` prints and the letters word.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{FeeLine, Schedule, notice_date};
use crate::case::model::{Case, FeeKind, HistoryKind, InterestKind, InterestStart, Invoice};
use crate::compute::be::damages::{
    self as be_damages, IndemnityCap, UncontestedClaim, claimable_consumer_indemnity,
};
use crate::compute::be::regime::{FirstReminder, Regime, clause_amount};
use crate::compute::be::schedule::BeRateRule;

/// What the Belgian computation decided and why: what `creance amounts` prints and what the
/// Belgian letters word (see also [`crate::letters::be_facts`]).
#[derive(Clone, Debug, Serialize)]
pub struct BeComputation {
    pub regime: Regime,
    /// Consumer debts (Book XIX): the free first reminder — the one in the history, or the
    /// document being written when none was sent.
    pub first_reminder: Option<FirstReminder>,
    /// Whether interest and an indemnity may be counted on the computation date: always in a
    /// commercial or civil case; for a consumer debt, once the first reminder was sent and its
    /// period is over (art. XIX.2).
    pub charges_allowed: bool,
    /// The indemnity decision (the 40 € of the loi du 2 août 2002, a damages clause, the
    /// XIX.4 cap); `None` when neither the law nor the contract provides one.
    pub indemnity: Option<BeIndemnity>,
    /// Commercial cases: what the art. 1394/20 C. jud. route for uncontested B2B debts would
    /// claim — principal, interest and damages clause together capped at 10 % of the
    /// principal, plus 40 € per late invoice (examples.md BE-5). For the injunction documents;
    /// not part of the amicable claim.
    pub uncontested: Option<UncontestedClaim>,
    /// The conventions and decisions to state with the figures.
    pub notes: Vec<BeNote>,
}

/// Where a Belgian indemnity comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BeIndemnityBasis {
    /// Loi du 2 août 2002, art. 6: 40 € per late invoice (CJEU C-370/21).
    FlatB2b,
    /// The contract's damages clause (B2B: when it gives more than the 40 € per invoice, which
    /// it replaces; civil: as agreed, the judge may reduce it, art. 5.88 C. civ.).
    ContractClause,
    /// A consumer's damages clause, capped by CDE art. XIX.4.
    ConsumerClause,
}

/// The Belgian indemnity decision.
#[derive(Clone, Debug, Serialize)]
pub struct BeIndemnity {
    pub basis: BeIndemnityBasis,
    /// What the contract's clause gives on the balance (before any cap); `None` without one.
    pub clause_amount: Option<Decimal>,
    /// B2B: 40 € × late invoices.
    pub flat_total: Option<Decimal>,
    /// Consumer: the XIX.4 cap on the balance still due.
    pub cap: Option<IndemnityCap>,
    /// Whether the clause was reduced to the XIX.4 cap.
    pub reduced_to_cap: bool,
    /// What may be claimed once charges are allowed (consumer: after the first reminder's
    /// period).
    pub claimable: Decimal,
    /// What this computation claims (0 while the first reminder's period runs).
    pub claimed: Decimal,
}

/// A Belgian convention or decision the computation followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BeNote {
    /// Consumer debt, no reminder sent yet: the document is the free first reminder, which
    /// claims the principal only (art. XIX.2).
    FirstReminderBeingWritten,
    /// Consumer debt: the first reminder's period is not over on the computation date, so
    /// nothing but the principal is claimed yet.
    FreePeriodRunning,
    /// Consumer debt: interest and the indemnity count from the day after the first reminder's
    /// period (the later of the readings, belgium.md open question 3).
    ConsumerChargesAfterFreePeriod,
    /// Consumer debt: the agreed rate is above the commercial rate (XIX.4 ceiling), so only the
    /// civil legal rate is claimed (belgium.md §1.5, Schoups [S]).
    ConsumerRateAboveCeiling,
    /// Consumer debt: no rate was agreed; moratory interest at the civil legal rate.
    ConsumerLegalRate,
    /// Consumer debt: the damages clause was reduced to the XIX.4 cap.
    IndemnityCappedXix4,
    /// Consumer debt: no damages clause in the contract, so no indemnity (XIX.4).
    NoIndemnityWithoutClause,
    /// B2B: the contract's damages clause gives more than 40 € per late invoice; it is claimed
    /// instead of — never on top of — the 40 € (same recovery costs).
    B2bClauseInsteadOfFlat,
    /// B2B: the 40 € per late invoice give more than the damages clause, which is not claimed on
    /// top.
    B2bFlatInsteadOfClause,
    /// B2B: interest runs de plein droit from the day after each due date (loi 2.8.2002 art. 5).
    CommercialInterestFromDueDate,
    /// Civil: interest runs from the mise en demeure (none sent yet: from the letter being
    /// written, so nothing has accrued).
    InterestFromNotice,
}

/// Belgium: the first day from which interest may run (the day after the due date at the
/// earliest), or `None` when none accrues on this computation.
pub(super) fn be_start_floor(
    case: &Case,
    regime: Regime,
    kind: InterestKind,
    first: Option<&FirstReminder>,
) -> Option<NaiveDate> {
    let terms = case.interest.as_ref();
    let explicit = terms.and_then(|i| i.from_date);
    let notice_sent = case
        .history
        .iter()
        .any(|h| h.kind == HistoryKind::FormalNotice);
    let from_notice = || notice_sent.then(|| notice_date(case));
    match regime {
        // Art. XIX.2: nothing before the first reminder's period is over; an explicit start
        // can only be later (an earlier one is refused by the rules).
        Regime::Consumer => first.filter(|r| r.sent()).map(|r| {
            r.period
                .charges_from
                .max(explicit.unwrap_or(NaiveDate::MIN))
        }),
        Regime::Commercial => match (explicit, terms.and_then(|i| i.from)) {
            (Some(d), _) => Some(d),
            (None, Some(InterestStart::Notice)) => from_notice(),
            _ => Some(NaiveDate::MIN),
        },
        Regime::Civil => {
            let by_contract = case
                .contract
                .as_ref()
                .is_some_and(|c| c.default_by_due_date);
            let default = if by_contract || kind == InterestKind::None {
                InterestStart::DueDate
            } else {
                InterestStart::Notice
            };
            match (explicit, terms.and_then(|i| i.from).unwrap_or(default)) {
                (Some(d), _) => Some(d),
                (None, InterestStart::Notice) => from_notice(),
                (None, InterestStart::DueDate) => Some(NaiveDate::MIN),
            }
        }
    }
}

/// Belgium, between enterprises: the first day of interest on an invoice the debtor received
/// on `received`. Without an agreed payment term the statutory term is 30 calendar days from
/// the day after receipt (loi du 2 août 2002, art. 4), so interest starts on the 31st day
/// after receipt at the earliest, whatever due date the invoice printed. An agreed term
/// (`contract.payment_terms`) keeps the invoice's due date.
pub fn be_commercial_start(case: &Case, inv: &Invoice, received: NaiveDate) -> NaiveDate {
    let after_due = inv.due_date + Days::new(1);
    let agreed = case
        .contract
        .as_ref()
        .is_some_and(|c| c.payment_terms.is_some());
    if agreed {
        return after_due;
    }
    let days = be_default_term_days();
    after_due.max(received + Days::new(u64::from(days) + 1))
}

/// The statutory default term between enterprises (loi du 2 août 2002, art. 4), from the
/// Belgian damages data.
fn be_default_term_days() -> u32 {
    crate::compute::be::damages::belgium_damages().b2b_default_term_days
}

/// Belgium: the interest schedule for these parties and this interest kind.
pub(super) fn be_schedules(
    regime: Regime,
    kind: InterestKind,
    agreed: Option<Decimal>,
) -> Vec<Schedule> {
    let rule = match (regime, kind) {
        (_, InterestKind::None) => return Vec::new(),
        (Regime::Commercial, InterestKind::Statutory) => BeRateRule::Commercial,
        (Regime::Consumer, InterestKind::Contractual) => BeRateRule::Consumer {
            contractual: agreed,
        },
        // The commercial rate is a B2B rate (refused by the rules elsewhere): the consumer gets
        // the legal rate, a civil debtor the legal rate.
        (Regime::Consumer, _) => BeRateRule::Consumer { contractual: None },
        (_, InterestKind::Contractual) => BeRateRule::Fixed {
            rate: agreed.unwrap_or(Decimal::ZERO),
            source: "taux convenu au contrat".to_string(),
        },
        (_, InterestKind::Legal | InterestKind::Statutory) => BeRateRule::Legal,
    };
    vec![Schedule::Be(rule)]
}

/// Belgium: the notes on the interest.
pub(super) fn be_interest_notes(
    case: &Case,
    regime: Regime,
    kind: InterestKind,
    first: Option<&FirstReminder>,
    as_of: NaiveDate,
    agreed: Option<Decimal>,
) -> Vec<BeNote> {
    let mut notes = Vec::new();
    match regime {
        Regime::Consumer => {
            match first {
                Some(r) if !r.sent() => notes.push(BeNote::FirstReminderBeingWritten),
                Some(r) if !r.charges_allowed_on(as_of) => notes.push(BeNote::FreePeriodRunning),
                _ => {}
            }
            notes.push(BeNote::ConsumerChargesAfterFreePeriod);
            match (kind, agreed) {
                (InterestKind::None, _) => {}
                (InterestKind::Contractual, Some(rate)) => {
                    let on = first.map_or(as_of, |r| r.period.charges_from);
                    let above = crate::compute::be::rates::belgium()
                        .commercial_rate(on)
                        .is_some_and(|c| rate > c.rate);
                    if above {
                        notes.push(BeNote::ConsumerRateAboveCeiling);
                    }
                }
                _ => notes.push(BeNote::ConsumerLegalRate),
            }
        }
        Regime::Commercial => {
            let later = case
                .interest
                .as_ref()
                .is_some_and(|i| i.from_date.is_some() || i.from == Some(InterestStart::Notice));
            if kind != InterestKind::None && !later {
                notes.push(BeNote::CommercialInterestFromDueDate);
            }
        }
        Regime::Civil => {
            let by_contract = case
                .contract
                .as_ref()
                .is_some_and(|c| c.default_by_due_date);
            let explicit = case
                .interest
                .as_ref()
                .is_some_and(|i| i.from_date.is_some() || i.from.is_some());
            if kind != InterestKind::None && !by_contract && !explicit {
                notes.push(BeNote::InterestFromNotice);
            }
        }
    }
    notes
}

/// Belgium: the indemnity lines (40 € per late invoice, the damages clause, the XIX.4 cap),
/// added to `fees`, with the decision, the art. 1394/20 figure and the notes.
#[allow(clippy::too_many_arguments)]
pub(super) fn be_indemnity(
    case: &Case,
    regime: Regime,
    first: Option<&FirstReminder>,
    as_of: NaiveDate,
    principal: Decimal,
    interest_total: Decimal,
    late: &[usize],
    fees: &mut Vec<FeeLine>,
) -> (Option<BeIndemnity>, Option<UncontestedClaim>, Vec<BeNote>) {
    let mut notes = Vec::new();
    let claim = case.flat_indemnity.unwrap_or(true);
    let user_flat = case.fees.iter().any(|f| f.kind == FeeKind::FlatIndemnity);
    let clause = case
        .contract
        .as_ref()
        .and_then(|c| c.indemnity_clause.as_ref())
        .map(|c| clause_amount(c, principal));
    let clause_line = |amount: Decimal, label: &str, basis: &str| FeeLine {
        label: label.to_string(),
        amount,
        kind: FeeKind::FlatIndemnity,
        basis: Some(basis.to_string()),
        invoice: None,
        case_index: None,
    };
    match regime {
        Regime::Commercial => {
            let flat = be_damages::belgium_damages().b2b_flat_indemnity.value;
            let counted = if claim { late.len() } else { 0 };
            let uncontested = be_damages::uncontested_b2b_claim(
                principal,
                Some(interest_total + clause.unwrap_or(Decimal::ZERO)),
                u32::try_from(counted).unwrap_or(u32::MAX),
            );
            if !claim || user_flat {
                return (None, Some(uncontested), notes);
            }
            let flat_total =
                be_damages::b2b_flat_indemnity(u32::try_from(late.len()).unwrap_or(u32::MAX));
            let (basis, claimed) = match clause {
                Some(c) if c > flat_total => {
                    notes.push(BeNote::B2bClauseInsteadOfFlat);
                    fees.push(clause_line(
                        c,
                        "Indemnité conventionnelle (clause pénale du contrat)",
                        "clause du contrat ; non cumulée avec l'indemnité forfaitaire de 40 € (loi du 2 août 2002, art. 6)",
                    ));
                    (BeIndemnityBasis::ContractClause, c)
                }
                _ => {
                    if clause.is_some() {
                        notes.push(BeNote::B2bFlatInsteadOfClause);
                    }
                    for &idx in late {
                        let inv = &case.invoices[idx];
                        fees.push(FeeLine {
                            label: format!(
                                "Indemnité forfaitaire pour frais de recouvrement — facture {}",
                                inv.number
                            ),
                            amount: flat,
                            kind: FeeKind::FlatIndemnity,
                            basis: Some(
                                "loi du 2 août 2002, art. 6 ; CJUE C-370/21 (par facture)".into(),
                            ),
                            invoice: Some(inv.number.clone()),
                            case_index: None,
                        });
                    }
                    (BeIndemnityBasis::FlatB2b, flat_total)
                }
            };
            let indemnity = (claimed > Decimal::ZERO || clause.is_some()).then_some(BeIndemnity {
                basis,
                clause_amount: clause,
                flat_total: Some(flat_total),
                cap: None,
                reduced_to_cap: false,
                claimable: claimed,
                claimed,
            });
            (indemnity, Some(uncontested), notes)
        }
        Regime::Consumer => {
            let Some(contractual) = clause.filter(|_| claim) else {
                if clause.is_none() {
                    notes.push(BeNote::NoIndemnityWithoutClause);
                }
                return (None, None, notes);
            };
            let ci = claimable_consumer_indemnity(Some(contractual), principal);
            let allowed = first.is_some_and(|r| r.charges_allowed_on(as_of));
            if ci.reduced_to_cap {
                notes.push(BeNote::IndemnityCappedXix4);
            }
            let claimed = if allowed { ci.claimable } else { Decimal::ZERO };
            if claimed > Decimal::ZERO {
                fees.push(clause_line(
                    claimed,
                    if ci.reduced_to_cap {
                        "Indemnité conventionnelle (clause du contrat), réduite au plafond légal"
                    } else {
                        "Indemnité conventionnelle (clause du contrat)"
                    },
                    "clause du contrat ; plafond CDE art. XIX.4",
                ));
            }
            let indemnity = BeIndemnity {
                basis: BeIndemnityBasis::ConsumerClause,
                clause_amount: Some(contractual),
                flat_total: None,
                reduced_to_cap: ci.reduced_to_cap,
                claimable: ci.claimable,
                cap: Some(ci.cap),
                claimed,
            };
            (Some(indemnity), None, notes)
        }
        Regime::Civil => {
            let Some(c) = clause.filter(|_| claim) else {
                return (None, None, notes);
            };
            let in_default = case
                .contract
                .as_ref()
                .is_some_and(|k| k.default_by_due_date)
                || case
                    .history
                    .iter()
                    .any(|h| h.kind == HistoryKind::FormalNotice);
            let claimed = if in_default { c } else { Decimal::ZERO };
            if claimed > Decimal::ZERO {
                fees.push(clause_line(
                    c,
                    "Indemnité conventionnelle (clause pénale du contrat)",
                    "clause du contrat (art. 5.88 C. civ. : réductible par le juge)",
                ));
            }
            let indemnity = BeIndemnity {
                basis: BeIndemnityBasis::ContractClause,
                clause_amount: Some(c),
                flat_total: None,
                cap: None,
                reduced_to_cap: false,
                claimable: c,
                claimed,
            };
            (Some(indemnity), None, notes)
        }
    }
}

#[cfg(test)]
mod be_tests {
    use super::super::*;
    use super::*;
    use crate::case::load::load_str;
    use crate::case::model::{IndemnityClause, InterestTerms, Payment};
    use crate::compute::money::Amount;
    use crate::compute::test_util::{d, dec};

    const BASE: &str = include_str!("../../../jurisdictions/be/tests/base.yaml");

    fn amount(s: &str) -> Amount {
        Amount(dec(s))
    }
    fn case(patch: impl Fn(&mut Case)) -> Case {
        let mut c = load_str(BASE, "base.yaml").unwrap().case;
        patch(&mut c);
        c
    }
    fn b2b(c: &mut Case) {
        c.debtor.kind = PartyKind::Professional;
        c.history.clear();
    }
    fn one_invoice(c: &mut Case, amount_: &str, issued: &str, due: &str) {
        c.invoices.truncate(1);
        c.invoices[0].amount = amount(amount_);
        c.invoices[0].issue_date = d(issued);
        c.invoices[0].due_date = d(due);
    }

    /// examples.md BE-2 in the claim: 612,15 € due 16 February 2025, computed on 1 March at an
    /// agreed 10 % between enterprises: 13 days (17 February – 1 March) → 2,18 €.
    #[test]
    fn be2_in_the_claim() {
        let c = case(|c| {
            b2b(c);
            one_invoice(c, "612.15", "2025-01-17", "2025-02-16");
            c.date = d("2025-03-01");
            c.contract.as_mut().unwrap().indemnity_clause = None;
            c.flat_indemnity = Some(false);
            c.interest = Some(InterestTerms {
                kind: InterestKind::Contractual,
                rate: Some(amount("10")),
                from: None,
                until: None,
                from_date: None,
                additional_indemnity: None,
            });
        });
        let comp = compute(&c);
        assert_eq!(comp.interest.len(), 1);
        let l = &comp.interest[0];
        assert_eq!(
            (l.from, l.to, l.days),
            (d("2025-02-17"), d("2025-03-01"), 13)
        );
        assert_eq!(l.amount, dec("2.18"));
        assert_eq!(comp.totals.total, dec("614.33"));
        assert!(comp.fees.is_empty(), "flat_indemnity: false");
    }

    /// examples.md BE-3 in the claim: a consumer's damages clause far above the caps is reduced
    /// to 20 € (balance 100 € and 150 €), 65 € (500 €) and 2 000 € (39 200 € or more).
    #[test]
    fn be3_in_the_claim() {
        for (balance, cap) in [
            ("100", "20.00"),
            ("150", "20.00"),
            ("500", "65.00"),
            ("39200", "2000.00"),
            ("50000", "2000.00"),
        ] {
            let c = case(|c| {
                one_invoice(c, balance, "2025-11-28", "2025-12-12");
                c.contract.as_mut().unwrap().indemnity_clause = Some(IndemnityClause {
                    percent: None,
                    minimum: None,
                    fixed: Some(amount("5000")),
                });
            });
            let comp = compute(&c);
            let be = comp.be.as_ref().unwrap();
            let i = be.indemnity.as_ref().unwrap();
            assert_eq!(i.claimed, dec(cap), "balance {balance}");
            assert!(i.reduced_to_cap);
            assert_eq!(comp.fees.len(), 1);
            assert_eq!(comp.fees[0].amount, dec(cap));
            assert!(be.notes.contains(&BeNote::IndemnityCappedXix4));
        }
        // The cap is on the balance still due, after payments: 640 € − 490 € paid = 150 € → 20 €.
        let c = case(|c| {
            c.payments.push(Payment {
                date: d("2025-12-20"),
                amount: amount("490"),
                invoice: None,
                reference: None,
            });
        });
        let comp = compute(&c);
        assert_eq!(comp.totals.principal, dec("150.00"));
        // 10 % of 150 € = 15 €, at least 25 € → 25 €, capped at 20 €.
        assert_eq!(comp.be.unwrap().indemnity.unwrap().claimed, dec("20.00"));
    }

    /// examples.md BE-5 in the claim: an uncontested B2B invoice of 4 413,91 € with a 10 %
    /// damages clause. The art. 1394/20 route gives 4 413,91 + 441,39 + 40 = 4 895,30 €; the
    /// amicable letter claims the clause instead of (not on top of) the 40 €: 4 855,30 €.
    #[test]
    fn be5_in_the_claim() {
        let c = case(|c| {
            b2b(c);
            one_invoice(c, "4413.91", "2025-12-01", "2025-12-31");
            c.date = d("2026-03-02");
            c.contract.as_mut().unwrap().indemnity_clause = Some(IndemnityClause {
                percent: Some(amount("10")),
                minimum: None,
                fixed: None,
            });
            c.interest = Some(InterestTerms {
                kind: InterestKind::None,
                rate: None,
                from: None,
                until: None,
                from_date: None,
                additional_indemnity: None,
            });
        });
        let comp = compute(&c);
        let be = comp.be.as_ref().unwrap();
        assert_eq!(be.regime, Regime::Commercial);
        let u = be.uncontested.as_ref().unwrap();
        assert_eq!(
            (u.increase, u.flat_indemnity, u.total),
            (dec("441.39"), dec("40.00"), dec("4895.30"))
        );
        let i = be.indemnity.as_ref().unwrap();
        assert_eq!(i.basis, BeIndemnityBasis::ContractClause);
        assert_eq!(
            (i.clause_amount, i.flat_total),
            (Some(dec("441.39")), Some(dec("40.00")))
        );
        assert_eq!(comp.fees.len(), 1);
        assert_eq!(comp.totals.total, dec("4855.30"));
        assert!(be.notes.contains(&BeNote::B2bClauseInsteadOfFlat));

        // With commercial interest, interest and clause together stay within the 10 %.
        let c2 = case(|c| {
            b2b(c);
            one_invoice(c, "4413.91", "2025-12-01", "2025-12-31");
            c.contract.as_mut().unwrap().indemnity_clause = Some(IndemnityClause {
                percent: Some(amount("10")),
                minimum: None,
                fixed: None,
            });
            c.interest = None;
        });
        let comp = compute(&c2);
        assert!(comp.totals.interest > Decimal::ZERO);
        assert_eq!(comp.be.unwrap().uncontested.unwrap().total, dec("4895.30"));
    }

    #[test]
    fn b2b_commercial_interest_and_40_per_late_invoice() {
        // Two invoices; the second was paid in full before it fell due: 40 € for the first only.
        let c = case(|c| {
            b2b(c);
            c.contract.as_mut().unwrap().indemnity_clause = None;
            c.interest = None;
            one_invoice(c, "1000", "2025-11-01", "2025-12-01");
            let mut second = c.invoices[0].clone();
            second.number = "2025-0413".into();
            second.due_date = d("2026-01-15");
            c.invoices.push(second);
            c.payments.push(Payment {
                date: d("2026-01-10"),
                amount: amount("1000"),
                invoice: Some("2025-0413".into()),
                reference: None,
            });
        });
        let comp = compute(&c);
        assert_eq!(comp.interest_kind, InterestKind::Statutory);
        assert!(comp.b2b);
        // 2 Dec 2025 – 2 Mar 2026: 30 days of 2025 H2 and 61 days of 2026 H1, 10,50 % each.
        let got: Vec<_> = comp.interest.iter().map(|l| (l.days, l.amount)).collect();
        // 1 000 × 10,5 × 30 / 36 500 = 8,630…; × 61 = 17,547…
        assert_eq!(got, vec![(30, dec("8.63")), (61, dec("17.55"))]);
        assert_eq!(comp.fees.len(), 1);
        assert_eq!(comp.fees[0].invoice.as_deref(), Some("2025-0412"));
        assert_eq!(comp.fees[0].amount, dec("40.00"));
        assert_eq!(comp.totals.total, dec("1066.18"));
    }

    #[test]
    fn b2b_without_an_agreed_term_is_due_30_days_after_receipt() {
        // Printed due date 1 December 2025, invoice received on 5 November.
        let received = |terms: Option<u32>, date: &str| {
            case(|c| {
                b2b(c);
                c.contract.as_mut().unwrap().indemnity_clause = None;
                c.contract.as_mut().unwrap().payment_terms =
                    terms.map(|days| crate::case::model::PaymentTerms {
                        days,
                        kind: crate::case::model::TermKind::Net,
                    });
                c.interest = None;
                one_invoice(c, "1000", "2025-11-01", "2025-12-01");
                c.invoices[0].received = Some(d("2025-11-05"));
                c.date = d(date);
            })
        };
        // No agreed term: due 30 days from 6 November, i.e. on 5 December; interest from
        // 6 December. 6 – 31 Dec 2025: 26 days; 1 Jan – 2 Mar 2026: 61 days, 10,50 % each.
        // 1 000 × 10,5 × 26 / 36 500 = 7,479… → 7,48; × 61 → 17,547… → 17,55.
        let comp = compute(&received(None, "2026-03-02"));
        let got: Vec<_> = comp
            .interest
            .iter()
            .map(|l| (l.from, l.days, l.amount))
            .collect();
        assert_eq!(
            got,
            vec![
                (d("2025-12-06"), 26, dec("7.48")),
                (d("2026-01-01"), 61, dec("17.55"))
            ]
        );
        assert_eq!(comp.fees.len(), 1, "still late: 40 €");
        // An agreed term keeps the printed due date (interest from 2 December).
        let agreed = compute(&received(Some(30), "2026-03-02"));
        assert_eq!(agreed.interest[0].from, d("2025-12-02"));
        // Computed before the statutory due date: not late, so neither interest nor 40 €.
        let early = compute(&received(None, "2025-12-05"));
        assert!(
            early.interest.is_empty() && early.fees.is_empty(),
            "{early:?}"
        );
    }

    #[test]
    fn consumer_nothing_before_the_period_ends() {
        // No reminder sent: the document is the first reminder; principal only.
        let c = case(|c| c.history.clear());
        let comp = compute(&c);
        assert!(comp.interest.is_empty() && comp.fees.is_empty());
        assert_eq!(comp.totals.total, dec("640.00"));
        let be = comp.be.unwrap();
        assert!(!be.charges_allowed);
        assert_eq!(be.notes[0], BeNote::FirstReminderBeingWritten);
        assert_eq!(be.indemnity.as_ref().unwrap().claimable, dec("64.00"));
        // Within the period (last free day 28 January): still nothing.
        let c = case(|c| c.date = d("2026-01-28"));
        let comp = compute(&c);
        assert!(comp.interest.is_empty() && comp.fees.is_empty());
        assert!(comp.be.unwrap().notes.contains(&BeNote::FreePeriodRunning));
        // The day after: one day of interest and the indemnity.
        let c = case(|c| c.date = d("2026-01-29"));
        let comp = compute(&c);
        assert_eq!(comp.interest.len(), 1);
        assert_eq!(comp.interest[0].days, 1);
        assert_eq!(comp.interest_start, Some(d("2026-01-29")));
        assert_eq!(comp.totals.fees, dec("64.00"));
        // Interest "from the due date" asked for a consumer is not followed.
        let c = case(|c| c.interest.as_mut().unwrap().from = Some(InterestStart::DueDate));
        assert_eq!(compute(&c).interest[0].from, d("2026-01-29"));
    }

    #[test]
    fn an_invoice_due_after_the_first_reminder_bears_no_charges() {
        // Reminder posted 12 January 2026; a second invoice of 300 € fell due on 20 January.
        let c = case(|c| {
            let mut second = c.invoices[0].clone();
            second.number = "2026-0020".into();
            second.issue_date = d("2026-01-05");
            second.due_date = d("2026-01-20");
            second.amount = amount("300");
            c.invoices.push(second);
        });
        let comp = compute(&c);
        assert!(comp.interest.iter().all(|l| l.invoice == "2025-0412"));
        assert_eq!(comp.totals.principal, dec("940.00"));
        // The clause on the first invoice's 640 € only: 64 €.
        assert_eq!(comp.totals.fees, dec("64.00"));
    }

    #[test]
    fn civil_legal_interest_from_the_notice() {
        let consumer_creditor = |c: &mut Case| {
            c.creditor.kind = PartyKind::Consumer;
            c.creditor.registration = None;
        };
        // No formal notice yet: nothing accrues, and the clause is not yet due.
        let c = case(consumer_creditor);
        let comp = compute(&c);
        assert_eq!(comp.be.as_ref().unwrap().regime, Regime::Civil);
        assert!(comp.interest.is_empty() && comp.fees.is_empty());
        // A formal notice received on 2 February: legal rate from then, and the clause.
        let c = case(|c| {
            consumer_creditor(c);
            c.history.push(crate::case::model::HistoryEntry {
                kind: HistoryKind::FormalNotice,
                date: d("2026-01-30"),
                channel: None,
                proof: None,
                received: Some(d("2026-02-02")),
                deadline_days: None,
                sender: None,
            });
        });
        let comp = compute(&c);
        assert_eq!(comp.interest_start, Some(d("2026-02-02")));
        // 640 × 4,5 × 29 / 36 500 = 2,288… → 2,29.
        assert_eq!(
            (comp.interest[0].days, comp.interest[0].amount),
            (29, dec("2.29"))
        );
        assert_eq!(comp.totals.fees, dec("64.00"));
    }
}
