//! Realistic, varied, valid case files, deterministic from a seed (ChaCha8: the same seed gives
//! the same files on every platform and version of `rand_chacha`). Used by the batch tests and
//! the benchmark. France here; Belgium and Québec in [`super::generate_be_qc`].

use chrono::{Days, NaiveDate};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

const CREDITORS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Atelier Moreau",
        "SARL",
        "14, rue Paradis",
        "13001",
        "Marseille",
    ),
    (
        "Transports Girard",
        "SAS",
        "2, quai de la Fosse",
        "44000",
        "Nantes",
    ),
    (
        "Imprimerie Lefèvre",
        "SARL",
        "27, rue Nationale",
        "59000",
        "Lille",
    ),
    (
        "Boiseries du Jura",
        "SAS",
        "5, rue des Arènes",
        "25000",
        "Besançon",
    ),
    (
        "Clim'Azur",
        "EURL",
        "88, boulevard Gambetta",
        "06000",
        "Nice",
    ),
    (
        "Électricité Bernard",
        "SARL",
        "3, allée des Tilleuls",
        "67000",
        "Strasbourg",
    ),
    (
        "Conseil & Données",
        "SAS",
        "120, cours Lafayette",
        "69003",
        "Lyon",
    ),
    (
        "Menuiserie Rousseau",
        "SARL",
        "9, rue du Moulin",
        "35000",
        "Rennes",
    ),
];

const DEBTORS_PRO: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Hôtel des Voyageurs",
        "SAS",
        "1, place de la Gare",
        "21000",
        "Dijon",
    ),
    (
        "Garage Lemoine",
        "SARL",
        "44, route de Paris",
        "14000",
        "Caen",
    ),
    (
        "Boulangerie Petit",
        "EURL",
        "7, rue Gambetta",
        "31000",
        "Toulouse",
    ),
    (
        "Cabinet Fontaine",
        "SELARL",
        "18, avenue Foch",
        "54000",
        "Nancy",
    ),
    (
        "Restaurant Le Quai",
        "SAS",
        "2, quai Saint-Antoine",
        "69002",
        "Lyon",
    ),
    (
        "Pharmacie Centrale",
        "SELAS",
        "10, Grand-Rue",
        "86000",
        "Poitiers",
    ),
];

const DEBTORS_CONSUMER: &[(&str, &str, &str, &str)] = &[
    ("M. Lucas Mercier", "12, rue des Lilas", "33000", "Bordeaux"),
    (
        "Mme Chloé Garnier",
        "5, impasse des Vignes",
        "34000",
        "Montpellier",
    ),
    (
        "M. Hugo Chevalier",
        "31, avenue Jean-Jaurès",
        "38000",
        "Grenoble",
    ),
    (
        "Mme Léa Faure",
        "8, chemin du Lavoir",
        "63000",
        "Clermont-Ferrand",
    ),
    ("M. Nathan Blanc", "22, rue de la Paix", "76000", "Rouen"),
];

const ITEMS: &[&str] = &[
    "fourniture de matériel",
    "travaux de rénovation",
    "prestation de maintenance",
    "transport de marchandises",
    "conseil et accompagnement",
    "pose d'une installation",
];

/// A SIREN with a valid Luhn key.
fn siren(rng: &mut ChaCha8Rng) -> String {
    let mut digits: Vec<u32> = (0..8).map(|_| rng.random_range(0..10)).collect();
    digits[0] = rng.random_range(3..10);
    for key in 0..10 {
        let mut candidate = digits.clone();
        candidate.push(key);
        let text: String = candidate
            .iter()
            .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
            .collect();
        if crate::rules::checks::luhn_valid(&text) {
            return text;
        }
    }
    unreachable!("one of ten keys satisfies Luhn")
}

pub(super) fn cents(rng: &mut ChaCha8Rng, min: u64, max: u64) -> String {
    let c = rng.random_range(min * 100..max * 100);
    format!("{}.{:02}", c / 100, c % 100)
}

pub(super) fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(super) fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// Which jurisdictions a series covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Mix {
    Fr,
    Be,
    Qc,
    /// France, Belgium and Québec in turn (case `i` is `i mod 3`).
    All,
}

/// The `i`-th case of the `seed` series for `mix`, as YAML text.
pub fn case_for(
    mix: Mix,
    seed: u64,
    i: usize,
    min_invoices: usize,
    max_invoices: usize,
    b2b_only: bool,
) -> String {
    let which = match mix {
        Mix::All => [Mix::Fr, Mix::Be, Mix::Qc][i % 3],
        m => m,
    };
    if which == Mix::Fr {
        return case(seed, i, min_invoices, max_invoices, b2b_only);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed.wrapping_mul(1_000_003).wrapping_add(i as u64));
    let lo = min_invoices.max(1);
    let n = rng.random_range(lo..=max_invoices.max(lo)).min(6);
    if which == Mix::Be {
        super::generate_be_qc::be_case(&mut rng, seed, i, n)
    } else {
        super::generate_be_qc::qc_case(&mut rng, seed, i, n)
    }
}

