//! Command-line interface (clap derive). Every flag is documented in `--help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::case::model::{Jurisdiction, PartyKind};
use crate::rules::context::DocKind;

/// Check debt-collection case files against French, Belgian and Québec law, compute what may be
/// claimed, and render legally complete letters to PDF/A.
#[derive(Debug, Parser)]
#[command(name = "creance", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// Folder of rate tables replacing the embedded ones, laid out like `jurisdictions/`
    /// (`fr/rates/legal-rate.yaml`, `be/rates/commercial-rate.yaml`, `qc/rates/s28-laf.yaml`…):
    /// add a newly published rate without waiting for a new creance. Each file is checked like
    /// the embedded one.
    #[arg(long, global = true, value_name = "DIR")]
    pub rates: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check case files: schema, law, consistency. Prints every finding; renders nothing.
    Check(CheckArgs),
    /// Check a letter written elsewhere (PDF or text) for the mentions the law expects.
    Audit(AuditArgs),
    /// Render a case's documents to PDF/A (refuses a case with errors unless --draft).
    Render(RenderArgs),
    /// Show the computation: principal, payments, interest per period, fees, total.
    Amounts(AmountsArgs),
    /// List the rules of a jurisdiction.
    Rules(RulesArgs),
    /// Explain one rule: its text, legal references and an example.
    Explain(ExplainArgs),
    /// Write a commented case file to fill.
    New(NewArgs),
    /// Print the JSON Schema of the case file (for editors).
    Schema,
    /// Render many cases in one process: parallel, resumable, with a manifest of evidence.
    Batch(BatchArgs),
    /// Write N realistic, varied, valid case files (deterministic from a seed), for tests and
    /// benchmarks.
    #[command(hide = true)]
    Generate(GenerateArgs),
    /// Print the view model (the JSON a template receives as /data.json) of a case's document:
    /// for template authors and the benchmark's Typst peer.
    #[command(hide = true)]
    View(ViewArgs),
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Case files, or folders searched recursively for `.yaml`/`.yml` files.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output folder: PDFs, their `.pdf.json` sidecars and `manifest.json`.
    #[arg(long, short)]
    pub output: PathBuf,
    /// Worker threads (default: the number of cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Documents to render for each case (repeatable); default: reminder and formal notice.
    #[arg(long = "doc", value_enum)]
    pub docs: Vec<DocKind>,
    /// Process only shard I of N (1-based, stable by file path), e.g. `--shard 2/8`.
    #[arg(long)]
    pub shard: Option<crate::batch::discover::Shard>,
    /// Skip outputs whose sidecar matches the input's hash and the current versions.
    #[arg(long)]
    pub resume: bool,
    /// Warnings fail a case too.
    #[arg(long)]
    pub strict: bool,
    /// Folder of Typst templates overriding the embedded ones.
    #[arg(long)]
    pub templates: Option<PathBuf>,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many case files.
    #[arg(long, short = 'n', default_value_t = 100)]
    pub count: usize,
    /// Seed: the same seed writes the same files.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output folder.
    #[arg(long, short)]
    pub output: PathBuf,
    /// Minimum and maximum number of invoices per case.
    #[arg(long, default_value_t = 1)]
    pub min_invoices: usize,
    #[arg(long, default_value_t = 10)]
    pub max_invoices: usize,
    /// Only business-to-business cases (the benchmark's two-page formal notice with annex;
    /// French cases).
    #[arg(long)]
    pub b2b_only: bool,
    /// Which jurisdictions: `fr` (default, the benchmark's), `be`, `qc`, or `all` in turn.
    #[arg(long, value_enum, default_value = "fr")]
    pub jurisdiction: crate::batch::generate::Mix,
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// Case file (YAML).
    pub case: PathBuf,
    /// The document whose view model to print.
    #[arg(long = "doc", value_enum, default_value = "formal-notice")]
    pub doc: DocKind,
}

