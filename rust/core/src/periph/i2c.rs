//! AtomVM's `i2c` module: a controller on a named bus (`"i2c0"`), writes and reads of a
//! device by address, and combined write-then-read (a register read).
//!
//! The native functions here work on bus handles the platform gives out; the API of the
//! seeds (`i2c:open/1`, `write_bytes/3,4`, `read_bytes/3,4`, queued transmissions) is
//! `libs/eavmlib/src/i2c.erl`, whose driver process owns the handle.

use alloc::borrow::Cow;

use super::{handle_result, result, u32_arg, Error};
use crate::atom;
use crate::bif::iolist::binary_arg;
use crate::bif::BifEntry;
use crate::binary;
use crate::process::{oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

/// Longest single read: reads build a binary on the caller's heap.
const MAX_READ: u32 = 65_536;

/// The platform's I2C controllers. Calls come from the VM's thread.
pub trait I2c: Send + Sync {
    /// Opens bus `name` as controller at `hz`; returns the handle other calls take.
    fn open(&self, name: &str, hz: u32) -> Result<u32, Error>;
    fn close(&self, bus: u32);
    /// Writes `data` to the device at `addr` (one transfer, with a stop).
    fn write(&self, bus: u32, addr: u16, data: &[u8]) -> Result<(), Error>;
    /// Reads `buf.len()` bytes from the device at `addr`.
    fn read(&self, bus: u32, addr: u16, buf: &mut [u8]) -> Result<(), Error>;
    /// Writes `data`, then (repeated start) reads `buf.len()` bytes.
    fn write_read(&self, bus: u32, addr: u16, data: &[u8], buf: &mut [u8]) -> Result<(), Error>;
}

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("i2c", "$open", 2, open),
    ("i2c", "$close", 1, close),
    ("i2c", "$write", 3, write),
    ("i2c", "$read", 3, read),
    ("i2c", "$write_read", 4, write_read),
];

fn with_i2c<T>(vm: &Vm, f: impl FnOnce(&dyn I2c) -> Result<T, Error>) -> Result<T, Error> {
    match vm.platform.i2c() {
        Some(i) => f(i),
        None => Err(Error::Unsupported),
    }
}

/// A 7-bit device address, or badarg.
fn addr_arg(t: Term) -> Result<u16, Exception> {
    match u32_arg(t)? {
        a if a < 0x80 => Ok(a as u16),
        _ => Err(Exception::error(atom::BADARG)),
    }
}

fn bytes_arg<'a>(t: Term) -> Result<Cow<'a, [u8]>, Exception> {
    let s = binary_arg(t)?;
    Ok(match s.as_bytes() {
        Some(b) => Cow::Borrowed(b),
        None => Cow::Owned(s.to_vec()),
    })
}

/// `{ok, Term}`.
fn ok_tuple(p: &mut Process, t: Term) -> R {
    term::tuple(&mut p.heap, &[atom::OK, t]).map_err(oom)
}

/// `i2c:'$open'(Name, Hz)`: `{ok, Bus}`; Name is a string, binary or atom.
fn open(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let name = if a[0].is_atom() {
        alloc::string::String::from(vm.atoms.name(a[0]))
    } else if a[0].is_binary() {
        let b = bytes_arg(a[0])?;
        alloc::string::String::from_utf8(b.into_owned()).map_err(|_| Exception::error(atom::BADARG))?
    } else {
        let mut v = alloc::vec::Vec::new();
        crate::bif::iolist::iodata_to_vec(a[0], &mut v).map_err(|_| Exception::error(atom::BADARG))?;
        alloc::string::String::from_utf8(v).map_err(|_| Exception::error(atom::BADARG))?
    };
    let hz = u32_arg(a[1])?;
    let r = with_i2c(vm, |i| i.open(&name, hz));
    handle_result(vm, p, r)
}

fn close(vm: &mut Vm, _p: &mut Process, a: &[Term]) -> R {
    let bus = u32_arg(a[0])?;
    if let Some(i) = vm.platform.i2c() {
        i.close(bus);
    }
    Ok(atom::OK)
}

fn write(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (bus, addr, data) = (u32_arg(a[0])?, addr_arg(a[1])?, bytes_arg(a[2])?);
    let r = with_i2c(vm, |i| i.write(bus, addr, &data)).map(|_| atom::OK);
    result(vm, p, r)
}

/// Reads into a new binary: `{ok, Binary}`.
fn read_into(vm: &mut Vm, p: &mut Process, count: Term, f: impl FnOnce(&dyn I2c, &mut [u8]) -> Result<(), Error>) -> R {
    let n = u32_arg(count)?;
    if n > MAX_READ {
        return Err(Exception::error(atom::BADARG));
    }
    let (bin, buf) = binary::new_binary_uninit(&mut p.heap, n as usize * 8).map_err(oom)?;
    buf.fill(0);
    let r = match with_i2c(vm, |i| f(i, buf)) {
        Ok(()) => Ok(ok_tuple(p, bin)?),
        Err(e) => Err(e),
    };
    result(vm, p, r)
}

fn read(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (bus, addr) = (u32_arg(a[0])?, addr_arg(a[1])?);
    read_into(vm, p, a[2], |i, buf| i.read(bus, addr, buf))
}

fn write_read(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (bus, addr, data) = (u32_arg(a[0])?, addr_arg(a[1])?, bytes_arg(a[2])?);
    read_into(vm, p, a[3], |i, buf| i.write_read(bus, addr, &data, buf))
}
