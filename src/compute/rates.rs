//! Dated, sourced rate tables (France).
//!
//! Law lives in data: the tables are YAML files under `jurisdictions/fr/rates/`, embedded in the
//! binary with `include_str!` (so `creance` works from any folder) and parsed once, on first use:
//!
//! * `legal-rate.yaml` — the *taux de l'intérêt légal*, one row per semester, two columns
//!   (L313-2 CMF: creditor a natural person not acting for professional needs / all other cases);
//! * `ecb-mro.yaml` — the ECB main refinancing operations rate, one row per change;
//! * `late-payment-penalty.yaml` — the parameters of the B2B statutory penalty rate of
//!   L441-10 II C. com. (ECB rate on 1 January / 1 July + 10 points; floor 3 × the legal rate).
//!
//! Rates are percentages per year held as [`Decimal`] (`6.67` means 6,67 %), parsed from strings:
//! money and rates never go through a float. Every row carries its source and a confidence mark
//! (P primary, S secondary, K general knowledge to verify) so that a computed line can say where
//! its rate comes from. Dates outside a table give `None`, never a guessed rate.

use std::str::FromStr;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::data::{DataFile, text};
use super::dated_table::{Dated, DatedTable, split_by_unit};
use super::table_checks::{
    FR_BE_MARKS, check_confidence, check_day_basis, check_source, data_hash, parse_rate,
};

const LEGAL_RATE_YAML: &str = include_str!("../../jurisdictions/fr/rates/legal-rate.yaml");
const ECB_MRO_YAML: &str = include_str!("../../jurisdictions/fr/rates/ecb-mro.yaml");
const LATE_PAYMENT_YAML: &str =
    include_str!("../../jurisdictions/fr/rates/late-payment-penalty.yaml");

/// The three French tables as data files a `--rates` folder may replace ([`super::data`]).
pub const FR_LEGAL_RATE: DataFile = DataFile {
    path: "fr/rates/legal-rate.yaml",
    embedded: LEGAL_RATE_YAML,
};
pub const FR_ECB_MRO: DataFile = DataFile {
    path: "fr/rates/ecb-mro.yaml",
    embedded: ECB_MRO_YAML,
};
pub const FR_LATE_PAYMENT: DataFile = DataFile {
    path: "fr/rates/late-payment-penalty.yaml",
    embedded: LATE_PAYMENT_YAML,
};

/// Which column of the French legal-rate table applies (L313-2 CMF, since 1 January 2015).
///
/// The test is the **creditor**'s capacity, not the debtor's: `Individual` when the creditor is a
/// natural person not acting for professional needs, `Other` in all other cases (notably a
/// professional creditor, whoever the debtor is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalRateCategory {
    /// "Créancier personne physique n'agissant pas pour des besoins professionnels".
    Individual,
    /// "Tous les autres cas".
    Other,
}

/// One rate, valid from `from` to `to` inclusive, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateRow {
    /// First day the rate applies.
    pub from: NaiveDate,
    /// Last day the rate applies (inclusive).
    pub to: NaiveDate,
    /// Annual rate in percent (`6.67` = 6,67 %).
    pub rate: Decimal,
    /// Where the value comes from (text reference and URL), printable in `amounts` and manifests.
    pub source: String,
    /// Confidence mark: `P`, `S` or `K` (see the module documentation).
    pub confidence: String,
    /// A caveat that goes with the value, if any.
    pub note: Option<String>,
    /// Day-count denominator for this rate: interest = amount × rate/100 × days / `day_basis`.
    /// France uses 365 even in leap years (service-public.fr F783/F20688).
    pub day_basis: u32,
}

/// One semester of the legal-rate table, both columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LegalRateEntry {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub individual: Decimal,
    pub other: Decimal,
    pub source: String,
    pub confidence: String,
    pub note: Option<String>,
}

impl Dated for LegalRateEntry {
    fn span(&self) -> (NaiveDate, Option<NaiveDate>) {
        (self.from, Some(self.to))
    }
}

impl LegalRateEntry {
    /// The rate of the given column.
    pub fn rate(&self, cat: LegalRateCategory) -> Decimal {
        match cat {
            LegalRateCategory::Individual => self.individual,
            LegalRateCategory::Other => self.other,
        }
    }
}

/// One change of the ECB main refinancing operations rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EcbRate {
    /// Date of effect of the new rate.
    pub effective: NaiveDate,
    /// MRO fixed rate in percent.
    pub rate: Decimal,
    pub source: String,
    pub confidence: String,
    pub note: Option<String>,
}

