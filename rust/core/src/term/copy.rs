//! Copying a term out of one heap into a fragment: how messages, spawn arguments, exit
//! reasons and timer messages travel between processes.
//!
//! Objects outside the source (`owned` says false: module literals, persistent terms) are
//! shared, not copied. Like OTP, the copy does not preserve sharing inside the term.
//! Both passes run without recursion: sizing uses an explicit stack, copying scans the
//! destination Cheney-style.

use alloc::vec::Vec;

use super::{header_arity, header_tag, layout_of, Layout, Term, Word, HDR_REFC_BIN};
use crate::binary::{BinAlloc, RefcBinary};
use crate::heap::Fragment;

/// Largest copy made, in words. A term that shares subterms can flatten to exponentially
/// more words than it occupies; sizing stops past this, and [`Fragment::with_capacity`]
/// refuses it, so such a copy fails (`system_limit`) in bounded time.
pub const MAX_COPY_WORDS: usize = 1 << 26;

/// Words a copy of `t` needs, counting only objects for which `owned` holds. Stops counting
/// a little past [`MAX_COPY_WORDS`].
pub fn size_of(t: Term, owned: &dyn Fn(*const Word) -> bool) -> usize {
    let mut words = 0usize;
    let mut stack: Vec<Term> = Vec::new();
    let mut cur = t;
    loop {
        if words > MAX_COPY_WORDS {
            return words;
        }
        if cur.is_list() && owned(cur.ptr()) {
            words += 2;
            // SAFETY: a list term points at a live cons cell.
            let (h, tl) = unsafe { (Term(*cur.ptr()), Term(*cur.ptr().add(1))) };
            if !h.is_immediate() {
                stack.push(h);
            }
            cur = tl;
            continue;
        }
        if cur.is_boxed() && owned(cur.ptr()) {
            let p = cur.ptr();
            // SAFETY: a boxed term points at a live object whose header gives its size.
            let h = unsafe { *p };
            let n = header_arity(h);
            words += 1 + n;
            let first = match layout_of(header_tag(h)) {
                Layout::Terms => 0,
                Layout::RawThenTerms(k) => k,
                Layout::Raw => n,
            };
            for i in first..n {
                // SAFETY: i < n, inside the object.
                let c = Term(unsafe { *p.add(1 + i) });
                // Only pointers need a visit: most messages then never grow the stack.
                if !c.is_immediate() {
                    stack.push(c);
                }
            }
        }
        match stack.pop() {
            Some(next) => cur = next,
            None => return words,
        }
    }
}

/// Copies `t` into a new fragment; returns the fragment and the copy's root term.
/// None when out of memory.
pub fn copy_to_fragment(t: Term, owned: &dyn Fn(*const Word) -> bool) -> Option<(Fragment, Term)> {
    if t.is_immediate() {
        return Some((Fragment::default(), t));
    }
    let n = size_of(t, owned);
    let mut f = Fragment::with_capacity(n)?;
    let root = copy_sized(&mut f, t, n, owned)?;
    Some((f, root))
}

/// Copies `t` onto `dst` (a fragment with room, or a heap); returns the copy's root.
pub fn copy_into(dst: &mut impl BinAlloc, t: Term, owned: &dyn Fn(*const Word) -> bool) -> Option<Term> {
    if t.is_immediate() {
        return Some(t);
    }
    let n = size_of(t, owned);
    copy_sized(dst, t, n, owned)
}

/// Copies `t`, which needs `n` words, into one block of `n` words taken from `dst`.
fn copy_sized(dst: &mut impl BinAlloc, t: Term, n: usize, owned: &dyn Fn(*const Word) -> bool) -> Option<Term> {
    let base = dst.alloc(n).ok()?;
    let mut r = Region { top: base, end: base.wrapping_add(n) };
    let root = r.shallow(dst, t, owned)?;
    // Scan the copies made so far, copying what they point to; new copies land at `top`.
    let mut scan = base;
    while scan < r.top {
        // SAFETY: `scan` is below `top`: a word written by `shallow`.
        let w = unsafe { *scan };
        let (first, len) = if w & 0b11 == 0 {
            let n = header_arity(w);
            let first = match layout_of(header_tag(w)) {
                Layout::Terms => 0,
                Layout::RawThenTerms(k) => k,
                Layout::Raw => n,
            };
            (1 + first, 1 + n)
        } else {
            // A cons cell: two terms.
            (0, 2)
        };
        for i in first..len {
            // SAFETY: inside the object just copied (below `top`).
            let q = unsafe { scan.add(i) };
            // SAFETY: as above.
            let c = r.shallow(dst, Term(unsafe { *q }), owned)?;
            // SAFETY: as above.
            unsafe { *q = c.0 };
        }
        // SAFETY: `len` words of this object were copied, so this stays within `top`.
        scan = unsafe { scan.add(len) };
    }
    Some(root)
}

/// The reserved block a copy fills from the bottom.
struct Region {
    top: *mut Word,
    end: *mut Word,
}

impl Region {
    fn take(&mut self, n: usize) -> Option<*mut Word> {
        let p = self.top;
        if (self.end as usize - p as usize) / core::mem::size_of::<Word>() < n {
            // Sizing and copying disagree: only a bug could do this; refuse rather than overrun.
            return None;
        }
        self.top = p.wrapping_add(n);
        Some(p)
    }

    /// Copies the top object of `t` (not its children).
    fn shallow(&mut self, dst: &mut impl BinAlloc, t: Term, owned: &dyn Fn(*const Word) -> bool) -> Option<Term> {
        if t.is_list() && owned(t.ptr()) {
            let d = self.take(2)?;
            // SAFETY: `d` has 2 reserved words; the source is a live cons cell.
            unsafe { core::ptr::copy_nonoverlapping(t.ptr(), d, 2) };
            return Some(Term::list_ptr(d));
        }
        if t.is_boxed() && owned(t.ptr()) {
            let p = t.ptr();
            // SAFETY: live object; its header gives its size.
            let h = unsafe { *p };
            let n = 1 + header_arity(h);
            let d = self.take(n)?;
            // SAFETY: `d` has `n` reserved words.
            unsafe { core::ptr::copy_nonoverlapping(p, d, n) };
            if header_tag(h) == HDR_REFC_BIN {
                // SAFETY: word 2 of a refc binary object is its RefcBinary; the copy owns a
                // new reference, released when its holder drops it.
                unsafe { RefcBinary::retain(*d.add(2) as *const RefcBinary) };
                dst.track_offheap(d);
            }
            return Some(Term::boxed_ptr(d));
        }
        Some(t)
    }
}
