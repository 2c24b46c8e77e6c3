//! Belgian identifiers that carry their own check: the enterprise number (numéro d'entreprise
//! BCE / ondernemingsnummer KBO) and the postcode.
//!
//! **Enterprise number** (belgium.md §0 glossary, brief of issue 4): 10 digits; the first 8 form
//! a number `n`, the last 2 are `97 − (n mod 97)`. It is printed `0123.456.749` and is also the
//! body of the Belgian VAT number (`BE0123456749`). A 9-digit number written before the leading
//! `0` was added (2008) is read with that `0`. The algorithm is the one every Belgian register
//! tool implements; the official description (SPF Economie) was not read here [K].
//!
//! **Postcode**: four digits, 1000 to 9999 (bpost; general knowledge [K]).

use std::fmt;

/// A valid Belgian enterprise number (BCE/KBO). Build it with [`EnterpriseNumber::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnterpriseNumber {
    digits: u64,
}

/// Why a text is not a valid enterprise number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnterpriseNumberError {
    /// A character other than digits, spaces, dots, dashes, slashes or a leading `BE`.
    InvalidCharacter(char),
    /// Not 10 digits (or 9 without the leading 0).
    WrongLength(usize),
    /// The last two digits are not `97 − (first eight mod 97)`.
    BadCheckDigits { expected: u8, found: u8 },
}

impl fmt::Display for EnterpriseNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidCharacter(c) => write!(
                f,
                "{c:?} has no place in an enterprise number (write 0123.456.749 or BE0123456749)"
            ),
            Self::WrongLength(n) => write!(f, "an enterprise number has 10 digits, not {n}"),
            Self::BadCheckDigits { expected, found } => write!(
                f,
                "the check digits are {found:02} but the first eight digits give {expected:02} \
                 (97 − n mod 97): probably a typing error"
            ),
        }
    }
}

impl std::error::Error for EnterpriseNumberError {}

/// `97 − (n mod 97)` for the first eight digits `n` (a remainder of 0 gives 97).
pub fn enterprise_check_digits(first_eight: u64) -> u8 {
    // The remainder is < 97: the cast cannot truncate.
    97 - (first_eight % 97) as u8
}

impl EnterpriseNumber {
    /// Parses `0123.456.749`, `0123 456 749`, `0123456749`, `BE0123456749`, `BE 0123.456.749`
    /// or the old 9-digit form `123.456.749`, and checks the mod-97 digits.
    pub fn parse(text: &str) -> Result<Self, EnterpriseNumberError> {
        let trimmed = text.trim();
        let body = trimmed
            .strip_prefix("BE")
            .or_else(|| trimmed.strip_prefix("be"))
            .or_else(|| trimmed.strip_prefix("Be"))
            .unwrap_or(trimmed);
        let mut digits = String::with_capacity(10);
        for c in body.chars() {
            match c {
                '0'..='9' => digits.push(c),
                '.' | ' ' | '-' | '/' | '\u{a0}' => {}
                c => return Err(EnterpriseNumberError::InvalidCharacter(c)),
            }
        }
        if digits.len() == 9 {
            digits.insert(0, '0');
        }
        if digits.len() != 10 {
            return Err(EnterpriseNumberError::WrongLength(digits.len()));
        }
        let value: u64 = digits.parse().expect("ten ASCII digits");
        let (first, check) = (value / 100, (value % 100) as u8);
        let expected = enterprise_check_digits(first);
        if check != expected {
            return Err(EnterpriseNumberError::BadCheckDigits {
                expected,
                found: check,
            });
        }
        Ok(EnterpriseNumber { digits: value })
    }

    /// The ten digits, `0123456749`.
    pub fn digits(&self) -> String {
        format!("{:010}", self.digits)
    }
}

impl fmt::Display for EnterpriseNumber {
    /// The printed form, `0123.456.749`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.digits();
        write!(f, "{}.{}.{}", &d[..4], &d[4..7], &d[7..])
    }
}

/// Whether `postcode` is a Belgian postcode: four digits, 1000–9999.
pub fn postcode_valid(postcode: &str) -> bool {
    let p = postcode.trim();
    p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()) && !p.starts_with('0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_are_97_minus_the_remainder() {
        // 01234567 mod 97 = 48 → 49.
        assert_eq!(enterprise_check_digits(1_234_567), 49);
        let n = EnterpriseNumber::parse("0123.456.749").unwrap();
        assert_eq!(n.to_string(), "0123.456.749");
        assert_eq!(n.digits(), "0123456749");
        // A remainder of 0 gives 97: 00000097 mod 97 = 0.
        assert_eq!(enterprise_check_digits(97), 97);
        assert!(EnterpriseNumber::parse("0000.009.797").is_ok());
    }

    #[test]
    fn accepts_the_common_spellings() {
        for s in [
            "0123.456.749",
            "0123 456 749",
            "0123456749",
            "BE0123456749",
            "BE 0123.456.749",
            "123.456.749",
            " 0123-456-749 ",
        ] {
            assert_eq!(
                EnterpriseNumber::parse(s).map(|n| n.digits()),
                Ok("0123456749".to_string()),
                "{s}"
            );
        }
    }

    #[test]
    fn rejects_with_the_reason() {
        assert_eq!(
            EnterpriseNumber::parse("0123.456.748"),
            Err(EnterpriseNumberError::BadCheckDigits {
                expected: 49,
                found: 48
            })
        );
        assert_eq!(
            EnterpriseNumber::parse("0123.456.7"),
            Err(EnterpriseNumberError::WrongLength(8))
        );
        assert_eq!(
            EnterpriseNumber::parse("0123.456.74X"),
            Err(EnterpriseNumberError::InvalidCharacter('X'))
        );
        assert!(
            EnterpriseNumber::parse("0123.456.748")
                .unwrap_err()
                .to_string()
                .contains("49")
        );
    }

    #[test]
    fn postcodes() {
        assert!(postcode_valid("1000"));
        assert!(postcode_valid("9000"));
        assert!(postcode_valid(" 2018 "));
        assert!(!postcode_valid("0999"));
        assert!(!postcode_valid("100"));
        assert!(!postcode_valid("10000"));
        assert!(!postcode_valid("B-1000"));
    }
}
