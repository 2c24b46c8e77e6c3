//! Runs a jurisdiction's audit checks on a letter and turns what they see into findings
//! located in the letter: the same `Diagnostic`s as `check`, with the letter's line and
//! column (and "page P, line L" for a PDF) instead of a case file's.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::deadline::periods;
use super::language::{self, Lang};
use super::letter::Letter;
use super::parties::{self, Basis, Debtor, Sender};
use super::spec::{AuditDoc, Check, Kind, amount_pattern, audit_for};
use super::text::Searchable;
use crate::case::model::Jurisdiction;
use crate::diag::{Diagnostic, Severity};

/// What the user said on the command line.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub jurisdiction: Jurisdiction,
    pub doc: AuditDoc,
    pub language: Option<Lang>,
    pub sender: Option<Sender>,
    pub debtor: Option<Debtor>,
}

/// The audit of one letter.
#[derive(Debug)]
pub struct Report {
    /// Problems (missing mentions, forbidden phrases, short periods) and notes (what was
    /// assumed), errors first, then by line.
    pub findings: Vec<Diagnostic>,
    /// The mentions found, in the order of the checks, as `info` findings with their place.
    pub found: Vec<Diagnostic>,
    /// The letter's text, for the snippets of the human format.
    pub source: String,
    pub pages: usize,
    /// How many checks applied to this letter (found, missing or flagged).
    pub checked: usize,
    pub language: Lang,
    pub language_detected: bool,
    pub sender: Sender,
    pub debtor: Option<Debtor>,
}

/// Audits `letter`. Fails only when the audit cannot be done as asked (a language the
/// jurisdiction's letters are not written in).
pub fn audit(letter: &Letter, opts: &Options) -> Result<Report, String> {
    let text = Searchable::new(&letter.pages);
    let data = audit_for(opts.jurisdiction);
    let allowed: Vec<Lang> = data
        .languages
        .iter()
        .filter_map(|l| Lang::from_code(l))
        .collect();
    let ctx = Ctx {
        text: &text,
        file: &letter.name,
        paged: letter.from_pdf || text.pages() > 1,
    };
    let mut notes = Vec::new();

    let (language, language_detected) = match opts.language {
        Some(l) if !allowed.contains(&l) => {
            return Err(format!(
                "{} letters are audited in {}; there are no {} patterns for this jurisdiction",
                jurisdiction_name(opts.jurisdiction),
                allowed
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>()
                    .join(" or "),
                l.name()
            ));
        }
        Some(l) => (l, false),
        None => match language::detect(&text.folded, &allowed) {
            Some((l, counts)) => {
                let tally: Vec<String> = counts
                    .iter()
                    .map(|(l, n)| format!("{} {n}", l.name()))
                    .collect();
                notes.push(Diagnostic::new(
                    "AUD-LANG",
                    Severity::Info,
                    format!(
                        "written in {}, detected from its common words ({}); pass --language to say otherwise",
                        l.name(),
                        tally.join(", ")
                    ),
                ).with_file(ctx.file));
                (l, true)
            }
            None => {
                let l = allowed.first().copied().unwrap_or(Lang::Fr);
                notes.push(Diagnostic::new(
                    "AUD-LANG",
                    Severity::Info,
                    format!("too few words to tell the language: taken as {}; pass --language to say otherwise", l.name()),
                ).with_file(ctx.file));
                (l, true)
            }
        },
    };

    let (sender, sender_basis) = parties::sender(opts.sender, &text, &data.senders);
    if let Basis::Words(words, at) = &sender_basis {
        notes.push(ctx.at(
            Diagnostic::new(
                "AUD-PARTIES",
                Severity::Info,
                format!(
                    "sender taken as {} from the words «{words}»; pass --sender to say otherwise",
                    sender_phrase(sender)
                ),
            ),
            *at,
        ));
    }
    let (debtor, debtor_basis) = match (opts.debtor, opts.doc) {
        // The free first reminder of Book XIX exists for consumer debts only.
        (None, AuditDoc::FirstReminder) => (Some(Debtor::Consumer), Basis::Given),
        (given, _) => parties::debtor(given, &text, &data.debtors),
    };
    if let Basis::Words(words, at) = &debtor_basis
        && let Some(d) = debtor
    {
        notes.push(ctx.at(
            Diagnostic::new(
                "AUD-PARTIES",
                Severity::Info,
                format!(
                    "debtor taken as a {} from the words «{words}»; pass --debtor to say otherwise",
                    d.code()
                ),
            ),
            *at,
        ));
    }

    let mut findings = Vec::new();
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    let mut checked = 0;
    for check in data.checks.iter().filter(|c| c.applies_to(opts.doc)) {
        if !sender_matches(check, sender) {
            continue;
        }
        if !check.debtor.is_empty() {
            match debtor {
                Some(d) if check.debtor.iter().any(|x| x == d.code()) => {}
                Some(_) => continue,
                None => {
                    skipped.push(check.id.as_str());
                    continue;
                }
            }
        }
        checked += 1;
        let outcome = match check.kind {
            Kind::Mention => mention(&ctx, check, language),
            Kind::Forbidden => forbidden(&ctx, check),
            Kind::Amount => amount(&ctx, check, opts.jurisdiction, language),
            Kind::Deadline => deadline(&ctx, check),
        };
        findings.extend(outcome.problems);
        found.extend(outcome.found);
    }
    if !skipped.is_empty() {
        notes.push(
            Diagnostic::new(
                "AUD-PARTIES",
                Severity::Info,
                format!(
                    "the letter does not say whether the debtor is a consumer or a professional: {} not checked",
                    skipped.join(", ")
                ),
            )
            .with_file(ctx.file)
            .with_help("pass --debtor consumer or --debtor professional"),
        );
    }
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.line.cmp(&b.line)));
    notes.extend(findings);
    let mut findings = notes;
    findings.sort_by_key(|d| std::cmp::Reverse(d.severity));
    Ok(Report {
        findings,
        found,
        pages: text.pages(),
        checked,
        source: text.source.clone(),
        language,
        language_detected,
        sender,
        debtor,
    })
}

