//! Match specifications, as `ets:select/2` and friends take them: a list of
//! `{Head, Guards, Body}` clauses. The head is a pattern with `'$N'` variables and `'_'`;
//! guards and body are expressions: variables, `'$_'` (the object), `'$$'` (the bound
//! variables), `{const, T}`, `{{...}}` (a tuple built from expressions), lists and maps of
//! expressions, and calls `{F, Args...}` of the guard functions (`erlang` BIFs) plus
//! `andalso`, `orelse` and `self`.
//!
//! A specification is checked once ([`compile`]) and then run against each object. The
//! check bounds the nesting of expressions, so evaluating them recurses boundedly; matching
//! heads and walking list spines use loops and explicit stacks.

use alloc::vec::Vec;

use crate::atom::{self, AtomTable};
use crate::process::Process;
use crate::term::compare::eq_exact;
use crate::term::copy::copy_into;
use crate::term::{self, Term};
use crate::vm::Vm;

/// Deepest nesting of guard and body expressions accepted.
const MAX_DEPTH: u32 = 100;
/// Largest variable number accepted (`'$65535'`).
const MAX_VAR: usize = 1 << 16;

/// The functions a guard or body may call (as `erlang` BIFs), besides the special forms.
const GUARD_BIFS: &[&str] = &[
    "is_atom",
    "is_float",
    "is_integer",
    "is_list",
    "is_number",
    "is_pid",
    "is_port",
    "is_reference",
    "is_tuple",
    "is_map",
    "is_binary",
    "is_bitstring",
    "is_boolean",
    "is_function",
    "is_record",
    "is_map_key",
    "map_get",
    "map_size",
    "abs",
    "element",
    "hd",
    "tl",
    "length",
    "node",
    "round",
    "trunc",
    "size",
    "bit_size",
    "byte_size",
    "tuple_size",
    "binary_part",
    "float",
    "+",
    "-",
    "*",
    "/",
    "div",
    "rem",
    "band",
    "bor",
    "bxor",
    "bnot",
    "bsl",
    "bsr",
    ">",
    ">=",
    "<",
    "=<",
    "=:=",
    "==",
    "=/=",
    "/=",
    "and",
    "or",
    "xor",
    "not",
    "min",
    "max",
];

/// What an atom means in a match specification.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Var {
    /// `'_'`
    Any,
    /// `'$N'`
    Num(usize),
    /// `'$_'`
    Object,
    /// `'$$'`
    AllVars,
    /// Any other atom: itself.
    No,
}

pub fn var_of(atoms: &AtomTable, a: Term) -> Var {
    let s = atoms.name(a).as_bytes();
    match s {
        b"_" => Var::Any,
        b"$_" => Var::Object,
        b"$$" => Var::AllVars,
        [b'$', d @ ..] if !d.is_empty() && d.len() <= 9 && d.iter().all(|c| c.is_ascii_digit()) => {
            // Leading zeros ('$01') are not variables in OTP.
            if d.len() > 1 && d[0] == b'0' {
                return Var::No;
            }
            let n = d.iter().fold(0usize, |n, &c| n * 10 + (c - b'0') as usize);
            Var::Num(n)
        }
        _ => Var::No,
    }
}

struct Clause {
    head: Term,
    guards: Vec<Term>,
    body: Vec<Term>,
}

/// A checked match specification (its terms are on the caller's heap).
pub struct MatchSpec {
    clauses: Vec<Clause>,
    nvars: usize,
}

/// Per-run scratch space.
#[derive(Default)]
pub struct Scratch {
    binds: Vec<Term>,
    copies: Vec<Term>,
    order: Vec<usize>,
    stack: Vec<(Term, Term)>,
}

/// Variables a pattern binds, as numbers (pushed onto `out`); Err past `MAX_VAR`.
fn pattern_vars(atoms: &AtomTable, pat: Term, out: &mut Vec<usize>) -> Result<(), ()> {
    let mut stack = alloc::vec![pat];
    while let Some(t) = stack.pop() {
        if t.is_atom() {
            if let Var::Num(n) = var_of(atoms, t) {
                if n >= MAX_VAR {
                    return Err(());
                }
                out.push(n);
            }
        } else if t.is_list() {
            stack.push(t.head());
            stack.push(t.tail());
        } else if t.is_tuple() {
            stack.extend_from_slice(t.tuple_elements());
        } else if t.is_map() {
            for (k, v) in crate::map::to_pairs(t) {
                stack.push(k);
                stack.push(v);
            }
        }
    }
    Ok(())
}

