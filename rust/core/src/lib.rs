//! The core of the VM: terms, memory, the loader, the interpreter and the built-in functions.
//! `#![no_std]` + `alloc`: everything platform-specific is behind `platform::Platform`.
#![no_std]
#![allow(clippy::missing_safety_doc)]
// Internal helpers answer Err(()) for "not valid input"; every caller turns it into the
// Erlang exception that fits (badarg, badarith, ...), so a richer error type adds nothing.
#![allow(clippy::result_unit_err)]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod atom;
pub mod bif;
pub mod bignum;
pub mod binary;
pub mod etf;
pub mod ets;
pub mod fmt;
pub mod fun;
pub mod hash;
pub mod heap;
pub mod interp;
pub mod loader;
pub mod map;
pub mod mem;
pub mod module;
pub mod net;
pub mod periph;
pub mod platform;
pub mod process;
pub mod sched;
pub mod term;
pub mod vm;
