//! Holiday calendars and deadline computation.
//!
//! A letter's "payez avant le …" date and a procedure's time limit are computed with one shared
//! algorithm and one *calendar per jurisdiction*, kept as static data (see `domain/calendars.md`):
//!
//! * a [`Calendar`] lists the weekdays that are never working days and the public holidays, each
//!   holiday being a [`HolidayRule`] (fixed date, offset from Easter Sunday, n-th weekday of a
//!   month, …) so that Belgium and Québec are new data, not new code;
//! * [`deadline_days`], [`deadline_months`], [`deadline_years`] and
//!   [`deadline_months_then_days`] apply the French counting rules of the Code de procédure
//!   civile (art. 640 to 642), which Belgium (C. jud. art. 52–53) and Québec (C.p.c. art. 82–83)
//!   share in substance: the starting day is not counted, the last day is, and a time limit that
//!   would expire on a non-working day is extended to the next working day.
//!
//! A letter's own deadline ("payez sous 8 jours") is contractual, not a procedural time limit.
//! Applying art. 641/642 CPC to it is the conservative reading: it never shortens the debtor's
//! time. Prescription periods are *not* procedural time limits: do not extend a prescription date
//! with art. 642 without a source saying so (TGI Paris, 29 Oct 2003).

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::Serialize;

/// Easter Sunday of `year` in the Gregorian calendar (the "anonymous Gregorian algorithm",
/// Meeus/Jones/Butcher), needed for every Easter-based holiday (Easter Monday, Ascension, Whit
/// Monday, Good Friday).
///
/// Euclidean division is used throughout so that the proleptic Gregorian calendar is followed for
/// any year chrono can represent.
///
/// # Panics
/// Only if `year` is outside the range of [`NaiveDate`] (±262 143). Every caller in this module
/// passes the year of an existing `NaiveDate`, which cannot fail.
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let n = h + l - 7 * m + 114;
    // month is 3 or 4 and day 1..=31 by construction of the algorithm.
    let month = n.div_euclid(31) as u32;
    let day = (n.rem_euclid(31) + 1) as u32;
    NaiveDate::from_ymd_opt(year, month, day).expect("year within chrono's NaiveDate range")
}

/// How one public holiday falls in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    /// The same calendar date every year (1 January, 14 July, …).
    Fixed { month: u32, day: u32 },
    /// `offset` days after Easter Sunday (negative: before). Easter Monday +1, Ascension +39,
    /// Whit Monday +50, Good Friday −2.
    Easter { offset: i16 },
    /// The `n`-th `weekday` of `month` (n = 1..=5), e.g. Québec's Labour Day, first Monday of
    /// September.
    NthWeekday { month: u32, weekday: Weekday, n: u8 },
    /// The last `weekday` strictly before `month`/`day`, e.g. Québec's Journée nationale des
    /// patriotes, the Monday before 25 May.
    WeekdayBefore {
        month: u32,
        day: u32,
        weekday: Weekday,
    },
    /// `month`/`day`, or the following Monday when that date is a Sunday, e.g. Québec's 1 July
    /// ("ou le 2 juillet si le 1er tombe un dimanche").
    FixedOrMondayIfSunday { month: u32, day: u32 },
}

impl HolidayRule {
    /// The date of this holiday in `year`, if it has one (a 29 February rule has none in common
    /// years; out-of-range years have none).
    pub fn date_in(&self, year: i32) -> Option<NaiveDate> {
        match *self {
            HolidayRule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            HolidayRule::Easter { offset } => {
                // Guard the range so that easter_sunday cannot panic.
                NaiveDate::from_ymd_opt(year, 3, 1)?;
                let easter = easter_sunday(year);
                let delta = Days::new(u64::from(offset.unsigned_abs()));
                if offset >= 0 {
                    easter.checked_add_days(delta)
                } else {
                    easter.checked_sub_days(delta)
                }
            }
            HolidayRule::NthWeekday { month, weekday, n } => {
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
            }
            HolidayRule::WeekdayBefore {
                month,
                day,
                weekday,
            } => {
                let anchor = NaiveDate::from_ymd_opt(year, month, day)?;
                let back = (7 + anchor.weekday().num_days_from_monday()
                    - weekday.num_days_from_monday())
                    % 7;
                let back = if back == 0 { 7 } else { back };
                anchor.checked_sub_days(Days::new(u64::from(back)))
            }
            HolidayRule::FixedOrMondayIfSunday { month, day } => {
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                if date.weekday() == Weekday::Sun {
                    date.succ_opt()
                } else {
                    Some(date)
                }
            }
        }
    }
}

