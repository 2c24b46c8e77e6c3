//! Structural validation of a parsed case: what no jurisdiction could accept (negative or
//! absurd amounts, impossible dates, dangling references). Law-specific checks live in the
//! rule packs (`jurisdictions/`), not here.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::model::{Case, Jurisdiction};
use crate::diag::Diagnostic;

/// Above this, an amount is a typo (an extra zero, a pasted account number), not a debt.
const ABSURD_AMOUNT: i64 = 1_000_000_000_000;

pub fn validate(case: &Case) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if case.schema != "creance/v1" {
        out.push(
            Diagnostic::error("CASE-SCHEMA", format!("unknown schema `{}`", case.schema))
                .with_field("schema")
                .with_help("this version of creance reads `schema: creance/v1`"),
        );
    }
    let reference = case.reference.trim();
    if reference.is_empty() {
        out.push(
            Diagnostic::error("CASE-VALUE", "the reference is empty")
                .with_field("reference")
                .with_help("give the file reference printed on the letters, e.g. `ACME-2026-0042`"),
        );
    } else if reference.contains(['/', '\\', '\0']) || reference.starts_with('.') {
        out.push(
            Diagnostic::error("CASE-VALUE", format!("the reference `{reference}` cannot be used in a file name"))
                .with_field("reference")
                .with_help("output files are named `<reference>-<document>.pdf`: avoid `/`, `\\` and a leading `.`"),
        );
    }
    if case.invoices.is_empty() {
        out.push(
            Diagnostic::error("CASE-MISSING", "the case has no invoice")
                .with_field("invoices")
                .with_help("list at least one unpaid invoice with its number, dates and amount"),
        );
    }
    let mut numbers = HashSet::new();
    for (i, inv) in case.invoices.iter().enumerate() {
        amount_sane(
            &mut out,
            inv.amount.value(),
            format_args!("invoices[{i}].amount"),
            true,
        );
        if !numbers.insert(inv.number.trim()) {
            out.push(
                Diagnostic::error(
                    "CASE-VALUE",
                    format!("invoice `{}` is listed twice", inv.number),
                )
                .with_field(format!("invoices[{i}].number")),
            );
        }
        date_sane(
            &mut out,
            inv.issue_date,
            format_args!("invoices[{i}].issue_date"),
        );
        date_sane(
            &mut out,
            inv.due_date,
            format_args!("invoices[{i}].due_date"),
        );
    }
    for (i, p) in case.payments.iter().enumerate() {
        amount_sane(
            &mut out,
            p.amount.value(),
            format_args!("payments[{i}].amount"),
            true,
        );
        date_sane(&mut out, p.date, format_args!("payments[{i}].date"));
        if let Some(inv) = &p.invoice
            && !case.invoices.iter().any(|x| x.number.trim() == inv.trim())
        {
            out.push(
                Diagnostic::error("CASE-VALUE", format!("payment for unknown invoice `{inv}`"))
                    .with_field(format!("payments[{i}].invoice"))
                    .with_help("use the `number` of one of the invoices listed in `invoices`"),
            );
        }
    }
    for (i, f) in case.fees.iter().enumerate() {
        amount_sane(
            &mut out,
            f.amount.value(),
            format_args!("fees[{i}].amount"),
            true,
        );
    }
    if let Some(interest) = &case.interest
        && let Some(rate) = interest.rate
        && (rate.value() < Decimal::ZERO || rate.value() > Decimal::from(100))
    {
        out.push(
            Diagnostic::error(
                "CASE-VALUE",
                format!("an annual rate of {} % is not plausible", rate.value()),
            )
            .with_field("interest.rate")
            .with_help("write the rate in percent per year: `15` for 15 %"),
        );
    }
    date_sane(&mut out, case.date, "date");
    for (i, h) in case.history.iter().enumerate() {
        date_sane(&mut out, h.date, format_args!("history[{i}].date"));
        if let Some(r) = h.received {
            date_sane(&mut out, r, format_args!("history[{i}].received"));
        }
        if let Some(d) = h.deadline_days {
            days_sane(&mut out, d, format_args!("history[{i}].deadline_days"));
        }
    }
    if let Some(n) = &case.notice {
        days_sane(&mut out, n.deadline_days, "notice.deadline_days");
    }
    if let Some(d) = case.reminder.as_ref().and_then(|r| r.deadline_days) {
        days_sane(&mut out, d, "reminder.deadline_days");
    }
    if let Some(d) = case.contract.as_ref().and_then(|c| c.date) {
        date_sane(&mut out, d, "contract.date");
    }
    if let Some(clause) = case
        .contract
        .as_ref()
        .and_then(|c| c.indemnity_clause.as_ref())
    {
        indemnity_clause_sane(&mut out, clause);
    }
    if let Some(plan) = &case.plan {
        plan_sane(&mut out, plan, case.date);
    }
    if let Some(inj) = &case.injunction {
        injunction_sane(&mut out, inj);
    }
    insolvency_sane(&mut out, case);
    if let Some(terms) = &case.interest {
        if let Some(d) = terms.from_date {
            date_sane(&mut out, d, "interest.from_date");
        }
        if let Some(u) = terms.until {
            date_sane(&mut out, u, "interest.until");
            if u > case.date {
                out.push(
                    Diagnostic::error("CASE-VALUE", format!("interest is computed until {u}, after the document date {}", case.date))
                        .with_field("interest.until")
                        .with_help("a letter claims the interest accrued on its date; remove `until` or set it on or before `date`"),
                );
            }
        }
        if terms.kind == crate::case::model::InterestKind::Contractual && terms.rate.is_none() {
            out.push(
                Diagnostic::error("CASE-MISSING", "contractual interest without a rate")
                    .with_field("interest")
                    .with_help(
                        "add `rate:` (percent per year, e.g. `rate: 12`), or use `kind: legal`",
                    ),
            );
        }
    }
    out
}

