//! `creance amounts CASE`: the computation, line by line, as the letter's annex shows it; with
//! the payment-plan schedule when the case has `plan` terms, and the court request's procedure
//! and exhibits when it has an `injunction` block (JSON: keys `plan`, `procedure`, `exhibits`,
//! added only then).

use std::io::{self, Write};

use super::{Exit, analyze, io_exit, load_error_findings, print_findings, stdout};
use crate::case::Case;
use crate::case::model::{AccruedTreatment, InterestKind, Jurisdiction, Language};
use crate::cli::{AmountsArgs, Format};
use crate::compute::be::regime::Regime;
use crate::compute::claim::{BeComputation, BeIndemnityBasis, BeNote, Computation, Note};
use crate::compute::plan;
use crate::compute::procedure::{court, exhibits};
use crate::compute::rates::LegalRateCategory;
use crate::letters::be_facts as letter_facts;
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
        Format::Json | Format::Sarif => serde_json::to_writer_pretty(&mut out, &json(&analysis))
            .map_err(io::Error::other)
            .and_then(|()| writeln!(out)),
        Format::Human => write_human(&mut out, &analysis.computation)
            .and_then(|()| match &analysis.computation.be {
                Some(be) => {
                    write_belgium(&mut out, &analysis.loaded.case, &analysis.computation, be)
                }
                None => Ok(()),
            })
            .and_then(|()| write_plan_and_procedure(&mut out, &analysis)),
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
        let from = match (c.jurisdiction, c.be.as_ref().map(|b| b.regime)) {
            (Jurisdiction::Qc, _) => {
                "runs from default (the day after the delay of the formal notice)"
            }
            (_, Some(Regime::Consumer)) => {
                "runs from the day after the free first reminder's period (art. XIX.2 CDE)"
            }
            _ => "runs from the formal notice",
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
    if let Some(be) = &c.be {
        return be_interest_label(c, be);
    }
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

fn be_interest_label(c: &Computation, be: &BeComputation) -> String {
    match (be.regime, c.interest_kind) {
        (_, InterestKind::None) => "none claimed".into(),
        (Regime::Consumer, InterestKind::Contractual) => {
            "consumer debt: the agreed rate, at most the commercial rate (art. XIX.4 CDE), else the legal rate".into()
        }
        (Regime::Consumer, _) => {
            "consumer debt: Belgian legal rate, per year (loi du 5 mai 1865; art. XIX.4 CDE)".into()
        }
        (Regime::Commercial, InterestKind::Statutory) => {
            "commercial late-payment rate, per semester (loi du 2 août 2002, art. 5), from the day after each due date".into()
        }
        (_, InterestKind::Contractual) => "agreed rate".into(),
        (_, _) => "Belgian legal rate, per year (loi du 5 mai 1865, art. 2 §1)".into(),
    }
}

/// The Belgian part: the regime, the free first reminder, the indemnity decision, the art.
/// 1394/20 figure, how to pay, and the decisions the computation took.
fn write_belgium(
    out: &mut dyn Write,
    case: &Case,
    c: &Computation,
    be: &BeComputation,
) -> io::Result<()> {
    let eur = |d| money(d, c.currency);
    writeln!(out)?;
    let regime = match be.regime {
        Regime::Commercial => "commercial transaction (loi du 2 août 2002)",
        Regime::Consumer => "consumer debt (CDE Book XIX)",
        Regime::Civil => "civil debt (C. civ.)",
    };
    writeln!(out, "Belgium: {regime}")?;
    if let Some(f) = letter_facts::free_period(case) {
        let how = match f.channel {
            crate::compute::be::reminder_period::ReminderChannel::Paper => "posted",
            crate::compute::be::reminder_period::ReminderChannel::Electronic => "e-mailed",
        };
        let which = if f.already_sent {
            format!("first reminder {how} on {}", f.sent_on.short)
        } else {
            format!(
                "no reminder sent yet: this letter is the free first reminder ({how} on {})",
                f.sent_on.short
            )
        };
        writeln!(out, "  {which}")?;
        let moved = f
            .moved_because
            .as_deref()
            .map(|m| format!(" (moved: {m})"))
            .unwrap_or_default();
        writeln!(
            out,
            "  free period: {} days, {} to {}{moved}; damages from {}",
            f.period_days, f.start.short, f.last_free_day.short, f.charges_from.short
        )?;
        if !be.charges_allowed {
            writeln!(
                out,
                "  nothing but the principal is claimed on {}",
                short_date(c.as_of)
            )?;
            if let Some(a) = letter_facts::after_period_charges(case, c) {
                if a.indemnity.is_none() {
                    writeln!(out, "  after the period: no indemnity (no damages clause)")?;
                }
                if let Some(i) = &a.interest {
                    writeln!(
                        out,
                        "  after the period: interest {}% a year on {} ({} a day), {}",
                        i.rate,
                        eur(a.balance),
                        eur(i.per_day),
                        i.label
                    )?;
                }
            }
        }
    }
    if let Some(i) = &be.indemnity {
        let what = match i.basis {
            BeIndemnityBasis::FlatB2b => "40 € per late invoice (loi du 2 août 2002, art. 6)",
            BeIndemnityBasis::ContractClause => "the contract's damages clause",
            BeIndemnityBasis::ConsumerClause => {
                "the contract's damages clause, capped (art. XIX.4 CDE)"
            }
        };
        if i.claimed == i.claimable {
            writeln!(out, "  indemnity: {what}: {}", eur(i.claimed))?;
        } else {
            writeln!(
                out,
                "  indemnity: {what}: {} now, {} once the period is over",
                eur(i.claimed),
                eur(i.claimable)
            )?;
        }
        if let Some(cap) = &i.cap {
            writeln!(
                out,
                "    clause {} on a balance of {}; XIX.4 cap {} = {}",
                eur(i.clause_amount.unwrap_or_default()),
                eur(cap.balance),
                cap.formula.replace(['\u{a0}', '\u{202f}'], " "),
                eur(cap.cap)
            )?;
        }
        if let (Some(clause), Some(flat)) = (i.clause_amount, i.flat_total) {
            writeln!(
                out,
                "    clause {} vs 40 € per late invoice {}: the higher is claimed, never both",
                eur(clause),
                eur(flat)
            )?;
        }
    }
    if let Some(u) = &be.uncontested {
        writeln!(
            out,
            "  art. 1394/20 C. jud. route (uncontested B2B debt): {} + {} (interest and clause, at most 10 %) + {} = {}",
            eur(u.principal),
            eur(u.increase),
            eur(u.flat_indemnity),
            eur(u.total)
        )?;
    }
    match letter_facts::payment_instructions(case, c.totals.total) {
        Ok(p) => {
            let source = match p.ogm_source {
                letter_facts::OgmSource::Given => "given",
                letter_facts::OgmSource::Derived(_) => "derived from the reference",
            };
            let account = match (&p.iban_printed, &p.bic) {
                (Some(i), Some(b)) => format!("{i} ({b})"),
                (Some(i), None) => i.clone(),
                (None, _) => "no account given".into(),
            };
            writeln!(
                out,
                "  pay {} to {}, {account}, communication {} ({source})",
                eur(p.amount),
                p.payee_name,
                p.ogm
            )?;
        }
        Err(e) => writeln!(out, "  ! payment reference: {e}")?,
    }
    for n in &be.notes {
        writeln!(out, "Note: {}", be_note(*n))?;
    }
    Ok(())
}

fn be_note(n: BeNote) -> &'static str {
    match n {
        BeNote::FirstReminderBeingWritten => {
            "no reminder was sent yet: this letter is the free first reminder and claims the principal only (art. XIX.2 CDE)"
        }
        BeNote::FreePeriodRunning => {
            "the first reminder's period is not over: nothing but the principal may be claimed yet"
        }
        BeNote::ConsumerChargesAfterFreePeriod => {
            "consumer debt: interest and the indemnity count from the day after the first reminder's period (the later reading of open question 3)"
        }
        BeNote::ConsumerRateAboveCeiling => {
            "the agreed rate is above the commercial rate (art. XIX.4 ceiling): the legal rate is claimed instead"
        }
        BeNote::ConsumerLegalRate => "no rate agreed: interest at the Belgian legal rate",
        BeNote::IndemnityCappedXix4 => {
            "the damages clause exceeds the art. XIX.4 cap on the balance: the cap is claimed"
        }
        BeNote::NoIndemnityWithoutClause => {
            "no damages clause in the contract: no indemnity may be claimed from a consumer"
        }
        BeNote::B2bClauseInsteadOfFlat => {
            "the damages clause gives more than 40 € per late invoice: it is claimed instead of the 40 €, not on top"
        }
        BeNote::B2bFlatInsteadOfClause => {
            "the 40 € per late invoice give more than the damages clause, which is not claimed on top"
        }
        BeNote::CommercialInterestFromDueDate => {
            "interest runs de plein droit from the day after each due date, without formal notice (loi du 2 août 2002, art. 5)"
        }
        BeNote::InterestFromNotice => {
            "interest runs from the formal notice (none sent yet: from the letter being written)"
        }
    }
}
/// The computation as JSON, with `plan` (the schedule, or `{"error": …}`), `procedure` and
/// `exhibits` when the case asks for those documents.
fn json(a: &super::Analysis) -> serde_json::Value {
    let case = &a.loaded.case;
    let mut v = serde_json::to_value(&a.computation).unwrap_or_default();
    if let Some(map) = v.as_object_mut() {
        if case.plan.is_some() {
            let plan = match plan::schedule(case, &a.computation) {
                Ok(s) => serde_json::to_value(s).unwrap_or_default(),
                Err(e) => serde_json::json!({ "error": e.to_string() }),
            };
            map.insert("plan".into(), plan);
        }
        if case.injunction.is_some() {
            map.insert(
                "procedure".into(),
                serde_json::to_value(court::procedure(case, &a.computation)).unwrap_or_default(),
            );
            map.insert(
                "exhibits".into(),
                serde_json::to_value(exhibits::exhibits(case)).unwrap_or_default(),
            );
        }
    }
    v
}

