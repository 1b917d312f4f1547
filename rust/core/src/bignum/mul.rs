//! Multiplication: schoolbook below a threshold, Karatsuba above it.

use super::add::{add_assign, add_mag, sub_assign};
use super::{normalize, trim, BigInt, BigRef};
use alloc::vec;
use alloc::vec::Vec;

/// Operand length (in limbs, of the shorter operand) from which Karatsuba
/// is used.
const KARATSUBA_THRESHOLD: usize = 32;

/// `out += a * b` where `out.len() >= a.len() + b.len()` and the top
/// `b.len()` limbs of the product window are still zero.
fn schoolbook(out: &mut [u32], a: &[u32], b: &[u32]) {
    for (j, &bj) in b.iter().enumerate() {
        if bj == 0 {
            continue;
        }
        let bj = u64::from(bj);
        let mut carry = 0u64;
        for (o, &ai) in out[j..j + a.len()].iter_mut().zip(a) {
            let t = u64::from(ai) * bj + u64::from(*o) + carry;
            *o = t as u32;
            carry = t >> 32;
        }
        out[j + a.len()] = carry as u32;
    }
}

/// `out = a * b`; `out` must be zeroed and exactly `a.len() + b.len()` long.
fn mul_into(out: &mut [u32], a: &[u32], b: &[u32]) {
    debug_assert_eq!(out.len(), a.len() + b.len());
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.len() < KARATSUBA_THRESHOLD {
        schoolbook(out, a, b);
        return;
    }
    if a.len() >= 2 * b.len() {
        // Unbalanced: multiply `b` by `b.len()`-sized slices of `a`.
        let n = b.len();
        let mut tmp = vec![0u32; 2 * n];
        for (i, chunk) in a.chunks(n).enumerate() {
            let t = &mut tmp[..chunk.len() + n];
            t.fill(0);
            mul_into(t, chunk, b);
            let carry = add_assign(&mut out[i * n..], trim(t));
            debug_assert!(!carry);
        }
        return;
    }
    karatsuba(out, a, b);
}

/// Karatsuba step for `b.len() <= a.len() < 2 * b.len()`.
fn karatsuba(out: &mut [u32], a: &[u32], b: &[u32]) {
    let m = a.len() / 2;
    let (a0, a1) = a.split_at(m);
    let (b0, b1) = b.split_at(m);
    // z0 = a0*b0 into out[..2m], z2 = a1*b1 into out[2m..].
    {
        let (lo, hi) = out.split_at_mut(2 * m);
        mul_into(lo, a0, b0);
        mul_into(hi, a1, b1);
    }
    // z1 = (a0 + a1)(b0 + b1) - z0 - z2, added at offset m.
    let sa = add_mag(trim(a0), a1);
    let sb = add_mag(trim(b0), b1);
    let mut mid = vec![0u32; sa.len() + sb.len()];
    mul_into(&mut mid, &sa, &sb);
    let borrow0 = sub_assign(&mut mid, trim(&out[..2 * m]));
    let borrow2 = sub_assign(&mut mid, trim(&out[2 * m..]));
    debug_assert!(!borrow0 && !borrow2);
    let carry = add_assign(&mut out[m..], trim(&mid));
    debug_assert!(!carry);
}

/// `|a| * |b|`, normalized.
pub(crate) fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    mul_into(&mut out, a, b);
    normalize(&mut out);
    out
}

/// `v = v * m + add` in place (single-limb multiply-accumulate).
pub(crate) fn mul_small_add(v: &mut Vec<u32>, m: u32, add: u32) {
    let m = u64::from(m);
    let mut carry = u64::from(add);
    for x in v.iter_mut() {
        let t = u64::from(*x) * m + carry;
        *x = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        v.push(carry as u32);
    }
}

/// `a * b`.
pub fn mul(a: BigRef<'_>, b: BigRef<'_>) -> BigInt {
    BigInt::from_vec(a.neg != b.neg, mul_mag(a.mag, b.mag))
}

/// `base ^ exp` by repeated squaring (`0 ^ 0 == 1`).
pub fn pow(base: BigRef<'_>, mut exp: u32) -> BigInt {
    let neg = base.neg && exp & 1 == 1;
    let mut result: Vec<u32> = vec![1];
    let mut sq: Vec<u32> = base.mag.to_vec();
    while exp != 0 {
        if exp & 1 == 1 {
            result = mul_mag(&result, &sq);
        }
        exp >>= 1;
        if exp != 0 {
            sq = mul_mag(&sq, &sq);
        }
    }
    BigInt::from_vec(neg, result)
}
