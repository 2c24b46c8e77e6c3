//! The case file, schema `creance/v1`: the single source of truth for the YAML format and its
//! JSON Schema (`creance schema`). Every struct refuses unknown fields, so a typo is an error
//! with the closest valid name suggested, never a silently ignored line.
//!
//! The model is shared by the three jurisdictions; what differs between them (which fields a
//! rule requires, which identifiers a company has) is decided by the rule packs in
//! `jurisdictions/`, not by separate types.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::compute::money::Amount;

/// A debt-collection case: who owes what to whom, what was already sent, and what to send next.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Format version; must be `creance/v1`.
    pub schema: String,
    /// Whose law applies: `fr` (France), `be` (Belgium), `qc` (Québec).
    pub jurisdiction: Jurisdiction,
    /// Language of the letters: the recipient's (`fr`; `nl` in Belgium; `en` in Québec).
    #[serde(default)]
    pub language: Option<Language>,
    /// The file reference, printed on every document and used in output file names.
    pub reference: String,
    /// Date of the documents (ISO `YYYY-MM-DD`); interest is computed up to this date unless
    /// `interest.until` says otherwise. Also the PDF timestamp, so output is reproducible.
    pub date: NaiveDate,
    /// Place where the documents are written ("Lyon").
    pub place: String,
    pub creditor: Party,
    pub debtor: Party,
    /// A lawyer, collection agency or bailiff acting for the creditor, if any.
    #[serde(default)]
    pub representative: Option<Representative>,
    /// The contract or order the debt comes from.
    #[serde(default)]
    pub contract: Option<Contract>,
    /// Unpaid (or partly paid) invoices; amounts include tax (TTC).
    pub invoices: Vec<Invoice>,
    /// Payments already received.
    #[serde(default)]
    pub payments: Vec<Payment>,
    /// How late-payment interest is computed.
    #[serde(default)]
    pub interest: Option<InterestTerms>,
    /// Other charges the creditor wants to claim (collection fees, file fees…). The rules decide
    /// whether the law allows them.
    #[serde(default)]
    pub fees: Vec<Fee>,
    /// Claim the flat indemnity for recovery costs on each late invoice where the law grants it
    /// (France B2B: 40 € per invoice, D441-5 C. com.). Default: yes.
    #[serde(default)]
    pub flat_indemnity: Option<bool>,
    /// Documents already sent, oldest first.
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    /// Settings of the formal notice to produce.
    #[serde(default)]
    pub notice: Option<NoticeTerms>,
    /// Settings of the reminder to produce.
    #[serde(default)]
    pub reminder: Option<ReminderTerms>,
    /// Belgium: the structured communication (OGM-VCS, `+++123/4567/89002+++`) the debtor must
    /// quote when paying. Validated when given; generated from the case reference otherwise.
    #[serde(default)]
    pub payment_reference: Option<String>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Jurisdiction {
    /// France.
    Fr,
    /// Belgium.
    Be,
    /// Québec.
    Qc,
}

impl Jurisdiction {
    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::Fr => "fr",
            Jurisdiction::Be => "be",
            Jurisdiction::Qc => "qc",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Fr,
    Nl,
    En,
}