/// True if `t` has no variables (or `'_'`).
pub fn is_ground(atoms: &AtomTable, t: Term) -> bool {
    let mut stack = alloc::vec![t];
    while let Some(t) = stack.pop() {
        if t.is_atom() {
            if var_of(atoms, t) != Var::No {
                return false;
            }
        } else if t.is_list() {
            stack.push(t.head());
            stack.push(t.tail());
        } else if t.is_tuple() {
            stack.extend_from_slice(t.tuple_elements());
        } else if t.is_map() {
            for (k, v) in crate::map::to_pairs(t) {
                stack.push(k);
                stack.push(v);
            }
        }
    }
    true
}

fn is_guard_fn(vm: &Vm, f: Term, arity: usize) -> bool {
    let name = vm.atoms.name(f);
    if !GUARD_BIFS.contains(&name) {
        return false;
    }
    vm.find_export(atom::ERLANG, f, arity as u32).is_some_and(|e| vm.exports[e as usize].bif.is_some())
}

/// Checks an expression: known functions, bound variables, bounded nesting.
fn check_expr(vm: &Vm, e: Term, bound: &[bool], depth: u32) -> Result<(), ()> {
    if depth > MAX_DEPTH {
        return Err(());
    }
    if e.is_atom() {
        return match var_of(&vm.atoms, e) {
            Var::Num(n) if n < bound.len() && bound[n] => Ok(()),
            Var::Num(_) | Var::Any => Err(()),
            _ => Ok(()),
        };
    }
    if e.is_list() {
        let mut l = e;
        while l.is_list() {
            check_expr(vm, l.head(), bound, depth + 1)?;
            l = l.tail();
        }
        return check_expr(vm, l, bound, depth + 1);
    }
    if e.is_tuple() {
        let el = e.tuple_elements();
        let Some(&f) = el.first() else { return Ok(()) };
        if f.is_tuple() && el.len() == 1 {
            for &x in f.tuple_elements() {
                check_expr(vm, x, bound, depth + 1)?;
            }
            return Ok(());
        }
        if !f.is_atom() {
            return Err(());
        }
        let args = &el[1..];
        match vm.atoms.name(f) {
            "const" if args.len() == 1 => return Ok(()),
            "self" if args.is_empty() => return Ok(()),
            "andalso" | "orelse" if !args.is_empty() => {}
            _ if is_guard_fn(vm, f, args.len()) => {}
            _ => return Err(()),
        }
        for &x in args {
            check_expr(vm, x, bound, depth + 1)?;
        }
        return Ok(());
    }
    if e.is_map() {
        for (k, v) in crate::map::to_pairs(e) {
            check_expr(vm, k, bound, depth + 1)?;
            check_expr(vm, v, bound, depth + 1)?;
        }
    }
    Ok(())
}

/// Checks a match specification; Err (badarg) if it is not one.
pub fn compile(vm: &Vm, ms: Term) -> Result<MatchSpec, ()> {
    let clauses_t = crate::bif::list_to_vec(ms).ok_or(())?;
    let mut clauses = Vec::with_capacity(clauses_t.len());
    let mut nvars = 0usize;
    let mut vars = Vec::new();
    for c in clauses_t {
        if !c.is_tuple() || c.tuple_arity() != 3 {
            return Err(());
        }
        let [head, g, b] = [c.tuple_get(0), c.tuple_get(1), c.tuple_get(2)];
        let guards = crate::bif::list_to_vec(g).ok_or(())?;
        let body = crate::bif::list_to_vec(b).ok_or(())?;
        if body.is_empty() {
            return Err(());
        }
        vars.clear();
        pattern_vars(&vm.atoms, head, &mut vars)?;
        let top = vars.iter().copied().max().map_or(0, |m| m + 1);
        nvars = nvars.max(top);
        let mut bound = alloc::vec![false; top];
        for &v in &vars {
            bound[v] = true;
        }
        for &e in guards.iter().chain(body.iter()) {
            check_expr(vm, e, &bound, 0)?;
        }
        clauses.push(Clause { head, guards, body });
    }
    Ok(MatchSpec { clauses, nvars })
}

