//! Late-payment interest: simple interest per period, each period split wherever the balance
//! or the rate changes, each line rounded once to the cent.
//!
//! Day count (France): a period runs from its first day to its last day, both included, and
//! interest is `base × rate × days / 36 500`, even in leap years, as service-public.fr computes
//! it (examples.md FR-1: 1 → 30 September = 30 days). The first day is the day after the due
//! date for B2B penalties (L441-10 II: "exigibles le jour suivant la date de règlement") and
//! the day of the formal notice for legal interest (art. 1231-6 / 1344-1 C. civ.).
//! A payment made on day P stops interest on that amount after P (the funds reach the creditor
//! that day).

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::accrual::{PeriodRate, accrue_by_balance, lines_over};
use super::money::format_percent_fr;
use super::rates::{self, LegalRateCategory};

/// How the rate of a period is found.
#[derive(Clone, Debug)]
pub enum RateRule {
    /// France B2B statutory penalty: ECB rate of the semester's reference date + 10 points.
    FranceStatutory,
    /// France taux de l'intérêt légal for the creditor's category.
    FranceLegal(LegalRateCategory),
    /// A fixed annual rate agreed in the contract.
    Fixed { rate: Decimal, source: String },
}

/// One computed line of the annex.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct InterestLine {
    pub invoice: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
    pub base: Decimal,
    /// Annual rate in percent.
    pub rate: Decimal,
    /// Short statement of the rate, as printed in the letter's annex
    /// ("BCE 2,15 % au 01/07/2025 + 10 pts").
    pub rate_label: String,
    /// The rate's official source (arrêté, ECB decision), as recorded in the tables.
    pub rate_source: String,
    /// Days in the year used as divisor.
    pub year_basis: u32,
    pub amount: Decimal,
}

/// Why a period could not be computed (a date outside the rate tables).
#[derive(Clone, Debug, PartialEq)]
pub struct MissingRate {
    pub on: NaiveDate,
    pub what: &'static str,
}

/// A balance that holds from `from` (included) until the next step.
#[derive(Clone, Debug)]
pub struct BalanceStep {
    pub from: NaiveDate,
    pub balance: Decimal,
}

/// Interest on one invoice whose outstanding balance follows `steps` (sorted by date), from
/// `start` to `end`, both included.
pub fn accrue(
    invoice: &str,
    steps: &[BalanceStep],
    start: NaiveDate,
    end: NaiveDate,
    rule: &RateRule,
) -> Result<Vec<InterestLine>, MissingRate> {
    accrue_by_balance(steps, start, end, |from, to, base| {
        lines_over(invoice, base, split_for_rule(rule, from, to), |on| {
            let (rate, source) = rate_on(rule, on)?;
            Ok(PeriodRate {
                rate,
                label: label(rule, on),
                source,
                // 365 even in leap years, whatever the rule (see the module documentation).
                day_basis: 365,
            })
        })
    })
}

/// Periods are split at every semester for the French semestrial rates; a fixed rate needs no
/// split, but is split anyway so that the annex reads the same for every kind.
fn split_for_rule(_rule: &RateRule, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    rates::split_by_semester(from, to)
}

/// The short, printable statement of where a period's rate comes from.
fn label(rule: &RateRule, on: NaiveDate) -> String {
    let (sem_start, _) = rates::semester_of(on);
    let half = if sem_start.month() == 1 { 1 } else { 2 };
    match rule {
        RateRule::FranceStatutory => match rates::france().ecb_mro_on(sem_start) {
            Some(ecb) => format!(
                "BCE {} au {} + 10 pts",
                format_percent_fr(ecb.rate),
                super::calendar::Dmy(sem_start)
            ),
            None => "BCE + 10 pts".to_string(),
        },
        RateRule::FranceLegal(LegalRateCategory::Individual) => {
            format!("Taux légal {} S{half} (créancier particulier)", on.year())
        }
        RateRule::FranceLegal(LegalRateCategory::Other) => {
            format!("Taux légal {} S{half}", on.year())
        }
        RateRule::Fixed { .. } => "Taux contractuel".to_string(),
    }
}

