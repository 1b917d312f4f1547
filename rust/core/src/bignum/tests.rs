//! Unit tests: differential against `i128`, algebraic properties on large
//! random operands, and vectors computed with OTP 25 (`erl_vectors.rs`).

extern crate std;

use super::erl_vectors;
use super::*;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
use std::println;
use std::time::Instant;

// ---------------------------------------------------------------- helpers

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn limb(&mut self) -> u32 {
        // Mix uniform limbs with carry/borrow-provoking ones.
        match self.below(4) {
            0 => [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF][self.below(5) as usize],
            _ => self.next() as u32,
        }
    }

    /// Random i128 of random width (0..=127 bits) and sign.
    fn i128(&mut self) -> i128 {
        let bits = self.below(128) as u32;
        let raw = (u128::from(self.next()) << 64) | u128::from(self.next());
        let v = if bits == 0 { 0 } else { (raw >> (128 - bits)) as i128 };
        let v = match self.below(8) {
            0 => (1i128 << (bits.min(126))) - 1,
            1 => 1i128 << bits.min(126),
            _ => v,
        };
        if self.next() & 1 == 1 {
            -v
        } else {
            v
        }
    }

    /// Random BigInt with up to `max_limbs` limbs.
    fn big(&mut self, max_limbs: usize) -> BigInt {
        let n = self.below(max_limbs as u64 + 1) as usize;
        let limbs: Vec<u32> = (0..n).map(|_| self.limb()).collect();
        BigInt::from_limbs(self.next() & 1 == 1, &limbs)
    }

    /// Random BigInt with exactly `n` limbs (top limb non-zero).
    fn big_exact(&mut self, n: usize) -> BigInt {
        let mut limbs: Vec<u32> = (0..n).map(|_| self.limb()).collect();
        if let Some(top) = limbs.last_mut() {
            if *top == 0 {
                *top = 1;
            }
        }
        BigInt::from_limbs(self.next() & 1 == 1, &limbs)
    }
}

fn big(s: &str) -> BigInt {
    parse_radix(s.as_bytes(), 10).unwrap_or_else(|| panic!("bad literal {s}"))
}

fn i(v: i128) -> BigInt {
    BigInt::from_i128(v)
}

