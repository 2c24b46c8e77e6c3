//! What an audited letter is checked for, as data: `jurisdictions/<j>/audit.yaml`.
//!
//! Each check has an id, a severity, the documents and parties it concerns, its legal basis
//! with the confidence the domain notes give it, an explanation for `creance explain`, and
//! wording-tolerant patterns per language. A check may name the mention of
//! `jurisdictions/<j>/mentions.yaml` it stands for (`mention: FR-TXT-001`): it then takes that
//! mention's description, article and URL, and its literal text as one more pattern — the
//! words our own letters print are always accepted, and the two lists cannot drift apart
//! (a test checks that every literal mention is covered).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::text::fold_pattern;
use crate::case::model::Jurisdiction;
use crate::diag::{Reference, Severity};
use crate::letters::mentions::{Mention, Mentions, mentions_of};
use crate::rules::spec::SeverityName;

/// The kind of letter audited (`--doc`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AuditDoc {
    /// A reminder (relance, rappel, herinnering).
    Reminder,
    /// Belgium: the free first reminder of a consumer debt (art. XIX.2 CDE).
    FirstReminder,
    /// A formal notice (mise en demeure, ingebrekestelling).
    FormalNotice,
}

impl AuditDoc {
    pub fn slug(self) -> &'static str {
        match self {
            AuditDoc::Reminder => "reminder",
            AuditDoc::FirstReminder => "first-reminder",
            AuditDoc::FormalNotice => "formal-notice",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AuditDoc::Reminder => "reminder",
            AuditDoc::FirstReminder => "first reminder",
            AuditDoc::FormalNotice => "formal notice",
        }
    }
}

