//! The letter's text made searchable, with a way back to where each word was printed.
//!
//! A letter written elsewhere spells a mention in its own way: capitals or not, accents or not
//! ("creance"/"créance"), a word cut by hyphenation at a line end ("de-␤meure"), non-breaking
//! spaces in amounts, typographic apostrophes. Patterns are matched on a *folded* copy of the
//! text (lower case, accents and ligatures removed, every run of white space one space, line-end
//! hyphenation undone) and every byte of that copy remembers the byte of the original it came
//! from, so a finding can say "page 2, line 14, column 5" of what the user actually sees.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A letter as pages of lines, and its folded, searchable copy.
#[derive(Debug)]
pub struct Searchable {
    /// The original text: every page's lines, pages one after the other.
    pub source: String,
    /// The folded text the patterns are matched on.
    pub folded: String,
    /// For every byte of `folded`, the byte of `source` it comes from.
    origin: Vec<usize>,
    /// Byte offset in `source` of the start of every line.
    line_starts: Vec<usize>,
    /// Index (0-based, into `line_starts`) of each page's first line.
    page_first_lines: Vec<usize>,
}

/// Where a piece of text was printed. Lines and columns count from 1; `line` is within the
/// page, `global_line` within the whole text (what the human snippet shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub page: usize,
    pub line: usize,
    pub global_line: usize,
    pub column: usize,
}

/// One character of a pattern or of the text, folded: lower case, no accents, one kind of
/// apostrophe, quote and dash. Returns the replacement (often the character itself).
pub fn fold_char(c: char, out: &mut String) {
    match c {
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' => out.push('\''),
        '«' | '»' | '\u{201c}' | '\u{201d}' | '\u{201e}' => out.push('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => {
            out.push('-')
        }
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for d in std::iter::once(c).nfkd().filter(|d| !is_combining_mark(*d)) {
                out.extend(d.to_lowercase());
            }
        }
    }
}

/// A pattern's non-ASCII characters folded like the text (accents off), so `créance` in the
/// YAML matches `CREANCE` in a letter. ASCII is left alone: lower-casing would break `\D`, `\S`.
pub fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    for c in pattern.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

impl Searchable {
    /// `pages`: each page's text, lines separated by `\n`.
    pub fn new(pages: &[String]) -> Searchable {
        let mut source = String::new();
        let mut page_first_lines = Vec::with_capacity(pages.len());
        let mut line_count = 0;
        for (i, page) in pages.iter().enumerate() {
            if i > 0 {
                source.push('\n');
            }
            page_first_lines.push(line_count);
            let page = page.trim_end_matches('\n');
            line_count += page.split('\n').count();
            source.push_str(page);
        }
        let mut line_starts = vec![0];
        line_starts.extend(
            source
                .char_indices()
                .filter(|(_, c)| *c == '\n')
                .map(|(i, _)| i + 1),
        );
        let (folded, origin) = fold(&source);
        Searchable {
            source,
            folded,
            origin,
            line_starts,
            page_first_lines,
        }
    }

    pub fn pages(&self) -> usize {
        self.page_first_lines.len()
    }

    /// The place of the folded text's byte `at`.
    pub fn place(&self, at: usize) -> Place {
        let src = self
            .origin
            .get(at)
            .or(self.origin.last())
            .copied()
            .unwrap_or(0);
        self.place_of_source(src)
    }

    fn place_of_source(&self, src: usize) -> Place {
        let line_idx = self.line_starts.partition_point(|&s| s <= src).max(1) - 1;
        let page_idx = self
            .page_first_lines
            .partition_point(|&l| l <= line_idx)
            .max(1)
            - 1;
        let start = self.line_starts[line_idx];
        let column = self.source[start..src.min(self.source.len())]
            .chars()
            .count()
            + 1;
        Place {
            page: page_idx + 1,
            line: line_idx - self.page_first_lines[page_idx] + 1,
            global_line: line_idx + 1,
            column,
        }
    }

