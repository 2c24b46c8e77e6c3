//! Canadian postal addresses: postal codes, province and territory codes, and the Canada Post
//! last line of an address block.
//!
//! Nothing here comes from domain/quebec.md (§8 has no postal facts); the sources are Canada
//! Post's addressing guidelines and descriptions of the postal-code system, found by the helper
//! who wrote this module:
//!
//! * Postal code `A1A 1A1` — letter, digit, letter, space, digit, letter, digit; printed in
//!   upper case, one space between the first three characters (the forward sortation area,
//!   FSA) and the last three (the local delivery unit, LDU), never a hyphen (S: Canada Post,
//!   <https://www.canadapost.ca/cpo/mc/personal/guides/addressing.jsf>).
//! * The letters **D, F, I, O, Q, U** are never used, and **W, Z** are never the first letter
//!   (S: <https://everything2.com/title/Canadian+Postal+Code>,
//!   <http://ftp2.nluug.nl/ftp/networking/kermit/public_html/postal-ca.html.~5~> — secondary).
//! * The first letter names the province or territory (A NL, B NS, C PE, E NB, G H J QC,
//!   K L M N P ON, R MB, S SK, T AB, V BC, X NT/NU, Y YT) (S: same secondary sources), "except in
//!   a few cases": use a mismatch as a **warning**, never to reject an address.
//! * Last line: municipality, **one space**, the two-letter province or territory symbol, **two
//!   spaces**, postal code, in upper case; accents may be kept (they are not punctuation); lines
//!   should have fewer than 40 characters excluding spaces, and if the last line gets too long
//!   the postal code may go alone on a line of its own (S: Canada Post addressing guidelines,
//!   <https://origin-stg12.canadapost.ca/cpc/en/support/articles/addressing-guidelines/important-information.page>).

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A Canadian province or territory, with its Canada Post two-letter symbol.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum Province {
    #[serde(rename = "AB")]
    Alberta,
    #[serde(rename = "BC")]
    BritishColumbia,
    #[serde(rename = "MB")]
    Manitoba,
    #[serde(rename = "NB")]
    NewBrunswick,
    #[serde(rename = "NL")]
    NewfoundlandAndLabrador,
    #[serde(rename = "NS")]
    NovaScotia,
    #[serde(rename = "NT")]
    NorthwestTerritories,
    #[serde(rename = "NU")]
    Nunavut,
    #[serde(rename = "ON")]
    Ontario,
    #[serde(rename = "PE")]
    PrinceEdwardIsland,
    #[serde(rename = "QC")]
    Quebec,
    #[serde(rename = "SK")]
    Saskatchewan,
    #[serde(rename = "YT")]
    Yukon,
}

impl Province {
    /// The 10 provinces and 3 territories, in the order of their symbols.
    pub const ALL: [Province; 13] = [
        Province::Alberta,
        Province::BritishColumbia,
        Province::Manitoba,
        Province::NewBrunswick,
        Province::NewfoundlandAndLabrador,
        Province::NovaScotia,
        Province::NorthwestTerritories,
        Province::Nunavut,
        Province::Ontario,
        Province::PrinceEdwardIsland,
        Province::Quebec,
        Province::Saskatchewan,
        Province::Yukon,
    ];

