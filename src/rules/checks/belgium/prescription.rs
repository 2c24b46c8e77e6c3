//! Prescription of Belgian claims (art. 2262bis and 2277 C. civ.) and the notice that
//! interrupts it.

use super::*;

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
        hits.extend(crate::rules::checks::prescription::prescription_hit(
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
