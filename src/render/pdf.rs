//! PDF export: PDF/A-2b, tagged, reproducible.
//!
//! - **PDF/A-2b** is the archival profile courts and e-registered-mail services accept: fonts
//!   embedded, no external dependency, XMP metadata. (A-3b would only be needed to attach the
//!   machine-readable data; A-2a/UA would constrain the templates further.)
//! - **Tagged** (Typst's default since 0.14): a baseline of accessibility, reading order kept.
//! - **Reproducible**: PDF/A refuses to export without a document date, and "now" would make
//!   every run differ. The timestamp is the letter's own date, at noon UTC — noon so that a
//!   viewer converting to local time shows the same calendar day anywhere from UTC−12 to
//!   UTC+11. The document identifier is derived from a stable `ident` (case reference + kind).
//!   Same input, same bytes: golden hashes are possible within one Typst version.

use chrono::Datelike;
use typst::diag::SourceDiagnostic;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The Typst date for a letter date, at noon (see the module documentation).
/// `None` when the year is outside what Typst represents (±9999).
pub fn typst_datetime(date: chrono::NaiveDate) -> Option<Datetime> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Datetime::from_ymd_hms(date.year(), month, day, 12, 0, 0)
}

/// The same day without a time, for `datetime.today()` in templates.
pub fn typst_date(date: chrono::NaiveDate) -> Option<Datetime> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Datetime::from_ymd(date.year(), month, day)
}

/// Exports a laid-out document as PDF/A-2b bytes.
pub fn export(
    document: &PagedDocument,
    timestamp: Datetime,
    ident: &str,
) -> Result<Vec<u8>, Vec<SourceDiagnostic>> {
    let standards = PdfStandards::new(&[PdfStandard::A_2b])
        .expect("PDF/A-2b alone is a valid set of standards");
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        creator: Smart::Custom(Some(format!(
            "creance {} (Typst)",
            env!("CARGO_PKG_VERSION")
        ))),
        timestamp: Some(Timestamp::new_utc(timestamp)),
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(document, &options).map_err(|errors| errors.to_vec())
}
