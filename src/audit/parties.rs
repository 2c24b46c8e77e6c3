//! Who writes the letter and who owes: they decide which mentions apply (an agency's
//! mentions, a consumer's protections). `--sender` and `--debtor` say it; without them the
//! audit reads it from the letter's words (`senders` and `debtors` of audit.yaml) and says what
//! it assumed and why, as an `info[AUD-PARTIES]` finding, so the user can correct it.

use regex::Regex;

use super::text::Searchable;

/// Who sends the letter (`--sender`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Sender {
    /// The creditor itself.
    Creditor,
    /// A debt-collection agency (recouvreur, incassobureau, collection agency).
    Agency,
    /// A lawyer (avocat, advocaat).
    Lawyer,
    /// A bailiff (commissaire de justice, huissier, gerechtsdeurwaarder).
    Bailiff,
}

impl Sender {
    pub fn code(self) -> &'static str {
        match self {
            Sender::Creditor => "creditor",
            Sender::Agency => "agency",
            Sender::Lawyer => "lawyer",
            Sender::Bailiff => "bailiff",
        }
    }

    fn from_code(s: &str) -> Option<Sender> {
        match s {
            "creditor" => Some(Sender::Creditor),
            "agency" => Some(Sender::Agency),
            "lawyer" => Some(Sender::Lawyer),
            "bailiff" => Some(Sender::Bailiff),
            _ => None,
        }
    }
}

/// Who owes (`--debtor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Debtor {
    /// A natural person not acting for a business.
    Consumer,
    /// A business.
    Professional,
}

impl Debtor {
    pub fn code(self) -> &'static str {
        match self {
            Debtor::Consumer => "consumer",
            Debtor::Professional => "professional",
        }
    }
}

/// How a party was decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// From the command line (or implied by `--doc first-reminder`).
    Given,
    /// From these words of the letter, at that folded offset.
    Words(String, usize),
    /// Nothing said it.
    Default,
}

/// The first group (in the data's order) one of whose patterns matches, with the match.
fn first_match<'a>(
    text: &Searchable,
    groups: &'a [(String, Vec<Regex>)],
) -> Option<(&'a str, String, usize)> {
    groups.iter().find_map(|(who, res)| {
        res.iter()
            .filter_map(|re| re.find(&text.folded))
            .min_by_key(|m| m.start())
            .map(|m| (who.as_str(), text.original(m.start(), m.end()), m.start()))
    })
}

/// The sender: given, else the first collector named by the letter, else the creditor.
pub fn sender(
    given: Option<Sender>,
    text: &Searchable,
    groups: &[(String, Vec<Regex>)],
) -> (Sender, Basis) {
    if let Some(s) = given {
        return (s, Basis::Given);
    }
    match first_match(text, groups).and_then(|(who, w, at)| Some((Sender::from_code(who)?, w, at)))
    {
        Some((s, words, at)) => (s, Basis::Words(words, at)),
        None => (Sender::Creditor, Basis::Default),
    }
}

/// The debtor: given, else read from the letter, else unknown.
pub fn debtor(
    given: Option<Debtor>,
    text: &Searchable,
    groups: &[(String, Vec<Regex>)],
) -> (Option<Debtor>, Basis) {
    if let Some(d) = given {
        return (Some(d), Basis::Given);
    }
    let found = first_match(text, groups).and_then(|(who, w, at)| {
        let d = match who {
            "consumer" => Debtor::Consumer,
            "professional" => Debtor::Professional,
            _ => return None,
        };
        Some((d, w, at))
    });
    match found {
        Some((d, words, at)) => (Some(d), Basis::Words(words, at)),
        None => (None, Basis::Default),
    }
}
