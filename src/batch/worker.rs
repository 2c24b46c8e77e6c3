//! One case of a batch: read, hash, check, render each document, write PDF and sidecar
//! atomically. Never panics on bad input: every problem becomes a failed case with findings.
//!
//! The files are renamed into place whole (a killed batch leaves no partial PDF) but not
//! flushed to disk here: the thread of `commands::batch` that collects the results flushes
//! them, so that no worker waits for the disk. Waiting for it twice per letter in the worker
//! cost 5–12 % of a batch's time on the benchmark machine, depending on how busy its disk was.

use std::collections::HashMap;
use std::path::Path;

use super::record::{FailedCase, OutputRecord, Versions, reusable, sha256_hex, sidecar_path};
use crate::case::{LoadError, load_bytes};
use crate::commands::analyze_loaded;
use crate::diag::{Diagnostic, Severity, Tally};
use crate::letters::{DocInput, mentions, try_build};
use crate::render::{Renderer, write_atomic_unsynced};
use crate::rules::context::DocKind;
use crate::rules::spec::rules_version;

/// What every worker shares, read-only except the output-name claims.
pub struct Job<'a> {
    pub renderer: &'a Renderer,
    pub out_dir: &'a Path,
    pub docs: &'a [DocKind],
    pub strict: bool,
    pub resume: bool,
    /// Case reference → the input that owns its output names. Two cases with the same
    /// reference would write the same files: the first in path order keeps them, decided before
    /// any worker starts (see `batch::discover::owners`), so no thread order can change it.
    pub owners: &'a HashMap<String, String>,
}

#[derive(Debug)]
pub enum Outcome {
    Done {
        rendered: Vec<OutputRecord>,
        skipped: Vec<OutputRecord>,
    },
    Failed(FailedCase),
}

fn failed(
    input: &str,
    sha: Option<&str>,
    reason: impl Into<String>,
    findings: Vec<Diagnostic>,
) -> Outcome {
    Outcome::Failed(FailedCase {
        input: input.to_string(),
        input_sha256: sha.map(str::to_string),
        reason: reason.into(),
        findings,
    })
}

/// Runs `case` (the processing of the case file `input`), turning a panic into a failed case
/// `BATCH-PANIC` so that one bad case cannot end a batch of thousands without a manifest. A
/// panic is a bug of creance or Typst, never a way to report bad input: the default hook has
/// already printed it on stderr with its location, and the finding asks for a report.
///
/// The release profile unwinds (`panic = "unwind"`) for this. Shared state stays sound: a
/// worker shares only read-only data (renderer, rule packs, owners) and the channel, and the
/// next document evicts whatever Typst's cache kept of the failed one. One exception remains:
/// a panic inside a job that Typst hands to rayon with `rayon::spawn` (deferred work of the
/// PDF export) aborts the process, as rayon does for every spawned job.
pub fn guarded(input: &Path, case: impl FnOnce() -> Outcome) -> Outcome {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(case)) {
        Ok(outcome) => outcome,
        Err(payload) => {
            let input = input.display().to_string();
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            let d = Diagnostic::error(
                "BATCH-PANIC",
                format!("creance panicked on this case: {what}"),
            )
            .with_file(&input)
            .with_help(
                "this is a bug in creance: please report it with the case file; \
                 the other cases of the batch were processed",
            );
            failed(&input, None, "creance panicked (a bug)", vec![d])
        }
    }
}

