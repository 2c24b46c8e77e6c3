//! Québec (Canada): interest and rates, the criminal rate, the Interest Act, postal addresses.
//!
//! * [`rates`] — the legal rate (Interest Act s. 3 / art. 1617 C.c.Q., 5 %), the quarterly
//!   s. 28 LAF rate and the art. 1619 C.c.Q. additional-indemnity rate, as dated, sourced data
//!   (`jurisdictions/qc/rates/`).
//! * [`criminal_rate`] — Criminal Code s. 347 (60 % EAR, then 35 % APR from 1 January 2025),
//!   EAR ↔ APR conversion in `Decimal`.
//! * [`interest_act`] — Interest Act s. 4: a rate stated for a period shorter than a year needs
//!   its annual equivalent, otherwise only 5 % per annum is recoverable.
//! * [`postal`] — Canadian postal codes, province and territory codes, the Canada Post last line.
//! * This module — simple interest, actual/365, one rounded [`InterestLine`] per period
//!   (examples.md QC-2), with the same line shape as France.
//!
//! Prescription (art. 2925 C.c.Q., 3 years) needs no Québec-specific counting here: quebec.md §4
//! gives no special rule for counting the years, so [`crate::compute::prescription::add_years`]
//! applies as is.
//!
//! Day count: a period runs from its first to its last day, both included (as in France), and
//! interest is `base × rate × days / (100 × 365)`. The 365 comes from the rate tables (QC-2 uses
//! actual/365; whether Québec courts divide by 366 in leap years is quebec.md open question 3).
//! Which day is the first is the caller's choice: moratory interest runs from default
//! (art. 1617 para 2), and whether default starts at receipt of the mise en demeure or at the
//! expiry of its delay is open (quebec.md §1.1, which recommends an explicit, user-selectable
//! start date).

pub mod criminal_rate;
pub mod interest_act;
pub mod postal;
pub mod rates;

use chrono::NaiveDate;
use rust_decimal::Decimal;

pub use crate::compute::accrual::simple_interest;
use crate::compute::accrual::{PeriodRate, accrue_by_balance, lines_over};
pub use crate::compute::interest::{BalanceStep, InterestLine, MissingRate};
use crate::compute::money::format_percent_fr;
use crate::compute::table_checks::{self, check_day_basis, check_source, data_hash, parse_rate};

/// How the rate of a Québec interest period is found.
#[derive(Clone, Debug, PartialEq)]
pub enum QcRateRule {
    /// The legal rate, 5 % (art. 1617 C.c.Q., Interest Act s. 3): damages for delay when no
    /// rate was agreed.
    Legal,
    /// The art. 1619 C.c.Q. additional indemnity: s. 28 LAF rate − the legal rate (or the
    /// agreed rate, see [`rates::QuebecRates::additional_indemnity_rate`]), per quarter.
    AdditionalIndemnity { agreed_rate: Option<Decimal> },
    /// A rate agreed in the contract, percent per **year** (after Interest Act s. 4: see
    /// [`interest_act::claimable_rate`]).
    Fixed { rate: Decimal, source: String },
}

/// Interest on one invoice whose outstanding balance follows `steps`, from `start` to `end`,
/// both included, under `rule`: one [`InterestLine`] per piece where neither the balance nor the
/// rate changes, each rounded once. Legal interest is split where the legal rate changes
/// ([`rates::QuebecRates::split_by_legal_rate_change`]), the additional indemnity at every
/// s. 28 or legal-rate row boundary ([`rates::QuebecRates::split_by_change`]); a fixed rate is
/// not split by date.
///
/// `Err` names the first day for which the tables have no rate (an s. 28 gap, a quarter after
/// the last known one): the caller reports it, nothing is guessed.
pub fn accrue(
    invoice: &str,
    steps: &[BalanceStep],
    start: NaiveDate,
    end: NaiveDate,
    rule: &QcRateRule,
) -> Result<Vec<InterestLine>, MissingRate> {
    let table = rates::quebec();
    accrue_by_balance(steps, start, end, |from, to, base| {
        let periods = match rule {
            QcRateRule::Fixed { .. } => vec![(from, to)],
            QcRateRule::Legal => table.split_by_legal_rate_change(from, to),
            QcRateRule::AdditionalIndemnity { .. } => table.split_by_change(from, to),
        };
        lines_over(invoice, base, periods, |on| rate_on(rule, on))
    })
}