/// Reference formatter for i128 in any base.
fn i128_radix(v: i128, base: u32) -> String {
    if v == 0 {
        return "0".to_string();
    }
    let mut m = v.unsigned_abs();
    let mut out = Vec::new();
    while m > 0 {
        out.push(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(m % u128::from(base)) as usize]);
        m /= u128::from(base);
    }
    if v < 0 {
        out.push(b'-');
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

/// Reference quadratic multiplication of magnitudes.
fn naive_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = u64::from(x) * u64::from(y) + u64::from(out[i + j]) + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

/// Reference decimal conversion by repeated division by 10.
fn naive_decimal(a: &BigInt) -> String {
    let mut m = a.limbs().to_vec();
    let mut digits = Vec::new();
    while !m.is_empty() {
        let mut r = 0u64;
        for x in m.iter_mut().rev() {
            let v = (r << 32) | u64::from(*x);
            *x = (v / 10) as u32;
            r = v % 10;
        }
        while m.last() == Some(&0) {
            m.pop();
        }
        digits.push(b'0' + r as u8);
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    if a.is_negative() {
        digits.push(b'-');
    }
    digits.reverse();
    String::from_utf8(digits).unwrap()
}

fn ord_name(o: Ordering) -> &'static str {
    match o {
        Ordering::Less => "lt",
        Ordering::Equal => "eq",
        Ordering::Greater => "gt",
    }
}

// ------------------------------------------------------ basic accessors

#[test]
fn constructors_and_accessors() {
    for v in [0i64, 1, -1, i64::MAX, i64::MIN, 1 << 32, -(1 << 32), 0xFFFF_FFFF] {
        let b = BigInt::from_i64(v);
        assert_eq!(b.to_i64(), Some(v));
        assert_eq!(b.to_i128(), Some(i128::from(v)));
        assert_eq!(b.is_negative(), v < 0);
    }
    assert_eq!(BigInt::from_u64(u64::MAX).to_i64(), None);
    assert_eq!(BigInt::from_u64(u64::MAX).to_u64(), Some(u64::MAX));
    assert_eq!(BigInt::from_u64(u64::MAX).limbs(), &[u32::MAX, u32::MAX]);
    assert_eq!(BigInt::from_i128(i128::MIN).to_i128(), Some(i128::MIN));
    assert_eq!(BigInt::from_i128(i128::MIN).to_i64(), None);
    assert_eq!(BigInt::from_i128(i128::MAX).to_i128(), Some(i128::MAX));
    assert_eq!(BigInt::from_i128(i128::MIN).limbs(), &[0, 0, 0, 0x8000_0000]);
    assert_eq!(BigInt::from_i64(i64::MIN + 1).to_i64(), Some(i64::MIN + 1));
    assert_eq!(i(1 << 63).to_i64(), None);
    assert_eq!(i(-(1 << 63)).to_i64(), Some(i64::MIN));
    assert_eq!(i(-(1 << 63) - 1).to_i64(), None);
    assert_eq!(i(1 << 100).to_u64(), None);
    assert_eq!(i(-5).to_u64(), None);

    // Normalization.
    let z = BigInt::from_limbs(true, &[0, 0, 0]);
    assert!(z.is_zero() && !z.is_negative() && z.limbs().is_empty());
    assert_eq!(z, BigInt::zero());
    let x = BigInt::from_limbs(true, &[5, 0, 0]);
    assert_eq!(x.limbs(), &[5]);
    assert_eq!(x.to_i64(), Some(-5));
    let r = BigRef::new(true, &[7, 0]);
    assert_eq!(r.limbs(), &[7]);
    assert_eq!(r.to_bigint(), i(-7));
    assert!(!BigRef::new(true, &[]).is_negative());
    assert_eq!(BigInt::from_vec(true, vec![0, 0]), BigInt::zero());
    assert_eq!(-BigInt::zero(), BigInt::zero());
    assert!(!neg(BigInt::zero().as_ref()).is_negative());

    // bit_length (of |x|).
    assert_eq!(i(0).bit_length(), 0);
    assert_eq!(i(1).bit_length(), 1);
    assert_eq!(i(-1).bit_length(), 1);
    assert_eq!(i(255).bit_length(), 8);
    assert_eq!(i(1 << 100).bit_length(), 101);
    assert_eq!(i(-(1 << 100)).bit_length(), 101);

    // fits_in: two's-complement signed width.
    assert!(i(0).fits_in(0));
    assert!(!i(1).fits_in(0));
    assert!(i(0).fits_in(1) && i(-1).fits_in(1) && !i(1).fits_in(1));
    assert!(i((1 << 59) - 1).fits_in(60));
    assert!(!i(1 << 59).fits_in(60));
    assert!(i(-(1 << 59)).fits_in(60));
    assert!(!i(-(1 << 59) - 1).fits_in(60));
    assert!(i(i128::from(i64::MIN)).fits_in(64));
    assert!(i(i128::from(i64::MAX)).fits_in(64));
    assert!(!i(i128::from(u64::MAX)).fits_in(64));
    assert!(!i(i128::from(i64::MIN) - 1).fits_in(64));
    assert!(i(-(1 << 100)).fits_in(101) && !i(-(1 << 100) - 1).fits_in(101));
    assert!(!i(1 << 100).fits_in(101) && i(1 << 100).fits_in(102));
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    for _ in 0..5000 {
        let v = rng.i128();
        let bits = rng.below(130) as u32;
        let expect = if bits == 0 {
            v == 0
        } else if bits >= 128 {
            true
        } else {
            let lo = -(1i128 << (bits - 1));
            let hi = (1i128 << (bits - 1)) - 1;
            (lo..=hi).contains(&v)
        };
        assert_eq!(i(v).fits_in(bits), expect, "{v} in {bits}");
    }
}

// ------------------------------------------------- differential vs i128

#[test]
fn random_against_i128() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..30_000 {
        let a = rng.i128();
        let b = rng.i128();
        let (ba, bb) = (i(a), i(b));
        let (ra, rb) = (ba.as_ref(), bb.as_ref());
        assert_eq!(BigInt::from_i128(a).to_i128(), Some(a));
        assert_eq!(cmp(ra, rb), a.cmp(&b), "cmp {a} {b}");
        assert_eq!(ba == bb, a == b);
        if let Some(s) = a.checked_add(b) {
            assert_eq!(add(ra, rb), i(s), "{a} + {b}");
        }
        if let Some(s) = a.checked_sub(b) {
            assert_eq!(sub(ra, rb), i(s), "{a} - {b}");
        }
        if let Some(p) = a.checked_mul(b) {
            assert_eq!(mul(ra, rb), i(p), "{a} * {b}");
        }
        if b == 0 {
            assert!(divrem(ra, rb).is_none() && div(ra, rb).is_none() && rem(ra, rb).is_none());
        } else if let (Some(q), Some(r)) = (a.checked_div(b), a.checked_rem(b)) {
            // Rust's i128 `/` truncates and `%` follows the dividend, like
            // Erlang's div and rem.
            assert_eq!(divrem(ra, rb), Some((i(q), i(r))), "{a} divrem {b}");
            assert_eq!(div(ra, rb), Some(i(q)));
            assert_eq!(rem(ra, rb), Some(i(r)), "{a} rem {b}");
        }
        assert_eq!(band(ra, rb), i(a & b), "{a} band {b}");
        assert_eq!(bor(ra, rb), i(a | b), "{a} bor {b}");
        assert_eq!(bxor(ra, rb), i(a ^ b), "{a} bxor {b}");
        assert_eq!(bnot(ra), i(!a));
        if a != i128::MIN {
            assert_eq!(neg(ra), i(-a));
            assert_eq!(abs(ra), i(a.abs()));
        }
        let n = rng.below(140) as i64;
        let shr = if n >= 128 {
            if a < 0 {
                -1
            } else {
                0
            }
        } else {
            a >> n
        };
        assert_eq!(bsr(ra, n), i(shr), "{a} bsr {n}");
        assert_eq!(bsl(ra, -n), i(shr), "{a} bsl -{n}");
        if n < 128 {
            let l = a.wrapping_shl(n as u32);
            if l >> n == a {
                assert_eq!(bsl(ra, n), i(l), "{a} bsl {n}");
                assert_eq!(bsr(ra, -n), i(l), "{a} bsr -{n}");
            }
        }
        // Text.
        assert_eq!(to_string_radix(ra, 10), format!("{a}"));
        let base = 2 + rng.below(35) as u32;
        let text = to_string_radix(ra, base);
        assert_eq!(text, i128_radix(a, base), "{a} in base {base}");
        assert_eq!(parse_radix(text.as_bytes(), base), Some(i(a)));
        assert_eq!(parse_radix(text.to_ascii_lowercase().as_bytes(), base), Some(i(a)));
        // Rust's integer-to-float casts round to nearest, ties to even.
        assert_eq!(to_f64(ra), Some(a as f64), "float({a})");
        if a.unsigned_abs() < 1 << 64 {
            assert_eq!(to_f64_otp(ra), Some(a as f64));
        }
    }
}

