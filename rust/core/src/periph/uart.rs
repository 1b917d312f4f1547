//! AtomVM's `uart` module: a serial port by name (`"uart0"`), configured once, written
//! and read without blocking the VM (`libs/eavmlib/src/uart.erl` waits for data by
//! polling from its driver process).

use super::{handle_result, name_arg, result, u32_arg, Error};
use crate::atom;
use crate::bif::BifEntry;
use crate::binary;
use crate::process::{oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

/// Most bytes one read returns.
const MAX_READ: u32 = 4096;

/// Line settings (`uart:open/2` options).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Config {
    pub baud: u32,
    /// 5 to 8.
    pub data_bits: u8,
    /// 1 or 2.
    pub stop_bits: u8,
    /// 0 none, 1 odd, 2 even.
    pub parity: u8,
    /// 0 none, 1 RTS/CTS (software flow control is not offered by Zephyr's API).
    pub flow: u8,
}

/// The platform's serial ports. Calls come from the VM's thread and never block.
pub trait Uart: Send + Sync {
    fn open(&self, name: &str, config: Config) -> Result<u32, Error>;
    fn close(&self, port: u32);
    fn write(&self, port: u32, data: &[u8]) -> Result<(), Error>;
    /// Reads what has arrived, at most `buf.len()` bytes; returns how many.
    fn read(&self, port: u32, buf: &mut [u8]) -> Result<usize, Error>;
}

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("uart", "$open", 6, open),
    ("uart", "$close", 1, close),
    ("uart", "$write", 2, write),
    ("uart", "$read", 2, read),
];

fn with_uart<T>(vm: &Vm, f: impl FnOnce(&dyn Uart) -> Result<T, Error>) -> Result<T, Error> {
    match vm.platform.uart() {
        Some(u) => f(u),
        None => Err(Error::Unsupported),
    }
}

fn small_arg(t: Term, range: core::ops::RangeInclusive<u32>) -> Result<u8, Exception> {
    match u32_arg(t)? {
        v if range.contains(&v) => Ok(v as u8),
        _ => Err(Exception::error(atom::BADARG)),
    }
}

/// `uart:'$open'(Name, Baud, DataBits, StopBits, Parity, Flow)`: `{ok, Port}`.
fn open(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let name = name_arg(a[0])?;
    let config = Config {
        baud: u32_arg(a[1])?,
        data_bits: small_arg(a[2], 5..=8)?,
        stop_bits: small_arg(a[3], 1..=2)?,
        parity: small_arg(a[4], 0..=2)?,
        flow: small_arg(a[5], 0..=1)?,
    };
    let r = with_uart(vm, |u| u.open(&name, config));
    handle_result(vm, p, r)
}

fn close(vm: &mut Vm, _p: &mut Process, a: &[Term]) -> R {
    let port = u32_arg(a[0])?;
    if let Some(u) = vm.platform.uart() {
        u.close(port);
    }
    Ok(atom::OK)
}

/// `uart:'$write'(Port, Binary)`.
fn write(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let port = u32_arg(a[0])?;
    if !a[1].is_binary() {
        return Err(Exception::error(atom::BADARG));
    }
    let data = binary::binary_bytes(a[1]).ok_or(Exception::error(atom::BADARG))?;
    let r = with_uart(vm, |u| u.write(port, &data)).map(|_| atom::OK);
    result(vm, p, r)
}

/// `uart:'$read'(Port, Max)`: `{ok, Binary}` of what has arrived (possibly empty).
fn read(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let port = u32_arg(a[0])?;
    let max = u32_arg(a[1])?.min(MAX_READ) as usize;
    // On the heap: Zephyr threads have a few KB of stack.
    let mut buf = alloc::vec::Vec::new();
    crate::mem::try_reserve(&mut buf, max).map_err(oom)?;
    buf.resize(max, 0);
    let r = match with_uart(vm, |u| u.read(port, &mut buf)) {
        Ok(n) => {
            let bin = binary::new_binary(&mut p.heap, &buf[..n.min(max)]).map_err(oom)?;
            Ok(term::tuple(&mut p.heap, &[atom::OK, bin]).map_err(oom)?)
        }
        Err(e) => Err(e),
    };
    result(vm, p, r)
}