fn write_plan_and_procedure(out: &mut dyn Write, a: &super::Analysis) -> io::Result<()> {
    let case = &a.loaded.case;
    let c = &a.computation;
    let eur = |d| money(d, c.currency);
    if case.plan.is_some() {
        writeln!(out)?;
        match plan::schedule(case, c) {
            Err(e) => writeln!(out, "Payment plan: cannot be computed: {e}")?,
            Ok(s) => {
                writeln!(
                    out,
                    "Payment plan agreed on {}: acknowledged debt {} as of {}",
                    short_date(s.start),
                    eur(s.acknowledged.total),
                    short_date(s.acknowledged_on)
                )?;
                let accrued = match s.accrued {
                    AccruedTreatment::Included => {
                        "the plan spreads the whole claim (principal, interest, fees)".to_string()
                    }
                    AccruedTreatment::Waived => format!(
                        "the plan spreads the principal; {} of interest and fees is given up",
                        eur(s.set_aside)
                    ),
                    AccruedTreatment::WaivedIfKept => format!(
                        "the plan spreads the principal; {} of interest and fees is given up if every instalment is paid on time, due with the balance otherwise",
                        eur(s.set_aside)
                    ),
                };
                writeln!(out, "  {accrued}")?;
                writeln!(
                    out,
                    "  {:<4} {:>10} {:>10} {:>14} {:>10} {:>14} {:>14}",
                    "no.", "nominal", "due", "capital", "interest", "to pay", "balance"
                )?;
                for l in &s.lines {
                    let moved = l
                        .moved_because
                        .as_deref()
                        .map(|m| format!("  (moved: {m})"))
                        .unwrap_or_default();
                    writeln!(
                        out,
                        "  {:<4} {:>10} {:>10} {:>14} {:>10} {:>14} {:>14}{moved}",
                        if l.number == 0 {
                            "down".to_string()
                        } else {
                            l.number.to_string()
                        },
                        short_date(l.nominal_date),
                        short_date(l.due_date),
                        eur(l.capital),
                        eur(l.interest),
                        eur(l.amount),
                        eur(l.balance_after)
                    )?;
                }
                writeln!(
                    out,
                    "  total to pay {} (interest during the plan {})",
                    eur(s.total_payable),
                    eur(s.total_interest)
                )?;
                if let Some(r) = &s.remainder {
                    writeln!(
                        out,
                        "  instalment {} carries the odd amount: {} (regular {})",
                        r.instalment,
                        eur(r.amount),
                        eur(s.regular_amount)
                    )?;
                }
                if let Some(cal) = &s.calendar {
                    writeln!(
                        out,
                        "  due dates on non-working days move to the next working day ({}): {} [{}]",
                        cal.name, cal.basis, cal.confidence
                    )?;
                }
                writeln!(
                    out,
                    "  acceleration after a formal notice left unanswered for {} days{}",
                    s.acceleration_notice_days,
                    if s.acceleration_notice_default {
                        " (creance's default)"
                    } else {
                        ""
                    }
                )?;
            }
        }
    }
    if case.injunction.is_some() {
        let lang = case.language.unwrap_or(Language::Fr);
        let p = court::procedure(case, c);
        writeln!(out)?;
        let court = p
            .court
            .map(|k| k.name(lang))
            .unwrap_or("no court: a huissier serves the sommation");
        writeln!(
            out,
            "Court request: {court}{}",
            if p.available { "" } else { " — NOT OPEN" }
        )?;
        match (&p.court_address, p.court) {
            (Some(a), _) => writeln!(out, "  addressed to {}", a.name)?,
            (None, Some(_)) => writeln!(
                out,
                "  court of the debtor's place ({}); address left for completion",
                p.debtor_place
            )?,
            (None, None) => {}
        }
        if let Some(f) = &p.form {
            writeln!(
                out,
                "  form: Cerfa n° {} [{}] — {}",
                f.reference(),
                f.confidence,
                f.note
            )?;
        }
        for r in p.reasons.iter().chain(&p.unavailable_because) {
            writeln!(
                out,
                "  - {} ({}) [{}]",
                r.text(lang),
                r.article,
                r.confidence
            )?;
        }
        if let Some(alt) = p.alternative {
            writeln!(out, "  instead: {}", alt.name(lang))?;
        }
        if let Some(u) = &p.uncontested {
            writeln!(
                out,
                "  art. 1394/20: principal {} + increase {} (cap {}) + flat indemnities {} = {}",
                eur(u.principal),
                eur(u.increase),
                eur(u.increase_cap),
                eur(u.flat_indemnity),
                eur(u.total)
            )?;
        }
        for n in &p.notes {
            writeln!(
                out,
                "  note: {} ({}) [{}]",
                n.text(lang),
                n.article,
                n.confidence
            )?;
        }
        writeln!(out)?;
        writeln!(out, "Exhibits")?;
        for e in exhibits::exhibits(case) {
            let mut parts = Vec::new();
            if e.kind != exhibits::ExhibitKind::Other {
                parts.push(e.kind.label(lang).to_string());
            }
            parts.extend(e.reference.clone());
            if let Some(d) = e.date {
                parts.push(short_date(d));
            }
            if let Some(amount) = e.amount {
                parts.push(eur(amount));
            }
            if let Some(proof) = &e.proof {
                parts.push(format!("proof {proof}"));
            }
            if let Some(r) = e.received {
                parts.push(format!("received {}", short_date(r)));
            }
            writeln!(
                out,
                "  {:<12} {}",
                exhibits::number_label(case.jurisdiction, lang, e.number),
                parts.join(" — ")
            )?;
        }
    }
    Ok(())
}
