//! Links everything a device build of the VM keeps: loading code, the interpreter, every
//! BIF (they are reachable through the BIF tables) and the scheduler. The entry point is
//! never run; the image exists to be measured.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::boxed::Box;
use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

use avm_core::interp::Regs;
use avm_core::platform::NullPlatform;
use avm_core::sched::signal::SpawnOpts;
use avm_core::vm::Vm;

/// A bump allocator over a static arena: the smallest allocator that links.
struct Bump {
    next: UnsafeCell<usize>,
}
// SAFETY: the size-check image is single-threaded and never runs.
unsafe impl Sync for Bump {}

const ARENA: usize = 64 * 1024;
static mut HEAP: [u8; ARENA] = [0; ARENA];

unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: single-threaded; `next` only grows within the arena.
        let next = &mut *self.next.get();
        let start = (*next + l.align() - 1) & !(l.align() - 1);
        if start + l.size() > ARENA {
            return core::ptr::null_mut();
        }
        *next = start + l.size();
        (core::ptr::addr_of_mut!(HEAP) as *mut u8).add(start)
    }
    unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
}

#[global_allocator]
static ALLOC: Bump = Bump { next: UnsafeCell::new(0) };

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

/// Loads `len` bytes of BEAM at `beam` and runs `start/0` to the end.
#[no_mangle]
#[link_section = ".text.avm_sizecheck_entry"]
pub extern "C" fn avm_sizecheck_entry(beam: *const u8, len: usize) -> i32 {
    // SAFETY: the caller passes a valid buffer (the image is never run).
    let bytes = unsafe { core::slice::from_raw_parts(beam, len) };
    let mut vm = Vm::new(Box::new(NullPlatform));
    let Ok(m) = vm.load(bytes) else { return 1 };
    let Some(e) = vm.find_export(m, avm_core::atom::START, 0) else { return 2 };
    let code = vm.exports[e as usize].code;
    if vm.spawn_process(None, code, &[], &SpawnOpts::default()).is_err() {
        return 3;
    }
    let mut regs = Regs::new();
    while vm.step(&mut regs) == avm_core::sched::Step::Ran {}
    0
}
