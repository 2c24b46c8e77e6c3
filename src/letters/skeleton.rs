//! The frame every reminder and formal notice shares, whatever its jurisdiction: the sender and
//! recipient blocks, the place and date, the delivery line, the references, the salutation and
//! the closing, the invoice table, the signature, the draft's findings and the page labels.
//!
//! France, Belgium and Québec only differ there by their words and their address conventions,
//! so each jurisdiction's module states them once per language in a [`Phrasebook`] and writes
//! its own text (the body, the amounts, the annex) as a [`Letter`]; [`view`] puts the two
//! together. A change to the frame is then made once and reaches the three countries alike.

use rust_decimal::Decimal;

use super::address::recipient_block;
use super::locale::Locale;
use super::view::*;
use super::{DocInput, InvoiceTableWords, findings_view, invoice_table, signature_of};
use crate::case::Case;
use crate::case::model::{Address, Channel, Party, PartyKind};
use crate::compute::claim::Computation;
use crate::rules::context::DocKind;

/// The words and conventions of a letter's frame in one jurisdiction and language.
pub struct Phrasebook {
    /// Whose law the letter applies: `fr`, `be`, `qc`.
    pub jurisdiction: &'static str,
    /// The letter's language and typography.
    pub loc: Locale,
    pub layout: Layout,
    /// The labels of our and their reference lines ("Nos réf.", "Vos réf.").
    pub our_reference: &'static str,
    pub your_reference: &'static str,
    /// Before the person a letter is addressed to in a firm ("À l'attention de").
    pub attention: &'static str,
    /// Before a phone number ("Tél.").
    pub phone: &'static str,
    pub channels: ChannelWords,
    /// Between the delivery line and its tracking number (" n°\u{a0}", " — ").
    pub tracking: &'static str,
    /// The titles that make the recipient a man or a woman (a consumer's name, else the
    /// person a firm's letter is for): the jurisdiction's languages, whatever the letter's.
    pub sir_titles: &'static [&'static str],
    pub madam_titles: &'static [&'static str],
    pub greetings: Greetings,
    pub closing: Closing,
    pub invoices: InvoiceTableWords<'static>,
    pub summary: SummaryWords,
    pub labels: LabelWords,
    /// The country's address lines (street, postcode and city, country abroad).
    pub postal_lines: fn(&Address, Locale) -> Vec<String>,
}

/// The delivery line of each channel; an ordinary letter has none.
pub struct ChannelWords {
    pub registered: &'static str,
    pub registered_email: &'static str,
    pub bailiff: &'static str,
    pub email: &'static str,
    pub hand: &'static str,
}

/// The table of the amount a formal notice claims: its title, its first row (the principal)
/// and its total row.
pub struct SummaryWords {
    pub title: &'static str,
    pub principal: &'static str,
    pub total: &'static str,
}

/// The salutation for a man, a woman, or either.
pub struct Greetings {
    pub sir: &'static str,
    pub madam: &'static str,
    pub either: &'static str,
}

/// How a letter takes leave.
pub enum Closing {
    /// The French formula that repeats the salutation: "{lead}, Madame, l'expression de nos
    /// salutations distinguées."
    Formula(&'static str),
    /// Set words, by document: a formal notice's and a reminder's.
    Words {
        notice: &'static str,
        reminder: &'static str,
    },
}

/// The words the template prints on the pages (labels) and a draft's watermark.
pub struct LabelWords {
    pub subject: &'static str,
    pub page: &'static str,
    pub findings_title: &'static str,
    pub draft_notice: &'static str,
    pub watermark: &'static str,
}

/// The language of a letter from a bilingual jurisdiction, Belgium (French or Dutch) or Québec
/// (French or English), and its frame. Each sentence is written in both languages side by
/// side (`x.w(fr, other)`), so that a change to one is seen next to the other.
#[derive(Clone, Copy)]
pub struct Words {
    pub loc: Locale,
    pub book: &'static Phrasebook,
    other: bool,
}

impl Words {
    /// The case's language: `other`'s when it is that phrasebook's, else `french`'s.
    pub fn of(case: &Case, french: &'static Phrasebook, other: &'static Phrasebook) -> Words {
        let loc = Locale::of(case);
        let is_other = loc == other.loc;
        Words {
            loc,
            book: if is_other { other } else { french },
            other: is_other,
        }
    }

    /// The French wording, or the other language's.
    pub fn w<'a>(self, fr: &'a str, other: &'a str) -> &'a str {
        if self.other { other } else { fr }
    }

