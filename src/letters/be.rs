//! Belgian letters, in French or Dutch (the recipient's language, chosen in the case):
//!
//! - the reminder — for a consumer's debt with no reminder sent yet, the **free first reminder**
//!   of Book XIX CDE with its four mentions (amount due and what will be claimed after the
//!   period; the creditor's name and enterprise number; the product or service and its due
//!   date; the 14 calendar days, with their first and last day computed and printed);
//! - the mise en demeure / ingebrekestelling — B2B under the law of 2 August 2002 (interest of
//!   plein droit from the day after the due date, 40 € per invoice), a consumer's debt after the
//!   free period (capped interest and indemnity, art. XIX.4), or the civil legal rate; a
//!   collector's letter (lawyer, bailiff, agency) to a consumer carries the XIX.7 §2 mentions,
//!   and a lawyer's or bailiff's registered letter states its interruptive effect (art. 2244 §2
//!   old C. civ.).
//!
//! Every letter ends with the payment details: the structured communication (OGM-VCS) and an
//! EPC QR code the debtor's banking app reads. Sentences exist in both languages side by side
//! (`x.w(fr, nl)`). A4, window on the right, amounts `1 234,56 €` / `€ 1.234,56`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::address::{contact_line, european_postal_lines, one_line_address};
use super::be_facts as letter_facts;
use super::fr::party_name;
use super::locale::Locale;
use super::skeleton::{
    ChannelWords, Closing, Greetings, LabelWords, Letter, Phrasebook, SummaryWords, Words, claimed,
    delay_and_channel,
};
use super::view::*;
use super::{DocInput, InvoiceTableWords, NoteWords, payment_deadline, unpaid_invoices};
use crate::case::Case;
use crate::case::model::{
    Address, Channel, FeeKind, HistoryKind, InterestKind, Party, RepresentativeKind,
};
use crate::compute::be::regime::{Regime, regime};
use crate::compute::calendar::Calendar;
use crate::compute::claim::Computation;
use crate::rules::context::DocKind;

impl Words {
    /// Whether the letter is in Dutch.
    fn nl(self) -> bool {
        self.other()
    }
}

/// The frame of a Belgian letter in French: France's words but for the delivery lines, the
/// invoice table's and the titles. The titles are those of both languages, whatever the
/// letter's: Brussels letters meet both.
const FR: Phrasebook = Phrasebook {
    jurisdiction: "be",
    loc: Locale::FrBe,
    channels: ChannelWords {
        registered: "Par envoi recommandé",
        registered_email: "Par envoi recommandé électronique",
        bailiff: "Par exploit d'huissier de justice",
        email: "Par courriel",
        hand: "Remis en mains propres",
    },
    tracking: " — ",
    sir_titles: &["M. ", "Monsieur", "Dhr. ", "De heer", "Mijnheer"],
    madam_titles: &["Mme", "Madame", "Mevr", "Mevrouw"],
    invoices: InvoiceTableWords {
        columns: ["Facture", "Date", "Échéance", "Montant", "Payé", "Reste dû"],
        ..super::fr::WORDS.invoices
    },
    postal_lines,
    ..super::fr::WORDS
};

/// The same frame in Dutch.
const NL: Phrasebook = Phrasebook {
    loc: Locale::NlBe,
    our_reference: "Onze ref.",
    your_reference: "Uw ref.",
    attention: "T.a.v.",
    phone: "Tel.",
    channels: ChannelWords {
        registered: "Aangetekend",
        registered_email: "Elektronisch aangetekend",
        bailiff: "Bij gerechtsdeurwaardersexploot",
        email: "Per e-mail",
        hand: "Persoonlijk overhandigd",
    },
    greetings: Greetings {
        sir: "Geachte heer,",
        madam: "Geachte mevrouw,",
        either: "Geachte mevrouw, geachte heer,",
    },
    closing: Closing::Words {
        notice: "Hoogachtend,",
        reminder: "Met vriendelijke groeten,",
    },
    invoices: InvoiceTableWords {
        one: "Openstaande factuur",
        many: "Openstaande facturen",
        columns: [
            "Factuur",
            "Datum",
            "Vervaldag",
            "Bedrag",
            "Betaald",
            "Openstaand",
        ],
        total: "Totaal",
    },
    summary: SummaryWords {
        title: "Gevorderd bedrag",
        principal: "Openstaande hoofdsom",
        total: "Totaal gevorderd",
    },
    labels: LabelWords {
        subject: "Betreft",
        page: "Pagina",
        findings_title: "Te verbeteren vóór verzending",
        draft_notice: "ONTWERP — werkdocument, niet versturen",
        watermark: "ONTWERP",
    },
    ..FR
};

