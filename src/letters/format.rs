//! French typography for letters: long dates ("lundi 20 avril 2026", "1er mars"), short dates,
//! identifiers grouped as printed on a Kbis, postal last lines in capitals.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

fn day_fr(d: NaiveDate) -> String {
    if d.day() == 1 {
        "1er".to_string()
    } else {
        d.day().to_string()
    }
}

/// "2 mars 2026", "1er juillet 2025". Non-breaking spaces keep a date on one line.
pub fn long_date(d: NaiveDate) -> String {
    format!(
        "{}\u{a0}{}\u{a0}{}",
        day_fr(d),
        MONTHS[d.month0() as usize],
        d.year()
    )
}

/// "lundi 20 avril 2026".
pub fn long_date_with_weekday(d: NaiveDate) -> String {
    let wd = crate::compute::calendar::weekday_fr(d.weekday());
    format!("{wd} {}", long_date(d))
}

/// "15/10/2025".
pub fn short_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// "832145676" → "832 145 676"; a SIRET → "832 145 676 00012". Anything else is kept as written.
pub fn siren(s: &str) -> String {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return s.to_string();
    }
    match digits.len() {
        9 => format!(
            "{}\u{a0}{}\u{a0}{}",
            &digits[0..3],
            &digits[3..6],
            &digits[6..9]
        ),
        14 => format!(
            "{}\u{a0}{}\u{a0}{}\u{a0}{}",
            &digits[0..3],
            &digits[3..6],
            &digits[6..9],
            &digits[9..14]
        ),
        _ => s.to_string(),
    }
}

/// French typography inside running text: a non-breaking space before « ; : ! ? » and inside
/// guillemets, applied to sentences built by creance (case data is left as written).
pub fn nbsp_fr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, ';' | ':' | '!' | '?' | '»') && out.ends_with(' ') {
            out.pop();
            out.push(if c == ';' || c == '!' || c == '?' {
                '\u{202f}'
            } else {
                '\u{a0}'
            });
        }
        out.push(c);
        if c == '«' && chars.get(i + 1) == Some(&' ') {
            out.push('\u{a0}');
        }
    }
    out.replace("«\u{a0} ", "«\u{a0}")
}

/// Joins "a", "b", "c" as "a, b et c".
pub fn join_fr(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} et {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates() {
        assert_eq!(long_date(d("2026-03-02")), "2\u{a0}mars\u{a0}2026");
        assert_eq!(long_date(d("2025-07-01")), "1er\u{a0}juillet\u{a0}2025");
        assert_eq!(
            long_date_with_weekday(d("2026-04-20")),
            "lundi 20\u{a0}avril\u{a0}2026"
        );
        assert_eq!(short_date(d("2025-10-05")), "05/10/2025");
    }

    #[test]
    fn typography() {
        assert_eq!(
            nbsp_fr("Objet : relance ; merci !"),
            "Objet\u{a0}: relance\u{202f}; merci\u{202f}!"
        );
        assert_eq!(siren("832145676"), "832\u{a0}145\u{a0}676");
        assert_eq!(join_fr(&["a".into(), "b".into(), "c".into()]), "a, b et c");
    }
}
