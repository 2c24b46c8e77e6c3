//! Checks driven entirely by the rule's parameters.

use serde_json::Value;

use super::Hit;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

fn is_blank(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty() || a.iter().all(|x| is_blank(Some(x))),
        _ => false,
    }
}

/// `params.fields`: paths that must be present and non-empty. A path may contain `[]` to mean
/// every element of a list (`invoices[].description`). `params.any_of: true` means one of the
/// fields is enough.
pub fn required(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let fields = rule.param_list("fields");
    let mut missing = Vec::new();
    for field in &fields {
        for path in expand(field, ctx) {
            if is_blank(ctx.get(&path)) {
                missing.push(path);
            }
        }
    }
    let any_of = rule
        .params
        .get("any_of")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if any_of {
        if !fields.is_empty() && missing.len() == fields.len() {
            return vec![Hit::at(&fields[0]).var("field", fields.join(" / "))];
        }
        return Vec::new();
    }
    missing
        .into_iter()
        .map(|p| Hit::at(&p).var("field", &p))
        .collect()
}

/// Expands `list[].x` into `list[0].x`, `list[1].x`, …
fn expand(field: &str, ctx: &Context) -> Vec<String> {
    match field.split_once("[]") {
        None => vec![field.to_string()],
        Some((list, rest)) => {
            let n = ctx
                .get(list)
                .and_then(Value::as_array)
                .map(Vec::len)
                .unwrap_or(0);
            (0..n).map(|i| format!("{list}[{i}]{rest}")).collect()
        }
    }
}

/// `params.field` must not equal `params.equals`.
pub fn forbidden_value(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(field) = rule.param_str("field") else {
        return Vec::new();
    };
    let forbidden = rule.params.get("equals").cloned().unwrap_or(Value::Null);
    match ctx.get(field) {
        Some(v) if *v == forbidden => vec![Hit::at(field).var("value", v)],
        _ => Vec::new(),
    }
}

/// Any text of the case containing one of `params.patterns` (case-insensitive) is a sample or
/// placeholder value left in. `params.digits_only` lists all-zero identifiers too ("0000").
pub fn placeholders(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let patterns: Vec<String> = rule
        .param_list("patterns")
        .into_iter()
        .map(|p| p.to_lowercase())
        .collect();
    let mut hits = Vec::new();
    walk(&ctx.json, String::new(), &mut |path, text| {
        let lower = text.to_lowercase();
        let zeros = text.len() >= 4 && text.chars().all(|c| c == '0' || c == ' ');
        if let Some(p) = patterns.iter().find(|p| lower.contains(p.as_str())) {
            hits.push(Hit::at(path).var("value", text).var("pattern", p));
        } else if zeros {
            hits.push(Hit::at(path).var("value", text).var("pattern", "0000"));
        }
    });
    hits
}

fn walk(v: &Value, path: String, f: &mut dyn FnMut(&str, &str)) {
    match v {
        Value::String(s) => f(&path, s),
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                walk(x, format!("{path}[{i}]"), f);
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(x, p, f);
            }
        }
        _ => {}
    }
}
