//! Integration tests: the real `creance` binary on the samples and on broken inputs.
//! One test binary (design.md); PDF text is extracted with poppler's `pdftotext`, which
//! `.ci/run` installs.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::cargo_bin_cmd;

// One test binary (design.md); each jurisdiction's tests are a module of it.
#[path = "cli/audit.rs"]
mod audit;
#[path = "cli/be.rs"]
mod be;
#[path = "cli/plan.rs"]
mod plan;
#[path = "cli/qc.rs"]
mod qc;

fn creance() -> assert_cmd::Command {
    let mut c = cargo_bin_cmd!("creance");
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c.env("NO_COLOR", "1");
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = creance().args(args).output().expect("creance runs");
    Run {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
    }
}

/// A case file written to a temporary folder.
fn case_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// The `reference:` of a case file, which names its output files.
fn reference_of(case: &str) -> String {
    std::fs::read_to_string(case)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("reference: "))
        .unwrap()
        .trim()
        .trim_matches('"')
        .to_string()
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples/fr")
            .join(name),
    )
    .unwrap()
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils; .ci/run installs it)");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8(out.stdout).unwrap()
}

fn pdf_pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo is installed");
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count")
}

/// Text with every kind of space folded to one ASCII space, for robust `contains` checks.
fn fold(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}', '\u{2009}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

// ------------------------------------------------------------------------------------ check