impl MatchSpec {
    /// The keys every clause's head fixes (a tuple head whose key element has no
    /// variables), or None if some clause may match any key.
    pub fn keys(&self, atoms: &AtomTable, keypos: usize) -> Option<Vec<Term>> {
        let mut keys = Vec::new();
        for c in &self.clauses {
            if !c.head.is_tuple() || c.head.tuple_arity() < keypos {
                // A head that is not a tuple matches no object, unless it is a variable.
                if c.head.is_atom() && var_of(atoms, c.head) != Var::No {
                    return None;
                }
                continue;
            }
            let k = c.head.tuple_get(keypos - 1);
            if !is_ground(atoms, k) {
                return None;
            }
            keys.push(k);
        }
        Some(keys)
    }

    /// Runs the specification on `obj` (a term in table storage). Returns the body's value
    /// (built on the caller's heap; `'EXIT'` if the body failed), or None if no clause
    /// matches.
    pub fn run(&self, vm: &mut Vm, p: &mut Process, obj: Term, s: &mut Scratch) -> Option<Term> {
        for c in &self.clauses {
            s.binds.clear();
            s.binds.resize(self.nvars, Term::NON_VALUE);
            s.order.clear();
            if !match_head(&vm.atoms, c.head, obj, s) {
                continue;
            }
            s.order.sort_unstable();
            let mut ok = true;
            for &g in &c.guards {
                let mut cx = Cx { s, obj, obj_copy: Term::NON_VALUE, body: false };
                if eval(vm, p, &mut cx, g) != Ok(atom::TRUE) {
                    ok = false;
                    break;
                }
            }
            if !ok {
                continue;
            }
            s.copies.clear();
            s.copies.resize(self.nvars, Term::NON_VALUE);
            let mut cx = Cx { s, obj, obj_copy: Term::NON_VALUE, body: true };
            let mut r = Term::NIL;
            for &e in &c.body {
                match eval(vm, p, &mut cx, e) {
                    Ok(v) => r = v,
                    Err(()) => return Some(atom::EXIT_UPPER),
                }
            }
            return Some(r);
        }
        None
    }
}

/// Matches a head pattern against an object, binding variables.
fn match_head(atoms: &AtomTable, pat: Term, obj: Term, s: &mut Scratch) -> bool {
    s.stack.clear();
    s.stack.push((pat, obj));
    while let Some((p, o)) = s.stack.pop() {
        if p.is_atom() {
            match var_of(atoms, p) {
                Var::Any => {}
                Var::Num(n) => {
                    if s.binds[n].is_non_value() {
                        s.binds[n] = o;
                        s.order.push(n);
                    } else if !eq_exact(s.binds[n], o) {
                        return false;
                    }
                }
                _ => {
                    if p != o {
                        return false;
                    }
                }
            }
        } else if p.is_list() {
            if !o.is_list() {
                return false;
            }
            s.stack.push((p.tail(), o.tail()));
            s.stack.push((p.head(), o.head()));
        } else if p.is_tuple() {
            if !o.is_tuple() || o.tuple_arity() != p.tuple_arity() {
                return false;
            }
            for (&a, &b) in p.tuple_elements().iter().zip(o.tuple_elements()).rev() {
                s.stack.push((a, b));
            }
        } else if p.is_map() {
            if !o.is_map() {
                return false;
            }
            for (k, v) in crate::map::to_pairs(p) {
                match crate::map::get(o, k) {
                    Some(ov) => s.stack.push((v, ov)),
                    None => return false,
                }
            }
        } else if !eq_exact(p, o) {
            return false;
        }
    }
    true
}

/// Evaluation context: bindings, the object, and whether values go into a result (body:
/// copied onto the caller's heap) or are only inspected (guards: used in place).
struct Cx<'a> {
    s: &'a mut Scratch,
    obj: Term,
    obj_copy: Term,
    body: bool,
}

fn out(p: &mut Process, t: Term) -> Result<Term, ()> {
    copy_into(&mut p.heap, t, &|_| true).ok_or(())
}

