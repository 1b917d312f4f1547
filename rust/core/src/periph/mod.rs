//! Peripherals: AtomVM's hardware modules (`gpio`, ...) as native functions over services
//! the platform provides, and the events (interrupts) that come back as messages.
//!
//! The platform implements a small trait per kind of peripheral ([`gpio::Gpio`]) and
//! returns it from [`crate::platform::Platform::gpio`]; platforms without one make the
//! module's functions return `{error, unsupported}`. Events raised in interrupt handlers
//! are queued by the platform and taken by the scheduler ([`crate::platform::Platform::poll_event`]),
//! which turns each into a message to the process that asked for it.

pub mod gpio;

/// Something a peripheral reports asynchronously.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    /// The trigger set on this pin (`gpio:set_int/3`) fired.
    GpioInterrupt(u32),
}
