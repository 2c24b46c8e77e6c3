//! Totals that add up: payments that exceed the invoices, or a case where nothing is owed.

use rust_decimal::Decimal;

use super::Hit;
use crate::compute::money::format_eur_fr;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

pub fn totals(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let c = ctx.computation;
    let mut hits = Vec::new();
    if c.unapplied > Decimal::ZERO {
        hits.push(Hit::at("payments").var(
            "problem",
            format!(
                "payments exceed the invoices by {}",
                format_eur_fr(c.unapplied)
            ),
        ));
    }
    if c.totals.principal <= Decimal::ZERO && !ctx.case.invoices.is_empty() {
        hits.push(
            Hit::at("invoices").var("problem", "every invoice is paid: no principal is owed"),
        );
    }
    // The letter's arithmetic: principal + interest + fees = total, each a sum of its lines.
    let lines: Decimal = c.interest.iter().map(|l| l.amount).sum::<Decimal>()
        + c.fees.iter().map(|f| f.amount).sum::<Decimal>()
        + c.invoices.iter().map(|i| i.outstanding).sum::<Decimal>();
    if lines != c.totals.total {
        hits.push(Hit::at("invoices").var(
            "problem",
            format!(
                "the lines sum to {} but the total is {}",
                format_eur_fr(lines),
                format_eur_fr(c.totals.total)
            ),
        ));
    }
    hits
}
