//! What a check sees: the case, its computation, and the documents about to be produced.

use serde_json::Value;

use crate::case::Case;
use crate::compute::claim::Computation;

/// The documents creance produces; rules may apply to some of them only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    /// Amicable reminder (relance).
    Reminder,
    /// Formal notice (mise en demeure).
    FormalNotice,
    /// Payment-plan agreement (échéancier / plan d'apurement / entente de paiement), from the
    /// case's `plan` terms.
    PaymentPlan,
    /// Court-request draft: France requête en injonction de payer; Belgium requête en
    /// injonction de payer or art. 1394/20 sommation; Québec small-claims or originating
    /// application. With the list of exhibits.
    Injunction,
}

impl DocKind {
    /// The documents rendered by default: reminder and formal notice.
    pub const ALL: [DocKind; 2] = [DocKind::Reminder, DocKind::FormalNotice];

    /// Every document kind, in the order of the collection path.
    pub const EVERY: [DocKind; 4] = [
        DocKind::Reminder,
        DocKind::FormalNotice,
        DocKind::PaymentPlan,
        DocKind::Injunction,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            DocKind::Reminder => "reminder",
            DocKind::FormalNotice => "formal-notice",
            DocKind::PaymentPlan => "payment-plan",
            DocKind::Injunction => "injunction",
        }
    }

    /// The documents a case asks to be checked for when none is named: the default ones, plus
    /// `payment-plan` when the case has `plan` terms and `injunction` when it has an
    /// `injunction` block.
    pub fn for_case(case: &Case) -> Vec<DocKind> {
        let mut docs = DocKind::ALL.to_vec();
        if case.plan.is_some() {
            docs.push(DocKind::PaymentPlan);
        }
        if case.injunction.is_some() {
            docs.push(DocKind::Injunction);
        }
        docs
    }
}

pub struct Context<'a> {
    pub case: &'a Case,
    /// The case as JSON, for the generic checks that address fields by path.
    pub json: Value,
    pub computation: &'a Computation,
    pub documents: &'a [DocKind],
}

impl<'a> Context<'a> {
    pub fn new(case: &'a Case, computation: &'a Computation, documents: &'a [DocKind]) -> Self {
        let json = serde_json::to_value(case).unwrap_or(Value::Null);
        Context {
            case,
            json,
            computation,
            documents,
        }
    }

    /// The value at a dotted path (`creditor.registration.siren`, `invoices[0].amount`).
    ///
    /// Called a few dozen times per case by `check`: the path is split with byte searches
    /// (`.` and `[` are ASCII), which for such short strings is cheaper than `str::split`.
    pub fn get(&self, path: &str) -> Option<&Value> {
        let mut cur = &self.json;
        let mut rest = path;
        loop {
            let (part, next) = match rest.bytes().position(|b| b == b'.') {
                Some(i) => (&rest[..i], Some(&rest[i + 1..])),
                None => (rest, None),
            };
            let (key, index) = match part.bytes().position(|b| b == b'[') {
                Some(i) => (
                    &part[..i],
                    part[i + 1..].trim_end_matches(']').parse::<usize>().ok(),
                ),
                None => (part, None),
            };
            if !key.is_empty() {
                cur = cur.get(key)?;
            }
            if let Some(i) = index {
                cur = cur.get(i)?;
            }
            match next {
                Some(n) => rest = n,
                None => return Some(cur),
            }
        }
    }
}
