//! The procedure data files (`jurisdictions/<code>/procedure.yaml`), embedded and parsed once.

use std::str::FromStr;
use std::sync::LazyLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A Cerfa (or other official) form a filing by form would use.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// "12948".
    pub number: String,
    /// "06" — printed `12948*06`.
    pub version: String,
    pub title: String,
    pub url: String,
    /// P, S or K.
    pub confidence: String,
    pub note: String,
}

impl Form {
    /// `12948*06`.
    pub fn reference(&self) -> String {
        format!("{}*{}", self.number, self.version)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrForms {
    pub tribunal_judiciaire: Form,
    pub tribunal_de_commerce: Form,
    pub juge_des_contentieux_de_la_protection: Form,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrProcedure {
    pub forms: FrForms,
    pub opposition_months: u32,
    pub service_months: u32,
    pub tae_cities: Vec<String>,
    pub tae_until: NaiveDate,
}

/// An amount with its source and confidence mark.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourcedAmount {
    pub amount: String,
    pub source: String,
    pub confidence: String,
}

impl SourcedAmount {
    pub fn value(&self) -> Decimal {
        Decimal::from_str(self.amount.trim()).expect("procedure data amounts are valid (tested)")
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeProcedure {
    pub summary_jp_ceiling: SourcedAmount,
    pub jp_ceiling: SourcedAmount,
    pub summary_sommation_days: u32,
    pub uncontested_reply_months: u32,
    pub uncontested_pv_days_after: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QcProcedure {
    pub small_claims_ceiling: SourcedAmount,
    pub small_claims_max_employees: u32,
    pub small_claims_mediation_up_to: String,
    pub court_of_quebec_exclusive_below: SourcedAmount,
    pub superior_court_from: SourcedAmount,
}

impl QcProcedure {
    pub fn mediation_up_to(&self) -> Decimal {
        Decimal::from_str(self.small_claims_mediation_up_to.trim())
            .expect("procedure data amounts are valid (tested)")
    }
}

pub static FR: LazyLock<FrProcedure> = LazyLock::new(|| {
    serde_saphyr::from_str(include_str!("../../../jurisdictions/fr/procedure.yaml"))
        .expect("embedded jurisdictions/fr/procedure.yaml is valid (tested)")
});

pub static BE: LazyLock<BeProcedure> = LazyLock::new(|| {
    serde_saphyr::from_str(include_str!("../../../jurisdictions/be/procedure.yaml"))
        .expect("embedded jurisdictions/be/procedure.yaml is valid (tested)")
});

pub static QC: LazyLock<QcProcedure> = LazyLock::new(|| {
    serde_saphyr::from_str(include_str!("../../../jurisdictions/qc/procedure.yaml"))
        .expect("embedded jurisdictions/qc/procedure.yaml is valid (tested)")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_procedure_data_parses_with_valid_marks_and_amounts() {
        let marks = ["P", "S", "K"];
        for f in [
            &FR.forms.tribunal_judiciaire,
            &FR.forms.tribunal_de_commerce,
            &FR.forms.juge_des_contentieux_de_la_protection,
        ] {
            assert!(marks.contains(&f.confidence.as_str()), "{f:?}");
            assert!(f.url.starts_with("https://"));
        }
        assert_eq!(FR.forms.tribunal_judiciaire.reference(), "12948*06");
        assert_eq!(FR.tae_cities.len(), 12);
        assert_eq!((FR.opposition_months, FR.service_months), (1, 6));
        assert_eq!(BE.summary_jp_ceiling.value(), Decimal::from(1860));
        assert_eq!(BE.jp_ceiling.value(), Decimal::from(5000));
        assert_eq!(BE.summary_sommation_days, 15);
        assert_eq!(QC.small_claims_ceiling.value(), Decimal::from(15_000));
        assert_eq!(
            QC.court_of_quebec_exclusive_below.value(),
            Decimal::from(75_000)
        );
        assert_eq!(QC.superior_court_from.value(), Decimal::from(100_000));
        assert_eq!(QC.mediation_up_to(), Decimal::from(5000));
        for a in [
            &BE.summary_jp_ceiling,
            &BE.jp_ceiling,
            &QC.small_claims_ceiling,
            &QC.court_of_quebec_exclusive_below,
            &QC.superior_court_from,
        ] {
            assert!(marks.contains(&a.confidence.as_str()), "{a:?}");
            assert!(a.source.contains("http"), "{a:?}");
        }
    }
}
