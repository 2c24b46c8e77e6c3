//! Québec letters: the mise en demeure and the reminder in French and English, the Charter of
//! the French language rules, a collection agency's letter, and the printed-mention check.
//! Expected amounts are worked by hand in the comments (legal rate 5 %, actual/365, both days
//! included, each line rounded to the cent).

use super::{fold, pdf_text, reference_of, run};
use std::process::Command;

/// Renders `case` into a temporary folder; returns the folder and the folded text per document.
fn render(case: &str, docs: &[&str]) -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["render", case, "-o", dir.path().to_str().unwrap()];
    for d in docs {
        args.extend(["--doc", d]);
    }
    let r = run(&args);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let reference = reference_of(case);
    let texts = docs
        .iter()
        .map(|d| fold(&pdf_text(&dir.path().join(format!("{reference}-{d}.pdf")))))
        .collect();
    (dir, texts)
}

fn page_size(path: &std::path::Path) -> String {
    let out = Command::new("pdfinfo").arg(path).output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn quebec_formal_notice_in_french_follows_the_ministry_model() {
    let (dir, texts) = render(
        "samples/qc/b2b-notice-sent.yaml",
        &["formal-notice", "reminder"],
    );
    let notice = &texts[0];
    // 13 400 × 5 % × 32 days (30 Jan – 2 Mar) / 365 = 58.739… → 58,74 $;
    // 6 250 × 5 % × 32 / 365 = 27.397… → 27,40 $; 19 650 + 86,14 = 19 736,14 $.
    for expected in [
        "SOUS TOUTES RÉSERVES",
        "MISE EN DEMEURE",
        "PAR HUISSIER DE JUSTICE",
        "Montréal, le 2 mars 2026",
        "QUÉBEC QC G1K 3B2",
        "MONTRÉAL QC H2J 2L5",
        "mettons en demeure de nous payer la somme de 19 736,14 $",
        // Served by a bailiff on the letter's date: the last day can be printed.
        "dans un délai de 10 jours suivant la réception de la présente, soit au plus tard le jeudi 12 mars 2026.",
        "58,74 $",
        "27,40 $",
        "Total réclamé 19 736,14 $",
        "taux légal de 5 % par année (art. 1617 C.c.Q.",
        "calculés du 30 janvier 2026 au 2 mars 2026",
        "procédures judiciaires",
        "négociation ou la médiation (art. 1 du Code de procédure civile)",
        "Malgré notre rappel du 10 décembre 2025 et notre mise en demeure du 15 janvier 2026",
        "Marie-Ève Tremblay",
        "2025-10-31",
    ] {
        assert!(
            notice.contains(expected),
            "missing {expected:?} in:\n{notice}"
        );
    }
    assert!(!notice.contains('€'), "amounts are in dollars");
    // The reminder is not a mise en demeure; its last day is computed: 2 March + 10 days.
    let reminder = &texts[1];
    assert!(
        reminder.contains("au plus tard le jeudi 12 mars 2026"),
        "{reminder}"
    );
    assert!(!reminder.contains("SOUS TOUTES RÉSERVES"), "{reminder}");
    // US Letter, as in Canada.
    assert_eq!(
        page_size(&dir.path().join("TRB-2026-0113-formal-notice.pdf")),
        "612 x 792 pts (letter)"
    );
}

#[test]
fn quebec_formal_notice_in_english_when_the_debtor_chose_english() {
    let (_dir, texts) = render("samples/qc/b2c-consumer-en.yaml", &["formal-notice"]);
    let t = &texts[0];
    // 7 245,50 − 2 000 = 5 245,50. Received 15 Jan + 10 days = Sunday 25 Jan, moved to Monday
    // 26 (not a juridical day); default on 27 Jan. 27 Jan – 16 Mar 2026 = 49 days:
    // 5 245,50 × 5 % × 49 / 365 = 35.209… → $35.21.
    for expected in [
        "UNDER ALL RESERVES",
        "FORMAL NOTICE (MISE EN DEMEURE)",
        "BY REGISTERED MAIL — RN 555 123 987 CA",
        "Gatineau, March 16, 2026",
        "CHELSEA QC J9B 1K4",
        "Re: Formal notice",
        "Our file: RNV-2026-0207",
        // By registered mail: receipt is unknown, so no date.
        "within 15 days of receipt of this letter.",
        "$5,245.50",
        "$35.21",
        "computed from January 27, 2026 to March 16, 2026",
        "Additional indemnity (art. 1619 C.C.Q.)",
        "legal proceedings",
        "mediation",
        "Yours truly,",
        "Daniel Lévesque",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
    assert!(!t.contains("Objet"), "{t}");
}

#[test]
fn charter_of_the_french_language_art_55() {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string("samples/qc/b2c-consumer-en.yaml").unwrap();
    let no_choice = base.replace("  language_expressly_chosen: true\n", "");
    assert_ne!(no_choice, base);
    let path = dir.path().join("adhesion.yaml");
    std::fs::write(&path, &no_choice).unwrap();
    let r = run(&["check", path.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("error[QC-LANG-001]"), "{}", r.stdout);
    // Not a contract of adhesion, and no recorded choice: a warning, not an error.
    let negotiated = no_choice.replace("  adhesion: true\n", "");
    std::fs::write(&path, &negotiated).unwrap();
    let r = run(&["check", path.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("warning[QC-LANG-002]"), "{}", r.stdout);
    assert!(!r.stdout.contains("QC-LANG-001"), "{}", r.stdout);
    // A debtor outside Québec is outside art. 55.
    let ontario = no_choice.replace(
        "    province: QC\n    postcode: J9B 1K4",
        "    province: \"ON\"\n    postcode: K1A 0B1",
    );
    assert_ne!(ontario, no_choice);
    std::fs::write(&path, &ontario).unwrap();
    let r = run(&["check", path.to_str().unwrap()]);
    assert!(!r.stdout.contains("QC-LANG"), "{}", r.stdout);
}

#[test]
fn a_quebec_collection_agency_names_its_permit_and_threatens_no_suit() {
    let (_dir, texts) = render("samples/qc/agency-b2c-fr.yaml", &["formal-notice"]);
    let t = &texts[0];
    for expected in [
        "Agence de recouvrement Lebel inc., agence de recouvrement titulaire du permis no 200456",
        "Office de la protection du consommateur",
        "pour le compte de Télécom Boréal inc., votre créancier",
        "372,84 $",
        "portera intérêt au taux légal de 5 % par année",
        "à l'ordre d'Agence de recouvrement Lebel inc.",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
    // LRCC s. 34(6): no announcement of legal proceedings.
    assert!(!t.contains("procédures judiciaires"), "{t}");
}

#[test]
fn a_quebec_template_without_the_reserves_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    let letter = std::fs::read_to_string("templates/letter.typ").unwrap();
    // A firm layout that forgot the heading statements.
    let stripped = letter.replace(r#"items(get(data, "banners"))"#, "()");
    assert_ne!(stripped, letter);
    std::fs::write(templates.join("letter.typ"), stripped).unwrap();
    let out = dir.path().join("out");
    let r = run(&[
        "render",
        "samples/qc/b2b-notice-sent.yaml",
        "--doc",
        "formal-notice",
        "--templates",
        templates.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("error[QC-TXT-002]"), "{}", r.stdout);
    assert!(!out.join("TRB-2026-0113-formal-notice.pdf").exists());
}

#[test]
fn an_invoice_paid_in_full_is_not_listed_as_unpaid() {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string("samples/qc/agency-b2c-fr.yaml").unwrap();
    let paid = base.replace(
        "interest:\n",
        "payments:\n  - date: 2026-01-20\n    amount: 186.42\n    invoice: \"4410-2287-1125\"\n\ninterest:\n",
    );
    assert_ne!(paid, base);
    let case = dir.path().join("paid.yaml");
    std::fs::write(&case, paid).unwrap();
    let out = dir.path().join("out");
    let r = run(&[
        "render",
        case.to_str().unwrap(),
        "--doc",
        "formal-notice",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let t = fold(&pdf_text(&out.join("ARL-2026-55810-formal-notice.pdf")));
    assert!(!t.contains("4410-2287-1125"), "{t}");
    assert!(t.contains("4410-2287-1225"), "{t}");
    assert!(t.contains("Facture Facture Date"), "singular title: {t}");
    assert!(t.contains("Total 186,42 $ 0,00 $ 186,42 $"), "{t}");
}

#[test]
fn quebec_b2b_formal_notice_in_english_with_an_agreed_rate() {
    // Agreed 12 % per annum from each due date to March 23, 2026, actual/365, both days included:
    //   8 625.00 × 12 % × 37 / 365 = 104.918… → 104.92 (Dec 15 – Jan 20, the payment's day)
    //   5 625.00 × 12 % × 62 / 365 = 114.657… → 114.66 (Jan 21 – Mar 23)
    //   3 449.25 × 12 % × 78 / 365 =  88.452… →  88.45 (Jan 5 – Mar 23)
    //   1 149.75 × 12 % × 43 / 365 =  16.254… →  16.25 (Feb 9 – Mar 23)
    // Interest 324.28; principal 13 224.00 − 3 000.00 = 10 224.00; total $10,548.28.
    let (_dir, texts) = render("samples/qc/b2b-en.yaml", &["formal-notice"]);
    let t = &texts[0];
    for expected in [
        "UNDER ALL RESERVES",
        "FORMAL NOTICE (MISE EN DEMEURE)",
        "BY REGISTERED MAIL",
        "Pointe-Claire, March 23, 2026",
        "Attention: Dr. Michael Chen, President",
        "BEACONSFIELD QC H9W 2X3",
        "Despite our reminder of February 20, 2026",
        "within 10 days of receipt of this letter",
        "Interest at the agreed rate to March 23, 2026 $324.28",
        "Total claimed $10,548.28",
        "agreed rate of 12.00% per annum",
        "mediation",
        "Sarah Whitfield",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in:\n{t}");
    }
    let r = run(&["check", "samples/qc/b2b-en.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("0 errors, 0 warnings"), "{}", r.stdout);
}
