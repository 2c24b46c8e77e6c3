//! `creance rules [--jurisdiction X]`: the rules, one per line.

use std::io::Write;

use super::{Exit, io_exit, stdout};
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
