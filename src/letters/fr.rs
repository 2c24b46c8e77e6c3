//! French letters: the relance amiable and the mise en demeure (art. 1344 C. civ.), worded as a
//! French lawyer would sign them. The statutory sentences cite their article; amounts, dates and
//! identifiers are formatted the French way (1 234,56 €, « lundi 20 avril 2026 »).

use rust_decimal::Decimal;

use super::address::{contact_line, european_postal_lines, one_line_address};
use super::format::{join_fr, long_date, long_date_with_weekday, nbsp_fr, siren};
use super::locale::Locale;
use super::skeleton::{
    ChannelWords, Closing, Greetings, LabelWords, Letter, Phrasebook, SummaryWords, claimed,
    delay_and_channel,
};
use super::view::*;
use super::{DocInput, InvoiceTableWords, NoteWords, payment_deadline};
use crate::case::model::{Address, FeeKind, InterestKind, Party, PartyKind};
use crate::compute::calendar::Calendar;
use crate::compute::claim::{Computation, FeeLine, is_b2b};
use crate::compute::money::{format_eur_fr, format_percent_fr};
use crate::rules::context::DocKind;

/// The frame of a French letter: A4, window on the right, French typography. Belgium's and
/// Québec's letters in French start from it.
pub(crate) const WORDS: Phrasebook = Phrasebook {
    jurisdiction: "fr",
    loc: Locale::FrFr,
    layout: Layout::A4_RIGHT,
    our_reference: "Nos réf.",
    your_reference: "Vos réf.",
    attention: "À l'attention de",
    phone: "Tél.",
    channels: ChannelWords {
        registered: "Lettre recommandée avec accusé de réception",
        registered_email: "Lettre recommandée électronique",
        bailiff: "Signification par commissaire de justice",
        email: "Par courriel",
        hand: "Remise en main propre contre décharge",
    },
    tracking: " n°\u{a0}",
    sir_titles: &["M. ", "Monsieur"],
    madam_titles: &["Mme", "Madame"],
    greetings: Greetings {
        sir: "Monsieur,",
        madam: "Madame,",
        either: "Madame, Monsieur,",
    },
    closing: Closing::Formula("Nous vous prions d'agréer"),
    invoices: InvoiceTableWords {
        one: "Facture impayée",
        many: "Factures impayées",
        columns: [
            "Facture",
            "Date",
            "Échéance",
            "Montant TTC",
            "Réglé",
            "Reste dû",
        ],
        total: "Total",
    },
    summary: SummaryWords {
        title: "Somme réclamée",
        principal: "Principal restant dû",
        total: "Total réclamé",
    },
    labels: LabelWords {
        subject: "Objet",
        page: "Page",
        findings_title: "Points à corriger avant tout envoi",
        draft_notice: "PROJET — document de travail, ne pas envoyer",
        watermark: "PROJET",
    },
    postal_lines: |a, _| postal_lines(a),
};

