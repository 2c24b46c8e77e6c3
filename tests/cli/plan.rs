//! Payment plans and court requests: the schedule, the court and exhibits as `amounts` shows
//! them, the plan and injunction rules, and `check` saying why a document is not allowed yet.
//! Expected values are worked by hand in the comments.

use super::{case_file, run};

fn json(args: &[&str]) -> serde_json::Value {
    let r = run(args);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    serde_json::from_str(&r.stdout).expect("JSON")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn plan_and_injunction_samples_pass_check() {
    for s in [
        "samples/fr/b2b-payment-plan.yaml",
        "samples/fr/b2b-injunction.yaml",
        "samples/qc/b2b-payment-plan.yaml",
        "samples/qc/b2b-injunction.yaml",
    ] {
        let r = run(&["check", s]);
        assert_eq!(r.code, 0, "{s}: {}", r.stdout);
        assert!(
            r.stdout.contains("0 errors, 0 warnings — ok"),
            "{s}: {}",
            r.stdout
        );
        assert!(
            !r.stdout.contains("DOC-STAGE"),
            "{s} is allowed: {}",
            r.stdout
        );
    }
}

#[test]
fn french_plan_schedule_to_the_cent_with_moved_due_dates() {
    let v = json(&[
        "amounts",
        "--format",
        "json",
        "samples/fr/b2b-payment-plan.yaml",
    ]);
    let plan = &v["plan"];
    // The claim on 2 March 2026: 11 960,00 principal + 382,29 penalties + 3 × 40 € = 12 462,29,
    // acknowledged; `waived_if_kept` spreads the principal and sets 502,29 aside.
    assert_eq!(plan["acknowledged"]["total"], "12462.29");
    assert_eq!(plan["base"], "11960.00");
    assert_eq!(plan["set_aside"], "502.29");
    // 11 960 − 1 000 down = 10 960 in 6 → 1 826,66 × 5 + 1 826,70 (4 cents on the last).
    let lines = plan["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0]["kind"], "down-payment");
    assert_eq!(lines[0]["amount"], "1000.00");
    let amounts: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l["amount"].as_str().unwrap())
        .collect();
    assert_eq!(
        amounts,
        [
            "1826.66", "1826.66", "1826.66", "1826.66", "1826.66", "1826.70"
        ]
    );
    assert_eq!(plan["remainder"]["instalment"], 6);
    assert_eq!(plan["remainder"]["difference"], "0.04");
    // Sunday 5 April 2026, then Easter Monday: due Tuesday 7 April. Sunday 5 July → 6 July;
    // Saturday 5 September → Monday 7 September.
    let due: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l["due_date"].as_str().unwrap())
        .collect();
    assert_eq!(
        due,
        [
            "2026-04-07",
            "2026-05-05",
            "2026-06-05",
            "2026-07-06",
            "2026-08-05",
            "2026-09-07"
        ]
    );
    assert_eq!(lines[1]["moved_because"], "dimanche");
    assert_eq!(plan["total_payable"], "11960.00");
    assert_eq!(plan["calendar"]["id"], "fr");
    let human = run(&["amounts", "samples/fr/b2b-payment-plan.yaml"]);
    assert!(
        human.stdout.contains("instalment 6 carries the odd amount"),
        "{}",
        human.stdout
    );
}

#[test]
fn quebec_plan_with_interest_on_the_declining_balance() {
    let v = json(&[
        "amounts",
        "--format",
        "json",
        "samples/qc/b2b-payment-plan.yaml",
    ]);
    let plan = &v["plan"];
    assert_eq!(plan["base"], "19736.14");
    let lines = plan["lines"].as_array().unwrap();
    // 19 736,14 / 12 = 1 644,678… → 1 644,67 × 11 + 1 644,77.
    assert_eq!(lines[0]["capital"], "1644.67");
    assert_eq!(lines[11]["capital"], "1644.77");
    // 2 March → 15 April: 44 days; 19 736,14 × 5 % × 44 / 365 = 118,958… → 118,96.
    assert_eq!(lines[0]["interest_days"], 44);
    assert_eq!(lines[0]["interest"], "118.96");
    // 15 April → 15 May: 30 days on 18 091,47 → 74,348… → 74,35.
    assert_eq!(lines[1]["interest"], "74.35");
    // Saturday 15 August 2026 → Monday 17 August; then 29 days to 15 September:
    // 11 512,79 × 5 % × 29 / 365 = 45,736… → 45,74.
    assert_eq!(lines[4]["due_date"], "2026-08-17");
    assert_eq!(lines[5]["interest_days"], 29);
    assert_eq!(lines[5]["interest"], "45.74");
    assert_eq!(plan["total_interest"], "573.16");
    assert_eq!(plan["total_payable"], "20309.30");
}

