//! Funs: closures (a module's lambda plus captured values) and export funs (`fun M:F/A`).

use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::interp::instr::Instr;
use crate::term::compare::Mode;
use crate::term::{header_arity, make_header, Alloc, AllocError, Term, Word, HDR_EXPORT, HDR_FUN};

/// A lambda of a loaded module (one FunT entry). Lives as long as the module.
pub struct FunEntry {
    pub module: Term,
    pub name: Term,
    /// Arity including the free variables.
    pub arity: u32,
    pub num_free: u32,
    pub index: u32,
    pub old_uniq: u32,
    /// Entry point, set once the module's code is translated.
    pub code: *const Instr,
}

// SAFETY: a fun entry is immutable once its module is loaded; `code` points into that module's
// code, which lives as long as the entry.
unsafe impl Send for FunEntry {}
// SAFETY: as above.
unsafe impl Sync for FunEntry {}

/// Builds a closure over `env`.
pub fn make_closure(h: &mut impl Alloc, entry: &FunEntry, env: &[Term]) -> Result<Term, AllocError> {
    let p = h.alloc(2 + env.len())?;
    // SAFETY: `alloc` returned 2 + len writable words.
    unsafe {
        *p = make_header(HDR_FUN, 1 + env.len());
        *p.add(1) = entry as *const FunEntry as Word;
        for (i, t) in env.iter().enumerate() {
            *p.add(2 + i) = t.0;
        }
    }
    Ok(Term::boxed_ptr(p))
}

/// The entry of a closure.
pub fn closure_entry<'a>(f: Term) -> &'a FunEntry {
    // SAFETY: a closure's first payload word points at a FunEntry of a loaded module, and
    // modules are never freed while the VM runs.
    unsafe { &*(f.boxed_word(1) as *const FunEntry) }
}

/// The captured values of a closure.
pub fn closure_env<'a>(f: Term) -> &'a [Term] {
    let n = header_arity(f.header()) - 1;
    // SAFETY: the env is the `n` words after the entry pointer.
    unsafe { core::slice::from_raw_parts(f.ptr().add(2) as *const Term, n) }
}

/// Module, function and arity of an export fun.
pub fn export_mfa(f: Term) -> (Term, Term, usize) {
    (Term(f.boxed_word(1)), Term(f.boxed_word(2)), Term(f.boxed_word(3)).small_value() as usize)
}

/// The arity a caller must pass.
pub fn fun_arity(f: Term) -> usize {
    if f.boxed_tag() == HDR_EXPORT {
        export_mfa(f).2
    } else {
        let e = closure_entry(f);
        (e.arity - e.num_free) as usize
    }
}

/// Term order between two funs (OTP: by module, then index/uniq, then environment).
pub fn compare_funs(a: Term, b: Term, mode: Mode, stack: &mut Vec<(Term, Term, Mode)>) -> Ordering {
    let (ta, tb) = (a.boxed_tag(), b.boxed_tag());
    if ta != tb {
        // Export funs sort before closures, as in OTP 23+... keep a stable order.
        return (ta == HDR_FUN).cmp(&(tb == HDR_FUN));
    }
    if ta == HDR_EXPORT {
        let (ma, fa, aa) = export_mfa(a);
        let (mb, fb, ab) = export_mfa(b);
        stack.push((Term::small(aa as isize), Term::small(ab as isize), mode));
        stack.push((fa, fb, mode));
        stack.push((ma, mb, mode));
        return Ordering::Equal;
    }
    let (ea, eb) = (closure_entry(a), closure_entry(b));
    if !core::ptr::eq(ea, eb) {
        let o = (ea.module.0, ea.index, ea.old_uniq).cmp(&(eb.module.0, eb.index, eb.old_uniq));
        if o != Ordering::Equal {
            return o;
        }
    }
    let (va, vb) = (closure_env(a), closure_env(b));
    if va.len() != vb.len() {
        return va.len().cmp(&vb.len());
    }
    for i in (0..va.len()).rev() {
        stack.push((va[i], vb[i], mode));
    }
    Ordering::Equal
}
