//! Boxed objects: their header words, their layouts, and constructors that build them on any
//! allocator (a process heap, a heap fragment or a module's literal area).
//!
//! ```text
//! header word:  arity (WORD_BITS-6 bits) | subtag (4 bits) | 00
//! tuple         [hdr n] [e1] .. [en]
//! bignum        [hdr w] [u32 limbs, little-endian, packed into w words]  (sign in the subtag)
//! float         [hdr] [f64 over 1 or 2 words]
//! reference     [hdr] [u64 id over 1 or 2 words]
//! fun           [hdr 1+k] [*const FunEntry] [k free variables]
//! export        [hdr 3] [module] [function] [arity]
//! heap binary   [hdr] [bit size] [bytes, padded to words]
//! refc binary   [hdr 3] [bit size] [*const RefcBinary] [next refc binary on this heap]
//! sub binary    [hdr 3] [bit size] [bit offset] [underlying heap or refc binary]
//! match context [hdr 3] [position] [end] [underlying heap or refc binary]   (absolute bits)
//! flat map      [hdr 1+n] [keys tuple] [v1] .. [vn]      (keys sorted in map-key order)
//! hamt root     [hdr 2+k] [bitmap] [size] [k children]     (maps of more than 32 keys)
//! hamt node     [hdr 1+k] [bitmap] [k children]: see `crate::map::hamt`
//! ```

use super::{Term, Word, WORD_BYTES};

pub const HDR_TUPLE: Word = 0;
pub const HDR_POS_BIG: Word = 1;
pub const HDR_NEG_BIG: Word = 2;
pub const HDR_REF: Word = 3;
pub const HDR_FUN: Word = 4;
pub const HDR_FLOAT: Word = 5;
pub const HDR_EXPORT: Word = 6;
pub const HDR_REFC_BIN: Word = 7;
pub const HDR_HEAP_BIN: Word = 8;
pub const HDR_SUB_BIN: Word = 9;
pub const HDR_MATCH_CTX: Word = 10;
pub const HDR_MAP: Word = 11;
pub const HDR_HAMT: Word = 12;

/// Words a 64-bit quantity takes.
pub const WORDS_64: usize = 8 / WORD_BYTES;

/// Largest binary kept on a process heap; larger ones are reference-counted off-heap.
pub const HEAP_BIN_LIMIT: usize = 64;

#[inline(always)]
pub const fn make_header(tag: Word, arity: usize) -> Word {
    (arity << 6) | (tag << 2)
}
#[inline(always)]
pub const fn header_tag(h: Word) -> Word {
    (h >> 2) & 0xF
}
#[inline(always)]
pub const fn header_arity(h: Word) -> usize {
    h >> 6
}

/// How the garbage collector treats the payload of an object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Every payload word is a term.
    Terms,
    /// The first `n` payload words are raw data, the rest terms.
    RawThenTerms(usize),
    /// No payload word is a term.
    Raw,
}

#[inline]
pub const fn layout_of(tag: Word) -> Layout {
    match tag {
        HDR_TUPLE | HDR_EXPORT | HDR_MAP => Layout::Terms,
        HDR_FUN | HDR_HAMT => Layout::RawThenTerms(1),
        HDR_SUB_BIN | HDR_MATCH_CTX => Layout::RawThenTerms(2),
        _ => Layout::Raw,
    }
}

/// Allocation failed: the heap (or the system) is out of memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocError;

/// Anything terms can be built on.
pub trait Alloc {
    /// Returns `n` contiguous, writable words. The caller initialises all of them before the
    /// next allocation or collection.
    fn alloc(&mut self, n: usize) -> Result<*mut Word, AllocError>;
}

/// Words needed by a heap binary of `bytes` bytes.
#[inline]
pub const fn heap_bin_words(bytes: usize) -> usize {
    2 + bytes.div_ceil(WORD_BYTES)
}

