//! Payment plans (échéancier / plan d'apurement / entente de paiement): the schedule of a
//! case's `plan` terms — exact instalments, due dates, interest during the plan.
//!
//! Decisions, each stated in the schedule so the document can print it:
//!
//! * **What is spread.** `accrued: included` (default) spreads the whole claim on the document
//!   date — `compute::claim::compute(case).totals.total`: principal, interest and fees, the
//!   €40 flat indemnities included — and that total is the debt acknowledged. `waived` spreads
//!   the principal only and the debtor acknowledges the principal only (the creditor gives up
//!   the rest). `waived_if_kept` spreads the principal, but the debtor acknowledges the whole
//!   claim: the interest and fees are set aside, given up once every instalment was paid on
//!   time, and due with the balance if the plan is accelerated (france.md §7.2 lists "penalties
//!   and interest suspended or waived if the plan is respected" as an optional clause).
//! * **Exact instalments.** With `instalments: n`, each instalment is the amount to spread
//!   divided by `n` and *truncated* to the cent; the cents left over (fewer than `n`) go on the
//!   last instalment (or the first, `remainder: first`), so the instalments always add up to
//!   the amount to the cent: 1 000,00 in 3 → 333,33 + 333,33 + 333,34. With
//!   `instalment_amount: a`, there are ⌈amount ÷ a⌉ instalments of `a` and the odd, smaller
//!   one is the last (or the first). The down payment comes off before the division.
//! * **Due dates.** Counted from `first_due_date`, not from one another: monthly from
//!   31 January gives 28 (29) February, 31 March, 30 April, 31 May — the day number comes back
//!   whenever the month has it (the month-end clamping of CPC art. 641 al. 2, applied to each
//!   date separately). Weekly and fortnightly add 7 and 14 days; quarterly, 3 months.
//! * **Non-working days.** A due date on a Saturday, Sunday or public holiday moves to the next
//!   working day of the jurisdiction's calendar (`non_working_days: keep` turns this off). No
//!   statute fixes this for a contractual payment date; creance applies each jurisdiction's
//!   procedural rule by analogy (France CPC art. 642 [P]; Belgium C. jud. art. 53 [S, holiday
//!   list K]; Québec Interpretation Act art. 52 and C.p.c. art. 82–83 [S/K]) because a later
//!   date never shortens the debtor's time — the same reasoning as a letter's own deadline
//!   (calendars.md). A French debtor in Bas-Rhin, Haut-Rhin or Moselle (postcodes 67, 68, 57)
//!   gets the Alsace-Moselle calendar (Good Friday, 26 December).
//! * **Interest during the plan.** Optional (`interest_rate`, annual percent): simple interest
//!   on the balance still to be paid, from the previous due date (the document date for the
//!   first line) to this line's due date, actual days / 365 (as France's legal interest counts,
//!   even in leap years), rounded once per line with [`round_cents`]. Each payment pays its
//!   period's interest first, then capital (art. 1343-1 C. civ. [K]; art. 1570 C.c.Q. [K]), so
//!   the capital parts are exactly those computed above and the interest comes on top.

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::calendar::Calendar;
use super::claim::Computation;
use super::money::round_cents;
use crate::case::model::{
    AccruedTreatment, Case, Frequency, Jurisdiction, NonWorkingDays, PartyKind, PlanTerms,
    RemainderOn,
};

/// Days a formal notice gives to cure a missed instalment before acceleration, when the case
/// does not say: 15 (france.md §7.2: "MED + ≥ 15 days cure period for consumers — conservative
/// choice, not a legal threshold" [K]).
pub const DEFAULT_ACCELERATION_NOTICE_DAYS: u32 = 15;

/// Québec consumer: 30 days, the period the Consumer Protection Act gives before acceleration
/// of a credit contract (LPC ss. 104–110, Reg. s. 42; quebec.md §3.1, §5 [S]); whether an
/// interest-free plan is a "contract of credit" is open, so creance takes the longer period.
pub const QC_CONSUMER_ACCELERATION_NOTICE_DAYS: u32 = 30;

