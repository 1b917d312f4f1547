//! Conversion to and from text in bases 2..=36 (`integer_to_list/2`,
//! `list_to_integer/2`).
//!
//! Power-of-two bases are converted bit by bit in linear time.  Other bases
//! work in chunks of `d` digits, where `base^d` is the largest power of the
//! base that fits in a limb, and large numbers are split recursively by
//! `base^(d * 2^k)` (divide and conquer, recursion depth `O(log n)`).

use super::add::add_assign;
use super::div::divrem_mag;
use super::mul::{mul_mag, mul_small_add};
use super::{cmp_mag, mag_bits, normalize, trim, BigInt, BigRef};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

const DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Magnitudes up to this many limbs are printed by repeated single-limb
/// division.
const TO_STR_DC_THRESHOLD: usize = 30;

/// Digit strings up to this many chunks are parsed by repeated single-limb
/// multiply-add.
const PARSE_DC_THRESHOLD_CHUNKS: usize = 40;

/// `(d, base^d)` for the largest `d` with `base^d <= u32::MAX`.
fn chunk(base: u32) -> (usize, u32) {
    let mut d = 1;
    let mut p = base;
    while let Some(next) = p.checked_mul(base) {
        p = next;
        d += 1;
    }
    (d, p)
}

/// `[B, B^2, B^4, ...]` (as magnitudes), squaring until
/// `stop(last, count)` holds.
fn powers(b: u32, stop: impl Fn(&[u32], usize) -> bool) -> Vec<Vec<u32>> {
    let mut ps: Vec<Vec<u32>> = vec![vec![b]];
    loop {
        let last = &ps[ps.len() - 1];
        if stop(last, ps.len()) {
            return ps;
        }
        let sq = mul_mag(last, last);
        ps.push(sq);
    }
}

/// Formats `a` in `base` with uppercase letters and a leading `-` for
/// negative numbers, like `integer_to_list/2`.
///
/// # Panics
/// If `base` is not in `2..=36`.
pub fn to_string_radix(a: BigRef<'_>, base: u32) -> String {
    assert!((2..=36).contains(&base), "radix out of range");
    let mut out: Vec<u8> = Vec::new();
    if a.neg {
        out.push(b'-');
    }
    if a.mag.is_empty() {
        out.push(b'0');
    } else if base.is_power_of_two() {
        write_pow2(a.mag, base.trailing_zeros(), &mut out);
    } else {
        let (d, b) = chunk(base);
        let x = a.mag;
        if x.len() <= TO_STR_DC_THRESHOLD {
            write_simple(x, base, d, b, 0, &mut out);
        } else {
            // Stop once last^2 surely exceeds x: it has at least
            // 2 * len - 1 limbs.
            let ps = powers(b, |last, _| 2 * last.len() - 1 > x.len());
            let level = ps.len();
            write_dc(x, level, &ps, base, d, b, 0, &mut out);
        }
    }
    // Only ASCII digits, letters and '-' were written.
    out.into_iter().map(char::from).collect()
}

/// Power-of-two base with `k` bits per digit.
fn write_pow2(mag: &[u32], k: u32, out: &mut Vec<u8>) {
    let bits = mag_bits(mag);
    let k = u64::from(k);
    let ndigits = bits.div_ceil(k);
    let mask = (1u64 << k) - 1;
    for i in (0..ndigits).rev() {
        let pos = i * k;
        let limb = (pos / 32) as usize;
        let sh = pos % 32;
        let mut w = u64::from(mag[limb]) >> sh;
        if sh + k > 32 {
            w |= u64::from(mag.get(limb + 1).copied().unwrap_or(0)) << (32 - sh);
        }
        out.push(DIGITS[(w & mask) as usize]);
    }
}

/// Repeated division by `b = base^d`; writes at least `pad` digits
/// (zero-padded on the left), or the minimal number if `pad == 0`.
fn write_simple(x: &[u32], base: u32, d: usize, b: u32, pad: usize, out: &mut Vec<u8>) {
    let mut cur = x.to_vec();
    let mut rev: Vec<u8> = Vec::new();
    while !cur.is_empty() {
        let mut r = div_small_in_place(&mut cur, b);
        normalize(&mut cur);
        for _ in 0..d {
            rev.push(DIGITS[(r % base) as usize]);
            r /= base;
        }
    }
    while rev.last() == Some(&b'0') {
        rev.pop();
    }
    if pad == 0 && rev.is_empty() {
        rev.push(b'0');
    }
    debug_assert!(pad == 0 || rev.len() <= pad);
    let zeros = pad.saturating_sub(rev.len());
    out.extend(core::iter::repeat_n(b'0', zeros));
    out.extend(rev.iter().rev());
}

/// In-place `cur /= b`, returning the remainder.
fn div_small_in_place(cur: &mut [u32], b: u32) -> u32 {
    let b = u64::from(b);
    let mut r = 0u64;
    for x in cur.iter_mut().rev() {
        let v = (r << 32) | u64::from(*x);
        *x = (v / b) as u32;
        r = v % b;
    }
    r as u32
}