#[test]
fn cmp_f64_against_i128() {
    let mut rng = Rng(0xDEAD_BEEF_CAFE_F00D);
    for _ in 0..30_000 {
        let a = rng.i128();
        let base = rng.i128();
        let f = match rng.below(6) {
            0 => base as f64,
            1 => a as f64,
            2 => f64::from_bits((a as f64).to_bits().wrapping_add(rng.below(3)).wrapping_sub(1)),
            3 => (base as f64) / 8.0,
            4 => (rng.next() as i64 as f64) * 0.37,
            _ => f64::from_bits(rng.next() & !(0x7FF << 52) | ((rng.below(1140)) << 52)),
        };
        if !f.is_finite() {
            continue;
        }
        // Reference: exact comparison with i128 where f fits.
        let two127 = 2f64.powi(127);
        let expect = if f >= two127 {
            Ordering::Less
        } else if f < -two127 {
            Ordering::Greater
        } else {
            let t = f as i128; // truncates, exact for |f| < 2^127
            match a.cmp(&t) {
                Ordering::Equal if (t as f64) != f => {
                    if f > t as f64 {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    }
                }
                o => o,
            }
        };
        assert_eq!(cmp_f64(i(a).as_ref(), f), expect, "{a} vs {f:e}");
        // trunc/floor/ceil/round against std's float methods.
        let t = f.trunc();
        if t.abs() < 1.0e38 {
            assert_eq!(from_f64_trunc(f), Some(i(t as i128)), "trunc {f:e}");
            assert_eq!(from_f64_floor(f), Some(i(f.floor() as i128)), "floor {f:e}");
            assert_eq!(from_f64_ceil(f), Some(i(f.ceil() as i128)), "ceil {f:e}");
            assert_eq!(from_f64_round(f), Some(i(f.round() as i128)), "round {f:e}");
        }
    }
}

// --------------------------------------------- big random, algebraic