/// The schedule of a case's payment plan, with everything the agreement states.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Schedule {
    /// Date of the agreement (the case's document date); interest during the plan runs from it.
    pub start: NaiveDate,
    /// ISO 4217 code of every amount.
    pub currency: &'static str,
    pub accrued: AccruedTreatment,
    /// The debt the debtor acknowledges (art. 2240 C. civ., art. 2248 C. civ. belge,
    /// arts 2898 and 2903 C.c.Q.), broken down, as computed on `acknowledged_on`.
    pub acknowledged: Acknowledged,
    /// The date of the claim's computation (the case's `interest.until` or document date).
    pub acknowledged_on: NaiveDate,
    /// Interest and fees the plan does not spread: given up (`waived`) or set aside until the
    /// plan is paid (`waived_if_kept`). Zero with `included`.
    pub set_aside: Decimal,
    /// What the down payment and the instalments pay off (capital of the plan).
    pub base: Decimal,
    pub frequency: Frequency,
    /// Annual rate in percent of interest during the plan; `None` for none.
    pub interest_rate: Option<Decimal>,
    /// The down payment (number 0) if any, then the instalments (1, 2, …), in date order.
    pub lines: Vec<Line>,
    /// Number of instalments, the down payment not counted.
    pub instalments: u32,
    /// The capital part of a regular instalment.
    pub regular_amount: Decimal,
    /// The instalment whose capital differs from the others, if any.
    pub remainder: Option<Remainder>,
    /// Sum of the interest of every line.
    pub total_interest: Decimal,
    /// What the debtor pays in all: `base + total_interest`.
    pub total_payable: Decimal,
    /// Due date of the last instalment.
    pub last_due_date: NaiveDate,
    /// The calendar that moved due dates off non-working days; `None` with
    /// `non_working_days: keep`.
    pub calendar: Option<CalendarUse>,
    /// Acceleration clause: days the formal notice gives to cure a missed instalment (0: no
    /// notice).
    pub acceleration_notice_days: u32,
    /// Whether `acceleration_notice_days` is creance's default rather than the case's.
    pub acceleration_notice_default: bool,
}

/// The acknowledged debt, broken down as the claim's computation gives it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Acknowledged {
    pub principal: Decimal,
    pub interest: Decimal,
    pub fees: Decimal,
    pub total: Decimal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineKind {
    DownPayment,
    Instalment,
}

/// One payment of the plan.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Line {
    /// 0 for the down payment, then 1, 2, …
    pub number: u32,
    pub kind: LineKind,
    /// The date the frequency gives.
    pub nominal_date: NaiveDate,
    /// The date the payment is due: `nominal_date`, or the next working day.
    pub due_date: NaiveDate,
    /// Why the date moved, in French as the calendar names it ("samedi", "jour férié : Noël").
    pub moved_because: Option<String>,
    /// Capital paid by this line.
    pub capital: Decimal,
    /// Interest during the plan paid by this line (zero without `interest_rate`).
    pub interest: Decimal,
    /// Days of interest (previous due date, or the agreement date, to this due date).
    pub interest_days: i64,
    /// `capital + interest`: what the debtor pays on `due_date`.
    pub amount: Decimal,
    /// Capital still to pay after this line.
    pub balance_after: Decimal,
}

/// The instalment that carries the odd cents (equal division) or the odd, smaller amount
/// (`instalment_amount`).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Remainder {
    pub on: RemainderOn,
    /// Its number in the schedule.
    pub instalment: u32,
    /// Its capital.
    pub amount: Decimal,
    /// `amount − regular_amount` (positive: the cents left over by an equal division;
    /// negative: the short last instalment of `instalment_amount`).
    pub difference: Decimal,
}

