//! Belgian structured communication (FR: *communication structurée*, OGM/VCS; NL:
//! *gestructureerde mededeling*): the 12-digit payment reference printed as
//! `+++123/4567/89002+++`, which Belgian banks carry through SEPA so that a payment is matched to
//! its case automatically.
//!
//! Format (belgium.md §10.1, [C] hapytex/belgian-structured-communication and
//! maartentibau/gestructureerde-mededeling READMEs; the Febelfin standard itself was not read,
//! [U], but the algorithm is universally implemented):
//!
//! * 12 digits grouped 3/4/5, slash-separated, wrapped in `+++ … +++` (or `*** … ***`);
//! * the first 10 digits are the *base* `n`; the last two are `n mod 97`, or `97` when the
//!   remainder is 0 (so `00` is never a valid check). The lowest valid value is
//!   `+++000/0000/00097+++`.
//!
//! examples.md BE-1: base `1234567890` → `1234567890 mod 97 = 2` → `+++123/4567/89002+++`.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The largest base: ten digits.
pub const MAX_BASE: u64 = 9_999_999_999;

/// A valid Belgian structured communication. Construct it with [`StructuredRef::from_base`],
/// [`StructuredRef::from_case_reference`] or [`StructuredRef::parse`]; an invalid value cannot
/// exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StructuredRef {
    base: u64,
}

/// Why a text is not a valid structured communication (or a base cannot make one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StructuredRefError {
    /// Nothing but spaces.
    Empty,
    /// A character that has no place in a structured communication. `position` counts
    /// characters from 1 in the text as given.
    InvalidCharacter { ch: char, position: usize },
    /// The `+++`/`***` markers around the digits do not match (`+++…***`, `+++…` without a
    /// closing marker, a mix of `+` and `*`).
    UnbalancedMarkers { leading: String, trailing: String },
    /// Not exactly 12 digits.
    WrongDigitCount { found: usize },
    /// The last two digits are not the mod-97 check of the first ten.
    BadCheckDigits { expected: u8, found: u8 },
    /// A base above [`MAX_BASE`] (more than ten digits).
    BaseTooLarge { base: u64 },
    /// A case reference with nothing to derive a structured communication from.
    EmptyCaseReference,
}

impl fmt::Display for StructuredRefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the structured communication is empty"),
            Self::InvalidCharacter { ch, position } => write!(
                f,
                "character {ch:?} at position {position} is not allowed in a structured \
                 communication (only digits, `/`, spaces and `+++`/`***` around them)"
            ),
            Self::UnbalancedMarkers { leading, trailing } => write!(
                f,
                "the markers around the digits do not match: {leading:?} before, {trailing:?} \
                 after (write +++123/4567/89002+++ or ***123/4567/89002***)"
            ),
            Self::WrongDigitCount { found } => write!(
                f,
                "a structured communication has 12 digits, this one has {found}"
            ),
            Self::BadCheckDigits { expected, found } => write!(
                f,
                "wrong check digits: the first ten digits give {expected:02} (mod 97), the \
                 communication ends in {found:02} — probably a typing error"
            ),
            Self::BaseTooLarge { base } => write!(
                f,
                "base {base} has more than ten digits (at most {MAX_BASE})"
            ),
            Self::EmptyCaseReference => write!(
                f,
                "the case reference is empty: no structured communication can be derived from it"
            ),
        }
    }
}

impl std::error::Error for StructuredRefError {}

/// How [`StructuredRef::from_case_reference`] obtained the ten base digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Derivation {
    /// The reference is a number of at most ten digits (separators ignored): the base is that
    /// number, so the communication can be read back to the case.
    Digits,
    /// Any other reference: the base is a 64-bit FNV-1a hash of the trimmed reference's UTF-8
    /// bytes, modulo 10¹⁰.
    Hash,
}

/// The check digits of a base: `base mod 97`, or 97 when the remainder is 0.
pub fn check_digits(base: u64) -> u8 {
    // base % 97 < 97: the cast cannot truncate.
    match (base % 97) as u8 {
        0 => 97,
        r => r,
    }
}

impl StructuredRef {
    /// The structured communication with this 10-digit base (leading zeros implied):
    /// `from_base(1234567890)` → `+++123/4567/89002+++` (examples.md BE-1).
    pub fn from_base(base: u64) -> Result<Self, StructuredRefError> {
        if base > MAX_BASE {
            return Err(StructuredRefError::BaseTooLarge { base });
        }
        Ok(Self { base })
    }

