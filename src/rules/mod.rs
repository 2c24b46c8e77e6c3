//! The law as data: rule packs read from `jurisdictions/<code>/rules.yaml` (embedded in the
//! binary), each rule bound to a named check written once in [`checks`], with its severity,
//! message, legal references, explanation and test fragments.

pub mod checks;
pub mod context;
pub mod engine;
pub mod spec;

pub use context::Context;
pub use engine::evaluate;
pub use spec::{RulePack, RuleSpec, all_packs, pack_for};

#[cfg(test)]
pub(crate) mod pack_tests;