    /// Whether the letter is in the jurisdiction's other language.
    pub fn other(self) -> bool {
        self.other
    }
}

/// What a letter says in its jurisdiction's own words: all the frame does not write.
pub struct Letter {
    /// The document's name ("Mise en demeure"), in the PDF's title.
    pub title: &'static str,
    pub sender: Block,
    /// How the letter is sent (its delivery line).
    pub channel: Channel,
    pub banners: Vec<String>,
    pub subject: String,
    pub body: Vec<Paragraph>,
    /// A formal notice's amount claimed: the rows between the principal and the total
    /// (interest, indemnities, fees). A reminder claims the principal alone, without a table.
    pub charges: Option<Vec<[String; 2]>>,
    pub payment: Option<PaymentBlock>,
    pub after_summary: Vec<Paragraph>,
    pub annex: Option<Annex>,
}

/// The view of a reminder or formal notice: `letter` in the frame `book` words.
pub fn view(input: &DocInput, book: &Phrasebook, letter: Letter) -> View {
    let case = input.case;
    let loc = book.loc;
    let formal = input.doc == DocKind::FormalNotice;
    let salutation = salutation(&case.debtor, book);
    // The tracking number is the formal notice's (the case's `notice` block): a reminder does
    // not print it.
    let tracking = case
        .notice
        .as_ref()
        .and_then(|n| n.tracking.clone())
        .filter(|_| formal);
    View {
        doc: input.doc.slug(),
        jurisdiction: book.jurisdiction,
        lang: loc.tag(),
        layout: book.layout,
        draft: input.draft,
        watermark: input.draft.then(|| book.labels.watermark.to_string()),
        document_title: format!("{} — {}", letter.title, case.reference),
        author: super::fr::party_name(&case.creditor),
        reference: case.reference.clone(),
        sender: letter.sender,
        recipient: recipient_block(
            &case.debtor,
            book.attention,
            (book.postal_lines)(&case.debtor.address, loc),
        ),
        place_date: loc.place_date(&case.place, case.date),
        channel: channel_line(letter.channel, tracking, book),
        banners: letter.banners,
        references: super::reference_lines(case, book.our_reference, book.your_reference),
        subject: letter.subject,
        closing: closing(&book.closing, &salutation, formal),
        salutation,
        body: letter.body,
        invoices: Some(invoice_table(input.computation, loc, &book.invoices)),
        summary: letter.charges.map(|rows| summary(input, book, rows)),
        payment: letter.payment,
        after_summary: letter.after_summary,
        signature: signature_of(case),
        signatures: Vec::new(),
        reply_form: None,
        annex: letter.annex,
        findings: findings_view(input.findings, loc),
        labels: Labels {
            subject: book.labels.subject.into(),
            page: book.labels.page.into(),
            findings_title: book.labels.findings_title.into(),
            draft_notice: book.labels.draft_notice.into(),
        },
    }
}

/// The sum a letter asks for: a formal notice the total (interest and fees included), a
/// reminder the principal alone.
pub fn claimed(c: &Computation, formal: bool) -> Decimal {
    if formal {
        c.totals.total
    } else {
        c.totals.principal
    }
}

/// The amount claimed: the principal, `charges`, the total.
fn summary(input: &DocInput, book: &Phrasebook, charges: Vec<[String; 2]>) -> Summary {
    let (w, loc, totals) = (&book.summary, book.loc, &input.computation.totals);
    let mut rows = vec![[w.principal.to_string(), loc.money(totals.principal)]];
    rows.extend(charges);
    Summary {
        title: w.title.into(),
        rows,
        total: [w.total.into(), loc.money(totals.total)],
    }
}

/// The delay the letter gives and how it is sent: the case's notice or reminder block, else
/// the jurisdiction's default delay (`notice_days`, `reminder_days`) and a registered letter
/// for a formal notice (the proof of its sending), an ordinary one for a reminder.
pub fn delay_and_channel(
    case: &Case,
    formal: bool,
    notice_days: u32,
    reminder_days: u32,
) -> (u32, Channel) {
    if formal {
        let n = case.notice.as_ref();
        (
            n.map(|n| n.deadline_days).unwrap_or(notice_days),
            n.and_then(|n| n.channel).unwrap_or(Channel::Registered),
        )
    } else {
        let r = case.reminder.as_ref();
        (
            r.and_then(|r| r.deadline_days).unwrap_or(reminder_days),
            r.and_then(|r| r.channel).unwrap_or(Channel::Letter),
        )
    }
}

/// "Madame," when a consumer's name or the firm's addressee starts with a woman's title,
/// "Monsieur," with a man's, else both.
fn salutation(debtor: &Party, book: &Phrasebook) -> String {
    let who = if debtor.kind == PartyKind::Consumer {
        debtor.name.trim_start()
    } else {
        debtor.attention.as_deref().unwrap_or("").trim_start()
    };
    let w = &book.greetings;
    if book.sir_titles.iter().any(|p| who.starts_with(p)) {
        w.sir
    } else if book.madam_titles.iter().any(|p| who.starts_with(p)) {
        w.madam
    } else {
        w.either
    }
    .to_string()
}

fn closing(c: &Closing, salutation: &str, formal: bool) -> String {
    match c {
        Closing::Formula(lead) => format!(
            "{lead}, {}, l'expression de nos salutations distinguées.",
            salutation.trim_end_matches(',')
        ),
        Closing::Words { notice, reminder } => if formal { notice } else { reminder }.to_string(),
    }
}

fn channel_line(channel: Channel, tracking: Option<String>, book: &Phrasebook) -> Option<String> {
    let w = &book.channels;
    let base = match channel {
        Channel::Registered => w.registered,
        Channel::RegisteredEmail => w.registered_email,
        Channel::Bailiff => w.bailiff,
        Channel::Email => w.email,
        Channel::Hand => w.hand,
        Channel::Letter => return None,
    };
    Some(match tracking {
        Some(t) => format!("{base}{}{t}", book.tracking),
        None => base.to_string(),
    })
}