    /// The Canada Post symbol: `QC`, `ON`, … (the same in French and English).
    pub fn code(self) -> &'static str {
        match self {
            Province::Alberta => "AB",
            Province::BritishColumbia => "BC",
            Province::Manitoba => "MB",
            Province::NewBrunswick => "NB",
            Province::NewfoundlandAndLabrador => "NL",
            Province::NovaScotia => "NS",
            Province::NorthwestTerritories => "NT",
            Province::Nunavut => "NU",
            Province::Ontario => "ON",
            Province::PrinceEdwardIsland => "PE",
            Province::Quebec => "QC",
            Province::Saskatchewan => "SK",
            Province::Yukon => "YT",
        }
    }

    /// The official French name.
    pub fn name_fr(self) -> &'static str {
        match self {
            Province::Alberta => "Alberta",
            Province::BritishColumbia => "Colombie-Britannique",
            Province::Manitoba => "Manitoba",
            Province::NewBrunswick => "Nouveau-Brunswick",
            Province::NewfoundlandAndLabrador => "Terre-Neuve-et-Labrador",
            Province::NovaScotia => "Nouvelle-Écosse",
            Province::NorthwestTerritories => "Territoires du Nord-Ouest",
            Province::Nunavut => "Nunavut",
            Province::Ontario => "Ontario",
            Province::PrinceEdwardIsland => "Île-du-Prince-Édouard",
            Province::Quebec => "Québec",
            Province::Saskatchewan => "Saskatchewan",
            Province::Yukon => "Yukon",
        }
    }

    /// The official English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Province::Alberta => "Alberta",
            Province::BritishColumbia => "British Columbia",
            Province::Manitoba => "Manitoba",
            Province::NewBrunswick => "New Brunswick",
            Province::NewfoundlandAndLabrador => "Newfoundland and Labrador",
            Province::NovaScotia => "Nova Scotia",
            Province::NorthwestTerritories => "Northwest Territories",
            Province::Nunavut => "Nunavut",
            Province::Ontario => "Ontario",
            Province::PrinceEdwardIsland => "Prince Edward Island",
            Province::Quebec => "Quebec",
            Province::Saskatchewan => "Saskatchewan",
            Province::Yukon => "Yukon",
        }
    }

    /// The province for a Canada Post symbol, case-insensitive (`"qc"` → Québec). Only the
    /// current symbols: the old `PQ`, `NF`, `YK` are rejected.
    pub fn from_code(code: &str) -> Option<Province> {
        let code = code.trim();
        Province::ALL
            .into_iter()
            .find(|p| p.code().eq_ignore_ascii_case(code))
    }

    /// The first letters of postal codes in this province or territory (secondary sources, see
    /// the module documentation).
    pub fn postal_first_letters(self) -> &'static [char] {
        match self {
            Province::NewfoundlandAndLabrador => &['A'],
            Province::NovaScotia => &['B'],
            Province::PrinceEdwardIsland => &['C'],
            Province::NewBrunswick => &['E'],
            Province::Quebec => &['G', 'H', 'J'],
            Province::Ontario => &['K', 'L', 'M', 'N', 'P'],
            Province::Manitoba => &['R'],
            Province::Saskatchewan => &['S'],
            Province::Alberta => &['T'],
            Province::BritishColumbia => &['V'],
            Province::NorthwestTerritories | Province::Nunavut => &['X'],
            Province::Yukon => &['Y'],
        }
    }
}

impl fmt::Display for Province {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Province {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Province::from_code(s).ok_or_else(|| {
            format!("`{s}` is not a Canadian province or territory code (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT)")
        })
    }
}

/// Letters never used in a postal code.
const UNUSED_LETTERS: [char; 6] = ['D', 'F', 'I', 'O', 'Q', 'U'];
/// Letters never used as the first character.
const UNUSED_FIRST_LETTERS: [char; 2] = ['W', 'Z'];

/// Why a text is not a Canadian postal code (1-based positions among the six characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostalCodeError {
    /// Not six letters and digits once spaces and a hyphen are removed.
    Length(usize),
    ExpectedLetter {
        position: usize,
        found: char,
    },
    ExpectedDigit {
        position: usize,
        found: char,
    },
    /// D, F, I, O, Q or U.
    UnusedLetter {
        position: usize,
        letter: char,
    },
    /// W or Z in first position.
    UnusedFirstLetter(char),
}

impl fmt::Display for PostalCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PostalCodeError::Length(n) => write!(
                f,
                "a Canadian postal code has 6 characters (A1A 1A1), found {n}"
            ),
            PostalCodeError::ExpectedLetter { position, found } => {
                write!(
                    f,
                    "character {position} must be a letter (A1A 1A1), found `{found}`"
                )
            }
            PostalCodeError::ExpectedDigit { position, found } => {
                write!(
                    f,
                    "character {position} must be a digit (A1A 1A1), found `{found}`"
                )
            }
            PostalCodeError::UnusedLetter { position, letter } => write!(
                f,
                "character {position}: the letter `{letter}` is never used in Canadian postal codes (D, F, I, O, Q, U)"
            ),
            PostalCodeError::UnusedFirstLetter(letter) => write!(
                f,
                "a Canadian postal code never starts with `{letter}` (W and Z are not used first)"
            ),
        }
    }
}