/// What a check looks for.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Something the letter must say: missing → a finding of the check's severity.
    #[default]
    Mention,
    /// Something the letter must not say: every occurrence → a finding.
    Forbidden,
    /// At least one amount in the jurisdiction's currency.
    Amount,
    /// The payment period, in days, at least `minimum_days` (src/audit/deadline.rs).
    Deadline,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditFile {
    /// Languages the jurisdiction's letters are written in; the first is the default.
    pub languages: Vec<String>,
    /// Words that tell who sends the letter (agency, lawyer, bailiff), per language.
    pub senders: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Words that tell whether the debtor is a consumer or a professional, per language.
    pub debtors: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    pub checks: Vec<CheckSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckSpec {
    /// Stable id, `FR-AUD-001`.
    pub id: String,
    #[serde(default)]
    pub kind: Kind,
    /// `reminder`, `first-reminder`, `formal-notice`.
    pub docs: Vec<String>,
    pub severity: SeverityName,
    /// The senders it concerns (`creditor`, `agency`, `lawyer`, `bailiff`); empty: all.
    #[serde(default)]
    pub sender: Vec<String>,
    /// The debtors it concerns (`consumer`, `professional`); empty: all.
    #[serde(default)]
    pub debtor: Vec<String>,
    /// The mention of `mentions.yaml` this check stands for.
    #[serde(default)]
    pub mention: Option<String>,
    /// What the letter must (or must not) say, in a few words.
    #[serde(default)]
    pub what: Option<String>,
    #[serde(default)]
    pub article: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// How sure the domain notes are: P (primary text read), C (confirmed), S (secondary
    /// source), K (general knowledge), U (unconfirmed), D (derived).
    pub confidence: String,
    pub explain: String,
    /// The wording to suggest when the mention is missing, per language.
    #[serde(default)]
    pub expected: BTreeMap<String, String>,
    /// Regular expressions per language, matched on folded text (see `text.rs`); any one.
    #[serde(default)]
    pub patterns: BTreeMap<String, Vec<String>>,
    /// Mention: one of these must match too (anywhere in the letter).
    #[serde(default, rename = "and")]
    pub and_patterns: BTreeMap<String, Vec<String>>,
    /// Forbidden: a match on a line where one of these also matches does not count.
    #[serde(default)]
    pub unless: BTreeMap<String, Vec<String>>,
    /// Mention: how many different matches are needed (e.g. two enterprise numbers).
    #[serde(default)]
    pub min_count: Option<usize>,
    /// Deadline: the fewest days the letter may give.
    #[serde(default)]
    pub minimum_days: Option<u32>,
}

/// A check ready to run: patterns compiled, the linked mention's data merged in.
#[derive(Debug)]
pub struct Check {
    pub id: String,
    pub kind: Kind,
    pub docs: Vec<String>,
    pub severity: Severity,
    pub sender: Vec<String>,
    pub debtor: Vec<String>,
    pub mention: Option<String>,
    pub what: String,
    pub refs: Vec<Reference>,
    pub confidence: String,
    pub explain: String,
    pub expected: BTreeMap<String, String>,
    /// Every language's patterns together: a bilingual letter may say it in either language.
    pub patterns: Vec<Regex>,
    pub and_patterns: Vec<Regex>,
    pub unless: Vec<Regex>,
    pub min_count: usize,
    pub minimum_days: Option<u32>,
}

impl Check {
    pub fn applies_to(&self, doc: AuditDoc) -> bool {
        self.docs.iter().any(|d| d == doc.slug())
    }

    /// The article line with its confidence, as printed in findings.
    pub fn article_line(&self) -> String {
        self.refs
            .first()
            .map(|r| format!("{} [{}]", r.article, self.confidence))
            .unwrap_or_default()
    }
}

/// A jurisdiction's audit data, compiled.
#[derive(Debug)]
pub struct Audit {
    pub languages: Vec<String>,
    pub senders: Vec<(String, Vec<Regex>)>,
    pub debtors: Vec<(String, Vec<Regex>)>,
    pub checks: Vec<Check>,
}

/// `{amount}` and `{date}` in a pattern: the jurisdiction's money and a date in any of its
/// languages, so forbidden-fee patterns can require a sum next to the words.
fn expand(pattern: &str, j: Jurisdiction) -> String {
    // `\b` first: "au 2 mars 2026 382,29 €" holds 382,29 €, not 026 382,29 €. Dutch puts the
    // sign first ("€ 73,54"), so "tot 26 mei 2026 € 0,08" holds € 0,08, not "2026 €": a sign
    // followed by a number belongs to that number (the regex crate has no look-ahead, so the
    // suffix form consumes the one character after it instead).
    const EUR: &str = r"(?:€ ?(?:\d{1,3}(?:[ .]\d{3})+|\d+)(?:,\d{2})?\b|\b(?:\d{1,3}(?:[ .]\d{3})+|\d+)(?:,\d{2})? ?(?:€|eur\b|euros?\b)(?:[^\d ]| [^\d]| ?$))";
    // "$5,301.84" or, in French, "5 301,84 $"; the second form must not start inside a
    // number, or "$7,245.50 $2,000.00" would hold "50 $".
    const DOLLAR: &str = r"(?:\$ ?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?|(?:^|[^\d.,])(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d{2})? ?\$)";
    const DATE: &str = r"(?:\b\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januari|februari|maart|april|mei|juni|juli|augustus|oktober|january|february|march|may|june|july|august|september|october|november|december) \d{4}\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2},? \d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b)";
    pattern
        .replace("{amount}", if j == Jurisdiction::Qc { DOLLAR } else { EUR })
        .replace("{date}", DATE)
}

fn compile(pattern: &str, j: Jurisdiction, file: &str) -> Regex {
    let folded = fold_pattern(&expand(pattern, j));
    // The audit files are embedded and tested by `cargo test`: a bad pattern is a build
    // defect, never the user's input.
    Regex::new(&format!("(?i){folded}"))
        .unwrap_or_else(|e| panic!("{file}: bad pattern `{pattern}`: {e}"))
}

/// An amount in the jurisdiction's currency (`{amount}`), on folded text.
pub fn amount_pattern(j: Jurisdiction) -> Regex {
    compile("{amount}", j, "the amount pattern")
}

fn compile_all(by_lang: &BTreeMap<String, Vec<String>>, j: Jurisdiction, file: &str) -> Vec<Regex> {
    by_lang
        .values()
        .flatten()
        .map(|p| compile(p, j, file))
        .collect()
}

/// `mentions.yaml` (document → mentions, one entry per language), as the letters read it.
fn text_mentions(j: Jurisdiction) -> &'static Mentions {
    mentions_of(j.code()).unwrap_or_else(|| panic!("no mentions.yaml for {}", j.code()))
}

fn audit_text(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Fr => include_str!("../../jurisdictions/fr/audit.yaml"),
        Jurisdiction::Be => include_str!("../../jurisdictions/be/audit.yaml"),
        Jurisdiction::Qc => include_str!("../../jurisdictions/qc/audit.yaml"),
    }
}