/// Divide and conquer: requires `x < B^(2^level)`; `ps[i] == B^(2^i)`.
#[allow(clippy::too_many_arguments)]
fn write_dc(x: &[u32], level: usize, ps: &[Vec<u32>], base: u32, d: usize, b: u32, pad: usize, out: &mut Vec<u8>) {
    if level == 0 || x.len() <= TO_STR_DC_THRESHOLD {
        write_simple(x, base, d, b, pad, out);
        return;
    }
    let p = &ps[level - 1];
    if cmp_mag(x, p) == Ordering::Less {
        write_dc(x, level - 1, ps, base, d, b, pad, out);
        return;
    }
    let low = d << (level - 1);
    let (q, r) = divrem_mag(x, p);
    let qpad = if pad == 0 { 0 } else { pad - low };
    write_dc(&q, level - 1, ps, base, d, b, qpad, out);
    write_dc(&r, level - 1, ps, base, d, b, low, out);
}

/// Parses an optionally signed (`+`/`-`) string of digits in `base`
/// (either letter case), like `list_to_integer/2`.  Returns `None` for an
/// empty digit string, an invalid digit, or a base outside `2..=36`.
pub fn parse_radix(s: &[u8], base: u32) -> Option<BigInt> {
    if !(2..=36).contains(&base) {
        return None;
    }
    let (neg, digits) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, s),
    };
    if digits.is_empty() {
        return None;
    }
    let mut vals = Vec::with_capacity(digits.len());
    for &c in digits {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'a'..=b'z' => u32::from(c - b'a') + 10,
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return None,
        };
        if v >= base {
            return None;
        }
        vals.push(v as u8);
    }
    // Leading zeros cost nothing but time.
    let first = vals.iter().position(|&v| v != 0).unwrap_or(vals.len());
    let vals = &vals[first..];
    let mag = if base.is_power_of_two() {
        parse_pow2(vals, base.trailing_zeros())
    } else {
        let (d, b) = chunk(base);
        let nchunks = vals.len().div_ceil(d);
        if nchunks <= PARSE_DC_THRESHOLD_CHUNKS {
            parse_simple(vals, base, d, b)
        } else {
            // Level L covers d * 2^L digits.
            let ps = powers(b, |_, len| d << len >= vals.len());
            parse_dc(vals, ps.len(), &ps, base, d, b)
        }
    };
    Some(BigInt::from_vec(neg, mag))
}

fn parse_pow2(vals: &[u8], k: u32) -> Vec<u32> {
    let total = vals.len() as u64 * u64::from(k);
    let mut mag = vec![0u32; total.div_ceil(32) as usize];
    for (i, &v) in vals.iter().rev().enumerate() {
        let pos = i as u64 * u64::from(k);
        let limb = (pos / 32) as usize;
        let sh = (pos % 32) as u32;
        mag[limb] |= u32::from(v) << sh;
        if sh + k > 32 {
            mag[limb + 1] |= u32::from(v) >> (32 - sh);
        }
    }
    normalize(&mut mag);
    mag
}

/// Chunked Horner evaluation: `x = x * B + chunk`.
fn parse_simple(vals: &[u8], base: u32, d: usize, b: u32) -> Vec<u32> {
    let mut mag: Vec<u32> = Vec::new();
    let head = vals.len() % d;
    let (first, rest) = vals.split_at(head);
    let fold = |c: &[u8]| c.iter().fold(0u32, |acc, &v| acc * base + u32::from(v));
    if !first.is_empty() {
        mul_small_add(&mut mag, 1, fold(first));
    }
    for c in rest.chunks(d) {
        mul_small_add(&mut mag, b, fold(c));
    }
    normalize(&mut mag);
    mag
}

/// Divide and conquer: requires `vals.len() <= d * 2^level`.
fn parse_dc(vals: &[u8], level: usize, ps: &[Vec<u32>], base: u32, d: usize, b: u32) -> Vec<u32> {
    if level == 0 || vals.len().div_ceil(d) <= PARSE_DC_THRESHOLD_CHUNKS {
        return parse_simple(vals, base, d, b);
    }
    let low = d << (level - 1);
    if vals.len() <= low {
        return parse_dc(vals, level - 1, ps, base, d, b);
    }
    let (hi, lo) = vals.split_at(vals.len() - low);
    let hi = parse_dc(hi, level - 1, ps, base, d, b);
    let lo = parse_dc(lo, level - 1, ps, base, d, b);
    let mut x = mul_mag(&hi, &ps[level - 1]);
    if x.len() < lo.len() {
        x.resize(lo.len(), 0);
    }
    let carry = add_assign(&mut x, trim(&lo));
    if carry {
        x.push(1);
    }
    normalize(&mut x);
    x
}
