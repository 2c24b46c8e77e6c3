//! Belgian checks: Book XIX's free first reminder and caps, collectors' mentions, the loi du
//! 2 août 2002, identifiers (enterprise number, postcode, IBAN, structured communication) and
//! prescription. Each check reads the Belgian part of the computation
//! ([`crate::compute::claim::BeComputation`]) rather than recomputing the law.
//!
//! One file per concept (identifiers, the first reminder, consumer charges, B2B,
//! prescription); the imports and small helpers below are shared by them (`use super::*`).

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

pub(super) use super::{Hit, fr_date};
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

pub(super) const PARTIES: [&str; 3] = ["creditor", "debtor", "representative"];

pub(super) fn be<'a>(ctx: &'a Context) -> Option<&'a BeComputation> {
    ctx.computation.be.as_ref()
}

pub(super) fn regime(ctx: &Context) -> Option<Regime> {
    be(ctx).map(|b| b.regime)
}

pub(super) fn consumer_reminder<'a>(ctx: &'a Context) -> Option<&'a FirstReminder> {
    be(ctx)
        .filter(|b| b.regime == Regime::Consumer)
        .and_then(|b| b.first_reminder.as_ref())
}

pub(super) fn has_clause(ctx: &Context) -> bool {
    ctx.case
        .contract
        .as_ref()
        .is_some_and(|c| c.indemnity_clause.is_some())
}

pub(super) fn param_date(rule: &RuleSpec, name: &str) -> Option<NaiveDate> {
    rule.param_str(name).and_then(|s| s.parse().ok())
}

mod b2b;
mod consumer_charges;
mod first_reminder;
mod identifiers;
mod prescription;

pub use b2b::*;
pub use consumer_charges::*;
pub use first_reminder::*;
pub use identifiers::*;
pub use prescription::*;
