//! BIFs of the `erlang` module other than arithmetic: type tests, tuples, lists, atoms,
//! conversions, exceptions, comparisons, the process dictionary and system queries.

use alloc::string::String;
use alloc::vec::Vec;

use super::{list_to_vec, BifEntry};
use crate::atom;
use crate::process::{badarg, oom, Class, Exception, Process};
use crate::term::compare::{compare, eq_arith, eq_exact, Mode};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "is_atom", 1, is_atom),
    ("erlang", "is_integer", 1, is_integer),
    ("erlang", "is_float", 1, is_float),
    ("erlang", "is_number", 1, is_number),
    ("erlang", "is_list", 1, is_list),
    ("erlang", "is_tuple", 1, is_tuple),
    ("erlang", "is_binary", 1, is_binary),
    ("erlang", "is_bitstring", 1, is_bitstring),
    ("erlang", "is_boolean", 1, is_boolean),
    ("erlang", "is_map", 1, is_map),
    ("erlang", "is_pid", 1, is_pid),
    ("erlang", "is_port", 1, is_port),
    ("erlang", "is_reference", 1, is_reference),
    ("erlang", "is_function", 1, is_function),
    ("erlang", "is_function", 2, is_function2),
    ("erlang", "is_record", 2, is_record2),
    ("erlang", "is_record", 3, is_record3),
    ("erlang", "==", 2, op_eq),
    ("erlang", "/=", 2, op_ne),
    ("erlang", "=:=", 2, op_eqx),
    ("erlang", "=/=", 2, op_nex),
    ("erlang", "<", 2, op_lt),
    ("erlang", ">", 2, op_gt),
    ("erlang", "=<", 2, op_le),
    ("erlang", ">=", 2, op_ge),
    ("erlang", "not", 1, op_not),
    ("erlang", "and", 2, op_and),
    ("erlang", "or", 2, op_or),
    ("erlang", "xor", 2, op_xor),
    ("erlang", "min", 2, min),
    ("erlang", "max", 2, max),
    ("erlang", "element", 2, element),
    ("erlang", "setelement", 3, setelement),
    ("erlang", "tuple_size", 1, tuple_size),
    ("erlang", "size", 1, size),
    ("erlang", "make_tuple", 2, make_tuple),
    ("erlang", "make_tuple", 3, make_tuple3),
    ("erlang", "append_element", 2, append_element),
    ("erlang", "delete_element", 2, delete_element),
    ("erlang", "insert_element", 3, insert_element),
    ("erlang", "tuple_to_list", 1, tuple_to_list),
    ("erlang", "list_to_tuple", 1, list_to_tuple),
    ("erlang", "hd", 1, hd),
    ("erlang", "tl", 1, tl),
    ("erlang", "length", 1, length),
    ("erlang", "++", 2, append),
    ("erlang", "--", 2, subtract),
    ("erlang", "atom_to_list", 1, atom_to_list),
    ("erlang", "atom_to_binary", 1, atom_to_binary),
    ("erlang", "atom_to_binary", 2, atom_to_binary2),
    ("erlang", "list_to_atom", 1, list_to_atom),
    ("erlang", "list_to_existing_atom", 1, list_to_existing_atom),
    ("erlang", "binary_to_atom", 1, binary_to_atom),
    ("erlang", "binary_to_atom", 2, binary_to_atom2),
    ("erlang", "binary_to_existing_atom", 1, binary_to_existing_atom),
    ("erlang", "binary_to_existing_atom", 2, binary_to_existing_atom2),
    ("erlang", "integer_to_list", 1, integer_to_list),
    ("erlang", "integer_to_list", 2, integer_to_list2),
    ("erlang", "integer_to_binary", 1, integer_to_binary),
    ("erlang", "integer_to_binary", 2, integer_to_binary2),
    ("erlang", "list_to_integer", 1, list_to_integer),
    ("erlang", "list_to_integer", 2, list_to_integer2),
    ("erlang", "binary_to_integer", 1, binary_to_integer),
    ("erlang", "binary_to_integer", 2, binary_to_integer2),
    ("erlang", "error", 1, error1),
    ("erlang", "error", 2, error2),
    ("erlang", "error", 3, error2),
    ("erlang", "exit", 1, exit1),
    ("erlang", "throw", 1, throw1),
    ("erlang", "raise", 3, raise3),
    ("erlang", "nif_error", 1, error1),
    ("erlang", "nif_error", 2, error2),
    ("erlang", "apply", 2, apply_placeholder),
    ("erlang", "apply", 3, apply_placeholder),
    ("erlang", "hibernate", 3, apply_placeholder),
    ("erlang", "display", 1, display),
    ("erlang", "self", 0, self_),
    ("erlang", "node", 0, node),
    ("erlang", "node", 1, node),
    ("erlang", "make_ref", 0, make_ref),
    ("erlang", "ref_to_list", 1, ref_to_list),
    ("erlang", "pid_to_list", 1, pid_to_list),
    ("erlang", "port_to_list", 1, port_to_list),
    ("erlang", "fun_to_list", 1, fun_to_list),
    ("erlang", "list_to_pid", 1, list_to_pid),
    ("erlang", "get", 1, get),
    ("erlang", "get", 0, get0),
    ("erlang", "get_keys", 0, get_keys),
    ("erlang", "get_keys", 1, get_keys1),
    ("erlang", "put", 2, put),
    ("erlang", "erase", 1, erase),
    ("erlang", "erase", 0, erase0),
    ("erlang", "get_module_info", 1, get_module_info),
    ("erlang", "get_module_info", 2, get_module_info2),
    ("erlang", "function_exported", 3, function_exported),
    ("erlang", "make_fun", 3, make_fun),
    ("erlang", "fun_info", 2, fun_info),
    ("erlang", "error_info_placeholder", 0, self_),
];