#[test]
fn french_injunction_goes_to_the_commercial_court_with_its_exhibits() {
    let v = json(&[
        "amounts",
        "--format",
        "json",
        "samples/fr/b2b-injunction.yaml",
    ]);
    let p = &v["procedure"];
    assert_eq!(p["route"], "fr-order-for-payment");
    assert_eq!(p["court"], "fr-tribunal-de-commerce");
    assert_eq!(p["form"]["number"], "12946");
    assert_eq!(p["debtor_place"], "38000 Grenoble");
    assert!(p["court_address"].is_null(), "left for completion");
    let notes: Vec<&str> = p["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert!(notes.contains(&"fr-no-prior-amicable-attempt"), "{notes:?}");
    let ex = v["exhibits"].as_array().unwrap();
    let kinds: Vec<&str> = ex.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "contract",
            "invoice",
            "invoice",
            "invoice",
            "reminder",
            "formal-notice",
            "other"
        ]
    );
    assert_eq!(ex[5]["proof"], "1A 234 567 8901 2");
    assert_eq!(ex[5]["received"], "2026-01-22");
    let human = run(&["amounts", "samples/fr/b2b-injunction.yaml"]);
    assert!(human.stdout.contains("Pièce n° 7"), "{}", human.stdout);
    assert!(
        human.stdout.contains("Cerfa n° 12946*02"),
        "{}",
        human.stdout
    );
}

#[test]
fn quebec_above_small_claims_is_told_which_court_hears_it() {
    let r = run(&["check", "samples/qc/b2b-injunction.yaml"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("info[QC-INJ-003]"), "{}", r.stdout);
    assert!(
        r.stdout.contains("Cour du Québec, chambre civile"),
        "{}",
        r.stdout
    );
    let v = json(&[
        "amounts",
        "--format",
        "json",
        "samples/qc/b2b-injunction.yaml",
    ]);
    assert_eq!(v["procedure"]["route"], "qc-originating-application");
    assert_eq!(v["procedure"]["amount_tested"], "19650.00");
    assert_eq!(v["exhibits"][0]["kind"], "contract");
}

#[test]
fn check_says_why_a_document_is_not_allowed_yet() {
    // The B2B sample has sent a reminder only: an injunction must wait for a formal notice.
    let r = run(&[
        "check",
        "--doc",
        "injunction",
        "--doc",
        "payment-plan",
        "samples/fr/b2b-several-invoices.yaml",
    ]);
    assert_eq!(r.code, 0, "a warning and infos pass: {}", r.stdout);
    assert!(r.stdout.contains("warning[FR-INJ-001]"), "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "info[DOC-STAGE]: the injunction is not allowed yet: no formal notice was sent"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("the payment-plan is not allowed yet: the case gives no payment-plan terms"),
        "{}",
        r.stdout
    );
    let json = run(&[
        "check",
        "--format",
        "json",
        "--doc",
        "injunction",
        "samples/fr/b2b-several-invoices.yaml",
    ]);
    let stage: Vec<serde_json::Value> = json
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &serde_json::Value| v["code"] == "DOC-STAGE")
        .collect();
    assert_eq!(stage.len(), 1);
    assert_eq!(stage[0]["severity"], "info");
    assert_eq!(stage[0]["field"], "history");
    // Without --doc, a case without plan or injunction blocks is checked as before.
    let r = run(&["check", "samples/fr/b2b-several-invoices.yaml"]);
    assert!(!r.stdout.contains("DOC-STAGE") && !r.stdout.contains("FR-INJ"));
}

