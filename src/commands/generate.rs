//! `creance generate -n N --seed S -o DIR` (hidden): case files for tests and benchmarks.

use std::io::Write;

use super::Exit;
use crate::batch::generate::case;
use crate::cli::GenerateArgs;

pub fn run(args: &GenerateArgs) -> Exit {
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        let _ = writeln!(
            std::io::stderr(),
            "creance: cannot create `{}`: {e}",
            args.output.display()
        );
        return Exit::Failure;
    }
    for i in 0..args.count {
        let text = case(args.seed, i, args.min_invoices, args.max_invoices);
        let path = args.output.join(format!("case-{i:06}.yaml"));
        if let Err(e) = crate::render::write_atomic(&path, text.as_bytes()) {
            let _ = writeln!(
                std::io::stderr(),
                "creance: cannot write `{}`: {e}",
                path.display()
            );
            return Exit::Failure;
        }
    }
    Exit::Ok
}
