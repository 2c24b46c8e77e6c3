//! Belgium: the language a court request or huissier's act must use, from the competent
//! court's seat (loi du 15 juin 1935 sur l'emploi des langues en matière judiciaire, arts 1–4;
//! belgium.md §9). Breaches are sanctioned by absolute nullity, raised ex officio.
//!
//! The seat is read off a Belgian postcode: the court's address when the case gives one
//! (`injunction.court.address`), otherwise the debtor's (the court of the debtor's domicile
//! is the territorially competent one; on the art. 1394/20 route the huissier acts where the
//! debtor is). The postcode → area → language table is data:
//! `jurisdictions/be/court-language.yaml`, with its sources and confidence.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::case::model::{Case, Jurisdiction, Language};

/// The language region of the court's seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    /// French-language region (art. 1er).
    Fr,
    /// Dutch-language region (art. 2).
    Nl,
    /// German-language region, arrondissement of Eupen (art. 2bis).
    De,
    /// Brussels: French or Dutch at the claimant's choice (art. 4 §1).
    Brussels,
}

impl Region {
    /// The language the proceedings must use; `None` for Brussels (the claimant chooses) and
    /// for German (creance has no German documents).
    pub fn required(self) -> Option<Language> {
        match self {
            Region::Fr => Some(Language::Fr),
            Region::Nl => Some(Language::Nl),
            Region::De | Region::Brussels => None,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub from: u16,
    pub to: u16,
    pub region: Region,
    pub area_fr: String,
    pub area_nl: String,
    pub article: String,
    /// P, S or K.
    pub confidence: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facility {
    pub postcodes: Vec<u16>,
    pub name: String,
    /// The other language the defendant may ask for: `fr`, `nl` or `de`.
    pub other: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub source: String,
    pub ranges: Vec<Range>,
    pub facilities: Vec<Facility>,
}

pub static TABLE: LazyLock<Table> = LazyLock::new(|| {
    serde_saphyr::from_str(include_str!(
        "../../../jurisdictions/be/court-language.yaml"
    ))
    .expect("embedded jurisdictions/be/court-language.yaml is valid (tested)")
});

/// Whose postcode located the seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SeatFrom {
    /// `injunction.court.address`.
    Court,
    /// The debtor's address (the court of the debtor's domicile).
    Debtor,
}

/// The language of the proceedings and why.
#[derive(Clone, Debug, Serialize)]
pub struct CourtLanguage {
    pub region: Region,
    /// See [`Region::required`].
    pub required: Option<Language>,
    pub postcode: String,
    pub seat_from: SeatFrom,
    /// The area, as the draft names it ("la province de Namur").
    pub area_fr: String,
    pub area_nl: String,
    pub article: String,
    pub confidence: String,
    /// A municipality with language facilities: its name and the other language.
    pub facility: Option<(String, String)>,
}

impl CourtLanguage {
    /// Why creance will not write the act: a German-language seat (creance has no German
    /// documents, and one in French or Dutch would be void). `None` otherwise.
    pub fn refusal(&self) -> Option<String> {
        (self.region == Region::De).then(|| {
            format!(
                "the competent court sits in {} (postcode {}): the proceedings must be in German (law of 15 June 1935, art. 2bis) and creance has no German documents; it will not write this act in French or Dutch",
                self.area_fr, self.postcode
            )
        })
    }

    /// The article as cited in `lang` ("loi du 15 juin 1935, art. 1er" / "wet van 15 juni
    /// 1935, art. 1").
    pub fn article(&self, lang: Language) -> String {
        if lang == Language::Nl {
            self.article
                .replace("loi du 15 juin 1935", "wet van 15 juni 1935")
                .replace("art. 1er", "art. 1")
                .replace("Hal-Vilvorde", "Halle-Vilvoorde")
        } else {
            self.article.clone()
        }
    }

    /// The case field whose postcode located the seat.
    pub fn field(&self) -> &'static str {
        match self.seat_from {
            SeatFrom::Court => "injunction.court.address.postcode",
            SeatFrom::Debtor => "debtor.address.postcode",
        }
    }

    /// The language basis as the draft prints it, in French or Dutch (French for any other
    /// language), without the article and confidence (printed beside it).
    pub fn statement(&self, lang: Language) -> String {
        let nl = lang == Language::Nl;
        let seat = match (self.seat_from, nl) {
            (SeatFrom::Court, false) => format!(
                "d'après l'adresse du tribunal (code postal {})",
                self.postcode
            ),
            (SeatFrom::Court, true) => format!(
                "volgens het adres van de rechtbank (postcode {})",
                self.postcode
            ),
            (SeatFrom::Debtor, false) => format!(
                "d'après le domicile du débiteur (code postal {}), l'adresse du tribunal n'étant pas donnée",
                self.postcode
            ),
            (SeatFrom::Debtor, true) => format!(
                "volgens de woonplaats van de schuldenaar (postcode {}), daar het adres van de rechtbank niet is opgegeven",
                self.postcode
            ),
        };
        let mut s = if nl {
            let what = match self.region {
                Region::Fr => "het Franse taalgebied: de rechtspleging moet in het Frans worden gevoerd, op straffe van absolute nietigheid".to_string(),
                Region::Nl => "het Nederlandse taalgebied: de rechtspleging moet in het Nederlands worden gevoerd, op straffe van absolute nietigheid".to_string(),
                Region::De => "het Duitse taalgebied: de rechtspleging moet in het Duits worden gevoerd; creance maakt geen Duitse akten op".to_string(),
                Region::Brussels => "Brussel: de inleidende akte wordt naar keuze van de eiser in het Frans of in het Nederlands opgesteld voor een verweerder die in de Brusselse agglomeratie woont; dit ontwerp is in het Nederlands opgesteld, de keuze van de eiser die moet worden bevestigd".to_string(),
            };
            format!(
                "De bevoegde rechtbank zetelt in {}, {seat} — {what}.",
                self.area_nl
            )
        } else {
            let what = match self.region {
                Region::Fr => "région de langue française : la procédure est en français, à peine de nullité absolue".to_string(),
                Region::Nl => "région de langue néerlandaise : la procédure est en néerlandais, à peine de nullité absolue".to_string(),
                Region::De => "région de langue allemande : la procédure est en allemand ; creance ne rédige pas d'acte en allemand".to_string(),
                Region::Brussels => "Bruxelles : pour un défendeur domicilié dans l'agglomération bruxelloise, l'acte introductif est en français ou en néerlandais au choix du demandeur ; ce projet est en français, choix du demandeur à confirmer".to_string(),
            };
            format!(
                "La juridiction compétente siège dans {}, {seat} — {what}.",
                self.area_fr
            )
        };
        if let Some((name, other)) = &self.facility {
            let other_fr = match other.as_str() {
                "nl" => "le néerlandais",
                "de" => "l'allemand",
                _ => "le français",
            };
            let other_nl = match other.as_str() {
                "nl" => "het Nederlands",
                "de" => "het Duits",
                _ => "het Frans",
            };
            s.push(' ');
            s.push_str(&if nl {
                format!("{name} is een gemeente met taalfaciliteiten: de verweerder kan mogelijk de rechtspleging in {other_nl} vragen (na te gaan).")
            } else {
                format!("{name} est une commune à facilités linguistiques : le défendeur peut, le cas échéant, demander la procédure en {other_fr} (à vérifier).")
            });
        }
        s
    }
}

/// The four digits of a Belgian postcode ("B-5000" and "5000 " accepted), else `None`.
fn digits(postcode: &str) -> Option<u16> {
    let p = postcode.trim();
    let p = p
        .strip_prefix("B-")
        .or_else(|| p.strip_prefix("BE-"))
        .unwrap_or(p);
    if p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()) {
        p.parse().ok()
    } else {
        None
    }
}

