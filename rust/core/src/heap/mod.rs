//! A process's memory: one block holding the heap (growing up) and the stack (growing down),
//! plus heap fragments for allocations made where a collection is not allowed (inside BIFs,
//! message delivery), and the list of off-heap binaries the heap refers to.
//!
//! Stack frames are `[CP] [y0] .. [yN-1]` with `stop` pointing at the CP word.

pub mod gc;

use alloc::vec::Vec;
use core::mem::MaybeUninit;

use crate::binary::{BinAlloc, RefcBinary};
use crate::term::{Alloc, AllocError, Term, Word};

/// Smallest heap+stack block after a collection, in words (OTP's default `min_heap_size`).
pub const MIN_HEAP_WORDS: usize = 233;
/// The block a process starts with unless it asks for a larger `min_heap_size`. Most
/// processes that live long do so blocked in `receive` with almost nothing on the heap, and
/// the heap dominates their memory; one that allocates more collects once and grows to
/// `MIN_HEAP_WORDS` or beyond, which costs a copy of a few live words.
pub const FIRST_HEAP_WORDS: usize = 32;
/// Smallest heap fragment, in words.
const MIN_FRAG_WORDS: usize = 128;

pub struct Heap {
    /// Uninitialized until written: the heap part below `htop` and the stack part from
    /// `stop` are always written before they are read, and nothing reads the gap, so a new
    /// block is not zeroed (that was 10-14 % of list- and map-heavy runs).
    block: Vec<MaybeUninit<Word>>,
    pub(crate) htop: *mut Word,
    pub(crate) stop: *mut Word,
    /// One past the block's last word (the stack's bottom), kept beside `stop` so that the
    /// interpreter's frame checks read one field instead of the block's pointer and length.
    end: *mut Word,
    frags: Vec<Vec<Word>>,
    frag_words: usize,
    offheap: Vec<*mut Word>,
    /// Words this heap must not grow below (spawn_opt's min_heap_size).
    pub min_words: usize,
    /// Largest total size allowed, in words (0: no limit).
    pub max_words: usize,
    /// Collections so far (statistics).
    pub gc_count: usize,
    /// Collect at every test (a stress mode that finds missing roots).
    pub gc_stress: bool,
    /// A collection was asked for (`garbage_collect`), or fragments grew to half the block.
    pub gc_requested: bool,
    /// The object allocated last (null after a collection): the only one `set_tuple_element`
    /// may write into.
    last_alloc: *const Word,
}

// SAFETY: a heap is owned by one process, and a process runs on one scheduler at a time; the
// raw pointers it holds point into its own allocations.
unsafe impl Send for Heap {}

/// A block of `words` uninitialized words.
pub(super) fn new_block(words: usize) -> Result<Vec<MaybeUninit<Word>>, AllocError> {
    let mut block = Vec::new();
    crate::mem::try_reserve(&mut block, words)?;
    // SAFETY: the capacity is `words`, and MaybeUninit needs no initialization.
    unsafe { block.set_len(words) };
    Ok(block)
}

impl Heap {
    /// A heap of `words` words (at least `FIRST_HEAP_WORDS`); it never shrinks below
    /// `min_words` once it has been collected.
    pub fn new(words: usize) -> Result<Heap, AllocError> {
        let words = words.max(FIRST_HEAP_WORDS);
        let mut block = new_block(words)?;
        let start = block.as_mut_ptr() as *mut Word;
        // SAFETY: `words` is the block's length, so `start + words` is its end.
        let end = unsafe { start.add(words) };
        Ok(Heap {
            block,
            htop: start,
            stop: end,
            end,
            frags: Vec::new(),
            frag_words: 0,
            offheap: Vec::new(),
            min_words: MIN_HEAP_WORDS,
            max_words: 0,
            gc_count: 0,
            gc_stress: false,
            gc_requested: false,
            last_alloc: core::ptr::null(),
        })
    }

    #[inline(always)]
    pub(crate) fn start(&self) -> *mut Word {
        self.block.as_ptr() as *mut Word
    }
    #[inline(always)]
    pub(crate) fn end(&self) -> *mut Word {
        self.end
    }

