//! The `gpio` service on Zephyr's GPIO API, through the module's C shim
//! (`src/atomvm_gpio.c`, which maps pin numbers to devicetree controllers and queues
//! interrupts).

use avm_core::periph::gpio::{Gpio, Mode, Pull, Trigger};
use avm_core::periph::Error;
use avm_core::periph::Event;

use crate::sys;

pub struct ZephyrGpio;

impl Gpio for ZephyrGpio {
    fn set_mode(&self, pin: u32, mode: Mode) -> Result<(), Error> {
        let m = match mode {
            Mode::Input => 0,
            Mode::Output => 1,
            Mode::OutputOpenDrain => 2,
        };
        // SAFETY: a plain call into the shim.
        sys::periph_result(unsafe { sys::avm_zephyr_gpio_mode(pin, m) }).map(drop)
    }
    fn set_pull(&self, pin: u32, pull: Pull) -> Result<(), Error> {
        let p = match pull {
            Pull::Up => 0,
            Pull::Down => 1,
            Pull::UpDown => 2,
            Pull::Floating => 3,
        };
        // SAFETY: a plain call into the shim.
        sys::periph_result(unsafe { sys::avm_zephyr_gpio_pull(pin, p) }).map(drop)
    }
    fn write(&self, pin: u32, high: bool) -> Result<(), Error> {
        // SAFETY: a plain call into the shim.
        sys::periph_result(unsafe { sys::avm_zephyr_gpio_write(pin, high as i32) }).map(drop)
    }
    fn read(&self, pin: u32) -> Result<bool, Error> {
        // SAFETY: a plain call into the shim.
        sys::periph_result(unsafe { sys::avm_zephyr_gpio_read(pin) }).map(|v| v != 0)
    }
    fn set_trigger(&self, pin: u32, trigger: Trigger) -> Result<(), Error> {
        let t = match trigger {
            Trigger::None => 0,
            Trigger::Rising => 1,
            Trigger::Falling => 2,
            Trigger::Both => 3,
            Trigger::Low => 4,
            Trigger::High => 5,
        };
        // SAFETY: a plain call into the shim.
        sys::periph_result(unsafe { sys::avm_zephyr_gpio_trigger(pin, t) }).map(drop)
    }
}

/// The next queued interrupt, if any.
pub fn next_event() -> Option<Event> {
    let mut pin = 0u32;
    // SAFETY: the shim writes the pin through the pointer only when it returns nonzero.
    (unsafe { sys::avm_zephyr_gpio_next_event(&mut pin) } != 0).then_some(Event::GpioInterrupt(pin))
}
