//! What a Belgian creditor may claim besides the principal: the consumer caps of CDE Book XIX
//! and the B2B flat amounts of the loi du 2 août 2002 and of C. jud. art. 1394/20.
//!
//! The amounts and tiers are data (`jurisdictions/be/damages.yaml`, parsed once, each block
//! with its source and confidence mark); this module applies them, rounding each computed line
//! once with [`round_cents`].
//!
//! Consumer debts (CDE art. XIX.4, belgium.md §1.5; official text not read, numbers [C] from
//! several secondary sources): after the free first reminder's 14-day period
//! ([`super::reminder_period`]) the creditor may claim only
//!
//! * late-payment **interest** at a rate not above the commercial rate of art. 5 al. 2 of the loi
//!   du 2 août 2002 ([`consumer_interest_rate`], [`accrue_consumer`]);
//! * and/or a flat **indemnity**, only if the contract expressly provides it, capped by the
//!   balance still due ([`consumer_indemnity_cap`], [`claimable_consumer_indemnity`]);
//! * for regular-supply contracts, from the 4th unpaid due date of a calendar year, a reminder
//!   fee of at most 7,50 € plus postage ([`regular_supply_reminder_fee_cap`], art. XIX.3 [U]).

use std::str::FromStr;
use std::sync::LazyLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::rates::{self, BeRateKind};
use crate::compute::accrual::{PeriodRate, lines_over};
use crate::compute::dated_table::split_by_unit;
use crate::compute::interest::{InterestLine, MissingRate};
use crate::compute::money::{format_eur_fr, format_percent_fr, round_cents};
use crate::compute::rates::semester_of;
use crate::compute::table_checks::{FR_BE_MARKS, check_confidence};

const DAMAGES_YAML: &str = include_str!("../../../jurisdictions/be/damages.yaml");

/// One tier of the XIX.4 indemnity cap: for a balance up to `up_to` (the last tier: any
/// balance), `fixed + percent % × (balance − percent_base_from)`, then at most `absolute_max`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndemnityTier {
    pub up_to: Option<Decimal>,
    pub fixed: Decimal,
    /// Percent (`10` = 10 %).
    pub percent: Decimal,
    pub percent_base_from: Decimal,
    pub absolute_max: Option<Decimal>,
    pub note: Option<String>,
}

/// The XIX.4 tiers with their provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndemnityCaps {
    pub tiers: Vec<IndemnityTier>,
    pub source: String,
    pub confidence: String,
}

/// Art. XIX.3: paying reminders for regular-supply contracts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegularSupplyRule {
    pub free_unpaid_due_dates_per_calendar_year: u32,
    pub max_fee: Decimal,
    pub plus_postage: bool,
    pub source: String,
    pub confidence: String,
    pub note: Option<String>,
}

/// A flat amount with its provenance (the B2B 40 €, the 1394/20 10 %).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourcedValue {
    pub value: Decimal,
    pub source: String,
    pub confidence: String,
    pub note: Option<String>,
}

/// `jurisdictions/be/damages.yaml`, parsed and checked. Obtain it with [`belgium_damages()`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BelgiumDamages {
    pub consumer_indemnity_caps: IndemnityCaps,
    pub regular_supply_reminders: RegularSupplyRule,
    /// Loi 2.8.2002 art. 6: 40 € per late invoice.
    pub b2b_flat_indemnity: SourcedValue,
    /// C. jud. art. 1394/20: at most 10 % of the principal for interest and penalty clause.
    pub uncontested_b2b_max_increase_percent: SourcedValue,
    /// Loi 2.8.2002 art. 4: without an agreed term, payment is due within this many calendar
    /// days from the day after the invoice was received.
    pub b2b_default_term_days: u32,
}

static DAMAGES: LazyLock<BelgiumDamages> = LazyLock::new(|| {
    BelgiumDamages::parse(DAMAGES_YAML)
        // Embedded at build time and checked by the unit tests.
        .unwrap_or_else(|e| panic!("embedded jurisdictions/be/damages.yaml is invalid: {e}"))
});

