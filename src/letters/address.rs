//! The address and contact lines of a letter's blocks, as the three jurisdictions write them:
//! the recipient's block, one contact line under a letterhead, an address on one line, and the
//! European postal lines (France, Belgium; Québec writes Canada Post's, in `qc.rs`).

use super::fr::party_name;
use super::view::Block;
use crate::case::model::{Address, Contact, Party};

/// The recipient's block: the party's name, the person it is for (`attention` and the name)
/// and the postal `lines`.
pub fn recipient_block(p: &Party, attention: &str, lines: Vec<String>) -> Block {
    let mut all = Vec::new();
    if let Some(a) = &p.attention {
        all.push(format!("{attention} {}", a.trim()));
    }
    all.extend(lines);
    Block {
        name: party_name(p),
        lines: all,
        ids: Vec::new(),
        contact: Vec::new(),
    }
}

/// The phone (after `phone`, "Tél.") and e-mail on one line, or no line: the letterhead stays
/// short and the letter fits its first page.
pub fn contact_line(c: Option<&Contact>, phone: &str) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(c) = c {
        if let Some(p) = &c.phone {
            parts.push(format!("{phone} {p}"));
        }
        if let Some(e) = &c.email {
            parts.push(e.clone());
        }
    }
    if parts.is_empty() {
        Vec::new()
    } else {
        vec![parts.join(" — ")]
    }
}

/// "12, rue des Tanneurs, 69002 Lyon": an address inside a sentence.
pub fn one_line_address(a: &Address) -> String {
    let mut parts: Vec<String> = a.lines.iter().map(|l| l.trim().to_string()).collect();
    parts.push(format!("{} {}", a.postcode.trim(), a.city.trim()));
    parts.join(", ")
}

/// The street lines as written, "69002 LYON", and the country (`country` names it from its
/// code) when it is not `home`: the French and Belgian way of addressing an envelope.
pub fn european_postal_lines(
    a: &Address,
    home: &str,
    country: impl Fn(&str) -> String,
) -> Vec<String> {
    let mut lines: Vec<String> = a.lines.iter().map(|l| l.trim().to_string()).collect();
    lines.push(format!(
        "{} {}",
        a.postcode.trim(),
        a.city.trim().to_uppercase()
    ));
    if let Some(c) = &a.country
        && !c.eq_ignore_ascii_case(home)
    {
        lines.push(country(c));
    }
    lines
}
