//! Dated, sourced rate tables (Belgium), and simple interest over them.
//!
//! Law lives in data: two YAML files under `jurisdictions/be/rates/`, embedded with
//! `include_str!` and parsed once, on first use:
//!
//! * `commercial-rate.yaml` — the late-payment rate in commercial transactions (loi du
//!   2 août 2002, art. 5: ECB main refinancing rate + 8 points, rounded up to the half point),
//!   one row per **semester**, published by SPF Finances in the Moniteur belge
//!   (belgium.md §4.1). It is the B2B default rate and the **ceiling** of late-payment interest
//!   on consumer debts (CDE art. XIX.4, belgium.md §1.5);
//! * `legal-rate.yaml` — the *taux d'intérêt légal* in civil and commercial matters (loi du
//!   5 mai 1865, art. 2 §1), one row per **calendar year** (belgium.md §4.2).
//!
//! Rates are percentages per year held as [`Decimal`] (`10.50` = 10,50 %), parsed from strings,
//! never through a float. Each row carries its source and a confidence mark in the crate's
//! vocabulary (P official text seen, S secondary source read, K unconfirmed); the research
//! note's own mark ([C], [S], [U]) opens the source text. Dates outside a table give `None` or a
//! [`MissingRate`], never a guessed rate. 2026 H1 (10,50 %) is [K]: expected, not confirmed as
//! published (belgium.md open question 9).
//!
//! Day count: Belgian law prescribes none in the sources read; `base × rate × days / 36 500` is
//! the common practice (belgium.md §11, [U]) and examples.md BE-2 uses it. A period runs from its
//! first to its last day, both included. B2B interest runs from the day after the payment
//! deadline (art. 5 loi 2.8.2002, "de plein droit et sans mise en demeure").

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::compute::accrual::PeriodRate;
pub use crate::compute::accrual::simple_interest;
use crate::compute::data::{DataFile, text};
use crate::compute::dated_table::{Dated, DatedTable};
use crate::compute::interest::{InterestLine, MissingRate};
use crate::compute::rates::{LegalReference, semester_of};
use crate::compute::table_checks::{
    FR_BE_MARKS, check_confidence, check_source, data_hash, parse_rate,
};

const COMMERCIAL_YAML: &str = include_str!("../../../jurisdictions/be/rates/commercial-rate.yaml");
const LEGAL_YAML: &str = include_str!("../../../jurisdictions/be/rates/legal-rate.yaml");

/// The two Belgian tables as data files a `--rates` folder may replace ([`crate::compute::data`]).
pub const BE_COMMERCIAL: DataFile = DataFile {
    path: "be/rates/commercial-rate.yaml",
    embedded: COMMERCIAL_YAML,
};
pub const BE_LEGAL: DataFile = DataFile {
    path: "be/rates/legal-rate.yaml",
    embedded: LEGAL_YAML,
};

/// Which Belgian table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BeRateKind {
    /// Loi du 2 août 2002, art. 5: per semester.
    Commercial,
    /// Loi du 5 mai 1865, art. 2 §1: per calendar year.
    Legal,
}

impl BeRateKind {
    /// What a missing row is called in a [`MissingRate`].
    fn what(self) -> &'static str {
        match self {
            BeRateKind::Commercial => {
                "taux d'intérêt de retard dans les transactions commerciales (loi du 2 août 2002, art. 5)"
            }
            BeRateKind::Legal => "taux d'intérêt légal belge (loi du 5 mai 1865, art. 2 §1)",
        }
    }
}

/// One rate, valid from `from` to `to` inclusive, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BeRateRow {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Annual rate in percent.
    pub rate: Decimal,
    /// Commercial table only: the ECB rate the published rate is consistent with
    /// (informative, [U] in belgium.md; never used to compute).
    pub ecb_mro: Option<Decimal>,
    pub source: String,
    /// `P`, `S` or `K`.
    pub confidence: String,
    pub note: Option<String>,
    /// interest = base × rate/100 × days / `day_basis`.
    pub day_basis: u32,
}

impl Dated for BeRateRow {
    fn span(&self) -> (NaiveDate, Option<NaiveDate>) {
        (self.from, Some(self.to))
    }
}

/// One table: sorted, contiguous rows of whole semesters (commercial) or whole years (legal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BeRateTable {
    pub kind: BeRateKind,
    pub legal_basis: Vec<LegalReference>,
    pub day_basis: u32,
    pub day_basis_source: String,
    rows: DatedTable<BeRateRow>,
}

