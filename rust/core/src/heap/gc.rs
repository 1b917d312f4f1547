//! The copying collector (Cheney): live data is evacuated from the old block and all fragments
//! into a fresh block, scanned breadth-first without recursion. Literals and anything else
//! outside the process's own memory are left where they are.
//!
//! Sizing keeps collection linear in live data: after a collection at least as much free space
//! as live data remains (the block grows when it would not), and a block far larger than its
//! live data shrinks.

use alloc::vec::Vec;

use super::Heap;
use crate::binary::RefcBinary;
use crate::term::{header_arity, header_tag, layout_of, AllocError, Layout, Term, Word, TAG_BOXED};

/// Address ranges that make up from-space.
struct FromSpace {
    ranges: Vec<(usize, usize)>,
}

impl FromSpace {
    #[inline]
    fn contains(&self, p: *const Word) -> bool {
        let a = p as usize;
        // Usually a single range (the block) or a few.
        match self.ranges.binary_search_by(|&(s, _)| s.cmp(&a)) {
            Ok(_) => true,
            Err(0) => false,
            Err(i) => a < self.ranges[i - 1].1,
        }
    }
}

struct ToSpace {
    htop: *mut Word,
}

impl ToSpace {
    #[inline]
    unsafe fn take(&mut self, n: usize) -> *mut Word {
        let p = self.htop;
        self.htop = p.add(n);
        p
    }
}

/// Moves the object `t` refers to (if it is in from-space) and returns the updated term.
#[inline]
unsafe fn evacuate(t: Term, from: &FromSpace, to: &mut ToSpace) -> Term {
    if t.is_list() {
        let p = t.ptr();
        if !from.contains(p) {
            return t;
        }
        if *p == 0 {
            // Already moved: the cdr holds the new list term.
            return Term(*p.add(1));
        }
        let np = to.take(2);
        *np = *p;
        *np.add(1) = *p.add(1);
        let nt = Term::list_ptr(np);
        *p = 0;
        *p.add(1) = nt.0;
        nt
    } else if t.is_boxed() {
        let p = t.ptr();
        if !from.contains(p) {
            return t;
        }
        let h = *p;
        if h & 0b11 == TAG_BOXED {
            // Already moved: the header is a boxed pointer to the copy.
            return Term(h);
        }
        let n = 1 + header_arity(h);
        let np = to.take(n);
        core::ptr::copy_nonoverlapping(p, np, n);
        let nt = Term::boxed_ptr(np);
        *p = nt.0;
        nt
    } else {
        t
    }
}

impl Heap {
    /// Collects garbage so that at least `need` words are free afterwards. `roots` are the
    /// live registers and every other term outside the heap that refers into it.
    pub fn collect(&mut self, need: usize, roots: &mut [&mut [Term]]) -> Result<(), AllocError> {
        let live_bound = self.heap_used() + self.frag_words;
        let stack = self.stack_used();
        let size = live_bound + need + stack;
        self.collect_into(size.max(self.min_words), roots)?;
        // Resize when the result leaves less free space than live data and stack (growth) or
        // is far too large (shrink); each costs one more pass over live data only. Counting
        // the stack matters: deep non-tail recursion has little heap but a large stack, and
        // growing only by `need` would copy the whole stack at every frame (quadratic).
        let live = self.heap_used();
        let want = (2 * (live + need + stack)).max(self.min_words);
        let want = want + want / 4;
        let cap = self.block_words();
        if self.free_words() < (live + stack).max(need) || cap > 4 * want {
            if self.max_words != 0 && want > self.max_words && self.free_words() >= need {
                return Ok(());
            }
            self.collect_into(want, roots)?;
        }
        if self.free_words() < need {
            return Err(AllocError);
        }
        Ok(())
    }

    /// Collects garbage into a heap just large enough for the live data and the stack (at
    /// least `min_words`), as `erlang:hibernate/3` does.
    pub fn compact(&mut self, roots: &mut [&mut [Term]]) -> Result<(), AllocError> {
        self.collect(0, roots)?;
        let size = (self.heap_used() + self.stack_used()).max(self.min_words);
        if size < self.block_words() {
            self.collect_into(size, roots)?;
        }
        Ok(())
    }

    fn collect_into(&mut self, words: usize, roots: &mut [&mut [Term]]) -> Result<(), AllocError> {
        if self.max_words != 0 && words > self.max_words {
            return Err(AllocError);
        }
        let mut block = super::new_block(words)?;
        self.gc_count += 1;

        let mut ranges = Vec::with_capacity(1 + self.frags.len());
        ranges.push((self.start() as usize, self.htop as usize));
        for f in &self.frags {
            let s = f.as_ptr() as usize;
            ranges.push((s, s + f.len() * core::mem::size_of::<Word>()));
        }
        ranges.sort_unstable();
        let from = FromSpace { ranges };

        let new_start = block.as_mut_ptr() as *mut Word;
        let stack_words = self.stack_used();
        // SAFETY: all pointer arithmetic below stays inside `block` (sized for the heap's live
        // bound plus the stack) or inside from-space objects whose headers give their size.
        unsafe {
            let new_end = new_start.add(words);
            let new_stop = new_end.sub(stack_words);
            core::ptr::copy_nonoverlapping(self.stop, new_stop, stack_words);
            let mut to = ToSpace { htop: new_start };

            for r in roots.iter_mut() {
                for t in r.iter_mut() {
                    *t = evacuate(*t, &from, &mut to);
                }
            }
            let mut s = new_stop;
            while s < new_end {
                let w = *s;
                if w & 0b11 != 0 {
                    *s = evacuate(Term(w), &from, &mut to).0;
                }
                s = s.add(1);
            }
            let mut scan = new_start;
            while scan < to.htop {
                let w = *scan;
                if w & 0b11 == 0 {
                    let n = header_arity(w);
                    let (skip, terms) = match layout_of(header_tag(w)) {
                        Layout::Terms => (0, n),
                        Layout::RawThenTerms(k) => (k, n - k),
                        Layout::Raw => (n, 0),
                    };
                    let mut q = scan.add(1 + skip);
                    for _ in 0..terms {
                        *q = evacuate(Term(*q), &from, &mut to).0;
                        q = q.add(1);
                    }
                    scan = scan.add(1 + n);
                } else {
                    *scan = evacuate(Term(*scan), &from, &mut to).0;
                    *scan.add(1) = evacuate(Term(*scan.add(1)), &from, &mut to).0;
                    scan = scan.add(2);
                }
            }

            // Off-heap binaries: keep the survivors, release the rest.
            let mut kept = Vec::with_capacity(self.offheap.len());
            for &p in &self.offheap {
                let h = *p;
                if h & 0b11 == TAG_BOXED {
                    kept.push(Term(h).ptr());
                } else {
                    RefcBinary::release(*p.add(2) as *const RefcBinary);
                }
            }
            self.offheap = kept;

            self.htop = to.htop;
            self.stop = new_stop;
        }
        self.block = block;
        // SAFETY: one past the end of the new block.
        self.end = unsafe { self.start().add(self.block.len()) };
        self.frags.clear();
        self.frag_words = 0;
        self.gc_requested = false;
        self.last_alloc = core::ptr::null();
        Ok(())
    }
}
