//! Québec letters, in French or English: the payment reminder and the mise en demeure of
//! arts 1594–1595 C.c.Q., after the Ministère de la Justice model (quebec.md §1.2): place and
//! date, « SOUS TOUTES RÉSERVES », the words « mise en demeure », the facts and basis, the
//! amount with its breakdown, a delay counted from receipt, the consequences, an offer to
//! negotiate or mediate (art. 1 C.p.c.), the signature and the delivery mode. A collection
//! agency's letter names itself, its permit and the creditor (LRCC s. 33) and, as s. 34(6)
//! requires, does not announce legal proceedings.
//!
//! Every sentence exists in both languages side by side (`w(fr, en)`), so a change to one is
//! seen next to the other. US Letter paper, window on the left (Canadian No. 10 envelope),
//! Canada Post address lines, amounts in CAD (`1 234,56 $` / `$1,234.56`), rates per annum
//! (Interest Act s. 4), ISO numeric dates.

use rust_decimal::Decimal;

use super::address::contact_line;
use super::fr::{de, party_name};
use super::locale::Locale;
use super::skeleton::{
    ChannelWords, Closing, Greetings, LabelWords, Letter, Phrasebook, SummaryWords, Words, claimed,
    delay_and_channel,
};
use super::view::*;
use super::{DocInput, InvoiceTableWords, NoteWords, payment_deadline};
use crate::case::model::{Address, Channel, HistoryKind, InterestKind, Party};
use crate::compute::calendar::Calendar;
use crate::compute::claim::Computation;
use crate::compute::qc::postal::{PostalCode, Province, last_lines};
use crate::rules::context::DocKind;

impl Words {
    /// Whether the letter is in English.
    fn en(self) -> bool {
        self.other()
    }
}

/// The frame of a Québec letter in French: France's words but for the US Letter paper with
/// its window on the left, the references, the delivery lines and the closing formula.
const FR: Phrasebook = Phrasebook {
    jurisdiction: "qc",
    loc: Locale::FrCa,
    layout: Layout::LETTER_LEFT,
    our_reference: "Notre dossier",
    your_reference: "Votre référence",
    channels: ChannelWords {
        registered: "PAR COURRIER RECOMMANDÉ",
        registered_email: "PAR COURRIEL AVEC PREUVE DE RÉCEPTION",
        bailiff: "PAR HUISSIER DE JUSTICE",
        email: "PAR COURRIEL",
        hand: "REMIS EN MAIN PROPRE",
    },
    tracking: " — ",
    sir_titles: &["M. ", "Monsieur", "Mr. ", "Mr "],
    madam_titles: &["Mme", "Madame", "Mrs", "Ms"],
    closing: Closing::Formula("Veuillez agréer"),
    invoices: InvoiceTableWords {
        one: "Facture",
        many: "Factures",
        columns: ["Facture", "Date", "Échéance", "Montant", "Payé", "Solde"],
        total: "Total",
    },
    summary: SummaryWords {
        principal: "Capital impayé",
        ..super::fr::WORDS.summary
    },
    postal_lines: |a, _| postal_lines(a),
    ..super::fr::WORDS
};

/// The same frame in English (Canadian usage). The titles stay those of both languages:
/// Québec letters are read by both.
const EN: Phrasebook = Phrasebook {
    loc: Locale::EnCa,
    our_reference: "Our file",
    your_reference: "Your reference",
    attention: "Attention:",
    phone: "Tel.",
    channels: ChannelWords {
        registered: "BY REGISTERED MAIL",
        registered_email: "BY EMAIL WITH PROOF OF RECEIPT",
        bailiff: "BY BAILIFF",
        email: "BY EMAIL",
        hand: "BY HAND",
    },
    greetings: Greetings {
        sir: "Dear Sir,",
        madam: "Dear Madam,",
        either: "Dear Sir or Madam,",
    },
    closing: Closing::Words {
        notice: "Yours truly,",
        reminder: "Yours truly,",
    },
    invoices: InvoiceTableWords {
        one: "Invoice",
        many: "Invoices",
        columns: ["Invoice", "Date", "Due", "Amount", "Paid", "Balance"],
        total: "Total",
    },
    summary: SummaryWords {
        title: "Amount claimed",
        principal: "Unpaid principal",
        total: "Total claimed",
    },
    labels: LabelWords {
        subject: "Re",
        page: "Page",
        findings_title: "Points to fix before sending",
        draft_notice: "DRAFT — working document, do not send",
        watermark: "DRAFT",
    },
    ..FR
};

