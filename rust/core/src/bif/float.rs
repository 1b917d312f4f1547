//! Float BIFs of `erlang`: conversions between floats, integers and text.
//! Text formatting and parsing live in `fmt`; this file maps arguments and options.

use alloc::string::String;

use super::arith::{make_big, make_int, num, Num};
use super::BifEntry;
use crate::atom;
use crate::bignum::{self, BigInt};
use crate::fmt::float::{float_to_chars, FloatFormat};
use crate::fmt::float_parse::parse_erlang_float;
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "float", 1, float),
    ("erlang", "trunc", 1, trunc),
    ("erlang", "round", 1, round),
    ("erlang", "floor", 1, floor),
    ("erlang", "ceil", 1, ceil),
    ("erlang", "float_to_list", 1, float_to_list1),
    ("erlang", "float_to_list", 2, float_to_list2),
    ("erlang", "float_to_binary", 1, float_to_binary1),
    ("erlang", "float_to_binary", 2, float_to_binary2),
    ("erlang", "list_to_float", 1, list_to_float),
    ("erlang", "binary_to_float", 1, binary_to_float),
];

/// `float/1`: integers convert (badarg if too large for a double), floats pass.
fn float(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let f = match num(a[0]) {
        Some(Num::Float(_)) => return Ok(a[0]),
        Some(Num::Small(v)) => v as f64,
        Some(Num::Int(b)) => match bignum::to_f64_otp(b.as_ref()) {
            Some(f) if f.is_finite() => f,
            _ => return badarg(),
        },
        None => return badarg(),
    };
    term::float(&mut p.heap, f).map_err(oom)
}

/// Shared body of trunc/round/floor/ceil: integers pass, floats round by `small`
/// when the result fits an i64, else through a bignum.
fn to_integer(p: &mut Process, t: Term, small: fn(f64) -> f64, big: fn(f64) -> Option<BigInt>) -> R {
    match num(t) {
        Some(Num::Small(_)) | Some(Num::Int(_)) => Ok(t),
        Some(Num::Float(f)) => {
            let r = small(f);
            if r.abs() < 9.0e18 {
                make_int(p, r as i128)
            } else {
                match big(f) {
                    Some(b) => make_big(p, &b),
                    None => badarg(),
                }
            }
        }
        None => badarg(),
    }
}

fn trunc(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    to_integer(p, a[0], libm::trunc, bignum::from_f64_trunc)
}
fn round(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    // Erlang rounds half away from zero, as C's round().
    to_integer(p, a[0], libm::round, bignum::from_f64_round)
}
fn floor(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    to_integer(p, a[0], libm::floor, bignum::from_f64_floor)
}
fn ceil(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    to_integer(p, a[0], libm::ceil, bignum::from_f64_ceil)
}

/// Reads the options list of `float_to_list/2`; the last format option wins, `compact`
/// applies to `decimals` wherever it appears.
fn parse_options(opts: Term) -> Option<FloatFormat> {
    let mut fmt = FloatFormat::Scientific(20);
    let mut compact = false;
    let mut decimals: Option<i64> = None;
    let mut t = opts;
    while t.is_list() {
        let o = t.head();
        t = t.tail();
        if o == atom::COMPACT {
            compact = true;
        } else if o == atom::SHORT {
            fmt = FloatFormat::Short;
            decimals = None;
        } else if o.is_tuple() && o.tuple_elements().len() == 2 {
            let [k, v] = [o.tuple_elements()[0], o.tuple_elements()[1]];
            if !v.is_small() {
                return None;
            }
            let n = v.small_value() as i64;
            if k == atom::DECIMALS {
                decimals = Some(n);
            } else if k == atom::SCIENTIFIC {
                fmt = FloatFormat::scientific(n)?;
                decimals = None;
            } else {
                return None;
            }
        } else {
            return None;
        }
    }
    if !t.is_nil() {
        return None;
    }
    match decimals {
        Some(n) => FloatFormat::decimals(n, compact),
        None => Some(fmt),
    }
}

fn format(t: Term, opts: FloatFormat) -> Option<String> {
    if !t.is_float() {
        return None;
    }
    let mut s = String::new();
    float_to_chars(&mut s, t.float_value(), opts).ok()?;
    Some(s)
}

fn text_to_list(p: &mut Process, s: Option<String>) -> R {
    match s {
        Some(s) => term::bytes_to_list(&mut p.heap, s.as_bytes(), Term::NIL).map_err(oom),
        None => badarg(),
    }
}

fn text_to_binary(p: &mut Process, s: Option<String>) -> R {
    match s {
        Some(s) => crate::binary::new_binary(&mut p.heap, s.as_bytes()).map_err(oom),
        None => badarg(),
    }
}

fn float_to_list1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    text_to_list(p, format(a[0], FloatFormat::Scientific(20)))
}
fn float_to_list2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = parse_options(a[1]).and_then(|o| format(a[0], o));
    text_to_list(p, s)
}
fn float_to_binary1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    text_to_binary(p, format(a[0], FloatFormat::Scientific(20)))
}
fn float_to_binary2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = parse_options(a[1]).and_then(|o| format(a[0], o));
    text_to_binary(p, s)
}

fn parsed_float(p: &mut Process, bytes: Option<&[u8]>) -> R {
    match bytes.and_then(parse_erlang_float) {
        Some(f) if f.is_finite() => term::float(&mut p.heap, f).map_err(oom),
        _ => badarg(),
    }
}

fn list_to_float(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let mut bytes = alloc::vec::Vec::new();
    let mut t = a[0];
    while t.is_list() {
        let h = t.head();
        if !h.is_small() || !(0..=255).contains(&h.small_value()) {
            return badarg();
        }
        bytes.push(h.small_value() as u8);
        t = t.tail();
    }
    if !t.is_nil() {
        return badarg();
    }
    parsed_float(p, Some(&bytes))
}

fn binary_to_float(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let bytes = if a[0].is_binary() { crate::binary::bytes(a[0]) } else { None };
    parsed_float(p, bytes)
}