    /// Free words between the heap top and the stack top.
    #[inline(always)]
    pub fn free_words(&self) -> usize {
        (self.stop as usize - self.htop as usize) / core::mem::size_of::<Word>()
    }
    /// Words in use on the heap proper (not the stack, not fragments).
    pub fn heap_used(&self) -> usize {
        (self.htop as usize - self.start() as usize) / core::mem::size_of::<Word>()
    }
    /// Words in use on the stack.
    pub fn stack_used(&self) -> usize {
        (self.end() as usize - self.stop as usize) / core::mem::size_of::<Word>()
    }
    /// Words of the whole block.
    pub fn block_words(&self) -> usize {
        self.block.len()
    }
    /// Words held in fragments.
    pub fn fragment_words(&self) -> usize {
        self.frag_words
    }
    /// True when a collection is due before `need` words can be taken from the block:
    /// too little room, fragments to fold back in, or a collection was asked for.
    #[inline(always)]
    pub fn needs_gc(&self, need: usize) -> bool {
        self.free_words() < need || self.fragments_due() || self.gc_stress
    }

    /// True when fragments (messages taken in, BIF results that did not fit) have grown
    /// enough to fold them into the heap, or a collection was asked for. Small fragments
    /// wait for the next collection rather than forcing one per message.
    #[inline(always)]
    pub fn fragments_due(&self) -> bool {
        self.gc_requested
    }

    /// Fragments as large as half the block are due to be folded in: ask for a collection
    /// (checked once here, so that the check at every call is one flag).
    #[inline]
    fn note_fragments(&mut self) {
        if self.frag_words >= self.block.len() / 2 {
            self.gc_requested = true;
        }
    }

    /// Asks for a collection at the next allocation check (`garbage_collect/0,1`).
    pub fn request_gc(&mut self) {
        self.gc_requested = true;
    }

    /// Takes `n` words from the block; the caller has made sure they are free.
    ///
    /// # Safety
    /// `free_words() >= n` must hold.
    #[inline(always)]
    pub unsafe fn bump(&mut self, n: usize) -> *mut Word {
        let p = self.htop;
        self.htop = p.add(n);
        p
    }

    // ---- stack ----

    /// Pushes a frame of `n` y registers (initialised to nil) and the continuation `cp`.
    ///
    /// # Safety
    /// `free_words() >= n + 1` must hold.
    #[inline(always)]
    pub unsafe fn push_frame(&mut self, n: usize, cp: Word) {
        let s = self.stop.sub(n + 1);
        *s = cp;
        for i in 1..=n {
            *s.add(i) = Term::NIL.0;
        }
        self.stop = s;
    }

    /// Pops a frame of `n` y registers and returns its continuation.
    ///
    /// # Safety
    /// A frame of `n` y registers must be on top of the stack.
    #[inline(always)]
    pub unsafe fn pop_frame(&mut self, n: usize) -> Word {
        let cp = *self.stop;
        self.stop = self.stop.add(n + 1);
        cp
    }

    /// The stack, from its top (lowest address) to its bottom.
    pub fn stack(&self) -> &[Word] {
        // SAFETY: [stop, end) is the in-use part of the block.
        unsafe { core::slice::from_raw_parts(self.stop, self.stack_used()) }
    }
    /// Drops stack words from the top until `words` remain.
    pub fn truncate_stack(&mut self, words: usize) {
        // SAFETY: `words` <= stack_used, so the new stop stays within the block.
        self.stop = unsafe { self.end().sub(words.min(self.stack_used())) };
    }
    /// Resets the stack to empty.
    pub fn clear_stack(&mut self) {
        self.stop = self.end();
    }