/// Which calendar moved the due dates, on which basis, with its confidence mark.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CalendarUse {
    pub id: &'static str,
    pub name: &'static str,
    /// The rule applied by analogy, with its source.
    pub basis: &'static str,
    /// P, S or K (see the calendar's own `confidence` for its holiday list).
    pub confidence: &'static str,
}

/// Why a schedule cannot be computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The case has no `plan`.
    NoPlan,
    /// Nothing is owed on the document date.
    NothingOwed,
    /// The down payment pays the whole amount: there is nothing to spread.
    DownPaymentCoversAll {
        down_payment: Decimal,
        base: Decimal,
    },
    /// The number of instalments gives instalments of less than a cent.
    InstalmentsTooSmall { instalments: u32, amount: Decimal },
    /// The case's structural validation refuses these terms (both or neither of
    /// `instalments`/`instalment_amount`, zero instalments).
    InvalidTerms,
    /// A due date beyond the calendar's range.
    DateOutOfRange,
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::NoPlan => write!(f, "the case has no `plan` terms"),
            PlanError::NothingOwed => write!(f, "nothing is owed on the document date"),
            PlanError::DownPaymentCoversAll { down_payment, base } => write!(
                f,
                "the down payment ({down_payment}) pays the whole amount to spread ({base})"
            ),
            PlanError::InstalmentsTooSmall {
                instalments,
                amount,
            } => write!(
                f,
                "{amount} in {instalments} instalments gives instalments of less than a cent"
            ),
            PlanError::InvalidTerms => write!(
                f,
                "the plan needs `instalments` or `instalment_amount` (one of them, positive)"
            ),
            PlanError::DateOutOfRange => write!(f, "a due date is out of the calendar's range"),
        }
    }
}

impl std::error::Error for PlanError {}

/// The calendar whose working days the plan's due dates follow, and the rule applied.
pub fn plan_calendar(case: &Case) -> CalendarUse {
    let (cal, basis, confidence) = match case.jurisdiction {
        Jurisdiction::Fr => {
            let alsace_moselle = case
                .debtor
                .address
                .country
                .as_deref()
                .is_none_or(|c| c.eq_ignore_ascii_case("FR"))
                && ["57", "67", "68"]
                    .iter()
                    .any(|p| case.debtor.address.postcode.trim().starts_with(p));
            let cal = if alsace_moselle {
                Calendar::france_alsace_moselle()
            } else {
                Calendar::france_metropolitan()
            };
            (
                cal,
                "art. 642 CPC, par analogie : une échéance tombant un samedi, un dimanche ou un \
                 jour férié est reportée au premier jour ouvrable suivant",
                "P",
            )
        }
        Jurisdiction::Be => (
            Calendar::belgium(),
            "art. 53 C. jud., par analogie : le jour de l'échéance qui est un samedi, un \
             dimanche ou un jour férié légal est reporté au prochain jour ouvrable",
            "S",
        ),
        Jurisdiction::Qc => (
            Calendar::quebec(),
            "Loi d'interprétation (RLRQ c. I-16) art. 52 et C.p.c. art. 82–83, par analogie : \
             un délai qui expire un jour férié est prolongé au jour ouvrable suivant",
            "S",
        ),
    };
    CalendarUse {
        id: cal.id,
        name: cal.name,
        basis,
        confidence,
    }
}

/// The acceleration notice the plan gives: the case's, else 15 days, 30 for a Québec consumer.
pub fn acceleration_notice_days(case: &Case, terms: &PlanTerms) -> (u32, bool) {
    match terms.acceleration_notice_days {
        Some(d) => (d, false),
        None if case.jurisdiction == Jurisdiction::Qc
            && case.debtor.kind == PartyKind::Consumer =>
        {
            (QC_CONSUMER_ACCELERATION_NOTICE_DAYS, true)
        }
        None => (DEFAULT_ACCELERATION_NOTICE_DAYS, true),
    }
}

