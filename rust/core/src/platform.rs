//! The one trait the core sees of the system it runs on. The host (std) and Zephyr platforms
//! implement it; the core never touches an OS API directly.

/// Services the VM needs from its platform.
pub trait Platform: Send + Sync {
    /// Writes bytes to the console (standard output, or the board's console).
    fn write_console(&self, bytes: &[u8]);
    /// Reads one line of console input (with its newline, if any); `None` at the end of the
    /// input or where there is none. May block the VM until the line is complete.
    fn read_console_line(&self) -> Option<alloc::vec::Vec<u8>> {
        None
    }
    /// Monotonic time in nanoseconds from an arbitrary origin.
    fn monotonic_ns(&self) -> u64;
    /// CPU time the VM has used, in nanoseconds (`statistics(runtime)`); platforms that do
    /// not count it (a microcontroller running only the VM) report monotonic time.
    fn cpu_time_ns(&self) -> u64 {
        self.monotonic_ns()
    }
    /// Wall-clock time in nanoseconds since the Unix epoch.
    fn system_time_ns(&self) -> u64;
    /// Fills `buf` with random bytes (not necessarily cryptographic).
    fn random_bytes(&self, buf: &mut [u8]);
    /// The name reported by `atomvm:platform/0`.
    fn name(&self) -> &'static str;
    /// An environment variable (`os:getenv/1`), where the system has them.
    fn getenv(&self, _name: &str) -> Option<alloc::string::String> {
        None
    }
    /// Blocks until `monotonic_ns()` reaches `deadline_ns` or [`Platform::wake`] is called,
    /// whichever comes first (spurious early returns are fine). `None`: no deadline. The
    /// scheduler calls it only when no process can run, so this is where the VM sleeps.
    fn wait(&self, deadline_ns: Option<u64>) {
        // Without a way to sleep, wait by polling the clock.
        if let Some(d) = deadline_ns {
            while self.monotonic_ns() < d {
                core::hint::spin_loop();
            }
        }
    }
    /// Ends a [`Platform::wait`] early; callable from other threads and interrupt handlers.
    fn wake(&self) {}
    /// The board's GPIO pins (AtomVM's `gpio` module), if the platform has them.
    fn gpio(&self) -> Option<&dyn crate::periph::gpio::Gpio> {
        None
    }
    /// The board's I2C controllers (AtomVM's `i2c` module), if the platform has them.
    fn i2c(&self) -> Option<&dyn crate::periph::i2c::I2c> {
        None
    }
    /// The board's SPI controllers (AtomVM's `spi` module), if the platform has them.
    fn spi(&self) -> Option<&dyn crate::periph::spi::Spi> {
        None
    }
    /// The board's serial ports (AtomVM's `uart` module), if the platform has them.
    fn uart(&self) -> Option<&dyn crate::periph::uart::Uart> {
        None
    }
    /// PWM outputs (AtomVM's `ledc` module), if the platform has them.
    fn pwm(&self) -> Option<&dyn crate::periph::pwm::Pwm> {
        None
    }
    /// Non-volatile storage (`esp:nvs_*`), if the platform has it.
    fn nvs(&self) -> Option<&dyn crate::periph::nvs::Nvs> {
        None
    }
    /// The network's sockets (OTP's `socket`, `gen_tcp`, `gen_udp`), if the platform has
    /// a network stack.
    fn net(&self) -> Option<&dyn crate::net::Net> {
        None
    }
    /// The device's network link (AtomVM's `network` module: Wi-Fi or a wired
    /// interface), if the platform manages one.
    fn link(&self) -> Option<&dyn crate::net::link::Link> {
        None
    }
    /// The next event a peripheral queued (an interrupt), if any. Platforms that queue
    /// events from interrupt handlers call [`Platform::wake`] after queueing one, so that
    /// a waiting scheduler comes back to take them.
    fn poll_event(&self) -> Option<crate::periph::Event> {
        None
    }
    /// Exits the whole program (`erlang:halt/1`); platforms that cannot return the code ignore it.
    fn halt(&self, code: i32) -> ! {
        let _ = code;
        panic!("halt")
    }
}

/// A platform for tests and targets with nothing to offer: no console, a fake clock.
pub struct NullPlatform;

impl Platform for NullPlatform {
    fn write_console(&self, _bytes: &[u8]) {}
    fn monotonic_ns(&self) -> u64 {
        0
    }
    fn system_time_ns(&self) -> u64 {
        0
    }
    fn random_bytes(&self, buf: &mut [u8]) {
        for (i, b) in buf.iter_mut().enumerate() {
            *b = i as u8;
        }
    }
    fn name(&self) -> &'static str {
        "null"
    }
}
