//! Belgian checks: Book XIX's free first reminder and caps, collectors' mentions, the loi du
//! 2 août 2002, identifiers (enterprise number, postcode, IBAN, structured communication) and
//! prescription. Each check reads the Belgian part of the computation
//! ([`crate::compute::claim::BeComputation`]) rather than recomputing the law.

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use super::{Hit, fr_date};
use crate::case::model::{FeeKind, HistoryKind, InterestKind, InterestStart, PartyKind};
use crate::compute::be::damages::{belgium_damages, regular_supply_reminder_fee_cap};
use crate::compute::be::epc_qr::{check_bic, check_iban};
use crate::compute::be::identifiers::{EnterpriseNumber, postcode_valid};
use crate::compute::be::rates::belgium;
use crate::compute::be::regime::{FirstReminder, Regime};
use crate::compute::be::structured_ref::StructuredRef;
use crate::compute::claim::{BeComputation, be_commercial_start};
use crate::compute::money::{format_eur_fr, format_percent_fr};
use crate::compute::prescription::be_prescriptions;
use crate::diag::Severity;
use crate::rules::context::{Context, DocKind};
use crate::rules::spec::RuleSpec;

const PARTIES: [&str; 3] = ["creditor", "debtor", "representative"];

fn be<'a>(ctx: &'a Context) -> Option<&'a BeComputation> {
    ctx.computation.be.as_ref()
}

fn regime(ctx: &Context) -> Option<Regime> {
    be(ctx).map(|b| b.regime)
}

fn consumer_reminder<'a>(ctx: &'a Context) -> Option<&'a FirstReminder> {
    be(ctx)
        .filter(|b| b.regime == Regime::Consumer)
        .and_then(|b| b.first_reminder.as_ref())
}

fn has_clause(ctx: &Context) -> bool {
    ctx.case
        .contract
        .as_ref()
        .is_some_and(|c| c.indemnity_clause.is_some())
}

fn param_date(rule: &RuleSpec, name: &str) -> Option<NaiveDate> {
    rule.param_str(name).and_then(|s| s.parse().ok())
}

// ---- identifiers --------------------------------------------------------------------------

/// Enterprise numbers (BCE/KBO) of the parties: 10 digits, mod-97 check.
pub fn bce(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in PARTIES {
        let path = format!("{party}.registration.bce");
        let Some(value) = ctx.get(&path).and_then(|v| v.as_str()) else {
            continue;
        };
        if let Err(e) = EnterpriseNumber::parse(value) {
            hits.push(Hit::at(&path).var("value", value).var("problem", e));
        }
    }
    hits
}

/// Belgian postcodes (four digits) of the addresses in Belgium (no `country`, or `BE`).
pub fn postcode(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in PARTIES {
        let country = ctx
            .get(&format!("{party}.address.country"))
            .and_then(|v| v.as_str())
            .unwrap_or("BE");
        if !country.eq_ignore_ascii_case("BE") {
            continue;
        }
        let path = format!("{party}.address.postcode");
        let Some(value) = ctx.get(&path).and_then(|v| v.as_str()) else {
            continue;
        };
        if !postcode_valid(value) {
            hits.push(Hit::at(&path).var("value", value));
        }
    }
    hits
}

/// The IBAN (ISO 13616 mod 97) and BIC of the accounts the debtor is asked to pay to.
pub fn iban(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for party in ["creditor", "representative"] {
        let path = format!("{party}.bank.iban");
        if let Some(value) = ctx.get(&path).and_then(|v| v.as_str())
            && let Err(e) = check_iban(value)
        {
            hits.push(Hit::at(&path).var("value", value).var("problem", e));
        }
        let path = format!("{party}.bank.bic");
        if let Some(value) = ctx.get(&path).and_then(|v| v.as_str())
            && check_bic(value).is_none()
        {
            hits.push(Hit::at(&path).var("value", value).var(
                "problem",
                "a BIC has 8 or 11 characters: bank code, country, location, branch",
            ));
        }
    }
    hits
}

/// The structured communication given in the case is valid (mod 97).
pub fn payment_reference(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    match ctx.case.payment_reference.as_deref() {
        Some(text) => match StructuredRef::parse(text) {
            Ok(_) => Vec::new(),
            Err(e) => vec![
                Hit::at("payment_reference")
                    .var("value", text)
                    .var("problem", e),
            ],
        },
        None => Vec::new(),
    }
}

// ---- consumer debts: the free first reminder ---------------------------------------------

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

// ---- consumer debts: what may be charged --------------------------------------------------