fn boolean(b: bool) -> R {
    Ok(if b { atom::TRUE } else { atom::FALSE })
}

fn is_atom(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_atom())
}
fn is_integer(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_integer())
}
fn is_float(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_float())
}
fn is_number(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_number())
}
fn is_list(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_list() || a[0].is_nil())
}
fn is_tuple(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_tuple())
}
fn is_binary(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_binary())
}
fn is_bitstring(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_bitstring())
}
fn is_boolean(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0] == atom::TRUE || a[0] == atom::FALSE)
}
fn is_map(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_map())
}
fn is_pid(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_pid())
}
fn is_port(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_port())
}
fn is_reference(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_reference())
}
fn is_function(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(a[0].is_function())
}
fn is_function2(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if !a[1].is_small() || a[1].small_value() < 0 {
        return badarg();
    }
    boolean(a[0].is_function() && crate::fun::fun_arity(a[0]) as isize == a[1].small_value())
}
fn is_record2(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if !a[1].is_atom() {
        return badarg();
    }
    boolean(a[0].is_tuple() && a[0].tuple_arity() > 0 && a[0].tuple_get(0) == a[1])
}
fn is_record3(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if !a[1].is_atom() || !a[2].is_small() {
        return badarg();
    }
    boolean(
        a[0].is_tuple()
            && a[0].tuple_arity() as isize == a[2].small_value()
            && a[0].tuple_arity() > 0
            && a[0].tuple_get(0) == a[1],
    )
}

fn cmp(vm: &Vm, a: Term, b: Term) -> core::cmp::Ordering {
    compare(a, b, &vm.atoms, Mode::Arith)
}
fn op_eq(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(eq_arith(a[0], a[1]))
}
fn op_ne(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(!eq_arith(a[0], a[1]))
}
fn op_eqx(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(eq_exact(a[0], a[1]))
}
fn op_nex(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(!eq_exact(a[0], a[1]))
}
fn op_lt(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(cmp(vm, a[0], a[1]).is_lt())
}
fn op_gt(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(cmp(vm, a[0], a[1]).is_gt())
}
fn op_le(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(cmp(vm, a[0], a[1]).is_le())
}
fn op_ge(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(cmp(vm, a[0], a[1]).is_ge())
}
fn to_bool(t: Term) -> Result<bool, Exception> {
    if t == atom::TRUE {
        Ok(true)
    } else if t == atom::FALSE {
        Ok(false)
    } else {
        badarg()
    }
}
fn op_not(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    boolean(!to_bool(a[0])?)
}
fn op_and(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let (x, y) = (to_bool(a[0])?, to_bool(a[1])?);
    boolean(x && y)
}
fn op_or(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let (x, y) = (to_bool(a[0])?, to_bool(a[1])?);
    boolean(x || y)
}
fn op_xor(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let (x, y) = (to_bool(a[0])?, to_bool(a[1])?);
    boolean(x ^ y)
}
fn min(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    Ok(if cmp(vm, a[1], a[0]).is_lt() { a[1] } else { a[0] })
}
fn max(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    Ok(if cmp(vm, a[1], a[0]).is_gt() { a[1] } else { a[0] })
}

