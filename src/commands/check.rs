//! `creance check CASE...`: every finding of every case; exit 1 if any case fails. For each
//! document checked that the case's stage does not allow yet (an injunction before any formal
//! notice, a payment plan without terms…), an `info[DOC-STAGE]` finding says why
//! (`compute::procedure::document_status`); it never fails the check by itself.

use std::io::Write;

use super::{Exit, analyze, count_line, io_exit, load_error_findings, print_findings, stdout};
use crate::cli::{CheckArgs, Format};
use crate::compute::procedure::document_status;
use crate::diag::{Diagnostic, Severity, Tally};
use crate::rules::context::DocKind;

pub fn run(args: &CheckArgs) -> Exit {
    let mut out = stdout(args.output.color);
    let mut exit = Exit::Ok;
    for path in &args.cases {
        let name = path.display().to_string();
        let (findings, source, case_exit) = match analyze(path, &args.docs) {
            Ok(mut a) => {
                let fails = Tally::of(&a.findings).fails(args.strict);
                let e = if fails { Exit::Findings } else { Exit::Ok };
                let stage = stage_findings(&a, &args.docs);
                a.findings.extend(stage);
                (a.findings, Some(a.loaded.text), e)
            }
            Err(e) => load_error_findings(e),
        };
        if let Err(e) = print_findings(&mut out, &args.output, &findings, source.as_deref()) {
            return io_exit(e);
        }
        if args.output.format == Format::Human && !args.output.quiet {
            let verdict = match case_exit {
                Exit::Ok => "ok",
                Exit::Findings => "fails",
                Exit::Failure => "not checked",
            };
            if let Err(e) = writeln!(out, "{name}: {} — {verdict}", count_line(&findings)) {
                return io_exit(e);
            }
        }
        exit = worst(exit, case_exit);
    }
    exit
}

/// Why the documents checked (`--doc`, else the case's own, [`DocKind::for_case`]) are not
/// allowed at the case's stage: one info finding per reason, located at its field.
fn stage_findings(a: &super::Analysis, docs: &[DocKind]) -> Vec<Diagnostic> {
    let case = &a.loaded.case;
    let docs = if docs.is_empty() {
        DocKind::for_case(case)
    } else {
        docs.to_vec()
    };
    document_status(case, &a.computation)
        .into_iter()
        .filter(|s| docs.contains(&s.doc))
        .flat_map(|s| {
            s.blockers.into_iter().map(move |b| {
                let mut d = Diagnostic::new(
                    "DOC-STAGE",
                    Severity::Info,
                    format!("the {} is not allowed yet: {}", s.doc.slug(), b.message),
                )
                .with_help("resolve this first; the other documents are not affected");
                if let Some(f) = b.field {
                    d = d.with_field(f);
                }
                a.loaded.locate(d)
            })
        })
        .collect()
}

/// Failure (2) beats findings (1) beats success (0).
pub fn worst(a: Exit, b: Exit) -> Exit {
    if (a as u8) >= (b as u8) { a } else { b }
}
