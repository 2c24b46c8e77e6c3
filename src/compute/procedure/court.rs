//! Which court (or which route) a court request goes to, and why: France's injonction de
//! payer (arts 1405 ff. CPC), Belgium's summary injunction (arts 1338–1344 C. jud.) or
//! uncontested B2B debt recovery (arts 1394/20 ff.), Québec's small claims or originating
//! application (no ex parte order exists there).
//!
//! Everything is derived from the case: the parties' kinds and registrations, the debtor's
//! address, the claim's computation, and the `injunction` block's overrides. The court's own
//! name and address come from the case when it gives them; otherwise the draft states the
//! competent court by kind and territorial rule and leaves its address for completion.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::data::{self, Form};
use super::language::{CourtLanguage, court_language};
use super::points::{Point, PointKind};
use crate::case::model::{
    BelgianRoute, Case, CourtAddress, InjunctionTerms, Jurisdiction, Language, Matter, Party,
    PartyKind,
};
use crate::compute::be::damages::{UncontestedClaim, uncontested_b2b_claim};
use crate::compute::calendar::{self, Calendar, Deadline};
use crate::compute::claim::Computation;

/// The kind of proceedings the draft prepares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    /// France: requête en injonction de payer (arts 1405 ff. CPC).
    FrOrderForPayment,
    /// Belgium: requête en injonction de payer (arts 1338–1344 C. jud.).
    BeSummaryOrder,
    /// Belgium: recovery of an uncontested B2B money debt through a huissier (arts 1394/20 ff.).
    BeUncontestedDebt,
    /// Québec: application to the Small Claims Division (arts 536 ff. C.p.c.).
    QcSmallClaims,
    /// Québec: originating application with a summons (arts 141, 145 C.p.c.).
    QcOriginatingApplication,
}

/// A court, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Court {
    FrTribunalJudiciaire,
    FrJugeDesContentieuxDeLaProtection,
    FrTribunalDeCommerce,
    BeJusticeDePaix,
    BeTribunalDeLEntreprise,
    BeTribunalDePremiereInstance,
    QcSmallClaimsDivision,
    QcCourtOfQuebecCivilDivision,
    /// Court of Québec or Superior Court, at the plaintiff's choice (75 000 $ to < 100 000 $).
    QcCourtOfQuebecOrSuperiorCourt,
    QcSuperiorCourt,
}

impl Court {
    /// The court's name as a request is addressed, in `lang` (French when the court has no name
    /// in that language).
    pub fn name(self, lang: Language) -> &'static str {
        use Court::*;
        match (self, lang) {
            (FrTribunalJudiciaire, Language::En) => "Tribunal judiciaire (judicial court)",
            (FrTribunalJudiciaire, _) => "Tribunal judiciaire",
            (FrJugeDesContentieuxDeLaProtection, Language::En) => {
                "Juge des contentieux de la protection, tribunal judiciaire"
            }
            (FrJugeDesContentieuxDeLaProtection, _) => {
                "Juge des contentieux de la protection du tribunal judiciaire"
            }
            (FrTribunalDeCommerce, Language::En) => {
                "President of the tribunal de commerce (commercial court)"
            }
            (FrTribunalDeCommerce, _) => "Président du tribunal de commerce",
            (BeJusticeDePaix, Language::Nl) => "Vrederechter",
            (BeJusticeDePaix, _) => "Juge de paix",
            (BeTribunalDeLEntreprise, Language::Nl) => "Ondernemingsrechtbank",
            (BeTribunalDeLEntreprise, _) => "Tribunal de l'entreprise",
            (BeTribunalDePremiereInstance, Language::Nl) => "Rechtbank van eerste aanleg",
            (BeTribunalDePremiereInstance, _) => "Tribunal de première instance",
            (QcSmallClaimsDivision, Language::En) => "Court of Québec, Small Claims Division",
            (QcSmallClaimsDivision, _) => "Cour du Québec, Division des petites créances",
            (QcCourtOfQuebecCivilDivision, Language::En) => "Court of Québec, Civil Division",
            (QcCourtOfQuebecCivilDivision, _) => "Cour du Québec, chambre civile",
            (QcCourtOfQuebecOrSuperiorCourt, Language::En) => {
                "Court of Québec, Civil Division, or Superior Court"
            }
            (QcCourtOfQuebecOrSuperiorCourt, _) => {
                "Cour du Québec, chambre civile, ou Cour supérieure"
            }
            (QcSuperiorCourt, Language::En) => "Superior Court",
            (QcSuperiorCourt, _) => "Cour supérieure",
        }
    }
}

