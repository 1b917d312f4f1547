//! Arithmetic and bitwise BIFs of `erlang`: small integers take the fast path; overflow
//! moves to bignums; floats follow IEEE with non-finite results raising badarith.

use super::BifEntry;
use crate::bignum::{self, BigInt, BigRef};
use crate::process::{badarith, oom, Exception, Process};
use crate::term::{self, bignum_limbs, Term};
use crate::vm::Vm;

/// Largest bignum the VM builds, in bits (as OTP's default limit on 64-bit systems).
pub const MAX_BIG_BITS: u64 = 1 << 24;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "+", 2, add),
    ("erlang", "-", 2, sub),
    ("erlang", "*", 2, mul),
    ("erlang", "/", 2, fdiv),
    ("erlang", "div", 2, idiv),
    ("erlang", "rem", 2, irem),
    ("erlang", "-", 1, neg),
    ("erlang", "+", 1, plus),
    ("erlang", "band", 2, band),
    ("erlang", "bor", 2, bor),
    ("erlang", "bxor", 2, bxor),
    ("erlang", "bnot", 1, bnot),
    ("erlang", "bsl", 2, bsl),
    ("erlang", "bsr", 2, bsr),
    ("erlang", "abs", 1, abs),
];

/// A number operand.
pub enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

pub fn num(t: Term) -> Option<Num> {
    if t.is_small() {
        Some(Num::Small(t.small_value() as i64))
    } else if t.is_float() {
        Some(Num::Float(t.float_value()))
    } else if t.is_bignum() {
        let (neg, mag) = bignum_limbs(t);
        Some(Num::Int(BigRef::new(neg, mag).to_bigint()))
    } else {
        None
    }
}

/// An integer that fits an i64: a small, or a bignum of at most 64 bits. On 32-bit
/// targets small integers are 28-bit, so 32-bit values read from binaries and hardware
/// registers are bignums; arithmetic on them stays here, without a limb vector.
#[inline]
fn as_i64(t: Term) -> Option<i64> {
    if t.is_small() {
        return Some(t.small_value() as i64);
    }
    if !t.is_bignum() {
        return None;
    }
    let (neg, mag) = bignum_limbs(t);
    let m = match *mag {
        [] => 0,
        [a] => a as u64,
        [a, b] => a as u64 | (b as u64) << 32,
        _ => return None,
    };
    if neg {
        // -2^63 fits; anything larger in magnitude does not.
        0i64.checked_sub_unsigned(m)
    } else {
        i64::try_from(m).ok()
    }
}

fn big(v: i64) -> BigInt {
    BigInt::from_i64(v)
}

/// Builds an integer term from a BigInt.
pub fn make_big(p: &mut Process, b: &BigInt) -> Result<Term, Exception> {
    if b.bit_length() > MAX_BIG_BITS {
        return Err(Exception::error(crate::atom::SYSTEM_LIMIT));
    }
    term::bignum_from_limbs(&mut p.heap, b.is_negative(), b.limbs()).map_err(oom)
}

/// Refuses (system_limit) bignum arithmetic on `ts` whose working memory the memory budget
/// cannot hold: operands are copied into limb vectors, and results and scratch space are
/// vectors too, none of which can report a failed allocation (see crate::mem). A product
/// longer than [`MAX_BIG_BITS`] is refused before it is computed.
fn big_budget(ts: &[Term], product: bool) -> Result<(), Exception> {
    let mut limbs = 0usize;
    let mut bits = 0u64;
    for &t in ts {
        if t.is_bignum() {
            let n = bignum_limbs(t).1.len();
            limbs += n;
            bits += n as u64 * 32;
        } else {
            limbs += 2;
            bits += 64;
        }
    }
    // The smallest product of an m-bit and an n-bit number has m + n - 1 bits; the limb
    // counts may overstate each by 31.
    if product && bits.saturating_sub(64) > MAX_BIG_BITS {
        return Err(Exception::error(crate::atom::SYSTEM_LIMIT));
    }
    if limbs > 64 && !crate::mem::admit(limbs * 4 * BIG_COPIES) {
        return Err(Exception::error(crate::atom::SYSTEM_LIMIT));
    }
    Ok(())
}

