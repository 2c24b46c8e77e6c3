//! The `creance` binary: everything lives in the library (see `creance::run`).

fn main() -> std::process::ExitCode {
    creance::run()
}
