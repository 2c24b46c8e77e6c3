//! `creance batch DIR|FILE... -o OUT`: every case of a folder tree in one process.
//!
//! Fonts, the Typst library, templates and rule packs are built once and shared read-only by
//! N plain worker threads (8 MiB stacks: Typst's layout recursion is deep, and a rayon pool is
//! the wrong tool for a loop whose items each take milliseconds). Each document evicts Typst's
//! cache (in `Renderer::render`), so memory stays flat over tens of thousands of letters.
//! A failed case is reported and the batch goes on; the exit code is 1 if any case failed.
//!
//! Durability: every PDF and sidecar is renamed into place whole, so a batch that is killed
//! leaves no partial file and `--resume` completes it. The workers do not wait for the disk:
//! the thread that collects their results flushes each case's files (fsync) as it arrives,
//! while the workers render the next cases, then flushes the folder once at the end, and only
//! then writes `manifest.json` (itself flushed). So a manifest never vouches for an output
//! that is not on disk, and the disk's latency overlaps the rendering instead of following it.
//! A case's JSON line comes after its files' flush but before the folder's: until the
//! manifest is written, a power loss can still lose the new names. What a power loss (or
//! kernel crash) during a batch can lose is the outputs of that batch not yet written back by
//! the kernel: such a file may be missing, empty or truncated. `--resume` re-renders it, since it trusts an output only
//! if its sidecar parses, names the same input hash and versions, and the PDF's SHA-256 matches.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use serde_json::json;

use super::{Exit, io_exit, stdout};
use crate::batch::discover::{discover, owners, reference_of};
use crate::batch::record::{FailedCase, Manifest, OutputRecord, sidecar_path};
use crate::batch::worker::{Job, Outcome, guarded, process};
use crate::cli::{BatchArgs, Format};
use crate::render::{Renderer, sync_dir, sync_file, write_atomic};
use crate::rules::context::DocKind;

const STACK: usize = 8 << 20;