/// The embedded Belgian damages data, parsed once.
pub fn belgium_damages() -> &'static BelgiumDamages {
    &DAMAGES
}

impl BelgiumDamages {
    /// Parses and checks `damages.yaml`: amounts are non-negative decimal strings; tiers are
    /// sorted by `up_to`, and only the last one is open-ended; confidence marks are P/S/K.
    pub fn parse(yaml: &str) -> Result<Self, String> {
        let file: raw::File =
            serde_saphyr::from_str(yaml).map_err(|e| format!("damages.yaml: {e}"))?;
        let caps = &file.consumer_indemnity_caps;
        check_mark(&caps.confidence, "consumer_indemnity_caps")?;
        let mut tiers: Vec<IndemnityTier> = Vec::new();
        let count = caps.tiers.len();
        for (i, t) in caps.tiers.iter().enumerate() {
            let at = format!("consumer_indemnity_caps tier {}", i + 1);
            let up_to = t.up_to.as_deref().map(|v| amount(v, &at)).transpose()?;
            match (up_to, i + 1 == count) {
                (None, false) => return Err(format!("{at}: only the last tier may omit up_to")),
                (Some(_), true) => return Err(format!("{at}: the last tier must omit up_to")),
                _ => {}
            }
            if let (Some(u), Some(prev)) = (up_to, tiers.last().and_then(|p| p.up_to))
                && u <= prev
            {
                return Err(format!("{at}: up_to must increase"));
            }
            tiers.push(IndemnityTier {
                up_to,
                fixed: amount(&t.fixed, &at)?,
                percent: amount(&t.percent, &at)?,
                percent_base_from: amount(&t.percent_base_from, &at)?,
                absolute_max: t
                    .absolute_max
                    .as_deref()
                    .map(|v| amount(v, &at))
                    .transpose()?,
                note: t.note.clone(),
            });
        }
        if tiers.is_empty() {
            return Err("consumer_indemnity_caps: no tiers".into());
        }
        let rs = file.regular_supply_reminders;
        check_mark(&rs.confidence, "regular_supply_reminders")?;
        check_mark(&file.b2b_flat_indemnity.confidence, "b2b_flat_indemnity")?;
        if file.b2b_flat_indemnity.per != "invoice" {
            return Err("b2b_flat_indemnity: per must be `invoice` (CJEU C-370/21)".into());
        }
        check_mark(&file.uncontested_b2b.confidence, "uncontested_b2b")?;
        check_mark(&file.b2b_default_term.confidence, "b2b_default_term")?;
        if file.b2b_default_term.days == 0 {
            return Err("b2b_default_term: days must be positive".into());
        }
        Ok(BelgiumDamages {
            consumer_indemnity_caps: IndemnityCaps {
                tiers,
                source: file.consumer_indemnity_caps.source,
                confidence: file.consumer_indemnity_caps.confidence,
            },
            regular_supply_reminders: RegularSupplyRule {
                free_unpaid_due_dates_per_calendar_year: rs.free_unpaid_due_dates_per_calendar_year,
                max_fee: amount(&rs.max_fee, "regular_supply_reminders")?,
                plus_postage: rs.plus_postage,
                source: rs.source,
                confidence: rs.confidence,
                note: rs.note,
            },
            b2b_flat_indemnity: SourcedValue {
                value: amount(&file.b2b_flat_indemnity.amount, "b2b_flat_indemnity")?,
                source: file.b2b_flat_indemnity.source,
                confidence: file.b2b_flat_indemnity.confidence,
                note: None,
            },
            uncontested_b2b_max_increase_percent: SourcedValue {
                value: amount(
                    &file.uncontested_b2b.max_increase_percent,
                    "uncontested_b2b",
                )?,
                source: file.uncontested_b2b.source,
                confidence: file.uncontested_b2b.confidence,
                note: file.uncontested_b2b.note,
            },
            b2b_default_term_days: file.b2b_default_term.days,
        })
    }
}

