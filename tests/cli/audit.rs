//! `creance audit`: letters written elsewhere checked for their mentions. Our own rendered
//! letters must pass (every mention found); hand-written letters in tests/fixtures/audit/ miss
//! known mentions and must report exactly those; broken PDFs give a clean error, never a panic.

use std::collections::BTreeSet;
use std::path::Path;

use super::{creance, reference_of, run};

/// The JSON Lines findings of an audit, and its exit code.
fn audit_json(args: &[&str]) -> (i32, Vec<serde_json::Value>) {
    let mut all = vec!["audit", "--format", "json"];
    all.extend_from_slice(args);
    let r = run(&all);
    assert!(r.stderr.is_empty() || r.code == 2, "{}", r.stderr);
    let lines = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    (r.code, lines)
}

/// Codes of the findings of a severity (`found` mentions are `info` with a "found" message).
fn codes(lines: &[serde_json::Value], severity: &str) -> BTreeSet<String> {
    lines
        .iter()
        .filter(|d| d["severity"] == severity)
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

fn found(lines: &[serde_json::Value]) -> BTreeSet<String> {
    lines
        .iter()
        .filter(|d| d["severity"] == "info" && d["message"].as_str().unwrap().starts_with("found "))
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

fn finding<'a>(lines: &'a [serde_json::Value], code: &str) -> &'a serde_json::Value {
    lines
        .iter()
        .find(|d| d["code"] == code && d["severity"] != "info")
        .unwrap_or_else(|| panic!("no {code} in {lines:#?}"))
}