/// Working copies of the operands' size one bignum operation may hold at once (operand
/// copies, result, Karatsuba and division scratch), with margin.
const BIG_COPIES: usize = 8;

/// Builds an integer term from an i128.
pub fn make_int(p: &mut Process, v: i128) -> Result<Term, Exception> {
    term::int128(&mut p.heap, v).map_err(oom)
}

pub fn make_float(p: &mut Process, f: f64) -> Result<Term, Exception> {
    if !f.is_finite() {
        return badarith();
    }
    term::float(&mut p.heap, f).map_err(oom)
}

fn to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Small(v) => Some(*v as f64),
        Num::Float(f) => Some(*f),
        Num::Int(b) => bignum::to_f64_otp(b.as_ref()),
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Small(v) => big(*v),
        Num::Int(b) => b.clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

type IntOp = fn(BigRef, BigRef) -> BigInt;

fn arith(
    p: &mut Process,
    a: Term,
    b: Term,
    small: fn(i64, i64) -> i128,
    bigop: IntOp,
    fop: fn(f64, f64) -> f64,
    product: bool,
) -> Result<Term, Exception> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        return make_int(p, small(x, y));
    }
    if a.is_bignum() || b.is_bignum() {
        big_budget(&[a, b], product)?;
    }
    let (Some(x), Some(y)) = (num(a), num(b)) else { return badarith() };
    match (&x, &y) {
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let (Some(fx), Some(fy)) = (to_f64(&x), to_f64(&y)) else { return badarith() };
            make_float(p, fop(fx, fy))
        }
        _ => {
            let r = bigop(to_big(&x).as_ref(), to_big(&y).as_ref());
            make_big(p, &r)
        }
    }
}

pub fn add(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    arith(p, a[0], a[1], |x, y| x as i128 + y as i128, bignum::add, |x, y| x + y, false)
}
pub fn sub(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    arith(p, a[0], a[1], |x, y| x as i128 - y as i128, bignum::sub, |x, y| x - y, false)
}
pub fn mul(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    arith(p, a[0], a[1], |x, y| x as i128 * y as i128, bignum::mul, |x, y| x * y, true)
}

pub fn fdiv(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    big_budget(&a[..2], false)?;
    let (Some(x), Some(y)) = (num(a[0]), num(a[1])) else { return badarith() };
    let (Some(fx), Some(fy)) = (to_f64(&x), to_f64(&y)) else { return badarith() };
    if fy == 0.0 {
        return badarith();
    }
    make_float(p, fx / fy)
}

/// Both integers as numbers: Ok(None) when one is not an integer.
fn int_pair(a: Term, b: Term) -> Result<Option<(Num, Num)>, Exception> {
    if !a.is_integer() || !b.is_integer() {
        return Ok(None);
    }
    big_budget(&[a, b], false)?;
    Ok(num(a).zip(num(b)))
}

pub fn idiv(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    if a[0].is_small() && a[1].is_small() {
        let (x, y) = (a[0].small_value() as i64, a[1].small_value() as i64);
        if y == 0 {
            return badarith();
        }
        return make_int(p, (x as i128) / (y as i128));
    }
    let Some((x, y)) = int_pair(a[0], a[1])? else { return badarith() };
    match bignum::div(to_big(&x).as_ref(), to_big(&y).as_ref()) {
        Some(r) => make_big(p, &r),
        None => badarith(),
    }
}

