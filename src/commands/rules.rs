//! `creance rules [--jurisdiction X]`: the rules, one per line: those `check` applies to a
//! case file, then those `audit` applies to a letter written elsewhere
//! (`jurisdictions/*/audit.yaml`). `explain` takes the ids of both.

use std::io::Write;

use super::{Exit, io_exit, stdout};
use crate::audit::spec::audit_for;
use crate::case::model::Jurisdiction;
use crate::cli::{Format, RulesArgs};
use crate::rules::all_packs;

pub fn run(args: &RulesArgs) -> Exit {
    let mut out = stdout(args.output.color);
    let wanted = args.jurisdiction.map(|j| j.code());
    let mut n = 0;
    for pack in all_packs().filter(|p| wanted.is_none_or(|w| w == p.pack)) {
        for r in &pack.rules {
            n += 1;
            let res = match args.output.format {
                Format::Human => writeln!(
                    out,
                    "{:<12} {:<8} {}",
                    r.id,
                    format!("{:?}", r.severity).to_lowercase(),
                    r.title
                ),
                _ => {
                    let v = serde_json::json!({
                        "id": r.id, "severity": format!("{:?}", r.severity).to_lowercase(),
                        "title": r.title, "refs": r.refs, "pack": pack.pack, "pack_version": pack.version,
                        "command": "check",
                    });
                    writeln!(out, "{v}")
                }
            };
            if let Err(e) = res {
                return io_exit(e);
            }
        }
    }
    let mut heading = false;
    for j in [Jurisdiction::Fr, Jurisdiction::Be, Jurisdiction::Qc]
        .into_iter()
        .filter(|j| wanted.is_none_or(|w| w == j.code()))
    {
        for c in &audit_for(j).checks {
            n += 1;
            let severity = format!("{:?}", c.severity).to_lowercase();
            let res = match args.output.format {
                Format::Human => {
                    let head = if heading {
                        Ok(())
                    } else {
                        heading = true;
                        writeln!(out, "\n# creance audit (a letter written elsewhere)")
                    };
                    head.and_then(|()| writeln!(out, "{:<12} {:<8} {}", c.id, severity, c.what))
                }
                _ => {
                    let v = serde_json::json!({
                        "id": c.id, "severity": severity, "title": c.what, "refs": c.refs,
                        "pack": j.code(), "command": "audit",
                    });
                    writeln!(out, "{v}")
                }
            };
            if let Err(e) = res {
                return io_exit(e);
            }
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