/// An ECB row holds until the next change: the table checks its own rule (strictly increasing
/// dates, each row a change) and bounds lookups by `known_through`.
impl Dated for EcbRate {
    fn span(&self) -> (NaiveDate, Option<NaiveDate>) {
        (self.effective, None)
    }
}

/// A legal reference from a table's header block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalReference {
    pub article: String,
    pub text: String,
    pub url: String,
    pub confidence: String,
}

/// Parameters of the B2B statutory late-payment penalty (L441-10 II C. com.).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LatePaymentRule {
    pub legal_basis: Vec<LegalReference>,
    /// First semester start for which the 1 January / 1 July reference-date rule applies.
    pub applies_from: NaiveDate,
    /// Points added to the ECB rate (10).
    pub margin_points: Decimal,
    pub day_basis: u32,
    pub day_basis_source: String,
    /// A contractual rate may not be lower than `floor_multiple` × the legal rate (3).
    pub floor_multiple: Decimal,
    /// The legal-rate column used for that floor.
    pub floor_category: LegalRateCategory,
    pub floor_source: String,
}

/// The French rate tables, parsed and checked. Obtain it with [`france()`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FranceRates {
    legal_basis: Vec<LegalReference>,
    legal_day_basis: u32,
    legal_day_basis_source: String,
    legal: DatedTable<LegalRateEntry>,
    ecb: DatedTable<EcbRate>,
    ecb_known_through: NaiveDate,
    ecb_known_through_source: String,
    late_payment: LatePaymentRule,
    #[serde(skip)]
    version: String,
}

static FRANCE: LazyLock<FranceRates> = LazyLock::new(|| {
    FranceRates::parse(
        text(&FR_LEGAL_RATE),
        text(&FR_ECB_MRO),
        text(&FR_LATE_PAYMENT),
    )
    // The embedded data is checked by the unit tests and a `--rates` folder by
    // `data::use_rates_dir` before any table is used: a failure here is a bug, not bad input.
    .unwrap_or_else(|e| panic!("French rate tables are invalid: {e}"))
});

/// The embedded French rate tables, parsed once.
pub fn france() -> &'static FranceRates {
    &FRANCE
}

