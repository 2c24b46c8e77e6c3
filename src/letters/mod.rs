//! What each document says: from a checked case and its computation to the [`view::View`] a
//! template lays out. One module per jurisdiction's wording; the layout is shared.

pub mod address;
pub mod be;
pub mod be_facts;
pub mod fit;
pub mod format;
pub mod fr;
pub mod injunction;
pub mod locale;
pub mod mentions;
pub mod plan;
pub mod qc;
pub mod reply_form;
pub mod skeleton;
pub mod view;

use chrono::NaiveDate;

use crate::case::Case;
use crate::case::model::Jurisdiction;
use crate::compute::calendar::{Calendar, deadline_days};
use crate::compute::claim::{Computation, Note};
use crate::diag::{Diagnostic, Severity};
use crate::rules::context::DocKind;
use locale::Locale;

#[derive(Clone, Copy)]
pub struct DocInput<'a> {
    pub case: &'a Case,
    pub computation: &'a Computation,
    pub doc: DocKind,
    /// Render as a draft: watermark and the findings on a last page.
    pub draft: bool,
    pub findings: &'a [Diagnostic],
}

/// The view of the document `input.doc`. A payment plan that cannot be computed falls back to
/// the letter (only `creance view` reaches this; `render` and `batch` use [`try_build`]).
pub fn build(input: &DocInput) -> view::View {
    try_build(input).unwrap_or_else(|_| fit::fitted(build_letter(input)))
}

/// The view of `input.doc`, or why this document cannot be written for this case.
pub fn try_build(input: &DocInput) -> Result<view::View, String> {
    build_unfitted(input).map(fit::fitted)
}

/// The view of `input.doc` before its tables are measured.
fn build_unfitted(input: &DocInput) -> Result<view::View, String> {
    match input.doc {
        DocKind::Reminder | DocKind::FormalNotice => Ok(build_letter(input)),
        DocKind::PaymentPlan => plan::build(input).ok_or_else(|| {
            match crate::compute::plan::schedule(input.case, input.computation) {
                Err(e) => format!("the payment plan cannot be computed: {e}"),
                Ok(_) => "the payment plan cannot be written".to_string(),
            }
        }),
        DocKind::Injunction => injunction::build(input),
    }
}

/// The reminder or formal notice in the jurisdiction's wording.
pub fn build_letter(input: &DocInput) -> view::View {
    match input.case.jurisdiction {
        Jurisdiction::Fr => fr::build(input),
        Jurisdiction::Qc => qc::build(input),
        Jurisdiction::Be => be::build(input),
    }
}

/// Whether letters exist for this jurisdiction in this version.
pub fn available(j: Jurisdiction) -> bool {
    matches!(j, Jurisdiction::Fr | Jurisdiction::Qc | Jurisdiction::Be)
}

/// Who signs: the representative's signatory for it, else the creditor's, else the creditor.
pub fn signature_of(case: &Case) -> view::Signature {
    let signer = case
        .representative
        .as_ref()
        .and_then(|r| r.signatory.clone().map(|s| (s, r.name.trim().to_string())))
        .or_else(|| {
            case.creditor
                .signatory
                .clone()
                .map(|s| (s, fr::party_name(&case.creditor)))
        });
    match signer {
        Some((s, on_behalf)) => view::Signature {
            name: s.name,
            capacity: format!("{}, {on_behalf}", s.capacity),
        },
        None => view::Signature {
            name: fr::party_name(&case.creditor),
            capacity: String::new(),
        },
    }
}

/// The findings page of a draft, in the letter's language.
pub fn findings_view(findings: &[Diagnostic], loc: Locale) -> Vec<view::Finding> {
    let (error, warning, line) = match loc {
        Locale::EnCa => ("error", "warning", "line"),
        Locale::NlBe => ("fout", "waarschuwing", "regel"),
        _ => ("erreur", "avertissement", "ligne"),
    };
    findings
        .iter()
        .map(|d| view::Finding {
            severity: match d.severity {
                Severity::Error => error,
                Severity::Warning => warning,
                Severity::Info => "info",
            }
            .to_string(),
            code: d.code.clone(),
            message: d.message.clone(),
            location: match (&d.field, d.line) {
                (Some(f), Some(l)) => format!("{f} ({line} {l})"),
                (Some(f), None) => f.clone(),
                _ => String::new(),
            },
            help: d.help.clone().unwrap_or_default(),
        })
        .collect()
}

/// The reference lines of a letter: ours (the case reference) and, when the contract has one,
/// theirs — with the labels of the letter's language.
pub fn reference_lines(case: &Case, ours: &str, theirs: &str) -> Vec<[String; 2]> {
    let mut lines = vec![[ours.to_string(), case.reference.clone()]];
    if let Some(k) = case.contract.as_ref().and_then(|k| k.reference.clone()) {
        lines.push([theirs.to_string(), k]);
    }
    lines
}

