//! Reading a case file: YAML → typed [`Case`], with every problem turned into a located
//! [`Diagnostic`] and never a panic.
//!
//! YAML crate: `serde-saphyr` (maintained, fuzzed, panic-free by design). `serde_yaml` is
//! archived; serde-saphyr reports line and column for every error and, asked for a string, hands
//! over a scalar's source text, which is how amounts keep every digit (see `money::Amount`).

use std::path::Path;

use serde_saphyr::Error as YamlError;

use super::model::Case;
use super::spans::{Position, SpanIndex};
use super::validate;
use crate::diag::Diagnostic;

/// A case that parsed, with what is needed to point at its lines.
#[derive(Clone, Debug)]
pub struct LoadedCase {
    pub case: Case,
    /// Built on first use: a clean case never pays for the second pass over its text.
    spans: std::sync::OnceLock<SpanIndex>,
    pub text: String,
    /// The file name as given by the user (for messages).
    pub file: String,
}

impl LoadedCase {
    /// Where each field of the file is (see `spans.rs`).
    pub fn spans(&self) -> &SpanIndex {
        self.spans.get_or_init(|| SpanIndex::build(&self.text))
    }

    /// Position of a field path, or of its closest ancestor.
    pub fn position(&self, field: &str) -> Option<Position> {
        self.spans().find(field)
    }

    /// Completes a finding with this file's name and the position of its field.
    pub fn locate(&self, mut d: Diagnostic) -> Diagnostic {
        d.file = Some(self.file.clone());
        if d.line.is_none() {
            let pos = d.field.as_deref().and_then(|f| self.position(f));
            d = d.with_position(pos);
        }
        d
    }
}

/// Why a case could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read: creance cannot run (exit code 2).
    Io(Box<Diagnostic>),
    /// The file was read but is not a valid case (exit code 1).
    Invalid {
        diagnostics: Vec<Diagnostic>,
        text: String,
    },
}

pub fn load_file(path: &Path) -> Result<LoadedCase, LoadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::NotFound => "check the path; `creance new --jurisdiction fr > case.yaml` writes a case file to fill",
            std::io::ErrorKind::PermissionDenied => "check the file's permissions",
            _ => "check that the path is a readable file",
        };
        LoadError::Io(Box::new(
            Diagnostic::error("CASE-IO", format!("cannot read `{name}`: {e}"))
                .with_file(&name)
                .with_help(hint),
        ))
    })?;
    load_bytes(bytes, &name)
}

