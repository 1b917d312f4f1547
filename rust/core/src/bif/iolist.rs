//! I/O lists and the `erlang` BIFs built on them or on plain binaries: `iolist_to_binary`,
//! `iolist_size`, `list_to_binary`, `binary_to_list`, `bitstring_to_list`,
//! `list_to_bitstring`, `split_binary`, `binary_part`, `byte_size`, `bit_size` and
//! `iolist_to_iovec`.
//!
//! The flattener here is iterative (an explicit stack of pending tails), so that arbitrarily
//! deep lists never recurse on the Rust stack. Other modules reuse it through
//! [`iodata_to_vec`], [`iodata_size`], [`iobits_to_vec`] and [`iodata_to_binary`].

use alloc::vec::Vec;

use super::BifEntry;
use crate::binary::{self, bits, BitSlice};
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "iolist_to_binary", 1, iolist_to_binary),
    ("erlang", "iolist_size", 1, iolist_size),
    ("erlang", "list_to_binary", 1, list_to_binary),
    ("erlang", "list_to_bitstring", 1, list_to_bitstring),
    ("erlang", "binary_to_list", 1, binary_to_list),
    ("erlang", "binary_to_list", 3, binary_to_list3),
    ("erlang", "bitstring_to_list", 1, bitstring_to_list),
    ("erlang", "split_binary", 2, split_binary),
    ("erlang", "binary_part", 2, binary_part2),
    ("erlang", "binary_part", 3, binary_part3),
    ("erlang", "byte_size", 1, byte_size),
    ("erlang", "bit_size", 1, bit_size),
    ("erlang", "iolist_to_iovec", 1, iolist_to_iovec),
];

/// One piece of flattened iodata: a byte from a list, or the bits of a binary.
#[derive(Clone, Copy)]
pub enum Piece<'a> {
    Byte(u8),
    /// The bits of a bitstring term (the term itself is the second field).
    Bits(BitSlice<'a>, Term),
}

/// Visits the pieces of an iodata term in order. `t` is an iolist (a possibly improper list
/// whose elements are bytes, binaries or iolists and whose tails are lists, `[]` or binaries)
/// or a binary. With `allow_bits`, bitstrings of any bit length are accepted where binaries
/// are (bitstring lists, as `list_to_bitstring/1` takes). Returns `Err(())` on any other term;
/// `f` may have been called for the pieces before the bad one.
pub fn walk_iodata<'a>(t: Term, allow_bits: bool, mut f: impl FnMut(Piece<'a>)) -> Result<(), ()> {
    let mut stack: Vec<Term> = Vec::new();
    let mut cur = t;
    loop {
        if cur.is_list() {
            let h = cur.head();
            let tl = cur.tail();
            if h.is_small() {
                let v = h.small_value();
                if !(0..=255).contains(&v) {
                    return Err(());
                }
                f(Piece::Byte(v as u8));
                cur = tl;
            } else if h.is_bitstring() {
                let s = binary::bit_slice(h);
                if !allow_bits && s.size % 8 != 0 {
                    return Err(());
                }
                f(Piece::Bits(s, h));
                cur = tl;
            } else if h.is_list() {
                stack.push(tl);
                cur = h;
            } else if h.is_nil() {
                cur = tl;
            } else {
                return Err(());
            }
        } else {
            if cur.is_bitstring() {
                let s = binary::bit_slice(cur);
                if !allow_bits && s.size % 8 != 0 {
                    return Err(());
                }
                f(Piece::Bits(s, cur));
            } else if !cur.is_nil() {
                return Err(());
            }
            match stack.pop() {
                Some(n) => cur = n,
                None => return Ok(()),
            }
        }
    }
}

/// A growable buffer of bits, filled from the front.
#[derive(Default)]
pub struct BitBuf {
    pub bytes: Vec<u8>,
    pub bits: usize,
}

impl BitBuf {
    pub fn push_byte(&mut self, b: u8) {
        if self.bits % 8 == 0 {
            self.bytes.push(b);
        } else {
            self.bytes.push(0);
            bits::put_bits(&mut self.bytes, self.bits, 8, b as u64);
        }
        self.bits += 8;
    }
    pub fn push_slice(&mut self, s: &BitSlice<'_>) {
        if self.bits % 8 == 0 {
            if let Some(b) = s.as_bytes() {
                self.bytes.extend_from_slice(b);
                self.bits += s.size;
                return;
            }
        }
        let total = self.bits + s.size;
        self.bytes.resize(total.div_ceil(8), 0);
        bits::copy_bits(s.data, s.offset, &mut self.bytes, self.bits, s.size);
        self.bits = total;
    }
    pub fn push_piece(&mut self, p: &Piece<'_>) {
        match p {
            Piece::Byte(b) => self.push_byte(*b),
            Piece::Bits(s, _) => self.push_slice(s),
        }
    }
}

