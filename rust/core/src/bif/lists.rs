//! BIFs of the `lists` module: the functions OTP implements natively.

use super::BifEntry;
use crate::atom;
use crate::process::{badarg, oom, Exception, Process};
use crate::term::compare::{eq_arith, eq_exact};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("lists", "reverse", 1, reverse1),
    ("lists", "reverse", 2, reverse2),
    ("lists", "member", 2, member),
    ("lists", "keyfind", 3, keyfind),
    ("lists", "keymember", 3, keymember),
    ("lists", "keysearch", 3, keysearch),
];

fn reverse_onto(p: &mut Process, mut l: Term, mut acc: Term) -> R {
    while l.is_list() {
        acc = term::cons(&mut p.heap, l.head(), acc).map_err(oom)?;
        l = l.tail();
    }
    if !l.is_nil() {
        return badarg();
    }
    Ok(acc)
}
/// `lists:reverse/1` is Erlang code in OTP (clauses for [], [_], [A, B], then
/// `reverse(L, [B, A])`), so arguments that match no clause raise function_clause while a
/// bad tail further on raises badarg from reverse/2.
fn reverse1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let l = a[0];
    if l.is_nil() || (l.is_list() && l.tail().is_nil()) {
        return Ok(l);
    }
    if !l.is_list() || !l.tail().is_list() {
        return Err(Exception::error(atom::FUNCTION_CLAUSE));
    }
    reverse_onto(p, l, Term::NIL)
}
fn reverse2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    reverse_onto(p, a[0], a[1])
}
fn member(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let mut l = a[1];
    while l.is_list() {
        if l.head() == a[0] || eq_exact(l.head(), a[0]) {
            return Ok(atom::TRUE);
        }
        l = l.tail();
    }
    if !l.is_nil() {
        return badarg();
    }
    Ok(atom::FALSE)
}
fn keyfind_impl(a: &[Term]) -> Result<Option<Term>, Exception> {
    if !a[1].is_small() || a[1].small_value() < 1 {
        return badarg();
    }
    let n = a[1].small_value() as usize;
    let mut l = a[2];
    while l.is_list() {
        let e = l.head();
        if e.is_tuple() && e.tuple_arity() >= n {
            let k = e.tuple_get(n - 1);
            if k == a[0] || eq_arith(k, a[0]) {
                return Ok(Some(e));
            }
        }
        l = l.tail();
    }
    if !l.is_nil() {
        return badarg();
    }
    Ok(None)
}
fn keyfind(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    Ok(keyfind_impl(a)?.unwrap_or(atom::FALSE))
}
fn keymember(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    Ok(if keyfind_impl(a)?.is_some() { atom::TRUE } else { atom::FALSE })
}
fn keysearch(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    match keyfind_impl(a)? {
        Some(t) => term::tuple(&mut p.heap, &[atom::VALUE, t]).map_err(oom),
        None => Ok(atom::FALSE),
    }
}