#[test]
fn plan_and_injunction_rules_refuse_what_the_law_refuses() {
    let dir = tempfile::tempdir().unwrap();
    // A down payment larger than the principal leaves nothing to spread.
    let text = read("samples/fr/b2b-payment-plan.yaml")
        .replace("down_payment: 1000.00", "down_payment: 20000.00");
    let p = case_file(dir.path(), "dp.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("error[FR-PLAN-005]"), "{}", r.stdout);
    // 40 instalments run past two years; 300 € a month is fine, 30 € is not.
    let text =
        read("samples/fr/b2b-payment-plan.yaml").replace("instalments: 6", "instalments: 40");
    let p = case_file(dir.path(), "long.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert!(r.stdout.contains("warning[FR-PLAN-001]"), "{}", r.stdout);
    assert!(!r.stdout.contains("FR-PLAN-002"), "{}", r.stdout);
    // A debtor whose surendettement file is admissible: no injunction.
    let text = read("samples/fr/b2b-injunction.yaml").replace(
        "  attention: M. Paul Martin, président\n",
        "  attention: M. Paul Martin, président\n  over_indebtedness: true\n",
    );
    let p = case_file(dir.path(), "ins.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("error[FR-INJ-003]"), "{}", r.stdout);
    assert!(r.stdout.contains("L722-2"), "{}", r.stdout);
    // A signed plan with no acceleration notice after it.
    let text = read("samples/fr/b2b-injunction.yaml").replace(
        "    deadline_days: 15\n\n",
        "    deadline_days: 15\n  - kind: payment-plan\n    date: 2026-02-10\n\n",
    );
    let p = case_file(dir.path(), "running.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert!(r.stdout.contains("warning[FR-INJ-004]"), "{}", r.stdout);
    assert!(r.stdout.contains("déchéance du terme"), "{}", r.stdout);
}

#[test]
fn plan_terms_are_validated_with_their_location() {
    let dir = tempfile::tempdir().unwrap();
    let text = read("samples/fr/b2b-payment-plan.yaml").replace(
        "  instalments: 6\n",
        "  instalments: 6\n  instalment_amount: 500\n",
    );
    let p = case_file(dir.path(), "both.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("(plan.instalment_amount)"),
        "{}",
        r.stdout
    );
    let text =
        read("samples/fr/b2b-payment-plan.yaml").replace("frequency: monthly", "frequency: yearly");
    let p = case_file(dir.path(), "freq.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
}

#[test]
fn the_payment_plan_agreement_is_rendered_with_its_schedule_and_both_signatures() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let r = run(&[
        "render",
        "samples/fr/b2b-payment-plan.yaml",
        "--doc",
        "payment-plan",
        "-o",
        out,
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let t = super::fold(&super::pdf_text(
        &dir.path().join("ADU-2026-0043-payment-plan.pdf"),
    ));
    // 12 462,29 acknowledged; 502,29 of interest and fees set aside if the plan is kept;
    // 11 960 − 1 000 down payment = 10 960 in 6: 1 826,66 × 5 + 1 826,70.
    for expected in [
        "Échéancier de paiement — reconnaissance de dette",
        "Le débiteur reconnaît devoir au créancier, au 2 mars 2026, la somme de 12 462,29 €",
        "interrompt la prescription (art. 2240 C. civ.)",
        "un acompte de 1 000,00 € le 2 mars 2026, puis le solde en 6 échéances mensuelles de 1 826,66 €",
        "L'échéance n° 6 est de 1 826,70 €",
        "07/04/2026",
        "(502,29 €) sont abandonnés si toutes les échéances sont payées à leur date",
        "Déchéance du terme.",
        "art. 1343-5 C. civ.",
        "Le créancier",
        "Le débiteur",
        "Lu et approuvé, bon pour reconnaissance de dette",
        "Total 11 960,00 € 0,00 € 11 960,00 €",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
}

#[test]
fn the_court_request_is_a_draft_with_its_court_claim_and_exhibits() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let r = run(&[
        "render",
        "samples/fr/b2b-injunction.yaml",
        "--doc",
        "injunction",
        "-o",
        out,
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // Always a draft: the file name says so.
    let t = super::fold(&super::pdf_text(
        &dir.path().join("ADU-2026-0044-injunction-draft.pdf"),
    ));
    for expected in [
        "PROJET À FAIRE RELIRE PAR UN AVOCAT AVANT TOUT DÉPÔT",
        "Requête en injonction de payer",
        "Président du tribunal de commerce",
        "[adresse à compléter]",
        "Total 12 462,29 €",
        "Bordereau de pièces",
        "Pièce n° 1",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
}

#[test]
fn render_all_writes_what_the_stage_allows_and_says_why_not_for_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let r = run(&[
        "render",
        "samples/fr/b2b-injunction.yaml",
        "--doc",
        "all",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    for f in [
        "ADU-2026-0044-reminder.pdf",
        "ADU-2026-0044-formal-notice.pdf",
        "ADU-2026-0044-injunction-draft.pdf",
    ] {
        assert!(out.join(f).exists(), "{f}: {}", r.stdout);
    }
    // Without the formal notice in the history, the court request is not allowed yet.
    let text = std::fs::read_to_string("samples/fr/b2b-injunction.yaml").unwrap();
    let cut = text.replace(
        "  - kind: formal-notice\n    date: 2026-01-20\n    channel: registered\n    proof: 1A 234 567 8901 2\n    received: 2026-01-22\n    deadline_days: 15\n",
        "",
    );
    assert_ne!(cut, text);
    let case = case_file(dir.path(), "no-notice.yaml", &cut);
    let out2 = dir.path().join("out2");
    let r = run(&[
        "render",
        case.to_str().unwrap(),
        "--doc",
        "all",
        "-o",
        out2.to_str().unwrap(),
    ]);
    assert!(
        r.stdout.contains("ADU-2026-0044-injunction: not yet"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    assert!(!out2.join("ADU-2026-0044-injunction-draft.pdf").exists());
}

/// Every jurisdiction's plan and court-request samples render, with their key figures (the
/// plan totals and interest are worked by hand in `compute::plan`'s tests; the claims are
/// those of `amounts`).
#[test]
fn plan_and_court_request_documents_for_every_jurisdiction() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, &str, &[&str]); 5] = [
        (
            "samples/qc/b2b-payment-plan.yaml",
            "payment-plan",
            "TRB-2026-0115-payment-plan.pdf",
            &[
                "Entente de paiement — reconnaissance de dette",
                "la somme de 19 736,14 $",
                "art. 2898 et 2903 C.c.Q.",
                "Total 19 736,14 $ 573,16 $ 20 309,30 $",
            ],
        ),
        (
            "samples/be/b2b-payment-plan.yaml",
            "payment-plan",
            "BXL-2026-0033-payment-plan.pdf",
            &[
                "Plan d'apurement — reconnaissance de dette",
                "la somme de 6 240,00 €",
                "art. 2248 de l'ancien Code civil",
            ],
        ),
        (
            "samples/qc/b2b-injunction.yaml",
            "injunction",
            "TRB-2026-0114-injunction-draft.pdf",
            &[
                "Demande introductive d'instance (canevas)",
                "Cour du Québec, chambre civile",
                "Total 19 736,14 $",
                "P-1",
            ],
        ),
        (
            "samples/be/b2b-uncontested.yaml",
            "injunction",
            "BXL-2026-0032-injunction-draft.pdf",
            &[
                "Sommation de payer (art. 1394/21 C. jud.)",
                "Étude Collard & Renard, huissiers de justice",
                "Total 6 460,14 €",
                "Plafond de cette procédure (art. 1394/20 C. jud.)",
            ],
        ),
        (
            "samples/be/b2b-injunction-nl.yaml",
            "injunction",
            "BXL-2026-0034-injunction-draft.pdf",
            &[
                "ONTWERP, TE LATEN NAKIJKEN DOOR EEN ADVOCAAT",
                "Verzoekschrift tot betalingsbevel",
                "Ondernemingsrechtbank",
                "[adres aan te vullen]",
                "Inventaris van de stukken",
                "Stuk 1",
                // A Dutch act cites the Gerechtelijk Wetboek.
                "(art. 1339 Ger.W.)",
                "(art. 573 en 1338 Ger.W.)",
            ],
        ),
    ];
    for (case, doc, file, expected) in cases {
        let out = dir.path().join(doc).join(file.replace(".pdf", ""));
        let r = run(&["render", case, "--doc", doc, "-o", out.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{case}: {}{}", r.stdout, r.stderr);
        let t = super::fold(&super::pdf_text(&out.join(file)));
        for e in expected {
            assert!(t.contains(e), "{case}: missing {e:?} in:\n{t}");
        }
        if case.ends_with("-nl.yaml") {
            assert!(!t.contains("C. jud."), "{case}: French citation in:\n{t}");
        }
    }
}

/// Belgium, art. 1394/21: the sommation of the uncontested-debt route carries the reply form,
/// pre-filled: the three options, the deadline one month after the sommation (served Wed
/// 4 March 2026 → Sat 4 April → Easter Monday 6 April → Tue 7 April 2026), the amounts with
/// the 10 % cap and the 40 €, the huissier to return it to, and the note that the official
/// model of the royal decree of 16 June 2016 must be used.
#[test]
fn the_belgian_uncontested_sommation_carries_the_reply_form() {
    let dir = tempfile::tempdir().unwrap();
    // Renders the court draft of `case` into `dir/sub`; its folded text.
    let draft = |case: &str, sub: &str| {
        let out = dir.path().join(sub);
        let r = run(&[
            "render",
            case,
            "--doc",
            "injunction",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        super::fold(&super::pdf_text(
            &out.join("BXL-2026-0032-injunction-draft.pdf"),
        ))
    };
    let t = draft("samples/be/b2b-uncontested.yaml", "fr");
    for expected in [
        // The sommation itself: language basis, the month, the form.
        "Langue de la procédure. La juridiction compétente siège dans la province de Namur",
        "région de langue française : la procédure est en français, à peine de nullité absolue. (loi du 15 juin 1935, art. 1er) [S]",
        "soit au plus tard le 7 avril 2026",
        "uniquement au moyen du formulaire de réponse joint",
        // The form.
        "FORMULAIRE DE RÉPONSE",
        "suit le contenu de l'article 1394/22 du Code judiciaire et la structure décrite par des sources secondaires",
        "le modèle officiel fixé par l'arrêté royal du 16 juin 2016 (Moniteur belge du 22 juin 2016)",
        "Sommation signifiée le 4 mars 2026",
        "Menuiserie Lambert SRL — BCE 0456.789.133",
        "Brasserie du Parc SA — BCE 0412.345.614 — Rue de Fer 30, 5000 Namur",
        "À renvoyer à Étude Collard & Renard, huissiers de justice — Boulevard Cauchy 11, 5000 Namur",
        "Délai de réponse : au plus tard le 7 avril 2026",
        "Un courriel ou un appel téléphonique ne vaut pas réponse.",
        "Principal 6 200,00 €",
        "Intérêts et clause pénale (au plus 10 % du principal : 620,00 €) 220,14 €",
        "Indemnité forfaitaire (40,00 € × 1) 40,00 €",
        "Coût de la sommation [à compléter par l'huissier]",
        "Total (hors coût de la sommation) 6 460,14 €",
        "1. Je paie la totalité de la somme réclamée.",
        "2. Je demande des facilités de paiement (plan d'apurement).",
        "3. Je conteste la dette.",
        "pas avant le 16 avril 2026",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }

    // In Dutch, for a debtor in Ghent, without a sommation date nor a huissier: the document
    // date (Mon 2 March 2026 → Thu 2 April 2026) and the address left for completion.
    let text = read("samples/be/b2b-uncontested.yaml")
        .replace("language: fr", "language: nl")
        .replace(
            "    lines: [\"Rue de Fer 30\"]\n    postcode: \"5000\"\n    city: Namur",
            "    lines: [\"Korenmarkt 1\"]\n    postcode: \"9000\"\n    city: Gent",
        )
        .replace("  sommation_date: 2026-03-04\n", "");
    let cut = text.find("  bailiff:").unwrap();
    let case = case_file(dir.path(), "nl.yaml", &text[..cut]);
    let t = draft(case.to_str().unwrap(), "nl");
    for expected in [
        "Taal van de rechtspleging. De bevoegde rechtbank zetelt in de provincie Oost-Vlaanderen",
        "(wet van 15 juni 1935, art. 2) [S]",
        "ANTWOORDFORMULIER",
        "koninklijk besluit van 16 juni 2016",
        "Aanmaning betekend op 2 maart 2026 (datum van het ontwerp",
        "Terugsturen naar [naam en adres van de gerechtsdeurwaarder aan te vullen]",
        "Antwoordtermijn: uiterlijk op 2 april 2026",
        "Hoofdsom € 6.200,00",
        "Totaal (zonder de kosten van de aanmaning) € 6.460,14",
        "1. Ik betaal het volledige gevorderde bedrag.",
        "2. Ik vraag betalingsfaciliteiten (afbetalingsplan).",
        "3. Ik betwist de schuld.",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
}

/// Belgium, law of 15 June 1935: the language of the request follows the court's seat. A
/// French case against a debtor in Ghent is an error; a debtor in Eupen needs German, which
/// creance refuses to write; Brussels is the claimant's choice, to confirm.
#[test]
fn a_belgian_court_request_is_in_the_language_of_the_courts_seat() {
    let dir = tempfile::tempdir().unwrap();
    let moved = |postcode: &str, city: &str| {
        read("samples/be/b2b-uncontested.yaml").replace(
            "    lines: [\"Rue de Fer 30\"]\n    postcode: \"5000\"\n    city: Namur",
            &format!(
                "    lines: [\"Hauptstraße 1\"]\n    postcode: \"{postcode}\"\n    city: {city}"
            ),
        )
    };
    let r = run(&["check", "samples/be/b2b-uncontested.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(!r.stdout.contains("BE-INJ-LANG"), "{}", r.stdout);

    let p = case_file(dir.path(), "gent.yaml", &moved("9000", "Gent"));
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let t = super::fold(&r.stdout);
    assert!(
        t.contains("error[BE-INJ-LANG-001]: the competent court sits in la province de Flandre orientale (postcode 9000): the proceedings must be in `nl`, the case's language is `fr`"),
        "{t}"
    );

    let p = case_file(dir.path(), "eupen.yaml", &moved("4700", "Eupen"));
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("error[BE-INJ-LANG-003]"), "{}", r.stdout);
    assert!(
        r.stdout.contains("info[DOC-STAGE]") && r.stdout.contains("no German documents"),
        "{}",
        r.stdout
    );
    // Not even as a draft: a French act there would be void.
    let out = dir.path().join("out");
    let r = run(&[
        "render",
        p.to_str().unwrap(),
        "--doc",
        "injunction",
        "--draft",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("BXL-2026-0032-injunction: not written (the competent court sits in la région de langue allemande"),
        "{}",
        r.stdout
    );
    assert!(!out.join("BXL-2026-0032-injunction-draft.pdf").exists());

    let p = case_file(dir.path(), "ixelles.yaml", &moved("1050", "Ixelles"));
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout.contains("warning[BE-INJ-LANG-002]"),
        "{}",
        r.stdout
    );
    // The Dutch summary-injunction sample: a Brussels debtor, sued in Dutch by choice.
    let r = run(&["check", "samples/be/b2b-injunction-nl.yaml"]);
    assert!(
        r.stdout.contains("warning[BE-INJ-LANG-002]"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("BE-INJ-LANG-001"), "{}", r.stdout);
}

/// Québec, Bankruptcy and Insolvency Act: a consumer who filed a proposal (s. 69.2) or went
/// bankrupt (s. 69.3) is protected by the stay; creance refuses the reminder, the demand, the
/// agreement and the application, and points to the trustee.
#[test]
fn a_quebec_debtor_in_a_consumer_proposal_gets_no_demand_plan_or_application() {
    let dir = tempfile::tempdir().unwrap();
    let text = read("samples/qc/b2c-consumer-en.yaml").replacen(
        "  kind: consumer\n  name: Mr. Andrew Wilson\n",
        "  kind: consumer\n  name: Mr. Andrew Wilson\n  insolvency:\n    proceeding: consumer_proposal\n    since: 2026-02-20\n    trustee: Groupe Syndic Québec inc.\n",
        1,
    );
    assert!(text.contains("consumer_proposal"));
    let p = case_file(dir.path(), "proposal.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let t = super::fold(&r.stdout);
    assert!(
        t.contains("error[QC-INS-001]: the debtor is in a consumer proposal since 2026-02-20: the stay of proceedings (s. 69.2 BIA) covers invoice(s)"),
        "{t}"
    );
    assert!(
        t.contains("file a proof of claim with the licensed insolvency trustee (Groupe Syndic Québec inc.) instead"),
        "{t}"
    );
    // render --doc all writes nothing and says why for each document.
    let out = dir.path().join("out");
    let r = run(&[
        "render",
        p.to_str().unwrap(),
        "--doc",
        "all",
        "--draft",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(
        r.stdout
            .contains("RNV-2026-0207-formal-notice: not yet (the debtor is in a consumer proposal since 2026-02-20"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    assert!(!out.join("RNV-2026-0207-formal-notice-draft.pdf").exists());
    // The explanation states its confidence.
    let r = run(&["explain", "QC-INS-001"]);
    assert!(
        r.stdout.contains("[K]") && r.stdout.contains("69.3"),
        "{}",
        r.stdout
    );
    // `over_indebtedness: true` alone is read as such a proceeding in Québec.
    let text = read("samples/qc/b2c-consumer-en.yaml").replacen(
        "  kind: consumer\n  name: Mr. Andrew Wilson\n",
        "  kind: consumer\n  name: Mr. Andrew Wilson\n  over_indebtedness: true\n",
        1,
    );
    let p = case_file(dir.path(), "flag.yaml", &text);
    let r = run(&["check", p.to_str().unwrap()]);
    assert!(r.stdout.contains("error[QC-INS-001]"), "{}", r.stdout);
    assert!(r.stdout.contains("kind not given"), "{}", r.stdout);
}
