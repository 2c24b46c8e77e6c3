//! Belgium, art. 1394/21 C. jud.: the reply form (formulaire de réponse / antwoordformulier)
//! annexed to the huissier's sommation on the uncontested-B2B-debt route, pre-filled from the
//! case.
//!
//! The official model is fixed by the royal decree of 16 June 2016 (MB 22 June 2016), whose
//! text our notes have not seen (belgium.md §8b) [U]. This form follows the *content* of
//! art. 1394/22 — within one month of the sommation the debtor may pay in full, ask for
//! payment facilities, or contest the debt with reasons, and only the form counts (not an
//! e-mail or a phone call) [C] — and the structure secondary sources describe; it says so on
//! its face, and the huissier must use the official model.

use super::be::bce;
use super::locale::Locale;
use super::view::{FormOption, ReplyForm, Summary};
use crate::case::model::{Address, Case, Party, RepresentativeKind};
use crate::compute::be::damages::{UncontestedClaim, b2b_flat_indemnity};
use crate::compute::calendar::Deadline;
use crate::compute::procedure::court::uncontested_periods;
use chrono::NaiveDate;

fn one_line(a: &Address) -> String {
    let mut parts: Vec<String> = a
        .lines
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    parts.push(format!("{} {}", a.postcode.trim(), a.city.trim()));
    parts.join(", ")
}

/// "Brasserie du Parc SA — BCE 0412.345.614 — Rue de Fer 30, 5000 Namur".
fn party_line(p: &Party, loc: Locale) -> String {
    let mut parts = vec![super::fr::party_name(p)];
    match p.registration.as_ref().and_then(|r| r.bce.as_deref()) {
        Some(n) => parts.push(format!("{} {}", loc.w("BCE", "KBO", "BCE"), bce(n))),
        None => parts.push(
            loc.w(
                "BCE [à compléter]",
                "KBO [aan te vullen]",
                "BCE [to complete]",
            )
            .to_string(),
        ),
    }
    parts.push(one_line(&p.address));
    parts.join(" — ")
}

/// The huissier to whom the form is returned: `injunction.bailiff`, else a representative who
/// is a bailiff; `None` leaves the address for completion.
fn bailiff_lines(case: &Case) -> Option<String> {
    if let Some(b) = case.injunction.as_ref().and_then(|i| i.bailiff.as_ref()) {
        let mut s = format!("{} — {}", b.name.trim(), one_line(&b.address));
        if let Some(c) = &b.contact {
            // A phone number never breaks across lines.
            for x in [&c.phone, &c.email].into_iter().flatten() {
                s.push_str(" — ");
                s.push_str(&x.trim().replace(' ', "\u{a0}"));
            }
        }
        return Some(s);
    }
    case.representative
        .as_ref()
        .filter(|r| r.kind == RepresentativeKind::Bailiff)
        .map(|r| format!("{} — {}", r.name.trim(), one_line(&r.address)))
}

/// The sommation's date (`injunction.sommation_date`, else the document date, and whether the
/// case gave it), the last day to answer (one month, art. 1394/22) and the earliest day for
/// the PV of non-contestation.
pub fn periods(case: &Case) -> Option<(NaiveDate, bool, Deadline, NaiveDate)> {
    let given = case.injunction.as_ref().and_then(|i| i.sommation_date);
    let served = given.unwrap_or(case.date);
    let (reply, pv) = uncontested_periods(served)?;
    Some((served, given.is_some(), reply, pv))
}

