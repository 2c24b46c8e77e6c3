//! EPC QR code ("SEPA QR", "GiroCode", EPC069-12): the QR code that a debtor scans with a banking
//! app to get a SEPA credit transfer pre-filled with the creditor's IBAN, the amount and the
//! payment reference.
//!
//! Payload (EPC069-12 version 002, belgium.md §10.2; field lengths [U] there, corroborated by
//! public implementations and the EPC table reproduced by neodynamic.com): one field per line,
//! separated by LF, the last populated field not followed by a separator:
//!
//! | line | field | here |
//! |---|---|---|
//! | 1 | service tag | `BCD` |
//! | 2 | version | `002` (BIC optional inside the EEA) |
//! | 3 | character set | `1` = UTF-8 |
//! | 4 | identification | `SCT` |
//! | 5 | BIC of the beneficiary's bank | 8 or 11 characters, or empty |
//! | 6 | beneficiary name | 1–70 characters |
//! | 7 | beneficiary IBAN | ISO 13616, checked ([`check_iban`]) |
//! | 8 | amount | `EUR` + amount with a `.` and two decimals, 0.01–999999999.99 |
//! | 9 | purpose code | empty |
//! | 10 | remittance, structured (AT-05) | max 35: the creditor reference |
//! | 11 | remittance, unstructured (AT-05) | max 140 — only when line 10 is empty |
//!
//! Total payload ≤ 331 bytes; QR error-correction level M (belgium.md §10.2; issue reports of
//! EPC readers agree).
//!
//! **Where the Belgian structured communication goes** (belgium.md §10.2 and open question 17
//! mark it [U]). Line 10 is defined as "Creditor Reference (ISO 11649 RF Creditor Reference
//! *may* be used)": the RF form is allowed, not required. The Belgian OGM *is* a creditor
//! reference: SEPA kept it ("De … gestructureerde mededeling … blijft behouden in de SEPA",
//! sepabelgium.be) and Belgian banks carry it as a structured creditor reference, not as free
//! text. A banking app that receives it in line 11 treats it as an unstructured message, so the
//! creditor's automatic matching fails (reported by a Belgian user, letspeppol issue #274,
//! 2026). Issue 4 asks for "the structured reference in the *structured* field". Hence
//! [`Remittance::Ogm`] writes the **12 digits** (`123456789002`, no `+++`, no slashes) in
//! **line 10**, which is what the payer's bank must transmit. belgium.md's own recommendation
//! (line 11 with `+++…+++`) stays available as [`Remittance::Unstructured`] for a bank that
//! rejects it, and [`Remittance::CreditorReference`] takes an ISO 11649 `RF…` reference
//! (e.g. [`rf_creditor_reference`] of the OGM digits) for a foreign creditor. Confirm with a
//! Belgian bank app (belgium.md open question 17).
//!
//! The QR itself is rendered to SVG with the `qrcode` crate ([`qr_svg`]) for a Typst template to
//! embed as an image.

use std::fmt;

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode, Version};
use rust_decimal::Decimal;

use super::structured_ref::StructuredRef;
use crate::compute::money::round_cents;

/// Maximum payload size in bytes (EPC069-12).
pub const MAX_PAYLOAD_BYTES: usize = 331;
/// Maximum beneficiary name length, in characters.
pub const MAX_NAME_CHARS: usize = 70;
/// Maximum structured remittance (creditor reference) length, in characters.
pub const MAX_STRUCTURED_CHARS: usize = 35;
/// Maximum unstructured remittance length, in characters.
pub const MAX_UNSTRUCTURED_CHARS: usize = 140;
/// The largest QR version an EPC code may use (EPC069-12: version ≤ 13 at level M, which 331
/// bytes always fit).
pub const MAX_QR_VERSION: i16 = 13;

/// The remittance information of the transfer: what the debtor's bank sends to the creditor's
/// so that the payment is matched to the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remittance {
    /// No remittance information (not advisable for a collection letter).
    None,
    /// A Belgian structured communication: its 12 digits in the **structured** field (line 10).
    /// See the module documentation for why.
    Ogm(StructuredRef),
    /// An ISO 11649 creditor reference (`RF` + 2 check digits + up to 21 characters), in the
    /// structured field; spaces are removed and letters upper-cased.
    CreditorReference(String),
    /// Free text in the unstructured field (line 11), up to 140 characters.
    Unstructured(String),
}

