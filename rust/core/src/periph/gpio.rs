//! AtomVM's `gpio` module: pins by number, modes, levels, and interrupts delivered as
//! `{gpio_interrupt, Pin}` messages.
//!
//! Pin numbers are the platform's: on Zephyr, pin `32 * K + N` is pin N of the K-th GPIO
//! controller of the devicetree (so `35` is P1.03 on an nRF52840); the host runner has a
//! simulated bank (see its platform). The native functions here take the pin and do the
//! work in the calling process; `libs/eavmlib/src/gpio.erl` adds the port-style API
//! (`gpio:open/0`, `set_level/3`, `set_int/3` ...) on top.

use super::{enum_arg, intern, is_atom, result, u32_arg, Error};
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

/// The platform's GPIO service. Calls come from the VM's thread; a platform that raises
/// interrupts queues [`crate::periph::Event::GpioInterrupt`] for `poll_event`.
pub trait Gpio: Send + Sync {
    fn set_mode(&self, pin: u32, mode: Mode) -> Result<(), Error>;
    fn set_pull(&self, pin: u32, pull: Pull) -> Result<(), Error>;
    fn write(&self, pin: u32, high: bool) -> Result<(), Error>;
    fn read(&self, pin: u32) -> Result<bool, Error>;
    /// Arms (or with [`Trigger::None`] disarms) the pin's interrupt.
    fn set_trigger(&self, pin: u32, trigger: Trigger) -> Result<(), Error>;
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

/// Runs `f` on the platform's GPIO, or reports `{error, unsupported}`.
fn with_gpio<T>(vm: &Vm, f: impl FnOnce(&dyn Gpio) -> Result<T, Error>) -> Result<T, Error> {
    match vm.platform.gpio() {
        Some(g) => f(g),
        None => Err(Error::Unsupported),
    }
}

fn set_pin_mode(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = u32_arg(a[0])?;
    let mode =
        enum_arg(vm, a[1], &[("input", Mode::Input), ("output", Mode::Output), ("output_od", Mode::OutputOpenDrain)])?;
    let r = with_gpio(vm, |g| g.set_mode(pin, mode)).map(|_| atom::OK);
    result(vm, p, r)
}

fn set_pin_pull(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = u32_arg(a[0])?;
    let pull = enum_arg(
        vm,
        a[1],
        &[("up", Pull::Up), ("down", Pull::Down), ("up_down", Pull::UpDown), ("floating", Pull::Floating)],
    )?;
    let r = with_gpio(vm, |g| g.set_pull(pin, pull)).map(|_| atom::OK);
    result(vm, p, r)
}

fn digital_write(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pin = u32_arg(a[0])?;
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
    let pin = u32_arg(a[0])?;
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
    let pin = u32_arg(a[0])?;
    let trigger = enum_arg(
        vm,
        a[1],
        &[
            ("none", Trigger::None),
            ("rising", Trigger::Rising),
            ("falling", Trigger::Falling),
            ("both", Trigger::Both),
            ("low", Trigger::Low),
            ("high", Trigger::High),
        ],
    )?;
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
    let pin = u32_arg(a[0])?;
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
                super::Event::Link(e) => self.deliver_link_event(e),
            }
        }
    }
}
