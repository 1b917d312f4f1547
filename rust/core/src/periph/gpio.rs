//! AtomVM's `gpio` module: pins by number, modes, levels, and interrupts delivered as
//! `{gpio_interrupt, Pin}` messages.
//!
//! Pin numbers are the platform's: on Zephyr, pin `32 * K + N` is pin N of the K-th GPIO
//! controller of the devicetree (so `35` is P1.03 on an nRF52840); the host runner has a
//! simulated bank (see its platform). The native functions here take the pin and do the
//! work in the calling process; `libs/eavmlib/src/gpio.erl` adds the port-style API
//! (`gpio:open/0`, `set_level/3`, `set_int/3` ...) on top.

use crate::atom;
use crate::bif::BifEntry;
use crate::heap::Fragment;
use crate::process::mailbox::Message;
use crate::process::{Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

/// How a pin is used (`gpio:set_pin_mode/2`, `set_direction/2,3`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Input,
    Output,
    /// Open drain: driven low, left floating for high.
    OutputOpenDrain,
}

/// Internal pull resistors (`gpio:set_pin_pull/2`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pull {
    Up,
    Down,
    UpDown,
    Floating,
}

/// When an interrupt fires (`gpio:set_int/3`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Trigger {
    None,
    Rising,
    Falling,
    Both,
    Low,
    High,
}

/// Why a GPIO operation failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GpioError {
    /// No such pin on this board: `badarg`, as for any other wrong argument.
    NoSuchPin,
    /// The pin or its controller cannot do this: `{error, unsupported}`.
    Unsupported,
    /// The driver failed with this (negative errno) code: `{error, {driver, Code}}`.
    Driver(i32),
}

/// The platform's GPIO service. Calls come from the VM's thread; a platform that raises
/// interrupts queues [`crate::periph::Event::GpioInterrupt`] for `poll_event`.
pub trait Gpio: Send + Sync {
    fn set_mode(&self, pin: u32, mode: Mode) -> Result<(), GpioError>;
    fn set_pull(&self, pin: u32, pull: Pull) -> Result<(), GpioError>;
    fn write(&self, pin: u32, high: bool) -> Result<(), GpioError>;
    fn read(&self, pin: u32) -> Result<bool, GpioError>;
    /// Arms (or with [`Trigger::None`] disarms) the pin's interrupt.
    fn set_trigger(&self, pin: u32, trigger: Trigger) -> Result<(), GpioError>;
}

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("gpio", "set_pin_mode", 2, set_pin_mode),
    ("gpio", "set_direction", 2, set_pin_mode),
    ("gpio", "set_pin_pull", 2, set_pin_pull),
    ("gpio", "digital_write", 2, digital_write),
    ("gpio", "digital_read", 1, digital_read),
    ("gpio", "$set_int", 3, set_int),
    ("gpio", "$remove_int", 1, remove_int),
];

fn pin_arg(t: Term) -> Result<u32, Exception> {
    if t.is_small() {
        if let Ok(p) = u32::try_from(t.small_value()) {
            return Ok(p);
        }
    }
    Err(Exception::error(atom::BADARG))
}

/// `ok`, or the error as OTP-style `{error, Reason}` (a missing pin raises badarg).
fn result(vm: &mut Vm, p: &mut Process, r: Result<Term, GpioError>) -> R {
    match r {
        Ok(t) => Ok(t),
        Err(GpioError::NoSuchPin) => Err(Exception::error(atom::BADARG)),
        Err(GpioError::Unsupported) => {
            let why = intern(vm, "unsupported")?;
            term::tuple(&mut p.heap, &[atom::ERROR, why]).map_err(crate::process::oom)
        }
        Err(GpioError::Driver(code)) => {
            let d = intern(vm, "driver")?;
            let inner = term::tuple(&mut p.heap, &[d, Term::small(code as isize)]).map_err(crate::process::oom)?;
            term::tuple(&mut p.heap, &[atom::ERROR, inner]).map_err(crate::process::oom)
        }
    }
}

fn intern(vm: &mut Vm, name: &str) -> Result<Term, Exception> {
    vm.atoms.intern(name).map_err(|_| Exception::error(atom::SYSTEM_LIMIT))
}

fn is_atom(vm: &Vm, t: Term, name: &str) -> bool {
    t.is_atom() && vm.atoms.name(t) == name
}

