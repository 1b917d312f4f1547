//! Binaries and bitstrings: heap binaries, reference-counted off-heap binaries and
//! sub-binaries, and a uniform view of the bits of any of them.

pub mod bits;
pub mod refc;

pub use refc::RefcBinary;

use crate::term::{
    header_arity, heap_bin_words, make_header, Alloc, AllocError, Term, Word, HDR_HEAP_BIN, HDR_MATCH_CTX,
    HDR_REFC_BIN, HDR_SUB_BIN, HEAP_BIN_LIMIT,
};

/// Words of a refc binary object on a heap.
pub const REFC_WORDS: usize = 3;
/// Words of a sub binary.
pub const SUB_WORDS: usize = 4;

/// Where the bits of a bitstring are: `size` bits starting `offset` bits into `data`.
#[derive(Clone, Copy, Debug)]
pub struct BitSlice<'a> {
    pub data: &'a [u8],
    pub offset: usize,
    pub size: usize,
}

impl<'a> BitSlice<'a> {
    /// The bytes, if the slice starts on a byte boundary and is a whole number of bytes.
    pub fn as_bytes(&self) -> Option<&'a [u8]> {
        if self.offset % 8 == 0 && self.size % 8 == 0 {
            let s = self.offset / 8;
            Some(&self.data[s..s + self.size / 8])
        } else {
            None
        }
    }
    /// Byte `i` of the slice (bits `8i..8i+8`), padding with zeros past the end.
    pub fn byte_at(&self, i: usize) -> u8 {
        let n = 8.min(self.size.saturating_sub(8 * i));
        let v = bits::get_bits(self.data, self.offset + 8 * i, n) as u8;
        if n == 0 {
            0
        } else {
            v << (8 - n) as u32
        }
    }
    /// Copies the bits into a fresh byte vector (the last byte padded with zeros).
    pub fn to_vec(&self) -> alloc::vec::Vec<u8> {
        if let Some(b) = self.as_bytes() {
            return b.to_vec();
        }
        let mut v = alloc::vec![0u8; self.size.div_ceil(8)];
        bits::copy_bits(self.data, self.offset, &mut v, 0, self.size);
        v
    }
}

/// The bytes of a heap or refc binary object (not a sub binary), whole.
fn base_data<'a>(t: Term) -> &'a [u8] {
    match t.boxed_tag() {
        HDR_HEAP_BIN => {
            let words = header_arity(t.header()) - 1;
            // SAFETY: a heap binary's payload after the size word is `words` words of bytes.
            unsafe { core::slice::from_raw_parts(t.ptr().add(2) as *const u8, words * crate::term::WORD_BYTES) }
        }
        HDR_REFC_BIN => {
            let rb = t.boxed_word(2) as *const RefcBinary;
            // SAFETY: a refc binary object holds a counted reference to a live RefcBinary.
            unsafe { (*rb).bytes() }
        }
        _ => &[],
    }
}

/// The bits of a bitstring term (heap, refc or sub binary) or of a match context's remainder.
pub fn bit_slice<'a>(t: Term) -> BitSlice<'a> {
    match t.boxed_tag() {
        HDR_SUB_BIN => {
            let orig = Term(t.boxed_word(3));
            BitSlice { data: base_data(orig), offset: t.boxed_word(2), size: t.boxed_word(1) }
        }
        HDR_MATCH_CTX => {
            let orig = Term(t.boxed_word(3));
            let pos = t.boxed_word(1);
            let end = t.boxed_word(2);
            BitSlice { data: base_data(orig), offset: pos, size: end - pos }
        }
        _ => BitSlice { data: base_data(t), offset: 0, size: t.boxed_word(1) },
    }
}

/// The bytes of a binary term, if it is a whole-byte, byte-aligned binary.
pub fn bytes<'a>(t: Term) -> Option<&'a [u8]> {
    if !t.is_bitstring() {
        return None;
    }
    bit_slice(t).as_bytes()
}

/// The bytes of a binary term of whole bytes at any bit offset: borrowed when byte-aligned,
/// copied otherwise. None if `t` is not a binary.
pub fn binary_bytes<'a>(t: Term) -> Option<alloc::borrow::Cow<'a, [u8]>> {
    if !t.is_bitstring() {
        return None;
    }
    let s = bit_slice(t);
    if s.size % 8 != 0 {
        return None;
    }
    Some(match s.as_bytes() {
        Some(b) => alloc::borrow::Cow::Borrowed(b),
        None => alloc::borrow::Cow::Owned(s.to_vec()),
    })
}