/// Creditor or debtor.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// `professional` (acting for business purposes), `consumer` (a natural person acting
    /// outside any business), or `public_body`.
    pub kind: PartyKind,
    /// Full name or company name.
    pub name: String,
    /// Legal form of a company (SARL, SAS, SA, EURL, SCI…).
    #[serde(default)]
    pub legal_form: Option<String>,
    /// Share capital of a company, as printed in its letterhead ("10 000 €").
    #[serde(default)]
    pub capital: Option<String>,
    /// Company identifiers: SIREN/SIRET and RCS (France), BCE/KBO (Belgium), NEQ (Québec).
    #[serde(default)]
    pub registration: Option<Registration>,
    /// Person to whose attention the letter is addressed ("M. Paul Martin, président").
    #[serde(default)]
    pub attention: Option<String>,
    pub address: Address,
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Bank account for payment (creditor).
    #[serde(default)]
    pub bank: Option<BankAccount>,
    /// Who signs the creditor's letters.
    #[serde(default)]
    pub signatory: Option<Signatory>,
    /// The consumer's over-indebtedness file was declared admissible (France: surendettement
    /// recevable, L722-2 C. conso.): collection steps are suspended.
    #[serde(default)]
    pub over_indebtedness: bool,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    Professional,
    Consumer,
    PublicBody,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// French SIREN (9 digits) or SIRET (14 digits).
    #[serde(default)]
    pub siren: Option<String>,
    /// Town of the RCS registry ("Lyon" → "RCS Lyon").
    #[serde(default)]
    pub rcs: Option<String>,
    /// Belgian enterprise number (BCE/KBO).
    #[serde(default)]
    pub bce: Option<String>,
    /// Québec enterprise number (NEQ).
    #[serde(default)]
    pub neq: Option<String>,
    /// Intra-EU VAT number.
    #[serde(default)]
    pub vat: Option<String>,
    /// Collection-agency permit number (Québec: Office de la protection du consommateur,
    /// LRCC s. 33; Belgium: registration with the SPF Economie, art. XIX.6 CDE).
    #[serde(default)]
    pub permit: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// Street lines, without the postcode/city line.
    pub lines: Vec<String>,
    pub postcode: String,
    pub city: String,
    /// Province or territory code for a Canadian address (`QC`, `ON`…), printed on the last
    /// line the Canada Post way (`MONTRÉAL QC  H2X 1Y4`).
    #[serde(default)]
    pub province: Option<String>,
    /// ISO 3166 country code; omitted when it is the jurisdiction's own country.
    #[serde(default)]
    pub country: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BankAccount {
    pub iban: String,
    #[serde(default)]
    pub bic: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    /// Capacity in which the person signs ("Gérante", "Avocat au barreau de Lyon").
    pub capacity: String,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    /// `lawyer`, `agency` (amicable collection company) or `bailiff`.
    pub kind: RepresentativeKind,
    pub name: String,
    pub address: Address,
    #[serde(default)]
    pub registration: Option<Registration>,
    #[serde(default)]
    pub contact: Option<Contact>,
    #[serde(default)]
    pub signatory: Option<Signatory>,
    /// Account where the debtor pays (a collection agency's account dedicated to the funds it
    /// collects, R124-2 CPCE).
    #[serde(default)]
    pub bank: Option<BankAccount>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RepresentativeKind {
    Lawyer,
    Agency,
    Bailiff,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    /// Contract, order or quote reference.
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// What was sold or done ("fourniture de matériel de boulangerie").
    #[serde(default)]
    pub description: Option<String>,
    /// Agreed payment term.
    #[serde(default)]
    pub payment_terms: Option<PaymentTerms>,
    /// The contract says the debtor is in default by the mere expiry of the due date
    /// (art. 1344 C. civ.), so no notice is needed to start interest.
    #[serde(default)]
    pub default_by_due_date: bool,
    /// The contract is one of adhesion: standard terms the debtor could not negotiate
    /// (Québec: Charter of the French language art. 55 then requires French letters unless the
    /// debtor expressly chose another language).
    #[serde(default)]
    pub adhesion: bool,
    /// After receiving the French version, the debtor expressly asked to deal in the letters'
    /// language (Québec, Charter art. 55). Only relevant for a letter not in French.
    #[serde(default)]
    pub language_expressly_chosen: bool,
    /// The contract is for regular supplies (subscription, utilities: Belgium art. XIX.3 CDE
    /// allows a capped fee for reminders from the fourth late due date of a calendar year).
    #[serde(default)]
    pub regular_supply: bool,
    /// The contract's damages clause for late payment (clause indemnitaire / clause pénale): a
    /// percentage of the unpaid balance with an optional minimum, or a fixed amount. Belgium
    /// caps it for consumers (art. XIX.4 CDE).
    #[serde(default)]
    pub indemnity_clause: Option<IndemnityClause>,
}

/// A contractual damages clause ("10 % of the unpaid amount, at least 50 €").
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndemnityClause {
    /// Percentage of the unpaid balance ("10" = 10 %).
    #[serde(default)]
    pub percent: Option<Amount>,
    /// Minimum amount of a percentage clause.
    #[serde(default)]
    pub minimum: Option<Amount>,
    /// A fixed amount, instead of a percentage.
    #[serde(default)]
    pub fixed: Option<Amount>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentTerms {
    /// Number of days.
    pub days: u32,
    /// `net` (days after the invoice date) or `end_of_month` ("45 jours fin de mois").
    #[serde(default)]
    pub kind: TermKind,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    #[default]
    Net,
    EndOfMonth,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Invoice {
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    /// Amount including tax (TTC).
    pub amount: Amount,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    pub date: NaiveDate,
    pub amount: Amount,
    /// Invoice the payment was made for; without it, payments go to the oldest invoice first.
    #[serde(default)]
    pub invoice: Option<String>,
    #[serde(default)]
    pub reference: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterestTerms {
    /// `statutory` (France B2B: ECB + 10 points, L441-10), `legal` (taux de l'intérêt légal),
    /// `contractual` (the `rate` below), or `none`.
    pub kind: InterestKind,
    /// Annual rate in percent, for `contractual` ("15" = 15 %).
    #[serde(default)]
    pub rate: Option<Amount>,
    /// When interest starts: `due_date` (the day after each due date) or `notice` (the date the
    /// formal notice was received or sent; the document date if none was sent yet).
    #[serde(default)]
    pub from: Option<InterestStart>,
    /// Interest is computed up to this date; defaults to the document date.
    #[serde(default)]
    pub until: Option<NaiveDate>,
    /// An explicit start date for interest, overriding `from` (Québec: the date the debtor was
    /// in default, when the case knows it).
    #[serde(default)]
    pub from_date: Option<NaiveDate>,
    /// Québec: also claim the additional indemnity of art. 1619 C.c.Q. (s. 28 LAF rate minus
    /// the legal or agreed rate). Default: no (the court may grant it).
    #[serde(default)]
    pub additional_indemnity: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterestKind {
    Statutory,
    Legal,
    Contractual,
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterestStart {
    DueDate,
    Notice,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// What the charge is ("Frais de dossier", "Indemnité forfaitaire").
    pub label: String,
    pub amount: Amount,
    /// `flat_indemnity` (the €40 of D441-5), `collection` (collection costs), `other`.
    #[serde(default)]
    pub kind: FeeKind,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    FlatIndemnity,
    Collection,
    #[default]
    Other,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// `reminder`, `formal-notice`, `acknowledgment` (the debtor acknowledged the debt),
    /// `payment-plan` (a plan signed by the debtor), `court-claim`.
    pub kind: HistoryKind,
    pub date: NaiveDate,
    /// How it was sent: `letter`, `registered` (LRAR), `email`, `registered-email` (LRE),
    /// `bailiff`, `hand`.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Proof of sending or delivery (registered-letter number, bailiff's act).
    #[serde(default)]
    pub proof: Option<String>,
    /// Date the recipient received it (acknowledgment of receipt), if known.
    #[serde(default)]
    pub received: Option<NaiveDate>,
    /// For a formal notice: the days it gave to pay (Québec: the debtor is in default when
    /// they expire).
    #[serde(default)]
    pub deadline_days: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum HistoryKind {
    Reminder,
    FormalNotice,
    Acknowledgment,
    PaymentPlan,
    CourtClaim,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Letter,
    Registered,
    Email,
    RegisteredEmail,
    Bailiff,
    Hand,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeTerms {
    /// Days given to pay, counted from the date of the letter (practice: 8 or 15; prefer 15
    /// for a registered letter, which takes days to arrive).
    pub deadline_days: u32,
    /// How the notice will be sent (default `registered`).
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Registered-letter number, printed under the channel line.
    #[serde(default)]
    pub tracking: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReminderTerms {
    /// Days given to pay (default 8).
    #[serde(default)]
    pub deadline_days: Option<u32>,
    #[serde(default)]
    pub channel: Option<Channel>,
}
