//! Criminal rate of interest, Criminal Code s. 347 (federal; applies in Québec).
//!
//! quebec.md §2.2 \[S\], examples.md QC-3: for agreements entered into **on or after 1 January
//! 2025** the criminal rate is an **annual percentage rate (APR) above 35 %**; agreements made
//! before keep the former ceiling, an **effective annual rate (EAR) above 60 %** (grandfathering).
//! "Interest" is every charge for credit, fees included (s. 347(2)), so the rate checked must be
//! the all-in cost of credit. The data is `jurisdictions/qc/rates/criminal-rate.yaml`.
//!
//! APR ↔ EAR: the APR is a nominal rate, so converting needs a compounding frequency. Following
//! QC-3 (and quebec.md §2.2 \[D\]) this module uses **monthly** compounding:
//! `APR = 12 × ((1 + EAR)^(1/12) − 1)`, `EAR = (1 + APR/12)^12 − 1`. 60 % EAR ≈ 47,93 % APR
//! (sources round it to "≈ 48 %" or "≈ 47 %"). The statute says "calculated in accordance with
//! generally accepted actuarial practices and principles" — a loan compounding otherwise needs
//! its own conversion.
//!
//! Everything is computed in [`Decimal`] (no float): the twelfth root by Newton's method
//! (rust_decimal's `maths` feature is not enabled in this crate).
//!
//! Not modelled (the check is therefore conservative — it may flag an exempt loan, it never
//! clears a criminal one): the exemptions of the Criminal Interest Rate Regulations
//! (SOR/2024-114) — commercial loans to non-natural persons (48 % APR for 10 000 $–500 000 $,
//! no ceiling above 500 000 $), pawn loans under 1 000 $ (48 % APR) — and payday loans
//! (s. 347.1).

use std::str::FromStr;
use std::sync::LazyLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{check_confidence, check_source, data_hash};
use crate::compute::data::{DataFile, text};

const CRIMINAL_RATE_YAML: &str = include_str!("../../../jurisdictions/qc/rates/criminal-rate.yaml");

/// The s. 347 table as a data file a `--rates` folder may replace ([`crate::compute::data`]).
pub const QC_CRIMINAL_RATE: DataFile = DataFile {
    path: "qc/rates/criminal-rate.yaml",
    embedded: CRIMINAL_RATE_YAML,
};

/// How an annual rate is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateKind {
    /// Effective annual rate: compounding within the year included.
    EffectiveAnnual,
    /// Annual percentage rate: nominal yearly rate (monthly compounding assumed when converting).
    AnnualPercentage,
}

/// One regime of s. 347: the ceiling for agreements entered into from `from` to `to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CriminalRate {
    /// First agreement date of the regime; `None`: every earlier agreement.
    pub from: Option<NaiveDate>,
    /// Last agreement date of the regime; `None`: in force until amended.
    pub to: Option<NaiveDate>,
    /// The ceiling in percent: a rate *above* it is criminal.
    pub rate: Decimal,
    pub kind: RateKind,
    pub source: String,
    pub confidence: String,
    pub note: Option<String>,
}

impl CriminalRate {
    fn covers(&self, on: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= on) && self.to.is_none_or(|t| on <= t)
    }
}

/// The s. 347 table, parsed and checked. Obtain it with [`criminal_rates()`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CriminalRates {
    rows: Vec<CriminalRate>,
    #[serde(skip)]
    version: String,
}

static CRIMINAL: LazyLock<CriminalRates> = LazyLock::new(|| {
    CriminalRates::parse(text(&QC_CRIMINAL_RATE))
        .unwrap_or_else(|e| panic!("criminal-rate table is invalid: {e}"))
});

/// The embedded s. 347 table, parsed once.
pub fn criminal_rates() -> &'static CriminalRates {
    &CRIMINAL
}