/// Words needed by a cons cell.
pub const CONS_WORDS: usize = 2;
/// Words needed by a float.
pub const FLOAT_WORDS: usize = 1 + WORDS_64;

#[inline]
pub fn cons(h: &mut impl Alloc, head: Term, tail: Term) -> Result<Term, AllocError> {
    let p = h.alloc(2)?;
    // SAFETY: `alloc` returned two writable words.
    unsafe {
        *p = head.0;
        *p.add(1) = tail.0;
    }
    Ok(Term::list_ptr(p))
}

pub fn tuple(h: &mut impl Alloc, elems: &[Term]) -> Result<Term, AllocError> {
    let p = h.alloc(1 + elems.len())?;
    // SAFETY: `alloc` returned `1 + len` writable words.
    unsafe {
        *p = make_header(HDR_TUPLE, elems.len());
        core::ptr::copy_nonoverlapping(elems.as_ptr() as *const Word, p.add(1), elems.len());
    }
    Ok(Term::boxed_ptr(p))
}

/// A tuple of `n` elements all set to `fill`.
pub fn tuple_filled(h: &mut impl Alloc, n: usize, fill: Term) -> Result<Term, AllocError> {
    let p = h.alloc(1 + n)?;
    // SAFETY: `alloc` returned `1 + n` writable words.
    unsafe {
        *p = make_header(HDR_TUPLE, n);
        for i in 0..n {
            *p.add(1 + i) = fill.0;
        }
    }
    Ok(Term::boxed_ptr(p))
}

pub fn float(h: &mut impl Alloc, f: f64) -> Result<Term, AllocError> {
    let p = h.alloc(FLOAT_WORDS)?;
    // SAFETY: `alloc` returned FLOAT_WORDS writable words; the write may be unaligned for f64.
    unsafe {
        *p = make_header(HDR_FLOAT, WORDS_64);
        core::ptr::write_unaligned(p.add(1) as *mut f64, f);
    }
    Ok(Term::boxed_ptr(p))
}

pub fn reference(h: &mut impl Alloc, id: u64) -> Result<Term, AllocError> {
    let p = h.alloc(1 + WORDS_64)?;
    // SAFETY: `alloc` returned 1 + WORDS_64 writable words.
    unsafe {
        *p = make_header(HDR_REF, WORDS_64);
        core::ptr::write_unaligned(p.add(1) as *mut u64, id);
    }
    Ok(Term::boxed_ptr(p))
}

/// The id of a reference.
pub fn reference_id(t: Term) -> u64 {
    // SAFETY: a reference holds a u64 after its header.
    unsafe { core::ptr::read_unaligned(t.ptr().add(1) as *const u64) }
}

pub fn export_fun(h: &mut impl Alloc, m: Term, f: Term, arity: usize) -> Result<Term, AllocError> {
    tuple_like(h, HDR_EXPORT, &[m, f, Term::small(arity as isize)])
}

fn tuple_like(h: &mut impl Alloc, tag: Word, elems: &[Term]) -> Result<Term, AllocError> {
    let t = tuple(h, elems)?;
    // SAFETY: `t` was just built with a tuple header; only its subtag changes.
    unsafe { *t.ptr() = make_header(tag, elems.len()) };
    Ok(t)
}

/// An integer, small when it fits, a bignum otherwise.
pub fn int(h: &mut impl Alloc, v: i64) -> Result<Term, AllocError> {
    match Term::try_small(v) {
        Some(t) => Ok(t),
        None => bignum_from_limbs(h, v < 0, &u64_limbs(v.unsigned_abs())),
    }
}

/// An integer from an i128.
pub fn int128(h: &mut impl Alloc, v: i128) -> Result<Term, AllocError> {
    if let Ok(v) = i64::try_from(v) {
        return int(h, v);
    }
    let m = v.unsigned_abs();
    let limbs = [m as u32, (m >> 32) as u32, (m >> 64) as u32, (m >> 96) as u32];
    bignum_from_limbs(h, v < 0, &limbs)
}

