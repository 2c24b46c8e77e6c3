//! The checks rules are bound to. Each takes the rule (for its parameters) and the context and
//! returns hits: the field concerned and the values to fill into the rule's message.
//! Generic checks (`required`, `forbidden_value`, `placeholders`) serve many rules; domain
//! checks encode one legal mechanism each.

mod amounts;
mod belgium;
mod dates;
mod fees;
mod generic;
mod identifiers;
mod interest;
mod notice;
mod plan;
mod prescription;
mod quebec;
mod terms;

pub use belgium::only_a_reference;
pub use identifiers::luhn_valid;

use super::context::Context;
use super::spec::RuleSpec;
use crate::diag::Severity;

/// One occurrence of a rule's problem in a case.
#[derive(Clone, Debug, Default)]
pub struct Hit {
    pub field: Option<String>,
    pub vars: Vec<(String, String)>,
    /// Overrides the rule's severity (e.g. prescription: warning near the end, error past it).
    pub severity: Option<Severity>,
}

impl Hit {
    pub fn at(field: impl Into<String>) -> Hit {
        Hit {
            field: Some(field.into()),
            ..Hit::default()
        }
    }

    pub fn var(mut self, key: &str, value: impl ToString) -> Hit {
        self.vars.push((key.to_string(), value.to_string()));
        self
    }

    pub fn severity(mut self, s: Severity) -> Hit {
        self.severity = Some(s);
        self
    }
}

/// The names of every check, for the pack tests.
pub const KNOWN: &[&str] = &[
    "required",
    "forbidden_value",
    "wording",
    "placeholders",
    "date_order",
    "flat_indemnity_parties",
    "collection_fees",
    "interest_basis",
    "contractual_rate_floor",
    "interest_start",
    "rates_known",
    "fr_unconfirmed_rates",
    "payment_term_cap",
    "totals",
    "prescription",
    "notice_deadline",
    "notice_channel",
    "siren",
    "postcode",
    "criminal_rate",
    "postcode_ca",
    "charter_language",
    "be_bce",
    "be_postcode",
    "be_iban",
    "be_payment_reference",
    "be_description",
    "be_reminder_period",
    "be_free_period_charges",
    "be_first_reminder_state",
    "be_consumer_fees",
    "be_reminder_fee",
    "be_indemnity_cap",
    "be_indemnity_without_clause",
    "be_consumer_rate",
    "be_commercial_rate_parties",
    "be_transitional",
    "be_unconfirmed_rates",
    "be_payment_term",
    "be_default_term",
    "be_b2b_clause",
    "be_b2b_flat_fees",
    "be_prescription",
    "be_prescription_notice",
    "plan_duration",
    "plan_min_instalment",
    "plan_acceleration_notice",
    "plan_schedule",
    "plan_interest",
    "plan_running",
    "injunction_notice",
    "injunction_prescribed",
    "procedure_point",
    "debtor_writing",
    "be_court_language",
    "qc_insolvency",
];

pub fn run(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    match rule.check.as_str() {
        "required" => generic::required(rule, ctx),
        "forbidden_value" => generic::forbidden_value(rule, ctx),
        "wording" => generic::wording(rule, ctx),
        "placeholders" => generic::placeholders(rule, ctx),
        "date_order" => dates::date_order(rule, ctx),
        "flat_indemnity_parties" => fees::flat_indemnity_parties(rule, ctx),
        "collection_fees" => fees::collection_fees(rule, ctx),
        "interest_basis" => interest::interest_basis(rule, ctx),
        "contractual_rate_floor" => interest::contractual_rate_floor(rule, ctx),
        "interest_start" => interest::interest_start(rule, ctx),
        "rates_known" => interest::rates_known(rule, ctx),
        "fr_unconfirmed_rates" => interest::unconfirmed_rates(rule, ctx),
        "payment_term_cap" => terms::payment_term_cap(rule, ctx),
        "totals" => amounts::totals(rule, ctx),
        "prescription" => prescription::prescription(rule, ctx),
        "notice_deadline" => notice::notice_deadline(rule, ctx),
        "notice_channel" => notice::notice_channel(rule, ctx),
        "siren" => identifiers::siren(rule, ctx),
        "postcode" => identifiers::postcode(rule, ctx),
        "criminal_rate" => quebec::criminal_rate(rule, ctx),
        "postcode_ca" => quebec::postcode_ca(rule, ctx),
        "charter_language" => quebec::charter_language(rule, ctx),
        "be_bce" => belgium::bce(rule, ctx),
        "be_postcode" => belgium::postcode(rule, ctx),
        "be_iban" => belgium::iban(rule, ctx),
        "be_payment_reference" => belgium::payment_reference(rule, ctx),
        "be_description" => belgium::description(rule, ctx),
        "be_reminder_period" => belgium::reminder_period(rule, ctx),
        "be_free_period_charges" => belgium::free_period_charges(rule, ctx),
        "be_first_reminder_state" => belgium::first_reminder_state(rule, ctx),
        "be_consumer_fees" => belgium::consumer_fees(rule, ctx),
        "be_reminder_fee" => belgium::reminder_fee(rule, ctx),
        "be_indemnity_cap" => belgium::indemnity_cap(rule, ctx),
        "be_indemnity_without_clause" => belgium::indemnity_without_clause(rule, ctx),
        "be_consumer_rate" => belgium::consumer_rate(rule, ctx),
        "be_commercial_rate_parties" => belgium::commercial_rate_parties(rule, ctx),
        "be_transitional" => belgium::transitional(rule, ctx),
        "be_unconfirmed_rates" => belgium::unconfirmed_rates(rule, ctx),
        "be_payment_term" => belgium::payment_term(rule, ctx),
        "be_default_term" => belgium::default_term(rule, ctx),
        "be_b2b_clause" => belgium::b2b_clause(rule, ctx),
        "be_b2b_flat_fees" => belgium::b2b_flat_fees(rule, ctx),
        "be_prescription" => belgium::prescription(rule, ctx),
        "be_prescription_notice" => belgium::prescription_notice(rule, ctx),
        "plan_duration" => plan::plan_duration(rule, ctx),
        "plan_min_instalment" => plan::plan_min_instalment(rule, ctx),
        "plan_acceleration_notice" => plan::plan_acceleration_notice(rule, ctx),
        "plan_schedule" => plan::plan_schedule(rule, ctx),
        "plan_interest" => plan::plan_interest(rule, ctx),
        "plan_running" => plan::plan_running(rule, ctx),
        "injunction_notice" => plan::injunction_notice(rule, ctx),
        "injunction_prescribed" => plan::injunction_prescribed(rule, ctx),
        "procedure_point" => plan::procedure_point(rule, ctx),
        "debtor_writing" => plan::debtor_writing(rule, ctx),
        "be_court_language" => plan::be_court_language(rule, ctx),
        "qc_insolvency" => quebec::qc_insolvency(rule, ctx),
        // Unknown names are caught by the pack tests before release.
        _ => vec![Hit::default().var("check", &rule.check)],
    }
}

/// `dd/mm/yyyy`, as French findings print dates.
pub(crate) fn fr_date(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}
