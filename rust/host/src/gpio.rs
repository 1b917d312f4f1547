//! A simulated GPIO bank for the host runner, so that programs using AtomVM's `gpio`
//! module run (and are tested) without a board.
//!
//! 64 pins (0-63), all low at start. Each pin is a wire: `digital_write` sets its level
//! whatever its mode (on an input pin this stands for a signal from outside, which is how
//! tests raise interrupts), and `digital_read` returns it. An input pin that was never
//! written reads as its pull: high with `up`, low otherwise. Interrupts fire on the level
//! changes their trigger names (`low`/`high`: on reaching that level, and at arming if
//! the pin is already there).

use std::collections::VecDeque;
use std::sync::Mutex;

use avm_core::periph::gpio::{Gpio, Mode, Pull, Trigger};
use avm_core::periph::Error;
use avm_core::periph::Event;

const PINS: usize = 64;

#[derive(Clone, Copy)]
struct Pin {
    mode: Option<Mode>,
    pull: Pull,
    /// Set by a write; None: the pull decides.
    driven: Option<bool>,
    trigger: Trigger,
}

impl Pin {
    fn level(&self) -> bool {
        self.driven.unwrap_or(self.pull == Pull::Up)
    }
}

pub struct SimGpio {
    pins: Mutex<[Pin; PINS]>,
    events: Mutex<VecDeque<Event>>,
}

impl SimGpio {
    pub fn new() -> Self {
        let pin = Pin { mode: None, pull: Pull::Floating, driven: None, trigger: Trigger::None };
        SimGpio { pins: Mutex::new([pin; PINS]), events: Mutex::new(VecDeque::new()) }
    }

    pub fn next_event(&self) -> Option<Event> {
        self.events.lock().ok()?.pop_front()
    }

    fn with_pin<T>(&self, pin: u32, f: impl FnOnce(&mut Pin) -> T) -> Result<T, Error> {
        let mut pins = self.pins.lock().map_err(|_| Error::Driver(-5))?;
        let p = pins.get_mut(pin as usize).ok_or(Error::NoSuch)?;
        Ok(f(p))
    }

    /// Applies `change` to `pin` and queues the interrupt its trigger asks for.
    fn change(&self, pin: u32, change: impl FnOnce(&mut Pin)) -> Result<(), Error> {
        let fire = self.with_pin(pin, |p| {
            let before = p.level();
            change(p);
            let after = p.level();
            match p.trigger {
                Trigger::Rising => !before && after,
                Trigger::Falling => before && !after,
                Trigger::Both => before != after,
                Trigger::High => !before && after,
                Trigger::Low => before && !after,
                Trigger::None => false,
            }
        })?;
        if fire {
            self.push(pin);
        }
        Ok(())
    }

    fn push(&self, pin: u32) {
        if let Ok(mut q) = self.events.lock() {
            q.push_back(Event::GpioInterrupt(pin));
        }
    }
}

impl Default for SimGpio {
    fn default() -> Self {
        Self::new()
    }
}

impl Gpio for SimGpio {
    fn set_mode(&self, pin: u32, mode: Mode) -> Result<(), Error> {
        self.with_pin(pin, |p| p.mode = Some(mode))
    }
    fn set_pull(&self, pin: u32, pull: Pull) -> Result<(), Error> {
        self.change(pin, |p| p.pull = pull)
    }
    fn write(&self, pin: u32, high: bool) -> Result<(), Error> {
        self.change(pin, |p| p.driven = Some(high))
    }
    fn read(&self, pin: u32) -> Result<bool, Error> {
        self.with_pin(pin, |p| p.level())
    }
    fn set_trigger(&self, pin: u32, trigger: Trigger) -> Result<(), Error> {
        let at_level = self.with_pin(pin, |p| {
            p.trigger = trigger;
            matches!((trigger, p.level()), (Trigger::High, true) | (Trigger::Low, false))
        })?;
        if at_level {
            self.push(pin);
        }
        Ok(())
    }
}