/// An integer from a u64.
pub fn uint(h: &mut impl Alloc, v: u64) -> Result<Term, AllocError> {
    if v <= i64::MAX as u64 {
        int(h, v as i64)
    } else {
        bignum_from_limbs(h, false, &u64_limbs(v))
    }
}

fn u64_limbs(v: u64) -> [u32; 2] {
    [v as u32, (v >> 32) as u32]
}

/// Builds an integer from a sign and little-endian u32 limbs, normalising to a small integer
/// when the value fits.
pub fn bignum_from_limbs(h: &mut impl Alloc, neg: bool, limbs: &[u32]) -> Result<Term, AllocError> {
    let mut n = limbs.len();
    while n > 0 && limbs[n - 1] == 0 {
        n -= 1;
    }
    let limbs = &limbs[..n];
    if n <= 2 {
        let mag = limbs.iter().rev().fold(0u64, |a, &l| (a << 32) | l as u64);
        if mag <= i64::MAX as u64 || (neg && mag == 1u64 << 63) {
            let v = if neg { (mag as i64).wrapping_neg() } else { mag as i64 };
            if let Some(t) = Term::try_small(v) {
                return Ok(t);
            }
        }
    }
    let words = (n * 4).div_ceil(WORD_BYTES);
    let p = h.alloc(1 + words)?;
    // SAFETY: `alloc` returned 1 + words writable words; limbs are written as bytes within them.
    unsafe {
        *p = make_header(if neg { HDR_NEG_BIG } else { HDR_POS_BIG }, words);
        *p.add(words) = 0; // the last word may be half filled on 64-bit
        let dst = p.add(1) as *mut u8;
        for (i, l) in limbs.iter().enumerate() {
            core::ptr::write_unaligned(dst.add(i * 4) as *mut u32, *l);
        }
    }
    Ok(Term::boxed_ptr(p))
}

/// The sign and limbs of a bignum term, read in place.
pub fn bignum_limbs<'a>(t: Term) -> (bool, &'a [u32]) {
    let hdr = t.header();
    let words = header_arity(hdr);
    let mut n = words * WORD_BYTES / 4;
    // SAFETY: a bignum's payload is `words` words of u32 limbs; u32 alignment holds because
    // heap words are at least 4-byte aligned.
    let limbs = unsafe { core::slice::from_raw_parts(t.ptr().add(1) as *const u32, n) };
    while n > 0 && limbs[n - 1] == 0 {
        n -= 1;
    }
    (header_tag(hdr) == HDR_NEG_BIG, &limbs[..n])
}

/// Builds a proper list of `elems` ending in `tail`.
pub fn list_from_slice(h: &mut impl Alloc, elems: &[Term], tail: Term) -> Result<Term, AllocError> {
    if elems.is_empty() {
        return Ok(tail);
    }
    let p = h.alloc(2 * elems.len())?;
    // SAFETY: `alloc` returned 2*len writable words; each cell points at the next one.
    unsafe {
        for (i, e) in elems.iter().enumerate() {
            *p.add(2 * i) = e.0;
            *p.add(2 * i + 1) = if i + 1 < elems.len() { Term::list_ptr(p.add(2 * i + 2)).0 } else { tail.0 };
        }
    }
    Ok(Term::list_ptr(p))
}

/// A list of small integers, one per byte (a "string").
pub fn bytes_to_list(h: &mut impl Alloc, bytes: &[u8], tail: Term) -> Result<Term, AllocError> {
    if bytes.is_empty() {
        return Ok(tail);
    }
    let p = h.alloc(2 * bytes.len())?;
    // SAFETY: as in `list_from_slice`.
    unsafe {
        for (i, b) in bytes.iter().enumerate() {
            *p.add(2 * i) = Term::small(*b as isize).0;
            *p.add(2 * i + 1) = if i + 1 < bytes.len() { Term::list_ptr(p.add(2 * i + 2)).0 } else { tail.0 };
        }
    }
    Ok(Term::list_ptr(p))
}
