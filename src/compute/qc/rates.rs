//! Dated, sourced rate tables (Québec): the legal rate and the s. 28 LAF rate, and the
//! art. 1619 C.c.Q. additional-indemnity rate derived from them.
//!
//! Law lives in data (design.md): the tables are YAML files under `jurisdictions/qc/rates/`,
//! embedded with `include_str!` and parsed once, on first use ([`quebec()`]):
//!
//! * `legal-rate.yaml` — the *taux légal*: Québec has no provincial legal rate; art. 1617
//!   C.c.Q. ("failing any agreement, at the legal rate") refers to the federal Interest Act
//!   s. 3 rate, **5 % per annum** (quebec.md §2.1, §2.3 \[S\]). One open-ended row (a statutory
//!   rate holds until amended; it is not published periodically).
//! * `s28-laf.yaml` — the rate of s. 28 para 1 of the *Loi sur l'administration fiscale*
//!   (debts owed to the State), fixed **per calendar quarter** by the s. 28R2 formula
//!   (quebec.md §2.4 \[S\]). Rows cover whole quarters; a row may span several quarters when one
//!   source states one rate for all of them.
//!
//! Rates are percentages per year held as [`Decimal`] (`"6.00"` = 6 %), parsed from strings,
//! never through a float. Every row carries its source and a confidence mark: `P` primary text,
//! `S` stated by a cited source, `D` derived (quebec.md's 28R2 derivations from prime rates
//! recalled from memory — verify before release), `K` general knowledge.
//!
//! **Gaps are explicit.** quebec.md gives no s. 28 rate for 2017-Q1 … 2019-Q4 nor after
//! 2026-Q1. The first is a `gap` row in the data (so the table stays contiguous and the hole
//! is visible and explained: [`QuebecRates::s28_gap`]); after the last row the rate is simply
//! unknown. Both give `None`, never a guessed rate.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{check_confidence, check_day_basis, check_source, data_hash, parse_rate, weakest};
use crate::compute::data::{DataFile, text};
use crate::compute::dated_table::{Dated, DatedTable, split_by_unit};
use crate::compute::money::format_percent_fr;
use crate::compute::rates::LegalReference;

const LEGAL_RATE_YAML: &str = include_str!("../../../jurisdictions/qc/rates/legal-rate.yaml");
const S28_YAML: &str = include_str!("../../../jurisdictions/qc/rates/s28-laf.yaml");

/// The two Québec interest tables as data files a `--rates` folder may replace
/// ([`crate::compute::data`]).
pub const QC_LEGAL_RATE: DataFile = DataFile {
    path: "qc/rates/legal-rate.yaml",
    embedded: LEGAL_RATE_YAML,
};
pub const QC_S28: DataFile = DataFile {
    path: "qc/rates/s28-laf.yaml",
    embedded: S28_YAML,
};

/// One rate, valid from `from` to `to` inclusive (`to: None`: in force until amended), with its
/// provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QcRate {
    /// First day the rate applies.
    pub from: NaiveDate,
    /// Last day the rate applies (inclusive); `None` for a statutory rate still in force.
    pub to: Option<NaiveDate>,
    /// Annual rate in percent (`6` = 6 %).
    pub rate: Decimal,
    /// Where the value comes from (text reference and URL).
    pub source: String,
    /// Confidence mark: `P`, `S`, `D` or `K` (see the module documentation).
    pub confidence: String,
    /// A caveat that goes with the value, if any.
    pub note: Option<String>,
    /// Day-count denominator: interest = amount × rate/100 × days / `day_basis`.
    pub day_basis: u32,
}

impl Dated for QcRate {
    fn span(&self) -> (NaiveDate, Option<NaiveDate>) {
        (self.from, self.to)
    }
}

/// One row of the s. 28 LAF table: a known rate, or an explicit gap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct S28Row {
    /// First day of the row (the first day of a quarter).
    pub from: NaiveDate,
    /// Last day of the row (the last day of a quarter), inclusive.
    pub to: NaiveDate,
    pub entry: S28Entry,
}

impl Dated for S28Row {
    fn span(&self) -> (NaiveDate, Option<NaiveDate>) {
        (self.from, Some(self.to))
    }
}

/// What the s. 28 table says for a stretch of quarters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum S28Entry {
    /// A rate with its provenance.
    Rate {
        rate: Decimal,
        source: String,
        confidence: String,
        note: Option<String>,
    },
    /// No rate known: why, and what to do about it.
    Gap { reason: String },
}

/// A legal reference from a table's header block: the same shape as in the French and Belgian
/// tables (its confidence mark is checked against Québec's marks).
pub type QcLegalReference = LegalReference;

/// What the additional indemnity of art. 1619 C.c.Q. is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndemnityDeduction {
    /// No agreed rate: s. 28 rate − legal rate (quebec.md §2.3 \[S\]).
    LegalRate,
    /// An agreed rate at or above the legal rate: s. 28 rate − agreed rate (art. 1619 compares
    /// with "the agreed rate or, failing that, the legal rate": quebec.md §2.3 \[K\]).
    AgreedRate,
    /// An agreed rate *below* the legal rate: the legal rate is deducted, the conservative
    /// choice (see [`QuebecRates::additional_indemnity_rate`]).
    LegalRateOverLowerAgreedRate,
}

