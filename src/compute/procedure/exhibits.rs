//! The list of exhibits (bordereau de pièces, inventaire des pièces, list of exhibits) of a
//! court request, numbered from the case: the contract, each invoice, the letters sent with
//! their proof of sending or delivery, the debtor's acknowledgments and signed plans, earlier
//! court claims, then the case's extra exhibits.
//!
//! Jurisdiction-neutral: each exhibit has a stable [`ExhibitKind`] and the facts the label
//! needs (reference, date, amount, channel, proof, receipt date); [`ExhibitKind::label`] gives
//! the kind's name in French, English and Dutch, and [`number_label`] the numbering style
//! ("Pièce n° 1", "P-1", "Stuk 1"). The letter sent by the debtor's own hand or a delivery note
//! are not in the case unless listed in `injunction.exhibits`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::case::model::{Case, Channel, HistoryKind, Jurisdiction, Language};

/// What an exhibit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExhibitKind {
    /// The contract, order form or accepted quote.
    Contract,
    Invoice,
    Reminder,
    FormalNotice,
    /// The debtor's written acknowledgment of the debt.
    Acknowledgment,
    /// A payment plan signed by the debtor.
    PaymentPlan,
    /// An earlier court claim.
    CourtClaim,
    /// An exhibit listed in `injunction.exhibits`.
    Other,
}

impl ExhibitKind {
    /// The kind's name, capitalised, as the list prints it before the details.
    pub fn label(self, lang: Language) -> &'static str {
        use ExhibitKind::*;
        match (self, lang) {
            (Contract, Language::Fr) => "Contrat / bon de commande",
            (Contract, Language::En) => "Contract / purchase order",
            (Contract, Language::Nl) => "Overeenkomst / bestelbon",
            (Invoice, Language::Fr) => "Facture",
            (Invoice, Language::En) => "Invoice",
            (Invoice, Language::Nl) => "Factuur",
            (Reminder, Language::Fr) => "Lettre de relance",
            (Reminder, Language::En) => "Payment reminder",
            (Reminder, Language::Nl) => "Betalingsherinnering",
            (FormalNotice, Language::Fr) => "Mise en demeure",
            (FormalNotice, Language::En) => "Formal notice (demand letter)",
            (FormalNotice, Language::Nl) => "Ingebrekestelling",
            (Acknowledgment, Language::Fr) => "Reconnaissance de dette",
            (Acknowledgment, Language::En) => "Acknowledgment of debt",
            (Acknowledgment, Language::Nl) => "Schuldbekentenis",
            (PaymentPlan, Language::Fr) => "Échéancier signé",
            (PaymentPlan, Language::En) => "Signed payment agreement",
            (PaymentPlan, Language::Nl) => "Ondertekend afbetalingsplan",
            (CourtClaim, Language::Fr) => "Demande en justice",
            (CourtClaim, Language::En) => "Court application",
            (CourtClaim, Language::Nl) => "Vordering in rechte",
            (Other, Language::Fr) => "Pièce",
            (Other, Language::En) => "Exhibit",
            (Other, Language::Nl) => "Stuk",
        }
    }
}

/// One numbered exhibit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Exhibit {
    /// 1, 2, … in list order.
    pub number: u32,
    pub kind: ExhibitKind,
    /// Invoice number, contract reference, or the label of an extra exhibit.
    pub reference: Option<String>,
    /// What it concerns (the contract's or invoice's description).
    pub description: Option<String>,
    /// Date of the document (issue date, date sent).
    pub date: Option<NaiveDate>,
    /// Invoice amount incl. tax.
    pub amount: Option<Decimal>,
    /// How a letter was sent.
    pub channel: Option<Channel>,
    /// Proof of sending or delivery (registered-letter number, bailiff's act): part of the
    /// exhibit, attached with it.
    pub proof: Option<String>,
    /// Date the recipient received it, when known (acknowledgment of receipt).
    pub received: Option<NaiveDate>,
    /// Where it comes from in the case (`contract`, `invoices[1]`, `history[2]`,
    /// `injunction.exhibits[0]`).
    pub source: String,
}

/// "Pièce n° 3" (France, Belgium in French), "P-3" (Québec, either language), "Stuk 3"
/// (Belgium in Dutch), "Exhibit 3" otherwise.
pub fn number_label(jurisdiction: Jurisdiction, lang: Language, n: u32) -> String {
    match (jurisdiction, lang) {
        (Jurisdiction::Qc, _) => format!("P-{n}"),
        (_, Language::Nl) => format!("Stuk {n}"),
        (_, Language::En) => format!("Exhibit {n}"),
        (_, Language::Fr) => format!("Pièce n° {n}"),
    }
}

