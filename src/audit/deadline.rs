//! The payment period a letter gives, read from its words: "sous huitaine", "dans un délai de
//! quinze (15) jours", "binnen 14 kalenderdagen", "within ten (10) days", "sous 48 heures".
//! Working days are converted to at least as many calendar days (5 working days make a
//! week), so "10 jours ouvrables" counts as 14 calendar days. A deadline written only as a
//! date ("au plus tard le 17 mars 2026") has no count of days here: the check says so rather
//! than guess when the letter was received.

use std::sync::LazyLock;

use regex::Regex;

/// One period found in the letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// Calendar days (working days and hours converted).
    pub days: u32,
    /// Folded-text byte range of the words.
    pub start: usize,
    pub end: usize,
}

const NUMBER_WORDS: &[(&str, u32)] = &[
    ("un", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("trente", 30),
    ("een", 1),
    ("twee", 2),
    ("drie", 3),
    ("vier", 4),
    ("vijf", 5),
    ("zes", 6),
    ("zeven", 7),
    ("acht", 8),
    ("negen", 9),
    ("tien", 10),
    ("elf", 11),
    ("twaalf", 12),
    ("dertien", 13),
    ("veertien", 14),
    ("vijftien", 15),
    ("twintig", 20),
    ("dertig", 30),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("seven", 7),
    ("eight", 8),
    ("ten", 10),
    ("fourteen", 14),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
];

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    let n = format!(r"(?P<n>\d{{1,3}}|{})", words.join("|"));
    let lead = r"(?:sous|dans(?: un delai(?: maximum| maximal)? de| les| un maximum de)?|d'ici|delai (?:de|supplementaire de)|en dedans de|binnen(?: de| een termijn van| een periode van)?|termijn van|within|in the next|period of|delay of|time limit of)";
    let unit = r"(?P<unit>jours?|dagen|days?|heures|uur|hours)";
    let qual = r"(?:\s(?P<qual>calendriers?|calendaires|francs|ouvrables|ouvres|ouvrables bancaires|business|working|calendar|clear))?";
    // "ten (10) days", "quinze (15) jours"; the qualifier may sit before the unit in English
    // ("ten calendar days") or be glued to it in Dutch ("kalenderdagen", "werkdagen").
    Regex::new(&format!(
        r"\b{lead}\s{n}(?:\s\(\d{{1,3}}\))?(?:\s(?P<pre>calendar|business|working|clear))?\s(?P<nl>kalender|werk)?{unit}{qual}\b|\bsous (?P<h>huitaine|quinzaine)\b|\bdans la (?P<h2>huitaine|quinzaine)\b"
    ))
    .expect("the period pattern compiles")
});

/// Every payment period in the folded text, in order.
pub fn periods(folded: &str) -> Vec<Period> {
    PERIOD
        .captures_iter(folded)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let days = if let Some(h) = c.name("h").or(c.name("h2")) {
                if h.as_str() == "huitaine" { 8 } else { 15 }
            } else {
                let raw = c.name("n")?.as_str();
                let n = raw.parse::<u32>().ok().or_else(|| {
                    NUMBER_WORDS
                        .iter()
                        .find(|(w, _)| *w == raw)
                        .map(|(_, v)| *v)
                })?;
                let unit = c.name("unit")?.as_str();
                let working = [c.name("qual"), c.name("pre"), c.name("nl")]
                    .into_iter()
                    .flatten()
                    .any(|q| {
                        q.as_str().starts_with("ouvr")
                            || ["business", "working", "werk"].contains(&q.as_str())
                    });
                if ["heures", "uur", "hours"].contains(&unit) {
                    n / 24
                } else if working {
                    // n working days are at least n + 2 × (whole weeks) calendar days.
                    n + 2 * (n / 5)
                } else {
                    n
                }
            };
            Some(Period {
                days,
                start: whole.start(),
                end: whole.end(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(s: &str) -> Vec<u32> {
        periods(s).into_iter().map(|p| p.days).collect()
    }

    #[test]
    fn reads_periods_in_three_languages() {
        assert_eq!(days("a regler sous huitaine"), [8]);
        assert_eq!(days("dans un delai de quinze (15) jours a compter"), [15]);
        assert_eq!(days("dans les 8 jours de la reception"), [8]);
        assert_eq!(
            days("vous disposez d'un delai de 14 jours calendrier"),
            [14]
        );
        assert_eq!(days("sous 10 jours ouvrables"), [14]);
        assert_eq!(days("binnen 14 kalenderdagen"), [14]);
        assert_eq!(days("binnen een termijn van veertien dagen"), [14]);
        assert_eq!(days("within ten (10) days of receipt"), [10]);
        assert_eq!(days("within 5 business days"), [7]);
        assert_eq!(days("sous 48 heures"), [2]);
        assert_eq!(days("le 2 mars, 15 jours apres"), Vec::<u32>::new());
    }
}