/// The art. 1619 C.c.Q. additional-indemnity rate for one row of the s. 28 table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdditionalIndemnityRate {
    /// Bounds of the s. 28 row the rate comes from.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The s. 28 LAF rate of that row.
    pub s28_rate: Decimal,
    /// The rate deducted from it (legal 5 %, or the agreed rate).
    pub deducted_rate: Decimal,
    pub deduction: IndemnityDeduction,
    /// `max(0, s28_rate − deducted_rate)`, percent per year.
    pub rate: Decimal,
    /// Printable derivation and the sources of both rates.
    pub source: String,
    /// The weaker confidence mark of the two rates.
    pub confidence: String,
    pub note: Option<String>,
    pub day_basis: u32,
}

/// The Québec rate tables, parsed and checked. Obtain them with [`quebec()`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuebecRates {
    legal_basis: Vec<QcLegalReference>,
    legal_day_basis: u32,
    legal_day_basis_source: String,
    legal: DatedTable<QcRate>,
    s4_cap: Decimal,
    s4_cap_source: String,
    s4_cap_confidence: String,
    s28_basis: Vec<QcLegalReference>,
    s28_day_basis: u32,
    s28_day_basis_source: String,
    s28: DatedTable<S28Row>,
    #[serde(skip)]
    version: String,
}

static QUEBEC: LazyLock<QuebecRates> = LazyLock::new(|| {
    QuebecRates::parse(text(&QC_LEGAL_RATE), text(&QC_S28))
        // The embedded data is checked by the unit tests and a `--rates` folder by
        // `data::use_rates_dir` before any table is used: a failure here is a bug, not bad input.
        .unwrap_or_else(|e| panic!("Québec rate tables are invalid: {e}"))
});

/// The embedded Québec rate tables, parsed once.
pub fn quebec() -> &'static QuebecRates {
    &QUEBEC
}

impl QuebecRates {
    /// Parses and checks both tables.
    ///
    /// Checks: rates are decimal strings in 0..=100; confidence marks are P/S/D/K; sources are
    /// not empty; legal-rate rows are sorted and contiguous, only the last may be open-ended;
    /// s. 28 rows start on the first day of a quarter and end on the last day of a quarter, are
    /// sorted and contiguous (no overlap, no silent hole — a hole must be a `gap` row with a
    /// reason), and each row is either a rate (with source and confidence) or a gap, never both.
    pub fn parse(legal_yaml: &str, s28_yaml: &str) -> Result<Self, String> {
        let legal_file: raw::LegalFile =
            serde_saphyr::from_str(legal_yaml).map_err(|e| format!("legal-rate.yaml: {e}"))?;
        let s28_file: raw::S28File =
            serde_saphyr::from_str(s28_yaml).map_err(|e| format!("s28-laf.yaml: {e}"))?;

        for r in &legal_file.legal_basis {
            check_confidence(&r.confidence, "legal-rate.yaml legal_basis")?;
        }
        for r in &s28_file.legal_basis {
            check_confidence(&r.confidence, "s28-laf.yaml legal_basis")?;
        }
        check_day_basis(legal_file.day_basis, "legal-rate.yaml")?;
        let cap = &legal_file.s4_cap;
        let s4_cap = parse_rate(&cap.rate, "legal-rate.yaml s4_cap")?;
        check_confidence(&cap.confidence, "legal-rate.yaml s4_cap")?;
        check_source(&cap.source, "legal-rate.yaml s4_cap")?;
        check_day_basis(s28_file.day_basis, "s28-laf.yaml")?;

        let mut legal: DatedTable<QcRate> = DatedTable::with_capacity(legal_file.rows.len());
        for row in legal_file.rows {
            let at = format!("legal-rate.yaml row from {}", row.from);
            legal.check_next(row.from, &at, "")?;
            if let Some(to) = row.to
                && to < row.from
            {
                return Err(format!("{at}: ends ({to}) before it starts"));
            }
            check_confidence(&row.confidence, &at)?;
            check_source(&row.source, &at)?;
            legal.push(QcRate {
                from: row.from,
                to: row.to,
                rate: parse_rate(&row.rate, &at)?,
                source: row.source,
                confidence: row.confidence,
                note: row.note,
                day_basis: legal_file.day_basis,
            });
        }
        if legal.is_empty() {
            return Err("legal-rate.yaml: no rows".into());
        }

        let mut s28: DatedTable<S28Row> = DatedTable::with_capacity(s28_file.rows.len());
        for row in s28_file.rows {
            let at = format!("s28-laf.yaml row from {}", row.from);
            if quarter_of(row.from).0 != row.from || quarter_of(row.to).1 != row.to {
                return Err(format!(
                    "{at}: a row must start on the first day of a quarter and end on the last \
                     day of a quarter, got {}..{}",
                    row.from, row.to
                ));
            }
            if row.to < row.from {
                return Err(format!("{at}: ends ({}) before it starts", row.to));
            }
            s28.check_next(row.from, &at, " (a hole must be a `gap` row)")?;
            let entry = match (row.rate, row.gap) {
                (Some(rate), None) => {
                    let confidence = row
                        .confidence
                        .ok_or_else(|| format!("{at}: a rate needs a confidence mark"))?;
                    let source = row
                        .source
                        .ok_or_else(|| format!("{at}: a rate needs a source"))?;
                    check_confidence(&confidence, &at)?;
                    check_source(&source, &at)?;
                    S28Entry::Rate {
                        rate: parse_rate(&rate, &at)?,
                        source,
                        confidence,
                        note: row.note,
                    }
                }
                (None, Some(reason)) => {
                    if row.source.is_some() || row.confidence.is_some() || row.note.is_some() {
                        return Err(format!(
                            "{at}: a gap row has only from, to and gap (its reason)"
                        ));
                    }
                    check_source(&reason, &at)?;
                    S28Entry::Gap { reason }
                }
                (Some(_), Some(_)) => {
                    return Err(format!("{at}: a row is either a rate or a gap, not both"));
                }
                (None, None) => return Err(format!("{at}: a row needs a rate or a gap")),
            };
            s28.push(S28Row {
                from: row.from,
                to: row.to,
                entry,
            });
        }
        let is_rate =
            |row: Option<&S28Row>| matches!(row.map(|r| &r.entry), Some(S28Entry::Rate { .. }));
        if s28.is_empty() {
            return Err("s28-laf.yaml: no rows".into());
        }
        if !is_rate(s28.first()) || !is_rate(s28.last()) {
            return Err(
                "s28-laf.yaml: the table must start and end with a rate (outside the \
                        rows the rate is unknown anyway)"
                    .into(),
            );
        }

        let mut rates = QuebecRates {
            legal_basis: legal_file.legal_basis,
            legal_day_basis: legal_file.day_basis,
            legal_day_basis_source: legal_file.day_basis_source,
            legal,
            s4_cap,
            s4_cap_source: legal_file.s4_cap.source,
            s4_cap_confidence: legal_file.s4_cap.confidence,
            s28_basis: s28_file.legal_basis,
            s28_day_basis: s28_file.day_basis,
            s28_day_basis_source: s28_file.day_basis_source,
            s28,
            version: String::new(),
        };
        rates.version = rates.compute_version()?;
        Ok(rates)
    }