#[test]
fn mul_matches_naive_across_thresholds() {
    let mut rng = Rng(42);
    let sizes = [1, 2, 5, 31, 32, 33, 40, 63, 64, 65, 97, 128, 150, 200, 257, 300];
    for &la in &sizes {
        for &lb in &sizes {
            let a = rng.big_exact(la);
            let b = rng.big_exact(lb);
            let p = mul(a.as_ref(), b.as_ref());
            assert_eq!(p.limbs(), naive_mul(a.limbs(), b.limbs()), "{la}x{lb}");
            assert_eq!(p.is_negative(), a.is_negative() != b.is_negative());
        }
    }
    // All-ones operands maximize carries.
    for n in [32, 33, 64, 100, 129, 400] {
        let a = BigInt::from_limbs(false, &vec![u32::MAX; n]);
        let b = BigInt::from_limbs(false, &vec![u32::MAX; n + 7]);
        assert_eq!((&a * &b).limbs(), naive_mul(a.limbs(), b.limbs()));
        assert_eq!((&a * &a).limbs(), naive_mul(a.limbs(), a.limbs()));
    }
}

#[test]
fn divrem_identity_on_big_random() {
    let mut rng = Rng(7);
    for round in 0..3000 {
        let a = rng.big(if round % 10 == 0 { 120 } else { 24 });
        let b = rng.big(if round % 10 == 0 { 60 } else { 12 });
        let (ra, rb) = (a.as_ref(), b.as_ref());
        if b.is_zero() {
            assert!(divrem(ra, rb).is_none());
            continue;
        }
        let (q, r) = divrem(ra, rb).unwrap();
        // a == q*b + r, |r| < |b|, r has the dividend's sign (or is 0),
        // and q truncates toward zero: these fix q and r uniquely.
        assert_eq!(&(&q * &b) + &r, a);
        assert_eq!(cmp_mag(r.limbs(), b.limbs()), Ordering::Less);
        assert!(r.is_zero() || r.is_negative() == a.is_negative());
        assert!(q.is_zero() || q.is_negative() == (a.is_negative() != b.is_negative()));
        assert_eq!(rem(ra, rb).unwrap(), r);
        assert_eq!(div(ra, rb).unwrap(), q);
        // Exact division round trip.
        let p = &a * &b;
        assert_eq!(divrem(p.as_ref(), rb), Some((a.clone(), BigInt::zero())));
    }
}

#[test]
fn knuth_d_corner_cases() {
    // Operands built from limbs that stress the qhat estimate and the
    // add-back step.
    let pat = [0u32, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE, 0xFFFF_FFFF];
    let mut cases = Vec::new();
    for &x in &pat {
        for &y in &pat {
            for &z in &pat {
                cases.push(vec![x, y, z, 0xFFFF_FFFF, 0x8000_0000]);
                cases.push(vec![z, y, x]);
                cases.push(vec![x, y]);
            }
        }
    }
    for a in &cases {
        for b in cases.iter().step_by(7) {
            let (a, b) = (BigInt::from_limbs(false, a), BigInt::from_limbs(true, b));
            if b.is_zero() {
                continue;
            }
            let (q, r) = divrem(a.as_ref(), b.as_ref()).unwrap();
            assert_eq!(&(&q * &b) + &r, a);
            assert_eq!(cmp_mag(r.limbs(), b.limbs()), Ordering::Less);
        }
    }
    // Classic add-back trigger (Hacker's Delight test values).
    let a = BigInt::from_limbs(false, &[0, 0, 0x8000_0000, 0x7FFF_FFFF]);
    let b = BigInt::from_limbs(false, &[1, 0, 0x8000_0000]);
    let (q, r) = divrem(a.as_ref(), b.as_ref()).unwrap();
    assert_eq!(&(&q * &b) + &r, a);
    assert_eq!(q.limbs(), &[0xFFFF_FFFE]);
}

#[test]
fn bitwise_identities_on_big_random() {
    let mut rng = Rng(99);
    for _ in 0..3000 {
        let a = rng.big(20);
        let b = rng.big(20);
        let (ra, rb) = (a.as_ref(), b.as_ref());
        let and = band(ra, rb);
        let or = bor(ra, rb);
        let xor = bxor(ra, rb);
        assert_eq!(&or - &and, xor);
        assert_eq!(&xor + &(&and << 1), &a + &b);
        assert_eq!(!&(&!&a | &!&b), and);
        assert_eq!(bnot(ra), &(-&a) - &i(1));
        assert_eq!(bnot(bnot(ra).as_ref()), a);
        assert_eq!(band(ra, ra), a);
        assert_eq!(bxor(ra, ra), BigInt::zero());
        assert_eq!(bor(ra, bnot(ra).as_ref()), i(-1));
        let n = rng.below(400) as i64;
        let shifted = bsl(ra, n);
        assert_eq!(bsr(shifted.as_ref(), n), a);
        assert_eq!(shifted, &a * &pow(i(2).as_ref(), n as u32));
        // bsr floors: a bsr n == floor(a / 2^n).
        let p = pow(i(2).as_ref(), n as u32);
        let (q, r) = divrem(ra, p.as_ref()).unwrap();
        let floor = if r.is_negative() { &q - &i(1) } else { q };
        assert_eq!(bsr(ra, n), floor, "{a} bsr {n}");
        assert_eq!(bsl(ra, -n), floor);
    }
}