fn jurisdiction_name(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Fr => "French",
        Jurisdiction::Be => "Belgian",
        Jurisdiction::Qc => "Québec",
    }
}

fn sender_phrase(s: Sender) -> &'static str {
    match s {
        Sender::Creditor => "the creditor itself",
        Sender::Agency => "a collection agency",
        Sender::Lawyer => "a lawyer",
        Sender::Bailiff => "a bailiff",
    }
}

/// `collector` in the data stands for anyone collecting for the creditor.
fn sender_matches(check: &Check, sender: Sender) -> bool {
    check.sender.is_empty()
        || check
            .sender
            .iter()
            .any(|s| s == sender.code() || (s == "collector" && sender != Sender::Creditor))
}

/// The letter, for locating findings.
struct Ctx<'a> {
    text: &'a Searchable,
    file: &'a str,
    /// Say "page P, line L" (PDFs and multi-page text).
    paged: bool,
}

impl Ctx<'_> {
    /// `d` pointed at the folded text's byte `at`.
    fn at(&self, d: Diagnostic, at: usize) -> Diagnostic {
        let p = self.text.place(at);
        let mut d = d.with_file(self.file);
        d.line = Some(p.global_line as u64);
        d.column = Some(p.column as u64);
        if self.paged {
            d = d.with_field(format!("page {}, line {}", p.page, p.line));
        }
        d
    }

    fn original(&self, start: usize, end: usize) -> String {
        let s = self.text.original(start, end);
        if s.chars().count() > 90 {
            format!("{}…", s.chars().take(89).collect::<String>())
        } else {
            s
        }
    }
}

#[derive(Default)]
struct Outcome {
    problems: Vec<Diagnostic>,
    found: Vec<Diagnostic>,
}

fn with_law(mut d: Diagnostic, check: &Check) -> Diagnostic {
    d.refs = check.refs.clone();
    if let Some(r) = d.refs.first_mut() {
        r.article = check.article_line();
    }
    d
}

fn expected(check: &Check, lang: Lang) -> Option<&str> {
    check
        .expected
        .get(lang.code())
        .or_else(|| check.expected.values().next())
        .map(String::as_str)
}

fn missing(ctx: &Ctx, check: &Check, lang: Lang, detail: &str) -> Diagnostic {
    let mut d = with_law(
        Diagnostic::new(
            check.id.clone(),
            check.severity,
            format!("missing: {}{detail}", check.what),
        ),
        check,
    )
    .with_file(ctx.file);
    if let Some(e) = expected(check, lang) {
        d = d.with_help(format!(
            "expected wording, e.g. «{e}» (`creance explain {}`)",
            check.id
        ));
    }
    d
}