/// The first reminder already sent (the earliest reminder or notice in the history), or none.
fn first_reminder_sent(case: &Case) -> Option<NaiveDate> {
    case.history
        .iter()
        .filter(|h| matches!(h.kind, HistoryKind::Reminder | HistoryKind::FormalNotice))
        .map(|h| h.date)
        .min()
}

/// `0123456789` → `0123.456.789` (a 9-digit number gets its leading 0).
pub(crate) fn bce(s: &str) -> String {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let digits = if digits.len() == 9 {
        format!("0{digits}")
    } else {
        digits
    };
    if digits.len() == 10 {
        format!("{}.{}.{}", &digits[0..4], &digits[4..7], &digits[7..10])
    } else {
        s.trim().to_string()
    }
}

pub fn build(input: &DocInput) -> View {
    let case = input.case;
    let c = input.computation;
    let x = Words::of(case, &FR, &NL);
    let loc = x.loc;
    let formal = input.doc == DocKind::FormalNotice;
    let regime = regime(case);
    let collector = case.representative.as_ref();
    let lawyer_or_bailiff = collector.is_some_and(|r| {
        matches!(
            r.kind,
            RepresentativeKind::Lawyer | RepresentativeKind::Bailiff
        )
    });
    let sent = first_reminder_sent(case);
    // This reminder is the free first reminder of Book XIX: a consumer's debt, nothing sent.
    let first_reminder = !formal && regime == Regime::Consumer && sent.is_none();

    let shown = unpaid_invoices(c);
    let plural = shown.len() > 1;
    // The free first reminder gives its 14 calendar days (XIX.2), a later one 8.
    let (days, channel) = delay_and_channel(case, formal, 15, if first_reminder { 14 } else { 8 });
    let deadline = payment_deadline(&Calendar::belgium(), case.date, days);
    let claimed = claimed(c, formal);

    // ---- body
    let mut body: Vec<Paragraph> = Vec::new();
    if let Some(r) = collector {
        body.push(vec![t(loc.text(&if x.nl() {
            format!(
                "{} heeft ons belast met de minnelijke invordering van de hieronder beschreven schuldvordering.",
                party_name(&case.creditor)
            )
        } else {
            format!(
                "{} nous a chargés du recouvrement amiable de la créance décrite ci-dessous.",
                party_name(&case.creditor)
            )
        }))]);
        let _ = r;
    }
    let what = description(case, x);
    let dues = loc.join(
        &shown
            .iter()
            .map(|i| loc.long_date(i.due_date))
            .collect::<Vec<_>>(),
    );
    let numbers = loc.join(&shown.iter().map(|i| i.number.clone()).collect::<Vec<_>>());
    // A description with its own parentheses goes between commas, not inside more of them.
    let what = if what.contains('(') {
        format!(", {what},")
    } else {
        format!(" ({what}),")
    };
    body.push(vec![t(loc.text(&if x.nl() {
        format!(
            "Behoudens vergissing van onzentwege {} {} {numbers}{what} vervallen op {dues}, nog niet betaald.",
            if plural { "zijn" } else { "is" },
            if plural { "de facturen" } else { "factuur" },
        )
    } else {
        format!(
            "Sauf erreur de notre part, {} {numbers}{what} échue{} le {dues}, {} impayée{}.",
            if plural { "les factures" } else { "la facture" },
            if plural { "s" } else { "" },
            if plural { "demeurent" } else { "demeure" },
            if plural { "s" } else { "" },
        )
    }))]);

    let mut after: Vec<Paragraph> = Vec::new();
    if first_reminder {
        first_reminder_body(case, c, x, &mut body);
    } else if formal {
        if let Some(date) = sent.filter(|_| regime == Regime::Consumer) {
            // A regular-supply contract's reminder from the 4th unpaid due date of the year may
            // cost 7,50 € + postage (XIX.3): such a reminder is not called free.
            let paid_reminder = case.contract.as_ref().is_some_and(|k| k.regular_supply)
                && case.fees.iter().any(|f| f.kind == FeeKind::Reminder);
            body.push(vec![t(loc.text(&match (x.nl(), paid_reminder) {
                (true, false) => format!(
                    "Onze eerste, kosteloze herinnering van {} bleef zonder gevolg en de betalingstermijn van veertien dagen die zij bood, is verstreken.",
                    loc.long_date(date)
                ),
                (true, true) => format!(
                    "Onze herinnering van {} bleef zonder gevolg en de betalingstermijn van veertien dagen die zij bood, is verstreken.",
                    loc.long_date(date)
                ),
                (false, false) => format!(
                    "Notre premier rappel, gratuit, du {} est resté sans suite et le délai de quatorze jours qu'il vous accordait est expiré.",
                    loc.long_date(date)
                ),
                (false, true) => format!(
                    "Notre rappel du {} est resté sans suite et le délai de quatorze jours qu'il vous accordait est expiré.",
                    loc.long_date(date)
                ),
            }))]);
        }
        if x.nl() {
            body.push(vec![
                t("Bij deze stellen wij u "),
                b("in gebreke"),
                t(format!(
                    " ons binnen een termijn van {} te rekenen vanaf de datum van deze brief, dit is uiterlijk op ",
                    loc.days(days)
                )),
                b(loc.long_date_with_weekday(deadline)),
                t(", het bedrag van "),
                b(loc.money(claimed)),
                t(" te betalen, zoals hieronder uiteengezet."),
            ]);
        } else {
            body.push(vec![
                t("Par la présente, nous vous "),
                b("mettons en demeure"),
                t(format!(
                    " de nous payer, dans un délai de {} à compter de la date de la présente lettre, soit au plus tard le ",
                    loc.days(days)
                )),
                b(loc.long_date_with_weekday(deadline)),
                t(", la somme de "),
                b(loc.money(claimed)),
                t(", détaillée ci-dessous."),
            ]);
        }
        if let Some(p) = interest_paragraph(case, c, x, regime) {
            after.push(vec![t(loc.text(&p))]);
        }
        after.push(vec![t(loc.text(match (collector.is_some(), x.nl()) {
            (false, false) => {
                "À défaut de paiement dans ce délai, nous nous réservons le droit d'introduire sans autre avis une procédure judiciaire afin d'obtenir le paiement de ces sommes, augmentées des intérêts et des frais de justice."
            }
            (true, false) => {
                "À défaut de paiement dans ce délai, notre mandant se réserve le droit d'introduire une procédure judiciaire afin d'obtenir le paiement de ces sommes."
            }
            (false, true) => {
                "Bij gebreke aan betaling binnen deze termijn behouden wij ons het recht voor om zonder verdere verwittiging een gerechtelijke procedure in te leiden om de betaling van deze bedragen te verkrijgen, vermeerderd met de interesten en de gerechtskosten."
            }
            (true, true) => {
                "Bij gebreke aan betaling binnen deze termijn behoudt onze opdrachtgever zich het recht voor een gerechtelijke procedure in te leiden om de betaling van deze bedragen te verkrijgen."
            }
        }))]);
        if lawyer_or_bailiff && channel == Channel::Registered {
            after.push(vec![t(loc.text(x.w(
                "La présente mise en demeure, adressée par lettre recommandée, interrompt la prescription conformément à l'article 2244, § 2, de l'ancien Code civil.",
                "Deze ingebrekestelling, bij aangetekende brief verstuurd, stuit de verjaring overeenkomstig artikel 2244, § 2, van het oud Burgerlijk Wetboek.",
            )))]);
        }
    } else {
        if x.nl() {
            body.push(vec![
                t("Wij verzoeken u vriendelijk het openstaande bedrag van "),
                b(loc.money(claimed)),
                t(" uiterlijk op "),
                b(loc.long_date_with_weekday(deadline)),
                t(" te betalen."),
            ]);
        } else {
            body.push(vec![
                t("Nous vous remercions de bien vouloir nous régler la somme de "),
                b(loc.money(claimed)),
                t(" au plus tard le "),
                b(loc.long_date_with_weekday(deadline)),
                t("."),
            ]);
        }
        if regime == Regime::Commercial {
            after.push(vec![t(loc.text(x.w(
                "Nous vous rappelons qu'en application des articles 5 et 6 de la loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales, des intérêts de retard et une indemnité forfaitaire de 40 € par facture sont dus de plein droit et sans mise en demeure dès le lendemain de l'échéance.",
                "Wij herinneren u eraan dat overeenkomstig de artikelen 5 en 6 van de wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties van rechtswege en zonder ingebrekestelling nalatigheidsinteresten en een forfaitaire schadevergoeding van € 40 per factuur verschuldigd zijn vanaf de dag na de vervaldag.",
            )))]);
        }
    }
    if regime == Regime::Consumer && collector.is_some() && formal {
        collector_mentions(case, x, lawyer_or_bailiff, &mut after);
    }
    if regime == Regime::Consumer {
        after.push(vec![t(loc.text(x.w(
            "Sur simple demande, nous vous communiquons sans délai les pièces justificatives de cette créance et toute information utile pour la contester.",
            "Op eenvoudig verzoek bezorgen wij u onverwijld de stukken die deze schuldvordering staven en alle nuttige informatie om ze te betwisten.",
        )))]);
    }
    if !formal {
        after.push(vec![t(loc.text(x.w(
            "Si votre paiement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de la présente.",
            "Indien uw betaling ons ondertussen heeft bereikt, mag u deze brief als onbestaande beschouwen.",
        )))]);
    }

    let doc_title = match (formal, first_reminder, x.nl()) {
        (true, _, false) => "Mise en demeure",
        (true, _, true) => "Ingebrekestelling",
        (false, true, false) => "Premier rappel",
        (false, true, true) => "Eerste herinnering",
        (false, false, false) => "Rappel",
        (false, false, true) => "Herinnering",
    };
    let subject = loc.text(&if formal {
        format!("{doc_title} — {}", loc.money(claimed))
    } else if x.nl() {
        format!(
            "{doc_title} — factu{} {numbers}",
            if plural { "ren" } else { "ur" }
        )
    } else {
        format!(
            "{doc_title} — facture{} {numbers}",
            if plural { "s" } else { "" }
        )
    });

    super::skeleton::view(
        input,
        x.book,
        Letter {
            title: doc_title,
            sender: match collector {
                Some(r) => collector_block(r, x),
                None => party_block(&case.creditor, x),
            },
            channel,
            banners: Vec::new(),
            subject,
            body,
            charges: formal.then(|| charges(c, x, regime)),
            payment: payment_block(case, claimed, x),
            after_summary: after,
            annex: (formal && !c.interest.is_empty()).then(|| interest_annex(c, x, regime)),
        },
    )
}