/// Allocator that can also take ownership of off-heap binaries.
pub trait BinAlloc: Alloc {
    /// Records that the refc binary object at `obj` lives on this heap, so that the reference
    /// it holds is dropped when the object dies.
    fn track_offheap(&mut self, obj: *mut Word);
}

/// A binary holding a copy of `data`, on the heap if small, reference-counted otherwise.
pub fn new_binary(h: &mut impl BinAlloc, data: &[u8]) -> Result<Term, AllocError> {
    let (t, buf) = new_binary_uninit(h, data.len() * 8)?;
    buf.copy_from_slice(data);
    Ok(t)
}

/// A bitstring of `bits` bits whose bytes the caller fills in through the returned slice.
/// The slice is zeroed.
pub fn new_binary_uninit<'a>(h: &mut impl BinAlloc, bits: usize) -> Result<(Term, &'a mut [u8]), AllocError> {
    let bytes = bits.div_ceil(8);
    if bytes <= HEAP_BIN_LIMIT {
        let words = heap_bin_words(bytes);
        let p = h.alloc(words)?;
        // SAFETY: `alloc` returned `words` writable words; we zero the byte payload.
        unsafe {
            *p = make_header(HDR_HEAP_BIN, words - 1);
            *p.add(1) = bits;
            let d = p.add(2) as *mut u8;
            core::ptr::write_bytes(d, 0, (words - 2) * crate::term::WORD_BYTES);
            Ok((Term::boxed_ptr(p), core::slice::from_raw_parts_mut(d, bytes)))
        }
    } else {
        let rb = RefcBinary::new_zeroed(bytes).ok_or(AllocError)?;
        let p = match h.alloc(REFC_WORDS) {
            Ok(p) => p,
            Err(e) => {
                // SAFETY: we hold the only reference, created just above.
                unsafe { RefcBinary::release(rb) };
                return Err(e);
            }
        };
        // SAFETY: `alloc` returned REFC_WORDS writable words; `rb` is freshly created with one
        // reference, which this object now owns.
        unsafe {
            *p = make_header(HDR_REFC_BIN, REFC_WORDS - 1);
            *p.add(1) = bits;
            *p.add(2) = rb as Word;
            h.track_offheap(p);
            Ok((Term::boxed_ptr(p), (*rb).bytes_mut()))
        }
    }
}

/// An appendable bitstring of `bits` bits with room for `cap_bytes` bytes in all: a refc
/// binary whose fill mark is at `bits`, so that appending to it can write in place.
pub fn new_appendable<'a>(
    h: &mut impl BinAlloc,
    bits: usize,
    cap_bytes: usize,
) -> Result<(Term, &'a mut [u8]), AllocError> {
    let cap = cap_bytes.max(bits.div_ceil(8));
    let rb = RefcBinary::with_capacity(cap, bits).ok_or(AllocError)?;
    let p = match h.alloc(REFC_WORDS) {
        Ok(p) => p,
        Err(e) => {
            // SAFETY: we hold the only reference, created just above.
            unsafe { RefcBinary::release(rb) };
            return Err(e);
        }
    };
    // SAFETY: as in `new_binary_uninit`; `rb` is fresh and unshared.
    unsafe {
        *p = make_header(HDR_REFC_BIN, REFC_WORDS - 1);
        *p.add(1) = bits;
        *p.add(2) = rb as Word;
        h.track_offheap(p);
        Ok((Term::boxed_ptr(p), (*rb).bytes_mut()))
    }
}

/// A sub binary of `size` bits starting `offset` bits into bitstring `t`.
pub fn sub_binary(h: &mut impl Alloc, t: Term, offset: usize, size: usize) -> Result<Term, AllocError> {
    let (orig, base) = match t.boxed_tag() {
        HDR_SUB_BIN => (Term(t.boxed_word(3)), t.boxed_word(2)),
        HDR_MATCH_CTX => (Term(t.boxed_word(3)), 0),
        _ => (t, 0),
    };
    let p = h.alloc(SUB_WORDS)?;
    // SAFETY: `alloc` returned SUB_WORDS writable words.
    unsafe {
        *p = make_header(HDR_SUB_BIN, SUB_WORDS - 1);
        *p.add(1) = size;
        *p.add(2) = base + offset;
        *p.add(3) = orig.0;
    }
    Ok(Term::boxed_ptr(p))
}

/// The underlying heap/refc binary and absolute bit offset of any bitstring.
pub fn base_and_offset(t: Term) -> (Term, usize) {
    match t.boxed_tag() {
        HDR_SUB_BIN => (Term(t.boxed_word(3)), t.boxed_word(2)),
        _ => (t, 0),
    }
}
