//! The C shim functions this crate calls (`src/atomvm_shim.c` in the module, compiled by
//! Zephyr's build with the board's configuration). Keeping Zephyr's headers on the C side
//! means this crate builds without Zephyr sources: most kernel APIs are static inline
//! functions or macros that Rust could not call directly anyway.
//!
//! Without the `zephyr` feature (host builds and tests), `host_shim` defines them.

extern "C" {
    /// Writes `len` bytes to the console.
    pub fn avm_zephyr_console_write(buf: *const u8, len: usize);
    /// Nanoseconds since boot (from the cycle counter: finer than the tick).
    pub fn avm_zephyr_uptime_ns() -> u64;
    /// Nanoseconds since the Unix epoch (uptime plus the offset set by
    /// `atomvm_set_system_time_ns`).
    pub fn avm_zephyr_realtime_ns() -> u64;
    /// Fills `buf` with random bytes (`sys_rand_get` when the board has a generator).
    pub fn avm_zephyr_random(buf: *mut u8, len: usize);
    /// Blocks on the VM's semaphore until the uptime reaches `deadline_ns`, or for ever if it
    /// is negative, or until [`avm_zephyr_wake`].
    pub fn avm_zephyr_wait(deadline_ns: i64);
    /// Gives the VM's semaphore (`k_sem_give`: callable from interrupt handlers).
    pub fn avm_zephyr_wake();
    /// Masks interrupts (`irq_lock`); returns the key for [`avm_zephyr_unlock`].
    pub fn avm_zephyr_lock() -> u32;
    pub fn avm_zephyr_unlock(key: u32);
    /// Logs `msg` through Zephyr's logging (module `atomvm`): 1 error, 2 warning, 3 info,
    /// 4 debug.
    pub fn avm_zephyr_log(level: i32, msg: *const u8, len: usize);
    /// `erlang:halt/1`: never returns.
    pub fn avm_zephyr_halt(code: i32) -> !;
    /// Nonzero when CONFIG_ATOMVM_REPORT_RESULT is set: `atomvm_run` prints how the start
    /// process ended.
    pub fn avm_zephyr_report_result() -> i32;
    /// CONFIG_ATOMVM_HEAP_SIZE: what the VM may allocate from the kernel heap.
    pub fn avm_zephyr_heap_budget() -> usize;
    /// GPIO (`src/atomvm_gpio.c`): 0 or a positive value on success, a negative errno,
    /// or the shim's "no such pin" / "unsupported" codes (see `gpio.rs`).
    pub fn avm_zephyr_gpio_mode(pin: u32, mode: u32) -> i32;
    pub fn avm_zephyr_gpio_pull(pin: u32, pull: u32) -> i32;
    pub fn avm_zephyr_gpio_write(pin: u32, high: i32) -> i32;
    pub fn avm_zephyr_gpio_read(pin: u32) -> i32;
    pub fn avm_zephyr_gpio_trigger(pin: u32, trigger: u32) -> i32;
    /// Takes the oldest queued interrupt: 1 and its pin in `*pin`, or 0 when none.
    pub fn avm_zephyr_gpio_next_event(pin: *mut u32) -> i32;
    /// I2C (`src/atomvm_i2c.c`): the bus index (open), 0, a negative errno, or the
    /// shim's "no such bus" / "unsupported" codes (see `i2c.rs`).
    pub fn avm_zephyr_i2c_open(name: *const u8, len: usize, hz: u32) -> i32;
    pub fn avm_zephyr_i2c_write(bus: u32, addr: u16, data: *const u8, len: usize) -> i32;
    pub fn avm_zephyr_i2c_read(bus: u32, addr: u16, buf: *mut u8, len: usize) -> i32;
    pub fn avm_zephyr_i2c_write_read(bus: u32, addr: u16, w: *const u8, wlen: usize, r: *mut u8, rlen: usize) -> i32;
    /// SPI (`src/atomvm_spi.c`): the device index (open), 0, a negative errno, or the
    /// shim's codes; `cs` < 0: the bus's first chip select.
    pub fn avm_zephyr_spi_open(name: *const u8, len: usize, hz: u32, mode: u32, cs: i32) -> i32;
    pub fn avm_zephyr_spi_close(dev: u32);
    pub fn avm_zephyr_spi_transceive(dev: u32, tx: *const u8, rx: *mut u8, len: usize) -> i32;
    /// UART (`src/atomvm_uart.c`): the port index (open), bytes read, 0, a negative
    /// errno, or the shim's codes.
    pub fn avm_zephyr_uart_open(
        name: *const u8,
        len: usize,
        baud: u32,
        data_bits: u32,
        stop_bits: u32,
        parity: u32,
        flow: u32,
    ) -> i32;
    pub fn avm_zephyr_uart_write(port: u32, data: *const u8, len: usize) -> i32;
    pub fn avm_zephyr_uart_read(port: u32, buf: *mut u8, len: usize) -> i32;
    /// Sets PWM output `channel` (`src/atomvm_pwm.c`).
    pub fn avm_zephyr_pwm_set(channel: u32, period_ns: u32, pulse_ns: u32) -> i32;
}

#[cfg(feature = "zephyr")]
extern "C" {
    /// `k_malloc` (aligned to a pointer's size).
    pub fn avm_zephyr_malloc(size: usize) -> *mut u8;
    /// `k_aligned_alloc`.
    pub fn avm_zephyr_aligned_alloc(align: usize, size: usize) -> *mut u8;
    /// `k_realloc` (only for blocks from [`avm_zephyr_malloc`]).
    pub fn avm_zephyr_realloc(p: *mut u8, size: usize) -> *mut u8;
    /// `k_free`.
    pub fn avm_zephyr_free(p: *mut u8);
    /// Prints the message and calls `k_panic()`.
    pub fn avm_zephyr_panic(msg: *const u8, len: usize) -> !;
}

/// Runs `f` with interrupts masked.
pub fn with_lock<T>(f: impl FnOnce() -> T) -> T {
    // SAFETY: the shim masks and restores interrupts; the key comes from the lock call.
    let key = unsafe { avm_zephyr_lock() };
    let r = f();
    // SAFETY: as above.
    unsafe { avm_zephyr_unlock(key) };
    r
}

/// Log levels of [`log`].
#[derive(Clone, Copy)]
pub enum Level {
    Error = 1,
    Warning = 2,
    Info = 3,
    Debug = 4,
}

/// Logs a message through Zephyr's logging.
pub fn log(level: Level, msg: &str) {
    // SAFETY: the shim reads `len` bytes of `msg` and copies them.
    unsafe { avm_zephyr_log(level as i32, msg.as_ptr(), msg.len()) }
}

/// Codes the peripheral shims (`src/atomvm_gpio.c`, `src/atomvm_i2c.c`) return besides 0,
/// non-negative results and negative errno values.
const SHIM_NO_SUCH: i32 = -100_000;
const SHIM_UNSUPPORTED: i32 = -100_001;

/// A peripheral shim's return value as a result.
pub fn periph_result(r: i32) -> Result<u32, avm_core::periph::Error> {
    use avm_core::periph::Error;
    match r {
        SHIM_NO_SUCH => Err(Error::NoSuch),
        SHIM_UNSUPPORTED => Err(Error::Unsupported),
        r if r < 0 => Err(Error::Driver(r)),
        r => Ok(r as u32),
    }
}