/// What was sold: the contract's description, else the invoices' (an invoice number alone is
/// not a description, belgium.md §1.2). It is the case's own wording, so the letter puts it in
/// parentheses rather than into a construction that needs an article.
fn description(case: &Case, x: Words) -> String {
    if let Some(d) = case.contract.as_ref().and_then(|c| c.description.clone()) {
        return d.trim().to_string();
    }
    let ds: Vec<String> = case
        .invoices
        .iter()
        .filter_map(|i| i.description.clone())
        .collect();
    if ds.is_empty() {
        x.w("nos prestations", "onze prestaties").to_string()
    } else {
        x.loc.join(&ds)
    }
}

/// The mentions of the free first reminder (art. XIX.2 CDE, belgium.md §1.2); the period and
/// what will be claimed after it come from [`letter_facts`], the computation's own decisions.
fn first_reminder_body(case: &Case, c: &Computation, x: Words, body: &mut Vec<Paragraph>) {
    let loc = x.loc;
    body.push(vec![
        t(x.w(
            "Le montant restant dû s'élève à ",
            "Het nog verschuldigde bedrag bedraagt ",
        )),
        b(loc.money(c.totals.principal)),
        t("."),
    ]);
    if let Some(p) = letter_facts::free_period(case) {
        let (start, last) = (
            loc.long_date(p.start.date),
            loc.long_date(p.last_free_day.date),
        );
        body.push(if x.nl() {
            vec![
                t("U beschikt over een termijn van "),
                b(format!("{} kalenderdagen", p.period_days)),
                t(format!(", van {start} tot en met ")),
                b(last),
                t(", om dit bedrag zonder enige kosten te betalen. Deze eerste herinnering is kosteloos."),
            ]
        } else {
            vec![
                t("Vous disposez d'un délai de "),
                b(format!("{} jours calendrier", p.period_days)),
                t(format!(", du {start} au ")),
                b(last),
                t(" inclus, pour payer ce montant sans aucuns frais. Ce premier rappel est gratuit."),
            ]
        });
    }
    // What will be claimed after the period (XIX.2 mention 1, within the XIX.4 limits).
    if let Some(after) = letter_facts::after_period_charges(case, c) {
        let mut claims = Vec::new();
        if let Some(i) = &after.interest {
            claims.push(if x.nl() {
                format!(
                    "nalatigheidsinteresten tegen {} per jaar op het openstaande bedrag",
                    loc.percent(i.rate)
                )
            } else {
                format!(
                    "des intérêts de retard au taux de {} l'an sur le montant restant dû",
                    loc.percent(i.rate)
                )
            });
        }
        if let Some(a) = after.indemnity.filter(|a| *a > Decimal::ZERO) {
            claims.push(if x.nl() {
                format!(
                    "een forfaitaire schadevergoeding van {} overeenkomstig onze algemene voorwaarden",
                    loc.money(a)
                )
            } else {
                format!(
                    "une indemnité forfaitaire de {} prévue par nos conditions générales",
                    loc.money(a)
                )
            });
        }
        if !claims.is_empty() {
            let from = loc.long_date(after.from.date);
            body.push(vec![t(loc.text(&if x.nl() {
                format!(
                    "Indien u niet binnen deze termijn betaalt, kunnen wij u vanaf {from} {} aanrekenen, binnen de grenzen van artikel XIX.4 van het Wetboek van economisch recht.",
                    loc.join(&claims)
                )
            } else {
                format!(
                    "À défaut de paiement dans ce délai, nous pourrons vous réclamer à partir du {from} {}, dans les limites de l'article XIX.4 du Code de droit économique.",
                    loc.join(&claims)
                )
            }))]);
        }
    }
    // Mention 2: the creditor's name and enterprise number, in the text itself.
    let number = case
        .creditor
        .registration
        .as_ref()
        .and_then(|r| r.bce.as_deref())
        .map(bce)
        .unwrap_or_default();
    body.push(vec![t(loc.text(&if x.nl() {
        format!(
            "Schuldeiser: {}, ondernemingsnummer {number}.",
            party_name(&case.creditor)
        )
    } else {
        format!(
            "Créancier : {}, numéro d'entreprise {number}.",
            party_name(&case.creditor)
        )
    }))]);
}

