//! Copying a term out of one heap into a fragment: how messages, spawn arguments, exit
//! reasons and timer messages travel between processes.
//!
//! Objects outside the source (`owned` says false: module literals, persistent terms) are
//! shared, not copied. Like OTP, the copy does not preserve sharing inside the term.
//! Both passes run without recursion: sizing uses an explicit stack, copying scans the
//! destination Cheney-style.

use alloc::vec::Vec;

use super::{header_arity, header_tag, layout_of, Layout, Term, Word, HDR_REFC_BIN};
use crate::binary::RefcBinary;
use crate::heap::Fragment;
use crate::term::Alloc;

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
            stack.push(h);
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
                stack.push(Term(unsafe { *p.add(1 + i) }));
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
    let root = copy_into(&mut f, t, owned)?;
    Some((f, root))
}

/// Copies `t` into `f`, which must have room for `size_of(t)` more words.
pub fn copy_into(f: &mut Fragment, t: Term, owned: &dyn Fn(*const Word) -> bool) -> Option<Term> {
    let start = f.len();
    let root = shallow(f, t, owned)?;
    // Scan the copies made so far, copying what they point to; new copies land after `scan`.
    let mut scan = start;
    while scan < f.len() {
        let base = f.word_ptr(scan);
        // SAFETY: `scan` indexes a word of the fragment written by `shallow`.
        let w = unsafe { *base };
        if w & 0b11 == 0 {
            let n = header_arity(w);
            let tag = header_tag(w);
            let first = match layout_of(tag) {
                Layout::Terms => 0,
                Layout::RawThenTerms(k) => k,
                Layout::Raw => n,
            };
            for i in first..n {
                // SAFETY: inside the object just copied.
                let child = Term(unsafe { *f.word_ptr(scan + 1 + i) });
                let c = shallow(f, child, owned)?;
                // SAFETY: as above; `shallow` reserved capacity, so the fragment did not move.
                unsafe { *f.word_ptr(scan + 1 + i) = c.0 };
            }
            scan += 1 + n;
        } else {
            // A cons cell: two terms.
            for i in 0..2 {
                // SAFETY: the two words of a cons cell copied by `shallow`.
                let child = Term(unsafe { *f.word_ptr(scan + i) });
                let c = shallow(f, child, owned)?;
                // SAFETY: as above.
                unsafe { *f.word_ptr(scan + i) = c.0 };
            }
            scan += 2;
        }
    }
    Some(root)
}

/// Copies the top object of `t` (not its children) into `f`.
fn shallow(f: &mut Fragment, t: Term, owned: &dyn Fn(*const Word) -> bool) -> Option<Term> {
    if t.is_list() && owned(t.ptr()) {
        let d = f.alloc(2).ok()?;
        // SAFETY: `d` has 2 fresh words; the source is a live cons cell.
        unsafe { core::ptr::copy_nonoverlapping(t.ptr(), d, 2) };
        return Some(Term::list_ptr(d));
    }
    if t.is_boxed() && owned(t.ptr()) {
        let p = t.ptr();
        // SAFETY: live object; its header gives its size.
        let h = unsafe { *p };
        let n = 1 + header_arity(h);
        let d = f.alloc(n).ok()?;
        // SAFETY: `d` has `n` fresh words.
        unsafe { core::ptr::copy_nonoverlapping(p, d, n) };
        if header_tag(h) == HDR_REFC_BIN {
            // SAFETY: word 2 of a refc binary object is its RefcBinary; the copy owns a new
            // reference, released when the fragment (or the heap adopting it) drops it.
            unsafe { RefcBinary::retain(*d.add(2) as *const RefcBinary) };
            crate::binary::BinAlloc::track_offheap(f, d);
        }
        return Some(Term::boxed_ptr(d));
    }
    Some(t)
}
