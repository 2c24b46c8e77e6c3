//! SARIF 2.1.0 (`--format sarif`), so code-scanning dashboards can show case findings.
//! The log is small and fixed in shape; it is built with `serde_json` rather than a SARIF
//! crate to keep the dependency tree lean.

use serde_json::{Value, json};

use super::{Diagnostic, Severity};

/// One SARIF log for all the findings of a run.
pub fn log(diags: &[Diagnostic], rules: &[(String, String, Option<String>)]) -> Value {
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "note",
            };
            let mut region = serde_json::Map::new();
            if let Some(l) = d.line {
                region.insert("startLine".into(), json!(l));
            }
            if let Some(c) = d.column {
                region.insert("startColumn".into(), json!(c));
            }
            json!({
                "ruleId": d.code,
                "level": level,
                "message": {"text": match &d.help { Some(h) => format!("{} — {}", d.message, h), None => d.message.clone() }},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": d.file.clone().unwrap_or_default()},
                        "region": region
                    }
                }]
            })
        })
        .collect();
    let rules: Vec<Value> = rules
        .iter()
        .map(|(id, text, url)| {
            let mut r = json!({"id": id, "shortDescription": {"text": text}});
            if let Some(u) = url {
                r["helpUri"] = json!(u);
            }
            r
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "creance",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules
            }},
            "results": results
        }]
    })
}
