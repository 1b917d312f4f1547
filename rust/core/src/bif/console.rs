//! The `console` module's native functions (AtomVM's names): raw output to the platform's
//! console, used by the I/O server behind `user`/`standard_error` and by `console:puts`.
//!
//! * `console:print(IoData)`: writes the bytes as they are; `ok`, or `badarg` if the
//!   argument is not iodata.
//! * `console:'$read_line'()`: one line of console input as a binary (with its newline), or
//!   `eof` where the platform has no input. Blocks the VM while it waits (host only).

use alloc::vec::Vec;

use super::iolist::iodata_to_vec;
use super::BifEntry;
use crate::atom;
use crate::binary;
use crate::process::{badarg, oom, Exception, Process};
use crate::term::Term;
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[("console", "print", 1, print), ("console", "$read_line", 0, read_line)];

fn print(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let mut bytes = Vec::new();
    if iodata_to_vec(a[0], &mut bytes).is_err() {
        return badarg();
    }
    vm.platform.write_console(&bytes);
    Ok(atom::OK)
}

fn read_line(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    match vm.platform.read_console_line() {
        Some(line) => binary::new_binary(&mut p.heap, &line).map_err(oom),
        None => Ok(atom::EOF),
    }
}