/// The schedule of the case's plan, from the claim's computation.
pub fn schedule(case: &Case, computation: &Computation) -> Result<Schedule, PlanError> {
    let terms = case.plan.as_ref().ok_or(PlanError::NoPlan)?;
    let totals = &computation.totals;
    let (base, acknowledged_total) = match terms.accrued {
        AccruedTreatment::Included => (totals.total, totals.total),
        AccruedTreatment::Waived => (totals.principal, totals.principal),
        AccruedTreatment::WaivedIfKept => (totals.principal, totals.total),
    };
    if base <= Decimal::ZERO {
        return Err(PlanError::NothingOwed);
    }
    let acknowledged = match terms.accrued {
        AccruedTreatment::Waived => Acknowledged {
            principal: totals.principal,
            interest: Decimal::ZERO,
            fees: Decimal::ZERO,
            total: acknowledged_total,
        },
        _ => Acknowledged {
            principal: totals.principal,
            interest: totals.interest,
            fees: totals.fees,
            total: acknowledged_total,
        },
    };
    let calendar = match terms.non_working_days {
        NonWorkingDays::Keep => None,
        NonWorkingDays::NextWorkingDay => Some(plan_calendar(case)),
    };
    let cal = calendar.as_ref().and_then(|c| Calendar::by_id(c.id));
    let spread = spread(base, terms, case.date, cal.as_ref())?;
    let (acceleration_notice_days, acceleration_notice_default) =
        acceleration_notice_days(case, terms);
    Ok(Schedule {
        start: case.date,
        currency: computation.currency,
        accrued: terms.accrued,
        acknowledged,
        acknowledged_on: computation.as_of,
        set_aside: match terms.accrued {
            AccruedTreatment::Included => Decimal::ZERO,
            AccruedTreatment::Waived | AccruedTreatment::WaivedIfKept => {
                totals.total - totals.principal
            }
        },
        base,
        frequency: terms.frequency,
        interest_rate: spread.interest_rate,
        last_due_date: spread
            .lines
            .last()
            .map(|l| l.due_date)
            .unwrap_or(terms.first_due_date),
        instalments: spread.instalments,
        regular_amount: spread.regular_amount,
        remainder: spread.remainder,
        total_interest: spread.total_interest,
        total_payable: base + spread.total_interest,
        lines: spread.lines,
        calendar,
        acceleration_notice_days,
        acceleration_notice_default,
    })
}

/// The lines of a plan spreading `base` from `start`, without the case around it: the core of
/// [`schedule`], tested on hand-worked values.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    pub lines: Vec<Line>,
    pub instalments: u32,
    pub regular_amount: Decimal,
    pub remainder: Option<Remainder>,
    pub interest_rate: Option<Decimal>,
    pub total_interest: Decimal,
}

/// Truncates to the cent (towards zero): the regular instalment of an equal division, so that
/// the cents left over are never negative.
fn truncate_cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::ToZero)
}

/// The nominal date of the instalment `index` (0-based) at `frequency` from `first`.
pub fn nth_due_date(first: NaiveDate, frequency: Frequency, index: u32) -> Option<NaiveDate> {
    match frequency {
        Frequency::Weekly => first.checked_add_days(Days::new(7 * u64::from(index))),
        Frequency::Fortnightly => first.checked_add_days(Days::new(14 * u64::from(index))),
        Frequency::Monthly => first.checked_add_months(Months::new(index)),
        Frequency::Quarterly => first.checked_add_months(Months::new(index.checked_mul(3)?)),
    }
}

