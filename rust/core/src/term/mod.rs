//! Terms: one machine word each, tagged in the low bits the way BEAM does it.
//!
//! ```text
//! primary tag (2 bits)      00 header (only as the first word of a boxed object)
//!                           01 list   (pointer to a cons cell: two words, car and cdr)
//!                           10 boxed  (pointer to a header word)
//!                           11 immediate
//! immediate1 (4 bits)     0011 pid      0111 port     1111 small integer
//!                         1011 immediate2:
//! immediate2 (6 bits)   001011 atom   011011 catch   101011 (unused)  111011 nil
//! ```
//!
//! A small integer holds `WORD_BITS - 4` bits: ±2^27 on 32-bit words, ±2^59 on 64-bit ones.
//! The same code serves both word sizes; only `usize` changes.

pub mod boxed;
pub mod compare;
pub mod copy;
pub mod print;

pub use boxed::*;

/// A machine word.
pub type Word = usize;
/// Bits in a word.
pub const WORD_BITS: u32 = usize::BITS;
/// Bytes in a word.
pub const WORD_BYTES: usize = core::mem::size_of::<usize>();

pub const TAG_PRIMARY_MASK: Word = 0b11;
pub const TAG_HEADER: Word = 0b00;
pub const TAG_LIST: Word = 0b01;
pub const TAG_BOXED: Word = 0b10;
pub const TAG_IMMED1: Word = 0b11;

pub const IMMED1_MASK: Word = 0b1111;
pub const IMMED1_PID: Word = 0b0011;
pub const IMMED1_PORT: Word = 0b0111;
pub const IMMED1_IMMED2: Word = 0b1011;
pub const IMMED1_SMALL: Word = 0b1111;

pub const IMMED2_MASK: Word = 0b11_1111;
pub const IMMED2_ATOM: Word = 0b00_1011;
pub const IMMED2_CATCH: Word = 0b01_1011;
pub const IMMED2_NIL: Word = 0b11_1011;

/// Bits available to a small integer.
pub const SMALL_BITS: u32 = WORD_BITS - 4;
/// Largest small integer.
pub const MAX_SMALL: isize = (1isize << (SMALL_BITS - 1)) - 1;
/// Smallest small integer.
pub const MIN_SMALL: isize = -(1isize << (SMALL_BITS - 1));

/// One Erlang term: a tagged machine word. Pointers inside point at words on a process heap,
/// a heap fragment or a module's literal area.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Term(pub Word);

impl core::fmt::Debug for Term {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Term({:#x})", self.0)
    }
}

impl Term {
    /// "No value": the result of a failed operation, or an empty register. Never stored in a
    /// data structure. Its tag is that of a header, which no register legitimately holds.
    pub const NON_VALUE: Term = Term(0);
    pub const NIL: Term = Term(IMMED2_NIL);

    #[inline(always)]
    pub const fn raw(self) -> Word {
        self.0
    }
    #[inline(always)]
    pub const fn is_non_value(self) -> bool {
        self.0 == 0
    }
    #[inline(always)]
    pub const fn primary_tag(self) -> Word {
        self.0 & TAG_PRIMARY_MASK
    }

    // ---- small integers ----
    #[inline(always)]
    pub const fn is_small(self) -> bool {
        self.0 & IMMED1_MASK == IMMED1_SMALL
    }
    /// Builds a small integer. The caller guarantees the range.
    #[inline(always)]
    pub const fn small(v: isize) -> Term {
        Term(((v as Word) << 4) | IMMED1_SMALL)
    }
    #[inline(always)]
    pub const fn small_fits(v: i64) -> bool {
        v >= MIN_SMALL as i64 && v <= MAX_SMALL as i64
    }
    /// Builds a small integer if `v` fits.
    #[inline(always)]
    pub fn try_small(v: i64) -> Option<Term> {
        if Self::small_fits(v) {
            Some(Term::small(v as isize))
        } else {
            None
        }
    }
    #[inline(always)]
    pub const fn small_value(self) -> isize {
        (self.0 as isize) >> 4
    }

