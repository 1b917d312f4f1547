//! BIFs of the `binary` module.
//!
//! Patterns (for `match`, `matches`, `split` and `replace`) are a non-empty binary, a
//! non-empty proper list of non-empty binaries, or a compiled pattern. `compile_pattern/1`
//! returns `{bm, Binary}` for a single binary and `{ac, [Binary]}` for a list; those tuples
//! are accepted wherever a pattern is (OTP returns `{bm | ac, Ref}` with an opaque reference
//! instead, which no program can inspect). Among patterns matching at the same position the
//! longest wins, and matches never overlap, as in OTP.

use alloc::vec::Vec;

use super::iolist::{binary_arg, byte_range, iodata_to_binary, pos_len, slice_bytes_to_list};
use super::BifEntry;
use crate::atom;
use crate::binary::{self, BitSlice};
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, Term, HDR_SUB_BIN, HEAP_BIN_LIMIT};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("binary", "part", 2, part2),
    ("binary", "part", 3, part3),
    ("binary", "split", 2, split2),
    ("binary", "split", 3, split3),
    ("binary", "match", 2, match2),
    ("binary", "match", 3, match3),
    ("binary", "matches", 2, matches2),
    ("binary", "matches", 3, matches3),
    ("binary", "replace", 3, replace3),
    ("binary", "replace", 4, replace4),
    ("binary", "copy", 1, copy1),
    ("binary", "copy", 2, copy2),
    ("binary", "at", 2, at),
    ("binary", "first", 1, first),
    ("binary", "last", 1, last),
    ("binary", "bin_to_list", 1, bin_to_list1),
    ("binary", "bin_to_list", 2, bin_to_list2),
    ("binary", "bin_to_list", 3, bin_to_list3),
    ("binary", "list_to_bin", 1, list_to_bin),
    ("binary", "decode_unsigned", 1, decode_unsigned1),
    ("binary", "decode_unsigned", 2, decode_unsigned2),
    ("binary", "encode_unsigned", 1, encode_unsigned1),
    ("binary", "encode_unsigned", 2, encode_unsigned2),
    ("binary", "longest_common_prefix", 1, longest_common_prefix),
    ("binary", "longest_common_suffix", 1, longest_common_suffix),
    ("binary", "referenced_byte_size", 1, referenced_byte_size),
    ("binary", "compile_pattern", 1, compile_pattern),
];

/// The bytes of a binary argument (copied if not byte-aligned), or badarg.
fn bin_bytes(t: Term) -> Result<alloc::borrow::Cow<'static, [u8]>, Exception> {
    binary::binary_bytes(t).map_or_else(badarg, Ok)
}

/// A part of binary `t` (bytes `from..to`), as OTP builds it: a copy when small, a sub
/// binary referring to `t` otherwise.
pub fn extract(p: &mut Process, t: Term, from: usize, to: usize) -> R {
    let len = to - from;
    let s = binary::bit_slice(t);
    if from == 0 && len * 8 == s.size {
        return Ok(t);
    }
    if len <= HEAP_BIN_LIMIT {
        let (b, dst) = binary::new_binary_uninit(&mut p.heap, len * 8).map_err(oom)?;
        match s.as_bytes() {
            Some(src) => dst.copy_from_slice(&src[from..to]),
            None => binary::bits::copy_bits(s.data, s.offset + from * 8, dst, 0, len * 8),
        }
        return Ok(b);
    }
    binary::sub_binary(&mut p.heap, t, from * 8, len * 8).map_err(oom)
}

fn part_impl(p: &mut Process, bin: Term, start: Term, len: Term) -> R {
    // Like erlang:binary_part, any bitstring whose whole bytes cover the range will do.
    let s = super::iolist::bitstring_arg(bin)?;
    let Some((from, to)) = byte_range(start, len, s.size / 8) else {
        return badarg();
    };
    extract(p, bin, from, to)
}
fn part2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (s, l) = pos_len(a[1])?;
    part_impl(p, a[0], s, l)
}
fn part3(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    part_impl(p, a[0], a[1], a[2])
}

// ---- patterns and searching ----