fn index(t: Term, max: usize) -> Result<usize, Exception> {
    if t.is_small() && t.small_value() >= 1 && t.small_value() as usize <= max {
        Ok(t.small_value() as usize)
    } else {
        badarg()
    }
}

fn element(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if !a[1].is_tuple() {
        return badarg();
    }
    let i = index(a[0], a[1].tuple_arity())?;
    Ok(a[1].tuple_get(i - 1))
}
fn setelement(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[1].is_tuple() {
        return badarg();
    }
    let i = index(a[0], a[1].tuple_arity())?;
    let mut e: Vec<Term> = a[1].tuple_elements().to_vec();
    e[i - 1] = a[2];
    term::tuple(&mut p.heap, &e).map_err(oom)
}
fn tuple_size(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if !a[0].is_tuple() {
        return badarg();
    }
    Ok(Term::small(a[0].tuple_arity() as isize))
}
fn size(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if a[0].is_tuple() {
        return Ok(Term::small(a[0].tuple_arity() as isize));
    }
    if a[0].is_bitstring() {
        return Ok(Term::small(crate::binary::bit_slice(a[0]).size.div_ceil(8) as isize));
    }
    badarg()
}
/// Largest tuple the VM builds.
const MAX_TUPLE: usize = (1 << 24) - 1;
fn make_tuple(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_small() || a[0].small_value() < 0 || a[0].small_value() as usize > MAX_TUPLE {
        return badarg();
    }
    term::tuple_filled(&mut p.heap, a[0].small_value() as usize, a[1]).map_err(oom)
}
fn make_tuple3(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_small() || a[0].small_value() < 0 || a[0].small_value() as usize > MAX_TUPLE {
        return badarg();
    }
    let n = a[0].small_value() as usize;
    let mut e = alloc::vec![a[1]; n];
    let Some(inits) = list_to_vec(a[2]) else { return badarg() };
    for i in inits {
        if !i.is_tuple() || i.tuple_arity() != 2 {
            return badarg();
        }
        let k = index(i.tuple_get(0), n)?;
        e[k - 1] = i.tuple_get(1);
    }
    term::tuple(&mut p.heap, &e).map_err(oom)
}
fn append_element(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_tuple() {
        return badarg();
    }
    let mut e: Vec<Term> = a[0].tuple_elements().to_vec();
    e.push(a[1]);
    term::tuple(&mut p.heap, &e).map_err(oom)
}
fn delete_element(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[1].is_tuple() {
        return badarg();
    }
    let i = index(a[0], a[1].tuple_arity())?;
    let mut e: Vec<Term> = a[1].tuple_elements().to_vec();
    e.remove(i - 1);
    term::tuple(&mut p.heap, &e).map_err(oom)
}
fn insert_element(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[1].is_tuple() {
        return badarg();
    }
    let i = index(a[0], a[1].tuple_arity() + 1)?;
    let mut e: Vec<Term> = a[1].tuple_elements().to_vec();
    e.insert(i - 1, a[2]);
    term::tuple(&mut p.heap, &e).map_err(oom)
}
fn tuple_to_list(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_tuple() {
        return badarg();
    }
    term::list_from_slice(&mut p.heap, a[0].tuple_elements(), Term::NIL).map_err(oom)
}
fn list_to_tuple(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(v) = list_to_vec(a[0]) else { return badarg() };
    term::tuple(&mut p.heap, &v).map_err(oom)
}
fn hd(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if a[0].is_list() {
        Ok(a[0].head())
    } else {
        badarg()
    }
}
fn tl(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if a[0].is_list() {
        Ok(a[0].tail())
    } else {
        badarg()
    }
}
fn length(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let mut n = 0usize;
    let mut l = a[0];
    while l.is_list() {
        n += 1;
        l = l.tail();
    }
    if !l.is_nil() {
        return badarg();
    }
    Ok(Term::small(n as isize))
}
fn append(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if a[0].is_nil() {
        return Ok(a[1]);
    }
    let Some(v) = list_to_vec(a[0]) else { return badarg() };
    term::list_from_slice(&mut p.heap, &v, a[1]).map_err(oom)
}
fn subtract(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (Some(mut l), Some(r)) = (list_to_vec(a[0]), list_to_vec(a[1])) else { return badarg() };
    for x in r {
        if let Some(i) = l.iter().position(|y| eq_exact(*y, x)) {
            l.remove(i);
        }
    }
    term::list_from_slice(&mut p.heap, &l, Term::NIL).map_err(oom)
}

