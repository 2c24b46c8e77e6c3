//! A consumer debt's free first reminder (art. XIX.2 CDE): its description of the debt, its
//! period, what may not be charged during it, and the state the letter is in.

use super::*;

/// Words that only say "this is an invoice / order / contract number", in French, Dutch and
/// English: a description made of them and of numbers describes nothing (belgium.md §1.2,
/// Reyns [S]: quoting a reference or invoice number is not a description).
const REFERENCE_WORDS: &[&str] = &[
    "facture",
    "factures",
    "factuur",
    "facturen",
    "invoice",
    "invoices",
    "n",
    "no",
    "nr",
    "num",
    "numéro",
    "nummer",
    "number",
    "ref",
    "réf",
    "référence",
    "referentie",
    "reference",
    "du",
    "de",
    "des",
    "la",
    "le",
    "van",
    "the",
    "of",
    "bon",
    "commande",
    "order",
    "bestelbon",
    "bestelling",
    "contrat",
    "contract",
    "dossier",
];

/// Whether `text` says nothing but a reference ("Facture n° 2025-0412", "factuur 123",
/// "réf. BC-2025-117"): every word is a reference word, a single letter, or part of a token
/// holding digits.
pub fn only_a_reference(text: &str) -> bool {
    let lower = text.to_lowercase();
    !lower
        .split_whitespace()
        .filter(|token| !token.chars().any(|c| c.is_ascii_digit()))
        .flat_map(|token| token.split(|c: char| !c.is_alphabetic()))
        .any(|w| w.chars().count() >= 2 && !REFERENCE_WORDS.contains(&w))
}

