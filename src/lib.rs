//! creance: debt-collection case files checked against the law of France, Belgium and Québec,
//! and rendered to legally complete PDF/A letters with Typst.
//!
//! Pipeline: `case` (load YAML with spans) → `rules` (law as data) → `compute` (Decimal
//! money, interest, deadlines) → `render` (view model → Typst → PDF/A) ; `diag` carries findings.

pub mod audit;
pub mod batch;
pub mod case;
pub mod cli;
pub mod commands;
pub mod compute;
pub mod diag;
pub mod letters;
pub mod render;
pub mod rules;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::commands::Exit;

/// Parses the command line and runs the subcommand; the binary's `main` is only this call.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                Exit::Failure
            } else {
                Exit::Ok
            };
            let _ = e.print();
            return code.into();
        }
    };
    if let Some(dir) = &cli.rates
        && let Err(e) = compute::data::use_rates_dir(dir)
    {
        eprintln!(
            "error: --rates: {}: {}\n  = help: the folder holds rate tables laid out like \
             jurisdictions/ (fr/rates/legal-rate.yaml…), in the embedded files' format",
            e.path.display(),
            e.message
        );
        return Exit::Failure.into();
    }
    let exit = match &cli.command {
        Command::Check(a) => commands::check::run(a),
        Command::Audit(a) => commands::audit::run(a),
        Command::Render(a) => commands::render::run(a),
        Command::Amounts(a) => commands::amounts::run(a),
        Command::Rules(a) => commands::rules::run(a),
        Command::Explain(a) => commands::explain::run(a),
        Command::New(a) => commands::new::run(a),
        Command::Schema => commands::schema::run(),
        Command::Batch(a) => commands::batch::run(a),
        Command::Generate(a) => commands::generate::run(a),
        Command::View(a) => commands::generate::view(a),
    };
    exit.into()
}
