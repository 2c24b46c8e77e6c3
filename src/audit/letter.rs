//! Reading the letter to audit: a PDF (its text layer, `pdf.rs`), a text file, or standard
//! input (`-`). What comes out is pages of lines; every way it can fail is an error that
//! names the file and says what to do, never a panic.

use std::io::Read;
use std::path::Path;

use super::pdf::{self, PdfError};

/// The letter's text.
#[derive(Debug)]
pub struct Letter {
    /// As given on the command line (`-` is shown as `<stdin>`).
    pub name: String,
    /// Each page's text, lines separated by `\n`.
    pub pages: Vec<String>,
    pub from_pdf: bool,
}

/// Why a letter cannot be audited: a sentence for the user, without the file name (the
/// finding carries it).
pub type ReadError = String;

/// Reads `path` (`-`: standard input). PDF or text is decided by the content (`%PDF-`), so a
/// PDF saved without its extension is still read as one.
pub fn read(path: &Path) -> Result<Letter, ReadError> {
    let stdin = path == Path::new("-");
    let name = if stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let mut bytes = Vec::new();
    let read = if stdin {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(|e| format!("cannot read the letter: {e}"))?;
    let looks_pdf = bytes.len() >= 5
        && bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-");
    let says_pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if looks_pdf {
        let pages = pdf::pages(&bytes).map_err(|e| match e {
            PdfError::Damaged(why) => format!("not a readable PDF ({why}); open it in a viewer and print it to a new PDF, or save its text as a .txt file"),
            PdfError::Encrypted => "this PDF is encrypted with a password: save an unprotected copy, or its text as a .txt file".to_string(),
            PdfError::NoText { pages } => format!(
                "no text layer: this PDF seems scanned ({pages} page{} of images); OCR it first (e.g. `ocrmypdf`), or type its text into a .txt file",
                if pages == 1 { "" } else { "s" }
            ),
        })?;
        return Ok(Letter {
            name,
            pages,
            from_pdf: true,
        });
    }
    if says_pdf {
        return Err("not a PDF (it does not start with `%PDF-`): is it the right file?".into());
    }
    let text = decode_text(&bytes)?;
    // A form feed separates pages (what `pdftotext` writes).
    let pages: Vec<String> = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\u{c}')
        .map(str::to_string)
        .collect();
    if pages.iter().all(|p| p.trim().is_empty()) {
        return Err("the letter is empty".into());
    }
    Ok(Letter {
        name,
        pages,
        from_pdf: false,
    })
}

/// UTF-8 (with or without a byte-order mark), else Windows-1252 — what Word and Notepad
/// write as "plain text" in France, Belgium and Québec. Binary files are refused.
fn decode_text(bytes: &[u8]) -> Result<String, ReadError> {
    if bytes.iter().take(4096).any(|&b| b == 0) {
        return Err(
            "not a text file nor a PDF (it holds binary data): give the letter as .pdf or .txt"
                .into(),
        );
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => Ok(encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::decode_text;

    #[test]
    fn text_is_utf8_or_windows_1252() {
        assert_eq!(decode_text("créance".as_bytes()).unwrap(), "créance");
        assert_eq!(decode_text(b"\xEF\xBB\xBFok").unwrap(), "ok");
        assert_eq!(decode_text(b"cr\xe9ance 12 \x80").unwrap(), "créance 12 €");
        assert!(decode_text(b"\x00\x01\x02").is_err());
    }
}