// --- Consumer indemnity (XIX.4) ------------------------------------------------------------

/// The XIX.4 cap for one balance, with how it was computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndemnityCap {
    /// The balance still due (solde restant dû) the cap is computed on.
    pub balance: Decimal,
    /// 1-based tier; `None` when nothing is due (balance ≤ 0).
    pub tier: Option<usize>,
    /// The maximum indemnity, rounded to the cent.
    pub cap: Decimal,
    /// The computation in French, for the annex: `30,00 € + 10,00 % × (200,00 € − 150,01 €)`.
    pub formula: String,
    pub source: String,
    pub confidence: String,
}

/// The maximum flat indemnity a consumer may be asked to pay on `balance` (CDE art. XIX.4):
///
/// | balance B | cap |
/// |---|---|
/// | B ≤ 150 € | 20 € |
/// | 150,01 € ≤ B ≤ 500 € | 30 € + 10 % × (B − 150,01 €) |
/// | B > 500 € | 65 € + 5 % × (B − 500 €), at most 2 000 € |
///
/// examples.md BE-3: 100 € → 20,00 €; 150 € → 20,00 €; 500 € → 65,00 €; ≥ 39 200 € → 2 000,00 €.
///
/// The second-tier base is [U] in belgium.md (B − 150 or B − 150,01); the data uses the lower
/// cap, B − 150,01 (it differs by at most 0,001 € before rounding, e.g. 150,05 € → 30,00 € where
/// B − 150 would give 30,01 €). A balance ≤ 0 has no indemnity.
pub fn consumer_indemnity_cap(balance: Decimal) -> IndemnityCap {
    let caps = &belgium_damages().consumer_indemnity_caps;
    let mut out = IndemnityCap {
        balance,
        tier: None,
        cap: Decimal::ZERO,
        formula: "aucun solde restant dû".to_string(),
        source: caps.source.clone(),
        confidence: caps.confidence.clone(),
    };
    if balance <= Decimal::ZERO {
        return out;
    }
    let (index, tier) = caps
        .tiers
        .iter()
        .enumerate()
        .find(|(_, t)| t.up_to.is_none_or(|u| balance <= u))
        .expect("the last tier is open-ended (checked when parsing)");
    let part = (balance - tier.percent_base_from).max(Decimal::ZERO);
    let mut raw = tier.fixed + tier.percent * part / Decimal::ONE_HUNDRED;
    let mut formula = if tier.percent.is_zero() {
        format_eur_fr(tier.fixed)
    } else {
        format!(
            "{} + {} × ({} − {})",
            format_eur_fr(tier.fixed),
            format_percent_fr(tier.percent),
            format_eur_fr(balance),
            format_eur_fr(tier.percent_base_from)
        )
    };
    if let Some(max) = tier.absolute_max {
        formula = format!("min({formula} ; {})", format_eur_fr(max));
        raw = raw.min(max);
    }
    out.tier = Some(index + 1);
    out.cap = round_cents(raw);
    out.formula = formula;
    out
}

/// The indemnity that may actually be claimed from a consumer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsumerIndemnity {
    /// What the contract provides, if it expressly provides an indemnity.
    pub contractual: Option<Decimal>,
    pub cap: IndemnityCap,
    /// min(contractual, cap); 0 without an express clause.
    pub claimable: Decimal,
    /// Whether the contractual amount was reduced to the cap (the excess clause is "réputée non
    /// écrite" for the excess, belgium.md §1.5 [S]).
    pub reduced_to_cap: bool,
}