/// The procedure of the case's court request.
#[derive(Clone, Debug, Serialize)]
pub struct Procedure {
    pub jurisdiction: Jurisdiction,
    pub route: Route,
    /// The competent court by kind; `None` for Belgium's uncontested-debt route (a huissier
    /// acts; a magistrate later declares the record enforceable).
    pub court: Option<Court>,
    /// The court's name and address as the case gives them; `None`: leave the address block
    /// for completion.
    pub court_address: Option<CourtAddress>,
    /// Where the territorial rule points: the debtor's postcode and city.
    pub debtor_place: String,
    /// Why this route and court, in order.
    pub reasons: Vec<Point>,
    /// Whether the route is open for this case.
    pub available: bool,
    /// Why not, when it is not.
    pub unavailable_because: Vec<Point>,
    /// The court to use instead when the route is not open (Belgium: ordinary claim).
    pub alternative: Option<Court>,
    /// The amount compared with a ceiling: France none; Belgium the claim with its accessories
    /// (computation total); Québec the claim without interest (principal and fees).
    pub amount_tested: Decimal,
    /// The ceiling that applied, if any (Belgium 1 860 € before the juge de paix; Québec
    /// 15 000 $ for small claims).
    pub ceiling: Option<Decimal>,
    /// The official form a filing by form would use (France's Cerfa), with its confidence.
    pub form: Option<Form>,
    /// What else the draft should say (time limits, what does not apply, local variants).
    pub notes: Vec<Point>,
    /// Belgium's art. 1394/20 route: what it may claim (principal, increase capped at 10 %,
    /// 40 € per late invoice — `compute::be::damages::uncontested_b2b_claim`).
    pub uncontested: Option<UncontestedClaim>,
    /// Belgium: the language the request or sommation must use, from the court's seat (law of
    /// 15 June 1935); `None` elsewhere or when no Belgian postcode locates the seat.
    pub language: Option<CourtLanguage>,
}

fn debtor_abroad(case: &Case, home: &str) -> bool {
    case.debtor
        .address
        .country
        .as_deref()
        .is_some_and(|c| !c.trim().eq_ignore_ascii_case(home))
}

fn is_fr_merchant(p: &Party) -> bool {
    p.kind == PartyKind::Professional
        && p.registration
            .as_ref()
            .and_then(|r| r.rcs.as_deref())
            .is_some_and(|s| !s.trim().is_empty())
}

/// Belgium: an enterprise registered at the Banque-Carrefour des Entreprises.
pub fn is_be_enterprise(p: &Party) -> bool {
    p.kind == PartyKind::Professional
        && p.registration
            .as_ref()
            .and_then(|r| r.bce.as_deref())
            .is_some_and(|s| !s.trim().is_empty())
}

/// France: both parties merchants — the case's `injunction.commercial` when given, else both
/// professionals registered at the RCS.
pub fn fr_commercial(case: &Case) -> bool {
    case.injunction
        .as_ref()
        .and_then(|i| i.commercial)
        .unwrap_or_else(|| is_fr_merchant(&case.creditor) && is_fr_merchant(&case.debtor))
}