    /// A structured communication derived deterministically from a case reference, so that the
    /// same case always prints the same payment reference (in a batch, on reprints, in the
    /// `.json` sidecar). See [`StructuredRef::derive_from_case_reference`] for the rule.
    pub fn from_case_reference(reference: &str) -> Result<Self, StructuredRefError> {
        Self::derive_from_case_reference(reference).map(|(r, _)| r)
    }

    /// [`StructuredRef::from_case_reference`], also saying which rule gave the base:
    ///
    /// 1. **Digits.** Remove spaces, `-`, `/`, `.` and `_` from the trimmed reference. If what
    ///    is left is 1 to 10 ASCII digits, the base is that number: `2024/0153` → base
    ///    `0020240153` → `+++002/0240/15336+++`. A reader can go back from the communication to
    ///    the case. References that differ only by separators or leading zeros (`2024-0153`,
    ///    `20240153`, `0020240153`) give the same communication.
    /// 2. **Hash.** Otherwise (letters, more than ten digits, …) the base is the 64-bit FNV-1a
    ///    hash of the trimmed reference's UTF-8 bytes, modulo 10¹⁰: `DOS-2026-0042` →
    ///    `+++582/8715/16304+++`. FNV-1a is fixed by its published constants, so the value is the
    ///    same on every platform and Rust version. It is case-sensitive and cannot be read back.
    ///    Two different references collide with probability 10⁻¹⁰ per pair — about 0,5 % over
    ///    10 000 cases and 40 % over 100 000 (birthday bound): a batch of many cases with
    ///    non-numeric references should check its communications for duplicates, or give each
    ///    case its own numeric reference or base.
    pub fn derive_from_case_reference(
        reference: &str,
    ) -> Result<(Self, Derivation), StructuredRefError> {
        let trimmed = reference.trim();
        if trimmed.is_empty() {
            return Err(StructuredRefError::EmptyCaseReference);
        }
        let digits: String = trimmed
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '/' | '.' | '_'))
            .collect();
        if !digits.is_empty() && digits.len() <= 10 && digits.bytes().all(|b| b.is_ascii_digit()) {
            // ≤ 10 ASCII digits always fit in a u64 and are ≤ MAX_BASE.
            let base = digits.parse::<u64>().expect("at most ten ASCII digits");
            return Ok((Self { base }, Derivation::Digits));
        }
        let base = fnv1a64(trimmed.as_bytes()) % (MAX_BASE + 1);
        Ok((Self { base }, Derivation::Hash))
    }

    /// Parses and validates a structured communication in any common spelling:
    /// `+++123/4567/89002+++`, `***123/4567/89002***`, `123/4567/89002`, `123456789002`,
    /// `123 4567 89002`, `+++ 123 / 4567 / 89002 +++`. Digits may be grouped freely by `/` and
    /// spaces; the markers, if any, must be the same before and after (one to three `+` or `*`
    /// each side are accepted, as people type them). The error says why a text is rejected.
    pub fn parse(text: &str) -> Result<Self, StructuredRefError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(StructuredRefError::Empty);
        }
        // Position (1-based, in characters of `text`) of the first character of `trimmed`.
        let offset = text.chars().count() - text.trim_start().chars().count();
        let is_marker = |c: char| c == '+' || c == '*';
        let leading: String = trimmed.chars().take_while(|&c| is_marker(c)).collect();
        let rest = &trimmed[leading.len()..];
        let trailing: String = {
            let mut t: Vec<char> = rest.chars().rev().take_while(|&c| is_marker(c)).collect();
            t.reverse();
            t.into_iter().collect()
        };
        let middle = &rest[..rest.len() - trailing.len()];
        let markers_ok =
            |m: &str| m.len() <= 3 && (m.chars().all(|c| c == '+') || m.chars().all(|c| c == '*'));
        if leading != trailing || !markers_ok(&leading) {
            return Err(StructuredRefError::UnbalancedMarkers { leading, trailing });
        }
        let mut digits = Vec::with_capacity(12);
        let first = offset + leading.chars().count();
        for (i, ch) in middle.chars().enumerate() {
            match ch {
                '0'..='9' => digits.push(ch as u8 - b'0'),
                '/' => {}
                c if c.is_whitespace() => {}
                c => {
                    return Err(StructuredRefError::InvalidCharacter {
                        ch: c,
                        position: first + i + 1,
                    });
                }
            }
        }
        if digits.len() != 12 {
            return Err(StructuredRefError::WrongDigitCount {
                found: digits.len(),
            });
        }
        let base = digits[..10]
            .iter()
            .fold(0u64, |n, &d| n * 10 + u64::from(d));
        let found = digits[10] * 10 + digits[11];
        let expected = check_digits(base);
        if found != expected {
            return Err(StructuredRefError::BadCheckDigits { expected, found });
        }
        Ok(Self { base })
    }

    /// The ten base digits as a number.
    pub fn base(&self) -> u64 {
        self.base
    }

    /// The two check digits (1 to 97).
    pub fn check(&self) -> u8 {
        check_digits(self.base)
    }

    /// The 12 digits without markers or separators (`123456789002`): what goes into the
    /// structured field of an EPC QR code ([`crate::compute::be::epc_qr`]).
    pub fn digits(&self) -> String {
        format!("{:010}{:02}", self.base, self.check())
    }
}

