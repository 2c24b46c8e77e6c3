//! The natural width of every table column, measured in the letter's typeface.
//!
//! Typst sizes an `auto` column by laying out every cell of the column, and an `auto` row by
//! laying out every cell of the row before laying the row out for real: each cell of a letter's
//! tables was laid out two or three times, a quarter of a formal notice's instructions
//! (docs/performance.md). The width of a one-line cell is the advance of its shaped text, which
//! the shaper Typst uses (rustybuzz, same font, same features, same language) gives for a
//! hundredth of a cell's layout. So each [`Table`] of a view carries a [`TableFit`]: per
//! column, the widest cell in font units. `templates/letter.typ` turns them into fixed column
//! widths, and into fixed row heights when every cell is sure to fit on one line; the
//! document is then the same as with `auto` tracks, laid out once.
//!
//! What the measure assumes, and the template checks or guarantees:
//! - the family is [`LETTER_FAMILY`] (the template uses the fit only for its own table font);
//! - body cells regular (weight 400), header and total cells bold (700), upright;
//! - tabular figures (`number-width: "tabular"`), no other feature, no tracking, 100 % word
//!   spacing;
//! - the language of the letter (Typst shapes with `lang` and `region`; Libertinus has Dutch
//!   `locl` forms).
//!
//! A table gets no fit when a cell could not be measured this way: a character the face lacks
//! (Typst would fall back to another font) or a line break (the cell would have two lines). The
//! template then lets Typst measure, as before. Font data come from `typst-assets`, the same
//! bytes `typst-kit` embeds; a firm's own fonts are never measured here.

use std::cell::RefCell;
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::OnceLock;

use rustybuzz::{
    BufferFlags, Direction, Face, Feature, Language, Script, ShapePlan, UnicodeBuffer,
};
use serde::Serialize;

use super::view::{Table, View};

/// The family `templates/letter.typ` sets its text and tables in.
pub const LETTER_FAMILY: &str = "Libertinus Serif";

/// Per column, the width of the widest cell in font units of [`LETTER_FAMILY`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TableFit {
    /// The family measured: a template setting its tables in another one ignores the fit.
    pub font: &'static str,
    /// Font units per em (`widths / upem` em at the table's text size).
    pub upem: u16,
    /// The regular face's cap height in font units: with Typst's default text edges
    /// (`cap-height` to `baseline`) the height of a one-line body cell's text.
    pub cap: i16,
    /// Per column (as many as the widest of header, rows and total), the widest of its header
    /// and total cells (bold) and body cells (regular), in font units.
    pub widths: Vec<u32>,
}

/// `view` with every table measured in the letter's language.
pub fn fitted(mut view: View) -> View {
    let mut shaper = Shaper::new(view.lang);
    if let Some(t) = view.invoices.as_mut() {
        t.fit = shaper.fit(t);
    }
    if let Some(a) = view.annex.as_mut() {
        a.table.fit = shaper.fit(&a.table);
    }
    view
}

/// The fit of `table` for a letter in `lang` (a BCP 47 tag: "fr", "nl-BE", "en-CA"), or `None`
/// when a cell cannot be measured (see the module's documentation).
pub fn fit(table: &Table, lang: &str) -> Option<TableFit> {
    Shaper::new(lang).fit(table)
}

/// Measures the tables of one letter. A letter repeats many cells (an invoice number in both
/// tables, the same dates, rates and sources on several rows): each distinct cell of a face is
/// shaped once.
struct Shaper {
    language: Option<Language>,
    /// Advances already measured, by text: regular faces' `[0]`, bold's `[1]`.
    seen: [HashMap<String, Option<u32>>; 2],
}

impl Shaper {
    fn new(lang: &str) -> Shaper {
        Shaper {
            language: Language::from_str(&lang.replace('_', "-")).ok(),
            seen: [HashMap::new(), HashMap::new()],
        }
    }