// ---- atoms and text ----

/// Characters of a flat list of integers (a "string"); None if not one.
pub fn string_chars(l: Term) -> Option<Vec<u32>> {
    let mut v = Vec::new();
    let mut t = l;
    while t.is_list() {
        let h = t.head();
        if !h.is_small() || h.small_value() < 0 || h.small_value() > 0x10FFFF {
            return None;
        }
        v.push(h.small_value() as u32);
        t = t.tail();
    }
    if t.is_nil() {
        Some(v)
    } else {
        None
    }
}

fn chars_to_string(c: &[u32]) -> Option<String> {
    c.iter().map(|&x| char::from_u32(x)).collect()
}

fn atom_to_list(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() {
        return badarg();
    }
    let chars: Vec<Term> = vm.atoms.name(a[0]).chars().map(|c| Term::small(c as isize)).collect();
    term::list_from_slice(&mut p.heap, &chars, Term::NIL).map_err(oom)
}
fn atom_to_binary(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() {
        return badarg();
    }
    let s: String = vm.atoms.name(a[0]).into();
    crate::binary::new_binary(&mut p.heap, s.as_bytes()).map_err(oom)
}
fn atom_to_binary2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() {
        return badarg();
    }
    if a[1] == atom::LATIN1 {
        let s: String = vm.atoms.name(a[0]).into();
        let mut bytes = Vec::new();
        for c in s.chars() {
            if c as u32 > 255 {
                return badarg();
            }
            bytes.push(c as u8);
        }
        return crate::binary::new_binary(&mut p.heap, &bytes).map_err(oom);
    }
    if a[1] != atom::UTF8 && a[1] != atom::UNICODE {
        return badarg();
    }
    atom_to_binary(vm, p, a)
}
fn make_atom(vm: &mut Vm, s: &str, existing: bool) -> R {
    if existing {
        return vm.atoms.lookup(s).map_or_else(badarg, Ok);
    }
    match vm.atoms.intern(s) {
        Ok(t) => Ok(t),
        Err(crate::atom::AtomError::TooLong) => Err(Exception::error(atom::SYSTEM_LIMIT)),
        Err(_) => Err(Exception::error(atom::SYSTEM_LIMIT)),
    }
}
fn list_to_atom(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let Some(s) = string_chars(a[0]).and_then(|c| chars_to_string(&c)) else { return badarg() };
    make_atom(vm, &s, false)
}
fn list_to_existing_atom(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let Some(s) = string_chars(a[0]).and_then(|c| chars_to_string(&c)) else { return badarg() };
    make_atom(vm, &s, true)
}
fn binary_atom_text(b: Term, enc: Term) -> Result<String, Exception> {
    let Some(bytes) = crate::binary::binary_bytes(b) else { return badarg() };
    let bytes = &bytes[..];
    if enc == atom::LATIN1 {
        return Ok(bytes.iter().map(|&c| c as char).collect());
    }
    if enc != atom::UTF8 && enc != atom::UNICODE {
        return badarg();
    }
    match core::str::from_utf8(bytes) {
        Ok(s) => Ok(s.into()),
        Err(_) => badarg(),
    }
}
fn binary_to_atom(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let s = binary_atom_text(a[0], atom::UTF8)?;
    make_atom(vm, &s, false)
}
fn binary_to_atom2(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let s = binary_atom_text(a[0], a[1])?;
    make_atom(vm, &s, false)
}
fn binary_to_existing_atom(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let s = binary_atom_text(a[0], atom::UTF8)?;
    make_atom(vm, &s, true)
}
fn binary_to_existing_atom2(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let s = binary_atom_text(a[0], a[1])?;
    make_atom(vm, &s, true)
}