/// The case's exhibits, numbered: the contract (when the case describes one), the invoices in
/// the case's order, the history oldest first, then `injunction.exhibits`.
pub fn exhibits(case: &Case) -> Vec<Exhibit> {
    let mut out: Vec<Exhibit> = Vec::new();
    let mut push = |e: Exhibit| {
        let number = out.len() as u32 + 1;
        out.push(Exhibit { number, ..e });
    };
    let blank = |kind, source: String| Exhibit {
        number: 0,
        kind,
        reference: None,
        description: None,
        date: None,
        amount: None,
        channel: None,
        proof: None,
        received: None,
        source,
    };
    if let Some(c) = &case.contract
        && (c.reference.is_some() || c.date.is_some() || c.description.is_some())
    {
        push(Exhibit {
            reference: c.reference.clone(),
            description: c.description.clone(),
            date: c.date,
            ..blank(ExhibitKind::Contract, "contract".into())
        });
    }
    for (i, inv) in case.invoices.iter().enumerate() {
        push(Exhibit {
            reference: Some(inv.number.clone()),
            description: inv.description.clone(),
            date: Some(inv.issue_date),
            amount: Some(inv.amount.value()),
            ..blank(ExhibitKind::Invoice, format!("invoices[{i}]"))
        });
    }
    let mut history: Vec<(usize, &crate::case::model::HistoryEntry)> =
        case.history.iter().enumerate().collect();
    history.sort_by_key(|(i, h)| (h.date, *i));
    for (i, h) in history {
        let kind = match h.kind {
            HistoryKind::Reminder => ExhibitKind::Reminder,
            HistoryKind::FormalNotice => ExhibitKind::FormalNotice,
            HistoryKind::Acknowledgment => ExhibitKind::Acknowledgment,
            HistoryKind::PaymentPlan => ExhibitKind::PaymentPlan,
            HistoryKind::CourtClaim => ExhibitKind::CourtClaim,
        };
        push(Exhibit {
            date: Some(h.date),
            channel: h.channel,
            proof: h.proof.clone(),
            received: h.received,
            ..blank(kind, format!("history[{i}]"))
        });
    }
    if let Some(inj) = &case.injunction {
        for (i, e) in inj.exhibits.iter().enumerate() {
            push(Exhibit {
                reference: Some(e.label.clone()),
                date: e.date,
                ..blank(ExhibitKind::Other, format!("injunction.exhibits[{i}]"))
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::load::load_str;

    #[test]
    fn exhibits_number_contract_invoices_letters_then_extras() {
        let text = format!(
            "{}\ninjunction:\n  exhibits:\n    - {{label: Bon de livraison n° 4471 signé, date: 2025-10-20}}\n",
            include_str!("../../../jurisdictions/qc/tests/base.yaml")
        );
        let case = load_str(&text, "t.yaml").unwrap().case;
        let list = exhibits(&case);
        let kinds: Vec<_> = list.iter().map(|e| (e.number, e.kind)).collect();
        assert_eq!(
            kinds,
            [
                (1, ExhibitKind::Contract),
                (2, ExhibitKind::Invoice),
                (3, ExhibitKind::Invoice),
                (4, ExhibitKind::Reminder),
                (5, ExhibitKind::FormalNotice),
                (6, ExhibitKind::Other)
            ]
        );
        assert_eq!(list[1].reference.as_deref(), Some("2025-0311"));
        assert_eq!(list[1].source, "invoices[0]");
        let notice = &list[4];
        assert_eq!(notice.proof.as_deref(), Some("RN 123 456 789 CA"));
        assert_eq!(notice.received, "2026-01-19".parse().ok());
        assert_eq!(notice.channel, Some(Channel::Registered));
        assert_eq!(list[5].source, "injunction.exhibits[0]");
        assert_eq!(number_label(case.jurisdiction, Language::En, 5), "P-5");
        assert_eq!(
            number_label(Jurisdiction::Fr, Language::Fr, 2),
            "Pièce n° 2"
        );
        assert_eq!(number_label(Jurisdiction::Be, Language::Nl, 2), "Stuk 2");
        assert_eq!(
            ExhibitKind::FormalNotice.label(Language::Nl),
            "Ingebrekestelling"
        );
    }

    #[test]
    fn history_is_listed_oldest_first_and_a_bare_contract_is_not_an_exhibit() {
        let base = include_str!("../../../jurisdictions/fr/tests/base.yaml");
        let text = base
            .replace(
                "history:\n  - kind: reminder\n    date: 2026-01-12\n    channel: email\n",
                "history:\n  - kind: reminder\n    date: 2026-01-12\n    channel: email\n  - kind: acknowledgment\n    date: 2025-12-20\n",
            )
            .replace(
                "  reference: commande n° 8812 du 6 octobre 2025\n  description: fabrication et pose de deux vitrines réfrigérées\n",
                "",
            );
        let case = load_str(&text, "t.yaml").unwrap().case;
        let list = exhibits(&case);
        assert_eq!(
            list[0].kind,
            ExhibitKind::Invoice,
            "payment terms alone are no exhibit"
        );
        assert_eq!(list[3].kind, ExhibitKind::Acknowledgment);
        assert_eq!(list[3].source, "history[1]");
        assert_eq!(list[4].kind, ExhibitKind::Reminder);
    }
}