/// Rate, short label, source and day basis of the period starting `on`.
fn rate_on(rule: &QcRateRule, on: NaiveDate) -> Result<PeriodRate, MissingRate> {
    let table = rates::quebec();
    match rule {
        QcRateRule::Legal => {
            let r = table.legal_rate(on).ok_or(MissingRate {
                on,
                what: "taux légal (art. 1617 C.c.Q., Loi sur l'intérêt art. 3)",
            })?;
            let label = format!("Taux légal {}", format_percent_fr(r.rate));
            Ok(PeriodRate {
                rate: r.rate,
                label,
                source: r.source,
                day_basis: r.day_basis,
            })
        }
        QcRateRule::AdditionalIndemnity { agreed_rate } => {
            let r = table
                .additional_indemnity_rate(on, *agreed_rate)
                .ok_or(MissingRate {
                    on,
                    what: "taux de l'art. 28 LAF (indemnité additionnelle, art. 1619 C.c.Q.)",
                })?;
            let deducted = match r.deduction {
                rates::IndemnityDeduction::AgreedRate => "taux convenu",
                _ => "taux légal",
            };
            let label = format!(
                "Indemnité additionnelle (art. 28 LAF {} − {deducted} {})",
                format_percent_fr(r.s28_rate),
                format_percent_fr(r.deducted_rate)
            );
            Ok(PeriodRate {
                rate: r.rate,
                label,
                source: r.source,
                day_basis: r.day_basis,
            })
        }
        QcRateRule::Fixed { rate, source } => Ok(PeriodRate {
            rate: *rate,
            label: format!("Taux convenu {}", format_percent_fr(*rate)),
            source: source.clone(),
            day_basis: table.legal_rate_day_basis().0,
        }),
    }
}

// ---- shared checks for the Québec data files ----

/// Confidence marks of quebec.md: `P` primary, `S` stated by a source, `D` derived, `K` general
/// knowledge to verify.
const MARKS: [&str; 4] = ["P", "S", "D", "K"];

fn check_confidence(c: &str, at: &str) -> Result<(), String> {
    table_checks::check_confidence(c, &MARKS, at)
}