    fn fit(&mut self, table: &Table) -> Option<TableFit> {
        let faces = faces()?;
        let n = table.column_count();
        let mut widths = vec![0u32; n];
        let bold_rows = std::iter::once(&table.columns).chain(table.total.as_ref());
        let rows = bold_rows
            .map(|r| (&faces.bold, r))
            .chain(table.rows.iter().map(|r| (&faces.regular, r)));
        for (face, row) in rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(self.advance(face, cell)?);
            }
        }
        Some(TableFit {
            font: LETTER_FAMILY,
            upem: faces.regular.face.units_per_em() as u16,
            cap: faces.regular.cap,
            widths,
        })
    }

    fn advance(&mut self, face: &LetterFace, text: &str) -> Option<u32> {
        if text.is_empty() {
            return Some(0);
        }
        let seen = &mut self.seen[usize::from(face.bold)];
        if let Some(&known) = seen.get(text) {
            return known;
        }
        let language = self.language.as_ref();
        let measured = SHAPING.with(|s| s.borrow_mut().advance(face, text, language));
        seen.insert(text.to_owned(), measured);
        measured
    }
}

/// One face of the letter family, parsed once per process.
struct LetterFace {
    face: Face<'static>,
    /// Which face, for the shape-plan cache.
    bold: bool,
    cap: i16,
}

struct Faces {
    regular: LetterFace,
    bold: LetterFace,
}

/// The regular and bold upright faces of [`LETTER_FAMILY`] among the embedded fonts, or
/// `None` (no fits, Typst measures) if a future `typst-assets` no longer ships them.
fn faces() -> Option<&'static Faces> {
    static FACES: OnceLock<Option<Faces>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            let find = |weight: u16, bold: bool| {
                typst_assets::fonts().find_map(|data| {
                    let face = Face::from_slice(data, 0)?;
                    let family = face.names().into_iter().find_map(|name| {
                        (name.name_id == rustybuzz::ttf_parser::name_id::FAMILY
                            && name.is_unicode())
                        .then(|| name.to_string())
                        .flatten()
                    });
                    let wanted = family.as_deref() == Some(LETTER_FAMILY)
                        && face.weight().to_number() == weight
                        && !face.is_italic();
                    // Typst's cap height: the OS/2 value when positive, else the ascender.
                    let cap = face
                        .capital_height()
                        .filter(|&h| h > 0)
                        .unwrap_or_else(|| face.typographic_ascender().unwrap_or(face.ascender()));
                    wanted.then_some(LetterFace { face, bold, cap })
                })
            };
            Some(Faces {
                regular: find(400, false)?,
                bold: find(700, true)?,
            })
        })
        .as_ref()
}

/// What shaping reuses from one cell to the next, per thread (batch workers never wait on each
/// other): the shape plans, by face, script and language (building one costs far more than
/// shaping a cell, and a batch uses the same few thousands of times), and the buffer.
struct Shaping {
    plans: Vec<(bool, Script, Option<Language>, ShapePlan)>,
    buffer: Option<UnicodeBuffer>,
}

thread_local! {
    static SHAPING: RefCell<Shaping> = const { RefCell::new(Shaping { plans: Vec::new(), buffer: None }) };
}

impl Shaping {
    /// The advance of `text` shaped as Typst shapes a text run (left to right, script guessed
    /// from the text, default ignorables removed, tabular figures), in font units; `None` for
    /// a character the face lacks or a line break.
    fn advance(
        &mut self,
        face: &LetterFace,
        text: &str,
        language: Option<&Language>,
    ) -> Option<u32> {
        if text.chars().any(breaks_line) {
            return None;
        }
        let mut buffer = self.buffer.take().unwrap_or_default();
        buffer.push_str(text);
        if let Some(language) = language {
            buffer.set_language(language.clone());
        }
        buffer.set_direction(Direction::LeftToRight);
        buffer.guess_segment_properties();
        buffer.set_flags(BufferFlags::REMOVE_DEFAULT_IGNORABLES);
        let script = buffer.script();
        let known = self.plans.iter().position(|(bold, s, l, _)| {
            *bold == face.bold && *s == script && l.as_ref() == language
        });
        let index = known.unwrap_or_else(|| {
            let tnum = Feature::new(rustybuzz::ttf_parser::Tag::from_bytes(b"tnum"), 1, ..);
            let plan = ShapePlan::new(
                &face.face,
                Direction::LeftToRight,
                Some(script),
                language,
                &[tnum],
            );
            self.plans
                .push((face.bold, script, language.cloned(), plan));
            self.plans.len() - 1
        });
        let glyphs = rustybuzz::shape_with_plan(&face.face, &self.plans[index].3, buffer);
        let units: i64 = glyphs
            .glyph_positions()
            .iter()
            .map(|p| i64::from(p.x_advance))
            .sum();
        let complete = glyphs.glyph_infos().iter().all(|g| g.glyph_id != 0);
        self.buffer = Some(glyphs.clear());
        complete.then(|| u32::try_from(units).ok()).flatten()
    }
}

