//! The text layer of a PDF, page by page and line by line, read with `lopdf`.
//!
//! Why our own walk over the content stream rather than `Document::extract_text`: lopdf's
//! helper starts a new line at every text object (`ET`), so a sentence with one bold word
//! comes out on three "lines", and words that a word processor positions one by one come out
//! glued. Here a line break is a change of the baseline (the text matrix times the current
//! transformation matrix, which is how Typst, Word and LibreOffice place text), and two runs
//! on one baseline are joined by a space when neither brings its own. Good enough to find
//! mentions and say on which page and line they are; not a layout engine (no columns, no text
//! inside form XObjects).
//!
//! Why not `pdf-extract`: it panics on PDFs it does not understand, on purpose (its maintainer
//! prefers bug reports to errors), and `creance` must never panic on user input.

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};

/// Why a PDF's text cannot be read.
#[derive(Debug, PartialEq, Eq)]
pub enum PdfError {
    /// lopdf could not parse it at all.
    Damaged(String),
    /// Needs a password we do not have.
    Encrypted,
    /// Pages without any text: a scan, or text drawn as shapes.
    NoText { pages: usize },
}

/// Upper bound on a page's decompressed content (a "zip bomb" stops here, as an error).
const MAX_PAGE_CONTENT: usize = 64 * 1024 * 1024;

/// Fewer letters than this on every page together: no usable text layer.
const MIN_LETTERS: usize = 20;

/// Each page's text, lines separated by `\n`.
pub fn pages(bytes: &[u8]) -> Result<Vec<String>, PdfError> {
    // lopdf reports errors, but a PDF is hostile input: a panic deep in a parser must still
    // become a clear error for the user, never a crash (release builds unwind).
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| read(bytes));
    std::panic::set_hook(previous_hook);
    result.unwrap_or_else(|_| {
        Err(PdfError::Damaged(
            "its structure could not be parsed".into(),
        ))
    })
}