    /// `qc-rates-<last s. 28 quarter>-<hash>`, e.g. `qc-rates-2026-Q1-1a2b3c4d`: the prefix says
    /// how far the s. 28 table goes; the suffix is an FNV-1a hash of the parsed data (both
    /// tables, not comments), so any change of a value, date, source or gap gives a new version.
    fn compute_version(&self) -> Result<String, String> {
        let last = self.s28.last().ok_or("s28-laf.yaml: no rows")?;
        Ok(format!(
            "qc-rates-{}-{:08x}",
            quarter_label(last.to),
            data_hash(self)?
        ))
    }

    /// Identifies the data behind a computation in manifests and `--format json`.
    pub fn table_version(&self) -> &str {
        &self.version
    }

    /// The legal rate (Interest Act s. 3, art. 1617 C.c.Q.: 5 %) in force on `on`; `None`
    /// before the table's first row (1 January 1994, entry into force of the C.c.Q.).
    pub fn legal_rate(&self, on: NaiveDate) -> Option<QcRate> {
        self.legal.in_force(on).cloned()
    }

    /// The whole legal-rate table.
    pub fn legal_rate_table(&self) -> &[QcRate] {
        &self.legal
    }

    /// Legal basis of the legal rate (Interest Act s. 3, art. 1617 C.c.Q.).
    pub fn legal_rate_basis(&self) -> &[QcLegalReference] {
        &self.legal_basis
    }

    /// Day-count basis of the legal rate (365) and its source.
    pub fn legal_rate_day_basis(&self) -> (u32, &str) {
        (self.legal_day_basis, &self.legal_day_basis_source)
    }

    /// The Interest Act s. 4 ceiling (5 % per annum) for a sub-annual rate whose annual
    /// equivalent was not stated, with its source and confidence mark.
    pub fn interest_act_s4_cap(&self) -> (Decimal, &str, &str) {
        (self.s4_cap, &self.s4_cap_source, &self.s4_cap_confidence)
    }

    /// The s. 28 table row (rate or gap) containing `on`; `None` outside the table.
    pub fn s28_row(&self, on: NaiveDate) -> Option<&S28Row> {
        self.s28.in_force(on)
    }

    /// The s. 28 LAF rate (para 1, debts owed to the State) in force on `on`. `None` in a gap
    /// row (see [`QuebecRates::s28_gap`]) and outside the table (before 1 October 2010, after
    /// the last quarter given by quebec.md). The returned bounds are those of the data row,
    /// which may span several quarters.
    pub fn s28_rate(&self, on: NaiveDate) -> Option<QcRate> {
        let row = self.s28_row(on)?;
        match &row.entry {
            S28Entry::Rate {
                rate,
                source,
                confidence,
                note,
            } => Some(QcRate {
                from: row.from,
                to: Some(row.to),
                rate: *rate,
                source: source.clone(),
                confidence: confidence.clone(),
                note: note.clone(),
                day_basis: self.s28_day_basis,
            }),
            S28Entry::Gap { .. } => None,
        }
    }