impl CriminalRates {
    /// Parses and checks the table: rows sorted and contiguous, only the first may lack `from`
    /// and only the last may lack `to`, rates are positive decimal strings, marks P/S/D/K.
    pub fn parse(yaml: &str) -> Result<Self, String> {
        let file: raw::File =
            serde_saphyr::from_str(yaml).map_err(|e| format!("criminal-rate.yaml: {e}"))?;
        let count = file.rows.len();
        let mut rows: Vec<CriminalRate> = Vec::with_capacity(count);
        for (i, row) in file.rows.into_iter().enumerate() {
            let at = format!("criminal-rate.yaml row {}", i + 1);
            if row.from.is_none() && i != 0 {
                return Err(format!("{at}: only the first row may have no `from`"));
            }
            if row.to.is_none() && i + 1 != count {
                return Err(format!("{at}: only the last row may have no `to`"));
            }
            if let (Some(f), Some(t)) = (row.from, row.to)
                && t < f
            {
                return Err(format!("{at}: ends before it starts"));
            }
            if let Some(prev) = rows.last() {
                let contiguous = match (prev.to, row.from) {
                    (Some(t), Some(f)) => t.succ_opt() == Some(f),
                    _ => false,
                };
                if !contiguous {
                    return Err(format!("{at}: rows must be sorted and contiguous"));
                }
            }
            let rate = Decimal::from_str(row.rate.trim())
                .map_err(|e| format!("{at}: rate {:?}: {e}", row.rate))?;
            if rate <= Decimal::ZERO {
                return Err(format!("{at}: rate {:?} must be positive", row.rate));
            }
            check_confidence(&row.confidence, &at)?;
            check_source(&row.source, &at)?;
            rows.push(CriminalRate {
                from: row.from,
                to: row.to,
                rate,
                kind: row.kind,
                source: row.source,
                confidence: row.confidence,
                note: row.note,
            });
        }
        if rows.is_empty() {
            return Err("criminal-rate.yaml: no rows".into());
        }
        let mut table = CriminalRates {
            rows,
            version: String::new(),
        };
        table.version = format!("ca-criminal-rate-{:08x}", data_hash(&table)?);
        Ok(table)
    }

    /// The whole table.
    pub fn table(&self) -> &[CriminalRate] {
        &self.rows
    }

    /// `ca-criminal-rate-<8 hex digits>` (FNV-1a of the parsed data).
    pub fn table_version(&self) -> &str {
        &self.version
    }

    /// The ceiling for an agreement entered into on `agreement_date` (the regime follows the
    /// agreement's date, not the payment's: grandfathering, quebec.md §2.2).
    pub fn on(&self, agreement_date: NaiveDate) -> Option<&CriminalRate> {
        self.rows.iter().find(|r| r.covers(agreement_date))
    }
}

/// The s. 347 ceiling for an agreement entered into on `agreement_date`.
pub fn criminal_rate_on(agreement_date: NaiveDate) -> Option<&'static CriminalRate> {
    criminal_rates().on(agreement_date)
}

/// The comparison of a rate with the s. 347 ceiling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CriminalRateCheck {
    /// The regime that applies.
    pub ceiling: CriminalRate,
    /// The ceiling expressed in the kind of the rate checked (monthly compounding).
    pub ceiling_in_rate_kind: Decimal,
    /// The rate is strictly above the ceiling.
    pub exceeds: bool,
}

/// Checks `rate` (percent per year, measured as `kind`, all charges for credit included) against
/// the s. 347 ceiling for an agreement entered into on `agreement_date`. The ceiling is
/// converted into the rate's kind (never the other way round, so a huge rate cannot overflow),
/// and a rate exactly at the ceiling is not criminal ("exceeds"). `None` when no regime covers
/// the date (never, with the shipped table).
pub fn check_criminal_rate(
    rate: Decimal,
    kind: RateKind,
    agreement_date: NaiveDate,
) -> Option<CriminalRateCheck> {
    let ceiling = criminal_rate_on(agreement_date)?.clone();
    let ceiling_in_rate_kind = match (ceiling.kind, kind) {
        (RateKind::EffectiveAnnual, RateKind::EffectiveAnnual)
        | (RateKind::AnnualPercentage, RateKind::AnnualPercentage) => ceiling.rate,
        (RateKind::EffectiveAnnual, RateKind::AnnualPercentage) => apr_from_ear(ceiling.rate)?,
        (RateKind::AnnualPercentage, RateKind::EffectiveAnnual) => ear_from_apr(ceiling.rate)?,
    };
    Some(CriminalRateCheck {
        exceeds: rate > ceiling_in_rate_kind,
        ceiling,
        ceiling_in_rate_kind,
    })
}

/// True when `rate` (of `kind`) is above the s. 347 criminal rate for an agreement entered into
/// on `agreement_date` (see [`check_criminal_rate`]).
pub fn exceeds_criminal_rate(
    rate: Decimal,
    kind: RateKind,
    agreement_date: NaiveDate,
) -> Option<bool> {
    check_criminal_rate(rate, kind, agreement_date).map(|c| c.exceeds)
}