/// The procedure for the case's court request (with default terms when the case has no
/// `injunction` block).
pub fn procedure(case: &Case, computation: &Computation) -> Procedure {
    let default_terms = InjunctionTerms::default();
    let terms = case.injunction.as_ref().unwrap_or(&default_terms);
    let debtor_place = format!(
        "{} {}",
        case.debtor.address.postcode.trim(),
        case.debtor.address.city.trim()
    );
    let base = Procedure {
        jurisdiction: case.jurisdiction,
        route: Route::FrOrderForPayment,
        court: None,
        court_address: terms.court.clone(),
        debtor_place,
        reasons: Vec::new(),
        available: true,
        unavailable_because: Vec::new(),
        alternative: None,
        amount_tested: computation.totals.total,
        ceiling: None,
        form: None,
        notes: Vec::new(),
        uncontested: None,
        language: None,
    };
    match case.jurisdiction {
        Jurisdiction::Fr => france(case, terms, base),
        Jurisdiction::Be => belgium(case, terms, computation, base),
        Jurisdiction::Qc => quebec(case, terms, computation, base),
    }
}

fn france(case: &Case, terms: &InjunctionTerms, mut p: Procedure) -> Procedure {
    let forms = &data::FR.forms;
    p.reasons.push(Point::new(PointKind::FrDeterminedAmount));
    let (court, reason, form) = match terms.matter {
        Matter::ConsumerCredit => (
            Court::FrJugeDesContentieuxDeLaProtection,
            PointKind::FrConsumerCredit,
            &forms.juge_des_contentieux_de_la_protection,
        ),
        Matter::ResidentialLease => (
            Court::FrJugeDesContentieuxDeLaProtection,
            PointKind::FrResidentialLease,
            &forms.juge_des_contentieux_de_la_protection,
        ),
        Matter::Other if fr_commercial(case) => (
            Court::FrTribunalDeCommerce,
            PointKind::FrCommercialBetweenMerchants,
            &forms.tribunal_de_commerce,
        ),
        Matter::Other => (
            Court::FrTribunalJudiciaire,
            PointKind::FrCivil,
            &forms.tribunal_judiciaire,
        ),
    };
    p.court = Some(court);
    p.reasons.push(Point::new(reason));
    p.reasons.push(Point::new(PointKind::FrDebtorDomicile));
    p.form = Some(form.clone());
    p.notes
        .push(Point::new(PointKind::FrNoPriorAmicableAttempt));
    p.notes.push(Point::new(PointKind::FrOpposition));
    let postcode = case.debtor.address.postcode.trim();
    let in_france = !debtor_abroad(case, "FR");
    if court == Court::FrTribunalDeCommerce && in_france {
        if ["57", "67", "68"].iter().any(|d| postcode.starts_with(d)) {
            p.notes.push(Point::new(PointKind::FrAlsaceMoselle));
        }
        let city = case.debtor.address.city.trim();
        if case.date <= data::FR.tae_until
            && let Some(tae) = data::FR
                .tae_cities
                .iter()
                .find(|c| c.eq_ignore_ascii_case(city))
        {
            p.notes
                .push(Point::new(PointKind::FrTae { city: tae.clone() }));
        }
    }
    if !in_france {
        p.notes.push(Point::new(PointKind::FrDebtorAbroad));
    }
    p
}