    /// Why there is no s. 28 rate on `on`, when `on` falls in an explicit gap row.
    pub fn s28_gap(&self, on: NaiveDate) -> Option<&str> {
        match &self.s28_row(on)?.entry {
            S28Entry::Gap { reason } => Some(reason),
            S28Entry::Rate { .. } => None,
        }
    }

    /// The whole s. 28 table, sorted, contiguous, gaps included.
    pub fn s28_table(&self) -> &[S28Row] {
        &self.s28
    }

    /// Legal basis of the s. 28 table (LAF s. 28, s. 28R2, art. 1619 C.c.Q.).
    pub fn s28_basis(&self) -> &[QcLegalReference] {
        &self.s28_basis
    }

    /// Day-count basis used for the additional indemnity (365) and its source.
    pub fn s28_day_basis(&self) -> (u32, &str) {
        (self.s28_day_basis, &self.s28_day_basis_source)
    }

    /// The art. 1619 C.c.Q. additional-indemnity rate on `on`: the excess of the s. 28 LAF rate
    /// over the rate that already compensates the delay, never below 0.
    ///
    /// * No agreed rate (`agreed_rate: None`): s. 28 − legal rate (5 %) — quebec.md §2.3 \[S\],
    ///   examples.md QC-1.
    /// * An agreed rate (percent per year, after Interest Act s. 4: see
    ///   [`super::interest_act`]): art. 1619 measures the excess over "the agreed rate or,
    ///   failing that, the legal rate" — quebec.md §2.3 marks this wording \[K\]. The
    ///   **conservative** choice is to deduct the *higher* of the agreed and legal rates: with
    ///   an agreed rate ≥ 5 % this is the \[K\] wording (nil once the agreed rate reaches the
    ///   s. 28 rate); with an agreed rate < 5 % the legal rate is deducted, so the indemnity is
    ///   never more than either reading allows.
    ///
    /// The indemnity is discretionary (the court *may* add it) and must be asked for; this
    /// function only gives the rate. `None` where the s. 28 rate or the legal rate is unknown.
    pub fn additional_indemnity_rate(
        &self,
        on: NaiveDate,
        agreed_rate: Option<Decimal>,
    ) -> Option<AdditionalIndemnityRate> {
        let s28 = self.s28_rate(on)?;
        let legal = self.legal_rate(on)?;
        let (deducted_rate, deduction, deducted_label) = match agreed_rate {
            None => (legal.rate, IndemnityDeduction::LegalRate, "taux légal"),
            Some(agreed) if agreed >= legal.rate => {
                (agreed, IndemnityDeduction::AgreedRate, "taux convenu")
            }
            Some(_) => (
                legal.rate,
                IndemnityDeduction::LegalRateOverLowerAgreedRate,
                "taux légal (supérieur au taux convenu)",
            ),
        };
        let rate = (s28.rate - deducted_rate).max(Decimal::ZERO);
        let source = format!(
            "art. 1619 C.c.Q. : taux de l'art. 28 LAF {} − {deducted_label} {} = {} — art. 28 LAF : \
             {} ; taux légal : {}",
            format_percent_fr(s28.rate),
            format_percent_fr(deducted_rate),
            format_percent_fr(rate),
            s28.source,
            legal.source
        );
        let confidence = match deduction {
            IndemnityDeduction::AgreedRate => weakest(&s28.confidence, "K"),
            _ => weakest(&s28.confidence, &legal.confidence),
        }
        .to_string();
        Some(AdditionalIndemnityRate {
            from: s28.from,
            to: s28.to.unwrap_or(s28.from),
            s28_rate: s28.rate,
            deducted_rate,
            deduction,
            rate,
            source,
            confidence,
            note: s28.note,
            day_basis: self.s28_day_basis,
        })
    }

    /// Splits the inclusive period `start..=end` at every boundary of the Québec tables (every
    /// s. 28 row, gap rows and the ends of the table included, and every legal-rate row), so
    /// that each piece has a single legal rate, a single s. 28 rate (or none) and one source:
    /// the pieces of the additional indemnity, which depends on both rates. Interest periods
    /// are split at every rate change (design.md). Empty if `start > end`.
    ///
    /// A row boundary is a change of rate, of source or of confidence; two adjacent rows with
    /// the same rate give two pieces, each printable with its own source.
    pub fn split_by_change(&self, start: NaiveDate, end: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        let s28 = self
            .s28
            .iter()
            .flat_map(|r| [Some(r.from), r.to.succ_opt()]);
        let mut cuts: Vec<NaiveDate> = s28.chain(self.legal_boundaries()).flatten().collect();
        cut_inside(&mut cuts, start, end);
        split_at(start, end, &cuts)
    }