pub fn build(input: &DocInput) -> View {
    let case = input.case;
    let c = input.computation;
    let x = Words::of(case, &FR, &EN);
    let loc = x.loc;
    let formal = input.doc == DocKind::FormalNotice;
    let agency = super::agency(case);

    let unpaid: Vec<String> = c
        .invoices
        .iter()
        .filter(|i| i.outstanding > Decimal::ZERO)
        .map(|i| i.number.clone())
        .collect();
    let plural = unpaid.len() > 1;
    let numbers = loc.join(
        &unpaid
            .iter()
            .map(|n| {
                if x.en() {
                    format!("No.\u{a0}{n}")
                } else {
                    format!("no\u{a0}{n}")
                }
            })
            .collect::<Vec<_>>(),
    );
    let (days, channel) = delay_and_channel(case, formal, 10, 10);
    let claimed = claimed(c, formal);

    // ---- body
    let mut body: Vec<Paragraph> = Vec::new();
    if let Some(a) = agency {
        let permit = a
            .registration
            .as_ref()
            .and_then(|r| r.permit.clone())
            .unwrap_or_default();
        body.push(vec![t(loc.text(&if x.en() {
            format!(
                "{}, a collection agency holding permit No. {permit} issued by the Office de la protection du consommateur, is acting on behalf of {}, your creditor, to collect the debt described below.",
                a.name.trim(),
                party_name(&case.creditor)
            )
        } else {
            format!(
                "{}, agence de recouvrement titulaire du permis no {permit} délivré par l'Office de la protection du consommateur, agit pour le compte de {}, votre créancier, afin de recouvrer la créance décrite ci-dessous.",
                a.name.trim(),
                party_name(&case.creditor)
            )
        }))]);
    }
    let basis = case
        .contract
        .as_ref()
        .and_then(|k| match (&k.description, &k.reference) {
            (Some(d), Some(r)) => Some(format!("{d} ({r})")),
            (Some(d), None) => Some(d.clone()),
            (None, Some(r)) => Some(r.clone()),
            (None, None) => None,
        });
    let facts = match (&basis, x.en()) {
        (Some(b), false) => format!(
            "{} ci-dessous {} été {} pour {b}.",
            if plural { "Les factures" } else { "La facture" },
            if plural { "vous ont" } else { "vous a" },
            if plural { "adressées" } else { "adressée" },
        ),
        (None, false) => format!(
            "{} ci-dessous {} été {}.",
            if plural { "Les factures" } else { "La facture" },
            if plural { "vous ont" } else { "vous a" },
            if plural { "adressées" } else { "adressée" },
        ),
        (Some(b), true) => format!(
            "The invoice{} below {} issued to you for {b}.",
            if plural { "s" } else { "" },
            if plural { "were" } else { "was" }
        ),
        (None, true) => format!(
            "The invoice{} below {} issued to you.",
            if plural { "s" } else { "" },
            if plural { "were" } else { "was" }
        ),
    };
    let earlier = earlier_steps(case, loc);
    let unpaid_sentence = match (earlier.is_empty(), x.en()) {
        (true, false) => format!(
            "{} à ce jour, bien qu'{} à échéance.",
            if plural {
                "Elles demeurent impayées"
            } else {
                "Elle demeure impayée"
            },
            if plural {
                "elles soient arrivées"
            } else {
                "elle soit arrivée"
            }
        ),
        (false, false) => format!(
            "Malgré {earlier}, {} à ce jour.",
            if plural {
                "elles demeurent impayées"
            } else {
                "elle demeure impayée"
            }
        ),
        (true, true) => format!(
            "Although due, {} unpaid to this day.",
            if plural { "they remain" } else { "it remains" }
        ),
        (false, true) => format!(
            "Despite {earlier}, {} unpaid to this day.",
            if plural { "they remain" } else { "it remains" }
        ),
    };
    body.push(vec![t(loc.text(&format!("{facts} {unpaid_sentence}")))]);

    // The last day, counted like a C.p.c. delay (art. 83 [K], calendars.md: the day of the start is not
    // counted; a last day that is not a juridical day moves to the next one). A notice runs from
    // its receipt: the letter can only print that day when it is served on its own date (by a
    // bailiff or by hand); by post or e-mail it states the delay from receipt.
    let deadline = payment_deadline(&Calendar::quebec(), case.date, days);
    let served_on_date = matches!(channel, Channel::Bailiff | Channel::Hand);
    if formal {
        if x.en() {
            body.push(vec![
                t("You are hereby given "),
                b("formal notice (mise en demeure)"),
                t(" to pay us the sum of "),
                b(loc.money(claimed)),
                t(", detailed below, "),
                b(format!(
                    "within {} of receipt of this letter",
                    loc.days(days)
                )),
            ]);
            if served_on_date {
                body.last_mut()
                    .expect("just pushed")
                    .extend([t(", that is by "), b(loc.long_date_with_weekday(deadline))]);
            }
            body.last_mut().expect("just pushed").push(t("."));
        } else {
            body.push(vec![
                t("Par la présente, nous vous "),
                b("mettons en demeure"),
                t(" de nous payer la somme de "),
                b(loc.money(claimed)),
                t(", détaillée ci-dessous, "),
                b(format!(
                    "dans un délai de {} suivant la réception de la présente",
                    loc.days(days)
                )),
            ]);
            if served_on_date {
                body.last_mut().expect("just pushed").extend([
                    t(", soit au plus tard le "),
                    b(loc.long_date_with_weekday(deadline)),
                ]);
            }
            body.last_mut().expect("just pushed").push(t("."));
        }
    } else if x.en() {
        body.push(vec![
            t("We kindly ask you to pay the balance of "),
            b(loc.money(claimed)),
            t(" by "),
            b(loc.long_date_with_weekday(deadline)),
            t("."),
        ]);
    } else {
        body.push(vec![
            t("Nous vous prions de nous faire parvenir le paiement du solde de "),
            b(loc.money(claimed)),
            t(" au plus tard le "),
            b(loc.long_date_with_weekday(deadline)),
            t("."),
        ]);
    }

    // ---- after the tables
    let mut after: Vec<Paragraph> = Vec::new();
    if formal {
        if let Some(p) = interest_paragraph(case, c, x) {
            after.push(vec![t(loc.text(&p))]);
        }
        after.push(vec![t(loc.text(if agency.is_some() {
            // LRCC s. 34(6): a permit holder may not represent that legal proceedings will be
            // instituted failing payment.
            x.w(
                "Nous vous invitons à communiquer avec nous sans délai pour régler cette somme ou convenir de modalités de paiement.",
                "Please contact us without delay to pay this sum or to agree on terms of payment.",
            )
        } else {
            x.w(
                "À défaut de paiement dans ce délai, nous entreprendrons contre vous, sans autre avis ni délai, les procédures judiciaires appropriées pour recouvrer cette somme, avec les intérêts et les frais de justice.",
                "Failing payment within that time, we will take the appropriate legal proceedings against you, without further notice or delay, to recover this sum with interest and legal costs.",
            )
        }))]);
        after.push(vec![t(loc.text(x.w(
            "Avant d'entreprendre toute procédure, nous demeurons disposés à examiner toute proposition de règlement, notamment par la négociation ou la médiation (art. 1 du Code de procédure civile).",
            "Before taking any proceedings, we remain willing to consider any proposal to settle this matter, including by negotiation or mediation (art. 1 of the Code of Civil Procedure).",
        )))]);
    }
    if let Some(p) = payment_sentence(case, x) {
        after.push(vec![t(loc.text(&p))]);
    }
    if agency.is_some() {
        // LRCC s. 34 and Regulation s. 42: what the debtor may ask of a collection agency.
        after.push(vec![t(loc.text(x.w(
            "Vous pouvez nous demander par écrit de ne communiquer avec vous que par écrit, obtenir sans frais un état de compte et les pièces justifiant la créance, et vous renseigner auprès de l'Office de la protection du consommateur (www.opc.gouv.qc.ca).",
            "You may ask us in writing to communicate with you in writing only, obtain a statement of account and the documents supporting the debt free of charge, and seek information from the Office de la protection du consommateur (www.opc.gouv.qc.ca).",
        )))]);
    }
    if !formal {
        after.push(vec![t(loc.text(x.w(
            "Si votre paiement nous est parvenu entre-temps, veuillez ne pas tenir compte du présent rappel.",
            "If your payment has crossed this letter, please disregard this reminder.",
        )))]);
    }

    let subject = if formal {
        loc.text(&if x.en() {
            format!("Formal notice — payment of {}", loc.money(claimed))
        } else {
            format!("Mise en demeure — paiement de {}", loc.money(claimed))
        })
    } else if x.en() {
        format!(
            "Payment reminder — invoice{} {numbers}",
            if plural { "s" } else { "" }
        )
    } else {
        loc.text(&format!(
            "Rappel de paiement — facture{} {numbers}",
            if plural { "s" } else { "" }
        ))
    };
    let title = match (formal, x.en()) {
        (true, false) => "Mise en demeure",
        (true, true) => "Formal notice",
        (false, false) => "Rappel de paiement",
        (false, true) => "Payment reminder",
    };

    super::skeleton::view(
        input,
        x.book,
        Letter {
            title,
            sender: match agency {
                Some(a) => agency_block(a, x),
                None => sender_block(&case.creditor, x),
            },
            channel,
            banners: if formal {
                vec![
                    x.w("SOUS TOUTES RÉSERVES", "UNDER ALL RESERVES")
                        .to_string(),
                    x.w("MISE EN DEMEURE", "FORMAL NOTICE (MISE EN DEMEURE)")
                        .to_string(),
                ]
            } else {
                Vec::new()
            },
            subject,
            body,
            charges: formal.then(|| charges(c, x)),
            payment: None,
            after_summary: after,
            annex: (formal && !c.interest.is_empty()).then(|| interest_annex(c, x)),
        },
    )
}