pub fn run(args: &BatchArgs) -> Exit {
    let started = Instant::now();
    let mut out = stdout(args.out.color);
    let mut err = std::io::stderr();
    let mut inputs = match discover(&args.inputs) {
        Ok(i) => i,
        Err(e) => {
            let _ = writeln!(err, "creance: {e}");
            return Exit::Failure;
        }
    };
    if let Some(shard) = args.shard {
        inputs.retain(|p| shard.owns(p));
    }
    let renderer = match &args.templates {
        Some(dir) => Renderer::with_template_dir(dir),
        None => Renderer::new(),
    };
    let mut renderer = match renderer {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(err, "creance: cannot load the templates: {e}");
            return Exit::Failure;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        let _ = writeln!(
            err,
            "creance: cannot create `{}`: {e}",
            args.output.display()
        );
        return Exit::Failure;
    }
    let docs: Vec<DocKind> = if args.docs.is_empty() {
        DocKind::ALL.to_vec()
    } else {
        args.docs.clone()
    };
    let threads = args
        .jobs
        .unwrap_or_else(cores)
        .clamp(1, 256)
        .min(inputs.len().max(1));
    renderer.set_workers(threads);
    // See `typst_pool`: with fewer workers than cores, Typst's own parallelism uses the rest.
    let own_pools = threads >= cores();

    // Phase 1: every case's reference, in parallel, to decide who owns each output name.
    let references = parallel_map(&inputs, threads, |p| reference_of(p));
    let owners = owners(&inputs, &references);
    let job = Job {
        renderer: &renderer,
        out_dir: &args.output,
        docs: &docs,
        strict: args.strict,
        resume: args.resume,
        owners: &owners,
    };
    // The bar only on a terminal, and only for human output: nothing of it in logs or JSON.
    let bar =
        if args.out.format == Format::Human && !args.out.quiet && std::io::stderr().is_terminal() {
            let b = indicatif::ProgressBar::new(inputs.len() as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} cases  {elapsed} (eta {eta})",
            ) {
                b.set_style(style);
            }
            b
        } else {
            indicatif::ProgressBar::hidden()
        };

    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Outcome, f64)>();
    let mut outcomes: Vec<Option<Outcome>> = (0..inputs.len()).map(|_| None).collect();
    let mut write_error = None;
    std::thread::scope(|scope| {
        for i in 0..threads {
            let tx = tx.clone();
            let (job, next, inputs) = (&job, &next, &inputs);
            let spawned = std::thread::Builder::new()
                .name(format!("creance-worker-{i}"))
                .stack_size(STACK)
                .spawn_scoped(scope, move || {
                    let pool = own_pools.then(|| typst_pool(i)).flatten();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = inputs.get(k) else { break };
                        let t0 = Instant::now();
                        let outcome = guarded(path, || match &pool {
                            Some(pool) => pool.install(|| process(job, path)),
                            None => process(job, path),
                        });
                        let ms = t0.elapsed().as_secs_f64() * 1000.0;
                        if tx.send((k, outcome, ms)).is_err() {
                            break;
                        }
                    }
                });
            if let Err(e) = spawned {
                write_error = Some(format!("cannot start a worker thread: {e}"));
                break;
            }
        }
        drop(tx);
        for (k, outcome, ms) in rx {
            // Flushed here, while the workers render the next cases: the wait for the disk
            // overlaps their work instead of following it (see `flush`).
            let outcome = flush(&args.output, outcome);
            bar.inc(1);
            if args.out.format == Format::Json
                && let Err(e) = writeln!(
                    out,
                    "{}",
                    case_json(&inputs[k].display().to_string(), &outcome, ms)
                )
            {
                write_error.get_or_insert_with(|| e.to_string());
            }
            outcomes[k] = Some(outcome);
        }
    });
    bar.finish_and_clear();
    if let Some(e) = write_error {
        let _ = writeln!(err, "creance: {e}");
    }

    // Gather, in input order; resolve two cases claiming the same output name.
    let mut outputs: Vec<OutputRecord> = Vec::new();
    let mut failed: Vec<FailedCase> = Vec::new();
    let (mut rendered_cases, mut skipped_cases) = (0usize, 0usize);
    for outcome in outcomes.into_iter().flatten() {
        match outcome {
            Outcome::Done { rendered, skipped } => {
                if rendered.is_empty() {
                    skipped_cases += 1;
                } else {
                    rendered_cases += 1;
                }
                outputs.extend(rendered);
                outputs.extend(skipped);
            }
            Outcome::Failed(f) => failed.push(f),
        }
    }
    let flushed = sync_dir(&args.output);
    if let Err(e) = &flushed {
        let _ = writeln!(
            err,
            "creance: cannot flush `{}` to disk: {e}",
            args.output.display()
        );
    }
    outputs.sort_by(|a, b| (&a.input, &a.document).cmp(&(&b.input, &b.document)));
    failed.sort_by(|a, b| a.input.cmp(&b.input));

    let manifest = Manifest {
        creance_version: env!("CARGO_PKG_VERSION").to_string(),
        outputs,
        failed,
    };
    let manifest_path = args.output.join("manifest.json");
    let manifest_ok = match serde_json::to_vec_pretty(&manifest) {
        Ok(bytes) => write_atomic(&manifest_path, &bytes),
        Err(e) => Err(std::io::Error::other(e)),
    };
    if let Err(e) = &manifest_ok {
        let _ = writeln!(
            err,
            "creance: cannot write `{}`: {e}",
            manifest_path.display()
        );
    }

    let seconds = started.elapsed().as_secs_f64();
    let n_failed = manifest.failed.len();
    let res = match args.out.format {
        Format::Json | Format::Sarif => writeln!(
            out,
            "{}",
            json!({"summary": {
                "rendered": rendered_cases, "failed": n_failed, "skipped": skipped_cases,
                "outputs": manifest.outputs.len(), "seconds": (seconds * 1000.0).round() / 1000.0,
                "threads": threads, "manifest": manifest_path.display().to_string(),
            }})
        ),
        Format::Human => {
            let mut r = Ok(());
            for f in &manifest.failed {
                r = r.and_then(|()| writeln!(out, "failed: {} — {}", f.input, f.reason));
                for d in f
                    .findings
                    .iter()
                    .filter(|d| d.severity == crate::diag::Severity::Error)
                {
                    let at = match (d.line, d.column) {
                        (Some(l), Some(c)) => format!(":{l}:{c}"),
                        _ => String::new(),
                    };
                    r = r.and_then(|()| {
                        writeln!(out, "  {}{at}: error[{}]: {}", f.input, d.code, d.message)
                    });
                }
            }
            r.and_then(|()| {
                writeln!(
                    out,
                    "{rendered_cases} rendered, {n_failed} failed, {skipped_cases} skipped in {seconds:.1} s"
                )
            })
        }
    };
    if let Err(e) = res {
        return io_exit(e);
    }
    if manifest_ok.is_err() || flushed.is_err() {
        Exit::Failure
    } else if n_failed > 0 {
        Exit::Findings
    } else {
        Exit::Ok
    }
}