fn belgium(
    case: &Case,
    terms: &InjunctionTerms,
    computation: &Computation,
    mut p: Procedure,
) -> Procedure {
    let d = &*data::BE;
    let b2b = is_be_enterprise(&case.creditor) && is_be_enterprise(&case.debtor);
    let total = computation.totals.total;
    match terms.route.unwrap_or(BelgianRoute::Summary) {
        BelgianRoute::Summary => {
            p.route = Route::BeSummaryOrder;
            p.amount_tested = total;
            if b2b {
                p.court = Some(Court::BeTribunalDeLEntreprise);
                p.reasons.push(Point::new(PointKind::BeBothEnterprises));
            } else {
                p.court = Some(Court::BeJusticeDePaix);
                p.ceiling = Some(d.summary_jp_ceiling.value());
                if total <= d.summary_jp_ceiling.value() {
                    p.reasons.push(Point::new(PointKind::BeUnderJpCeiling));
                } else {
                    p.available = false;
                    p.unavailable_because
                        .push(Point::new(PointKind::BeAboveJpCeiling));
                    p.alternative = Some(ordinary_be_court(case, total));
                }
            }
            if debtor_abroad(case, "BE") {
                p.available = false;
                p.unavailable_because
                    .push(Point::new(PointKind::BeDebtorAbroad));
            }
            p.notes.push(Point::new(PointKind::BeSommation));
            p.notes.push(Point::new(PointKind::BeLawyerRequest));
        }
        BelgianRoute::Uncontested => {
            p.route = Route::BeUncontestedDebt;
            p.court = None;
            p.amount_tested = computation.totals.principal;
            let excluded = case.creditor.kind == PartyKind::PublicBody
                || case.debtor.kind == PartyKind::PublicBody
                || case.debtor.over_indebtedness;
            if b2b && !excluded {
                p.reasons.push(Point::new(PointKind::BeUncontestedB2b));
            } else {
                p.available = false;
                p.unavailable_because
                    .push(Point::new(PointKind::BeUncontestedNotB2b));
                p.alternative = Some(ordinary_be_court(case, total));
            }
            p.uncontested = Some(uncontested_claim(computation));
            p.notes.push(Point::new(PointKind::BeUncontestedPeriods));
            p.notes.push(Point::new(PointKind::BeUncontestedCap));
        }
    }
    // The language of the proceedings: stated from the seat when creance can locate it (the
    // draft prints it in its body), else the general rule as a note.
    p.language = court_language(case);
    if p.language.is_none() {
        p.notes.push(Point::new(PointKind::BeLanguage));
    }
    p
}

/// Belgium's ordinary court for a claim of `amount` (art. 573, 590 C. jud.; belgium.md §8c):
/// the tribunal de l'entreprise between enterprises, else the juge de paix up to 5 000 €,
/// else the tribunal de première instance.
pub fn ordinary_be_court(case: &Case, amount: Decimal) -> Court {
    if is_be_enterprise(&case.creditor) && is_be_enterprise(&case.debtor) {
        Court::BeTribunalDeLEntreprise
    } else if amount <= data::BE.jp_ceiling.value() {
        Court::BeJusticeDePaix
    } else {
        Court::BeTribunalDePremiereInstance
    }
}

/// Art. 1394/20 C. jud.: the principal, the interest and penalty the creditor is entitled to
/// (the computation's interest and the fees other than flat indemnities) capped at 10 % of the
/// principal, and 40 € per late invoice — through `compute::be::damages::uncontested_b2b_claim`
/// (examples.md BE-5: 4 413,91 € → 4 895,30 €).
pub fn uncontested_claim(computation: &Computation) -> UncontestedClaim {
    use crate::case::model::FeeKind;
    let penalty: Decimal = computation
        .fees
        .iter()
        .filter(|f| f.kind != FeeKind::FlatIndemnity)
        .map(|f| f.amount)
        .sum();
    uncontested_b2b_claim(
        computation.totals.principal,
        Some(computation.totals.interest + penalty),
        uncontested_late_invoices(computation),
    )
}

/// The invoices that earn the 40 € flat indemnity on the art. 1394/20 route: still owed and
/// past due on the computation date.
pub fn uncontested_late_invoices(computation: &Computation) -> u32 {
    computation
        .invoices
        .iter()
        .filter(|i| i.outstanding > Decimal::ZERO && i.due_date < computation.as_of)
        .count() as u32
}

/// The time limits of the art. 1394/20 route from the day the huissier serves the sommation:
/// the debtor's month to answer (art. 1394/22), then the earliest day for the PV of
/// non-contestation (8 days after that month, belgium.md §8b [S]). Counted with C. jud.
/// art. 52–53 and the Belgian calendar (a month ending on a non-working day moves to the next
/// working day); the PV date is the first day *after* the 8 days.
pub fn uncontested_periods(served: NaiveDate) -> Option<(Deadline, NaiveDate)> {
    let cal = Calendar::belgium();
    let reply = calendar::deadline_months(&cal, served, data::BE.uncontested_reply_months)?;
    let pv = reply
        .effective
        .checked_add_days(chrono::Days::new(u64::from(
            data::BE.uncontested_pv_days_after,
        )))?
        .succ_opt()?;
    Some((reply, pv))
}

