//! The rule packs' own tests: every fragment of every rule is merged onto the pack's base case,
//! loaded through the real loader and checked; the rule must fire on `invalid` fragments and
//! stay silent on `valid` ones.

use serde_json::Value;

use super::checks::KNOWN;
use super::spec::{all_packs, base_case_yaml};
use crate::case::load::{LoadError, load_str};
use crate::case::model::Jurisdiction;
use crate::commands::analyze_loaded;

/// Objects are merged key by key, `null` removes a key, anything else replaces.
pub fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    b.remove(k);
                } else {
                    merge(b.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (b, p) => *b = p.clone(),
    }
}

/// `base` (a YAML case) with the YAML fragment `patch` merged onto it, loaded through the real
/// loader: the unit tests' way of writing a case variant in one line.
pub fn patched_case(base: &str, patch: &str) -> crate::case::model::Case {
    let mut v: Value = serde_saphyr::from_str(base).unwrap();
    let p: Value = serde_saphyr::from_str(patch).unwrap();
    merge(&mut v, &p);
    load_str(&serde_json::to_string(&v).unwrap(), "t.yaml")
        .unwrap_or_else(|e| panic!("{e:?}"))
        .case
}

fn jurisdiction(code: &str) -> Jurisdiction {
    match code {
        "fr" => Jurisdiction::Fr,
        "be" => Jurisdiction::Be,
        _ => Jurisdiction::Qc,
    }
}

/// Runs one fragment; returns the codes of the findings (or panics if the case is unloadable).
fn codes_for(pack: &str, fragment: &Value, rule: &str) -> Vec<String> {
    let own_base = all_packs()
        .flat_map(|p| p.rules.iter())
        .find(|r| r.id == rule)
        .and_then(|r| r.test_base);
    let base_text = own_base
        .or_else(|| base_case_yaml(jurisdiction(pack)))
        .expect("pack has a base case");
    let mut case: Value = serde_saphyr::from_str(base_text).expect("base case parses");
    merge(&mut case, fragment);
    let text = serde_json::to_string_pretty(&case).unwrap();
    match load_str(&text, &format!("{rule} fragment")) {
        // The case's own documents: a fragment with `plan` or `injunction` checks those too.
        Ok(loaded) => analyze_loaded(loaded, &[])
            .findings
            .into_iter()
            .map(|d| d.code)
            .collect(),
        Err(LoadError::Invalid { diagnostics, .. }) => {
            panic!("{rule}: fragment {fragment} does not load: {diagnostics:#?}")
        }
        Err(LoadError::Io(d)) => panic!("{rule}: {d:?}"),
    }
}

#[test]
fn base_cases_are_clean() {
    for pack in all_packs() {
        let codes = codes_for(&pack.pack, &Value::Object(Default::default()), "base");
        assert!(
            codes.is_empty(),
            "pack {} base case has findings: {codes:?}",
            pack.pack
        );
    }
}

#[test]
fn every_rule_fires_on_its_invalid_fragments_and_not_on_valid_ones() {
    let mut checked = 0;
    for pack in all_packs() {
        for rule in &pack.rules {
            assert!(
                !rule.tests.invalid.is_empty(),
                "{} has no invalid fragment",
                rule.id
            );
            for frag in &rule.tests.invalid {
                let codes = codes_for(&pack.pack, frag, &rule.id);
                assert!(
                    codes.contains(&rule.id),
                    "{} did not fire on {frag}; findings: {codes:?}",
                    rule.id
                );
                checked += 1;
            }
            for frag in &rule.tests.valid {
                let codes = codes_for(&pack.pack, frag, &rule.id);
                assert!(
                    !codes.contains(&rule.id),
                    "{} fired on valid fragment {frag}",
                    rule.id
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "only {checked} fragments checked");
}

#[test]
fn rules_are_complete_and_unique() {
    let mut ids = std::collections::HashSet::new();
    for pack in all_packs() {
        for r in &pack.rules {
            assert!(ids.insert(r.id.clone()), "duplicate rule id {}", r.id);
            assert!(
                KNOWN.contains(&r.check.as_str()),
                "{}: unknown check `{}`",
                r.id,
                r.check
            );
            assert!(!r.refs.is_empty(), "{} has no legal reference", r.id);
            assert!(
                r.explain.trim().len() > 80,
                "{} has no real explanation",
                r.id
            );
            assert!(
                r.id.starts_with(&format!("{}-", pack.pack.to_uppercase())),
                "{} is not in the {} namespace",
                r.id,
                pack.pack
            );
        }
    }
}