    fn alloc_fragment(&mut self, n: usize) -> Result<*mut Word, AllocError> {
        if self.max_words != 0 && self.block.len() + self.frag_words + n > self.max_words {
            return Err(AllocError);
        }
        if let Some(f) = self.frags.last_mut() {
            if f.capacity() - f.len() >= n {
                let len = f.len();
                f.resize(len + n, 0);
                // SAFETY: the fragment's capacity covers len + n; resizing within capacity
                // does not move it.
                let p = unsafe { f.as_mut_ptr().add(len) };
                self.frag_words += n;
                self.note_fragments();
                return Ok(p);
            }
        }
        let cap = n.max(MIN_FRAG_WORDS).max(self.frag_words / 2);
        let mut f = Vec::new();
        crate::mem::try_reserve(&mut f, cap)?;
        f.resize(n, 0);
        let p = f.as_mut_ptr();
        self.frags.push(f);
        self.frag_words += n;
        self.note_fragments();
        Ok(p)
    }

    /// Total words owned: block and fragments.
    pub fn total_words(&self) -> usize {
        self.block.len() + self.frag_words
    }

    /// Drops every reference this heap holds to off-heap binaries (when the process dies).
    pub fn release_offheap(&mut self) {
        for p in self.offheap.drain(..) {
            // SAFETY: each tracked object is a live refc binary object owning one reference.
            unsafe { RefcBinary::release(*p.add(2) as *const RefcBinary) };
        }
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        self.release_offheap();
    }
}

/// Terms built outside any process heap (a message in transit, a timer's message): the
/// words, and the refc binaries they refer to (one reference each). A heap takes a fragment
/// over with [`Heap::adopt`]; dropping an unadopted fragment releases its binaries.
#[derive(Default)]
pub struct Fragment {
    words: Vec<Word>,
    offheap: Vec<*mut Word>,
}

// SAFETY: a fragment owns its words and one reference to each binary it lists.
unsafe impl Send for Fragment {}

impl Fragment {
    /// A fragment with room for `words` words, or None when out of memory or larger than
    /// any copy is allowed to be ([`crate::term::copy::MAX_COPY_WORDS`]).
    pub fn with_capacity(words: usize) -> Option<Fragment> {
        if words > crate::term::copy::MAX_COPY_WORDS {
            return None;
        }
        let mut v = Vec::new();
        crate::mem::try_reserve(&mut v, words).ok()?;
        Some(Fragment { words: v, offheap: Vec::new() })
    }

    /// Like [`Fragment::with_capacity`], but may take from the memory budget's reserve: for
    /// the messages the VM itself sends (`'DOWN'`, `'EXIT'`), which must not be lost when
    /// a process ran out of memory, the likeliest time for one to end.
    pub fn with_capacity_for_signal(words: usize) -> Option<Fragment> {
        if words > crate::term::copy::MAX_COPY_WORDS {
            return None;
        }
        let mut v = Vec::new();
        v.try_reserve_exact(words).ok()?;
        Some(Fragment { words: v, offheap: Vec::new() })
    }
    /// Words in use.
    pub fn len(&self) -> usize {
        self.words.len()
    }
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
    /// True if `p` points into this fragment.
    pub fn contains(&self, p: *const Word) -> bool {
        let s = self.words.as_ptr() as usize;
        (s..s + self.words.len() * core::mem::size_of::<Word>()).contains(&(p as usize))
    }
}

impl Alloc for Fragment {
    /// Takes words from the reserved capacity only, so earlier terms never move.
    fn alloc(&mut self, n: usize) -> Result<*mut Word, AllocError> {
        let len = self.words.len();
        if self.words.capacity() - len < n {
            return Err(AllocError);
        }
        self.words.resize(len + n, 0);
        // SAFETY: within capacity, so the vector did not move; `len` is in bounds.
        Ok(unsafe { self.words.as_mut_ptr().add(len) })
    }
}

impl BinAlloc for Fragment {
    fn track_offheap(&mut self, obj: *mut Word) {
        self.offheap.push(obj);
    }
}

impl Drop for Fragment {
    fn drop(&mut self) {
        for p in self.offheap.drain(..) {
            // SAFETY: each tracked object is a refc binary object owning one reference.
            unsafe { RefcBinary::release(*p.add(2) as *const RefcBinary) };
        }
    }
}

