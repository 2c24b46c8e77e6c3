//! How a letter writes amounts, rates, dates and lists in its recipient's language and country:
//! `1 234,56 €` (France, Belgium in French), `€ 1.234,56` (Belgium in Dutch), `1 234,56 $`
//! (Québec in French, OQLF usage), `$1,234.56` (Québec in English). The wording of the law is
//! in each jurisdiction's module; this file only knows typography.

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;

use super::format;
use crate::case::Case;
use crate::case::model::{Jurisdiction, Language};
use crate::compute::money::{format_eur_fr, format_number_fr, group_thousands, round_cents};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locale {
    /// French as written in France.
    FrFr,
    /// French as written in Belgium (same typography as France; `nonante` is not used in
    /// legal letters).
    FrBe,
    /// Dutch as written in Belgium (Flanders, Brussels).
    NlBe,
    /// French as written in Québec (OQLF recommendations).
    FrCa,
    /// English as written in Québec and Canada.
    EnCa,
}

impl Locale {
    /// The case's letter language in its jurisdiction. A language the jurisdiction does not
    /// use (Dutch in Québec) falls back to French; the rules report the mismatch.
    pub fn of(case: &Case) -> Locale {
        let lang = case.language.unwrap_or(Language::Fr);
        match (case.jurisdiction, lang) {
            (Jurisdiction::Fr, _) => Locale::FrFr,
            (Jurisdiction::Be, Language::Nl) => Locale::NlBe,
            (Jurisdiction::Be, _) => Locale::FrBe,
            (Jurisdiction::Qc, Language::En) => Locale::EnCa,
            (Jurisdiction::Qc, _) => Locale::FrCa,
        }
    }

    /// BCP 47 tag, given to Typst for hyphenation and to the PDF's language.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::FrFr => "fr",
            Locale::FrBe => "fr-BE",
            Locale::NlBe => "nl-BE",
            Locale::FrCa => "fr-CA",
            Locale::EnCa => "en-CA",
        }
    }

    /// The French, Dutch or English wording of one sentence, by the letter's language.
    pub fn w<'a>(self, fr: &'a str, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Locale::NlBe => nl,
            Locale::EnCa => en,
            _ => fr,
        }
    }

    /// The case-model language of this locale.
    pub fn language(self) -> Language {
        match self {
            Locale::NlBe => Language::Nl,
            Locale::EnCa => Language::En,
            _ => Language::Fr,
        }
    }

    /// "Lyon, le 2 mars 2026", "Gent, 2 maart 2026", "Gatineau, March 16, 2026".
    pub fn place_date(self, place: &str, d: NaiveDate) -> String {
        if self.is_french() {
            format!("{}, le {}", place.trim(), self.long_date(d))
        } else {
            format!("{}, {}", place.trim(), self.long_date(d))
        }
    }

    pub fn is_french(self) -> bool {
        matches!(self, Locale::FrFr | Locale::FrBe | Locale::FrCa)
    }

    /// An amount in the letter's currency (EUR in Europe, CAD in Québec), rounded to the cent.
    pub fn money(self, value: Decimal) -> String {
        let v = round_cents(value);
        match self {
            Locale::FrFr | Locale::FrBe => format_eur_fr(v),
            // OQLF: the sign after the amount, a no-break space before it.
            Locale::FrCa => format!("{}\u{a0}$", format_number_fr(v, 2)),
            Locale::NlBe => format!("€\u{a0}{}", grouped(v, '.', ',')),
            Locale::EnCa => {
                let text = grouped(v.abs(), ',', '.');
                if v.is_sign_negative() && !v.is_zero() {
                    format!("−${text}")
                } else {
                    format!("${text}")
                }
            }
        }
    }

    /// An annual rate: `5,00 %` in French, `5,00%` in Dutch, `5.00%` in English.
    pub fn percent(self, value: Decimal) -> String {
        let v = value.normalize();
        let dp = v.scale().max(2);
        match self {
            Locale::FrFr | Locale::FrBe | Locale::FrCa => {
                format!("{}\u{a0}%", format_number_fr(v, dp))
            }
            Locale::NlBe => format!("{}%", grouped_dp(v, dp, '.', ',')),
            Locale::EnCa => format!("{}%", grouped_dp(v, dp, ',', '.')),
        }
    }

    /// "2 mars 2026", "2 maart 2026", "March 2, 2026".
    pub fn long_date(self, d: NaiveDate) -> String {
        match self {
            Locale::FrFr | Locale::FrBe | Locale::FrCa => format::long_date(d),
            Locale::NlBe => format!(
                "{}\u{a0}{}\u{a0}{}",
                d.day(),
                MONTHS_NL[d.month0() as usize],
                d.year()
            ),
            Locale::EnCa => format!(
                "{}\u{a0}{},\u{a0}{}",
                MONTHS_EN[d.month0() as usize],
                d.day(),
                d.year()
            ),
        }
    }

    /// "lundi 20 avril 2026", "maandag 20 april 2026", "Monday, April 20, 2026".
    pub fn long_date_with_weekday(self, d: NaiveDate) -> String {
        match self {
            Locale::FrFr | Locale::FrBe | Locale::FrCa => format::long_date_with_weekday(d),
            Locale::NlBe => format!("{} {}", weekday_nl(d.weekday()), self.long_date(d)),
            Locale::EnCa => format!("{}, {}", weekday_en(d.weekday()), self.long_date(d)),
        }
    }

    /// Numeric dates: `15/10/2025` in Europe; ISO 8601 `2025-10-15` in Québec, as the OQLF and
    /// the Canadian standard (CAN/CSA-Z234.4) recommend, which no reader can misread.
    pub fn short_date(self, d: NaiveDate) -> String {
        match self {
            Locale::FrCa | Locale::EnCa => d.format("%Y-%m-%d").to_string(),
            _ => format::short_date(d),
        }
    }

    /// "a, b et c", "a, b en c", "a, b and c".
    pub fn join(self, items: &[String]) -> String {
        let and = match self {
            Locale::NlBe => "en",
            Locale::EnCa => "and",
            _ => "et",
        };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
        }
    }

    /// Typography of running text built by creance: French no-break spaces before `; : ! ?`.
    pub fn text(self, s: &str) -> String {
        if self.is_french() {
            format::nbsp_fr(s)
        } else {
            s.to_string()
        }
    }

    /// "1 day" / "10 days" in the letter's language.
    pub fn days(self, n: u32) -> String {
        let word = match (self, n) {
            (Locale::NlBe, 1) => "dag",
            (Locale::NlBe, _) => "dagen",
            (Locale::EnCa, 1) => "day",
            (Locale::EnCa, _) => "days",
            (_, 1) => "jour",
            _ => "jours",
        };
        format!("{n}\u{a0}{word}")
    }
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_nl(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "maandag",
        Weekday::Tue => "dinsdag",
        Weekday::Wed => "woensdag",
        Weekday::Thu => "donderdag",
        Weekday::Fri => "vrijdag",
        Weekday::Sat => "zaterdag",
        Weekday::Sun => "zondag",
    }
}

fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// `1234.5` → `1.234,50` (or `1,234.50`): two decimals, the given separators.
fn grouped(v: Decimal, thousands: char, decimal: char) -> String {
    grouped_dp(v, 2, thousands, decimal)
}

fn grouped_dp(v: Decimal, dp: u32, thousands: char, decimal: char) -> String {
    let rounded =
        v.round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.*}", dp as usize, rounded.abs());
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "−"
    } else {
        ""
    };
    let int_part = group_thousands(int_part, thousands);
    if frac.is_empty() {
        format!("{sign}{int_part}")
    } else {
        format!("{sign}{int_part}{decimal}{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }
    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn amounts_in_each_locale() {
        let v = dec("19736.145");
        assert_eq!(Locale::FrFr.money(v), "19\u{202f}736,15\u{a0}€");
        assert_eq!(Locale::FrBe.money(v), "19\u{202f}736,15\u{a0}€");
        assert_eq!(Locale::NlBe.money(v), "€\u{a0}19.736,15");
        assert_eq!(Locale::FrCa.money(v), "19\u{202f}736,15\u{a0}$");
        assert_eq!(Locale::EnCa.money(v), "$19,736.15");
        assert_eq!(Locale::EnCa.money(dec("1234567")), "$1,234,567.00");
        assert_eq!(Locale::EnCa.money(dec("-5")), "−$5.00");
        assert_eq!(Locale::NlBe.money(dec("40")), "€\u{a0}40,00");
    }

    #[test]
    fn rates_in_each_locale() {
        assert_eq!(Locale::FrCa.percent(dec("5")), "5,00\u{a0}%");
        assert_eq!(Locale::NlBe.percent(dec("10.5")), "10,50%");
        assert_eq!(Locale::EnCa.percent(dec("12.125")), "12.125%");
    }

    #[test]
    fn dates_in_each_locale() {
        let day = d("2026-04-20");
        assert_eq!(Locale::FrCa.long_date(day), "20\u{a0}avril\u{a0}2026");
        assert_eq!(
            Locale::NlBe.long_date_with_weekday(day),
            "maandag 20\u{a0}april\u{a0}2026"
        );
        assert_eq!(
            Locale::EnCa.long_date_with_weekday(day),
            "Monday, April\u{a0}20,\u{a0}2026"
        );
        assert_eq!(Locale::FrCa.short_date(day), "2026-04-20");
        assert_eq!(Locale::EnCa.short_date(day), "2026-04-20");
        assert_eq!(Locale::NlBe.short_date(day), "20/04/2026");
        assert_eq!(
            Locale::FrBe.long_date(d("2026-03-01")),
            "1er\u{a0}mars\u{a0}2026"
        );
    }

    #[test]
    fn lists_and_days() {
        let l = ["a".to_string(), "b".into(), "c".into()];
        assert_eq!(Locale::NlBe.join(&l), "a, b en c");
        assert_eq!(Locale::EnCa.join(&l), "a, b and c");
        assert_eq!(Locale::FrCa.days(10), "10\u{a0}jours");
        assert_eq!(Locale::EnCa.days(1), "1\u{a0}day");
    }
}