fn rate_on(rule: &RateRule, on: NaiveDate) -> Result<(Decimal, String), MissingRate> {
    let table = rates::france();
    match rule {
        RateRule::FranceStatutory => table
            .b2b_statutory_rate(on)
            .map(|r| (r.rate, r.source))
            .ok_or(MissingRate {
                on,
                what: "ECB main refinancing rate (L441-10 II C. com.)",
            }),
        RateRule::FranceLegal(cat) => table
            .legal_rate(*cat, on)
            .map(|r| (r.rate, r.source))
            .ok_or(MissingRate {
                on,
                what: "taux de l'intérêt légal (L313-2 CMF)",
            }),
        RateRule::Fixed { rate, source } => Ok((*rate, source.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::{d, dec, flat};

    /// examples.md FR-1 (service-public F20688): 2 000 € from 1 Sept 2020 (decision day counted)
    /// to payment on 30 Sept 2020, legal rate S2 2020 for an individual creditor, 3,11 %:
    /// 30 days, 5,11 €, divided by 36 500 although 2020 is a leap year.
    #[test]
    fn fr1_legal_interest_after_judgment() {
        let lines = accrue(
            "jugement",
            &flat("2000", "2020-09-01"),
            d("2020-09-01"),
            d("2020-09-30"),
            &RateRule::FranceLegal(LegalRateCategory::Individual),
        )
        .unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].days, 30);
        assert_eq!(lines[0].rate, dec("3.11"));
        assert_eq!(lines[0].amount, dec("5.11"));
        assert_eq!(dec("2000") + lines[0].amount, dec("2005.11"));
    }

    /// examples.md FR-2: 15 000 € TTC, 30 days late, contractual 15 % → 184,93 €.
    #[test]
    fn fr2_contractual_rate() {
        // Due 2025-03-01; penalties from the day after; paid 30 days later.
        let lines = accrue(
            "F-1",
            &flat("15000", "2025-03-02"),
            d("2025-03-02"),
            d("2025-03-31"),
            &RateRule::Fixed {
                rate: dec("15"),
                source: "contrat".into(),
            },
        )
        .unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].days, 30);
        assert_eq!(lines[0].amount, dec("184.93"));
    }

    /// examples.md FR-3: 10 000 €, 91 days late in S1 2014; statutory ECB 0,25 + 10 = 10,25 % →
    /// 255,55 €; the 3 × legal-rate floor 0,12 % → 2,99 €.
    #[test]
    fn fr3_statutory_vs_floor_2014() {
        let steps = flat("10000", "2014-01-01");
        let lines = accrue(
            "F-1",
            &steps,
            d("2014-01-01"),
            d("2014-04-01"),
            &RateRule::FranceStatutory,
        )
        .unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].days, 91);
        assert_eq!(lines[0].rate, dec("10.25"));
        assert_eq!(lines[0].amount, dec("255.55"));
        let floor = rates::france()
            .legal_rate(LegalRateCategory::Other, d("2014-02-01"))
            .unwrap()
            .rate
            * Decimal::from(3);
        assert_eq!(floor, dec("0.12"));
        let floor_lines = accrue(
            "F-1",
            &steps,
            d("2014-01-01"),
            d("2014-04-01"),
            &RateRule::Fixed {
                rate: floor,
                source: "3 × taux légal".into(),
            },
        )
        .unwrap();
        assert_eq!(floor_lines[0].amount, dec("2.99"));
    }

    #[test]
    fn splits_at_semesters_and_payments() {
        // 3 800 € due 2025-11-14; 1 000 € paid 2025-12-10; computed to 2026-03-02.
        let steps = vec![
            BalanceStep {
                from: d("2025-11-15"),
                balance: dec("4800"),
            },
            BalanceStep {
                from: d("2025-12-11"),
                balance: dec("3800"),
            },
        ];
        let lines = accrue(
            "F",
            &steps,
            d("2025-11-15"),
            d("2026-03-02"),
            &RateRule::FranceStatutory,
        )
        .unwrap();
        let spans: Vec<(NaiveDate, NaiveDate, i64)> =
            lines.iter().map(|l| (l.from, l.to, l.days)).collect();
        assert_eq!(
            spans,
            vec![
                (d("2025-11-15"), d("2025-12-10"), 26),
                (d("2025-12-11"), d("2025-12-31"), 21),
                (d("2026-01-01"), d("2026-03-02"), 61),
            ]
        );
        assert_eq!(lines[0].base, dec("4800"));
        assert_eq!(lines[1].base, dec("3800"));
        // 4800 × 12.15 × 26 / 36500 = 41.5430… → 41.54
        assert_eq!(lines[0].amount, dec("41.54"));
        assert!(lines.iter().all(|l| l.rate == dec("12.15")));
    }

    #[test]
    fn nothing_when_paid_or_empty_period() {
        let steps = vec![BalanceStep {
            from: d("2025-01-01"),
            balance: Decimal::ZERO,
        }];
        assert!(
            accrue(
                "F",
                &steps,
                d("2025-01-01"),
                d("2025-02-01"),
                &RateRule::FranceStatutory
            )
            .unwrap()
            .is_empty()
        );
        assert!(
            accrue(
                "F",
                &flat("10", "2025-01-01"),
                d("2025-02-01"),
                d("2025-01-01"),
                &RateRule::FranceStatutory
            )
            .unwrap()
            .is_empty()
        );
    }

    #[test]
    fn outside_the_tables_is_reported() {
        let err = accrue(
            "F",
            &flat("10", "2001-01-01"),
            d("2001-01-01"),
            d("2001-02-01"),
            &RateRule::FranceStatutory,
        )
        .unwrap_err();
        assert_eq!(err.on, d("2001-01-01"));
    }
}