fn read(bytes: &[u8]) -> Result<Vec<String>, PdfError> {
    let doc = match Document::load_mem(bytes) {
        Ok(d) => d,
        Err(lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword) => {
            return Err(PdfError::Encrypted);
        }
        Err(e) => return Err(PdfError::Damaged(e.to_string())),
    };
    // lopdf opens a file protected by an owner password only (no password to open it) by
    // itself; anything else stays encrypted.
    if doc.is_encrypted() && !doc.was_encrypted() {
        return Err(PdfError::Encrypted);
    }
    let page_ids: Vec<_> = doc.get_pages().into_values().collect();
    if page_ids.is_empty() {
        return Err(PdfError::Damaged("it has no pages".into()));
    }
    let mut pages = Vec::with_capacity(page_ids.len());
    let mut first_error = None;
    for id in &page_ids {
        match page_text(&doc, *id) {
            Ok(t) => pages.push(t),
            Err(e) => {
                first_error.get_or_insert(e);
                pages.push(String::new());
            }
        }
    }
    let letters: usize = pages
        .iter()
        .map(|p| p.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    if letters < MIN_LETTERS {
        return Err(match first_error {
            Some(e) => PdfError::Damaged(e),
            None => PdfError::NoText { pages: pages.len() },
        });
    }
    Ok(pages)
}

/// An affine matrix `[a b c d e f]` as PDF writes them.
type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n` (PDF's row-vector convention: `m × n`).
fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn matrix(operands: &[Object]) -> Option<Matrix> {
    let v: Vec<f64> = operands.iter().filter_map(number).collect();
    (v.len() == 6).then(|| [v[0], v[1], v[2], v[3], v[4], v[5]])
}

/// Builds a page's lines from its text runs.
struct Lines {
    text: String,
    /// Baseline and start of the last run written, in page space.
    last: Option<(f64, f64)>,
}

impl Lines {
    fn run(&mut self, s: &str, x: f64, y: f64, height: f64) {
        if s.is_empty() {
            return;
        }
        match self.last {
            Some((lx, ly)) if (y - ly).abs() <= height.max(1.0) * 0.5 => {
                let moved = (x - lx).abs() > 0.01;
                let spaced =
                    self.text.ends_with(char::is_whitespace) || s.starts_with(char::is_whitespace);
                if moved && !spaced {
                    self.text.push(' ');
                }
            }
            Some(_) => self.text.push('\n'),
            None => {}
        }
        self.text.push_str(s);
        self.last = Some((x, y));
    }
}

fn page_text(doc: &Document, page: lopdf::ObjectId) -> Result<String, String> {
    let fonts = doc.get_page_fonts(page).map_err(|e| e.to_string())?;
    let encodings: BTreeMap<Vec<u8>, Encoding> = fonts
        .into_iter()
        .filter_map(|(name, font)| {
            font.get_font_encoding_with_limit(doc, MAX_PAGE_CONTENT)
                .ok()
                .map(|e| (name, e))
        })
        .collect();
    let data = doc
        .get_page_content_with_limit(page, MAX_PAGE_CONTENT)
        .map_err(|e| e.to_string())?;
    let content = Content::decode(&data).map_err(|e| e.to_string())?;

    let mut lines = Lines {
        text: String::new(),
        last: None,
    };
    let mut ctm = IDENTITY;
    let mut stack: Vec<Matrix> = Vec::new();
    let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
    let mut font: Option<&Encoding> = None;
    let mut size = 0.0_f64;
    let mut leading = 0.0_f64;
    for op in &content.operations {
        let args = &op.operands;
        match op.operator.as_str() {
            "q" => stack.push(ctm),
            "Q" => ctm = stack.pop().unwrap_or(IDENTITY),
            "cm" => {
                if let Some(m) = matrix(args) {
                    ctm = mul(&m, &ctm);
                }
            }
            "BT" => (tm, tlm) = (IDENTITY, IDENTITY),
            "Tf" => {
                font = args
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .and_then(|n| encodings.get(n));
                size = args.get(1).and_then(number).unwrap_or(0.0);
            }
            "TL" => leading = args.first().and_then(number).unwrap_or(0.0),
            "Td" | "TD" => {
                let tx = args.first().and_then(number).unwrap_or(0.0);
                let ty = args.get(1).and_then(number).unwrap_or(0.0);
                if op.operator == "TD" {
                    leading = -ty;
                }
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm);
                tm = tlm;
            }
            "Tm" => {
                if let Some(m) = matrix(args) {
                    (tm, tlm) = (m, m);
                }
            }
            "T*" | "'" | "\"" => {
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &tlm);
                tm = tlm;
            }
            _ => {}
        }
        let shown: &[Object] = match op.operator.as_str() {
            "Tj" | "TJ" | "'" => args,
            "\"" => args.get(2..).unwrap_or(&[]),
            _ => continue,
        };
        let Some(enc) = font else { continue };
        let mut s = String::new();
        decode(enc, shown, &mut s);
        let at = mul(&tm, &ctm);
        let height = size * (at[2].hypot(at[3]));
        lines.run(&s, at[4], at[5], height);
    }
    Ok(lines.text)
}

/// The text of `Tj`/`TJ` operands. In a `TJ` array a large negative adjustment is a gap the
/// producer used instead of a space character.
fn decode(enc: &Encoding, operands: &[Object], out: &mut String) {
    for o in operands {
        match o {
            Object::String(bytes, _) => {
                if let Ok(s) = enc.bytes_to_string(bytes) {
                    out.push_str(&s.replace('\0', ""));
                }
            }
            Object::Array(items) => decode(enc, items, out),
            o => {
                if number(o).is_some_and(|n| n < -250.0) && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_a_damaged_pdf_not_a_panic() {
        assert!(matches!(
            pages(b"%PDF-1.7\nthis is not a pdf"),
            Err(PdfError::Damaged(_))
        ));
        assert!(matches!(pages(b""), Err(PdfError::Damaged(_))));
    }

    #[test]
    fn matrices_compose_in_pdf_order() {
        // Translate then scale: the translation is scaled too.
        let t = [1.0, 0.0, 0.0, 1.0, 10.0, 20.0];
        let s = [2.0, 0.0, 0.0, 2.0, 0.0, 0.0];
        assert_eq!(mul(&t, &s), [2.0, 0.0, 0.0, 2.0, 20.0, 40.0]);
    }
}