/// Characters after which Typst starts a new line whatever the width.
fn breaks_line(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(columns: &[&str], rows: &[&[&str]], total: Option<&[&str]>) -> Table {
        Table::of(columns, rows, total)
    }

    fn widths(t: &Table, lang: &str) -> Vec<u32> {
        fit(t, lang).expect("measurable").widths
    }

    #[test]
    fn the_widest_cell_of_each_column_wins() {
        let w = |cell: &str| widths(&table(&[], &[&[cell]], None), "fr")[0];
        let (short, long) = (w("1,00\u{a0}€"), w("12\u{202f}345,67\u{a0}€"));
        assert!(0 < short && short < long);
        let t = table(
            &[],
            &[
                &["1,00\u{a0}€", "x"],
                &["12\u{202f}345,67\u{a0}€", ""],
                &[""],
            ],
            None,
        );
        assert_eq!(widths(&t, "fr"), vec![long, w("x")]);
        assert_eq!(w(""), 0);
    }

    #[test]
    fn header_and_total_are_measured_bold() {
        let body = widths(&table(&[""], &[&["Total"]], None), "fr")[0];
        let header = widths(&table(&["Total"], &[&[""]], None), "fr")[0];
        let total = widths(&table(&[""], &[&[""]], Some(&["Total"])), "fr")[0];
        assert!(header > body, "bold is wider: {header} vs {body}");
        assert_eq!(header, total);
    }

    #[test]
    fn as_many_columns_as_the_widest_row_and_the_face_s_metrics() {
        let f = fit(
            &table(&["A"], &[&["x", "yy", "zzz"]], Some(&["T", ""])),
            "fr",
        )
        .unwrap();
        assert_eq!(f.widths.len(), 3);
        assert_eq!(f.font, LETTER_FAMILY);
        assert_eq!(f.upem, 1000);
        // Libertinus Serif Regular's OS/2 cap height.
        assert_eq!(f.cap, 658);
        assert!(f.widths[2] > f.widths[1]);
    }

    #[test]
    fn kerning_counts() {
        // "AV" kerns tighter than the sum of its letters' advances.
        let av = widths(&table(&[], &[&["AV"]], None), "fr")[0];
        let a = widths(&table(&[], &[&["A"]], None), "fr")[0];
        let v = widths(&table(&[], &[&["V"]], None), "fr")[0];
        assert!(av < a + v, "{av} vs {a} + {v}");
    }

    #[test]
    fn a_cell_typst_would_break_or_set_in_another_font_leaves_the_table_unmeasured() {
        assert_eq!(fit(&table(&[], &[&["F-1\nF-2"]], None), "fr"), None);
        assert_eq!(fit(&table(&[], &[&["a\u{2028}b"]], None), "fr"), None);
        // No CJK in Libertinus: Typst would fall back to another family.
        assert_eq!(fit(&table(&["漢字"], &[&["1"]], None), "fr"), None);
        // French typography is all there (no-break spaces, euro sign, guillemets).
        assert!(
            fit(
                &table(&[], &[&["1\u{202f}234,56\u{a0}€ « x »"]], None),
                "fr"
            )
            .is_some()
        );
    }
}