/// The interest the notice claims, with its legal basis.
fn interest_paragraph(case: &Case, c: &Computation, x: Words, regime: Regime) -> Option<String> {
    if c.interest_kind == InterestKind::None {
        return None;
    }
    let loc = x.loc;
    Some(match (regime, x.nl()) {
        (Regime::Commercial, false) => "Conformément aux articles 5 et 6 de la loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales, des intérêts de retard sont dus de plein droit et sans mise en demeure depuis le lendemain de chaque échéance, ainsi qu'une indemnité forfaitaire de 40 € par facture ; les intérêts continuent de courir jusqu'au paiement complet et leur décompte figure en annexe.".to_string(),
        (Regime::Commercial, true) => "Overeenkomstig de artikelen 5 en 6 van de wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties zijn van rechtswege en zonder ingebrekestelling nalatigheidsinteresten verschuldigd vanaf de dag na elke vervaldag, evenals een forfaitaire schadevergoeding van € 40 per factuur; de interesten lopen verder tot de volledige betaling en de berekening ervan is bijgevoegd.".to_string(),
        (Regime::Consumer, nl) => {
            let from = letter_facts::free_period(case)
                .map(|p| loc.long_date(p.charges_from.date))
                .unwrap_or_default();
            if nl {
                format!("Overeenkomstig artikel XIX.4 van het Wetboek van economisch recht worden de nalatigheidsinteresten en de schadevergoeding pas gevorderd vanaf {from}, na het verstrijken van de termijn van onze eerste herinnering, en binnen de wettelijke grenzen; de berekening is bijgevoegd.")
            } else {
                format!("Conformément à l'article XIX.4 du Code de droit économique, les intérêts de retard et l'indemnité ne sont réclamés qu'à partir du {from}, après l'expiration du délai de notre premier rappel, et dans les limites légales ; leur décompte figure en annexe.")
            }
        }
        (Regime::Civil, false) => format!(
            "Cette somme portera intérêts au taux légal à compter de la présente mise en demeure, sur le principal de {}.",
            loc.money(c.totals.principal)
        ),
        (Regime::Civil, true) => format!(
            "Dit bedrag brengt vanaf deze ingebrekestelling interesten op tegen de wettelijke rentevoet, op de hoofdsom van {}.",
            loc.money(c.totals.principal)
        ),
    })
}