/// The APR (monthly compounding) equivalent to an effective annual rate, both in percent:
/// `12 × ((1 + EAR/100)^(1/12) − 1) × 100`. `None` for an EAR ≤ −100 % or above 100 000 %
/// (outside what a Decimal twelfth root handles safely here).
///
/// 60 % EAR → 47,9329… % APR (examples.md QC-3).
pub fn apr_from_ear(ear: Decimal) -> Option<Decimal> {
    let limit = Decimal::from(100_000);
    if ear <= -Decimal::ONE_HUNDRED || ear > limit {
        return None;
    }
    let root = twelfth_root(Decimal::ONE + ear / Decimal::ONE_HUNDRED)?;
    Some(Decimal::from(12) * (root - Decimal::ONE) * Decimal::ONE_HUNDRED)
}

/// The effective annual rate of an APR compounded monthly, both in percent:
/// `((1 + APR/1200)^12 − 1) × 100`. `None` when the result overflows a Decimal or the APR is
/// ≤ −1 200 %.
///
/// 35 % APR → 41,1979… % EAR.
pub fn ear_from_apr(apr: Decimal) -> Option<Decimal> {
    let monthly = Decimal::ONE + apr / Decimal::from(1200);
    if monthly <= Decimal::ZERO {
        return None;
    }
    let mut power = Decimal::ONE;
    for _ in 0..12 {
        power = power.checked_mul(monthly)?;
    }
    (power - Decimal::ONE).checked_mul(Decimal::ONE_HUNDRED)
}

/// The positive twelfth root of `a > 0`, by Newton's method in Decimal:
/// `x ← (11·x + a / x^11) / 12`, from `x₀ = 1 + (a − 1)/12` (≥ the root, by Bernoulli's
/// inequality, when `a ≥ 1`; the iteration then decreases monotonically) or from 1 when `a < 1`.
/// Stops when a step changes nothing at 26 decimal places.
fn twelfth_root(a: Decimal) -> Option<Decimal> {
    if a <= Decimal::ZERO {
        return None;
    }
    let twelve = Decimal::from(12);
    let eleven = Decimal::from(11);
    let epsilon = Decimal::new(1, 26);
    let mut x = if a >= Decimal::ONE {
        Decimal::ONE + (a - Decimal::ONE) / twelve
    } else {
        Decimal::ONE
    };
    for _ in 0..500 {
        let mut x11 = Decimal::ONE;
        for _ in 0..11 {
            x11 = x11.checked_mul(x)?;
        }
        let next = (eleven * x + a.checked_div(x11)?) / twelve;
        if (next - x).abs() <= epsilon {
            return Some(next);
        }
        x = next;
    }
    Some(x)
}