/// One public holiday: its name in the jurisdiction's language (printed in letters and in
/// [`Deadline::moved_because`]) and the rule giving its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    pub name: &'static str,
    pub rule: HolidayRule,
}

/// A jurisdiction's working-day calendar, as data.
///
/// `Copy`: every field is `'static`, so passing a calendar around costs nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar {
    /// Stable identifier, used by case files and `--format json` (`fr`, `fr-alsace-moselle`, …).
    pub id: &'static str,
    /// Human name.
    pub name: &'static str,
    /// Weekdays that are never working days (Saturday and Sunday in all three jurisdictions).
    pub non_working_weekdays: &'static [Weekday],
    /// Public holidays.
    pub holidays: &'static [Holiday],
    /// Holidays a part of the territory adds to `holidays` (Alsace-Moselle's, Code du travail
    /// L3134-13): the national list is written once and the local calendar says only what it
    /// adds. Empty elsewhere.
    pub local_holidays: &'static [Holiday],
    /// Legal basis of the holiday list and of the week-end rule, with URLs.
    pub source: &'static str,
    /// Confidence mark of `domain/calendars.md`: P (primary text seen), S (secondary), K (general
    /// knowledge, to verify).
    pub confidence: &'static str,
}

const fn fixed(name: &'static str, month: u32, day: u32) -> Holiday {
    Holiday {
        name,
        rule: HolidayRule::Fixed { month, day },
    }
}

const fn easter(name: &'static str, offset: i16) -> Holiday {
    Holiday {
        name,
        rule: HolidayRule::Easter { offset },
    }
}

const SAT_SUN: &[Weekday] = &[Weekday::Sat, Weekday::Sun];

// --- France -------------------------------------------------------------------------------

const FR_JOUR_DE_L_AN: Holiday = fixed("Jour de l'an", 1, 1);
const FR_LUNDI_DE_PAQUES: Holiday = easter("Lundi de Pâques", 1);
const FR_FETE_DU_TRAVAIL: Holiday = fixed("Fête du Travail", 5, 1);
const FR_VICTOIRE_1945: Holiday = fixed("Victoire 1945", 5, 8);
const FR_ASCENSION: Holiday = easter("Ascension", 39);
const FR_LUNDI_DE_PENTECOTE: Holiday = easter("Lundi de Pentecôte", 50);
const FR_FETE_NATIONALE: Holiday = fixed("Fête nationale", 7, 14);
const FR_ASSOMPTION: Holiday = fixed("Assomption", 8, 15);
const FR_TOUSSAINT: Holiday = fixed("Toussaint", 11, 1);
const FR_ARMISTICE_1918: Holiday = fixed("Armistice 1918", 11, 11);
const FR_NOEL: Holiday = fixed("Noël", 12, 25);

/// Code du travail L3133-1: the eleven "fêtes légales".
static FR_METROPOLITAN_HOLIDAYS: [Holiday; 11] = [
    FR_JOUR_DE_L_AN,
    FR_LUNDI_DE_PAQUES,
    FR_FETE_DU_TRAVAIL,
    FR_VICTOIRE_1945,
    FR_ASCENSION,
    FR_LUNDI_DE_PENTECOTE,
    FR_FETE_NATIONALE,
    FR_ASSOMPTION,
    FR_TOUSSAINT,
    FR_ARMISTICE_1918,
    FR_NOEL,
];

/// The two local holidays that Bas-Rhin, Haut-Rhin and Moselle add to L3133-1 (L3134-13).
static FR_ALSACE_MOSELLE_LOCAL_HOLIDAYS: [Holiday; 2] =
    [easter("Vendredi saint", -2), fixed("Saint-Étienne", 12, 26)];

const FR_CALENDAR_SOURCE: &str = "Jours fériés : Code du travail art. L3133-1 [P] \
     https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/ ; \
     samedi, dimanche et jours fériés : CPC art. 642 [P] \
     https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070716/articles/LEGIARTI000006411003";

const FR_ALSACE_MOSELLE_SOURCE: &str = "Jours fériés : Code du travail art. L3133-1 [P] \
     https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/ ; \
     Vendredi saint et 26 décembre en Bas-Rhin, Haut-Rhin et Moselle : Code du travail \
     art. L3134-13 [S] ; samedi, dimanche et jours fériés : CPC art. 642 [P] \
     https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070716/articles/LEGIARTI000006411003";

