//! Computations: money, rates, interest, calendars and deadlines, prescription, payment plans,
//! court procedures.
pub mod accrual;
pub mod be;
pub mod calendar;
pub mod claim;
pub mod data;
pub mod dated_table;
pub mod interest;
pub mod money;
pub mod plan;
pub mod prescription;
pub mod procedure;
pub mod qc;
pub mod rates;
pub mod table_checks;
#[cfg(test)]
mod test_util;
