//! BIFs of the `math` module. A result that is not a finite number raises badarith, a
//! non-number argument badarg, as OTP does.
//!
//! With the `c-libm` feature the functions come from the platform's C library, the one OTP
//! itself calls, so results match OTP's bit for bit (glibc's `exp` and `pow` are correctly
//! rounded where the pure-Rust `libm` crate can be one ulp off). Without it (bare-metal
//! targets with no C library) the `libm` crate is used.

use super::BifEntry;
use crate::process::{badarg, badarith, Exception, Process};
use crate::term::Term;
use crate::vm::Vm;

type R = Result<Term, Exception>;

macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
            let x = arg(a[0])?;
            let f: fn(f64) -> f64 = $f;
            finish(p, f(x))
        })*
    };
}

fn arg(t: Term) -> Result<f64, Exception> {
    match crate::interp::exec::number_to_f64(t) {
        Some(f) => Ok(f),
        None if t.is_number() => badarith(),
        None => badarg(),
    }
}

fn finish(p: &mut Process, f: f64) -> R {
    if !f.is_finite() {
        return badarith();
    }
    super::arith::make_float(p, f)
}

#[cfg(feature = "c-libm")]
mod m {
    macro_rules! c_math {
        ($($f:ident($($a:ident),+)),* $(,)?) => {
            mod ffi {
                extern "C" {
                    $(pub fn $f($($a: f64),+) -> f64;)*
                }
            }
            $(#[inline]
            pub fn $f($($a: f64),+) -> f64 {
                // SAFETY: a pure C math function on plain doubles; no pointers, no state.
                unsafe { ffi::$f($($a),+) }
            })*
        };
    }
    c_math! {
        sin(x), cos(x), tan(x), asin(x), acos(x), atan(x), sinh(x), cosh(x), tanh(x),
        asinh(x), acosh(x), atanh(x), exp(x), log(x), log2(x), log10(x), sqrt(x), erf(x),
        erfc(x), ceil(x), floor(x), atan2(y, x), pow(x, y), fmod(x, y),
    }
}
#[cfg(not(feature = "c-libm"))]
use libm as m;

unary! {
    sin => m::sin, cos => m::cos, tan => m::tan,
    asin => m::asin, acos => m::acos, atan => m::atan,
    sinh => m::sinh, cosh => m::cosh, tanh => m::tanh,
    asinh => m::asinh, acosh => m::acosh, atanh => m::atanh,
    exp => m::exp, log => m::log, log2 => m::log2, log10 => m::log10,
    sqrt => m::sqrt, erf => m::erf, erfc => m::erfc,
    ceil => m::ceil, floor => m::floor,
}

fn atan2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (y, x) = (arg(a[0])?, arg(a[1])?);
    finish(p, m::atan2(y, x))
}
fn pow(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    finish(p, m::pow(x, y))
}
fn fmod(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    finish(p, m::fmod(x, y))
}
fn pi(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    finish(p, core::f64::consts::PI)
}

pub static BIFS: &[BifEntry] = &[
    ("math", "sin", 1, sin),
    ("math", "cos", 1, cos),
    ("math", "tan", 1, tan),
    ("math", "asin", 1, asin),
    ("math", "acos", 1, acos),
    ("math", "atan", 1, atan),
    ("math", "sinh", 1, sinh),
    ("math", "cosh", 1, cosh),
    ("math", "tanh", 1, tanh),
    ("math", "asinh", 1, asinh),
    ("math", "acosh", 1, acosh),
    ("math", "atanh", 1, atanh),
    ("math", "exp", 1, exp),
    ("math", "log", 1, log),
    ("math", "log2", 1, log2),
    ("math", "log10", 1, log10),
    ("math", "sqrt", 1, sqrt),
    ("math", "erf", 1, erf),
    ("math", "erfc", 1, erfc),
    ("math", "ceil", 1, ceil),
    ("math", "floor", 1, floor),
    ("math", "atan2", 2, atan2),
    ("math", "pow", 2, pow),
    ("math", "fmod", 2, fmod),
    ("math", "pi", 0, pi),
];