// --- Belgium ------------------------------------------------------------------------------

/// The ten Belgian legal public holidays. [K]: list from general knowledge (belgium.md §1.3 and
/// calendars.md mark it unverified); the law of 4 January 1974 is the usual reference.
static BE_HOLIDAYS: [Holiday; 10] = [
    fixed("Nouvel An", 1, 1),
    easter("Lundi de Pâques", 1),
    fixed("Fête du Travail", 5, 1),
    easter("Ascension", 39),
    easter("Lundi de Pentecôte", 50),
    fixed("Fête nationale", 7, 21),
    fixed("Assomption", 8, 15),
    fixed("Toussaint", 11, 1),
    fixed("Armistice", 11, 11),
    fixed("Noël", 12, 25),
];

const BE_CALENDAR_SOURCE: &str = "Délais : Code judiciaire art. 52–53 (report au prochain jour \
     ouvrable si le dernier jour est un samedi, un dimanche ou un jour férié légal) [S] \
     https://www.yumpu.com/fr/document/view/37155256/les-pieges-de-la-procedure-civile-procedurecivilebe/14 ; \
     liste des dix jours fériés légaux [K] (à vérifier : loi du 4 janvier 1974 relative aux jours fériés)";

// --- Québec -------------------------------------------------------------------------------

/// Holidays of the Interpretation Act (CQLR c. I-16) art. 61 (23°) plus 26 December and
/// 2 January, which C.p.c. art. 82 makes holidays in civil procedure. Sundays are holidays under
/// art. 61 and courts do not sit on Saturdays (art. 82): both are non-working weekdays here.
static QC_HOLIDAYS: [Holiday; 11] = [
    fixed("Jour de l'An", 1, 1),
    fixed("2 janvier", 1, 2),
    easter("Vendredi saint", -2),
    easter("Lundi de Pâques", 1),
    Holiday {
        name: "Journée nationale des patriotes",
        rule: HolidayRule::WeekdayBefore {
            month: 5,
            day: 25,
            weekday: Weekday::Mon,
        },
    },
    fixed("Fête nationale du Québec", 6, 24),
    Holiday {
        name: "Fête du Canada",
        rule: HolidayRule::FixedOrMondayIfSunday { month: 7, day: 1 },
    },
    Holiday {
        name: "Fête du Travail",
        rule: HolidayRule::NthWeekday {
            month: 9,
            weekday: Weekday::Mon,
            n: 1,
        },
    },
    Holiday {
        name: "Action de grâces",
        rule: HolidayRule::NthWeekday {
            month: 10,
            weekday: Weekday::Mon,
            n: 2,
        },
    },
    fixed("Noël", 12, 25),
    fixed("Lendemain de Noël", 12, 26),
];

const QC_CALENDAR_SOURCE: &str = "C.p.c. art. 82 (samedi, 26 décembre et 2 janvier) [P] \
     http://legisquebec.gouv.qc.ca/fr/showversion/cs/C-25.01?code=se:82&pointInTime=20190109 ; \
     Loi d'interprétation (RLRQ c. I-16) art. 61 (23°) et art. 52 (report au jour non férié \
     suivant) [S] https://calculateurjudiciaire.com/loi-interpretation-rlrq ; C.p.c. art. 83 [K] ; \
     jours fixés par proclamation non inclus";

impl Calendar {
    /// Metropolitan France: Saturday, Sunday and the eleven holidays of Code du travail L3133-1.
    /// The default French calendar.
    pub fn france_metropolitan() -> Calendar {
        Calendar {
            id: "fr",
            name: "France métropolitaine",
            non_working_weekdays: SAT_SUN,
            holidays: &FR_METROPOLITAN_HOLIDAYS,
            local_holidays: &[],
            source: FR_CALENDAR_SOURCE,
            confidence: "P",
        }
    }

