//! The rate tables embedded in the binary, and the folder that may replace them
//! (`creance --rates DIR …`).
//!
//! Why: a rate is published twice a year (France's legal rate, Belgium's commercial rate) or
//! every quarter (Québec's s. 28 rate), and a case dated after the last row fails `check`
//! rather than guess. A firm must be able to add the new row the day the arrêté or the Moniteur
//! belge publishes it, without waiting for a new creance. `--rates DIR` points at a folder laid
//! out like `jurisdictions/` (`fr/rates/legal-rate.yaml`, `be/rates/commercial-rate.yaml`…):
//! each file found there replaces the embedded file of the same path, whole, in the same format,
//! and goes through the same checks (sources, confidence marks, contiguous periods). The tables'
//! version strings are hashes of their content, so the batch manifest and `--resume` see the
//! change.
//!
//! The folder is read once, before any table is used; the texts are kept in memory so that the
//! tables, parsed lazily later, see exactly what was validated.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One data file of the binary: its path under `jurisdictions/` and its embedded text.
pub struct DataFile {
    pub path: &'static str,
    pub embedded: &'static str,
}

/// Every rate table a `--rates` folder may replace.
pub const RATE_FILES: [&DataFile; 8] = [
    &super::rates::FR_LEGAL_RATE,
    &super::rates::FR_ECB_MRO,
    &super::rates::FR_LATE_PAYMENT,
    &super::be::rates::BE_COMMERCIAL,
    &super::be::rates::BE_LEGAL,
    &super::qc::rates::QC_LEGAL_RATE,
    &super::qc::rates::QC_S28,
    &super::qc::criminal_rate::QC_CRIMINAL_RATE,
];

/// The replacing texts, by path; set once by [`use_rates_dir`].
static OVERRIDES: OnceLock<BTreeMap<&'static str, String>> = OnceLock::new();

/// The text of `file`: the `--rates` folder's copy when it has one, else the embedded one.
pub fn text(file: &DataFile) -> &str {
    OVERRIDES
        .get()
        .and_then(|o| o.get(file.path))
        .map_or(file.embedded, String::as_str)
}

/// Why a `--rates` folder was refused.
#[derive(Debug)]
pub struct RatesDirError {
    /// The file at fault (or the folder itself).
    pub path: PathBuf,
    pub message: String,
}

/// Reads the replacement tables of `dir`, checks every table that has one, and installs them
/// for the rest of the process. Returns the paths replaced. Must be called before any table is
/// used (the command line does it first); a second call is refused.
pub fn use_rates_dir(dir: &Path) -> Result<Vec<PathBuf>, RatesDirError> {
    if !dir.is_dir() {
        return Err(RatesDirError {
            path: dir.to_path_buf(),
            message: "is not a folder".into(),
        });
    }
    let mut found = BTreeMap::new();
    let mut replaced = Vec::new();
    for file in RATE_FILES {
        let path = dir.join(file.path);
        if !path.exists() {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| RatesDirError {
            path: path.clone(),
            message: format!("cannot be read: {e}"),
        })?;
        found.insert(file.path, text);
        replaced.push(path);
    }
    if replaced.is_empty() {
        let known: Vec<&str> = RATE_FILES.iter().map(|f| f.path).collect();
        return Err(RatesDirError {
            path: dir.to_path_buf(),
            message: format!(
                "holds none of the rate tables creance reads ({})",
                known.join(", ")
            ),
        });
    }
    // Check each replaced table with the parser that will read it, before installing anything.
    let get = |f: &DataFile| {
        found
            .get(f.path)
            .map_or(f.embedded, String::as_str)
            .to_string()
    };
    let checks: [(&[&DataFile], Result<(), String>); 4] = [
        (
            &[
                &super::rates::FR_LEGAL_RATE,
                &super::rates::FR_ECB_MRO,
                &super::rates::FR_LATE_PAYMENT,
            ],
            super::rates::FranceRates::parse(
                &get(&super::rates::FR_LEGAL_RATE),
                &get(&super::rates::FR_ECB_MRO),
                &get(&super::rates::FR_LATE_PAYMENT),
            )
            .map(drop),
        ),
        (
            &[
                &super::be::rates::BE_COMMERCIAL,
                &super::be::rates::BE_LEGAL,
            ],
            super::be::rates::BelgiumRates::parse(
                &get(&super::be::rates::BE_COMMERCIAL),
                &get(&super::be::rates::BE_LEGAL),
            )
            .map(drop),
        ),
        (
            &[&super::qc::rates::QC_LEGAL_RATE, &super::qc::rates::QC_S28],
            super::qc::rates::QuebecRates::parse(
                &get(&super::qc::rates::QC_LEGAL_RATE),
                &get(&super::qc::rates::QC_S28),
            )
            .map(drop),
        ),
        (
            &[&super::qc::criminal_rate::QC_CRIMINAL_RATE],
            super::qc::criminal_rate::CriminalRates::parse(&get(
                &super::qc::criminal_rate::QC_CRIMINAL_RATE,
            ))
            .map(drop),
        ),
    ];
    for (files, result) in checks {
        if let Err(message) = result {
            // Name the replaced file of this group the message is about (or the first one).
            let ours: Vec<&&DataFile> = files
                .iter()
                .filter(|f| found.contains_key(f.path))
                .collect();
            let Some(first) = ours.first() else {
                continue; // nothing replaced in this group: the embedded tables are tested
            };
            let at = ours
                .iter()
                .find(|f| message.starts_with(file_name(f.path)))
                .unwrap_or(first);
            return Err(RatesDirError {
                path: dir.join(at.path),
                message,
            });
        }
    }
    OVERRIDES.set(found).map_err(|_| RatesDirError {
        path: dir.to_path_buf(),
        message: "a rates folder was already given".into(),
    })?;
    Ok(replaced)
}

/// The version of the rate tables a case of `j` is computed with, for the batch manifest and
/// its `--resume`: content hashes, so a table replaced by `--rates` gives another version.
pub fn rates_version(j: crate::case::model::Jurisdiction) -> String {
    use crate::case::model::Jurisdiction;
    match j {
        Jurisdiction::Fr => super::rates::france().table_version().to_string(),
        Jurisdiction::Be => super::be::rates::belgium().table_version().to_string(),
        Jurisdiction::Qc => format!(
            "{}+{}",
            super::qc::rates::quebec().table_version(),
            super::qc::criminal_rate::criminal_rates().table_version()
        ),
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rate_file_is_embedded_under_its_path() {
        for f in RATE_FILES {
            let on_disk = std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("jurisdictions")
                    .join(f.path),
            )
            .unwrap();
            assert_eq!(on_disk, f.embedded, "{}", f.path);
            assert_eq!(text(f), f.embedded, "no override in unit tests");
        }
    }

    #[test]
    fn each_jurisdiction_records_its_own_rate_tables() {
        use crate::case::model::Jurisdiction;
        assert!(rates_version(Jurisdiction::Fr).starts_with("fr-rates-"));
        assert!(
            rates_version(Jurisdiction::Be).starts_with("be-"),
            "{}",
            rates_version(Jurisdiction::Be)
        );
        let qc = rates_version(Jurisdiction::Qc);
        assert!(
            qc.starts_with("qc-") && qc.contains("+ca-criminal-rate-"),
            "{qc}"
        );
    }
}
