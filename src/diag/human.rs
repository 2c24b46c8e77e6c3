//! Human-readable findings, in the style of rustc and ruff: a header with the rule id, the
//! location, the offending line of the case file with a caret, the law, and a hint.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use super::{Diagnostic, Severity};

const BOLD: Style = Style::new().bold();
const BLUE: Style = AnsiColor::Blue.on_default().bold();

fn severity_style(s: Severity) -> Style {
    match s {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
        Severity::Info => AnsiColor::Cyan.on_default().bold(),
    }
}

/// Writes one finding. `source` is the case file's text, for the snippet line.
pub fn write(out: &mut dyn Write, d: &Diagnostic, source: Option<&str>) -> io::Result<()> {
    let sev = severity_style(d.severity);
    writeln!(
        out,
        "{sev}{}[{}]{sev:#}{BOLD}: {}{BOLD:#}",
        d.severity.label(),
        d.code,
        d.message
    )?;
    let mut location = d.file.clone().unwrap_or_default();
    if let Some(line) = d.line {
        location.push_str(&format!(":{line}:{}", d.column.unwrap_or(1)));
    }
    if let Some(field) = &d.field {
        if location.is_empty() {
            location = field.clone();
        } else {
            location.push_str(&format!(" ({field})"));
        }
    }
    let gutter = d.line.map(|l| l.to_string().len()).unwrap_or(1);
    let pad = " ".repeat(gutter);
    if !location.is_empty() {
        writeln!(out, "{pad}{BLUE}-->{BLUE:#} {location}")?;
    }
    if let (Some(line), Some(text)) = (d.line, source)
        && let Some(content) = text.lines().nth(line.saturating_sub(1) as usize)
    {
        let col = d.column.unwrap_or(1).max(1) as usize;
        let caret_pad: String = content
            .chars()
            .take(col - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        writeln!(out, "{pad} {BLUE}|{BLUE:#}")?;
        writeln!(out, "{BLUE}{line}{BLUE:#} {BLUE}|{BLUE:#} {content}")?;
        writeln!(out, "{pad} {BLUE}|{BLUE:#} {caret_pad}{sev}^{sev:#}")?;
    }
    for r in &d.refs {
        match &r.url {
            Some(url) => writeln!(
                out,
                "{pad} {BLUE}={BLUE:#} {BOLD}law{BOLD:#}: {} <{url}>",
                r.article
            )?,
            None => writeln!(
                out,
                "{pad} {BLUE}={BLUE:#} {BOLD}law{BOLD:#}: {}",
                r.article
            )?,
        }
    }
    if let Some(help) = &d.help {
        writeln!(out, "{pad} {BLUE}={BLUE:#} {BOLD}help{BOLD:#}: {help}")?;
    }
    writeln!(out)
}
