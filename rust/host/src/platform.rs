//! The host platform: stdout console, std clocks, a seeded random source.

use std::io::Write;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use avm_core::platform::Platform;

pub struct HostPlatform {
    start: Instant,
    gpio: crate::gpio::SimGpio,
    i2c: crate::i2c::SimI2c,
    spi: crate::spi::SimSpi,
    uart: crate::uart::SimUart,
    net: crate::net::HostNet,
    link: crate::link::HostLink,
    nvs: crate::nvs::HostNvs,
    pwm: crate::pwm::SimPwm,
}

impl HostPlatform {
    pub fn new() -> Self {
        HostPlatform {
            start: Instant::now(),
            gpio: crate::gpio::SimGpio::new(),
            i2c: crate::i2c::SimI2c::new(),
            spi: crate::spi::SimSpi::new(),
            uart: crate::uart::SimUart::new(),
            net: crate::net::HostNet::default(),
            link: crate::link::HostLink::default(),
            nvs: crate::nvs::HostNvs::new(),
            pwm: crate::pwm::SimPwm::default(),
        }
    }
}

impl Default for HostPlatform {
    fn default() -> Self {
        Self::new()
    }
}

impl Platform for HostPlatform {
    fn write_console(&self, bytes: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes);
        let _ = out.flush();
    }
    fn read_console_line(&self) -> Option<Vec<u8>> {
        use std::io::BufRead;
        let mut line = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut line) {
            Ok(n) if n > 0 => Some(line),
            _ => None,
        }
    }
    fn monotonic_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn cpu_time_ns(&self) -> u64 {
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: clock_gettime writes one timespec through a valid pointer.
        if unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } != 0 {
            return self.monotonic_ns();
        }
        ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
    }
    fn system_time_ns(&self) -> u64 {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
    }
    fn random_bytes(&self, buf: &mut [u8]) {
        let mut filled = 0;
        while filled < buf.len() {
            let rest = &mut buf[filled..];
            // SAFETY: getrandom writes at most rest.len() bytes into rest.
            let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
            if n <= 0 {
                break;
            }
            filled += n as usize;
        }
        if filled < buf.len() {
            // No kernel randomness (interrupted or unavailable): xorshift seeded from the
            // clock; not for cryptography.
            let mut s = self.system_time_ns() ^ 0x9E37_79B9_7F4A_7C15;
            for b in buf[filled..].iter_mut() {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                *b = s as u8;
            }
        }
    }
    fn name(&self) -> &'static str {
        "generic_unix"
    }
    fn getenv(&self, name: &str) -> Option<String> {
        if name.is_empty() || name.contains(['=', '\0']) {
            return None;
        }
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
    }
    fn wait(&self, deadline_ns: Option<u64>) {
        // Waiting for sockets: poll(2) them until the deadline (u64::MAX: none).
        if self.net.has_watches() {
            let ms = match deadline_ns {
                Some(d) if d != u64::MAX => {
                    d.saturating_sub(self.monotonic_ns()).div_ceil(1_000_000).min(i32::MAX as u64) as i32
                }
                _ => -1,
            };
            self.net.wait(ms);
            return;
        }
        // One scheduler thread and nothing else to wake it yet: sleep until the deadline.
        if let Some(d) = deadline_ns {
            let now = self.monotonic_ns();
            if d > now {
                std::thread::sleep(std::time::Duration::from_nanos(d - now));
            }
        }
    }
    fn gpio(&self) -> Option<&dyn avm_core::periph::gpio::Gpio> {
        Some(&self.gpio)
    }
    fn i2c(&self) -> Option<&dyn avm_core::periph::i2c::I2c> {
        Some(&self.i2c)
    }
    fn spi(&self) -> Option<&dyn avm_core::periph::spi::Spi> {
        Some(&self.spi)
    }
    fn uart(&self) -> Option<&dyn avm_core::periph::uart::Uart> {
        Some(&self.uart)
    }
    fn net(&self) -> Option<&dyn avm_core::net::Net> {
        Some(&self.net)
    }
    fn pwm(&self) -> Option<&dyn avm_core::periph::pwm::Pwm> {
        Some(&self.pwm)
    }
    fn nvs(&self) -> Option<&dyn avm_core::periph::nvs::Nvs> {
        Some(&self.nvs)
    }
    fn link(&self) -> Option<&dyn avm_core::net::link::Link> {
        Some(&self.link)
    }
    fn poll_event(&self) -> Option<avm_core::periph::Event> {
        self.gpio.next_event().or_else(|| self.link.next_event().map(avm_core::periph::Event::Link))
    }
    fn halt(&self, code: i32) -> ! {
        std::process::exit(code)
    }
}
