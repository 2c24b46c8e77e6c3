//! Interest Act (R.S.C. 1985, c. I-15) s. 4: rates stated for less than a year.
//!
//! quebec.md §2.1 \[S\]: except for mortgages/hypothecs on immovables, when a written contract
//! makes interest payable at a rate per day, week, month or any period shorter than a year
//! **without an express statement of the equivalent yearly rate**, no more than **5 % per
//! annum** is recoverable. The example of the source: a contract saying 2 % per month without
//! stating 24 % per year → only 5 % per year may be claimed.
//!
//! The "equivalent yearly rate" is computed here as the **nominal** annual rate — the periodic
//! rate × the number of such periods in a year — which is how the source's example reads
//! (2 % × 12 = 24 %) \[S\]; it is not the compounded effective rate (2 %/month compounded would be
//! 26,82 %). Periods per year \[D\]: day 365 (the day basis of the Québec tables), week 52,
//! month 12, quarter 4, half-year 2.

use rust_decimal::Decimal;
use serde::Serialize;

use super::rates;
use crate::compute::money::format_percent_fr;

/// The period a contractual rate is expressed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RatePeriod {
    Day,
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
}

impl RatePeriod {
    /// How many such periods make a year (see the module documentation).
    pub fn periods_per_year(self) -> u32 {
        match self {
            RatePeriod::Day => 365,
            RatePeriod::Week => 52,
            RatePeriod::Month => 12,
            RatePeriod::Quarter => 4,
            RatePeriod::HalfYear => 2,
            RatePeriod::Year => 1,
        }
    }

    /// "par mois", "par année"… as printed after a rate in a French letter.
    pub fn per_fr(self) -> &'static str {
        match self {
            RatePeriod::Day => "par jour",
            RatePeriod::Week => "par semaine",
            RatePeriod::Month => "par mois",
            RatePeriod::Quarter => "par trimestre",
            RatePeriod::HalfYear => "par semestre",
            RatePeriod::Year => "par année",
        }
    }
}

/// The yearly rate equivalent to `rate` percent per `period`, to be stated expressly in the
/// contract or letter (Interest Act s. 4): `rate × periods per year`, exact.
///
/// `annual_equivalent(2, Month)` = 24 (quebec.md §2.1).
pub fn annual_equivalent(rate: Decimal, period: RatePeriod) -> Decimal {
    rate * Decimal::from(period.periods_per_year())
}

/// The sentence that states the rate with its yearly equivalent, for a French document:
/// `2,00 % par mois, soit 24,00 % par année`; a yearly rate is printed alone.
pub fn annual_equivalent_statement_fr(rate: Decimal, period: RatePeriod) -> String {
    if period == RatePeriod::Year {
        return format!("{} par année", format_percent_fr(rate));
    }
    format!(
        "{} {}, soit {} par année",
        format_percent_fr(rate),
        period.per_fr(),
        format_percent_fr(annual_equivalent(rate, period))
    )
}

/// Why a rate may (or may not) be claimed in full under s. 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum S4Reason {
    /// The rate is expressed per year: s. 4 does not apply.
    YearlyRate,
    /// The contract expressly states the equivalent yearly rate.
    EquivalentStated,
    /// Mortgage/hypothec on immovables: excluded from s. 4.
    HypothecOnImmovable,
    /// Sub-annual rate without the yearly equivalent: recoverable up to 5 % per annum.
    CappedAtS4Rate,
    /// Sub-annual rate without the yearly equivalent, but already at or below 5 % per annum.
    BelowS4Rate,
}

/// The outcome of the s. 4 check on a contractual rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct S4Outcome {
    /// The yearly equivalent of the contractual rate (percent per year).
    pub annual_equivalent: Decimal,
    /// The rate that may be claimed, percent per year.
    pub claimable_rate: Decimal,
    pub reason: S4Reason,
    /// Source of the 5 % ceiling when it was applied.
    pub source: Option<String>,
}

impl S4Outcome {
    /// True when the contractual rate was reduced to the s. 4 ceiling.
    pub fn capped(&self) -> bool {
        self.reason == S4Reason::CappedAtS4Rate
    }
}

