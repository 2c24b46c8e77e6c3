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
}

impl DocKind {
    pub const ALL: [DocKind; 2] = [DocKind::Reminder, DocKind::FormalNotice];

    pub fn slug(self) -> &'static str {
        match self {
            DocKind::Reminder => "reminder",
            DocKind::FormalNotice => "formal-notice",
        }
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
    pub fn get(&self, path: &str) -> Option<&Value> {
        let mut cur = &self.json;
        for part in path.split('.') {
            let (key, index) = match part.split_once('[') {
                Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
                None => (part, None),
            };
            if !key.is_empty() {
                cur = cur.get(key)?;
            }
            if let Some(i) = index {
                cur = cur.get(i)?;
            }
        }
        Some(cur)
    }
}