    // ---- atoms ----
    #[inline(always)]
    pub const fn is_atom(self) -> bool {
        self.0 & IMMED2_MASK == IMMED2_ATOM
    }
    #[inline(always)]
    pub const fn atom(index: u32) -> Term {
        Term(((index as Word) << 6) | IMMED2_ATOM)
    }
    #[inline(always)]
    pub const fn atom_index(self) -> u32 {
        (self.0 >> 6) as u32
    }

    // ---- nil, catch, pid, port ----
    #[inline(always)]
    pub const fn is_nil(self) -> bool {
        self.0 == IMMED2_NIL
    }
    #[inline(always)]
    pub const fn is_catch(self) -> bool {
        self.0 & IMMED2_MASK == IMMED2_CATCH
    }
    #[inline(always)]
    pub const fn catch(index: u32) -> Term {
        Term(((index as Word) << 6) | IMMED2_CATCH)
    }
    #[inline(always)]
    pub const fn catch_index(self) -> u32 {
        (self.0 >> 6) as u32
    }
    /// `true` or `false`.
    #[inline(always)]
    pub const fn boolean(b: bool) -> Term {
        if b {
            crate::atom::TRUE
        } else {
            crate::atom::FALSE
        }
    }
    #[inline(always)]
    pub const fn is_pid(self) -> bool {
        self.0 & IMMED1_MASK == IMMED1_PID
    }
    #[inline(always)]
    pub const fn pid(index: u32) -> Term {
        Term(((index as Word) << 4) | IMMED1_PID)
    }
    #[inline(always)]
    pub const fn pid_index(self) -> u32 {
        (self.0 >> 4) as u32
    }
    #[inline(always)]
    pub const fn is_port(self) -> bool {
        self.0 & IMMED1_MASK == IMMED1_PORT
    }
    #[inline(always)]
    pub const fn port(index: u32) -> Term {
        Term(((index as Word) << 4) | IMMED1_PORT)
    }
    #[inline(always)]
    pub const fn port_index(self) -> u32 {
        (self.0 >> 4) as u32
    }
    #[inline(always)]
    pub const fn is_immediate(self) -> bool {
        self.0 & TAG_PRIMARY_MASK == TAG_IMMED1
    }

    // ---- pointers ----
    #[inline(always)]
    pub const fn is_list(self) -> bool {
        self.0 & TAG_PRIMARY_MASK == TAG_LIST
    }
    #[inline(always)]
    pub const fn is_boxed(self) -> bool {
        self.0 & TAG_PRIMARY_MASK == TAG_BOXED
    }
    #[inline(always)]
    pub fn list_ptr(ptr: *const Word) -> Term {
        Term(ptr as Word | TAG_LIST)
    }
    #[inline(always)]
    pub fn boxed_ptr(ptr: *const Word) -> Term {
        Term(ptr as Word | TAG_BOXED)
    }
    /// The address a list or boxed term points to.
    #[inline(always)]
    pub const fn ptr(self) -> *mut Word {
        (self.0 & !TAG_PRIMARY_MASK) as *mut Word
    }

    /// Head of a cons cell.
    ///
    /// Callers hold a term that is a list (checked with `is_list`).
    #[inline(always)]
    pub fn head(self) -> Term {
        debug_assert!(self.is_list());
        // SAFETY: a list term always points at a live two-word cons cell.
        unsafe { Term(*self.ptr()) }
    }
    /// Tail of a cons cell.
    #[inline(always)]
    pub fn tail(self) -> Term {
        debug_assert!(self.is_list());
        // SAFETY: as for `head`.
        unsafe { Term(*self.ptr().add(1)) }
    }

