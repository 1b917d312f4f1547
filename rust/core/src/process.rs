//! A process: its heap and stack, where it resumes, its dictionary, and its bookkeeping.
//! A process is resumable state; the interpreter runs it for a budget and returns.

use alloc::vec::Vec;

use crate::heap::Heap;
use crate::interp::instr::Instr;
use crate::term::{AllocError, Term, Word};

/// Exception classes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    Error,
    Exit,
    Throw,
}

/// A raised exception. `trace` is the stack trace once built (NON_VALUE before).
#[derive(Clone, Copy, Debug)]
pub struct Exception {
    pub class: Class,
    pub reason: Term,
    pub trace: Term,
    /// Arguments for the top stack frame (a list), or NON_VALUE.
    pub args: Term,
    /// The top frame is this BIF (module, function) called with `args`.
    pub top: Option<(Term, Term)>,
    /// The top frame is the current function called with `args` (function_clause).
    pub top_is_current: bool,
}

impl Exception {
    pub fn error(reason: Term) -> Exception {
        Exception { class: Class::Error, reason, trace: Term::NON_VALUE, args: Term::NON_VALUE, top: None, top_is_current: false }
    }
    pub fn new(class: Class, reason: Term) -> Exception {
        Exception { class, reason, trace: Term::NON_VALUE, args: Term::NON_VALUE, top: None, top_is_current: false }
    }
}

/// Shorthand for `Err(Exception::error(badarg))`.
pub fn badarg<T>() -> Result<T, Exception> {
    Err(Exception::error(crate::atom::BADARG))
}
/// Shorthand for `Err(Exception::error(badarith))`.
pub fn badarith<T>() -> Result<T, Exception> {
    Err(Exception::error(crate::atom::BADARITH))
}
/// Out of memory while building a result.
pub fn oom(_: AllocError) -> Exception {
    Exception::error(crate::atom::SYSTEM_LIMIT)
}

pub struct Process {
    pub pid: u32,
    pub heap: Heap,
    /// Where to resume.
    pub pc: *const Instr,
    /// The continuation register.
    pub cp: Word,
    /// Registers saved when the process is switched out.
    pub saved_x: Vec<Term>,
    pub pdict: Vec<(Term, Term)>,
    pub reductions: u64,
}

// SAFETY: a process is run by one scheduler thread at a time; its pointers are into its own
// heap and into loaded code, which outlives it.
unsafe impl Send for Process {}

impl Process {
    pub fn new(pid: u32, heap_words: usize) -> Result<Process, AllocError> {
        Ok(Process {
            pid,
            heap: Heap::new(heap_words)?,
            pc: core::ptr::null(),
            cp: 0,
            saved_x: Vec::new(),
            pdict: Vec::new(),
            reductions: 0,
        })
    }

    pub fn pid_term(&self) -> Term {
        Term::pid(self.pid)
    }

    /// Collects garbage, keeping `live` registers and the process's other roots.
    pub fn gc(&mut self, need: usize, x: &mut [Term]) -> Result<(), AllocError> {
        let mut pd: Vec<Term> = Vec::with_capacity(self.pdict.len() * 2 + 3);
        for &(k, v) in &self.pdict {
            pd.push(k);
            pd.push(v);
        }
        let r = self.heap.collect(need, &mut [x, &mut pd]);
        for (i, e) in self.pdict.iter_mut().enumerate() {
            *e = (pd[2 * i], pd[2 * i + 1]);
        }
        r
    }
}
