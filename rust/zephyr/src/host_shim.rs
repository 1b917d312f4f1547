//! Stand-ins for the C shims on the host (without the `zephyr` feature), so that the C API
//! runs in `cargo test`: the console is captured, the clock is `std::time::Instant`, the
//! semaphore a condition variable.

use std::string::String;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};
use std::vec::Vec;

static CONSOLE: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static SEM: Mutex<bool> = Mutex::new(false);
static SEM_CV: Condvar = Condvar::new();
static LOCK: AtomicBool = AtomicBool::new(false);
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn origin() -> Instant {
    static O: OnceLock<Instant> = OnceLock::new();
    *O.get_or_init(Instant::now)
}

/// Takes what was written to the console so far.
pub fn take_console() -> String {
    let mut c = CONSOLE.lock().unwrap();
    let s = String::from_utf8_lossy(&c).into_owned();
    c.clear();
    s
}

/// Takes the log lines so far.
pub fn take_log() -> Vec<String> {
    core::mem::take(&mut *LOG.lock().unwrap())
}

#[no_mangle]
pub unsafe extern "C" fn avm_zephyr_console_write(buf: *const u8, len: usize) {
    // SAFETY: the caller passes `len` readable bytes.
    let b = unsafe { core::slice::from_raw_parts(buf, len) };
    CONSOLE.lock().unwrap().extend_from_slice(b);
}

#[no_mangle]
pub extern "C" fn avm_zephyr_uptime_ns() -> u64 {
    origin().elapsed().as_nanos() as u64
}

#[no_mangle]
pub extern "C" fn avm_zephyr_realtime_ns() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

#[no_mangle]
pub unsafe extern "C" fn avm_zephyr_random(buf: *mut u8, len: usize) {
    // SAFETY: the caller passes `len` writable bytes.
    let b = unsafe { core::slice::from_raw_parts_mut(buf, len) };
    let mut s = avm_zephyr_uptime_ns() | 1;
    for x in b {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        *x = s as u8;
    }
}

#[no_mangle]
pub extern "C" fn avm_zephyr_wait(deadline_ns: i64) {
    let mut given = SEM.lock().unwrap();
    while !*given {
        if deadline_ns < 0 {
            given = SEM_CV.wait(given).unwrap();
        } else {
            let now = avm_zephyr_uptime_ns() as i64;
            if now >= deadline_ns {
                return;
            }
            let d = Duration::from_nanos((deadline_ns - now) as u64);
            given = SEM_CV.wait_timeout(given, d).unwrap().0;
        }
    }
    *given = false;
}

#[no_mangle]
pub extern "C" fn avm_zephyr_wake() {
    *SEM.lock().unwrap() = true;
    SEM_CV.notify_all();
}

#[no_mangle]
pub extern "C" fn avm_zephyr_lock() -> u32 {
    while LOCK.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
        std::hint::spin_loop();
    }
    0
}

#[no_mangle]
pub extern "C" fn avm_zephyr_unlock(_key: u32) {
    LOCK.store(false, Ordering::Release);
}

#[no_mangle]
pub unsafe extern "C" fn avm_zephyr_log(level: i32, msg: *const u8, len: usize) {
    // SAFETY: the caller passes `len` readable bytes.
    let b = unsafe { core::slice::from_raw_parts(msg, len) };
    LOG.lock().unwrap().push(std::format!("{level}: {}", String::from_utf8_lossy(b)));
}

#[no_mangle]
pub extern "C" fn avm_zephyr_halt(code: i32) -> ! {
    std::process::exit(code)
}

#[no_mangle]
pub extern "C" fn avm_zephyr_report_result() -> i32 {
    1
}

/// No budget on the host (std's allocator is not wrapped).
#[no_mangle]
pub extern "C" fn avm_zephyr_heap_budget() -> usize {
    usize::MAX
}

/// No GPIO in host builds of this crate: every call answers "unsupported".
#[no_mangle]
pub extern "C" fn avm_zephyr_gpio_mode(_pin: u32, _mode: u32) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_gpio_pull(_pin: u32, _pull: u32) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_gpio_write(_pin: u32, _high: i32) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_gpio_read(_pin: u32) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_gpio_trigger(_pin: u32, _trigger: u32) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_gpio_next_event(_pin: *mut u32) -> i32 {
    0
}

/// No I2C in host builds of this crate.
#[no_mangle]
pub extern "C" fn avm_zephyr_i2c_open(_name: *const u8, _len: usize, _hz: u32) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_i2c_write(_bus: u32, _addr: u16, _data: *const u8, _len: usize) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_i2c_read(_bus: u32, _addr: u16, _buf: *mut u8, _len: usize) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_i2c_write_read(
    _bus: u32,
    _addr: u16,
    _w: *const u8,
    _wlen: usize,
    _r: *mut u8,
    _rlen: usize,
) -> i32 {
    -100_001
}

/// No SPI in host builds of this crate.
#[no_mangle]
pub extern "C" fn avm_zephyr_spi_open(_name: *const u8, _len: usize, _hz: u32, _mode: u32, _cs: i32) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_spi_close(_dev: u32) {}
#[no_mangle]
pub extern "C" fn avm_zephyr_spi_transceive(_dev: u32, _tx: *const u8, _rx: *mut u8, _len: usize) -> i32 {
    -100_001
}

/// No UART in host builds of this crate.
#[no_mangle]
pub extern "C" fn avm_zephyr_uart_open(
    _name: *const u8,
    _len: usize,
    _baud: u32,
    _data_bits: u32,
    _stop_bits: u32,
    _parity: u32,
    _flow: u32,
) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_uart_write(_port: u32, _data: *const u8, _len: usize) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_uart_read(_port: u32, _buf: *mut u8, _len: usize) -> i32 {
    -100_001
}
#[no_mangle]
pub extern "C" fn avm_zephyr_pwm_set(_channel: u32, _period_ns: u32, _pulse_ns: u32) -> i32 {
    -100_001
}