/// Most instalments a plan may have: ten years of weekly payments. The rules warn long before.
const MAX_INSTALMENTS: u32 = 520;

/// A plan gives its instalments by number or by amount, starts on or after the document date,
/// and pays down a positive balance.
fn plan_sane(out: &mut Vec<Diagnostic>, plan: &crate::case::model::PlanTerms, date: NaiveDate) {
    match (plan.instalments, plan.instalment_amount) {
        (None, None) => out.push(
            Diagnostic::error("CASE-MISSING", "the plan gives neither a number of instalments nor their amount")
                .with_field("plan")
                .with_help("write `instalments: 6` (equal instalments) or `instalment_amount: 500`"),
        ),
        (Some(_), Some(_)) => out.push(
            Diagnostic::error("CASE-VALUE", "the plan gives both a number of instalments and their amount")
                .with_field("plan.instalment_amount")
                .with_help("keep one: `instalments` (equal instalments) or `instalment_amount` (their number follows)"),
        ),
        (Some(n), None) => {
            if !(1..=MAX_INSTALMENTS).contains(&n) {
                out.push(
                    Diagnostic::error("CASE-VALUE", format!("a plan of {n} instalments is not plausible"))
                        .with_field("plan.instalments")
                        .with_help(format!("give between 1 and {MAX_INSTALMENTS} instalments")),
                );
            }
        }
        (None, Some(a)) => amount_sane(out, a.value(), "plan.instalment_amount", true),
    }
    if let Some(dp) = plan.down_payment {
        amount_sane(out, dp.value(), "plan.down_payment", true);
    }
    if plan.down_payment.is_none() && plan.down_payment_date.is_some() {
        out.push(
            Diagnostic::error("CASE-VALUE", "a down-payment date without a down payment")
                .with_field("plan.down_payment_date")
                .with_help("add `down_payment:` or remove `down_payment_date`"),
        );
    }
    date_sane(out, plan.first_due_date, "plan.first_due_date");
    if plan.first_due_date < date {
        out.push(
            Diagnostic::error("CASE-VALUE", format!("the first instalment is due on {}, before the document date {date}", plan.first_due_date))
                .with_field("plan.first_due_date")
                .with_help("`plan` describes the plan drafted on `date`; a plan the debtor already signed is recorded in `history` as `kind: payment-plan`"),
        );
    }
    if let Some(d) = plan.down_payment_date {
        date_sane(out, d, "plan.down_payment_date");
        if d < date || d > plan.first_due_date {
            out.push(
                Diagnostic::error("CASE-VALUE", format!("the down payment is due on {d}, outside the plan ({date} to the first instalment on {})", plan.first_due_date))
                    .with_field("plan.down_payment_date")
                    .with_help("the down payment is due between the document date and the first instalment"),
            );
        }
    }
    if let Some(rate) = plan.interest_rate
        && (rate.value() < Decimal::ZERO || rate.value() > Decimal::from(100))
    {
        out.push(
            Diagnostic::error(
                "CASE-VALUE",
                format!("an annual rate of {} % is not plausible", rate.value()),
            )
            .with_field("plan.interest_rate")
            .with_help("write the rate in percent per year: `3.5` for 3,5 %; `0` for no interest"),
        );
    }
    if let Some(d) = plan.acceleration_notice_days
        && d > 365
    {
        days_sane(out, d, "plan.acceleration_notice_days");
    }
}

