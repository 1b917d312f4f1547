//! The interpreter: one dispatch loop over the translated instruction stream. It runs one
//! process for a reduction budget and returns; it never recurses on the Rust stack.

pub mod bits;
mod exception;
pub mod exec;
pub mod instr;

pub use exec::{run, Outcome, Regs};
