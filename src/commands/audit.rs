//! `creance audit LETTER...`: the mentions check of letters written elsewhere (src/audit/).
//!
//! Output, like `check`: problems in the chosen format (human, JSON Lines, SARIF), exit 1 on
//! errors (or warnings under `--strict`), 2 when a letter cannot be read (damaged, encrypted
//! or scanned PDF). The mentions found are `info` findings with their place; the human format
//! lists them as a compact checklist after the problems rather than one block each.

use std::io::{self, Write};

use super::check::worst;
use super::{Exit, count_line, io_exit, stdout};
use crate::audit::spec::all_checks;
use crate::audit::{Report, audit, read};
use crate::case::model::Jurisdiction;
use crate::cli::{AuditArgs, Format};
use crate::diag::{Diagnostic, Severity, Tally};

pub fn run(args: &AuditArgs) -> Exit {
    let mut out = stdout(args.output.color);
    let mut exit = Exit::Ok;
    let mut all = Vec::new();
    for path in &args.letters {
        let opts = crate::audit::Options {
            jurisdiction: args.jurisdiction,
            doc: args.doc,
            language: args.language,
            sender: args.sender,
            debtor: args.debtor,
        };
        let outcome = read(path).and_then(|letter| audit(&letter, &opts));
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        let (findings, letter_exit) = match outcome {
            Ok(report) => {
                let fails = Tally::of(&report.findings).fails(args.strict);
                let e = if fails { Exit::Findings } else { Exit::Ok };
                if let Err(e) = print(&mut out, args, &name, &report, e) {
                    return io_exit(e);
                }
                let mut f = report.findings;
                f.extend(report.found);
                (f, e)
            }
            Err(why) => {
                let d = Diagnostic::error("AUD-INPUT", why).with_file(name.clone());
                if args.output.format != Format::Sarif
                    && let Err(e) = print_plain(&mut out, args, &name, &d)
                {
                    return io_exit(e);
                }
                (vec![d], Exit::Failure)
            }
        };
        all.extend(findings);
        exit = worst(exit, letter_exit);
    }
    if args.output.format == Format::Sarif {
        let rules: Vec<(String, String, Option<String>)> = all_checks()
            .filter(|c| c.id.starts_with(&args.jurisdiction.code().to_uppercase()))
            .map(|c| {
                (
                    c.id.clone(),
                    c.what.clone(),
                    c.refs.first().and_then(|r| r.url.clone()),
                )
            })
            .collect();
        let log = crate::diag::sarif::log(&all, &rules);
        if let Err(e) = serde_json::to_writer_pretty(&mut out, &log)
            .map_err(io::Error::other)
            .and_then(|()| writeln!(out))
        {
            return io_exit(e);
        }
    }
    exit
}

/// A letter that could not be read: its one finding.
fn print_plain(
    out: &mut dyn Write,
    args: &AuditArgs,
    name: &str,
    d: &Diagnostic,
) -> io::Result<()> {
    match args.output.format {
        Format::Json => crate::diag::json::write(out, d),
        _ => {
            crate::diag::human::write(out, d, None)?;
            if !args.output.quiet {
                writeln!(out, "{name}: not audited")?;
            }
            Ok(())
        }
    }
}

fn print(
    out: &mut dyn Write,
    args: &AuditArgs,
    name: &str,
    r: &Report,
    exit: Exit,
) -> io::Result<()> {
    match args.output.format {
        Format::Sarif => Ok(()),
        Format::Json => {
            for d in r.findings.iter().chain(&r.found) {
                crate::diag::json::write(out, d)?;
            }
            Ok(())
        }
        Format::Human => {
            for d in &r.findings {
                crate::diag::human::write(out, d, Some(&r.source))?;
            }
            if args.output.quiet {
                return Ok(());
            }
            writeln!(
                out,
                "{name}: {} ({}), in {}{}, {} page{}; sender: {}; debtor: {}",
                args.doc.label(),
                jurisdiction_name(args.jurisdiction),
                r.language.name(),
                if r.language_detected {
                    " (detected)"
                } else {
                    ""
                },
                r.pages,
                if r.pages == 1 { "" } else { "s" },
                r.sender.code(),
                r.debtor.map_or("unknown", |d| d.code()),
            )?;
            for d in &r.found {
                let at = match (&d.field, d.line) {
                    (Some(f), _) => f.clone(),
                    (None, Some(l)) => format!("line {l}"),
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "  found  {:<11} {at:<18} {}",
                    d.code,
                    d.message.trim_start_matches("found ")
                )?;
            }
            let verdict = if exit == Exit::Ok { "ok" } else { "fails" };
            let problems: Vec<Diagnostic> = r
                .findings
                .iter()
                .filter(|d| d.severity != Severity::Info)
                .cloned()
                .collect();
            writeln!(
                out,
                "{name}: {} checked, {} found — {} — {verdict}",
                r.checked,
                r.found.len(),
                count_line(&problems)
            )
        }
    }
}

fn jurisdiction_name(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Fr => "France",
        Jurisdiction::Be => "Belgium",
        Jurisdiction::Qc => "Québec",
    }
}

/// `creance explain FR-AUD-001`: an audit check's text, law and patterns.
pub fn explain(out: &mut dyn Write, id: &str, format: Format) -> Option<io::Result<()>> {
    let c = crate::audit::spec::find(id)?;
    let res = match format {
        Format::Human => (|| {
            writeln!(out, "{} ({}): {}", c.id, c.severity.label(), c.what)?;
            writeln!(
                out,
                "Audit check of `creance audit` ({:?}) — documents: {}",
                c.kind,
                c.docs.join(", ")
            )?;
            if !c.sender.is_empty() {
                writeln!(out, "Only when the sender is: {}", c.sender.join(", "))?;
            }
            if !c.debtor.is_empty() {
                writeln!(out, "Only when the debtor is: {}", c.debtor.join(", "))?;
            }
            writeln!(out)?;
            for line in c.explain.trim_end().lines() {
                writeln!(out, "  {line}")?;
            }
            writeln!(out)?;
            writeln!(
                out,
                "Legal references (confidence [{}]: {}):",
                c.confidence,
                confidence(&c.confidence)
            )?;
            for r in &c.refs {
                match &r.url {
                    Some(u) => writeln!(out, "  - {} <{u}>", r.article)?,
                    None => writeln!(out, "  - {}", r.article)?,
                }
            }
            if let Some(m) = &c.mention {
                writeln!(
                    out,
                    "\nThe same mention as {m}, checked on the letters creance renders."
                )?;
            }
            if !c.expected.is_empty() {
                writeln!(out, "\nExpected wording, for example:")?;
                for (lang, text) in &c.expected {
                    writeln!(out, "  {lang}: {text}")?;
                }
            }
            Ok(())
        })(),
        _ => {
            let v = serde_json::json!({
                "id": c.id, "severity": c.severity.label(), "title": c.what, "kind": format!("{:?}", c.kind).to_lowercase(),
                "documents": c.docs, "sender": c.sender, "debtor": c.debtor, "refs": c.refs,
                "confidence": c.confidence, "explain": c.explain, "expected": c.expected, "mention": c.mention,
                "minimum_days": c.minimum_days,
            });
            writeln!(out, "{v}")
        }
    };
    Some(res)
}

fn confidence(code: &str) -> &'static str {
    match code {
        "P" => "primary text read",
        "C" => "confirmed by a source read",
        "S" => "secondary source",
        "K" => "general knowledge, not re-verified",
        "U" => "unconfirmed",
        "D" => "derived",
        _ => "unknown",
    }
}