/// A SEPA credit transfer to encode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpcTransfer {
    /// BIC of the creditor's bank; optional in version 002 (within the EEA).
    pub bic: Option<String>,
    /// The creditor (beneficiary) name as held by its bank, 1–70 characters.
    pub name: String,
    /// The creditor's IBAN, electronic (`BE68539007547034`) or print (`BE68 5390 0754 7034`)
    /// form.
    pub iban: String,
    /// Amount in euros, at the cent (0.01 to 999 999 999.99).
    pub amount: Decimal,
    pub remittance: Remittance,
}

/// Why an IBAN is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IbanError {
    /// Fewer than 15 or more than 34 characters (spaces removed).
    Length { found: usize },
    /// The first two characters are not letters (the country code).
    CountryCode,
    /// Characters 3 and 4 are not digits.
    CheckDigitsFormat,
    /// A character other than a letter or digit.
    InvalidCharacter { ch: char },
    /// The length does not match the country's IBAN format.
    CountryLength {
        country: String,
        expected: usize,
        found: usize,
    },
    /// The ISO 13616 mod-97 check fails (a typing error).
    Checksum,
}

impl fmt::Display for IbanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length { found } => {
                write!(f, "an IBAN has 15 to 34 characters, this one has {found}")
            }
            Self::CountryCode => write!(f, "an IBAN starts with a two-letter country code"),
            Self::CheckDigitsFormat => write!(f, "characters 3 and 4 of an IBAN are digits"),
            Self::InvalidCharacter { ch } => write!(f, "{ch:?} is not allowed in an IBAN"),
            Self::CountryLength {
                country,
                expected,
                found,
            } => write!(
                f,
                "a {country} IBAN has {expected} characters, this one has {found}"
            ),
            Self::Checksum => write!(
                f,
                "the IBAN check digits do not match (ISO 13616 mod 97): probably a typing error"
            ),
        }
    }
}

impl std::error::Error for IbanError {}

/// Why a transfer cannot be encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EpcError {
    NameEmpty,
    NameTooLong {
        chars: usize,
    },
    /// A line break or other control character in a field: it would shift every later line.
    ControlCharacter {
        field: &'static str,
    },
    Iban(IbanError),
    InvalidBic {
        bic: String,
    },
    AmountOutOfRange {
        amount: Decimal,
    },
    /// More than two decimals: amounts are rounded before they are printed, never here.
    AmountNotInCents {
        amount: Decimal,
    },
    InvalidCreditorReference {
        reference: String,
    },
    UnstructuredEmpty,
    UnstructuredTooLong {
        chars: usize,
    },
    PayloadTooLong {
        bytes: usize,
    },
    /// The QR encoder refused the payload (cannot happen for a payload ≤ 331 bytes).
    Qr(String),
}

impl fmt::Display for EpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NameEmpty => write!(f, "the beneficiary name is empty"),
            Self::NameTooLong { chars } => write!(
                f,
                "the beneficiary name has {chars} characters; an EPC QR code allows {MAX_NAME_CHARS}"
            ),
            Self::ControlCharacter { field } => {
                write!(f, "the {field} contains a line break or control character")
            }
            Self::Iban(e) => write!(f, "invalid IBAN: {e}"),
            Self::InvalidBic { bic } => write!(
                f,
                "{bic:?} is not a BIC (8 or 11 characters: bank code, country, location, branch)"
            ),
            Self::AmountOutOfRange { amount } => write!(
                f,
                "amount {amount} € is outside what an EPC QR code carries (0.01 to 999999999.99)"
            ),
            Self::AmountNotInCents { amount } => {
                write!(f, "amount {amount} € has more than two decimals")
            }
            Self::InvalidCreditorReference { reference } => write!(
                f,
                "{reference:?} is not an ISO 11649 creditor reference (RF, two check digits, up \
                 to 21 letters or digits, mod-97 check)"
            ),
            Self::UnstructuredEmpty => write!(f, "the unstructured remittance text is empty"),
            Self::UnstructuredTooLong { chars } => write!(
                f,
                "the remittance text has {chars} characters; an EPC QR code allows \
                 {MAX_UNSTRUCTURED_CHARS}"
            ),
            Self::PayloadTooLong { bytes } => write!(
                f,
                "the EPC payload has {bytes} bytes; at most {MAX_PAYLOAD_BYTES} are allowed"
            ),
            Self::Qr(e) => write!(f, "QR encoding failed: {e}"),
        }
    }
}