fn load(j: Jurisdiction) -> Audit {
    let file = format!("jurisdictions/{}/audit.yaml", j.code());
    let raw: AuditFile = serde_saphyr::from_str(audit_text(j))
        .unwrap_or_else(|e| panic!("embedded {file} is invalid: {e}"));
    let mentions = text_mentions(j);
    let linked = |id: &str| -> Vec<&Mention> {
        mentions.values().flatten().filter(|m| m.id == id).collect()
    };
    let checks = raw
        .checks
        .into_iter()
        .map(|c| {
            let links = c.mention.as_deref().map(linked).unwrap_or_default();
            if c.mention.is_some() && links.is_empty() {
                panic!("{file}: {} links to an unknown mention", c.id);
            }
            let first = links.first();
            let mut patterns = compile_all(&c.patterns, j, &file);
            // Our own letters' literal wording always counts (placeholders excepted).
            patterns.extend(
                links
                    .iter()
                    .filter(|m| !m.text.contains('{'))
                    .map(|m| compile(&regex::escape(&m.text.to_lowercase()), j, &file)),
            );
            let article = c
                .article
                .or_else(|| first.map(|m| m.article.clone()))
                .unwrap_or_default();
            let url = c.url.or_else(|| first.and_then(|m| m.url.clone()));
            let what = c
                .what
                .or_else(|| first.map(|m| m.what.clone()))
                .unwrap_or_else(|| c.id.clone());
            let mut expected = c.expected;
            for m in &links {
                if !m.text.contains('{') {
                    let lang = m.lang.clone().unwrap_or_else(|| raw.languages[0].clone());
                    expected.entry(lang).or_insert_with(|| m.text.clone());
                }
            }
            Check {
                severity: c.severity.into(),
                and_patterns: compile_all(&c.and_patterns, j, &file),
                unless: compile_all(&c.unless, j, &file),
                min_count: c.min_count.unwrap_or(1),
                id: c.id,
                kind: c.kind,
                docs: c.docs,
                sender: c.sender,
                debtor: c.debtor,
                mention: c.mention,
                what,
                refs: vec![Reference { article, url }],
                confidence: c.confidence,
                explain: c.explain,
                expected,
                patterns,
                minimum_days: c.minimum_days,
            }
        })
        .collect();
    let words = |m: BTreeMap<String, BTreeMap<String, Vec<String>>>| -> Vec<(String, Vec<Regex>)> {
        m.into_iter()
            .map(|(who, by_lang)| (who, compile_all(&by_lang, j, &file)))
            .collect()
    };
    Audit {
        languages: raw.languages,
        senders: words(raw.senders),
        debtors: words(raw.debtors),
        checks,
    }
}

static FR: LazyLock<Audit> = LazyLock::new(|| load(Jurisdiction::Fr));
static BE: LazyLock<Audit> = LazyLock::new(|| load(Jurisdiction::Be));
static QC: LazyLock<Audit> = LazyLock::new(|| load(Jurisdiction::Qc));

pub fn audit_for(j: Jurisdiction) -> &'static Audit {
    match j {
        Jurisdiction::Fr => &FR,
        Jurisdiction::Be => &BE,
        Jurisdiction::Qc => &QC,
    }
}

/// Every audit check of every jurisdiction.
pub fn all_checks() -> impl Iterator<Item = &'static Check> {
    [Jurisdiction::Fr, Jurisdiction::Be, Jurisdiction::Qc]
        .into_iter()
        .flat_map(|j| audit_for(j).checks.iter())
}

/// A check by id (case-insensitive), for `creance explain`.
pub fn find(id: &str) -> Option<&'static Check> {
    all_checks().find(|c| c.id.eq_ignore_ascii_case(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Jurisdiction; 3] = [Jurisdiction::Fr, Jurisdiction::Be, Jurisdiction::Qc];

    #[test]
    fn audit_files_load_and_ids_are_unique_and_well_formed() {
        let mut seen = std::collections::BTreeSet::new();
        for j in ALL {
            let a = audit_for(j);
            assert!(!a.checks.is_empty());
            let prefix = format!("{}-AUD-", j.code().to_uppercase());
            for c in &a.checks {
                assert!(c.id.starts_with(&prefix), "{}", c.id);
                assert!(seen.insert(c.id.clone()), "duplicate id {}", c.id);
                assert!(
                    ["P", "C", "S", "K", "U", "D"].contains(&c.confidence.as_str()),
                    "{}: confidence {}",
                    c.id,
                    c.confidence
                );
                assert!(!c.refs[0].article.is_empty(), "{}: no article", c.id);
                assert!(!c.explain.trim().is_empty(), "{}: no explanation", c.id);
                assert!(
                    c.docs
                        .iter()
                        .all(|d| ["reminder", "first-reminder", "formal-notice"]
                            .contains(&d.as_str())),
                    "{}: docs {:?}",
                    c.id,
                    c.docs
                );
                match c.kind {
                    Kind::Mention | Kind::Forbidden => {
                        assert!(!c.patterns.is_empty(), "{}: no pattern", c.id)
                    }
                    Kind::Deadline => assert!(c.minimum_days.is_some(), "{}", c.id),
                    Kind::Amount => {}
                }
                if c.kind == Kind::Mention {
                    assert!(!c.expected.is_empty(), "{}: no expected wording", c.id);
                }
            }
        }
    }

    /// Every literal mention our own letters must print is also looked for in a letter
    /// written elsewhere (placeholders — names, totals — are checked by other means).
    #[test]
    fn every_literal_mention_of_mentions_yaml_has_an_audit_check() {
        for j in ALL {
            let linked: Vec<&str> = audit_for(j)
                .checks
                .iter()
                .filter_map(|c| c.mention.as_deref())
                .collect();
            for (doc, list) in text_mentions(j) {
                for m in list.iter().filter(|m| !m.text.contains('{')) {
                    assert!(
                        linked.contains(&m.id.as_str()),
                        "{}: {doc} mention {} has no audit check",
                        j.code(),
                        m.id
                    );
                }
            }
        }
    }
}