/// A validated search pattern: one or more non-empty byte strings.
struct Pattern {
    pats: Vec<Vec<u8>>,
    /// Which bytes start some pattern.
    first: [bool; 256],
    /// Horspool skip table, for a single pattern.
    skip: Option<[usize; 256]>,
}

fn pattern_bins(vm: &Vm, t: Term) -> Result<Vec<Vec<u8>>, Exception> {
    let one = |b: Term| -> Result<Vec<u8>, Exception> {
        let v = bin_bytes(b)?.into_owned();
        if v.is_empty() {
            return badarg();
        }
        Ok(v)
    };
    if t.is_bitstring() {
        return Ok(alloc::vec![one(t)?]);
    }
    if t.is_list() {
        let mut out = Vec::new();
        let mut l = t;
        while l.is_list() {
            out.push(one(l.head())?);
            l = l.tail();
        }
        if !l.is_nil() {
            return badarg();
        }
        return Ok(out);
    }
    if t.is_tuple() && t.tuple_arity() == 2 {
        let tag = t.tuple_get(0);
        let (bm, ac) = (vm.atoms.lookup("bm"), vm.atoms.lookup("ac"));
        if (Some(tag) == bm && t.tuple_get(1).is_bitstring()) || (Some(tag) == ac && t.tuple_get(1).is_list()) {
            return pattern_bins(vm, t.tuple_get(1));
        }
    }
    badarg()
}

impl Pattern {
    fn new(vm: &Vm, t: Term) -> Result<Pattern, Exception> {
        let pats = pattern_bins(vm, t)?;
        let mut first = [false; 256];
        for p in &pats {
            first[p[0] as usize] = true;
        }
        let skip = if pats.len() == 1 && pats[0].len() > 1 {
            let p = &pats[0];
            let m = p.len();
            let mut s = [m; 256];
            for (i, &b) in p[..m - 1].iter().enumerate() {
                s[b as usize] = m - 1 - i;
            }
            Some(s)
        } else {
            None
        };
        Ok(Pattern { pats, first, skip })
    }

    /// The first match inside `hay[from..to]`: its position and length (the longest pattern
    /// matching at the leftmost position).
    fn find(&self, hay: &[u8], from: usize, to: usize) -> Option<(usize, usize)> {
        if let Some(skip) = &self.skip {
            let p = &self.pats[0];
            let m = p.len();
            let mut i = from;
            while i + m <= to {
                let last = hay[i + m - 1];
                if last == p[m - 1] && hay[i..i + m - 1] == p[..m - 1] {
                    return Some((i, m));
                }
                i += skip[last as usize];
            }
            return None;
        }
        for i in from..to {
            if !self.first[hay[i] as usize] {
                continue;
            }
            let mut best = 0;
            for p in &self.pats {
                if p.len() > best && i + p.len() <= to && hay[i..i + p.len()] == p[..] {
                    best = p.len();
                }
            }
            if best > 0 {
                return Some((i, best));
            }
        }
        None
    }

    /// All non-overlapping matches inside `hay[from..to]`, or only the first.
    fn find_all(&self, hay: &[u8], from: usize, to: usize, global: bool) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut at = from;
        while let Some((pos, len)) = self.find(hay, at, to) {
            out.push((pos, len));
            if !global {
                break;
            }
            at = pos + len;
        }
        out
    }
}

/// Options of split/match/matches/replace.
#[derive(Default)]
struct Opts {
    global: bool,
    trim: bool,
    trim_all: bool,
    scope: Option<(usize, usize)>,
    insert: Vec<usize>,
}

#[derive(Clone, Copy)]
enum OptKind {
    Match,
    Split,
    Replace,
}

