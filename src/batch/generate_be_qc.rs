//! Generated Belgian and Québec cases (see [`super::generate`] for France): realistic parties
//! with valid identifiers (BCE mod 97, Belgian IBAN, Canadian postal codes), varied invoices,
//! payments, languages and stages, deterministic from the seed. Each is meant to pass `check`
//! without errors (tested on a few hundred cases).

use chrono::{Days, NaiveDate};
use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use super::generate::{cents, date, pick};

/// (name, legal form, street, postcode, city, language)
const BE_COMPANIES: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "Drukkerij Peeters",
        "BV",
        "Industrieweg 12",
        "9000",
        "Gent",
        "nl",
    ),
    (
        "Bouwbedrijf Janssens",
        "NV",
        "Kempenstraat 5",
        "2000",
        "Antwerpen",
        "nl",
    ),
    (
        "Transport Maes",
        "BV",
        "Brugsesteenweg 210",
        "8500",
        "Kortrijk",
        "nl",
    ),
    (
        "Menuiserie Lambert",
        "SRL",
        "Rue de Fer 25",
        "5000",
        "Namur",
        "fr",
    ),
    (
        "Électricité Dubois",
        "SRL",
        "Chaussée de Louvain 214",
        "1030",
        "Schaerbeek",
        "fr",
    ),
    (
        "Imprimerie Renard",
        "SA",
        "Rue Saint-Gilles 112",
        "4000",
        "Liège",
        "fr",
    ),
];

const BE_CONSUMERS: &[(&str, &str, &str, &str, &str)] = &[
    ("Mevrouw An Claes", "Veldstraat 8", "3000", "Leuven", "nl"),
    (
        "De heer Tom Wouters",
        "Kerkstraat 41",
        "2800",
        "Mechelen",
        "nl",
    ),
    (
        "Mme Claire Lambert",
        "Avenue de la Gare 12",
        "5100",
        "Jambes",
        "fr",
    ),
    (
        "M. Julien Collard",
        "Rue Haute 7",
        "6000",
        "Charleroi",
        "fr",
    ),
];

const QC_COMPANIES: &[(&str, &str, &str, &str)] = &[
    (
        "Ébénisterie Tremblay inc.",
        "4820, rue Saint-Denis",
        "H2J 2L5",
        "Montréal",
    ),
    (
        "Restaurant Chez Lise inc.",
        "275, rue Saint-Joseph Est",
        "G1K 3B2",
        "Québec",
    ),
    (
        "Rénovations Outaouais inc.",
        "155, boulevard Saint-Joseph",
        "J8Y 3W9",
        "Gatineau",
    ),
    (
        "Fromagerie Gagnon ltée",
        "1200, rue King Ouest",
        "J1H 1S1",
        "Sherbrooke",
    ),
    (
        "Transport Bouchard inc.",
        "3030, boulevard Le Carrefour",
        "H7T 2P5",
        "Laval",
    ),
];

const QC_CONSUMERS: &[(&str, &str, &str, &str)] = &[
    (
        "Mme Sophie Lapointe",
        "1250, rue des Érables",
        "J1H 4Z6",
        "Sherbrooke",
    ),
    (
        "M. Jacques Gagnon",
        "42, rue Principale",
        "G1R 4P5",
        "Québec",
    ),
    (
        "Mme Nathalie Roy",
        "77, avenue Laurier Ouest",
        "H2T 2N8",
        "Montréal",
    ),
];

/// A Belgian enterprise number with a valid check: 8 digits `n` (a leading 0, as numbers
/// issued so far), then `97 − n mod 97` on two digits.
fn bce(rng: &mut ChaCha8Rng) -> String {
    let n: u64 = rng.random_range(2_000_000..9_999_999);
    format!("{n:08}{:02}", 97 - n % 97)
}

/// A Belgian IBAN: a 10-digit account base with its mod-97 national key, then the ISO 13616
/// check digits.
fn be_iban(rng: &mut ChaCha8Rng) -> String {
    let base: u64 = rng.random_range(1_000_000_000..9_999_999_999);
    let key = match base % 97 {
        0 => 97,
        r => r,
    };
    let bban = format!("{base:010}{key:02}");
    // BE = 11 14; check = 98 − (bban ‖ "111400") mod 97.
    let numeric = format!("{bban}111400");
    let rem = numeric
        .bytes()
        .fold(0u64, |acc, b| (acc * 10 + u64::from(b - b'0')) % 97);
    format!("BE{:02}{bban}", 98 - rem)
}