impl Cx<'_> {
    fn var(&mut self, p: &mut Process, n: usize) -> Result<Term, ()> {
        let v = *self.s.binds.get(n).ok_or(())?;
        if v.is_non_value() {
            return Err(());
        }
        if !self.body {
            return Ok(v);
        }
        if self.s.copies[n].is_non_value() {
            self.s.copies[n] = out(p, v)?;
        }
        Ok(self.s.copies[n])
    }
    fn object(&mut self, p: &mut Process) -> Result<Term, ()> {
        if !self.body {
            return Ok(self.obj);
        }
        if self.obj_copy.is_non_value() {
            self.obj_copy = out(p, self.obj)?;
        }
        Ok(self.obj_copy)
    }
}

/// Evaluates a checked expression (nesting bounded by `MAX_DEPTH`).
fn eval(vm: &mut Vm, p: &mut Process, cx: &mut Cx, e: Term) -> Result<Term, ()> {
    if e.is_atom() {
        return match var_of(&vm.atoms, e) {
            Var::Num(n) => cx.var(p, n),
            Var::Object => cx.object(p),
            Var::AllVars => {
                let mut vals = Vec::with_capacity(cx.s.order.len());
                for i in 0..cx.s.order.len() {
                    let n = cx.s.order[i];
                    vals.push(cx.var(p, n)?);
                }
                term::list_from_slice(&mut p.heap, &vals, Term::NIL).map_err(|_| ())
            }
            Var::Any => Err(()),
            Var::No => Ok(e),
        };
    }
    if e.is_list() {
        let mut vals = Vec::new();
        let mut l = e;
        while l.is_list() {
            vals.push(eval(vm, p, cx, l.head())?);
            l = l.tail();
        }
        let tail = eval(vm, p, cx, l)?;
        return term::list_from_slice(&mut p.heap, &vals, tail).map_err(|_| ());
    }
    if e.is_tuple() {
        let el = e.tuple_elements();
        let Some(&f) = el.first() else { return Ok(e) };
        if f.is_tuple() && el.len() == 1 {
            let mut vals = Vec::with_capacity(f.tuple_arity());
            for &x in f.tuple_elements() {
                vals.push(eval(vm, p, cx, x)?);
            }
            return term::tuple(&mut p.heap, &vals).map_err(|_| ());
        }
        let args = &el[1..];
        #[derive(PartialEq)]
        enum F {
            Const,
            Self_,
            AndAlso,
            OrElse,
            And,
            Or,
            Other,
        }
        let name = match vm.atoms.name(f) {
            "const" => F::Const,
            "self" => F::Self_,
            "andalso" => F::AndAlso,
            "orelse" => F::OrElse,
            "and" => F::And,
            "or" => F::Or,
            _ => F::Other,
        };
        match name {
            F::Const => return Ok(args[0]),
            F::Self_ => return Ok(p.pid_term()),
            F::AndAlso | F::OrElse => {
                let stop_on = if name == F::AndAlso { atom::FALSE } else { atom::TRUE };
                for (i, &x) in args.iter().enumerate() {
                    let v = eval(vm, p, cx, x)?;
                    if v == stop_on {
                        return Ok(v);
                    }
                    if i + 1 < args.len() && v != atom::TRUE && v != atom::FALSE {
                        return Err(());
                    }
                    if i + 1 == args.len() {
                        return Ok(v);
                    }
                }
                return Err(());
            }
            F::And | F::Or if args.len() != 2 => {
                // The n-ary forms of match specifications.
                let mut acc = name == F::And;
                for &x in args {
                    let v = eval(vm, p, cx, x)?;
                    let b = match v {
                        v if v == atom::TRUE => true,
                        v if v == atom::FALSE => false,
                        _ => return Err(()),
                    };
                    acc = if name == F::And { acc && b } else { acc || b };
                }
                return Ok(Term::boolean(acc));
            }
            _ => {}
        }
        let mut vals = Vec::with_capacity(args.len());
        for &x in args {
            vals.push(eval(vm, p, cx, x)?);
        }
        let exp = vm.find_export(atom::ERLANG, f, args.len() as u32).ok_or(())?;
        let bif = vm.exports[exp as usize].bif.ok_or(())?;
        return bif(vm, p, &vals).map_err(|_| ());
    }
    if e.is_map() {
        let mut pairs = Vec::new();
        for (k, v) in crate::map::to_pairs(e) {
            let k = eval(vm, p, cx, k)?;
            let v = eval(vm, p, cx, v)?;
            pairs.push((k, v));
        }
        return crate::map::from_pairs(&mut p.heap, &vm.atoms, &mut pairs).map_err(|_| ());
    }
    Ok(e)
}
