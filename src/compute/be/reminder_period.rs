//! The period of the free first reminder of a consumer debt (CDE Book XIX, art. XIX.2 [article
//! number U]; belgium.md §1.2–§1.3): the reminder must give the consumer **at least 14 calendar
//! days** to pay, and no indemnity, interest or cost may be claimed before that period ends.
//!
//! When the period starts ([C], lexnow.io, forumforthefuture, ockier-advocaten, lalibre):
//!
//! * reminder sent **on paper** (post): on the **3rd working day following** the day it is sent;
//! * reminder sent **electronically**: on the **calendar day following** the day it is sent.
//!
//! Then `last day = start + 13 days` and damages may run from the day after the last day.
//!
//! Two points are open in belgium.md (open question 4); for each this module takes the reading
//! that gives the consumer **more** time, so that a letter computed here never asks too early:
//!
//! * **Saturday.** Whether a Saturday is a *jour ouvrable* for the paper offset is [U]. Here it is
//!   not: the working days are those of [`Calendar::belgium`] (Monday to Friday, minus the ten
//!   legal holidays), which starts the period later.
//! * **Last day on a non-working day.** Whether a last day falling on a Saturday, Sunday or legal
//!   holiday is extended is [U]. Here it is, to the next working day, as C. jud. art. 52–53 do
//!   for procedural time limits (calendars.md [S]).
//!
//! Both choices are data (`jurisdictions/be/first-reminder.yaml`), with their source. The
//! holiday list of [`Calendar::belgium`] is itself [K] (general knowledge, to verify).

use std::sync::LazyLock;

use chrono::{Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::compute::calendar::{Calendar, Deadline};

const FIRST_REMINDER_YAML: &str = include_str!("../../../jurisdictions/be/first-reminder.yaml");

/// How the first reminder was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderChannel {
    /// Post: the period starts on the 3rd working day after sending.
    Paper,
    /// E-mail or another electronic channel: the period starts the next calendar day.
    Electronic,
}

/// The rule, as data (`jurisdictions/be/first-reminder.yaml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstReminderRule {
    #[serde(skip_serializing)]
    #[allow(dead_code)]
    table: String,
    /// At least 14 calendar days.
    pub period_days: u32,
    /// Paper: the period starts on this working day after sending (3).
    pub paper_start_working_days: u32,
    /// Electronic: the period starts this many calendar days after sending (1).
    pub electronic_start_calendar_days: u32,
    pub source: String,
    /// `P`, `S` or `K`.
    pub confidence: String,
    /// Whether Saturday counts as a working day for the paper offset (open; `false` is the
    /// conservative reading).
    pub saturday_is_working_day: bool,
    pub saturday_source: String,
    /// Whether a last day on a Saturday, Sunday or holiday moves to the next working day (open;
    /// `true` is the conservative reading).
    pub extend_last_day_to_working_day: bool,
    pub extend_source: String,
}

static RULE: LazyLock<FirstReminderRule> = LazyLock::new(|| {
    FirstReminderRule::parse(FIRST_REMINDER_YAML)
        .unwrap_or_else(|e| panic!("embedded jurisdictions/be/first-reminder.yaml is invalid: {e}"))
});

/// The embedded rule, parsed once.
pub fn first_reminder_rule() -> &'static FirstReminderRule {
    &RULE
}

impl FirstReminderRule {
    /// Parses and checks the rule (14 days at least, a positive paper offset, a P/S/K mark).
    pub fn parse(yaml: &str) -> Result<Self, String> {
        let rule: FirstReminderRule =
            serde_saphyr::from_str(yaml).map_err(|e| format!("first-reminder.yaml: {e}"))?;
        if rule.period_days < 14 {
            return Err(format!(
                "first-reminder.yaml: period_days must be at least 14 (XIX.2), got {}",
                rule.period_days
            ));
        }
        if rule.paper_start_working_days == 0 || rule.electronic_start_calendar_days == 0 {
            return Err("first-reminder.yaml: the period starts after the day of sending".into());
        }
        if !matches!(rule.confidence.as_str(), "P" | "S" | "K") {
            return Err(format!(
                "first-reminder.yaml: confidence must be P, S or K, got {:?}",
                rule.confidence
            ));
        }
        Ok(rule)
    }
}

/// The free first reminder's period, computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FreeReminderPeriod {
    /// The day the reminder was sent.
    pub sent_on: NaiveDate,
    pub channel: ReminderChannel,
    /// First day of the period.
    pub start: NaiveDate,
    /// Last day of the period: `nominal` = start + 13 days; `effective` = the date to print (the
    /// next working day when `nominal` is not one), with the reason it moved.
    pub last_day: Deadline,
    /// The first day an indemnity, interest or cost may be counted: the day after
    /// `last_day.effective`.
    pub charges_from: NaiveDate,
    /// The number of days of the period (14).
    pub period_days: u32,
}

