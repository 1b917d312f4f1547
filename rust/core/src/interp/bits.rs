//! The bit syntax: building bitstrings (`bs_create_bin`) and matching them through match
//! contexts (`bs_start_match*`, `bs_get_*`, `bs_match`).

use alloc::vec::Vec;

use super::instr::{bsflags, BsCmd, BsGet, BsSeg, BsSegKind, Dst};
use crate::atom;
use crate::binary::bits::{copy_bits, get_bits, put_bits};
use crate::binary::{bit_slice, new_binary_uninit, sub_binary, BinAlloc};
use crate::heap::Heap;
use crate::process::Exception;
use crate::term::{self, make_header, Alloc, AllocError, Term, HDR_MATCH_CTX};

/// Largest bitstring the VM builds, in bits.
const MAX_BITS: usize = usize::MAX >> 4;

fn badarg() -> Exception {
    Exception::error(atom::BADARG)
}

fn size_bits(size: Term, unit: u32) -> Result<Option<usize>, Exception> {
    if size == atom::ALL {
        return Ok(None);
    }
    if !size.is_small() || size.small_value() < 0 {
        return Err(badarg());
    }
    (size.small_value() as usize).checked_mul(unit as usize).filter(|&b| b <= MAX_BITS).map(Some).ok_or_else(badarg)
}