pub fn process(job: &Job, path: &Path) -> Outcome {
    let input = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let d = Diagnostic::error("CASE-IO", format!("cannot read `{input}`: {e}"))
                .with_file(&input);
            return failed(&input, None, "unreadable", vec![d]);
        }
    };
    let sha = sha256_hex(&bytes);
    let loaded = match load_bytes(bytes, &input) {
        Ok(l) => l,
        Err(LoadError::Io(d)) => return failed(&input, Some(&sha), "unreadable", vec![*d]),
        Err(LoadError::Invalid { diagnostics, .. }) => {
            return failed(&input, Some(&sha), "invalid case file", diagnostics);
        }
    };
    let versions = Versions {
        creance: env!("CARGO_PKG_VERSION").to_string(),
        rules: rules_version(loaded.case.jurisdiction),
        rates: crate::compute::data::rates_version(loaded.case.jurisdiction),
        templates: job.renderer.template_fingerprint().to_string(),
    };
    let reference = loaded.case.reference.trim().to_string();
    if let Some(owner) = job.owners.get(&reference)
        && *owner != input
    {
        return failed(
            &input,
            Some(&sha),
            format!("the reference `{reference}` is already used by `{owner}`"),
            vec![
                Diagnostic::error(
                    "BATCH-DUPLICATE",
                    format!("reference `{reference}` is used by another case file: `{owner}`"),
                )
                .with_file(&input)
                .with_field("reference")
                .with_help("give every case its own reference: output files are named after it"),
            ],
        );
    }
    let name = |doc: DocKind| format!("{reference}-{}.pdf", doc.slug());

    let mut skipped = Vec::new();
    let mut todo = Vec::new();
    for &doc in job.docs {
        match job
            .resume
            .then(|| reusable(&job.out_dir.join(name(doc)), &sha, &versions))
            .flatten()
        {
            Some(record) if record.input == input => skipped.push(record),
            _ => todo.push(doc),
        }
    }
    if todo.is_empty() {
        return Outcome::Done {
            rendered: Vec::new(),
            skipped,
        };
    }

    if !crate::letters::available(loaded.case.jurisdiction) {
        return failed(
            &input,
            Some(&sha),
            format!(
                "letters for `{}` are not available yet in this version",
                loaded.case.jurisdiction.code()
            ),
            Vec::new(),
        );
    }
    let analysis = analyze_loaded(loaded, job.docs);
    if Tally::of(&analysis.findings).fails(job.strict) {
        return failed(
            &input,
            Some(&sha),
            "the case has findings",
            analysis.findings,
        );
    }
    let case = &analysis.loaded.case;
    let mut rendered = Vec::new();
    for doc in todo {
        let view = match try_build(&DocInput {
            case,
            computation: &analysis.computation,
            doc,
            draft: false,
            findings: &analysis.findings,
        }) {
            Ok(v) => v,
            Err(why) => return failed(&input, Some(&sha), why, Vec::new()),
        };
        let json = match serde_json::to_value(&view) {
            Ok(v) => v,
            Err(e) => return failed(&input, Some(&sha), format!("view model: {e}"), Vec::new()),
        };
        let file_name = name(doc);
        let ident = file_name.trim_end_matches(".pdf").to_string();
        let out = match job.renderer.render(doc.slug(), &json, case.date, &ident) {
            Ok(r) => r,
            Err(e) => {
                return failed(
                    &input,
                    Some(&sha),
                    format!("rendering failed: {e}"),
                    Vec::new(),
                );
            }
        };
        let missing: Vec<Diagnostic> = mentions::missing(
            doc.slug(),
            &view,
            &out.text,
            crate::letters::by_agency(case),
        )
        .into_iter()
        .map(|d| d.with_file(&input))
        .collect();
        if !missing.is_empty() {
            return failed(
                &input,
                Some(&sha),
                "a mandatory mention is missing",
                missing,
            );
        }
        let record = OutputRecord {
            input: input.clone(),
            input_sha256: sha.clone(),
            document: doc.slug().to_string(),
            output: file_name.clone(),
            output_sha256: sha256_hex(&out.pdf),
            pages: out.pages,
            versions: versions.clone(),
            findings: analysis
                .findings
                .iter()
                .filter(|d| d.severity != Severity::Error)
                .cloned()
                .collect(),
        };
        let pdf_path = job.out_dir.join(&file_name);
        // Sidecar after the PDF: a sidecar always describes a complete PDF.
        let sidecar = serde_json::to_vec_pretty(&record).unwrap_or_default();
        if let Err(e) = write_atomic_unsynced(&pdf_path, &out.pdf)
            .and_then(|()| write_atomic_unsynced(&sidecar_path(&pdf_path), &sidecar))
        {
            return failed(
                &input,
                Some(&sha),
                format!("cannot write `{}`: {e}", pdf_path.display()),
                Vec::new(),
            );
        }
        rendered.push(record);
    }
    Outcome::Done { rendered, skipped }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_case_becomes_a_failed_case() {
        let path = Path::new("cases/bad.yaml");
        let outcome = guarded(path, || panic!("index out of bounds"));
        let Outcome::Failed(f) = outcome else {
            panic!("expected a failed case, got {outcome:?}")
        };
        assert_eq!(f.input, "cases/bad.yaml");
        assert_eq!(f.findings.len(), 1);
        assert_eq!(f.findings[0].code, "BATCH-PANIC");
        assert!(f.findings[0].message.contains("index out of bounds"));

        let formatted = guarded(path, || panic!("{} invoices", 3));
        let Outcome::Failed(f) = formatted else {
            panic!("expected a failed case")
        };
        assert!(f.findings[0].message.contains("3 invoices"));
    }

    #[test]
    fn a_case_that_does_not_panic_is_passed_through() {
        let outcome = guarded(Path::new("x.yaml"), || Outcome::Done {
            rendered: Vec::new(),
            skipped: Vec::new(),
        });
        assert!(matches!(outcome, Outcome::Done { .. }));
    }
}
