//! Shorthands the unit tests of `compute` share: dates and amounts written as in the notes.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::interest::BalanceStep;

/// `d("2026-03-02")`: an ISO date.
pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// `dec("612.15")`: an exact decimal, never through a float.
pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// `flat("1000", "2025-01-01")`: a balance of 1 000 from that day on, nothing before.
pub fn flat(amount: &str, from: &str) -> Vec<BalanceStep> {
    vec![BalanceStep {
        from: d(from),
        balance: dec(amount),
    }]
}
