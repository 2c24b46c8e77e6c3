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
    /// Terms of the payment plan to draft or that was agreed (échéancier / plan d'apurement /
    /// entente de paiement). Its presence makes `check` also check the `payment-plan`
    /// document. A plan the debtor already signed is recorded in `history` as `payment-plan`
    /// (an acknowledgment that interrupts prescription).
    #[serde(default)]
    pub plan: Option<PlanTerms>,
    /// What the court request needs beyond the rest of the case (injonction de payer, requête
    /// en injonction de payer / art. 1394/20 sommation, small-claims application). Its
    /// presence (even empty: `injunction: {}`) makes `check` also check the `injunction`
    /// document.
    #[serde(default)]
    pub injunction: Option<InjunctionTerms>,
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
    /// The debtor is in over-indebtedness proceedings: France, the consumer's surendettement
    /// file was declared admissible (L722-2 C. conso.); Belgium, the debtor was admitted to a
    /// règlement collectif de dettes (art. 1675/7 C. jud.). Collection steps, payment plans
    /// and court requests are then refused (the claim is declared in the proceedings instead).
    #[serde(default)]
    pub over_indebtedness: bool,
    /// Québec: the debtor's proceeding under the federal Bankruptcy and Insolvency Act, and
    /// since when. Bankruptcy (s. 69.3), a filed consumer proposal (s. 69.2) or a Division I
    /// proposal or notice of intention (ss. 69, 69.1) stays every creditor's remedy for a
    /// claim provable in it: reminders, formal notices, plans and court requests are then
    /// refused (QC-INS-001) and the claim is filed with the licensed insolvency trustee.
    ///
    /// A separate field rather than a richer `over_indebtedness`: that flag keeps its meaning
    /// and its YAML (`true`/`false`) for France and Belgium, and a Québec case that sets it
    /// without saying which proceeding is treated as insolvent too. Only for the debtor of a
    /// Québec case (refused elsewhere: France's and Belgium's collective proceedings are not
    /// modelled).
    ///
    /// ```yaml
    /// insolvency:
    ///   proceeding: consumer_proposal
    ///   since: 2026-01-15
    ///   trustee: Raymond Chabot inc., syndic autorisé en insolvabilité
    /// ```
    #[serde(default)]
    pub insolvency: Option<Insolvency>,
}

