//! Belgium: payment reference, EPC QR code, damages caps, rate tables, the free first reminder.
//!
//! * [`structured_ref`] — the structured communication (OGM/VCS, `+++123/4567/89002+++`):
//!   generation from a base or a case reference, parsing and validation (belgium.md §10.1).
//! * [`epc_qr`] — the EPC069-12 (SEPA credit transfer) QR payload, IBAN/BIC/RF checks, and the
//!   QR code as SVG for the letter templates (belgium.md §10.2).
//! * [`damages`] — what may be claimed besides the principal: the CDE art. XIX.4 consumer caps
//!   (indemnity tiers, interest ceiling), the XIX.3 reminder fees, the B2B 40 € per invoice and
//!   the art. 1394/20 C. jud. 10 % (belgium.md §1.4–§1.5, §3, §8b), as data in
//!   `jurisdictions/be/damages.yaml`.
//! * [`rates`] — the commercial late-payment rate per semester (loi du 2 août 2002) and the civil
//!   legal rate per year (loi du 5 mai 1865), dated and sourced in `jurisdictions/be/rates/`,
//!   with simple interest split at every rate change (belgium.md §4).
//! * [`reminder_period`] — the 14-day period of the free first reminder of a consumer debt
//!   (belgium.md §1.3), with the Belgian calendar.
//! * [`regime`] — which law governs a case's damages (loi du 2 août 2002, Book XIX, civil law)
//!   and the consumer's first reminder as the case records it.
//! * [`schedule`] — interest on an invoice whose balance changes, under each Belgian rule; used
//!   by [`crate::compute::claim`].
//! * [`identifiers`] — the enterprise number (BCE/KBO, mod 97) and postcodes.
//!
//! What the Belgian letters print from these (the first reminder's dates in words, the payment
//! box, the collector's mentions) is in [`crate::letters::be_facts`]: it formats for a reader,
//! so it belongs to the letters, not to the computation.
//!
//! Money is [`rust_decimal::Decimal`] throughout and every computed line is rounded once with
//! [`crate::compute::money::round_cents`]. Interest lines reuse
//! [`crate::compute::interest::InterestLine`], so a Belgian annex reads like a French one.

pub mod damages;
pub mod epc_qr;
pub mod identifiers;
pub mod rates;
pub mod regime;
pub mod reminder_period;
pub mod schedule;
pub mod structured_ref;
