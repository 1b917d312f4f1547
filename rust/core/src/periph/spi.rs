//! AtomVM's `spi` module: a controller on a named bus (`"spi0"`) talking to one device in
//! full duplex. The seeds' API (`spi:open/1`, `read_at/3`, `write_at/4`) is
//! `libs/eavmlib/src/spi.erl`, which builds each transfer (address, then data) and reads
//! the answer out of what came back; the native functions here only move bytes.

use super::{handle_result, name_arg, result, u32_arg, Error};
use crate::atom;
use crate::bif::BifEntry;
use crate::binary;
use crate::process::{oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

/// Longest single transfer, in bytes.
const MAX_TRANSFER: usize = 65_536;

/// The platform's SPI controllers. Calls come from the VM's thread.
pub trait Spi: Send + Sync {
    /// Opens bus `name` for a device at `hz` in SPI `mode` (0-3), with chip select
    /// `cs` (the platform's numbering; None: the bus's first); returns a handle.
    fn open(&self, name: &str, hz: u32, mode: u8, cs: Option<u32>) -> Result<u32, Error>;
    fn close(&self, dev: u32);
    /// Sends `tx` while receiving as many bytes into `rx` (same length).
    fn transceive(&self, dev: u32, tx: &[u8], rx: &mut [u8]) -> Result<(), Error>;
}

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] =
    &[("spi", "$open", 4, open), ("spi", "$close", 1, close), ("spi", "$transceive", 2, transceive)];

fn with_spi<T>(vm: &Vm, f: impl FnOnce(&dyn Spi) -> Result<T, Error>) -> Result<T, Error> {
    match vm.platform.spi() {
        Some(s) => f(s),
        None => Err(Error::Unsupported),
    }
}

/// `spi:'$open'(Name, Hz, Mode, Cs)`: `{ok, Device}`; Name is a binary, Cs an integer or
/// `undefined`.
fn open(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let name = name_arg(a[0])?;
    let hz = u32_arg(a[1])?;
    let mode = match u32_arg(a[2])? {
        m @ 0..=3 => m as u8,
        _ => return Err(Exception::error(atom::BADARG)),
    };
    let cs = if a[3] == atom::UNDEFINED { None } else { Some(u32_arg(a[3])?) };
    let r = with_spi(vm, |s| s.open(&name, hz, mode, cs));
    handle_result(vm, p, r)
}

fn close(vm: &mut Vm, _p: &mut Process, a: &[Term]) -> R {
    let dev = u32_arg(a[0])?;
    if let Some(s) = vm.platform.spi() {
        s.close(dev);
    }
    Ok(atom::OK)
}

/// `spi:'$transceive'(Device, TxBinary)`: `{ok, RxBinary}` of the same size.
fn transceive(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let dev = u32_arg(a[0])?;
    if !a[1].is_binary() {
        return Err(Exception::error(atom::BADARG));
    }
    let tx = binary::binary_bytes(a[1]).ok_or(Exception::error(atom::BADARG))?;
    if tx.len() > MAX_TRANSFER {
        return Err(Exception::error(atom::BADARG));
    }
    let (bin, rx) = binary::new_binary_uninit(&mut p.heap, tx.len() * 8).map_err(oom)?;
    rx.fill(0);
    let r = match with_spi(vm, |s| s.transceive(dev, &tx, rx)) {
        Ok(()) => Ok(term::tuple(&mut p.heap, &[atom::OK, bin]).map_err(oom)?),
        Err(e) => Err(e),
    };
    result(vm, p, r)
}