/// Parses an option list. Like OTP, the walk stops at an improper tail; the last `scope`
/// given wins. `repl_len` bounds `insert_replaced` positions.
fn parse_opts(vm: &Vm, t: Term, kind: OptKind, size: usize, repl_len: usize) -> Result<Opts, Exception> {
    let mut o = Opts::default();
    if !t.is_list_or_nil() {
        return badarg();
    }
    let mut l = t;
    while l.is_list() {
        let e = l.head();
        l = l.tail();
        let split = matches!(kind, OptKind::Split);
        let repl = matches!(kind, OptKind::Replace);
        if e == atom::GLOBAL && (split || repl) {
            o.global = true;
        } else if e == atom::TRIM && split {
            o.trim = true;
        } else if e == atom::TRIM_ALL && split {
            o.trim_all = true;
        } else if e.is_tuple() && e.tuple_arity() == 2 && e.tuple_get(0) == atom::SCOPE {
            let (s, n) = pos_len(e.tuple_get(1))?;
            let Some(r) = byte_range(s, n, size) else {
                return badarg();
            };
            o.scope = Some(r);
        } else if e.is_tuple() && e.tuple_arity() == 2 && e.tuple_get(0) == atom::INSERT_REPLACED && repl {
            let v = e.tuple_get(1);
            let pos = |x: Term| -> Result<usize, Exception> {
                if x.is_small() && x.small_value() >= 0 && x.small_value() as usize <= repl_len {
                    Ok(x.small_value() as usize)
                } else {
                    badarg()
                }
            };
            o.insert.clear();
            if v.is_small() {
                o.insert.push(pos(v)?);
            } else {
                let Some(items) = super::list_to_vec(v) else {
                    return badarg();
                };
                for x in items {
                    o.insert.push(pos(x)?);
                }
            }
            o.insert.sort_unstable();
        } else {
            return badarg();
        }
    }
    let _ = vm;
    Ok(o)
}

/// Subject, pattern and options, validated in OTP's order.
fn prepare(
    vm: &Vm,
    subject: Term,
    pattern: Term,
    opts: Term,
    kind: OptKind,
    repl_len: usize,
) -> Result<(alloc::borrow::Cow<'static, [u8]>, Pattern, Opts), Exception> {
    let hay = bin_bytes(subject)?;
    let pat = Pattern::new(vm, pattern)?;
    let o = parse_opts(vm, opts, kind, hay.len(), repl_len)?;
    Ok((hay, pat, o))
}

fn pos_len_tuple(p: &mut Process, pos: usize, len: usize) -> R {
    term::tuple(&mut p.heap, &[Term::small(pos as isize), Term::small(len as isize)]).map_err(oom)
}

fn match_impl(vm: &Vm, p: &mut Process, a: &[Term], opts: Term) -> R {
    let (hay, pat, o) = prepare(vm, a[0], a[1], opts, OptKind::Match, 0)?;
    let (from, to) = o.scope.unwrap_or((0, hay.len()));
    match pat.find(&hay, from, to) {
        Some((pos, len)) => pos_len_tuple(p, pos, len),
        None => Ok(atom::NOMATCH),
    }
}
fn match2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    match_impl(vm, p, a, Term::NIL)
}
fn match3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    match_impl(vm, p, a, a[2])
}

fn matches_impl(vm: &Vm, p: &mut Process, a: &[Term], opts: Term) -> R {
    let (hay, pat, o) = prepare(vm, a[0], a[1], opts, OptKind::Match, 0)?;
    let (from, to) = o.scope.unwrap_or((0, hay.len()));
    let found = pat.find_all(&hay, from, to, true);
    let mut items = Vec::with_capacity(found.len());
    for (pos, len) in found {
        items.push(pos_len_tuple(p, pos, len)?);
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}
fn matches2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    matches_impl(vm, p, a, Term::NIL)
}
fn matches3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    matches_impl(vm, p, a, a[2])
}

fn split_impl(vm: &Vm, p: &mut Process, a: &[Term], opts: Term) -> R {
    let (hay, pat, o) = prepare(vm, a[0], a[1], opts, OptKind::Split, 0)?;
    let (from, to) = o.scope.unwrap_or((0, hay.len()));
    let found = pat.find_all(&hay, from, to, o.global);
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(found.len() + 1);
    let mut at = 0;
    for (pos, len) in found {
        ranges.push((at, pos));
        at = pos + len;
    }
    ranges.push((at, hay.len()));
    if o.trim_all {
        ranges.retain(|r| r.0 != r.1);
    } else if o.trim {
        while ranges.last().is_some_and(|r| r.0 == r.1) {
            ranges.pop();
        }
    }
    let mut items = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        items.push(extract(p, a[0], s, e)?);
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}
fn split2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    split_impl(vm, p, a, Term::NIL)
}
fn split3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    split_impl(vm, p, a, a[2])
}