#[test]
fn shifts_and_checked_shl() {
    assert_eq!(bsr(i(-1).as_ref(), 10), i(-1));
    assert_eq!(bsr(i(-1).as_ref(), i64::MAX), i(-1));
    assert_eq!(bsr(i(1 << 100).as_ref(), i64::MAX), i(0));
    assert_eq!(bsl(i(-(1 << 100)).as_ref(), i64::MIN), i(-1));
    assert_eq!(bsl(i(12345).as_ref(), i64::MIN), i(0));
    assert_eq!(bsr(i(-(1 << 100)).as_ref(), 100), i(-1));
    assert_eq!(bsr(i(-(1 << 100)).as_ref(), 99), i(-2));
    assert_eq!(bsr(i(-(1 << 100) - 1).as_ref(), 100), i(-2));
    assert_eq!(bsl(i(0).as_ref(), 1 << 40), i(0));
    let one = i(1);
    assert_eq!(checked_shl(one.as_ref(), 63, 64), Some(i(1 << 63)));
    assert_eq!(checked_shl(one.as_ref(), 64, 64), None);
    assert_eq!(checked_shl(one.as_ref(), i64::MAX, 1 << 40), None);
    assert_eq!(checked_shl(i(0).as_ref(), i64::MAX, 64), Some(i(0)));
    assert_eq!(checked_shl(i(-8).as_ref(), -2, 0), Some(i(-2)));
    assert_eq!(checked_shl(i(-9).as_ref(), -2, 0), Some(i(-3)));
    assert_eq!(checked_shr(one.as_ref(), -64, 64), None);
    assert_eq!(checked_shr(one.as_ref(), -63, 64), Some(i(1 << 63)));
    assert_eq!(checked_shr(i(-9).as_ref(), 2, 0), Some(i(-3)));
    assert_eq!(one.checked_shl(100, 1 << 20), Some(i(1 << 100)));
}

#[test]
fn radix_round_trip_big_random() {
    let mut rng = Rng(2024);
    // Sizes straddle the divide-and-conquer thresholds.
    for round in 0..200 {
        let a = rng.big(if round % 4 == 0 { 400 } else { 60 });
        let base = 2 + (round % 35) as u32;
        let s = to_string_radix(a.as_ref(), base);
        assert_eq!(parse_radix(s.as_bytes(), base), Some(a.clone()), "base {base}");
        if base == 10 {
            assert_eq!(s, naive_decimal(&a));
        }
    }
    for n in [29, 30, 31, 61, 62, 64, 65, 128, 129, 255, 256, 700, 1500] {
        let a = rng.big_exact(n);
        assert_eq!(a.to_string(), naive_decimal(&a), "{n} limbs");
        // Powers of the chunk base exercise zero padding.
        let p = pow(i(10).as_ref(), (n * 9) as u32);
        let s = p.to_string();
        assert_eq!(s.len(), n * 9 + 1);
        assert!(s.starts_with('1') && s[1..].bytes().all(|c| c == b'0'));
        assert_eq!(big(&s), p);
        let pm1 = &p - &i(1);
        let s = pm1.to_string();
        assert!(s.len() == n * 9 && s.bytes().all(|c| c == b'9'));
        assert_eq!(big(&s), pm1);
        for base in [3, 7, 36] {
            let t = to_string_radix(pm1.as_ref(), base);
            assert_eq!(parse_radix(t.as_bytes(), base), Some(pm1.clone()));
        }
    }
}

#[test]
fn parse_rejects_invalid() {
    for (s, base) in [
        ("", 10),
        ("+", 10),
        ("-", 10),
        ("+-1", 10),
        ("--1", 10),
        (" 1", 10),
        ("1 ", 10),
        ("12a", 10),
        ("2", 2),
        ("z", 35),
        ("1_000", 10),
        ("1", 1),
        ("1", 37),
        ("1.0", 10),
    ] {
        assert_eq!(parse_radix(s.as_bytes(), base), None, "{s:?} base {base}");
    }
    assert_eq!(parse_radix(b"-zz", 36), Some(i(-1295)));
    assert_eq!(parse_radix(b"+Zz", 36), Some(i(1295)));
    assert_eq!(parse_radix(b"-0", 10), Some(i(0)));
    assert_eq!(parse_radix(b"000000000000000000000000000000000000012", 10), Some(i(12)));
    assert_eq!(parse_radix(b"-ffffffffffffffffffffffff", 16), Some(i(-(1 << 96) + 1)));
    assert_eq!(parse_radix(b"0", 2), Some(i(0)));
    assert_eq!(to_string_radix(i(0).as_ref(), 2), "0");
    assert_eq!(to_string_radix(i(-255).as_ref(), 16), "-FF");
    assert_eq!(to_string_radix(i(35).as_ref(), 36), "Z");
}

