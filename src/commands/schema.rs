//! `creance schema`: the JSON Schema of the case file, generated from the Rust types.

use std::io::Write;

use super::{Exit, io_exit};
use crate::case::Case;

pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Case);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

pub fn run() -> Exit {
    match writeln!(std::io::stdout(), "{}", schema_json()) {
        Ok(()) => Exit::Ok,
        Err(e) => io_exit(e),
    }
}