fn int_text(t: Term, base: Term) -> Result<String, Exception> {
    if !base.is_small() || !(2..=36).contains(&base.small_value()) || !t.is_integer() {
        return badarg();
    }
    let b = base.small_value() as u32;
    if t.is_small() {
        let v = t.small_value() as i64;
        if b == 10 {
            return Ok(alloc::format!("{v}"));
        }
        return Ok(crate::bignum::to_string_radix(crate::bignum::BigInt::from_i64(v).as_ref(), b));
    }
    let (neg, mag) = term::bignum_limbs(t);
    Ok(crate::bignum::to_string_radix(crate::bignum::BigRef::new(neg, mag), b))
}
fn integer_to_list(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = int_text(a[0], Term::small(10))?;
    term::bytes_to_list(&mut p.heap, s.as_bytes(), Term::NIL).map_err(oom)
}
fn integer_to_list2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = int_text(a[0], a[1])?;
    term::bytes_to_list(&mut p.heap, s.as_bytes(), Term::NIL).map_err(oom)
}
fn integer_to_binary(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = int_text(a[0], Term::small(10))?;
    crate::binary::new_binary(&mut p.heap, s.as_bytes()).map_err(oom)
}
fn integer_to_binary2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let s = int_text(a[0], a[1])?;
    crate::binary::new_binary(&mut p.heap, s.as_bytes()).map_err(oom)
}
fn parse_int(p: &mut Process, bytes: &[u8], base: Term) -> R {
    if !base.is_small() || !(2..=36).contains(&base.small_value()) {
        return badarg();
    }
    match crate::bignum::parse_radix(bytes, base.small_value() as u32) {
        Some(b) => super::arith::make_big(p, &b),
        None => badarg(),
    }
}
fn list_bytes(l: Term) -> Option<Vec<u8>> {
    let c = string_chars(l)?;
    c.iter().map(|&x| u8::try_from(x).ok()).collect()
}
fn list_to_integer(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(b) = list_bytes(a[0]) else { return badarg() };
    parse_int(p, &b, Term::small(10))
}
fn list_to_integer2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(b) = list_bytes(a[0]) else { return badarg() };
    parse_int(p, &b, a[1])
}
fn binary_to_integer(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(b) = crate::binary::binary_bytes(a[0]) else { return badarg() };
    parse_int(p, &b, Term::small(10))
}
fn binary_to_integer2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(b) = crate::binary::binary_bytes(a[0]) else { return badarg() };
    parse_int(p, &b, a[1])
}

// ---- exceptions ----

/// error/1, exit/1 and throw/1 raise from their caller: OTP's trace starts with the
/// calling function and its arity (even after a tail call), never with the BIF.
fn from_caller(mut e: Exception) -> R {
    e.args = atom::UNDEFINED;
    e.top_is_current = true;
    Err(e)
}
fn error1(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    from_caller(Exception::error(a[0]))
}
fn error2(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let mut e = Exception::error(a[0]);
    e.args = a[1];
    e.top_is_current = true;
    Err(e)
}
fn exit1(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    from_caller(Exception::new(Class::Exit, a[0]))
}
fn throw1(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    from_caller(Exception::new(Class::Throw, a[0]))
}
fn raise3(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let class = match a[0] {
        c if c == atom::ERROR => Class::Error,
        c if c == atom::EXIT => Class::Exit,
        c if c == atom::THROW => Class::Throw,
        // OTP returns (not raises) badarg for a bad class or stack trace.
        _ => return Ok(atom::BADARG),
    };
    let Some(frames) = list_to_vec(a[2]) else { return Ok(atom::BADARG) };
    if !frames.iter().all(|&f| valid_frame(f)) {
        return Ok(atom::BADARG);
    }
    let mut e = Exception::new(class, a[1]);
    e.trace = a[2];
    Err(e)
}
/// A stack trace entry `raise/3` accepts: `{M, F, ArityOrArgs, Location}` or
/// `{Fun, ArityOrArgs, Location}`.
fn valid_frame(f: Term) -> bool {
    if !f.is_tuple() {
        return false;
    }
    let arity_or_args = |t: Term| t.is_small() && t.small_value() >= 0 || list_to_vec(t).is_some();
    match f.tuple_elements() {
        [m, fun, a, loc] => m.is_atom() && fun.is_atom() && arity_or_args(*a) && list_to_vec(*loc).is_some(),
        [fun, a, loc] => fun.is_function() && arity_or_args(*a) && list_to_vec(*loc).is_some(),
        _ => false,
    }
}
fn apply_placeholder(_: &mut Vm, _: &mut Process, _a: &[Term]) -> R {
    // The interpreter dispatches erlang:apply/2,3 and erlang:hibernate/3 itself; these
    // entries only mark them as BIFs.
    badarg()
}