fn replace_impl(vm: &Vm, p: &mut Process, a: &[Term], opts: Term) -> R {
    let repl = bin_bytes(a[2])?;
    let (hay, pat, o) = prepare(vm, a[0], a[1], opts, OptKind::Replace, repl.len())?;
    let (from, to) = o.scope.unwrap_or((0, hay.len()));
    let found = pat.find_all(&hay, from, to, o.global);
    if found.is_empty() {
        return Ok(a[0]);
    }
    let mut out: Vec<u8> = Vec::with_capacity(hay.len() + found.len() * repl.len());
    let mut at = 0;
    for (pos, len) in found {
        out.extend_from_slice(&hay[at..pos]);
        let matched = &hay[pos..pos + len];
        let mut r = 0;
        for &ins in &o.insert {
            out.extend_from_slice(&repl[r..ins]);
            out.extend_from_slice(matched);
            r = ins;
        }
        out.extend_from_slice(&repl[r..]);
        at = pos + len;
    }
    out.extend_from_slice(&hay[at..]);
    binary::new_binary(&mut p.heap, &out).map_err(oom)
}
fn replace3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    replace_impl(vm, p, a, Term::NIL)
}
fn replace4(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    replace_impl(vm, p, a, a[3])
}

// ---- copying and bytes ----

fn copy1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let b = bin_bytes(a[0])?;
    binary::new_binary(&mut p.heap, &b).map_err(oom)
}
fn copy2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let b = bin_bytes(a[0])?;
    if !a[1].is_small() || a[1].small_value() < 0 {
        return badarg();
    }
    let n = a[1].small_value() as usize;
    let Some(total) = b.len().checked_mul(n).and_then(|t| t.checked_mul(8)) else {
        return Err(Exception::error(atom::SYSTEM_LIMIT));
    };
    let (t, dst) = binary::new_binary_uninit(&mut p.heap, total).map_err(oom)?;
    if !b.is_empty() {
        for chunk in dst.chunks_exact_mut(b.len()) {
            chunk.copy_from_slice(&b);
        }
    }
    Ok(t)
}
fn at(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let s = binary_arg(a[0])?;
    let i = a[1];
    if !i.is_small() || i.small_value() < 0 || i.small_value() as usize >= s.size / 8 {
        return badarg();
    }
    Ok(Term::small(s.byte_at(i.small_value() as usize) as isize))
}
fn first(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let s = binary_arg(a[0])?;
    if s.size == 0 {
        return badarg();
    }
    Ok(Term::small(s.byte_at(0) as isize))
}
fn last(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let s = binary_arg(a[0])?;
    if s.size == 0 {
        return badarg();
    }
    Ok(Term::small(s.byte_at(s.size / 8 - 1) as isize))
}
fn bin_to_list1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = binary_arg(a[0])?;
    slice_bytes_to_list(p, &s, 0, s.size / 8, Term::NIL)
}
fn bin_to_list_range(p: &mut Process, bin: Term, start: Term, len: Term) -> R {
    let s = binary_arg(bin)?;
    let Some((from, to)) = byte_range(start, len, s.size / 8) else {
        return badarg();
    };
    slice_bytes_to_list(p, &s, from, to, Term::NIL)
}
fn bin_to_list2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (s, l) = pos_len(a[1])?;
    bin_to_list_range(p, a[0], s, l)
}
fn bin_to_list3(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    bin_to_list_range(p, a[0], a[1], a[2])
}
fn list_to_bin(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_list_or_nil() {
        return badarg();
    }
    iodata_to_binary(p, a[0])?.map_or_else(badarg, Ok)
}

// ---- unsigned integers ----

/// `true` for big endian, `false` for little; badarg otherwise.
fn endianness(t: Term) -> Result<bool, Exception> {
    if t == atom::BIG {
        Ok(true)
    } else if t == atom::LITTLE {
        Ok(false)
    } else {
        badarg()
    }
}