/// Anything charged to a consumer besides interest and the contract's capped damages clause
/// (XIX.4; a collector's fees, §2.5). Before the period ends, `free_period_charges` reports
/// the fees instead; an indemnity fee without any clause is `indemnity_without_clause`'s.
/// For a regular-supply contract without collector, a fee of kind `other` may be an XIX.3
/// reminder fee (from the 4th unpaid due date of the year): a warning, not an error.
pub fn consumer_fees(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(first) = consumer_reminder(ctx) else {
        return Vec::new();
    };
    if !first.charges_allowed_on(ctx.computation.as_of) {
        return Vec::new();
    }
    let case = ctx.case;
    let clause = has_clause(ctx);
    let regular = case.contract.as_ref().is_some_and(|c| c.regular_supply);
    let max_fee = belgium_damages().regular_supply_reminders.max_fee;
    let mut hits = Vec::new();
    for (i, f) in case.fees.iter().enumerate() {
        if (f.kind == FeeKind::FlatIndemnity && !clause) || (regular && f.kind == FeeKind::Reminder)
        {
            continue;
        }
        let mut hit = Hit::at(format!("fees[{i}].amount"))
            .var("label", &f.label)
            .var("amount", format_eur_fr(f.amount.value()));
        if regular && case.representative.is_none() && f.kind == FeeKind::Other {
            hit = hit.severity(Severity::Warning).var(
                "why",
                format!(
                    "allowed only as a reminder fee of a regular-supply contract from the 4th \
                     unpaid due date of the calendar year, at most {} plus postage (XIX.3); \
                     if it is one, give it `kind: reminder` and the `invoice` it concerns so \
                     that creance can check it",
                    format_eur_fr(max_fee)
                ),
            );
        } else if f.kind == FeeKind::FlatIndemnity {
            hit = hit.var(
                "why",
                "the contract's damages clause is computed and capped by creance already",
            );
        } else {
            hit = hit.var(
                "why",
                "only interest and the contract's damages clause may be claimed",
            );
        }
        hits.push(hit);
    }
    hits
}