    /// Splits `start..=end` only where the legal rate changes (the pieces of legal interest).
    /// With the shipped table (5 % since 1994, open-ended) a period after 1993 is one piece.
    pub fn split_by_legal_rate_change(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Vec<(NaiveDate, NaiveDate)> {
        let mut cuts: Vec<NaiveDate> = self.legal_boundaries().flatten().collect();
        cut_inside(&mut cuts, start, end);
        split_at(start, end, &cuts)
    }

    /// First day of every legal-rate row and the day after every closed one.
    fn legal_boundaries(&self) -> impl Iterator<Item = Option<NaiveDate>> + '_ {
        self.legal
            .iter()
            .flat_map(|r| [Some(r.from), r.to.and_then(|t| t.succ_opt())])
    }
}

/// Keeps the cut dates strictly inside `start+1..=end`, sorted and unique.
fn cut_inside(cuts: &mut Vec<NaiveDate>, start: NaiveDate, end: NaiveDate) {
    cuts.retain(|d| *d > start && *d <= end);
    cuts.sort_unstable();
    cuts.dedup();
}

/// The calendar quarter (1 Jan–31 Mar, 1 Apr–30 Jun, 1 Jul–30 Sep, 1 Oct–31 Dec) containing
/// `date`, as inclusive bounds. The s. 28 LAF rate changes on these boundaries (s. 28R2).
pub fn quarter_of(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let year = date.year();
    let first_month = (date.month0() / 3) * 3 + 1;
    // Every NaiveDate's year has these days, so these cannot fail.
    let start = NaiveDate::from_ymd_opt(year, first_month, 1).expect("valid date");
    let end = match first_month {
        1 => NaiveDate::from_ymd_opt(year, 3, 31),
        4 => NaiveDate::from_ymd_opt(year, 6, 30),
        7 => NaiveDate::from_ymd_opt(year, 9, 30),
        _ => NaiveDate::from_ymd_opt(year, 12, 31),
    }
    .expect("valid date");
    (start, end)
}

/// `2023-Q4` for any day of the fourth quarter of 2023.
pub fn quarter_label(date: NaiveDate) -> String {
    format!("{}-Q{}", date.year(), date.month0() / 3 + 1)
}

/// Splits the inclusive period `start..=end` at every calendar-quarter boundary. Returns the
/// inclusive pieces in order; empty if `start > end`.
///
/// `2023-11-15..=2024-02-01` → `[(2023-11-15, 2023-12-31), (2024-01-01, 2024-02-01)]`.
pub fn split_by_quarter(start: NaiveDate, end: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    split_by_unit(start, end, |day| quarter_of(day).1)
}

/// Cuts `start..=end` before each date of `cuts` (sorted, each in `start+1..=end`).
fn split_at(start: NaiveDate, end: NaiveDate, cuts: &[NaiveDate]) -> Vec<(NaiveDate, NaiveDate)> {
    if start > end {
        return Vec::new();
    }
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut from = start;
    for &cut in cuts {
        // `cut > start >= NaiveDate::MIN`, so it has a predecessor.
        let last = cut.pred_opt().expect("cut after start");
        pieces.push((from, last));
        from = cut;
    }
    pieces.push((from, end));
    pieces
}