/// The `i`-th French case of the `seed` series, as YAML text.
pub fn case(
    seed: u64,
    i: usize,
    min_invoices: usize,
    max_invoices: usize,
    b2b_only: bool,
) -> String {
    let mut rng = ChaCha8Rng::seed_from_u64(seed.wrapping_mul(1_000_003).wrapping_add(i as u64));
    let base = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default();
    let table_end = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default();
    let consumer = rng.random_range(0..10) < 2 && !b2b_only;
    let contractual = !consumer && rng.random_range(0..10) < 1;
    let (c_name, c_form, c_street, c_pc, c_city) = *pick(&mut rng, CREDITORS);
    let mut y = String::new();
    let push = |y: &mut String, line: &str| {
        y.push_str(line);
        y.push('\n');
    };
    let n = rng.random_range(min_invoices.max(1)..=max_invoices.max(min_invoices.max(1)));
    let term = if consumer {
        30
    } else {
        *pick(&mut rng, &[30u64, 45, 60])
    };
    let mut invoices = Vec::new();
    let mut day = base + Days::new(rng.random_range(0..180));
    for k in 0..n {
        let issue = day;
        let due = issue + Days::new(term);
        let amount = if consumer {
            cents(&mut rng, 90, 4_000)
        } else {
            cents(&mut rng, 150, 25_000)
        };
        invoices.push((
            format!("F-{}-{:04}", 2025 + (k % 2), rng.random_range(1..9999)),
            issue,
            due,
            amount,
        ));
        day = day + Days::new(rng.random_range(3..20));
    }
    // Distinct invoice numbers.
    for (k, inv) in invoices.iter_mut().enumerate() {
        inv.0 = format!("{}-{k}", inv.0);
    }
    let last_due = invoices.iter().map(|v| v.2).max().unwrap_or(base);
    let first_due = invoices.iter().map(|v| v.2).min().unwrap_or(base);
    let doc_date = (last_due + Days::new(rng.random_range(10..60))).min(table_end);
    let doc_date = doc_date.max(last_due + Days::new(1));

    push(
        &mut y,
        "# Generated by `creance generate` — a realistic test case, not a real debt.",
    );
    push(&mut y, "schema: creance/v1");
    push(&mut y, "jurisdiction: fr");
    push(&mut y, "language: fr");
    push(&mut y, &format!("reference: GEN-{seed}-{i:06}"));
    push(&mut y, &format!("date: {}", date(doc_date)));
    push(&mut y, &format!("place: {c_city}"));
    push(&mut y, "creditor:");
    push(&mut y, "  kind: professional");
    push(&mut y, &format!("  name: \"{c_name}\""));
    push(&mut y, &format!("  legal_form: {c_form}"));
    push(
        &mut y,
        &format!(
            "  registration: {{siren: \"{}\", rcs: \"{c_city}\"}}",
            siren(&mut rng)
        ),
    );
    push(
        &mut y,
        &format!(
            "  address: {{lines: [\"{c_street}\"], postcode: \"{c_pc}\", city: \"{c_city}\"}}"
        ),
    );
    push(
        &mut y,
        "  bank: {iban: FR76 3000 6000 0112 3456 7890 189, bic: AGRIFRPP}",
    );
    push(
        &mut y,
        "  signatory: {name: Camille Martin, capacity: Gérante}",
    );
    push(&mut y, "debtor:");
    if consumer {
        let (name, street, pc, city) = *pick(&mut rng, DEBTORS_CONSUMER);
        push(&mut y, "  kind: consumer");
        push(&mut y, &format!("  name: \"{name}\""));
        push(
            &mut y,
            &format!("  address: {{lines: [\"{street}\"], postcode: \"{pc}\", city: \"{city}\"}}"),
        );
    } else {
        let (name, form, street, pc, city) = *pick(&mut rng, DEBTORS_PRO);
        push(&mut y, "  kind: professional");
        push(&mut y, &format!("  name: \"{name}\""));
        push(&mut y, &format!("  legal_form: {form}"));
        push(
            &mut y,
            &format!(
                "  registration: {{siren: \"{}\", rcs: \"{city}\"}}",
                siren(&mut rng)
            ),
        );
        push(
            &mut y,
            &format!("  address: {{lines: [\"{street}\"], postcode: \"{pc}\", city: \"{city}\"}}"),
        );
    }
    push(&mut y, "contract:");
    push(
        &mut y,
        &format!("  reference: commande n° {}", rng.random_range(1000..99999)),
    );
    push(&mut y, &format!("  description: {}", pick(&mut rng, ITEMS)));
    push(&mut y, "invoices:");
    for (num, issue, due, amount) in &invoices {
        push(
            &mut y,
            &format!(
                "  - {{number: {num}, issue_date: {}, due_date: {}, amount: {amount}}}",
                date(*issue),
                date(*due)
            ),
        );
    }
    if rng.random_range(0..10) < 4 {
        let (num, _, due, amount) = &invoices[0];
        // A part of the invoice, in whole cents (amounts stay exact strings, never floats).
        let paid_cents =
            amount.replace('.', "").parse::<u64>().unwrap_or(100) / rng.random_range(2..5);
        let pay_date = (*due + Days::new(rng.random_range(1..30))).min(doc_date);
        push(&mut y, "payments:");
        push(
            &mut y,
            &format!(
                "  - {{date: {}, amount: {}.{:02}, invoice: {num}}}",
                date(pay_date),
                paid_cents / 100,
                paid_cents % 100
            ),
        );
    }
    if consumer {
        push(&mut y, "interest: {kind: legal, from: notice}");
    } else if contractual {
        push(
            &mut y,
            &format!(
                "interest: {{kind: contractual, rate: {}}}",
                rng.random_range(13..20)
            ),
        );
    } else {
        push(&mut y, "interest: {kind: statutory}");
    }
    if rng.random_range(0..2) == 0 && doc_date > first_due + Days::new(2) {
        let span = (doc_date - first_due).num_days().max(2) as u64;
        let reminder = first_due + Days::new(rng.random_range(1..span));
        push(&mut y, "history:");
        push(
            &mut y,
            &format!(
                "  - {{kind: reminder, date: {}, channel: email}}",
                date(reminder)
            ),
        );
    }
    push(
        &mut y,
        &format!(
            "notice: {{deadline_days: {}, channel: registered}}",
            pick(&mut rng, &[8u32, 15, 15, 30])
        ),
    );
    y
}