/// `insolvency` (Canada's Bankruptcy and Insolvency Act) is the debtor's, in a Québec case.
fn insolvency_sane(out: &mut Vec<Diagnostic>, case: &Case) {
    if case.creditor.insolvency.is_some() {
        out.push(
            Diagnostic::error("CASE-VALUE", "only the debtor's insolvency proceedings are modelled")
                .with_field("creditor.insolvency")
                .with_help("remove `creditor.insolvency`; a bankrupt creditor's claims are collected by its trustee, whose case this becomes"),
        );
    }
    if let Some(ins) = &case.debtor.insolvency {
        if case.jurisdiction != Jurisdiction::Qc {
            out.push(
                Diagnostic::error(
                    "CASE-VALUE",
                    "`insolvency` describes proceedings under Canada's Bankruptcy and Insolvency Act (Québec cases)",
                )
                .with_field("debtor.insolvency")
                .with_help("for a French consumer in surendettement or a Belgian debtor in règlement collectif de dettes, set `over_indebtedness: true`; other collective proceedings are not modelled"),
            );
        }
        date_sane(out, ins.since, "debtor.insolvency.since");
    }
}

/// The court's name is given when the block is; extra exhibits have a label and a sane date.
fn injunction_sane(out: &mut Vec<Diagnostic>, inj: &crate::case::model::InjunctionTerms) {
    if let Some(d) = inj.sommation_date {
        date_sane(out, d, "injunction.sommation_date");
    }
    if let Some(b) = &inj.bailiff
        && b.name.trim().is_empty()
    {
        out.push(
            Diagnostic::error("CASE-VALUE", "the huissier's name is empty")
                .with_field("injunction.bailiff.name")
                .with_help("write the huissier's or the étude's name, or remove `bailiff` to leave the reply form's return address for completion"),
        );
    }
    if let Some(court) = &inj.court
        && court.name.trim().is_empty()
    {
        out.push(
            Diagnostic::error("CASE-VALUE", "the court's name is empty")
                .with_field("injunction.court.name")
                .with_help("write the court as the request is addressed (\"Tribunal de commerce de Grenoble\"), or remove `court` to leave it for completion"),
        );
    }
    for (i, e) in inj.exhibits.iter().enumerate() {
        if e.label.trim().is_empty() {
            out.push(
                Diagnostic::error("CASE-VALUE", "an exhibit without a label")
                    .with_field(format!("injunction.exhibits[{i}].label"))
                    .with_help("describe the document as the list of exhibits prints it"),
            );
        }
        if let Some(d) = e.date {
            date_sane(out, d, format_args!("injunction.exhibits[{i}].date"));
        }
    }
}

/// A damages clause is either a percentage (with an optional minimum) or a fixed amount.
fn indemnity_clause_sane(out: &mut Vec<Diagnostic>, clause: &crate::case::model::IndemnityClause) {
    let field = "contract.indemnity_clause";
    match (clause.percent, clause.fixed) {
        (None, None) => out.push(
            Diagnostic::error("CASE-MISSING", "the damages clause gives neither a percentage nor an amount")
                .with_field(field)
                .with_help("write `percent: 10` (10 % of the unpaid balance, optionally with `minimum:`) or `fixed: 50`"),
        ),
        (Some(_), Some(_)) => out.push(
            Diagnostic::error("CASE-VALUE", "the damages clause gives both a percentage and a fixed amount")
                .with_field(field)
                .with_help("keep the one the contract states: `percent` (with an optional `minimum`) or `fixed`"),
        ),
        (Some(p), None) => {
            if p.value() <= Decimal::ZERO || p.value() > Decimal::from(100) {
                out.push(
                    Diagnostic::error("CASE-VALUE", format!("a damages clause of {} % is not plausible", p.value()))
                        .with_field(format!("{field}.percent"))
                        .with_help("write the percentage of the unpaid balance: `10` for 10 %"),
                );
            }
            if let Some(m) = clause.minimum {
                amount_sane(out, m.value(), format_args!("{field}.minimum"), true);
            }
        }
        (None, Some(f)) => {
            amount_sane(out, f.value(), format_args!("{field}.fixed"), true);
            if clause.minimum.is_some() {
                out.push(
                    Diagnostic::error("CASE-VALUE", "a fixed damages amount has no minimum")
                        .with_field(format!("{field}.minimum"))
                        .with_help("`minimum` goes with `percent`; remove it"),
                );
            }
        }
    }
}

