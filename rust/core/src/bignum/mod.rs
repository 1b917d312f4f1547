//! Arbitrary-precision signed integers with Erlang semantics.
//!
//! A bignum is a sign plus a little-endian magnitude of `u32` limbs, the same
//! layout the VM uses on its heap, so 32-bit and 64-bit builds share one
//! implementation.  [`BigInt`] owns its limbs; [`BigRef`] borrows them (for
//! example straight from a heap object) so operations never have to copy
//! their inputs.  Every operation takes `BigRef`s and returns a fresh,
//! normalized `BigInt`.
//!
//! Normalized form: no high zero limbs, and zero is non-negative with an
//! empty magnitude.  All constructors normalize.
//!
//! Nothing here recurses to a depth that depends on the input size, except
//! Karatsuba multiplication and divide-and-conquer radix conversion, whose
//! depth is logarithmic.

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

mod add;
mod bitwise;
mod div;
#[cfg(test)]
mod erl_vectors;
mod float;
mod mul;
mod ops;
mod radix;
#[cfg(test)]
mod tests;

pub use add::{add, sub};
pub use bitwise::{band, bnot, bor, bsl, bsr, bxor, checked_shl, checked_shr};
pub use div::{div, divrem, rem};
pub use float::{cmp_f64, from_f64_ceil, from_f64_floor, from_f64_round, from_f64_trunc, to_f64, to_f64_otp};
pub use mul::{mul, pow};
pub use radix::{parse_radix, to_string_radix};

/// Bits per limb.
pub const LIMB_BITS: u32 = 32;

/// An owned, normalized arbitrary-precision integer.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

/// A borrowed, normalized view of an integer: sign plus little-endian limbs.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct BigRef<'a> {
    neg: bool,
    mag: &'a [u32],
}

/// Drops high zero limbs from a magnitude slice.
#[inline]
pub(crate) fn trim(mut mag: &[u32]) -> &[u32] {
    while let [rest @ .., 0] = mag {
        mag = rest;
    }
    mag
}

/// Drops high zero limbs from an owned magnitude.
#[inline]
pub(crate) fn normalize(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

/// Compares two normalized magnitudes.
pub(crate) fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x.cmp(y);
        }
    }
    Ordering::Equal
}

