//! A process: its heap and stack, where it resumes, its mailbox, its dictionary, links and
//! monitors. A process is resumable state; the interpreter runs it for a budget and returns.

pub mod lazy_vec;
pub mod mailbox;
pub mod table;

use lazy_vec::LazyVec;

use alloc::vec::Vec;

use crate::heap::Heap;
use crate::interp::instr::Instr;
use crate::term::{AllocError, Term, Word};
use mailbox::Mailbox;

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
        Exception {
            class: Class::Error,
            reason,
            trace: Term::NON_VALUE,
            args: Term::NON_VALUE,
            top: None,
            top_is_current: false,
        }
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

/// Scheduling priority (`process_flag(priority, P)`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Priority {
    Low = 0,
    Normal = 1,
    High = 2,
    Max = 3,
}

/// Where a process stands with the scheduler.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// In a run queue.
    Runnable,
    /// Being run.
    Running,
    /// Blocked in `receive` (possibly with a timer).
    Waiting,
    /// Suspended by `sys:suspend`-style requests or not yet started.
    Suspended,
}

/// What a monitor watches: a pid, or a registered name (reported as `{Name, node()}`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MonitorObj {
    Pid(u32),
    Name(Term),
}

/// A monitor this process holds on another (`monitor/2` returned `reference id`).
#[derive(Clone, Copy, Debug)]
pub struct Monitor {
    pub id: u64,
    pub target: u32,
    pub obj: MonitorObj,
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
    pub pdict: LazyVec<(Term, Term)>,
    pub reductions: u64,
    pub mailbox: Mailbox,
    pub status: Status,
    pub priority: Priority,
    pub trap_exit: bool,
    /// Pids linked to this one.
    pub links: LazyVec<u32>,
    /// Monitors this process holds.
    pub monitors: LazyVec<Monitor>,
    /// Monitors others hold on this process: (reference id, watcher pid, what they named).
    pub monitored_by: LazyVec<(u64, u32, MonitorObj)>,
    pub registered_name: Option<Term>,
    pub group_leader: Term,
    /// The receive timer running, if any (its id in the VM's timers).
    pub recv_timer: Option<u64>,
    /// A `wait_timeout` has begun waiting (its timer, if any, runs): when a message wakes
    /// the process and the receive loops back, the timeout operand is not read again (the
    /// x register holding it does not survive the wait).
    pub in_timed_wait: bool,
    /// Timers (`send_after`, `start_timer`) addressed to this pid: cancelled when it ends,
    /// as OTP does. May hold ids of timers that already fired.
    pub dest_timers: LazyVec<u64>,
    /// Where to resume when the receive timer fires (the `timeout` instruction).
    pub timeout_pc: *const Instr,
    /// The receive timer fired while the process was runnable: the next `wait_timeout`
    /// times out at once.
    pub timed_out: bool,
    /// Set by a BIF that needs the process to stop its time slice now (`yield/0`).
    pub yield_now: bool,
    /// Set by an exit signal that arrived while it ran: it ends with this reason.
    pub pending_exit: Option<alloc::boxed::Box<mailbox::Message>>,
    /// The function the process was spawned with, for `process_info(P, initial_call)`.
    pub initial_call: (Term, Term, u32),
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
            pdict: LazyVec::new(),
            reductions: 0,
            mailbox: Mailbox::default(),
            status: Status::Suspended,
            priority: Priority::Normal,
            trap_exit: false,
            links: LazyVec::new(),
            monitors: LazyVec::new(),
            monitored_by: LazyVec::new(),
            registered_name: None,
            group_leader: Term::pid(0),
            recv_timer: None,
            in_timed_wait: false,
            dest_timers: LazyVec::new(),
            timeout_pc: core::ptr::null(),
            timed_out: false,
            yield_now: false,
            pending_exit: None,
            initial_call: (Term::NIL, Term::NIL, 0),
        })
    }

    pub fn pid_term(&self) -> Term {
        Term::pid(self.pid)
    }

    /// True if `p` points into memory of this process (its heap or a queued message): what a
    /// copy out of the process must copy rather than share.
    pub fn owns(&self, p: *const Word) -> bool {
        self.heap.owns(p) || (!self.mailbox.is_empty() && self.mailbox.owns(p))
    }

    /// Takes the current message out of the mailbox; its fragment joins the heap.
    pub fn take_current_message(&mut self) {
        if let Some(m) = self.mailbox.remove_current() {
            self.heap.adopt(m.frag);
        }
    }

    /// Collects garbage, keeping `live` registers and the process's other roots.
    pub fn gc(&mut self, need: usize, x: &mut [Term]) -> Result<(), AllocError> {
        self.gc_with(x, |h, roots| h.collect(need, roots))
    }

    /// As [`Process::gc`], leaving a heap just large enough for the live data
    /// (`erlang:hibernate/3`).
    pub fn gc_compact(&mut self, x: &mut [Term]) -> Result<(), AllocError> {
        self.gc_with(x, |h, roots| h.compact(roots))
    }

    fn gc_with(
        &mut self,
        x: &mut [Term],
        collect: impl FnOnce(&mut Heap, &mut [&mut [Term]]) -> Result<(), AllocError>,
    ) -> Result<(), AllocError> {
        let mut pd: Vec<Term> = Vec::with_capacity(self.pdict.len() * 2);
        for &(k, v) in self.pdict.iter() {
            pd.push(k);
            pd.push(v);
        }
        // Messages are copied onto the receiver's heap when it has room: they are roots.
        let mut msgs: Vec<Term> = self.mailbox.heap_terms_mut().map(|t| *t).collect();
        let r = collect(&mut self.heap, &mut [x, &mut pd, &mut msgs]);
        for (i, e) in self.pdict.iter_mut().enumerate() {
            *e = (pd[2 * i], pd[2 * i + 1]);
        }
        for (t, n) in self.mailbox.heap_terms_mut().zip(msgs) {
            *t = n;
        }
        r
    }
}