/// `n` invoices of 30 days, a few days apart, from a day in the 60 after `base`: (number,
/// issue date, due date, amount between `min` and `max`).
fn invoices(
    rng: &mut ChaCha8Rng,
    n: usize,
    base: NaiveDate,
    (min, max): (u64, u64),
    number: impl Fn(usize) -> String,
) -> Vec<(String, NaiveDate, NaiveDate, String)> {
    let mut out = Vec::new();
    let mut day = base + Days::new(rng.random_range(0..60));
    for k in 0..n {
        let amount = cents(rng, min, max);
        out.push((number(k), day, day + Days::new(30), amount));
        day = day + Days::new(rng.random_range(3..15));
    }
    out
}

/// The `invoices:` block.
fn invoice_lines(invoices: &[(String, NaiveDate, NaiveDate, String)]) -> String {
    let mut y = String::from("invoices:\n");
    for (num, issue, due, amount) in invoices {
        y.push_str(&format!(
            "  - {{number: \"{num}\", issue_date: {}, due_date: {}, amount: {amount}}}\n",
            date(*issue),
            date(*due)
        ));
    }
    y
}

/// The `i`-th Belgian case of the series.
pub fn be_case(rng: &mut ChaCha8Rng, seed: u64, i: usize, n_invoices: usize) -> String {
    let consumer = rng.random_range(0..10) < 3;
    let (c_name, c_form, c_street, c_pc, c_city, c_lang) = *pick(rng, BE_COMPANIES);
    let base = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default();
    let mut y = String::new();
    let mut line = |s: &str| {
        y.push_str(s);
        y.push('\n');
    };
    let range = if consumer { (90, 3_000) } else { (200, 20_000) };
    let invoices = invoices(rng, n_invoices, base, range, |k| {
        format!("{}-{:04}", 2025, 100 + k * 7 + i % 50)
    });
    let last_due = invoices.iter().map(|v| v.2).max().unwrap_or(base);
    // Consumer: a paper first reminder 5–10 days after the last due date; the notice 30+ days
    // later, after its 14-day period.
    let reminder = last_due + Days::new(rng.random_range(5..10));
    let doc_date = if consumer {
        reminder + Days::new(rng.random_range(30..50))
    } else {
        last_due + Days::new(rng.random_range(10..60))
    };
    let lang = if consumer {
        pick(rng, BE_CONSUMERS).4
    } else {
        c_lang
    };
    line("# Generated by `creance generate` — a realistic test case, not a real debt.");
    line("schema: creance/v1");
    line("jurisdiction: be");
    line(&format!("language: {lang}"));
    line(&format!("reference: GEN-BE-{seed}-{i:06}"));
    line(&format!("date: {}", date(doc_date)));
    line(&format!("place: {c_city}"));
    line("creditor:");
    line("  kind: professional");
    line(&format!("  name: \"{c_name}\""));
    line(&format!("  legal_form: {c_form}"));
    line(&format!("  registration: {{bce: \"{}\"}}", bce(rng)));
    line(&format!(
        "  address: {{lines: [\"{c_street}\"], postcode: \"{c_pc}\", city: \"{c_city}\"}}"
    ));
    line("  contact: {phone: \"+32 9 225 14 80\", email: boekhouding@example.be}");
    line(&format!("  bank: {{iban: {}}}", be_iban(rng)));
    line("  signatory: {name: Els Peeters, capacity: Zaakvoerder}");
    line("debtor:");
    if consumer {
        let (name, street, pc, city, _) = *pick(rng, BE_CONSUMERS);
        line("  kind: consumer");
        line(&format!("  name: \"{name}\""));
        line(&format!(
            "  address: {{lines: [\"{street}\"], postcode: \"{pc}\", city: \"{city}\"}}"
        ));
    } else {
        let (name, form, street, pc, city, _) = *pick(rng, BE_COMPANIES);
        let name = if name == c_name {
            "Brouwerij De Kroon"
        } else {
            name
        };
        line("  kind: professional");
        line(&format!("  name: \"{name}\""));
        line(&format!("  legal_form: {form}"));
        line(&format!("  registration: {{bce: \"{}\"}}", bce(rng)));
        line(&format!(
            "  address: {{lines: [\"{street}\"], postcode: \"{pc}\", city: \"{city}\"}}"
        ));
    }
    line("contract:");
    line(&format!(
        "  description: {}",
        if lang == "nl" {
            "het drukken van brochures en affiches"
        } else {
            "la fourniture et la pose de menuiseries"
        }
    ));
    if consumer && rng.random_range(0..2) == 0 {
        line("  indemnity_clause: {percent: 10, minimum: 25}");
    }
    line(invoice_lines(&invoices).trim_end());
    if consumer {
        line("interest: {kind: legal}");
        line("history:");
        line(&format!(
            "  - {{kind: reminder, date: {}, channel: letter}}",
            date(reminder)
        ));
        line("notice: {deadline_days: 15, channel: registered}");
    } else {
        line("interest: {kind: statutory}");
        line(&format!(
            "notice: {{deadline_days: {}, channel: registered}}",
            pick(rng, &[8u32, 15, 15])
        ));
    }
    y
}

