//! Division with Erlang semantics: `div` truncates toward zero and `rem`
//! takes the sign of the dividend.

use super::{cmp_mag, normalize, BigInt, BigRef};
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// `|a| / d` and `|a| % d` for a single-limb divisor `d != 0`.
pub(crate) fn divrem_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    debug_assert!(d != 0);
    let mut q = vec![0u32; a.len()];
    let r = divrem_small_in_place(&mut q, a, d);
    normalize(&mut q);
    (q, r)
}

/// Writes `a / d` into `q` (same length as `a`) and returns `a % d`.
fn divrem_small_in_place(q: &mut [u32], a: &[u32], d: u32) -> u32 {
    let d = u64::from(d);
    let mut r = 0u64;
    for (qi, &ai) in q.iter_mut().zip(a).rev() {
        let cur = (r << 32) | u64::from(ai);
        *qi = (cur / d) as u32;
        r = cur % d;
    }
    r as u32
}

/// Knuth's algorithm D: `(|a| / |b|, |a| % |b|)` for `b.len() >= 2` and
/// `a.len() >= b.len()`.  Both results are normalized.
fn knuth_d(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = b.len();
    let m = a.len() - n;
    debug_assert!(n >= 2);
    let s = b[n - 1].leading_zeros();
    // Normalize so the divisor's top bit is set.
    let mut v = vec![0u32; n];
    let mut u = vec![0u32; a.len() + 1];
    shl_bits_into(&mut v, b, s);
    shl_bits_into(&mut u, a, s);
    let vtop = u64::from(v[n - 1]);
    let vnext = u64::from(v[n - 2]);
    let mut q = vec![0u32; m + 1];
    const B: u64 = 1 << 32;
    for j in (0..=m).rev() {
        let num = (u64::from(u[j + n]) << 32) | u64::from(u[j + n - 1]);
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >= B || qhat * vnext > ((rhat << 32) | u64::from(u[j + n - 2])) {
            qhat -= 1;
            rhat += vtop;
            if rhat >= B {
                break;
            }
        }
        debug_assert!(qhat < B);
        // u[j..=j+n] -= qhat * v, with a signed running borrow `k`.
        let window = &mut u[j..=j + n];
        let mut k: i64 = 0;
        for (x, &vi) in window[..n].iter_mut().zip(&v) {
            let p = qhat * u64::from(vi);
            let t = i64::from(*x) - k - (p & 0xFFFF_FFFF) as i64;
            *x = t as u32;
            k = (p >> 32) as i64 - (t >> 32);
        }
        let t = i64::from(window[n]) - k;
        window[n] = t as u32;
        if t < 0 {
            // qhat was one too large: add v back.
            qhat -= 1;
            let mut c = 0u64;
            for (x, &vi) in window[..n].iter_mut().zip(&v) {
                let t = u64::from(*x) + u64::from(vi) + c;
                *x = t as u32;
                c = t >> 32;
            }
            window[n] = window[n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    normalize(&mut q);
    // Remainder is u[..n] >> s.
    let mut r = vec![0u32; n];
    if s == 0 {
        r.copy_from_slice(&u[..n]);
    } else {
        for (ri, w) in r.iter_mut().zip(u.windows(2)) {
            *ri = (w[0] >> s) | (w[1] << (32 - s));
        }
    }
    normalize(&mut r);
    (q, r)
}

/// `dst[..] = src << s` for `s < 32`; `dst.len()` must be `src.len()` or
/// `src.len() + 1` (the extra limb receives the spilled bits).
fn shl_bits_into(dst: &mut [u32], src: &[u32], s: u32) {
    if s == 0 {
        dst[..src.len()].copy_from_slice(src);
        if dst.len() > src.len() {
            dst[src.len()] = 0;
        }
        return;
    }
    let mut carry = 0u32;
    for (d, &x) in dst.iter_mut().zip(src) {
        *d = (x << s) | carry;
        carry = x >> (32 - s);
    }
    if dst.len() > src.len() {
        dst[src.len()] = carry;
    } else {
        debug_assert_eq!(carry, 0);
    }
}

/// `(|a| / |b|, |a| % |b|)` for non-zero `b`, both normalized.
pub(crate) fn divrem_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    debug_assert!(!b.is_empty());
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divrem_small(a, b[0]);
        let r = if r == 0 { Vec::new() } else { vec![r] };
        return (q, r);
    }
    knuth_d(a, b)
}

/// Truncating division and remainder, `(a div b, a rem b)`; `None` if `b`
/// is zero (Erlang raises `badarith`).
pub fn divrem(a: BigRef<'_>, b: BigRef<'_>) -> Option<(BigInt, BigInt)> {
    if b.mag.is_empty() {
        return None;
    }
    let (q, r) = divrem_mag(a.mag, b.mag);
    Some((BigInt::from_vec(a.neg != b.neg, q), BigInt::from_vec(a.neg, r)))
}

/// `a div b` (truncates toward zero); `None` if `b` is zero.
pub fn div(a: BigRef<'_>, b: BigRef<'_>) -> Option<BigInt> {
    divrem(a, b).map(|(q, _)| q)
}

/// `a rem b` (sign of the dividend); `None` if `b` is zero.
pub fn rem(a: BigRef<'_>, b: BigRef<'_>) -> Option<BigInt> {
    if b.mag.is_empty() {
        return None;
    }
    if b.mag.len() == 1 {
        // Avoid building the quotient's limbs twice over.
        let d = u64::from(b.mag[0]);
        let r = a.mag.iter().rev().fold(0u64, |r, &x| ((r << 32) | u64::from(x)) % d);
        return Some(BigInt::from_vec(a.neg, vec![r as u32]));
    }
    divrem(a, b).map(|(_, r)| r)
}