/// "notre rappel du 10 décembre 2025 et notre mise en demeure du 15 janvier 2026".
fn earlier_steps(case: &crate::case::Case, loc: Locale) -> String {
    let en = loc == Locale::EnCa;
    let reminders: Vec<String> = case
        .history
        .iter()
        .filter(|h| h.kind == HistoryKind::Reminder)
        .map(|h| loc.long_date(h.date))
        .collect();
    let notices: Vec<String> = case
        .history
        .iter()
        .filter(|h| h.kind == HistoryKind::FormalNotice)
        .map(|h| loc.long_date(h.date))
        .collect();
    let mut parts = Vec::new();
    match (reminders.len(), en) {
        (0, _) => {}
        (1, false) => parts.push(format!("notre rappel du {}", reminders[0])),
        (_, false) => parts.push(format!("nos rappels des {}", loc.join(&reminders))),
        (1, true) => parts.push(format!("our reminder of {}", reminders[0])),
        (_, true) => parts.push(format!("our reminders of {}", loc.join(&reminders))),
    }
    match (notices.len(), en) {
        (0, _) => {}
        (1, false) => parts.push(format!("notre mise en demeure du {}", notices[0])),
        (_, false) => parts.push(format!("nos mises en demeure des {}", loc.join(&notices))),
        (1, true) => parts.push(format!("our formal notice of {}", notices[0])),
        (_, true) => parts.push(format!("our formal notices of {}", loc.join(&notices))),
    }
    loc.join(&parts)
}