/// Art. XIX.7 §2 CDE: a collector's letter to a consumer names the original creditor fully,
/// the collector, the supervising authority; a lawyer's or bailiff's states in a separate bold
/// paragraph of another typeface that it is not a court summons or a seizure.
fn collector_mentions(case: &Case, x: Words, lawyer_or_bailiff: bool, after: &mut Vec<Paragraph>) {
    let loc = x.loc;
    let cr = &case.creditor;
    let mut parts = vec![party_name(cr)];
    if let Some(n) = cr.registration.as_ref().and_then(|r| r.bce.as_deref()) {
        parts.push(format!(
            "{} {}",
            x.w("numéro d'entreprise", "ondernemingsnummer"),
            bce(n)
        ));
    }
    parts.push(one_line_address(&cr.address));
    if let Some(c) = &cr.contact {
        if let Some(p) = &c.phone {
            parts.push(format!("{} {p}", x.w("tél.", "tel.")));
        }
        if let Some(e) = &c.email {
            parts.push(e.clone());
        }
    }
    parts.push(
        x.w(
            "qualité : fournisseur et créancier originaire",
            "hoedanigheid: leverancier en oorspronkelijke schuldeiser",
        )
        .to_string(),
    );
    after.push(vec![
        b(x.w("Créancier originaire : ", "Oorspronkelijke schuldeiser: ")),
        t(loc.text(&parts.join(", "))),
    ]);
    // The supervisor and the lawyer's or bailiff's sentence are data
    // (`jurisdictions/be/collector.yaml`); that sentence's full wording is [U] (BE-COL-003 warns).
    let Some(m) = letter_facts::collector_mentions(case) else {
        return;
    };
    after.push(vec![
        b(x.w("Autorité de contrôle : ", "Toezichthoudende overheid: ")),
        t(format!(
            "{}, {}, {}",
            m.supervisor_name,
            m.supervisor_address.join(", "),
            m.supervisor_url
        )),
    ]);
    if let Some(sentence) = m.bold_paragraph_opening.filter(|_| lawyer_or_bailiff) {
        after.push(vec![Span::Strong(format!(
            "{}.",
            sentence.trim_end_matches('.')
        ))]);
    }
}