/// A delay in days a letter can print: at least one day, at most a year.
fn days_sane(out: &mut Vec<Diagnostic>, days: u32, field: impl std::fmt::Display) {
    if !(1..=365).contains(&days) {
        out.push(
            Diagnostic::error(
                "CASE-VALUE",
                format!("a delay of {days} days is not plausible"),
            )
            .with_field(field.to_string())
            .with_help("give the number of days to pay, between 1 and 365 (practice: 8 to 15)"),
        );
    }
}

fn amount_sane(
    out: &mut Vec<Diagnostic>,
    value: Decimal,
    field: impl std::fmt::Display,
    positive: bool,
) {
    if positive && value <= Decimal::ZERO {
        out.push(
            Diagnostic::error(
                "CASE-VALUE",
                format!("the amount must be positive, found {value}"),
            )
            .with_field(field.to_string())
            .with_help("credit notes are recorded as payments; write amounts without a sign"),
        );
    } else if value >= Decimal::from(ABSURD_AMOUNT) {
        out.push(
            Diagnostic::error("CASE-VALUE", format!("the amount {value} is not plausible"))
                .with_field(field.to_string())
                .with_help("check for extra digits; amounts are written 1234.56"),
        );
    } else if value.normalize().scale() > 2 {
        out.push(
            Diagnostic::error(
                "CASE-VALUE",
                format!("the amount {value} has more than two decimals"),
            )
            .with_field(field.to_string())
            .with_help("invoiced and paid amounts are in euros and cents"),
        );
    }
}