fn found(ctx: &Ctx, check: &Check, what: String, start: usize, end: usize) -> Diagnostic {
    ctx.at(
        Diagnostic::new(
            check.id.clone(),
            Severity::Info,
            format!("found {what}: «{}»", ctx.original(start, end)),
        ),
        start,
    )
}

/// Digits and letters only: "0543.219.893" and "0543 219 893" are one enterprise number.
fn key(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn mention(ctx: &Ctx, check: &Check, lang: Lang) -> Outcome {
    let folded = &ctx.text.folded;
    // Every match, with the index of its pattern in the data's order.
    let mut matches: Vec<(usize, usize, usize)> = check
        .patterns
        .iter()
        .enumerate()
        .flat_map(|(i, re)| re.find_iter(folded).map(move |m| (i, m.start(), m.end())))
        .collect();
    // The evidence shown is the earliest match of the first pattern that matches: a check lists
    // its most telling wording first ("Lyon, le 2 mars 2026" before any date), so a looser
    // fallback is shown only when nothing better is there.
    let evidence = matches.iter().min().map(|&(_, s, e)| (s, e));
    matches.sort_by_key(|&(_, s, e)| (s, e));
    let mut distinct = BTreeSet::new();
    matches.retain(|(_, s, e)| distinct.insert(key(&folded[*s..*e])));
    let also =
        check.and_patterns.is_empty() || check.and_patterns.iter().any(|re| re.is_match(folded));
    let mut out = Outcome::default();
    match evidence {
        Some((s, e)) if matches.len() >= check.min_count && also => {
            out.found.push(found(ctx, check, check.what.clone(), s, e));
        }
        _ => {
            let detail = if check.min_count > 1 && !matches.is_empty() {
                format!(
                    " (found {} of the {} needed)",
                    matches.len(),
                    check.min_count
                )
            } else {
                String::new()
            };
            out.problems.push(missing(ctx, check, lang, &detail));
        }
    }
    out
}

fn forbidden(ctx: &Ctx, check: &Check) -> Outcome {
    let folded = &ctx.text.folded;
    let mut lines = BTreeSet::new();
    let mut out = Outcome::default();
    let mut hits: Vec<(usize, usize)> = check
        .patterns
        .iter()
        .flat_map(|re| re.find_iter(folded).map(|m| (m.start(), m.end())))
        .collect();
    hits.sort();
    for (s, e) in hits {
        let (ls, le) = ctx.text.folded_line_range(s);
        let line_text = &folded[ls..le.max(e).min(folded.len())];
        if check.unless.iter().any(|re| re.is_match(line_text)) {
            continue;
        }
        if !lines.insert(ctx.text.place(s).global_line) {
            continue;
        }
        let d = Diagnostic::new(
            check.id.clone(),
            check.severity,
            format!("{}: «{}»", check.what, ctx.original(s, e)),
        )
        .with_help(format!(
            "remove it, or make sure the law allows it for this letter (`creance explain {}`)",
            check.id
        ));
        out.problems.push(ctx.at(with_law(d, check), s));
    }
    out
}

/// An amount of the jurisdiction's currency, in cents, from its printed form.
fn cents(s: &str) -> Option<u64> {
    let digits: String = s
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let digits = digits.trim_matches(|c| c == ',' || c == '.');
    let (whole, frac) = match digits.rfind([',', '.']) {
        Some(i) if digits.len() - i == 3 => (&digits[..i], &digits[i + 1..]),
        _ => (digits, "00"),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    Some(whole.parse::<u64>().ok()? * 100 + frac.parse::<u64>().ok()?)
}

fn amount(ctx: &Ctx, check: &Check, j: Jurisdiction, lang: Lang) -> Outcome {
    static RES: LazyLock<[Regex; 3]> = LazyLock::new(|| {
        [Jurisdiction::Fr, Jurisdiction::Be, Jurisdiction::Qc].map(amount_pattern)
    });
    let re = &RES[match j {
        Jurisdiction::Fr => 0,
        Jurisdiction::Be => 1,
        Jurisdiction::Qc => 2,
    }];
    let all: Vec<(usize, usize, u64)> = re
        .find_iter(&ctx.text.folded)
        .filter_map(|m| Some((m.start(), m.end(), cents(m.as_str())?)))
        .collect();
    // Words that introduce the sum claimed ("la somme de", "the sum of", "het bedrag van").
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:(?:la |une )?somme (?:totale )?de|montant (?:total )?de|total (?:reclame|du|a payer|restant du)|reste du|s'eleve a|sum of|amount of|total (?:claimed|due|owing)|balance (?:due|owing) of|bedrag van|totaal (?:verschuldigd|te betalen)|saldo van|bedraagt)\b")
            .expect("the cue pattern compiles")
    });
    let mut out = Outcome::default();
    let n = all.len();
    let count = format!("{n} amount{} in the letter", if n == 1 { "" } else { "s" });
    // The first amount right after a cue is the sum claimed; else the largest sum (a total
    // after its parts) is the likeliest.
    let cued = CUE.find_iter(&ctx.text.folded).find_map(|cue| {
        all.iter()
            .find(|(s, _, _)| *s >= cue.end() && *s <= cue.end() + 40)
            .map(|a| (a, ctx.original(cue.start(), cue.end())))
    });
    let chosen = match cued {
        Some((a, words)) => Some((a, format!("{count}; the one after «{words}»"))),
        None => all
            .iter()
            .max_by_key(|(s, _, c)| (*c, std::cmp::Reverse(*s)))
            .map(|a| (a, format!("{count}; the largest"))),
    };
    match chosen {
        Some((&(s, e, _), how)) => {
            let what = format!("{} ({how})", check.what);
            out.found.push(found(ctx, check, what, s, e));
        }
        None => out.problems.push(missing(ctx, check, lang, "")),
    }
    out
}