/// The street lines, "9000 GENT", and the country in the letter's language outside Belgium.
fn postal_lines(a: &Address, loc: Locale) -> Vec<String> {
    let nl = loc == Locale::NlBe;
    european_postal_lines(a, "BE", |c| match (c.to_ascii_uppercase().as_str(), nl) {
        ("FR", false) => "FRANCE".into(),
        ("FR", true) => "FRANKRIJK".into(),
        ("NL", false) => "PAYS-BAS".into(),
        ("NL", true) => "NEDERLAND".into(),
        ("LU", _) => "LUXEMBOURG".into(),
        ("DE", false) => "ALLEMAGNE".into(),
        ("DE", true) => "DUITSLAND".into(),
        (other, _) => other.to_string(),
    })
}

fn ids_and_contact(
    reg: Option<&crate::case::model::Registration>,
    contact: Option<&crate::case::model::Contact>,
    x: Words,
) -> (Vec<String>, Vec<String>) {
    let mut ids = Vec::new();
    if let Some(n) = reg.and_then(|r| r.bce.as_deref()) {
        ids.push(format!("{} {}", x.w("BCE", "KBO"), bce(n)));
    }
    if let Some(v) = reg.and_then(|r| r.vat.as_deref()) {
        ids.push(format!("{} {v}", x.w("TVA", "btw")));
    }
    (ids, contact_line(contact, x.book.phone))
}

fn party_block(p: &Party, x: Words) -> Block {
    let (ids, contact) = ids_and_contact(p.registration.as_ref(), p.contact.as_ref(), x);
    Block {
        name: party_name(p),
        lines: postal_lines(&p.address, x.loc),
        ids,
        contact,
    }
}

