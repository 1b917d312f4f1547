//! The VM core on a bare Cortex-M3 (QEMU's mps2-an385), without Zephyr or any OS: each
//! embedded Erlang test module runs `start/0` in a fresh VM, its result (rendered as `~w`)
//! is compared with OTP's, and the image prints it over semihosting
//! (`mod: PASS (N ms)`, `mod: FAIL: ...`), then `N passed, N failed` and the stack and heap it needed, and exits
//! through semihosting with status 0 only if every test passed.
//!
//! The clock is SysTick (1 ms interrupts at the board's 25 MHz; tools/qemu_m3.py runs QEMU
//! with `-icount`, so time follows the instruction count, not the host); the heap is a linked-list
//! allocator over the RAM above `.bss`; the stack is the 32 KB below `.data` (see memory.x),
//! painted at start-up so the deepest use can be measured.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::String;
use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;
use core::sync::atomic::{AtomicU32, Ordering};

use avm_core::interp::Regs;
use avm_core::platform::Platform;
use avm_core::process::Class;
use avm_core::sched::signal::SpawnOpts;
use avm_core::sched::{MainOutcome, Step};
use avm_core::vm::{AvmSource, Vm};
use cortex_m::peripheral::syst::SystClkSource;
use cortex_m_rt::{entry, exception, ExceptionFrame};
use cortex_m_semihosting::{debug, hprint, hprintln};
use embedded_alloc::LlffHeap as Heap;

static SUITE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/suite.avm"));
static LIB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lib.avm"));
static CASES: &str = include_str!(concat!(env!("OUT_DIR"), "/cases.tsv"));

/// A test that runs longer than this (wall-clock, QEMU's virtual time) fails.
const TEST_TIMEOUT_MS: u32 = 60_000;
/// The CPU clock of the board (QEMU's mps2-an385), which SysTick counts.
const CPU_HZ: u32 = 25_000_000;
const TICK_RELOAD: u32 = CPU_HZ / 1000 - 1;
/// The stack is painted with this word, to find the deepest use afterwards.
const PAINT: u32 = 0xdead_beef;

static HEAP: Heap = Heap::empty();

/// The allocator: [`HEAP`], keeping its high-water mark in [`PEAK`].
struct Tracked;