/// The interest the notice claims, or will claim, with its legal basis and its annual rate
/// (Interest Act s. 4: a rate is always stated per annum).
fn interest_paragraph(case: &crate::case::Case, c: &Computation, x: Words) -> Option<String> {
    let loc = x.loc;
    let indemnity = case
        .interest
        .as_ref()
        .and_then(|i| i.additional_indemnity)
        .unwrap_or(false);
    let rate = match c.interest_kind {
        InterestKind::Legal => x
            .w(
                "au taux légal de 5\u{a0}% par année (art. 1617 C.c.Q. ; Loi sur l'intérêt, art. 3)",
                "at the legal rate of 5% per annum (art. 1617 C.C.Q.; Interest Act, s. 3)",
            )
            .to_string(),
        InterestKind::Contractual => {
            let r = case
                .interest
                .as_ref()
                .and_then(|i| i.rate)
                .map(|r| loc.percent(r.value()))
                .unwrap_or_default();
            if x.en() {
                format!("at the agreed rate of {r} per annum")
            } else {
                format!("au taux convenu de {r} par année")
            }
        }
        _ => return None,
    };
    let plus = if indemnity {
        x.w(
            ", majorés de l'indemnité additionnelle prévue à l'article 1619 C.c.Q.",
            ", plus the additional indemnity provided for in article 1619 C.C.Q.",
        )
    } else {
        ""
    };
    Some(if c.interest.is_empty() {
        if x.en() {
            format!(
                "Failing payment within that time, this sum will bear interest {rate}{plus} from the expiry of the delay until payment in full (art. 1600 and 1617 C.C.Q.)."
            )
        } else {
            format!(
                "À défaut de paiement dans ce délai, cette somme portera intérêt {rate}{plus} à compter de l'expiration du délai et jusqu'au paiement complet (art. 1600 et 1617 C.c.Q.)."
            )
        }
    } else {
        let from = c
            .interest
            .iter()
            .map(|l| l.from)
            .min()
            .map(|d| loc.long_date(d))
            .unwrap_or_default();
        let to = loc.long_date(c.as_of);
        if x.en() {
            format!(
                "This sum includes interest {rate}{plus}, computed from {from} to {to} as detailed in the schedule; interest continues to run until payment in full."
            )
        } else {
            format!(
                "Cette somme comprend les intérêts {rate}{plus}, calculés du {from} au {to} selon le décompte joint ; ils continuent de courir jusqu'au paiement complet."
            )
        }
    })
}