fn is_belgian(country: Option<&str>) -> bool {
    country.is_none_or(|c| c.trim().eq_ignore_ascii_case("BE"))
}

/// The language a Belgian court request must use, for a Belgian case whose seat (court
/// address, else debtor's address) has a Belgian postcode in the table; `None` otherwise
/// (a debtor abroad, a postcode outside every range — the postcode rule reports it).
pub fn court_language(case: &Case) -> Option<CourtLanguage> {
    if case.jurisdiction != Jurisdiction::Be {
        return None;
    }
    let court_address = case
        .injunction
        .as_ref()
        .and_then(|i| i.court.as_ref())
        .and_then(|c| c.address.as_ref())
        .filter(|a| is_belgian(a.country.as_deref()));
    let (address, seat_from) = match court_address {
        Some(a) => (a, SeatFrom::Court),
        None if is_belgian(case.debtor.address.country.as_deref()) => {
            (&case.debtor.address, SeatFrom::Debtor)
        }
        None => return None,
    };
    let code = digits(&address.postcode)?;
    let range = TABLE
        .ranges
        .iter()
        .find(|r| r.from <= code && code <= r.to)?;
    let facility = TABLE
        .facilities
        .iter()
        .find(|f| f.postcodes.contains(&code))
        .map(|f| (f.name.clone(), f.other.clone()));
    Some(CourtLanguage {
        region: range.region,
        required: range.region.required(),
        postcode: format!("{code:04}"),
        seat_from,
        area_fr: range.area_fr.clone(),
        area_nl: range.area_nl.clone(),
        article: range.article.clone(),
        confidence: range.confidence.clone(),
        facility,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::load::load_str;

    const BE: &str = include_str!("../../../jurisdictions/be/tests/base-plan.yaml");

    fn case(patch: &str) -> Case {
        let mut v: serde_json::Value = serde_saphyr::from_str(BE).unwrap();
        let p: serde_json::Value = serde_saphyr::from_str(patch).unwrap();
        crate::rules::pack_tests::merge(&mut v, &p);
        load_str(&serde_json::to_string(&v).unwrap(), "t.yaml")
            .unwrap_or_else(|e| panic!("{e:?}"))
            .case
    }

    fn region_of(postcode: &str) -> Option<Region> {
        court_language(&case(&format!(
            "{{debtor: {{address: {{postcode: '{postcode}'}}}}}}"
        )))
        .map(|l| l.region)
    }

    #[test]
    fn the_table_covers_1000_to_9999_without_gaps_or_overlaps() {
        let t = &*TABLE;
        assert!(t.source.contains("1935"));
        let mut next = 1000u16;
        for r in &t.ranges {
            assert_eq!(r.from, next, "gap or overlap before {}", r.from);
            assert!(r.to >= r.from);
            assert!(["P", "S", "K"].contains(&r.confidence.as_str()), "{r:?}");
            assert!(r.article.contains("1935"));
            next = r.to + 1;
        }
        assert_eq!(next, 10_000);
        for f in &t.facilities {
            assert!(["fr", "nl", "de"].contains(&f.other.as_str()), "{f:?}");
        }
    }

    #[test]
    fn the_seat_gives_the_language_region() {
        use Region::*;
        for (postcode, region) in [
            ("1000", Brussels),
            ("1050", Brussels),
            ("1299", Brussels),
            ("1300", Fr),
            ("1410", Fr),
            ("1500", Nl),
            ("1930", Nl),
            ("2000", Nl),
            ("3000", Nl),
            ("3500", Nl),
            ("4000", Fr),
            ("4500", Fr),
            ("4699", Fr),
            ("4700", De), // Eupen
            ("4720", De), // Kelmis
            ("4780", De), // Sankt Vith
            ("4791", De), // Thommen (Burg-Reuland)
            ("4800", Fr), // Verviers
            ("4960", Fr), // Malmedy
            ("5000", Fr),
            ("6000", Fr),
            ("6700", Fr),
            ("7000", Fr),
            ("8000", Nl),
            ("9000", Nl),
            ("B-9000", Nl),
        ] {
            assert_eq!(region_of(postcode), Some(region), "{postcode}");
        }
        for bad in ["0999", "10000", "12a4", ""] {
            assert_eq!(region_of(bad), None, "{bad}");
        }
        assert_eq!(Region::De.required(), None);
        assert_eq!(Region::Brussels.required(), None);
        assert_eq!(Region::Nl.required(), Some(Language::Nl));
    }

    #[test]
    fn the_court_address_wins_over_the_debtor_and_a_debtor_abroad_gives_nothing() {
        // Debtor in Namur, court given in Ghent: Dutch, from the court.
        let c = case(
            "{debtor: {address: {postcode: '5000', city: Namur}}, injunction: {court: {name: Ondernemingsrechtbank Gent, address: {lines: ['Opgeëistenlaan 401'], postcode: '9000', city: Gent}}}}",
        );
        let l = court_language(&c).unwrap();
        assert_eq!((l.region, l.seat_from), (Region::Nl, SeatFrom::Court));
        // A court named without an address: the debtor's postcode.
        let c = case(
            "{debtor: {address: {postcode: '5000', city: Namur}}, injunction: {court: {name: Tribunal de l'entreprise de Liège}}}",
        );
        let l = court_language(&c).unwrap();
        assert_eq!((l.region, l.seat_from), (Region::Fr, SeatFrom::Debtor));
        assert!(l.area_fr.contains("Namur"));
        let c = case("{debtor: {address: {postcode: '75001', city: Paris, country: FR}}}");
        assert!(court_language(&c).is_none());
        // A facility municipality is named.
        let c = case("{debtor: {address: {postcode: '1950', city: Kraainem}}}");
        let l = court_language(&c).unwrap();
        assert_eq!(l.region, Region::Nl);
        assert_eq!(l.facility.unwrap().1, "fr");
    }
}
