//! One file per subcommand; this module holds what they share: the analysis of a case (load →
//! compute → rules), exit codes, and output streams.

pub mod amounts;
pub mod audit;
pub mod batch;
pub mod check;
pub mod explain;
pub mod generate;
pub mod new;
pub mod render;
pub mod rules;
pub mod schema;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::case::{LoadError, LoadedCase, load_file};
use crate::cli::{ColorChoice, OutputArgs};
use crate::compute::claim::{Computation, compute};
use crate::diag::{Diagnostic, Severity};
use crate::rules::context::{Context, DocKind};

/// design.md: 0 success, 1 the input has findings, 2 creance could not run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    Findings = 1,
    Failure = 2,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

/// A case that loaded, computed and went through its rule pack.
pub struct Analysis {
    pub loaded: LoadedCase,
    pub computation: Computation,
    /// Located findings, errors first.
    pub findings: Vec<Diagnostic>,
}

/// Loads, computes and checks a case for the given documents (if empty: the default documents
/// and those the case asks for, [`DocKind::for_case`]).
pub fn analyze(path: &Path, docs: &[DocKind]) -> Result<Analysis, LoadError> {
    let loaded = load_file(path)?;
    Ok(analyze_loaded(loaded, docs))
}

pub fn analyze_loaded(loaded: LoadedCase, docs: &[DocKind]) -> Analysis {
    let docs = if docs.is_empty() {
        DocKind::for_case(&loaded.case)
    } else {
        docs.to_vec()
    };
    let computation = compute(&loaded.case);
    let ctx = Context::new(&loaded.case, &computation, &docs);
    let mut findings: Vec<Diagnostic> = crate::rules::evaluate(&ctx)
        .into_iter()
        .map(|d| loaded.locate(d))
        .collect();
    // Stable: errors first, then by line, keeping pack order within a line.
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.line.cmp(&b.line)));
    Analysis {
        loaded,
        computation,
        findings,
    }
}

/// Standard output with the colour choice applied.
pub fn stdout(color: ColorChoice) -> anstream::AutoStream<io::Stdout> {
    let choice = match color {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    };
    anstream::AutoStream::new(io::stdout(), choice)
}

/// Prints findings in the chosen format.
pub fn print_findings(
    out: &mut dyn Write,
    args: &OutputArgs,
    findings: &[Diagnostic],
    source: Option<&str>,
) -> io::Result<()> {
    match args.format {
        crate::cli::Format::Human => {
            for d in findings {
                crate::diag::human::write(out, d, source)?;
            }
        }
        crate::cli::Format::Json => {
            for d in findings {
                crate::diag::json::write(out, d)?;
            }
        }
        crate::cli::Format::Sarif => {
            let rules = crate::rules::all_packs()
                .flat_map(|p| p.rules.iter())
                .map(|r| {
                    (
                        r.id.clone(),
                        r.title.clone(),
                        r.refs.first().and_then(|x| x.url.clone()),
                    )
                })
                .collect::<Vec<_>>();
            serde_json::to_writer_pretty(&mut *out, &crate::diag::sarif::log(findings, &rules))
                .map_err(io::Error::other)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// The findings of a case that failed to load.
pub fn load_error_findings(e: LoadError) -> (Vec<Diagnostic>, Option<String>, Exit) {
    match e {
        LoadError::Io(d) => (vec![*d], None, Exit::Failure),
        LoadError::Invalid { diagnostics, text } => (diagnostics, Some(text), Exit::Findings),
    }
}

/// Maps an output error: a closed pipe (`creance check … | head`) is a normal end.
pub fn io_exit(e: io::Error) -> Exit {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Exit::Ok
    } else {
        let _ = writeln!(io::stderr(), "creance: cannot write output: {e}");
        Exit::Failure
    }
}

pub fn count_line(findings: &[Diagnostic]) -> String {
    let errors = findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    format!(
        "{errors} error{}, {warnings} warning{}",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" }
    )
}