/// Parses and validates a case from the bytes of a file named `name`.
pub fn load_bytes(bytes: Vec<u8>, name: &str) -> Result<LoadedCase, LoadError> {
    let text = String::from_utf8(bytes).map_err(|e| LoadError::Invalid {
        diagnostics: vec![
            Diagnostic::error(
                "CASE-ENCODING",
                format!(
                    "the file is not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            )
            .with_file(name)
            .with_help("save the case file as UTF-8"),
        ],
        text: String::new(),
    })?;
    load_string(text, name)
}

/// Parses and validates a case from text; `file` names it in messages.
pub fn load_str(text: &str, file: &str) -> Result<LoadedCase, LoadError> {
    load_string(text.to_string(), file)
}

/// [`load_str`] keeping the text it is given (a batch or `check` reads thousands of files:
/// no copy of each).
fn load_string(text: String, file: &str) -> Result<LoadedCase, LoadError> {
    let invalid = |diagnostics: Vec<Diagnostic>, text: &str| LoadError::Invalid {
        diagnostics,
        text: text.to_string(),
    };
    if text.trim().is_empty()
        || text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(invalid(vec![
            Diagnostic::error("CASE-EMPTY", "the case file is empty")
                .with_file(file)
                .with_help("start from `creance new --jurisdiction fr`, which writes a commented case file"),
        ], &text));
    }
    // The parser remembers every key of every mapping (a hashed fingerprint each) for two
    // things only: refusing duplicate keys and expanding YAML merge keys (`<<`). That was
    // ~10 % of `check`'s instructions (docs/performance.md), so a file without `<<` is read
    // without it: a repeated key is still refused, by the typed model, whose mappings are all
    // derived structs (no map types, no `flatten`) that reject a repeated field themselves;
    // the error path below then asks the parser where the duplicate is. A file with `<<` is
    // read with the defaults (merges expanded, duplicates refused by the parser).
    let options = if text.contains("<<") {
        serde_saphyr::Options::default()
    } else {
        serde_saphyr::options! {
            duplicate_keys: serde_saphyr::DuplicateKeyPolicy::PassThrough,
            merge_keys: serde_saphyr::MergeKeyPolicy::AsOrdinary,
        }
    };
    let case: Case = match serde_saphyr::from_str_with_options(&text, options) {
        Ok(case) => case,
        Err(e) => {
            // The model refused a repeated field, located at the start of its block: the
            // parser's own duplicate-key check (error path only) points at the key itself.
            let e = if e.to_string().contains("duplicate field") {
                serde_saphyr::from_str::<Case>(&text).err().unwrap_or(e)
            } else {
                e
            };
            let spans = SpanIndex::build(&text);
            return Err(invalid(vec![yaml_diagnostic(&e, &spans, file)], &text));
        }
    };
    let loaded = LoadedCase {
        case,
        spans: std::sync::OnceLock::new(),
        text,
        file: file.to_string(),
    };
    let problems: Vec<Diagnostic> = validate::validate(&loaded.case)
        .into_iter()
        .map(|d| loaded.locate(d))
        .collect();
    if problems
        .iter()
        .any(|d| d.severity == crate::diag::Severity::Error)
    {
        return Err(invalid(problems, &loaded.text));
    }
    Ok(loaded)
}

/// Turns a YAML/serde error into a finding with a location, a clear message and a hint.
fn yaml_diagnostic(e: &YamlError, spans: &SpanIndex, file: &str) -> Diagnostic {
    let inner = e.without_snippet();
    let (code, message, help) = match inner {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => {
            let suggestion = closest(field, expected);
            let help = match suggestion {
                Some(s) => format!(
                    "did you mean `{s}`? valid fields here: {}",
                    expected.join(", ")
                ),
                None => format!("valid fields here: {}", expected.join(", ")),
            };
            ("CASE-FIELD", format!("unknown field `{field}`"), help)
        }
        YamlError::SerdeMissingField { field, .. } => (
            "CASE-MISSING",
            format!("missing field `{field}`"),
            "add it; `creance schema` describes every field".to_string(),
        ),
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let help = match closest(variant, expected) {
                Some(s) => format!(
                    "did you mean `{s}`? allowed values: {}",
                    expected.join(", ")
                ),
                None => format!("allowed values: {}", expected.join(", ")),
            };
            (
                "CASE-VALUE",
                format!("`{variant}` is not an allowed value"),
                help,
            )
        }
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => (
            "CASE-TYPE",
            format!("expected {expected}, found {unexpected}"),
            "dates are written YYYY-MM-DD, amounts 1234.56, lists with `- `".to_string(),
        ),
        YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => (
            "CASE-VALUE",
            format!("invalid value {unexpected}: expected {expected}"),
            "dates are written YYYY-MM-DD and must exist (no 2025-02-30)".to_string(),
        ),
        other => {
            let text = other.to_string();
            let msg = clean_message(strip_location_prefix(&text));
            let lower = msg.to_lowercase();
            // chrono's date parse errors arrive as plain messages.
            let date_errors = [
                "input is out of range",
                "input contains invalid characters",
                "premature end of input",
                "trailing input",
                "input is not enough",
                "no possible date",
            ];
            if date_errors.iter().any(|m| lower.contains(m)) {
                return located(
                    Diagnostic::error("CASE-VALUE", format!("not a valid date: {msg}"))
                        .with_file(file)
                        .with_help("dates are written YYYY-MM-DD and must exist (no 2025-02-30)"),
                    e,
                    spans,
                );
            }
            if lower.starts_with("expected") || lower.contains("invalid type") {
                return located(
                    Diagnostic::error("CASE-TYPE", msg)
                        .with_file(file)
                        .with_help(
                            "dates are written YYYY-MM-DD, amounts 1234.56, lists with `- `",
                        ),
                    e,
                    spans,
                );
            }
            if lower.starts_with("duplicate field") {
                return located(
                    Diagnostic::error("CASE-YAML", msg)
                        .with_file(file)
                        .with_help("a field appears twice in the same block: keep only one"),
                    e,
                    spans,
                );
            }
            if matches!(other, YamlError::Message { .. }) {
                // A value refused by its type (an amount, a date): not a YAML syntax problem.
                return located(
                    Diagnostic::error("CASE-VALUE", msg)
                        .with_file(file)
                        .with_help("amounts are written 1234.56, dates YYYY-MM-DD"),
                    e,
                    spans,
                );
            }
            let help = if lower.contains("duplicate") {
                "a field appears twice in the same block: keep only one"
            } else if lower.contains("quote") {
                "close the quote, or write the value without quotes"
            } else if lower.contains("tab") || lower.contains("indent") {
                "indent with spaces, never tabs, and align the fields of a block"
            } else {
                "check the `key: value` syntax and the indentation on this line and the one above"
            };
            ("CASE-YAML", msg, help.to_string())
        }
    };
    located(
        Diagnostic::error(code, message)
            .with_file(file)
            .with_help(help),
        e,
        spans,
    )
}