    /// Bas-Rhin, Haut-Rhin and Moselle: the metropolitan list plus Good Friday (Easter − 2) and
    /// 26 December (Code du travail L3134-13). Chosen by the court's or the debtor's location.
    pub fn france_alsace_moselle() -> Calendar {
        Calendar {
            id: "fr-alsace-moselle",
            name: "France — Alsace-Moselle",
            non_working_weekdays: SAT_SUN,
            holidays: &FR_METROPOLITAN_HOLIDAYS,
            local_holidays: &FR_ALSACE_MOSELLE_LOCAL_HOLIDAYS,
            source: FR_ALSACE_MOSELLE_SOURCE,
            // L3134-13 is only [S] in calendars.md.
            confidence: "S",
        }
    }

    /// Belgium: Saturday, Sunday and the ten legal public holidays (C. jud. art. 53).
    /// The holiday list is [K] — verify before relying on it.
    pub fn belgium() -> Calendar {
        Calendar {
            id: "be",
            name: "Belgique",
            non_working_weekdays: SAT_SUN,
            holidays: &BE_HOLIDAYS,
            local_holidays: &[],
            source: BE_CALENDAR_SOURCE,
            confidence: "K",
        }
    }

    /// Québec civil procedure: Saturday (C.p.c. art. 82), Sunday and the holidays of the
    /// Interpretation Act art. 61, plus 26 December and 2 January (C.p.c. art. 82). Days fixed by
    /// proclamation are not known in advance and are not included.
    pub fn quebec() -> Calendar {
        Calendar {
            id: "qc",
            name: "Québec (procédure civile)",
            non_working_weekdays: SAT_SUN,
            holidays: &QC_HOLIDAYS,
            local_holidays: &[],
            source: QC_CALENDAR_SOURCE,
            confidence: "S",
        }
    }

    /// Every built-in calendar.
    pub fn all() -> [Calendar; 4] {
        [
            Calendar::france_metropolitan(),
            Calendar::france_alsace_moselle(),
            Calendar::belgium(),
            Calendar::quebec(),
        ]
    }

    /// The built-in calendar with this [`Calendar::id`].
    pub fn by_id(id: &str) -> Option<Calendar> {
        Calendar::all().into_iter().find(|c| c.id == id)
    }

    /// The name of the public holiday falling on `date`, if any (e.g. `"Lundi de Pâques"`).
    /// Week-ends are not holidays: see [`Calendar::is_working_day`].
    pub fn is_holiday(&self, date: NaiveDate) -> Option<&'static str> {
        // No local holiday falls on the date of a national one (Good Friday is in March or
        // April, 26 December follows Noël), so the order of the search cannot change the name.
        self.holidays
            .iter()
            .chain(self.local_holidays)
            .find(|h| h.rule.date_in(date.year()) == Some(date))
            .map(|h| h.name)
    }

    /// Whether `date` is a working day: neither a non-working weekday nor a public holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !self.non_working_weekdays.contains(&date.weekday()) && self.is_holiday(date).is_none()
    }

    /// Why `date` is not a working day, in French, as printed in letters: `"samedi"`,
    /// `"dimanche"`, `"jour férié : Lundi de Pâques"`, or both for a holiday on a week-end
    /// (`"dimanche, jour férié : Toussaint"`). `None` for a working day.
    pub fn non_working_reason(&self, date: NaiveDate) -> Option<String> {
        let weekend = self
            .non_working_weekdays
            .contains(&date.weekday())
            .then(|| weekday_fr(date.weekday()));
        let holiday = self.is_holiday(date);
        match (weekend, holiday) {
            (None, None) => None,
            (Some(day), None) => Some(day.to_string()),
            (None, Some(name)) => Some(format!("jour férié : {name}")),
            (Some(day), Some(name)) => Some(format!("{day}, jour férié : {name}")),
        }
    }

    /// The first working day on or after `date` (`date` itself if it is one).
    ///
    /// `None` only if no working day exists before the end of chrono's date range (year
    /// 262 143), or — a bug in calendar data — within a year of `date`.
    pub fn next_working_day_on_or_after(&self, date: NaiveDate) -> Option<NaiveDate> {
        let mut day = date;
        for _ in 0..=366 {
            if self.is_working_day(day) {
                return Some(day);
            }
            day = day.succ_opt()?;
        }
        None
    }

    /// Art. 642 CPC extension of a nominal expiry date.
    fn extend(&self, nominal: NaiveDate) -> Option<Deadline> {
        let effective = self.next_working_day_on_or_after(nominal)?;
        let moved_because = if effective == nominal {
            None
        } else {
            self.non_working_reason(nominal)
        };
        Some(Deadline {
            nominal,
            effective,
            moved_because,
        })
    }
}