impl FranceRates {
    /// Parses and checks the three YAML tables (legal rate, ECB MRO, late-payment rule).
    ///
    /// Checks: rates are decimal strings; confidence marks are P/S/K; legal-rate rows are whole
    /// semesters, sorted and contiguous (no gap, no overlap); ECB rows are strictly increasing
    /// and each one changes the rate; the ECB `known_through` date is not before the last change.
    pub fn parse(legal_yaml: &str, ecb_yaml: &str, late_yaml: &str) -> Result<Self, String> {
        let legal_file: raw::LegalRateFile =
            serde_saphyr::from_str(legal_yaml).map_err(|e| format!("legal-rate.yaml: {e}"))?;
        let ecb_file: raw::EcbFile =
            serde_saphyr::from_str(ecb_yaml).map_err(|e| format!("ecb-mro.yaml: {e}"))?;
        let late_file: raw::LatePaymentFile = serde_saphyr::from_str(late_yaml)
            .map_err(|e| format!("late-payment-penalty.yaml: {e}"))?;

        for r in &legal_file.legal_basis {
            check_confidence(&r.confidence, &FR_BE_MARKS, "legal-rate.yaml legal_basis")?;
        }
        for r in &late_file.legal_basis {
            check_confidence(
                &r.confidence,
                &FR_BE_MARKS,
                "late-payment-penalty.yaml legal_basis",
            )?;
        }
        check_day_basis(legal_file.day_basis, "legal-rate.yaml")?;
        check_day_basis(late_file.day_basis, "late-payment-penalty.yaml")?;

        let mut legal = DatedTable::with_capacity(legal_file.rows.len());
        for row in legal_file.rows {
            let at = format!("legal-rate.yaml row from {}", row.from);
            if semester_of(row.from) != (row.from, row.to) {
                return Err(format!(
                    "{at}: a row must be exactly one semester (1 Jan–30 Jun or 1 Jul–31 Dec), \
                     got {}..{}",
                    row.from, row.to
                ));
            }
            legal.check_next(row.from, &at, "")?;
            check_confidence(&row.confidence, &FR_BE_MARKS, &at)?;
            check_source(&row.source, &at)?;
            legal.push(LegalRateEntry {
                from: row.from,
                to: row.to,
                individual: parse_rate(&row.individual, &at)?,
                other: parse_rate(&row.other, &at)?,
                source: row.source,
                confidence: row.confidence,
                note: row.note,
            });
        }
        if legal.is_empty() {
            return Err("legal-rate.yaml: no rows".into());
        }

        let mut ecb: DatedTable<EcbRate> = DatedTable::with_capacity(ecb_file.rows.len());
        for row in ecb_file.rows {
            let at = format!("ecb-mro.yaml row effective {}", row.effective);
            let rate = parse_rate(&row.rate, &at)?;
            if let Some(prev) = ecb.last() {
                if prev.effective >= row.effective {
                    return Err(format!("{at}: rows must be sorted by date of effect"));
                }
                if prev.rate == rate {
                    return Err(format!(
                        "{at}: a row must change the rate (previous row already {})",
                        prev.rate
                    ));
                }
            }
            check_confidence(&row.confidence, &FR_BE_MARKS, &at)?;
            check_source(&row.source, &at)?;
            ecb.push(EcbRate {
                effective: row.effective,
                rate,
                source: row.source,
                confidence: row.confidence,
                note: row.note,
            });
        }
        match ecb.last() {
            None => return Err("ecb-mro.yaml: no rows".into()),
            Some(last) if ecb_file.known_through < last.effective => {
                return Err(format!(
                    "ecb-mro.yaml: known_through {} is before the last change {}",
                    ecb_file.known_through, last.effective
                ));
            }
            Some(_) => {}
        }

        let late_payment = LatePaymentRule {
            legal_basis: late_file.legal_basis,
            applies_from: late_file.applies_from,
            margin_points: parse_rate(&late_file.margin_points, "late-payment margin_points")?,
            day_basis: late_file.day_basis,
            day_basis_source: late_file.day_basis_source,
            floor_multiple: Decimal::from_str(late_file.floor_multiple.trim()).map_err(|e| {
                format!(
                    "late-payment-penalty.yaml floor_multiple {:?}: {e}",
                    late_file.floor_multiple
                )
            })?,
            floor_category: late_file.floor_category,
            floor_source: late_file.floor_source,
        };

        let mut rates = FranceRates {
            legal_basis: legal_file.legal_basis,
            legal_day_basis: legal_file.day_basis,
            legal_day_basis_source: legal_file.day_basis_source,
            legal,
            ecb,
            ecb_known_through: ecb_file.known_through,
            ecb_known_through_source: ecb_file.known_through_source,
            late_payment,
            version: String::new(),
        };
        rates.version = rates.compute_version()?;
        Ok(rates)
    }

    /// `fr-rates-<last legal-rate semester>-<hash>`, e.g. `fr-rates-2026S1-1a2b3c4d`.
    ///
    /// The prefix says how far the legal-rate table goes; the suffix is an FNV-1a hash of the
    /// parsed data (not of comments), so that any change of a value, date or source — including
    /// an ECB row or a corrected old value — gives a new version in manifests.
    fn compute_version(&self) -> Result<String, String> {
        let last = self.legal.last().ok_or("legal-rate.yaml: no rows")?;
        let semester = if last.from.month() <= 6 { 1 } else { 2 };
        Ok(format!(
            "fr-rates-{}S{}-{:08x}",
            last.from.year(),
            semester,
            data_hash(self)?
        ))
    }

    /// The French legal rate of column `cat` for the semester containing `on`.
    /// `None` outside the table (before 2014, or after the last published semester).
    pub fn legal_rate(&self, cat: LegalRateCategory, on: NaiveDate) -> Option<RateRow> {
        let entry = self.legal_entry(on)?;
        Some(RateRow {
            from: entry.from,
            to: entry.to,
            rate: entry.rate(cat),
            source: entry.source.clone(),
            confidence: entry.confidence.clone(),
            note: entry.note.clone(),
            day_basis: self.legal_day_basis,
        })
    }

    /// The legal-rate table row (both columns) for the semester containing `on`.
    pub fn legal_entry(&self, on: NaiveDate) -> Option<&LegalRateEntry> {
        self.legal.in_force(on)
    }

    /// The whole legal-rate table, sorted, contiguous.
    pub fn legal_rate_table(&self) -> &[LegalRateEntry] {
        &self.legal
    }

    /// Legal basis of the legal-rate table (L313-2, D313-1-A CMF).
    pub fn legal_rate_basis(&self) -> &[LegalReference] {
        &self.legal_basis
    }