// ---- output, identity ----

fn display(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    // Like OTP, a non-empty list of printable characters prints as a string.
    let printable = string_chars(a[0]).filter(|c| !c.is_empty() && c.iter().all(|&x| (32..127).contains(&x)));
    let mut s = match printable {
        Some(c) => {
            let mut s = String::from("\"");
            for ch in c {
                if ch == '"' as u32 || ch == '\\' as u32 {
                    s.push('\\');
                }
                s.push(ch as u8 as char);
            }
            s.push('"');
            s
        }
        None => term::print::to_string(a[0], &vm.atoms),
    };
    s.push('\n');
    vm.platform.write_console(s.as_bytes());
    Ok(atom::TRUE)
}
fn self_(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    Ok(p.pid_term())
}
fn node(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    match a.first() {
        Some(t) if !(t.is_pid() || t.is_port() || t.is_reference()) => badarg(),
        _ => Ok(atom::NONODE),
    }
}
/// `ref_to_list/1`, `pid_to_list/1`, `port_to_list/1`, `fun_to_list/1`: the printed form.
fn printed_to_list(vm: &mut Vm, p: &mut Process, t: Term) -> R {
    let s = crate::term::print::to_string(t, &vm.atoms);
    term::bytes_to_list(&mut p.heap, s.as_bytes(), Term::NIL).map_err(oom)
}
fn ref_to_list(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_reference() {
        return badarg();
    }
    printed_to_list(vm, p, a[0])
}
fn pid_to_list(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_pid() {
        return badarg();
    }
    printed_to_list(vm, p, a[0])
}
fn port_to_list(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_port() {
        return badarg();
    }
    printed_to_list(vm, p, a[0])
}
fn fun_to_list(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_function() {
        return badarg();
    }
    printed_to_list(vm, p, a[0])
}
/// `list_to_pid("<0.N.S>")`.
fn list_to_pid(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let Some(chars) = string_chars(a[0]) else { return badarg() };
    let s: String = chars.iter().filter_map(|&c| char::from_u32(c)).collect();
    let Some(inner) = s.strip_prefix('<').and_then(|r| r.strip_suffix('>')) else { return badarg() };
    let parts: Vec<&str> = inner.split('.').collect();
    let [node, index, serial] = parts[..] else { return badarg() };
    let (Ok(0), Ok(i), Ok(sr)) = (node.parse::<u32>(), index.parse::<u32>(), serial.parse::<u32>()) else {
        return badarg();
    };
    let bits = crate::process::table::INDEX_BITS;
    if i >= 1 << bits || (sr as u64) << bits >= if usize::BITS == 64 { 1 << 32 } else { 1 << 28 } {
        return badarg();
    }
    Ok(Term::pid(sr << bits | i))
}
fn make_ref(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let id = vm.new_ref();
    term::reference(&mut p.heap, id).map_err(oom)
}

// ---- process dictionary ----

fn pd_find(p: &Process, k: Term) -> Option<usize> {
    p.pdict.iter().position(|(x, _)| eq_exact(*x, k))
}
fn get(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    Ok(pd_find(p, a[0]).map(|i| p.pdict[i].1).unwrap_or(atom::UNDEFINED))
}
fn pd_list(p: &mut Process) -> R {
    let mut items = Vec::with_capacity(p.pdict.len());
    for i in 0..p.pdict.len() {
        let (k, v) = p.pdict[i];
        items.push(term::tuple(&mut p.heap, &[k, v]).map_err(oom)?);
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}
fn get0(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    pd_list(p)
}
fn get_keys(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let keys: Vec<Term> = p.pdict.iter().map(|e| e.0).collect();
    term::list_from_slice(&mut p.heap, &keys, Term::NIL).map_err(oom)
}
fn get_keys1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let keys: Vec<Term> = p.pdict.iter().filter(|e| eq_exact(e.1, a[0])).map(|e| e.0).collect();
    term::list_from_slice(&mut p.heap, &keys, Term::NIL).map_err(oom)
}
fn put(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    match pd_find(p, a[0]) {
        Some(i) => {
            let old = p.pdict[i].1;
            p.pdict[i].1 = a[1];
            Ok(old)
        }
        None => {
            p.pdict.push((a[0], a[1]));
            Ok(atom::UNDEFINED)
        }
    }
}
fn erase(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    match pd_find(p, a[0]) {
        Some(i) => Ok(p.pdict.remove(i).1),
        None => Ok(atom::UNDEFINED),
    }
}
fn erase0(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let r = get0(vm, p, a)?;
    p.pdict.clear();
    Ok(r)
}

