//! External term format encoding (`term_to_binary`, `term_to_iovec`, `external_size`),
//! producing the bytes OTP 25 produces:
//!
//! * integers: `SMALL_INTEGER_EXT` for 0..255, `INTEGER_EXT` for the rest of the signed
//!   32-bit range, `SMALL_BIG_EXT` up to 255 magnitude bytes, `LARGE_BIG_EXT` beyond;
//! * floats: `NEW_FLOAT_EXT` (the IEEE bits, so `-0.0` keeps its sign), or with
//!   `{minor_version, 0}` `FLOAT_EXT`: C's `"%.20e"` text padded with NULs to 31 bytes;
//! * atoms: below minor version 2 an atom whose characters all fit Latin-1 is `ATOM_EXT`
//!   (Latin-1 bytes, 16-bit length, even when short); any other atom, and every atom with
//!   `{minor_version, 2}`, is UTF-8: `SMALL_ATOM_UTF8_EXT` if under 256 bytes, else
//!   `ATOM_UTF8_EXT`;
//! * a proper list of at most 65535 integers in 0..255 is `STRING_EXT`; other lists are
//!   `LIST_EXT` with their elements and then their tail (`NIL_EXT` when proper);
//! * tuples `SMALL_TUPLE_EXT` up to arity 255, else `LARGE_TUPLE_EXT`;
//! * maps `MAP_EXT`, pairs in the order `map::to_pairs` gives. For flat maps (up to 32 keys)
//!   that is sorted key order, which is also OTP's order. OTP writes larger maps in its
//!   HAMT iteration order, which this VM does not reproduce (both decode to equal maps);
//! * binaries `BINARY_EXT`; bitstrings `BIT_BINARY_EXT` with the number of bits used in the
//!   last byte and the unused bits zeroed;
//! * pids `NEW_PID_EXT`, ports `NEW_PORT_EXT`, references `NEWER_REFERENCE_EXT` (three
//!   words: the low and high halves of the reference id, then 0), all on node
//!   `nonode@nohost` with creation 0; a pid's number is the VM's pid index, serial 0;
//! * export funs `EXPORT_EXT`;
//! * closures `NEW_FUN_EXT`, best effort: the layout and every field are OTP's except the
//!   16-byte "uniq", which is `Module::md5` (OTP's module MD5 only if the loader computes
//!   it the same way), and the creator pid, which is the encoding process (closures do not
//!   record their creator here); the old index is the fun's index, as OTP 25 writes it.
//!
//! The walk is iterative (an explicit work stack), and generic over a [`Sink`] so the same
//! code computes sizes, writes into a preallocated binary, or collects an I/O vector that
//! refers to large binaries instead of copying them.

use alloc::string::String;
use alloc::vec::Vec;

use super::tags::*;
use crate::atom::AtomTable;
use crate::binary::bit_slice;
use crate::fun::{closure_entry, closure_env, export_mfa};
use crate::map;
use crate::term::{
    bignum_limbs, reference_id, Term, HDR_EXPORT, HDR_FLOAT, HDR_FUN, HDR_HAMT, HDR_HEAP_BIN, HDR_MAP, HDR_NEG_BIG,
    HDR_POS_BIG, HDR_REF, HDR_REFC_BIN, HDR_SUB_BIN, HDR_TUPLE, HEAP_BIN_LIMIT,
};

/// Longest list written as `STRING_EXT`.
const MAX_STRING_LEN: usize = 0xFFFF;
/// Node name written in pids, ports and references.
const NODE: &str = "nonode@nohost";

/// Why a term cannot be encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// Not a valid Erlang term (an internal value such as a match context).
    BadTerm,
    /// A length does not fit the format's 32-bit fields.
    TooLarge,
}

/// What the encoder needs from the VM besides the term.
pub struct Env<'a> {
    pub atoms: &'a AtomTable,
    /// The 16-byte "uniq" of a module's closures (the module MD5).
    pub fun_uniq: &'a dyn Fn(Term) -> [u8; 16],
    /// The pid written as the creator of closures.
    pub pid: Term,
}