#[test]
fn check_reports_each_problem_of_the_errors_sample_with_location_and_law() {
    let r = run(&["check", "samples/fr/errors.yaml"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    for code in [
        "FR-FEE-001",
        "FR-FEE-002",
        "FR-INT-001",
        "FR-PH-001",
        "FR-DATE-001",
        "FR-PRESC-001",
        "FR-MED-002",
        "FR-MED-004",
        "FR-MED-006",
    ] {
        assert!(
            r.stdout.contains(&format!("[{code}]")),
            "{code} missing:\n{}",
            r.stdout
        );
    }
    // file:line:column of the €40 claimed from a consumer (fees[0].amount, line 43 col 13).
    assert!(
        r.stdout
            .contains("--> samples/fr/errors.yaml:43:13 (fees[0].amount)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("law: art. L111-8 al. 2 et 3 CPCE"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("help: "));
    assert!(r.stdout.contains("samples/fr/errors.yaml: "));
    assert!(r.stdout.contains("— fails"));
}

#[test]
fn check_json_is_one_object_per_line_snapshot() {
    let r = run(&["check", "--format", "json", "samples/fr/errors.yaml"]);
    assert_eq!(r.code, 1);
    let lines: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert!(lines.len() >= 10);
    for l in &lines {
        assert!(l["code"].is_string() && l["severity"].is_string() && l["message"].is_string());
        assert_eq!(l["file"], "samples/fr/errors.yaml");
    }
    insta::assert_snapshot!("check_errors_json", r.stdout);
}

#[test]
fn check_human_snapshot() {
    let r = run(&["check", "samples/fr/errors.yaml"]);
    insta::assert_snapshot!("check_errors_human", r.stdout);
}

#[test]
fn good_samples_pass_and_strict_turns_warnings_into_failure() {
    let r = run(&[
        "check",
        "samples/fr/b2b-several-invoices.yaml",
        "samples/fr/b2c-consumer.yaml",
    ]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("b2b-several-invoices.yaml: 0 errors, 0 warnings — ok"),
        "{}",
        r.stdout
    );

    let dir = tempfile::tempdir().unwrap();
    let text = sample("b2b-several-invoices.yaml").replace("deadline_days: 15", "deadline_days: 5");
    let p = case_file(dir.path(), "short.yaml", &text);
    let p = p.to_str().unwrap();
    let r = run(&["check", p]);
    assert_eq!(r.code, 0, "a warning alone passes: {}", r.stdout);
    assert!(r.stdout.contains("warning[FR-MED-004]"));
    let r = run(&["check", "--strict", p]);
    assert_eq!(r.code, 1);
}

#[test]
fn sarif_output_is_a_sarif_log() {
    let r = run(&["check", "--format", "sarif", "samples/fr/errors.yaml"]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert!(
        results
            .iter()
            .any(|x| x["ruleId"] == "FR-FEE-001" && x["level"] == "error")
    );
}

// ------------------------------------------------------------------------------------ amounts

#[test]
fn amounts_of_the_b2b_sample() {
    let r = run(&["amounts", "samples/fr/b2b-several-invoices.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!("amounts_b2b", r.stdout);
    // 3 late invoices × 40 €, statutory rate 12,15 % in 2025 S2 and 2026 S1 (ECB 2,15 + 10).
    assert!(r.stdout.contains("12.15"));
    assert!(r.stdout.contains("120,00 €"));
    let json = run(&[
        "amounts",
        "--format",
        "json",
        "samples/fr/b2b-several-invoices.yaml",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let t = &v["totals"];
    let dec = |x: &serde_json::Value| {
        x.as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap()
    };
    assert_eq!(dec(&t["principal"]), "11960".parse().unwrap());
    assert_eq!(dec(&t["fees"]), "120".parse().unwrap());
    // Totals are the sums of their lines.
    let interest: rust_decimal::Decimal = v["interest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| dec(&l["amount"]))
        .sum();
    assert_eq!(dec(&t["interest"]), interest);
    assert_eq!(
        dec(&t["total"]),
        dec(&t["principal"]) + dec(&t["interest"]) + dec(&t["fees"])
    );
}

#[test]
fn amounts_of_the_consumer_sample_have_no_fees_and_interest_from_the_notice() {
    let r = run(&[
        "amounts",
        "--format",
        "json",
        "samples/fr/b2c-consumer.yaml",
    ]);
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["fees"].as_array().unwrap().len(), 0);
    assert_eq!(v["interest_kind"], "legal");
    assert_eq!(v["interest_start"], "2026-02-16");
    assert_eq!(v["totals"]["total"], "1500.00");
}

// ------------------------------------------------------------------------------------ render

#[test]
fn render_b2b_writes_both_letters_as_pdfa_with_the_expected_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let r = run(&["render", "samples/fr/b2b-several-invoices.yaml", "-o", out]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let notice = dir.path().join("ADU-2026-0042-formal-notice.pdf");
    let reminder = dir.path().join("ADU-2026-0042-reminder.pdf");
    for p in [&notice, &reminder] {
        let bytes = std::fs::read(p).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{}", p.display());
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.contains("<pdfaid:part>2</pdfaid:part>"),
            "PDF/A-2 identification missing"
        );
        assert!(text.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    }
    let t = fold(&pdf_text(&notice));
    for expected in [
        "Mise en demeure",
        "mettons en demeure",
        "Lettre recommandée avec accusé de réception n° 1A 234 567 8901 2",
        "Lyon, le 2 mars 2026",
        "Boulangerie Martin SAS",
        "38000 GRENOBLE",
        "SIREN 832 145 676",
        "F-2025-101",
        "F-2025-117",
        "F-2025-130",
        "1 000,00 €",
        "11 960,00 €",
        "120,00 €",
        "au plus tard le mardi 17 mars 2026",
        "article L441-10 II du Code de commerce",
        "vaut mise en demeure au sens de l'article 1344 du Code civil",
        "Claire Dupont",
        "Décompte des pénalités de retard",
        "1/2",
    ] {
        assert!(
            t.contains(expected),
            "`{expected}` missing from the formal notice:\n{t}"
        );
    }
    assert_eq!(pdf_pages(&notice), 2, "letter + annex");
    let rt = fold(&pdf_text(&reminder));
    assert!(rt.contains("Relance"));
    assert!(rt.contains("11 960,00 €"));
    assert!(!rt.contains("mettons en demeure"));
}

#[test]
fn render_is_byte_identical_across_runs() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for d in [&a, &b] {
        let r = run(&[
            "render",
            "samples/fr/b2c-consumer.yaml",
            "--doc",
            "formal-notice",
            "-o",
            d.path().to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let name = "PLB-2026-0007-formal-notice.pdf";
    let x = std::fs::read(a.path().join(name)).unwrap();
    let y = std::fs::read(b.path().join(name)).unwrap();
    assert_eq!(x, y);
}

#[test]
fn view_tables_carry_their_measured_columns() {
    // The view model is what Typst reads (and what the benchmark's peer compiles): each table
    // comes with the natural width of every column in the letter face (src/letters/fit.rs).
    for (case, lang) in [
        ("samples/fr/b2b-several-invoices.yaml", "fr"),
        ("samples/be/b2b-nl.yaml", "nl-BE"),
    ] {
        let r = run(&["view", case, "--doc", "formal-notice"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let view: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        assert_eq!(view["lang"], lang);
        for key in ["invoices", "annex"] {
            let table = &view[key];
            let fit = &table["fit"];
            assert_eq!(fit["font"], "Libertinus Serif", "{case} {key}");
            assert_eq!(fit["upem"], 1000);
            let widths = fit["widths"].as_array().unwrap();
            assert_eq!(widths.len(), table["columns"].as_array().unwrap().len());
            // Every column has a header, so a width; none is wider than the text (165 mm at
            // 9.5 pt is about 49 em).
            assert!(
                widths
                    .iter()
                    .all(|w| (1..49_000).contains(&w.as_u64().unwrap())),
                "{case} {key}: {widths:?}"
            );
        }
    }
}

#[test]
fn consumer_notice_states_legal_interest_from_the_notice_and_no_fee() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(&[
        "render",
        "samples/fr/b2c-consumer.yaml",
        "--doc",
        "formal-notice",
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0);
    let t = fold(&pdf_text(
        &dir.path().join("PLB-2026-0007-formal-notice.pdf"),
    ));
    assert!(t.contains("Monsieur,"), "{t}");
    assert!(
        t.contains("portera intérêts au taux légal à compter de la présente mise en demeure"),
        "{t}"
    );
    assert!(t.contains("1 500,00 €"));
    assert!(
        !t.contains("forfaitaire"),
        "no flat indemnity against a consumer"
    );
    // 16 Feb 2026 + 15 days = 3 March 2026 (a Tuesday).
    assert!(t.contains("au plus tard le mardi 3 mars 2026"), "{t}");
}

#[test]
fn render_refuses_a_case_with_errors_but_draft_renders_it_watermarked() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let r = run(&["render", "samples/fr/errors.yaml", "-o", out]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("not rendered"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );

    let r = run(&[
        "render",
        "samples/fr/errors.yaml",
        "--draft",
        "--doc",
        "formal-notice",
        "-o",
        out,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pdf = dir.path().join("ERR-2026-0001-formal-notice-draft.pdf");
    let t = fold(&pdf_text(&pdf));
    assert!(t.contains("PROJET"));
    assert!(t.contains("Points à corriger avant tout envoi"));
    assert!(t.contains("FR-FEE-001"));
}

#[test]
fn case_data_never_becomes_typst_markup() {
    let dir = tempfile::tempdir().unwrap();
    let text = sample("b2b-several-invoices.yaml").replace(
        "name: Boulangerie Martin",
        "name: \"#set page(width: 1pt) *bold* _x_ $y$ @ref <lbl> \\\\ ]\"",
    );
    let p = case_file(dir.path(), "inject.yaml", &text);
    let r = run(&[
        "render",
        p.to_str().unwrap(),
        "--doc",
        "formal-notice",
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let pdf = dir.path().join("ADU-2026-0042-formal-notice.pdf");
    let t = fold(&pdf_text(&pdf));
    assert!(
        t.contains("#set page(width: 1pt) *bold* _x_ $y$ @ref <lbl> \\ ]"),
        "{t}"
    );
    assert_eq!(
        pdf_pages(&pdf),
        2,
        "the page setup was not changed by the name"
    );
}

// ------------------------------------------------------------------------------------ bad input

#[test]
fn bad_input_gets_a_located_error_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let good = sample("b2b-several-invoices.yaml");
    let cases: Vec<(&str, String, &str, &str)> = vec![
        (
            "empty",
            String::new(),
            "CASE-EMPTY",
            "the case file is empty",
        ),
        ("comments-only", "# nothing\n".into(), "CASE-EMPTY", "empty"),
        (
            "invalid-yaml",
            "schema: creance/v1\njurisdiction: fr\nreference: \"abc\n".into(),
            "CASE-YAML",
            ":3:",
        ),
        (
            "duplicate-key",
            "schema: creance/v1\nschema: creance/v1\n".into(),
            "CASE-YAML",
            "duplicate",
        ),
        (
            "nested-duplicate-key",
            good.replace("    amount: 2760.00\n", "    amount: 2760.00\n    amount: 2760.00\n"),
            "CASE-YAML",
            "duplicate mapping key: amount",
        ),
        (
            "nested-duplicate-key-line",
            good.replace("    amount: 2760.00\n", "    amount: 2760.00\n    amount: 2760.00\n"),
            "CASE-YAML",
            ":68:",
        ),
        (
            "flow-duplicate-key",
            good.replace(
                "    description: vitrine n° 2 — fourniture\n",
                "    description: vitrine n° 2 — fourniture\n  - {number: F-9, issue_date: 2025-11-14, due_date: 2025-12-14, amount: 1.00, due_date: 2025-12-15}\n",
            ),
            "CASE-YAML",
            "duplicate mapping key: due_date",
        ),
        (
            "wrong-type",
            good.replace("amount: 5400.00", "amount: [1, 2]"),
            "CASE-TYPE",
            ":62:",
        ),
        (
            "unknown-field",
            good.replace("due_date: 2025-11-30", "due_dat: 2025-11-30"),
            "CASE-FIELD",
            "did you mean `due_date`?",
        ),
        (
            "negative",
            good.replace("amount: 2760.00", "amount: -2760.00"),
            "CASE-VALUE",
            "must be positive",
        ),
        (
            "absurd",
            good.replace("amount: 2760.00", "amount: 12345678901234567.89"),
            "CASE-VALUE",
            "12345678901234567.89 is not plausible",
        ),
        (
            "bad-date",
            good.replace("due_date: 2025-12-14", "due_date: 2025-02-30"),
            "CASE-VALUE",
            ":66:",
        ),
        (
            "unknown-jurisdiction",
            good.replace("jurisdiction: fr", "jurisdiction: frr"),
            "CASE-VALUE",
            "did you mean `fr`?",
        ),
        (
            "text-amount",
            good.replace("amount: 2760.00", "amount: beaucoup"),
            "CASE-VALUE",
            "`beaucoup` is not an amount",
        ),
        (
            "absurd-delay",
            good.replace("deadline_days: 15", "deadline_days: 4294967295"),
            "CASE-VALUE",
            "a delay of 4294967295 days is not plausible",
        ),
        (
            "until-after-date",
            good.replace("kind: statutory ", "kind: statutory\n  until: 2026-06-30 "),
            "CASE-VALUE",
            "after the document date",
        ),
        (
            "contractual-no-rate",
            good.replace("kind: statutory ", "kind: contractual "),
            "CASE-MISSING",
            "contractual interest without a rate",
        ),
        (
            "not-a-map",
            "- just\n- a list\n".into(),
            "CASE-TYPE",
            "expected",
        ),
    ];
    for (name, text, code, needle) in cases {
        let p = case_file(dir.path(), &format!("{name}.yaml"), &text);
        let r = run(&["check", p.to_str().unwrap()]);
        assert_eq!(r.code, 1, "{name}: exit code\n{}{}", r.stdout, r.stderr);
        assert!(
            r.stdout.contains(&format!("error[{code}]")),
            "{name}: expected {code}:\n{}",
            r.stdout
        );
        assert!(
            r.stdout.contains(needle),
            "{name}: expected `{needle}`:\n{}",
            r.stdout
        );
        assert!(
            !r.stderr.contains("panicked"),
            "{name} panicked: {}",
            r.stderr
        );
    }
    let r = run(&["check", "does/not/exist.yaml"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("error[CASE-IO]"));
    let r = run(&["check", "--frobnicate", "x.yaml"]);
    assert_eq!(r.code, 2);
}

#[test]
fn amounts_keep_every_digit() {
    let case = creance::case::load_str(
        &sample("b2b-several-invoices.yaml").replace("amount: 2760.00", "amount: 12345678901.23"),
        "x.yaml",
    )
    .expect("loads");
    assert_eq!(
        case.case.invoices[2].amount.value().to_string(),
        "12345678901.23"
    );
}

/// A firm adds the next semester's legal rate with `--rates DIR` instead of waiting for a new
/// creance: the case dated after the embedded tables fails without it, computes with it (and
/// warns, the row being marked K), and a broken folder is refused with the file named.
#[test]
fn a_rates_folder_adds_a_semester_and_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let case = sample("b2c-consumer.yaml")
        .replace("date: 2026-02-16", "date: 2026-09-15")
        .replace(
            "  - kind: reminder\n    date: 2025-11-24\n    channel: letter\n",
            "  - kind: reminder\n    date: 2025-11-24\n    channel: letter\n  - kind: formal-notice\n    date: 2026-06-01\n    channel: registered\n    received: 2026-06-03\n",
        );
    assert!(
        case.contains("2026-09-15") && case.contains("2026-06-03"),
        "{case}"
    );
    let case = case_file(dir.path(), "late.yaml", &case);
    let case = case.to_str().unwrap();
    let r = run(&["check", case]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("error[FR-INT-004]"), "{}", r.stdout);

    let rates = dir.path().join("rates");
    std::fs::create_dir_all(rates.join("fr/rates")).unwrap();
    let embedded = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("jurisdictions/fr/rates/legal-rate.yaml"),
    )
    .unwrap();
    let table = rates.join("fr/rates/legal-rate.yaml");
    std::fs::write(
        &table,
        format!(
            "{embedded}  - from: 2026-07-01\n    to: 2026-12-31\n    individual: \"6.50\"\n    \
             other: \"2.50\"\n    source: \"test row, not a published rate\"\n    confidence: K\n"
        ),
    )
    .unwrap();
    let rates_arg = rates.to_str().unwrap();
    let r = run(&["--rates", rates_arg, "check", case]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("warning[FR-INT-006]"), "{}", r.stdout);
    assert!(r.stdout.contains("Taux légal 2026 S2"), "{}", r.stdout);
    // Received 3 June: 3–30 June at 2,62 % (28 days) and 1 July – 15 September at the added
    // 2,50 % (77 days): 1 500 × 2,62 × 28 / 36 500 = 3,014… → 3,01; × 2,50 × 77 → 7,910… → 7,91.
    let r = run(&["amounts", case, "--format", "json", "--rates", rates_arg]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let a: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(a["totals"]["interest"], "10.92", "{a}");
    assert_eq!(a["totals"]["total"], "1510.92", "{a}");

    // A broken row: refused before anything runs, with the file and the line.
    std::fs::write(
        &table,
        format!("{embedded}  - from: 2026-07-01\n    individual: \"6.50\"\n"),
    )
    .unwrap();
    let r = run(&["--rates", rates_arg, "check", case]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains("fr/rates/legal-rate.yaml") && r.stderr.contains("missing field `to`"),
        "{}",
        r.stderr
    );
    // A gap between semesters is refused too.
    std::fs::write(
        &table,
        format!(
            "{embedded}  - from: 2027-01-01\n    to: 2027-06-30\n    individual: \"6.50\"\n    \
             other: \"2.50\"\n    source: \"x\"\n    confidence: K\n"
        ),
    )
    .unwrap();
    let r = run(&["--rates", rates_arg, "check", case]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    // A folder with no table creance knows.
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let r = run(&["--rates", empty.to_str().unwrap(), "check", case]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("holds none of the rate tables"),
        "{}",
        r.stderr
    );
}

// ------------------------------------------------------------------------------------ rules, explain, schema, new

#[test]
fn rules_and_explain() {
    let r = run(&["rules", "--jurisdiction", "fr"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.lines().count() >= 20, "{}", r.stdout);
    assert!(r.stdout.contains("FR-FEE-001"));
    // The checks of `creance audit` are listed too, after the case rules, and only the
    // jurisdiction's own.
    let audit = r.stdout.find("# creance audit").expect("an audit section");
    assert!(r.stdout[audit..].contains("FR-AUD-001"), "{}", r.stdout);
    assert!(!r.stdout[..audit].contains("-AUD-"), "{}", r.stdout);
    assert!(
        !r.stdout.contains("BE-AUD-") && !r.stdout.contains("QC-"),
        "{}",
        r.stdout
    );
    let r = run(&["rules", "--jurisdiction", "be", "--format", "json"]);
    assert_eq!(r.code, 0);
    let lines: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let by = |id: &str| {
        lines
            .iter()
            .find(|v| v["id"] == id)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(by("BE-FEE-003")["command"], "check");
    assert_eq!(by("BE-AUD-034")["command"], "audit");
    assert_eq!(by("BE-AUD-034")["severity"], "error");
    let r = run(&["explain", "fr-fee-001"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("L441-10 II"));
    assert!(r.stdout.contains("https://"));
    assert!(r.stdout.contains("Example of a case that triggers it"));
    let r = run(&["explain", "FR-FEE-01"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `FR-FEE-001`?"),
        "{}",
        r.stderr
    );
}

#[test]
fn schema_is_generated_from_the_types_and_committed() {
    let r = run(&["schema"]);
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["properties"]["invoices"].is_object());
    assert_eq!(v["additionalProperties"], false);
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/creance-v1.schema.json"),
    )
    .unwrap();
    assert!(
        committed.trim() == r.stdout.trim(),
        "schema/creance-v1.schema.json is out of date: run `creance schema > schema/creance-v1.schema.json`"
    );
}

#[test]
fn new_writes_a_case_that_loads_but_refuses_until_filled() {
    let dir = tempfile::tempdir().unwrap();
    for (j, debtor) in [
        ("fr", "professional"),
        ("fr", "consumer"),
        ("qc", "professional"),
        ("qc", "consumer"),
    ] {
        let p = dir.path().join(format!("{j}-{debtor}.yaml"));
        let r = run(&[
            "new",
            "--jurisdiction",
            j,
            "--debtor",
            debtor,
            "-o",
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let r2 = run(&["new", "--jurisdiction", j, "-o", p.to_str().unwrap()]);
        assert_eq!(r2.code, 2, "never overwrites");
        let c = run(&["check", p.to_str().unwrap()]);
        assert_eq!(c.code, 1);
        let placeholder = format!("error[{}-PH-001]", j.to_uppercase());
        assert!(c.stdout.contains(&placeholder), "{}", c.stdout);
        assert!(
            !c.stdout.contains("CASE-"),
            "the template itself is a valid case file: {}",
            c.stdout
        );
    }
}

#[test]
fn a_firm_template_that_drops_a_mandatory_mention_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    // A careless override: prints the parties and nothing else.
    std::fs::write(
        templates.join("formal-notice.typ"),
        "#let render(data) = [#data.sender.name — #data.recipient.name]\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let args = [
        "render",
        "samples/fr/b2b-several-invoices.yaml",
        "--doc",
        "formal-notice",
        "--templates",
        templates.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    let r = run(&args);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    for code in ["FR-TXT-001", "FR-TXT-005", "FR-TXT-006", "FR-TXT-007"] {
        assert!(
            r.stdout.contains(&format!("error[{code}]")),
            "{code}:\n{}",
            r.stdout
        );
    }
    assert!(
        !r.stdout.contains("FR-TXT-003"),
        "the creditor's name is printed"
    );
    assert!(!out.join("ADU-2026-0042-formal-notice.pdf").exists());
}

// ------------------------------------------------------------------------------------ batch

fn generate(dir: &Path, n: usize, seed: u64) {
    let r = run(&[
        "generate",
        "-n",
        &n.to_string(),
        "--seed",
        &seed.to_string(),
        "--max-invoices",
        "4",
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("manifest.json")).expect("manifest.json"))
        .unwrap()
}

fn sha256(path: &Path) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(std::fs::read(path).unwrap())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn batch_continues_past_failed_cases_and_its_manifest_matches_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    generate(&cases, 6, 11);
    std::fs::copy("samples/fr/errors.yaml", cases.join("zz-errors.yaml")).unwrap();
    std::fs::write(
        cases.join("zz-broken.yaml"),
        "schema: creance/v1\njurisdiction: [fr\n",
    )
    .unwrap();
    std::fs::write(cases.join("zz-empty.yml"), "").unwrap();
    std::fs::write(cases.join("notes.txt"), "not a case").unwrap();
    let out = dir.path().join("out");
    let r = run(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "-j",
        "2",
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("6 rendered, 3 failed, 0 skipped in "),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("zz-errors.yaml:43:13: error[FR-FEE-001]"),
        "{}",
        r.stdout
    );

    let m = manifest(&out);
    let outputs = m["outputs"].as_array().unwrap();
    assert_eq!(outputs.len(), 12, "two documents for each valid case");
    assert_eq!(m["failed"].as_array().unwrap().len(), 3);
    for o in outputs {
        let pdf = out.join(o["output"].as_str().unwrap());
        assert_eq!(
            sha256(&pdf),
            o["output_sha256"].as_str().unwrap(),
            "{}",
            pdf.display()
        );
        assert_eq!(
            sha256(Path::new(o["input"].as_str().unwrap())),
            o["input_sha256"].as_str().unwrap()
        );
        let sidecar: serde_json::Value =
            serde_json::from_slice(&std::fs::read(format!("{}.json", pdf.display())).unwrap())
                .unwrap();
        assert_eq!(&sidecar, o, "the sidecar is the manifest's record");
        assert!(o["versions"]["rules"].as_str().unwrap().starts_with("fr-"));
        assert!(
            o["versions"]["rates"]
                .as_str()
                .unwrap()
                .starts_with("fr-rates-")
        );
        assert_eq!(o["versions"]["templates"].as_str().unwrap().len(), 64);
    }
    // Nothing is written for a failed case, and no temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.starts_with("ERR-")), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with('.')), "{names:?}");
    assert_eq!(names.len(), 12 * 2 + 1);

    // JSON Lines: one object per case, then the summary.
    let out2 = dir.path().join("out2");
    let r = run(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out2.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 1);
    let lines: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 9 + 1);
    let summary = &lines.last().unwrap()["summary"];
    assert_eq!(summary["rendered"], 6);
    assert_eq!(summary["failed"], 3);
    assert!(
        lines[..9]
            .iter()
            .all(|l| ["rendered", "failed"].contains(&l["status"].as_str().unwrap()))
    );
}

#[test]
fn batch_output_is_identical_with_one_or_two_threads_and_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    generate(&cases, 8, 5);
    let mut runs = Vec::new();
    for (name, jobs) in [("a", "1"), ("b", "2"), ("c", "2")] {
        let out = dir.path().join(name);
        let r = run(&[
            "batch",
            cases.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-j",
            jobs,
        ]);
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect();
        files.sort();
        runs.push(files);
    }
    assert_eq!(runs[0].len(), 8 * 4 + 1);
    assert_eq!(runs[0], runs[1], "1 vs 2 threads");
    assert_eq!(runs[1], runs[2], "two runs");
}

#[test]
fn shards_cover_every_case_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    generate(&cases, 12, 3);
    let mut seen = Vec::new();
    for i in 1..=3 {
        let out = dir.path().join(format!("shard{i}"));
        let r = run(&[
            "batch",
            cases.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--doc",
            "reminder",
            "--shard",
            &format!("{i}/3"),
        ]);
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        for o in manifest(&out)["outputs"].as_array().unwrap() {
            seen.push(o["input"].as_str().unwrap().to_string());
        }
    }
    seen.sort();
    let mut all: Vec<String> = std::fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    all.sort();
    assert_eq!(seen, all);
    let r = run(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        "x",
        "--shard",
        "4/3",
    ]);
    assert_eq!(r.code, 2);
}

#[test]
fn resume_completes_an_interrupted_batch_and_skips_what_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    generate(&cases, 30, 9);
    let out = dir.path().join("out");
    // Kill a real run part-way.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_creance"))
        .args([
            "batch",
            cases.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-j",
            "1",
        ])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let _ = child.kill();
    let _ = child.wait();
    // Whatever was written is whole: every PDF is complete.
    if out.exists() {
        for e in std::fs::read_dir(&out).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "pdf") {
                let bytes = std::fs::read(&p).unwrap();
                assert!(
                    bytes.starts_with(b"%PDF-") && bytes.trim_ascii_end().ends_with(b"%%EOF"),
                    "partial {}",
                    p.display()
                );
            }
        }
    }
    let r = run(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--resume",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let m = manifest(&out);
    assert_eq!(m["outputs"].as_array().unwrap().len(), 60);
    // A second resume renders nothing.
    let r = run(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--resume",
    ]);
    assert!(
        r.stdout.contains("0 rendered, 0 failed, 30 skipped"),
        "{}",
        r.stdout
    );
    // A changed input and a tampered output are rendered again; the rest is skipped.
    let first = cases.join("case-000000.yaml");
    let text = std::fs::read_to_string(&first)
        .unwrap()
        .replace("deadline_days: 8,", "deadline_days: 10,")
        .replace("deadline_days: 15,", "deadline_days: 10,")
        .replace("deadline_days: 30,", "deadline_days: 10,");
    std::fs::write(&first, text).unwrap();
    let victim = m["outputs"].as_array().unwrap()[10]["output"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(out.join(&victim), b"%PDF-tampered").unwrap();
    let r = run(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--resume",
    ]);
    assert!(
        r.stdout.contains("2 rendered, 0 failed, 28 skipped"),
        "{}",
        r.stdout
    );
    assert_eq!(
        sha256(&out.join(&victim)),
        manifest(&out)["outputs"].as_array().unwrap()[10]["output_sha256"]
            .as_str()
            .unwrap()
    );
}

#[test]
fn two_cases_with_the_same_reference_do_not_overwrite_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir(&cases).unwrap();
    std::fs::copy("samples/fr/b2b-several-invoices.yaml", cases.join("a.yaml")).unwrap();
    let other = sample("b2b-several-invoices.yaml").replace("amount: 2760.00", "amount: 2860.00");
    std::fs::write(cases.join("b.yaml"), other).unwrap();
    let out = dir.path().join("out");
    for jobs in ["1", "2"] {
        let r = run(&[
            "batch",
            cases.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-j",
            jobs,
        ]);
        assert_eq!(r.code, 1, "{}", r.stdout);
        assert!(r.stdout.contains("1 rendered, 1 failed"), "{}", r.stdout);
        assert!(r.stdout.contains("b.yaml"), "{}", r.stdout);
        let m = manifest(&out);
        assert!(
            m["outputs"]
                .as_array()
                .unwrap()
                .iter()
                .all(|o| o["input"].as_str().unwrap().ends_with("a.yaml"))
        );
        assert!(m["failed"][0]["findings"][0]["code"] == "BATCH-DUPLICATE");
    }
    // A resumed run keeps the owner's letter: b never overwrites it.
    let r = run(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--resume",
    ]);
    assert!(
        r.stdout.contains("0 rendered, 1 failed, 1 skipped"),
        "{}",
        r.stdout
    );
    for o in manifest(&out)["outputs"].as_array().unwrap() {
        let name = o["output"].as_str().unwrap();
        assert_eq!(
            sha256(&out.join(name)),
            o["output_sha256"].as_str().unwrap()
        );
        let sidecar: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join(format!("{name}.json"))).unwrap())
                .unwrap();
        assert!(sidecar["input"].as_str().unwrap().ends_with("a.yaml"));
    }
}

#[test]
fn an_invoice_not_yet_due_cannot_be_claimed() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        sample("b2b-several-invoices.yaml").replace("due_date: 2025-12-14", "due_date: 2026-03-22");
    let p = case_file(dir.path(), "early.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("invoice F-2025-130 falls due on 22/03/2026"),
        "{}",
        r.stdout
    );
}

// ------------------------------------------------------------------------------------ Québec

fn qc_sample() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/qc/b2b-notice-sent.yaml"),
    )
    .unwrap()
}

#[test]
fn quebec_case_is_checked_and_computed_from_default() {
    let r = run(&["check", "samples/qc/b2b-notice-sent.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("0 errors, 0 warnings — ok"));
    let r = run(&[
        "amounts",
        "--format",
        "json",
        "samples/qc/b2b-notice-sent.yaml",
    ]);
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["currency"], "CAD");
    // Notice received 19 Jan 2026 with 10 days: in default from 30 Jan (art. 1595, 1617 C.c.Q.).
    assert_eq!(v["interest_start"], "2026-01-30");
    let lines = v["interest"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    // 13 400 × 5 % × 32 / 365 = 58,74 ; 6 250 × 5 % × 32 / 365 = 27,40.
    assert_eq!(lines[0]["amount"], "58.74");
    assert_eq!(lines[1]["amount"], "27.40");
    assert_eq!(v["totals"]["total"], "19736.14");
    assert!(
        v["fees"].as_array().unwrap().is_empty(),
        "no flat indemnity in Québec"
    );
    let human = run(&["amounts", "samples/qc/b2b-notice-sent.yaml"]);
    assert!(human.stdout.contains("19 736,14 $"), "{}", human.stdout);
}

#[test]
fn quebec_rules_flag_indemnity_sources_criminal_rates_and_french_mechanisms() {
    let dir = tempfile::tempdir().unwrap();
    let indemnity = case_file(
        dir.path(),
        "ai.yaml",
        &qc_sample().replace(
            "  kind: legal\n",
            "  kind: legal\n  additional_indemnity: true\n",
        ),
    );
    let r = run(&["check", indemnity.to_str().unwrap()]);
    assert_eq!(r.code, 0, "a warning only: {}", r.stdout);
    assert!(r.stdout.contains("warning[QC-INT-004]"), "{}", r.stdout);
    let a = run(&["amounts", "--format", "json", indemnity.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&a.stdout).unwrap();
    let labels: Vec<&str> = v["interest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rate_label"].as_str().unwrap())
        .collect();
    assert!(
        labels
            .iter()
            .any(|l| l.starts_with("Indemnité additionnelle")),
        "{labels:?}"
    );
    let usurious = case_file(
        dir.path(),
        "usury.yaml",
        &qc_sample().replace("  kind: legal\n", "  kind: contractual\n  rate: 42\n"),
    );
    let r = run(&["check", usurious.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("error[QC-INT-003]"), "{}", r.stdout);
    let french = case_file(
        dir.path(),
        "fr.yaml",
        &qc_sample().replace("  kind: legal\n", "  kind: statutory\n"),
    );
    let r = run(&["check", french.to_str().unwrap()]);
    assert!(r.stdout.contains("error[QC-INT-001]"), "{}", r.stdout);
}

#[test]
fn a_collection_agency_letter_carries_the_r124_4_mentions() {
    let r = run(&["check", "samples/fr/agency-b2c.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("warning[FR-AGY-003]"), "{}", r.stdout);
    let dir = tempfile::tempdir().unwrap();
    let r = run(&[
        "render",
        "samples/fr/agency-b2c.yaml",
        "--doc",
        "formal-notice",
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let t = fold(&pdf_text(
        &dir.path().join("RR-2026-00871-formal-notice.pdf"),
    ));
    for expected in [
        "Recouvrement Rhône exerce une activité de recouvrement amiable de créances pour le compte d'autrui",
        "Salle de sport Confluence SAS, dont le siège est 112, cours Charlemagne, 69002 Lyon",
        "149,70 €",
        "IBAN FR76 1027 8073 0000 0204 5670 180",
        "à l'ordre de Recouvrement Rhône",
        "nous reproduisons les alinéas 2 et 3 de l'article L111-8",
        "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier",
        "à la charge du débiteur de mauvaise foi",
        "Chargé de recouvrement, Recouvrement Rhône",
    ] {
        assert!(t.contains(expected), "`{expected}` missing:\n{t}");
    }
    assert!(!t.contains("forfaitaire"), "no fee against a consumer");
    // Fees charged by an agency are refused.
    let fees = sample("agency-b2c.yaml").replace(
        "interest:\n",
        "fees:\n  - {label: Frais de recouvrement, kind: collection, amount: 30}\ninterest:\n",
    );
    let p = case_file(dir.path(), "fees.yaml", &fees);
    let r = run(&["check", p.to_str().unwrap()]);
    assert!(r.stdout.contains("error[FR-AGY-002]"), "{}", r.stdout);
}

#[test]
fn generated_cases_of_every_jurisdiction_are_valid_and_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for out in [&a, &b] {
        let r = run(&[
            "generate",
            "-n",
            "60",
            "--seed",
            "11",
            "--jurisdiction",
            "all",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let mut seen = std::collections::BTreeMap::new();
    for i in 0..60 {
        let name = format!("case-{i:06}.yaml");
        let text = std::fs::read_to_string(a.join(&name)).unwrap();
        assert_eq!(text, std::fs::read_to_string(b.join(&name)).unwrap());
        let j = text
            .lines()
            .find_map(|l| l.strip_prefix("jurisdiction: "))
            .unwrap()
            .to_string();
        *seen.entry(j).or_insert(0) += 1;
    }
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert!(seen.values().all(|n| *n == 20), "{seen:?}");
    let mut args = vec!["check".to_string()];
    args.extend((0..60).map(|i| a.join(format!("case-{i:06}.yaml")).display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = run(&args);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(!r.stdout.contains("error["), "{}", r.stdout);
}