/// Number of significant bits of a normalized magnitude.
#[inline]
pub(crate) fn mag_bits(mag: &[u32]) -> u64 {
    match mag.last() {
        None => 0,
        Some(&top) => (mag.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
    }
}

fn u64_limbs(v: u64) -> Vec<u32> {
    let mut mag = alloc::vec![v as u32, (v >> 32) as u32];
    normalize(&mut mag);
    mag
}

fn u128_limbs(v: u128) -> Vec<u32> {
    let mut mag = alloc::vec![v as u32, (v >> 32) as u32, (v >> 64) as u32, (v >> 96) as u32];
    normalize(&mut mag);
    mag
}

impl BigInt {
    /// Zero.
    pub const fn zero() -> BigInt {
        BigInt { neg: false, mag: Vec::new() }
    }

    /// Builds from a sign and an owned magnitude, normalizing it.
    pub fn from_vec(neg: bool, mut mag: Vec<u32>) -> BigInt {
        normalize(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    /// Builds from a sign and little-endian limbs (high zero limbs allowed).
    pub fn from_limbs(neg: bool, limbs: &[u32]) -> BigInt {
        let mag = trim(limbs);
        BigInt { neg: neg && !mag.is_empty(), mag: mag.to_vec() }
    }

    pub fn from_u64(v: u64) -> BigInt {
        BigInt { neg: false, mag: u64_limbs(v) }
    }

    pub fn from_i64(v: i64) -> BigInt {
        BigInt { neg: v < 0, mag: u64_limbs(v.unsigned_abs()) }
    }

    pub fn from_u128(v: u128) -> BigInt {
        BigInt { neg: false, mag: u128_limbs(v) }
    }

    pub fn from_i128(v: i128) -> BigInt {
        BigInt { neg: v < 0, mag: u128_limbs(v.unsigned_abs()) }
    }

    /// Borrowed view of this integer.
    #[inline]
    pub fn as_ref(&self) -> BigRef<'_> {
        BigRef { neg: self.neg, mag: &self.mag }
    }

    /// Little-endian magnitude limbs (empty for zero).
    #[inline]
    pub fn limbs(&self) -> &[u32] {
        &self.mag
    }

    #[inline]
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    #[inline]
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// Consumes the integer, returning `(negative, magnitude)`.
    pub fn into_parts(self) -> (bool, Vec<u32>) {
        (self.neg, self.mag)
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.as_ref().to_i64()
    }

    pub fn to_u64(&self) -> Option<u64> {
        self.as_ref().to_u64()
    }

    pub fn to_i128(&self) -> Option<i128> {
        self.as_ref().to_i128()
    }

    /// See [`BigRef::fits_in`].
    pub fn fits_in(&self, bits: u32) -> bool {
        self.as_ref().fits_in(bits)
    }

    /// See [`BigRef::bit_length`].
    pub fn bit_length(&self) -> u64 {
        self.as_ref().bit_length()
    }

    /// Absolute value.
    pub fn abs(&self) -> BigInt {
        abs(self.as_ref())
    }

    /// `self` raised to `exp` by repeated squaring.
    pub fn pow(&self, exp: u32) -> BigInt {
        pow(self.as_ref(), exp)
    }

    /// See [`to_f64`].
    pub fn to_f64(&self) -> Option<f64> {
        to_f64(self.as_ref())
    }

    /// See [`cmp_f64`].
    pub fn cmp_f64(&self, f: f64) -> Ordering {
        cmp_f64(self.as_ref(), f)
    }

    /// See [`checked_shl`].
    pub fn checked_shl(&self, n: i64, max_bits: u64) -> Option<BigInt> {
        checked_shl(self.as_ref(), n, max_bits)
    }

    /// See [`to_string_radix`].
    pub fn to_string_radix(&self, base: u32) -> String {
        to_string_radix(self.as_ref(), base)
    }

    /// See [`parse_radix`].
    pub fn parse_radix(s: &[u8], base: u32) -> Option<BigInt> {
        parse_radix(s, base)
    }

    /// See [`from_f64_trunc`].
    pub fn from_f64_trunc(f: f64) -> Option<BigInt> {
        from_f64_trunc(f)
    }
}

impl<'a> BigRef<'a> {
    /// A view of `limbs` (little-endian magnitude) with the given sign.
    /// High zero limbs are ignored and a zero value is never negative.
    #[inline]
    pub fn new(neg: bool, limbs: &'a [u32]) -> BigRef<'a> {
        let mag = trim(limbs);
        BigRef { neg: neg && !mag.is_empty(), mag }
    }

    /// Little-endian magnitude limbs (empty for zero).
    #[inline]
    pub fn limbs(self) -> &'a [u32] {
        self.mag
    }

    #[inline]
    pub fn is_negative(self) -> bool {
        self.neg
    }

    #[inline]
    pub fn is_zero(self) -> bool {
        self.mag.is_empty()
    }

    /// Copies the view into an owned integer.
    pub fn to_bigint(self) -> BigInt {
        BigInt { neg: self.neg, mag: self.mag.to_vec() }
    }

    fn mag_u128(self) -> Option<u128> {
        if self.mag.len() > 4 {
            return None;
        }
        Some(self.mag.iter().rev().fold(0u128, |acc, &l| (acc << 32) | u128::from(l)))
    }

    pub fn to_i64(self) -> Option<i64> {
        let m = self.mag_u128()?;
        if self.neg {
            if m <= 1u128 << 63 {
                Some((m as u64).wrapping_neg() as i64)
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }

    pub fn to_u64(self) -> Option<u64> {
        if self.neg {
            return None;
        }
        u64::try_from(self.mag_u128()?).ok()
    }

    pub fn to_i128(self) -> Option<i128> {
        let m = self.mag_u128()?;
        if self.neg {
            if m <= 1u128 << 127 {
                Some(m.wrapping_neg() as i128)
            } else {
                None
            }
        } else {
            i128::try_from(m).ok()
        }
    }

    /// Number of significant bits of the magnitude `|self|` (0 for zero).
    #[inline]
    pub fn bit_length(self) -> u64 {
        mag_bits(self.mag)
    }

    /// True if the value fits in a `bits`-wide two's-complement signed
    /// integer, i.e. `-2^(bits-1) <= self < 2^(bits-1)`.  Zero fits in any
    /// width, including 0.
    pub fn fits_in(self, bits: u32) -> bool {
        if self.mag.is_empty() {
            return true;
        }
        if bits == 0 {
            return false;
        }
        let len = self.bit_length();
        let limit = u64::from(bits) - 1;
        if len <= limit {
            return true;
        }
        // -2^(bits-1) is the only value needing exactly `bits` bits of
        // magnitude that still fits.
        self.neg && len == limit + 1 && self.is_power_of_two()
    }

    /// True if `|self|` is a power of two.
    pub(crate) fn is_power_of_two(self) -> bool {
        match self.mag.split_last() {
            None => false,
            Some((top, rest)) => top.is_power_of_two() && rest.iter().all(|&l| l == 0),
        }
    }

    /// Absolute value.
    pub fn abs(self) -> BigInt {
        abs(self)
    }

    /// `self` raised to `exp` by repeated squaring.
    pub fn pow(self, exp: u32) -> BigInt {
        pow(self, exp)
    }

    /// See [`to_f64`].
    pub fn to_f64(self) -> Option<f64> {
        to_f64(self)
    }

    /// See [`cmp_f64`].
    pub fn cmp_f64(self, f: f64) -> Ordering {
        cmp_f64(self, f)
    }

    /// See [`checked_shl`].
    pub fn checked_shl(self, n: i64, max_bits: u64) -> Option<BigInt> {
        checked_shl(self, n, max_bits)
    }

    /// See [`to_string_radix`].
    pub fn to_string_radix(self, base: u32) -> String {
        to_string_radix(self, base)
    }
}

impl<'a> From<&'a BigInt> for BigRef<'a> {
    #[inline]
    fn from(b: &'a BigInt) -> BigRef<'a> {
        b.as_ref()
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> BigInt {
        BigInt::from_i64(v)
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> BigInt {
        BigInt::from_u64(v)
    }
}

impl From<i128> for BigInt {
    fn from(v: i128) -> BigInt {
        BigInt::from_i128(v)
    }
}

impl From<u128> for BigInt {
    fn from(v: u128) -> BigInt {
        BigInt::from_u128(v)
    }
}

/// Negation.
pub fn neg(a: BigRef<'_>) -> BigInt {
    BigInt { neg: !a.neg && !a.mag.is_empty(), mag: a.mag.to_vec() }
}

/// Absolute value.
pub fn abs(a: BigRef<'_>) -> BigInt {
    BigInt { neg: false, mag: a.mag.to_vec() }
}

/// Signed comparison.
pub fn cmp(a: BigRef<'_>, b: BigRef<'_>) -> Ordering {
    match (a.neg, b.neg) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => cmp_mag(a.mag, b.mag),
        (true, true) => cmp_mag(b.mag, a.mag),
    }
}

impl Ord for BigRef<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp(*self, *other)
    }
}

impl PartialOrd for BigRef<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(Ord::cmp(self, other))
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp(self.as_ref(), other.as_ref())
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(Ord::cmp(self, other))
    }
}

impl fmt::Display for BigRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_string_radix(*self, 10))
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_ref(), f)
    }
}

impl fmt::Debug for BigRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Debug for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_ref(), f)
    }
}
