//! Debts between enterprises (loi du 2 août 2002): payment terms, the default term, the
//! damages clause and the flat fees.

use super::*;

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
    let late = crate::rules::checks::fees::late_invoices(ctx);
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
