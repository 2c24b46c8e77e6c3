//! The case file: model (`creance/v1`), loading with positions, and structural validation.

pub mod load;
pub mod model;
pub mod spans;
pub mod validate;

pub use load::{LoadError, LoadedCase, load_bytes, load_file, load_str};
pub use model::Case;
