//! Conversions between integers and `f64`, and exact mixed comparison.

use super::{cmp_mag, mag_bits, BigInt, BigRef};
use alloc::vec::Vec;
use core::cmp::Ordering;

/// `2^k` as an `f64`, for `0 <= k <= 1023`.
fn pow2(k: u64) -> f64 {
    debug_assert!(k <= 1023);
    f64::from_bits((k + 1023) << 52)
}

/// Bits `[lo, lo + 64)` of a magnitude as a `u64`.
fn bits_at(mag: &[u32], lo: u64) -> u64 {
    let limb = (lo / 32) as usize;
    let sh = (lo % 32) as u32;
    let get = |i: usize| u64::from(mag.get(i).copied().unwrap_or(0));
    let w = get(limb) | (get(limb + 1) << 32);
    if sh == 0 {
        w
    } else {
        (w >> sh) | (get(limb + 2) << (64 - sh))
    }
}

/// True if any of the low `n` bits of the magnitude is set.
fn any_low_bits(mag: &[u32], n: u64) -> bool {
    let limbs = (n / 32) as usize;
    let sh = (n % 32) as u32;
    mag[..limbs].iter().any(|&x| x != 0) || (sh != 0 && mag[limbs] & ((1u32 << sh) - 1) != 0)
}

/// Converts to the nearest `f64` (ties to even), or `None` if the result
/// would be infinite (Erlang raises an error instead).
///
/// This is the correctly rounded conversion.  OTP 25's own conversion
/// (`float/1`, mixed arithmetic) can differ in the last bit for integers
/// wider than 64 bits; see [`to_f64_otp`].
pub fn to_f64(a: BigRef<'_>) -> Option<f64> {
    let bits = mag_bits(a.mag);
    let m = if bits <= 64 {
        bits_at(a.mag, 0) as f64
    } else if bits > 1024 {
        return None;
    } else {
        // Top 64 bits with the rest folded into a sticky low bit; the u64
        // cast then rounds exactly once (the sticky bit sits below the
        // rounding position), and scaling by a power of two is exact.
        let shift = bits - 64;
        let top = bits_at(a.mag, shift) | u64::from(any_low_bits(a.mag, shift));
        let f = (top as f64) * pow2(shift);
        if f.is_infinite() {
            return None;
        }
        f
    };
    Some(if a.neg { -m } else { m })
}

/// Converts to `f64` bit for bit as OTP 25 does on 64-bit machines (use
/// this for `float/1` and mixed arithmetic when fidelity with OTP matters).
///
/// Observed behaviour, reproduced here: 64-bit digits, most significant
/// first, accumulated as `d = d * 2^64 + digit` in double precision, so a
/// value can be rounded twice.  E.g. `float(((1 bsl 53 + 1) bsl 64) + 1)`
/// is `2^117` in OTP, whereas [`to_f64`] gives `(2^53 + 2) * 2^64`.  This
/// matched `erl` on 5,000 random and tie-provoking integers of up to 1,031
/// bits.  `None` when the result is infinite (OTP: `badarg` from
/// `float/1`, `badarith` from arithmetic).
pub fn to_f64_otp(a: BigRef<'_>) -> Option<f64> {
    let base = pow2(64);
    let mut d = 0.0f64;
    let digits = a.mag.len().div_ceil(2);
    for i in (0..digits).rev() {
        let digit = bits_at(a.mag, i as u64 * 64);
        d = d * base + digit as f64;
    }
    if d.is_infinite() {
        return None;
    }
    Some(if a.neg { -d } else { d })
}

/// A finite non-zero float split as `(negative, mantissa, exponent)` with
/// value `mantissa * 2^exponent`; `None` for zero, infinities and NaN.
fn decompose(f: f64) -> Option<(bool, u64, i32)> {
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    match exp {
        0x7ff => None,
        0 if frac == 0 => None,
        0 => Some((neg, frac, -1074)),
        _ => Some((neg, frac | (1u64 << 52), exp - 1075)),
    }
}