/// The last day to pay a letter dated `date` giving `days` days, counted like a procedural
/// delay in `calendar` (France: art. 641–642 CPC; Québec: art. 83 C.p.c.; Belgium: art. 52–53
/// C. jud.): the day of the letter is not counted; a last day on a Saturday, Sunday or public
/// holiday moves to the next working day. Applying the procedural rule to a contractual delay
/// is the conservative reading: it never shortens the debtor's time (calendars.md).
pub fn payment_deadline(calendar: &Calendar, date: NaiveDate, days: u32) -> NaiveDate {
    deadline_days(calendar, date, days)
        .map(|d| d.effective)
        .unwrap_or(date)
}

/// The collection agency that writes the letters for the creditor, if one does.
pub fn agency(case: &Case) -> Option<&crate::case::model::Representative> {
    case.representative
        .as_ref()
        .filter(|r| r.kind == crate::case::model::RepresentativeKind::Agency)
}

/// Whether a collection agency writes the letters (R124-4 CPCE mentions apply).
pub fn by_agency(case: &Case) -> bool {
    agency(case).is_some()
}

/// The invoices a letter lists: those with something left to pay. An invoice paid in full is
/// no longer claimed, and a table titled "unpaid invoices" must not show it; the totals of the
/// table are those of the rows shown (the payments on paid invoices are in `amounts`).
pub fn unpaid_invoices(c: &Computation) -> Vec<&crate::compute::claim::InvoiceBalance> {
    c.invoices
        .iter()
        .filter(|i| i.outstanding > rust_decimal::Decimal::ZERO)
        .collect()
}

/// The words of an invoice table in one language: title (one invoice, several), the six
/// column headings, the total row's label.
pub struct InvoiceTableWords<'a> {
    pub one: &'a str,
    pub many: &'a str,
    pub columns: [&'a str; 6],
    pub total: &'a str,
}

/// The table of the invoices a letter claims ([`unpaid_invoices`]): number, dates, amount, paid,
/// balance, formatted for `loc`, with the totals of the rows shown.
pub fn invoice_table(c: &Computation, loc: Locale, w: &InvoiceTableWords) -> view::Table {
    let shown = unpaid_invoices(c);
    let rows = shown
        .iter()
        .map(|i| {
            vec![
                i.number.clone(),
                loc.short_date(i.issue_date),
                loc.short_date(i.due_date),
                loc.money(i.amount),
                loc.money(i.paid),
                loc.money(i.outstanding),
            ]
        })
        .collect();
    view::Table {
        title: if shown.len() > 1 { w.many } else { w.one }.to_string(),
        columns: w.columns.map(String::from).to_vec(),
        align: vec!["left", "left", "left", "right", "right", "right"],
        rows,
        total: Some(vec![
            w.total.to_string(),
            String::new(),
            String::new(),
            loc.money(shown.iter().map(|i| i.amount).sum()),
            loc.money(shown.iter().map(|i| i.paid).sum()),
            loc.money(shown.iter().map(|i| i.outstanding).sum()),
        ]),
        fit: None,
    }
}

/// The annex's statement of each convention the computation followed, in one language.
pub struct NoteWords<'a> {
    /// Which invoice a payment pays ([`Note::PaymentImputation`]).
    pub imputation: &'a str,
    /// How interest is counted ([`Note::SimpleInterest365`]).
    pub simple_interest: &'a str,
    /// How each line is rounded ([`Note::RoundingPerLine`]).
    pub rounding: &'a str,
}

/// The interest annex of a formal notice, one row per computed period: invoice, from, to,
/// days, base, rate, `nature` (the rate's source or kind, in the letter's words), amount; the
/// total; and under it the statement (`notes`) of each convention the computation followed.
pub fn interest_annex(
    c: &Computation,
    loc: Locale,
    title: String,
    columns: [&str; 8],
    nature: impl Fn(&crate::compute::interest::InterestLine) -> String,
    notes: &NoteWords,
) -> view::Annex {
    let rows = c
        .interest
        .iter()
        .map(|l| {
            vec![
                l.invoice.clone(),
                loc.short_date(l.from),
                loc.short_date(l.to),
                l.days.to_string(),
                loc.money(l.base),
                loc.percent(l.rate),
                nature(l),
                loc.money(l.amount),
            ]
        })
        .collect();
    let mut total = vec![String::new(); 8];
    total[0] = columns_total_label(loc).to_string();
    total[7] = loc.money(c.totals.interest);
    view::Annex {
        table: view::Table {
            title,
            columns: columns.map(String::from).to_vec(),
            align: vec![
                "left", "left", "left", "right", "right", "right", "left", "right",
            ],
            rows,
            total: Some(total),
            fit: None,
        },
        notes: c
            .notes
            .iter()
            .map(|n| {
                loc.text(match n {
                    Note::PaymentImputation => notes.imputation,
                    Note::SimpleInterest365 => notes.simple_interest,
                    Note::RoundingPerLine => notes.rounding,
                })
            })
            .collect(),
    }
}

fn columns_total_label(loc: Locale) -> &'static str {
    loc.w("Total", "Totaal", "Total")
}