// ------------------------------------------------------ OTP 25 vectors

#[test]
fn erl_named_cases() {
    // 100!
    let mut f = i(1);
    for k in 1..=100 {
        f = &f * &i(k);
    }
    assert_eq!(
        f.to_string(),
        "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000"
    );
    assert_eq!(
        f.to_string_radix(36),
        "62NH2MC145RIXAI667GY96XA5X2TUUABWKYLST8IETAG5JF45R9JDIAGIVPC8U2HFSBRVROSJBCV7K000000000000000000000000"
    );
    // 2^4000 div 3^500 and rem.
    let p2 = bsl(i(1).as_ref(), 4000);
    let p3 = pow(i(3).as_ref(), 500);
    let (q, r) = divrem(p2.as_ref(), p3.as_ref()).unwrap();
    assert_eq!(q, big("362539470483752880972891412016554686576585846101463106570048560709725928432016981091932246898869901438884335920770209675293296061672779792753306009530676603801791200306121195398195980504015520728431796592362469257253379893259685896523753843417503155402051640702285140733652876569219507866379156521175184615924734609385418692707928075698372998953458439643824972040209903099175530307355621915333382584973202469674432374592676122003670919545329840590235616315277310542737599935409078152039828822403650893449353919225377253656028522321366159682438122876541051098627119076719658978613369507748182823821615608895951334392347199144881209941740532970214459288003577590538254224982349509172403169296495110478477353918632691173546672236846594604414813513556833001785211441191612529353630344279140589612750178472370868269614542506116953322945916695415503320185974272789912555684916352416569793378712688233418361872302745724040694278612951082116466184345940665888672452345522039"));
    assert_eq!(r, big("2894060023021860799144373612151503976588243673267094005619338100960882002393407143986387116459406118453665016745908031547432440621853508572789236928506661816178146847766354897377334744734927826527357345888825577847360976022268672418637337"));
    let x = bsl(i(1).as_ref(), 200);
    assert_eq!(
        div(x.as_ref(), i(7).as_ref()).unwrap(),
        big("229562577751284325077423156048737514646028999111827547900196")
    );

    let p100 = i(1 << 100);
    let np100 = i(-(1 << 100));
    assert_eq!(band(np100.as_ref(), i(12345).as_ref()), i(0));
    assert_eq!(band(np100.as_ref(), i((1 << 101) + 12345).as_ref()), big("2535301200456458802993406410752"));
    assert_eq!(bnot(p100.as_ref()), big("-1267650600228229401496703205377"));
    assert_eq!(bnot(np100.as_ref()), big("1267650600228229401496703205375"));
    assert_eq!(bxor(np100.as_ref(), i((1 << 64) + 5).as_ref()), big("-1267650600209782657422993653755"));
    assert_eq!(bxor(i(-(1 << 100) - 7).as_ref(), i(-(1 << 80) + 3).as_ref()), big("1267651809154049016125877911546"));
    let x = &bsl(i(-1).as_ref(), 130) - &i(17);
    assert_eq!(bor(x.as_ref(), i((1 << 70) - 1).as_ref()), big("-1361129467683753853853498429727072845825"));
    assert_eq!(bsr(np100.as_ref(), 3), big("-158456325028528675187087900672"));
    assert_eq!(bsr(i(-(1 << 100) - 1).as_ref(), 100), i(-2));
    assert_eq!(bsr(np100.as_ref(), 200), i(-1));
    let y = big("-12345678901234567890123");
    assert_eq!(bsr(y.as_ref(), 37), i(-89826636404));
    assert_eq!(bsl(y.as_ref(), -37), i(-89826636404));
    assert_eq!(bsr(i(-1).as_ref(), 10), i(-1));

    let m = &bsl(i(1).as_ref(), 200) - &i(1);
    assert_eq!(to_string_radix((-&m).as_ref(), 36), "-BNKLG118COMHA6GQURY14067GUR54N8WON6GUF3");
    assert_eq!(
        to_string_radix(pow(i(10).as_ref(), 40).as_ref(), 7),
        "162311002124535240363254156332200436351052226334"
    );
    let z = i(-(1 << 70) - 1);
    assert_eq!(
        to_string_radix(z.as_ref(), 2),
        "-10000000000000000000000000000000000000000000000000000000000000000000001"
    );
    assert_eq!(to_string_radix(z.as_ref(), 16), "-400000000000000001");

    // Floats around 2^53 and 2^1024.
    assert_eq!(i((1 << 53) + 1).to_f64(), Some(9007199254740992.0));
    assert_eq!(i((1 << 53) + 3).to_f64(), Some(9007199254740996.0));
    let max = &bsl(i(1).as_ref(), 1024) - &bsl(i(1).as_ref(), 971);
    assert_eq!(max.to_f64(), Some(f64::MAX));
    let over = &bsl(i(1).as_ref(), 1024) - &bsl(i(1).as_ref(), 970);
    assert_eq!(over.to_f64(), None);
    assert_eq!(to_f64_otp(over.as_ref()), None);
    assert_eq!((-&over).to_f64(), None);
    assert_eq!((&over - &i(1)).to_f64(), Some(f64::MAX));
    assert_eq!(bsl(i(1).as_ref(), 1024).to_f64(), None);
    assert_eq!(bsl(i(-1).as_ref(), 1023).to_f64(), Some(-8.98846567431158e307));

    assert_eq!(i(9007199254740993).cmp_f64(9007199254740992.0), Ordering::Greater);
    assert_eq!(i(-9007199254740993).cmp_f64(-9007199254740992.0), Ordering::Less);
    assert_eq!(bsl(i(1).as_ref(), 1024).cmp_f64(f64::MAX), Ordering::Greater);
    assert_eq!(max.cmp_f64(f64::MAX), Ordering::Equal);
    assert_eq!(i(0).cmp_f64(-0.0), Ordering::Equal);
    assert_eq!(i(0).cmp_f64(5e-324), Ordering::Less);
    assert_eq!(i(0).cmp_f64(-5e-324), Ordering::Greater);
    assert_eq!(i(1).cmp_f64(f64::INFINITY), Ordering::Less);
    assert_eq!(bsl(i(1).as_ref(), 5000).cmp_f64(f64::INFINITY), Ordering::Less);
    assert_eq!(bsl(i(-1).as_ref(), 5000).cmp_f64(f64::NEG_INFINITY), Ordering::Greater);
    assert_eq!(i(3).cmp_f64(2.9999999999999996), Ordering::Greater);
    assert_eq!(i(3).cmp_f64(3.0000000000000004), Ordering::Less);
    assert_eq!(i(-3).cmp_f64(-2.9999999999999996), Ordering::Less);
}