impl BeRateTable {
    /// The rows, sorted and contiguous.
    pub fn rows(&self) -> &[BeRateRow] {
        &self.rows
    }

    /// The row in force on `on`; `None` outside the table.
    pub fn rate_on(&self, on: NaiveDate) -> Option<&BeRateRow> {
        self.rows.in_force(on)
    }

    /// Splits the inclusive period `start..=end` at every row boundary of the table — every
    /// semester (commercial) or year (legal) — so that each piece has a single rate and a single
    /// source to cite. Boundaries where the value happens not to change are kept: each
    /// publication is its own line in the annex. Empty if `start > end`; a [`MissingRate`] naming
    /// the first uncovered day if the period leaves the table.
    ///
    /// Commercial, `2024-11-15..=2025-08-10` → `(2024-11-15, 2024-12-31, 12,50 %)`,
    /// `(2025-01-01, 2025-06-30, 11,50 %)`, `(2025-07-01, 2025-08-10, 10,50 %)`.
    pub fn split_by_change(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Vec<(NaiveDate, NaiveDate, &BeRateRow)>, MissingRate> {
        self.rows.periods(start, end).map_err(|on| MissingRate {
            on,
            what: self.kind.what(),
        })
    }

    /// The printable label of a row, as in the annex: `Taux loi 2.8.2002 2025 S2`,
    /// `Taux légal belge 2026`.
    pub fn label(&self, row: &BeRateRow) -> String {
        match self.kind {
            BeRateKind::Commercial => {
                let half = if row.from.month() <= 6 { 1 } else { 2 };
                format!("Taux loi 2.8.2002 {} S{half}", row.from.year())
            }
            BeRateKind::Legal => format!("Taux légal belge {}", row.from.year()),
        }
    }
}

/// Both Belgian tables, parsed and checked. Obtain it with [`belgium()`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BelgiumRates {
    commercial: BeRateTable,
    legal: BeRateTable,
    #[serde(skip)]
    version: String,
}

static BELGIUM: LazyLock<BelgiumRates> = LazyLock::new(|| {
    BelgiumRates::parse(text(&BE_COMMERCIAL), text(&BE_LEGAL))
        // The embedded data is checked by the unit tests and a `--rates` folder by
        // `data::use_rates_dir` before any table is used: a failure here is a bug, not bad input.
        .unwrap_or_else(|e| panic!("Belgian rate tables are invalid: {e}"))
});

/// The embedded Belgian rate tables, parsed once.
pub fn belgium() -> &'static BelgiumRates {
    &BELGIUM
}

impl BelgiumRates {
    /// Parses and checks both tables: decimal-string rates within 0–100 %, confidence P/S/K,
    /// non-empty sources, day basis 360/365/366, rows of whole semesters (commercial) or whole
    /// calendar years (legal), sorted and contiguous (no gap, no overlap).
    pub fn parse(commercial_yaml: &str, legal_yaml: &str) -> Result<Self, String> {
        let commercial = parse_table(commercial_yaml, BeRateKind::Commercial)
            .map_err(|e| format!("commercial-rate.yaml: {e}"))?;
        let legal = parse_table(legal_yaml, BeRateKind::Legal)
            .map_err(|e| format!("legal-rate.yaml: {e}"))?;
        let mut rates = BelgiumRates {
            commercial,
            legal,
            version: String::new(),
        };
        rates.version = rates.compute_version()?;
        Ok(rates)
    }

    /// The commercial late-payment table (loi 2.8.2002).
    pub fn commercial(&self) -> &BeRateTable {
        &self.commercial
    }

    /// The civil legal-rate table (loi 5.5.1865).
    pub fn legal(&self) -> &BeRateTable {
        &self.legal
    }

    /// The table of this kind.
    pub fn table(&self, kind: BeRateKind) -> &BeRateTable {
        match kind {
            BeRateKind::Commercial => &self.commercial,
            BeRateKind::Legal => &self.legal,
        }
    }

    /// The commercial rate in force on `on`.
    pub fn commercial_rate(&self, on: NaiveDate) -> Option<&BeRateRow> {
        self.commercial.rate_on(on)
    }

    /// The legal rate in force on `on`.
    pub fn legal_rate(&self, on: NaiveDate) -> Option<&BeRateRow> {
        self.legal.rate_on(on)
    }

    /// `be-rates-<last commercial semester>-<8 hex digits>`, e.g. `be-rates-2026S1-1a2b3c4d`:
    /// the prefix says how far the commercial table goes; the suffix is an FNV-1a hash of the
    /// parsed data of both tables (not of comments), so any change of a value, date or source
    /// gives a new version in manifests.
    pub fn table_version(&self) -> &str {
        &self.version
    }