/// Where encoded bytes go.
pub trait Sink {
    fn put(&mut self, b: &[u8]);
    /// The whole bytes of a byte-aligned bitstring term `bin`; a sink may refer to them
    /// instead of copying.
    fn put_bin(&mut self, _bin: Term, b: &[u8]) {
        self.put(b);
    }
    /// Bytes produced so far.
    fn pos(&self) -> usize;
    /// A handle to the next byte's place, for `patch_u32`.
    fn mark(&self) -> usize;
    /// Overwrites the four bytes at `at` (from `mark`) with `v`, big-endian.
    fn patch_u32(&mut self, at: usize, v: u32);
    /// Bytes OTP's size estimate counts beyond the encoding (see [`Counter`]).
    fn estimate_extra(&mut self, _n: usize) {}

    fn put_u8(&mut self, v: u8) {
        self.put(&[v]);
    }
    fn put_u16(&mut self, v: u16) {
        self.put(&v.to_be_bytes());
    }
    fn put_u32(&mut self, v: u32) {
        self.put(&v.to_be_bytes());
    }
}

/// Counts bytes. With `otp_estimate` it counts as OTP's `external_size` does, which is
/// exact except for closures: OTP counts their old index and old uniq as 5-byte
/// `INTEGER_EXT`s even when they are written as 2-byte `SMALL_INTEGER_EXT`s.
#[derive(Default)]
pub struct Counter {
    pub n: usize,
    pub otp_estimate: bool,
}

impl Sink for Counter {
    fn put(&mut self, b: &[u8]) {
        self.n += b.len();
    }
    fn pos(&self) -> usize {
        self.n
    }
    fn mark(&self) -> usize {
        self.n
    }
    fn patch_u32(&mut self, _: usize, _: u32) {}
    fn estimate_extra(&mut self, n: usize) {
        if self.otp_estimate {
            self.n += n;
        }
    }
}

/// Writes into a buffer of known size. Writes past its end are dropped and recorded in
/// `overflow` (they cannot happen when the buffer was sized with a `Counter` pass).
pub struct SliceSink<'a> {
    pub buf: &'a mut [u8],
    pub len: usize,
    pub overflow: bool,
}

impl Sink for SliceSink<'_> {
    fn put(&mut self, b: &[u8]) {
        match self.buf.get_mut(self.len..self.len + b.len()) {
            Some(dst) => dst.copy_from_slice(b),
            None => self.overflow = true,
        }
        self.len += b.len();
    }
    fn pos(&self) -> usize {
        self.len
    }
    fn mark(&self) -> usize {
        self.len
    }
    fn patch_u32(&mut self, at: usize, v: u32) {
        if let Some(dst) = self.buf.get_mut(at..at + 4) {
            dst.copy_from_slice(&v.to_be_bytes());
        }
    }
}

impl Sink for Vec<u8> {
    fn put(&mut self, b: &[u8]) {
        self.extend_from_slice(b);
    }
    fn pos(&self) -> usize {
        self.len()
    }
    fn mark(&self) -> usize {
        self.len()
    }
    fn patch_u32(&mut self, at: usize, v: u32) {
        if let Some(dst) = self.get_mut(at..at + 4) {
            dst.copy_from_slice(&v.to_be_bytes());
        }
    }
}

/// A binary the I/O vector refers to instead of copying: `len` bytes from the start of
/// bitstring `bin`, placed at `at` in the copied bytes.
#[derive(Clone, Copy, Debug)]
pub struct Shared {
    pub at: usize,
    pub bin: Term,
    pub len: usize,
}

/// Collects the bytes of `term_to_iovec`: copied bytes, with the binaries OTP would not copy
/// (more than 64 bytes, byte-aligned) recorded in `shared`.
#[derive(Default)]
pub struct IovecSink {
    pub buf: Vec<u8>,
    pub shared: Vec<Shared>,
    shared_bytes: usize,
}

impl Sink for IovecSink {
    fn put(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }
    fn put_bin(&mut self, bin: Term, b: &[u8]) {
        if b.len() > HEAP_BIN_LIMIT {
            self.shared.push(Shared { at: self.buf.len(), bin, len: b.len() });
            self.shared_bytes += b.len();
        } else {
            self.buf.extend_from_slice(b);
        }
    }
    fn pos(&self) -> usize {
        self.buf.len() + self.shared_bytes
    }
    fn mark(&self) -> usize {
        self.buf.len()
    }
    fn patch_u32(&mut self, at: usize, v: u32) {
        if let Some(dst) = self.buf.get_mut(at..at + 4) {
            dst.copy_from_slice(&v.to_be_bytes());
        }
    }
}

