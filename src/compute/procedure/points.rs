//! The statements a court-request draft makes about its procedure — why this court, what the
//! debtor may do, what does not apply — each with its legal basis and confidence mark, worded
//! in French and in English (France, Québec) or Dutch (Belgium). Stable kinds, so a template
//! may also word them itself.

use serde::Serialize;

use crate::case::model::Language;

/// What a [`Point`] says, with the data it needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PointKind {
    // France.
    FrDeterminedAmount,
    FrCommercialBetweenMerchants,
    FrConsumerCredit,
    FrResidentialLease,
    FrCivil,
    FrDebtorDomicile,
    FrNoPriorAmicableAttempt,
    FrOpposition,
    FrTae { city: String },
    FrAlsaceMoselle,
    FrDebtorAbroad,
    // Belgium.
    BeBothEnterprises,
    BeUnderJpCeiling,
    BeAboveJpCeiling,
    BeDebtorAbroad,
    BeSommation,
    BeLawyerRequest,
    BeLanguage,
    BeUncontestedB2b,
    BeUncontestedNotB2b,
    BeUncontestedPeriods,
    BeUncontestedCap,
    // Québec.
    QcNoExParteOrder,
    QcSmallClaims,
    QcCreditorSizeUnknown,
    QcCreditorTooLarge,
    QcAboveSmallClaims,
    QcCourtOfQuebec,
    QcConcurrent,
    QcSuperiorCourt,
    QcMediation,
    QcNoLawyers,
    QcOptions,
    QcSummons,
    QcSimplifiedProcedure,
    QcConsiderAdr,
    QcDemand,
}

/// One statement of the draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Point {
    #[serde(flatten)]
    pub kind: PointKind,
    pub fr: String,
    /// English (France and Québec points).
    pub en: Option<String>,
    /// Dutch (Belgian points).
    pub nl: Option<String>,
    /// Legal basis, as cited in French.
    pub article: &'static str,
    /// The same citation in Dutch (Belgian points: `Ger.W.`, not `C. jud.`).
    pub article_nl: Option<&'static str>,
    pub url: &'static str,
    /// P, S or K (the domain notes' marks).
    pub confidence: &'static str,
}

impl Point {
    /// The statement in `lang`, French when there is no version in that language.
    pub fn text(&self, lang: Language) -> &str {
        match lang {
            Language::En => self.en.as_deref().unwrap_or(&self.fr),
            Language::Nl => self.nl.as_deref().unwrap_or(&self.fr),
            Language::Fr => &self.fr,
        }
    }

    /// The legal basis as cited in a document in `lang`: a Dutch draft cites the Gerechtelijk
    /// Wetboek, not the Code judiciaire.
    pub fn article(&self, lang: Language) -> &str {
        match (lang, self.article_nl) {
            (Language::Nl, Some(a)) => a,
            _ => self.article,
        }
    }

    pub fn new(kind: PointKind) -> Point {
        let (fr, other, article, url, confidence) = texts(&kind);
        let (en, nl, article_nl) = match other {
            Other::En(s) => (Some(s), None, None),
            Other::Nl(s, a) => (None, Some(s), Some(a)),
        };
        Point {
            kind,
            fr,
            en,
            nl,
            article,
            article_nl,
            url,
            confidence,
        }
    }
}

