//! Simple-interest accrual shared by France, Belgium and Québec: a period is cut wherever the
//! invoice's balance changes, each piece wherever the rate changes, and each resulting line is
//! computed once and rounded once to the cent.
//!
//! The three jurisdictions agree on the arithmetic (days counted with both ends included,
//! `base × rate × days / (100 × day basis)`, one rounding per line) and on how payments cut a
//! period. Where they differ on purpose — which table gives the rate, where a period is cut for
//! a rate change (French semesters, Belgian semesters or years, Québec rows of two tables), what
//! the annex prints about the rate — the caller decides, through the closures and
//! [`PeriodRate`]s it passes here.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use super::interest::{BalanceStep, InterestLine, MissingRate};
use super::money::round_cents;

/// Simple interest on `base` at `annual_rate` percent for `days` days over a `day_basis`-day
/// year, rounded once to the cent with [`round_cents`] (half away from zero).
///
/// examples.md BE-2: 612,15 € at 10 % for 13 days, actual/365 → 612,15 × 10 × 13 / 36 500 =
/// 2,1803 → **2,18 €**; QC-2: 1 000 $ at 2 % for 100 days → 5,479… → **5,48 $**.
pub fn simple_interest(base: Decimal, annual_rate: Decimal, days: i64, day_basis: u32) -> Decimal {
    round_cents(
        base * annual_rate * Decimal::from(days)
            / (Decimal::ONE_HUNDRED * Decimal::from(day_basis)),
    )
}

/// The rate of one period and what the annex says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodRate {
    /// Annual rate in percent.
    pub rate: Decimal,
    /// Short statement of the rate, as printed in the annex.
    pub label: String,
    /// The rate's source, as recorded in the tables (or the contract).
    pub source: String,
    /// Day-count denominator.
    pub day_basis: u32,
}

impl InterestLine {
    /// One annex line on a constant `base` from `from` to `to`: `days` counts both ends, the
    /// amount is [`simple_interest`], rounded once.
    pub fn simple(
        invoice: &str,
        base: Decimal,
        from: NaiveDate,
        to: NaiveDate,
        rate: PeriodRate,
    ) -> InterestLine {
        let days = (to - from).num_days() + 1;
        InterestLine {
            invoice: invoice.to_string(),
            from,
            to,
            days,
            base,
            rate: rate.rate,
            rate_label: rate.label,
            rate_source: rate.source,
            year_basis: rate.day_basis,
            amount: simple_interest(base, rate.rate, days, rate.day_basis),
        }
    }
}

/// Cuts `start..=end` (both included) at every balance change inside it: the inclusive pieces
/// over which the balance of `steps` is constant, each with that balance (zero before the first
/// step). Empty if `end < start`.
///
/// Steps are sorted by date, stably: of two steps on the same day, the later one in `steps`
/// gives the balance.
pub fn balance_pieces(
    steps: &[BalanceStep],
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<(NaiveDate, NaiveDate, Decimal)> {
    if end < start {
        return Vec::new();
    }
    let mut steps = steps.to_vec();
    steps.sort_by_key(|s| s.from);
    let balance_at = |day: NaiveDate| {
        steps
            .iter()
            .rev()
            .find(|s| s.from <= day)
            .map_or(Decimal::ZERO, |s| s.balance)
    };
    let mut changes: Vec<NaiveDate> = steps
        .iter()
        .map(|s| s.from)
        .filter(|day| *day > start && *day <= end)
        .collect();
    changes.dedup();
    let mut pieces = Vec::with_capacity(changes.len() + 1);
    let mut cursor = start;
    for change in changes {
        // `change > start`, so the day before it exists.
        pieces.push((cursor, change - Days::new(1), balance_at(cursor)));
        cursor = change;
    }
    pieces.push((cursor, end, balance_at(cursor)));
    pieces
}

/// Interest on one invoice whose balance follows `steps`, from `start` to `end` (both
/// included): `piece(from, to, base)` computes the lines of each piece of [`balance_pieces`]
/// with a positive balance, in order. The first `Err` (a day without a rate) is returned.
pub fn accrue_by_balance(
    steps: &[BalanceStep],
    start: NaiveDate,
    end: NaiveDate,
    mut piece: impl FnMut(NaiveDate, NaiveDate, Decimal) -> Result<Vec<InterestLine>, MissingRate>,
) -> Result<Vec<InterestLine>, MissingRate> {
    let mut lines = Vec::new();
    for (from, to, base) in balance_pieces(steps, start, end) {
        if base <= Decimal::ZERO {
            continue;
        }
        lines.append(&mut piece(from, to, base)?);
    }
    Ok(lines)
}

/// One line per period on a constant `base`, the rate of each found on its first day by
/// `rate_on`. The first `Err` is returned.
pub fn lines_over(
    invoice: &str,
    base: Decimal,
    periods: impl IntoIterator<Item = (NaiveDate, NaiveDate)>,
    mut rate_on: impl FnMut(NaiveDate) -> Result<PeriodRate, MissingRate>,
) -> Result<Vec<InterestLine>, MissingRate> {
    periods
        .into_iter()
        .map(|(from, to)| {
            Ok(InterestLine::simple(
                invoice,
                base,
                from,
                to,
                rate_on(from)?,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::d;
    use std::str::FromStr;

    // simple_interest's examples (BE-2, QC-2, half a cent) are tested in be/rates.rs and
    // qc/mod.rs, where the examples come from.

    fn step(from: &str, balance: &str) -> BalanceStep {
        BalanceStep {
            from: d(from),
            balance: Decimal::from_str(balance).unwrap(),
        }
    }

    #[test]
    fn pieces_cut_at_balance_changes_the_later_step_winning_a_tie() {
        let steps = [
            step("2025-01-10", "300"),
            step("2025-01-01", "1000"),
            step("2025-01-10", "400"),
        ];
        let got: Vec<_> = balance_pieces(&steps, d("2024-12-30"), d("2025-01-20"))
            .into_iter()
            .map(|(from, to, base)| (from, to, base.to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                (d("2024-12-30"), d("2024-12-31"), "0".to_string()),
                (d("2025-01-01"), d("2025-01-09"), "1000".to_string()),
                (d("2025-01-10"), d("2025-01-20"), "400".to_string()),
            ]
        );
        assert!(balance_pieces(&steps, d("2025-02-01"), d("2025-01-01")).is_empty());
    }
}
