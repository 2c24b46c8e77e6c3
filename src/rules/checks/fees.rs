//! Who may be charged what: the flat indemnity and collection costs.

use rust_decimal::Decimal;

use super::Hit;
use crate::case::model::{FeeKind, PartyKind};
use crate::compute::claim::is_b2b;
use crate::compute::money::format_eur_fr;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

/// How many invoices were due before the case's date: the count a flat indemnity per late
/// invoice is capped by (France, D441-5 C. com.; Belgium, loi du 2 août 2002, art. 6).
pub(super) fn late_invoices(ctx: &Context) -> usize {
    ctx.computation
        .invoices
        .iter()
        .filter(|i| i.due_date < ctx.computation.as_of)
        .count()
}

/// The flat indemnity (D441-5: 40 € per late invoice) is owed only by a professional to a
/// professional; any claimed where the parties are not both professionals is a hit. More than
/// one per invoice, or another amount, is a hit too.
pub fn flat_indemnity_parties(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    let mut hits = Vec::new();
    let flat: Vec<(usize, &crate::case::model::Fee)> = case
        .fees
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FeeKind::FlatIndemnity)
        .collect();
    if !is_b2b(case) {
        for (i, f) in &flat {
            hits.push(
                Hit::at(format!("fees[{i}].amount"))
                    .var("amount", format_eur_fr(f.amount.value()))
                    .var("debtor", kind_fr(case.debtor.kind)),
            );
        }
        return hits;
    }
    let legal = crate::compute::claim::FR_CONSTANTS.flat_indemnity_amount();
    let late = late_invoices(ctx);
    let claimed: Decimal = flat.iter().map(|(_, f)| f.amount.value()).sum();
    let max = legal * Decimal::from(late as u64);
    if !flat.is_empty() && claimed > max {
        let (i, _) = flat[0];
        hits.push(
            Hit::at(format!("fees[{i}].amount"))
                .var("amount", format_eur_fr(claimed))
                .var(
                    "debtor",
                    format!(
                        "professional (maximum {} for {late} late invoice(s))",
                        format_eur_fr(max)
                    ),
                ),
        );
    }
    hits
}

fn kind_fr(k: PartyKind) -> &'static str {
    match k {
        PartyKind::Consumer => "consumer",
        PartyKind::Professional => "professional",
        PartyKind::PublicBody => "public body",
    }
}

/// Collection or file fees charged to the debtor without an enforceable title stay with the
/// creditor (L111-8 CPCE). `params.kinds` lists the fee kinds concerned.
pub fn collection_fees(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let kinds = rule.param_list("kinds");
    ctx.case
        .fees
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            let k = match f.kind {
                FeeKind::FlatIndemnity => "flat_indemnity",
                FeeKind::Collection => "collection",
                FeeKind::Reminder => "reminder",
                FeeKind::Other => "other",
            };
            kinds.iter().any(|x| x == k)
        })
        .map(|(i, f)| {
            Hit::at(format!("fees[{i}].amount"))
                .var("label", &f.label)
                .var("amount", format_eur_fr(f.amount.value()))
        })
        .collect()
}