/// XIX.4: the indemnity claimable on `balance`, given the contract's own indemnity
/// (`contractual`, already computed from the contract's terms; `None` when the contract does not
/// expressly provide one — then nothing may be claimed, belgium.md §1.6 [C]).
pub fn claimable_consumer_indemnity(
    contractual: Option<Decimal>,
    balance: Decimal,
) -> ConsumerIndemnity {
    let cap = consumer_indemnity_cap(balance);
    let (claimable, reduced_to_cap) = match contractual {
        None => (Decimal::ZERO, false),
        Some(c) => {
            let c = round_cents(c.max(Decimal::ZERO));
            if c > cap.cap {
                (cap.cap, true)
            } else {
                (c, false)
            }
        }
    };
    ConsumerIndemnity {
        contractual,
        cap,
        claimable,
        reduced_to_cap,
    }
}

// --- Consumer interest (XIX.4) -------------------------------------------------------------

/// Why a consumer interest rate was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsumerRateBasis {
    /// The contractual rate, not above the commercial rate (XIX.4 ceiling).
    Contractual,
    /// The contractual rate exceeds the ceiling: such a clause is not valid and the creditor
    /// gets only the civil legal rate (Schoups, belgium.md §1.5 [S]). Reducing to the ceiling
    /// would be the other reading; the legal rate is the lower, conservative one.
    LegalRateContractAboveCeiling,
    /// No contractual rate: moratory interest at the civil legal rate (common law, [U] article
    /// numbering of Book 5, belgium.md §5).
    LegalRateNoClause,
}

/// The rate of consumer late-payment interest on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsumerRate {
    pub rate: Decimal,
    pub basis: ConsumerRateBasis,
    /// The XIX.4 ceiling (commercial rate) on that day, when it was needed to decide.
    pub ceiling: Option<Decimal>,
    /// Short printable label.
    pub label: String,
    pub source: String,
    pub confidence: String,
}

/// The late-payment interest rate that may be claimed from a consumer on `on`, given the
/// contract's annual rate (`None`: no rate agreed). See [`ConsumerRateBasis`] for the rule.
pub fn consumer_interest_rate(
    on: NaiveDate,
    contractual: Option<Decimal>,
) -> Result<ConsumerRate, MissingRate> {
    let tables = rates::belgium();
    let legal = |basis: ConsumerRateBasis, ceiling: Option<Decimal>, why: &str| {
        let row = tables.legal_rate(on).ok_or(MissingRate {
            on,
            what: "taux d'intérêt légal belge (loi du 5 mai 1865, art. 2 §1)",
        })?;
        Ok(ConsumerRate {
            rate: row.rate,
            basis,
            ceiling,
            label: format!("{} ({why})", tables.legal().label(row)),
            source: row.source.clone(),
            confidence: row.confidence.clone(),
        })
    };
    let Some(agreed) = contractual else {
        return legal(
            ConsumerRateBasis::LegalRateNoClause,
            None,
            "aucun taux convenu",
        );
    };
    let ceiling = tables.commercial_rate(on).ok_or(MissingRate {
        on,
        what: "plafond CDE art. XIX.4 : taux loi du 2 août 2002, art. 5",
    })?;
    if agreed > ceiling.rate {
        return legal(
            ConsumerRateBasis::LegalRateContractAboveCeiling,
            Some(ceiling.rate),
            &format!(
                "taux convenu {} > plafond XIX.4 {}",
                format_percent_fr(agreed),
                format_percent_fr(ceiling.rate)
            ),
        );
    }
    Ok(ConsumerRate {
        rate: agreed,
        basis: ConsumerRateBasis::Contractual,
        ceiling: Some(ceiling.rate),
        label: format!(
            "Taux contractuel (plafond XIX.4 {})",
            format_percent_fr(ceiling.rate)
        ),
        source: format!(
            "contrat ; plafond CDE art. XIX.4 = {} {} — {}",
            rates::belgium().commercial().label(ceiling),
            format_percent_fr(ceiling.rate),
            ceiling.source
        ),
        confidence: ceiling.confidence.clone(),
    })
}