    /// Day-count basis of the legal rate (365) and its source.
    pub fn legal_rate_day_basis(&self) -> (u32, &str) {
        (self.legal_day_basis, &self.legal_day_basis_source)
    }

    /// The ECB MRO rate in force on `on`: the last change whose date of effect is on or before
    /// `on`. `None` before the first row or after [`FranceRates::ecb_known_through`] (a later
    /// decision may have changed it).
    pub fn ecb_mro_on(&self, on: NaiveDate) -> Option<EcbRate> {
        if on > self.ecb_known_through {
            return None;
        }
        self.ecb.in_force(on).cloned()
    }

    /// The ECB MRO history, sorted by date of effect.
    pub fn ecb_mro_table(&self) -> &[EcbRate] {
        &self.ecb
    }

    /// Last date for which the ECB rate is known, and the source saying so.
    pub fn ecb_known_through(&self) -> (NaiveDate, &str) {
        (self.ecb_known_through, &self.ecb_known_through_source)
    }

    /// The late-payment penalty parameters (L441-10 II C. com.).
    pub fn late_payment_rule(&self) -> &LatePaymentRule {
        &self.late_payment
    }

    /// The B2B statutory late-payment penalty rate (L441-10 II C. com.) for the semester
    /// containing `on`: the ECB MRO rate in force on 1 January (first semester) or 1 July
    /// (second semester) of that year, + 10 points. The row covers the whole semester; its source
    /// reads e.g. "BCE 2,15 % au 01/01/2026 (…) + 10 points".
    ///
    /// The reference date is the semester start, *not* the date of the last ECB change: a cut on
    /// 18 Sep 2024 does not change the S2 2024 rate (a known error of some public calculators).
    /// `None` before 2013 (the semester rule applies since loi 2012-387) or when the ECB rate on
    /// the reference date is not in the table.
    pub fn b2b_statutory_rate(&self, on: NaiveDate) -> Option<RateRow> {
        let (from, to) = semester_of(on);
        let rule = &self.late_payment;
        if from < rule.applies_from {
            return None;
        }
        let ecb = self.ecb_mro_on(from)?;
        let rate = ecb.rate + rule.margin_points;
        let source = format!(
            "BCE {} % au {} (taux des opérations principales de refinancement en vigueur depuis \
             le {}) + {} points = {} % — art. L441-10 II C. com. ; taux BCE : {}",
            fr_rate(ecb.rate),
            super::calendar::Dmy(from),
            super::calendar::Dmy(ecb.effective),
            fr_number(rule.margin_points),
            fr_rate(rate),
            ecb.source
        );
        Some(RateRow {
            from,
            to,
            rate,
            source,
            confidence: ecb.confidence,
            note: ecb.note,
            day_basis: rule.day_basis,
        })
    }

    /// The floor below which a *contractual* B2B penalty rate may not be set (L441-10 II):
    /// 3 × the legal rate ("autres cas" column) of the semester containing `on`.
    ///
    /// Whether the statutory default must itself be lifted to this floor when it is lower (as in
    /// 2024: floor 15,21 % > default 14,50 %) is an open question (france.md); this function only
    /// reports the floor.
    pub fn b2b_contractual_floor(&self, on: NaiveDate) -> Option<RateRow> {
        let rule = &self.late_payment;
        let legal = self.legal_rate(rule.floor_category, on)?;
        let rate = legal.rate * rule.floor_multiple;
        let column = match rule.floor_category {
            LegalRateCategory::Individual => "créancier particulier",
            LegalRateCategory::Other => "autres cas",
        };
        let source = format!(
            "{} × taux de l'intérêt légal ({column}) {} % = {} % — {} ; taux légal : {}",
            fr_number(rule.floor_multiple),
            fr_rate(legal.rate),
            fr_rate(rate),
            rule.floor_source,
            legal.source
        );
        Some(RateRow {
            rate,
            source,
            day_basis: rule.day_basis,
            ..legal
        })
    }

    /// Identifies the data behind a computation in manifests and `--format json`:
    /// `fr-rates-<YYYY>S<1|2>-<8 hex digits>` (see the module docs).
    pub fn table_version(&self) -> &str {
        &self.version
    }
}