impl std::error::Error for PostalCodeError {}

/// A valid Canadian postal code, stored normalised: `H2X 1Y4`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PostalCode(String);

impl PostalCode {
    /// Parses and normalises: surrounding and inner spaces (including no-break spaces) and a
    /// hyphen are dropped, letters are upper-cased, then the six characters must read
    /// letter-digit-letter digit-letter-digit with no unused letter. `" h2x-1y4 "` → `H2X 1Y4`.
    pub fn parse(text: &str) -> Result<PostalCode, PostalCodeError> {
        let chars: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if chars.len() != 6 {
            return Err(PostalCodeError::Length(chars.len()));
        }
        for (i, &c) in chars.iter().enumerate() {
            let position = i + 1;
            if i % 2 == 0 {
                if !c.is_ascii_uppercase() {
                    return Err(PostalCodeError::ExpectedLetter { position, found: c });
                }
                if UNUSED_LETTERS.contains(&c) {
                    return Err(PostalCodeError::UnusedLetter {
                        position,
                        letter: c,
                    });
                }
                if i == 0 && UNUSED_FIRST_LETTERS.contains(&c) {
                    return Err(PostalCodeError::UnusedFirstLetter(c));
                }
            } else if !c.is_ascii_digit() {
                return Err(PostalCodeError::ExpectedDigit { position, found: c });
            }
        }
        let fsa: String = chars[..3].iter().collect();
        let ldu: String = chars[3..].iter().collect();
        Ok(PostalCode(format!("{fsa} {ldu}")))
    }

    /// `H2X 1Y4`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The forward sortation area, `H2X`.
    pub fn fsa(&self) -> &str {
        &self.0[..3]
    }

    /// The local delivery unit, `1Y4`.
    pub fn ldu(&self) -> &str {
        &self.0[4..]
    }

    /// A `0` in second position marks a rural area (S: secondary sources of the module docs).
    pub fn is_rural(&self) -> bool {
        self.0.as_bytes()[1] == b'0'
    }

    /// The provinces or territories whose codes start with this letter (two for `X`: NT, NU).
    pub fn provinces(&self) -> Vec<Province> {
        let first = char::from(self.0.as_bytes()[0]);
        Province::ALL
            .into_iter()
            .filter(|p| p.postal_first_letters().contains(&first))
            .collect()
    }

    /// Whether the first letter belongs to `province`. A `false` is worth a warning, not an
    /// error: the letter-to-province map has a few exceptions.
    pub fn matches_province(&self, province: Province) -> bool {
        self.provinces().contains(&province)
    }
}

/// Normalises a postal code (see [`PostalCode::parse`]): `"h2x1y4"` → `"H2X 1Y4"`.
pub fn normalize_postal_code(text: &str) -> Result<String, PostalCodeError> {
    PostalCode::parse(text).map(|p| p.0)
}

impl fmt::Display for PostalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for PostalCode {
    type Err = PostalCodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PostalCode::parse(s)
    }
}

impl Serialize for PostalCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for PostalCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PostalCode::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for PostalCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CanadianPostalCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A Canadian postal code, A1A 1A1 (case and the space are normalised; D, F, I, O, Q, U are never used, W and Z never first).",
            "type": "string",
            "pattern": "^\\s*[ABCEGHJ-NPRSTVXYabceghj-nprstvxy][0-9][ABCEGHJ-NPRSTV-Zabceghj-nprstv-z][ -]?[0-9][ABCEGHJ-NPRSTV-Zabceghj-nprstv-z][0-9]\\s*$"
        })
    }
}

/// Canada Post: lines should have fewer than this many characters, spaces not counted.
pub const MAX_LINE_CHARS: usize = 40;

/// The last line of a Canadian address block: `MONTRÉAL QC  H2X 1Y4` — municipality in upper
/// case (accents kept, runs of spaces collapsed), one space, the province symbol, two spaces,
/// the postal code.
pub fn last_line(municipality: &str, province: Province, postal_code: &PostalCode) -> String {
    let town = municipality_upper(municipality);
    if town.is_empty() {
        format!("{}  {postal_code}", province.code())
    } else {
        format!("{town} {}  {postal_code}", province.code())
    }
}