/// Consumer late-payment interest on a constant `base` from `start` to `end`, both included,
/// one rounded line per semester (the commercial ceiling changes by semester and the legal rate
/// by year, so semesters separate every change of either).
///
/// `start` should be the first day after the free first reminder's period
/// ([`super::reminder_period::FreeReminderPeriod::charges_from`]): most summaries say nothing may
/// be claimed during the 14 days; whether SMEs may count interest from the due date is open
/// (belgium.md open question 3), and the later start is the conservative choice.
pub fn accrue_consumer(
    invoice: &str,
    base: Decimal,
    start: NaiveDate,
    end: NaiveDate,
    contractual: Option<Decimal>,
) -> Result<Vec<InterestLine>, MissingRate> {
    if base <= Decimal::ZERO {
        return Ok(Vec::new());
    }
    let semesters = split_by_unit(start, end, |day| semester_of(day).1);
    lines_over(invoice, base, semesters, |on| {
        let rate = consumer_interest_rate(on, contractual)?;
        Ok(PeriodRate {
            rate: rate.rate,
            label: rate.label,
            source: rate.source,
            day_basis: rates::belgium().table(BeRateKind::Legal).day_basis,
        })
    })
}

// --- Regular-supply reminders (XIX.3) -------------------------------------------------------

/// The most a reminder may cost for a regular-supply contract (CDE art. XIX.3, article number
/// [U]): free for the first 3 unpaid due dates of a calendar year (`rank_in_year` 1 to 3, and 0
/// is treated as free), then at most 7,50 € + `postage` (the postal charges in force when it is
/// sent). Which contracts qualify (energy, telecom) is belgium.md open question 5.
pub fn regular_supply_reminder_fee_cap(rank_in_year: u32, postage: Decimal) -> Decimal {
    let rule = &belgium_damages().regular_supply_reminders;
    if rank_in_year <= rule.free_unpaid_due_dates_per_calendar_year {
        return Decimal::ZERO;
    }
    let postage = if rule.plus_postage {
        postage.max(Decimal::ZERO)
    } else {
        Decimal::ZERO
    };
    round_cents(rule.max_fee + postage)
}

// --- B2B (loi du 2 août 2002; C. jud. art. 1394/20) -----------------------------------------

/// Loi du 2 août 2002, art. 6: 40 € per late invoice, de plein droit and without mise en
/// demeure, whenever late-payment interest is due on it (CJEU C-370/21: for each late payment,
/// even under one contract). Reasonable further recovery costs may be claimed on top, with
/// proof; they are not computed here.
pub fn b2b_flat_indemnity(late_invoices: u32) -> Decimal {
    round_cents(belgium_damages().b2b_flat_indemnity.value * Decimal::from(late_invoices))
}

/// What the art. 1394/20 C. jud. uncontested-debt route may claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UncontestedClaim {
    pub principal: Decimal,
    /// Interest and penalty clause together, at most 10 % of the principal.
    pub increase: Decimal,
    /// The 10 % ceiling, rounded.
    pub increase_cap: Decimal,
    /// 40 € × late invoices.
    pub flat_indemnity: Decimal,
    pub total: Decimal,
}

/// Art. 1394/20 C. jud. (recovery of uncontested B2B debts through a huissier): the principal,
/// plus interest and penalty clause **together** capped at 10 % of the principal, plus the 40 €
/// flat indemnity per late invoice.
///
/// `claimed_increase`: the interest + penalty the creditor is entitled to under its contract or
/// the law; `None` takes the flat 10 % increase as the Ghent Court of Appeal allowed it
/// (24.03.2017, examples.md BE-5). Whether interest counts inside the 10 % is [U] (belgium.md
/// open question 15): counting it inside is the lower, conservative reading.
///
/// examples.md BE-5: 4 413,91 € → 10 % = 441,39 € (441,391) + 40,00 € → **4 895,30 €**.
pub fn uncontested_b2b_claim(
    principal: Decimal,
    claimed_increase: Option<Decimal>,
    late_invoices: u32,
) -> UncontestedClaim {
    let percent = belgium_damages().uncontested_b2b_max_increase_percent.value;
    let increase_cap = round_cents(principal * percent / Decimal::ONE_HUNDRED);
    let increase = match claimed_increase {
        None => increase_cap,
        Some(c) => round_cents(c.max(Decimal::ZERO)).min(increase_cap),
    };
    let flat_indemnity = b2b_flat_indemnity(late_invoices);
    UncontestedClaim {
        principal,
        increase,
        increase_cap,
        flat_indemnity,
        total: principal + increase + flat_indemnity,
    }
}