impl std::error::Error for EpcError {}

impl From<IbanError> for EpcError {
    fn from(e: IbanError) -> Self {
        EpcError::Iban(e)
    }
}

/// IBAN lengths of the SEPA countries (ISO 13616 registry; [K]: from general knowledge — an IBAN
/// of a country not listed is checked only for the generic 15–34 length and the mod-97 check).
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AT", 20),
    ("BE", 16),
    ("BG", 22),
    ("CH", 21),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("EE", 20),
    ("ES", 24),
    ("FI", 18),
    ("FR", 27),
    ("GB", 22),
    ("GI", 23),
    ("GR", 27),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IS", 26),
    ("IT", 27),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MT", 31),
    ("NL", 18),
    ("NO", 15),
    ("PL", 28),
    ("PT", 25),
    ("RO", 24),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("VA", 22),
];

/// The electronic form of an IBAN: spaces (and no-break spaces) removed, letters upper-cased.
pub fn normalize_iban(iban: &str) -> String {
    iban.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Checks an IBAN (electronic or print form) and returns its electronic form.
///
/// ISO 13616: two-letter country code, two check digits, up to 30 letters or digits; move the
/// first four characters to the end, replace each letter by its number (A = 10 … Z = 35): the
/// resulting integer mod 97 must be 1. The length is also checked for the SEPA countries.
pub fn check_iban(iban: &str) -> Result<String, IbanError> {
    let iban = normalize_iban(iban);
    if let Some(ch) = iban.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(IbanError::InvalidCharacter { ch });
    }
    let len = iban.len();
    if !(15..=34).contains(&len) {
        return Err(IbanError::Length { found: len });
    }
    let b = iban.as_bytes();
    if !(b[0].is_ascii_alphabetic() && b[1].is_ascii_alphabetic()) {
        return Err(IbanError::CountryCode);
    }
    if !(b[2].is_ascii_digit() && b[3].is_ascii_digit()) {
        return Err(IbanError::CheckDigitsFormat);
    }
    let country = &iban[..2];
    if let Some(&(_, expected)) = IBAN_LENGTHS.iter().find(|(c, _)| *c == country)
        && expected != len
    {
        return Err(IbanError::CountryLength {
            country: country.to_string(),
            expected,
            found: len,
        });
    }
    let rearranged = format!("{}{}", &iban[4..], &iban[..4]);
    if mod97_alphanumeric(&rearranged) != Some(1) {
        return Err(IbanError::Checksum);
    }
    Ok(iban)
}

/// Whether `iban` is a valid IBAN ([`check_iban`]).
pub fn iban_valid(iban: &str) -> bool {
    check_iban(iban).is_ok()
}

/// The number formed by `s` (digits as themselves, letters A = 10 … Z = 35, case-insensitive),
/// mod 97, computed digit by digit so that any length works. `None` for any other character.
fn mod97_alphanumeric(s: &str) -> Option<u32> {
    let mut r: u32 = 0;
    for c in s.chars() {
        let c = c.to_ascii_uppercase();
        if c.is_ascii_digit() {
            r = (r * 10 + (c as u32 - '0' as u32)) % 97;
        } else if c.is_ascii_uppercase() {
            let v = c as u32 - 'A' as u32 + 10;
            r = (r * 100 + v) % 97;
        } else {
            return None;
        }
    }
    Some(r)
}

/// The ISO 11649 creditor reference for `body` (1 to 21 letters or digits): `RF` + two check
/// digits + body, the check making `body + "RF" + check` ≡ 1 (mod 97).
/// `rf_creditor_reference("539007547034")` → `RF18539007547034` (the ISO 11649 example).
pub fn rf_creditor_reference(body: &str) -> Option<String> {
    let body: String = body
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if body.is_empty() || body.len() > 21 || !body.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let r = mod97_alphanumeric(&format!("{body}RF00"))?;
    Some(format!("RF{:02}{body}", 98 - r))
}