pub fn irem(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    if a[0].is_small() && a[1].is_small() {
        let (x, y) = (a[0].small_value() as i64, a[1].small_value() as i64);
        if y == 0 {
            return badarith();
        }
        return make_int(p, (x as i128) % (y as i128));
    }
    let Some((x, y)) = int_pair(a[0], a[1])? else { return badarith() };
    match bignum::rem(to_big(&x).as_ref(), to_big(&y).as_ref()) {
        Some(r) => make_big(p, &r),
        None => badarith(),
    }
}

pub fn neg(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    big_budget(&a[..1], false)?;
    match num(a[0]) {
        Some(Num::Small(v)) => make_int(p, -(v as i128)),
        Some(Num::Float(f)) => make_float(p, -f),
        Some(Num::Int(b)) => make_big(p, &bignum::neg(b.as_ref())),
        None => badarith(),
    }
}

pub fn plus(_: &mut Vm, _p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    if a[0].is_number() {
        Ok(a[0])
    } else {
        badarith()
    }
}

pub fn abs(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    big_budget(&a[..1], false)?;
    match num(a[0]) {
        Some(Num::Small(v)) => make_int(p, (v as i128).abs()),
        // OTP negates only values below zero, so abs(-0.0) stays -0.0.
        Some(Num::Float(f)) => make_float(p, if f < 0.0 { -f } else { f }),
        Some(Num::Int(b)) => make_big(p, &bignum::abs(b.as_ref())),
        None => Err(Exception::error(crate::atom::BADARG)),
    }
}

fn bitop(p: &mut Process, a: Term, b: Term, small: fn(i64, i64) -> i64, bigop: IntOp) -> Result<Term, Exception> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        return make_int(p, small(x, y) as i128);
    }
    let Some((x, y)) = int_pair(a, b)? else { return badarith() };
    make_big(p, &bigop(to_big(&x).as_ref(), to_big(&y).as_ref()))
}

pub fn band(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    bitop(p, a[0], a[1], |x, y| x & y, bignum::band)
}
pub fn bor(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    bitop(p, a[0], a[1], |x, y| x | y, bignum::bor)
}
pub fn bxor(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    bitop(p, a[0], a[1], |x, y| x ^ y, bignum::bxor)
}

pub fn bnot(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    big_budget(&a[..1], false)?;
    match num(a[0]) {
        Some(Num::Small(v)) => make_int(p, !v as i128),
        Some(Num::Int(b)) => make_big(p, &bignum::bnot(b.as_ref())),
        _ => badarith(),
    }
}

fn shift(p: &mut Process, a: Term, b: Term, left: bool) -> Result<Term, Exception> {
    if !a.is_integer() || !b.is_integer() {
        return badarith();
    }
    if !b.is_small() {
        // A shift by a bignum: zero/-1 to the right, system_limit to the left (unless 0).
        let (neg, _) = bignum_limbs(b);
        let right = neg == left;
        if right {
            let negative = if a.is_small() { a.small_value() < 0 } else { bignum_limbs(a).0 };
            return Ok(Term::small(if negative { -1 } else { 0 }));
        }
        if a == Term::small(0) {
            return Ok(a);
        }
        return Err(Exception::error(crate::atom::SYSTEM_LIMIT));
    }
    let mut n = b.small_value() as i64;
    if !left {
        n = -n;
    }
    if a.is_small() {
        let v = a.small_value() as i64;
        if n <= 0 {
            let s = (-n).min(63) as u32;
            return Ok(Term::small((v >> s) as isize));
        }
        if n < 64 {
            let r = (v as i128) << n;
            if (r >> n) == v as i128 {
                return make_int(p, r);
            }
        }
    }
    let x = to_big(&num(a).ok_or(Exception::error(crate::atom::BADARITH))?);
    match bignum::checked_shl(x.as_ref(), n, MAX_BIG_BITS) {
        Some(r) => make_big(p, &r),
        None => Err(Exception::error(crate::atom::SYSTEM_LIMIT)),
    }
}

pub fn bsl(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    shift(p, a[0], a[1], true)
}
pub fn bsr(_: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    shift(p, a[0], a[1], false)
}