pub fn build(input: &DocInput) -> View {
    let case = input.case;
    let c = input.computation;
    let formal = input.doc == DocKind::FormalNotice;
    let b2b = is_b2b(case);

    let numbers: Vec<String> = c
        .invoices
        .iter()
        .filter(|i| i.outstanding > Decimal::ZERO)
        .map(|i| format!("n°\u{a0}{}", i.number))
        .collect();
    let plural = numbers.len() > 1;
    let (days, channel) = delay_and_channel(case, formal, 15, 8);
    let deadline = payment_deadline(&Calendar::france_metropolitan(), case.date, days);
    let claimed = claimed(c, formal);

    // ---- body
    let mut body: Vec<Paragraph> = Vec::new();
    let basis = case
        .contract
        .as_ref()
        .and_then(|k| match (&k.reference, &k.description) {
            (Some(r), Some(d)) => Some(format!("{r} : {d}")),
            (Some(r), None) => Some(r.clone()),
            (None, Some(d)) => Some(d.clone()),
            (None, None) => None,
        });
    let invoices_word = if plural {
        "les factures ci-dessous"
    } else {
        "la facture ci-dessous"
    };
    // The basis is the case's own wording ("commande n° 8812 du 6 octobre 2025"), so it goes in
    // parentheses rather than into a construction that needs an article.
    let emitted = match &basis {
        Some(b) => format!(" ({b})"),
        None => String::new(),
    };
    let remain = if plural {
        "demeurent impayées"
    } else {
        "demeure impayée"
    };
    let reminders: Vec<String> = case
        .history
        .iter()
        .filter(|h| h.kind == crate::case::model::HistoryKind::Reminder)
        .map(|h| long_date(h.date))
        .collect();
    let agency = super::agency(case);
    if let Some(a) = agency {
        // R124-4 1° and 2° CPCE: the collector says it collects debts amicably, and names the
        // creditor with its address.
        body.push(vec![t(nbsp_fr(&format!(
            "{} exerce une activité de recouvrement amiable de créances pour le compte d'autrui. {}, dont le siège est {}, nous a confié le recouvrement amiable de la créance décrite ci-dessous.",
            a.name.trim(),
            party_name(&case.creditor),
            one_line_address(&case.creditor.address)
        )))]);
    }
    if formal {
        let opening = match reminders.as_slice() {
            [] => "Sauf erreur de notre part, ".to_string(),
            [one] if agency.is_some() => format!("Malgré la relance du {one}, "),
            [one] => format!("Malgré notre relance du {one}, "),
            many if agency.is_some() => format!("Malgré les relances des {}, ", join_fr(many)),
            many => format!("Malgré nos relances des {}, ", join_fr(many)),
        };
        body.push(vec![t(nbsp_fr(&format!(
            "{opening}nous constatons que {invoices_word}{emitted} {remain} à ce jour, bien qu'arrivée{} à échéance.",
            if plural { "s" } else { "" }
        )))]);
        body.push(vec![
            t("Par la présente, nous vous "),
            b("mettons en demeure"),
            t(format!(
                " de nous régler, dans un délai de {days}\u{a0}{} à compter de la date de la présente lettre, soit au plus tard le ",
                if days > 1 { "jours" } else { "jour" }
            )),
            b(long_date_with_weekday(deadline)),
            t(", la somme de "),
            b(format_eur_fr(claimed)),
            t(", détaillée ci-dessous."),
        ]);
    } else {
        body.push(vec![t(nbsp_fr(&format!(
            "Sauf erreur ou omission de notre part, nous n'avons pas reçu à ce jour le règlement {}{emitted}, pourtant arrivée{} à échéance.",
            if plural { "des factures ci-dessous" } else { "de la facture ci-dessous" },
            if plural { "s" } else { "" }
        )))]);
        body.push(vec![
            t("Nous vous remercions de bien vouloir nous régler la somme de "),
            b(format_eur_fr(claimed)),
            t(format!(
                " dans un délai de {days}\u{a0}{}, soit au plus tard le ",
                if days > 1 { "jours" } else { "jour" }
            )),
            b(long_date_with_weekday(deadline)),
            t("."),
        ]);
    }

    // ---- after the summary
    let mut after: Vec<Paragraph> = Vec::new();
    if formal {
        match c.interest_kind {
            InterestKind::Statutory => after.push(vec![t(nbsp_fr(
                "Les pénalités de retard, au taux de refinancement de la Banque centrale européenne majoré de 10 points, sont dues de plein droit dès le lendemain de chaque échéance, sans qu'un rappel soit nécessaire (article L441-10 II du Code de commerce) ; elles courent jusqu'au complet paiement et leur décompte figure en annexe.",
            ))]),
            InterestKind::Contractual => after.push(vec![t(nbsp_fr(&format!(
                "Les pénalités de retard sont calculées au taux contractuel de {} l'an ; elles continueront de courir jusqu'au complet paiement et leur calcul est détaillé en annexe.",
                case.interest
                    .as_ref()
                    .and_then(|i| i.rate)
                    .map(|r| format_percent_fr(r.value()))
                    .unwrap_or_default()
            )))]),
            InterestKind::Legal => match c.interest_start {
                Some(start) if start >= case.date => after.push(vec![t(nbsp_fr(&format!(
                    "Conformément aux articles 1231-6 et 1344-1 du Code civil, la somme de {} portera intérêts au taux légal à compter de la présente mise en demeure.",
                    format_eur_fr(c.totals.principal)
                )))]),
                _ => after.push(vec![t(nbsp_fr(
                    "Les intérêts au taux légal courent depuis la mise en demeure conformément à l'article 1231-6 du Code civil ; ils continueront de courir jusqu'au complet paiement et leur calcul est détaillé en annexe.",
                ))]),
            },
            InterestKind::None => {}
        }
        after.push(vec![
            b(nbsp_fr(
                "La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil.",
            )),
            t(nbsp_fr(if agency.is_some() {
                // An amicable collector does not go to court itself: its principal does.
                " À défaut de règlement dans ce délai, notre mandant se réserve le droit de saisir sans autre avis la juridiction compétente, notamment par voie de requête en injonction de payer, afin d'obtenir votre condamnation au paiement de ces sommes."
            } else {
                " À défaut de règlement dans ce délai, nous saisirons sans autre avis la juridiction compétente, notamment par voie de requête en injonction de payer, afin d'obtenir votre condamnation au paiement de ces sommes."
            })),
        ]);
    } else if b2b {
        after.push(vec![t(nbsp_fr(&format!(
            "Nous vous rappelons qu'en application de l'article L441-10 II du Code de commerce, tout retard de paiement fait courir de plein droit des pénalités de retard et rend exigible une indemnité forfaitaire pour frais de recouvrement de {} par facture, que nous nous réservons le droit de vous réclamer.",
            format_eur_fr(crate::compute::claim::FR_CONSTANTS.flat_indemnity_amount())
        )))]);
    }
    if let Some(pay) = payment_sentence(case) {
        after.push(vec![t(pay)]);
    }
    if agency.is_some() {
        // R124-4 5° CPCE: reproduction of L111-8 paragraphs 2 and 3.
        let quoted = &crate::compute::claim::FR_CONSTANTS
            .l111_8_paragraphs_2_3
            .text;
        after.push(vec![t(nbsp_fr(
            "Conformément à l'article R124-4 du code des procédures civiles d'exécution, nous reproduisons les alinéas 2 et 3 de l'article L111-8 de ce code :",
        ))]);
        for para in quoted.split('\n').filter(|p| !p.trim().is_empty()) {
            after.push(vec![t(para.trim().to_string())]);
        }
    }
    if !formal {
        after.push(vec![t(
            "Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de la présente.",
        )]);
    }

    // ---- annex
    let annex = if formal && !c.interest.is_empty() {
        Some(interest_annex(c))
    } else {
        None
    };

    let subject = if formal {
        nbsp_fr(&format!(
            "Mise en demeure de payer la somme de {}",
            format_eur_fr(claimed)
        ))
    } else {
        nbsp_fr(&format!(
            "Relance — facture{} {} restant due{}",
            if plural { "s" } else { "" },
            join_fr(&numbers),
            if plural { "s" } else { "" }
        ))
    };
    super::skeleton::view(
        input,
        &WORDS,
        Letter {
            title: if formal { "Mise en demeure" } else { "Relance" },
            sender: match agency {
                Some(a) => agency_block(a),
                None => sender_block(&case.creditor),
            },
            channel,
            banners: Vec::new(),
            subject,
            body,
            charges: formal.then(|| charges(c)),
            payment: None,
            after_summary: after,
            annex,
        },
    )
}

