//! Payment plans and court requests: the plan's length, instalment size, acceleration notice
//! and computability; a court request's prior demand, prescription, open route, supporting
//! writing, and a signed plan still running. Thresholds are the rules' parameters.

use chrono::Months;
use rust_decimal::Decimal;
use serde_json::Value;

use super::{Hit, fr_date};
use crate::case::model::{BelgianRoute, Channel, HistoryKind, Jurisdiction, Language};
use crate::compute::money::{format_eur_fr, format_percent_fr};
use crate::compute::plan::{self, PlanError, months_between};
use crate::compute::procedure::{self, court};
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

/// An amount in the case's currency, French style (`1 234,56 €`, `1 234,56 $`).
fn money(ctx: &Context, d: Decimal) -> String {
    let s = format_eur_fr(d);
    if ctx.computation.currency == "CAD" {
        s.replace('€', "$")
    } else {
        s
    }
}

fn param_decimal(rule: &RuleSpec, name: &str) -> Option<Decimal> {
    match rule.params.get(name)? {
        Value::Number(n) => n.to_string().parse().ok(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// The schedule, when the case has a computable plan (other failures are `plan_schedule`'s).
fn schedule(ctx: &Context) -> Option<plan::Schedule> {
    plan::schedule(ctx.case, ctx.computation).ok()
}

/// `params.max_months`: the last instalment falls more than that many months after the
/// agreement.
pub fn plan_duration(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let (Some(s), Some(max)) = (schedule(ctx), rule.param_u64("max_months")) else {
        return Vec::new();
    };
    let limit = s
        .start
        .checked_add_months(Months::new(max as u32))
        .unwrap_or(s.start);
    if s.last_due_date <= limit {
        return Vec::new();
    }
    let field = plan_size_field(ctx);
    vec![
        Hit::at(field)
            .var("months", months_between(s.start, s.last_due_date))
            .var("max", max)
            .var("last", fr_date(s.last_due_date))
            .var("limit", fr_date(limit)),
    ]
}

/// The plan field that set the schedule's size: `plan.instalments` or `plan.instalment_amount`.
fn plan_size_field(ctx: &Context) -> &'static str {
    if ctx
        .case
        .plan
        .as_ref()
        .is_some_and(|p| p.instalments.is_some())
    {
        "plan.instalments"
    } else {
        "plan.instalment_amount"
    }
}

/// `params.min_amount`: a regular instalment (capital) below it.
pub fn plan_min_instalment(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let (Some(s), Some(min)) = (schedule(ctx), param_decimal(rule, "min_amount")) else {
        return Vec::new();
    };
    if s.regular_amount >= min {
        return Vec::new();
    }
    let field = plan_size_field(ctx);
    vec![
        Hit::at(field)
            .var("amount", money(ctx, s.regular_amount))
            .var("min", money(ctx, min)),
    ]
}

/// `params.min_days`: the acceleration clause gives the debtor fewer days to cure a missed
/// instalment (0: no notice at all).
pub fn plan_acceleration_notice(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let (Some(terms), Some(min)) = (ctx.case.plan.as_ref(), rule.param_u64("min_days")) else {
        return Vec::new();
    };
    let (days, _) = plan::acceleration_notice_days(ctx.case, terms);
    if u64::from(days) >= min {
        return Vec::new();
    }
    vec![
        Hit::at("plan.acceleration_notice_days")
            .var("days", days)
            .var("min", min),
    ]
}

/// The plan's terms cannot be turned into a schedule (the down payment pays everything, the
/// instalments would be below a cent).
pub fn plan_schedule(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if ctx.case.plan.is_none() {
        return Vec::new();
    }
    match plan::schedule(ctx.case, ctx.computation) {
        Ok(_) | Err(PlanError::NothingOwed) | Err(PlanError::InvalidTerms) => Vec::new(),
        Err(e) => {
            let field = match e {
                PlanError::DownPaymentCoversAll { .. } => "plan.down_payment",
                PlanError::InstalmentsTooSmall { .. } => "plan.instalments",
                _ => "plan.first_due_date",
            };
            vec![Hit::at(field).var("problem", e)]
        }
    }
}

/// Interest during the plan (the plan's `interest_rate` above zero).
pub fn plan_interest(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    match ctx
        .case
        .plan
        .as_ref()
        .and_then(|p| p.interest_rate)
        .map(|r| r.value())
    {
        Some(r) if r > Decimal::ZERO => {
            vec![Hit::at("plan.interest_rate").var("rate", format_percent_fr(r))]
        }
        _ => Vec::new(),
    }
}

fn be_uncontested(ctx: &Context) -> bool {
    ctx.case.jurisdiction == Jurisdiction::Be
        && ctx.case.injunction.as_ref().and_then(|i| i.route) == Some(BelgianRoute::Uncontested)
}

/// The prior demand of a court request: none sent (`{state}` "no formal notice was sent"), or
/// its period still running. `params.channels`, when given, lists the channels the demand must
/// use (Belgium, art. 1339: `registered`, `bailiff`). Belgium's uncontested-debt route is
/// exempt: its first act is the huissier's own sommation.
pub fn injunction_notice(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if be_uncontested(ctx) {
        return Vec::new();
    }
    let case = ctx.case;
    let notices: Vec<_> = case
        .history
        .iter()
        .enumerate()
        .filter(|(_, h)| h.kind == HistoryKind::FormalNotice)
        .collect();
    if notices.is_empty() {
        return vec![Hit::at("history").var("state", "no formal notice was sent")];
    }
    let channels = rule.param_list("channels");
    if !channels.is_empty() {
        let slug = |c: Option<Channel>| {
            c.and_then(|c| serde_json::to_value(c).ok())
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        };
        if !notices
            .iter()
            .any(|(_, h)| channels.contains(&slug(h.channel)))
        {
            let (i, _) = notices[notices.len() - 1];
            return vec![Hit::at(format!("history[{i}].channel")).var(
                "state",
                format!("no formal notice was sent by {}", channels.join(" or ")),
            )];
        }
    }
    match procedure::notice_expiry(case) {
        Some((i, expiry)) if case.date <= expiry => vec![Hit::at(format!("history[{i}]")).var(
            "state",
            format!(
                "the formal notice gives the debtor until {}",
                fr_date(expiry)
            ),
        )],
        _ => Vec::new(),
    }
}

/// An invoice claimed in a court request is prescribed (error), or prescribes within
/// `params.margin_months` of the document date (warning: the request must be filed, and in
/// France the order served, before the end). Years come from the jurisdiction's prescription
/// rule (`FR-PRESC-001`, `QC-PRESC-001`).
pub fn injunction_prescribed(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(list) = procedure::invoice_prescriptions(ctx.case, ctx.computation) else {
        return Vec::new();
    };
    let margin = rule.param_u64("margin_months").unwrap_or(0) as u32;
    let today = ctx.case.date;
    let mut hits = Vec::new();
    for (i, p) in list.iter().enumerate() {
        let owed = ctx
            .computation
            .invoices
            .get(i)
            .is_some_and(|b| b.outstanding > Decimal::ZERO);
        if !owed {
            continue;
        }
        hits.extend(super::prescription::prescription_hit(i, p, today, margin));
    }
    hits
}

/// A point of the procedure (`compute::procedure::court`) of one of `params.kinds` (kebab-case
/// kinds, e.g. `be-above-jp-ceiling`), looked up among `params.among`: `reasons`,
/// `unavailable` (default) or `notes`. Vars: `{reason}` (the point in the case's language),
/// `{court}`, `{alternative}`, `{amount}`, `{ceiling}`.
pub fn procedure_point(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let kinds = rule.param_list("kinds");
    let p = court::procedure(ctx.case, ctx.computation);
    let list = match rule.param_str("among").unwrap_or("unavailable") {
        "reasons" => &p.reasons,
        "notes" => &p.notes,
        _ => &p.unavailable_because,
    };
    let lang = ctx.case.language.unwrap_or(Language::Fr);
    let court_lang = if lang == Language::Nl {
        lang
    } else {
        Language::Fr
    };
    list.iter()
        .filter(|point| {
            serde_json::to_value(&point.kind)
                .ok()
                .and_then(|v| v.get("kind").and_then(Value::as_str).map(str::to_string))
                .is_some_and(|k| kinds.contains(&k))
        })
        .map(|point| {
            Hit::at("injunction")
                .var("reason", point.text(Language::En))
                .var("court", p.court.map(|c| c.name(court_lang)).unwrap_or("—"))
                .var(
                    "alternative",
                    p.alternative.map(|c| c.name(court_lang)).unwrap_or("—"),
                )
                .var("amount", money(ctx, p.amount_tested))
                .var(
                    "ceiling",
                    p.ceiling.map(|c| money(ctx, c)).unwrap_or_default(),
                )
        })
        .collect()
}

/// A payment plan signed (history `payment-plan`) with no formal notice after it: the balance
/// is not due before acceleration.
pub fn plan_running(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let h = &ctx.case.history;
    let Some((i, p)) = h
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == HistoryKind::PaymentPlan)
        .max_by_key(|(i, e)| (e.date, *i))
    else {
        return Vec::new();
    };
    if h.iter()
        .any(|e| e.kind == HistoryKind::FormalNotice && e.date > p.date)
    {
        return Vec::new();
    }
    vec![Hit::at(format!("history[{i}]")).var("date", fr_date(p.date))]
}

/// Belgium's summary injunction: no writing emanating from the debtor (a contract signed by
/// the debtor, or a written acknowledgment or signed plan in the history).
pub fn debtor_writing(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    if be_uncontested(ctx) {
        return Vec::new();
    }
    let case = ctx.case;
    let signed = case.contract.as_ref().is_some_and(|c| c.signed_by_debtor);
    let written = case.history.iter().any(|h| {
        matches!(
            h.kind,
            HistoryKind::Acknowledgment | HistoryKind::PaymentPlan
        )
    });
    if signed || written {
        Vec::new()
    } else {
        let field = if case.contract.is_some() {
            "contract"
        } else {
            "invoices"
        };
        vec![Hit::at(field)]
    }
}

/// Belgium: the language of the court request or sommation against the language its court's
/// seat requires (law of 15 June 1935, `compute::procedure::language`). `params.report`:
/// `mismatch` (a French- or Dutch-language seat and a case in the other language), `brussels`
/// (a Brussels seat: the claimant's choice, to confirm), `german` (a German-language seat:
/// creance has no German documents), `facilities` (a municipality with language facilities).
/// Vars: `{area}`, `{postcode}`, `{required}`, `{language}`, `{municipality}`, `{other}`.
pub fn be_court_language(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    use crate::compute::procedure::language::{Region, court_language};
    let Some(l) = court_language(ctx.case) else {
        return Vec::new();
    };
    let lang = ctx.case.language.unwrap_or(Language::Fr);
    let code = |l: Language| match l {
        Language::Fr => "fr",
        Language::Nl => "nl",
        Language::En => "en",
    };
    let hit = || {
        Hit::at("language")
            .var("area", &l.area_fr)
            .var("postcode", &l.postcode)
            .var("language", code(lang))
    };
    let fired = match rule.param_str("report").unwrap_or("mismatch") {
        "mismatch" => match l.required {
            Some(req) if req != lang => Some(hit().var("required", code(req))),
            _ => None,
        },
        "brussels" => (l.region == Region::Brussels).then(hit),
        "german" => (l.region == Region::De).then(|| hit().var("required", "de")),
        "facilities" => l
            .facility
            .as_ref()
            .map(|(name, other)| hit().var("municipality", name).var("other", other)),
        _ => None,
    };
    fired.into_iter().collect()
}

#[cfg(test)]
mod tests {
    //! Belgium's plan and injunction rules live in `jurisdictions/be/rules-plan.yaml` until they
    //! join the Belgian pack; their fragments are run here, on `be/tests/base-plan.yaml`, with
    //! the same contract as the packs' own tests.
    use serde_json::Value;

    use crate::case::load::load_str;
    use crate::compute::claim::compute;
    use crate::rules::checks::{KNOWN, run};
    use crate::rules::context::{Context, DocKind};
    use crate::rules::engine::applies;
    use crate::rules::pack_tests::merge;
    use crate::rules::spec::RulePack;

    const PACK: &str = include_str!("../../../jurisdictions/be/rules-plan.yaml");
    const BASE: &str = include_str!("../../../jurisdictions/be/tests/base-plan.yaml");

    fn fired(pack: &RulePack, fragment: &Value) -> Vec<String> {
        let mut case: Value = serde_saphyr::from_str(BASE).unwrap();
        merge(&mut case, fragment);
        let loaded = load_str(&serde_json::to_string(&case).unwrap(), "fragment")
            .unwrap_or_else(|e| panic!("fragment {fragment} does not load: {e:?}"));
        let c = &loaded.case;
        let computation = compute(c);
        let docs = DocKind::for_case(c);
        let ctx = Context::new(c, &computation, &docs);
        pack.rules
            .iter()
            .filter(|r| applies(r, &ctx) && !run(r, &ctx).is_empty())
            .map(|r| r.id.clone())
            .collect()
    }

    #[test]
    fn the_belgian_samples_pass_these_rules() {
        let pack: RulePack = serde_saphyr::from_str(PACK).unwrap();
        for (name, text) in [
            (
                "b2b-payment-plan",
                include_str!("../../../samples/be/b2b-payment-plan.yaml"),
            ),
            (
                "b2b-uncontested",
                include_str!("../../../samples/be/b2b-uncontested.yaml"),
            ),
        ] {
            let c = load_str(text, name).unwrap().case;
            let computation = compute(&c);
            let docs = DocKind::for_case(&c);
            let ctx = Context::new(&c, &computation, &docs);
            let hits: Vec<_> = pack
                .rules
                .iter()
                .filter(|r| applies(r, &ctx) && !run(r, &ctx).is_empty())
                .map(|r| r.id.clone())
                .collect();
            assert!(hits.is_empty(), "{name}: {hits:?}");
            assert!(docs.len() == 3, "{name} asks for its document");
        }
    }

    #[test]
    fn belgian_plan_and_injunction_rules_fire_on_invalid_fragments_only() {
        let pack: RulePack = serde_saphyr::from_str(PACK).expect("rules-plan.yaml parses");
        assert_eq!(pack.pack, "be");
        assert!(
            fired(&pack, &Value::Object(Default::default())).is_empty(),
            "the base case is clean"
        );
        let mut ids = std::collections::HashSet::new();
        for rule in &pack.rules {
            assert!(ids.insert(rule.id.clone()), "duplicate {}", rule.id);
            assert!(rule.id.starts_with("BE-"), "{}", rule.id);
            assert!(KNOWN.contains(&rule.check.as_str()), "{}", rule.id);
            assert!(!rule.refs.is_empty() && rule.explain.trim().len() > 80);
            assert!(!rule.tests.invalid.is_empty(), "{}", rule.id);
            for f in &rule.tests.invalid {
                assert!(
                    fired(&pack, f).contains(&rule.id),
                    "{} did not fire on {f}",
                    rule.id
                );
            }
            for f in &rule.tests.valid {
                assert!(
                    !fired(&pack, f).contains(&rule.id),
                    "{} fired on valid {f}",
                    rule.id
                );
            }
        }
    }
}