    fn compute_version(&self) -> Result<String, String> {
        let last = self
            .commercial
            .rows
            .last()
            .ok_or("commercial-rate.yaml: no rows")?;
        let half = if last.from.month() <= 6 { 1 } else { 2 };
        Ok(format!(
            "be-rates-{}S{half}-{:08x}",
            last.from.year(),
            data_hash(self)?
        ))
    }
}

/// Interest on a constant `base` from `start` to `end` (both included) at the rates of the
/// `kind` table, one rounded line per piece of [`BeRateTable::split_by_change`]. For B2B
/// interest `start` is the day after the payment deadline (loi 2.8.2002, art. 5). Empty if
/// `end < start` or `base <= 0`.
pub fn accrue(
    invoice: &str,
    base: Decimal,
    start: NaiveDate,
    end: NaiveDate,
    kind: BeRateKind,
) -> Result<Vec<InterestLine>, MissingRate> {
    if base <= Decimal::ZERO {
        return Ok(Vec::new());
    }
    let table = belgium().table(kind);
    let pieces = table.split_by_change(start, end)?;
    Ok(pieces
        .into_iter()
        .map(|(from, to, row)| {
            let rate = PeriodRate {
                rate: row.rate,
                label: table.label(row),
                source: row.source.clone(),
                day_basis: row.day_basis,
            };
            InterestLine::simple(invoice, base, from, to, rate)
        })
        .collect())
}

fn parse_table(yaml: &str, kind: BeRateKind) -> Result<BeRateTable, String> {
    let file: raw::RateFile = serde_saphyr::from_str(yaml).map_err(|e| e.to_string())?;
    for r in &file.legal_basis {
        check_confidence(&r.confidence, &FR_BE_MARKS, "legal_basis")?;
    }
    if !matches!(file.day_basis, 360 | 365 | 366) {
        return Err(format!(
            "day_basis must be 360, 365 or 366, got {}",
            file.day_basis
        ));
    }
    let mut rows: DatedTable<BeRateRow> = DatedTable::with_capacity(file.rows.len());
    for row in file.rows {
        let at = format!("row from {}", row.from);
        let (want_from, want_to) = match kind {
            BeRateKind::Commercial => semester_of(row.from),
            BeRateKind::Legal => year_of(row.from),
        };
        if (row.from, row.to) != (want_from, want_to) {
            let unit = match kind {
                BeRateKind::Commercial => "one semester (1 Jan–30 Jun or 1 Jul–31 Dec)",
                BeRateKind::Legal => "one calendar year",
            };
            return Err(format!(
                "{at}: a row must cover exactly {unit}, got {}..{}",
                row.from, row.to
            ));
        }
        rows.check_next(row.from, &at, "")?;
        check_confidence(&row.confidence, &FR_BE_MARKS, &at)?;
        check_source(&row.source, &at)?;
        if kind == BeRateKind::Legal && row.ecb_mro.is_some() {
            return Err(format!(
                "{at}: ecb_mro belongs to the commercial table only"
            ));
        }
        rows.push(BeRateRow {
            from: row.from,
            to: row.to,
            rate: parse_rate(&row.rate, &at)?,
            ecb_mro: row
                .ecb_mro
                .as_deref()
                .map(|e| parse_rate(e, &at))
                .transpose()?,
            source: row.source,
            confidence: row.confidence,
            note: row.note,
            day_basis: file.day_basis,
        });
    }
    if rows.is_empty() {
        return Err("no rows".into());
    }
    Ok(BeRateTable {
        kind,
        legal_basis: file.legal_basis,
        day_basis: file.day_basis,
        day_basis_source: file.day_basis_source,
        rows,
    })
}

/// The calendar year containing `date`, inclusive bounds.
fn year_of(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let ymd = |m, d| NaiveDate::from_ymd_opt(date.year(), m, d).expect("valid date");
    (ymd(1, 1), ymd(12, 31))
}