fn quebec(
    case: &Case,
    terms: &InjunctionTerms,
    computation: &Computation,
    mut p: Procedure,
) -> Procedure {
    let d = &*data::QC;
    // Small claims: "15 000 $ or less, excluding interest" (quebec.md §6.1).
    let amount = computation.totals.principal + computation.totals.fees;
    p.amount_tested = amount;
    p.ceiling = Some(d.small_claims_ceiling.value());
    p.notes.push(Point::new(PointKind::QcNoExParteOrder));
    let natural_person = case.creditor.kind == PartyKind::Consumer;
    let too_large = !natural_person
        && terms
            .creditor_employees
            .is_some_and(|n| n > d.small_claims_max_employees);
    if amount <= d.small_claims_ceiling.value() && !too_large {
        p.route = Route::QcSmallClaims;
        p.court = Some(Court::QcSmallClaimsDivision);
        p.reasons.push(Point::new(PointKind::QcSmallClaims));
        if !natural_person && terms.creditor_employees.is_none() {
            p.notes.push(Point::new(PointKind::QcCreditorSizeUnknown));
        }
        if amount <= d.mediation_up_to() {
            p.notes.push(Point::new(PointKind::QcMediation));
        }
        p.notes.push(Point::new(PointKind::QcNoLawyers));
        p.notes.push(Point::new(PointKind::QcOptions));
    } else {
        p.route = Route::QcOriginatingApplication;
        if too_large && amount <= d.small_claims_ceiling.value() {
            p.reasons.push(Point::new(PointKind::QcCreditorTooLarge));
        } else {
            p.reasons.push(Point::new(PointKind::QcAboveSmallClaims));
        }
        let (court, why) = if amount < d.court_of_quebec_exclusive_below.value() {
            (
                Court::QcCourtOfQuebecCivilDivision,
                PointKind::QcCourtOfQuebec,
            )
        } else if amount < d.superior_court_from.value() {
            (
                Court::QcCourtOfQuebecOrSuperiorCourt,
                PointKind::QcConcurrent,
            )
        } else {
            (Court::QcSuperiorCourt, PointKind::QcSuperiorCourt)
        };
        p.court = Some(court);
        p.reasons.push(Point::new(why));
        p.notes.push(Point::new(PointKind::QcSummons));
        if court != Court::QcSuperiorCourt {
            p.notes.push(Point::new(PointKind::QcSimplifiedProcedure));
        }
    }
    p.notes.push(Point::new(PointKind::QcDemand));
    p.notes.push(Point::new(PointKind::QcConsiderAdr));
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::claim::compute;
    use crate::compute::test_util::dec;

    use crate::rules::pack_tests::patched_case as case;

    const FR: &str = include_str!("../../../jurisdictions/fr/tests/base.yaml");
    const QC: &str = include_str!("../../../jurisdictions/qc/tests/base.yaml");
    const BE: &str = include_str!("../../../jurisdictions/be/tests/base-plan.yaml");

    fn proc_of(c: &Case) -> Procedure {
        procedure(c, &compute(c))
    }

    #[test]
    fn france_commercial_court_between_merchants_else_judicial_court_or_protection_judge() {
        let c = case(FR, "{injunction: {}}");
        let p = proc_of(&c);
        assert_eq!(p.court, Some(Court::FrTribunalDeCommerce));
        assert_eq!(p.form.as_ref().unwrap().reference(), "12946*02");
        assert!(
            p.reasons
                .iter()
                .any(|r| r.kind == PointKind::FrDebtorDomicile)
        );
        assert!(
            p.notes
                .iter()
                .any(|r| r.kind == PointKind::FrNoPriorAmicableAttempt)
        );
        assert_eq!(p.debtor_place, "38000 Grenoble");
        assert!(p.available);
        // A debtor without an RCS registration (a liberal profession, a craftsman): TJ.
        let c = case(FR, "{injunction: {}, debtor: {registration: {rcs: null}}}");
        let p = proc_of(&c);
        assert_eq!(p.court, Some(Court::FrTribunalJudiciaire));
        assert_eq!(p.form.unwrap().reference(), "12948*06");
        // Overridden either way by `commercial`.
        let c = case(FR, "{injunction: {commercial: false}}");
        assert_eq!(proc_of(&c).court, Some(Court::FrTribunalJudiciaire));
        let c = case(
            FR,
            "{injunction: {matter: consumer_credit}, debtor: {kind: consumer}}",
        );
        let p = proc_of(&c);
        assert_eq!(p.court, Some(Court::FrJugeDesContentieuxDeLaProtection));
        assert_eq!(p.form.unwrap().confidence, "K");
        // A debtor in Lyon: the commercial court is a TAE until 2028; in Metz, Alsace-Moselle.
        let c = case(
            FR,
            "{injunction: {}, debtor: {address: {city: Lyon, postcode: '69003'}}}",
        );
        assert!(
            proc_of(&c)
                .notes
                .iter()
                .any(|n| matches!(&n.kind, PointKind::FrTae { city } if city == "Lyon"))
        );
        let c = case(
            FR,
            "{injunction: {}, debtor: {address: {city: Metz, postcode: '57000'}}}",
        );
        assert!(
            proc_of(&c)
                .notes
                .iter()
                .any(|n| n.kind == PointKind::FrAlsaceMoselle)
        );
        let c = case(
            FR,
            "{injunction: {}, debtor: {address: {country: DE, postcode: '10115', city: Berlin}}}",
        );
        assert!(
            proc_of(&c)
                .notes
                .iter()
                .any(|n| n.kind == PointKind::FrDebtorAbroad)
        );
    }

    #[test]
    fn quebec_small_claims_up_to_15000_then_court_of_quebec_and_superior_court() {
        // The base case: 24 650 − 5 000 = 19 650 $ of principal → Court of Québec.
        let c = case(QC, "{injunction: {}}");
        let p = proc_of(&c);
        assert_eq!(p.amount_tested, dec("19650.00"));
        assert_eq!(p.route, Route::QcOriginatingApplication);
        assert_eq!(p.court, Some(Court::QcCourtOfQuebecCivilDivision));
        assert!(
            p.reasons
                .iter()
                .any(|r| r.kind == PointKind::QcAboveSmallClaims)
        );
        // 15 000,00 exactly: small claims (interest excluded, so interest may push the total over).
        let c = case(
            QC,
            "{injunction: {}, invoices: [{number: A-1, issue_date: 2025-10-01, due_date: 2025-10-31, amount: 15000}], payments: []}",
        );
        let p = proc_of(&c);
        assert_eq!(p.route, Route::QcSmallClaims);
        assert!(
            p.notes
                .iter()
                .any(|n| n.kind == PointKind::QcCreditorSizeUnknown)
        );
        let c = case(
            QC,
            "{injunction: {creditor_employees: 12}, invoices: [{number: A-1, issue_date: 2025-10-01, due_date: 2025-10-31, amount: 4000}], payments: []}",
        );
        let p = proc_of(&c);
        assert_eq!(p.court, Some(Court::QcCourtOfQuebecCivilDivision));
        assert!(
            p.reasons
                .iter()
                .any(|r| r.kind == PointKind::QcCreditorTooLarge)
        );
        let c = case(
            QC,
            "{injunction: {creditor_employees: 3}, invoices: [{number: A-1, issue_date: 2025-10-01, due_date: 2025-10-31, amount: 4000}], payments: []}",
        );
        let p = proc_of(&c);
        assert_eq!(p.court, Some(Court::QcSmallClaimsDivision));
        assert!(p.notes.iter().any(|n| n.kind == PointKind::QcMediation));
        for (amount, court) in [
            ("74999.99", Court::QcCourtOfQuebecCivilDivision),
            ("75000", Court::QcCourtOfQuebecOrSuperiorCourt),
            ("99999.99", Court::QcCourtOfQuebecOrSuperiorCourt),
            ("100000", Court::QcSuperiorCourt),
        ] {
            let c = case(
                QC,
                &format!(
                    "{{injunction: {{}}, invoices: [{{number: A-1, issue_date: 2025-10-01, due_date: 2025-10-31, amount: {amount}}}], payments: []}}"
                ),
            );
            assert_eq!(proc_of(&c).court, Some(court), "{amount}");
        }
    }

    #[test]
    fn belgium_summary_order_ceiling_and_uncontested_route() {
        // Two BCE-registered enterprises: tribunal de l'entreprise, no ceiling.
        let c = case(BE, "{injunction: {}}");
        let p = proc_of(&c);
        assert_eq!(p.route, Route::BeSummaryOrder);
        assert_eq!(p.court, Some(Court::BeTribunalDeLEntreprise));
        assert!(p.available && p.ceiling.is_none());
        // A consumer debtor: juge de paix up to 1 860 €.
        let small = "{injunction: {}, debtor: {kind: consumer, registration: null}, interest: {kind: none}, invoices: [{number: B-1, issue_date: 2025-10-01, due_date: 2025-10-31, amount: 1860}], payments: []}";
        let p = proc_of(&case(BE, small));
        assert_eq!((p.court, p.available), (Some(Court::BeJusticeDePaix), true));
        let big = small.replace("amount: 1860}", "amount: 1860.01}");
        let p = proc_of(&case(BE, &big));
        assert!(!p.available);
        assert_eq!(p.alternative, Some(Court::BeJusticeDePaix));
        assert!(
            p.unavailable_because
                .iter()
                .any(|r| r.kind == PointKind::BeAboveJpCeiling)
        );
        let abroad = small.replace("kind: consumer,", "kind: consumer, address: {lines: ['1 Main St'], postcode: '75001', city: Paris, country: FR},");
        let p = proc_of(&case(BE, &abroad));
        assert!(
            p.unavailable_because
                .iter()
                .any(|r| r.kind == PointKind::BeDebtorAbroad)
        );
        // Art. 1394/20, examples.md BE-5: 4 413,91 € with interest above 10 % → 441,39 + 40.
        let c = case(
            BE,
            "{injunction: {route: uncontested}, interest: {kind: contractual, rate: 30}, invoices: [{number: B-1, issue_date: 2024-10-01, due_date: 2024-10-31, amount: 4413.91}], payments: []}",
        );
        let p = proc_of(&c);
        assert_eq!(p.route, Route::BeUncontestedDebt);
        assert!(p.available && p.court.is_none());
        let u = p.uncontested.unwrap();
        assert_eq!(
            (u.increase, u.flat_indemnity, u.total),
            (dec("441.39"), dec("40.00"), dec("4895.30"))
        );
        let c = case(
            BE,
            "{injunction: {route: uncontested}, debtor: {kind: consumer, registration: null}}",
        );
        assert!(!proc_of(&c).available);
    }

    #[test]
    fn uncontested_periods_count_one_month_then_eight_days() {
        // Served Mon 2 March 2026 → one month: Thu 2 April 2026; PV from Sat 11 April.
        let (reply, pv) = uncontested_periods("2026-03-02".parse().unwrap()).unwrap();
        assert_eq!(reply.effective, "2026-04-02".parse::<NaiveDate>().unwrap());
        assert_eq!(pv, "2026-04-11".parse::<NaiveDate>().unwrap());
        // Served 4 April 2026 → 4 May 2026 (Monday).
        let (reply, _) = uncontested_periods("2026-04-04".parse().unwrap()).unwrap();
        assert_eq!(reply.effective, "2026-05-04".parse::<NaiveDate>().unwrap());
        // Served 1 April 2026 → 1 May (Labour Day, Friday) → Monday 4 May.
        let (reply, _) = uncontested_periods("2026-04-01".parse().unwrap()).unwrap();
        assert_eq!(reply.effective, "2026-05-04".parse::<NaiveDate>().unwrap());
    }
}
