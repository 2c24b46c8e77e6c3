//! `creance new --jurisdiction fr`: a commented case file to fill. Its placeholder values
//! ("à compléter") are caught by the placeholder rule, so an unfilled file never renders.

use std::io::Write;

use super::{Exit, io_exit};
use crate::case::model::{Jurisdiction, PartyKind};
use crate::cli::NewArgs;

pub fn template(j: Jurisdiction, debtor: PartyKind) -> Option<&'static str> {
    match (j, debtor) {
        (Jurisdiction::Fr, PartyKind::Consumer) => {
            Some(include_str!("../../jurisdictions/fr/new/consumer.yaml"))
        }
        (Jurisdiction::Fr, _) => Some(include_str!("../../jurisdictions/fr/new/professional.yaml")),
        (Jurisdiction::Qc, PartyKind::Consumer) => {
            Some(include_str!("../../jurisdictions/qc/new/consumer.yaml"))
        }
        (Jurisdiction::Qc, _) => Some(include_str!("../../jurisdictions/qc/new/professional.yaml")),
        _ => None,
    }
}

pub fn run(args: &NewArgs) -> Exit {
    let Some(text) = template(args.jurisdiction, args.debtor) else {
        let _ = writeln!(
            std::io::stderr(),
            "creance: no case template for `{}` in this version (France and Québec for now)",
            args.jurisdiction.code()
        );
        return Exit::Failure;
    };
    match &args.output {
        None => match std::io::stdout().write_all(text.as_bytes()) {
            Ok(()) => Exit::Ok,
            Err(e) => io_exit(e),
        },
        Some(path) => {
            // create_new: an existing case file is never overwritten.
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path);
            match file.and_then(|mut f| f.write_all(text.as_bytes())) {
                Ok(()) => {
                    let _ = writeln!(
                        std::io::stderr(),
                        "wrote {}; fill it, then `creance check {}`",
                        path.display(),
                        path.display()
                    );
                    Exit::Ok
                }
                Err(e) => {
                    let _ = writeln!(
                        std::io::stderr(),
                        "creance: cannot create `{}`: {e}",
                        path.display()
                    );
                    Exit::Failure
                }
            }
        }
    }
}
