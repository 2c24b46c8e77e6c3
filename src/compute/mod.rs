//! Computations: money, rates, interest, calendars and deadlines, prescription.
pub mod be;
pub mod calendar;
pub mod claim;
pub mod interest;
pub mod money;
pub mod prescription;
pub mod qc;
pub mod rates;
