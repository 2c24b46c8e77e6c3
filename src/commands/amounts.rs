//! `creance amounts CASE`: the computation, line by line, as the letter's annex shows it.

use std::io::{self, Write};

use super::{Exit, analyze, io_exit, load_error_findings, print_findings, stdout};
use crate::case::model::{InterestKind, Jurisdiction};
use crate::cli::{AmountsArgs, Format};
use crate::compute::claim::{Computation, Note};
use crate::compute::rates::LegalRateCategory;
use crate::letters::format::short_date;

pub fn run(args: &AmountsArgs) -> Exit {
    let mut out = stdout(args.output.color);
    let analysis = match analyze(&args.case, &[]) {
        Ok(a) => a,
        Err(e) => {
            let (findings, source, exit) = load_error_findings(e);
            return match print_findings(&mut out, &args.output, &findings, source.as_deref()) {
                Ok(()) => exit,
                Err(e) => io_exit(e),
            };
        }
    };
    let result = match args.output.format {
        Format::Json | Format::Sarif => {
            serde_json::to_writer_pretty(&mut out, &analysis.computation)
                .map_err(io::Error::other)
                .and_then(|()| writeln!(out))
        }
        Format::Human => write_human(&mut out, &analysis.computation),
    };
    match result {
        Ok(()) => Exit::Ok,
        Err(e) => io_exit(e),
    }
}

fn money(d: rust_decimal::Decimal, currency: &str) -> String {
    // Plain ASCII grouping in the terminal: columns stay aligned in every font.
    let s = format!("{:.2}", crate::compute::money::round_cents(d));
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let neg = int.starts_with('-');
    let g = crate::compute::money::group_thousands(int.trim_start_matches('-'), ' ');
    let sign = if currency == "CAD" { "$" } else { "€" };
    format!("{}{g},{frac} {sign}", if neg { "-" } else { "" })
}

pub fn write_human(out: &mut dyn Write, c: &Computation) -> io::Result<()> {
    let eur = |d| money(d, c.currency);
    writeln!(out, "Computation as of {}", short_date(c.as_of))?;
    writeln!(out)?;
    writeln!(out, "Invoices")?;
    writeln!(
        out,
        "  {:<14} {:>10} {:>10} {:>14} {:>14} {:>14}",
        "number", "issued", "due", "amount", "paid", "outstanding"
    )?;
    for i in &c.invoices {
        writeln!(
            out,
            "  {:<14} {:>10} {:>10} {:>14} {:>14} {:>14}",
            i.number,
            short_date(i.issue_date),
            short_date(i.due_date),
            eur(i.amount),
            eur(i.paid),
            eur(i.outstanding)
        )?;
    }
    if !c.payments.is_empty() {
        writeln!(out)?;
        writeln!(out, "Payments applied")?;
        for p in &c.payments {
            let to = match (&p.invoice, p.designated) {
                (Some(n), true) => format!("to {n} (designated)"),
                (Some(n), false) => format!("to {n} (oldest due first)"),
                (None, _) => "not applied: exceeds the invoices".to_string(),
            };
            writeln!(out, "  {} {:>14}  {to}", short_date(p.date), eur(p.amount))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "Interest: {}", interest_label(c))?;
    if let Some(s) = c.interest_start {
        let from = if c.jurisdiction == Jurisdiction::Qc {
            "runs from default (the day after the delay of the formal notice)"
        } else {
            "runs from the formal notice"
        };
        writeln!(out, "  {from}: {}", short_date(s))?;
    }
    if !c.interest.is_empty() {
        writeln!(
            out,
            "  {:<14} {:>10} {:>10} {:>5} {:>14} {:>8} {:>10}  source",
            "invoice", "from", "to", "days", "base", "rate", "amount"
        )?;
        for l in &c.interest {
            writeln!(
                out,
                "  {:<14} {:>10} {:>10} {:>5} {:>14} {:>7}% {:>10}  {}",
                l.invoice,
                short_date(l.from),
                short_date(l.to),
                l.days,
                eur(l.base),
                l.rate,
                eur(l.amount),
                l.rate_label
            )?;
        }
    }
    let mut sources: Vec<&str> = c.interest.iter().map(|l| l.rate_source.as_str()).collect();
    sources.sort();
    sources.dedup();
    if !sources.is_empty() {
        writeln!(out, "  rate sources:")?;
        for s in sources {
            writeln!(out, "  - {s}")?;
        }
    }
    for m in &c.missing_rates {
        writeln!(out, "  ! {m}")?;
    }
    if !c.fees.is_empty() {
        writeln!(out)?;
        writeln!(out, "Fees")?;
        for f in &c.fees {
            let basis = f
                .basis
                .as_deref()
                .map(|b| format!("  ({b})"))
                .unwrap_or_default();
            writeln!(out, "  {:<70} {:>12}{basis}", f.label, eur(f.amount))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "Totals")?;
    writeln!(out, "  {:<20} {:>14}", "principal", eur(c.totals.principal))?;
    writeln!(out, "  {:<20} {:>14}", "interest", eur(c.totals.interest))?;
    writeln!(out, "  {:<20} {:>14}", "fees", eur(c.totals.fees))?;
    writeln!(out, "  {:<20} {:>14}", "total", eur(c.totals.total))?;
    if !c.notes.is_empty() {
        writeln!(out)?;
        for n in &c.notes {
            writeln!(out, "Note: {}", note(*n))?;
        }
    }
    Ok(())
}

fn interest_label(c: &Computation) -> String {
    let b2b = if c.b2b {
        "between professionals"
    } else {
        "not between professionals"
    };
    if c.jurisdiction == Jurisdiction::Qc {
        let base = match c.interest_kind {
            InterestKind::Legal => "legal rate (art. 1617 C.c.Q.; Interest Act s. 3)",
            InterestKind::Contractual => "agreed rate (art. 1617 C.c.Q.)",
            InterestKind::Statutory => "none: Québec has no statutory late-payment penalty",
            InterestKind::None => "none claimed",
        };
        let indemnity = c
            .interest
            .iter()
            .any(|l| l.rate_label.starts_with("Indemnité additionnelle"));
        return if indemnity {
            format!("{base}, plus the additional indemnity (art. 1619 C.c.Q.)")
        } else {
            base.to_string()
        };
    }
    match (c.interest_kind, c.legal_category) {
        (InterestKind::Statutory, _) => {
            "statutory late-payment penalties, ECB rate + 10 points (L441-10 II C. com.)".into()
        }
        (InterestKind::Contractual, _) => format!("contractual rate ({b2b})"),
        (InterestKind::Legal, Some(LegalRateCategory::Individual)) => {
            "legal rate, creditor a private individual (art. 1231-6 C. civ.; L313-2 CMF)".into()
        }
        (InterestKind::Legal, _) => {
            "legal rate, \"other cases\" column (art. 1231-6 C. civ.; L313-2 CMF)".into()
        }
        (InterestKind::None, _) => "none claimed".into(),
    }
}

fn note(n: Note) -> &'static str {
    match n {
        Note::PaymentImputation => {
            "payments go to the invoice they name, else to the oldest due invoice"
        }
        Note::SimpleInterest365 => {
            "simple interest: amount × rate × days / 36 500 (365 even in leap years), first and last day included, periods cut at every rate change and every payment"
        }
        Note::RoundingPerLine => {
            "each line is rounded once to the cent, half away from zero; totals are sums of rounded lines"
        }
    }
}
