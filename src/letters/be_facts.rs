//! What the Belgian letters need, computed once here so that the wording (src/letters) never
//! re-derives the law:
//!
//! * (a) [`free_period`] — the consumer's free first reminder period for this case: when it
//!   starts, its last free day, the first day damages may be counted, as dates and as printed
//!   in the letter's language;
//! * (b) [`after_period_charges`] — what will be claimed once that period is over (the first
//!   reminder's mandatory mention 1: the indemnity amount, and the interest rate and basis);
//! * (c) [`payment_instructions`] — the structured communication (given, or derived from the
//!   case reference), the payee's IBAN and BIC (the representative's account if any, else the
//!   creditor's), the amount and the EPC QR code as an SVG string;
//! * [`collector_mentions`] — the fixed data of a collector's notice to a consumer (XIX.7 §2):
//!   the SPF Economie's contact details and the lawyer's/bailiff's bold paragraph, with their
//!   confidence marks.
//!
//! Every function takes the case (and, where amounts are needed, its
//! [`Computation`](crate::compute::claim::Computation)) and is pure: the same case gives the same
//! facts, so reprints and batches agree.

use std::sync::LazyLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::case::model::{Case, InterestKind, Language};
use crate::compute::be::damages::{self, ConsumerRateBasis, IndemnityCap};
use crate::compute::be::epc_qr::{EpcTransfer, check_iban};
use crate::compute::be::regime::{self, Regime};
use crate::compute::be::reminder_period::ReminderChannel;
use crate::compute::be::structured_ref::{Derivation, StructuredRef, StructuredRefError};
use crate::compute::claim::Computation;
use crate::compute::money::round_cents;

// ---- dates --------------------------------------------------------------------------------

/// A date with its printed forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PrintedDate {
    pub date: NaiveDate,
    /// `28/01/2026` (the Belgian numeric form, in both languages).
    pub short: String,
    /// `28 janvier 2026`, `1er février 2026` (fr); `28 januari 2026` (nl). Non-breaking spaces.
    pub long: String,
}

/// The letter's language: the case's, French by default (English is refused by BE-LANG-001 and
/// printed in French here).
pub fn language(case: &Case) -> Language {
    match case.language {
        Some(Language::Nl) => Language::Nl,
        _ => Language::Fr,
    }
}

/// `date` printed in `lang` (French for anything but Dutch).
pub fn print_date(date: NaiveDate, lang: Language) -> PrintedDate {
    // The letters' own typography (`letters::locale`), so the facts print as the letter does.
    let loc = match lang {
        Language::Nl => super::locale::Locale::NlBe,
        _ => super::locale::Locale::FrBe,
    };
    PrintedDate {
        date,
        short: loc.short_date(date),
        long: loc.long_date(date),
    }
}

// ---- (a) the free first reminder's period -------------------------------------------------

/// The consumer's free first reminder period (CDE art. XIX.2, belgium.md §1.3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FreePeriodFacts {
    /// `true`: the first reminder is in the history (the letter being written comes after it);
    /// `false`: the letter being written **is** the first reminder, sent on the case's date.
    pub already_sent: bool,
    pub sent_on: PrintedDate,
    /// Paper (post, registered post, bailiff, by hand, unknown) or electronic (e-mail).
    pub channel: ReminderChannel,
    /// 14, or the longer period the reminder gives (`reminder.deadline_days`).
    pub period_days: u32,
    /// First day of the period (paper: 3rd working day after posting; e-mail: the next day).
    pub start: PrintedDate,
    /// Last day to pay without damages: the date to print as the reminder's deadline.
    pub last_free_day: PrintedDate,
    /// Why the last day was moved to the next working day (French: "samedi", "jour férié :
    /// Toussaint"); `None` when it was not.
    pub moved_because: Option<String>,
    /// First day interest and the indemnity may be counted (the day after the last free day).
    pub charges_from: PrintedDate,
}