impl fmt::Display for StructuredRef {
    /// The printed form: `+++123/4567/89002+++`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.digits();
        write!(f, "+++{}/{}/{}+++", &d[..3], &d[3..7], &d[7..])
    }
}

impl FromStr for StructuredRef {
    type Err = StructuredRefError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for StructuredRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for StructuredRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for StructuredRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StructuredCommunication".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Belgian structured communication (OGM/VCS): 12 digits whose last two are the mod-97 check of the first ten, e.g. +++123/4567/89002+++ (also ***…***, digits only, or grouped with spaces).",
            "type": "string",
            "pattern": "^\\s*([+]{1,3}|[*]{1,3})?[0-9/\\s]+([+]{1,3}|[*]{1,3})?\\s*$"
        })
    }
}

/// 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime 0x100000001b3): tiny, published, and
/// stable across platforms and Rust versions (unlike `DefaultHasher`).
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn be1_examples() {
        // examples.md BE-1.
        let r = StructuredRef::from_base(1_234_567_890).unwrap();
        assert_eq!(r.check(), 2);
        assert_eq!(r.to_string(), "+++123/4567/89002+++");
        assert_eq!(r.digits(), "123456789002");
        let zero = StructuredRef::from_base(0).unwrap();
        assert_eq!(zero.check(), 97);
        assert_eq!(zero.to_string(), "+++000/0000/00097+++");
    }

    #[test]
    fn check_digits_values() {
        assert_eq!(check_digits(97), 97); // remainder 0
        assert_eq!(check_digits(96), 96);
        assert_eq!(check_digits(98), 1);
        assert_eq!(check_digits(MAX_BASE), 48); // 9 999 999 999 mod 97 = 48
        assert_eq!(
            StructuredRef::from_base(MAX_BASE).unwrap().to_string(),
            "+++999/9999/99948+++"
        );
        assert_eq!(
            StructuredRef::from_base(MAX_BASE + 1),
            Err(StructuredRefError::BaseTooLarge {
                base: 10_000_000_000
            })
        );
    }

    #[test]
    fn parses_every_common_spelling() {
        let want = StructuredRef::from_base(1_234_567_890).unwrap();
        for text in [
            "+++123/4567/89002+++",
            "***123/4567/89002***",
            "123/4567/89002",
            "123456789002",
            "123 4567 89002",
            "  +++ 123 / 4567 / 89002 +++  ",
            "+123/4567/89002+",
            "**123456789002**",
            "1234 5678 9002",
            "123\u{a0}4567\u{a0}89002",
        ] {
            assert_eq!(StructuredRef::parse(text), Ok(want), "{text:?}");
            assert_eq!(text.parse::<StructuredRef>(), Ok(want), "{text:?}");
        }
        assert_eq!(StructuredRef::parse("000/0000/00097").unwrap().base(), 0);
    }

    #[test]
    fn rejects_with_the_reason() {
        use StructuredRefError::*;
        assert_eq!(StructuredRef::parse("   "), Err(Empty));
        assert_eq!(
            StructuredRef::parse("+++123/4567/89003+++"),
            Err(BadCheckDigits {
                expected: 2,
                found: 3
            })
        );
        // 00 is never a valid check (remainder 0 gives 97).
        assert_eq!(
            StructuredRef::parse("000/0000/00000"),
            Err(BadCheckDigits {
                expected: 97,
                found: 0
            })
        );
        // Two digits swapped: caught by mod 97.
        assert_eq!(
            StructuredRef::parse("+++213/4567/89002+++"),
            Err(BadCheckDigits {
                expected: 52,
                found: 2
            })
        );
        assert_eq!(
            StructuredRef::parse("+++123/4567/8900+++"),
            Err(WrongDigitCount { found: 11 })
        );
        assert_eq!(
            StructuredRef::parse("1234567890021"),
            Err(WrongDigitCount { found: 13 })
        );
        assert_eq!(
            StructuredRef::parse("+++123/4567/89002***"),
            Err(UnbalancedMarkers {
                leading: "+++".into(),
                trailing: "***".into()
            })
        );
        assert_eq!(
            StructuredRef::parse("+++123/4567/89002"),
            Err(UnbalancedMarkers {
                leading: "+++".into(),
                trailing: "".into()
            })
        );
        assert_eq!(
            StructuredRef::parse("++++123/4567/89002++++"),
            Err(UnbalancedMarkers {
                leading: "++++".into(),
                trailing: "++++".into()
            })
        );
        assert_eq!(
            StructuredRef::parse("+*+123/4567/89002+*+"),
            Err(UnbalancedMarkers {
                leading: "+*+".into(),
                trailing: "+*+".into()
            })
        );
        assert_eq!(
            StructuredRef::parse("+++123.4567.89002+++"),
            Err(InvalidCharacter {
                ch: '.',
                position: 7
            })
        );
        assert_eq!(
            StructuredRef::parse("  12O/4567/89002"),
            Err(InvalidCharacter {
                ch: 'O',
                position: 5
            })
        );
        assert_eq!(
            StructuredRef::parse("+++123+4567/89002+++"),
            Err(InvalidCharacter {
                ch: '+',
                position: 7
            })
        );
        // Messages say why.
        let msg = StructuredRef::parse("+++123/4567/89003+++")
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("give 02") && msg.contains("ends in 03"),
            "{msg}"
        );
    }

    #[test]
    fn case_reference_digits_are_kept() {
        let (r, how) = StructuredRef::derive_from_case_reference("2024/0153").unwrap();
        assert_eq!(how, Derivation::Digits);
        assert_eq!(r.base(), 20_240_153);
        // 20 240 153 mod 97 = 36.
        assert_eq!(r.to_string(), "+++002/0240/15336+++");
        for same in ["2024-0153", "20240153", " 0020240153 ", "2024.01.53"] {
            assert_eq!(StructuredRef::from_case_reference(same), Ok(r), "{same}");
        }
        assert_eq!(
            StructuredRef::from_case_reference("1234567890")
                .unwrap()
                .to_string(),
            "+++123/4567/89002+++"
        );
    }

    #[test]
    fn case_reference_hash_is_fixed() {
        // Expected values computed independently (Python: FNV-1a 64 of the UTF-8 bytes,
        // % 10**10, then the mod-97 check).
        let (r, how) = StructuredRef::derive_from_case_reference("DOS-2026-0042").unwrap();
        assert_eq!(how, Derivation::Hash);
        assert_eq!(r.to_string(), "+++582/8715/16304+++");
        assert_eq!(
            StructuredRef::from_case_reference("  DOS-2026-0042 ").unwrap(),
            r,
            "trimmed"
        );
        assert_ne!(
            StructuredRef::from_case_reference("dos-2026-0042").unwrap(),
            r,
            "case-sensitive"
        );
        // More than ten digits: hashed, not truncated.
        let (long, how) = StructuredRef::derive_from_case_reference("12345678901").unwrap();
        assert_eq!(how, Derivation::Hash);
        assert_eq!(long.to_string(), "+++121/2608/55916+++");
        let (accented, _) = StructuredRef::derive_from_case_reference("Liège/Créance 7").unwrap();
        assert_eq!(accented.to_string(), "+++379/4751/58535+++");
        assert_eq!(
            StructuredRef::from_case_reference(" \t"),
            Err(StructuredRefError::EmptyCaseReference)
        );
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c); // published test vector
    }

    #[test]
    fn serde_round_trip() {
        let r = StructuredRef::from_base(1_234_567_890).unwrap();
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, "\"+++123/4567/89002+++\"");
        let back: StructuredRef = serde_json::from_str("\"123 4567 89002\"").unwrap();
        assert_eq!(back, r);
        let err = serde_json::from_str::<StructuredRef>("\"123 4567 89003\"").unwrap_err();
        assert!(err.to_string().contains("check digits"), "{err}");
    }
}