/// Runs `f` on the platform's GPIO, or reports `{error, unsupported}`.
fn with_gpio<T>(vm: &Vm, f: impl FnOnce(&dyn Gpio) -> Result<T, GpioError>) -> Result<T, GpioError> {
    match vm.platform.gpio() {
        Some(g) => f(g),
        None => Err(GpioError::Unsupported),
    }
}

fn set_pin_mode(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = pin_arg(a[0])?;
    let mode = if is_atom(vm, a[1], "input") {
        Mode::Input
    } else if is_atom(vm, a[1], "output") {
        Mode::Output
    } else if is_atom(vm, a[1], "output_od") {
        Mode::OutputOpenDrain
    } else {
        return Err(Exception::error(atom::BADARG));
    };
    let r = with_gpio(vm, |g| g.set_mode(pin, mode)).map(|_| atom::OK);
    result(vm, p, r)
}

fn set_pin_pull(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = pin_arg(a[0])?;
    let pull = [("up", Pull::Up), ("down", Pull::Down), ("up_down", Pull::UpDown), ("floating", Pull::Floating)]
        .into_iter()
        .find(|(n, _)| is_atom(vm, a[1], n))
        .map(|(_, v)| v)
        .ok_or(Exception::error(atom::BADARG))?;
    let r = with_gpio(vm, |g| g.set_pull(pin, pull)).map(|_| atom::OK);
    result(vm, p, r)
}

fn digital_write(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = pin_arg(a[0])?;
    let high = if is_atom(vm, a[1], "high") || a[1] == Term::small(1) {
        true
    } else if is_atom(vm, a[1], "low") || a[1] == Term::small(0) {
        false
    } else {
        return Err(Exception::error(atom::BADARG));
    };
    let r = with_gpio(vm, |g| g.write(pin, high)).map(|_| atom::OK);
    result(vm, p, r)
}

fn digital_read(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = pin_arg(a[0])?;
    let r = with_gpio(vm, |g| g.read(pin));
    let r = match r {
        Ok(h) => intern(vm, if h { "high" } else { "low" }).map(Ok)?,
        Err(e) => Err(e),
    };
    result(vm, p, r)
}

/// `gpio:'$set_int'(Pin, Trigger, Pid)`: `{gpio_interrupt, Pin}` goes to Pid when Trigger
/// fires (`none` disarms).
fn set_int(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = pin_arg(a[0])?;
    let trigger = [
        ("none", Trigger::None),
        ("rising", Trigger::Rising),
        ("falling", Trigger::Falling),
        ("both", Trigger::Both),
        ("low", Trigger::Low),
        ("high", Trigger::High),
    ]
    .into_iter()
    .find(|(n, _)| is_atom(vm, a[1], n))
    .map(|(_, v)| v)
    .ok_or(Exception::error(atom::BADARG))?;
    if !a[2].is_pid() {
        return Err(Exception::error(atom::BADARG));
    }
    let r = with_gpio(vm, |g| g.set_trigger(pin, trigger)).map(|_| atom::OK);
    if r.is_ok() {
        if trigger == Trigger::None {
            vm.gpio_listeners.remove(&pin);
        } else {
            vm.gpio_listeners.insert(pin, a[2].pid_index());
        }
    }
    result(vm, p, r)
}

/// `gpio:'$remove_int'(Pin)`.
fn remove_int(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = pin_arg(a[0])?;
    let r = with_gpio(vm, |g| g.set_trigger(pin, Trigger::None)).map(|_| atom::OK);
    vm.gpio_listeners.remove(&pin);
    result(vm, p, r)
}

impl Vm {
    /// Takes the events the platform queued and sends each to the process that asked for
    /// it (called by the scheduler before each time slice and after each wait).
    pub fn poll_events(&mut self) {
        while let Some(e) = self.platform.poll_event() {
            match e {
                super::Event::GpioInterrupt(pin) => {
                    let Some(&pid) = self.gpio_listeners.get(&pin) else { continue };
                    let Ok(tag) = self.atoms.intern("gpio_interrupt") else { continue };
                    let Some(mut f) = Fragment::with_capacity(3) else { continue };
                    let Ok(t) = term::tuple(&mut f, &[tag, Term::small(pin as isize)]) else { continue };
                    self.deliver(pid, Message { term: t, frag: f });
                }
            }
        }
    }
}