/// The `n`-th working day of `cal` strictly after `date` (`n = 3`: the third working day after
/// sending). `None` only beyond chrono's range or for `n = 0`.
pub fn nth_working_day_after(cal: &Calendar, date: NaiveDate, n: u32) -> Option<NaiveDate> {
    if n == 0 {
        return None;
    }
    let mut day = date;
    let mut found = 0;
    while found < n {
        day = cal.next_working_day_on_or_after(day.succ_opt()?)?;
        found += 1;
    }
    Some(day)
}

const SUNDAY_ONLY: &[Weekday] = &[Weekday::Sun];

/// The free first reminder's period for a reminder sent on `sent_on` through `channel`, with
/// the Belgian calendar and the embedded rule.
///
/// Paper reminder posted on Friday 17 July 2026: Monday 20 (1st working day), Tuesday 21 is the
/// national holiday, Wednesday 22 (2nd), Thursday 23 (3rd) → the period runs from 23 July to
/// 5 August 2026; damages may be counted from 6 August.
///
/// `None` only if a date would fall outside chrono's range.
pub fn free_reminder_period(
    sent_on: NaiveDate,
    channel: ReminderChannel,
) -> Option<FreeReminderPeriod> {
    free_reminder_period_with(
        &Calendar::belgium(),
        first_reminder_rule(),
        sent_on,
        channel,
    )
}

/// [`free_reminder_period`] with an explicit calendar and rule (tests, or a corrected rule).
pub fn free_reminder_period_with(
    cal: &Calendar,
    rule: &FirstReminderRule,
    sent_on: NaiveDate,
    channel: ReminderChannel,
) -> Option<FreeReminderPeriod> {
    let start = match channel {
        ReminderChannel::Paper => {
            let counting = if rule.saturday_is_working_day {
                Calendar {
                    non_working_weekdays: SUNDAY_ONLY,
                    ..*cal
                }
            } else {
                *cal
            };
            nth_working_day_after(&counting, sent_on, rule.paper_start_working_days)?
        }
        ReminderChannel::Electronic => {
            sent_on.checked_add_days(Days::new(u64::from(rule.electronic_start_calendar_days)))?
        }
    };
    let nominal = start.checked_add_days(Days::new(u64::from(rule.period_days - 1)))?;
    let effective = if rule.extend_last_day_to_working_day {
        cal.next_working_day_on_or_after(nominal)?
    } else {
        nominal
    };
    let moved_because = (effective != nominal)
        .then(|| cal.non_working_reason(nominal))
        .flatten();
    Some(FreeReminderPeriod {
        sent_on,
        channel,
        start,
        last_day: Deadline {
            nominal,
            effective,
            moved_because,
        },
        charges_from: effective.succ_opt()?,
        period_days: rule.period_days,
    })
}

#[cfg(test)]
mod tests {
    use super::ReminderChannel::{Electronic, Paper};
    use super::*;
    use crate::compute::test_util::d;

    #[track_caller]
    fn check(
        sent: &str,
        channel: ReminderChannel,
        start: &str,
        nominal: &str,
        effective: &str,
        because: Option<&str>,
    ) {
        let p = free_reminder_period(d(sent), channel).unwrap();
        assert_eq!(p.start, d(start), "start");
        assert_eq!(p.last_day.nominal, d(nominal), "nominal last day");
        assert_eq!(p.last_day.effective, d(effective), "effective last day");
        assert_eq!(p.last_day.moved_because.as_deref(), because, "reason");
        assert_eq!(p.charges_from, d(effective).succ_opt().unwrap());
        assert_eq!(p.period_days, 14);
        assert_eq!((p.last_day.nominal - p.start).num_days(), 13);
    }

    #[test]
    fn embedded_rule() {
        let r = first_reminder_rule();
        assert_eq!(
            (
                r.period_days,
                r.paper_start_working_days,
                r.electronic_start_calendar_days
            ),
            (14, 3, 1)
        );
        assert!(
            !r.saturday_is_working_day,
            "conservative: Saturday excluded"
        );
        assert!(r.extend_last_day_to_working_day, "conservative: extended");
        assert!(
            FirstReminderRule::parse(
                &FIRST_REMINDER_YAML.replace("period_days: 14", "period_days: 10")
            )
            .is_err()
        );
        assert!(
            FirstReminderRule::parse(
                &FIRST_REMINDER_YAML.replace("confidence: S", "confidence: C")
            )
            .is_err()
        );
    }

    #[test]
    fn paper_sent_on_friday_before_21_july() {
        // Fri 17 Jul 2026: Mon 20 (1), Tue 21 holiday, Wed 22 (2), Thu 23 (3).
        check(
            "2026-07-17",
            Paper,
            "2026-07-23",
            "2026-08-05",
            "2026-08-05",
            None,
        );
    }

