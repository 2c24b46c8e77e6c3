//! `creance generate -n N --seed S -o DIR` (hidden): case files for tests and benchmarks.

use std::io::Write;

use super::Exit;
use crate::batch::generate::case_for;
use crate::cli::{GenerateArgs, ViewArgs};

pub fn run(args: &GenerateArgs) -> Exit {
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        let _ = writeln!(
            std::io::stderr(),
            "creance: cannot create `{}`: {e}",
            args.output.display()
        );
        return Exit::Failure;
    }
    for i in 0..args.count {
        let text = case_for(
            args.jurisdiction,
            args.seed,
            i,
            args.min_invoices,
            args.max_invoices,
            args.b2b_only,
        );
        let path = args.output.join(format!("case-{i:06}.yaml"));
        if let Err(e) = crate::render::write_atomic(&path, text.as_bytes()) {
            let _ = writeln!(
                std::io::stderr(),
                "creance: cannot write `{}`: {e}",
                path.display()
            );
            return Exit::Failure;
        }
    }
    Exit::Ok
}

/// `creance view CASE --doc KIND` (hidden): the view model as JSON, whatever the findings.
pub fn view(args: &ViewArgs) -> Exit {
    let analysis = match super::analyze(&args.case, &[args.doc]) {
        Ok(a) => a,
        Err(e) => {
            let (findings, source, exit) = super::load_error_findings(e);
            let mut err = std::io::stderr();
            for d in &findings {
                let _ = crate::diag::human::write(&mut err, d, source.as_deref());
            }
            return exit;
        }
    };
    let view = crate::letters::build(&crate::letters::DocInput {
        case: &analysis.loaded.case,
        computation: &analysis.computation,
        doc: args.doc,
        draft: false,
        findings: &analysis.findings,
    });
    match serde_json::to_string_pretty(&view) {
        Ok(text) => match writeln!(std::io::stdout(), "{text}") {
            Ok(()) => Exit::Ok,
            Err(e) => super::io_exit(e),
        },
        Err(_) => Exit::Failure,
    }
}