fn decode_unsigned(p: &mut Process, bin: Term, big: bool) -> R {
    let b = bin_bytes(bin)?;
    if b.len() as u64 * 8 > super::arith::MAX_BIG_BITS {
        return Err(Exception::error(atom::SYSTEM_LIMIT));
    }
    // Little-endian u32 limbs.
    let mut limbs = alloc::vec![0u32; b.len().div_ceil(4)];
    for i in 0..b.len() {
        let byte = if big { b[b.len() - 1 - i] } else { b[i] };
        limbs[i / 4] |= (byte as u32) << (8 * (i % 4));
    }
    term::bignum_from_limbs(&mut p.heap, false, &limbs).map_err(oom)
}
fn decode_unsigned1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    decode_unsigned(p, a[0], true)
}
fn decode_unsigned2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let big = endianness(a[1])?;
    decode_unsigned(p, a[0], big)
}

fn encode_unsigned(p: &mut Process, n: Term, big: bool) -> R {
    // Little-endian bytes of the magnitude.
    let mut bytes: Vec<u8> = if n.is_small() {
        let v = n.small_value();
        if v < 0 {
            return badarg();
        }
        (v as u64).to_le_bytes().to_vec()
    } else if n.is_bignum() {
        let (neg, limbs) = term::bignum_limbs(n);
        if neg {
            return badarg();
        }
        limbs.iter().flat_map(|l| l.to_le_bytes()).collect()
    } else {
        return badarg();
    };
    while bytes.len() > 1 && bytes[bytes.len() - 1] == 0 {
        bytes.pop();
    }
    if big {
        bytes.reverse();
    }
    binary::new_binary(&mut p.heap, &bytes).map_err(oom)
}
fn encode_unsigned1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    encode_unsigned(p, a[0], true)
}
fn encode_unsigned2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let big = endianness(a[1])?;
    encode_unsigned(p, a[0], big)
}

// ---- common prefixes and suffixes ----

fn common(t: Term, suffix: bool) -> R {
    let Some(items) = super::list_to_vec(t) else {
        return badarg();
    };
    if items.is_empty() {
        return badarg();
    }
    let mut slices: Vec<BitSlice<'static>> = Vec::with_capacity(items.len());
    for i in items {
        slices.push(binary_arg(i)?);
    }
    let mut n = slices.iter().map(|s| s.size / 8).min().unwrap_or(0);
    let byte = |s: &BitSlice<'_>, i: usize| -> u8 {
        if suffix {
            s.byte_at(s.size / 8 - 1 - i)
        } else {
            s.byte_at(i)
        }
    };
    for s in &slices[1..] {
        let mut k = 0;
        while k < n && byte(s, k) == byte(&slices[0], k) {
            k += 1;
        }
        n = k;
    }
    Ok(Term::small(n as isize))
}
fn longest_common_prefix(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    common(a[0], false)
}
fn longest_common_suffix(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    common(a[0], true)
}

fn referenced_byte_size(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_bitstring() {
        return badarg();
    }
    let base = if a[0].boxed_tag() == HDR_SUB_BIN { binary::base_and_offset(a[0]).0 } else { a[0] };
    let n = binary::bit_slice(base).size.div_ceil(8);
    term::uint(&mut p.heap, n as u64).map_err(oom)
}

fn compile_pattern(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pats = pattern_bins(vm, a[0])?;
    let tag = |vm: &mut Vm, s: &str| vm.atoms.intern(s).map_err(|_| Exception::error(atom::SYSTEM_LIMIT));
    if a[0].is_bitstring() || pats.len() == 1 {
        let bm = tag(vm, "bm")?;
        let b = if a[0].is_binary() { a[0] } else { binary::new_binary(&mut p.heap, &pats[0]).map_err(oom)? };
        return term::tuple(&mut p.heap, &[bm, b]).map_err(oom);
    }
    let ac = tag(vm, "ac")?;
    let mut bins = Vec::with_capacity(pats.len());
    for pb in &pats {
        bins.push(binary::new_binary(&mut p.heap, pb).map_err(oom)?);
    }
    let l = term::list_from_slice(&mut p.heap, &bins, Term::NIL).map_err(oom)?;
    term::tuple(&mut p.heap, &[ac, l]).map_err(oom)
}