fn amount(s: &str, at: &str) -> Result<Decimal, String> {
    let d = Decimal::from_str(s.trim()).map_err(|e| format!("{at}: {s:?}: {e}"))?;
    if d.is_sign_negative() {
        return Err(format!("{at}: {s:?} is negative"));
    }
    Ok(d)
}

/// The damages data uses the Belgian rate tables' confidence marks.
fn check_mark(c: &str, at: &str) -> Result<(), String> {
    check_confidence(c, &FR_BE_MARKS, at)
}

/// The on-disk shape of `damages.yaml`; amounts stay strings until [`amount`].
mod raw {
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct File {
        #[allow(dead_code)]
        pub table: String,
        pub consumer_indemnity_caps: Caps,
        pub regular_supply_reminders: RegularSupply,
        pub b2b_flat_indemnity: Flat,
        pub uncontested_b2b: Uncontested,
        pub b2b_default_term: DefaultTerm,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DefaultTerm {
        pub days: u32,
        #[allow(dead_code)]
        pub from: String,
        #[allow(dead_code)]
        pub source: String,
        pub confidence: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Caps {
        pub source: String,
        pub confidence: String,
        pub tiers: Vec<Tier>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Tier {
        #[serde(default)]
        pub up_to: Option<String>,
        pub fixed: String,
        pub percent: String,
        pub percent_base_from: String,
        #[serde(default)]
        pub absolute_max: Option<String>,
        #[serde(default)]
        pub note: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RegularSupply {
        pub free_unpaid_due_dates_per_calendar_year: u32,
        pub max_fee: String,
        pub plus_postage: bool,
        pub source: String,
        pub confidence: String,
        #[serde(default)]
        pub note: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Flat {
        pub amount: String,
        pub per: String,
        pub source: String,
        pub confidence: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Uncontested {
        pub max_increase_percent: String,
        pub source: String,
        pub confidence: String,
        #[serde(default)]
        pub note: Option<String>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::{d, dec};

    #[test]
    fn embedded_data_parses() {
        let data = BelgiumDamages::parse(DAMAGES_YAML).unwrap();
        assert_eq!(&data, belgium_damages());
        let tiers = &data.consumer_indemnity_caps.tiers;
        assert_eq!(tiers.len(), 3);
        assert_eq!(tiers[2].absolute_max, Some(dec("2000.00")));
        assert_eq!(data.b2b_flat_indemnity.value, dec("40.00"));
        assert_eq!(data.uncontested_b2b_max_increase_percent.value, dec("10"));
        assert_eq!(data.regular_supply_reminders.max_fee, dec("7.50"));
        assert_eq!(
            data.regular_supply_reminders
                .free_unpaid_due_dates_per_calendar_year,
            3
        );
        assert!(data.consumer_indemnity_caps.source.contains("XIX.4"));
    }

    #[test]
    fn be3_consumer_caps() {
        // examples.md BE-3.
        for (balance, cap, tier) in [
            ("100", "20.00", 1),
            ("150", "20.00", 1),
            ("500", "65.00", 2),
            ("39200", "2000.00", 3),
            ("39200.01", "2000.00", 3),
            ("1000000", "2000.00", 3),
        ] {
            let c = consumer_indemnity_cap(dec(balance));
            assert_eq!(c.cap, dec(cap), "{balance}");
            assert_eq!(c.tier, Some(tier), "{balance}");
        }
    }

    #[test]
    fn consumer_caps_inside_the_tiers() {
        for (balance, cap) in [
            ("0.01", "20.00"),
            ("150.01", "30.00"),
            ("150.05", "30.00"), // 30,004 with the conservative base (B − 150 would give 30,01)
            ("150.06", "30.01"), // 30,005 → away from zero
            ("200", "35.00"),    // 34,999
            ("300", "45.00"),    // 44,999
            ("501", "65.05"),
            ("1000", "90.00"),
            ("10000", "540.00"),
            ("39199.99", "2000.00"), // 1 999,9995
            ("39000", "1990.00"),
        ] {
            assert_eq!(
                consumer_indemnity_cap(dec(balance)).cap,
                dec(cap),
                "{balance}"
            );
        }
        let none = consumer_indemnity_cap(dec("0"));
        assert_eq!((none.cap, none.tier), (dec("0"), None));
        assert_eq!(consumer_indemnity_cap(dec("-5")).cap, dec("0"));
        assert_eq!(
            consumer_indemnity_cap(dec("200")).formula,
            "30,00\u{a0}€ + 10,00\u{a0}% × (200,00\u{a0}€ − 150,01\u{a0}€)"
        );
        assert_eq!(consumer_indemnity_cap(dec("100")).formula, "20,00\u{a0}€");
        assert!(
            consumer_indemnity_cap(dec("50000"))
                .formula
                .starts_with("min(65,00\u{a0}€ + 5,00\u{a0}% × ")
        );
    }

    #[test]
    fn claimable_indemnity_needs_a_clause_and_respects_the_cap() {
        let none = claimable_consumer_indemnity(None, dec("1000"));
        assert_eq!((none.claimable, none.reduced_to_cap), (dec("0"), false));
        // A 15 % clause on 1 000 € = 150 € > cap 90 €.
        let high = claimable_consumer_indemnity(Some(dec("150")), dec("1000"));
        assert_eq!((high.claimable, high.reduced_to_cap), (dec("90.00"), true));
        let low = claimable_consumer_indemnity(Some(dec("50")), dec("1000"));
        assert_eq!((low.claimable, low.reduced_to_cap), (dec("50"), false));
        assert_eq!(low.cap.cap, dec("90.00"));
    }

    #[test]
    fn consumer_interest_rate_rule() {
        // 2025 H2: ceiling 10,50 %, legal rate 4,50 %.
        let on = d("2025-09-01");
        let ok = consumer_interest_rate(on, Some(dec("8"))).unwrap();
        assert_eq!(
            (ok.rate, ok.basis, ok.ceiling),
            (dec("8"), ConsumerRateBasis::Contractual, Some(dec("10.50")))
        );
        assert!(ok.source.contains("XIX.4"), "{}", ok.source);
        let equal = consumer_interest_rate(on, Some(dec("10.50"))).unwrap();
        assert_eq!(equal.basis, ConsumerRateBasis::Contractual);
        let above = consumer_interest_rate(on, Some(dec("12"))).unwrap();
        assert_eq!(
            (above.rate, above.basis),
            (
                dec("4.50"),
                ConsumerRateBasis::LegalRateContractAboveCeiling
            )
        );
        assert!(
            above.label.starts_with("Taux légal belge 2025"),
            "{}",
            above.label
        );
        let no_clause = consumer_interest_rate(on, None).unwrap();
        assert_eq!(
            (no_clause.rate, no_clause.basis, no_clause.ceiling),
            (dec("4.50"), ConsumerRateBasis::LegalRateNoClause, None)
        );
        // 2026 H2: no commercial rate yet → a contractual rate cannot be checked.
        assert!(consumer_interest_rate(d("2026-08-01"), Some(dec("5"))).is_err());
        // …but the legal rate of 2026 is known.
        assert_eq!(
            consumer_interest_rate(d("2026-08-01"), None).unwrap().rate,
            dec("4.50")
        );
    }

    #[test]
    fn accrue_consumer_splits_by_semester() {
        // 1 200 € at a contractual 11 % from 1 June to 31 July 2025: S1 ceiling 11,50 % (the
        // 11 % applies), S2 ceiling 10,50 % (11 % is above it → legal rate 4,50 %).
        let lines = accrue_consumer(
            "F-7",
            dec("1200"),
            d("2025-06-01"),
            d("2025-07-31"),
            Some(dec("11")),
        )
        .unwrap();
        let got: Vec<_> = lines.iter().map(|l| (l.days, l.rate, l.amount)).collect();
        // 1 200 × 11 × 30 / 36 500 = 10,849…; 1 200 × 4,5 × 31 / 36 500 = 4,586…
        assert_eq!(
            got,
            vec![
                (30, dec("11"), dec("10.85")),
                (31, dec("4.50"), dec("4.59"))
            ]
        );
        assert!(
            lines[1].rate_label.contains("plafond XIX.4"),
            "{}",
            lines[1].rate_label
        );
        assert!(
            accrue_consumer("x", dec("0"), d("2025-01-01"), d("2025-02-01"), None)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn regular_supply_fees() {
        assert_eq!(regular_supply_reminder_fee_cap(1, dec("1.96")), dec("0"));
        assert_eq!(regular_supply_reminder_fee_cap(3, dec("1.96")), dec("0"));
        assert_eq!(regular_supply_reminder_fee_cap(4, dec("1.96")), dec("9.46"));
        assert_eq!(regular_supply_reminder_fee_cap(12, dec("0")), dec("7.50"));
        assert_eq!(regular_supply_reminder_fee_cap(0, dec("1.96")), dec("0"));
    }

    #[test]
    fn b2b_flat_indemnity_per_invoice() {
        assert_eq!(b2b_flat_indemnity(1), dec("40.00"));
        assert_eq!(b2b_flat_indemnity(3), dec("120.00"));
        assert_eq!(b2b_flat_indemnity(0), dec("0"));
    }

    #[test]
    fn be5_uncontested_b2b() {
        // examples.md BE-5 (Ghent CA 24.03.2017).
        let c = uncontested_b2b_claim(dec("4413.91"), None, 1);
        assert_eq!(c.increase, dec("441.39"));
        assert_eq!(c.flat_indemnity, dec("40.00"));
        assert_eq!(c.total, dec("4895.30"));
        // Interest + penalty below the ceiling: only what is owed.
        let low = uncontested_b2b_claim(dec("4413.91"), Some(dec("120.504")), 1);
        assert_eq!((low.increase, low.total), (dec("120.50"), dec("4574.41")));
        // Above the ceiling: capped at 10 %.
        let high = uncontested_b2b_claim(dec("4413.91"), Some(dec("900")), 2);
        assert_eq!(
            (high.increase, high.flat_indemnity, high.total),
            (dec("441.39"), dec("80.00"), dec("4935.30"))
        );
    }

    #[test]
    fn invalid_data_is_rejected() {
        let open_middle = DAMAGES_YAML.replace("    - up_to: \"500.00\"\n", "    - \n");
        assert!(BelgiumDamages::parse(&open_middle).is_err());
        let unsorted = DAMAGES_YAML.replace("up_to: \"500.00\"", "up_to: \"100.00\"");
        assert!(
            BelgiumDamages::parse(&unsorted)
                .unwrap_err()
                .contains("increase")
        );
        let negative = DAMAGES_YAML.replace("max_fee: \"7.50\"", "max_fee: \"-7.50\"");
        assert!(
            BelgiumDamages::parse(&negative)
                .unwrap_err()
                .contains("negative")
        );
        let per_contract = DAMAGES_YAML.replace("per: invoice", "per: contract");
        assert!(BelgiumDamages::parse(&per_contract).is_err());
        let mark = DAMAGES_YAML.replace("confidence: S", "confidence: C");
        assert!(BelgiumDamages::parse(&mark).is_err());
    }
}