/// The last line(s) of the address block: [`last_line`] when it has fewer than
/// [`MAX_LINE_CHARS`] characters excluding spaces, otherwise `MUNICIPALITY QC` and the postal
/// code alone on the next line (Canada Post allows this when the line gets too long).
pub fn last_lines(municipality: &str, province: Province, postal_code: &PostalCode) -> Vec<String> {
    let line = last_line(municipality, province, postal_code);
    if line.chars().filter(|c| !c.is_whitespace()).count() < MAX_LINE_CHARS {
        return vec![line];
    }
    let town = municipality_upper(municipality);
    vec![
        format!("{town} {}", province.code()),
        postal_code.to_string(),
    ]
}

fn municipality_upper(municipality: &str) -> String {
    municipality
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pc(s: &str) -> PostalCode {
        PostalCode::parse(s).unwrap()
    }

    #[test]
    fn valid_codes_are_normalised() {
        assert_eq!(pc("H2X 1Y4").as_str(), "H2X 1Y4");
        assert_eq!(normalize_postal_code("h2x1y4").unwrap(), "H2X 1Y4");
        assert_eq!(normalize_postal_code("  g1r-4p5 ").unwrap(), "G1R 4P5");
        assert_eq!(normalize_postal_code("J8Y\u{a0}6T3").unwrap(), "J8Y 6T3");
        assert_eq!(normalize_postal_code("K1A 0B1").unwrap(), "K1A 0B1");
        assert_eq!(normalize_postal_code("X0A 0H0").unwrap(), "X0A 0H0");
        let p = pc("H2X 1Y4");
        assert_eq!((p.fsa(), p.ldu()), ("H2X", "1Y4"));
        assert!(!p.is_rural());
        assert!(pc("J0K 1A0").is_rural());
        assert_eq!(
            "h3b2y5".parse::<PostalCode>().unwrap().to_string(),
            "H3B 2Y5"
        );
    }

    #[test]
    fn invalid_codes_say_why() {
        use PostalCodeError::*;
        let err = |s: &str| PostalCode::parse(s).unwrap_err();
        assert_eq!(err("H2X 1Y"), Length(5));
        assert_eq!(err("H2X 1Y45"), Length(7));
        assert_eq!(err(""), Length(0));
        assert_eq!(
            err("12X 1Y4"),
            ExpectedLetter {
                position: 1,
                found: '1'
            }
        );
        assert_eq!(
            err("HHX 1Y4"),
            ExpectedDigit {
                position: 2,
                found: 'H'
            }
        );
        assert_eq!(
            err("H2X AY4"),
            ExpectedDigit {
                position: 4,
                found: 'A'
            }
        );
        assert_eq!(
            err("H2É 1Y4"),
            ExpectedLetter {
                position: 3,
                found: 'É'
            }
        );
        for (code, letter, position) in [
            ("D2X 1Y4", 'D', 1),
            ("H2F 1Y4", 'F', 3),
            ("H2X 1I4", 'I', 5),
            ("H2O 1Y4", 'O', 3),
            ("Q2X 1Y4", 'Q', 1),
            ("H2X 1U4", 'U', 5),
        ] {
            assert_eq!(err(code), UnusedLetter { position, letter }, "{code}");
        }
        assert_eq!(err("W2X 1Y4"), UnusedFirstLetter('W'));
        assert_eq!(err("Z2X 1Y4"), UnusedFirstLetter('Z'));
        // W and Z are fine elsewhere.
        assert_eq!(pc("H2W 1Z4").as_str(), "H2W 1Z4");
        assert_eq!(
            err("H2X 1U4").to_string(),
            "character 5: the letter `U` is never used in Canadian postal codes (D, F, I, O, Q, U)"
        );
    }

    #[test]
    fn provinces_and_first_letters() {
        assert_eq!(Province::ALL.len(), 13);
        let codes: Vec<&str> = Province::ALL.iter().map(|p| p.code()).collect();
        assert_eq!(
            codes,
            [
                "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"
            ]
        );
        assert_eq!(Province::from_code("qc"), Some(Province::Quebec));
        assert_eq!(Province::from_code(" ON "), Some(Province::Ontario));
        assert_eq!(Province::from_code("PQ"), None);
        assert!("QUE".parse::<Province>().is_err());
        assert_eq!(Province::Quebec.name_fr(), "Québec");
        assert_eq!(Province::Quebec.name_en(), "Quebec");
        assert_eq!(
            Province::PrinceEdwardIsland.name_fr(),
            "Île-du-Prince-Édouard"
        );
        // Every first letter maps to at least one province, and only the unused ones to none.
        for c in 'A'..='Z' {
            let n = Province::ALL
                .iter()
                .filter(|p| p.postal_first_letters().contains(&c))
                .count();
            let unused = UNUSED_LETTERS.contains(&c) || UNUSED_FIRST_LETTERS.contains(&c);
            assert_eq!(n == 0, unused, "{c}");
        }
        for code in ["G1R 4P5", "H2X 1Y4", "J8Y 6T3"] {
            assert_eq!(pc(code).provinces(), [Province::Quebec], "{code}");
            assert!(pc(code).matches_province(Province::Quebec));
        }
        assert!(!pc("K1A 0B1").matches_province(Province::Quebec));
        assert_eq!(
            pc("X1A 2N5").provinces(),
            [Province::NorthwestTerritories, Province::Nunavut]
        );
        // Serde uses the symbol.
        assert_eq!(serde_json::to_string(&Province::Quebec).unwrap(), "\"QC\"");
        let p: Province = serde_json::from_str("\"NL\"").unwrap();
        assert_eq!(p, Province::NewfoundlandAndLabrador);
        let code: PostalCode = serde_json::from_str("\"h2x1y4\"").unwrap();
        assert_eq!(serde_json::to_string(&code).unwrap(), "\"H2X 1Y4\"");
        assert!(serde_json::from_str::<PostalCode>("\"H2X 1U4\"").is_err());
    }

    #[test]
    fn canada_post_last_line() {
        let p = pc("h2x1y4");
        assert_eq!(
            last_line("Montréal", Province::Quebec, &p),
            "MONTRÉAL QC  H2X 1Y4"
        );
        assert_eq!(
            last_line(
                "  Saint-Jean-sur-Richelieu ",
                Province::Quebec,
                &pc("J3B 1M2")
            ),
            "SAINT-JEAN-SUR-RICHELIEU QC  J3B 1M2"
        );
        assert_eq!(
            last_line(
                "St. John's",
                Province::NewfoundlandAndLabrador,
                &pc("A1C 5M2")
            ),
            "ST. JOHN'S NL  A1C 5M2"
        );
        assert_eq!(
            last_line("Trois   Rivières", Province::Quebec, &pc("G9A 5H7")),
            "TROIS RIVIÈRES QC  G9A 5H7"
        );
        assert_eq!(last_line("", Province::Quebec, &p), "QC  H2X 1Y4");
        assert_eq!(
            last_lines("Montréal", Province::Quebec, &p),
            vec!["MONTRÉAL QC  H2X 1Y4".to_string()]
        );
        // 31 + 2 + 6 = 39 non-space characters: one line; 32 + 2 + 6 = 40: split.
        assert_eq!(last_lines(&"A".repeat(31), Province::Quebec, &p).len(), 1);
        assert_eq!(
            last_lines(&"A".repeat(32), Province::Quebec, &p),
            vec![format!("{} QC", "A".repeat(32)), "H2X 1Y4".to_string()]
        );
        // Spaces do not count: 31 letters in two words still fit.
        assert_eq!(
            last_lines(
                &format!("{} {}", "A".repeat(15), "B".repeat(16)),
                Province::Quebec,
                &p
            )
            .len(),
            1
        );
        let town = "Saint-Pierre-de-la-Rivière-du-Sud"; // 33 characters
        assert_eq!(
            last_lines(town, Province::Quebec, &pc("G0R 4B0")),
            vec![
                "SAINT-PIERRE-DE-LA-RIVIÈRE-DU-SUD QC".to_string(),
                "G0R 4B0".to_string()
            ]
        );
    }
}