/// A document to render, or `all` of those the case allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocChoice {
    Reminder,
    FormalNotice,
    PaymentPlan,
    Injunction,
    All,
}

impl DocChoice {
    /// The document, or `None` for `all`.
    pub fn kind(self) -> Option<DocKind> {
        match self {
            DocChoice::Reminder => Some(DocKind::Reminder),
            DocChoice::FormalNotice => Some(DocKind::FormalNotice),
            DocChoice::PaymentPlan => Some(DocKind::PaymentPlan),
            DocChoice::Injunction => Some(DocKind::Injunction),
            DocChoice::All => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Readable text with the offending line of the case.
    Human,
    /// JSON Lines: one object per finding (or per line of output).
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human, global = true)]
    pub format: Format,
    /// When to use colours in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// Print only findings (no summary line).
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Case files (YAML).
    #[arg(required = true)]
    pub cases: Vec<PathBuf>,
    /// Warnings fail the check too (exit code 1).
    #[arg(long)]
    pub strict: bool,
    /// Check for these documents only (default: every document).
    #[arg(long = "doc", value_enum)]
    pub docs: Vec<DocKind>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `creance audit`: a reminder or formal notice written elsewhere, checked for its mentions.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Letters: PDF (its text layer; a scanned PDF needs OCR first) or text files; `-` reads
    /// text from standard input.
    #[arg(required = true)]
    pub letters: Vec<PathBuf>,
    /// Whose law the letter is checked against.
    #[arg(long, short, value_enum)]
    pub jurisdiction: Jurisdiction,
    /// The kind of letter (`first-reminder`: Belgium's free first reminder of a consumer debt).
    #[arg(long, value_enum, default_value = "formal-notice")]
    pub doc: crate::audit::AuditDoc,
    /// The letter's language (default: detected from its most common words). Mentions are
    /// looked for in all of the jurisdiction's languages; this picks the suggested wording.
    #[arg(long, value_enum)]
    pub language: Option<crate::audit::Lang>,
    /// Who sends the letter (default: read from its words, else the creditor itself); decides
    /// whether collectors' mentions apply.
    #[arg(long, value_enum)]
    pub sender: Option<crate::audit::Sender>,
    /// Who owes (default: read from its words, else unknown and consumer- or
    /// professional-only checks are skipped, saying so).
    #[arg(long, value_enum)]
    pub debtor: Option<crate::audit::Debtor>,
    /// Warnings fail the audit too (exit code 1).
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Case file (YAML).
    pub case: PathBuf,
    /// Documents to render (repeatable); default: reminder and formal notice.
    /// `all`: every document the case's stage allows (reminder, formal notice, and the payment
    /// plan or court request when the case has those blocks), saying for each other one why
    /// not yet.
    #[arg(long = "doc", value_enum)]
    pub docs: Vec<DocChoice>,
    /// Output folder (created if needed). Files are named `<reference>-<document>.pdf`.
    #[arg(long, short, default_value = "out")]
    pub output: PathBuf,
    /// Render even with errors: "PROJET" watermark and the findings on a last page.
    #[arg(long)]
    pub draft: bool,
    /// Folder of Typst templates overriding the embedded ones (a firm's letterhead).
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Warnings block rendering too.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct AmountsArgs {
    /// Case file (YAML).
    pub case: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Only this jurisdiction's rules.
    #[arg(long, short, value_enum)]
    pub jurisdiction: Option<Jurisdiction>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule id, e.g. FR-FEE-001.
    pub rule: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    #[arg(long, short, value_enum)]
    pub jurisdiction: Jurisdiction,
    /// Kind of debtor the case is about.
    #[arg(long, value_enum, default_value = "professional")]
    pub debtor: PartyKind,
    /// Language of the letters and of the template's comments: `fr`, or `nl` for Belgium
    /// (default `fr`).
    #[arg(long, value_parser = ["fr", "nl"])]
    pub language: Option<String>,
    /// Write to this file instead of standard output (never overwrites an existing file).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}