/// "Boulangerie Martin SAS".
pub fn party_name(p: &Party) -> String {
    match &p.legal_form {
        // "Drukkerij Van Damme BV" with `legal_form: BV` keeps one "BV".
        Some(f)
            if !f.trim().is_empty()
                && p.kind != PartyKind::Consumer
                && !p
                    .name
                    .trim()
                    .to_lowercase()
                    .ends_with(&format!(" {}", f.trim().to_lowercase())) =>
        {
            format!("{} {}", p.name.trim(), f.trim())
        }
        _ => p.name.trim().to_string(),
    }
}

/// The street lines, "69002 LYON", and the country in French outside France.
fn postal_lines(a: &Address) -> Vec<String> {
    european_postal_lines(a, "FR", country_name)
}

fn country_name(code: &str) -> String {
    match code.to_ascii_uppercase().as_str() {
        "BE" => "BELGIQUE".into(),
        "CA" => "CANADA".into(),
        "CH" => "SUISSE".into(),
        "LU" => "LUXEMBOURG".into(),
        "DE" => "ALLEMAGNE".into(),
        other => other.to_string(),
    }
}

fn sender_block(p: &Party) -> Block {
    let mut ids = Vec::new();
    if p.kind != PartyKind::Consumer {
        match (&p.legal_form, &p.capital) {
            (Some(f), Some(c)) => ids.push(format!("{f} au capital de {c}")),
            (Some(f), None) => ids.push(f.clone()),
            _ => {}
        }
        if let Some(r) = &p.registration {
            let mut parts = Vec::new();
            if let Some(s) = &r.siren {
                parts.push(format!("SIREN {}", siren(s)));
            }
            if let Some(rcs) = &r.rcs {
                parts.push(format!("RCS {rcs}"));
            }
            if !parts.is_empty() {
                ids.push(parts.join(" — "));
            }
            if let Some(v) = &r.vat {
                ids.push(format!("TVA {v}"));
            }
        }
    }
    Block {
        name: p.name.trim().to_string(),
        lines: postal_lines(&p.address),
        ids,
        contact: contact_line(p.contact.as_ref(), WORDS.phone),
    }
}

