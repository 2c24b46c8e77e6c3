//! What may be charged to a consumer (art. XIX.3–XIX.4 CDE): fees, the regular-supply reminder
//! fee, the damages clause and its cap, the interest rate and its transitional rules.

use super::*;

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
