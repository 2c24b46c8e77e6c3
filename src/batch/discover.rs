//! Which case files a batch processes: files given directly, and every `.yaml`/`.yml` below the
//! folders given, sorted; then only this process's shard.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// `I/N`: this process handles shard I (1-based) of N.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Shard, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("`{s}`: write the shard as I/N, e.g. 1/4"))?;
        let index: u32 = i
            .trim()
            .parse()
            .map_err(|_| format!("`{i}` is not a shard number"))?;
        let count: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("`{n}` is not a shard count"))?;
        if count == 0 || index == 0 || index > count {
            return Err(format!(
                "shard {index}/{count}: I must be between 1 and N (shards are numbered from 1)"
            ));
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    /// Stable assignment: from a hash of the path as written, so every machine of a CI matrix
    /// or an indexed job agrees without talking to the others, whatever the listing order.
    pub fn owns(&self, path: &Path) -> bool {
        let digest = Sha256::digest(path.to_string_lossy().as_bytes());
        let n = u64::from_le_bytes(digest[..8].try_into().unwrap_or([0; 8]));
        (n % u64::from(self.count)) as u32 == self.index - 1
    }
}

/// The case files below `inputs`, sorted and de-duplicated. Unreadable folders are errors.
pub fn discover(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            walk(input, &mut out)?;
        } else {
            // A missing file is reported by its worker as a failed case, like any other.
            out.push(input.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read folder `{}`: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read folder `{}`: {e}", dir.display()))?;
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let kind = entry
            .file_type()
            .map_err(|e| format!("`{}`: {e}", path.display()))?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

/// The `reference` of a case file, read without checking the rest (a broken file gives `None`;
/// its worker reports why).
pub fn reference_of(path: &Path) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct OnlyReference {
        reference: Option<String>,
    }
    let text = std::fs::read_to_string(path).ok()?;
    let r: OnlyReference = serde_saphyr::from_str(&text).ok()?;
    r.reference.map(|s| s.trim().to_string())
}

/// Who owns each reference: the first input in path order (`inputs` is sorted).
pub fn owners(
    inputs: &[PathBuf],
    references: &[Option<String>],
) -> std::collections::HashMap<String, String> {
    let mut map = std::collections::HashMap::new();
    for (path, reference) in inputs.iter().zip(references) {
        if let Some(r) = reference {
            map.entry(r.clone())
                .or_insert_with(|| path.display().to_string());
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_partition_the_inputs() {
        let paths: Vec<PathBuf> = (0..500)
            .map(|i| PathBuf::from(format!("cases/{i:04}.yaml")))
            .collect();
        let shards: Vec<Shard> = (1..=4).map(|i| format!("{i}/4").parse().unwrap()).collect();
        let mut counts = [0; 4];
        for p in &paths {
            let owners: Vec<usize> = (0..4).filter(|&i| shards[i].owns(p)).collect();
            assert_eq!(owners.len(), 1, "{} owned by {owners:?}", p.display());
            counts[owners[0]] += 1;
        }
        // Roughly balanced: each shard gets 125 ± 40.
        assert!(
            counts.iter().all(|&c| (85..=165).contains(&c)),
            "{counts:?}"
        );
    }

    #[test]
    fn shard_syntax() {
        assert_eq!(
            "2/3".parse::<Shard>().unwrap(),
            Shard { index: 2, count: 3 }
        );
        assert!("0/3".parse::<Shard>().is_err());
        assert!("4/3".parse::<Shard>().is_err());
        assert!("1-3".parse::<Shard>().is_err());
        assert!("1/0".parse::<Shard>().is_err());
    }
}
