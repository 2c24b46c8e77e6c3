//! `creance audit`: is a letter written elsewhere — a reminder or a formal notice received by
//! a debtor's adviser, drafted by another firm — legally complete?
//!
//! ```text
//! LETTER.pdf|.txt|- ─letter─▶ pages of lines ─text─▶ folded, searchable text (+ map back to page/line)
//!   ─language─▶ fr | nl | en      ─parties─▶ sender (creditor/agency/lawyer/bailiff), debtor
//!   ─report─▶ for each check of jurisdictions/<j>/audit.yaml that applies:
//!             mention found (info, with its place) or missing (its severity, expected wording),
//!             forbidden phrase found (warning, with its place), payment period vs minimum,
//!             amounts ─▶ Vec<Diagnostic> (the same formats as `check`)
//! ```
//!
//! A case file knows the parties and the amounts; a letter written elsewhere only has words.
//! So the audit checks what words can show — that a mention is there, that a period is long
//! enough, that no forbidden charge or threat is written — and says where it found them; it
//! never claims a letter is legally sufficient, only that it found what the law and practice
//! (as our domain notes record them, with their confidence) expect.

pub mod deadline;
pub mod language;
pub mod letter;
pub mod parties;
pub mod pdf;
pub mod report;
pub mod spec;
pub mod text;

pub use language::Lang;
pub use letter::{Letter, read};
pub use parties::{Debtor, Sender};
pub use report::{Options, Report, audit};
pub use spec::AuditDoc;