unsafe impl GlobalAlloc for Tracked {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's contract.
        let p = unsafe { HEAP.alloc(layout) };
        PEAK.fetch_max(HEAP.used() as u32, Ordering::Relaxed);
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's contract.
        unsafe { HEAP.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOC: Tracked = Tracked;

/// Milliseconds since boot, counted by the SysTick interrupt.
static MILLIS: AtomicU32 = AtomicU32::new(0);

extern "C" {
    static mut __sheap: u32;
    static _avm_heap_end: u32;
    static _avm_stack_bottom: u32;
}

#[exception]
fn SysTick() {
    MILLIS.fetch_add(1, Ordering::Relaxed);
}

/// Monotonic time: the milliseconds counted so far plus SysTick's progress into the current
/// one. A wrap whose interrupt has not run yet shows as a pending SysTick exception; that
/// millisecond is counted here too. Never goes backwards.
fn now_ns() -> u64 {
    let t = loop {
        let ms = MILLIS.load(Ordering::Acquire);
        let cur = cortex_m::peripheral::SYST::get_current();
        let pending = cortex_m::peripheral::SCB::is_pendst_pending();
        if MILLIS.load(Ordering::Acquire) == ms {
            let ms = ms as u64 + pending as u64;
            let sub = (TICK_RELOAD - cur.min(TICK_RELOAD)) as u64 * (1_000_000_000 / CPU_HZ as u64);
            break ms * 1_000_000 + sub;
        }
    };
    critical_section::with(|cs| {
        let last = LAST_NS.borrow(cs);
        let t = t.max(last.get());
        last.set(t);
        t
    })
}

/// The latest time [`now_ns`] returned.
static LAST_NS: critical_section::Mutex<Cell<u64>> = critical_section::Mutex::new(Cell::new(0));

/// The platform: SysTick time, console output counted and dropped (the tests' output is
/// not what is compared), pseudo-random bytes.
struct QemuPlatform;

static CONSOLE_BYTES: AtomicU32 = AtomicU32::new(0);
static RNG: AtomicU32 = AtomicU32::new(0x2545_f491);

impl Platform for QemuPlatform {
    fn write_console(&self, bytes: &[u8]) {
        CONSOLE_BYTES.fetch_add(bytes.len() as u32, Ordering::Relaxed);
    }
    fn monotonic_ns(&self) -> u64 {
        now_ns()
    }
    fn system_time_ns(&self) -> u64 {
        // 2024-01-01T00:00:00Z plus the time since boot.
        1_704_067_200_000_000_000 + now_ns()
    }
    fn random_bytes(&self, buf: &mut [u8]) {
        let mut x = RNG.load(Ordering::Relaxed);
        for b in buf.iter_mut() {
            // xorshift32
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            *b = x as u8;
        }
        RNG.store(x, Ordering::Relaxed);
    }
    fn name(&self) -> &'static str {
        "qemu_m3"
    }
    fn wait(&self, deadline_ns: Option<u64>) {
        // Sleep until the SysTick interrupt that passes the deadline.
        if let Some(d) = deadline_ns {
            while now_ns() < d {
                cortex_m::asm::wfi();
            }
        }
    }
    fn halt(&self, code: i32) -> ! {
        hprintln!("erlang:halt({})", code);
        exit(if code == 0 { debug::EXIT_SUCCESS } else { debug::EXIT_FAILURE })
    }
}

/// How one test ended.
enum Outcome {
    Returned(String),
    Failed(String),
}

/// Runs `module:start()` in a fresh VM to the end (or the time limit).
fn run_one(module: &str) -> Outcome {
    let mut vm = Vm::new(Box::new(QemuPlatform));
    for bytes in [SUITE, LIB] {
        match AvmSource::new(Cow::Borrowed(bytes)) {
            Ok(s) => vm.code_sources.push(Box::new(s)),
            Err(e) => return Outcome::Failed(alloc::format!("bad .avm: {e}")),
        }
    }
    let Ok(m) = vm.atoms.intern(module) else { return Outcome::Failed("bad module name".into()) };
    if let Err(e) = vm.ensure_loaded(m) {
        return Outcome::Failed(alloc::format!("cannot load: {e}"));
    }
    let entry =
        vm.find_export(m, avm_core::atom::START, 0).map(|e| vm.exports[e as usize].code).filter(|c| !c.is_null());
    let Some(entry) = entry else { return Outcome::Failed("no start/0".into()) };
    let pid = match vm.spawn_process(None, entry, &[], &SpawnOpts::default()) {
        Ok(pid) => pid,
        Err(_) => return Outcome::Failed("out of memory at spawn".into()),
    };
    vm.sched.main_pid = Some(pid);
    let mut regs = Regs::new();
    let start = MILLIS.load(Ordering::Relaxed);
    loop {
        match vm.step(&mut regs) {
            Step::Ran => {}
            Step::IdleUntil(deadline) => vm.platform.wait(Some(deadline)),
            Step::Idle => break,
        }
        if MILLIS.load(Ordering::Relaxed).wrapping_sub(start) > TEST_TIMEOUT_MS {
            return Outcome::Failed(alloc::format!("timed out after {} ms", TEST_TIMEOUT_MS));
        }
    }
    match vm.sched.main_outcome.take() {
        Some(MainOutcome::Returned(v)) => Outcome::Returned(v),
        Some(MainOutcome::Raised { class, reason, .. }) => {
            let class = match class {
                Class::Error => "error",
                Class::Exit => "exit",
                Class::Throw => "throw",
            };
            Outcome::Failed(alloc::format!("uncaught {class}:{reason}"))
        }
        Some(MainOutcome::Exited(reason)) => Outcome::Failed(alloc::format!("killed: {reason}")),
        None => Outcome::Failed("the start process waits for a message that cannot come".into()),
    }
}

/// Paints the unused part of the stack (from its bottom to a little below the current
/// stack pointer).
fn paint_stack() {
    let bottom = core::ptr::addr_of!(_avm_stack_bottom) as usize;
    let sp = cortex_m::register::msp::read() as usize;
    let mut p = bottom;
    while p + 256 < sp {
        // SAFETY: between the stack's bottom and 256 bytes below the stack pointer, memory
        // no frame uses yet.
        unsafe { core::ptr::write_volatile(p as *mut u32, PAINT) };
        p += 4;
    }
}

/// Bytes of the stack used at the deepest point so far.
fn stack_used() -> usize {
    let bottom = core::ptr::addr_of!(_avm_stack_bottom) as usize;
    let top = bottom + 32 * 1024;
    let mut p = bottom;
    // SAFETY: reads within the stack region.
    while p < top && unsafe { core::ptr::read_volatile(p as *const u32) } == PAINT {
        p += 4;
    }
    top - p
}

#[entry]
fn main() -> ! {
    // SAFETY: the linker script's symbols; the heap is the RAM between them.
    unsafe {
        let start = core::ptr::addr_of_mut!(__sheap) as usize;
        let end = core::ptr::addr_of!(_avm_heap_end) as usize;
        HEAP.init(start, end - start);
    }
    paint_stack();
    let mut cp = cortex_m::Peripherals::take().unwrap();
    cp.SYST.set_clock_source(SystClkSource::Core);
    cp.SYST.set_reload(TICK_RELOAD);
    cp.SYST.clear_current();
    cp.SYST.enable_interrupt();
    cp.SYST.enable_counter();

    hprintln!("AtomVM core on Cortex-M3 (QEMU mps2-an385), {}-bit words", usize::BITS);
    let (mut passed, mut failed) = (0u32, 0u32);
    let mut heap_peak = 0usize;
    // Heap still allocated after a test's VM was dropped.
    let mut leaked_total = 0usize;
    let t0 = MILLIS.load(Ordering::Relaxed);
    for line in CASES.lines().filter(|l| !l.is_empty()) {
        let (module, expected) = line.split_once('\t').unwrap_or((line, ""));
        // The name goes out first, so that a test that brings the image down is known.
        hprint!("{}: ", module);
        let before = HEAP.used();
        let t = MILLIS.load(Ordering::Relaxed);
        let outcome = run_one(module);
        let ms = MILLIS.load(Ordering::Relaxed).wrapping_sub(t);
        heap_peak = heap_peak.max(PEAK.load(Ordering::Relaxed) as usize);
        PEAK.store(0, Ordering::Relaxed);
        // Heap still in use once the VM is gone, less the result text itself.
        let held = match &outcome {
            Outcome::Returned(s) | Outcome::Failed(s) => s.capacity(),
        };
        let leaked = HEAP.used().saturating_sub(before + held);
        match outcome {
            Outcome::Returned(got) if got == expected => {
                passed += 1;
                if leaked > 0 {
                    hprintln!("PASS ({} ms, {} bytes not freed)", ms, leaked);
                } else {
                    hprintln!("PASS ({} ms)", ms);
                }
            }
            Outcome::Returned(got) => {
                failed += 1;
                hprintln!("FAIL: got {} expected {}", clip(&got), clip(expected));
            }
            Outcome::Failed(why) => {
                failed += 1;
                hprintln!("FAIL: {}", why);
            }
        }
        leaked_total += leaked;
    }
    hprintln!(
        "stack used at most {} of 32768 bytes; heap peak {} bytes, {} bytes not freed after the VMs ended; {} ms in all",
        stack_used(),
        heap_peak,
        leaked_total,
        MILLIS.load(Ordering::Relaxed).wrapping_sub(t0)
    );
    if passed + failed == 0 {
        hprintln!("no test modules embedded (build with tools/qemu_m3.py)");
    }
    hprintln!("{} passed, {} failed", passed, failed);
    exit(if failed == 0 && passed > 0 { debug::EXIT_SUCCESS } else { debug::EXIT_FAILURE })
}

/// A long result cut for the log.
fn clip(s: &str) -> &str {
    match s.char_indices().nth(200) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The heap's high-water mark (bytes) since the last reset.
static PEAK: AtomicU32 = AtomicU32::new(0);

#[exception]
unsafe fn HardFault(ef: &ExceptionFrame) -> ! {
    let sp = cortex_m::register::msp::read();
    hprintln!("HardFault at pc {:#010x}, sp {:#010x} (a stack overflow if sp is near 0x20000000)", ef.pc(), sp);
    hprintln!("0 passed, 1 failed");
    exit(debug::EXIT_FAILURE)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    hprint!("panic: ");
    hprintln!("{}", info);
    exit(debug::EXIT_FAILURE)
}

/// Ends the QEMU run with this semihosting exit status.
fn exit(status: debug::ExitStatus) -> ! {
    debug::exit(status);
    loop {
        cortex_m::asm::wfi();
    }
}
