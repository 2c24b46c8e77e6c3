//! Belgium end to end: `check`, `amounts`, `rules`, `explain` and `new` on the Belgian samples
//! and on variants of them, with the computed values asserted to the cent.

use std::path::Path;

use serde_json::Value;

use super::case_file;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// `super::run` with the French spaces (U+202F, U+00A0) of findings folded to plain spaces.
fn run(args: &[&str]) -> Run {
    let r = super::run(args);
    Run {
        code: r.code,
        stdout: r.stdout.replace(['\u{202f}', '\u{a0}'], " "),
        stderr: r.stderr,
    }
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples/be")
            .join(name),
    )
    .unwrap()
}

fn amounts_json(path: &str) -> Value {
    let r = run(&["amounts", "--format", "json", path]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

fn codes(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|l| {
            let l = l
                .strip_prefix("error[")
                .or_else(|| l.strip_prefix("warning["))?;
            Some(l.split(']').next()?.to_string())
        })
        .collect()
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

// ------------------------------------------------------------------------------------ B2B

#[test]
fn b2b_nl_commercial_interest_per_semester_and_payment_plus_40_per_invoice() {
    let r = run(&["check", "samples/be/b2b-nl.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    // Only the unconfirmed 2026 H1 rate is flagged.
    assert_eq!(codes(&r.stdout), vec!["BE-INT-005"], "{}", r.stdout);
    assert!(r.stdout.contains("0 errors, 1 warning — ok"));
    assert_eq!(
        run(&["check", "--strict", "samples/be/b2b-nl.yaml"]).code,
        1,
        "--strict fails on the warning"
    );

    let v = amounts_json("samples/be/b2b-nl.yaml");
    assert_eq!(v["currency"], "EUR");
    assert_eq!(v["b2b"], true);
    assert_eq!(v["interest_kind"], "statutory");
    assert_eq!(v["be"]["regime"], "commercial");
    let lines: Vec<(&str, &str, i64, &str, &str)> = v["interest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["invoice"].as_str().unwrap(),
                l["from"].as_str().unwrap(),
                l["days"].as_i64().unwrap(),
                l["base"].as_str().unwrap(),
                l["amount"].as_str().unwrap(),
            )
        })
        .collect();
    // 10,50 % in 2025 H2 and 2026 H1; cut at the semester and at the payment of 20 December.
    assert_eq!(
        lines,
        vec![
            ("2025/0815", "2025-11-06", 45, "4235.00", "54.82"),
            ("2025/0815", "2025-12-21", 11, "3235.00", "10.24"),
            ("2025/0815", "2026-01-01", 61, "3235.00", "56.77"),
            ("2025/0902", "2025-12-15", 17, "1815.00", "8.88"),
            ("2025/0902", "2026-01-01", 61, "1815.00", "31.85"),
        ]
    );
    let fees: Vec<(&str, &str)> = v["fees"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["invoice"].as_str().unwrap(),
                f["amount"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(fees, vec![("2025/0815", "40.00"), ("2025/0902", "40.00")]);
    assert_eq!(v["totals"]["principal"], "5050.00");
    assert_eq!(v["totals"]["interest"], "162.56");
    assert_eq!(v["totals"]["total"], "5292.56");
    assert_eq!(v["be"]["indemnity"]["basis"], "flat_b2b");
    assert_eq!(v["be"]["uncontested"]["total"], "5292.56");
    assert_eq!(
        strs(&v["be"]["notes"]),
        vec!["commercial_interest_from_due_date"]
    );

    let human = run(&["amounts", "samples/be/b2b-nl.yaml"]);
    assert!(human.stdout.contains("5 292,56 €"), "{}", human.stdout);
    // Numeric reference 20260017 → base 0020260017, check 20260017 mod 97 = 15.
    assert!(
        human.stdout.contains("communication +++002/0260/01715+++"),
        "{}",
        human.stdout
    );
    assert!(human.stdout.contains("BE02 3630 9876 5440 (BBRUBEBB)"));
}

#[test]
fn b2b_damages_clause_replaces_the_40_and_be5_on_the_1394_20_route() {
    // examples.md BE-5: one uncontested invoice of 4 413,91 € with a 10 % clause.
    let dir = tempfile::tempdir().unwrap();
    let text = sample("b2b-nl.yaml")
        .replace(
            "  description: drukken",
            "  indemnity_clause: {percent: 10}\n  description: drukken",
        )
        .replace(
            "  - number: 2025/0902\n    issue_date: 2025-11-14\n    due_date: 2025-12-14\n    amount: 1815.00\n    description: verzenddozen, 3 000 stuks\n",
            "",
        )
        .replace("    amount: 4235.00", "    amount: 4413.91")
        .replace(
            "payments:\n  - date: 2025-12-20\n    amount: 1000.00\n    invoice: 2025/0815\n",
            "payments: []\n",
        )
        .replace("  kind: statutory", "  kind: none");
    let p = case_file(dir.path(), "be5.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("info[BE-B2B-002]"), "{}", r.stdout);
    let v = amounts_json(p.to_str().unwrap());
    assert_eq!(v["be"]["uncontested"]["increase"], "441.39");
    assert_eq!(v["be"]["uncontested"]["flat_indemnity"], "40.00");
    assert_eq!(v["be"]["uncontested"]["total"], "4895.30");
    // The amicable letter claims the clause instead of the 40 €.
    assert_eq!(v["fees"].as_array().unwrap().len(), 1);
    assert_eq!(v["fees"][0]["amount"], "441.39");
    assert_eq!(v["totals"]["total"], "4855.30");
    assert_eq!(v["be"]["indemnity"]["basis"], "contract_clause");
}

// ------------------------------------------------------------------------------------ consumer

#[test]
fn first_reminder_claims_the_principal_only_and_states_its_period() {
    let r = run(&["check", "samples/be/b2c-first-reminder-fr.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout.contains("0 errors, 0 warnings — ok"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("info[BE-REM-005]"), "{}", r.stdout);
    assert!(r.stdout.contains("gives until 18/03/2026"), "{}", r.stdout);

    let v = amounts_json("samples/be/b2c-first-reminder-fr.yaml");
    assert_eq!(v["be"]["regime"], "consumer");
    assert_eq!(v["be"]["charges_allowed"], false);
    let period = &v["be"]["first_reminder"]["period"];
    // Posted Monday 2 March 2026: 3rd working day Thursday 5 March; 14 days to Wednesday 18.
    assert_eq!(period["start"], "2026-03-05");
    assert_eq!(period["last_day"]["effective"], "2026-03-18");
    assert_eq!(period["charges_from"], "2026-03-19");
    assert_eq!(v["be"]["first_reminder"]["history_index"], Value::Null);
    assert!(v["interest"].as_array().unwrap().is_empty());
    assert!(v["fees"].as_array().unwrap().is_empty());
    assert_eq!(v["totals"]["paid"], "200.00");
    assert_eq!(v["totals"]["total"], "780.00");
    // What the reminder must announce: 10 % of 780 € = 78 €, under the XIX.4 cap of 79 €.
    assert_eq!(v["be"]["indemnity"]["claimable"], "78.00");
    assert_eq!(v["be"]["indemnity"]["claimed"], "0");
    assert_eq!(v["be"]["indemnity"]["cap"]["cap"], "79.00");
    assert_eq!(strs(&v["be"]["notes"])[0], "first_reminder_being_written");

    let human = run(&["amounts", "samples/be/b2c-first-reminder-fr.yaml"]);
    for s in [
        "this letter is the free first reminder",
        "free period: 14 days, 05/03/2026 to 18/03/2026; damages from 19/03/2026",
        "0,00 € now, 78,00 € once the period is over",
        "after the period: interest 8% a year on 780,00 € (0,17 € a day)",
        "pay 780,00 € to Chauffage Lemaire SRL",
    ] {
        assert!(human.stdout.contains(s), "{s}\n{}", human.stdout);
    }
}

#[test]
fn first_reminder_with_a_fee_or_too_short_a_delay_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = sample("b2c-first-reminder-fr.yaml")
        .replace(
            "reminder:\n  channel: letter",
            "reminder:\n  channel: letter\n  deadline_days: 8",
        )
        .replace(
            "history: []",
            "history: []\nfees: [{label: Frais de rappel, amount: 7.50, kind: other}]",
        );
    let p = case_file(dir.path(), "fee.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let c = codes(&r.stdout);
    assert!(c.contains(&"BE-REM-003".to_string()), "{}", r.stdout);
    assert!(c.contains(&"BE-REM-004".to_string()), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("`Frais de rappel` (7,50 €) is claimed in the free first reminder"),
        "{}",
        r.stdout
    );
}

#[test]
fn lawyer_notice_interest_after_the_free_period_and_the_capped_clause() {
    let r = run(&["check", "samples/be/b2c-lawyer-notice-fr.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(
        codes(&r.stdout),
        vec!["BE-COL-003", "BE-IND-001"],
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("the damages clause gives 184,00 € on a balance of 1 840,00 €; the legal maximum is 132,00 €")
    );

    let v = amounts_json("samples/be/b2c-lawyer-notice-fr.yaml");
    assert_eq!(v["interest_start"], "2026-01-29");
    let i = &v["interest"][0];
    // 1 840 × 8 % × 33 / 365 = 13,308… → 13,31.
    assert_eq!(
        (i["from"].as_str(), i["to"].as_str(), i["days"].as_i64()),
        (Some("2026-01-29"), Some("2026-03-02"), Some(33))
    );
    assert_eq!(i["amount"], "13.31");
    assert_eq!(v["fees"].as_array().unwrap().len(), 1);
    assert_eq!(v["fees"][0]["amount"], "132.00");
    assert_eq!(v["be"]["indemnity"]["clause_amount"], "184.00");
    assert_eq!(v["be"]["indemnity"]["reduced_to_cap"], true);
    assert_eq!(v["totals"]["total"], "1985.31");

    let human = run(&["amounts", "samples/be/b2c-lawyer-notice-fr.yaml"]);
    assert!(
        human
            .stdout
            .contains("pay 1 985,31 € to Maître Claire Lambert, BE21 0012 3456 7803 (GEBABEBB)"),
        "{}",
        human.stdout
    );
}

#[test]
fn collectors_fees_and_missing_mentions_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = sample("b2c-lawyer-notice-fr.yaml")
        .replace("  registration:\n    bce: \"0812.345.603\"\n", "")
        .replace(
            "history:",
            "fees: [{label: Honoraires d'avocat, amount: 150, kind: collection}]\nhistory:",
        );
    let p = case_file(dir.path(), "fees.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    let c = codes(&r.stdout);
    for id in ["BE-FEE-002", "BE-COL-002"] {
        assert!(c.contains(&id.to_string()), "{id}: {}", r.stdout);
    }
    assert!(
        r.stdout.contains("representative.registration.bce"),
        "{}",
        r.stdout
    );
}

#[test]
fn be4_a_lawyers_registered_notice_keeps_the_claim_alive_once() {
    // A consumer invoice due 15 March 2025 (1-year prescription, art. 2272 al. 2): on 2 March
    // 2026 it prescribes on 15 March 2026, unless the lawyer's registered notice of 2 February
    // 2026 interrupted it (art. 2244 §2): then a new year runs, to 2 February 2027.
    let dir = tempfile::tempdir().unwrap();
    let base = sample("b2c-lawyer-notice-fr.yaml")
        .replace("    issue_date: 2025-12-01", "    issue_date: 2025-03-01")
        .replace("    due_date: 2025-12-15", "    due_date: 2025-03-15")
        .replace("    date: 2026-01-12", "    date: 2025-04-14");
    let without = case_file(dir.path(), "without.yaml", &base);
    let r = run(&["check", without.to_str().unwrap()]);
    assert!(
        r.stdout
            .contains("warning[BE-PRESC-001]: invoice 2025-0412 prescribes on 15/03/2026"),
        "{}",
        r.stdout
    );
    let with = case_file(
        dir.path(),
        "with.yaml",
        &base.replace(
            "    channel: letter\n",
            "    channel: letter\n  - kind: formal-notice\n    date: 2026-02-02\n    channel: registered\n",
        ),
    );
    let r = run(&["check", with.to_str().unwrap()]);
    let c = codes(&r.stdout);
    assert!(!c.contains(&"BE-PRESC-001".to_string()), "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "invoice 2025-0412 prescribes on 02/02/2027 only because the registered formal notice of 02/02/2026 interrupted it (otherwise on 15/03/2026)"
        ),
        "{}",
        r.stdout
    );
    // A year later, without a new interruption, the claim is prescribed.
    let late = case_file(
        dir.path(),
        "late.yaml",
        &std::fs::read_to_string(&with)
            .unwrap()
            .replace("date: 2026-03-02", "date: 2027-02-15"),
    );
    let r = run(&["check", late.to_str().unwrap()]);
    assert!(
        r.stdout
            .contains("error[BE-PRESC-001]: invoice 2025-0412 is prescribed since 02/02/2027"),
        "{}",
        r.stdout
    );
}

// ------------------------------------------------------------------------------------ rules, explain, new

#[test]
fn rules_and_explain_for_belgium() {
    let r = run(&["rules", "--jurisdiction", "be"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.lines().count() >= 35, "{}", r.stdout);
    assert!(
        r.stdout
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .all(|l| l.starts_with("BE-")),
        "{}",
        r.stdout
    );
    let r = run(&["explain", "be-rem-004"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("open question 3"), "{}", r.stdout);
    assert!(r.stdout.contains("https://"), "{}", r.stdout);
    assert!(r.stdout.contains("Example of a case that triggers it"));
    let r = run(&["explain", "BE-IND-01"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `BE-IND-001`?"),
        "{}",
        r.stderr
    );
    let r = run(&["rules", "--jurisdiction", "be", "--format", "json"]);
    let first: Value = serde_json::from_str(r.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["pack"], "be");
}

#[test]
fn new_writes_french_and_dutch_belgian_cases_that_refuse_until_filled() {
    let dir = tempfile::tempdir().unwrap();
    for (debtor, lang, placeholder) in [
        ("consumer", "fr", "à compléter"),
        ("consumer", "nl", "in te vullen"),
        ("professional", "fr", "à compléter"),
        ("professional", "nl", "in te vullen"),
    ] {
        let p = dir.path().join(format!("{debtor}-{lang}.yaml"));
        let r = run(&[
            "new",
            "--jurisdiction",
            "be",
            "--debtor",
            debtor,
            "--language",
            lang,
            "-o",
            p.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(&format!("language: {lang}")));
        assert!(text.contains(placeholder));
        let c = run(&["check", p.to_str().unwrap()]);
        assert_eq!(c.code, 1);
        assert!(c.stdout.contains("error[BE-PH-001]"), "{}", c.stdout);
        assert!(
            !c.stdout.contains("CASE-"),
            "the template itself is a valid case file: {}",
            c.stdout
        );
    }
    let r = run(&["new", "--jurisdiction", "fr", "--language", "nl"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Belgium only"), "{}", r.stderr);
    // Default: French.
    let r = run(&["new", "--jurisdiction", "be", "--debtor", "consumer"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .contains("Dossier — Belgique, débiteur consommateur")
    );
}

// ------------------------------------------------------------------------------ letters

/// Renders a Belgian sample; returns the folder and the folded text of `doc`.
fn render_letter(sample: &str, doc: &str) -> (tempfile::TempDir, String, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = format!("samples/be/{sample}");
    let r = run(&[
        "render",
        &path,
        "--doc",
        doc,
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let pdf = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(&format!("-{doc}.pdf")))
        .expect("the letter is written");
    let text = super::fold(&super::pdf_text(&pdf));
    (dir, text, pdf)
}

/// The QR codes printed on page 1 of `pdf`, decoded from the rendered page (poppler's
/// `pdftoppm` to a greyscale PGM, then `rqrr`).
fn qr_codes_on_first_page(pdf: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let ok = std::process::Command::new("pdftoppm")
        .args(["-r", "200", "-gray", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm is installed (poppler-utils)")
        .success();
    assert!(ok);
    let bytes = std::fs::read(dir.path().join("page.pgm")).unwrap();
    // Binary PGM: "P5", width, height, maxval, one whitespace, then the pixels.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8(bytes[start..i].to_vec()).unwrap());
    }
    let pixels = &bytes[i + 1..];
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
    img.detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, content)| content))
        .collect()
}

#[test]
fn first_reminder_letter_prints_the_four_mentions_and_a_scannable_qr_code() {
    let (_dir, t, pdf) = render_letter("b2c-first-reminder-fr.yaml", "reminder");
    for expected in [
        "Premier rappel",
        "Le montant restant dû s'élève à 780,00 €",
        "14 jours calendrier, du 5 mars 2026 au 18 mars 2026 inclus",
        "Ce premier rappel est gratuit",
        "à partir du 19 mars 2026 des intérêts de retard au taux de 8,00 % l'an",
        "une indemnité forfaitaire de 78,00 €",
        "échue le 13 février 2026",
        "numéro d'entreprise 0543.219.893",
        "+++721/6105/01924+++",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
    // Principal only: the first reminder is free.
    assert!(!t.contains("Total réclamé"), "{t}");
    let codes = qr_codes_on_first_page(&pdf);
    assert_eq!(codes.len(), 1, "{codes:?}");
    let payload = &codes[0];
    assert!(payload.starts_with("BCD\n002\n1\nSCT\n"), "{payload}");
    assert!(payload.contains("\nEUR780.00\n"), "{payload}");
    assert!(payload.ends_with("\n721610501924"), "{payload}");
}

#[test]
fn dutch_b2b_ingebrekestelling() {
    let (_dir, t, _pdf) = render_letter("b2b-nl.yaml", "formal-notice");
    for expected in [
        "Betreft: Ingebrekestelling — € 5.292,56",
        "Aangetekend",
        "Bij deze stellen wij u in gebreke",
        "uiterlijk op dinsdag 17 maart 2026",
        "Forfaitaire vergoedingen (2 × € 40,00, wet van 2 augustus 2002, art. 6) € 80,00",
        "Totaal gevorderd € 5.292,56",
        "Gestructureerde mededeling +++002/0260/01715+++",
        "Hoogachtend,",
        "Drukkerij Van Damme BV",
        "Bijlage — Berekening van de nalatigheidsinteresten",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
    assert!(!t.contains("BV BV"), "{t}");
    assert!(!t.contains("Objet"), "{t}");
}

#[test]
fn lawyers_notice_to_a_consumer_carries_the_collector_mentions() {
    let (_dir, t, _pdf) = render_letter("b2c-lawyer-notice-fr.yaml", "formal-notice");
    for expected in [
        "nous vous mettons en demeure",
        "Total réclamé 1 985,31 €",
        "interrompt la prescription conformément à l'article 2244, § 2, de l'ancien Code civil",
        "Créancier originaire : Cuisines Delvaux SRL, numéro d'entreprise 0456.712.325",
        "Autorité de contrôle : SPF Economie",
        "Cette lettre ne concerne PAS une citation au tribunal ou une saisie.",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
}

#[test]
fn regular_supply_reminder_fee_from_the_fourth_due_date_in_dutch() {
    // April is the 4th due date of 2026 (January to March were paid late): its reminder may cost
    // 7,50 € + 1,96 € postage. Posted Friday 24 April: period 29 April – 12 May; interest from
    // 13 May: 49 × 4,5 % × 14 / 365 = 0,0845… → 0,08 €. Clause 10 %, at least 15 € → 15 €
    // (cap 20 € on 49 €). Total 49 + 0,08 + 15 + 9,46 = 73,54 €.
    let path = "samples/be/b2c-regular-supply-nl.yaml";
    let r = run(&["check", path]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("0 errors, 0 warnings"), "{}", r.stdout);
    let a = amounts_json(path);
    assert_eq!(a["totals"]["total"], "73.54", "{a}");
    assert_eq!(a["totals"]["interest"], "0.08", "{a}");
    assert_eq!(a["totals"]["fees"], "24.46", "{a}");

    let (_dir, t, _pdf) = render_letter("b2c-regular-supply-nl.yaml", "formal-notice");
    for expected in [
        "Betreft: Ingebrekestelling — € 73,54",
        "Onze herinnering van 24 april 2026 bleef zonder gevolg",
        "Kosten van de herinnering (factuur 2026-0421, art. XIX.3 WER) € 9,46",
        "Forfaitaire schadevergoeding (schadebeding, begrensd door art. XIX.4 WER) € 15,00",
        "pas gevorderd vanaf 13 mei 2026",
        "Totaal gevorderd € 73,54",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
    // That reminder cost something: the letter must not call it free.
    assert!(!t.contains("kosteloze"), "{t}");

    // The same fee on the 3rd due date of the year (March unpaid instead of April) is refused.
    let dir = tempfile::tempdir().unwrap();
    let third = sample("b2c-regular-supply-nl.yaml")
        .replace(
            "invoice: \"2026-0421\"\n    amount: 9.46",
            "invoice: \"2026-0318\"\n    amount: 9.46",
        )
        .replace(
            "  - {date: 2026-04-02, amount: 49.00, invoice: \"2026-0318\"}\n",
            "  - {date: 2026-04-02, amount: 49.00, invoice: \"2026-0421\"}\n",
        );
    let p = case_file(dir.path(), "third.yaml", &third);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(codes(&r.stdout), ["BE-FEE-003"], "{}", r.stdout);
    assert!(
        r.stdout.contains("the 3rd unpaid due date of 2026"),
        "{}",
        r.stdout
    );

    // Above 7,50 € + postage: refused with the cap stated.
    let dearer = sample("b2c-regular-supply-nl.yaml").replace("amount: 9.46", "amount: 12.00");
    let p = case_file(dir.path(), "dearer.yaml", &dearer);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(codes(&r.stdout), ["BE-FEE-003"], "{}", r.stdout);
    assert!(r.stdout.contains("at most 9,46 €"), "{}", r.stdout);
}

#[test]
fn judicial_words_in_an_agency_name_or_threats_in_the_case_text_are_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let text = sample("b2c-regular-supply-nl.yaml")
        .replace(
            "maandelijks fitnessabonnement (vrije toegang en groepslessen)",
            "maandelijks fitnessabonnement; bij niet-betaling volgt BESLAG op uw loon",
        )
        .replace(
            "name: Sportcentrum Leiedal BV",
            "name: Sportcentrum Justitia BV",
        );
    let p = case_file(dir.path(), "threat.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 0, "warnings only: {}", r.stdout);
    assert_eq!(
        codes(&r.stdout),
        ["BE-PRAC-001", "BE-PRAC-002"],
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("« justitia »"), "{}", r.stdout);
    assert!(r.stdout.contains("« beslag… »"), "{}", r.stdout);
}