/// Spreads `base` per `terms` from the agreement date `start`; due dates move to the next
/// working day of `calendar` when one is given.
pub fn spread(
    base: Decimal,
    terms: &PlanTerms,
    start: NaiveDate,
    calendar: Option<&Calendar>,
) -> Result<Spread, PlanError> {
    if base <= Decimal::ZERO {
        return Err(PlanError::NothingOwed);
    }
    let down = terms.down_payment.map(|d| d.value()).unwrap_or_default();
    let rest = base - down;
    if rest <= Decimal::ZERO {
        return Err(PlanError::DownPaymentCoversAll {
            down_payment: down,
            base,
        });
    }
    // Capital of each instalment, in schedule order.
    let (capitals, regular) = match (terms.instalments, terms.instalment_amount) {
        (Some(n), None) if n > 0 => {
            let regular = truncate_cents(rest / Decimal::from(n));
            if regular <= Decimal::ZERO {
                return Err(PlanError::InstalmentsTooSmall {
                    instalments: n,
                    amount: rest,
                });
            }
            let odd = rest - regular * Decimal::from(n - 1);
            (place_odd(n, regular, odd, terms.remainder), regular)
        }
        (None, Some(a)) if a.value() > Decimal::ZERO => {
            let a = a.value();
            let n = (rest / a).ceil().to_u32().ok_or(PlanError::InvalidTerms)?;
            if n == 0 || n > 100_000 {
                return Err(PlanError::InvalidTerms);
            }
            let odd = rest - a * Decimal::from(n - 1);
            (place_odd(n, a, odd, terms.remainder), a)
        }
        _ => return Err(PlanError::InvalidTerms),
    };
    let instalments = capitals.len() as u32;
    let remainder = capitals
        .iter()
        .position(|c| *c != regular)
        .map(|i| Remainder {
            on: terms.remainder,
            instalment: i as u32 + 1,
            amount: capitals[i],
            difference: capitals[i] - regular,
        });

    let rate = terms
        .interest_rate
        .map(|r| r.value())
        .filter(|r| *r > Decimal::ZERO);
    let due = |nominal: NaiveDate| -> Result<(NaiveDate, Option<String>), PlanError> {
        match calendar {
            None => Ok((nominal, None)),
            Some(cal) => {
                let effective = cal
                    .next_working_day_on_or_after(nominal)
                    .ok_or(PlanError::DateOutOfRange)?;
                let why = (effective != nominal)
                    .then(|| cal.non_working_reason(nominal))
                    .flatten();
                Ok((effective, why))
            }
        }
    };

    let mut raw: Vec<(u32, LineKind, NaiveDate, Decimal)> = Vec::new();
    if down > Decimal::ZERO {
        raw.push((
            0,
            LineKind::DownPayment,
            terms.down_payment_date.unwrap_or(start),
            down,
        ));
    }
    for (i, c) in capitals.iter().enumerate() {
        let nominal = nth_due_date(terms.first_due_date, terms.frequency, i as u32)
            .ok_or(PlanError::DateOutOfRange)?;
        raw.push((i as u32 + 1, LineKind::Instalment, nominal, *c));
    }

    let mut lines = Vec::with_capacity(raw.len());
    let mut balance = base;
    let mut previous = start;
    let mut total_interest = Decimal::ZERO;
    for (number, kind, nominal, capital) in raw {
        let (due_date, moved_because) = due(nominal)?;
        let days = (due_date - previous).num_days().max(0);
        let interest = match rate {
            Some(r) => round_cents(balance * r * Decimal::from(days) / Decimal::from(36_500)),
            None => Decimal::ZERO,
        };
        balance -= capital;
        total_interest += interest;
        previous = previous.max(due_date);
        lines.push(Line {
            number,
            kind,
            nominal_date: nominal,
            due_date,
            moved_because,
            capital,
            interest,
            interest_days: if rate.is_some() { days } else { 0 },
            amount: capital + interest,
            balance_after: balance,
        });
    }
    debug_assert_eq!(balance, Decimal::ZERO, "the capitals add up to the base");
    Ok(Spread {
        lines,
        instalments,
        regular_amount: regular,
        remainder,
        interest_rate: rate,
        total_interest,
    })
}

