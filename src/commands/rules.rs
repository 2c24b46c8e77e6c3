//! `creance rules [--jurisdiction X]`: the rules, one per line: those `check` applies to a
//! case file, then those `audit` applies to a letter written elsewhere
//! (`jurisdictions/*/audit.yaml`). `explain` takes the ids of both.

use std::io::Write;

use super::{Exit, io_exit, stdout};
use crate::audit::spec::audit_for;
use crate::case::model::Jurisdiction;
use crate::cli::{Format, RulesArgs};
use crate::rules::all_packs;

/// One line of the listing: which command applies it, the columns a person reads, and the
/// JSON object (its `command` says `check` or `audit`).
struct Line<'a> {
    audit: bool,
    id: &'a str,
    severity: String,
    title: &'a str,
    json: serde_json::Value,
}

pub fn run(args: &RulesArgs) -> Exit {
    let mut out = stdout(args.output.color);
    let wanted = args.jurisdiction.map(|j| j.code());
    let severity = |s: &dyn std::fmt::Debug| format!("{s:?}").to_lowercase();
    let rules = all_packs()
        .filter(|p| wanted.is_none_or(|w| w == p.pack))
        .flat_map(|pack| pack.rules.iter().map(move |r| (pack, r)))
        .map(|(pack, r)| Line {
            audit: false,
            id: &r.id,
            severity: severity(&r.severity),
            title: &r.title,
            json: serde_json::json!({
                "id": r.id, "severity": severity(&r.severity), "title": r.title, "refs": r.refs,
                "pack": pack.pack, "pack_version": pack.version, "command": "check",
            }),
        });
    let audits = [Jurisdiction::Fr, Jurisdiction::Be, Jurisdiction::Qc]
        .into_iter()
        .filter(|j| wanted.is_none_or(|w| w == j.code()))
        .flat_map(|j| audit_for(j).checks.iter().map(move |c| (j, c)))
        .map(|(j, c)| Line {
            audit: true,
            id: &c.id,
            severity: severity(&c.severity),
            title: &c.what,
            json: serde_json::json!({
                "id": c.id, "severity": severity(&c.severity), "title": c.what, "refs": c.refs,
                "pack": j.code(), "command": "audit",
            }),
        });
    let mut n = 0;
    let mut heading = false;
    for line in rules.chain(audits) {
        n += 1;
        let res = match args.output.format {
            Format::Human => {
                let head = if line.audit && !heading {
                    heading = true;
                    writeln!(out, "\n# creance audit (a letter written elsewhere)")
                } else {
                    Ok(())
                };
                head.and_then(|()| {
                    writeln!(out, "{:<12} {:<8} {}", line.id, line.severity, line.title)
                })
            }
            _ => writeln!(out, "{}", line.json),
        };
        if let Err(e) = res {
            return io_exit(e);
        }
    }
    if n == 0 && args.output.format == Format::Human {
        let _ = writeln!(
            out,
            "no rules for `{}` in this version",
            wanted.unwrap_or("?")
        );
    }
    Exit::Ok
}