enum Other {
    En(String),
    /// The Dutch statement and its Dutch citation.
    Nl(String, &'static str),
}

const CPC_1405: &str = "https://solent-avocats.com/la-procedure-dinjonction-de-payer/";
const CPC_1406: &str =
    "https://www.village-justice.com/articles/spip.php?page=imprimer&id_article=43823";
const CJ_1338: &str = "https://www.centrius.be/la-procedure-sommaire-d-injonction-de-payer";
const CJ_1394: &str =
    "http://alexandravasilakis.be/le-recouvrement-de-dettes-dargent-non-contestees/";
const QC_SMALL: &str = "https://www.justice.gouv.qc.ca/vos-differends/les-petites-creances";
const QC_ART35: &str = "https://barreau.qc.ca/en/membres-ordre/ressources/importantes-modifications-legislatives-ameliorer-acces-justice";

type Texts = (String, Other, &'static str, &'static str, &'static str);

fn en(fr: &str, en: &str, article: &'static str, url: &'static str, c: &'static str) -> Texts {
    (fr.to_string(), Other::En(en.to_string()), article, url, c)
}

/// A Belgian point: French and Dutch statements, each with its own citation (`C. jud.` /
/// `Ger.W.`).
fn nl(
    fr: &str,
    nl: &str,
    (article, article_nl): (&'static str, &'static str),
    url: &'static str,
    c: &'static str,
) -> Texts {
    (
        fr.to_string(),
        Other::Nl(nl.to_string(), article_nl),
        article,
        url,
        c,
    )
}

fn texts(kind: &PointKind) -> Texts {
    use PointKind::*;
    match kind {
        FrDeterminedAmount => en(
            "La créance a une cause contractuelle (ou légale) et un montant déterminé : elle peut être recouvrée par la procédure d'injonction de payer.",
            "The claim has a contractual (or statutory) cause and a determined amount: the order-for-payment procedure is open.",
            "art. 1405 CPC",
            CPC_1405,
            "S",
        ),
        FrCommercialBetweenMerchants => en(
            "Les deux parties sont commerçantes et la créance naît de leur commerce : la requête est adressée au président du tribunal de commerce.",
            "Both parties are merchants and the debt arises from their trade: the request goes to the president of the commercial court.",
            "art. 1406 CPC",
            CPC_1406,
            "S",
        ),
        FrConsumerCredit => en(
            "La créance naît d'un crédit à la consommation : la requête est adressée au juge des contentieux de la protection du tribunal judiciaire.",
            "The debt arises from a consumer credit: the request goes to the juge des contentieux de la protection of the tribunal judiciaire.",
            "art. 1406 CPC",
            CPC_1406,
            "S",
        ),
        FrResidentialLease => en(
            "La créance naît d'un bail d'habitation : la requête est adressée au juge des contentieux de la protection du tribunal judiciaire.",
            "The debt arises from a residential lease: the request goes to the juge des contentieux de la protection of the tribunal judiciaire.",
            "art. 1406 CPC",
            CPC_1406,
            "S",
        ),
        FrCivil => en(
            "Les parties ne sont pas toutes deux commerçantes : la requête est adressée au tribunal judiciaire.",
            "The parties are not both merchants: the request goes to the tribunal judiciaire.",
            "art. 1406 CPC",
            CPC_1406,
            "S",
        ),
        FrDebtorDomicile => en(
            "Territorialement, la juridiction compétente est celle du lieu où demeure le débiteur ; cette règle est d'ordre public et le contrat ne peut y déroger.",
            "Territorially, the court is that of the place where the debtor lives; the rule is of public order and no contract clause can change it.",
            "art. 1406 CPC",
            CPC_1406,
            "S",
        ),
        FrNoPriorAmicableAttempt => en(
            "La tentative préalable de résolution amiable de l'article 750-1 CPC ne s'applique pas à l'injonction de payer, ni à la phase d'opposition.",
            "The prior amicable attempt of art. 750-1 CPC does not apply to an order for payment, nor to the opposition phase.",
            "Cass. 2e civ., avis, 25 sept. 2025, n° 25-70.013",
            "https://www.cabinet-winckel-avocat.fr/nos-actualites-juridiques/exclusion-de-lapplication-de-larticle-750-1-du-code-de-procedure-civile-a-la-procedure-dinjonction-de-payer",
            "S",
        ),
        FrOpposition => en(
            "L'ordonnance doit être signifiée dans les six mois de sa date, faute de quoi elle est non avenue ; le débiteur peut former opposition dans le mois de la signification.",
            "The order must be served within six months of its date or it lapses; the debtor may oppose it within one month of service.",
            "art. 1411 et 1416 CPC",
            "https://agir-recouvrement.com/la-reforme-de-la-procedure-dinjonction-de-payer",
            "S",
        ),
        FrTae { city } => en(
            &format!(
                "Jusqu'au 31 décembre 2028, le tribunal de commerce de {city} est un tribunal des activités économiques ; il reste compétent pour l'injonction de payer."
            ),
            &format!(
                "Until 31 December 2028 the commercial court of {city} is a tribunal des activités économiques; it still hears orders for payment."
            ),
            "art. 26 loi n° 2023-1059 ; décret n° 2024-674",
            "https://scpld.fr/12-tribunaux-des-activites-economiques",
            "S",
        ),
        FrAlsaceMoselle => en(
            "En Alsace-Moselle, les injonctions de payer commerciales relèvent de la chambre commerciale du tribunal judiciaire.",
            "In Alsace-Moselle, commercial orders for payment go to the commercial chamber of the tribunal judiciaire.",
            "droit local d'Alsace-Moselle",
            "https://solent-avocats.com/la-procedure-dinjonction-de-payer-etapes-et-juridictions-competentes",
            "S",
        ),
        FrDebtorAbroad => en(
            "Le débiteur demeure hors de France : la compétence du juge français est à vérifier ; pour un débiteur établi dans un autre État de l'Union, l'injonction de payer européenne (formulaire A) est ouverte.",
            "The debtor lives outside France: check that a French court has jurisdiction; for a debtor in another EU State, the European order for payment (form A) is available.",
            "règlement (CE) n° 1896/2006",
            "https://e-justice.europa.eu/content_european_payment_order_forms-156-en.do",
            "S",
        ),
        BeBothEnterprises => nl(
            "Les deux parties sont des entreprises : le tribunal de l'entreprise est compétent, sans plafond de montant.",
            "Beide partijen zijn ondernemingen: de ondernemingsrechtbank is bevoegd, zonder bedragsplafond.",
            ("art. 573 et 1338 C. jud.", "art. 573 en 1338 Ger.W."),
            CJ_1338,
            "S",
        ),
        BeUnderJpCeiling => nl(
            "Le montant réclamé (principal et accessoires, hors intérêts judiciaires et frais) n'excède pas 1 860 € : le juge de paix est compétent.",
            "Het gevorderde bedrag (hoofdsom en bijkomende sommen, zonder gerechtelijke interesten en kosten) bedraagt niet meer dan 1 860 €: de vrederechter is bevoegd.",
            ("art. 1338 C. jud.", "art. 1338 Ger.W."),
            CJ_1338,
            "S",
        ),
        BeAboveJpCeiling => nl(
            "Le montant dépasse 1 860 € et les parties ne sont pas toutes deux des entreprises : la procédure sommaire d'injonction de payer n'est pas ouverte ; il faut une citation ordinaire (juge de paix jusqu'à 5 000 €, tribunal de première instance au-delà).",
            "Het bedrag overschrijdt 1 860 € en niet beide partijen zijn ondernemingen: de summiere rechtspleging om betaling te bevelen is niet mogelijk; een gewone dagvaarding is nodig (vrederechter tot 5 000 €, rechtbank van eerste aanleg daarboven).",
            ("art. 590 et 1338 C. jud.", "art. 590 en 1338 Ger.W."),
            CJ_1338,
            "S",
        ),
        BeDebtorAbroad => nl(
            "Le débiteur n'a ni domicile ni résidence en Belgique : la procédure sommaire d'injonction de payer n'est pas ouverte.",
            "De schuldenaar heeft geen woonplaats of verblijfplaats in België: de summiere rechtspleging om betaling te bevelen is niet mogelijk.",
            ("art. 1344 C. jud.", "art. 1344 Ger.W."),
            "https://e-justice.europa.eu/contentPresentation.do?member=1&idCountry=be&idTaxonomy=41&plang=fr&init=true",
            "S",
        ),
        BeSommation => nl(
            "La requête suppose une sommation préalable, par exploit d'huissier ou lettre recommandée avec accusé de réception, invitant à payer dans les 15 jours, indiquant le juge compétent et reproduisant les articles 1338 à 1344 du Code judiciaire.",
            "Het verzoekschrift veronderstelt een voorafgaande aanmaning, bij gerechtsdeurwaardersexploot of aangetekende brief met ontvangstbewijs, die uitnodigt te betalen binnen 15 dagen, de bevoegde rechter vermeldt en de artikelen 1338 tot 1344 van het Gerechtelijk Wetboek overneemt.",
            ("art. 1339 C. jud.", "art. 1339 Ger.W."),
            "https://www.droitsquotidiens.be/fr/question/quest-ce-quune-procedure-sommaire-dinjonction-de-payer",
            "S",
        ),
        BeLawyerRequest => nl(
            "La requête est signée par un avocat et déposée en deux exemplaires, avec l'écrit émanant du débiteur qui justifie la créance et la sommation.",
            "Het verzoekschrift wordt door een advocaat ondertekend en in twee exemplaren neergelegd, met het geschrift uitgaande van de schuldenaar dat de vordering staaft en de aanmaning.",
            (
                "art. 1338 et 1340–1342 C. jud.",
                "art. 1338 en 1340–1342 Ger.W.",
            ),
            "https://vlex.be/vid/procedure-sommaire-injonction-payer-40805625",
            "S",
        ),
        BeLanguage => nl(
            "La langue de la procédure est celle du siège du tribunal (Bruxelles : au choix du demandeur pour un défendeur domicilié dans l'agglomération), à peine de nullité.",
            "De taal van de rechtspleging is die van de zetel van de rechtbank (Brussel: naar keuze van de eiser voor een verweerder die in de agglomeratie woont), op straffe van nietigheid.",
            (
                "loi du 15 juin 1935, art. 1 à 4",
                "wet van 15 juni 1935, art. 1 tot 4",
            ),
            "https://axl.cefan.ulaval.ca/europe/belgiqueetat-loi1935.htm",
            "S",
        ),
        BeUncontestedB2b => nl(
            "Dette d'argent non contestée, certaine et exigible, entre entreprises inscrites à la Banque-Carrefour des Entreprises : un huissier, mandaté par un avocat, signifie une sommation de payer (recouvrement de dettes d'argent non contestées).",
            "Onbetwiste, zekere en opeisbare geldschuld tussen in de Kruispuntbank van Ondernemingen ingeschreven ondernemingen: een gerechtsdeurwaarder, in opdracht van een advocaat, betekent een aanmaning tot betalen (invordering van onbetwiste geldschulden).",
            (
                "art. 1394/20 et 1394/21 C. jud.",
                "art. 1394/20 en 1394/21 Ger.W.",
            ),
            CJ_1394,
            "S",
        ),
        BeUncontestedNotB2b => nl(
            "Le recouvrement de dettes non contestées suppose deux entreprises inscrites à la BCE, hors autorités publiques et consommateurs, et un débiteur qui n'est pas en faillite, en réorganisation judiciaire ou en règlement collectif de dettes.",
            "De invordering van onbetwiste geldschulden veronderstelt twee in de KBO ingeschreven ondernemingen, geen overheden of consumenten, en een schuldenaar die niet failliet, in gerechtelijke reorganisatie of in collectieve schuldenregeling is.",
            ("art. 1394/20 C. jud.", "art. 1394/20 Ger.W."),
            "https://vandenberghen.be/invordering-onbetwiste-geldschulden/",
            "S",
        ),
        BeUncontestedPeriods => nl(
            "Le débiteur dispose d'un mois pour payer, demander des facilités de paiement ou contester au moyen du formulaire de réponse ; le procès-verbal de non-contestation peut être dressé au plus tôt huit jours après l'expiration de ce délai.",
            "De schuldenaar beschikt over een maand om te betalen, betalingsfaciliteiten te vragen of te betwisten met het antwoordformulier; het proces-verbaal van niet-betwisting kan ten vroegste acht dagen na het verstrijken van die termijn worden opgesteld.",
            (
                "art. 1394/21 et 1394/22 C. jud.",
                "art. 1394/21 en 1394/22 Ger.W.",
            ),
            "https://corbus.be/nieuws/invordering-onbetwiste-geldschulden-door-gerechtsdeurwaarder-van-start/",
            "S",
        ),
        BeUncontestedCap => nl(
            "Les intérêts et la clause pénale ne peuvent ensemble dépasser 10 % du principal ; l'indemnité forfaitaire de 40 € par facture s'y ajoute.",
            "Interesten en strafbeding samen mogen niet meer bedragen dan 10 % van de hoofdsom; de forfaitaire vergoeding van 40 € per factuur komt daarbij.",
            (
                "art. 1394/20 C. jud. ; Gand, 24 mars 2017",
                "art. 1394/20 Ger.W.; Gent, 24 maart 2017",
            ),
            CJ_1394,
            "S",
        ),
        QcNoExParteOrder => en(
            "Le Québec ne connaît pas d'injonction de payer rendue sans débat : la demande est notifiée ou signifiée au débiteur, qui peut la contester ; à défaut de réponse, un jugement par défaut peut être rendu.",
            "Québec has no ex parte order for payment: the application is notified or served on the debtor, who may contest it; failing an answer, judgment may be rendered by default.",
            "C.p.c. art. 145, 180 et 546",
            "http://www.legisquebec.gouv.qc.ca/en/showversion/cs/C-25.01?code=se:145&pointInTime=20200929",
            "S",
        ),
        QcSmallClaims => en(
            "La réclamation n'excède pas 15 000 $, intérêts exclus : elle relève de la Division des petites créances de la Cour du Québec.",
            "The claim does not exceed $15,000, interest excluded: it belongs to the Small Claims Division of the Court of Québec.",
            "C.p.c. art. 536",
            QC_SMALL,
            "S",
        ),
        QcCreditorSizeUnknown => en(
            "Une personne morale ne peut agir aux petites créances que si elle a compté au plus 10 salariés en tout temps pendant les 12 mois précédant la demande : à vérifier.",
            "A legal person may sue in small claims only if at most 10 persons were bound to it by employment contract at all times during the 12 months before the application: to be checked.",
            "C.p.c. art. 536",
            "https://blogue.soquij.qc.ca/2015/07/27/mauvaises-creances-les-solutions-offertes-par-la-division-des-petites-creances",
            "S",
        ),
        QcCreditorTooLarge => en(
            "Le créancier a compté plus de 10 salariés pendant les 12 mois précédant la demande : la Division des petites créances ne lui est pas ouverte.",
            "More than 10 persons were bound to the creditor by employment contract during the 12 months before the application: the Small Claims Division is not open to it.",
            "C.p.c. art. 536",
            "https://blogue.soquij.qc.ca/2015/07/27/mauvaises-creances-les-solutions-offertes-par-la-division-des-petites-creances",
            "S",
        ),
        QcAboveSmallClaims => en(
            "La réclamation dépasse 15 000 $, intérêts exclus : la Division des petites créances n'est pas compétente.",
            "The claim exceeds $15,000, interest excluded: the Small Claims Division has no jurisdiction.",
            "C.p.c. art. 536",
            QC_SMALL,
            "S",
        ),
        QcCourtOfQuebec => en(
            "La valeur en litige est inférieure à 75 000 $ : la Cour du Québec, chambre civile, a compétence exclusive.",
            "The amount in dispute is below $75,000: the Court of Québec, Civil Division, has exclusive jurisdiction.",
            "C.p.c. art. 35",
            QC_ART35,
            "S",
        ),
        QcConcurrent => en(
            "La valeur en litige est d'au moins 75 000 $ et de moins de 100 000 $ : la Cour du Québec et la Cour supérieure sont concurremment compétentes, au choix du demandeur.",
            "The amount in dispute is at least $75,000 and below $100,000: the Court of Québec and the Superior Court have concurrent jurisdiction, at the plaintiff's choice.",
            "C.p.c. art. 35",
            QC_ART35,
            "S",
        ),
        QcSuperiorCourt => en(
            "La valeur en litige atteint 100 000 $ : la Cour supérieure est compétente.",
            "The amount in dispute is $100,000 or more: the Superior Court has jurisdiction.",
            "C.p.c. art. 35",
            QC_ART35,
            "S",
        ),
        QcMediation => en(
            "Pour une réclamation de 5 000 $ ou moins, la médiation gratuite est obligatoire dans les districts où elle est en vigueur, suivie d'un arbitrage sauf refus d'une partie.",
            "For a claim of $5,000 or less, free mediation is mandatory in the districts where it is in force, followed by arbitration unless a party refuses.",
            "C.p.c. (projet de loi 8, 2023)",
            "https://www.droit-inc.com/article68001-La-mediation-obligatoire-et-l-arbitrage-en-vigueur-aux-petites-creances",
            "S",
        ),
        QcNoLawyers => en(
            "Aux petites créances, les parties agissent elles-mêmes ; une personne morale agit par un dirigeant ou un employé qui n'est pas avocat.",
            "In small claims the parties act themselves; a legal person acts through an officer or employee who is not a lawyer.",
            "C.p.c., petites créances (représentation des parties)",
            "https://www.sblavocats.com/la-cour-des-petites-creances-et-les-entreprises/",
            "S",
        ),
        QcOptions => en(
            "Le greffier notifie la demande avec un avis des options ; le défendeur doit faire connaître son option dans les 20 jours, faute de quoi jugement peut être rendu sans autre avis.",
            "The clerk notifies the application with a notice of options; the defendant must state an option within 20 days, failing which judgment may be rendered without further notice.",
            "C.p.c. art. 545 et 546",
            "http://www.legisquebec.gouv.qc.ca/en/version/cs/C-25.01?code=se:546&history=20211018",
            "S",
        ),
        QcSummons => en(
            "La demande introductive d'instance est accompagnée d'un avis d'assignation ; le défendeur a 15 jours pour y répondre, faute de quoi un jugement par défaut peut être rendu.",
            "The originating application comes with a summons; the defendant has 15 days to answer, failing which judgment may be rendered by default.",
            "C.p.c. art. 145",
            "http://www.legisquebec.gouv.qc.ca/en/showversion/cs/C-25.01?code=se:145&pointInTime=20200929",
            "S",
        ),
        QcSimplifiedProcedure => en(
            "Devant la Cour du Québec, pour moins de 100 000 $, la procédure simplifiée limite la demande introductive d'instance à cinq pages.",
            "Before the Court of Québec, below $100,000, the simplified procedure limits the originating application to five pages.",
            "C.p.c. (projet de loi 8, 2023)",
            "https://langlois.ca/un-nouveau-projet-de-loi-du-gouvernement-du-quebec-visant-a-ameliorer-laccessibilite-de-la-justice-en-matiere-civile-et-changements-a-la-procedure-civile/",
            "S",
        ),
        QcConsiderAdr => en(
            "Avant de s'adresser au tribunal, les parties doivent considérer les modes privés de prévention et de règlement des différends.",
            "Before going to court, the parties must consider private dispute prevention and resolution processes.",
            "C.p.c. art. 1",
            "https://www.legisquebec.gouv.qc.ca/en/document/cs/C-25.01/20200401",
            "S",
        ),
        QcDemand => en(
            "La mise en demeure écrite, laissant un délai suffisant, constitue le débiteur en demeure ; à défaut, la demande en justice en tient lieu, mais les frais peuvent rester à la charge du créancier si le débiteur exécute dans un délai raisonnable.",
            "The written demand, leaving sufficient time, puts the debtor in default; without it the judicial application does, but the costs may stay with the creditor if the debtor performs within a reasonable time.",
            "C.c.Q. art. 1594 à 1596",
            "https://juriseo.ca/?p=3916",
            "S",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgian_points_have_dutch_and_the_others_english() {
        let be = Point::new(PointKind::BeSommation);
        assert!(be.nl.is_some() && be.en.is_none());
        assert_eq!(be.text(Language::En), be.fr, "French when no English");
        let qc = Point::new(PointKind::QcSmallClaims);
        assert!(qc.text(Language::En).contains("$15,000"));
        let tae = Point::new(PointKind::FrTae {
            city: "Lyon".into(),
        });
        assert!(tae.fr.contains("tribunal de commerce de Lyon"));
        let json = serde_json::to_value(&tae).unwrap();
        assert_eq!(json["kind"], "fr-tae");
        assert_eq!(json["city"], "Lyon");
    }
}