    /// The header word of a boxed object.
    #[inline(always)]
    pub fn header(self) -> Word {
        debug_assert!(self.is_boxed());
        // SAFETY: a boxed term always points at the header word of a live object.
        unsafe { *self.ptr() }
    }
    /// The header subtag of a boxed term.
    #[inline(always)]
    pub fn boxed_tag(self) -> Word {
        header_tag(self.header())
    }
    /// The word `i` positions after the header of a boxed object (1 is the first payload word).
    #[inline(always)]
    pub fn boxed_word(self, i: usize) -> Word {
        // SAFETY: callers index inside the object's arity, as its layout defines.
        unsafe { *self.ptr().add(i) }
    }

    #[inline(always)]
    pub fn is_tuple(self) -> bool {
        self.is_boxed() && self.boxed_tag() == HDR_TUPLE
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.is_boxed() && self.boxed_tag() == HDR_FLOAT
    }
    #[inline(always)]
    pub fn is_bignum(self) -> bool {
        self.is_boxed() && matches!(self.boxed_tag(), HDR_POS_BIG | HDR_NEG_BIG)
    }
    #[inline(always)]
    pub fn is_integer(self) -> bool {
        self.is_small() || self.is_bignum()
    }
    #[inline(always)]
    pub fn is_number(self) -> bool {
        self.is_small() || (self.is_boxed() && matches!(self.boxed_tag(), HDR_POS_BIG | HDR_NEG_BIG | HDR_FLOAT))
    }
    #[inline(always)]
    pub fn is_map(self) -> bool {
        self.is_boxed() && matches!(self.boxed_tag(), HDR_MAP | HDR_HAMT)
    }
    #[inline(always)]
    pub fn is_bitstring(self) -> bool {
        self.is_boxed() && matches!(self.boxed_tag(), HDR_HEAP_BIN | HDR_REFC_BIN | HDR_SUB_BIN)
    }
    #[inline(always)]
    pub fn is_binary(self) -> bool {
        self.is_bitstring() && crate::term::binary_bit_size(self) % 8 == 0
    }
    #[inline(always)]
    pub fn is_reference(self) -> bool {
        self.is_boxed() && self.boxed_tag() == HDR_REF
    }
    #[inline(always)]
    pub fn is_function(self) -> bool {
        self.is_boxed() && matches!(self.boxed_tag(), HDR_FUN | HDR_EXPORT)
    }
    #[inline(always)]
    pub fn is_match_ctx(self) -> bool {
        self.is_boxed() && self.boxed_tag() == HDR_MATCH_CTX
    }
    #[inline(always)]
    pub fn is_nonempty_list(self) -> bool {
        self.is_list()
    }
    #[inline(always)]
    pub fn is_list_or_nil(self) -> bool {
        self.is_list() || self.is_nil()
    }

    // ---- tuples ----
    /// Arity of a tuple term.
    #[inline(always)]
    pub fn tuple_arity(self) -> usize {
        header_arity(self.header())
    }
    /// Element `i` (0-based) of a tuple.
    #[inline(always)]
    pub fn tuple_get(self, i: usize) -> Term {
        Term(self.boxed_word(i + 1))
    }
    /// All elements of a tuple.
    #[inline(always)]
    pub fn tuple_elements<'a>(self) -> &'a [Term] {
        let n = self.tuple_arity();
        // SAFETY: the tuple's payload is `n` words, each a term, following its header. Heap
        // objects are not moved while the caller holds this slice (no GC inside BIFs).
        unsafe { core::slice::from_raw_parts(self.ptr().add(1) as *const Term, n) }
    }

    // ---- floats ----
    #[inline(always)]
    pub fn float_value(self) -> f64 {
        // SAFETY: a float object holds 8 bytes of payload after its header; it may be only
        // word-aligned on 32-bit targets, hence the unaligned read.
        unsafe { core::ptr::read_unaligned(self.ptr().add(1) as *const f64) }
    }
}

/// The bit size of any bitstring term.
pub fn binary_bit_size(t: Term) -> usize {
    t.boxed_word(1)
}
