//! What a `no_std` static library needs from its environment on Zephyr: the global
//! allocator (the kernel heap, `k_malloc`, which CONFIG_ATOMVM_HEAP_SIZE enlarges, under the
//! core's memory budget), the panic handler (prints and calls `k_panic`) and the
//! `critical-section` implementation (`irq_lock`).

use core::alloc::{GlobalAlloc, Layout};
use core::fmt::Write;
use core::panic::PanicInfo;

use crate::sys;

/// Allocations go to the kernel heap: `k_malloc` when a pointer's alignment is enough (so
/// that `k_realloc` can grow them in place), `k_aligned_alloc` otherwise.
struct KernelHeap;

const PTR_ALIGN: usize = core::mem::size_of::<usize>();

// SAFETY: k_malloc/k_aligned_alloc return blocks of at least the requested size and
// alignment (or null), k_free takes them back; k_realloc is only used on k_malloc blocks.
unsafe impl GlobalAlloc for KernelHeap {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: plain calls into the kernel heap.
        unsafe {
            if l.align() <= PTR_ALIGN {
                sys::avm_zephyr_malloc(l.size())
            } else {
                sys::avm_zephyr_aligned_alloc(l.align(), l.size())
            }
        }
    }
    unsafe fn dealloc(&self, p: *mut u8, _: Layout) {
        // SAFETY: `p` came from this allocator.
        unsafe { sys::avm_zephyr_free(p) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        if l.align() <= PTR_ALIGN {
            // SAFETY: `p` came from k_malloc (see `alloc`).
            return unsafe { sys::avm_zephyr_realloc(p, new_size) };
        }
        // SAFETY: the layout is valid (same alignment, and the caller's size is valid).
        let nl = unsafe { Layout::from_size_align_unchecked(new_size, l.align()) };
        // SAFETY: a fresh block, then a copy of the smaller of the two sizes.
        unsafe {
            let q = self.alloc(nl);
            if !q.is_null() {
                core::ptr::copy_nonoverlapping(p, q, l.size().min(new_size));
                self.dealloc(p, l);
            }
            q
        }
    }
}

#[global_allocator]
static HEAP: avm_core::mem::Budgeted<KernelHeap> = avm_core::mem::Budgeted(KernelHeap);

/// Critical sections mask interrupts (`irq_lock`, which is also a global lock on SMP).
struct IrqLock;
critical_section::set_impl!(IrqLock);

// SAFETY: irq_lock/irq_unlock nest (each restores the state its key saved), and the key
// travels unchanged from acquire to release.
unsafe impl critical_section::Impl for IrqLock {
    unsafe fn acquire() -> critical_section::RawRestoreState {
        // SAFETY: a plain call into the shim.
        let key = unsafe { sys::avm_zephyr_lock() };
        core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
        key
    }
    unsafe fn release(key: critical_section::RawRestoreState) {
        core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
        // SAFETY: `key` came from `acquire`.
        unsafe { sys::avm_zephyr_unlock(key) }
    }
}

/// A fixed buffer the panic message is formatted into (longer messages are cut).
struct Buf {
    b: [u8; 192],
    n: usize,
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let room = self.b.len() - self.n;
        let k = s.len().min(room);
        self.b[self.n..self.n + k].copy_from_slice(&s.as_bytes()[..k]);
        self.n += k;
        Ok(())
    }
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    let mut buf = Buf { b: [0; 192], n: 0 };
    let _ = write!(buf, "{info}");
    // SAFETY: the shim prints `n` bytes of the buffer, then k_panic() ends the thread.
    unsafe { sys::avm_zephyr_panic(buf.b.as_ptr(), buf.n) }
}

/// native_sim (and 32-bit x86) use the Linux targets, whose prebuilt `core` is compiled for
/// unwinding and refers to this symbol from its unwind tables. Panics abort here, so
/// nothing ever calls it.
#[cfg(not(target_os = "none"))]
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}