/// The free first reminder's period of a consumer debt, or `None` when the case is not one
/// (Book XIX applies to an enterprise's claim on a consumer).
pub fn free_period(case: &Case) -> Option<FreePeriodFacts> {
    let r = regime::first_reminder(case)?;
    let lang = language(case);
    let p = &r.period;
    Some(FreePeriodFacts {
        already_sent: r.sent(),
        sent_on: print_date(p.sent_on, lang),
        channel: p.channel,
        period_days: p.period_days,
        start: print_date(p.start, lang),
        last_free_day: print_date(p.last_day.effective, lang),
        moved_because: p.last_day.moved_because.clone(),
        charges_from: print_date(p.charges_from, lang),
    })
}

// ---- (b) what will be claimed after the period ----------------------------------------------

/// The interest that will run after the period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InterestAfterPeriod {
    /// Annual rate in percent on the first day of charges.
    pub rate: Decimal,
    /// Agreed rate within the XIX.4 ceiling, or the legal rate (no rate agreed, or the agreed
    /// one above the ceiling).
    pub basis: ConsumerRateBasis,
    /// The XIX.4 ceiling (commercial rate) that day, when an agreed rate was compared with it.
    pub ceiling: Option<Decimal>,
    /// Short French label, as in the annex ("Taux légal belge 2026 (aucun taux convenu)").
    pub label: String,
    pub source: String,
    /// Interest for one day on the balance, rounded to the cent (`balance × rate / 36 500`).
    pub per_day: Decimal,
}

/// What a consumer will be asked for besides the principal once the first reminder's period is
/// over (XIX.2 mention 1, XIX.4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AfterPeriodCharges {
    /// The balance still due the amounts are computed on (the computation's principal).
    pub balance: Decimal,
    /// The first day they may be counted.
    pub from: PrintedDate,
    /// The contract's damages clause, capped by XIX.4; `None` without an express clause (then
    /// no indemnity may ever be claimed) or when the case waives it (`flat_indemnity: false`).
    pub indemnity: Option<Decimal>,
    /// The XIX.4 cap on the balance (with its formula), when there is a clause.
    pub indemnity_cap: Option<IndemnityCap>,
    /// Whether the clause was reduced to the cap.
    pub indemnity_reduced_to_cap: bool,
    /// `None` when the case claims no interest (`interest.kind: none`) or the rate tables do not
    /// reach the first day of charges (see `interest_unavailable`).
    pub interest: Option<InterestAfterPeriod>,
    /// Why the interest rate could not be given (a date beyond the tables).
    pub interest_unavailable: Option<String>,
}

/// What will be claimed after the free period, for a consumer debt; `None` otherwise.
pub fn after_period_charges(case: &Case, computation: &Computation) -> Option<AfterPeriodCharges> {
    let r = regime::first_reminder(case)?;
    let lang = language(case);
    // The balance of the invoices this (first) reminder concerns.
    let balance: Decimal = computation
        .invoices
        .iter()
        .filter(|i| r.covers(i.due_date))
        .map(|i| i.outstanding)
        .sum();
    let from = r.period.charges_from;
    let clause = case
        .contract
        .as_ref()
        .and_then(|c| c.indemnity_clause.as_ref())
        .filter(|_| case.flat_indemnity != Some(false));
    let (indemnity, indemnity_cap, reduced) = match clause {
        Some(c) => {
            let ci = damages::claimable_consumer_indemnity(
                Some(regime::clause_amount(c, balance)),
                balance,
            );
            (Some(ci.claimable), Some(ci.cap), ci.reduced_to_cap)
        }
        None => (None, None, false),
    };
    let kind = crate::compute::claim::interest_kind(case);
    let agreed = case
        .interest
        .as_ref()
        .filter(|i| i.kind == InterestKind::Contractual)
        .and_then(|i| i.rate)
        .map(|r| r.value());
    let (interest, interest_unavailable) = if kind == InterestKind::None {
        (None, None)
    } else {
        match damages::consumer_interest_rate(from, agreed) {
            Ok(rate) => (
                Some(InterestAfterPeriod {
                    per_day: round_cents(balance * rate.rate / Decimal::from(36_500)),
                    rate: rate.rate,
                    basis: rate.basis,
                    ceiling: rate.ceiling,
                    label: rate.label,
                    source: rate.source,
                }),
                None,
            ),
            Err(e) => (
                None,
                Some(format!(
                    "no rate known on {} ({})",
                    from.format("%d/%m/%Y"),
                    e.what
                )),
            ),
        }
    };
    Some(AfterPeriodCharges {
        balance,
        from: print_date(from, lang),
        indemnity,
        indemnity_cap,
        indemnity_reduced_to_cap: reduced,
        interest,
        interest_unavailable,
    })
}

