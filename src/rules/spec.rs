//! Rule specifications: what a rule says, on which legal basis, and how it is tested.
//!
//! A rule's *logic* is one of the named checks in [`super::checks`] (a handful of generic ones —
//! required fields, placeholders — and domain ones such as prescription or the flat indemnity);
//! everything a lawyer would want to read or adjust — severity, wording, article, URL, thresholds
//! such as the 2-year prescription or the 8-day minimum delay — is data in the pack.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::case::model::Jurisdiction;
use crate::diag::{Reference, Severity};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    /// Jurisdiction code: `fr`, `be`, `qc`.
    pub pack: String,
    /// Version of the pack (date of the last legal review), recorded in outputs.
    pub version: String,
    pub rules: Vec<RuleSpec>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Stable id: `FR-FEE-001`.
    pub id: String,
    /// The base case this rule's test fragments are merged onto, when it is not the pack's
    /// `tests/base.yaml` (Belgium's plan and court rules: `tests/base-plan.yaml`).
    #[serde(skip)]
    pub test_base: Option<&'static str>,
    pub severity: SeverityName,
    /// The check that implements it (see `checks::run`).
    pub check: String,
    /// One line: what the rule guards against.
    pub title: String,
    /// The finding's message; `{name}` placeholders are filled by the check.
    pub message: String,
    /// How to fix it.
    #[serde(default)]
    pub help: Option<String>,
    pub refs: Vec<Reference>,
    /// The longer text printed by `creance explain`, including the confidence of the source.
    pub explain: String,
    /// Thresholds and lists the check reads (e.g. `years: 2`).
    #[serde(default)]
    pub params: serde_json::Value,
    /// The parties the rule applies to; absent means every case.
    #[serde(default)]
    pub when: Option<When>,
    /// The documents the rule is about; empty means every document.
    #[serde(default)]
    pub documents: Vec<String>,
    /// Case fragments (deep-merged onto the pack's base case) on which the rule must stay
    /// silent (`valid`) or fire (`invalid`); run by `cargo test`.
    pub tests: RuleTests,
}

/// A condition on the case deciding whether a rule applies at all.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    /// Creditor kinds (`professional`, `consumer`, `public_body`).
    #[serde(default)]
    pub creditor: Vec<String>,
    /// Debtor kinds.
    #[serde(default)]
    pub debtor: Vec<String>,
    /// Representative kinds (`lawyer`, `agency`, `bailiff`); `none` when there is none.
    #[serde(default)]
    pub representative: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleTests {
    #[serde(default)]
    pub valid: Vec<serde_json::Value>,
    #[serde(default)]
    pub invalid: Vec<serde_json::Value>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SeverityName {
    Error,
    Warning,
    Info,
}

impl From<SeverityName> for Severity {
    fn from(s: SeverityName) -> Severity {
        match s {
            SeverityName::Error => Severity::Error,
            SeverityName::Warning => Severity::Warning,
            SeverityName::Info => Severity::Info,
        }
    }
}

/// The version recorded with every output: the pack's review date and a hash of its text, so
/// that any change of a rule (wording, threshold) changes it.
pub fn rules_version(j: Jurisdiction) -> String {
    use sha2::{Digest, Sha256};
    match (pack_for(j), pack_text(j)) {
        (Some(p), Some(text)) => {
            let mut hasher = Sha256::new();
            hasher.update(text.as_bytes());
            if j == Jurisdiction::Be {
                hasher.update(BE_PLAN_RULES.as_bytes());
            }
            let digest = crate::render::hex(&hasher.finalize());
            format!("{}-{}-{}", p.pack, p.version, &digest[..12])
        }
        _ => format!("{}-none", j.code()),
    }
}

/// Belgium's payment-plan and court-request rules: a second file of the `be` pack, tested on
/// its own base case (a B2B case with a plan and a court request).
const BE_PLAN_RULES: &str = include_str!("../../jurisdictions/be/rules-plan.yaml");
const BE_PLAN_BASE: &str = include_str!("../../jurisdictions/be/tests/base-plan.yaml");

fn pack_text(j: Jurisdiction) -> Option<&'static str> {
    match j {
        Jurisdiction::Fr => Some(include_str!("../../jurisdictions/fr/rules.yaml")),
        Jurisdiction::Qc => Some(include_str!("../../jurisdictions/qc/rules.yaml")),
        Jurisdiction::Be => Some(include_str!("../../jurisdictions/be/rules.yaml")),
    }
}

/// The embedded packs, by jurisdiction code. Parsed once per process.
static PACKS: LazyLock<BTreeMap<&'static str, RulePack>> = LazyLock::new(|| {
    // The packs are part of the binary and tested by `cargo test`; a broken pack is a build
    // defect, not bad user input.
    let packs = [
        ("fr", pack_text(Jurisdiction::Fr).unwrap_or_default()),
        ("qc", pack_text(Jurisdiction::Qc).unwrap_or_default()),
        ("be", pack_text(Jurisdiction::Be).unwrap_or_default()),
    ];
    let mut m = BTreeMap::new();
    for (code, text) in packs.iter().copied() {
        let mut pack: RulePack = serde_saphyr::from_str(text)
            .unwrap_or_else(|e| panic!("embedded rule pack `{code}` is invalid: {e}"));
        if code == "be" {
            let plan: RulePack = serde_saphyr::from_str(BE_PLAN_RULES)
                .unwrap_or_else(|e| panic!("embedded be/rules-plan.yaml is invalid: {e}"));
            pack.rules.extend(plan.rules.into_iter().map(|mut r| {
                r.test_base = Some(BE_PLAN_BASE);
                r
            }));
        }
        m.insert(code, pack);
    }
    m
});

pub fn pack_for(j: Jurisdiction) -> Option<&'static RulePack> {
    PACKS.get(j.code())
}

pub fn all_packs() -> impl Iterator<Item = &'static RulePack> {
    PACKS.values()
}

/// The base case the packs' test fragments are merged onto.
pub fn base_case_yaml(j: Jurisdiction) -> Option<&'static str> {
    match j {
        Jurisdiction::Fr => Some(include_str!("../../jurisdictions/fr/tests/base.yaml")),
        Jurisdiction::Qc => Some(include_str!("../../jurisdictions/qc/tests/base.yaml")),
        Jurisdiction::Be => Some(include_str!("../../jurisdictions/be/tests/base.yaml")),
    }
}

impl RuleSpec {
    /// Finds a rule by id in any pack (case-insensitive).
    pub fn find(id: &str) -> Option<&'static RuleSpec> {
        all_packs()
            .flat_map(|p| p.rules.iter())
            .find(|r| r.id.eq_ignore_ascii_case(id))
    }

    pub fn param_u64(&self, name: &str) -> Option<u64> {
        self.params.get(name).and_then(|v| v.as_u64())
    }

    pub fn param_str(&self, name: &str) -> Option<&str> {
        self.params.get(name).and_then(|v| v.as_str())
    }

    pub fn param_list(&self, name: &str) -> Vec<String> {
        self.params
            .get(name)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
}
