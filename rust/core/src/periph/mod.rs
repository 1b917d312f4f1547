//! Peripherals: AtomVM's hardware modules (`gpio`, ...) as native functions over services
//! the platform provides, and the events (interrupts) that come back as messages.
//!
//! The platform implements a small trait per kind of peripheral ([`gpio::Gpio`]) and
//! returns it from [`crate::platform::Platform::gpio`]; platforms without one make the
//! module's functions return `{error, unsupported}`. Events raised in interrupt handlers
//! are queued by the platform and taken by the scheduler ([`crate::platform::Platform::poll_event`]),
//! which turns each into a message to the process that asked for it.

pub mod gpio;
pub mod i2c;
pub mod nvs;
pub mod pwm;
pub mod spi;
pub mod uart;

use crate::atom;
use crate::process::{oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

/// Something a peripheral reports asynchronously.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    /// The trigger set on this pin (`gpio:set_int/3`) fired.
    GpioInterrupt(u32),
    /// The network link changed (`network` module).
    Link(crate::net::link::LinkEvent),
}

/// Why a peripheral operation failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Error {
    /// No such pin, bus or handle on this board: `badarg`, as for any wrong argument.
    NoSuch,
    /// The hardware or its driver cannot do this: `{error, unsupported}`.
    Unsupported,
    /// The driver failed with this (negative errno) code: `{error, {driver, Code}}`.
    Driver(i32),
}

/// `Ok(t)` as it is; an [`Error`] as `badarg` or `{error, Reason}`.
pub(crate) fn result(vm: &mut Vm, p: &mut Process, r: Result<Term, Error>) -> Result<Term, Exception> {
    let reason = match r {
        Ok(t) => return Ok(t),
        Err(Error::NoSuch) => return Err(Exception::error(atom::BADARG)),
        Err(Error::Unsupported) => intern(vm, "unsupported")?,
        Err(Error::Driver(code)) => {
            let d = intern(vm, "driver")?;
            term::tuple(&mut p.heap, &[d, Term::small(code as isize)]).map_err(oom)?
        }
    };
    term::tuple(&mut p.heap, &[atom::ERROR, reason]).map_err(oom)
}

pub(crate) fn intern(vm: &mut Vm, name: &str) -> Result<Term, Exception> {
    vm.atoms.intern(name).map_err(|_| Exception::error(atom::SYSTEM_LIMIT))
}

/// Whether `t` is the atom `name`.
pub(crate) fn is_atom(vm: &Vm, t: Term, name: &str) -> bool {
    t.is_atom() && vm.atoms.name(t) == name
}

/// The value `t` names among `table`'s atoms, or badarg.
pub(crate) fn enum_arg<T: Copy>(vm: &Vm, t: Term, table: &[(&str, T)]) -> Result<T, Exception> {
    table.iter().find(|(n, _)| is_atom(vm, t, n)).map(|&(_, v)| v).ok_or(Exception::error(atom::BADARG))
}

/// A non-negative small integer that fits a u32, or badarg.
pub(crate) fn u32_arg(t: Term) -> Result<u32, Exception> {
    if t.is_small() {
        if let Ok(v) = u32::try_from(t.small_value()) {
            return Ok(v);
        }
    }
    Err(Exception::error(atom::BADARG))
}

/// A peripheral name given as a binary (`<<"spi0">>`), or badarg.
pub(crate) fn name_arg(t: Term) -> Result<alloc::string::String, Exception> {
    let bytes = if t.is_binary() { crate::binary::binary_bytes(t) } else { None };
    let bytes = bytes.ok_or(Exception::error(atom::BADARG))?;
    alloc::string::String::from_utf8(bytes.into_owned()).map_err(|_| Exception::error(atom::BADARG))
}

/// `{ok, Handle}` for a handle the platform gave out, or the error as [`result`] says.
pub(crate) fn handle_result(vm: &mut Vm, p: &mut Process, r: Result<u32, Error>) -> Result<Term, Exception> {
    let r = match r {
        Ok(h) => Ok(term::tuple(&mut p.heap, &[atom::OK, Term::small(h as isize)]).map_err(oom)?),
        Err(e) => Err(e),
    };
    result(vm, p, r)
}