/// Pending work of the encoder.
enum Work<'a> {
    Term(Term),
    /// The remaining elements of a tuple or closure environment (never empty).
    Elems(&'a [Term]),
    /// Map pairs from index `.1` on.
    Pairs(Vec<(Term, Term)>, usize),
    /// The rest of a `LIST_EXT` list: its remaining cells, then its tail.
    ListRest(Term),
    /// A closure is complete: patch its size field at `at` (it started at byte `start`).
    FunEnd {
        at: usize,
        start: usize,
    },
}

/// Encodes `root` (without the version byte) into `s`.
pub fn encode_to<S: Sink>(root: Term, env: &Env, minor: u8, s: &mut S) -> Result<(), EncodeError> {
    let mut stack: Vec<Work> = Vec::new();
    let mut cur = Some(root);
    loop {
        let t = match cur.take() {
            Some(t) => t,
            None => match stack.pop() {
                None => return Ok(()),
                Some(Work::Term(t)) => t,
                Some(Work::Elems(es)) => {
                    if es.len() > 1 {
                        stack.push(Work::Elems(&es[1..]));
                    }
                    es[0]
                }
                Some(Work::Pairs(pairs, i)) => {
                    let (k, v) = pairs[i];
                    if i + 1 < pairs.len() {
                        stack.push(Work::Pairs(pairs, i + 1));
                    }
                    stack.push(Work::Term(v));
                    k
                }
                Some(Work::ListRest(l)) => {
                    if l.is_list() {
                        stack.push(Work::ListRest(l.tail()));
                        l.head()
                    } else {
                        l
                    }
                }
                Some(Work::FunEnd { at, start }) => {
                    let size = u32::try_from(s.pos() - start).map_err(|_| EncodeError::TooLarge)?;
                    s.patch_u32(at, size);
                    continue;
                }
            },
        };
        encode_one(t, env, minor, s, &mut stack)?;
    }
}

fn len32(n: usize) -> Result<u32, EncodeError> {
    u32::try_from(n).map_err(|_| EncodeError::TooLarge)
}

/// The length of `l` if it is a proper list of bytes short enough for `STRING_EXT`.
fn string_len(l: Term) -> Option<usize> {
    let mut n = 0;
    let mut t = l;
    while t.is_list() {
        let h = t.head();
        if !(h.is_small() && (0..=255).contains(&h.small_value())) || n == MAX_STRING_LEN {
            return None;
        }
        n += 1;
        t = t.tail();
    }
    if t.is_nil() {
        Some(n)
    } else {
        None
    }
}

