//! The view model: everything a template prints, already worded and formatted for the
//! recipient's language. Templates only lay it out; they never compute, format or read the
//! case. It reaches Typst as a JSON file (`/data.json`), so case data is never markup.

use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct View {
    pub doc: &'static str,
    /// Whose law the letter applies: `fr`, `be`, `qc`.
    pub jurisdiction: &'static str,
    /// BCP 47 tag of the letter's language ("fr", "fr-BE", "nl-BE", "fr-CA", "en-CA").
    pub lang: &'static str,
    /// Paper and envelope window: the country's standard.
    pub layout: Layout,
    pub draft: bool,
    pub watermark: Option<String>,
    pub document_title: String,
    pub author: String,
    pub reference: String,
    pub sender: Block,
    pub recipient: Block,
    pub place_date: String,
    pub channel: Option<String>,
    /// Statements heading the letter, printed in bold as written ("SOUS TOUTES RÉSERVES").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub banners: Vec<String>,
    pub references: Vec<[String; 2]>,
    pub subject: String,
    pub salutation: String,
    pub body: Vec<Paragraph>,
    pub invoices: Option<Table>,
    pub summary: Option<Summary>,
    /// How to pay (Belgium: the structured communication and an EPC QR code).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentBlock>,
    pub after_summary: Vec<Paragraph>,
    pub closing: String,
    pub signature: Signature,
    /// Several parties sign (a payment-plan agreement): one slot each, side by side, instead of
    /// `signature`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<SignatureSlot>,
    pub annex: Option<Annex>,
    /// A form the recipient fills in and returns, on its own page after the annex (Belgium:
    /// the art. 1394/21 reply form annexed to the huissier's sommation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_form: Option<ReplyForm>,
    pub findings: Vec<Finding>,
    pub labels: Labels,
}

/// Paper size and the side of the envelope window the recipient's address must fall in.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Layout {
    pub paper: &'static str,
    pub window: &'static str,
}

impl Layout {
    /// A4 in a DL envelope with the window on the right (France, Belgium).
    pub const A4_RIGHT: Layout = Layout {
        paper: "a4",
        window: "right",
    };
    /// US Letter in a Canadian No. 10 envelope with the window on the left (Québec).
    pub const LETTER_LEFT: Layout = Layout {
        paper: "us-letter",
        window: "left",
    };
}

#[derive(Clone, Debug, Serialize)]
pub struct Block {
    pub name: String,
    pub lines: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contact: Vec<String>,
}

/// A paragraph: runs of plain (`t`) or bold (`b`) text.
pub type Paragraph = Vec<Span>;

#[derive(Clone, Debug, Serialize)]
pub enum Span {
    #[serde(rename = "t")]
    Text(String),
    #[serde(rename = "b")]
    Bold(String),
    /// Bold in another typeface: a statement the law wants set apart from the rest of the
    /// letter (Belgium, art. XIX.7 §2 CDE).
    #[serde(rename = "bi")]
    Strong(String),
}

/// Builds a paragraph from alternating runs: `para(&[t("a"), b("b")])`.
pub fn t(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}
pub fn b(s: impl Into<String>) -> Span {
    Span::Bold(s.into())
}

/// A table of strings. Serialized with `longest`: per column, the longest cell of the header
/// and the rows in grapheme clusters (what Typst's `str.clusters()` counts), from which the
/// template sizes its columns. Typst counted them itself at 4 % of a letter's time.
#[derive(Clone, Debug)]
pub struct Table {
    pub title: String,
    pub columns: Vec<String>,
    pub align: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    pub total: Option<Vec<String>>,
    /// The columns' natural widths in the letter face ([`super::fit`]), set once the view is
    /// complete; `None` lets the template measure.
    pub fit: Option<super::fit::TableFit>,
}

impl Table {
    /// How many columns the template draws: as many as the widest of header, rows and total.
    pub fn column_count(&self) -> usize {
        self.rows
            .iter()
            .map(Vec::len)
            .chain([self.columns.len(), self.total.as_ref().map_or(0, Vec::len)])
            .max()
            .unwrap_or(0)
    }

    /// Per column, the longest header or row cell in grapheme clusters (the total row is not
    /// counted: it is bold and short). As many columns as the widest of header, rows and total.
    pub fn longest(&self) -> Vec<usize> {
        use unicode_segmentation::UnicodeSegmentation;
        let mut longest = vec![0; self.column_count()];
        for row in std::iter::once(&self.columns).chain(&self.rows) {
            for (m, cell) in longest.iter_mut().zip(row) {
                *m = (*m).max(cell.graphemes(true).count());
            }
        }
        longest
    }
}

