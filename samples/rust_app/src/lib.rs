// SPDX-License-Identifier: Apache-2.0
//! AtomVM's core as an ordinary Rust library inside a zephyr-lang-rust application.
//!
//! zephyr-lang-rust links exactly one Rust staticlib into the image (this crate, `rustapp`)
//! and brings the allocator (CONFIG_RUST_ALLOC: the kernel heap), the panic handler and the
//! entry point `rust_main`. So the VM comes in as the `avm-core` crate, not as the module's
//! own staticlib, and the application implements the VM's `Platform` trait with the
//! `zephyr` crate: console through printk, time from the kernel's uptime, and the
//! scheduler's sleep on a kernel semaphore.
#![no_std]

extern crate alloc;

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::String;

use avm_core::interp::Regs;
use avm_core::platform::Platform;
use avm_core::process::Class;
use avm_core::sched::signal::SpawnOpts;
use avm_core::sched::{MainOutcome, Step};
use avm_core::vm::{AvmSource, Vm};
use zephyr::sys::sync::Semaphore;
use zephyr::time::{Duration, Forever, Tick, SYS_FREQUENCY};
use zephyr::{printk, printkln};

extern "C" {
    // Made by `atomvm_add_avm(app NAME ping ...)` in CMakeLists.txt: the packed ping.avm.
    static atomvm_avm_ping: u8;
    static atomvm_avm_ping_len: usize;
}

/// What the scheduler sleeps on when every process waits; `wake` gives it.
static WAKE: Semaphore = Semaphore::new(0, 1);

/// The VM's services on the zephyr crate.
struct RustPlatform;

impl Platform for RustPlatform {
    fn write_console(&self, bytes: &[u8]) {
        printk!("{}", String::from_utf8_lossy(bytes));
    }
    fn monotonic_ns(&self) -> u64 {
        // SAFETY: a plain kernel call.
        let ticks = unsafe { zephyr::raw::k_uptime_ticks() } as u128;
        (ticks * 1_000_000_000 / SYS_FREQUENCY as u128) as u64
    }
    fn system_time_ns(&self) -> u64 {
        // No wall clock here: 2024-01-01T00:00:00Z plus the uptime.
        1_704_067_200_000_000_000 + self.monotonic_ns()
    }
    fn random_bytes(&self, buf: &mut [u8]) {
        let mut x = (self.monotonic_ns() as u32) | 1;
        for b in buf.iter_mut() {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            *b = x as u8;
        }
    }
    fn name(&self) -> &'static str {
        "zephyr"
    }
    fn wait(&self, deadline_ns: Option<u64>) {
        match deadline_ns {
            Some(d) => {
                let now = self.monotonic_ns();
                if d > now {
                    let ticks = ((d - now) as u128 * SYS_FREQUENCY as u128).div_ceil(1_000_000_000);
                    let _ = WAKE.take(Duration::from_ticks(ticks.min(Tick::MAX as u128 / 2) as Tick));
                }
            }
            None => {
                let _ = WAKE.take(Forever);
            }
        }
    }
    fn wake(&self) {
        WAKE.give();
    }
}

/// Runs `module:start()` to the end; its result as text.
fn run(avm: &'static [u8], module: &str) -> Result<String, String> {
    let mut vm = Vm::new(Box::new(RustPlatform));
    let src = AvmSource::new(Cow::Borrowed(avm)).map_err(|e| alloc::format!("bad .avm: {e}"))?;
    vm.code_sources.push(Box::new(src));
    let m = vm.atoms.intern(module).map_err(|_| String::from("bad module name"))?;
    vm.ensure_loaded(m).map_err(|e| alloc::format!("cannot load {module}: {e}"))?;
    let entry = vm
        .find_export(m, avm_core::atom::START, 0)
        .map(|e| vm.exports[e as usize].code)
        .filter(|c| !c.is_null())
        .ok_or_else(|| alloc::format!("{module} does not export start/0"))?;
    let pid = vm
        .spawn_process(None, entry, &[], &SpawnOpts::default())
        .map_err(|_| String::from("out of memory"))?;
    vm.sched.main_pid = Some(pid);
    let mut regs = Regs::new();
    loop {
        match vm.step(&mut regs) {
            Step::Ran => {}
            Step::IdleUntil(deadline) => vm.platform.wait(Some(deadline)),
            Step::Idle => break,
        }
    }
    match vm.sched.main_outcome.take() {
        Some(MainOutcome::Returned(v)) => Ok(v),
        Some(MainOutcome::Raised { class, reason, .. }) => {
            let class = match class {
                Class::Error => "error",
                Class::Exit => "exit",
                Class::Throw => "throw",
            };
            Err(alloc::format!("uncaught {class}:{reason}"))
        }
        Some(MainOutcome::Exited(reason)) => Err(alloc::format!("killed: {reason}")),
        None => Err(String::from("the start process waits forever")),
    }
}

#[no_mangle]
extern "C" fn rust_main() {
    printkln!("AtomVM from Rust on {}", zephyr::kconfig::CONFIG_BOARD);
    // SAFETY: the array and its length are defined by the build (atomvm_add_avm) and live in
    // flash for the whole run.
    let avm = unsafe { core::slice::from_raw_parts(core::ptr::addr_of!(atomvm_avm_ping), atomvm_avm_ping_len) };
    match run(avm, "ping") {
        Ok(v) => printkln!("Return value: {}", v),
        Err(e) => printkln!("AtomVM failed: {}", e),
    }
}
