//! Bitwise operations and shifts with Erlang's semantics: integers behave
//! as infinitely sign-extended two's-complement bit strings.

use super::add::{dec_mag, inc_mag};
use super::{mag_bits, normalize, BigInt, BigRef};
use alloc::vec;
use alloc::vec::Vec;

/// Two's-complement negation of a fixed-width limb vector, in place.
fn negate_in_place(v: &mut [u32]) {
    let mut carry = true;
    for x in v.iter_mut() {
        let (s, c) = (!*x).overflowing_add(u32::from(carry));
        *x = s;
        carry = c;
    }
}

/// `a` as `n` limbs of two's complement (`n` must exceed `a.mag.len()`).
fn to_twos(a: BigRef<'_>, n: usize) -> Vec<u32> {
    let mut v = vec![0u32; n];
    v[..a.mag.len()].copy_from_slice(a.mag);
    if a.neg {
        negate_in_place(&mut v);
    }
    v
}

/// Converts `n` limbs of two's complement (sign given separately, since it
/// is the sign of the infinite extension) back to sign and magnitude.
fn from_twos(mut v: Vec<u32>, neg: bool) -> BigInt {
    if neg {
        negate_in_place(&mut v);
    }
    BigInt::from_vec(neg, v)
}

fn bitop(a: BigRef<'_>, b: BigRef<'_>, op: impl Fn(u32, u32) -> u32, sign: bool) -> BigInt {
    if !a.neg && !b.neg {
        // Fast path: plain magnitudes, no conversion.
        let n = a.mag.len().max(b.mag.len());
        let v = (0..n).map(|i| op(a.mag.get(i).copied().unwrap_or(0), b.mag.get(i).copied().unwrap_or(0))).collect();
        return BigInt::from_vec(sign, v);
    }
    // One extra limb so the sign bit of every operand is represented.
    let n = a.mag.len().max(b.mag.len()) + 1;
    let mut x = to_twos(a, n);
    let y = to_twos(b, n);
    for (p, &q) in x.iter_mut().zip(&y) {
        *p = op(*p, q);
    }
    from_twos(x, sign)
}

/// `a band b`.
pub fn band(a: BigRef<'_>, b: BigRef<'_>) -> BigInt {
    bitop(a, b, |x, y| x & y, a.neg & b.neg)
}

/// `a bor b`.
pub fn bor(a: BigRef<'_>, b: BigRef<'_>) -> BigInt {
    bitop(a, b, |x, y| x | y, a.neg | b.neg)
}

/// `a bxor b`.
pub fn bxor(a: BigRef<'_>, b: BigRef<'_>) -> BigInt {
    bitop(a, b, |x, y| x ^ y, a.neg ^ b.neg)
}

/// `bnot a`, i.e. `-a - 1`.
pub fn bnot(a: BigRef<'_>) -> BigInt {
    let mut v = a.mag.to_vec();
    if a.neg {
        dec_mag(&mut v);
        BigInt::from_vec(false, v)
    } else {
        inc_mag(&mut v);
        BigInt::from_vec(true, v)
    }
}

/// `|a| << n`, sign preserved.  Panics if the result's limb count does not
/// fit in `usize` (use [`checked_shl`] to bound the size).
fn shl_u64(a: BigRef<'_>, n: u64) -> BigInt {
    if a.mag.is_empty() {
        return BigInt::zero();
    }
    let limbs = usize::try_from(n / 32).expect("bignum shift too large");
    let bits = (n % 32) as u32;
    let cap = limbs.checked_add(a.mag.len() + 1).expect("bignum shift too large");
    let mut v = Vec::with_capacity(cap);
    v.resize(limbs, 0);
    if bits == 0 {
        v.extend_from_slice(a.mag);
    } else {
        let mut carry = 0u32;
        for &x in a.mag {
            v.push((x << bits) | carry);
            carry = x >> (32 - bits);
        }
        v.push(carry);
    }
    BigInt::from_vec(a.neg, v)
}

/// Arithmetic right shift by `n` bits: floor(a / 2^n).
fn shr_u64(a: BigRef<'_>, n: u64) -> BigInt {
    let len = a.mag.len();
    let limbs = usize::try_from(n / 32).unwrap_or(usize::MAX);
    if limbs >= len {
        return if a.neg { BigInt::from_i64(-1) } else { BigInt::zero() };
    }
    let bits = (n % 32) as u32;
    let mut v: Vec<u32> = if bits == 0 {
        a.mag[limbs..].to_vec()
    } else {
        let src = &a.mag[limbs..];
        let mut out = Vec::with_capacity(src.len());
        for (i, &x) in src.iter().enumerate() {
            let hi = src.get(i + 1).copied().unwrap_or(0);
            out.push((x >> bits) | (hi << (32 - bits)));
        }
        out
    };
    normalize(&mut v);
    if a.neg {
        // Rounding toward -infinity: if any 1 bit was shifted out, the
        // magnitude of the (negative) result grows by one.
        let lost = a.mag[..limbs].iter().any(|&x| x != 0) || (bits != 0 && a.mag[limbs] & ((1u32 << bits) - 1) != 0);
        if lost {
            inc_mag(&mut v);
        }
    }
    BigInt::from_vec(a.neg, v)
}

/// `a bsl n`; a negative `n` shifts right.  Shifting left by an absurd
/// amount exhausts memory: the VM should use [`checked_shl`].
pub fn bsl(a: BigRef<'_>, n: i64) -> BigInt {
    if n >= 0 {
        shl_u64(a, n as u64)
    } else {
        shr_u64(a, n.unsigned_abs())
    }
}

/// `a bsr n` (rounds toward negative infinity, so `-1 bsr 10 == -1`); a
/// negative `n` shifts left.
pub fn bsr(a: BigRef<'_>, n: i64) -> BigInt {
    if n >= 0 {
        shr_u64(a, n as u64)
    } else {
        shl_u64(a, n.unsigned_abs())
    }
}

/// `a bsl n`, or `None` if the result's magnitude would need more than
/// `max_bits` bits (Erlang raises `system_limit`).  A negative `n` shifts
/// right and always succeeds.
pub fn checked_shl(a: BigRef<'_>, n: i64, max_bits: u64) -> Option<BigInt> {
    if n > 0 && !a.mag.is_empty() && mag_bits(a.mag).saturating_add(n as u64) > max_bits {
        return None;
    }
    Some(bsl(a, n))
}

/// `a bsr n`, or `None` if `n` is negative and the left shift would exceed
/// `max_bits` bits of magnitude.
pub fn checked_shr(a: BigRef<'_>, n: i64, max_bits: u64) -> Option<BigInt> {
    if n < 0 && !a.mag.is_empty() && mag_bits(a.mag).saturating_add(n.unsigned_abs()) > max_bits {
        return None;
    }
    Some(bsr(a, n))
}