fn date_sane(out: &mut Vec<Diagnostic>, date: NaiveDate, field: impl std::fmt::Display) {
    if !(1990..=2100).contains(&date.year()) {
        out.push(
            Diagnostic::error("CASE-VALUE", format!("the date {date} is not plausible"))
                .with_field(field.to_string())
                .with_help("dates are written YYYY-MM-DD"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::case::load::{LoadError, load_str};

    const BASE: &str = include_str!("../../samples/fr/b2c-consumer.yaml");

    /// The sample with a damages clause added to its contract.
    fn with_clause(clause: &str) -> Result<(), Vec<(String, Option<String>)>> {
        let text = BASE.replacen(
            "contract:\n",
            &format!("contract:\n  indemnity_clause: {clause}\n"),
            1,
        );
        assert_ne!(text, BASE, "the sample has a contract block");
        match load_str(&text, "t.yaml") {
            Ok(_) => Ok(()),
            Err(LoadError::Invalid { diagnostics, .. }) => Err(diagnostics
                .into_iter()
                .map(|d| (d.message, d.field))
                .collect()),
            Err(e) => panic!("unexpected {e:?}"),
        }
    }

    #[test]
    fn damages_clause_is_a_percentage_or_a_fixed_amount() {
        assert!(with_clause("{percent: 10, minimum: 50}").is_ok());
        assert!(with_clause("{fixed: 40}").is_ok());
        let both = with_clause("{percent: 10, fixed: 40}").unwrap_err();
        assert!(both[0].0.contains("both"), "{both:?}");
        let none = with_clause("{}").unwrap_err();
        assert_eq!(none[0].1.as_deref(), Some("contract.indemnity_clause"));
        let big = with_clause("{percent: 150}").unwrap_err();
        assert_eq!(
            big[0].1.as_deref(),
            Some("contract.indemnity_clause.percent")
        );
        let min = with_clause("{fixed: 40, minimum: 10}").unwrap_err();
        assert_eq!(
            min[0].1.as_deref(),
            Some("contract.indemnity_clause.minimum")
        );
    }

    /// The sample with `extra` YAML appended at the top level.
    fn with(extra: &str) -> Result<(), Vec<(String, Option<String>)>> {
        match load_str(&format!("{BASE}\n{extra}\n"), "t.yaml") {
            Ok(_) => Ok(()),
            Err(LoadError::Invalid { diagnostics, .. }) => Err(diagnostics
                .into_iter()
                .map(|d| (d.message, d.field))
                .collect()),
            Err(e) => panic!("unexpected {e:?}"),
        }
    }

    fn first_field(r: Result<(), Vec<(String, Option<String>)>>) -> String {
        r.unwrap_err()[0].1.clone().unwrap_or_default()
    }

    #[test]
    fn plan_terms_are_structurally_checked() {
        let ok = "plan: {instalments: 3, first_due_date: 2026-04-10}";
        assert!(with(ok).is_ok(), "{:?}", with(ok));
        assert!(with("plan: {instalment_amount: 150, first_due_date: 2026-04-10, down_payment: 100, down_payment_date: 2026-03-20}").is_ok());
        assert_eq!(
            first_field(with("plan: {first_due_date: 2026-04-10}")),
            "plan"
        );
        assert_eq!(
            first_field(with(
                "plan: {instalments: 3, instalment_amount: 100, first_due_date: 2026-04-10}"
            )),
            "plan.instalment_amount"
        );
        assert_eq!(
            first_field(with("plan: {instalments: 0, first_due_date: 2026-04-10}")),
            "plan.instalments"
        );
        assert_eq!(
            first_field(with(
                "plan: {instalment_amount: 10.005, first_due_date: 2026-04-10}"
            )),
            "plan.instalment_amount"
        );
        assert_eq!(
            first_field(with("plan: {instalments: 3, first_due_date: 2020-04-10}")),
            "plan.first_due_date"
        );
        assert_eq!(
            first_field(with(
                "plan: {instalments: 3, first_due_date: 2026-04-10, down_payment: 100, down_payment_date: 2026-05-01}"
            )),
            "plan.down_payment_date"
        );
        assert_eq!(
            first_field(with(
                "plan: {instalments: 3, first_due_date: 2026-04-10, down_payment_date: 2026-04-01}"
            )),
            "plan.down_payment_date"
        );
        assert_eq!(
            first_field(with(
                "plan: {instalments: 3, first_due_date: 2026-04-10, interest_rate: 120}"
            )),
            "plan.interest_rate"
        );
        let typo = with("plan: {instalments: 3, first_due_date: 2026-04-10, frequence: monthly}");
        assert!(typo.is_err(), "unknown fields are refused");
    }

    #[test]
    fn injunction_terms_are_structurally_checked() {
        assert!(with("injunction: {}").is_ok());
        assert!(with("injunction: {court: {name: Tribunal judiciaire de Lyon}, exhibits: [{label: Bon de livraison, date: 2025-10-01}]}").is_ok());
        assert_eq!(
            first_field(with("injunction: {court: {name: \" \"}}")),
            "injunction.court.name"
        );
        assert_eq!(
            first_field(with("injunction: {exhibits: [{label: \"\"}]}")),
            "injunction.exhibits[0].label"
        );
        assert_eq!(
            first_field(with("injunction: {sommation_date: 1926-03-04}")),
            "injunction.sommation_date"
        );
        assert_eq!(
            first_field(with(
                "injunction: {bailiff: {name: \"\", address: {lines: [], postcode: \"5000\", city: Namur}}}"
            )),
            "injunction.bailiff.name"
        );
    }

    #[test]
    fn insolvency_is_a_quebec_debtors() {
        // The French sample: `insolvency` is Canada's BIA, refused with the way out.
        let base = BASE.replacen(
            "debtor:\n",
            "debtor:\n  insolvency: {proceeding: bankruptcy, since: 2026-01-15}\n",
            1,
        );
        assert_ne!(base, BASE);
        match load_str(&base, "t.yaml") {
            Err(LoadError::Invalid { diagnostics, .. }) => {
                let d = &diagnostics[0];
                assert_eq!(d.field.as_deref(), Some("debtor.insolvency"));
                assert!(
                    d.message.contains("Bankruptcy and Insolvency Act"),
                    "{}",
                    d.message
                );
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        let qc = include_str!("../../samples/qc/b2b-notice-sent.yaml");
        let ok = qc.replacen(
            "debtor:\n",
            "debtor:\n  insolvency: {proceeding: consumer_proposal, since: 2026-01-15}\n",
            1,
        );
        assert_ne!(ok, qc);
        assert!(load_str(&ok, "t.yaml").is_ok());
        let creditor = qc.replacen(
            "creditor:\n",
            "creditor:\n  insolvency: {proceeding: bankruptcy, since: 2026-01-15}\n",
            1,
        );
        match load_str(&creditor, "t.yaml") {
            Err(LoadError::Invalid { diagnostics, .. }) => {
                assert_eq!(diagnostics[0].field.as_deref(), Some("creditor.insolvency"));
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
}