/// French name of a weekday, lower case as in running text.
pub fn weekday_fr(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "lundi",
        Weekday::Tue => "mardi",
        Weekday::Wed => "mercredi",
        Weekday::Thu => "jeudi",
        Weekday::Fri => "vendredi",
        Weekday::Sat => "samedi",
        Weekday::Sun => "dimanche",
    }
}

/// The result of a deadline computation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The day the time limit expires by counting alone (CPC art. 641).
    pub nominal: NaiveDate,
    /// The day it actually expires, at midnight (CPC art. 642): `nominal`, or the next working
    /// day when `nominal` is not one. This is the date to print.
    pub effective: NaiveDate,
    /// Why `nominal` was not kept, in French ("samedi", "dimanche", "jour férié : Lundi de
    /// Pâques", "dimanche, jour férié : Toussaint"); `None` when `effective == nominal`. Only the
    /// nominal day is described: it is the cause of the extension; the further days skipped can
    /// be listed with [`Calendar::non_working_reason`].
    pub moved_because: Option<String>,
}

impl Deadline {
    /// Whether art. 642 moved the deadline.
    pub fn was_moved(&self) -> bool {
        self.effective != self.nominal
    }
}

/// A time limit of `days` days starting on `start` (the act, event, decision or notification).
///
/// CPC art. 641 al. 1: the day of the starting event is not counted, so the time limit expires at
/// the end of `start + days` (a notice received on Monday 2 March with 8 days expires on
/// Tuesday 10 March). CPC art. 642: if that day is a Saturday, a Sunday or a public holiday, it is
/// extended to the next working day of `cal`.
///
/// `None` only if the result would fall outside chrono's date range (year 262 143): a case file
/// can carry any number of days and a panic is never a way to report bad input.
pub fn deadline_days(cal: &Calendar, start: NaiveDate, days: u32) -> Option<Deadline> {
    let nominal = start.checked_add_days(Days::new(u64::from(days)))?;
    cal.extend(nominal)
}

/// A time limit of `months` months starting on `start`.
///
/// CPC art. 641 al. 2: it expires on the day of the last month that bears the same number as the
/// starting day, or, lacking one, on the last day of that month (31 January + 1 month = 28 or
/// 29 February). Then art. 642 as in [`deadline_days`].
pub fn deadline_months(cal: &Calendar, start: NaiveDate, months: u32) -> Option<Deadline> {
    cal.extend(add_months_art_641(start, months)?)
}

/// A time limit of `years` years: art. 641 al. 2 counts years like months (29 February + 1 year
/// = 28 February). Then art. 642.
pub fn deadline_years(cal: &Calendar, start: NaiveDate, years: u32) -> Option<Deadline> {
    cal.extend(add_months_art_641(start, years.checked_mul(12)?)?)
}

/// A time limit expressed in months *and* days: CPC art. 641 al. 3 counts the months first, then
/// the days; art. 642 applies once, to the final day.
pub fn deadline_months_then_days(
    cal: &Calendar,
    start: NaiveDate,
    months: u32,
    days: u32,
) -> Option<Deadline> {
    let after_months = add_months_art_641(start, months)?;
    cal.extend(after_months.checked_add_days(Days::new(u64::from(days)))?)
}

/// Same day-number `months` later, clamped to the last day of the month (art. 641 al. 2).
/// chrono's `checked_add_months` clamps exactly this way; kept behind a named function so the
/// rule is stated once.
fn add_months_art_641(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))
}

/// `dd/mm/yyyy`, exactly as `date.format("%d/%m/%Y")` prints it, without interpreting a
/// format string at every call (the interest annex prints a date per period, and `check`
/// computes the annex of every case).
pub struct Dmy(pub NaiveDate);