/// Flushes a case's outputs to disk (the workers only renamed them into place). Also the
/// outputs skipped by `--resume`: the run that wrote them may have been killed before its own
/// flush. An output that cannot be flushed makes its case a failed one, so that the manifest
/// lists only files that are on disk; the case's JSON line, printed after the flush, says so.
///
/// Called by the collecting thread as each case arrives. Flushing everything once at the end
/// instead kept the disk's latency after the rendering: about 0.1 s of a 200-letter batch
/// during which no letter was rendered (docs/performance.md).
fn flush(out_dir: &std::path::Path, outcome: Outcome) -> Outcome {
    let Outcome::Done { rendered, skipped } = &outcome else {
        return outcome;
    };
    for record in rendered.iter().chain(skipped) {
        let pdf = out_dir.join(&record.output);
        if let Err(e) = sync_file(&pdf).and_then(|()| sync_file(&sidecar_path(&pdf))) {
            return Outcome::Failed(FailedCase {
                input: record.input.clone(),
                input_sha256: Some(record.input_sha256.clone()),
                reason: format!("cannot flush `{}` to disk: {e}", pdf.display()),
                findings: Vec::new(),
            });
        }
    }
    outcome
}

/// The JSON Lines record of one case, printed as soon as it is done.
fn case_json(input: &str, outcome: &Outcome, ms: f64) -> serde_json::Value {
    let mut v = match outcome {
        Outcome::Done { rendered, skipped } => json!({
            "input": input,
            "status": if rendered.is_empty() { "skipped" } else { "rendered" },
            "outputs": rendered.iter().chain(skipped).map(|r| json!({
                "document": r.document, "output": r.output, "sha256": r.output_sha256,
                "sidecar": sidecar_path(std::path::Path::new(&r.output)).display().to_string(),
            })).collect::<Vec<_>>(),
            "findings": rendered.first().or(skipped.first()).map(|r| r.findings.clone()).unwrap_or_default(),
        }),
        Outcome::Failed(f) => json!({
            "input": input, "status": "failed", "reason": f.reason, "findings": f.findings,
        }),
    };
    // Wall time of the case in its worker (load, check, render, write): for monitoring and
    // the benchmark; it is the one non-reproducible field of the output.
    v["ms"] = json!((ms * 1000.0).round() / 1000.0);
    v
}

fn cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// A one-thread rayon pool for one worker's Typst, used when the workers alone keep every core
/// busy (`-j` ≥ the number of cores).
///
/// Typst parallelises inside a document on rayon's global pool: separate page runs are laid
/// out in parallel (`Engine::parallelize` in `layout_pages`; a page break starts a run), and
/// krilla compresses each page's content stream in a spawned job (`Deferred`). Our letters keep
/// their annex in the letter's run (`colbreak` in `letter.typ`), so a `-j 1` batch now keeps
/// 1.03 cores busy (it was 1.2; docs/performance.md); a draft's findings page and the
/// injunction's reply form still start runs of their own. With one worker, whatever
/// parallelism is left is welcome. With a worker per core, every worker would queue its
/// jobs on the same global pool (one thread per core), and wait for them, while the other
/// workers' jobs compete for the same threads: more hand-offs, no more cores. So each worker
/// then runs its cases inside its own pool of one thread, where Typst's parallel loops simply
/// run in sequence. On the 2-core benchmark machine this took `-j 2` from 58 to 65 letters/s
/// when it was introduced.
///
/// This is not the document loop on a rayon pool (design.md forbids that): the loop stays on
/// the plain worker thread, which takes the next case from the shared counter; the pool only
/// decides where Typst's *internal* parallel jobs run. Its thread gets the same 8 MiB stack as
/// a worker, since the whole case runs on it. If the pool cannot be built, Typst falls back to
/// the global pool.
fn typst_pool(worker: usize) -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .stack_size(STACK)
        .thread_name(move |_| format!("creance-typst-{worker}"))
        .build()
        .ok()
}

/// `f` over `items` on `threads` plain threads, results in input order.
fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(k) else { break };
                    let r = f(item);
                    if let Ok(mut slot) = results[k].lock() {
                        *slot = Some(r);
                    }
                }
            });
        }
    });
    results
        .into_iter()
        .filter_map(|m| m.into_inner().ok().flatten())
        .collect()
}