// ---- (c) payment instructions -------------------------------------------------------------

/// Where the structured communication comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OgmSource {
    /// `payment_reference` of the case.
    Given,
    /// Derived from the case reference (see [`StructuredRef::derive_from_case_reference`]).
    Derived(Derivation),
}

/// The case's structured communication: the one given (validated), else one derived
/// deterministically from the case reference.
pub fn payment_reference(case: &Case) -> Result<(StructuredRef, OgmSource), StructuredRefError> {
    match case.payment_reference.as_deref() {
        Some(text) => StructuredRef::parse(text).map(|r| (r, OgmSource::Given)),
        None => StructuredRef::derive_from_case_reference(&case.reference)
            .map(|(r, how)| (r, OgmSource::Derived(how))),
    }
}

/// How to pay, as the letter prints it and as the EPC QR code carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PaymentInstructions {
    /// The structured communication, printed `+++123/4567/89002+++`.
    pub ogm: String,
    /// Its 12 digits, as the QR code carries them.
    pub ogm_digits: String,
    pub ogm_source: OgmSource,
    /// The account holder: the representative (lawyer, agency, bailiff) when the case gives its
    /// account, else the creditor.
    pub payee_name: String,
    pub payee_is_representative: bool,
    /// The IBAN, electronic form (`BE73735012345660`); `None` when the case gives no account.
    pub iban: Option<String>,
    /// The IBAN in groups of four (`BE73 7350 1234 5660`).
    pub iban_printed: Option<String>,
    pub bic: Option<String>,
    /// The amount to pay, rounded to the cent.
    pub amount: Decimal,
    /// The EPC069-12 payload (OGM digits in the structured field); `None` when no QR code can be
    /// made (see `qr_unavailable`).
    pub epc_payload: Option<String>,
    /// The QR code as a standalone SVG document, for the template to embed as an image.
    pub qr_svg: Option<String>,
    /// Why there is no QR code (no account, invalid IBAN or BIC, amount out of range).
    pub qr_unavailable: Option<String>,
}

/// The payment instructions of a letter asking for `amount` (normally the computation's
/// `totals.total`; for the free first reminder that is the principal). `Err` only when the
/// case's `payment_reference` is invalid (rule BE-PAY-001 reports it).
pub fn payment_instructions(
    case: &Case,
    amount: Decimal,
) -> Result<PaymentInstructions, StructuredRefError> {
    let (ogm, source) = payment_reference(case)?;
    let rep_bank = case
        .representative
        .as_ref()
        .and_then(|r| r.bank.as_ref().map(|b| (r.name.clone(), b)));
    let (payee_name, bank, payee_is_representative) = match rep_bank {
        Some((name, bank)) => (name, Some(bank), true),
        None => (
            case.creditor.name.clone(),
            case.creditor.bank.as_ref(),
            false,
        ),
    };
    let amount = round_cents(amount);
    let iban = bank.map(|b| match check_iban(&b.iban) {
        Ok(i) => i,
        Err(_) => crate::compute::be::epc_qr::normalize_iban(&b.iban),
    });
    let bic = bank.and_then(|b| b.bic.clone());
    let (epc_payload, qr_svg, qr_unavailable) = match &iban {
        None => (None, None, Some("no bank account in the case".to_string())),
        Some(iban) => {
            let transfer = EpcTransfer::with_ogm(
                payee_name.chars().take(70).collect::<String>(),
                iban.clone(),
                bic.clone(),
                amount,
                ogm,
            );
            match transfer.payload().and_then(|p| Ok((transfer.svg()?, p))) {
                Ok((svg, payload)) => (Some(payload), Some(svg), None),
                Err(e) => (None, None, Some(e.to_string())),
            }
        }
    };
    Ok(PaymentInstructions {
        ogm: ogm.to_string(),
        ogm_digits: ogm.digits(),
        ogm_source: source,
        payee_name,
        payee_is_representative,
        iban_printed: iban.as_deref().map(group_by_four),
        iban,
        bic,
        amount,
        epc_payload,
        qr_svg,
        qr_unavailable,
    })
}

