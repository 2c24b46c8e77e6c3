//! Which Belgian regime governs a case's late-payment damages, and the consumer's free first
//! reminder as the case records it.
//!
//! * [`Regime::Commercial`] — loi du 2 août 2002 (belgium.md §3): a transaction between
//!   enterprises, or an enterprise's claim on a public authority. Interest runs de plein droit
//!   from the day after the due date, 40 € per late invoice.
//! * [`Regime::Consumer`] — CDE Book XIX (belgium.md §1): an enterprise's claim on a consumer.
//!   Nothing but the principal until the free first reminder's period has ended; then interest
//!   at most at the commercial rate and a contractual indemnity capped by art. XIX.4.
//! * [`Regime::Civil`] — everything else (a consumer creditor, a public body's claim on an
//!   enterprise): common law of obligations (belgium.md §5), legal rate from the mise en
//!   demeure.
//!
//! A public body creditor is treated as an enterprise when the debtor is a consumer: Book XIX's
//! "entreprise" includes public bodies acting outside their public-service mission (belgium.md
//! §1.1 [S]); whether a given claim is inside that mission cannot be told from the case, and
//! applying Book XIX is the reading that protects the consumer. A public body's claim on an
//! enterprise is [`Regime::Civil`] (the lower legal rate) for the same conservative reason.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::reminder_period::{
    FreeReminderPeriod, ReminderChannel, first_reminder_rule, free_reminder_period_with,
};
use crate::case::model::{Case, Channel, HistoryKind, IndemnityClause, PartyKind};
use crate::compute::calendar::Calendar;
use crate::compute::money::round_cents;

/// The Belgian regime of a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Loi du 2 août 2002 (B2B and B2G).
    Commercial,
    /// CDE Book XIX (an enterprise's claim on a consumer).
    Consumer,
    /// Common civil law (C. civ. Book 5).
    Civil,
}

/// The regime of `case` (see the module documentation).
pub fn regime(case: &Case) -> Regime {
    use PartyKind::*;
    match (case.creditor.kind, case.debtor.kind) {
        (Professional, Professional | PublicBody) => Regime::Commercial,
        (Professional | PublicBody, Consumer) => Regime::Consumer,
        _ => Regime::Civil,
    }
}

/// How a letter sent through `channel` counts for the first reminder's period: e-mail and
/// registered e-mail are electronic; everything else — post, registered post, a bailiff, a
/// letter handed over, or an unknown channel — counts as paper, whose period starts later (the
/// conservative choice when the channel is not known).
pub fn reminder_channel(channel: Option<Channel>) -> ReminderChannel {
    match channel {
        Some(Channel::Email | Channel::RegisteredEmail) => ReminderChannel::Electronic,
        _ => ReminderChannel::Paper,
    }
}

/// The consumer's free first reminder (CDE art. XIX.2), as the case records it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FirstReminder {
    /// Index in `history` of the first reminder; `None` when no reminder was sent yet, so the
    /// document being written is the first reminder (sent on the document date, through
    /// `reminder.channel`).
    pub history_index: Option<usize>,
    /// The kind of that history entry: normally `reminder`; a `formal-notice` when it is the
    /// first letter recorded (creance then takes it as the first reminder, and a rule asks to
    /// check that it had the XIX.2 mentions).
    pub kind: Option<HistoryKind>,
    /// The days the reminder gave to pay, when the case states them (`history[].deadline_days`
    /// or `reminder.deadline_days`).
    pub given_days: Option<u32>,
    /// The period: at least 14 calendar days, or the longer period the reminder gave.
    pub period: FreeReminderPeriod,
}

impl FirstReminder {
    /// Whether the first reminder was already sent (it is in the history).
    pub fn sent(&self) -> bool {
        self.history_index.is_some()
    }

    /// Whether interest and an indemnity may be counted on `day`: the reminder was sent and its
    /// period is over.
    pub fn charges_allowed_on(&self, day: NaiveDate) -> bool {
        self.sent() && day >= self.period.charges_from
    }

    /// Whether this reminder could concern an invoice due on `due_date`: it was sent after that
    /// date (a reminder cannot remind of a debt not yet due). An invoice that fell due later
    /// needs its own free first reminder, so nothing but its principal is claimed.
    pub fn covers(&self, due_date: NaiveDate) -> bool {
        due_date < self.period.sent_on
    }
}

/// The consumer's first reminder, for a [`Regime::Consumer`] case; `None` otherwise (or if a
/// date would leave chrono's range).
///
/// The first reminder is the earliest `reminder` or `formal-notice` of the history (on the same
/// day, the reminder). Without one, the document being written is the first reminder. Its
/// period lasts 14 calendar days, or longer when the reminder gave more days to pay (a creditor
/// cannot claim damages before the end of the period it granted itself).
pub fn first_reminder(case: &Case) -> Option<FirstReminder> {
    if regime(case) != Regime::Consumer {
        return None;
    }
    let sent = case
        .history
        .iter()
        .enumerate()
        .filter(|(_, h)| matches!(h.kind, HistoryKind::Reminder | HistoryKind::FormalNotice))
        .min_by_key(|(i, h)| (h.date, h.kind != HistoryKind::Reminder, *i));
    let (history_index, kind, given_days, sent_on, channel) = match sent {
        Some((i, h)) => (Some(i), Some(h.kind), h.deadline_days, h.date, h.channel),
        None => (
            None,
            None,
            case.reminder.as_ref().and_then(|r| r.deadline_days),
            case.date,
            case.reminder.as_ref().and_then(|r| r.channel),
        ),
    };
    let mut rule = first_reminder_rule().clone();
    rule.period_days = rule.period_days.max(given_days.unwrap_or(0));
    let period = free_reminder_period_with(
        &Calendar::belgium(),
        &rule,
        sent_on,
        reminder_channel(channel),
    )?;
    Some(FirstReminder {
        history_index,
        kind,
        given_days,
        period,
    })
}

