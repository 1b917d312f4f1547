//! Reference-counted binaries: the bytes live off any process heap and are shared by every
//! heap object that refers to them; the last reference frees them.

use alloc::alloc::{alloc_zeroed, dealloc, Layout};
use core::sync::atomic::{AtomicUsize, Ordering};

/// Atomic read-modify-write where the target has it. Cortex-M0 (thumbv6m) and RISC-V
/// cores without the A extension only have atomic loads and stores: there the operations
/// are a load then a store, which is correct because one scheduler thread runs every
/// process (refc binaries never change hands between threads concurrently).
#[cfg(not(target_has_atomic = "ptr"))]
trait RmwFallback {
    fn fetch_add(&self, v: usize, o: Ordering) -> usize;
    fn fetch_sub(&self, v: usize, o: Ordering) -> usize;
    fn compare_exchange(&self, cur: usize, new: usize, s: Ordering, f: Ordering) -> Result<usize, usize>;
}

#[cfg(not(target_has_atomic = "ptr"))]
impl RmwFallback for AtomicUsize {
    fn fetch_add(&self, v: usize, _: Ordering) -> usize {
        let old = self.load(Ordering::Acquire);
        self.store(old.wrapping_add(v), Ordering::Release);
        old
    }
    fn fetch_sub(&self, v: usize, _: Ordering) -> usize {
        let old = self.load(Ordering::Acquire);
        self.store(old.wrapping_sub(v), Ordering::Release);
        old
    }
    fn compare_exchange(&self, cur: usize, new: usize, _: Ordering, _: Ordering) -> Result<usize, usize> {
        let old = self.load(Ordering::Acquire);
        if old == cur {
            self.store(new, Ordering::Release);
            Ok(old)
        } else {
            Err(old)
        }
    }
}

/// Header of an off-heap binary; the bytes follow it in the same allocation.
///
/// `len` is the capacity. `used_bits` is the fill mark of an appendable binary: a bitstring
/// that ends exactly there may grow in place (see [`RefcBinary::claim`]); bits past the mark
/// belong to no term yet. Ordinary binaries are full (`used_bits == 8 * len`).
#[repr(C)]
pub struct RefcBinary {
    refs: AtomicUsize,
    len: usize,
    used_bits: AtomicUsize,
}

const HDR: usize = core::mem::size_of::<RefcBinary>();

fn layout(len: usize) -> Option<Layout> {
    Layout::from_size_align(HDR.checked_add(len)?, core::mem::align_of::<RefcBinary>()).ok()
}

impl RefcBinary {
    /// Allocates a zeroed binary of `len` bytes with one reference. None when out of memory.
    pub fn new_zeroed(len: usize) -> Option<*mut RefcBinary> {
        Self::with_capacity(len, len.checked_mul(8)?)
    }

    /// Allocates a zeroed binary of `cap` bytes whose first `used_bits` bits are taken, with
    /// one reference. None when out of memory.
    pub fn with_capacity(cap: usize, used_bits: usize) -> Option<*mut RefcBinary> {
        let len = cap;
        let l = layout(len)?;
        if !crate::mem::admit(l.size()) {
            return None;
        }
        // SAFETY: the layout has a nonzero size (the header).
        let p = unsafe { alloc_zeroed(l) } as *mut RefcBinary;
        if p.is_null() {
            return None;
        }
        // SAFETY: `p` is a fresh allocation large enough for the header.
        unsafe {
            p.write(RefcBinary { refs: AtomicUsize::new(1), len, used_bits: AtomicUsize::new(used_bits) });
        }
        Some(p)
    }

    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `len` bytes follow the header in the same allocation.
        unsafe { core::slice::from_raw_parts((self as *const Self as *const u8).add(HDR), self.len) }
    }

    /// Mutable bytes; only while the creator holds the sole reference.
    #[allow(clippy::mut_from_ref)]
    pub fn bytes_mut(&self) -> &mut [u8] {
        // SAFETY: called only on a binary just created, before it is shared.
        unsafe { core::slice::from_raw_parts_mut((self as *const Self as *mut u8).add(HDR), self.len) }
    }

    /// Claims bits `from..to` for an in-place append: succeeds only if the fill mark is at
    /// `from` (so no term holds bits past `from`) and `to` fits the capacity. The caller then
    /// owns those bits and may write them through [`RefcBinary::tail_mut`].
    pub fn claim(&self, from: usize, to: usize) -> bool {
        to <= self.len.saturating_mul(8)
            && self.used_bits.compare_exchange(from, to, Ordering::AcqRel, Ordering::Relaxed).is_ok()
    }

    /// The bytes from byte `from` to the end of the capacity.
    ///
    /// # Safety
    /// The caller must have claimed every bit it writes there (see [`RefcBinary::claim`]):
    /// bits past the fill mark are read by nobody. In the byte holding the mark, the bits
    /// before it belong to existing terms and must be preserved (bit writes mask them).
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn tail_mut(&self, from: usize) -> &mut [u8] {
        let from = from.min(self.len);
        core::slice::from_raw_parts_mut((self as *const Self as *mut u8).add(HDR + from), self.len - from)
    }

    /// Adds a reference.
    ///
    /// # Safety
    /// `p` must point at a live RefcBinary.
    pub unsafe fn retain(p: *const RefcBinary) {
        (*p).refs.fetch_add(1, Ordering::Relaxed);
    }

    /// Drops a reference, freeing the binary with the last one.
    ///
    /// # Safety
    /// `p` must point at a live RefcBinary whose reference the caller owns.
    pub unsafe fn release(p: *const RefcBinary) {
        if (*p).refs.fetch_sub(1, Ordering::AcqRel) == 1 {
            let len = (*p).len;
            if let Some(l) = layout(len) {
                dealloc(p as *mut u8, l);
            }
        }
    }

    /// Current number of references (for tests and statistics).
    pub fn ref_count(&self) -> usize {
        self.refs.load(Ordering::Relaxed)
    }
}
