//! Belgian late-payment interest on an invoice whose balance changes with payments: the period
//! is cut at every payment, then each piece at every change of the applicable table (semester
//! for the commercial rate and the XIX.4 ceiling, calendar year for the legal rate), one line
//! per piece rounded once (examples.md BE-2 day count: both ends included, actual/365).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::damages;
use super::rates::{self, BeRateKind};
use crate::compute::accrual::{PeriodRate, accrue_by_balance};
use crate::compute::interest::{BalanceStep, InterestLine, MissingRate};
use crate::compute::money::format_percent_fr;

/// How the rate of a Belgian interest period is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BeRateRule {
    /// Loi du 2 août 2002, art. 5: the semestrial commercial rate (B2B default).
    Commercial,
    /// Loi du 5 mai 1865, art. 2 §1: the yearly civil legal rate.
    Legal,
    /// A rate agreed in the contract, percent per year, not split by date.
    Fixed { rate: Decimal, source: String },
    /// CDE art. XIX.4: a consumer's interest — the agreed rate when it is not above the
    /// commercial rate, the legal rate otherwise or when none was agreed
    /// ([`damages::consumer_interest_rate`]).
    Consumer { contractual: Option<Decimal> },
}

/// Interest on one invoice whose outstanding balance follows `steps`, from `start` to `end`
/// (both included) under `rule`. `Err` names the first day without a rate in the tables.
pub fn accrue(
    invoice: &str,
    steps: &[BalanceStep],
    start: NaiveDate,
    end: NaiveDate,
    rule: &BeRateRule,
) -> Result<Vec<InterestLine>, MissingRate> {
    accrue_by_balance(steps, start, end, |from, to, base| match rule {
        BeRateRule::Commercial => rates::accrue(invoice, base, from, to, BeRateKind::Commercial),
        BeRateRule::Legal => rates::accrue(invoice, base, from, to, BeRateKind::Legal),
        BeRateRule::Consumer { contractual } => {
            damages::accrue_consumer(invoice, base, from, to, *contractual)
        }
        BeRateRule::Fixed { rate, source } => {
            let rate = PeriodRate {
                rate: *rate,
                label: format!("Taux convenu {}", format_percent_fr(*rate)),
                source: source.clone(),
                day_basis: rates::belgium().commercial().day_basis,
            };
            Ok(vec![InterestLine::simple(invoice, base, from, to, rate)])
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::{d, dec};

    /// examples.md BE-2 through the schedule: 612,15 € due 16 February, interest from the 17th
    /// to 1 March (13 days) at 10 % → 2,18 €.
    #[test]
    fn be2_fixed_rate() {
        let steps = [BalanceStep {
            from: NaiveDate::MIN,
            balance: dec("612.15"),
        }];
        let lines = accrue(
            "F-1",
            &steps,
            d("2025-02-17"),
            d("2025-03-01"),
            &BeRateRule::Fixed {
                rate: dec("10"),
                source: "contrat".into(),
            },
        )
        .unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!((lines[0].days, lines[0].amount), (13, dec("2.18")));
    }

    #[test]
    fn cut_at_payments_and_semesters() {
        // 10 000 € from 16 Nov 2024; 4 000 € paid on 10 Jan 2025 (balance 6 000 from the 11th).
        let steps = [
            BalanceStep {
                from: NaiveDate::MIN,
                balance: dec("10000"),
            },
            BalanceStep {
                from: d("2025-01-11"),
                balance: dec("6000"),
            },
        ];
        let lines = accrue(
            "2024/118",
            &steps,
            d("2024-11-16"),
            d("2025-02-28"),
            &BeRateRule::Commercial,
        )
        .unwrap();
        let got: Vec<_> = lines
            .iter()
            .map(|l| (l.from, l.to, l.days, l.base, l.rate, l.amount))
            .collect();
        assert_eq!(
            got,
            vec![
                // 10 000 × 12,5 × 46 / 36 500 = 157,534…
                (
                    d("2024-11-16"),
                    d("2024-12-31"),
                    46,
                    dec("10000"),
                    dec("12.50"),
                    dec("157.53")
                ),
                // 10 000 × 11,5 × 10 / 36 500 = 31,506…
                (
                    d("2025-01-01"),
                    d("2025-01-10"),
                    10,
                    dec("10000"),
                    dec("11.50"),
                    dec("31.51")
                ),
                // 6 000 × 11,5 × 49 / 36 500 = 92,630…
                (
                    d("2025-01-11"),
                    d("2025-02-28"),
                    49,
                    dec("6000"),
                    dec("11.50"),
                    dec("92.63")
                ),
            ]
        );
    }

    #[test]
    fn consumer_rate_above_the_ceiling_falls_back_to_the_legal_rate() {
        let steps = [BalanceStep {
            from: NaiveDate::MIN,
            balance: dec("1000"),
        }];
        let lines = accrue(
            "F",
            &steps,
            d("2026-01-29"),
            d("2026-03-02"),
            &BeRateRule::Consumer {
                contractual: Some(dec("12")),
            },
        )
        .unwrap();
        // 2026 H1 ceiling 10,50 % < 12 % → legal rate 2026, 4,50 %: 1 000 × 4,5 × 33 / 36 500.
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].rate, dec("4.50"));
        assert_eq!((lines[0].days, lines[0].amount), (33, dec("4.07")));
        let within = accrue(
            "F",
            &steps,
            d("2026-01-29"),
            d("2026-03-02"),
            &BeRateRule::Consumer {
                contractual: Some(dec("8")),
            },
        )
        .unwrap();
        // 1 000 × 8 × 33 / 36 500 = 7,232…
        assert_eq!((within[0].rate, within[0].amount), (dec("8"), dec("7.23")));
    }

    #[test]
    fn outside_the_tables_and_empty_periods() {
        let steps = [BalanceStep {
            from: NaiveDate::MIN,
            balance: dec("1000"),
        }];
        let err = accrue(
            "F",
            &steps,
            d("2026-06-01"),
            d("2026-07-15"),
            &BeRateRule::Commercial,
        )
        .unwrap_err();
        assert_eq!(err.on, d("2026-07-01"));
        assert!(
            accrue(
                "F",
                &steps,
                d("2026-02-01"),
                d("2026-01-01"),
                &BeRateRule::Legal
            )
            .unwrap()
            .is_empty()
        );
    }
}
