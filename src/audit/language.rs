//! Which language a letter is written in, when `--language` does not say: the language whose
//! most frequent small words ("de", "vous", "het", "the"…) occur most often. A letter is long
//! enough for this to be reliable; the choice is reported, and `--language` overrides it.
//! The language picks the suggested wording of a missing mention; the patterns of all the
//! jurisdiction's languages are searched anyway, because bilingual letters exist.

/// A letter's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Fr,
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::Fr => "French",
            Lang::Nl => "Dutch",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "fr" => Some(Lang::Fr),
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

// Words frequent in letters of each language and rare in the other two ("de" is French and
// Dutch: left out).
const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "et", "est", "vous", "nous", "votre", "vos", "pour", "que",
    "qui", "dans", "une", "sur", "au", "aux", "par", "ce", "cette", "pas", "jours", "somme",
    "sont", "avec", "notre", "nos", "montant",
];
const NL: &[&str] = &[
    "het", "een", "en", "van", "is", "u", "uw", "wij", "ons", "onze", "op", "te", "dat", "voor",
    "met", "niet", "binnen", "dagen", "deze", "zijn", "worden", "bij", "wordt", "bedrag", "aan",
    "naar", "ook", "als", "tot", "heeft",
];
const EN: &[&str] = &[
    "the", "and", "of", "to", "you", "your", "we", "our", "is", "in", "for", "that", "this",
    "with", "within", "days", "not", "be", "by", "on", "will", "are", "amount", "from", "have",
    "has", "any", "if", "or", "at",
];

/// Stop-word counts per language, in the order French, Dutch, English.
pub fn counts(folded: &str) -> [(Lang, usize); 3] {
    let mut n = [(Lang::Fr, 0), (Lang::Nl, 0), (Lang::En, 0)];
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if FR.contains(&word) {
            n[0].1 += 1;
        }
        if NL.contains(&word) {
            n[1].1 += 1;
        }
        if EN.contains(&word) {
            n[2].1 += 1;
        }
    }
    n
}

/// The most likely language among `allowed` (the jurisdiction's), or `None` when the text
/// has too few of these words to tell (fewer than 5).
pub fn detect(folded: &str, allowed: &[Lang]) -> Option<(Lang, [(Lang, usize); 3])> {
    let n = counts(folded);
    n.iter()
        .filter(|(l, _)| allowed.contains(l))
        .max_by_key(|(_, c)| *c)
        .filter(|(_, c)| *c >= 5)
        .map(|(l, _)| (*l, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Lang; 3] = [Lang::Fr, Lang::Nl, Lang::En];

    #[test]
    fn detects_each_language_from_a_sentence() {
        let fr = "nous vous mettons en demeure de nous regler la somme due dans les huit jours";
        let nl = "wij verzoeken u het bedrag binnen veertien dagen te betalen op onze rekening";
        let en =
            "we hereby demand that you pay the amount within ten days of receipt of this letter";
        assert_eq!(detect(fr, &ALL).map(|d| d.0), Some(Lang::Fr));
        assert_eq!(detect(nl, &ALL).map(|d| d.0), Some(Lang::Nl));
        assert_eq!(detect(en, &ALL).map(|d| d.0), Some(Lang::En));
        // Only the jurisdiction's languages compete.
        assert_eq!(detect(en, &[Lang::Fr, Lang::Nl]).map(|d| d.0), None);
        assert_eq!(detect("facture 123", &ALL), None);
    }
}