/// Writes one term's tag and leaf data; containers push their contents onto `stack`.
fn encode_one<'a, S: Sink>(
    t: Term,
    env: &Env,
    minor: u8,
    s: &mut S,
    stack: &mut Vec<Work<'a>>,
) -> Result<(), EncodeError> {
    if t.is_small() {
        put_int(s, t.small_value() as i64);
    } else if t.is_atom() {
        put_atom(s, env.atoms.name(t), minor);
    } else if t.is_nil() {
        s.put_u8(NIL_EXT);
    } else if t.is_list() {
        if let Some(n) = string_len(t) {
            s.put_u8(STRING_EXT);
            s.put_u16(n as u16);
            let mut l = t;
            while l.is_list() {
                s.put_u8(l.head().small_value() as u8);
                l = l.tail();
            }
        } else {
            let mut n = 0usize;
            let mut l = t;
            while l.is_list() {
                n += 1;
                l = l.tail();
            }
            s.put_u8(LIST_EXT);
            s.put_u32(len32(n)?);
            stack.push(Work::ListRest(t));
        }
    } else if t.is_pid() {
        s.put_u8(NEW_PID_EXT);
        put_atom(s, NODE, minor);
        s.put_u32(t.pid_index());
        s.put_u32(0);
        s.put_u32(0);
    } else if t.is_port() {
        s.put_u8(NEW_PORT_EXT);
        put_atom(s, NODE, minor);
        s.put_u32(t.port_index());
        s.put_u32(0);
    } else if t.is_boxed() {
        match t.boxed_tag() {
            HDR_TUPLE => {
                let es = t.tuple_elements();
                if es.len() <= 255 {
                    s.put_u8(SMALL_TUPLE_EXT);
                    s.put_u8(es.len() as u8);
                } else {
                    s.put_u8(LARGE_TUPLE_EXT);
                    s.put_u32(len32(es.len())?);
                }
                if !es.is_empty() {
                    stack.push(Work::Elems(es));
                }
            }
            HDR_POS_BIG | HDR_NEG_BIG => {
                let (neg, limbs) = bignum_limbs(t);
                put_big(s, neg, limbs)?;
            }
            HDR_FLOAT => put_float(s, t.float_value(), minor),
            HDR_MAP | HDR_HAMT => {
                let pairs = map::to_pairs(t);
                s.put_u8(MAP_EXT);
                s.put_u32(len32(pairs.len())?);
                if !pairs.is_empty() {
                    stack.push(Work::Pairs(pairs, 0));
                }
            }
            HDR_HEAP_BIN | HDR_REFC_BIN | HDR_SUB_BIN => {
                let sl = bit_slice(t);
                let whole = sl.size / 8;
                let extra = sl.size % 8;
                if extra == 0 {
                    s.put_u8(BINARY_EXT);
                    s.put_u32(len32(whole)?);
                } else {
                    s.put_u8(BIT_BINARY_EXT);
                    s.put_u32(len32(whole + 1)?);
                    s.put_u8(extra as u8);
                }
                if sl.offset % 8 == 0 {
                    let st = sl.offset / 8;
                    s.put_bin(t, &sl.data[st..st + whole]);
                } else {
                    let v = sl.to_vec();
                    s.put(&v[..whole]);
                }
                if extra > 0 {
                    s.put_u8(sl.byte_at(whole));
                }
            }
            HDR_REF => {
                let id = reference_id(t);
                s.put_u8(NEWER_REFERENCE_EXT);
                s.put_u16(3);
                put_atom(s, NODE, minor);
                s.put_u32(0);
                s.put_u32(id as u32);
                s.put_u32((id >> 32) as u32);
                s.put_u32(0);
            }
            HDR_EXPORT => {
                let (m, f, a) = export_mfa(t);
                s.put_u8(EXPORT_EXT);
                put_atom(s, env.atoms.name(m), minor);
                put_atom(s, env.atoms.name(f), minor);
                put_int(s, a as i64);
            }
            HDR_FUN => {
                let e = closure_entry(t);
                let free = closure_env(t);
                s.put_u8(NEW_FUN_EXT);
                let at = s.mark();
                let start = s.pos();
                s.put_u32(0);
                s.put_u8(e.arity.saturating_sub(e.num_free) as u8);
                s.put(&(env.fun_uniq)(e.module));
                s.put_u32(e.index);
                s.put_u32(len32(free.len())?);
                put_atom(s, env.atoms.name(e.module), minor);
                put_int(s, e.index as i64);
                put_int(s, e.old_uniq as i64);
                let small = |v: u32| if v < 256 { 3 } else { 0 };
                s.estimate_extra(small(e.index) + small(e.old_uniq));
                encode_one(env.pid, env, minor, s, stack)?;
                stack.push(Work::FunEnd { at, start });
                if !free.is_empty() {
                    stack.push(Work::Elems(free));
                }
            }
            _ => return Err(EncodeError::BadTerm),
        }
    } else {
        return Err(EncodeError::BadTerm);
    }
    Ok(())
}

fn put_int<S: Sink>(s: &mut S, v: i64) {
    if (0..=255).contains(&v) {
        s.put_u8(SMALL_INTEGER_EXT);
        s.put_u8(v as u8);
    } else if let Ok(v) = i32::try_from(v) {
        s.put_u8(INTEGER_EXT);
        s.put(&v.to_be_bytes());
    } else {
        let m = v.unsigned_abs();
        // Cannot fail: two limbs are far below the 32-bit length limit.
        let _ = put_big(s, v < 0, &[m as u32, (m >> 32) as u32]);
    }
}

