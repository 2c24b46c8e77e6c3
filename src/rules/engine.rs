//! Runs a jurisdiction's rule pack over a case and turns hits into located findings.

use super::checks::{self, Hit};
use super::context::Context;
use super::spec::{RuleSpec, When, pack_for};
use crate::diag::{Diagnostic, Severity};

/// Every finding of the case's rule pack, in pack order.
pub fn evaluate(ctx: &Context) -> Vec<Diagnostic> {
    let Some(pack) = pack_for(ctx.case.jurisdiction) else {
        return vec![
            Diagnostic::new(
                "CASE-PACK",
                Severity::Error,
                format!(
                    "no rule pack for jurisdiction `{}` in this version",
                    ctx.case.jurisdiction.code()
                ),
            )
            .with_field("jurisdiction")
            .with_help(
                "this version checks French (`fr`) and Québec (`qc`) cases; Belgium comes next",
            ),
        ];
    };
    let mut out = Vec::new();
    for rule in &pack.rules {
        if !applies(rule, ctx) {
            continue;
        }
        for hit in checks::run(rule, ctx) {
            out.push(diagnostic(rule, hit));
        }
    }
    out
}

/// Whether a rule concerns this case and these documents.
pub fn applies(rule: &RuleSpec, ctx: &Context) -> bool {
    if !rule.documents.is_empty()
        && !ctx
            .documents
            .iter()
            .any(|d| rule.documents.iter().any(|r| r == d.slug()))
    {
        return false;
    }
    match &rule.when {
        None => true,
        Some(w) => when_matches(w, ctx),
    }
}

fn when_matches(w: &When, ctx: &Context) -> bool {
    let kind = |p: &str| {
        ctx.get(p)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let representative = match kind("representative.kind") {
        k if k.is_empty() => "none".to_string(),
        k => k,
    };
    (w.creditor.is_empty() || w.creditor.contains(&kind("creditor.kind")))
        && (w.debtor.is_empty() || w.debtor.contains(&kind("debtor.kind")))
        && (w.representative.is_empty() || w.representative.contains(&representative))
}

fn diagnostic(rule: &RuleSpec, hit: Hit) -> Diagnostic {
    let fill = |text: &str| {
        let mut t = text.to_string();
        for (k, v) in &hit.vars {
            t = t.replace(&format!("{{{k}}}"), v);
        }
        t
    };
    let mut d = Diagnostic::new(rule.id.clone(), rule.severity.into(), fill(&rule.message));
    if let Some(sev) = hit.severity {
        d.severity = sev;
    }
    d.refs = rule.refs.clone();
    d.help = rule.help.as_deref().map(fill);
    d.field = hit.field;
    d
}
