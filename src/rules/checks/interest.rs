//! Whether the interest claimed fits the parties (B2B penalties vs legal interest), its floor,
//! its start date, and whether every period has a known rate.

use chrono::{Datelike, NaiveDate};

use super::{Hit, fr_date};
use crate::case::model::{InterestKind, InterestStart};
use crate::compute::claim::{FR_CONSTANTS, is_b2b};
use crate::compute::money::format_percent_fr;
use crate::compute::rates::{self, LegalRateCategory};
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

/// The L441-10 statutory penalty (ECB + 10 points) is a B2B mechanism: claimed against a
/// consumer or by a non-professional creditor it is a hit.
pub fn interest_basis(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if ctx.computation.interest_kind == InterestKind::Statutory && !is_b2b(ctx.case) {
        return vec![Hit::at("interest.kind").var("kind", "statutory")];
    }
    Vec::new()
}

/// B2B contractual penalty rate below 3 × the legal rate ("autres cas") of a semester of the
/// delay (L441-10 II: the contract "ne peut toutefois fixer un taux inférieur à trois fois le
/// taux d'intérêt légal").
pub fn contractual_rate_floor(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    if !is_b2b(case) || ctx.computation.interest_kind != InterestKind::Contractual {
        return Vec::new();
    }
    let Some(rate) = case
        .interest
        .as_ref()
        .and_then(|i| i.rate)
        .map(|r| r.value())
    else {
        return vec![
            Hit::at("interest.rate")
                .var("rate", "none")
                .var("floor", "?")
                .var("semester", "?"),
        ];
    };
    let table = rates::france();
    let mut semesters: Vec<NaiveDate> = ctx.computation.interest.iter().map(|l| l.from).collect();
    if semesters.is_empty() {
        semesters.push(ctx.computation.as_of);
    }
    let multiplier = FR_CONSTANTS.floor_multiplier();
    let mut seen = Vec::new();
    for day in semesters {
        let key = (day.year(), day.month() > 6);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        if let Some(row) = table.legal_rate(LegalRateCategory::Other, day) {
            let floor = row.rate * multiplier;
            if rate < floor {
                return vec![
                    Hit::at("interest.rate")
                        .var("rate", format_percent_fr(rate))
                        .var("floor", format_percent_fr(floor))
                        .var(
                            "semester",
                            format!("{} S{}", key.0, if key.1 { 2 } else { 1 }),
                        ),
                ];
            }
        }
    }
    Vec::new()
}

/// Against a non-professional, interest runs from the formal notice (art. 1231-6, 1344-1
/// C. civ.) unless the contract makes the debtor in default by the mere due date.
pub fn interest_start(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let case = ctx.case;
    if is_b2b(case) {
        return Vec::new();
    }
    let asked = case.interest.as_ref().and_then(|i| i.from);
    let contract_allows = case
        .contract
        .as_ref()
        .is_some_and(|c| c.default_by_due_date);
    if asked == Some(InterestStart::DueDate)
        && !contract_allows
        && matches!(
            ctx.computation.interest_kind,
            InterestKind::Legal | InterestKind::Contractual
        )
    {
        return vec![Hit::at("interest.from").var("from", "due_date")];
    }
    Vec::new()
}

/// A period computed with a rate row marked `K` (not confirmed by a source that was read: a
/// gap-filling row of the embedded tables, or a row a `--rates` folder added before its
/// publication was seen). One hit per rate.
pub fn unconfirmed_rates(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let table = rates::france();
    let mut seen: Vec<&str> = Vec::new();
    let mut hits = Vec::new();
    for l in &ctx.computation.interest {
        // Borrowed lookups only: this runs on every interest line of every case `check` sees.
        let (confidence, source): (&str, &str) = if l.rate_label.starts_with("BCE") {
            // The statutory rate's ECB row: the one in force on the semester's first day.
            let (semester_start, _) = rates::semester_of(l.from);
            let ecb = table.ecb_mro_table();
            let idx = ecb.partition_point(|r| r.effective <= semester_start);
            match idx.checked_sub(1).and_then(|i| ecb.get(i)) {
                Some(r) => (&r.confidence, &r.source),
                None => continue,
            }
        } else if l.rate_label.starts_with("Taux légal") {
            match table.legal_entry(l.from) {
                Some(e) => (&e.confidence, &e.source),
                None => continue,
            }
        } else {
            continue;
        };
        if confidence != "K" || seen.contains(&l.rate_label.as_str()) {
            continue;
        }
        seen.push(&l.rate_label);
        hits.push(
            Hit::at("interest")
                .var("period", &l.rate_label)
                .var("rate", format_percent_fr(l.rate))
                .var("source", source),
        );
    }
    hits
}

/// Every interest period needs a rate from the tables; a date beyond them is a hit.
pub fn rates_known(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let table_end = rates::france()
        .legal_rate_table()
        .iter()
        .map(|e| e.to)
        .max()
        .unwrap_or_default();
    ctx.computation
        .missing_rates
        .iter()
        .map(|m| {
            Hit::at("interest")
                .var("detail", m)
                .var("table_end", fr_date(table_end))
        })
        .collect()
}