impl Heap {
    /// Takes a fragment over: its words become a heap fragment (folded into the heap by the
    /// next collection) and its binaries are tracked by this heap.
    pub fn adopt(&mut self, mut f: Fragment) {
        if f.words.is_empty() {
            return;
        }
        self.offheap.append(&mut f.offheap);
        self.frag_words += f.words.len();
        self.note_fragments();
        // Put it before the last fragment so that `alloc_fragment` keeps filling that one.
        let w = core::mem::take(&mut f.words);
        let at = self.frags.len().saturating_sub(1);
        self.frags.insert(at, w);
    }

    /// True if `p` points into this heap's block or fragments.
    pub fn owns(&self, p: *const Word) -> bool {
        let a = p as usize;
        if (self.start() as usize..self.end() as usize).contains(&a) {
            return true;
        }
        self.frags.iter().any(|f| {
            let s = f.as_ptr() as usize;
            (s..s + f.len() * core::mem::size_of::<Word>()).contains(&a)
        })
    }
}

impl Heap {
    /// True if `p` is the start of the object allocated last, with no collection since.
    /// Writing into that object (the compiler's `set_tuple_element` after `setelement/3`)
    /// cannot make a cycle: everything it can be given to hold is older than it, and only
    /// it may be written into.
    pub fn is_last_alloc(&self, p: *const Word) -> bool {
        !p.is_null() && p == self.last_alloc
    }
}

impl Alloc for Heap {
    #[inline]
    fn alloc(&mut self, n: usize) -> Result<*mut Word, AllocError> {
        let p = if self.free_words() >= n {
            // SAFETY: checked just above.
            unsafe { self.bump(n) }
        } else {
            self.alloc_fragment(n)?
        };
        self.last_alloc = p;
        Ok(p)
    }
}

impl BinAlloc for Heap {
    fn track_offheap(&mut self, obj: *mut Word) {
        self.offheap.push(obj);
    }
}

/// A standalone heap area that grows in chunks and never moves what it holds: a module's
/// literals, or a message being built before delivery.
#[derive(Default)]
pub struct Arena {
    chunks: Vec<Vec<Word>>,
    offheap: Vec<*mut Word>,
}

// SAFETY: an arena's pointers point into its own chunks; it moves between threads whole.
unsafe impl Send for Arena {}
// SAFETY: after construction an arena is only read.
unsafe impl Sync for Arena {}

impl Arena {
    /// The address ranges of its chunks.
    pub fn ranges(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.chunks.iter().map(|c| {
            let s = c.as_ptr() as usize;
            (s, s + c.len() * core::mem::size_of::<Word>())
        })
    }

    pub fn new() -> Arena {
        Arena::default()
    }
    /// Words held.
    pub fn words(&self) -> usize {
        self.chunks.iter().map(|c| c.len()).sum()
    }
    /// True if `p` points inside this arena.
    pub fn contains(&self, p: *const Word) -> bool {
        self.chunks.iter().any(|c| {
            let s = c.as_ptr() as usize;
            (s..s + c.len() * core::mem::size_of::<Word>()).contains(&(p as usize))
        })
    }
}

impl Alloc for Arena {
    fn alloc(&mut self, n: usize) -> Result<*mut Word, AllocError> {
        if let Some(c) = self.chunks.last_mut() {
            if c.capacity() - c.len() >= n {
                let len = c.len();
                c.resize(len + n, 0);
                // SAFETY: within capacity, so the chunk did not move.
                return Ok(unsafe { c.as_mut_ptr().add(len) });
            }
        }
        let cap = n.max(256);
        let mut c = Vec::new();
        crate::mem::try_reserve(&mut c, cap)?;
        c.resize(n, 0);
        let p = c.as_mut_ptr();
        self.chunks.push(c);
        Ok(p)
    }
}

impl BinAlloc for Arena {
    fn track_offheap(&mut self, obj: *mut Word) {
        self.offheap.push(obj);
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        for p in self.offheap.drain(..) {
            // SAFETY: each tracked object is a live refc binary object owning one reference.
            unsafe { RefcBinary::release(*p.add(2) as *const RefcBinary) };
        }
    }
}
