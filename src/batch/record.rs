//! The evidence of why a letter said what it said: for each output, the input and its hash,
//! the output's hash, and the versions of creance, the rule pack, the rate tables and the
//! templates that produced it, with the findings. Written next to each PDF (`.pdf.json`) and
//! gathered in `OUT/manifest.json`. `--resume` trusts an output only if its record matches.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diag::Diagnostic;

pub fn sha256_hex(bytes: &[u8]) -> String {
    crate::render::hex(&Sha256::digest(bytes))
}

/// What produced an output, beyond its input.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Versions {
    pub creance: String,
    pub rules: String,
    pub rates: String,
    /// SHA-256 of the templates in use.
    pub templates: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OutputRecord {
    /// The case file, as found by the batch.
    pub input: String,
    pub input_sha256: String,
    pub document: String,
    /// The PDF's file name inside the output folder.
    pub output: String,
    pub output_sha256: String,
    pub pages: usize,
    pub versions: Versions,
    /// Warnings and infos of the case (a case with errors produces no output).
    pub findings: Vec<Diagnostic>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FailedCase {
    pub input: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub input_sha256: Option<String>,
    pub reason: String,
    pub findings: Vec<Diagnostic>,
}

/// `OUT/manifest.json`: every output and every failed case of the run, sorted by input.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub creance_version: String,
    pub outputs: Vec<OutputRecord>,
    pub failed: Vec<FailedCase>,
}

/// The sidecar of `x.pdf` is `x.pdf.json`.
pub fn sidecar_path(pdf: &Path) -> std::path::PathBuf {
    let mut name = pdf.as_os_str().to_owned();
    name.push(".json");
    name.into()
}

/// The record of an earlier run, if it still describes the file on disk for this input and
/// these versions (then the output need not be rendered again).
pub fn reusable(pdf: &Path, input_sha256: &str, versions: &Versions) -> Option<OutputRecord> {
    let text = std::fs::read(sidecar_path(pdf)).ok()?;
    let record: OutputRecord = serde_json::from_slice(&text).ok()?;
    if record.input_sha256 != input_sha256 || &record.versions != versions {
        return None;
    }
    let bytes = std::fs::read(pdf).ok()?;
    (sha256_hex(&bytes) == record.output_sha256).then_some(record)
}