/// The yearly rate that may be claimed on a contractual rate of `rate` percent per `period`:
/// its yearly equivalent when the period is a year, when the contract states that equivalent
/// expressly, or when the debt is secured by a hypothec on an immovable; otherwise at most the
/// s. 4 ceiling, 5 % per annum (from `jurisdictions/qc/rates/legal-rate.yaml`).
///
/// A rate merely printed on an invoice that the debtor never accepted is not an agreed rate at
/// all (quebec.md §2.1) — that is for the caller to decide before calling this.
pub fn claimable_rate(
    rate: Decimal,
    period: RatePeriod,
    equivalent_stated: bool,
    hypothec_on_immovable: bool,
) -> S4Outcome {
    let annual = annual_equivalent(rate, period);
    let full = |reason| S4Outcome {
        annual_equivalent: annual,
        claimable_rate: annual,
        reason,
        source: None,
    };
    if period == RatePeriod::Year {
        return full(S4Reason::YearlyRate);
    }
    if equivalent_stated {
        return full(S4Reason::EquivalentStated);
    }
    if hypothec_on_immovable {
        return full(S4Reason::HypothecOnImmovable);
    }
    let (cap, source, confidence) = rates::quebec().interest_act_s4_cap();
    let source = Some(format!("{source} [{confidence}]"));
    if annual > cap {
        S4Outcome {
            annual_equivalent: annual,
            claimable_rate: cap,
            reason: S4Reason::CappedAtS4Rate,
            source,
        }
    } else {
        S4Outcome {
            annual_equivalent: annual,
            claimable_rate: annual,
            reason: S4Reason::BelowS4Rate,
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::dec;

    #[test]
    fn two_percent_a_month_is_24_a_year() {
        assert_eq!(annual_equivalent(dec("2"), RatePeriod::Month), dec("24"));
        assert_eq!(
            annual_equivalent(dec("1.5"), RatePeriod::Month),
            dec("18.0")
        );
        assert_eq!(
            annual_equivalent(dec("0.05"), RatePeriod::Day),
            dec("18.25")
        );
        assert_eq!(annual_equivalent(dec("0.5"), RatePeriod::Week), dec("26.0"));
        assert_eq!(annual_equivalent(dec("3"), RatePeriod::Quarter), dec("12"));
        assert_eq!(annual_equivalent(dec("4"), RatePeriod::HalfYear), dec("8"));
        assert_eq!(annual_equivalent(dec("7"), RatePeriod::Year), dec("7"));
        assert_eq!(
            annual_equivalent_statement_fr(dec("2"), RatePeriod::Month),
            "2,00\u{a0}% par mois, soit 24,00\u{a0}% par année"
        );
        assert_eq!(
            annual_equivalent_statement_fr(dec("1.5"), RatePeriod::Month),
            "1,50\u{a0}% par mois, soit 18,00\u{a0}% par année"
        );
        assert_eq!(
            annual_equivalent_statement_fr(dec("7"), RatePeriod::Year),
            "7,00\u{a0}% par année"
        );
    }

    /// quebec.md §2.1: 2 %/month without the yearly equivalent → only 5 %/year.
    #[test]
    fn unstated_monthly_rate_is_capped_at_five() {
        let o = claimable_rate(dec("2"), RatePeriod::Month, false, false);
        assert_eq!(o.annual_equivalent, dec("24"));
        assert_eq!(o.claimable_rate, dec("5"));
        assert_eq!(o.reason, S4Reason::CappedAtS4Rate);
        assert!(o.capped());
        assert!(o.source.unwrap().contains("Interest Act s. 4"));

        let o = claimable_rate(dec("2"), RatePeriod::Month, true, false);
        assert_eq!(o.claimable_rate, dec("24"));
        assert_eq!(o.reason, S4Reason::EquivalentStated);
        assert!(!o.capped());

        let o = claimable_rate(dec("2"), RatePeriod::Month, false, true);
        assert_eq!(o.claimable_rate, dec("24"));
        assert_eq!(o.reason, S4Reason::HypothecOnImmovable);

        let o = claimable_rate(dec("18"), RatePeriod::Year, false, false);
        assert_eq!(o.claimable_rate, dec("18"));
        assert_eq!(o.reason, S4Reason::YearlyRate);

        // 0,25 %/month = 3 %/year: under the ceiling, kept.
        let o = claimable_rate(dec("0.25"), RatePeriod::Month, false, false);
        assert_eq!(o.claimable_rate, dec("3.00"));
        assert_eq!(o.reason, S4Reason::BelowS4Rate);
        assert!(!o.capped());
    }
}
