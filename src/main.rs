//! The `creance` binary: everything lives in the library (see `creance::run`).

/// mimalloc instead of glibc's malloc. A batch allocates and frees tens of megabytes per
/// letter from worker threads; glibc keeps that memory in per-thread arenas and RSS kept
/// growing over a long batch (2.5× from 200 to 2 000 letters, not a leak: `malloc_stats`
/// showed most of it free). mimalloc gives pages back, and is also a little faster for
/// Typst's many small allocations. Only the binary: the library leaves the choice to its user.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    creance::run()
}
