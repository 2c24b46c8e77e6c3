//! France's fixed amounts of the claim (`jurisdictions/fr/constants.yaml`): the 40 € flat
//! indemnity of D441-5 C. com., the L111-8 CPCE paragraphs a consumer letter reproduces, the
//! statutory margin and the contractual floor of L441-10.

use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::compute::money::parse_amount;

/// France's fixed amounts (`jurisdictions/fr/constants.yaml`).
#[derive(Debug, Deserialize)]
pub struct FranceConstants {
    pub flat_indemnity: FlatIndemnity,
    pub l111_8_paragraphs_2_3: QuotedText,
    pub statutory_margin_points: String,
    pub floor_multiplier: String,
}

/// A statutory text a letter must reproduce, with where to check it.
#[derive(Debug, Deserialize)]
pub struct QuotedText {
    pub text: String,
    pub url: String,
    pub confidence: String,
}

#[derive(Debug, Deserialize)]
pub struct FlatIndemnity {
    pub amount: String,
    pub label: String,
    pub article: String,
    pub url: String,
    pub confidence: String,
}

pub static FR_CONSTANTS: LazyLock<FranceConstants> = LazyLock::new(|| {
    serde_saphyr::from_str(include_str!("../../../jurisdictions/fr/constants.yaml"))
        .expect("embedded jurisdictions/fr/constants.yaml is valid (tested)")
});

impl FranceConstants {
    pub fn flat_indemnity_amount(&self) -> Decimal {
        parse_amount(&self.flat_indemnity.amount).expect("constant is a valid amount (tested)")
    }
    pub fn floor_multiplier(&self) -> Decimal {
        parse_amount(&self.floor_multiplier).expect("constant is a valid amount (tested)")
    }
}