/// Renders `case`'s `doc` into `dir`; returns the PDF's path.
fn render(dir: &Path, case: &str, doc: &str) -> String {
    let r = run(&["render", case, "--doc", doc, "-o", dir.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let reference = reference_of(case);
    dir.join(format!("{reference}-{doc}.pdf"))
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn our_own_rendered_letters_have_every_mention() {
    let dir = tempfile::tempdir().unwrap();
    // (case, rendered document, audited as, jurisdiction, mentions that must be found)
    let cases: &[(&str, &str, &str, &str, &[&str])] = &[
        (
            "samples/fr/b2b-several-invoices.yaml",
            "formal-notice",
            "formal-notice",
            "fr",
            &["FR-AUD-001", "FR-AUD-003", "FR-AUD-005", "FR-AUD-007"],
        ),
        (
            "samples/fr/b2b-several-invoices.yaml",
            "reminder",
            "reminder",
            "fr",
            &["FR-AUD-003"],
        ),
        (
            "samples/fr/agency-b2c.yaml",
            "formal-notice",
            "formal-notice",
            "fr",
            &[
                "FR-AUD-001",
                "FR-AUD-010",
                "FR-AUD-011",
                "FR-AUD-012",
                "FR-AUD-013",
                "FR-AUD-014",
            ],
        ),
        (
            "samples/fr/agency-b2c.yaml",
            "reminder",
            "reminder",
            "fr",
            &["FR-AUD-010", "FR-AUD-014"],
        ),
        (
            "samples/qc/b2c-consumer-en.yaml",
            "formal-notice",
            "formal-notice",
            "qc",
            &[
                "QC-AUD-001",
                "QC-AUD-002",
                "QC-AUD-005",
                "QC-AUD-006",
                "QC-AUD-008",
            ],
        ),
        (
            "samples/qc/b2b-notice-sent.yaml",
            "formal-notice",
            "formal-notice",
            "qc",
            &["QC-AUD-001", "QC-AUD-002"],
        ),
        (
            "samples/qc/agency-b2c-fr.yaml",
            "formal-notice",
            "formal-notice",
            "qc",
            &["QC-AUD-020", "QC-AUD-021"],
        ),
        (
            "samples/be/b2c-first-reminder-fr.yaml",
            "reminder",
            "first-reminder",
            "be",
            &[
                "BE-AUD-010",
                "BE-AUD-011",
                "BE-AUD-012",
                "BE-AUD-013",
                "BE-AUD-014",
            ],
        ),
        (
            "samples/be/b2c-lawyer-notice-fr.yaml",
            "formal-notice",
            "formal-notice",
            "be",
            &["BE-AUD-020", "BE-AUD-021"],
        ),
        (
            "samples/be/b2b-nl.yaml",
            "formal-notice",
            "formal-notice",
            "be",
            &["BE-AUD-020", "BE-AUD-021"],
        ),
    ];
    for (case, doc, audited_as, j, must) in cases {
        let pdf = render(dir.path(), case, doc);
        let (code, lines) = audit_json(&[&pdf, "-j", j, "--doc", audited_as]);
        let problems: Vec<_> = lines.iter().filter(|d| d["severity"] != "info").collect();
        assert!(problems.is_empty(), "{case} {doc}: {problems:#?}");
        assert_eq!(code, 0, "{case} {doc}");
        let f = found(&lines);
        for id in *must {
            assert!(f.contains(*id), "{case} {doc}: {id} not found in {f:?}");
        }
        // Found mentions point at a page and line of the PDF.
        let located = lines.iter().find(|d| d["code"] == must[0]).unwrap();
        assert!(
            located["field"].as_str().unwrap().starts_with("page "),
            "{located}"
        );
        assert!(located["line"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn a_french_agency_letter_reports_exactly_its_missing_mentions_and_forbidden_fee() {
    let letter = "tests/fixtures/audit/fr-agency-incomplete.txt";
    let (code, lines) = audit_json(&[
        letter, "-j", "fr", "--sender", "agency", "--debtor", "consumer",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        codes(&lines, "error"),
        BTreeSet::from(["FR-AUD-010".into(), "FR-AUD-014".into()])
    );
    assert_eq!(
        codes(&lines, "warning"),
        BTreeSet::from(["FR-AUD-101".into()])
    );
    // The forbidden fee points at its line of the letter; the missing mentions at the file.
    let fee = finding(&lines, "FR-AUD-101");
    assert_eq!(fee["line"], 23, "{fee}");
    assert!(
        fee["message"]
            .as_str()
            .unwrap()
            .contains("Frais de dossier 35,00 €"),
        "{fee}"
    );
    assert!(
        fee["refs"][0]["article"]
            .as_str()
            .unwrap()
            .starts_with("art. L111-8 al. 2 CPCE [P]")
    );
    let missing = finding(&lines, "FR-AUD-014");
    assert_eq!(missing["file"], letter);
    assert!(missing.get("line").is_none());
    assert!(
        missing["help"]
            .as_str()
            .unwrap()
            .contains("restent à la charge du créancier")
    );
    // Wording tolerance: capitals and a hyphenated line end ("MISE EN DE-␤MEURE").
    let f = found(&lines);
    for id in [
        "FR-AUD-001",
        "FR-AUD-003",
        "FR-AUD-011",
        "FR-AUD-012",
        "FR-AUD-013",
    ] {
        assert!(f.contains(id), "{id} not found: {f:?}");
    }
    let title = lines.iter().find(|d| d["code"] == "FR-AUD-001").unwrap();
    assert_eq!(
        (title["line"].as_u64(), title["column"].as_u64()),
        (Some(12), Some(9))
    );
    // "sous 48 heures": 2 days, below the usual 8 — information only in France.
    let short = lines.iter().find(|d| d["code"] == "FR-AUD-006").unwrap();
    assert_eq!(short["severity"], "info");
    assert!(
        short["message"]
            .as_str()
            .unwrap()
            .starts_with("the letter gives 2 days")
    );

    // The human format: the finding, its line of the letter, the checklist and the verdict.
    let r = run(&[
        "audit", letter, "-j", "fr", "--sender", "agency", "--debtor", "consumer",
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("warning[FR-AUD-101]"), "{}", r.stdout);
    assert!(r.stdout.contains("23 |   Frais de dossier"), "{}", r.stdout);
    assert!(r.stdout.contains("  found  FR-AUD-001"), "{}", r.stdout);
    assert!(
        r.stdout.contains("2 errors, 1 warning — fails"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_quebec_english_notice_warns_of_a_short_delay_and_the_model_s_missing_mentions() {
    let letter = "tests/fixtures/audit/qc-notice-en.txt";
    let (code, lines) = audit_json(&[letter, "-j", "qc"]);
    assert_eq!(code, 0, "warnings only");
    assert!(codes(&lines, "error").is_empty(), "{lines:#?}");
    assert_eq!(
        codes(&lines, "warning"),
        BTreeSet::from([
            "QC-AUD-002".into(),
            "QC-AUD-006".into(),
            "QC-AUD-008".into()
        ])
    );
    let delay = finding(&lines, "QC-AUD-006");
    assert!(
        delay["message"].as_str().unwrap().contains("5 days"),
        "{delay}"
    );
    assert_eq!(delay["line"], 14);
    let lang = lines.iter().find(|d| d["code"] == "AUD-LANG").unwrap();
    assert!(
        lang["message"]
            .as_str()
            .unwrap()
            .starts_with("written in English")
    );
    let f = found(&lines);
    for id in [
        "QC-AUD-001",
        "QC-AUD-003",
        "QC-AUD-004",
        "QC-AUD-005",
        "QC-AUD-007",
        "QC-AUD-009",
    ] {
        assert!(f.contains(id), "{id} not found: {f:?}");
    }
    let amount = lines.iter().find(|d| d["code"] == "QC-AUD-004").unwrap();
    assert!(
        amount["message"].as_str().unwrap().contains("«$3,450.00»"),
        "{amount}"
    );
    // Under --strict the warnings fail.
    assert_eq!(run(&["audit", letter, "-j", "qc", "--strict"]).code, 1);
    // No Dutch patterns for Québec: a clear refusal, not an empty audit.
    let r = run(&["audit", letter, "-j", "qc", "--language", "nl"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stdout
            .contains("Québec letters are audited in French or English"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_belgian_dutch_first_reminder_lacking_the_enterprise_number_and_charging_fees() {
    let letter = "tests/fixtures/audit/be-first-reminder-nl.txt";
    let (code, lines) = audit_json(&[letter, "-j", "be", "--doc", "first-reminder"]);
    assert_eq!(code, 1);
    assert_eq!(
        codes(&lines, "error"),
        BTreeSet::from(["BE-AUD-011".into()])
    );
    assert_eq!(
        codes(&lines, "warning"),
        BTreeSet::from(["BE-AUD-014".into(), "BE-AUD-015".into()])
    );
    assert!(
        finding(&lines, "BE-AUD-014")["message"]
            .as_str()
            .unwrap()
            .contains("8 days")
    );
    assert_eq!(finding(&lines, "BE-AUD-015")["line"], 18);
    let missing = finding(&lines, "BE-AUD-011");
    // The suggested wording is the letter's language's.
    assert!(
        missing["help"]
            .as_str()
            .unwrap()
            .contains("ondernemingsnummer"),
        "{missing}"
    );
    let lang = lines.iter().find(|d| d["code"] == "AUD-LANG").unwrap();
    assert!(
        lang["message"]
            .as_str()
            .unwrap()
            .starts_with("written in Dutch")
    );
    let f = found(&lines);
    for id in [
        "BE-AUD-001",
        "BE-AUD-002",
        "BE-AUD-010",
        "BE-AUD-012",
        "BE-AUD-013",
    ] {
        assert!(f.contains(id), "{id} not found: {f:?}");
    }
}

#[test]
fn text_on_standard_input_and_sarif_output() {
    let text = std::fs::read_to_string("tests/fixtures/audit/qc-notice-en.txt").unwrap();
    let out = creance()
        .args(["audit", "-", "-j", "qc", "--format", "sarif"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let warnings: BTreeSet<&str> = results
        .iter()
        .filter(|r| r["level"] == "warning")
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(
        warnings,
        BTreeSet::from(["QC-AUD-002", "QC-AUD-006", "QC-AUD-008"])
    );
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "<stdin>"
    );
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert!(rules.iter().any(|r| r["id"] == "QC-AUD-006"));
}

/// A one-page PDF whose page only draws a line: what a scan without OCR looks like to us.
fn pdf_without_text() -> Vec<u8> {
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(dictionary! {}, b"0 0 m 200 200 l S".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

#[test]
fn bad_pdfs_are_clean_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let scanned = dir.path().join("scan.pdf");
    std::fs::write(&scanned, pdf_without_text()).unwrap();
    let damaged = dir.path().join("damaged.pdf");
    std::fs::write(
        &damaged,
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a PDF body",
    )
    .unwrap();
    let renamed = dir.path().join("photo.pdf");
    std::fs::write(&renamed, b"\x89PNG\r\n\x1a\n not a pdf at all").unwrap();
    for (path, expected) in [
        (
            &scanned,
            "no text layer: this PDF seems scanned (1 page of images); OCR it first",
        ),
        (&damaged, "not a readable PDF"),
        (&renamed, "not a PDF (it does not start with `%PDF-`)"),
    ] {
        let p = path.to_str().unwrap();
        let r = run(&["audit", p, "-j", "fr"]);
        assert_eq!(r.code, 2, "{p}: {}{}", r.stdout, r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        assert!(r.stdout.contains("error[AUD-INPUT]"), "{}", r.stdout);
        assert!(r.stdout.contains(expected), "{p}: {}", r.stdout);
        assert!(r.stdout.contains(&format!("--> {p}")), "{}", r.stdout);
        let (code, lines) = audit_json(&[p, "-j", "fr"]);
        assert_eq!((code, lines.len()), (2, 1));
        assert_eq!(lines[0]["file"], p);
    }
    // A missing file too, and the other letters of the run are still audited.
    let r = run(&[
        "audit",
        "no/such/letter.pdf",
        "tests/fixtures/audit/qc-notice-en.txt",
        "-j",
        "qc",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("cannot read the letter"), "{}", r.stdout);
    assert!(
        r.stdout.contains("qc-notice-en.txt: 10 checked"),
        "{}",
        r.stdout
    );
}

#[test]
fn explain_knows_the_audit_checks() {
    let r = run(&["explain", "fr-aud-014"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("FR-AUD-014 (error)"), "{}", r.stdout);
    assert!(r.stdout.contains("art. R124-4 5° CPCE"), "{}", r.stdout);
    assert!(
        r.stdout.contains("confidence [P]: primary text read"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("The same mention as FR-TXT-010"),
        "{}",
        r.stdout
    );
    let r = run(&["explain", "QC-AUD-06"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `QC-AUD-006`"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_letter_s_date_is_its_place_and_date_not_the_first_date_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let letter = dir.path().join("letter.txt");
    let head =
        "Atelier Dupont\n12, rue des Tanneurs, 69002 Lyon\n\nVotre commande du 6 octobre 2025\n\n";
    let message = |lines: &[serde_json::Value]| {
        let d = lines
            .iter()
            .find(|d| d["code"] == "FR-AUD-002")
            .unwrap_or_else(|| panic!("no FR-AUD-002 in {lines:#?}"));
        assert_eq!(d["severity"], "info", "{d}");
        d["message"].as_str().unwrap().to_string()
    };
    // "Place, le date" wins over an earlier date of the letter.
    std::fs::write(
        &letter,
        format!("{head}Lyon, le 2 mars 2026\n\nMise en demeure\n"),
    )
    .unwrap();
    let (_, lines) = audit_json(&[letter.to_str().unwrap(), "-j", "fr"]);
    assert!(
        message(&lines).contains("«Lyon, le 2 mars 2026»"),
        "{lines:#?}"
    );
    // Without a place, any written date counts, and is shown for the reader to judge.
    std::fs::write(&letter, format!("{head}Mise en demeure\n")).unwrap();
    let (_, lines) = audit_json(&[letter.to_str().unwrap(), "-j", "fr"]);
    assert!(message(&lines).contains("«6 octobre 2025»"), "{lines:#?}");
}