/// Street lines as written, then the Canada Post last line (`MONTRÉAL QC  H2J 2L5`), and the
/// country outside Canada.
fn postal_lines(a: &Address) -> Vec<String> {
    let mut lines: Vec<String> = a.lines.iter().map(|l| l.trim().to_string()).collect();
    let province = a
        .province
        .as_deref()
        .and_then(Province::from_code)
        .unwrap_or(Province::Quebec);
    match PostalCode::parse(&a.postcode) {
        Ok(code) => lines.extend(last_lines(&a.city, province, &code)),
        // An invalid postal code is reported by QC-ID-001; the draft prints it as written.
        Err(_) => lines.push(format!(
            "{} {}  {}",
            a.city.trim().to_uppercase(),
            province.code(),
            a.postcode.trim()
        )),
    }
    if let Some(c) = &a.country
        && !c.eq_ignore_ascii_case("CA")
    {
        lines.push(c.to_uppercase());
    }
    lines
}

fn sender_block(p: &Party, x: Words) -> Block {
    let mut ids = Vec::new();
    if let Some(neq) = p.registration.as_ref().and_then(|r| r.neq.as_ref()) {
        ids.push(format!("NEQ {neq}"));
    }
    Block {
        name: party_name(p),
        lines: postal_lines(&p.address),
        ids,
        contact: contact_line(p.contact.as_ref(), x.book.phone),
    }
}

/// A collection agency's letterhead: its name, address and OPC permit (LRCC s. 33).
fn agency_block(r: &crate::case::model::Representative, x: Words) -> Block {
    let mut ids = vec![
        x.w("Agence de recouvrement", "Collection agency")
            .to_string(),
    ];
    if let Some(p) = r.registration.as_ref().and_then(|g| g.permit.as_ref()) {
        ids.push(format!("{} {p}", x.w("Permis OPC no", "OPC permit No.")));
    }
    if let Some(neq) = r.registration.as_ref().and_then(|g| g.neq.as_ref()) {
        ids.push(format!("NEQ {neq}"));
    }
    Block {
        name: r.name.trim().to_string(),
        lines: postal_lines(&r.address),
        ids,
        contact: contact_line(r.contact.as_ref(), x.book.phone),
    }
}