/// A reminder fee charged to a consumer under a regular-supply contract (art. XIX.3): the
/// reminders for the first three unpaid due dates of a calendar year are free; from the 4th,
/// one may cost at most 7,50 € plus postage. The due date's rank is counted among the case's
/// invoices due in the same calendar year — an earlier due date missing from the case makes
/// the rank lower, so the check errs on the consumer's side (the explain text says how to
/// record it).
pub fn reminder_fee(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    if regime(ctx) != Some(Regime::Consumer)
        || !case.contract.as_ref().is_some_and(|c| c.regular_supply)
    {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for (i, f) in case.fees.iter().enumerate() {
        if f.kind != FeeKind::Reminder {
            continue;
        }
        let fee = format!("`{}` ({})", f.label, format_eur_fr(f.amount.value()));
        let Some(number) = f.invoice.as_deref() else {
            hits.push(Hit::at(format!("fees[{i}].invoice")).var("fee", fee).var(
                "why",
                "it does not say which invoice's due date it concerns",
            ));
            continue;
        };
        let Some(invoice) = case.invoices.iter().find(|inv| inv.number == number) else {
            hits.push(
                Hit::at(format!("fees[{i}].invoice"))
                    .var("fee", fee)
                    .var("why", format!("no invoice `{number}` in the case")),
            );
            continue;
        };
        let year = invoice.due_date.year();
        let mut due_dates: Vec<NaiveDate> = case
            .invoices
            .iter()
            .map(|inv| inv.due_date)
            .filter(|d| d.year() == year && *d <= invoice.due_date)
            .collect();
        due_dates.sort_unstable();
        due_dates.dedup();
        let rank = due_dates.len() as u32;
        let postage = f.postage.as_ref().map_or(Decimal::ZERO, |p| p.value());
        let cap = regular_supply_reminder_fee_cap(rank, postage);
        if f.amount.value() > cap {
            let why = if cap.is_zero() {
                format!(
                    "the due date of invoice {number} ({}) is the {} unpaid due date of {year} \
                     in the case, and the reminders for the first three of a calendar year are free",
                    fr_date(invoice.due_date),
                    ordinal_en(rank)
                )
            } else {
                format!(
                    "a reminder from the 4th unpaid due date of a year may cost at most {} \
                     ({} plus postage of {})",
                    format_eur_fr(cap),
                    format_eur_fr(belgium_damages().regular_supply_reminders.max_fee),
                    format_eur_fr(postage)
                )
            };
            hits.push(
                Hit::at(format!("fees[{i}].amount"))
                    .var("fee", fee)
                    .var("why", why),
            );
        } else if case.representative.is_some() {
            hits.push(
                Hit::at(format!("fees[{i}].amount"))
                    .severity(Severity::Warning)
                    .var("fee", fee)
                    .var(
                        "why",
                        "within the XIX.3 limit, but in a collector's letter it may only be the \
                         creditor's own earlier reminder: the collector's reminders are paid by \
                         the creditor",
                    ),
            );
        }
    }
    hits
}

/// "1st", "2nd", "3rd", "4th"… for the messages.
fn ordinal_en(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The contract's damages clause exceeds the XIX.4 cap on the balance (claimed reduced).
pub fn indemnity_cap(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(b) = be(ctx).filter(|b| b.regime == Regime::Consumer) else {
        return Vec::new();
    };
    match &b.indemnity {
        Some(i) if i.reduced_to_cap => {
            let cap = i.cap.as_ref().map(|c| c.cap).unwrap_or_default();
            let balance = i.cap.as_ref().map(|c| c.balance).unwrap_or_default();
            vec![
                Hit::at("contract.indemnity_clause")
                    .var("clause", format_eur_fr(i.clause_amount.unwrap_or_default()))
                    .var("cap", format_eur_fr(cap))
                    .var("balance", format_eur_fr(balance)),
            ]
        }
        _ => Vec::new(),
    }
}

/// An indemnity asked from a consumer whose contract has no damages clause.
pub fn indemnity_without_clause(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if regime(ctx) != Some(Regime::Consumer) || has_clause(ctx) {
        return Vec::new();
    }
    let mut hits = Vec::new();
    if ctx.case.flat_indemnity == Some(true) {
        hits.push(Hit::at("flat_indemnity").var("what", "`flat_indemnity: true`"));
    }
    for (i, f) in ctx.case.fees.iter().enumerate() {
        if f.kind == FeeKind::FlatIndemnity {
            hits.push(Hit::at(format!("fees[{i}].amount")).var(
                "what",
                format!("`{}` ({})", f.label, format_eur_fr(f.amount.value())),
            ));
        }
    }
    hits
}

/// A consumer's agreed rate above the commercial rate (the XIX.4 ceiling) on a day interest
/// may run: the first day of charges and the computation date.
pub fn consumer_rate(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(first) = consumer_reminder(ctx) else {
        return Vec::new();
    };
    let Some(terms) = ctx.case.interest.as_ref() else {
        return Vec::new();
    };
    let (InterestKind::Contractual, Some(rate)) = (terms.kind, terms.rate.map(|r| r.value()))
    else {
        return Vec::new();
    };
    let tables = belgium();
    for on in [first.period.charges_from, ctx.computation.as_of] {
        if let Some(ceiling) = tables.commercial_rate(on)
            && rate > ceiling.rate
        {
            let legal = tables
                .legal_rate(on)
                .map_or("?".to_string(), |r| format_percent_fr(r.rate));
            return vec![
                Hit::at("interest.rate")
                    .var("rate", format_percent_fr(rate))
                    .var("ceiling", format_percent_fr(ceiling.rate))
                    .var("date", fr_date(on))
                    .var("legal", legal),
            ];
        }
    }
    Vec::new()
}

/// The commercial rate (`statutory`) asked outside a commercial transaction.
pub fn commercial_rate_parties(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let explicit = ctx
        .case
        .interest
        .as_ref()
        .is_some_and(|i| i.kind == InterestKind::Statutory);
    match regime(ctx) {
        Some(Regime::Consumer | Regime::Civil) if explicit => {
            vec![Hit::at("interest.kind").var("kind", "statutory")]
        }
        _ => Vec::new(),
    }
}

/// Interest computed with a rate row the tables mark `K` (expected, not confirmed as published:
/// 2026 H1 of the commercial rate), one hit per row.
pub fn unconfirmed_rates(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if regime(ctx).is_none() {
        return Vec::new();
    }
    let tables = belgium();
    let mut seen = Vec::new();
    let mut hits = Vec::new();
    for l in &ctx.computation.interest {
        let (table, row) = if l.rate_label.starts_with("Taux loi 2.8.2002") {
            (tables.commercial(), tables.commercial_rate(l.from))
        } else if l.rate_label.starts_with("Taux légal belge") {
            (tables.legal(), tables.legal_rate(l.from))
        } else {
            continue;
        };
        let Some(row) = row.filter(|r| r.confidence == "K") else {
            continue;
        };
        let label = table.label(row);
        if seen.contains(&label) {
            continue;
        }
        seen.push(label.clone());
        hits.push(
            Hit::at("interest")
                .var("period", label)
                .var("rate", format_percent_fr(row.rate)),
        );
    }
    hits
}

/// Book XIX's transitional regime (belgium.md open question 2): a consumer debt under a
/// contract made before `params.contract_since` or due before `params.due_since`.
pub fn transitional(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if regime(ctx) != Some(Regime::Consumer) {
        return Vec::new();
    }
    let contract_since = param_date(rule, "contract_since").unwrap_or(NaiveDate::MIN);
    let due_since = param_date(rule, "due_since").unwrap_or(NaiveDate::MIN);
    let mut hits = Vec::new();
    if let Some(d) = ctx.case.contract.as_ref().and_then(|c| c.date)
        && d < contract_since
    {
        hits.push(
            Hit::at("contract.date").var("what", format!("the contract dates from {}", fr_date(d))),
        );
    }
    for (i, inv) in ctx.case.invoices.iter().enumerate() {
        if inv.due_date < due_since {
            hits.push(Hit::at(format!("invoices[{i}].due_date")).var(
                "what",
                format!(
                    "invoice {} fell due on {}",
                    inv.number,
                    fr_date(inv.due_date)
                ),
            ));
        }
    }
    hits
}

// ---- B2B (loi du 2 août 2002) -------------------------------------------------------------

/// An agreed payment term above `params.max_days` (60) between enterprises, for invoices issued
/// from `params.since` (1 February 2022): the clause is deemed unwritten.
pub fn payment_term(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if regime(ctx) != Some(Regime::Commercial) {
        return Vec::new();
    }
    let max = rule.param_u64("max_days").unwrap_or(60);
    let since = param_date(rule, "since").unwrap_or(NaiveDate::MIN);
    let mut hits = Vec::new();
    if let Some(t) = ctx
        .case
        .contract
        .as_ref()
        .and_then(|c| c.payment_terms.as_ref())
        && u64::from(t.days) > max
    {
        hits.push(
            Hit::at("contract.payment_terms.days")
                .var("what", format!("the contract's term of {} days", t.days))
                .var("max", max),
        );
    }
    for (i, inv) in ctx.case.invoices.iter().enumerate() {
        let days = (inv.due_date - inv.issue_date).num_days();
        if inv.issue_date >= since && days > max as i64 {
            hits.push(
                Hit::at(format!("invoices[{i}].due_date"))
                    .var(
                        "what",
                        format!(
                            "invoice {} gives {days} days (due {})",
                            inv.number,
                            fr_date(inv.due_date)
                        ),
                    )
                    .var("max", max),
            );
        }
    }
    hits
}

/// B2B without an agreed payment term (loi du 2 août 2002, art. 4): an invoice whose printed
/// due date comes before the statutory 30 days from receipt. With the receipt date, creance
/// moves the start of interest and says so; without it, it warns that the printed due date
/// (under 30 days after the invoice date) may not bind the debtor.
pub fn default_term(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    if regime(ctx) != Some(Regime::Commercial)
        || case
            .contract
            .as_ref()
            .is_some_and(|c| c.payment_terms.is_some())
    {
        return Vec::new();
    }
    let days = belgium_damages().b2b_default_term_days;
    let mut hits = Vec::new();
    for (i, inv) in case.invoices.iter().enumerate() {
        match inv.received {
            Some(received) => {
                let start = be_commercial_start(case, inv, received);
                if start > inv.due_date + chrono::Days::new(1) {
                    hits.push(Hit::at(format!("invoices[{i}].due_date")).var(
                        "what",
                        format!(
                            "invoice {} prints {} as its due date, but without an agreed term \
                             it is due {days} days after its receipt on {}: interest and the \
                             40 € count from {}",
                            inv.number,
                            fr_date(inv.due_date),
                            fr_date(received),
                            fr_date(start)
                        ),
                    ));
                }
            }
            None if (inv.due_date - inv.issue_date).num_days() < i64::from(days) => {
                hits.push(Hit::at(format!("invoices[{i}].due_date")).var(
                    "what",
                    format!(
                        "invoice {} gives {} days to pay (due {}) and no payment term is \
                         recorded as agreed: without one, the debtor has {days} days from \
                         receipt, so interest may start later than creance computes",
                        inv.number,
                        (inv.due_date - inv.issue_date).num_days(),
                        fr_date(inv.due_date)
                    ),
                ));
            }
            None => {}
        }
    }
    hits
}

/// B2B: the damages clause and the 40 € are not cumulated; says which one is claimed.
pub fn b2b_clause(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(b) = be(ctx).filter(|b| b.regime == Regime::Commercial) else {
        return Vec::new();
    };
    let Some(i) = &b.indemnity else {
        return Vec::new();
    };
    let Some(clause) = i.clause_amount else {
        return Vec::new();
    };
    let flat = i.flat_total.unwrap_or_default();
    let claimed = if clause > flat {
        format!("the clause ({})", format_eur_fr(clause))
    } else {
        format!("the 40 € per late invoice ({})", format_eur_fr(flat))
    };
    vec![
        Hit::at("contract.indemnity_clause")
            .var("clause", format_eur_fr(clause))
            .var("flat", format_eur_fr(flat))
            .var("claimed", claimed),
    ]
}

/// B2B: flat-indemnity fees written in the case above 40 € per late invoice.
pub fn b2b_flat_fees(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if regime(ctx) != Some(Regime::Commercial) {
        return Vec::new();
    }
    let flat: Vec<(usize, Decimal)> = ctx
        .case
        .fees
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FeeKind::FlatIndemnity)
        .map(|(i, f)| (i, f.amount.value()))
        .collect();
    let Some(&(first, _)) = flat.first() else {
        return Vec::new();
    };
    let late = ctx
        .computation
        .invoices
        .iter()
        .filter(|i| i.due_date < ctx.computation.as_of)
        .count();
    let max = belgium_damages().b2b_flat_indemnity.value * Decimal::from(late as u64);
    let claimed: Decimal = flat.iter().map(|(_, a)| *a).sum();
    if claimed > max {
        return vec![
            Hit::at(format!("fees[{first}].amount"))
                .var("amount", format_eur_fr(claimed))
                .var("max", format_eur_fr(max))
                .var("late", late),
        ];
    }
    Vec::new()
}

// ---- prescription -------------------------------------------------------------------------

fn prescription_years(rule: &RuleSpec, ctx: &Context) -> (u32, u32) {
    let consumer =
        regime(ctx) == Some(Regime::Consumer) && ctx.case.creditor.kind == PartyKind::Professional;
    let (years, warn) = if consumer {
        (
            rule.param_u64("consumer_years").unwrap_or(1),
            rule.param_u64("consumer_warn_months").unwrap_or(3),
        )
    } else {
        (
            rule.param_u64("default_years").unwrap_or(10),
            rule.param_u64("default_warn_months").unwrap_or(6),
        )
    };
    (
        u32::try_from(years).unwrap_or(10),
        u32::try_from(warn).unwrap_or(6),
    )
}

fn owed(ctx: &Context, i: usize) -> bool {
    ctx.computation
        .invoices
        .get(i)
        .is_some_and(|b| b.outstanding > Decimal::ZERO)
}

fn warn_from(ends: NaiveDate, months: u32) -> NaiveDate {
    ends.checked_sub_months(Months::new(months)).unwrap_or(ends)
}

/// Prescription: a warning as the end approaches, an error once it is past.
pub fn prescription(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let (years, warn_months) = prescription_years(rule, ctx);
    let today = ctx.case.date;
    let mut hits = Vec::new();
    for (i, p) in be_prescriptions(ctx.case, &ctx.computation.payments, years)
        .into_iter()
        .enumerate()
    {
        if !owed(ctx, i) {
            continue;
        }
        hits.extend(super::prescription::prescription_hit(
            i,
            &p.prescription,
            today,
            warn_months,
        ));
    }
    hits
}

/// The claim is alive (or far from its end) only thanks to the art. 2244 §2 interruption by a
/// registered formal notice assumed to be the lawyer's or bailiff's.
pub fn prescription_notice(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let (years, warn_months) = prescription_years(rule, ctx);
    let today = ctx.case.date;
    let mut hits = Vec::new();
    for (i, p) in be_prescriptions(ctx.case, &ctx.computation.payments, years)
        .into_iter()
        .enumerate()
    {
        let Some(notice) = p.notice_interruption else {
            continue;
        };
        if !owed(ctx, i)
            || p.prescription.ends == p.ends_without_notice
            || today < warn_from(p.ends_without_notice, warn_months)
        {
            continue;
        }
        let index = ctx
            .case
            .history
            .iter()
            .position(|h| h.date == notice && h.kind == HistoryKind::FormalNotice)
            .unwrap_or(0);
        let sender = match ctx.case.history.get(index).and_then(|h| h.sender) {
            Some(_) => "the lawyer or bailiff who sent it",
            None => "who sent it (assumed: the case's lawyer or bailiff; record `sender`)",
        };
        hits.push(
            Hit::at(format!("history[{index}]"))
                .var("invoice", &p.prescription.invoice)
                .var("sender", sender)
                .var("notice", fr_date(notice))
                .var("ends", fr_date(p.prescription.ends))
                .var("without", fr_date(p.ends_without_notice)),
        );
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