/// Appends the bytes of an iodata term (an iolist or a binary) to `out`. `Err` if `t` is
/// not iodata (`out` then holds a prefix).
pub fn iodata_to_vec(t: Term, out: &mut Vec<u8>) -> Result<(), ()> {
    let mut buf = BitBuf { bytes: core::mem::take(out), bits: 0 };
    buf.bits = buf.bytes.len() * 8;
    let r = walk_iodata(t, false, |p| buf.push_piece(&p));
    *out = buf.bytes;
    r
}

/// The size in bytes of an iodata term, or `Err` if it is not iodata.
pub fn iodata_size(t: Term) -> Result<usize, ()> {
    let mut n = 0usize;
    walk_iodata(t, false, |p| match p {
        Piece::Byte(_) => n += 1,
        Piece::Bits(s, _) => n += s.size / 8,
    })?;
    Ok(n)
}

/// The bits of a bitstring list (elements and tails may be bitstrings of any length).
pub fn iobits_to_vec(t: Term) -> Result<BitBuf, ()> {
    let mut buf = BitBuf::default();
    walk_iodata(t, true, |p| buf.push_piece(&p))?;
    Ok(buf)
}

/// A binary holding the bytes of iodata `t`; `Ok(None)` if `t` is not iodata.
pub fn iodata_to_binary(p: &mut Process, t: Term) -> Result<Option<Term>, Exception> {
    let Ok(size) = iodata_size(t) else {
        return Ok(None);
    };
    let (bin, dst) = binary::new_binary_uninit(&mut p.heap, size * 8).map_err(oom)?;
    let mut pos = 0usize;
    let r = walk_iodata(t, false, |piece| match piece {
        Piece::Byte(b) => {
            dst[pos / 8] = b;
            pos += 8;
        }
        Piece::Bits(s, _) => {
            match s.as_bytes() {
                Some(b) => dst[pos / 8..pos / 8 + b.len()].copy_from_slice(b),
                None => bits::copy_bits(s.data, s.offset, dst, pos, s.size),
            }
            pos += s.size;
        }
    });
    if r.is_err() {
        return Ok(None);
    }
    Ok(Some(bin))
}

fn iolist_to_binary(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if a[0].is_binary() {
        return Ok(a[0]);
    }
    iodata_to_binary(p, a[0])?.map_or_else(badarg, Ok)
}

fn list_to_binary(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_list_or_nil() {
        return badarg();
    }
    iodata_to_binary(p, a[0])?.map_or_else(badarg, Ok)
}

fn iolist_size(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    match iodata_size(a[0]) {
        Ok(n) => term::uint(&mut p.heap, n as u64).map_err(oom),
        Err(()) => badarg(),
    }
}

fn list_to_bitstring(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_list_or_nil() {
        return badarg();
    }
    let Ok(buf) = iobits_to_vec(a[0]) else {
        return badarg();
    };
    let (bin, dst) = binary::new_binary_uninit(&mut p.heap, buf.bits).map_err(oom)?;
    dst.copy_from_slice(&buf.bytes);
    Ok(bin)
}

/// The bits of a bitstring argument, or badarg.
pub fn bitstring_arg<'a>(t: Term) -> Result<BitSlice<'a>, Exception> {
    if t.is_bitstring() {
        Ok(binary::bit_slice(t))
    } else {
        badarg()
    }
}

/// The bits of a binary argument (a whole number of bytes), or badarg.
pub fn binary_arg<'a>(t: Term) -> Result<BitSlice<'a>, Exception> {
    let s = bitstring_arg(t)?;
    if s.size % 8 != 0 {
        return badarg();
    }
    Ok(s)
}

/// A list of the bytes `from..to` of `s`, ending in `tail`.
pub fn slice_bytes_to_list(p: &mut Process, s: &BitSlice<'_>, from: usize, to: usize, tail: Term) -> R {
    if from == to {
        return Ok(tail);
    }
    match s.as_bytes() {
        Some(b) => term::bytes_to_list(&mut p.heap, &b[from..to], tail).map_err(oom),
        None => {
            let v: Vec<u8> = (from..to).map(|i| s.byte_at(i)).collect();
            term::bytes_to_list(&mut p.heap, &v, tail).map_err(oom)
        }
    }
}

fn binary_to_list(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = binary_arg(a[0])?;
    slice_bytes_to_list(p, &s, 0, s.size / 8, Term::NIL)
}

fn binary_to_list3(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    // OTP accepts any bitstring here and counts only its whole bytes.
    let s = bitstring_arg(a[0])?;
    let n = s.size / 8;
    let (st, en) = (a[1], a[2]);
    if !st.is_small() || !en.is_small() {
        return badarg();
    }
    let (st, en) = (st.small_value(), en.small_value());
    if st < 1 || en < st || en as usize > n {
        return badarg();
    }
    slice_bytes_to_list(p, &s, st as usize - 1, en as usize, Term::NIL)
}