/// The on-disk shape of the YAML files. Rates stay strings here.
mod raw {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use super::QcLegalReference;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LegalFile {
        #[allow(dead_code)]
        pub table: String,
        pub legal_basis: Vec<QcLegalReference>,
        pub day_basis: u32,
        pub day_basis_source: String,
        pub s4_cap: S4Cap,
        pub rows: Vec<LegalRow>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct S4Cap {
        pub rate: String,
        pub source: String,
        pub confidence: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LegalRow {
        pub from: NaiveDate,
        #[serde(default)]
        pub to: Option<NaiveDate>,
        pub rate: String,
        pub source: String,
        pub confidence: String,
        #[serde(default)]
        pub note: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct S28File {
        #[allow(dead_code)]
        pub table: String,
        pub legal_basis: Vec<QcLegalReference>,
        pub day_basis: u32,
        pub day_basis_source: String,
        pub rows: Vec<S28RawRow>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct S28RawRow {
        pub from: NaiveDate,
        pub to: NaiveDate,
        #[serde(default)]
        pub rate: Option<String>,
        #[serde(default)]
        pub source: Option<String>,
        #[serde(default)]
        pub confidence: Option<String>,
        #[serde(default)]
        pub note: Option<String>,
        #[serde(default)]
        pub gap: Option<String>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::dated_table::check_split;
    use crate::compute::test_util::{d, dec};
    use chrono::Days;

    #[test]
    fn embedded_tables_parse_and_are_contiguous() {
        let rates = QuebecRates::parse(LEGAL_RATE_YAML, S28_YAML).unwrap();
        assert_eq!(&rates, quebec());
        let table = rates.s28_table();
        assert_eq!(table.first().unwrap().from, d("2010-10-01"));
        assert_eq!(table.last().unwrap().to, d("2026-03-31"));
        for pair in table.windows(2) {
            assert_eq!(pair[0].to.succ_opt(), Some(pair[1].from));
        }
        assert_eq!(rates.legal_rate_table().len(), 1);
        assert_eq!(rates.legal_rate_day_basis().0, 365);
        assert_eq!(rates.s28_day_basis().0, 365);
        let articles: Vec<&str> = rates
            .s28_basis()
            .iter()
            .map(|r| r.article.as_str())
            .collect();
        assert_eq!(
            articles,
            [
                "LAF s. 28 para 1",
                "Regulation respecting fiscal administration (A-6.002, r. 1), s. 28R2",
                "art. 1619 C.c.Q."
            ]
        );
        assert_eq!(
            rates.legal_rate_basis()[0].article,
            "Interest Act (R.S.C. 1985, c. I-15), s. 3"
        );
    }

    #[test]
    fn legal_rate_is_five_percent_open_ended() {
        let rates = quebec();
        for on in [
            "1994-01-01",
            "2010-10-01",
            "2023-11-15",
            "2026-06-30",
            "2099-12-31",
        ] {
            let r = rates.legal_rate(d(on)).unwrap();
            assert_eq!(r.rate, dec("5"), "{on}");
            assert_eq!(r.to, None);
            assert_eq!(r.day_basis, 365);
            assert_eq!(r.confidence, "S");
            assert!(r.source.contains("Interest Act s. 3"), "{}", r.source);
        }
        assert_eq!(rates.legal_rate(d("1993-12-31")), None);
        assert_eq!(rates.legal_rate(NaiveDate::MIN), None);
        assert!(rates.legal_rate(NaiveDate::MAX).is_some());
    }

    /// examples.md QC-1.
    #[test]
    fn qc1_additional_indemnity() {
        let rates = quebec();
        // From 1 Oct 2010: s. 28 = 6 %, legal 5 % → AI 1 %; legal + AI = 6 %.
        let s28 = rates.s28_rate(d("2010-10-01")).unwrap();
        assert_eq!(s28.rate, dec("6"));
        assert_eq!(s28.confidence, "S");
        let ai = rates
            .additional_indemnity_rate(d("2010-10-01"), None)
            .unwrap();
        assert_eq!(ai.s28_rate, dec("6"));
        assert_eq!(ai.deducted_rate, dec("5"));
        assert_eq!(ai.deduction, IndemnityDeduction::LegalRate);
        assert_eq!(ai.rate, dec("1"));
        let legal = rates.legal_rate(d("2010-10-01")).unwrap().rate;
        assert_eq!(legal + ai.rate, dec("6"));
        assert_eq!(ai.confidence, "S");
        // 2015-Q2: 6,00 % → 1,00 %.
        for on in ["2015-04-01", "2015-05-15", "2015-06-30"] {
            let ai = rates.additional_indemnity_rate(d(on), None).unwrap();
            assert_eq!(ai.s28_rate, dec("6.00"), "{on}");
            assert_eq!(ai.rate, dec("1.00"), "{on}");
            assert_eq!((ai.from, ai.to), (d("2015-04-01"), d("2015-06-30")));
            assert!(ai.source.contains("LAF. 28-1/R105"), "{}", ai.source);
        }
        // 2023-Q4: 10 % → 5 %; legal + AI = 10 %.
        for on in ["2023-10-01", "2023-11-15", "2023-12-31"] {
            let ai = rates.additional_indemnity_rate(d(on), None).unwrap();
            assert_eq!(ai.s28_rate, dec("10"), "{on}");
            assert_eq!(ai.rate, dec("5"), "{on}");
            assert_eq!(
                rates.legal_rate(d(on)).unwrap().rate + ai.rate,
                dec("10"),
                "{on}"
            );
            assert_eq!(ai.confidence, "S");
            assert!(ai.source.starts_with(
                "art. 1619 C.c.Q. : taux de l'art. 28 LAF 10,00\u{a0}% − taux légal 5,00\u{a0}% \
                 = 5,00\u{a0}%"
            ), "{}", ai.source);
        }
    }

    #[test]
    fn s28_every_quarter_matches_quebec_md() {
        // quebec.md §2.4 table, quarter by quarter (mark S = "C" there, D = derived).
        let table = [
            ("2010-10-01", "6", "S"),
            ("2012-07-01", "6", "S"),
            ("2015-01-01", "6", "S"),
            ("2015-04-01", "6", "S"),
            ("2015-10-01", "6", "S"),
            ("2016-07-01", "6", "S"),
            ("2020-01-01", "7", "D"),
            ("2020-04-01", "7", "D"),
            ("2020-07-01", "6", "D"),
            ("2020-10-01", "5", "D"),
            ("2021-01-01", "5", "D"),
            ("2021-04-01", "5", "D"),
            ("2021-07-01", "5", "D"),
            ("2021-10-01", "5", "D"),
            ("2022-01-01", "5", "D"),
            ("2022-04-01", "5", "D"),
            ("2022-07-01", "6", "D"),
            ("2022-10-01", "7", "D"),
            ("2023-01-01", "9", "S"),
            ("2023-04-01", "10", "S"),
            ("2023-07-01", "10", "D"),
            ("2023-10-01", "10", "S"),
            ("2024-01-01", "10", "D"),
            ("2024-04-01", "10", "D"),
            ("2024-07-01", "10", "D"),
            ("2024-10-01", "10", "D"),
            ("2025-01-01", "9", "D"),
            ("2025-04-01", "8", "D"),
            ("2025-07-01", "8", "D"),
            ("2025-10-01", "8", "D"),
            ("2026-01-01", "8", "D"),
        ];
        let rates = quebec();
        for (start, rate, mark) in table {
            let (from, to) = quarter_of(d(start));
            assert_eq!(from, d(start));
            for on in [from, from + Days::new(40), to] {
                let r = rates.s28_rate(on).unwrap();
                assert_eq!(r.rate, dec(rate), "{on}");
                assert_eq!(r.confidence, mark, "{on}");
                let ai = rates.additional_indemnity_rate(on, None).unwrap();
                assert_eq!(ai.rate, (dec(rate) - dec("5")).max(Decimal::ZERO), "{on}");
                assert_eq!(ai.confidence, mark, "{on}");
            }
        }
        // 2020-Q4 … 2022-Q2: s. 28 = legal rate → indemnity exactly 0, never negative.
        let ai = rates
            .additional_indemnity_rate(d("2021-06-01"), None)
            .unwrap();
        assert_eq!(ai.rate, Decimal::ZERO);
    }

    #[test]
    fn gaps_and_outside_give_none() {
        let rates = quebec();
        for on in ["2017-01-01", "2018-06-15", "2019-12-31"] {
            assert_eq!(rates.s28_rate(d(on)), None, "{on}");
            assert_eq!(rates.additional_indemnity_rate(d(on), None), None, "{on}");
            let why = rates.s28_gap(d(on)).unwrap();
            assert!(why.contains("2017-Q1 … 2019-Q4"), "{why}");
        }
        assert_eq!(rates.s28_gap(d("2016-12-31")), None);
        assert_eq!(rates.s28_gap(d("2020-01-01")), None);
        assert_eq!(rates.s28_rate(d("2010-09-30")), None);
        assert_eq!(rates.s28_rate(d("2026-04-01")), None);
        assert_eq!(rates.s28_gap(d("2026-04-01")), None);
        assert_eq!(rates.s28_row(d("2026-04-01")), None);
        assert_eq!(rates.s28_rate(NaiveDate::MIN), None);
        assert_eq!(rates.s28_rate(NaiveDate::MAX), None);
    }

    #[test]
    fn indemnity_with_an_agreed_rate() {
        let rates = quebec();
        let on = d("2023-11-01"); // s. 28 = 10 %
        // Agreed 7 % (≥ legal): 10 − 7 = 3 %, marked K (art. 1619 wording unverified).
        let ai = rates.additional_indemnity_rate(on, Some(dec("7"))).unwrap();
        assert_eq!(ai.rate, dec("3"));
        assert_eq!(ai.deducted_rate, dec("7"));
        assert_eq!(ai.deduction, IndemnityDeduction::AgreedRate);
        assert_eq!(ai.confidence, "K");
        // Agreed 12 % ≥ s. 28: nil, never negative.
        let ai = rates
            .additional_indemnity_rate(on, Some(dec("12")))
            .unwrap();
        assert_eq!(ai.rate, Decimal::ZERO);
        // Agreed 3 % (< legal): conservative, the legal rate is deducted: 10 − 5 = 5 %.
        let ai = rates.additional_indemnity_rate(on, Some(dec("3"))).unwrap();
        assert_eq!(ai.rate, dec("5"));
        assert_eq!(ai.deducted_rate, dec("5"));
        assert_eq!(
            ai.deduction,
            IndemnityDeduction::LegalRateOverLowerAgreedRate
        );
        assert_eq!(ai.confidence, "S");
        // Agreed exactly 5 %: same as the legal rate.
        let ai = rates.additional_indemnity_rate(on, Some(dec("5"))).unwrap();
        assert_eq!(ai.rate, dec("5"));
    }

    #[test]
    fn quarters() {
        assert_eq!(
            quarter_of(d("2024-02-29")),
            (d("2024-01-01"), d("2024-03-31"))
        );
        assert_eq!(
            quarter_of(d("2023-04-01")),
            (d("2023-04-01"), d("2023-06-30"))
        );
        assert_eq!(
            quarter_of(d("2023-09-30")),
            (d("2023-07-01"), d("2023-09-30"))
        );
        assert_eq!(
            quarter_of(d("2023-10-31")),
            (d("2023-10-01"), d("2023-12-31"))
        );
        assert_eq!(quarter_label(d("2023-10-31")), "2023-Q4");
        assert_eq!(quarter_label(d("2026-01-01")), "2026-Q1");
    }

    #[test]
    fn split_by_quarter_pieces() {
        check_split(
            split_by_quarter,
            &[
                "2023-11-15..2024-02-01 = 2023-11-15..2023-12-31 2024-01-01..2024-02-01",
                "2024-01-01..2024-12-31 = 2024-01-01..2024-03-31 2024-04-01..2024-06-30 \
                 2024-07-01..2024-09-30 2024-10-01..2024-12-31",
                "2024-03-31..2024-04-01 = 2024-03-31..2024-03-31 2024-04-01..2024-04-01",
                "2024-05-05..2024-05-05 = 2024-05-05..2024-05-05",
                "2024-05-05..2024-05-04 =",
            ],
        );
        assert_eq!(
            split_by_quarter(NaiveDate::MAX, NaiveDate::MAX),
            vec![(NaiveDate::MAX, NaiveDate::MAX)]
        );
    }

    #[test]
    fn split_by_change_pieces() {
        let rates = quebec();
        // Inside one multi-quarter row: no cut.
        assert_eq!(
            rates.split_by_change(d("2011-02-01"), d("2014-08-31")),
            vec![(d("2011-02-01"), d("2014-08-31"))]
        );
        // Across rows: cut at each row boundary.
        assert_eq!(
            rates.split_by_change(d("2015-03-01"), d("2015-08-01")),
            vec![
                (d("2015-03-01"), d("2015-03-31")),
                (d("2015-04-01"), d("2015-06-30")),
                (d("2015-07-01"), d("2015-08-01"))
            ]
        );
        // Gap row and the table's end are boundaries too.
        assert_eq!(
            rates.split_by_change(d("2016-12-01"), d("2020-01-31")),
            vec![
                (d("2016-12-01"), d("2016-12-31")),
                (d("2017-01-01"), d("2019-12-31")),
                (d("2020-01-01"), d("2020-01-31"))
            ]
        );
        assert_eq!(
            rates.split_by_change(d("2026-03-01"), d("2026-05-01")),
            vec![
                (d("2026-03-01"), d("2026-03-31")),
                (d("2026-04-01"), d("2026-05-01"))
            ]
        );
        // Legal-rate start (1994-01-01) is a boundary.
        assert_eq!(
            rates.split_by_change(d("1993-12-30"), d("1994-01-02")),
            vec![
                (d("1993-12-30"), d("1993-12-31")),
                (d("1994-01-01"), d("1994-01-02"))
            ]
        );
        assert!(
            rates
                .split_by_change(d("2024-01-02"), d("2024-01-01"))
                .is_empty()
        );
        // Every piece has one s. 28 answer.
        for (a, b) in rates.split_by_change(d("2010-10-01"), d("2026-03-31")) {
            assert_eq!(rates.s28_row(a), rates.s28_row(b), "{a}..{b}");
        }
    }

    #[test]
    fn table_version_names_last_quarter() {
        let v = quebec().table_version();
        assert!(v.starts_with("qc-rates-2026-Q1-"), "{v}");
        assert_eq!(v.len(), "qc-rates-2026-Q1-".len() + 8);
        // A data change changes the hash.
        let changed = QuebecRates::parse(
            LEGAL_RATE_YAML,
            &S28_YAML.replace("rate: \"9\"", "rate: \"9.0\""),
        )
        .unwrap();
        assert_ne!(changed.table_version(), v);
    }

    #[test]
    fn invalid_tables_are_rejected() {
        let parse = |s28: &str| QuebecRates::parse(LEGAL_RATE_YAML, s28).unwrap_err();
        // Remove the gap row: a silent hole.
        let start = S28_YAML.find("  - from: 2017-01-01").unwrap();
        let end = start + 1 + S28_YAML[start + 1..].find("  - from:").unwrap();
        let hole = format!("{}{}", &S28_YAML[..start], &S28_YAML[end..]);
        assert!(parse(&hole).contains("contiguous"));
        // Overlap.
        let overlap = S28_YAML.replace(
            "from: 2015-04-01\n    to: 2015-06-30",
            "from: 2015-01-01\n    to: 2015-06-30",
        );
        assert!(parse(&overlap).contains("contiguous"));
        // Not on quarter boundaries.
        let partial = S28_YAML.replace("to: 2015-06-30", "to: 2015-06-29");
        assert!(parse(&partial).contains("quarter"));
        // Comma decimal, bad mark, missing source, rate + gap.
        assert!(parse(&S28_YAML.replace("\"6.00\"", "\"6,00\"")).contains("6,00"));
        assert!(parse(&S28_YAML.replacen("confidence: D", "confidence: X", 1)).contains("X"));
        let no_source = S28_YAML.replacen(
            "    source: \"Journal de Montréal, 11 May 2023 https",
            "    note: \"Journal de Montréal, 11 May 2023 https",
            1,
        );
        assert!(parse(&no_source).contains("source"));
        let both = S28_YAML.replace(
            "    gap: \"domain/quebec.md",
            "    rate: \"6\"\n    gap: \"domain/quebec.md",
        );
        assert!(parse(&both).contains("not both"));
        // A trailing gap row: the unknown future needs no row.
        let trailing =
            format!("{S28_YAML}  - from: 2026-04-01\n    to: 2026-06-30\n    gap: \"unknown\"\n");
        assert!(parse(&trailing).contains("start and end with a rate"));
        // Open-ended legal row followed by another.
        let legal2 = format!(
            "{LEGAL_RATE_YAML}  - from: 2030-01-01\n    rate: \"4\"\n    source: x\n    \
             confidence: K\n"
        );
        assert!(
            QuebecRates::parse(&legal2, S28_YAML)
                .unwrap_err()
                .contains("open-ended")
        );
    }
}