/// Integer part of `|f|` as a magnitude plus the fractional part's
/// relation to one half (`Less`: below 0.5, `Equal`: exactly 0.5,
/// `Greater`: above), or `None` if there is no fractional part.
fn split_float(mant: u64, e: i32) -> (Vec<u32>, Option<Ordering>) {
    if e >= 0 {
        let v = BigInt::from_u64(mant);
        return (super::bsl(v.as_ref(), i64::from(e)).into_parts().1, None);
    }
    let sh = e.unsigned_abs();
    if sh > 64 {
        // |f| < 2^53 * 2^-65 < 0.5.
        return (Vec::new(), Some(Ordering::Less));
    }
    let (int, frac) = if sh == 64 { (0, mant) } else { (mant >> sh, mant & ((1u64 << sh) - 1)) };
    let half = 1u64 << (sh - 1);
    let frac_cmp = if frac == 0 { None } else { Some(frac.cmp(&half)) };
    (BigInt::from_u64(int).into_parts().1, frac_cmp)
}

/// Which rounding to apply to the integer part.
#[derive(Clone, Copy)]
enum Rounding {
    Trunc,
    Floor,
    Ceil,
    /// Half away from zero, as Erlang's `round/1`.
    Round,
}

fn from_f64_with(f: f64, mode: Rounding) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let Some((neg, mant, e)) = decompose(f) else {
        return Some(BigInt::zero());
    };
    let (mut int, frac) = split_float(mant, e);
    let bump = match (mode, frac) {
        (_, None) | (Rounding::Trunc, _) => false,
        (Rounding::Floor, Some(_)) => neg,
        (Rounding::Ceil, Some(_)) => !neg,
        (Rounding::Round, Some(c)) => c != Ordering::Less,
    };
    if bump {
        super::add::inc_mag(&mut int);
    }
    Some(BigInt::from_vec(neg, int))
}

/// Exact integer part of `f` (rounding toward zero); `None` unless finite.
pub fn from_f64_trunc(f: f64) -> Option<BigInt> {
    from_f64_with(f, Rounding::Trunc)
}

/// Exact `floor(f)`; `None` unless finite.
pub fn from_f64_floor(f: f64) -> Option<BigInt> {
    from_f64_with(f, Rounding::Floor)
}

/// Exact `ceil(f)`; `None` unless finite.
pub fn from_f64_ceil(f: f64) -> Option<BigInt> {
    from_f64_with(f, Rounding::Ceil)
}

/// Exact `f` rounded half away from zero (Erlang's `round/1`); `None`
/// unless finite.
pub fn from_f64_round(f: f64) -> Option<BigInt> {
    from_f64_with(f, Rounding::Round)
}

/// Exact numeric comparison of an integer with a float, as OTP compares
/// mixed numbers (`9007199254740993 > 9007199254740992.0`).  Infinities
/// compare as expected; a NaN (which Erlang never produces) is treated as
/// greater than every integer.
pub fn cmp_f64(a: BigRef<'_>, f: f64) -> Ordering {
    if f.is_nan() {
        return Ordering::Less;
    }
    if f.is_infinite() {
        return if f > 0.0 { Ordering::Less } else { Ordering::Greater };
    }
    let Some((fneg, mant, e)) = decompose(f) else {
        // f is +-0.0.
        return if a.mag.is_empty() {
            Ordering::Equal
        } else if a.neg {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    };
    if a.mag.is_empty() {
        return if fneg { Ordering::Greater } else { Ordering::Less };
    }
    if a.neg != fneg {
        return if a.neg { Ordering::Less } else { Ordering::Greater };
    }
    // Same sign, both non-zero: compare magnitudes, then orient.
    let mag_order = {
        // Bit length of the integer part of |f| is 53 + e for normal
        // floats with e >= -52; otherwise |f| < 1 <= |a|.
        let fbits = i64::from(mant.ilog2()) + 1 + i64::from(e);
        let abits = mag_bits(a.mag) as i64;
        if fbits < 1 || abits > fbits {
            Ordering::Greater
        } else if abits < fbits {
            Ordering::Less
        } else {
            let (int, frac) = split_float(mant, e);
            match cmp_mag(a.mag, &int) {
                Ordering::Equal if frac.is_some() => Ordering::Less,
                o => o,
            }
        }
    };
    if a.neg {
        mag_order.reverse()
    } else {
        mag_order
    }
}
