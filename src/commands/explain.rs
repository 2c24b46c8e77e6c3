//! `creance explain RULE-ID`: the rule's text, its legal references and an example.

use std::io::Write;

use super::{Exit, io_exit, stdout};
use crate::case::load::closest;
use crate::cli::{ExplainArgs, Format};
use crate::rules::{RuleSpec, all_packs};

pub fn run(args: &ExplainArgs) -> Exit {
    let mut out = stdout(args.output.color);
    // The checks of `creance audit` (jurisdictions/*/audit.yaml) are explained too.
    if let Some(res) = super::audit::explain(&mut out, &args.rule, args.output.format) {
        return res.map_or_else(io_exit, |()| Exit::Ok);
    }
    let Some(rule) = RuleSpec::find(&args.rule) else {
        let ids: Vec<&str> = all_packs()
            .flat_map(|p| p.rules.iter())
            .map(|r| r.id.as_str())
            .chain(crate::audit::spec::all_checks().map(|c| c.id.as_str()))
            .collect();
        let hint = match closest(&args.rule.to_uppercase(), &ids) {
            Some(s) => format!(" — did you mean `{s}`?"),
            None => " — `creance rules` lists them".to_string(),
        };
        let _ = writeln!(std::io::stderr(), "creance: no rule `{}`{hint}", args.rule);
        return Exit::Failure;
    };
    let res = match args.output.format {
        Format::Human => write_human(&mut out, rule),
        _ => {
            let v = serde_json::json!({
                "id": rule.id, "severity": format!("{:?}", rule.severity).to_lowercase(), "title": rule.title,
                "message": rule.message, "help": rule.help, "refs": rule.refs, "explain": rule.explain,
                "params": rule.params, "example": rule.tests.invalid.first(),
            });
            writeln!(out, "{v}")
        }
    };
    match res {
        Ok(()) => Exit::Ok,
        Err(e) => io_exit(e),
    }
}

fn write_human(out: &mut dyn Write, r: &RuleSpec) -> std::io::Result<()> {
    writeln!(out, "{} ({:?}): {}", r.id, r.severity, r.title)?;
    writeln!(out)?;
    for line in r.explain.trim_end().lines() {
        writeln!(out, "  {line}")?;
    }
    writeln!(out)?;
    writeln!(out, "Legal references:")?;
    for reference in &r.refs {
        match &reference.url {
            Some(u) => writeln!(out, "  - {} <{u}>", reference.article)?,
            None => writeln!(out, "  - {}", reference.article)?,
        }
    }
    if let Some(h) = &r.help {
        writeln!(out)?;
        writeln!(out, "How to fix: {h}")?;
    }
    if let Some(example) = r.tests.invalid.first() {
        writeln!(out)?;
        writeln!(out, "Example of a case that triggers it (fragment):")?;
        let text = serde_json::to_string(example).unwrap_or_default();
        writeln!(out, "  {text}")?;
    }
    Ok(())
}