    #[test]
    fn paper_sent_on_friday_before_easter_monday() {
        // Fri 3 Apr 2026 (Good Friday is a working day in Belgium): Sat, Sun, Easter Monday
        // 6 Apr skipped; Tue 7 (1), Wed 8 (2), Thu 9 (3).
        check(
            "2026-04-03",
            Paper,
            "2026-04-09",
            "2026-04-22",
            "2026-04-22",
            None,
        );
    }

    #[test]
    fn last_day_on_easter_monday_moves_to_tuesday() {
        // Thu 19 Mar 2026: Fri 20 (1), Mon 23 (2), Tue 24 (3); 24 Mar + 13 = Mon 6 Apr.
        check(
            "2026-03-19",
            Paper,
            "2026-03-24",
            "2026-04-06",
            "2026-04-07",
            Some("jour férié : Lundi de Pâques"),
        );
    }

    #[test]
    fn paper_around_ascension_and_a_sunday_last_day() {
        // Tue 12 May 2026: Wed 13 (1), Thu 14 Ascension, Fri 15 (2), Mon 18 (3); last day
        // Sun 31 May → Mon 1 June.
        check(
            "2026-05-12",
            Paper,
            "2026-05-18",
            "2026-05-31",
            "2026-06-01",
            Some("dimanche"),
        );
    }

    #[test]
    fn paper_over_christmas_and_new_year() {
        // Thu 24 Dec 2026: Fri 25 holiday, Mon 28 (1), Tue 29 (2), Wed 30 (3).
        check(
            "2026-12-24",
            Paper,
            "2026-12-30",
            "2027-01-12",
            "2027-01-12",
            None,
        );
    }

    #[test]
    fn electronic_starts_the_next_calendar_day_even_a_holiday() {
        // E-mail on Mon 20 Jul 2026: the period starts on Tue 21, the national holiday.
        check(
            "2026-07-20",
            Electronic,
            "2026-07-21",
            "2026-08-03",
            "2026-08-03",
            None,
        );
        // E-mail on Fri 3 Apr 2026: starts Sat 4.
        check(
            "2026-04-03",
            Electronic,
            "2026-04-04",
            "2026-04-17",
            "2026-04-17",
            None,
        );
    }

    #[test]
    fn electronic_last_day_on_21_july_or_a_saturday() {
        // E-mail Tue 7 Jul 2026 → Wed 8 … Tue 21 Jul (holiday) → Wed 22.
        check(
            "2026-07-07",
            Electronic,
            "2026-07-08",
            "2026-07-21",
            "2026-07-22",
            Some("jour férié : Fête nationale"),
        );
        // E-mail Sat 7 Mar 2026 → Sun 8 … Sat 21 → Mon 23.
        check(
            "2026-03-07",
            Electronic,
            "2026-03-08",
            "2026-03-21",
            "2026-03-23",
            Some("samedi"),
        );
    }

    #[test]
    fn the_open_readings_would_give_less_time() {
        // Counting Saturday as a working day starts the period a day earlier for a Friday paper
        // send: Sat 4 (1), Tue 7 (2), Wed 8 (3) instead of Thu 9.
        let mut other = first_reminder_rule().clone();
        other.saturday_is_working_day = true;
        let p = free_reminder_period_with(&Calendar::belgium(), &other, d("2026-04-03"), Paper)
            .unwrap();
        assert_eq!(p.start, d("2026-04-08"));
        // Not extending the last day ends on Easter Monday itself.
        let mut other = first_reminder_rule().clone();
        other.extend_last_day_to_working_day = false;
        let p = free_reminder_period_with(&Calendar::belgium(), &other, d("2026-03-19"), Paper)
            .unwrap();
        assert_eq!(
            (
                p.last_day.effective,
                p.last_day.moved_because,
                p.charges_from
            ),
            (d("2026-04-06"), None, d("2026-04-07"))
        );
    }

    #[test]
    fn nth_working_day() {
        let be = Calendar::belgium();
        assert_eq!(
            nth_working_day_after(&be, d("2026-07-17"), 1),
            Some(d("2026-07-20"))
        );
        assert_eq!(
            nth_working_day_after(&be, d("2026-07-17"), 2),
            Some(d("2026-07-22"))
        );
        // A working day itself is not counted.
        assert_eq!(
            nth_working_day_after(&be, d("2026-07-22"), 1),
            Some(d("2026-07-23"))
        );
        assert_eq!(nth_working_day_after(&be, d("2026-07-22"), 0), None);
        assert_eq!(free_reminder_period(NaiveDate::MAX, Paper), None);
        assert_eq!(free_reminder_period(NaiveDate::MAX, Electronic), None);
    }
}
