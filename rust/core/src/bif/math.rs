//! BIFs of the `math` module, on libm (no_std). A result that is not a finite number raises
//! badarith, a non-number argument badarg, as OTP does.

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

unary! {
    sin => libm::sin, cos => libm::cos, tan => libm::tan,
    asin => libm::asin, acos => libm::acos, atan => libm::atan,
    sinh => libm::sinh, cosh => libm::cosh, tanh => libm::tanh,
    asinh => libm::asinh, acosh => libm::acosh, atanh => libm::atanh,
    exp => libm::exp, log => libm::log, log2 => libm::log2, log10 => libm::log10,
    sqrt => libm::sqrt, erf => libm::erf, erfc => libm::erfc,
    ceil => libm::ceil, floor => libm::floor,
}

fn atan2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (y, x) = (arg(a[0])?, arg(a[1])?);
    finish(p, libm::atan2(y, x))
}
fn pow(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    finish(p, libm::pow(x, y))
}
fn fmod(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    finish(p, libm::fmod(x, y))
}
fn pi(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    finish(p, core::f64::consts::PI)
}

pub static BIFS: &[BifEntry] = &[
    ("math", "sin", 1, sin), ("math", "cos", 1, cos), ("math", "tan", 1, tan),
    ("math", "asin", 1, asin), ("math", "acos", 1, acos), ("math", "atan", 1, atan),
    ("math", "sinh", 1, sinh), ("math", "cosh", 1, cosh), ("math", "tanh", 1, tanh),
    ("math", "asinh", 1, asinh), ("math", "acosh", 1, acosh), ("math", "atanh", 1, atanh),
    ("math", "exp", 1, exp), ("math", "log", 1, log), ("math", "log2", 1, log2),
    ("math", "log10", 1, log10), ("math", "sqrt", 1, sqrt), ("math", "erf", 1, erf),
    ("math", "erfc", 1, erfc), ("math", "ceil", 1, ceil), ("math", "floor", 1, floor),
    ("math", "atan2", 2, atan2), ("math", "pow", 2, pow), ("math", "fmod", 2, fmod),
    ("math", "pi", 0, pi),
];
