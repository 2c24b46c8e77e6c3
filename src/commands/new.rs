//! `creance new --jurisdiction fr`: a commented case file to fill. Its placeholder values
//! ("à compléter", "in te vullen") are caught by the placeholder rule, so an unfilled file never
//! renders. Belgium has French and Dutch files (`--language nl`).

use std::io::Write;

use super::{Exit, io_exit};
use crate::case::model::{Jurisdiction, PartyKind};
use crate::cli::NewArgs;

/// The commented case file for a jurisdiction, a kind of debtor and, for Belgium, a language
/// (`nl`: Dutch comments and placeholders; anything else: French).
pub fn template_in(
    j: Jurisdiction,
    debtor: PartyKind,
    language: Option<&str>,
) -> Option<&'static str> {
    let nl = language == Some("nl");
    match (j, debtor, nl) {
        (Jurisdiction::Be, PartyKind::Consumer, false) => {
            Some(include_str!("../../jurisdictions/be/new/consumer-fr.yaml"))
        }
        (Jurisdiction::Be, PartyKind::Consumer, true) => {
            Some(include_str!("../../jurisdictions/be/new/consumer-nl.yaml"))
        }
        (Jurisdiction::Be, _, false) => Some(include_str!(
            "../../jurisdictions/be/new/professional-fr.yaml"
        )),
        (Jurisdiction::Be, _, true) => Some(include_str!(
            "../../jurisdictions/be/new/professional-nl.yaml"
        )),
        _ => template(j, debtor),
    }
}

pub fn template(j: Jurisdiction, debtor: PartyKind) -> Option<&'static str> {
    match (j, debtor) {
        (Jurisdiction::Be, _) => template_in(j, debtor, None),
        (Jurisdiction::Fr, PartyKind::Consumer) => {
            Some(include_str!("../../jurisdictions/fr/new/consumer.yaml"))
        }
        (Jurisdiction::Fr, _) => Some(include_str!("../../jurisdictions/fr/new/professional.yaml")),
        (Jurisdiction::Qc, PartyKind::Consumer) => {
            Some(include_str!("../../jurisdictions/qc/new/consumer.yaml"))
        }
        (Jurisdiction::Qc, _) => Some(include_str!("../../jurisdictions/qc/new/professional.yaml")),
    }
}

pub fn run(args: &NewArgs) -> Exit {
    if args.language.as_deref() == Some("nl") && args.jurisdiction != Jurisdiction::Be {
        let _ = writeln!(
            std::io::stderr(),
            "creance: Dutch case files exist for Belgium only (`--jurisdiction be`)"
        );
        return Exit::Failure;
    }
    let Some(text) = template_in(args.jurisdiction, args.debtor, args.language.as_deref()) else {
        let _ = writeln!(
            std::io::stderr(),
            "creance: no case template for `{}` in this version",
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