/// A collection agency's letterhead (R124-4 1° CPCE: its name and address).
fn agency_block(r: &crate::case::model::Representative) -> Block {
    let as_party = Party {
        kind: PartyKind::Professional,
        name: r.name.clone(),
        legal_form: None,
        capital: None,
        registration: r.registration.clone(),
        attention: None,
        address: r.address.clone(),
        contact: r.contact.clone(),
        bank: r.bank.clone(),
        signatory: r.signatory.clone(),
        over_indebtedness: false,
        insolvency: None,
    };
    let mut block = sender_block(&as_party);
    block
        .ids
        .insert(0, "Recouvrement amiable de créances".to_string());
    block
}

fn payment_sentence(case: &crate::case::Case) -> Option<String> {
    let agency = super::agency(case);
    let (bank, payee) =
        match agency.and_then(|a| a.bank.as_ref().map(|b| (b, a.name.trim().to_string()))) {
            Some(x) => x,
            None => (case.creditor.bank.as_ref()?, party_name(&case.creditor)),
        };
    let bic = bank
        .bic
        .as_ref()
        .map(|b| format!(" (BIC {b})"))
        .unwrap_or_default();
    Some(nbsp_fr(&format!(
        "Le règlement peut être effectué par virement sur le compte IBAN {}{bic}, en rappelant la référence {}, ou par chèque à l'ordre {}.",
        bank.iban.trim().replace(' ', "\u{a0}"),
        case.reference,
        de(&payee)
    )))
}

/// The interest and the fees the notice claims, under the principal.
fn charges(c: &Computation) -> Vec<[String; 2]> {
    let mut rows = Vec::new();
    if !c.interest.is_empty() {
        rows.push([
            format!("{} au {}", interest_short_label(c), long_date(c.as_of)),
            format_eur_fr(c.totals.interest),
        ]);
    }
    let per_invoice = |f: &&FeeLine| f.kind == FeeKind::FlatIndemnity && f.invoice.is_some();
    let flat: Vec<&FeeLine> = c.fees.iter().filter(per_invoice).collect();
    if !flat.is_empty() {
        let total: Decimal = flat.iter().map(|f| f.amount).sum();
        let unit = flat[0].amount;
        rows.push([
            nbsp_fr(&format!(
                "Indemnités forfaitaires de recouvrement ({} × {}, art. D441-5 C. com.)",
                flat.len(),
                format_eur_fr(unit)
            )),
            format_eur_fr(total),
        ]);
    }
    for f in c.fees.iter().filter(|f| !per_invoice(f)) {
        rows.push([f.label.clone(), format_eur_fr(f.amount)]);
    }
    rows
}

fn interest_annex(c: &Computation) -> Annex {
    super::interest_annex(
        c,
        Locale::FrFr,
        format!("Annexe — Décompte des {}", annex_word(c.interest_kind)),
        annex_columns("Source du taux"),
        |l| l.rate_label.clone(),
        &NoteWords {
            imputation: "Les paiements sont imputés sur le principal des factures qu'ils désignent, à défaut sur la facture échue la plus ancienne (art. 1342-10 C. civ.).",
            simple_interest: "Intérêts simples : montant × taux × jours / 36 500 (base 365 jours, y compris les années bissextiles) ; premier et dernier jour inclus ; chaque période est coupée à chaque changement de semestre et à chaque paiement.",
            rounding: "Arrondi : chaque ligne est arrondie au centime le plus proche (un demi-centime est arrondi au centime supérieur).",
        },
    )
}

/// The interest annex's column headings in French, shared with Belgium's letters in French:
/// only the heading of the rate's source or kind (`nature`) differs.
pub(crate) fn annex_columns(nature: &str) -> [&str; 8] {
    [
        "Facture", "Du", "Au", "Jours", "Base", "Taux", nature, "Montant",
    ]
}

fn annex_word(k: InterestKind) -> &'static str {
    match k {
        InterestKind::Statutory | InterestKind::Contractual => "pénalités de retard",
        _ => "intérêts de retard",
    }
}

/// The interest line's name in the summary table.
fn interest_short_label(c: &Computation) -> &'static str {
    match c.interest_kind {
        InterestKind::Statutory => "Pénalités de retard (art. L441-10 II C. com.)",
        InterestKind::Contractual => "Pénalités de retard au taux contractuel",
        InterestKind::Legal => "Intérêts au taux légal (art. 1231-6 C. civ.)",
        InterestKind::None => "Intérêts",
    }
}

/// "de Martin" / "d'Atelier Dupont": French elision before a vowel or a mute h.
pub(crate) fn de(name: &str) -> String {
    let first = name
        .chars()
        .next()
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    match first {
        Some(
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'é' | 'è' | 'ê' | 'â' | 'î' | 'ô' | 'û' | 'à',
        ) => {
            format!("d'{name}")
        }
        _ => format!("de {name}"),
    }
}
