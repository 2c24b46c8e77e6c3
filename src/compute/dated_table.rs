//! A dated rate table: rows that each hold from a first day to a last day, sorted and
//! contiguous, and the questions every jurisdiction asks of one (which row is in force on a day,
//! which rows cover a period).
//!
//! France (legal rate, ECB rate), Belgium (commercial and legal rates) and Québec (legal rate,
//! s. 28 LAF rate) each keep their own row type, because what a row says differs (two columns,
//! an informative ECB rate, an explicit gap); the lookup by date and the contiguity rule are the
//! same everywhere and live here once. What differs on purpose stays with each jurisdiction:
//! the unit a row must cover (semester, calendar year, quarter), the confidence vocabulary, and
//! how a period is split for interest (France splits at every semester whatever the rate,
//! Québec at the union of two tables' boundaries).

use std::convert::Infallible;
use std::ops::Deref;

use chrono::NaiveDate;
use serde::Serialize;

/// A row of a [`DatedTable`].
pub trait Dated {
    /// The first and the last day the row applies, both included. The last is `None` for a row
    /// in force until a later row or an amendment replaces it (a statutory rate, a change of the
    /// ECB rate).
    fn span(&self) -> (NaiveDate, Option<NaiveDate>);

    /// First day the row applies.
    fn first_day(&self) -> NaiveDate {
        self.span().0
    }

    /// Last day the row applies (inclusive), if it has one.
    fn last_day(&self) -> Option<NaiveDate> {
        self.span().1
    }
}

/// Rows sorted by first day. Tables built with [`DatedTable::check_next`] before each
/// [`DatedTable::push`] are also contiguous (no gap, no overlap) and only their last row may be
/// open-ended.
///
/// Serialises as the plain list of its rows, so that the table versions hashed from the
/// serialised data (`fr-rates-…`, `be-rates-…`, `qc-rates-…`) do not depend on this type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DatedTable<R> {
    rows: Vec<R>,
}

impl<R> Default for DatedTable<R> {
    fn default() -> Self {
        DatedTable { rows: Vec::new() }
    }
}

impl<R> Deref for DatedTable<R> {
    type Target = [R];

    fn deref(&self) -> &[R] {
        &self.rows
    }
}

impl<R: Dated> DatedTable<R> {
    /// An empty table with room for `n` rows.
    pub fn with_capacity(n: usize) -> Self {
        DatedTable {
            rows: Vec::with_capacity(n),
        }
    }

    /// Appends a row. Call [`DatedTable::check_next`] first for a checked table; tables whose
    /// rows follow another rule (the ECB changes) check it themselves.
    pub fn push(&mut self, row: R) {
        self.rows.push(row);
    }

    /// Checks that a row starting on `from` may follow the current last row: the last row is
    /// closed (only the last row of a table may be open-ended) and ends the day before `from`
    /// (sorted and contiguous, no gap, no overlap). `at` names the row in the error;
    /// `hole_hint` is said after "contiguous" (e.g. where a table has a way to write a hole).
    pub fn check_next(&self, from: NaiveDate, at: &str, hole_hint: &str) -> Result<(), String> {
        let Some(prev) = self.rows.last() else {
            return Ok(());
        };
        match prev.last_day() {
            None => Err(format!(
                "{at}: only the last row may be open-ended (no `to`)"
            )),
            Some(prev_to) if prev_to.succ_opt() != Some(from) => Err(format!(
                "{at}: rows must be sorted and contiguous{hole_hint}; previous row ends {prev_to}"
            )),
            Some(_) => Ok(()),
        }
    }

    /// The row in force on `on`: the last row starting on or before `on`, if it has not ended
    /// by then. `None` before the first row and after a closed last row.
    pub fn in_force(&self, on: NaiveDate) -> Option<&R> {
        let idx = self.rows.partition_point(|r| r.first_day() <= on);
        let row = self.rows.get(idx.checked_sub(1)?)?;
        row.last_day().is_none_or(|to| on <= to).then_some(row)
    }