/// What a contractual damages clause gives on `balance`: `percent` % of it (at least
/// `minimum`), or the `fixed` amount; nothing when nothing is owed. Rounded once to the cent.
pub fn clause_amount(clause: &IndemnityClause, balance: Decimal) -> Decimal {
    if balance <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    match (clause.percent, clause.fixed) {
        (_, Some(fixed)) => round_cents(fixed.value()),
        (Some(p), None) => {
            let v = round_cents(balance * p.value() / Decimal::ONE_HUNDRED);
            match clause.minimum {
                Some(m) => v.max(round_cents(m.value())),
                None => v,
            }
        }
        (None, None) => Decimal::ZERO,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::load::load_str;
    use crate::compute::test_util::d;
    use std::str::FromStr;

    const BASE: &str = include_str!("../../../jurisdictions/be/tests/base.yaml");

    fn case(patch: impl Fn(&mut Case)) -> Case {
        let mut c = load_str(BASE, "base.yaml").unwrap().case;
        patch(&mut c);
        c
    }

    #[test]
    fn regimes() {
        assert_eq!(regime(&case(|_| {})), Regime::Consumer);
        assert_eq!(
            regime(&case(|c| c.debtor.kind = PartyKind::Professional)),
            Regime::Commercial
        );
        assert_eq!(
            regime(&case(|c| c.debtor.kind = PartyKind::PublicBody)),
            Regime::Commercial
        );
        assert_eq!(
            regime(&case(|c| c.creditor.kind = PartyKind::PublicBody)),
            Regime::Consumer
        );
        assert_eq!(
            regime(&case(|c| c.creditor.kind = PartyKind::Consumer)),
            Regime::Civil
        );
        assert_eq!(
            regime(&case(|c| {
                c.creditor.kind = PartyKind::PublicBody;
                c.debtor.kind = PartyKind::Professional;
            })),
            Regime::Civil
        );
    }

    #[test]
    fn first_reminder_from_history_or_being_written() {
        // base.yaml: a reminder posted on Monday 12 January 2026.
        let r = first_reminder(&case(|_| {})).unwrap();
        assert!(r.sent());
        assert_eq!(r.kind, Some(HistoryKind::Reminder));
        assert_eq!(r.period.channel, ReminderChannel::Paper);
        assert_eq!(r.period.start, d("2026-01-15"));
        assert_eq!(r.period.last_day.effective, d("2026-01-28"));
        assert_eq!(r.period.charges_from, d("2026-01-29"));
        assert!(r.charges_allowed_on(d("2026-01-29")));
        assert!(!r.charges_allowed_on(d("2026-01-28")));

        // No reminder yet: the document (2 March 2026, e-mail) is the first reminder.
        let r = first_reminder(&case(|c| {
            c.history.clear();
            c.reminder = Some(crate::case::model::ReminderTerms {
                deadline_days: Some(20),
                channel: Some(Channel::Email),
            });
        }))
        .unwrap();
        assert!(!r.sent());
        assert_eq!(r.period.sent_on, d("2026-03-02"));
        assert_eq!(r.period.start, d("2026-03-03"));
        // 20 days given: 3 → 22 March, a Sunday → Monday 23 March.
        assert_eq!(r.period.period_days, 20);
        assert_eq!(r.period.last_day.nominal, d("2026-03-22"));
        assert_eq!(r.period.last_day.effective, d("2026-03-23"));
        assert!(
            !r.charges_allowed_on(d("2026-12-31")),
            "never before it is sent"
        );

        // Not a consumer debt: no first reminder.
        assert!(first_reminder(&case(|c| c.debtor.kind = PartyKind::Professional)).is_none());
    }

    #[test]
    fn clause_amounts() {
        let dec = |s: &str| Decimal::from_str(s).unwrap();
        let amount = |v: &str| crate::compute::money::Amount(dec(v));
        let pct = IndemnityClause {
            percent: Some(amount("10")),
            minimum: Some(amount("50")),
            fixed: None,
        };
        assert_eq!(clause_amount(&pct, dec("4413.91")), dec("441.39"));
        assert_eq!(clause_amount(&pct, dec("200")), dec("50"));
        assert_eq!(clause_amount(&pct, Decimal::ZERO), Decimal::ZERO);
        let fixed = IndemnityClause {
            percent: None,
            minimum: None,
            fixed: Some(amount("75")),
        };
        assert_eq!(clause_amount(&fixed, dec("10")), dec("75"));
    }
}
