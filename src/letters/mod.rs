//! What each document says: from a checked case and its computation to the [`view::View`] a
//! template lays out. One module per jurisdiction's wording; the layout is shared.

pub mod format;
pub mod fr;
pub mod mentions;
pub mod view;

use chrono::NaiveDate;

use crate::case::Case;
use crate::compute::calendar::{Calendar, deadline_days};
use crate::compute::claim::Computation;
use crate::diag::Diagnostic;
use crate::rules::context::DocKind;

pub struct DocInput<'a> {
    pub case: &'a Case,
    pub computation: &'a Computation,
    pub doc: DocKind,
    /// Render as a draft: watermark and the findings on a last page.
    pub draft: bool,
    pub findings: &'a [Diagnostic],
}

pub fn build(input: &DocInput) -> view::View {
    // Only the French wording exists yet; `check` refuses other jurisdictions before this.
    fr::build(input)
}

/// The last day to pay a letter dated `date` giving `days` days: art. 641–642 CPC (the day of
/// the letter is not counted; a last day on a Saturday, Sunday or public holiday moves to the
/// next working day). Applying the procedural rule to a contractual delay is the conservative
/// reading: it never shortens the debtor's time (calendars.md).
pub fn payment_deadline(date: NaiveDate, days: u32) -> NaiveDate {
    deadline_days(&Calendar::france_metropolitan(), date, days)
        .map(|d| d.effective)
        .unwrap_or(date)
}

/// Whether a collection agency writes the letters (R124-4 CPCE mentions apply).
pub fn by_agency(case: &Case) -> bool {
    case.representative
        .as_ref()
        .is_some_and(|r| r.kind == crate::case::model::RepresentativeKind::Agency)
}