fn payment_sentence(case: &crate::case::Case, x: Words) -> Option<String> {
    let agency = super::agency(case);
    let payee = match agency {
        Some(a) => a.name.trim().to_string(),
        None => party_name(&case.creditor),
    };
    let bank = match agency {
        Some(a) => a.bank.as_ref(),
        None => case.creditor.bank.as_ref(),
    };
    Some(match (bank, x.en()) {
        (Some(b), false) => format!(
            "Le paiement peut être fait par chèque à l'ordre {} ou par virement au compte {}, en indiquant notre numéro de dossier {}.",
            de(&payee),
            b.iban.trim(),
            case.reference
        ),
        (None, false) => format!(
            "Le paiement peut être fait par chèque à l'ordre {}, en indiquant notre numéro de dossier {}.",
            de(&payee),
            case.reference
        ),
        (Some(b), true) => format!(
            "Payment may be made by cheque to the order of {payee} or by transfer to account {}, quoting our file number {}.",
            b.iban.trim(),
            case.reference
        ),
        (None, true) => format!(
            "Payment may be made by cheque to the order of {payee}, quoting our file number {}.",
            case.reference
        ),
    })
}

/// Whether an interest line is the art. 1619 additional indemnity (the computation labels it).
fn is_indemnity(label: &str) -> bool {
    label.starts_with("Indemnité additionnelle")
}

/// The interest, the art. 1619 indemnity and the fees the notice claims, under the principal.
fn charges(c: &Computation, x: Words) -> Vec<[String; 2]> {
    let loc = x.loc;
    let mut rows = Vec::new();
    let (indemnity, interest): (Vec<_>, Vec<_>) =
        c.interest.iter().partition(|l| is_indemnity(&l.rate_label));
    let to = loc.long_date(c.as_of);
    if !interest.is_empty() {
        let label = match (c.interest_kind, x.en()) {
            (InterestKind::Contractual, false) => format!("Intérêts au taux convenu au {to}"),
            (InterestKind::Contractual, true) => format!("Interest at the agreed rate to {to}"),
            (_, false) => format!("Intérêts au taux légal au {to}"),
            (_, true) => format!("Interest at the legal rate to {to}"),
        };
        rows.push([label, loc.money(interest.iter().map(|l| l.amount).sum())]);
    }
    if !indemnity.is_empty() {
        rows.push([
            if x.en() {
                format!("Additional indemnity (art. 1619 C.C.Q.) to {to}")
            } else {
                format!("Indemnité additionnelle (art. 1619 C.c.Q.) au {to}")
            },
            loc.money(indemnity.iter().map(|l| l.amount).sum()),
        ]);
    }
    for f in &c.fees {
        rows.push([f.label.clone(), loc.money(f.amount)]);
    }
    rows
}

fn interest_annex(c: &Computation, x: Words) -> Annex {
    let loc = x.loc;
    let nature =
        |l: &crate::compute::interest::InterestLine| match (is_indemnity(&l.rate_label), x.en()) {
            (true, false) => "Indemnité additionnelle (art. 1619)".to_string(),
            (true, true) => "Additional indemnity (art. 1619)".to_string(),
            (false, _) => match (c.interest_kind, x.en()) {
                (InterestKind::Contractual, false) => "Taux convenu".to_string(),
                (InterestKind::Contractual, true) => "Agreed rate".to_string(),
                (_, false) => "Taux légal".to_string(),
                (_, true) => "Legal rate".to_string(),
            },
        };
    let columns = if x.en() {
        [
            "Invoice",
            "From",
            "To",
            "Days",
            "Principal",
            "Rate",
            "Nature",
            "Amount",
        ]
    } else {
        [
            "Facture", "Du", "Au", "Jours", "Capital", "Taux", "Nature", "Montant",
        ]
    };
    let notes = NoteWords {
        imputation: x.w(
            "Les paiements sont imputés sur la facture qu'ils désignent, à défaut sur la facture échue la plus ancienne.",
            "Payments are applied to the invoice they name, otherwise to the oldest invoice due.",
        ),
        simple_interest: x.w(
            "Intérêt simple, taux annuels : capital × taux × jours / 36 500 ; premier et dernier jour inclus ; chaque période est coupée à chaque changement de taux et à chaque paiement.",
            "Simple interest, annual rates: principal × rate × days / 36,500; first and last day included; each period is cut at every rate change and every payment.",
        ),
        rounding: x.w(
            "Chaque ligne est arrondie au cent le plus proche (un demi-cent au cent supérieur).",
            "Each line is rounded to the nearest cent (half a cent upwards).",
        ),
    };
    super::interest_annex(
        c,
        loc,
        x.w(
            "Annexe — Décompte des intérêts",
            "Schedule — Interest computation",
        )
        .to_string(),
        columns,
        nature,
        &notes,
    )
}