/// The pre-filled reply form for the case, with the amounts `u` the route may claim for `late`
/// late invoices (40 € each). `None`
/// when the deadline cannot be computed (a date out of the calendar's range).
pub fn build(case: &Case, u: &UncontestedClaim, late: u32, loc: Locale) -> Option<ReplyForm> {
    let (served, served_given, reply, pv) = periods(case)?;
    let fr = !matches!(loc, Locale::NlBe);
    let w = |f: &'static str, n: &'static str| if fr { f } else { n };
    let served_text = if served_given {
        loc.long_date(served)
    } else {
        format!(
            "{} {}",
            loc.long_date(served),
            w(
                "(date du projet ; à corriger si la sommation est signifiée plus tard)",
                "(datum van het ontwerp; aan te passen als de aanmaning later wordt betekend)"
            )
        )
    };
    let moved = reply.moved_because.as_ref().map(|_| {
        w(
            " ; l'échéance tombant un jour non ouvrable, elle est reportée au jour ouvrable suivant",
            "; daar de vervaldag geen werkdag is, wordt hij verplaatst naar de volgende werkdag",
        )
    });
    let deadline = if fr {
        format!(
            "Délai de réponse : au plus tard le {} (un mois à compter de la signification de la sommation, art. 1394/22 C. jud.{}).",
            loc.long_date(reply.effective),
            moved.unwrap_or("")
        )
    } else {
        format!(
            "Antwoordtermijn: uiterlijk op {} (één maand vanaf de betekening van de aanmaning, art. 1394/22 Ger.W.{}).",
            loc.long_date(reply.effective),
            moved.unwrap_or("")
        )
    };
    let fill = w("[à compléter]", "[aan te vullen]");
    let to_complete_by_bailiff = w(
        "[à compléter par l'huissier]",
        "[in te vullen door de gerechtsdeurwaarder]",
    );
    Some(ReplyForm {
        title: w("FORMULAIRE DE RÉPONSE", "ANTWOORDFORMULIER").to_string(),
        subtitle: w(
            "Recouvrement de dettes d'argent non contestées — articles 1394/21 et 1394/22 du Code judiciaire",
            "Invordering van onbetwiste geldschulden — artikelen 1394/21 en 1394/22 van het Gerechtelijk Wetboek",
        )
        .to_string(),
        notice: loc.text(w(
            "Modèle établi par creance, à vérifier : ce formulaire suit le contenu de l'article 1394/22 du Code judiciaire et la structure décrite par des sources secondaires. L'huissier de justice doit joindre à la sommation le modèle officiel fixé par l'arrêté royal du 16 juin 2016 (Moniteur belge du 22 juin 2016), dont le texte n'a pas été vu [U].",
            "Model opgesteld door creance, na te kijken: dit formulier volgt de inhoud van artikel 1394/22 van het Gerechtelijk Wetboek en de opbouw die secundaire bronnen beschrijven. De gerechtsdeurwaarder moet bij de aanmaning het officiële model voegen dat is vastgesteld bij het koninklijk besluit van 16 juni 2016 (Belgisch Staatsblad van 22 juni 2016), waarvan de tekst niet werd ingezien [U].",
        )),
        rows: vec![
            [
                w("Dossier", "Dossier").to_string(),
                case.reference.trim().to_string(),
            ],
            [
                w("Sommation signifiée le", "Aanmaning betekend op").to_string(),
                loc.text(&served_text),
            ],
            [
                w("Créancier", "Schuldeiser").to_string(),
                party_line(&case.creditor, loc),
            ],
            [
                w("Débiteur", "Schuldenaar").to_string(),
                party_line(&case.debtor, loc),
            ],
        ],
        return_to: [
            w(
                "À renvoyer à",
                "Terugsturen naar",
            )
            .to_string(),
            bailiff_lines(case).unwrap_or_else(|| {
                w(
                    "[nom et adresse de l'huissier de justice à compléter]",
                    "[naam en adres van de gerechtsdeurwaarder aan te vullen]",
                )
                .to_string()
            }),
        ],
        deadline: loc.text(&deadline),
        how: loc.text(w(
            "Seule une réponse donnée au moyen de ce formulaire, daté et signé, et reçue par l'huissier de justice dans ce délai est prise en compte. Un courriel ou un appel téléphonique ne vaut pas réponse.",
            "Alleen een antwoord met dit formulier, gedateerd en ondertekend, dat de gerechtsdeurwaarder binnen die termijn ontvangt, wordt in aanmerking genomen. Een e-mail of een telefoongesprek geldt niet als antwoord.",
        )),
        amounts: Summary {
            title: w("Montants réclamés", "Gevorderde bedragen").to_string(),
            rows: vec![
                [
                    w("Principal", "Hoofdsom").to_string(),
                    loc.money(u.principal),
                ],
                [
                    loc.text(&format!(
                        "{} {})",
                        w(
                            "Intérêts et clause pénale (au plus 10 % du principal :",
                            "Interesten en strafbeding (ten hoogste 10 % van de hoofdsom:"
                        ),
                        loc.money(u.increase_cap)
                    )),
                    loc.money(u.increase),
                ],
                [
                    format!(
                        "{} ({} × {})",
                        w("Indemnité forfaitaire", "Forfaitaire vergoeding"),
                        loc.money(b2b_flat_indemnity(1)),
                        late
                    ),
                    loc.money(u.flat_indemnity),
                ],
                [
                    w("Coût de la sommation", "Kosten van de aanmaning").to_string(),
                    to_complete_by_bailiff.to_string(),
                ],
            ],
            total: [
                w(
                    "Total (hors coût de la sommation)",
                    "Totaal (zonder de kosten van de aanmaning)",
                )
                .to_string(),
                loc.money(u.total),
            ],
        },
        options_title: w(
            "Votre réponse — cochez une seule case",
            "Uw antwoord — kruis één vakje aan",
        )
        .to_string(),
        options: vec![
            FormOption {
                title: w(
                    "1. Je paie la totalité de la somme réclamée.",
                    "1. Ik betaal het volledige gevorderde bedrag.",
                )
                .to_string(),
                text: loc.text(w(
                    "Le paiement est fait selon les modalités indiquées dans la sommation.",
                    "De betaling gebeurt op de wijze die in de aanmaning is vermeld.",
                )),
                fields: vec![
                    loc.text(w("Montant payé :", "Betaald bedrag:")),
                    loc.text(w("Date du paiement :", "Datum van de betaling:")),
                ],
                lines: 0,
            },
            FormOption {
                title: w(
                    "2. Je demande des facilités de paiement (plan d'apurement).",
                    "2. Ik vraag betalingsfaciliteiten (afbetalingsplan).",
                )
                .to_string(),
                text: loc.text(w(
                    "Je propose le plan suivant :",
                    "Ik stel het volgende plan voor:",
                )),
                fields: [
                    w("Nombre de versements :", "Aantal afbetalingen:"),
                    w("Montant de chaque versement :", "Bedrag van elke afbetaling:"),
                    w("Date du premier versement :", "Datum van de eerste afbetaling:"),
                    w("Périodicité (mensuelle…) :", "Periodiciteit (maandelijks…):"),
                ]
                .map(|l| loc.text(l))
                .to_vec(),
                lines: 1,
            },
            FormOption {
                title: w(
                    "3. Je conteste la dette.",
                    "3. Ik betwist de schuld.",
                )
                .to_string(),
                text: loc.text(w(
                    "Pour les motifs suivants (une contestation doit être motivée) :",
                    "Om de volgende redenen (een betwisting moet gemotiveerd zijn):",
                )),
                fields: Vec::new(),
                lines: 5,
            },
        ],
        signature: vec![
            w("Date", "Datum").to_string(),
            w(
                "Nom et qualité du signataire",
                "Naam en hoedanigheid van de ondertekenaar",
            )
            .to_string(),
            w("Signature", "Handtekening").to_string(),
        ],
        footer: vec![
            loc.text(&if fr {
                format!(
                    "Sans paiement, sans demande de facilités accordée et sans contestation motivée dans le délai, l'huissier de justice peut dresser un procès-verbal de non-contestation au plus tôt huit jours après l'expiration du délai (pas avant le {}) ; un magistrat le déclare exécutoire (art. 1394/20 et suivants C. jud.).",
                    loc.long_date(pv)
                )
            } else {
                format!(
                    "Zonder betaling, zonder toegestane betalingsfaciliteiten en zonder gemotiveerde betwisting binnen de termijn kan de gerechtsdeurwaarder ten vroegste acht dagen na het verstrijken van de termijn een proces-verbaal van niet-betwisting opstellen (niet vóór {}); een magistraat verklaart het uitvoerbaar (art. 1394/20 e.v. Ger.W.).",
                    loc.long_date(pv)
                )
            }),
            format!("{} {fill}", w("Dossier de l'huissier :", "Dossier van de gerechtsdeurwaarder:")),
        ],
    })
}