/// The weaker of two confidence marks (P > S > D > K); an unknown mark counts as `K`.
fn weakest<'a>(a: &'a str, b: &'a str) -> &'a str {
    let rank = |m: &str| MARKS.iter().position(|x| *x == m).unwrap_or(MARKS.len());
    if rank(a) >= rank(b) { a } else { b }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::{d, dec, flat};

    /// examples.md QC-2 (Steps to Justice): 1 000 $ at 2 % for 100 days, actual/365 → 5,48 $.
    #[test]
    fn qc2_simple_interest() {
        assert_eq!(
            simple_interest(dec("1000"), dec("2"), 100, 365),
            dec("5.48")
        );
        // The same through a period: 100 days, both ends included.
        let lines = accrue(
            "F-1",
            &flat("1000", "2025-01-01"),
            d("2025-01-01"),
            d("2025-04-10"),
            &QcRateRule::Fixed {
                rate: dec("2"),
                source: "contrat art. 7".into(),
            },
        )
        .unwrap();
        assert_eq!(lines.len(), 1);
        let l = &lines[0];
        assert_eq!((l.days, l.year_basis, l.amount), (100, 365, dec("5.48")));
        assert_eq!(l.rate_label, "Taux convenu 2,00\u{a0}%");
        assert_eq!(l.rate_source, "contrat art. 7");
    }

    #[test]
    fn rounding_is_once_per_line_half_away_from_zero() {
        // 1 000 × 5 × 73 / 36 500 = 10 exactly; 1 × 5 × 73 / 36 500 = 0,01 exactly;
        // 0,5 × 5 × 73 / 36 500 = 0,005 → 0,01 (half away from zero).
        assert_eq!(
            simple_interest(dec("1000"), dec("5"), 73, 365),
            dec("10.00")
        );
        assert_eq!(simple_interest(dec("0.5"), dec("5"), 73, 365), dec("0.01"));
        assert_eq!(simple_interest(dec("100"), dec("0"), 365, 365), dec("0"));
    }

    #[test]
    fn legal_interest_over_a_leap_year() {
        // 10 000 $ at 5 % for the whole of 2024: 366 days divided by 365 → 501,369… → 501,37 $.
        let lines = accrue(
            "F-2",
            &flat("10000", "2024-01-01"),
            d("2024-01-01"),
            d("2024-12-31"),
            &QcRateRule::Legal,
        )
        .unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].days, 366);
        assert_eq!(lines[0].rate, dec("5"));
        assert_eq!(lines[0].amount, dec("501.37"));
        assert_eq!(lines[0].rate_label, "Taux légal 5,00\u{a0}%");
    }

    #[test]
    fn additional_indemnity_split_per_s28_row() {
        // 10 000 $ from 15 Nov 2022 to 15 Feb 2023: 2022-Q4 (s. 28 = 7 % → 2 %), 2023-Q1 (9 % →
        // 4 %).
        let lines = accrue(
            "F-3",
            &flat("10000", "2022-11-15"),
            d("2022-11-15"),
            d("2023-02-15"),
            &QcRateRule::AdditionalIndemnity { agreed_rate: None },
        )
        .unwrap();
        let got: Vec<_> = lines
            .iter()
            .map(|l| (l.from, l.to, l.days, l.rate, l.amount))
            .collect();
        assert_eq!(
            got,
            vec![
                // 10 000 × 2 × 47 / 36 500 = 25,753… → 25,75
                (d("2022-11-15"), d("2022-12-31"), 47, dec("2"), dec("25.75")),
                // 10 000 × 4 × 46 / 36 500 = 50,410… → 50,41
                (d("2023-01-01"), d("2023-02-15"), 46, dec("4"), dec("50.41")),
            ]
        );
        assert_eq!(
            lines[1].rate_label,
            "Indemnité additionnelle (art. 28 LAF 9,00\u{a0}% − taux légal 5,00\u{a0}%)"
        );
        assert!(lines[1].rate_source.contains("Journal de Montréal"));
    }

    #[test]
    fn balance_changes_split_lines_and_gaps_are_errors() {
        let steps = vec![
            BalanceStep {
                from: d("2023-10-01"),
                balance: dec("2000"),
            },
            BalanceStep {
                from: d("2023-11-01"),
                balance: dec("500"),
            },
            BalanceStep {
                from: d("2023-12-01"),
                balance: dec("0"),
            },
        ];
        let lines = accrue(
            "F-4",
            &steps,
            d("2023-10-01"),
            d("2023-12-31"),
            &QcRateRule::Legal,
        )
        .unwrap();
        let got: Vec<_> = lines.iter().map(|l| (l.days, l.base, l.amount)).collect();
        // 2 000 × 5 × 31 / 36 500 = 8,493… → 8,49 ; 500 × 5 × 30 / 36 500 = 2,054… → 2,05.
        assert_eq!(
            got,
            vec![
                (31, dec("2000"), dec("8.49")),
                (30, dec("500"), dec("2.05"))
            ]
        );

        let err = accrue(
            "F-5",
            &flat("1000", "2016-12-01"),
            d("2016-12-01"),
            d("2017-02-01"),
            &QcRateRule::AdditionalIndemnity { agreed_rate: None },
        )
        .unwrap_err();
        assert_eq!(err.on, d("2017-01-01"));
        assert!(err.what.contains("art. 28 LAF"));
        assert!(
            accrue(
                "F",
                &flat("1", "2024-01-01"),
                d("2024-02-01"),
                d("2024-01-01"),
                &QcRateRule::Legal
            )
            .unwrap()
            .is_empty()
        );
    }

    #[test]
    fn weakest_mark() {
        assert_eq!(weakest("S", "D"), "D");
        assert_eq!(weakest("K", "S"), "K");
        assert_eq!(weakest("P", "S"), "S");
        assert_eq!(weakest("S", "S"), "S");
    }
}