    /// Splits the inclusive period `start..=end` at every row boundary, each piece with the row
    /// in force on it. Boundaries where the value happens not to change are kept: each row is
    /// its own source to cite. Empty if `start > end`; `Err` with the first day no row covers if
    /// the period leaves the table.
    pub fn periods(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Vec<(NaiveDate, NaiveDate, &R)>, NaiveDate> {
        split_period(start, end, |from| {
            let row = self.in_force(from).ok_or(from)?;
            Ok((row.last_day().unwrap_or(end), row))
        })
    }
}

/// Cuts the inclusive period `start..=end` into consecutive inclusive pieces: `piece(from)`
/// gives the last day of the piece starting on `from` (at or after `from`; cut to `end`) and a
/// value that goes with it. Empty if `start > end`; stops at the end of chrono's range rather
/// than overflow. The first `Err` of `piece` is returned.
///
/// Used for the calendar units rates change on (semesters, quarters) and for table rows.
pub fn split_period<T, E>(
    start: NaiveDate,
    end: NaiveDate,
    mut piece: impl FnMut(NaiveDate) -> Result<(NaiveDate, T), E>,
) -> Result<Vec<(NaiveDate, NaiveDate, T)>, E> {
    let mut pieces = Vec::new();
    let mut from = start;
    while from <= end {
        let (last, value) = piece(from)?;
        let to = last.min(end);
        pieces.push((from, to, value));
        match to.succ_opt() {
            Some(next) => from = next,
            None => break,
        }
    }
    Ok(pieces)
}

/// Cuts the inclusive period `start..=end` at the end of every calendar unit: `unit_end(day)` is
/// the last day of the unit containing `day` (a semester, a quarter). Empty if `start > end`.
pub fn split_by_unit(
    start: NaiveDate,
    end: NaiveDate,
    unit_end: impl Fn(NaiveDate) -> NaiveDate,
) -> Vec<(NaiveDate, NaiveDate)> {
    let pieces = split_period(start, end, |from| Ok::<_, Infallible>((unit_end(from), ())));
    match pieces {
        Ok(pieces) => pieces
            .into_iter()
            .map(|(from, to, ())| (from, to))
            .collect(),
        Err(never) => match never {},
    }
}

/// Test helper: checks a period splitter against cases written `FROM..TO = PIECES`, the pieces
/// as `FROM..TO` separated by spaces (none when the period is empty).
#[cfg(test)]
pub(crate) fn check_split(
    split: impl Fn(NaiveDate, NaiveDate) -> Vec<(NaiveDate, NaiveDate)>,
    cases: &[&str],
) {
    let span = |s: &str| {
        let (from, to) = s.split_once("..").expect("FROM..TO");
        (from.parse().unwrap(), to.parse().unwrap())
    };
    for case in cases {
        let (period, want) = case.split_once(" =").expect("FROM..TO = PIECES");
        let (from, to) = span(period);
        let want: Vec<(NaiveDate, NaiveDate)> = want.split_whitespace().map(span).collect();
        assert_eq!(split(from, to), want, "{case}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::d;

    #[derive(Debug, PartialEq)]
    struct Row(NaiveDate, Option<NaiveDate>);

    impl Dated for Row {
        fn span(&self) -> (NaiveDate, Option<NaiveDate>) {
            (self.0, self.1)
        }
    }

    fn table(rows: &[(&str, Option<&str>)]) -> Result<DatedTable<Row>, String> {
        let mut t = DatedTable::with_capacity(rows.len());
        for (from, to) in rows {
            t.check_next(d(from), "row", "")?;
            t.push(Row(d(from), to.map(d)));
        }
        Ok(t)
    }

    /// Two semesters of 2025.
    fn year_2025() -> DatedTable<Row> {
        let rows = [
            ("2025-01-01", Some("2025-06-30")),
            ("2025-07-01", Some("2025-12-31")),
        ];
        table(&rows).unwrap()
    }

    #[test]
    fn in_force_finds_the_row_or_none() {
        let t = year_2025();
        assert_eq!(t.in_force(d("2024-12-31")), None);
        assert_eq!(t.in_force(d("2025-01-01")).unwrap().0, d("2025-01-01"));
        assert_eq!(t.in_force(d("2025-06-30")).unwrap().0, d("2025-01-01"));
        assert_eq!(t.in_force(d("2025-07-01")).unwrap().0, d("2025-07-01"));
        assert_eq!(t.in_force(d("2026-01-01")), None);
        assert_eq!(t.in_force(NaiveDate::MIN), None);
        assert_eq!(t.in_force(NaiveDate::MAX), None);
        let open = table(&[("1994-01-01", None)]).unwrap();
        assert!(open.in_force(NaiveDate::MAX).is_some());
    }

    #[test]
    fn check_next_refuses_gaps_overlaps_and_open_rows_before_the_last() {
        let gap = table(&[("2025-01-01", Some("2025-06-30")), ("2025-07-02", None)]);
        assert!(
            gap.unwrap_err()
                .contains("contiguous; previous row ends 2025-06-30")
        );
        let overlap = table(&[("2025-01-01", Some("2025-06-30")), ("2025-06-30", None)]);
        assert!(overlap.unwrap_err().contains("contiguous"));
        let open = table(&[("2025-01-01", None), ("2025-07-01", None)]);
        assert!(open.unwrap_err().contains("open-ended"));
    }

    #[test]
    fn periods_cut_at_rows_and_report_the_first_uncovered_day() {
        let t = year_2025();
        let got: Vec<_> = t
            .periods(d("2025-05-10"), d("2025-08-01"))
            .unwrap()
            .into_iter()
            .map(|(a, b, r)| (a, b, r.0))
            .collect();
        assert_eq!(
            got,
            vec![
                (d("2025-05-10"), d("2025-06-30"), d("2025-01-01")),
                (d("2025-07-01"), d("2025-08-01"), d("2025-07-01"))
            ]
        );
        assert_eq!(
            t.periods(d("2025-12-01"), d("2026-01-05")).unwrap_err(),
            d("2026-01-01")
        );
        assert!(
            t.periods(d("2025-03-02"), d("2025-03-01"))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn split_period_stops_at_the_end_of_the_calendar() {
        let pieces =
            split_period(NaiveDate::MAX, NaiveDate::MAX, |f| Ok::<_, ()>((f, ()))).unwrap();
        assert_eq!(pieces.len(), 1);
    }
}