/// The on-disk shape of the YAML file.
mod raw {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use super::RateKind;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct File {
        #[allow(dead_code)]
        pub table: String,
        pub rows: Vec<Row>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Row {
        #[serde(default)]
        pub from: Option<NaiveDate>,
        #[serde(default)]
        pub to: Option<NaiveDate>,
        pub rate: String,
        pub kind: RateKind,
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

    /// examples.md QC-3: 35 % APR from 1 Jan 2025; 60 % EAR ≈ 47,93 % APR.
    #[test]
    fn qc3_criminal_rate() {
        let new = criminal_rate_on(d("2025-01-01")).unwrap();
        assert_eq!(
            (new.rate, new.kind),
            (dec("35"), RateKind::AnnualPercentage)
        );
        assert_eq!(new.from, Some(d("2025-01-01")));
        assert_eq!(new.to, None);
        assert_eq!(criminal_rate_on(d("2099-06-01")).unwrap(), new);
        let old = criminal_rate_on(d("2024-12-31")).unwrap();
        assert_eq!((old.rate, old.kind), (dec("60"), RateKind::EffectiveAnnual));
        assert_eq!(criminal_rate_on(d("1999-01-01")).unwrap(), old);
        assert_eq!(criminal_rate_on(NaiveDate::MIN).unwrap(), old);

        let apr = apr_from_ear(dec("60")).unwrap();
        assert_eq!(apr.round_dp(2), dec("47.93"));
        // Python decimal, 50 digits: 47.932929228605011819799095824…
        assert_eq!(apr.round_dp(20), dec("47.93292922860501181980"));
    }

    #[test]
    fn conversions_round_trip() {
        // 35 % APR monthly → 41.197997849137110888695921… % EAR (Python decimal, 50 digits).
        let ear = ear_from_apr(dec("35")).unwrap();
        assert_eq!(ear.round_dp(20), dec("41.19799784913711088870"));
        assert_eq!(apr_from_ear(ear).unwrap().round_dp(20), dec("35"));
        // 2 %/month = 24 % APR ↔ 26,824179456254531830… % EAR.
        assert_eq!(
            ear_from_apr(dec("24")).unwrap().round_dp(20),
            dec("26.82417945625453183017")
        );
        assert_eq!(
            apr_from_ear(dec("26.82417945625453183016960"))
                .unwrap()
                .round_dp(18),
            dec("24")
        );
        assert_eq!(
            apr_from_ear(Decimal::ZERO).unwrap().round_dp(20),
            Decimal::ZERO
        );
        assert_eq!(ear_from_apr(Decimal::ZERO).unwrap(), Decimal::ZERO);
        // Negative EAR > −100 %: the root is below 1.
        let apr = apr_from_ear(dec("-10")).unwrap();
        assert_eq!(ear_from_apr(apr).unwrap().round_dp(18), dec("-10"));
        // Out of range.
        assert_eq!(apr_from_ear(dec("-100")), None);
        assert_eq!(apr_from_ear(dec("100001")), None);
        assert!(apr_from_ear(dec("100000")).is_some());
        assert_eq!(ear_from_apr(dec("-1200")), None);
        assert_eq!(ear_from_apr(dec("1000000000000000000000")), None);
    }

    #[test]
    fn exceeds_by_agreement_date() {
        let jan25 = d("2025-01-01");
        let dec24 = d("2024-12-31");
        use RateKind::{AnnualPercentage as Apr, EffectiveAnnual as Ear};
        // New regime: 35 % APR.
        assert_eq!(exceeds_criminal_rate(dec("35"), Apr, jan25), Some(false));
        assert_eq!(exceeds_criminal_rate(dec("35.01"), Apr, jan25), Some(true));
        // 40 % EAR = 34,12 % APR: allowed; 42 % EAR = 35,58 % APR: criminal.
        assert_eq!(exceeds_criminal_rate(dec("40"), Ear, jan25), Some(false));
        assert_eq!(exceeds_criminal_rate(dec("42"), Ear, jan25), Some(true));
        let c = check_criminal_rate(dec("42"), Ear, jan25).unwrap();
        assert_eq!(c.ceiling_in_rate_kind.round_dp(4), dec("41.1980"));
        // Grandfathered agreement (before 2025): 60 % EAR.
        assert_eq!(exceeds_criminal_rate(dec("42"), Ear, dec24), Some(false));
        assert_eq!(exceeds_criminal_rate(dec("60"), Ear, dec24), Some(false));
        assert_eq!(exceeds_criminal_rate(dec("60.01"), Ear, dec24), Some(true));
        // 47,93 % APR is just under 60 % EAR; 48 % APR (60,10 % EAR) is over.
        assert_eq!(exceeds_criminal_rate(dec("47.93"), Apr, dec24), Some(false));
        assert_eq!(exceeds_criminal_rate(dec("48"), Apr, dec24), Some(true));
        let c = check_criminal_rate(dec("48"), Apr, dec24).unwrap();
        assert_eq!(c.ceiling_in_rate_kind.round_dp(2), dec("47.93"));
        // Huge rates do not overflow: the ceiling is converted, not the rate.
        assert_eq!(
            exceeds_criminal_rate(dec("1000000000000000000"), Apr, dec24),
            Some(true)
        );
        assert_eq!(exceeds_criminal_rate(dec("0"), Ear, jan25), Some(false));
    }

    #[test]
    fn table_checks() {
        let t = criminal_rates();
        assert_eq!(t.table().len(), 2);
        assert!(
            t.table()[1]
                .note
                .as_deref()
                .unwrap()
                .contains("SOR/2024-114")
        );
        assert!(t.table_version().starts_with("ca-criminal-rate-"));
        assert_eq!(&CriminalRates::parse(CRIMINAL_RATE_YAML).unwrap(), t);
        let gap = CRIMINAL_RATE_YAML.replace("from: 2025-01-01", "from: 2025-01-02");
        assert!(
            CriminalRates::parse(&gap)
                .unwrap_err()
                .contains("contiguous")
        );
        let bad_kind = CRIMINAL_RATE_YAML.replace("kind: effective_annual", "kind: yearly");
        assert!(CriminalRates::parse(&bad_kind).is_err());
        let float = CRIMINAL_RATE_YAML.replace("rate: \"35\"", "rate: \"35,0\"");
        assert!(CriminalRates::parse(&float).unwrap_err().contains("35,0"));
    }
}