// ---- modules and funs ----

fn get_module_info(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let mut items = Vec::new();
    for key in [atom::MODULE, atom::EXPORTS, atom::ATTRIBUTES, atom::COMPILE, atom::MD5] {
        let v = get_module_info2(vm, p, &[a[0], key])?;
        items.push(term::tuple(&mut p.heap, &[key, v]).map_err(oom)?);
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}
fn get_module_info2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(m) = vm.module(a[0]) else { return badarg() };
    if a[1] == atom::MODULE {
        return Ok(m.name);
    }
    if a[1] == atom::EXPORTS || a[1] == atom::FUNCTIONS {
        let list: Vec<(Term, u32)> = if a[1] == atom::EXPORTS {
            m.exports.iter().map(|e| (e.0, e.1)).collect()
        } else {
            m.functions.iter().map(|f| (f.name, f.arity)).collect()
        };
        let mut items = Vec::with_capacity(list.len());
        for (f, ar) in list {
            items.push(term::tuple(&mut p.heap, &[f, Term::small(ar as isize)]).map_err(oom)?);
        }
        return term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom);
    }
    if a[1] == atom::ATTRIBUTES || a[1] == atom::COMPILE {
        let bytes = if a[1] == atom::ATTRIBUTES { m.attributes.clone() } else { m.compile_info.clone() };
        if let Some(b) = bytes {
            if let Ok((t, _)) = crate::etf::decode(&b, &mut vm.atoms, &mut p.heap, Default::default()) {
                return Ok(t);
            }
        }
        return Ok(Term::NIL);
    }
    if a[1] == atom::MD5 {
        let md5 = m.md5;
        return crate::binary::new_binary(&mut p.heap, &md5).map_err(oom);
    }
    badarg()
}
fn function_exported(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() || !a[1].is_atom() || !a[2].is_small() {
        return badarg();
    }
    let Some(e) = vm.find_export(a[0], a[1], a[2].small_value() as u32) else { return boolean(false) };
    let ex = &vm.exports[e as usize];
    boolean(!ex.code.is_null() || ex.bif.is_some())
}
fn make_fun(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() || !a[1].is_atom() || !a[2].is_small() || !(0..=255).contains(&a[2].small_value()) {
        return badarg();
    }
    term::export_fun(&mut p.heap, a[0], a[1], a[2].small_value() as usize).map_err(oom)
}
fn fun_info(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let f = a[0];
    if !f.is_function() {
        return badarg();
    }
    let item = a[1];
    let value = if f.boxed_tag() == term::HDR_EXPORT {
        let (m, name, ar) = crate::fun::export_mfa(f);
        match item {
            i if i == atom::ARITY => Term::small(ar as isize),
            i if i == atom::MODULE => m,
            i if i == atom::NAME => name,
            i if i == atom::ENV => Term::NIL,
            i if i == atom::TYPE => atom::EXTERNAL,
            i if i == atom::PID
                || i == atom::INDEX
                || i == atom::NEW_INDEX
                || i == atom::UNIQ
                || i == atom::NEW_UNIQ =>
            {
                atom::UNDEFINED
            }
            _ => return badarg(),
        }
    } else {
        let e = crate::fun::closure_entry(f);
        match item {
            i if i == atom::ARITY => Term::small((e.arity - e.num_free) as isize),
            i if i == atom::MODULE => e.module,
            i if i == atom::NAME => e.name,
            i if i == atom::ENV => {
                term::list_from_slice(&mut p.heap, crate::fun::closure_env(f), Term::NIL).map_err(oom)?
            }
            i if i == atom::TYPE => atom::LOCAL,
            i if i == atom::PID => p.pid_term(),
            i if i == atom::INDEX || i == atom::NEW_INDEX => Term::small(e.index as isize),
            i if i == atom::UNIQ || i == atom::NEW_UNIQ => Term::small(e.old_uniq as isize),
            _ => return badarg(),
        }
    };
    let _ = vm;
    term::tuple(&mut p.heap, &[item, value]).map_err(oom)
}
