//! `creance render CASE`: check, then write `<reference>-<document>.pdf` for each document.
//! A case with errors is refused unless `--draft`, which watermarks every page "PROJET" and
//! lists the findings on a last page.

use std::io::Write;

use super::{Exit, analyze, count_line, io_exit, load_error_findings, print_findings, stdout};
use crate::cli::{Format, RenderArgs};
use crate::diag::Tally;
use crate::letters::{DocInput, mentions, try_build};
use crate::render::{Renderer, write_atomic};
use crate::rules::context::DocKind;

pub fn run(args: &RenderArgs) -> Exit {
    let mut out = stdout(args.out.color);
    let all = args.docs.contains(&crate::cli::DocChoice::All);
    let docs: Vec<DocKind> = if all {
        // Every document of the case (its plan and court-request blocks included): decided
        // once the case is loaded.
        Vec::new()
    } else if args.docs.is_empty() {
        DocKind::ALL.to_vec()
    } else {
        args.docs.iter().filter_map(|d| d.kind()).collect()
    };
    let analysis = match analyze(&args.case, &docs) {
        Ok(a) => a,
        Err(e) => {
            let (findings, source, exit) = load_error_findings(e);
            return match print_findings(&mut out, &args.out, &findings, source.as_deref()) {
                Ok(()) => exit,
                Err(e) => io_exit(e),
            };
        }
    };
    if !crate::letters::available(analysis.loaded.case.jurisdiction) {
        let _ = writeln!(
            std::io::stderr(),
            "creance: letters for `{}` are not available yet in this version; `check` and `amounts` are",
            analysis.loaded.case.jurisdiction.code()
        );
        return Exit::Failure;
    }
    let tally = Tally::of(&analysis.findings);
    let blocked = tally.fails(args.strict);
    if let Err(e) = print_findings(
        &mut out,
        &args.out,
        &analysis.findings,
        Some(&analysis.loaded.text),
    ) {
        return io_exit(e);
    }
    if blocked && !args.draft {
        let _ = writeln!(
            out,
            "{}: {} — not rendered (fix the findings, or use --draft for a watermarked draft)",
            analysis.loaded.file,
            count_line(&analysis.findings)
        );
        return Exit::Findings;
    }
    let renderer = match &args.templates {
        Some(dir) => Renderer::with_template_dir(dir),
        None => Renderer::new(),
    };
    let renderer = match renderer {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "creance: cannot load the templates: {e}");
            return Exit::Failure;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        let _ = writeln!(
            std::io::stderr(),
            "creance: cannot create `{}`: {e}",
            args.output.display()
        );
        return Exit::Failure;
    }
    let case = &analysis.loaded.case;
    let docs = if all {
        let mut allowed = Vec::new();
        let asked = DocKind::for_case(case);
        for (doc, status) in
            crate::compute::procedure::allowed_documents(case, &analysis.computation)
        {
            if !asked.contains(&doc) {
                continue;
            }
            match status {
                Ok(()) => allowed.push(doc),
                Err(why) => {
                    let _ = writeln!(
                        out,
                        "{}-{}: not yet ({why})",
                        case.reference.trim(),
                        doc.slug()
                    );
                }
            }
        }
        allowed
    } else {
        docs
    };
    for doc in docs {
        let view = match try_build(&DocInput {
            case,
            computation: &analysis.computation,
            doc,
            draft: args.draft,
            findings: &analysis.findings,
        }) {
            Ok(v) => v,
            Err(why) => {
                let _ = writeln!(
                    out,
                    "{}-{}: not written ({why})",
                    case.reference.trim(),
                    doc.slug()
                );
                return Exit::Findings;
            }
        };
        let json = match serde_json::to_value(&view) {
            Ok(v) => v,
            Err(e) => {
                let _ = writeln!(
                    std::io::stderr(),
                    "creance: cannot build the view model: {e}"
                );
                return Exit::Failure;
            }
        };
        let ident = format!("{}-{}", case.reference.trim(), doc.slug());
        let rendered = match renderer.render(doc.slug(), &json, case.date, &ident) {
            Ok(r) => r,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "creance: rendering {ident} failed: {e}");
                return Exit::Failure;
            }
        };
        let missing: Vec<_> = mentions::missing(
            doc.slug(),
            &view,
            &rendered.text,
            crate::letters::by_agency(case),
        )
        .into_iter()
        .map(|d| d.with_file(&analysis.loaded.file))
        .collect();
        if !missing.is_empty() {
            if let Err(e) = print_findings(&mut out, &args.out, &missing, None) {
                return io_exit(e);
            }
            if !args.draft {
                let _ = writeln!(out, "{ident}: not written (a mandatory mention is missing)");
                return Exit::Findings;
            }
        }
        let pdf = rendered.pdf;
        let suffix = if view.draft { "-draft" } else { "" };
        let path = args.output.join(format!("{ident}{suffix}.pdf"));
        if let Err(e) = write_atomic(&path, &pdf) {
            let _ = writeln!(
                std::io::stderr(),
                "creance: cannot write `{}`: {e}",
                path.display()
            );
            return Exit::Failure;
        }
        if args.out.format == Format::Human
            && !args.out.quiet
            && let Err(e) = writeln!(out, "wrote {} ({} bytes)", path.display(), pdf.len())
        {
            return io_exit(e);
        }
    }
    Exit::Ok
}