/// Whether `reference` is a valid ISO 11649 creditor reference (spaces and case ignored).
pub fn rf_valid(reference: &str) -> bool {
    normalize_rf(reference).is_some()
}

/// The electronic form of a valid RF reference, or `None`.
fn normalize_rf(reference: &str) -> Option<String> {
    let r: String = reference
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let ok = r.len() >= 5
        && r.len() <= 25
        && r.starts_with("RF")
        && r[2..4].bytes().all(|b| b.is_ascii_digit())
        && r[4..].bytes().all(|b| b.is_ascii_alphanumeric())
        && mod97_alphanumeric(&format!("{}{}", &r[4..], &r[..4])) == Some(1);
    ok.then_some(r)
}

/// Checks a BIC (ISO 9362): 4 letters (bank), 2 letters (country), 2 letters or digits
/// (location), optionally 3 letters or digits (branch). Returns it upper-cased without spaces.
pub fn check_bic(bic: &str) -> Option<String> {
    let b: String = bic
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let bytes = b.as_bytes();
    let ok = (b.len() == 8 || b.len() == 11)
        && bytes[..6].iter().all(u8::is_ascii_uppercase)
        && bytes[6..].iter().all(u8::is_ascii_alphanumeric);
    ok.then_some(b)
}

/// Checks a free-text field: no control character (a line break would shift every later line).
fn check_text(text: &str, field: &'static str) -> Result<(), EpcError> {
    if text.chars().any(char::is_control) {
        return Err(EpcError::ControlCharacter { field });
    }
    Ok(())
}

/// `EUR123.45`: the amount with a `.` and exactly two decimals.
fn format_amount(amount: Decimal) -> Result<String, EpcError> {
    if amount != round_cents(amount) {
        return Err(EpcError::AmountNotInCents { amount });
    }
    let min = Decimal::new(1, 2);
    let max = Decimal::new(99_999_999_999, 2);
    if amount < min || amount > max {
        return Err(EpcError::AmountOutOfRange { amount });
    }
    Ok(format!("EUR{amount:.2}"))
}

impl EpcTransfer {
    /// A transfer to a Belgian creditor with the case's structured communication in the
    /// structured field.
    pub fn with_ogm(
        name: impl Into<String>,
        iban: impl Into<String>,
        bic: Option<String>,
        amount: Decimal,
        ogm: StructuredRef,
    ) -> Self {
        EpcTransfer {
            bic,
            name: name.into(),
            iban: iban.into(),
            amount,
            remittance: Remittance::Ogm(ogm),
        }
    }

    /// The EPC069-12 version 002 payload (see the module documentation for the layout), checked
    /// field by field; lines are separated by LF and the last populated field ends the payload.
    pub fn payload(&self) -> Result<String, EpcError> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(EpcError::NameEmpty);
        }
        check_text(name, "beneficiary name")?;
        let chars = name.chars().count();
        if chars > MAX_NAME_CHARS {
            return Err(EpcError::NameTooLong { chars });
        }
        let iban = check_iban(&self.iban)?;
        let bic = match self.bic.as_deref().map(str::trim) {
            None | Some("") => String::new(),
            Some(b) => check_bic(b).ok_or_else(|| EpcError::InvalidBic { bic: b.to_string() })?,
        };
        let amount = format_amount(self.amount)?;
        let (structured, unstructured) = match &self.remittance {
            Remittance::None => (String::new(), String::new()),
            Remittance::Ogm(ogm) => (ogm.digits(), String::new()),
            Remittance::CreditorReference(r) => {
                let r = normalize_rf(r).ok_or_else(|| EpcError::InvalidCreditorReference {
                    reference: r.clone(),
                })?;
                (r, String::new())
            }
            Remittance::Unstructured(text) => {
                let text = text.trim();
                if text.is_empty() {
                    return Err(EpcError::UnstructuredEmpty);
                }
                check_text(text, "remittance text")?;
                let chars = text.chars().count();
                if chars > MAX_UNSTRUCTURED_CHARS {
                    return Err(EpcError::UnstructuredTooLong { chars });
                }
                (String::new(), text.to_string())
            }
        };
        debug_assert!(structured.chars().count() <= MAX_STRUCTURED_CHARS);
        let mut lines = vec![
            "BCD".to_string(),
            "002".to_string(),
            "1".to_string(),
            "SCT".to_string(),
            bic,
            name.to_string(),
            iban,
            amount,
            String::new(), // purpose code: none
            structured,
            unstructured,
        ];
        // "The last populated element is not followed by any character or element separator."
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        let payload = lines.join("\n");
        if payload.len() > MAX_PAYLOAD_BYTES {
            return Err(EpcError::PayloadTooLong {
                bytes: payload.len(),
            });
        }
        Ok(payload)
    }

    /// The payload rendered as an SVG QR code ([`qr_svg`]).
    pub fn svg(&self) -> Result<String, EpcError> {
        qr_svg(&self.payload()?)
    }
}

