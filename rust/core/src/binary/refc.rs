//! Reference-counted binaries: the bytes live off any process heap and are shared by every
//! heap object that refers to them; the last reference frees them.

use alloc::alloc::{alloc_zeroed, dealloc, Layout};
use core::sync::atomic::{AtomicUsize, Ordering};

/// Header of an off-heap binary; the bytes follow it in the same allocation.
#[repr(C)]
pub struct RefcBinary {
    refs: AtomicUsize,
    len: usize,
}

const HDR: usize = core::mem::size_of::<RefcBinary>();

fn layout(len: usize) -> Option<Layout> {
    Layout::from_size_align(HDR.checked_add(len)?, core::mem::align_of::<RefcBinary>()).ok()
}

impl RefcBinary {
    /// Allocates a zeroed binary of `len` bytes with one reference. None when out of memory.
    pub fn new_zeroed(len: usize) -> Option<*mut RefcBinary> {
        let l = layout(len)?;
        // SAFETY: the layout has a nonzero size (the header).
        let p = unsafe { alloc_zeroed(l) } as *mut RefcBinary;
        if p.is_null() {
            return None;
        }
        // SAFETY: `p` is a fresh allocation large enough for the header.
        unsafe {
            p.write(RefcBinary { refs: AtomicUsize::new(1), len });
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
        unsafe {
            core::slice::from_raw_parts_mut((self as *const Self as *mut u8).add(HDR), self.len)
        }
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
