//! Batch rendering: many case files, one process, N worker threads sharing one renderer.
//! `discover` finds and shards the inputs, `record` is the evidence kept for every output
//! (manifest and sidecars), `worker` turns one case into its documents, `generate` writes
//! realistic cases for tests and benchmarks.

pub mod discover;
pub mod generate;
pub mod generate_be_qc;
pub mod record;
pub mod worker;