/// The QR code of an EPC payload, error-correction level M (EPC069-12), version ≤ 13.
pub fn qr_code(payload: &str) -> Result<QrCode, EpcError> {
    if payload.len() > MAX_PAYLOAD_BYTES {
        return Err(EpcError::PayloadTooLong {
            bytes: payload.len(),
        });
    }
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|e| EpcError::Qr(e.to_string()))?;
    match code.version() {
        Version::Normal(v) if v <= MAX_QR_VERSION => Ok(code),
        v => Err(EpcError::Qr(format!(
            "QR version {v:?} above {MAX_QR_VERSION}"
        ))),
    }
}

/// The QR code of an EPC payload as a standalone SVG document: one user unit per module, the
/// 4-module quiet zone included, black on white, `shape-rendering="crispEdges"`. A Typst template
/// embeds it as an image and scales it (EPC069-12 asks for a printed size that banking apps can
/// read, commonly at least 2 × 2 cm).
pub fn qr_svg(payload: &str) -> Result<String, EpcError> {
    let code = qr_code(payload)?;
    Ok(code
        .render::<svg::Color<'_>>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::test_util::dec;

    fn be1() -> StructuredRef {
        StructuredRef::from_base(1_234_567_890).unwrap()
    }

    fn transfer() -> EpcTransfer {
        EpcTransfer::with_ogm(
            "Recouvrement Liégeois SRL",
            "BE68 5390 0754 7034",
            Some("GKCCBEBB".into()),
            dec("123.45"),
            be1(),
        )
    }

    #[test]
    fn iban_checks() {
        for good in [
            "BE68539007547034",
            "BE68 5390 0754 7034",
            "be71 0961 2345 6769",
            "BE54 0000 0000 0097", // belgium.md §10.1
            "FR14 2004 1010 0505 0001 3M02 606",
            "DE89370400440532013000",
            "NL91ABNA0417164300",
            "LU280019400644750000",
            "GB82WEST12345698765432",
        ] {
            assert!(iban_valid(good), "{good}");
        }
        assert_eq!(
            check_iban("be68 5390 0754 7034").unwrap(),
            "BE68539007547034"
        );
        assert_eq!(check_iban("BE69539007547034"), Err(IbanError::Checksum));
        // Two digits swapped.
        assert_eq!(check_iban("BE68539007547043"), Err(IbanError::Checksum));
        assert_eq!(
            check_iban("BE6853900754703"),
            Err(IbanError::CountryLength {
                country: "BE".into(),
                expected: 16,
                found: 15
            })
        );
        assert_eq!(check_iban("BE68"), Err(IbanError::Length { found: 4 }));
        assert_eq!(
            check_iban("BE68-5390-0754-7034"),
            Err(IbanError::InvalidCharacter { ch: '-' })
        );
        assert_eq!(check_iban("1268539007547034"), Err(IbanError::CountryCode));
        assert_eq!(
            check_iban("BEX8539007547034"),
            Err(IbanError::CheckDigitsFormat)
        );
        assert!(!iban_valid(""));
    }

    #[test]
    fn rf_references() {
        assert_eq!(
            rf_creditor_reference("539007547034").as_deref(),
            Some("RF18539007547034")
        );
        // The OGM of BE-1 as an ISO 11649 reference.
        assert_eq!(
            rf_creditor_reference(&be1().digits()).as_deref(),
            Some("RF79123456789002")
        );
        assert!(rf_valid("RF18 5390 0754 7034"));
        assert!(rf_valid("rf18539007547034"));
        assert!(!rf_valid("RF19539007547034"));
        assert!(!rf_valid("RF18"));
        assert_eq!(rf_creditor_reference(""), None);
        assert_eq!(rf_creditor_reference("A".repeat(22).as_str()), None);
        assert_eq!(rf_creditor_reference("12-3"), None);
    }

    #[test]
    fn bic_checks() {
        assert_eq!(check_bic("GKCCBEBB").as_deref(), Some("GKCCBEBB"));
        assert_eq!(check_bic("gebabebb 036").as_deref(), Some("GEBABEBB036"));
        assert_eq!(check_bic("GKCCBEB"), None);
        assert_eq!(check_bic("GKC1BEBB"), None);
        assert_eq!(check_bic("GKCCBEBB03"), None);
    }

    #[test]
    fn payload_with_ogm_in_the_structured_field() {
        let payload = transfer().payload().unwrap();
        assert_eq!(
            payload,
            "BCD\n002\n1\nSCT\nGKCCBEBB\nRecouvrement Liégeois SRL\nBE68539007547034\n\
             EUR123.45\n\n123456789002"
        );
        let lines: Vec<&str> = payload.split('\n').collect();
        assert_eq!(
            lines.len(),
            10,
            "ends with the structured field, no separator"
        );
        assert_eq!(lines[8], "", "purpose empty");
        assert_eq!(lines[9], "123456789002", "line 10: structured");
    }

    #[test]
    fn payload_variants() {
        let mut t = transfer();
        t.bic = None;
        t.amount = dec("40");
        t.remittance = Remittance::Unstructured(be1().to_string());
        assert_eq!(
            t.payload().unwrap(),
            "BCD\n002\n1\nSCT\n\nRecouvrement Liégeois SRL\nBE68539007547034\nEUR40.00\n\n\n\
             +++123/4567/89002+++"
        );
        t.remittance = Remittance::CreditorReference("rf18 5390 0754 7034".into());
        assert!(
            t.payload()
                .unwrap()
                .ends_with("EUR40.00\n\nRF18539007547034")
        );
        t.remittance = Remittance::None;
        t.amount = dec("999999999.99");
        assert!(
            t.payload()
                .unwrap()
                .ends_with("BE68539007547034\nEUR999999999.99")
        );
        t.amount = dec("0.01");
        assert!(t.payload().unwrap().ends_with("EUR0.01"));
        t.amount = dec("12.3");
        assert!(t.payload().unwrap().ends_with("EUR12.30"));
    }

    #[test]
    fn payload_errors() {
        let mut t = transfer();
        t.amount = dec("0");
        assert_eq!(
            t.payload(),
            Err(EpcError::AmountOutOfRange { amount: dec("0") })
        );
        t.amount = dec("1000000000.00");
        assert!(matches!(
            t.payload(),
            Err(EpcError::AmountOutOfRange { .. })
        ));
        t.amount = dec("12.345");
        assert_eq!(
            t.payload(),
            Err(EpcError::AmountNotInCents {
                amount: dec("12.345")
            })
        );
        t = transfer();
        t.iban = "BE69539007547034".into();
        assert_eq!(t.payload(), Err(EpcError::Iban(IbanError::Checksum)));
        t = transfer();
        t.name = "   ".into();
        assert_eq!(t.payload(), Err(EpcError::NameEmpty));
        t.name = "é".repeat(71);
        assert_eq!(t.payload(), Err(EpcError::NameTooLong { chars: 71 }));
        t.name = "é".repeat(70);
        assert!(t.payload().is_ok());
        t.name = "ACME\nBE00".into();
        assert_eq!(
            t.payload(),
            Err(EpcError::ControlCharacter {
                field: "beneficiary name"
            })
        );
        t = transfer();
        t.bic = Some("NOTABIC".into());
        assert!(matches!(t.payload(), Err(EpcError::InvalidBic { .. })));
        t.bic = Some("  ".into());
        assert!(t.payload().unwrap().starts_with("BCD\n002\n1\nSCT\n\n"));
        t.remittance = Remittance::CreditorReference("RF19539007547034".into());
        assert!(matches!(
            t.payload(),
            Err(EpcError::InvalidCreditorReference { .. })
        ));
        t.remittance = Remittance::Unstructured("x".repeat(141));
        assert_eq!(
            t.payload(),
            Err(EpcError::UnstructuredTooLong { chars: 141 })
        );
        t.remittance = Remittance::Unstructured(" ".into());
        assert_eq!(t.payload(), Err(EpcError::UnstructuredEmpty));
    }

    #[test]
    fn payload_byte_limit() {
        // 70 four-byte characters + 140 four-byte characters: far above 331 bytes.
        let mut t = transfer();
        t.name = "𝄞".repeat(70);
        t.remittance = Remittance::Unstructured("𝄞".repeat(140));
        match t.payload() {
            Err(EpcError::PayloadTooLong { bytes }) => assert_eq!(bytes, 893),
            other => panic!("{other:?}"),
        }
        // The largest payload allowed still fits a version ≤ 13 QR code at level M.
        let big = "x".repeat(MAX_PAYLOAD_BYTES);
        assert!(qr_code(&big).is_ok());
        assert!(matches!(
            qr_code(&"x".repeat(MAX_PAYLOAD_BYTES + 1)),
            Err(EpcError::PayloadTooLong { bytes: 332 })
        ));
    }

    /// Rasterises the SVG produced by [`qr_svg`] (its `M{x} {y}h{w}v{h}H{x}V{y}` rectangles) at
    /// `scale` pixels per unit: the test decodes what a Typst page would embed, not the encoder's
    /// internal grid.
    fn rasterise(svg: &str, scale: usize) -> (usize, Vec<bool>) {
        let attr = |name: &str| -> usize {
            let start = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
            let end = start + svg[start..].find('"').unwrap();
            svg[start..end].parse().unwrap()
        };
        let (w, h) = (attr("width"), attr("height"));
        assert_eq!(w, h);
        let size = w * scale;
        let mut pixels = vec![false; size * size];
        let d_start = svg.find(" d=\"").unwrap() + 4;
        let d_end = d_start + svg[d_start..].find('"').unwrap();
        for cmd in svg[d_start..d_end].split('M').filter(|c| !c.is_empty()) {
            // "{x} {y}h{w}v{h}H{x}V{y}"
            let (xy, rest) = cmd.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (rw, rest) = rest.split_once('v').unwrap();
            let (rh, _) = rest.split_once('H').unwrap();
            let [x, y, rw, rh]: [usize; 4] =
                [x, y, rw, rh].map(|n| n.parse::<usize>().unwrap() * scale);
            for py in y..y + rh {
                for px in x..x + rw {
                    pixels[py * size + px] = true;
                }
            }
        }
        (size, pixels)
    }

    fn decode(svg: &str) -> String {
        let (size, pixels) = rasterise(svg, 4);
        let mut img =
            rqrr::PreparedImage::prepare_from_bitmap(size, size, |x, y| pixels[y * size + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code in the image");
        let (meta, content) = grids[0].decode().expect("decodes");
        // rqrr reports the ECC level as the 2-bit format field: M = 0.
        assert_eq!(meta.ecc_level, 0, "error correction level M");
        assert!(meta.version.0 <= 13, "version {}", meta.version.0);
        content
    }

    #[test]
    fn qr_svg_decodes_back_to_the_payload() {
        let t = transfer();
        let payload = t.payload().unwrap();
        let svg = t.svg().unwrap();
        assert!(svg.contains("<svg") && svg.contains("shape-rendering=\"crispEdges\""));
        assert_eq!(decode(&svg), payload);
        assert!(decode(&svg).ends_with("EUR123.45\n\n123456789002"));
    }

    #[test]
    fn qr_svg_decodes_utf8_and_long_payloads() {
        let t = EpcTransfer {
            bic: None,
            name: "Société de recouvrement Ændrå — Liège & Zoon".into(),
            iban: "BE71 0961 2345 6769".into(),
            amount: dec("4895.30"),
            remittance: Remittance::Unstructured(format!(
                "Dossier DOS-2026-0042, facture 2026/118 du 12/01/2026 — {}",
                "é".repeat(60)
            )),
        };
        let payload = t.payload().unwrap();
        assert!(payload.len() > 200, "{}", payload.len());
        assert_eq!(decode(&qr_svg(&payload).unwrap()), payload);
    }
}