/// A collector's letterhead: its name, capacity, enterprise number and, for an agency, its
/// registration with the SPF Economie.
fn collector_block(r: &crate::case::model::Representative, x: Words) -> Block {
    let (mut ids, contact) = ids_and_contact(r.registration.as_ref(), r.contact.as_ref(), x);
    let capacity = match r.kind {
        RepresentativeKind::Lawyer => x.w("Avocat", "Advocaat"),
        RepresentativeKind::Bailiff => x.w("Huissier de justice", "Gerechtsdeurwaarder"),
        RepresentativeKind::Agency => x.w(
            "Recouvrement amiable de dettes",
            "Minnelijke invordering van schulden",
        ),
    };
    ids.insert(0, capacity.to_string());
    if r.kind == RepresentativeKind::Agency
        && let Some(p) = r.registration.as_ref().and_then(|g| g.permit.as_deref())
    {
        ids.push(format!(
            "{} {p}",
            x.w(
                "Inscription SPF Economie n°",
                "Inschrijving FOD Economie nr."
            )
        ));
    }
    Block {
        name: r.name.trim().to_string(),
        lines: postal_lines(&r.address, x.loc),
        ids,
        contact,
    }
}

/// The payee's account, the structured communication and the EPC QR code for `amount`
/// ([`letter_facts::payment_instructions`]: the representative's account when it collects, else
/// the creditor's). An invalid `payment_reference` leaves the block out (BE rules report it).
fn payment_block(case: &Case, amount: Decimal, x: Words) -> Option<PaymentBlock> {
    let loc = x.loc;
    let p = letter_facts::payment_instructions(case, amount).ok()?;
    let mut rows = vec![[
        x.w("Bénéficiaire", "Begunstigde").to_string(),
        p.payee_name.trim().to_string(),
    ]];
    if let Some(iban) = p.iban_printed.clone().or(p.iban.clone()) {
        rows.push(["IBAN".to_string(), iban]);
    }
    if let Some(bic) = &p.bic {
        rows.push(["BIC".to_string(), bic.clone()]);
    }
    rows.push([x.w("Montant", "Bedrag").to_string(), loc.money(p.amount)]);
    rows.push([
        x.w("Communication structurée", "Gestructureerde mededeling")
            .to_string(),
        p.ogm.clone(),
    ]);
    Some(PaymentBlock {
        title: x.w("Paiement", "Betaling").to_string(),
        rows,
        qr_caption: p.qr_svg.as_ref().map(|_| {
            loc.text(x.w(
                "Scannez ce code avec votre application bancaire : il remplit le virement.",
                "Scan deze code met uw bankapp: de overschrijving wordt ingevuld.",
            ))
        }),
        qr_svg: p.qr_svg,
    })
}

