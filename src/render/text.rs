//! The text of a laid-out document, page by page, in layout order. Used to verify that the
//! letter actually printed its mandatory mentions (whatever template a firm supplied), and by
//! the tests to read the pages.

use typst::layout::{Frame, FrameItem};
use typst_layout::PagedDocument;

/// Each page's text: runs joined by single spaces (runs are cut at style changes and line
/// ends, so compare words, not run boundaries).
pub fn page_texts(document: &PagedDocument) -> Vec<String> {
    fn walk(frame: &Frame, out: &mut String) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(group) => walk(&group.frame, out),
                FrameItem::Text(text) => {
                    out.push_str(&text.text);
                    out.push(' ');
                }
                _ => {}
            }
        }
    }
    document
        .pages()
        .iter()
        .map(|page| {
            let mut text = String::new();
            walk(&page.frame, &mut text);
            text.split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}