fn utf8_len(c: u32) -> usize {
    match c {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

fn valid_cp(v: Term) -> Option<u32> {
    if !v.is_small() {
        return None;
    }
    let c = v.small_value();
    if (0..=0x10FFFF).contains(&c) && !(0xD800..=0xDFFF).contains(&c) {
        Some(c as u32)
    } else {
        None
    }
}

/// Integer value as (negative, little-endian u32 limbs) for writing.
fn int_limbs(v: Term) -> Option<(bool, Vec<u32>)> {
    if v.is_small() {
        let x = v.small_value() as i64;
        let m = x.unsigned_abs();
        return Some((x < 0, alloc::vec![m as u32, (m >> 32) as u32]));
    }
    if v.is_bignum() {
        let (neg, mag) = term::bignum_limbs(v);
        return Some((neg, mag.to_vec()));
    }
    None
}

/// Writes the low `bits` (<= 64) bits of `x` at `off`, big- or little-endian; a partial
/// last byte of a little-endian field holds the top bits, as OTP writes it.
#[inline(always)]
fn put_u64(buf: &mut [u8], off: usize, bits: usize, x: u64, little: bool) {
    if bits == 8 && off % 8 == 0 {
        buf[off / 8] = x as u8;
    } else if off % 8 == 0 && bits % 8 == 0 && bits > 0 {
        // Whole bytes at a byte boundary (words appended to a binary): copied at once.
        let k = bits / 8;
        let at = off / 8;
        if little {
            buf[at..at + k].copy_from_slice(&x.to_le_bytes()[..k]);
        } else {
            buf[at..at + k].copy_from_slice(&(x << (64 - bits)).to_be_bytes()[..k]);
        }
    } else if !little || bits <= 8 {
        put_bits(buf, off, bits, x);
    } else if bits % 8 == 0 {
        // Whole bytes: reverse them into big-endian order.
        put_bits(buf, off, bits, x.swap_bytes() >> (64 - bits));
    } else {
        let mut pos = off;
        let mut lo = 0;
        while lo < bits {
            let n = (bits - lo).min(8);
            put_bits(buf, pos, n, (x >> lo) & 0xFF);
            pos += n;
            lo += n;
        }
    }
}

/// The low 64 bits of integer `v` in two's complement, if `v` is a small integer or a
/// bignum of at most 64 bits of magnitude (the fields of <= 64 bits are those bits).
#[inline(always)]
fn low_u64(v: Term) -> Option<u64> {
    if v.is_small() {
        return Some(v.small_value() as i64 as u64);
    }
    big_low_u64(v)
}

#[inline(never)]
fn big_low_u64(v: Term) -> Option<u64> {
    if !v.is_bignum() {
        return None;
    }
    let (neg, mag) = term::bignum_limbs(v);
    let m = match *mag {
        [] => 0,
        [a] => a as u64,
        [a, b] => a as u64 | (b as u64) << 32,
        _ => return None,
    };
    Some(if neg { m.wrapping_neg() } else { m })
}

/// Writes the low `bits` bits of integer `v` (two's complement) at `off`.
fn put_integer(buf: &mut [u8], off: usize, bits: usize, v: Term, little: bool) -> bool {
    if bits <= 64 {
        if let Some(x) = low_u64(v) {
            put_u64(buf, off, bits, x, little);
            return true;
        }
    }
    let Some((neg, mut limbs)) = int_limbs(v) else { return false };
    // Two's complement over enough limbs.
    let need = bits.div_ceil(32) + 1;
    limbs.resize(need.max(limbs.len()), 0);
    if neg {
        let mut carry = 1u64;
        for l in limbs.iter_mut() {
            let x = (!*l) as u64 + carry;
            *l = x as u32;
            carry = x >> 32;
        }
    }
    let bit = |i: usize| -> u64 { ((limbs[i / 32] >> (i % 32)) & 1) as u64 };
    let chunk = |lo: usize, n: usize| -> u64 {
        let mut r = 0u64;
        for k in (0..n).rev() {
            r = (r << 1) | bit(lo + k);
        }
        r
    };
    if !little || bits % 8 != 0 && bits < 8 {
        // Big-endian: most significant bit first.
        let mut pos = off;
        let mut left = bits;
        while left > 0 {
            let n = left.min(56);
            put_bits(buf, pos, n, chunk(left - n, n));
            pos += n;
            left -= n;
        }
    } else {
        // Little-endian: least significant byte first; a partial last byte holds the top bits.
        let mut pos = off;
        let mut lo = 0;
        while lo < bits {
            let n = (bits - lo).min(8);
            put_bits(buf, pos, n, chunk(lo, n));
            pos += n;
            lo += n;
        }
    }
    true
}

/// Segments whose values and sizes `bs_create_bin` keeps on the stack; longer lists spill
/// to the Rust heap.
pub const INLINE_SEGS: usize = 8;

/// Builds the bitstring described by `segs`, whose sources and sizes are `vals`.
pub fn create_bin(h: &mut Heap, segs: &[BsSeg], vals: &[(Term, Term)], strings: &[u8]) -> Result<Term, Exception> {
    if let Some(r) = append_small_integer(h, segs, vals) {
        return r;
    }
    // Pass 1: sizes.
    let mut total: usize = 0;
    let mut inline = [0usize; INLINE_SEGS];
    let mut spilled: Vec<usize>;
    let sizes: &mut [usize] = if segs.len() <= INLINE_SEGS {
        &mut inline[..segs.len()]
    } else {
        spilled = alloc::vec![0; segs.len()];
        &mut spilled
    };
    for ((s, &(v, size)), slot) in segs.iter().zip(vals).zip(sizes.iter_mut()) {
        let bits = match s.kind {
            BsSegKind::Integer => {
                if !v.is_integer() {
                    return Err(badarg());
                }
                size_bits(size, s.unit)?.ok_or_else(badarg)?
            }
            BsSegKind::Float => {
                if !v.is_number() {
                    return Err(badarg());
                }
                let b = size_bits(size, s.unit)?.ok_or_else(badarg)?;
                if !matches!(b, 16 | 32 | 64) {
                    return Err(badarg());
                }
                b
            }
            BsSegKind::Binary | BsSegKind::Append | BsSegKind::PrivateAppend => {
                if !v.is_bitstring() {
                    return Err(badarg());
                }
                let have = bit_slice(v).size;
                match size_bits(size, s.unit)? {
                    None => {
                        if s.unit > 1 && have % s.unit as usize != 0 {
                            return Err(badarg());
                        }
                        have
                    }
                    Some(b) => {
                        if b > have {
                            return Err(badarg());
                        }
                        b
                    }
                }
            }
            BsSegKind::String => {
                let n = if size.is_small() { size.small_value().max(0) as usize } else { 0 };
                let off = if v.is_small() { v.small_value().max(0) as usize } else { 0 };
                if off + n > strings.len() {
                    return Err(badarg());
                }
                n * 8
            }
            BsSegKind::Utf8 => 8 * utf8_len(valid_cp(v).ok_or_else(badarg)?),
            BsSegKind::Utf16 => {
                if valid_cp(v).ok_or_else(badarg)? >= 0x10000 {
                    32
                } else {
                    16
                }
            }
            BsSegKind::Utf32 => {
                valid_cp(v).ok_or_else(badarg)?;
                32
            }
        };
        total = total.checked_add(bits).filter(|&t| t <= MAX_BITS).ok_or_else(badarg)?;
        *slot = bits;
    }
    if matches!(segs.first().map(|s| s.kind), Some(BsSegKind::Append | BsSegKind::PrivateAppend)) {
        return append(h, segs, vals, sizes, total, strings);
    }
    let (t, buf) = new_binary_uninit(h, total).map_err(|_| Exception::error(atom::SYSTEM_LIMIT))?;
    write_segments(buf, 0, segs, vals, sizes, strings)?;
    Ok(t)
}

/// `<<Acc/binary, V:Size>>` with an integer V of at most 64 bits (small, or a bignum of
/// at most two limbs), the accumulator
/// ending at the fill mark of an appendable binary with room left: writes the field in place.
/// None when any of that does not hold (the general path then handles it).
#[inline]
pub fn append_small_integer(h: &mut Heap, segs: &[BsSeg], vals: &[(Term, Term)]) -> Option<Result<Term, Exception>> {
    let ([a, i], [(acc, all), (v, size)]) = (segs, vals) else { return None };
    if !matches!(a.kind, BsSegKind::Append | BsSegKind::PrivateAppend)
        || i.kind != BsSegKind::Integer
        || *all != atom::ALL
        || !size.is_small()
        || !acc.is_bitstring()
    {
        return None;
    }
    let bits = (size.small_value() as usize).checked_mul(i.unit as usize)?;
    if size.small_value() < 0 || bits > 64 {
        return None;
    }
    let x = low_u64(*v)?;
    // Heap, refc and sub binaries all keep their size in bits in the first payload word.
    let have = term::binary_bit_size(*acc);
    if a.unit > 1 && have % a.unit as usize != 0 {
        return None;
    }
    let (base, off) = crate::binary::base_and_offset(*acc);
    if base.boxed_tag() != term::HDR_REFC_BIN {
        return None;
    }
    let (from, to) = (off + have, (off + have).checked_add(bits).filter(|&t| t <= MAX_BITS)?);
    let rb = base.boxed_word(2) as *const crate::binary::RefcBinary;
    // SAFETY: a refc binary object holds a counted reference to a live RefcBinary.
    let rb = unsafe { &*rb };
    if !rb.claim(from, to) {
        return None;
    }
    // SAFETY: the claim gave us bits from..to, which no term refers to yet.
    let tail = unsafe { rb.tail_mut(from / 8) };
    let little = i.flags & bsflags::LITTLE != 0 || (i.flags & bsflags::NATIVE != 0 && cfg!(target_endian = "little"));
    put_u64(tail, from % 8, bits, x, little);
    Some(sub_binary(h, *acc, 0, have + bits).map_err(|_| Exception::error(atom::SYSTEM_LIMIT)))
}

/// Smallest capacity, in bytes, of a binary built by appending.
const MIN_APPEND_CAP: usize = 256;

/// `<<Acc/binary, ...>>` where Acc is the first segment: writes the new bits in place after
/// Acc when Acc ends at the fill mark of an appendable binary with room left; otherwise copies
/// everything into a new appendable binary with spare capacity, so that a loop of appends
/// costs amortised linear time.
fn append(
    h: &mut Heap,
    segs: &[BsSeg],
    vals: &[(Term, Term)],
    sizes: &[usize],
    total: usize,
    strings: &[u8],
) -> Result<Term, Exception> {
    let acc = vals[0].0;
    let acc_bits = sizes[0];
    let (base, off) = crate::binary::base_and_offset(acc);
    if acc_bits == bit_slice(acc).size && base.boxed_tag() == term::HDR_REFC_BIN {
        let rb = base.boxed_word(2) as *const crate::binary::RefcBinary;
        // SAFETY: a refc binary object holds a counted reference to a live RefcBinary.
        let rb = unsafe { &*rb };
        let (from, to) = (off + acc_bits, off + total);
        if rb.claim(from, to) {
            // SAFETY: the claim gave us bits from..to, which no term refers to yet.
            let tail = unsafe { rb.tail_mut(from / 8) };
            write_segments(tail, from % 8, &segs[1..], &vals[1..], &sizes[1..], strings)?;
            return sub_binary(h, acc, 0, total).map_err(|_| Exception::error(atom::SYSTEM_LIMIT));
        }
    }
    let cap = total.div_ceil(8).saturating_mul(2).max(MIN_APPEND_CAP);
    let (t, buf) = crate::binary::new_appendable(h, total, cap).map_err(|_| Exception::error(atom::SYSTEM_LIMIT))?;
    write_segments(buf, 0, segs, vals, sizes, strings)?;
    Ok(t)
}

/// Writes segments into `buf` from bit `start`, each `sizes[i]` bits long.
fn write_segments(
    buf: &mut [u8],
    start: usize,
    segs: &[BsSeg],
    vals: &[(Term, Term)],
    sizes: &[usize],
    strings: &[u8],
) -> Result<(), Exception> {
    let mut pos = start;
    for ((s, &(v, _)), &bits) in segs.iter().zip(vals).zip(sizes) {
        let little =
            s.flags & bsflags::LITTLE != 0 || (s.flags & bsflags::NATIVE != 0 && cfg!(target_endian = "little"));
        match s.kind {
            BsSegKind::Integer => {
                put_integer(buf, pos, bits, v, little);
            }
            BsSegKind::Float => {
                let f = super::exec::number_to_f64(v).ok_or_else(badarg)?;
                let raw: u64 = match bits {
                    64 => f.to_bits(),
                    // Too large for the width: infinity, as OTP writes it.
                    32 => (f as f32).to_bits() as u64,
                    _ => f64_to_f16(f).ok_or_else(badarg)? as u64,
                };
                let raw = if little { swap_bytes(raw, bits / 8) } else { raw };
                put_bits(buf, pos, bits, raw);
            }
            BsSegKind::Binary | BsSegKind::Append | BsSegKind::PrivateAppend => {
                let sl = bit_slice(v);
                copy_bits(sl.data, sl.offset, buf, pos, bits);
            }
            BsSegKind::String => {
                // Offset and size come from the code: a malformed module can point them
                // past the string table.
                let off = v.small_value().max(0) as usize;
                let src = strings.get(off..).filter(|s| s.len() >= bits.div_ceil(8)).ok_or_else(badarg)?;
                copy_bits(src, 0, buf, pos, bits);
            }
            BsSegKind::Utf8 => {
                let c = valid_cp(v).ok_or_else(badarg)?;
                let mut tmp = [0u8; 4];
                let s = char::from_u32(c).ok_or_else(badarg)?.encode_utf8(&mut tmp);
                copy_bits(s.as_bytes(), 0, buf, pos, bits);
            }
            BsSegKind::Utf16 => {
                let c = valid_cp(v).ok_or_else(badarg)?;
                let mut units = [0u16; 2];
                let u = char::from_u32(c).ok_or_else(badarg)?.encode_utf16(&mut units);
                let mut p2 = pos;
                for &w in u.iter() {
                    let w = if little { w.swap_bytes() } else { w };
                    put_bits(buf, p2, 16, w as u64);
                    p2 += 16;
                }
            }
            BsSegKind::Utf32 => {
                let c = valid_cp(v).ok_or_else(badarg)?;
                let w = if little { c.swap_bytes() } else { c };
                put_bits(buf, pos, 32, w as u64);
            }
        }
        pos += bits;
    }
    Ok(())
}

fn swap_bytes(v: u64, n: usize) -> u64 {
    let mut r = 0u64;
    for i in 0..n {
        r = (r << 8) | ((v >> (8 * i)) & 0xFF);
    }
    r
}

fn f64_to_f16(f: f64) -> Option<u16> {
    // Round to nearest even half precision; overflow gives infinity, as in OTP.
    if f.is_nan() {
        return None;
    }
    let sign = if f.is_sign_negative() { 0x8000u16 } else { 0 };
    let a = f.abs();
    if a == 0.0 {
        return Some(sign);
    }
    if a >= 65520.0 {
        return Some(sign | 0x7C00);
    }
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32 - 1023;
    let mant = bits & ((1u64 << 52) - 1);
    if exp < -14 {
        // Subnormal half: value / 2^-24, rounded to nearest even.
        let scaled = a * (1u64 << 24) as f64;
        let r = round_even(scaled) as u16;
        return Some(sign | r);
    }
    let m = (mant | (1u64 << 52)) as f64 / (1u64 << 42) as f64; // 10-bit mantissa with fraction
    let mut r = round_even(m) as u32; // in [1024, 2048]
    let mut e = exp + 15;
    if r == 2048 {
        r = 1024;
        e += 1;
    }
    if e >= 31 {
        return Some(sign | 0x7C00);
    }
    Some(sign | ((e as u16) << 10) | ((r as u16) & 0x3FF))
}

fn round_even(x: f64) -> f64 {
    let f = libm::trunc(x);
    let d = x - f;
    if d > 0.5 || (d == 0.5 && (f as u64) % 2 == 1) {
        f + 1.0
    } else {
        f
    }
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1F) as i32;
    let m = (h & 0x3FF) as f64;
    if e == 0 {
        sign * m * libm::ldexp(1.0, -24)
    } else if e == 31 {
        f64::NAN
    } else {
        sign * (1.0 + m / 1024.0) * libm::ldexp(1.0, e - 15)
    }
}

/// Starts matching `v`: a new match context, the same one if `v` already is one, or None
/// if `v` is not a bitstring.
pub fn start_match(h: &mut Heap, v: Term) -> Option<Result<Term, AllocError>> {
    if v.is_match_ctx() {
        return Some(Ok(v));
    }
    if !v.is_bitstring() {
        return None;
    }
    let (base, off) = crate::binary::base_and_offset(v);
    let size = bit_slice(v).size;
    Some(h.alloc(4).map(|p| {
        // SAFETY: `alloc` returned 4 writable words.
        unsafe {
            *p = make_header(HDR_MATCH_CTX, 3);
            *p.add(1) = off;
            *p.add(2) = off + size;
            *p.add(3) = base.0;
        }
        Term::boxed_ptr(p)
    }))
}

fn pos(c: Term) -> usize {
    c.boxed_word(1)
}
fn end(c: Term) -> usize {
    c.boxed_word(2)
}
fn set_pos(c: Term, p: usize) {
    // SAFETY: a match context's position word is its first payload word; contexts are only
    // created by `start_match` on the process heap.
    unsafe { *c.ptr().add(1) = p };
}
fn data<'a>(c: Term) -> &'a [u8] {
    bit_slice(c).data
}

/// Bits left to match.
pub fn remaining(c: Term) -> usize {
    end(c) - pos(c)
}

/// Moves the position back to a value saved with `bs_get_position`.
pub fn set_position(c: Term, p: isize) -> bool {
    if p < 0 || p as usize > end(c) {
        return false;
    }
    set_pos(c, p as usize);
    true
}

/// The rest of the bitstring, as a sub binary.
pub fn tail(h: &mut Heap, c: Term) -> Result<Term, AllocError> {
    let orig = Term(c.boxed_word(3));
    sub_binary(h, orig, pos(c), remaining(c))
}

/// Matches `bits` bits against the string table at `offset`.
pub fn match_string(c: Term, bits: usize, strings: &[u8], offset: usize) -> bool {
    if remaining(c) < bits || offset.saturating_add(bits.div_ceil(8)) > strings.len() {
        return false;
    }
    let d = data(c);
    let p0 = pos(c);
    let mut i = 0;
    while i < bits {
        let n = (bits - i).min(56);
        if get_bits(d, p0 + i, n) != get_bits(&strings[offset..], i, n) {
            return false;
        }
        i += n;
    }
    set_pos(c, p0 + bits);
    true
}

/// The common `bs_get_integer2`: a field of at most 32 bits whose value is a small integer.
/// Some(Some(v)) on a match, Some(None) if too few bits remain, None to take the general
/// path.
#[inline(always)]
pub fn get_small_integer(c: Term, size: isize, unit: u32, flags: u32) -> Option<Option<Term>> {
    let bits = (size as usize).checked_mul(unit as usize)?;
    if size < 0 || bits > 32 {
        return None;
    }
    let (p0, e) = (pos(c), end(c));
    if bits > e - p0 {
        return Some(None);
    }
    let d = ctx_bytes(c);
    let little = flags & bsflags::LITTLE != 0 || (flags & bsflags::NATIVE != 0 && cfg!(target_endian = "little"));
    let raw = if !little || bits <= 8 {
        get_bits(d, p0, bits)
    } else if bits % 8 == 0 {
        get_bits(d, p0, bits).swap_bytes() >> (64 - bits)
    } else {
        return None;
    };
    let v = if flags & bsflags::SIGNED != 0 && bits > 0 {
        ((raw << (64 - bits)) as i64) >> (64 - bits)
    } else {
        raw as i64
    };
    // 32-bit words exceed a 28-bit small on 32-bit targets: those take a bignum.
    let t = Term::try_small(v)?;
    set_pos(c, p0 + bits);
    Some(Some(t))
}

/// The bytes of the binary a match context reads.
#[inline]
fn ctx_bytes<'a>(c: Term) -> &'a [u8] {
    crate::binary::base_bytes(Term(c.boxed_word(3)))
}

/// Reads an integer of `bits` bits at the current position.
fn read_integer(h: &mut Heap, c: Term, bits: usize, flags: u32) -> Result<Term, AllocError> {
    let d = data(c);
    let p0 = pos(c);
    let little = flags & bsflags::LITTLE != 0 || (flags & bsflags::NATIVE != 0 && cfg!(target_endian = "little"));
    let signed = flags & bsflags::SIGNED != 0;
    if bits <= 64 {
        let raw = if little && bits % 8 == 0 && bits > 8 {
            get_bits(d, p0, bits).swap_bytes() >> (64 - bits)
        } else if little && bits > 8 {
            let mut v = 0u64;
            let mut lo = 0;
            let mut p = p0;
            while lo < bits {
                let n = (bits - lo).min(8);
                v |= get_bits(d, p, n) << lo;
                p += n;
                lo += n;
            }
            v
        } else {
            get_bits(d, p0, bits)
        };
        set_pos(c, p0 + bits);
        if signed && bits > 0 && raw >> (bits - 1) & 1 == 1 {
            // Sign-extend by shifting (subtracting 2^bits overflows i64 at 63 bits).
            let v = ((raw << (64 - bits)) as i64) >> (64 - bits);
            return term::int(h, v);
        }
        return term::uint(h, raw);
    }
    // Wide integers: gather little-endian limbs.
    let nl = bits.div_ceil(32);
    let mut limbs = alloc::vec![0u32; nl + 1];
    let bitval = |i: usize| -> u32 {
        // Bit i of the value (0 = least significant).
        let stream_index = if little {
            let byte = i / 8;
            let within = i % 8;
            let last_full = bits / 8;
            if byte < last_full {
                byte * 8 + (7 - within)
            } else {
                let rem = bits % 8;
                last_full * 8 + (rem - 1 - within)
            }
        } else {
            bits - 1 - i
        };
        get_bits(d, p0 + stream_index, 1) as u32
    };
    for i in 0..bits {
        limbs[i / 32] |= bitval(i) << (i % 32);
    }
    set_pos(c, p0 + bits);
    let neg = signed && bitval(bits - 1) == 1;
    if neg {
        // Sign-extend then negate to get the magnitude.
        for i in bits..(nl + 1) * 32 {
            limbs[i / 32] |= 1 << (i % 32);
        }
        let mut carry = 1u64;
        for l in limbs.iter_mut() {
            let x = (!*l) as u64 + carry;
            *l = x as u32;
            carry = x >> 32;
        }
    }
    term::bignum_from_limbs(h, neg, &limbs)
}

/// One `bs_get_*`/`bs_skip_*`: Ok(Some(value)) on a match, Ok(None) on no match.
pub fn get(h: &mut Heap, c: Term, what: BsGet, size: Term, unit: u32, flags: u32) -> Result<Option<Term>, Exception> {
    if what == BsGet::Integer && size.is_small() {
        if let Some(r) = get_small_integer(c, size.small_value(), unit, flags) {
            return Ok(r);
        }
    }
    let rem = remaining(c);
    let oom = |_| Exception::error(atom::SYSTEM_LIMIT);
    let bits_of = |size: Term| -> Result<Option<usize>, Exception> {
        match size_bits(size, unit) {
            Ok(Some(b)) => Ok(Some(b)),
            Ok(None) => {
                if unit > 1 && rem % unit as usize != 0 {
                    return Ok(None);
                }
                Ok(Some(rem))
            }
            Err(_) => Ok(None),
        }
    };
    match what {
        BsGet::Integer => {
            let Some(bits) = bits_of(size)? else { return Ok(None) };
            if bits > rem {
                return Ok(None);
            }
            Ok(Some(read_integer(h, c, bits, flags).map_err(oom)?))
        }
        BsGet::Float => {
            let Some(bits) = bits_of(size)? else { return Ok(None) };
            if bits > rem || !matches!(bits, 16 | 32 | 64) {
                return Ok(None);
            }
            let little =
                flags & bsflags::LITTLE != 0 || (flags & bsflags::NATIVE != 0 && cfg!(target_endian = "little"));
            let mut raw = get_bits(data(c), pos(c), bits);
            if little {
                raw = swap_bytes(raw, bits / 8);
            }
            let f = match bits {
                64 => f64::from_bits(raw),
                32 => f32::from_bits(raw as u32) as f64,
                _ => f16_to_f64(raw as u16),
            };
            if !f.is_finite() {
                return Ok(None);
            }
            set_pos(c, pos(c) + bits);
            Ok(Some(term::float(h, f).map_err(oom)?))
        }
        BsGet::Binary => {
            let Some(bits) = bits_of(size)? else { return Ok(None) };
            if bits > rem {
                return Ok(None);
            }
            let orig = Term(c.boxed_word(3));
            let t = sub_binary(h, orig, pos(c), bits).map_err(oom)?;
            set_pos(c, pos(c) + bits);
            Ok(Some(t))
        }
        BsGet::Skip => {
            let Some(bits) = bits_of(size)? else { return Ok(None) };
            if bits > rem {
                return Ok(None);
            }
            set_pos(c, pos(c) + bits);
            Ok(Some(Term::NIL))
        }
        BsGet::Utf8 => {
            let d = data(c);
            let p0 = pos(c);
            let byte = |i: usize| get_bits(d, p0 + 8 * i, 8) as u32;
            if rem < 8 {
                return Ok(None);
            }
            let b0 = byte(0);
            let (n, init) = match b0 {
                0..=0x7F => (1, b0),
                0xC2..=0xDF => (2, b0 & 0x1F),
                0xE0..=0xEF => (3, b0 & 0x0F),
                0xF0..=0xF4 => (4, b0 & 0x07),
                _ => return Ok(None),
            };
            if rem < 8 * n {
                return Ok(None);
            }
            let mut cp = init;
            for i in 1..n {
                let b = byte(i);
                if b & 0xC0 != 0x80 {
                    return Ok(None);
                }
                cp = (cp << 6) | (b & 0x3F);
            }
            let min = [0, 0, 0x80, 0x800, 0x10000][n];
            if cp < min || cp > 0x10FFFF || (0xD800..=0xDFFF).contains(&cp) {
                return Ok(None);
            }
            set_pos(c, p0 + 8 * n);
            Ok(Some(Term::small(cp as isize)))
        }
        BsGet::Utf16 => {
            if rem < 16 {
                return Ok(None);
            }
            let little =
                flags & bsflags::LITTLE != 0 || (flags & bsflags::NATIVE != 0 && cfg!(target_endian = "little"));
            let d = data(c);
            let p0 = pos(c);
            let unit16 = |i: usize| {
                let w = get_bits(d, p0 + 16 * i, 16) as u16;
                if little {
                    w.swap_bytes()
                } else {
                    w
                }
            };
            let w1 = unit16(0) as u32;
            if (0xD800..=0xDBFF).contains(&w1) {
                if rem < 32 {
                    return Ok(None);
                }
                let w2 = unit16(1) as u32;
                if !(0xDC00..=0xDFFF).contains(&w2) {
                    return Ok(None);
                }
                set_pos(c, p0 + 32);
                return Ok(Some(Term::small((0x10000 + ((w1 - 0xD800) << 10) + (w2 - 0xDC00)) as isize)));
            }
            if (0xDC00..=0xDFFF).contains(&w1) {
                return Ok(None);
            }
            set_pos(c, p0 + 16);
            Ok(Some(Term::small(w1 as isize)))
        }
        BsGet::Utf32 => {
            if rem < 32 {
                return Ok(None);
            }
            let little =
                flags & bsflags::LITTLE != 0 || (flags & bsflags::NATIVE != 0 && cfg!(target_endian = "little"));
            let mut v = get_bits(data(c), pos(c), 32) as u32;
            if little {
                v = v.swap_bytes();
            }
            if v > 0x10FFFF || (0xD800..=0xDFFF).contains(&v) {
                return Ok(None);
            }
            set_pos(c, pos(c) + 32);
            Ok(Some(Term::small(v as isize)))
        }
    }
}

/// One command of `bs_match`: Ok(Some) writes a register, Err means no match.
pub fn match_cmd(h: &mut Heap, c: Term, cmd: &BsCmd) -> Result<Option<(Dst, Term)>, ()> {
    let rem = remaining(c);
    match *cmd {
        BsCmd::EnsureAtLeast { bits, unit } => {
            if rem < bits || (unit > 1 && (rem - bits) % unit as usize != 0) {
                return Err(());
            }
            Ok(None)
        }
        BsCmd::EnsureExactly { bits } => {
            if rem != bits {
                return Err(());
            }
            Ok(None)
        }
        BsCmd::Integer { flags, bits, dst } => {
            if rem < bits {
                return Err(());
            }
            if let Some(Some(v)) = get_small_integer(c, bits as isize, 1, flags) {
                return Ok(Some((dst, v)));
            }
            let v = read_integer(h, c, bits, flags).map_err(|_| ())?;
            Ok(Some((dst, v)))
        }
        BsCmd::Binary { bits, dst } => {
            if rem < bits {
                return Err(());
            }
            let orig = Term(c.boxed_word(3));
            let t = sub_binary(h, orig, pos(c), bits).map_err(|_| ())?;
            set_pos(c, pos(c) + bits);
            Ok(Some((dst, t)))
        }
        BsCmd::Skip { bits } => {
            if rem < bits {
                return Err(());
            }
            set_pos(c, pos(c) + bits);
            Ok(None)
        }
        BsCmd::GetTail { dst } => {
            let t = tail(h, c).map_err(|_| ())?;
            set_pos(c, end(c));
            Ok(Some((dst, t)))
        }
        BsCmd::Eq { bits, value } => {
            if rem < bits || get_bits(data(c), pos(c), bits) != value {
                return Err(());
            }
            set_pos(c, pos(c) + bits);
            Ok(None)
        }
    }
}

#[allow(dead_code)]
fn assert_binalloc<T: BinAlloc>() {}