/// The interest, the indemnities and the fees the notice claims, under the principal, each
/// with its legal basis in the debtor's regime.
fn charges(c: &Computation, x: Words, regime: Regime) -> Vec<[String; 2]> {
    let loc = x.loc;
    let to = loc.long_date(c.as_of);
    let mut rows = Vec::new();
    if !c.interest.is_empty() {
        let label = match (regime, x.nl()) {
            (Regime::Commercial, false) => {
                format!("Intérêts de retard (loi du 2 août 2002, art. 5) au {to}")
            }
            (Regime::Commercial, true) => {
                format!("Nalatigheidsinteresten (wet van 2 augustus 2002, art. 5) tot {to}")
            }
            (Regime::Consumer, false) => format!("Intérêts de retard (art. XIX.4 CDE) au {to}"),
            (Regime::Consumer, true) => format!("Nalatigheidsinteresten (art. XIX.4 WER) tot {to}"),
            (Regime::Civil, false) => format!("Intérêts au taux légal au {to}"),
            (Regime::Civil, true) => format!("Interesten tegen de wettelijke rentevoet tot {to}"),
        };
        rows.push([label, loc.money(c.totals.interest)]);
    }
    let per_invoice: Vec<_> = c
        .fees
        .iter()
        .filter(|f| f.kind == FeeKind::FlatIndemnity && f.invoice.is_some())
        .collect();
    if !per_invoice.is_empty() {
        let total: Decimal = per_invoice.iter().map(|f| f.amount).sum();
        let unit = loc.money(per_invoice[0].amount);
        rows.push([
            if x.nl() {
                format!(
                    "Forfaitaire vergoedingen ({} × {unit}, wet van 2 augustus 2002, art. 6)",
                    per_invoice.len()
                )
            } else {
                loc.text(&format!(
                    "Indemnités forfaitaires ({} × {unit}, loi du 2 août 2002, art. 6)",
                    per_invoice.len()
                ))
            },
            loc.money(total),
        ]);
    }
    for f in c
        .fees
        .iter()
        .filter(|f| !(f.kind == FeeKind::FlatIndemnity && f.invoice.is_some()))
    {
        let label = match (f.kind, regime, x.nl()) {
            (FeeKind::FlatIndemnity, Regime::Consumer, false) => {
                "Indemnité forfaitaire (clause contractuelle, plafonnée par l'art. XIX.4 CDE)"
                    .to_string()
            }
            (FeeKind::FlatIndemnity, Regime::Consumer, true) => {
                "Forfaitaire schadevergoeding (schadebeding, begrensd door art. XIX.4 WER)"
                    .to_string()
            }
            (FeeKind::FlatIndemnity, _, false) => {
                "Indemnité forfaitaire (clause contractuelle)".to_string()
            }
            (FeeKind::FlatIndemnity, _, true) => {
                "Forfaitaire schadevergoeding (schadebeding)".to_string()
            }
            // Only a regular-supply reminder fee reaches a consumer's letter (rule BE-FEE-003).
            (FeeKind::Reminder, Regime::Consumer, nl) => {
                let invoice = f.invoice.as_deref().unwrap_or("?");
                if nl {
                    format!("{} (factuur {invoice}, art. XIX.3 WER)", f.label)
                } else {
                    format!("{} (facture {invoice}, art. XIX.3 CDE)", f.label)
                }
            }
            _ => f.label.clone(),
        };
        rows.push([label, loc.money(f.amount)]);
    }
    rows
}

fn interest_annex(c: &Computation, x: Words, regime: Regime) -> Annex {
    let loc = x.loc;
    let basis = match (regime, x.nl()) {
        (Regime::Commercial, false) => "Taux des transactions commerciales",
        (Regime::Commercial, true) => "Rentevoet handelstransacties",
        (Regime::Consumer, false) => "Taux applicable (art. XIX.4 CDE)",
        (Regime::Consumer, true) => "Toepasselijke rentevoet (art. XIX.4 WER)",
        (Regime::Civil, false) => "Taux légal",
        (Regime::Civil, true) => "Wettelijke rentevoet",
    };
    let columns = if x.nl() {
        [
            "Factuur",
            "Van",
            "Tot",
            "Dagen",
            "Basis",
            "Rentevoet",
            "Grondslag",
            "Bedrag",
        ]
    } else {
        super::fr::annex_columns("Fondement")
    };
    let notes = NoteWords {
        imputation: x.w(
            "Les paiements sont imputés sur la facture qu'ils désignent, à défaut sur la facture échue la plus ancienne.",
            "Betalingen worden aangerekend op de factuur die zij vermelden, zo niet op de oudste vervallen factuur.",
        ),
        simple_interest: x.w(
            "Intérêts simples : montant × taux × jours / 36 500 ; premier et dernier jour inclus ; chaque période est coupée à chaque changement de taux et à chaque paiement.",
            "Enkelvoudige interest: bedrag × rentevoet × dagen / 36 500; eerste en laatste dag inbegrepen; elke periode wordt gesplitst bij elke wijziging van de rentevoet en bij elke betaling.",
        ),
        rounding: x.w(
            "Chaque ligne est arrondie au centime le plus proche (un demi-centime au centime supérieur).",
            "Elke lijn wordt afgerond op de dichtstbijzijnde cent (een halve cent naar boven).",
        ),
    };
    super::interest_annex(
        c,
        loc,
        x.w(
            "Annexe — Décompte des intérêts de retard",
            "Bijlage — Berekening van de nalatigheidsinteresten",
        )
        .to_string(),
        columns,
        |_| basis.to_string(),
        &notes,
    )
}

#[cfg(test)]
mod tests {
    use super::bce;

    #[test]
    fn enterprise_numbers_are_printed_in_groups() {
        assert_eq!(bce("0403170701"), "0403.170.701");
        assert_eq!(bce("403.170.701"), "0403.170.701");
        assert_eq!(bce("BE 0403 170 701"), "0403.170.701");
    }
}