fn bitstring_to_list(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = bitstring_arg(a[0])?;
    let n = s.size / 8;
    let rest = s.size % 8;
    let tail = if rest == 0 {
        Term::NIL
    } else {
        let (b, dst) = binary::new_binary_uninit(&mut p.heap, rest).map_err(oom)?;
        bits::copy_bits(s.data, s.offset + n * 8, dst, 0, rest);
        term::cons(&mut p.heap, b, Term::NIL).map_err(oom)?
    };
    slice_bytes_to_list(p, &s, 0, n, tail)
}

fn split_binary(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = bitstring_arg(a[0])?;
    if !a[1].is_small() || a[1].small_value() < 0 {
        return badarg();
    }
    let n = a[1].small_value() as usize;
    if n > s.size / 8 {
        return badarg();
    }
    let left = binary::sub_binary(&mut p.heap, a[0], 0, n * 8).map_err(oom)?;
    let right = binary::sub_binary(&mut p.heap, a[0], n * 8, s.size - n * 8).map_err(oom)?;
    term::tuple(&mut p.heap, &[left, right]).map_err(oom)
}

/// Resolves a `{Start, Length}` byte range (Length may be negative) inside `size` bytes.
pub fn byte_range(start: Term, len: Term, size: usize) -> Option<(usize, usize)> {
    if !start.is_small() || !len.is_small() {
        return None;
    }
    let (s, l) = (start.small_value() as i128, len.small_value() as i128);
    let (from, to) = if l >= 0 { (s, s + l) } else { (s + l, s) };
    if from < 0 || to > size as i128 {
        return None;
    }
    Some((from as usize, to as usize))
}

/// `binary_part/3` and `binary:part/3`: a sub binary of bytes `start..start+len`.
pub fn part(p: &mut Process, bin: Term, start: Term, len: Term) -> R {
    let s = bitstring_arg(bin)?;
    let Some((from, to)) = byte_range(start, len, s.size / 8) else {
        return badarg();
    };
    binary::sub_binary(&mut p.heap, bin, from * 8, (to - from) * 8).map_err(oom)
}

/// Splits a `{Start, Length}` tuple.
pub fn pos_len(t: Term) -> Result<(Term, Term), Exception> {
    if t.is_tuple() && t.tuple_arity() == 2 {
        Ok((t.tuple_get(0), t.tuple_get(1)))
    } else {
        badarg()
    }
}

fn binary_part2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (s, l) = pos_len(a[1])?;
    part(p, a[0], s, l)
}

fn binary_part3(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    part(p, a[0], a[1], a[2])
}

fn byte_size(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !(a[0].is_bitstring() || a[0].is_match_ctx()) {
        return badarg();
    }
    let n = binary::bit_slice(a[0]).size.div_ceil(8);
    term::uint(&mut p.heap, n as u64).map_err(oom)
}

fn bit_size(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !(a[0].is_bitstring() || a[0].is_match_ctx()) {
        return badarg();
    }
    let n = binary::bit_slice(a[0]).size;
    term::uint(&mut p.heap, n as u64).map_err(oom)
}

/// Binaries at least this large are passed through `iolist_to_iovec` by reference instead of
/// being copied into a merged chunk.
const IOVEC_KEEP: usize = 512;

fn iolist_to_iovec(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let t = a[0];
    if t.is_bitstring() {
        let s = binary::bit_slice(t);
        if s.size % 8 != 0 {
            return badarg();
        }
        if s.size == 0 {
            return Ok(Term::NIL);
        }
        return term::cons(&mut p.heap, t, Term::NIL).map_err(oom);
    }
    if !t.is_list_or_nil() {
        return badarg();
    }
    // Collect pieces first: merged runs of bytes, and large binaries kept as they are.
    enum Chunk {
        Bytes(Vec<u8>),
        Keep(Term),
    }
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut cur: Vec<u8> = Vec::new();
    let r = walk_iodata(t, false, |piece| match piece {
        Piece::Byte(b) => cur.push(b),
        Piece::Bits(s, bt) => {
            if s.size / 8 >= IOVEC_KEEP {
                if !cur.is_empty() {
                    chunks.push(Chunk::Bytes(core::mem::take(&mut cur)));
                }
                chunks.push(Chunk::Keep(bt));
            } else if let Some(b) = s.as_bytes() {
                cur.extend_from_slice(b);
            } else {
                cur.extend((0..s.size / 8).map(|i| s.byte_at(i)));
            }
        }
    });
    if r.is_err() {
        return badarg();
    }
    if !cur.is_empty() {
        chunks.push(Chunk::Bytes(cur));
    }
    let mut items = Vec::with_capacity(chunks.len());
    for c in chunks {
        items.push(match c {
            Chunk::Bytes(b) => binary::new_binary(&mut p.heap, &b).map_err(oom)?,
            Chunk::Keep(t) => t,
        });
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}