#[test]
fn erl_ops_vectors() {
    let mut count = 0;
    for line in erl_vectors::OPS.lines().filter(|l| !l.is_empty()) {
        let w: Vec<&str> = line.split(' ').collect();
        let a = big(w[1]);
        let ra = a.as_ref();
        let (got, want) = match w[0] {
            "bnot" => (bnot(ra), big(w[2])),
            "bsl" => (bsl(ra, w[2].parse().unwrap()), big(w[3])),
            "bsr" => (bsr(ra, w[2].parse().unwrap()), big(w[3])),
            "radix" => {
                let base: u32 = w[2].parse().unwrap();
                assert_eq!(to_string_radix(ra, base), w[3], "{line}");
                assert_eq!(parse_radix(w[3].as_bytes(), base), Some(a.clone()));
                count += 1;
                continue;
            }
            op => {
                let b = big(w[2]);
                let rb = b.as_ref();
                let got = match op {
                    "add" => add(ra, rb),
                    "sub" => sub(ra, rb),
                    "mul" => mul(ra, rb),
                    "div" => div(ra, rb).unwrap(),
                    "rem" => rem(ra, rb).unwrap(),
                    "band" => band(ra, rb),
                    "bor" => bor(ra, rb),
                    "bxor" => bxor(ra, rb),
                    _ => panic!("unknown op {op}"),
                };
                (got, big(w[3]))
            }
        };
        assert_eq!(got, want, "{line}");
        count += 1;
    }
    assert!(count > 500, "only {count} vectors");
}