/// The on-disk shape of the YAML files; rates stay strings until [`parse_rate`].
mod raw {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use crate::compute::rates::LegalReference;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RateFile {
        #[allow(dead_code)]
        pub table: String,
        pub legal_basis: Vec<LegalReference>,
        pub day_basis: u32,
        pub day_basis_source: String,
        pub rows: Vec<RateRow>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RateRow {
        pub from: NaiveDate,
        pub to: NaiveDate,
        pub rate: String,
        #[serde(default)]
        pub ecb_mro: Option<String>,
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

    /// belgium.md §4.1 (2020 H1 – 2026 H1) and the Wolters Kluwer "8 % since H2 2016" line.
    const COMMERCIAL: &[(&str, &str)] = &[
        ("2016-07-01", "8.00"),
        ("2017-01-01", "8.00"),
        ("2017-07-01", "8.00"),
        ("2018-01-01", "8.00"),
        ("2018-07-01", "8.00"),
        ("2019-01-01", "8.00"),
        ("2019-07-01", "8.00"),
        ("2020-01-01", "8.00"),
        ("2020-07-01", "8.00"),
        ("2021-01-01", "8.00"),
        ("2021-07-01", "8.00"),
        ("2022-01-01", "8.00"),
        ("2022-07-01", "8.00"),
        ("2023-01-01", "10.50"),
        ("2023-07-01", "12.00"),
        ("2024-01-01", "12.50"),
        ("2024-07-01", "12.50"),
        ("2025-01-01", "11.50"),
        ("2025-07-01", "10.50"),
        ("2026-01-01", "10.50"),
    ];

    /// belgium.md §4.2.
    const LEGAL: &[(i32, &str)] = &[
        (2020, "1.75"),
        (2021, "1.75"),
        (2022, "1.50"),
        (2023, "5.25"),
        (2024, "5.75"),
        (2025, "4.50"),
        (2026, "4.50"),
    ];

    #[test]
    fn embedded_tables_parse_sorted_and_contiguous() {
        let rates = BelgiumRates::parse(COMMERCIAL_YAML, LEGAL_YAML).unwrap();
        assert_eq!(&rates, belgium());
        for table in [rates.commercial(), rates.legal()] {
            for pair in table.rows().windows(2) {
                assert_eq!(pair[0].to.succ_opt(), Some(pair[1].from));
            }
            for row in table.rows() {
                assert!(row.from <= row.to);
                assert!(!row.source.is_empty());
                assert!(["P", "S", "K"].contains(&row.confidence.as_str()));
                assert_eq!(row.day_basis, 365);
            }
            assert_eq!(table.day_basis, 365);
            assert!(!table.legal_basis.is_empty());
        }
        assert_eq!(rates.commercial().rows().len(), COMMERCIAL.len());
        assert_eq!(rates.legal().rows().len(), LEGAL.len());
    }

    #[test]
    fn commercial_rate_every_semester() {
        let rates = belgium();
        for &(start, rate) in COMMERCIAL {
            let (from, to) = semester_of(d(start));
            for on in [from, from + chrono::Days::new(60), to] {
                let row = rates.commercial_rate(on).unwrap();
                assert_eq!(row.rate, dec(rate), "{on}");
                assert_eq!((row.from, row.to), (from, to));
            }
        }
        assert_eq!(rates.commercial_rate(d("2016-06-30")), None);
        assert_eq!(rates.commercial_rate(d("2026-07-01")), None);
        assert_eq!(rates.commercial_rate(NaiveDate::MIN), None);
        assert_eq!(rates.commercial_rate(NaiveDate::MAX), None);
        // 2026 H1 is expected, not confirmed: the mark says so.
        assert_eq!(
            rates.commercial_rate(d("2026-03-01")).unwrap().confidence,
            "K"
        );
        assert_eq!(
            rates.commercial_rate(d("2025-03-01")).unwrap().confidence,
            "S"
        );
    }

    #[test]
    fn commercial_rate_is_ecb_plus_8_rounded_up_to_half_point() {
        // belgium.md §3: consistent with every published semester (rounding rule [U]).
        for row in belgium().commercial().rows() {
            let ecb = row
                .ecb_mro
                .expect("every commercial row states its ECB rate");
            let raw = ecb + dec("8");
            let rounded = (raw * dec("2")).ceil() / dec("2");
            assert_eq!(row.rate, rounded, "{}", row.from);
        }
        let h2_2024 = belgium().commercial_rate(d("2024-08-01")).unwrap();
        assert_eq!(h2_2024.ecb_mro, Some(dec("4.25")));
        assert_eq!(h2_2024.rate, dec("12.50"));
    }

    #[test]
    fn legal_rate_every_year() {
        let rates = belgium();
        for &(year, rate) in LEGAL {
            for (m, day) in [(1, 1), (7, 15), (12, 31)] {
                let on = NaiveDate::from_ymd_opt(year, m, day).unwrap();
                assert_eq!(rates.legal_rate(on).unwrap().rate, dec(rate), "{on}");
            }
        }
        assert_eq!(rates.legal_rate(d("2019-12-31")), None);
        assert_eq!(rates.legal_rate(d("2027-01-01")), None);
    }

    #[test]
    fn split_by_change_at_every_row() {
        let c = belgium().commercial();
        let got: Vec<_> = c
            .split_by_change(d("2024-11-15"), d("2025-08-10"))
            .unwrap()
            .into_iter()
            .map(|(a, b, r)| (a, b, r.rate))
            .collect();
        assert_eq!(
            got,
            vec![
                (d("2024-11-15"), d("2024-12-31"), dec("12.50")),
                (d("2025-01-01"), d("2025-06-30"), dec("11.50")),
                (d("2025-07-01"), d("2025-08-10"), dec("10.50")),
            ]
        );
        // Same value on both sides of 1 July 2024: still two rows, two sources.
        assert_eq!(
            c.split_by_change(d("2024-06-30"), d("2024-07-01"))
                .unwrap()
                .len(),
            2
        );
        // Inside one row; one day; reversed.
        assert_eq!(
            c.split_by_change(d("2025-02-01"), d("2025-02-01")).unwrap(),
            vec![(
                d("2025-02-01"),
                d("2025-02-01"),
                c.rate_on(d("2025-02-01")).unwrap()
            )]
        );
        assert!(
            c.split_by_change(d("2025-02-02"), d("2025-02-01"))
                .unwrap()
                .is_empty()
        );
        // Leaving the table names the first uncovered day.
        let err = c
            .split_by_change(d("2026-05-01"), d("2026-08-01"))
            .unwrap_err();
        assert_eq!(err.on, d("2026-07-01"));
        assert!(err.what.contains("2 août 2002"));
        let l = belgium().legal();
        let years: Vec<_> = l
            .split_by_change(d("2022-10-01"), d("2024-02-29"))
            .unwrap()
            .into_iter()
            .map(|(a, b, r)| (a, b, r.rate))
            .collect();
        assert_eq!(
            years,
            vec![
                (d("2022-10-01"), d("2022-12-31"), dec("1.50")),
                (d("2023-01-01"), d("2023-12-31"), dec("5.25")),
                (d("2024-01-01"), d("2024-02-29"), dec("5.75")),
            ]
        );
        assert_eq!(
            l.split_by_change(d("2019-12-30"), d("2020-01-02"))
                .unwrap_err()
                .on,
            d("2019-12-30")
        );
    }

    #[test]
    fn be2_simple_interest() {
        // examples.md BE-2: 612,15 € due 16 February, computed on 1 March: 13 days at 10 %.
        assert_eq!(
            simple_interest(dec("612.15"), dec("10"), 13, 365),
            dec("2.18")
        );
        // The 13 days are 17 February to 1 March of a common year, both included.
        let rate = PeriodRate {
            rate: dec("10"),
            label: "10 %".into(),
            source: "examples.md BE-2".into(),
            day_basis: 365,
        };
        let l = InterestLine::simple("F1", dec("612.15"), d("2025-02-17"), d("2025-03-01"), rate);
        assert_eq!((l.days, l.amount), (13, dec("2.18")));
        assert_eq!(simple_interest(dec("0"), dec("10"), 13, 365), dec("0"));
        // Exactly half a cent rounds away from zero: 1 000 × 0,01825 × 10 / 36 500 = 0,005.
        assert_eq!(
            simple_interest(dec("1000"), dec("0.01825"), 10, 365),
            dec("0.01")
        );
    }

    #[test]
    fn accrue_b2b_across_semesters() {
        // Invoice 10 000 € due 15 Nov 2024: interest from 16 Nov 2024 to 10 Aug 2025.
        let lines = accrue(
            "2024/118",
            dec("10000"),
            d("2024-11-16"),
            d("2025-08-10"),
            BeRateKind::Commercial,
        )
        .unwrap();
        let got: Vec<_> = lines
            .iter()
            .map(|l| (l.days, l.rate, l.amount, l.rate_label.as_str()))
            .collect();
        // 10 000 × 12,5 × 46 / 36 500 = 157,534…; × 11,5 × 181 = 570,273…; × 10,5 × 41 = 117,945…
        assert_eq!(
            got,
            vec![
                (46, dec("12.50"), dec("157.53"), "Taux loi 2.8.2002 2024 S2"),
                (
                    181,
                    dec("11.50"),
                    dec("570.27"),
                    "Taux loi 2.8.2002 2025 S1"
                ),
                (41, dec("10.50"), dec("117.95"), "Taux loi 2.8.2002 2025 S2"),
            ]
        );
        assert!(lines[1].rate_source.contains("leuropeinfo"));
        assert!(
            lines
                .iter()
                .all(|l| l.year_basis == 365 && l.invoice == "2024/118")
        );
        let legal = accrue(
            "x",
            dec("1000"),
            d("2025-12-01"),
            d("2026-01-31"),
            BeRateKind::Legal,
        )
        .unwrap();
        assert_eq!(legal.len(), 2);
        assert_eq!(legal[0].rate_label, "Taux légal belge 2025");
        // 1 000 × 4,5 × 31 / 36 500 = 3,8219…
        assert_eq!((legal[0].days, legal[0].amount), (31, dec("3.82")));
        assert!(
            accrue(
                "x",
                dec("0"),
                d("2025-01-01"),
                d("2025-02-01"),
                BeRateKind::Legal
            )
            .unwrap()
            .is_empty()
        );
        assert!(
            accrue(
                "x",
                dec("10"),
                d("2026-06-01"),
                d("2026-07-02"),
                BeRateKind::Commercial
            )
            .is_err()
        );
    }

    #[test]
    fn table_version_names_last_semester() {
        let v = belgium().table_version();
        assert!(v.starts_with("be-rates-2026S1-"), "{v}");
        assert_eq!(v.len(), "be-rates-2026S1-".len() + 8);
        // Any value change changes the version.
        let changed = COMMERCIAL_YAML.replace("rate: \"11.50\"", "rate: \"11.00\"");
        let other = BelgiumRates::parse(&changed, LEGAL_YAML).unwrap();
        assert_ne!(other.table_version(), v);
    }

    #[test]
    fn invalid_tables_are_rejected() {
        // A gap: drop the 2025 H1 row.
        let start = COMMERCIAL_YAML.find("  - from: 2025-01-01").unwrap();
        let end = start + 1 + COMMERCIAL_YAML[start + 1..].find("  - from:").unwrap();
        let gap = format!("{}{}", &COMMERCIAL_YAML[..start], &COMMERCIAL_YAML[end..]);
        let err = BelgiumRates::parse(&gap, LEGAL_YAML).unwrap_err();
        assert!(
            err.contains("contiguous") && err.contains("2025-07-01"),
            "{err}"
        );
        // An overlap: a duplicated semester.
        let dup = COMMERCIAL_YAML.replace(
            "from: 2025-07-01\n    to: 2025-12-31",
            "from: 2025-01-01\n    to: 2025-06-30",
        );
        let err = BelgiumRates::parse(&dup, LEGAL_YAML).unwrap_err();
        assert!(err.contains("contiguous"), "{err}");
        // Not a whole semester / year.
        let partial = COMMERCIAL_YAML.replace("to: 2025-12-31", "to: 2025-12-30");
        let err = BelgiumRates::parse(&partial, LEGAL_YAML).unwrap_err();
        assert!(err.contains("one semester"), "{err}");
        let half_year = LEGAL_YAML.replace("to: 2024-12-31", "to: 2024-06-30");
        let err = BelgiumRates::parse(COMMERCIAL_YAML, &half_year).unwrap_err();
        assert!(
            err.starts_with("legal-rate.yaml") && err.contains("calendar year"),
            "{err}"
        );
        // A float-looking comma, a bad mark, an unknown field.
        let comma = LEGAL_YAML.replace("rate: \"5.75\"", "rate: \"5,75\"");
        assert!(
            BelgiumRates::parse(COMMERCIAL_YAML, &comma)
                .unwrap_err()
                .contains("5,75")
        );
        let mark = LEGAL_YAML.replace("confidence: S", "confidence: C");
        assert!(BelgiumRates::parse(COMMERCIAL_YAML, &mark).is_err());
        let unknown = LEGAL_YAML.replace("day_basis: 365", "day_basis: 365\nbasis: 365");
        assert!(BelgiumRates::parse(COMMERCIAL_YAML, &unknown).is_err());
        let ecb_in_legal =
            LEGAL_YAML.replace("rate: \"5.75\"", "rate: \"5.75\"\n    ecb_mro: \"1\"");
        assert!(
            BelgiumRates::parse(COMMERCIAL_YAML, &ecb_in_legal)
                .unwrap_err()
                .contains("commercial table only")
        );
    }
}