/// Adds the error's position, and the field found there, to a finding.
fn located(mut d: Diagnostic, e: &YamlError, spans: &SpanIndex) -> Diagnostic {
    if let Some(loc) = e.location()
        && loc.line() > 0
    {
        let pos = Position {
            line: loc.line(),
            column: loc.column(),
        };
        d = d.with_position(Some(pos));
        if let Some(field) = spans.path_at(pos) {
            d = d.with_field(field);
        }
    }
    d
}

/// serde-saphyr's plain messages start with "line N column M: "; the position is printed
/// separately, so drop it from the message.
fn strip_location_prefix(text: &str) -> &str {
    let t = text.trim().trim_start_matches("error: ");
    let first = t.lines().next().unwrap_or(t);
    match first.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") => rest,
        _ => first,
    }
}

/// Drops the parts of a YAML error meant for programmers: the position (printed separately) and
/// hints about the parser's options.
fn clean_message(msg: &str) -> String {
    let mut m = msg.to_string();
    if let Some(i) = m.find(" at line ") {
        m.truncate(i);
    }
    if let Some(i) = m.find(", set DuplicateKeyPolicy") {
        m.truncate(i);
    }
    m
}

/// The closest valid name to a mistyped one, if close enough to be a plausible typo.
pub fn closest<'a>(given: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(given, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/samples/fr/b2b-several-invoices.yaml"
        ))
        .unwrap()
    }

    fn yaml_error(text: &str) -> Diagnostic {
        match load_str(text, "t.yaml") {
            Err(LoadError::Invalid { diagnostics, .. }) => diagnostics.into_iter().next().unwrap(),
            other => panic!("expected an invalid case, got {other:?}"),
        }
    }

    #[test]
    fn merge_keys_are_still_expanded() {
        // The debtor's address reuses the creditor's with `<<` and overrides the city: the
        // file is read with the parser's defaults, merges expanded.
        let text = sample()
            .replace("  address:\n    lines: [\"12, rue des Tanneurs\"]", "  address: &addr\n    lines: [\"12, rue des Tanneurs\"]")
            .replace(
                "  address:\n    lines: [\"3, place du Marché\"]\n    postcode: \"38000\"\n    city: Grenoble",
                "  address:\n    <<: *addr\n    city: Grenoble",
            );
        assert!(text.contains("<<: *addr"), "the sample changed");
        let loaded = load_str(&text, "t.yaml").unwrap();
        let a = &loaded.case.debtor.address;
        assert_eq!(a.lines, vec!["12, rue des Tanneurs".to_string()]);
        assert_eq!(a.postcode, "69002");
        assert_eq!(a.city, "Grenoble");
    }

    #[test]
    fn a_repeated_key_is_refused_at_its_line_with_or_without_merge_keys() {
        let dup = sample().replace(
            "  legal_form: SAS\n",
            "  legal_form: SAS\n  legal_form: SA\n",
        );
        let line = dup.lines().position(|l| l == "  legal_form: SA").unwrap() as u64 + 1;
        for text in [dup.clone(), format!("{dup}\nx-defaults: &d {{a: 1}}\n")] {
            let d = yaml_error(&text);
            assert_eq!(d.code, "CASE-YAML", "{d:?}");
            assert!(d.message.contains("legal_form"), "{d:?}");
            assert_eq!(d.line, Some(line), "{d:?}");
        }
        // With a merge key somewhere, the parser's own check runs (the defaults).
        let merged = dup
            .replace(
                "  address:\n    lines: [\"12, rue des Tanneurs\"]",
                "  address: &addr\n    lines: [\"12, rue des Tanneurs\"]",
            )
            .replace(
                "    postcode: \"38000\"\n",
                "    <<: *addr\n    postcode: \"38000\"\n",
            );
        let d = yaml_error(&merged);
        assert_eq!(d.code, "CASE-YAML", "{d:?}");
        assert_eq!(d.line, Some(line), "{d:?}");
    }
}