/// `BE73735012345660` → `BE73 7350 1234 5660`.
pub fn group_by_four(s: &str) -> String {
    s.chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

// ---- collectors' fixed mentions ------------------------------------------------------------

/// The fixed data of a collector's notice to a consumer (CDE art. XIX.7 §2), in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CollectorMentions {
    /// The SPF Economie's Inspection économique: name, address lines, website.
    pub supervisor_name: String,
    pub supervisor_address: Vec<String>,
    pub supervisor_url: String,
    /// `S` (French, quoted by a source) or `K` (Dutch translation, verify).
    pub supervisor_confidence: String,
    /// Only for a lawyer's or bailiff's letter: the opening of the bold paragraph, whose full
    /// wording is unverified (rule BE-COL-003 warns) [K].
    pub bold_paragraph_opening: Option<String>,
    /// The repealed 2002 wording of that paragraph, for reference.
    pub bold_paragraph_legacy: Option<String>,
    pub source: String,
}

/// The collector mentions for `case` (`None` unless a representative writes to a consumer).
pub fn collector_mentions(case: &Case) -> Option<CollectorMentions> {
    use crate::case::model::RepresentativeKind;
    let rep = case.representative.as_ref()?;
    if regime::regime(case) != Regime::Consumer {
        return None;
    }
    let data = &*COLLECTOR;
    let (sup, para) = match language(case) {
        Language::Nl => (&data.supervisor.nl, &data.lawyer_bailiff_paragraph.nl),
        _ => (&data.supervisor.fr, &data.lawyer_bailiff_paragraph.fr),
    };
    let lawyer = matches!(
        rep.kind,
        RepresentativeKind::Lawyer | RepresentativeKind::Bailiff
    );
    Some(CollectorMentions {
        supervisor_name: sup.name.clone(),
        supervisor_address: sup.address.clone(),
        supervisor_url: data.supervisor.url.clone(),
        supervisor_confidence: sup.confidence.clone(),
        bold_paragraph_opening: lawyer.then(|| para.opening.clone()),
        bold_paragraph_legacy: lawyer.then(|| para.legacy_2002.clone()),
        source: format!(
            "{} ; {}",
            data.supervisor.source, data.lawyer_bailiff_paragraph.source
        ),
    })
}

static COLLECTOR: LazyLock<raw::Collector> = LazyLock::new(|| {
    serde_saphyr::from_str(include_str!("../../jurisdictions/be/collector.yaml"))
        .unwrap_or_else(|e| panic!("embedded jurisdictions/be/collector.yaml is invalid: {e}"))
});