    /// The original text behind the folded range, white space folded, for messages.
    pub fn original(&self, start: usize, end: usize) -> String {
        let (Some(&a), Some(&b)) = (self.origin.get(start), self.origin.get(end.max(1) - 1)) else {
            return String::new();
        };
        let b = b + self.source[b..].chars().next().map_or(0, char::len_utf8);
        self.source[a..b.max(a)]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The source line (0-based global index) holding folded byte `at`, as a folded range:
    /// where `unless` patterns of a forbidden phrase are looked for.
    pub fn folded_line_range(&self, at: usize) -> (usize, usize) {
        let place = self.place(at);
        let line_start = self.line_starts[place.global_line - 1];
        let line_end = self
            .line_starts
            .get(place.global_line)
            .copied()
            .unwrap_or(self.source.len() + 1);
        let start = self.origin.partition_point(|&o| o < line_start);
        let end = self.origin.partition_point(|&o| o < line_end);
        (start, end)
    }
}

/// Folds `source`, keeping for every output byte the source byte it came from.
fn fold(source: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(source.len());
    let mut origin = Vec::with_capacity(source.len());
    // White space seen since the last character written: its source offset, and whether it
    // held a line break (hyphenation is only undone across one).
    let mut pending: Option<(usize, bool)> = None;
    let mut soft_hyphen_before_break = false;
    let mut buf = String::new();
    for (i, c) in source.char_indices() {
        if c == '\u{ad}' {
            // A soft hyphen prints only where the line was cut: the word goes on after it.
            soft_hyphen_before_break = true;
            continue;
        }
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' {
            let brk = c == '\n';
            pending = Some(match pending {
                Some((at, b)) => (at, b || brk),
                None => (i, brk),
            });
            continue;
        }
        if let Some((at, brk)) = pending.take() {
            // "de-␤meure" and "DE-␤MEURE" are one word; "Jean-␤Pierre" stays two.
            let before_hyphen = origin
                .last()
                .and_then(|&h| source[..h].chars().next_back())
                .filter(|b| out.ends_with('-') && b.is_alphabetic());
            let hyphenated = brk
                && before_hyphen
                    .is_some_and(|b| c.is_lowercase() || (c.is_uppercase() && b.is_uppercase()));
            if hyphenated {
                out.pop();
                origin.pop();
            } else if !(out.is_empty() || soft_hyphen_before_break && brk) {
                out.push(' ');
                origin.push(at);
            }
        }
        soft_hyphen_before_break = false;
        buf.clear();
        fold_char(c, &mut buf);
        for _ in 0..buf.len() {
            origin.push(i);
        }
        out.push_str(&buf);
    }
    (out, origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(pages: &[&str]) -> Searchable {
        Searchable::new(&pages.iter().map(|p| p.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn folding_removes_accents_case_hyphenation_and_spaces() {
        let t = s(&[
            "Objet : MISE EN DE-\nMEURE",
            "Créance de 12\u{202f}462,29\u{a0}€ — l’échéance",
        ]);
        assert_eq!(
            t.folded,
            "objet : mise en demeure creance de 12 462,29 € - l'echeance"
        );
        let t = s(&["mise en de-\nmeure, ap\u{ad}\nplication"]);
        assert_eq!(t.folded, "mise en demeure, application");
        let t = s(&["Jean-\nPierre Dupont", "ﬁn Œuvre"]);
        assert_eq!(t.folded, "jean- pierre dupont fin oeuvre");
    }

    #[test]
    fn places_point_at_page_line_and_column() {
        let t = s(&["Lyon\nle 2 mars", "Objet : mise en demeure\nfin"]);
        let at = t.folded.find("mise").unwrap();
        assert_eq!(
            t.place(at),
            Place {
                page: 2,
                line: 1,
                global_line: 3,
                column: 9
            }
        );
        let end = at + "mise en demeure".len();
        assert_eq!(t.original(at, end), "mise en demeure");
        let at = t.folded.find("fin").unwrap();
        assert_eq!((t.place(at).page, t.place(at).line), (2, 2));
        let (a, b) = t.folded_line_range(t.folded.find("mars").unwrap());
        assert_eq!(t.folded[a..b].trim(), "le 2 mars");
    }

    #[test]
    fn patterns_fold_accents_but_keep_regex_escapes() {
        assert_eq!(
            fold_pattern(r"cr[ée]ance \D+ échéance"),
            r"cr[ee]ance \D+ echeance"
        );
    }
}
