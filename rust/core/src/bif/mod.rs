//! Built-in functions: native implementations of functions of `erlang` and other modules.
//! One file per Erlang module; `register_all` enters them all into the export table.

pub mod arith;
pub mod binary;
pub mod code;
pub mod console;
pub mod erlang;
pub mod etf;
pub mod ets;
pub mod float;
pub mod hash;
pub mod iolist;
pub mod lists;
pub mod maps;
pub mod math;
pub mod process;
pub mod pterm;
pub mod system;
pub mod time;
pub mod unicode;

use crate::process::{Exception, Process};
use crate::term::Term;
use crate::vm::Vm;

/// A BIF: the VM, the calling process, and the arguments; returns the result or raises.
/// BIFs allocate through `p.heap` (which falls back to heap fragments) and never collect
/// garbage, so the terms they hold stay valid.
pub type BifFn = fn(&mut Vm, &mut Process, &[Term]) -> Result<Term, Exception>;

/// One table row: module, function, arity, implementation.
pub type BifEntry = (&'static str, &'static str, u32, BifFn);

/// Enters every BIF into the VM's export table.
pub fn register_all(vm: &mut Vm) {
    for table in [
        arith::BIFS,
        erlang::BIFS,
        float::BIFS,
        etf::BIFS,
        ets::BIFS,
        hash::BIFS,
        binary::BIFS,
        code::BIFS,
        console::BIFS,
        iolist::BIFS,
        lists::BIFS,
        maps::BIFS,
        process::BIFS,
        pterm::BIFS,
        system::BIFS,
        time::BIFS,
        math::BIFS,
        unicode::BIFS,
        crate::periph::gpio::BIFS,
        crate::periph::i2c::BIFS,
        crate::periph::spi::BIFS,
        crate::periph::uart::BIFS,
        crate::periph::nvs::BIFS,
        crate::periph::pwm::BIFS,
        crate::net::socket::BIFS,
        crate::net::link::BIFS,
    ] {
        for &(m, f, a, b) in table {
            vm.register_bif(m, f, a, b);
        }
    }
}

/// Reads a list into a vector; None if it is not a proper list.
pub fn list_to_vec(mut l: Term) -> Option<alloc::vec::Vec<Term>> {
    let mut v = alloc::vec::Vec::new();
    while l.is_list() {
        v.push(l.head());
        l = l.tail();
    }
    if l.is_nil() {
        Some(v)
    } else {
        None
    }
}
