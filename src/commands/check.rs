//! `creance check CASE...`: every finding of every case; exit 1 if any case fails.

use std::io::Write;

use super::{Exit, analyze, count_line, io_exit, load_error_findings, print_findings, stdout};
use crate::cli::{CheckArgs, Format};
use crate::diag::Tally;

pub fn run(args: &CheckArgs) -> Exit {
    let mut out = stdout(args.output.color);
    let mut exit = Exit::Ok;
    for path in &args.cases {
        let name = path.display().to_string();
        let (findings, source, case_exit) = match analyze(path, &args.docs) {
            Ok(a) => {
                let fails = Tally::of(&a.findings).fails(args.strict);
                let e = if fails { Exit::Findings } else { Exit::Ok };
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

/// Failure (2) beats findings (1) beats success (0).
pub fn worst(a: Exit, b: Exit) -> Exit {
    if (a as u8) >= (b as u8) { a } else { b }
}
