//! The payment-plan agreement (échéancier / plan d'apurement / afbetalingsplan / entente de
//! paiement / payment agreement), from the case's `plan` terms and [`crate::compute::plan`]:
//! the parties, the acknowledgment of the debt with its breakdown (it interrupts prescription:
//! art. 2240 C. civ. in France, art. 2248 old C. civ. in Belgium, arts 2898 and 2903 C.c.Q.),
//! the schedule to the cent, what happens to interest and fees, the interest during the plan,
//! the acceleration clause (déchéance du terme) with its notice, how to pay, and both parties'
//! signatures. The letterhead, address blocks, layout and language are those of the
//! jurisdiction's letters (france.md §7.2, belgium.md §7, quebec.md §5).

use rust_decimal::Decimal;

use super::locale::Locale;
use super::view::*;
use super::{DocInput, build_letter};
use crate::case::model::{AccruedTreatment, Frequency, Jurisdiction};
use crate::compute::plan::{self, LineKind};
use crate::rules::context::DocKind;

/// The agreement, or `None` when the case has no plan or it cannot be computed (`check`
/// reports why).
pub fn build(input: &DocInput) -> Option<View> {
    let case = input.case;
    let c = input.computation;
    let s = plan::schedule(case, c).ok()?;
    let loc = Locale::of(case);
    let mut view = build_letter(&DocInput {
        doc: DocKind::Reminder,
        ..*input
    });
    let creditor = super::fr::party_name(&case.creditor);
    let debtor = super::fr::party_name(&case.debtor);
    let title = loc.w(
        if case.jurisdiction == Jurisdiction::Be {
            "Plan d'apurement — reconnaissance de dette"
        } else {
            "Échéancier de paiement — reconnaissance de dette"
        },
        "Afbetalingsplan — schuldbekentenis",
        "Payment agreement — acknowledgment of debt",
    );
    if case.jurisdiction == Jurisdiction::Qc && loc != Locale::EnCa {
        // Québec French: « entente de paiement » (quebec.md §5).
        view.subject = "Entente de paiement — reconnaissance de dette".to_string();
    } else {
        view.subject = title.to_string();
    }
    view.doc = DocKind::PaymentPlan.slug();
    view.document_title = format!("{} — {}", view.subject, case.reference);
    view.channel = None;
    view.banners = Vec::new();
    view.salutation = String::new();
    view.summary = None;
    view.annex = None;
    view.payment = None;

    let money = |d: Decimal| loc.money(d);
    let mut body: Vec<Paragraph> = Vec::new();
    body.push(vec![t(loc.text(&match loc {
        Locale::NlBe => format!(
            "Tussen {creditor}, hierna „de schuldeiser”, en {debtor}, hierna „de schuldenaar”, wordt het volgende overeengekomen."
        ),
        Locale::EnCa => format!(
            "Between {creditor} (the “creditor”) and {debtor} (the “debtor”), it is agreed as follows."
        ),
        _ => format!(
            "Entre {creditor}, ci-après « le créancier », et {debtor}, ci-après « le débiteur », il est convenu ce qui suit."
        ),
    }))]);
    let article = match case.jurisdiction {
        Jurisdiction::Fr => "art. 2240 C. civ.",
        Jurisdiction::Be => loc.w("art. 2248 de l'ancien Code civil", "art. 2248 oud BW", ""),
        Jurisdiction::Qc => loc.w("art. 2898 et 2903 C.c.Q.", "", "arts 2898 and 2903 C.C.Q."),
    };
    let on = loc.long_date(s.acknowledged_on);
    body.push(match loc {
        Locale::NlBe => vec![
            b("1. Schuldbekentenis. "),
            t(format!("De schuldenaar erkent op {on} aan de schuldeiser het bedrag van ")),
            b(money(s.acknowledged.total)),
            t(format!(
                " verschuldigd te zijn (hoofdsom {}, interesten {}, kosten en vergoedingen {}). Deze erkenning stuit de verjaring ({article}).",
                money(s.acknowledged.principal),
                money(s.acknowledged.interest),
                money(s.acknowledged.fees)
            )),
        ],
        Locale::EnCa => vec![
            b("1. Acknowledgment of debt. "),
            t(format!("The debtor acknowledges owing the creditor, on {on}, the sum of ")),
            b(money(s.acknowledged.total)),
            t(format!(
                " (principal {}, interest {}, fees {}). This acknowledgment interrupts prescription ({article}).",
                money(s.acknowledged.principal),
                money(s.acknowledged.interest),
                money(s.acknowledged.fees)
            )),
        ],
        _ => vec![
            b("1. Reconnaissance de dette. "),
            t(loc.text(&format!("Le débiteur reconnaît devoir au créancier, au {on}, la somme de "))),
            b(money(s.acknowledged.total)),
            t(loc.text(&format!(
                " (principal {}, intérêts {}, frais et indemnités {}). Cette reconnaissance interrompt la prescription ({article}).",
                money(s.acknowledged.principal),
                money(s.acknowledged.interest),
                money(s.acknowledged.fees)
            ))),
        ],
    });
    let every = match (s.frequency, loc) {
        (Frequency::Weekly, Locale::NlBe) => "wekelijkse",
        (Frequency::Fortnightly, Locale::NlBe) => "tweewekelijkse",
        (Frequency::Monthly, Locale::NlBe) => "maandelijkse",
        (Frequency::Quarterly, Locale::NlBe) => "driemaandelijkse",
        (Frequency::Weekly, Locale::EnCa) => "weekly",
        (Frequency::Fortnightly, Locale::EnCa) => "fortnightly",
        (Frequency::Monthly, Locale::EnCa) => "monthly",
        (Frequency::Quarterly, Locale::EnCa) => "quarterly",
        (Frequency::Weekly, _) => "hebdomadaires",
        (Frequency::Fortnightly, _) => "bimensuelles",
        (Frequency::Monthly, _) => "mensuelles",
        (Frequency::Quarterly, _) => "trimestrielles",
    };
    let odd = s
        .remainder
        .as_ref()
        .map(|r| match loc {
            Locale::NlBe => format!(
                " De afbetaling nr. {} bedraagt {} om het saldo tot op de cent te vereffenen.",
                r.instalment,
                money(r.amount)
            ),
            Locale::EnCa => format!(
                " Instalment No. {} is {} so that the total is exact to the cent.",
                r.instalment,
                money(r.amount)
            ),
            _ => format!(
                " L'échéance n° {} est de {} afin que le total soit exact au centime.",
                r.instalment,
                money(r.amount)
            ),
        })
        .unwrap_or_default();
    let down = s
        .lines
        .iter()
        .find(|l| l.kind == LineKind::DownPayment)
        .map(|l| match loc {
            Locale::NlBe => format!(
                ", waarvan een voorschot van {} op {}, en het saldo",
                money(l.amount),
                loc.long_date(l.due_date)
            ),
            Locale::EnCa => format!(
                ": a down payment of {} on {}, then the balance",
                money(l.amount),
                loc.long_date(l.due_date)
            ),
            _ => format!(
                " : un acompte de {} le {}, puis le solde",
                money(l.amount),
                loc.long_date(l.due_date)
            ),
        })
        .unwrap_or_default();
    body.push(vec![
        b(loc.w("2. Échéancier. ", "2. Afbetalingen. ", "2. Schedule. ")),
        t(loc.text(&match loc {
            Locale::NlBe => format!(
                "De schuldenaar betaalt {}{down} in {} {every} afbetalingen van {}, volgens de onderstaande tabel.{odd}",
                money(s.base),
                s.instalments,
                money(s.regular_amount)
            ),
            Locale::EnCa => format!(
                "The debtor pays {}{down} in {} {every} instalments of {}, as set out in the table below.{odd}",
                money(s.base),
                s.instalments,
                money(s.regular_amount)
            ),
            _ => format!(
                "Le débiteur s'acquitte de la somme de {}{down} en {} échéances {every} de {}, selon le tableau ci-dessous.{odd}",
                money(s.base),
                s.instalments,
                money(s.regular_amount)
            ),
        })),
    ]);
    let schedule_rows = s
        .lines
        .iter()
        .map(|l| {
            vec![
                if l.kind == LineKind::DownPayment {
                    loc.w("Acompte", "Voorschot", "Down payment").to_string()
                } else {
                    l.number.to_string()
                },
                loc.short_date(l.due_date),
                money(l.capital),
                money(l.interest),
                money(l.amount),
                money(l.balance_after),
            ]
        })
        .collect();
    view.invoices = Some(Table {
        title: loc
            .w("Échéancier", "Afbetalingsschema", "Schedule")
            .to_string(),
        columns: match loc {
            Locale::NlBe => [
                "Nr.",
                "Vervaldag",
                "Kapitaal",
                "Interest",
                "Te betalen",
                "Saldo",
            ],
            Locale::EnCa => ["No.", "Due", "Principal", "Interest", "To pay", "Balance"],
            _ => [
                "N°",
                "Échéance",
                "Capital",
                "Intérêts",
                "À payer",
                "Reste dû",
            ],
        }
        .map(String::from)
        .to_vec(),
        align: vec!["left", "left", "right", "right", "right", "right"],
        rows: schedule_rows,
        total: Some(vec![
            loc.w("Total", "Totaal", "Total").to_string(),
            String::new(),
            money(s.base),
            money(s.total_interest),
            money(s.total_payable),
            String::new(),
        ]),
        fit: None,
    });

    let mut after: Vec<Paragraph> = Vec::new();
    let accrued = match (s.accrued, loc) {
        (AccruedTreatment::Included, Locale::NlBe) => {
            "De reeds vervallen interesten en vergoedingen zijn in het gespreide bedrag begrepen."
                .to_string()
        }
        (AccruedTreatment::Included, Locale::EnCa) => {
            "The interest and fees already accrued are included in the amount spread.".to_string()
        }
        (AccruedTreatment::Included, _) => {
            "Les intérêts et indemnités déjà échus sont compris dans la somme échelonnée."
                .to_string()
        }
        (AccruedTreatment::Waived, Locale::NlBe) => format!(
            "De schuldeiser ziet af van de reeds vervallen interesten en vergoedingen ({}).",
            money(s.set_aside)
        ),
        (AccruedTreatment::Waived, Locale::EnCa) => format!(
            "The creditor waives the interest and fees already accrued ({}).",
            money(s.set_aside)
        ),
        (AccruedTreatment::Waived, _) => format!(
            "Le créancier renonce aux intérêts et indemnités déjà échus ({}).",
            money(s.set_aside)
        ),
        (AccruedTreatment::WaivedIfKept, Locale::NlBe) => format!(
            "De reeds vervallen interesten en vergoedingen ({}) worden kwijtgescholden indien alle afbetalingen tijdig worden betaald; zo niet, zijn zij opeisbaar samen met het saldo.",
            money(s.set_aside)
        ),
        (AccruedTreatment::WaivedIfKept, Locale::EnCa) => format!(
            "The interest and fees already accrued ({}) are waived if every instalment is paid on time; otherwise they are due with the balance.",
            money(s.set_aside)
        ),
        (AccruedTreatment::WaivedIfKept, _) => format!(
            "Les intérêts et indemnités déjà échus ({}) sont abandonnés si toutes les échéances sont payées à leur date ; à défaut, ils deviennent exigibles avec le solde.",
            money(s.set_aside)
        ),
    };
    let during = match (s.interest_rate.filter(|r| *r > Decimal::ZERO), loc) {
        (Some(r), Locale::NlBe) => format!(
            " Tijdens het plan brengt het openstaande kapitaal een interest op van {} per jaar.",
            loc.percent(r)
        ),
        (Some(r), Locale::EnCa) => format!(
            " During the plan, the outstanding principal bears interest at {} per annum.",
            loc.percent(r)
        ),
        (Some(r), _) => format!(
            " Pendant le plan, le capital restant dû porte intérêt au taux de {} l'an.",
            loc.percent(r)
        ),
        (None, Locale::NlBe) => " Tijdens het plan loopt geen interest.".to_string(),
        (None, Locale::EnCa) => " No interest runs during the plan.".to_string(),
        (None, _) => " Aucun intérêt ne court pendant le plan.".to_string(),
    };
    after.push(vec![
        b(loc.w(
            "3. Intérêts et frais. ",
            "3. Interesten en kosten. ",
            "3. Interest and fees. ",
        )),
        t(loc.text(&format!("{accrued}{during}"))),
    ]);
    let days = s.acceleration_notice_days;
    after.push(vec![
        b(loc.w("4. Déchéance du terme. ", "4. Verval van de termijn. ", "4. Acceleration. ")),
        t(loc.text(&match loc {
            Locale::NlBe => format!("Wordt een afbetaling niet op haar vervaldag betaald en blijft een ingebrekestelling gedurende {days} dagen zonder gevolg, dan wordt het volledige saldo onmiddellijk opeisbaar, zonder verdere formaliteit."),
            Locale::EnCa => format!("If an instalment is not paid when due and a formal notice remains without effect for {days} days, the whole balance becomes immediately payable (loss of the benefit of the term), without further formality."),
            _ => format!("À défaut de paiement d'une seule échéance à sa date, et {days} jours après une mise en demeure restée sans effet, la totalité des sommes restant dues deviendra immédiatement exigible (déchéance du terme), sans autre formalité."),
        })),
    ]);
    if case.jurisdiction == Jurisdiction::Fr {
        after.push(vec![t(loc.text(
            "Le présent échéancier est amiable. Pour mémoire, le juge peut, en dehors de tout accord, reporter ou échelonner le paiement des sommes dues dans la limite de deux années (art. 1343-5 C. civ.).",
        ))]);
    }
    view.body = body;
    view.after_summary = after;
    view.closing = loc.text(&match loc {
        Locale::NlBe => format!("Opgemaakt te {}, op {}, in twee exemplaren, waarvan elke partij erkent er één te hebben ontvangen.", case.place.trim(), loc.long_date(case.date)),
        Locale::EnCa => format!("Made at {}, on {}, in two copies, each party acknowledging receipt of one.", case.place.trim(), loc.long_date(case.date)),
        _ => format!("Fait à {}, le {}, en deux exemplaires originaux, dont un pour chaque partie.", case.place.trim(), loc.long_date(case.date)),
    });
    let creditor_sig = super::signature_of(case);
    view.signatures = vec![
        SignatureSlot {
            label: loc
                .w("Le créancier", "De schuldeiser", "The creditor")
                .to_string(),
            name: creditor_sig.name,
            capacity: creditor_sig.capacity,
            note: String::new(),
        },
        SignatureSlot {
            label: loc
                .w("Le débiteur", "De schuldenaar", "The debtor")
                .to_string(),
            name: debtor,
            capacity: String::new(),
            note: loc
                .w(
                    "« Lu et approuvé, bon pour reconnaissance de dette »",
                    "„Gelezen en goedgekeurd, goed voor schuldbekentenis”",
                    "“Read and approved, acknowledgment of debt”",
                )
                .to_string(),
        },
    ];
    Some(view)
}