/// A consumer debt's letters describe the good or service (XIX.2 mention 3, XIX.7 §2 3°): the
/// contract's description, or one for every invoice — and not merely a reference number.
pub fn description(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if regime(ctx) != Some(Regime::Consumer) {
        return Vec::new();
    }
    let text = |t: Option<&str>| {
        t.map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let contract = text(
        ctx.case
            .contract
            .as_ref()
            .and_then(|c| c.description.as_deref()),
    );
    let invoices: Vec<Option<String>> = ctx
        .case
        .invoices
        .iter()
        .map(|i| text(i.description.as_deref()))
        .collect();
    let good = |t: &Option<String>| t.as_deref().is_some_and(|t| !only_a_reference(t));
    if good(&contract) || (!invoices.is_empty() && invoices.iter().all(good)) {
        return Vec::new();
    }
    let reference = |field: String, t: &str| {
        Hit::at(&field).var("field", &field).var(
            "problem",
            format!("`{t}` is a reference, not a description"),
        )
    };
    let mut hits = Vec::new();
    if let Some(c) = &contract {
        hits.push(reference("contract.description".into(), c));
    }
    for (i, d) in invoices.iter().enumerate() {
        if let Some(d) = d
            && only_a_reference(d)
        {
            hits.push(reference(format!("invoices[{i}].description"), d));
        }
    }
    if hits.is_empty() {
        hits.push(
            Hit::at("contract")
                .var("field", "contract.description / invoices[].description")
                .var("problem", "nothing describes what was sold or done"),
        );
    }
    hits
}

/// The first reminder gives at least `params.min_days` (14) calendar days.
pub fn reminder_period(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let min = rule.param_u64("min_days").unwrap_or(14);
    let Some(first) = consumer_reminder(ctx) else {
        return Vec::new();
    };
    let Some(days) = first.given_days else {
        return Vec::new();
    };
    if u64::from(days) >= min {
        return Vec::new();
    }
    match first.history_index {
        Some(i) => vec![
            Hit::at(format!("history[{i}].deadline_days"))
                .var("days", days)
                .var("min", min)
                .var(
                    "which",
                    format!(
                        "the first reminder sent on {}",
                        fr_date(first.period.sent_on)
                    ),
                ),
        ],
        None if ctx.documents.contains(&DocKind::Reminder) => vec![
            Hit::at("reminder.deadline_days")
                .var("days", days)
                .var("min", min)
                .var("which", "the first reminder (the reminder being written)"),
        ],
        None => Vec::new(),
    }
}

/// Nothing but the principal before the first reminder's period is over (art. XIX.2): no fee,
/// no interest start within it.
pub fn free_period_charges(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(first) = consumer_reminder(ctx) else {
        return Vec::new();
    };
    let case = ctx.case;
    let when = if first.sent() {
        format!(
            "before the first reminder's period ends ({} included)",
            fr_date(first.period.last_day.effective)
        )
    } else {
        "in the free first reminder (none was sent yet)".to_string()
    };
    let mut hits = Vec::new();
    let regular = case.contract.as_ref().is_some_and(|c| c.regular_supply);
    if !first.charges_allowed_on(ctx.computation.as_of) {
        for (i, f) in case.fees.iter().enumerate() {
            if regular && f.kind == FeeKind::Reminder {
                continue; // the cost of that reminder itself: `reminder_fee` judges it (XIX.3)
            }
            hits.push(
                Hit::at(format!("fees[{i}].amount"))
                    .var(
                        "what",
                        format!("`{}` ({})", f.label, format_eur_fr(f.amount.value())),
                    )
                    .var("when", &when),
            );
        }
    }
    if let Some(terms) = &case.interest {
        if terms.from == Some(InterestStart::DueDate) && terms.kind != InterestKind::None {
            hits.push(
                Hit::at("interest.from")
                    .var("what", "interest from the due date")
                    .var("when", &when),
            );
        }
        if let Some(d) = terms.from_date
            && (!first.sent() || d < first.period.charges_from)
        {
            hits.push(
                Hit::at("interest.from_date")
                    .var("what", format!("interest from {}", fr_date(d)))
                    .var("when", &when),
            );
        }
    }
    hits
}

/// What the history says of the first reminder: none sent yet (info), the first letter was a
/// formal notice (warning), a formal notice written within the period (warning).
pub fn first_reminder_state(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(first) = consumer_reminder(ctx) else {
        return Vec::new();
    };
    let p = &first.period;
    let mut hits = Vec::new();
    match (first.history_index, first.kind) {
        (None, _) => hits.push(
            Hit::at("history")
                .var(
                    "problem",
                    format!(
                        "no reminder was sent yet: the next letter is the free first reminder, \
                         claiming the principal only; sent on {} it gives until {} to pay, and \
                         interest or an indemnity may count from {}",
                        fr_date(p.sent_on),
                        fr_date(p.last_day.effective),
                        fr_date(p.charges_from)
                    ),
                )
                .severity(Severity::Info),
        ),
        (Some(i), Some(HistoryKind::FormalNotice)) => hits
            .push(Hit::at(format!("history[{i}]")).var(
            "problem",
            format!(
                "the first letter recorded is a formal notice ({}), taken as the first reminder: \
                 check that it was free, gave at least 14 days and had the XIX.2 mentions, \
                 otherwise send a new (free) first reminder",
                fr_date(p.sent_on)
            ),
        )),
        _ => {}
    }
    if first.sent() {
        for (i, inv) in ctx.case.invoices.iter().enumerate() {
            if !first.covers(inv.due_date) {
                hits.push(Hit::at(format!("invoices[{i}].due_date")).var(
                    "problem",
                    format!(
                        "invoice {} fell due on {}, after the first reminder of {}: it needs its                          own free first reminder, and only its principal is claimed",
                        inv.number,
                        fr_date(inv.due_date),
                        fr_date(p.sent_on)
                    ),
                ));
            }
        }
    }
    if first.sent()
        && ctx.documents.contains(&DocKind::FormalNotice)
        && ctx.case.date <= p.last_day.effective
    {
        hits.push(Hit::at("date").var(
            "problem",
            format!(
                "a formal notice dated {} falls within the first reminder's period (until {}): \
                 wait until {} or claim the principal only",
                fr_date(ctx.case.date),
                fr_date(p.last_day.effective),
                fr_date(p.charges_from)
            ),
        ));
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::only_a_reference;

    #[test]
    fn a_reference_is_not_a_description() {
        for s in [
            "Facture n° 2025-0412",
            "factuur 123",
            "Invoice no. 77",
            "réf. BC-2025-117",
            "Facture n°2025-0412 du 28/11/2025",
            "2025-0412",
            "F-1",
        ] {
            assert!(only_a_reference(s), "{s}");
        }
        for s in [
            "fourniture et pose d'une cuisine équipée",
            "levering van kantoormeubelen",
            "Facture 12 — réparation de la chaudière",
        ] {
            assert!(!only_a_reference(s), "{s}");
        }
    }
}
