//! Exceptions: building OTP-shaped stack traces, finding the catch handler that takes an
//! exception, and the value a `catch` expression yields.

use alloc::vec::Vec;

use super::instr::Instr;
use crate::atom;
use crate::process::{Class, Exception, Process};
use crate::term::{self, AllocError, Term, Word};
use crate::vm::Vm;

/// Frames kept in a stack trace (OTP's default backtrace depth).
const MAX_FRAMES: usize = 8;

/// `{M, F, ArityOrArgs, Location}` for code address `at`.
fn frame_for(vm: &mut Vm, p: &mut Process, at: *const Instr, args: Option<Term>) -> Result<Option<Term>, AllocError> {
    let Some(m) = vm.module_of(at) else { return Ok(None) };
    let i = m.index_of(at);
    let Some(f) = m.function_at(i) else { return Ok(None) };
    let (mname, fname, arity) = (m.name, f.name, f.arity);
    let loc = m.location(i).map(|(file, line)| (alloc::string::String::from(file), line));
    let loc_term = location(p, loc)?;
    let aa = match args {
        Some(a) => a,
        None => Term::small(arity as isize),
    };
    Ok(Some(term::tuple(&mut p.heap, &[mname, fname, aa, loc_term])?))
}

fn location(p: &mut Process, loc: Option<(alloc::string::String, u32)>) -> Result<Term, AllocError> {
    let Some((file, line)) = loc else { return Ok(Term::NIL) };
    let fstr = term::bytes_to_list(&mut p.heap, file.as_bytes(), Term::NIL)?;
    let ft = term::tuple(&mut p.heap, &[atom::FILE, fstr])?;
    let lt = term::tuple(&mut p.heap, &[atom::LINE, Term::small(line as isize)])?;
    term::list_from_slice(&mut p.heap, &[ft, lt], Term::NIL)
}

/// Builds the stack trace of an exception raised at `pc` (the instruction after the faulting
/// one) with continuation register `cp`.
pub fn build_trace(
    vm: &mut Vm,
    p: &mut Process,
    e: &Exception,
    pc: *const Instr,
    cp: Word,
) -> Result<Term, AllocError> {
    let mut frames: Vec<Term> = Vec::new();
    if let Some((m, f)) = e.top {
        let args = if e.args.is_non_value() { Term::NIL } else { e.args };
        frames.push(term::tuple(&mut p.heap, &[m, f, args, Term::NIL])?);
    }
    // The faulting instruction is the one before `pc`.
    // SAFETY: pc is one past an instruction of a loaded module.
    let fault = unsafe { pc.sub(1) };
    // `error(R, none)` and other non-list arguments fall back to the arity, as in OTP.
    let args = if e.top_is_current && (e.args.is_list() || e.args.is_nil()) { Some(e.args) } else { None };
    if let Some(t) = frame_for(vm, p, fault, args)? {
        frames.push(t);
    }
    let mut cps: Vec<*const Instr> = Vec::new();
    if cp != 0 {
        cps.push(cp as *const Instr);
    }
    for &w in p.heap.stack() {
        if cps.len() + frames.len() >= MAX_FRAMES {
            break;
        }
        if w & 0b11 == 0 && w != 0 {
            cps.push(w as *const Instr);
        }
    }
    for c in cps {
        if frames.len() >= MAX_FRAMES {
            break;
        }
        // A continuation points after the call: its location is the call's.
        // SAFETY: continuations point one past a call instruction of a loaded module.
        let call = unsafe { c.sub(1) };
        if let Some(t) = frame_for(vm, p, call, None)? {
            frames.push(t);
        }
    }
    term::list_from_slice(&mut p.heap, &frames, Term::NIL)
}

/// Unwinds the stack to the innermost catch; returns its handler, or None if there is none
/// (the stack is then left as it was).
pub fn find_handler(vm: &Vm, p: &mut Process) -> Option<*const Instr> {
    let stack = p.heap.stack();
    let mut frame_base = 0usize;
    for (i, &w) in stack.iter().enumerate() {
        if w & 0b11 == 0 {
            frame_base = i;
        } else if Term(w).is_catch() {
            let idx = Term(w).catch_index() as usize;
            let h = *vm.catches.get(idx)?;
            let remaining = stack.len() - frame_base;
            p.heap.truncate_stack(remaining);
            return Some(h);
        }
    }
    None
}

/// The value of `catch Expr` when Expr raised: the thrown value, `{'EXIT', {Reason, Trace}}`
/// for errors, `{'EXIT', Reason}` for exits.
pub fn make_catch_value(p: &mut Process, class: Term, reason: Term, trace: Term) -> Result<Term, AllocError> {
    if class == atom::THROW {
        return Ok(reason);
    }
    if class == atom::ERROR {
        let inner = term::tuple(&mut p.heap, &[reason, trace])?;
        return term::tuple(&mut p.heap, &[atom::EXIT_UPPER, inner]);
    }
    term::tuple(&mut p.heap, &[atom::EXIT_UPPER, reason])
}

#[allow(dead_code)]
fn class_of(c: Class) -> Term {
    super::exec::class_atom(c)
}