#[test]
fn erl_float_vectors() {
    let mut exact = 0;
    let mut total = 0;
    for line in erl_vectors::FLOATS.lines().filter(|l| !l.is_empty()) {
        let (x, f) = line.split_once(' ').unwrap();
        let x = big(x);
        let want = match f {
            "error" => None,
            bits => Some(f64::from_bits(bits.parse().unwrap())),
        };
        // OTP's own algorithm is reproduced bit for bit.
        assert_eq!(to_f64_otp(x.as_ref()), want, "otp float({x})");
        // The correctly rounded conversion agrees on overflow and is
        // within one ulp otherwise.
        let ours = to_f64(x.as_ref());
        assert_eq!(ours.is_none(), want.is_none(), "float({x})");
        if let (Some(o), Some(w)) = (ours, want) {
            let d = (o.to_bits() as i64 - w.to_bits() as i64).abs();
            assert!(d <= 1, "float({x}): {o:e} vs {w:e}");
            exact += usize::from(d == 0);
        }
        total += 1;
    }
    println!("to_f64 agrees exactly with OTP on {exact}/{total} float vectors");
}

#[test]
fn erl_cmp_vectors() {
    let mut n = 0;
    for line in erl_vectors::CMPS.lines().filter(|l| !l.is_empty()) {
        let w: Vec<&str> = line.split(' ').collect();
        let x = big(w[0]);
        let f = f64::from_bits(w[1].parse().unwrap());
        assert_eq!(ord_name(cmp_f64(x.as_ref(), f)), w[2], "{x} vs {f:e}");
        n += 1;
    }
    assert!(n > 400);
}

#[test]
fn erl_round_vectors() {
    for line in erl_vectors::ROUNDS.lines().filter(|l| !l.is_empty()) {
        let w: Vec<&str> = line.split(' ').collect();
        let f = f64::from_bits(w[0].parse().unwrap());
        assert_eq!(from_f64_trunc(f), Some(big(w[1])), "trunc({f:e})");
        assert_eq!(from_f64_floor(f), Some(big(w[2])), "floor({f:e})");
        assert_eq!(from_f64_ceil(f), Some(big(w[3])), "ceil({f:e})");
        assert_eq!(from_f64_round(f), Some(big(w[4])), "round({f:e})");
        // And back: trunc(f) converts to the float's integer part.
        let t = from_f64_trunc(f).unwrap();
        assert_eq!(t.to_f64(), Some(f.trunc()));
        assert_eq!(t.cmp_f64(f.trunc()), Ordering::Equal);
    }
    for f in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(from_f64_trunc(f), None);
        assert_eq!(from_f64_round(f), None);
    }
}

// --------------------------------------------------------- performance

#[test]
fn perf_big_square_and_print() {
    // 2^100000 squared.
    let x = bsl(i(1).as_ref(), 100_000);
    let t = Instant::now();
    let sq = &x * &x;
    let t_sq = t.elapsed();
    assert_eq!(sq, bsl(i(1).as_ref(), 200_000));

    // Dense 3126-limb operands (same size as 2^100000), checked mod a prime.
    let mut rng = Rng(5);
    let a = rng.big_exact(3126);
    let b = rng.big_exact(3126);
    let t = Instant::now();
    let p = &a * &b;
    let t_mul = t.elapsed();
    let m = i(4_294_967_291);
    let am = rem(a.as_ref(), m.as_ref()).unwrap();
    let bm = rem(b.as_ref(), m.as_ref()).unwrap();
    assert_eq!(rem(p.as_ref(), m.as_ref()).unwrap(), rem((&am * &bm).as_ref(), m.as_ref()).unwrap());
    let t = Instant::now();
    let (q, r) = divrem(p.as_ref(), b.as_ref()).unwrap();
    let t_div = t.elapsed();
    assert_eq!((q, r), (a.clone(), BigInt::zero()));

    // A 100,000-digit number to text and back.
    let big3 = pow(i(3).as_ref(), 209_590);
    let t = Instant::now();
    let s = big3.to_string();
    let t_print = t.elapsed();
    assert_eq!(s.len(), 100_000);
    let t = Instant::now();
    let back = big(&s);
    let t_parse = t.elapsed();
    assert_eq!(back, big3);
    let t = Instant::now();
    let s36 = big3.to_string_radix(36);
    let back36 = parse_radix(s36.as_bytes(), 36).unwrap();
    let t_36 = t.elapsed();
    assert_eq!(back36, big3);
    let t = Instant::now();
    let hex = big3.to_string_radix(16);
    assert_eq!(parse_radix(hex.as_bytes(), 16).unwrap(), big3);
    let t_hex = t.elapsed();
    println!(
        "2^100000 squared: {t_sq:?}; 3126x3126-limb mul: {t_mul:?}; 6252/3126 div: {t_div:?}; \
         print 100k digits: {t_print:?}; parse: {t_parse:?}; base36 round trip: {t_36:?}; \
         hex round trip: {t_hex:?}"
    );
    assert!(t_print.as_secs() < 5 && t_parse.as_secs() < 5);
}