/// The semester (1 Jan–30 Jun or 1 Jul–31 Dec) containing `date`, as inclusive bounds. French
/// legal rates change on these boundaries (L313-2 CMF), and so does the L441-10 reference date.
pub fn semester_of(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let year = date.year();
    // Every NaiveDate's year has a 1 January and a 31 December, so these cannot fail.
    let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d).expect("valid date in a valid year");
    if date.month() <= 6 {
        (ymd(1, 1), ymd(6, 30))
    } else {
        (ymd(7, 1), ymd(12, 31))
    }
}

/// Splits the inclusive period `start..=end` at every semester boundary, so that each piece has a
/// single legal rate (interest periods are split at every rate change: design.md). Returns the
/// inclusive pieces in order; empty if `start > end`.
///
/// `2025-11-15..=2026-03-02` → `[(2025-11-15, 2025-12-31), (2026-01-01, 2026-03-02)]`.
pub fn split_by_semester(start: NaiveDate, end: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    split_by_unit(start, end, |day| semester_of(day).1)
}

/// A rate as printed in French, at least two decimals ("2,15", "10,00", "0,125").
fn fr_rate(d: Decimal) -> String {
    let mut d = d.normalize();
    if d.scale() < 2 {
        d.rescale(2);
    }
    d.to_string().replace('.', ",")
}

/// A plain number as printed in French, no trailing zeros ("10", "3", "2,5").
fn fr_number(d: Decimal) -> String {
    d.normalize().to_string().replace('.', ",")
}

