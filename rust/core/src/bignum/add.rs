//! Addition and subtraction.

use super::{cmp_mag, normalize, BigInt, BigRef};
use alloc::vec::Vec;
use core::cmp::Ordering;

/// `|a| + |b|`, normalized.
pub(crate) fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in long.iter().enumerate() {
        let y = short.get(i).copied().unwrap_or(0);
        let s = u64::from(x) + u64::from(y) + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// `|a| - |b|` for `|a| >= |b|`, normalized.
pub(crate) fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    debug_assert!(cmp_mag(a, b) != Ordering::Less);
    let mut out = a.to_vec();
    let borrow = sub_assign(&mut out, b);
    debug_assert!(!borrow);
    normalize(&mut out);
    out
}

/// `acc += b` in place over `acc`'s length; returns the carry out of the
/// top limb.  Requires `acc.len() >= b.len()`.
pub(crate) fn add_assign(acc: &mut [u32], b: &[u32]) -> bool {
    debug_assert!(acc.len() >= b.len());
    let mut carry = 0u64;
    let (lo, hi) = acc.split_at_mut(b.len());
    for (x, &y) in lo.iter_mut().zip(b) {
        let s = u64::from(*x) + u64::from(y) + carry;
        *x = s as u32;
        carry = s >> 32;
    }
    if carry != 0 {
        for x in hi {
            let (s, c) = x.overflowing_add(1);
            *x = s;
            if !c {
                return false;
            }
        }
        return true;
    }
    false
}

/// `acc -= b` in place over `acc`'s length; returns the borrow out of the
/// top limb.  Requires `acc.len() >= b.len()`.
pub(crate) fn sub_assign(acc: &mut [u32], b: &[u32]) -> bool {
    debug_assert!(acc.len() >= b.len());
    let mut borrow = false;
    let (lo, hi) = acc.split_at_mut(b.len());
    for (x, &y) in lo.iter_mut().zip(b) {
        let (d1, b1) = x.overflowing_sub(y);
        let (d2, b2) = d1.overflowing_sub(u32::from(borrow));
        *x = d2;
        borrow = b1 | b2;
    }
    if borrow {
        for x in hi {
            let (d, b) = x.overflowing_sub(1);
            *x = d;
            if !b {
                return false;
            }
        }
        return true;
    }
    false
}

/// Adds 1 to a magnitude in place (growing it if needed).
pub(crate) fn inc_mag(v: &mut Vec<u32>) {
    for x in v.iter_mut() {
        let (s, c) = x.overflowing_add(1);
        *x = s;
        if !c {
            return;
        }
    }
    v.push(1);
}

/// Subtracts 1 from a non-zero magnitude in place and normalizes.
pub(crate) fn dec_mag(v: &mut Vec<u32>) {
    debug_assert!(!v.is_empty());
    for x in v.iter_mut() {
        let (d, b) = x.overflowing_sub(1);
        *x = d;
        if !b {
            break;
        }
    }
    normalize(v);
}

/// Sum of `|a|` carrying sign `a_neg` and `|b|` carrying sign `b_neg`.
fn signed_add(a_neg: bool, a: &[u32], b_neg: bool, b: &[u32]) -> BigInt {
    if a_neg == b_neg {
        return BigInt::from_vec(a_neg, add_mag(a, b));
    }
    match cmp_mag(a, b) {
        Ordering::Equal => BigInt::zero(),
        Ordering::Greater => BigInt::from_vec(a_neg, sub_mag(a, b)),
        Ordering::Less => BigInt::from_vec(b_neg, sub_mag(b, a)),
    }
}

/// `a + b`.
pub fn add(a: BigRef<'_>, b: BigRef<'_>) -> BigInt {
    signed_add(a.neg, a.mag, b.neg, b.mag)
}

/// `a - b`.
pub fn sub(a: BigRef<'_>, b: BigRef<'_>) -> BigInt {
    signed_add(a.neg, a.mag, !b.neg, b.mag)
}