impl Serialize for Table {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Table", 7)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("columns", &self.columns)?;
        st.serialize_field("align", &self.align)?;
        st.serialize_field("rows", &self.rows)?;
        st.serialize_field("total", &self.total)?;
        st.serialize_field("longest", &self.longest())?;
        if let Some(fit) = &self.fit {
            st.serialize_field("fit", fit)?;
        }
        st.end()
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub title: String,
    pub rows: Vec<[String; 2]>,
    pub total: [String; 2],
}

/// Payment details as label/value rows, with an optional QR code the debtor's banking app can
/// scan (an SVG document, embedded as an image; never evaluated as markup).
#[derive(Clone, Debug, Serialize)]
pub struct PaymentBlock {
    pub title: String,
    pub rows: Vec<[String; 2]>,
    pub qr_svg: Option<String>,
    /// Text beside the QR code, and its alternative text in the tagged PDF.
    pub qr_caption: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Signature {
    pub name: String,
    pub capacity: String,
}

/// One party's signature: who ("Le débiteur"), the name, the capacity, and the words the
/// signatory writes by hand.
#[derive(Clone, Debug, Serialize)]
pub struct SignatureSlot {
    pub label: String,
    pub name: String,
    pub capacity: String,
    pub note: String,
}

/// A table on its own page, with notes under it.
#[derive(Clone, Debug, Serialize)]
pub struct Annex {
    #[serde(flatten)]
    pub table: Table,
    pub notes: Vec<String>,
}

/// A form to fill in and return: who and what it is about, where and by when to return it,
/// the amounts, the options to tick (each with labelled blanks and free lines), and the
/// signature boxes.
#[derive(Clone, Debug, Serialize)]
pub struct ReplyForm {
    pub title: String,
    pub subtitle: String,
    /// What the form is and is not (printed in a box under the title).
    pub notice: String,
    /// Label/value rows: file, parties, date of the act.
    pub rows: Vec<[String; 2]>,
    /// Where to return the form: a label and the address lines (a placeholder when unknown).
    pub return_to: [String; 2],
    /// The deadline sentence, printed in bold.
    pub deadline: String,
    /// How to answer (only the form counts), printed under the deadline.
    pub how: String,
    pub amounts: Summary,
    /// "Your answer (tick one box)".
    pub options_title: String,
    pub options: Vec<FormOption>,
    /// Labels of the boxes the signatory fills in (date, name and capacity, signature).
    pub signature: Vec<String>,
    /// What happens next (small print at the foot of the form).
    pub footer: Vec<String>,
}

/// One option of a [`ReplyForm`]: a box to tick, its statement, labelled blanks to fill in
/// and a number of free lines (reasons, explanations).
#[derive(Clone, Debug, Serialize)]
pub struct FormOption {
    pub title: String,
    pub text: String,
    pub fields: Vec<String>,
    pub lines: u32,
}

#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub severity: String,
    pub code: String,
    pub message: String,
    pub location: String,
    pub help: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Labels {
    pub subject: String,
    pub page: String,
    pub findings_title: String,
    pub draft_notice: String,
}

#[cfg(test)]
impl Table {
    /// A table of string literals, untitled and unmeasured (tests).
    pub fn of(columns: &[&str], rows: &[&[&str]], total: Option<&[&str]>) -> Table {
        let v = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Table {
            title: String::new(),
            columns: v(columns),
            align: vec![],
            rows: rows.iter().map(|r| v(r)).collect(),
            total: total.map(v),
            fit: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(columns: &[&str], rows: &[&[&str]], total: Option<&[&str]>) -> Table {
        Table::of(columns, rows, total)
    }

    #[test]
    fn longest_counts_grapheme_clusters_per_column_header_included() {
        // "e" + combining acute is one cluster, as in Typst's `clusters()`; "€" and the narrow
        // no-break space are one each.
        let t = table(
            &["Facture", "Montant"],
            &[
                &["F-1", "1\u{202f}234,56\u{a0}€"],
                &["Re\u{301}f. longue", "9,00\u{a0}€"],
            ],
            None,
        );
        assert_eq!(t.longest(), vec![11, 10]);
    }

    #[test]
    fn longest_covers_the_widest_row_and_ignores_the_total_cells() {
        let t = table(
            &["A"],
            &[&["x", "yyyy"]],
            Some(&["Total général", "1", "2"]),
        );
        // Three columns (the total is the widest row); its text does not count.
        assert_eq!(t.longest(), vec![1, 4, 0]);
        let json = serde_json::to_value(&t).unwrap();
        assert_eq!(json["longest"], serde_json::json!([1, 4, 0]));
        assert_eq!(
            json["total"],
            serde_json::json!(["Total général", "1", "2"])
        );
    }
}