/// The on-disk shape of the YAML files. Rates stay strings here and are parsed exactly by
/// [`parse_rate`].
mod raw {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use super::{LegalRateCategory, LegalReference};

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LegalRateFile {
        #[allow(dead_code)]
        pub table: String,
        pub legal_basis: Vec<LegalReference>,
        pub day_basis: u32,
        pub day_basis_source: String,
        pub rows: Vec<LegalRateRow>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LegalRateRow {
        pub from: NaiveDate,
        pub to: NaiveDate,
        pub individual: String,
        pub other: String,
        pub source: String,
        pub confidence: String,
        #[serde(default)]
        pub note: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct EcbFile {
        #[allow(dead_code)]
        pub table: String,
        pub known_through: NaiveDate,
        pub known_through_source: String,
        pub rows: Vec<EcbRow>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct EcbRow {
        pub effective: NaiveDate,
        pub rate: String,
        pub source: String,
        pub confidence: String,
        #[serde(default)]
        pub note: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LatePaymentFile {
        #[allow(dead_code)]
        pub table: String,
        pub legal_basis: Vec<LegalReference>,
        pub applies_from: NaiveDate,
        pub margin_points: String,
        pub day_basis: u32,
        pub day_basis_source: String,
        pub floor_multiple: String,
        pub floor_category: LegalRateCategory,
        pub floor_source: String,
    }
}

#[cfg(test)]
mod tests {
    use super::LegalRateCategory::{Individual, Other};
    use super::*;
    use crate::compute::dated_table::check_split;
    use crate::compute::test_util::{d, dec};
    use chrono::Days;

    /// france.md §4.1 (2020–2026 table and the "Older values" line), plus examples.md FR-3 for
    /// S1 2014. (semester start, individual, other)
    const LEGAL_TABLE: &[(&str, &str, &str)] = &[
        ("2014-01-01", "0.04", "0.04"),
        ("2014-07-01", "0.04", "0.04"),
        ("2015-01-01", "4.06", "0.93"),
        ("2015-07-01", "4.29", "0.99"),
        ("2016-01-01", "4.54", "1.01"),
        ("2016-07-01", "4.35", "0.93"),
        ("2017-01-01", "4.16", "0.90"),
        ("2017-07-01", "3.94", "0.90"),
        ("2018-01-01", "3.73", "0.89"),
        ("2018-07-01", "3.60", "0.88"),
        ("2019-01-01", "3.40", "0.86"),
        ("2019-07-01", "3.26", "0.87"),
        ("2020-01-01", "3.15", "0.87"),
        ("2020-07-01", "3.11", "0.84"),
        ("2021-01-01", "3.14", "0.79"),
        ("2021-07-01", "3.12", "0.76"),
        ("2022-01-01", "3.13", "0.76"),
        ("2022-07-01", "3.15", "0.77"),
        ("2023-01-01", "4.47", "2.06"),
        ("2023-07-01", "6.82", "4.22"),
        ("2024-01-01", "8.01", "5.07"),
        ("2024-07-01", "8.16", "4.92"),
        ("2025-01-01", "7.21", "3.71"),
        ("2025-07-01", "6.65", "2.76"),
        ("2026-01-01", "6.67", "2.62"),
    ];

    #[test]
    fn embedded_tables_parse_sorted_and_contiguous() {
        let rates = FranceRates::parse(LEGAL_RATE_YAML, ECB_MRO_YAML, LATE_PAYMENT_YAML)
            .expect("embedded tables parse");
        let legal = rates.legal_rate_table();
        assert_eq!(legal.len(), LEGAL_TABLE.len());
        for pair in legal.windows(2) {
            assert!(pair[0].from <= pair[0].to);
            assert_eq!(
                pair[0].to.succ_opt(),
                Some(pair[1].from),
                "no gap, no overlap"
            );
        }
        for row in legal {
            assert!(!row.source.is_empty());
            assert!(["P", "S", "K"].contains(&row.confidence.as_str()));
        }
        let ecb = rates.ecb_mro_table();
        for pair in ecb.windows(2) {
            assert!(pair[0].effective < pair[1].effective, "sorted");
            assert_ne!(pair[0].rate, pair[1].rate, "each row is a change");
        }
        assert_eq!(rates.legal_rate_day_basis().0, 365);
        assert_eq!(rates.late_payment_rule().margin_points, dec("10"));
        assert_eq!(rates.late_payment_rule().floor_multiple, dec("3"));
        assert_eq!(rates.late_payment_rule().floor_category, Other);
        let articles: Vec<&str> = rates
            .legal_rate_basis()
            .iter()
            .map(|r| r.article.as_str())
            .collect();
        assert_eq!(articles, ["L313-2 CMF", "D313-1-A CMF"]);
        // Same data as the shared instance.
        assert_eq!(&rates, france());
    }

    #[test]
    fn every_semester_2014_to_2026_matches_the_table() {
        let rates = france();
        for &(start, individual, other) in LEGAL_TABLE {
            let (from, to) = semester_of(d(start));
            for on in [from, from + Days::new(45), to] {
                let i = rates.legal_rate(Individual, on).unwrap();
                let o = rates.legal_rate(Other, on).unwrap();
                assert_eq!(i.rate, dec(individual), "individual {on}");
                assert_eq!(o.rate, dec(other), "other {on}");
                assert_eq!((i.from, i.to), (from, to));
                assert_eq!(i.day_basis, 365);
            }
        }
    }

    #[test]
    fn legal_rate_spot_checks_against_france_md() {
        let rates = france();
        let at = |cat, on| rates.legal_rate(cat, d(on)).unwrap().rate;
        assert_eq!(at(Individual, "2020-09-01"), dec("3.11")); // FR-1
        assert_eq!(at(Other, "2024-03-15"), dec("5.07"));
        assert_eq!(at(Individual, "2026-01-01"), dec("6.67"));
        assert_eq!(at(Other, "2026-06-30"), dec("2.62"));
        assert_eq!(at(Individual, "2015-01-01"), dec("4.06"));
        assert_eq!(at(Other, "2015-06-30"), dec("0.93"));
        assert_eq!(at(Other, "2014-03-01"), dec("0.04")); // FR-3
        let row = rates.legal_rate(Other, d("2026-02-01")).unwrap();
        assert_eq!(row.confidence, "P");
        assert!(row.source.contains("JORF n° 0302"), "{}", row.source);
        assert_eq!(
            rates
                .legal_rate(Individual, d("2014-08-01"))
                .unwrap()
                .confidence,
            "K"
        );
    }

    #[test]
    fn legal_rate_outside_table_is_none() {
        let rates = france();
        assert_eq!(rates.legal_rate(Other, d("2013-12-31")), None);
        assert_eq!(rates.legal_rate(Individual, d("2026-07-01")), None);
        assert_eq!(rates.legal_rate(Individual, NaiveDate::MIN), None);
        assert_eq!(rates.legal_rate(Other, NaiveDate::MAX), None);
    }

    #[test]
    fn ecb_mro_on_reference_dates() {
        let rates = france();
        let at = |on| rates.ecb_mro_on(d(on)).map(|r| (r.effective, r.rate));
        assert_eq!(at("2014-01-01"), Some((d("2013-11-13"), dec("0.25"))));
        assert_eq!(at("2014-07-01"), Some((d("2014-06-11"), dec("0.15"))));
        assert_eq!(at("2015-01-01"), Some((d("2014-09-10"), dec("0.05"))));
        assert_eq!(at("2016-03-15"), Some((d("2014-09-10"), dec("0.05"))));
        assert_eq!(at("2016-03-16"), Some((d("2016-03-16"), dec("0"))));
        assert_eq!(at("2022-07-01"), Some((d("2016-03-16"), dec("0"))));
        assert_eq!(at("2022-07-27"), Some((d("2022-07-27"), dec("0.50"))));
        assert_eq!(at("2024-09-30"), Some((d("2024-09-18"), dec("3.65"))));
        assert_eq!(at("2026-01-01"), Some((d("2025-06-11"), dec("2.15"))));
        // Outside: before the first row, after known_through.
        assert_eq!(at("2013-11-12"), None);
        assert_eq!(at("2026-01-02"), None);
        // Every 1 Jan / 1 Jul from 2014 to 2026-01-01 has a known rate.
        for year in 2014..=2026 {
            for month in [1, 7] {
                let on = NaiveDate::from_ymd_opt(year, month, 1).unwrap();
                if on <= rates.ecb_known_through().0 {
                    assert!(rates.ecb_mro_on(on).is_some(), "{on}");
                }
            }
        }
    }

    #[test]
    fn b2b_statutory_rate_matches_france_md_4_3() {
        let rates = france();
        for (on, want) in [
            ("2014-03-01", "10.25"), // examples.md FR-3
            ("2020-01-01", "10.00"),
            ("2021-12-31", "10.00"),
            ("2022-07-01", "10.00"), // hike took effect 27 Jul: still 0,00 on 1 Jul
            ("2022-12-31", "10.00"),
            ("2023-01-01", "12.50"),
            ("2023-07-01", "14.00"),
            ("2024-01-01", "14.50"),
            ("2024-07-01", "14.25"),
            ("2024-12-31", "14.25"), // not 13,65 (18 Sep cut applies only from 2025)
            ("2025-01-01", "13.15"),
            ("2025-07-01", "12.15"),
            ("2026-01-01", "12.15"),
            ("2026-06-30", "12.15"),
        ] {
            let row = rates.b2b_statutory_rate(d(on)).unwrap();
            assert_eq!(row.rate, dec(want), "{on}");
            assert_eq!(semester_of(d(on)), (row.from, row.to));
            assert_eq!(row.day_basis, 365);
        }
        let row = rates.b2b_statutory_rate(d("2026-03-01")).unwrap();
        assert!(
            row.source
                .starts_with("BCE 2,15 % au 01/01/2026 (taux des opérations principales de refinancement en vigueur depuis le 11/06/2025) + 10 points = 12,15 %"),
            "{}",
            row.source
        );
        assert_eq!(row.confidence, "S");
        let row = rates.b2b_statutory_rate(d("2014-05-01")).unwrap();
        assert!(
            row.source.starts_with("BCE 0,25 % au 01/01/2014"),
            "{}",
            row.source
        );
        // Derived from [K] ECB rows: the mark propagates.
        assert_eq!(
            rates
                .b2b_statutory_rate(d("2015-02-01"))
                .unwrap()
                .confidence,
            "K"
        );
    }

    #[test]
    fn b2b_statutory_rate_outside_tables_is_none() {
        let rates = france();
        assert_eq!(rates.b2b_statutory_rate(d("2013-12-31")), None); // 1 Jul 2013 not in table
        assert_eq!(rates.b2b_statutory_rate(d("2026-07-01")), None); // 1 Jul 2026 unknown
        assert_eq!(rates.b2b_statutory_rate(NaiveDate::MIN), None);
        assert_eq!(rates.b2b_statutory_rate(NaiveDate::MAX), None);
    }

    #[test]
    fn b2b_contractual_floor_is_three_times_legal_other() {
        let rates = france();
        for (on, want) in [
            ("2014-03-01", "0.12"), // examples.md FR-3
            ("2020-01-01", "2.61"),
            ("2020-07-01", "2.52"),
            ("2022-07-01", "2.31"),
            ("2023-07-01", "12.66"),
            ("2024-01-01", "15.21"),
            ("2024-07-01", "14.76"),
            ("2025-01-01", "11.13"),
            ("2025-07-01", "8.28"),
            ("2026-01-01", "7.86"),
        ] {
            assert_eq!(
                rates.b2b_contractual_floor(d(on)).unwrap().rate,
                dec(want),
                "{on}"
            );
        }
        assert_eq!(rates.b2b_contractual_floor(d("2026-07-01")), None);
    }

    #[test]
    fn split_by_semester_pieces() {
        check_split(
            split_by_semester,
            &[
                "2025-11-15..2026-03-02 = 2025-11-15..2025-12-31 2026-01-01..2026-03-02",
                "2026-02-01..2026-05-31 = 2026-02-01..2026-05-31",
                "2026-03-02..2026-03-02 = 2026-03-02..2026-03-02",
                "2024-01-01..2024-12-31 = 2024-01-01..2024-06-30 2024-07-01..2024-12-31",
                "2023-05-10..2025-02-01 = 2023-05-10..2023-06-30 2023-07-01..2023-12-31 \
                 2024-01-01..2024-06-30 2024-07-01..2024-12-31 2025-01-01..2025-02-01",
                // Boundary days.
                "2025-06-30..2025-07-01 = 2025-06-30..2025-06-30 2025-07-01..2025-07-01",
                "2026-03-02..2026-03-01 =",
            ],
        );
        // End of chrono's range: no overflow, no endless loop.
        let last = split_by_semester(NaiveDate::MAX, NaiveDate::MAX);
        assert_eq!(last, vec![(NaiveDate::MAX, NaiveDate::MAX)]);
    }

    #[test]
    fn split_pieces_each_have_one_legal_rate() {
        let rates = france();
        for (from, to) in split_by_semester(d("2019-10-01"), d("2026-06-30")) {
            let a = rates.legal_rate(Individual, from).unwrap();
            let b = rates.legal_rate(Individual, to).unwrap();
            assert_eq!(a, b);
        }
    }

    #[test]
    fn table_version_names_last_semester() {
        let v = france().table_version();
        assert!(v.starts_with("fr-rates-2026S1-"), "{v}");
        assert_eq!(v.len(), "fr-rates-2026S1-".len() + 8);
    }

    #[test]
    fn invalid_tables_are_rejected() {
        // Remove the 2016 S2 row: a gap.
        let start = LEGAL_RATE_YAML.find("  - from: 2016-07-01").unwrap();
        let end = start + 1 + LEGAL_RATE_YAML[start + 1..].find("  - from:").unwrap();
        let gap = format!("{}{}", &LEGAL_RATE_YAML[..start], &LEGAL_RATE_YAML[end..]);
        let err = FranceRates::parse(&gap, ECB_MRO_YAML, LATE_PAYMENT_YAML).unwrap_err();
        assert!(err.contains("contiguous"), "{err}");
        // Duplicate a semester: an overlap.
        let overlap = LEGAL_RATE_YAML.replace(
            "from: 2016-07-01\n    to: 2016-12-31",
            "from: 2016-01-01\n    to: 2016-06-30",
        );
        let err = FranceRates::parse(&overlap, ECB_MRO_YAML, LATE_PAYMENT_YAML).unwrap_err();
        assert!(err.contains("contiguous"), "{err}");
        // Not a whole semester.
        let partial = LEGAL_RATE_YAML.replace("to: 2016-12-31", "to: 2016-12-30");
        let err = FranceRates::parse(&partial, ECB_MRO_YAML, LATE_PAYMENT_YAML).unwrap_err();
        assert!(err.contains("one semester"), "{err}");
        let float_garbage = LEGAL_RATE_YAML.replace("\"6.67\"", "\"6,67\"");
        let err = FranceRates::parse(&float_garbage, ECB_MRO_YAML, LATE_PAYMENT_YAML).unwrap_err();
        assert!(err.contains("6,67"), "{err}");
        let bad_mark = ECB_MRO_YAML.replace("confidence: K", "confidence: X");
        assert!(FranceRates::parse(LEGAL_RATE_YAML, &bad_mark, LATE_PAYMENT_YAML).is_err());
        let unsorted = ECB_MRO_YAML.replace("effective: 2014-09-10", "effective: 2014-01-10");
        assert!(FranceRates::parse(LEGAL_RATE_YAML, &unsorted, LATE_PAYMENT_YAML).is_err());
    }

    #[test]
    fn french_number_formatting() {
        assert_eq!(fr_rate(dec("2.15")), "2,15");
        assert_eq!(fr_rate(dec("10")), "10,00");
        assert_eq!(fr_rate(dec("0.00")), "0,00");
        assert_eq!(fr_rate(dec("12.500")), "12,50");
        assert_eq!(fr_rate(dec("0.125")), "0,125");
        assert_eq!(fr_number(dec("10")), "10");
        assert_eq!(fr_number(dec("3.0")), "3");
    }
}
