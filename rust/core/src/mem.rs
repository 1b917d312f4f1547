//! The VM's memory budget: how many bytes it may take from its platform, and a reserve.
//!
//! Rust reports a failed allocation to the caller only where the caller asks for it
//! (`try_reserve`); everywhere else (a `Vec` growing, a `BTreeMap` node) a failure ends the
//! program. So the allocations that grow with what a program does — process heaps, heap
//! fragments, binaries, ETS objects — are made fallible *and* admitted only while a reserve
//! would remain ([`admit`]): when memory runs out, they fail first, the process that asked
//! gets `system_limit` (and usually exits, freeing what it held), and the small bookkeeping
//! allocations that cannot fail gracefully still find memory in the reserve.
//!
//! The platform's global allocator is wrapped in [`Budgeted`], which counts the bytes in use
//! and refuses anything beyond the limit; the platform sets the limit ([`set_limit`]): the
//! host runner's `--max-memory`, Zephyr's `CONFIG_ATOMVM_HEAP_SIZE`. Without a limit nothing
//! is refused here and the reserve is not kept.

use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use crate::term::AllocError;

/// Bytes the VM may have allocated at once (`usize::MAX`: no limit).
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Bytes allocated now, and the most there ever were.
static USED: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// The smallest reserve kept under a limit, whatever the limit.
const MIN_RESERVE: usize = 2048;

/// Sets the limit in bytes (`usize::MAX` for none).
pub fn set_limit(bytes: usize) {
    LIMIT.store(bytes, Relaxed);
}

/// The limit in bytes (`usize::MAX`: none).
pub fn limit() -> usize {
    LIMIT.load(Relaxed)
}

/// Bytes allocated through [`Budgeted`] now.
pub fn used() -> usize {
    USED.load(Relaxed)
}

/// The most bytes ever allocated at once through [`Budgeted`].
pub fn peak() -> usize {
    PEAK.load(Relaxed)
}

/// The part of the limit only allocations that cannot fail gracefully may use: a sixteenth.
fn reserve(limit: usize) -> usize {
    (limit / 16).max(MIN_RESERVE)
}

/// Whether an allocation of `bytes` that can fail gracefully may go ahead: it must leave the
/// reserve free.
pub fn admit(bytes: usize) -> bool {
    let limit = LIMIT.load(Relaxed);
    limit == usize::MAX || used().saturating_add(bytes).saturating_add(reserve(limit)) <= limit
}

/// Bytes that allocations admitted by [`admit`] may still take (`usize::MAX`: no limit).
pub fn headroom() -> usize {
    let limit = LIMIT.load(Relaxed);
    if limit == usize::MAX {
        return usize::MAX;
    }
    limit.saturating_sub(used()).saturating_sub(reserve(limit))
}

/// Reserves room for exactly `extra` more elements in `v`, within the budget.
pub fn try_reserve<T>(v: &mut alloc::vec::Vec<T>, extra: usize) -> Result<(), AllocError> {
    if !admit(extra.saturating_mul(core::mem::size_of::<T>())) {
        return Err(AllocError);
    }
    v.try_reserve_exact(extra).map_err(|_| AllocError)
}

/// Makes room for `extra` more elements in a long-lived, growing `v` (the VM's tables),
/// growing it as `push` would (doubling), within the budget: such a `Vec` can ask for as
/// much again as it holds at any push, far more than the reserve.
pub fn try_grow<T>(v: &mut alloc::vec::Vec<T>, extra: usize) -> Result<(), AllocError> {
    if v.capacity() - v.len() >= extra {
        return Ok(());
    }
    let want = v.len().saturating_add(extra).max(v.capacity().saturating_mul(2));
    if !admit(want.saturating_mul(core::mem::size_of::<T>())) {
        return Err(AllocError);
    }
    v.try_reserve(extra).map_err(|_| AllocError)
}

#[cfg(target_has_atomic = "ptr")]
fn add_used(n: usize) {
    let now = USED.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}
#[cfg(target_has_atomic = "ptr")]
fn sub_used(n: usize) {
    USED.fetch_sub(n, Relaxed);
}

// Cores without compare-and-swap (Cortex-M0, RV32 without A): the platform's critical
// section (Zephyr masks interrupts) makes the read-modify-write atomic.
#[cfg(not(target_has_atomic = "ptr"))]
fn add_used(n: usize) {
    critical_section::with(|_| {
        let now = USED.load(Relaxed) + n;
        USED.store(now, Relaxed);
        if now > PEAK.load(Relaxed) {
            PEAK.store(now, Relaxed);
        }
    })
}
#[cfg(not(target_has_atomic = "ptr"))]
fn sub_used(n: usize) {
    critical_section::with(|_| USED.store(USED.load(Relaxed) - n, Relaxed))
}

/// Whether `more` bytes fit under the limit (the hard one: the reserve counts as free).
fn fits(more: usize) -> bool {
    let limit = LIMIT.load(Relaxed);
    limit == usize::MAX || used().saturating_add(more) <= limit
}

/// A global allocator that counts what passes through it and enforces the limit.
pub struct Budgeted<A>(pub A);

// SAFETY: every call is forwarded to the inner allocator unchanged (or refused with null,
// which callers must handle); the counters do not touch the memory.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Budgeted<A> {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if !fits(l.size()) {
            return core::ptr::null_mut();
        }
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { self.0.alloc(l) };
        if !p.is_null() {
            add_used(l.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        if !fits(l.size()) {
            return core::ptr::null_mut();
        }
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { self.0.alloc_zeroed(l) };
        if !p.is_null() {
            add_used(l.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        // SAFETY: `p` and `l` are the caller's, from this allocator.
        unsafe { self.0.dealloc(p, l) };
        sub_used(l.size());
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        if new_size > l.size() && !fits(new_size - l.size()) {
            return core::ptr::null_mut();
        }
        // SAFETY: forwarded with the caller's arguments.
        let q = unsafe { self.0.realloc(p, l, new_size) };
        if !q.is_null() {
            sub_used(l.size());
            add_used(new_size);
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserve_is_a_sixteenth_with_a_floor() {
        assert_eq!(reserve(1 << 20), 1 << 16);
        assert_eq!(reserve(4096), MIN_RESERVE);
    }
}