mod raw {
    use super::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Collector {
        #[allow(dead_code)]
        pub table: String,
        pub supervisor: Supervisor,
        pub lawyer_bailiff_paragraph: Paragraph,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Supervisor {
        pub source: String,
        pub url: String,
        pub fr: SupervisorText,
        pub nl: SupervisorText,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct SupervisorText {
        pub confidence: String,
        pub name: String,
        pub address: Vec<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Paragraph {
        pub source: String,
        pub fr: ParagraphText,
        pub nl: ParagraphText,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct ParagraphText {
        pub opening: String,
        #[allow(dead_code)]
        pub opening_confidence: String,
        pub legacy_2002: String,
        #[allow(dead_code)]
        pub legacy_confidence: String,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::load::load_str;
    use crate::case::model::{
        BankAccount, Channel, ReminderTerms, Representative, RepresentativeKind,
    };
    use crate::compute::be::epc_qr::qr_code;
    use crate::compute::claim::compute;
    use std::str::FromStr;

    const BASE: &str = include_str!("../../jurisdictions/be/tests/base.yaml");

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }
    fn case(patch: impl Fn(&mut Case)) -> Case {
        let mut c = load_str(BASE, "base.yaml").unwrap().case;
        patch(&mut c);
        c
    }

    #[test]
    fn printed_dates() {
        assert_eq!(
            print_date(d("2026-02-01"), Language::Fr).long,
            "1er\u{a0}février\u{a0}2026"
        );
        assert_eq!(
            print_date(d("2026-01-28"), Language::Nl).long,
            "28\u{a0}januari\u{a0}2026"
        );
        assert_eq!(
            print_date(d("2026-01-28"), Language::Fr).short,
            "28/01/2026"
        );
    }

    #[test]
    fn free_period_of_the_reminder_being_written() {
        // No reminder yet: the letter of Monday 2 March 2026, posted, is the first reminder.
        let c = case(|c| {
            c.history.clear();
            c.language = Some(Language::Nl);
        });
        let f = free_period(&c).unwrap();
        assert!(!f.already_sent);
        // Tue 3 (1), Wed 4 (2), Thu 5 (3) → 5 to 18 March; damages from 19 March.
        assert_eq!(f.start.date, d("2026-03-05"));
        assert_eq!(f.last_free_day.date, d("2026-03-18"));
        assert_eq!(f.last_free_day.long, "18\u{a0}maart\u{a0}2026");
        assert_eq!(f.charges_from.short, "19/03/2026");
        assert_eq!(f.period_days, 14);
        // By e-mail: from the next day.
        let c = case(|c| {
            c.history.clear();
            c.reminder = Some(ReminderTerms {
                deadline_days: None,
                channel: Some(Channel::Email),
            });
        });
        let f = free_period(&c).unwrap();
        assert_eq!(
            (f.start.date, f.last_free_day.date),
            (d("2026-03-03"), d("2026-03-16"))
        );
        // Not a consumer debt: none.
        assert!(
            free_period(&case(
                |c| c.debtor.kind = crate::case::model::PartyKind::Professional
            ))
            .is_none()
        );
    }

    #[test]
    fn what_will_be_claimed_after_the_period() {
        let c = case(|c| c.history.clear());
        let comp = compute(&c);
        // The first reminder claims the principal only.
        assert_eq!(comp.totals.total, dec("640.00"));
        let a = after_period_charges(&c, &comp).unwrap();
        assert_eq!(a.balance, dec("640.00"));
        assert_eq!(a.from.date, d("2026-03-19"));
        // 10 % of 640 € = 64 €, under the XIX.4 cap of 72 €.
        assert_eq!(a.indemnity, Some(dec("64.00")));
        assert_eq!(a.indemnity_cap.as_ref().unwrap().cap, dec("72.00"));
        let i = a.interest.unwrap();
        // No rate agreed: legal rate 2026, 4,50 %; 640 × 4,5 / 36 500 = 0,0789 → 0,08 € a day.
        assert_eq!(
            (i.rate, i.basis),
            (dec("4.50"), ConsumerRateBasis::LegalRateNoClause)
        );
        assert_eq!(i.per_day, dec("0.08"));
        // A clause above the cap is reduced; no clause, no indemnity.
        let c = case(|c| {
            c.history.clear();
            c.contract
                .as_mut()
                .unwrap()
                .indemnity_clause
                .as_mut()
                .unwrap()
                .percent = Some(crate::compute::money::Amount(dec("20")));
        });
        let a = after_period_charges(&c, &compute(&c)).unwrap();
        assert_eq!(
            (a.indemnity, a.indemnity_reduced_to_cap),
            (Some(dec("72.00")), true)
        );
        let c = case(|c| {
            c.history.clear();
            c.contract.as_mut().unwrap().indemnity_clause = None;
        });
        assert_eq!(
            after_period_charges(&c, &compute(&c)).unwrap().indemnity,
            None
        );
    }

    #[test]
    fn payment_instructions_with_a_qr_code_that_decodes() {
        let c = case(|_| {});
        let comp = compute(&c);
        let p = payment_instructions(&c, comp.totals.total).unwrap();
        // DLV-2026-0031 is not numeric: hashed, deterministic.
        assert_eq!(p.ogm_source, OgmSource::Derived(Derivation::Hash));
        assert_eq!(
            p.ogm,
            StructuredRef::from_case_reference("DLV-2026-0031")
                .unwrap()
                .to_string()
        );
        assert_eq!(p.payee_name, "Cuisines Delvaux SRL");
        assert_eq!(p.iban.as_deref(), Some("BE73735012345660"));
        assert_eq!(p.iban_printed.as_deref(), Some("BE73 7350 1234 5660"));
        assert_eq!(p.amount, dec("706.60"));
        let payload = p.epc_payload.unwrap();
        assert_eq!(
            payload,
            format!(
                "BCD\n002\n1\nSCT\nKREDBEBB\nCuisines Delvaux SRL\nBE73735012345660\nEUR706.60\n\n{}",
                p.ogm_digits
            )
        );
        assert!(p.qr_svg.unwrap().starts_with("<?xml"));
        // The QR code decodes back to the payload.
        let code = qr_code(&payload).unwrap();
        let width = code.width();
        let img = image_of(&code);
        let mut prepared =
            rqrr::PreparedImage::prepare_from_greyscale(img.0, img.1, |x, y| img.2[y * img.0 + x]);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1, "width {width}");
        assert_eq!(grids[0].decode().unwrap().1, payload);

        // A representative's account wins; a given reference is used as is.
        let c = case(|c| {
            c.payment_reference = Some("+++123/4567/89002+++".into());
            c.representative = Some(Representative {
                kind: RepresentativeKind::Lawyer,
                name: "Maître Claire Lambert".into(),
                address: c.creditor.address.clone(),
                registration: None,
                contact: None,
                signatory: None,
                bank: Some(BankAccount {
                    iban: "BE21 0012 3456 7803".into(),
                    bic: None,
                }),
            });
        });
        let p = payment_instructions(&c, dec("100")).unwrap();
        assert_eq!(
            (p.ogm.as_str(), p.ogm_source),
            ("+++123/4567/89002+++", OgmSource::Given)
        );
        assert!(p.payee_is_representative);
        assert_eq!(p.iban.as_deref(), Some("BE21001234567803"));
        assert!(
            p.epc_payload
                .unwrap()
                .ends_with("EUR100.00\n\n123456789002")
        );
        // No account: instructions without a QR code; a bad reference: an error.
        let c = case(|c| c.creditor.bank = None);
        let p = payment_instructions(&c, dec("10")).unwrap();
        assert!(p.qr_svg.is_none() && p.qr_unavailable.is_some());
        let c = case(|c| c.payment_reference = Some("+++123/4567/89003+++".into()));
        assert!(payment_instructions(&c, dec("10")).is_err());
    }

    /// The QR code as a greyscale image, 4 pixels per module, with a quiet zone.
    fn image_of(code: &qrcode::QrCode) -> (usize, usize, Vec<u8>) {
        let scale = 4;
        let quiet = 4;
        let w = code.width();
        let size = (w + 2 * quiet) * scale;
        let mut px = vec![255u8; size * size];
        for y in 0..w {
            for x in 0..w {
                if code[(x, y)] == qrcode::Color::Dark {
                    for dy in 0..scale {
                        for dx in 0..scale {
                            px[((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx] = 0;
                        }
                    }
                }
            }
        }
        (size, size, px)
    }

    #[test]
    fn collector_mentions_for_a_lawyer_writing_to_a_consumer() {
        let c = case(|c| {
            c.representative = Some(Representative {
                kind: RepresentativeKind::Lawyer,
                name: "Maître Claire Lambert".into(),
                address: c.creditor.address.clone(),
                registration: None,
                contact: None,
                signatory: None,
                bank: None,
            });
        });
        let m = collector_mentions(&c).unwrap();
        assert!(m.supervisor_name.contains("Inspection économique"));
        assert_eq!(m.supervisor_address[1], "1000 Bruxelles");
        assert!(
            m.bold_paragraph_opening
                .unwrap()
                .starts_with("Cette lettre ne concerne PAS")
        );
        assert!(collector_mentions(&case(|_| {})).is_none(), "no collector");
    }
}
