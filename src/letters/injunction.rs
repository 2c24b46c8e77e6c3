//! The court-request draft, always marked as a draft for a lawyer's review: France's requête
//! en injonction de payer (arts 1405 ff. CPC), Belgium's requête (arts 1338 ff. C. jud.) or
//! the art. 1394/20 summons to pay through a huissier, Québec's small-claims or originating
//! application (no ex parte order exists there). The route, the court and why, the claim with
//! its breakdown, and the numbered exhibits all come from [`crate::compute::procedure`]; the
//! court's address block is left for completion when the case does not give it.

use super::locale::Locale;
use super::view::*;
use super::{DocInput, build_letter};
use crate::compute::procedure::court::{self, Route};
use crate::compute::procedure::exhibits;
use crate::rules::context::DocKind;

/// The draft, or `Err` with why this case cannot have one yet (the route is closed).
pub fn build(input: &DocInput) -> Result<View, String> {
    let case = input.case;
    let c = input.computation;
    let loc = Locale::of(case);
    let lang = loc.language();
    let p = court::procedure(case, c);
    if !p.available {
        let why: Vec<&str> = p.unavailable_because.iter().map(|r| r.text(lang)).collect();
        return Err(format!("the court request is not open: {}", why.join("; ")));
    }
    // A German-language seat: creance has no German documents, and an act in French or Dutch
    // there would be void (law of 15 June 1935, art. 2bis) — refuse rather than render it.
    if let Some(why) = p.language.as_ref().and_then(|l| l.refusal()) {
        return Err(why);
    }
    let mut view = build_letter(&DocInput {
        doc: DocKind::Reminder,
        ..*input
    });
    view.doc = DocKind::Injunction.slug();
    view.draft = true;
    view.watermark = Some(loc.w("PROJET", "ONTWERP", "DRAFT").to_string());
    let title = match (p.route, loc) {
        (Route::FrOrderForPayment, _) => "Requête en injonction de payer",
        (Route::BeSummaryOrder, Locale::NlBe) => "Verzoekschrift tot betalingsbevel",
        (Route::BeSummaryOrder, _) => "Requête en injonction de payer",
        (Route::BeUncontestedDebt, Locale::NlBe) => "Aanmaning tot betalen (art. 1394/21 Ger.W.)",
        (Route::BeUncontestedDebt, _) => "Sommation de payer (art. 1394/21 C. jud.)",
        (Route::QcSmallClaims, Locale::EnCa) => "Application — Small Claims Division",
        (Route::QcSmallClaims, _) => "Demande — Division des petites créances",
        (Route::QcOriginatingApplication, Locale::EnCa) => "Originating application (outline)",
        (Route::QcOriginatingApplication, _) => "Demande introductive d'instance (canevas)",
    };
    view.subject = title.to_string();
    view.document_title = format!("{title} — {}", case.reference);
    view.channel = None;
    view.banners = vec![
        loc.w(
            "PROJET À FAIRE RELIRE PAR UN AVOCAT AVANT TOUT DÉPÔT",
            "ONTWERP, TE LATEN NAKIJKEN DOOR EEN ADVOCAAT VÓÓR INDIENING",
            "DRAFT FOR A LAWYER'S REVIEW BEFORE ANY FILING",
        )
        .to_string(),
    ];
    // The court replaces the debtor in the window: the request is addressed to it.
    let court_name = p
        .court
        .map(|k| k.name(lang).to_string())
        .unwrap_or_else(|| {
            loc.w("Huissier de justice", "Gerechtsdeurwaarder", "Bailiff")
                .to_string()
        });
    // On the art. 1394/20 route the draft goes to the huissier who will serve it, when known.
    let bailiff = case
        .injunction
        .as_ref()
        .and_then(|i| i.bailiff.as_ref())
        .filter(|_| p.route == Route::BeUncontestedDebt);
    view.recipient = match (&p.court_address, bailiff) {
        (_, Some(bf)) => Block {
            name: bf.name.clone(),
            lines: {
                let mut l: Vec<String> = bf.address.lines.clone();
                l.push(format!(
                    "{} {}",
                    bf.address.postcode,
                    bf.address.city.to_uppercase()
                ));
                l
            },
            ids: Vec::new(),
            contact: Vec::new(),
        },
        (Some(a), None) => Block {
            name: a.name.clone(),
            lines: a
                .address
                .as_ref()
                .map(|ad| {
                    let mut l: Vec<String> = ad.lines.clone();
                    l.push(format!("{} {}", ad.postcode, ad.city.to_uppercase()));
                    l
                })
                .unwrap_or_default(),
            ids: Vec::new(),
            contact: Vec::new(),
        },
        (None, None) => Block {
            name: court_name.clone(),
            lines: vec![
                format!(
                    "({} {})",
                    loc.w("ressort de", "rechtsgebied van", "district of"),
                    p.debtor_place
                ),
                loc.w(
                    "[adresse à compléter]",
                    "[adres aan te vullen]",
                    "[address to complete]",
                )
                .to_string(),
            ],
            ids: Vec::new(),
            contact: Vec::new(),
        },
    };
    view.salutation = String::new();
    // "Restaurant Chez Lise inc." ends its own sentence: no second full stop.
    let stop = |name: String| {
        if name.ends_with('.') {
            name
        } else {
            format!("{name}.")
        }
    };
    let debtor = stop(super::fr::party_name(&case.debtor));
    let creditor = stop(super::fr::party_name(&case.creditor));
    let mut body: Vec<Paragraph> = vec![vec![t(loc.text(&match loc {
        Locale::NlBe => format!(
            "Verzoeker: {creditor} Verweerder: {debtor} Verzoeker vordert de betaling van een zekere en opeisbare geldsom van contractuele oorsprong, zoals hieronder uiteengezet."
        ),
        Locale::EnCa => format!(
            "Applicant: {creditor} Defendant: {debtor} The applicant claims payment of a determined sum of money owed under a contract, as detailed below."
        ),
        _ => format!(
            "Demandeur : {creditor} Défendeur : {debtor} Le demandeur sollicite le paiement d'une somme d'argent déterminée, due en vertu d'un contrat, détaillée ci-dessous."
        ),
    }))]];
    let mut why = vec![b(loc.w(
        "Juridiction et procédure. ",
        "Rechtbank en procedure. ",
        "Court and procedure. ",
    ))];
    why.push(t(loc.text(
        &p.reasons
            .iter()
            .map(|r| format!("{} ({})", r.text(lang), r.article(lang)))
            .collect::<Vec<_>>()
            .join(" "),
    )));
    body.push(why);
    if let Some(l) = &p.language {
        body.push(vec![
            b(loc.w(
                "Langue de la procédure. ",
                "Taal van de rechtspleging. ",
                "Language of the proceedings. ",
            )),
            t(loc.text(&format!(
                "{} ({}) [{}]",
                l.statement(lang),
                l.article(lang),
                l.confidence
            ))),
        ]);
    }
    if let Some(f) = &p.form {
        body.push(vec![t(loc.text(&format!(
            "{} {} [{}]",
            loc.w("Formulaire Cerfa n°", "Formulier", "Form"),
            f.reference(),
            f.confidence
        )))]);
    }
    if let Some(u) = &p.uncontested {
        body.push(vec![t(loc.text(&match loc {
            Locale::NlBe => format!(
                "Bovengrens van deze procedure (art. 1394/20 Ger.W.): hoofdsom {} + verhoging van ten hoogste 10 % ({}) + forfaitaire vergoedingen {} = {}.",
                loc.money(u.principal),
                loc.money(u.increase),
                loc.money(u.flat_indemnity),
                loc.money(u.total)
            ),
            _ => format!(
                "Plafond de cette procédure (art. 1394/20 C. jud.) : principal {} + majoration d'au plus 10 % ({}) + indemnités forfaitaires {} = {}.",
                loc.money(u.principal),
                loc.money(u.increase),
                loc.money(u.flat_indemnity),
                loc.money(u.total)
            ),
        }))]);
    }
    if p.route == Route::BeUncontestedDebt
        && let Some((_, _, reply, _)) = super::reply_form::periods(case)
    {
        body.push(vec![t(loc.text(&match loc {
            Locale::NlBe => format!(
                "De schuldenaar wordt aangemaand het gevorderde bedrag binnen één maand na de betekening van deze aanmaning te betalen, uiterlijk op {}. Binnen die termijn kan hij ook betalingsfaciliteiten vragen of de schuld gemotiveerd betwisten, uitsluitend met het bijgevoegde antwoordformulier (art. 1394/21 en 1394/22 Ger.W.).",
                loc.long_date(reply.effective)
            ),
            _ => format!(
                "Le débiteur est sommé de payer la somme réclamée dans le mois de la signification de la présente sommation, soit au plus tard le {}. Dans ce délai, il peut aussi demander des facilités de paiement ou contester la dette en motivant sa contestation, uniquement au moyen du formulaire de réponse joint (art. 1394/21 et 1394/22 C. jud.).",
                loc.long_date(reply.effective)
            ),
        }))]);
    }
    view.body = body;
    view.summary = Some(match &p.uncontested {
        // Art. 1394/20: what the route may claim, interest and penalty capped at 10 %.
        Some(u) => Summary {
            title: loc
                .w("Somme réclamée", "Gevorderd bedrag", "Amount claimed")
                .to_string(),
            rows: vec![
                [
                    loc.w("Principal", "Hoofdsom", "Principal").to_string(),
                    loc.money(u.principal),
                ],
                [
                    loc.w(
                        "Intérêts et clause pénale (plafonnés à 10 %)",
                        "Interesten en strafbeding (beperkt tot 10 %)",
                        "Interest and penalty clause (capped at 10%)",
                    )
                    .to_string(),
                    loc.money(u.increase),
                ],
                [
                    loc.w(
                        "Indemnités forfaitaires",
                        "Forfaitaire vergoedingen",
                        "Flat indemnities",
                    )
                    .to_string(),
                    loc.money(u.flat_indemnity),
                ],
            ],
            total: [
                loc.w("Total", "Totaal", "Total").to_string(),
                loc.money(u.total),
            ],
        },
        None => Summary {
            title: loc
                .w("Somme réclamée", "Gevorderd bedrag", "Amount claimed")
                .to_string(),
            rows: {
                let mut rows = vec![[
                    loc.w("Principal", "Hoofdsom", "Principal").to_string(),
                    loc.money(c.totals.principal),
                ]];
                if c.totals.interest > rust_decimal::Decimal::ZERO {
                    rows.push([
                        loc.w("Intérêts", "Interesten", "Interest").to_string(),
                        loc.money(c.totals.interest),
                    ]);
                }
                if c.totals.fees > rust_decimal::Decimal::ZERO {
                    rows.push([
                        loc.w(
                            "Indemnités et frais",
                            "Vergoedingen en kosten",
                            "Indemnities and fees",
                        )
                        .to_string(),
                        loc.money(c.totals.fees),
                    ]);
                }
                rows
            },
            total: [
                loc.w("Total", "Totaal", "Total").to_string(),
                loc.money(c.totals.total),
            ],
        },
    });
    let exhibit_rows = exhibits::exhibits(case)
        .into_iter()
        .map(|e| {
            let mut what = vec![e.kind.label(lang).to_string()];
            what.extend(e.reference.clone());
            what.extend(e.description.clone());
            if let Some(proof) = &e.proof {
                what.push(format!("{} {proof}", loc.w("preuve", "bewijs", "proof")));
            }
            vec![
                exhibits::number_label(case.jurisdiction, lang, e.number),
                what.join(" — "),
                e.date.map(|d| loc.short_date(d)).unwrap_or_default(),
                e.amount.map(|a| loc.money(a)).unwrap_or_default(),
            ]
        })
        .collect();
    view.annex = Some(Annex {
        table: Table {
            title: loc
                .w(
                    "Bordereau de pièces",
                    "Inventaris van de stukken",
                    "List of exhibits",
                )
                .to_string(),
            columns: match loc {
                Locale::NlBe => ["Stuk", "Omschrijving", "Datum", "Bedrag"],
                Locale::EnCa => ["Exhibit", "Description", "Date", "Amount"],
                _ => ["Pièce", "Description", "Date", "Montant"],
            }
            .map(String::from)
            .to_vec(),
            align: vec!["left", "left", "left", "right"],
            rows: exhibit_rows,
            total: None,
            fit: None,
        },
        notes: p
            .notes
            .iter()
            .map(|n| {
                loc.text(&format!(
                    "{} ({}) [{}]",
                    n.text(lang),
                    n.article(lang),
                    n.confidence
                ))
            })
            .collect(),
    });
    // Art. 1394/21: the sommation comes with the statutory reply form.
    if let (Route::BeUncontestedDebt, Some(u)) = (p.route, &p.uncontested) {
        view.reply_form =
            super::reply_form::build(case, u, court::uncontested_late_invoices(c), loc);
        if view.reply_form.is_none() {
            return Err(
                "the reply form's deadline cannot be computed from the sommation date".into(),
            );
        }
    }
    view.after_summary = Vec::new();
    view.payment = None;
    view.closing = loc.text(&match loc {
        Locale::NlBe => format!(
            "Opgemaakt te {}, op {}.",
            case.place.trim(),
            loc.long_date(case.date)
        ),
        Locale::EnCa => format!("{}, {}.", case.place.trim(), loc.long_date(case.date)),
        _ => format!(
            "Fait à {}, le {}.",
            case.place.trim(),
            loc.long_date(case.date)
        ),
    });
    Ok(view)
}