fn deadline(ctx: &Ctx, check: &Check) -> Outcome {
    let min = check.minimum_days.unwrap_or(0);
    let mut out = Outcome::default();
    let shortest = periods(&ctx.text.folded)
        .into_iter()
        .min_by_key(|p| (p.days, p.start));
    match shortest {
        Some(p) if p.days < min => {
            let d = Diagnostic::new(
                check.id.clone(),
                check.severity,
                format!(
                    "the letter gives {} day{} to pay («{}»); {}: at least {min} days",
                    p.days,
                    if p.days == 1 { "" } else { "s" },
                    ctx.original(p.start, p.end),
                    check.what
                ),
            )
            .with_help(format!(
                "give at least {min} calendar days (`creance explain {}`)",
                check.id
            ));
            out.problems.push(ctx.at(with_law(d, check), p.start));
        }
        Some(p) => {
            let what = format!("{}: {} days, at least {min} needed", check.what, p.days);
            out.found.push(found(ctx, check, what, p.start, p.end));
        }
        None => {
            let d = Diagnostic::new(
                check.id.clone(),
                Severity::Info,
                format!(
                    "no payment period in days found (a date only?): {} — check that it leaves at least {min} days",
                    check.what
                ),
            )
            .with_file(ctx.file);
            out.problems.push(with_law(d, check));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cents;

    #[test]
    fn amounts_read_in_every_notation() {
        assert_eq!(cents("12 462,29 €"), Some(1_246_229));
        assert_eq!(cents("1.250,00 eur"), Some(125_000));
        assert_eq!(cents("$5,301.84"), Some(530_184));
        assert_eq!(cents("5 301,84 $"), Some(530_184));
        assert_eq!(cents("40 €"), Some(4_000));
        assert_eq!(cents("$1,500"), Some(150_000));
        let dollars = super::amount_pattern(super::Jurisdiction::Qc);
        let found: Vec<&str> = dollars
            .find_iter("$7,245.50 $2,000.00 et 5 301,84 $.")
            .map(|m| m.as_str().trim())
            .collect();
        assert_eq!(found, ["$7,245.50", "$2,000.00", "5 301,84 $"]);
        let euros = super::amount_pattern(super::Jurisdiction::Be);
        let found: Vec<u64> = euros
            .find_iter("tot 26 mei 2026 € 0,08 en € 1.234,56; totaal 73,54 €. Dus 40 €")
            .filter_map(|m| cents(m.as_str()))
            .collect();
        assert_eq!(found, [8, 123_456, 7_354, 4_000]);
    }
}
