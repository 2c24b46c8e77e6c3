//! Fonts: the faces bundled in the binary, plus whatever a firm ships in its template folder.
//!
//! We never scan the system fonts. A scan costs ≈ 150 ms per process and grows with the
//! machine, and worse, it makes the output depend on the machine: the same case file must give
//! the same PDF on a lawyer's laptop and in CI. `typst_kit::fonts::embedded()` gives the
//! families compiled into `typst-assets` (Libertinus Serif — our letter face —, New Computer
//! Modern, New Computer Modern Math, DejaVu Sans Mono). Only their metadata is read here; each
//! face is parsed on first use and cached inside the [`FontStore`].

use typst::foundations::Bytes;
use typst::text::Font;
use typst_kit::fonts::{self, FontStore};

/// A store with the embedded fonts only.
pub fn embedded_store() -> FontStore {
    let mut store = FontStore::new();
    store.extend(fonts::embedded());
    store
}

/// Adds the faces of one font file (`.otf`, `.ttf`, `.ttc`/`.otc` collections) to `store`.
/// Returns how many faces were found, so a caller can reject a file that is not a font.
pub fn add_font_file(store: &mut FontStore, data: Vec<u8>) -> usize {
    let mut added = 0;
    for font in Font::iter(Bytes::new(data)) {
        let info = font.info().clone();
        store.push((font, info));
        added += 1;
    }
    added
}

/// Whether a file name looks like a font we can load.
pub fn is_font_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".otf", ".ttf", ".ttc", ".otc"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The family `templates/letter.typ` is written against.
    const LETTER_FAMILY: &str = "Libertinus Serif";

    /// Every character French letters need, in every face of the letter family: accented
    /// capitals, `œ`, `€`, guillemets, the no-break space (U+00A0) and the narrow no-break
    /// space (U+202F) French puts before `;!?` and between thousands. Typst would fall back to
    /// another family for a missing glyph, and PDF/A export fails when no font has it.
    #[test]
    fn letter_family_covers_french_typography() {
        let store = embedded_store();
        let book = store.book();
        let needed = "€°«»’‘“”…–—éèêëÉÈÊàâÀçÇœŒæîïôûùüÿ\u{a0}\u{202f}§№×";
        let faces: Vec<usize> = (0..)
            .map_while(|i| book.info(i).map(|info| (i, info)))
            .filter(|(_, info)| info.family == LETTER_FAMILY)
            .map(|(i, _)| i)
            .collect();
        // Regular, Italic, Semibold, Semibold Italic, Bold, Bold Italic.
        assert_eq!(faces.len(), 6, "Libertinus Serif faces embedded");
        for index in faces {
            let font = store.font(index).expect("embedded face loads");
            let missing: String = needed
                .chars()
                .filter(|&c| !font.info().coverage.contains(u32::from(c)))
                .collect();
            assert!(
                missing.is_empty(),
                "{} {:?} lacks {missing:?}",
                font.info().family,
                font.info().variant
            );
        }
    }

    #[test]
    fn font_file_names() {
        assert!(is_font_file("Marianne-Regular.OTF"));
        assert!(is_font_file("firm.ttc"));
        assert!(!is_font_file("letter.typ"));
    }
}
