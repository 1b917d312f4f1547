//! [`Platform`] on Zephyr kernel services, through the C shims in `sys`.

use avm_core::platform::Platform;

use crate::sys;

/// The Zephyr platform. Its state (the semaphore the scheduler sleeps on, the clock offset)
/// lives in the C shim, so the value itself is empty.
pub struct ZephyrPlatform;

#[cfg(feature = "net")]
static NET: crate::net::ZephyrNet = crate::net::ZephyrNet::new();

impl Platform for ZephyrPlatform {
    fn gpio(&self) -> Option<&dyn avm_core::periph::gpio::Gpio> {
        Some(&crate::gpio::ZephyrGpio)
    }
    fn i2c(&self) -> Option<&dyn avm_core::periph::i2c::I2c> {
        Some(&crate::i2c::ZephyrI2c)
    }
    fn spi(&self) -> Option<&dyn avm_core::periph::spi::Spi> {
        Some(&crate::spi::ZephyrSpi)
    }
    fn uart(&self) -> Option<&dyn avm_core::periph::uart::Uart> {
        Some(&crate::uart::ZephyrUart)
    }
    fn pwm(&self) -> Option<&dyn avm_core::periph::pwm::Pwm> {
        Some(&crate::pwm::ZephyrPwm)
    }
    #[cfg(feature = "nvs")]
    fn nvs(&self) -> Option<&dyn avm_core::periph::nvs::Nvs> {
        Some(&crate::nvs::ZephyrNvs)
    }
    #[cfg(feature = "net")]
    fn link(&self) -> Option<&dyn avm_core::net::link::Link> {
        Some(&crate::link::ZephyrLink)
    }
    #[cfg(feature = "net")]
    fn net(&self) -> Option<&dyn avm_core::net::Net> {
        Some(&NET)
    }
    fn poll_event(&self) -> Option<avm_core::periph::Event> {
        let e = crate::gpio::next_event();
        #[cfg(feature = "net")]
        let e = e.or_else(|| crate::link::next_event().map(avm_core::periph::Event::Link));
        e
    }
    fn write_console(&self, bytes: &[u8]) {
        // SAFETY: the shim writes `len` bytes of `bytes`.
        unsafe { sys::avm_zephyr_console_write(bytes.as_ptr(), bytes.len()) }
    }
    fn monotonic_ns(&self) -> u64 {
        // SAFETY: no arguments.
        unsafe { sys::avm_zephyr_uptime_ns() }
    }
    fn system_time_ns(&self) -> u64 {
        // SAFETY: no arguments.
        unsafe { sys::avm_zephyr_realtime_ns() }
    }
    fn random_bytes(&self, buf: &mut [u8]) {
        // SAFETY: the shim fills `len` bytes of `buf`.
        unsafe { sys::avm_zephyr_random(buf.as_mut_ptr(), buf.len()) }
    }
    fn name(&self) -> &'static str {
        "zephyr"
    }
    fn wait(&self, deadline_ns: Option<u64>) {
        let d = match deadline_ns {
            // u64::MAX: only sockets can end the wait.
            Some(d) if d != u64::MAX => d.min(i64::MAX as u64) as i64,
            _ => -1,
        };
        #[cfg(feature = "net")]
        if NET.wait(d) {
            return;
        }
        // SAFETY: blocks the calling thread on the VM's semaphore.
        unsafe { sys::avm_zephyr_wait(d) }
    }
    fn wake(&self) {
        // SAFETY: k_sem_give; callable from any thread or interrupt handler.
        unsafe { sys::avm_zephyr_wake() }
    }
    fn halt(&self, code: i32) -> ! {
        // SAFETY: does not return.
        unsafe { sys::avm_zephyr_halt(code) }
    }
}
