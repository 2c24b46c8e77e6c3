//! JSON Lines: one finding per line, for scripts and CI (`--format json`).

use std::io::{self, Write};

use super::Diagnostic;

pub fn write(out: &mut dyn Write, d: &Diagnostic) -> io::Result<()> {
    serde_json::to_writer(&mut *out, d).map_err(io::Error::other)?;
    writeln!(out)
}