impl std::fmt::Display for Dmy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.0;
        if (0..=9999).contains(&d.year()) {
            write!(f, "{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
        } else {
            // chrono writes a sign and more digits outside 0..=9999.
            write!(f, "{}", d.format("%d/%m/%Y"))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dmy_is_chrono_dd_mm_yyyy() {
        for (y, m, d) in [
            (2026, 1, 5),
            (1999, 12, 31),
            (5, 3, 9),
            (0, 1, 1),
            (9999, 12, 31),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(Dmy(date).to_string(), date.format("%d/%m/%Y").to_string());
        }
        for y in [-1, -12345, 10000, 123456] {
            let date = NaiveDate::from_ymd_opt(y, 2, 3).unwrap();
            assert_eq!(Dmy(date).to_string(), date.format("%d/%m/%Y").to_string());
        }
    }

    use super::*;
    use crate::compute::test_util::d;

    #[test]
    fn easter_sunday_known_years() {
        for (year, date) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2000, "2000-04-23"),
            (2008, "2008-03-23"),
            (2011, "2011-04-24"),
            (2014, "2014-04-20"),
            (2019, "2019-04-21"),
            (2038, "2038-04-25"),
            // extremes of the Gregorian computus: 22 March and 25 April
            (1818, "1818-03-22"),
            (2285, "2285-03-22"),
            (1943, "1943-04-25"),
        ] {
            assert_eq!(easter_sunday(year), d(date), "Easter {year}");
        }
    }

    #[test]
    fn easter_sunday_is_always_a_sunday_in_range() {
        for year in 1583..=3000 {
            let e = easter_sunday(year);
            assert_eq!(e.weekday(), Weekday::Sun, "{year}");
            assert!(e >= NaiveDate::from_ymd_opt(year, 3, 22).unwrap());
            assert!(e <= NaiveDate::from_ymd_opt(year, 4, 25).unwrap());
        }
    }

    fn holidays_in(cal: &Calendar, year: i32) -> Vec<(NaiveDate, &'static str)> {
        let mut day = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        let mut out = Vec::new();
        while day.year() == year {
            if let Some(name) = cal.is_holiday(day) {
                out.push((day, name));
            }
            day = day.succ_opt().unwrap();
        }
        out
    }

    #[test]
    fn france_metropolitan_2026_holidays() {
        let cal = Calendar::france_metropolitan();
        let got = holidays_in(&cal, 2026);
        let want = [
            ("2026-01-01", "Jour de l'an"),
            ("2026-04-06", "Lundi de Pâques"),
            ("2026-05-01", "Fête du Travail"),
            ("2026-05-08", "Victoire 1945"),
            ("2026-05-14", "Ascension"),
            ("2026-05-25", "Lundi de Pentecôte"),
            ("2026-07-14", "Fête nationale"),
            ("2026-08-15", "Assomption"),
            ("2026-11-01", "Toussaint"),
            ("2026-11-11", "Armistice 1918"),
            ("2026-12-25", "Noël"),
        ]
        .map(|(date, name)| (d(date), name));
        assert_eq!(got, want);
        assert!(cal.is_holiday(d("2026-04-03")).is_none(), "no Good Friday");
        assert!(cal.is_holiday(d("2026-12-26")).is_none());
    }

    #[test]
    fn france_alsace_moselle_adds_good_friday_and_26_december() {
        let cal = Calendar::france_alsace_moselle();
        let got = holidays_in(&cal, 2026);
        assert_eq!(got.len(), 13);
        assert_eq!(cal.is_holiday(d("2026-04-03")), Some("Vendredi saint"));
        assert_eq!(cal.is_holiday(d("2025-04-18")), Some("Vendredi saint"));
        assert_eq!(cal.is_holiday(d("2026-12-26")), Some("Saint-Étienne"));
        assert_eq!(cal.is_holiday(d("2026-04-06")), Some("Lundi de Pâques"));
    }

    /// The local holidays never share a date with a national one, so adding them after the
    /// national list names every day as a single list would. (National holidays may share a
    /// date with each other, e.g. Ascension on 8 May 1902: their order is unchanged.)
    #[test]
    fn alsace_moselle_local_holidays_never_fall_on_a_national_one() {
        let fr = Calendar::france_metropolitan();
        for year in 1900..=2200 {
            for local in &FR_ALSACE_MOSELLE_LOCAL_HOLIDAYS {
                let day = local.rule.date_in(year).unwrap();
                assert_eq!(fr.is_holiday(day), None, "{year} {}", local.name);
            }
        }
    }

    #[test]
    fn working_days() {
        let cal = Calendar::france_metropolitan();
        assert!(cal.is_working_day(d("2026-03-10"))); // Tuesday
        assert!(!cal.is_working_day(d("2026-03-14"))); // Saturday
        assert!(!cal.is_working_day(d("2026-03-15"))); // Sunday
        assert!(!cal.is_working_day(d("2026-04-06"))); // Easter Monday
        assert!(cal.is_working_day(d("2026-04-03"))); // Good Friday, metropolitan
        assert!(!Calendar::france_alsace_moselle().is_working_day(d("2026-04-03")));
        assert_eq!(
            cal.next_working_day_on_or_after(d("2026-04-04")),
            Some(d("2026-04-07"))
        );
        assert_eq!(
            cal.next_working_day_on_or_after(d("2026-04-07")),
            Some(d("2026-04-07"))
        );
        assert_eq!(
            cal.non_working_reason(d("2026-11-01")).as_deref(),
            Some("dimanche, jour férié : Toussaint")
        );
        assert_eq!(cal.non_working_reason(d("2026-11-02")), None);
    }

    fn check(deadline: Option<Deadline>, nominal: &str, effective: &str, because: Option<&str>) {
        let deadline = deadline.expect("deadline in range");
        assert_eq!(deadline.nominal, d(nominal), "nominal");
        assert_eq!(deadline.effective, d(effective), "effective");
        assert_eq!(deadline.moved_because.as_deref(), because, "reason");
        assert_eq!(deadline.was_moved(), because.is_some());
    }

    /// Runs one deadline case written as in the notes: `START + SPAN = NOMINAL` when the deadline
    /// is not moved, `START + SPAN = NOMINAL → EFFECTIVE (REASON)` when it is. SPAN is `N days`,
    /// `N months`, `N years` or `N months M days`.
    fn check_case(cal: &Calendar, case: &str) {
        let (start, rest) = case.split_once(" + ").expect("START + SPAN = …");
        let (span, want) = rest.split_once(" = ").expect("SPAN = …");
        let start = d(start);
        let n = |s: &str| s.parse::<u32>().expect("a number");
        let deadline = match span.split(' ').collect::<Vec<_>>()[..] {
            [days, "days"] => deadline_days(cal, start, n(days)),
            [months, "months"] => deadline_months(cal, start, n(months)),
            [years, "years"] => deadline_years(cal, start, n(years)),
            [months, "months", days, "days"] => {
                deadline_months_then_days(cal, start, n(months), n(days))
            }
            _ => panic!("unknown span {span:?}"),
        };
        let (nominal, effective, because) = match want.split_once(" → ") {
            None => (want, want, None),
            Some((nominal, moved)) => {
                let (effective, reason) = moved.split_once(" (").expect("EFFECTIVE (REASON)");
                (nominal, effective, reason.strip_suffix(')'))
            }
        };
        println!("{} {case}", cal.id);
        check(deadline, nominal, effective, because);
    }

    #[test]
    fn days_in_metropolitan_france() {
        let cal = Calendar::france_metropolitan();
        for case in [
            // Monday 2 March 2026 + 8 days: the starting day is not counted (art. 641).
            "2026-03-02 + 8 days = 2026-03-10",
            "2026-03-27 + 10 days = 2026-04-06 → 2026-04-07 (jour férié : Lundi de Pâques)",
            "2026-03-06 + 8 days = 2026-03-14 → 2026-03-16 (samedi)",
            "2026-03-07 + 8 days = 2026-03-15 → 2026-03-16 (dimanche)",
            // The Saturday before Easter Monday: three days skipped, the Saturday is the cause.
            "2026-03-27 + 8 days = 2026-04-04 → 2026-04-07 (samedi)",
            // 1 May 2026 is a Friday.
            "2026-04-23 + 8 days = 2026-05-01 → 2026-05-04 (jour férié : Fête du Travail)",
            // 14 July: a Tuesday in 2026, a Monday in 2025.
            "2026-07-06 + 8 days = 2026-07-14 → 2026-07-15 (jour férié : Fête nationale)",
            "2025-06-29 + 15 days = 2025-07-14 → 2025-07-15 (jour férié : Fête nationale)",
            "2026-05-06 + 8 days = 2026-05-14 → 2026-05-15 (jour férié : Ascension)",
            "2026-04-30 + 8 days = 2026-05-08 → 2026-05-11 (jour férié : Victoire 1945)",
            // Zero days from a Saturday.
            "2026-03-14 + 0 days = 2026-03-14 → 2026-03-16 (samedi)",
        ] {
            check_case(&cal, case);
        }
        assert_eq!(deadline_days(&cal, d("2026-03-14"), u32::MAX), None);
        assert_eq!(deadline_days(&cal, NaiveDate::MAX, 1), None);
        assert_eq!(deadline_years(&cal, d("2026-03-14"), u32::MAX), None);
    }

    #[test]
    fn days_christmas_and_good_friday_differ_in_alsace_moselle() {
        // Thursday 25 Dec 2025: Friday 26 is a working day except in Alsace-Moselle.
        let christmas = "2025-12-17 + 8 days = 2025-12-25 → ";
        let fr = Calendar::france_metropolitan();
        check_case(&fr, &format!("{christmas}2025-12-26 (jour férié : Noël)"));
        let am = Calendar::france_alsace_moselle();
        check_case(&am, &format!("{christmas}2025-12-29 (jour férié : Noël)"));
        // Good Friday 2026 in Alsace-Moselle: Friday, then week-end, then Easter Monday.
        check_case(
            &am,
            "2026-03-26 + 8 days = 2026-04-03 → 2026-04-07 (jour férié : Vendredi saint)",
        );
    }

    #[test]
    fn months_years_and_months_then_days() {
        let cal = Calendar::france_metropolitan();
        for case in [
            // End of month clamps to the last day. Leap year: 29 Feb 2024 is a Thursday.
            "2024-01-31 + 1 months = 2024-02-29",
            // 28 Feb 2025 is a Friday; 28 Feb 2026 a Saturday, extended to Monday 2 March.
            "2025-01-31 + 1 months = 2025-02-28",
            "2026-01-31 + 1 months = 2026-02-28 → 2026-03-02 (samedi)",
            "2026-03-31 + 1 months = 2026-04-30",
            "2025-08-31 + 2 months = 2025-10-31",
            // One-month opposition period (art. 1416 CPC) from 14 April 2026 ends on Ascension.
            "2026-04-14 + 1 months = 2026-05-14 → 2026-05-15 (jour férié : Ascension)",
            "2025-12-15 + 1 months = 2026-01-15",
            // Months first (31 Jan → 28 Feb), then days (+2 → 2 March).
            "2026-01-31 + 1 months 2 days = 2026-03-02",
            "2024-02-29 + 1 years = 2025-02-28",
            "2021-05-01 + 5 years = 2026-05-01 → 2026-05-04 (jour férié : Fête du Travail)",
        ] {
            check_case(&cal, case);
        }
    }

    #[test]
    fn belgium_and_quebec_calendars_as_data() {
        let be = Calendar::belgium();
        assert_eq!(holidays_in(&be, 2026).len(), 10);
        assert_eq!(be.is_holiday(d("2026-07-21")), Some("Fête nationale"));
        assert_eq!(be.is_holiday(d("2026-05-08")), None);
        check_case(
            &be,
            "2026-07-13 + 8 days = 2026-07-21 → 2026-07-22 (jour férié : Fête nationale)",
        );

        let qc = Calendar::quebec();
        assert_eq!(holidays_in(&qc, 2026).len(), 11);
        // 25 May 2026 is a Monday: the Monday *before* it is 18 May.
        assert_eq!(
            qc.is_holiday(d("2026-05-18")),
            Some("Journée nationale des patriotes")
        );
        assert_eq!(
            qc.is_holiday(d("2025-05-19")),
            Some("Journée nationale des patriotes")
        );
        assert_eq!(qc.is_holiday(d("2026-09-07")), Some("Fête du Travail"));
        assert_eq!(qc.is_holiday(d("2026-10-12")), Some("Action de grâces"));
        // 1 July 2029 is a Sunday: the holiday is Monday 2 July.
        assert_eq!(qc.is_holiday(d("2029-07-02")), Some("Fête du Canada"));
        assert_eq!(qc.is_holiday(d("2029-07-01")), None);
        assert_eq!(qc.is_holiday(d("2026-07-01")), Some("Fête du Canada"));
        assert_eq!(qc.is_holiday(d("2026-01-02")), Some("2 janvier"));
    }

    #[test]
    fn calendars_by_id_and_every_week_has_a_working_day() {
        for cal in Calendar::all() {
            assert_eq!(Calendar::by_id(cal.id), Some(cal));
            assert!(!cal.source.is_empty());
            assert!(["P", "S", "K"].contains(&cal.confidence));
            let mut day = d("2024-01-01");
            while day < d("2031-01-01") {
                let next = cal.next_working_day_on_or_after(day).unwrap();
                assert!((next - day).num_days() < 7, "{} {day}", cal.id);
                day = day.succ_opt().unwrap();
            }
        }
        assert_eq!(Calendar::by_id("xx"), None);
    }
}