/// The `i`-th Québec case of the series.
pub fn qc_case(rng: &mut ChaCha8Rng, seed: u64, i: usize, n_invoices: usize) -> String {
    let consumer = rng.random_range(0..10) < 3;
    let english = rng.random_range(0..10) < 2;
    let (c_name, c_street, c_pc, c_city) = *pick(rng, QC_COMPANIES);
    let base = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default();
    let mut y = String::new();
    let mut line = |s: &str| {
        y.push_str(s);
        y.push('\n');
    };
    let range = if consumer { (90, 8_000) } else { (300, 30_000) };
    let invoices = invoices(rng, n_invoices, base, range, |k| {
        format!("{}-{:04}", 2025, 300 + k * 11 + i % 70)
    });
    let last_due = invoices.iter().map(|v| v.2).max().unwrap_or(base);
    let notice_sent = rng.random_range(0..2) == 0;
    let notice = last_due + Days::new(rng.random_range(10..20));
    let doc_date = notice + Days::new(rng.random_range(25..60));
    line("# Generated by `creance generate` — a realistic test case, not a real debt.");
    line("schema: creance/v1");
    line("jurisdiction: qc");
    line(&format!("language: {}", if english { "en" } else { "fr" }));
    line(&format!("reference: GEN-QC-{seed}-{i:06}"));
    line(&format!("date: {}", date(doc_date)));
    line(&format!("place: {c_city}"));
    line("creditor:");
    line("  kind: professional");
    line(&format!("  name: \"{c_name}\""));
    line(&format!(
        "  registration: {{neq: \"11{:08}\"}}",
        rng.random_range(10_000_000..99_999_999)
    ));
    line(&format!(
        "  address: {{lines: [\"{c_street}\"], postcode: \"{c_pc}\", city: \"{c_city}\", province: QC}}"
    ));
    line("  signatory: {name: Marie-Ève Tremblay, capacity: Présidente}");
    line("debtor:");
    if consumer {
        let (name, street, pc, city) = *pick(rng, QC_CONSUMERS);
        line("  kind: consumer");
        line(&format!("  name: \"{name}\""));
        line(&format!(
            "  address: {{lines: [\"{street}\"], postcode: \"{pc}\", city: \"{city}\", province: QC}}"
        ));
    } else {
        let (name, street, pc, city) = *pick(rng, QC_COMPANIES);
        let name = if name == c_name {
            "Boulangerie Côté inc."
        } else {
            name
        };
        line("  kind: professional");
        line(&format!("  name: \"{name}\""));
        line(&format!(
            "  address: {{lines: [\"{street}\"], postcode: \"{pc}\", city: \"{city}\", province: QC}}"
        ));
    }
    line("contract:");
    line("  description: travaux d'ébénisterie sur mesure");
    if english {
        line("  adhesion: true");
        line("  language_expressly_chosen: true");
    }
    line(invoice_lines(&invoices).trim_end());
    line("interest: {kind: legal}");
    if notice_sent {
        line("history:");
        line(&format!(
            "  - {{kind: formal-notice, date: {}, channel: registered, received: {}, deadline_days: 10}}",
            date(notice),
            date(notice + Days::new(3))
        ));
    }
    line(&format!(
        "notice: {{deadline_days: {}, channel: {}}}",
        pick(rng, &[10u32, 10, 15]),
        pick(rng, &["registered", "bailiff"])
    ));
    y
}