/// An integer from its sign and little-endian limbs (high zero limbs allowed).
fn put_big<S: Sink>(s: &mut S, neg: bool, limbs: &[u32]) -> Result<(), EncodeError> {
    let mut n = limbs.len();
    while n > 0 && limbs[n - 1] == 0 {
        n -= 1;
    }
    let limbs = &limbs[..n];
    // A bignum of a 32-bit VM may still fit INTEGER_EXT.
    if n <= 1 {
        let m = limbs.first().copied().unwrap_or(0) as i64;
        let v = if neg { -m } else { m };
        if i32::try_from(v).is_ok() {
            put_int(s, v);
            return Ok(());
        }
    }
    let top = limbs[n - 1];
    let bytes = 4 * (n - 1) + (4 - top.leading_zeros() as usize / 8);
    if bytes <= 255 {
        s.put_u8(SMALL_BIG_EXT);
        s.put_u8(bytes as u8);
    } else {
        s.put_u8(LARGE_BIG_EXT);
        s.put_u32(len32(bytes)?);
    }
    s.put_u8(neg as u8);
    for (i, l) in limbs.iter().enumerate() {
        let b = l.to_le_bytes();
        let k = if i + 1 == n { bytes - 4 * i } else { 4 };
        s.put(&b[..k]);
    }
    Ok(())
}

fn put_float<S: Sink>(s: &mut S, f: f64, minor: u8) {
    if minor == 0 {
        let mut txt = String::new();
        crate::fmt::float::write_float_default(&mut txt, f);
        let mut buf = [0u8; 31];
        let n = txt.len().min(31);
        buf[..n].copy_from_slice(&txt.as_bytes()[..n]);
        s.put_u8(FLOAT_EXT);
        s.put(&buf);
    } else {
        s.put_u8(NEW_FLOAT_EXT);
        s.put(&f.to_bits().to_be_bytes());
    }
}

fn put_atom<S: Sink>(s: &mut S, name: &str, minor: u8) {
    if minor < 2 && name.chars().all(|c| (c as u32) < 256) {
        s.put_u8(ATOM_EXT);
        s.put_u16(name.chars().count() as u16);
        for c in name.chars() {
            s.put_u8(c as u32 as u8);
        }
    } else if name.len() < 256 {
        s.put_u8(SMALL_ATOM_UTF8_EXT);
        s.put_u8(name.len() as u8);
        s.put(name.as_bytes());
    } else {
        s.put_u8(ATOM_UTF8_EXT);
        s.put_u16(name.len() as u16);
        s.put(name.as_bytes());
    }
}

/// Size of the encoding of `t`, version byte included.
pub fn encoded_size(t: Term, env: &Env, minor: u8) -> Result<usize, EncodeError> {
    let mut c = Counter { n: 1, otp_estimate: false };
    encode_to(t, env, minor, &mut c)?;
    Ok(c.n)
}

/// `erlang:external_size/1,2`: the encoded size as OTP estimates it (see [`Counter`]).
pub fn external_size(t: Term, env: &Env, minor: u8) -> Result<usize, EncodeError> {
    let mut c = Counter { n: 1, otp_estimate: true };
    encode_to(t, env, minor, &mut c)?;
    Ok(c.n)
}

/// The full encoding of `t`, version byte included.
pub fn encode_vec(t: Term, env: &Env, minor: u8) -> Result<Vec<u8>, EncodeError> {
    let mut v = alloc::vec![VERSION];
    encode_to(t, env, minor, &mut v)?;
    Ok(v)
}

/// The compressed form of an encoding (`enc` includes the version byte), if it is smaller:
/// as OTP, zlib gets room for at most the uncompressed size minus the 5 bytes of the
/// `COMPRESSED` header, and the plain encoding is used when the stream does not fit.
/// (The compressor is miniz_oxide, not zlib: the deflate bytes differ from OTP's, and so,
/// in borderline cases, can the choice.)
///
/// Not inlined: miniz_oxide builds its compressor (a 64 KiB buffer inline) on the stack,
/// and that frame must not land in every caller of `term_to_binary`. The compressed path
/// itself needs that much stack (a known limit on small-stack targets).
#[inline(never)]
pub fn compress(enc: &[u8], level: u8) -> Option<Vec<u8>> {
    let body = enc.get(1..)?;
    let room = body.len().checked_sub(5)?;
    let size = u32::try_from(body.len()).ok()?;
    let z = miniz_oxide::deflate::compress_to_vec_zlib(body, level);
    if z.len() > room {
        return None;
    }
    let mut out = Vec::with_capacity(6 + z.len());
    out.push(VERSION);
    out.push(COMPRESSED);
    out.extend_from_slice(&size.to_be_bytes());
    out.extend_from_slice(&z);
    Some(out)
}