/// `n` capitals: `n − 1` regular ones and the odd one first or last.
fn place_odd(n: u32, regular: Decimal, odd: Decimal, on: RemainderOn) -> Vec<Decimal> {
    let mut v = vec![regular; n as usize];
    match on {
        RemainderOn::Last => v[n as usize - 1] = odd,
        RemainderOn::First => v[0] = odd,
    }
    v
}

/// Whole months from `start` to `end` (the plan's length, for the duration rules): the
/// number of months `m` such that `start + m months ≤ end` (art. 641 month counting).
pub fn months_between(start: NaiveDate, end: NaiveDate) -> u32 {
    if end <= start {
        return 0;
    }
    let mut m =
        u32::try_from((end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32)
            .unwrap_or(0);
    while m > 0
        && start
            .checked_add_months(Months::new(m))
            .is_none_or(|d| d > end)
    {
        m -= 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::money::Amount;
    use crate::compute::test_util::{d, dec};

    fn terms(first: &str) -> PlanTerms {
        PlanTerms {
            instalments: None,
            instalment_amount: None,
            frequency: Frequency::Monthly,
            first_due_date: d(first),
            down_payment: None,
            down_payment_date: None,
            accrued: AccruedTreatment::Included,
            interest_rate: None,
            remainder: RemainderOn::Last,
            non_working_days: NonWorkingDays::Keep,
            acceleration_notice_days: None,
        }
    }

    fn capitals(s: &Spread) -> Vec<Decimal> {
        s.lines.iter().map(|l| l.capital).collect()
    }

    #[test]
    fn one_thousand_in_three_puts_the_cent_on_the_last_or_first_instalment() {
        let mut t = terms("2026-04-10");
        t.instalments = Some(3);
        let s = spread(dec("1000.00"), &t, d("2026-03-02"), None).unwrap();
        // 1 000 / 3 = 333,333… → 333,33 × 2 + 333,34.
        assert_eq!(capitals(&s), [dec("333.33"), dec("333.33"), dec("333.34")]);
        assert_eq!(s.regular_amount, dec("333.33"));
        let r = s.remainder.clone().unwrap();
        assert_eq!(
            (r.instalment, r.amount, r.difference),
            (3, dec("333.34"), dec("0.01"))
        );
        t.remainder = RemainderOn::First;
        let s = spread(dec("1000.00"), &t, d("2026-03-02"), None).unwrap();
        assert_eq!(capitals(&s), [dec("333.34"), dec("333.33"), dec("333.33")]);
        assert_eq!(s.remainder.unwrap().instalment, 1);
        assert_eq!(s.lines[2].balance_after, Decimal::ZERO);
    }

    #[test]
    fn exact_division_has_no_remainder_and_several_cents_stay_together() {
        let mut t = terms("2026-04-10");
        t.instalments = Some(4);
        let s = spread(dec("1000.00"), &t, d("2026-03-02"), None).unwrap();
        assert_eq!(capitals(&s), [dec("250.00"); 4]);
        assert!(s.remainder.is_none());
        // 100,00 in 7 = 14,2857… → 14,28 × 6 = 85,68; the last 14,32 (four cents left over).
        t.instalments = Some(7);
        let s = spread(dec("100.00"), &t, d("2026-03-02"), None).unwrap();
        assert_eq!(s.lines[6].capital, dec("14.32"));
        assert_eq!(capitals(&s).iter().sum::<Decimal>(), dec("100.00"));
    }

    #[test]
    fn instalment_amount_gives_the_count_and_a_short_last_instalment() {
        let mut t = terms("2026-04-10");
        t.instalment_amount = Some(Amount(dec("500")));
        t.down_payment = Some(Amount(dec("1000")));
        // 12 968,00 − 1 000 = 11 968 → 23 × 500 + 468.
        let s = spread(dec("12968.00"), &t, d("2026-03-02"), None).unwrap();
        assert_eq!(s.instalments, 24);
        assert_eq!(s.lines.len(), 25);
        assert_eq!(s.lines[0].kind, LineKind::DownPayment);
        assert_eq!(s.lines[0].due_date, d("2026-03-02"));
        assert_eq!(s.lines[24].capital, dec("468.00"));
        assert_eq!(s.remainder.as_ref().unwrap().difference, dec("-32.00"));
        t.remainder = RemainderOn::First;
        let s = spread(dec("12968.00"), &t, d("2026-03-02"), None).unwrap();
        assert_eq!(s.lines[1].capital, dec("468.00"));
        // An exact multiple: 2 000 by 500 is 4 instalments, none odd.
        t.down_payment = None;
        let s = spread(dec("2000"), &t, d("2026-03-02"), None).unwrap();
        assert_eq!((s.instalments, s.remainder), (4, None));
    }

    #[test]
    fn monthly_dates_clamp_to_the_month_end_and_come_back_to_the_31st() {
        let mut t = terms("2026-01-31");
        t.instalments = Some(5);
        let s = spread(dec("500"), &t, d("2026-01-15"), None).unwrap();
        let dates: Vec<_> = s.lines.iter().map(|l| l.due_date).collect();
        assert_eq!(
            dates,
            [
                d("2026-01-31"),
                d("2026-02-28"),
                d("2026-03-31"),
                d("2026-04-30"),
                d("2026-05-31")
            ]
        );
        // Leap year: 29 February.
        let t2 = PlanTerms {
            first_due_date: d("2028-01-31"),
            ..t.clone()
        };
        let s = spread(dec("500"), &t2, d("2028-01-15"), None).unwrap();
        assert_eq!(s.lines[1].due_date, d("2028-02-29"));
        assert_eq!(s.lines[2].due_date, d("2028-03-31"));
        // Weekly, fortnightly, quarterly.
        for (f, second) in [
            (Frequency::Weekly, "2026-02-07"),
            (Frequency::Fortnightly, "2026-02-14"),
            (Frequency::Quarterly, "2026-04-30"),
        ] {
            t.frequency = f;
            let s = spread(dec("500"), &t, d("2026-01-15"), None).unwrap();
            assert_eq!(s.lines[1].due_date, d(second), "{f:?}");
        }
    }

    #[test]
    fn due_dates_move_to_the_next_working_day_of_the_jurisdiction() {
        let mut t = terms("2026-04-04");
        t.instalments = Some(3);
        let fr = Calendar::france_metropolitan();
        let s = spread(dec("300"), &t, d("2026-03-02"), Some(&fr)).unwrap();
        // Sat 4 Apr 2026 → Mon 6 Apr is Easter Monday → Tue 7 Apr.
        assert_eq!(s.lines[0].nominal_date, d("2026-04-04"));
        assert_eq!(s.lines[0].due_date, d("2026-04-07"));
        assert_eq!(s.lines[0].moved_because.as_deref(), Some("samedi"));
        // Mon 4 May 2026 is a working day; Thu 4 June too.
        assert_eq!(s.lines[1].due_date, d("2026-05-04"));
        assert!(s.lines[1].moved_because.is_none());
        // 14 July 2026 (Tuesday) is a French holiday, not a Belgian one; 21 July the reverse.
        let t = PlanTerms {
            first_due_date: d("2026-07-14"),
            frequency: Frequency::Weekly,
            ..t
        };
        let s = spread(dec("300"), &t, d("2026-07-01"), Some(&fr)).unwrap();
        assert_eq!(s.lines[0].due_date, d("2026-07-15"));
        assert_eq!(s.lines[1].due_date, d("2026-07-21"));
        let be = Calendar::belgium();
        let s = spread(dec("300"), &t, d("2026-07-01"), Some(&be)).unwrap();
        assert_eq!(s.lines[0].due_date, d("2026-07-14"));
        assert_eq!(s.lines[1].due_date, d("2026-07-22"));
        // Québec: 24 June 2026 (Wednesday), Fête nationale.
        let t = PlanTerms {
            first_due_date: d("2026-06-24"),
            ..t
        };
        let s = spread(dec("300"), &t, d("2026-06-01"), Some(&Calendar::quebec())).unwrap();
        assert_eq!(s.lines[0].due_date, d("2026-06-25"));
    }

    #[test]
    fn interest_during_the_plan_on_the_declining_balance_rounded_per_line() {
        // 3 000,00 in 3 monthly instalments at 4 % from 2 March 2026, first due 2 April:
        // line 1: 3 000 × 4 % × 31 / 365 = 10,191… → 10,19 ; capital 1 000 → balance 2 000
        // line 2: 2 000 × 4 % × 30 / 365 = 6,575…  → 6,58  ; balance 1 000
        // line 3: 1 000 × 4 % × 31 / 365 = 3,397…  → 3,40  ; balance 0
        let mut t = terms("2026-04-02");
        t.instalments = Some(3);
        t.interest_rate = Some(Amount(dec("4")));
        let s = spread(dec("3000.00"), &t, d("2026-03-02"), None).unwrap();
        let got: Vec<_> = s
            .lines
            .iter()
            .map(|l| (l.interest_days, l.interest, l.amount))
            .collect();
        assert_eq!(
            got,
            [
                (31, dec("10.19"), dec("1010.19")),
                (30, dec("6.58"), dec("1006.58")),
                (31, dec("3.40"), dec("1003.40"))
            ]
        );
        assert_eq!(s.total_interest, dec("20.17"));
        // A down payment on signature bears no interest and lowers the balance at once.
        t.down_payment = Some(Amount(dec("1500")));
        let s = spread(dec("3000.00"), &t, d("2026-03-02"), None).unwrap();
        // 1 500 in 3 → 500 each; 1 500 × 4 % × 31 / 365 = 5,095… → 5,10.
        assert_eq!(s.lines[0].interest, Decimal::ZERO);
        assert_eq!(s.lines[1].interest, dec("5.10"));
        // Rate 0 is no interest.
        t.interest_rate = Some(Amount(Decimal::ZERO));
        let s = spread(dec("3000.00"), &t, d("2026-03-02"), None).unwrap();
        assert_eq!((s.interest_rate, s.total_interest), (None, Decimal::ZERO));
    }

    #[test]
    fn impossible_terms_are_errors_not_panics() {
        let mut t = terms("2026-04-10");
        t.instalments = Some(3);
        assert_eq!(
            spread(Decimal::ZERO, &t, d("2026-03-02"), None),
            Err(PlanError::NothingOwed)
        );
        t.down_payment = Some(Amount(dec("1000")));
        assert!(matches!(
            spread(dec("1000"), &t, d("2026-03-02"), None),
            Err(PlanError::DownPaymentCoversAll { .. })
        ));
        t.down_payment = None;
        assert!(matches!(
            spread(dec("0.02"), &t, d("2026-03-02"), None),
            Err(PlanError::InstalmentsTooSmall { .. })
        ));
        t.instalment_amount = Some(Amount(dec("10")));
        assert_eq!(
            spread(dec("100"), &t, d("2026-03-02"), None),
            Err(PlanError::InvalidTerms)
        );
    }

    #[test]
    fn months_between_counts_whole_months_the_art_641_way() {
        assert_eq!(months_between(d("2026-03-02"), d("2028-03-02")), 24);
        assert_eq!(months_between(d("2026-03-02"), d("2028-03-03")), 24);
        assert_eq!(months_between(d("2026-03-02"), d("2028-03-01")), 23);
        assert_eq!(months_between(d("2026-01-31"), d("2026-02-28")), 1);
        assert_eq!(months_between(d("2026-03-02"), d("2026-03-01")), 0);
    }
}
