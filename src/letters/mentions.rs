//! Mandatory mentions verified on what the PDF actually prints (`jurisdictions/<j>/mentions.yaml`).
//! The view model always carries them; this catches a template — typically a firm's override —
//! that dropped one, so a letter missing "mise en demeure" or the amount is never written.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::view::View;
use crate::diag::{Diagnostic, Reference};

/// One mention (also read by `creance audit`, src/audit/spec.rs, for letters written elsewhere).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Mention {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) what: String,
    pub(crate) article: String,
    #[serde(default)]
    pub(crate) url: Option<String>,
    /// `agency`: only for a collection agency's letters; `not_agency`: only for the others.
    #[serde(default)]
    only_for: Option<String>,
    /// Only for letters in this language (`fr`, `en`, `nl`); without it, every language.
    #[serde(default)]
    pub(crate) lang: Option<String>,
}

pub(crate) type Mentions = BTreeMap<String, Vec<Mention>>;

fn parse(yaml: &str, name: &str) -> Mentions {
    serde_saphyr::from_str(yaml)
        .unwrap_or_else(|e| panic!("embedded jurisdictions/{name}/mentions.yaml is invalid: {e}"))
}

static FR: LazyLock<Mentions> =
    LazyLock::new(|| parse(include_str!("../../jurisdictions/fr/mentions.yaml"), "fr"));
static BE: LazyLock<Mentions> =
    LazyLock::new(|| parse(include_str!("../../jurisdictions/be/mentions.yaml"), "be"));
static QC: LazyLock<Mentions> =
    LazyLock::new(|| parse(include_str!("../../jurisdictions/qc/mentions.yaml"), "qc"));

pub(crate) fn mentions_of(jurisdiction: &str) -> Option<&'static Mentions> {
    match jurisdiction {
        "fr" => Some(&FR),
        "be" => Some(&BE),
        "qc" => Some(&QC),
        _ => None,
    }
}

/// Lower-cased, every space folded to one, words cut by hyphenation at a line end rejoined.
fn normalize(text: &str) -> String {
    let folded: String = text
        .replace('\u{ad}', "")
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '\u{202f}' {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .to_lowercase();
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = String::with_capacity(folded.len());
    for w in words {
        let glued = out.ends_with('-') && out.chars().rev().nth(1).is_some_and(char::is_alphabetic);
        if glued {
            out.pop();
        } else if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The mentions of `doc` missing from the printed `pages`.
pub fn missing(doc: &str, view: &View, pages: &[String], agency: bool) -> Vec<Diagnostic> {
    let Some(list) = mentions_of(view.jurisdiction).and_then(|m| m.get(doc)) else {
        return Vec::new();
    };
    let lang = view.lang.split('-').next().unwrap_or(view.lang);
    let printed = normalize(&pages.join(" "));
    let value = |name: &str| -> String {
        match name {
            "reference" => view.reference.clone(),
            "creditor" => view.sender.name.clone(),
            "debtor" => view.recipient.name.clone(),
            "place_date" => view.place_date.clone(),
            "signatory" => view.signature.name.clone(),
            "total" => view
                .summary
                .as_ref()
                .map(|s| s.total[1].clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    };
    list.iter()
        .filter(|m| match m.only_for.as_deref() {
            Some("agency") => agency,
            Some("not_agency") => !agency,
            _ => true,
        })
        .filter(|m| m.lang.as_deref().is_none_or(|l| l == lang))
        .filter_map(|m| {
            let mut expected = m.text.clone();
            for key in ["reference", "creditor", "debtor", "place_date", "signatory", "total"] {
                expected = expected.replace(&format!("{{{key}}}"), &value(key));
            }
            let needle = normalize(&expected);
            if needle.is_empty() || printed.contains(&needle) {
                return None;
            }
            let mut d = Diagnostic::error(
                m.id.clone(),
                format!("the rendered {doc} does not print {} (`{expected}`)", m.what),
            )
            .with_help("the template in use dropped a mandatory mention: restore it (compare with the embedded templates/)");
            d.refs = vec![Reference {
                article: m.article.clone(),
                url: m.url.clone(),
            }];
            Some(d)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn normalization_rejoins_hyphenated_words_and_folds_spaces() {
        assert_eq!(normalize("Mise en de- meure"), "mise en demeure");
        assert_eq!(normalize("12\u{202f}462,29\u{a0}€"), "12 462,29 €");
        assert_eq!(normalize("Lyon,  le 2 mars"), "lyon, le 2 mars");
        assert_eq!(normalize("Jean-Pierre"), "jean-pierre");
        assert!(!super::FR.is_empty());
        assert!(!super::QC.is_empty());
        assert!(!super::BE.is_empty());
    }
}