/// A Québec debtor's proceeding under the Bankruptcy and Insolvency Act (R.S.C. 1985,
/// c. B-3), federal law applying in Québec.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Insolvency {
    /// `bankruptcy`, `consumer_proposal` (Division II) or `proposal` (Division I, or a notice
    /// of intention to make one).
    pub proceeding: InsolvencyProceeding,
    /// The date of the bankruptcy or of the filing of the proposal (or notice of intention):
    /// the stay runs from it, and a claim is provable when the debtor was subject to it then.
    pub since: NaiveDate,
    /// The licensed insolvency trustee (syndic autorisé en insolvabilité) administering the
    /// file, to whom the proof of claim is sent.
    #[serde(default)]
    pub trustee: Option<String>,
    /// The estate or file number given by the Office of the Superintendent of Bankruptcy.
    #[serde(default)]
    pub estate_number: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InsolvencyProceeding {
    /// An assignment or a bankruptcy order (BIA s. 69.3 stay).
    Bankruptcy,
    /// A consumer proposal filed with an administrator (BIA s. 69.2 stay).
    ConsumerProposal,
    /// A Division I proposal or a notice of intention to make one (BIA ss. 69, 69.1 stay).
    Proposal,
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
    /// The debtor signed the contract, order form or accepted quote: a writing emanating from
    /// the debtor (Belgium, art. 1338 C. jud.: the summary injunction needs one; everywhere the
    /// best exhibit of a court request).
    #[serde(default)]
    pub signed_by_debtor: bool,
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
    /// Date the debtor received the invoice, if known. Belgium, between enterprises without an
    /// agreed payment term: the statutory term is 30 days from the day after receipt (loi du
    /// 2 août 2002, art. 4), so interest cannot start before it, whatever the invoice says.
    #[serde(default)]
    pub received: Option<NaiveDate>,
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
    /// `flat_indemnity` (the €40 of D441-5), `collection` (collection costs), `reminder` (the
    /// cost of a reminder letter), `other`.
    #[serde(default)]
    pub kind: FeeKind,
    /// The invoice the charge concerns, by its number. Required for a Belgian `reminder` fee:
    /// under a regular-supply contract the reminders for the first three unpaid due dates of a
    /// calendar year are free (art. XIX.3 CDE), so creance must know which due date it was.
    #[serde(default)]
    pub invoice: Option<String>,
    /// Postage included in `amount` (Belgium, art. XIX.3: a reminder may cost 7,50 € plus the
    /// postal charges in force when it was sent). Default 0.
    #[serde(default)]
    pub postage: Option<Amount>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    FlatIndemnity,
    Collection,
    Reminder,
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
    /// Who sent it: `creditor`, `agency`, `lawyer` or `bailiff`. Belgium: only a lawyer's or
    /// bailiff's registered formal notice interrupts prescription (art. 2244 §2 C. civ.);
    /// without this field creance assumes the case's representative sent it, and says so.
    #[serde(default)]
    pub sender: Option<Sender>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Sender {
    Creditor,
    Agency,
    Lawyer,
    Bailiff,
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

/// The terms of a payment plan: what is spread, in how many instalments, when, and what
/// happens on default. `creance` computes the schedule (`compute::plan`).
///
/// ```yaml
/// plan:
///   instalments: 6            # or instalment_amount: 500
///   frequency: monthly
///   first_due_date: 2026-04-10
///   down_payment: 1000        # paid on down_payment_date (default: the document date)
///   accrued: waived_if_kept   # interest and fees given up if every instalment is paid on time
///   interest_rate: 0          # no interest during the plan
///   acceleration_notice_days: 15
/// ```
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanTerms {
    /// Number of instalments after the down payment, of equal amount but for the cents left
    /// over (see `remainder`). Give this or `instalment_amount`, not both.
    #[serde(default)]
    pub instalments: Option<u32>,
    /// Amount of each instalment; their number follows, the odd one (smaller) being the last
    /// or the first per `remainder`. Give this or `instalments`, not both. With
    /// `interest_rate`, this is the capital part of each instalment (interest comes on top).
    #[serde(default)]
    pub instalment_amount: Option<Amount>,
    /// Time between two instalments: `monthly` (default), `weekly`, `fortnightly`,
    /// `quarterly`.
    #[serde(default)]
    pub frequency: Frequency,
    /// Due date of the first instalment; the others follow at `frequency`, counted from this
    /// date (31 January monthly: 28/29 February, 31 March, 30 April…).
    pub first_due_date: NaiveDate,
    /// An amount paid before the first instalment (on signature, or on `down_payment_date`).
    #[serde(default)]
    pub down_payment: Option<Amount>,
    /// When the down payment is due; default: the document date (signature).
    #[serde(default)]
    pub down_payment_date: Option<NaiveDate>,
    /// What the plan spreads and what becomes of the interest and fees accrued so far (the
    /// €40 flat indemnity included): `included` (default; the whole claim on the document
    /// date), `waived` (principal only; the creditor gives them up) or `waived_if_kept`
    /// (principal only; they are given up once every instalment was paid on time, and fall due
    /// with the balance on acceleration).
    #[serde(default)]
    pub accrued: AccruedTreatment,
    /// Annual rate in percent of interest during the plan ("3.5" = 3,5 % a year): simple
    /// interest on the declining balance, actual days / 365, paid with each instalment.
    /// Absent or 0: no interest during the plan.
    #[serde(default)]
    pub interest_rate: Option<Amount>,
    /// Where the cents left over by the equal division go: `last` (default) or `first`
    /// instalment. The schedule states it.
    #[serde(default)]
    pub remainder: RemainderOn,
    /// A due date falling on a Saturday, Sunday or public holiday of the jurisdiction's
    /// calendar: `next_working_day` (default; it never shortens the debtor's time) or `keep`.
    #[serde(default)]
    pub non_working_days: NonWorkingDays,
    /// Acceleration clause (déchéance du terme): after a missed instalment, the days a formal
    /// notice gives the debtor to cure it before the whole balance falls due. Default 15;
    /// `0` means acceleration without notice (warned against consumers).
    #[serde(default)]
    pub acceleration_notice_days: Option<u32>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Every 7 days.
    Weekly,
    /// Every 14 days.
    Fortnightly,
    /// The same day of each month (or the month's last day when it has no such day).
    #[default]
    Monthly,
    /// Every 3 months.
    Quarterly,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccruedTreatment {
    /// The plan spreads the whole claim: principal, interest and fees on the document date.
    #[default]
    Included,
    /// The plan spreads the principal; the creditor gives up accrued interest and fees.
    Waived,
    /// The plan spreads the principal; accrued interest and fees are given up once the plan
    /// is paid on time, and fall due with the balance if it is accelerated.
    WaivedIfKept,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RemainderOn {
    /// The first instalment carries the odd cents.
    First,
    /// The last instalment carries the odd cents.
    #[default]
    Last,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NonWorkingDays {
    /// Move the due date to the next working day of the jurisdiction's calendar.
    #[default]
    NextWorkingDay,
    /// Keep the due date as scheduled.
    Keep,
}

/// Court-request data the rest of the case does not give. Every field is optional:
/// `injunction: {}` asks for the draft with what creance can derive.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InjunctionTerms {
    /// The court, when known (name and address); otherwise the draft leaves its address block
    /// for completion and states which court is competent and why.
    #[serde(default)]
    pub court: Option<CourtAddress>,
    /// The legal cause of the claim: `contractual` (default) or `statutory`. France art. 1405
    /// CPC admits only these, for a determined amount.
    #[serde(default)]
    pub basis: ClaimBasis,
    /// France: both parties are merchants (commerçants, commercial companies) and the debt
    /// arises from their trade, so the president of the tribunal de commerce is competent.
    /// Default: both are professionals registered at the RCS.
    #[serde(default)]
    pub commercial: Option<bool>,
    /// France: `consumer_credit` or `residential_lease` (juge des contentieux de la
    /// protection), `other` (default).
    #[serde(default)]
    pub matter: Matter,
    /// Belgium: `summary` (requête en injonction de payer, arts 1338–1344 C. jud.; default) or
    /// `uncontested` (uncontested B2B money debt through a huissier, art. 1394/20 C. jud.).
    #[serde(default)]
    pub route: Option<BelgianRoute>,
    /// Québec: persons bound to the creditor by an employment contract at any time during the
    /// 12 months before filing (a legal person may sue in small claims only with at most 10,
    /// art. 536 C.p.c.). Not needed for a creditor who is a natural person.
    #[serde(default)]
    pub creditor_employees: Option<u32>,
    /// Exhibits the case does not otherwise list (delivery notes, e-mails, statements),
    /// numbered after the contract, invoices and letters.
    #[serde(default)]
    pub exhibits: Vec<ExtraExhibit>,
    /// Belgium, art. 1394/20 route: the day the huissier serves (or served) the sommation.
    /// The reply form's deadline is one month later (art. 1394/22 C. jud.). Default: the
    /// document date.
    #[serde(default)]
    pub sommation_date: Option<NaiveDate>,
    /// Belgium, art. 1394/20 route: the huissier de justice who serves the sommation and to
    /// whom the debtor returns the reply form. Default: the case's `representative` when it is
    /// a bailiff; otherwise the form leaves the address for completion.
    #[serde(default)]
    pub bailiff: Option<BailiffAddress>,
}

/// A huissier de justice (gerechtsdeurwaarder), as the reply form prints the return address.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BailiffAddress {
    /// "Étude Dumont & Lejeune, huissiers de justice".
    pub name: String,
    pub address: Address,
    #[serde(default)]
    pub contact: Option<Contact>,
}

/// A court's name and address, as the request is addressed.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CourtAddress {
    /// "Tribunal de commerce de Grenoble", "Justice de paix du canton de Namur".
    pub name: String,
    #[serde(default)]
    pub address: Option<Address>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClaimBasis {
    /// A contract fixes the debt (invoices under an order, a quote, general terms).
    #[default]
    Contractual,
    /// A statute fixes the debt.
    Statutory,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Matter {
    /// Consumer credit (France: juge des contentieux de la protection).
    ConsumerCredit,
    /// Residential lease (France: juge des contentieux de la protection).
    ResidentialLease,
    /// Any other matter.
    #[default]
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BelgianRoute {
    /// Requête en injonction de payer (arts 1338–1344 C. jud.).
    Summary,
    /// Recovery of an uncontested B2B money debt (arts 1394/20–1394/27 C. jud.).
    Uncontested,
}

/// A supporting document not otherwise in the case.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraExhibit {
    /// As printed in the list of exhibits ("Bon de livraison n° 4471 signé").
    pub label: String,
    #[serde(default)]
    pub date: Option<NaiveDate>,
}
