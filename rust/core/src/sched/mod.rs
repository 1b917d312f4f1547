//! The scheduler: run queues by priority, timers, the registry of names, and what happens
//! between time slices — delivering messages and signals, ending processes and telling their
//! links and monitors. One `step` runs one process for one slice (a reduction budget close
//! to OTP's) and returns, so the platform decides how to wait when nothing can run.
//!
//! Signals to the process that is running (it is out of the process table while it runs)
//! are queued in `for_running` and applied by the interpreter as soon as the BIF that caused
//! them returns.

pub mod signal;
pub mod timer;

use alloc::collections::{BTreeMap, VecDeque};
use alloc::string::String;
use alloc::vec::Vec;

use crate::heap::Fragment;
use crate::interp::{self, Outcome, Regs};
use crate::process::mailbox::Message;
use crate::process::{Class, Priority, Process, Status};
use crate::term::copy::copy_to_fragment;
use crate::term::print::{to_string_limited, REPORT_LIMIT};
use crate::term::Term;
use crate::vm::Vm;
use timer::{TimerAction, Timers};

/// Reductions per time slice (OTP uses 4000).
pub const SLICE: i64 = 4000;
/// Normal-priority slices run before a waiting low-priority process gets one.
const LOW_EVERY: u32 = 8;

/// A signal for the running process, applied when its current BIF returns.
pub enum Signal {
    Message(Message),
    /// An exit signal: from `from` with `reason`; `kill` from exit/2 cannot be trapped.
    Exit {
        from: u32,
        reason: Message,
        untrappable: bool,
    },
    /// `from` is gone: drop the link to it.
    Unlinked(u32),
    /// The process a monitor watched is gone: drop the monitor.
    MonitorGone(u64),
}

/// How the start process ended (for the host runner's report).
#[derive(Debug, Clone)]
pub enum MainOutcome {
    /// Returned this value (rendered as `~w`).
    Returned(String),
    /// An uncaught exception (class, reason and stack trace rendered as `~w`).
    Raised { class: Class, reason: String, trace: String },
    /// Killed by an exit signal with this reason.
    Exited(String),
}

#[derive(Default)]
pub struct Scheduler {
    queues: [VecDeque<u32>; 4],
    normal_run: u32,
    pub timers: Timers,
    /// Registered names: atom index -> pid.
    pub registry: BTreeMap<u32, u32>,
    /// Signals for the running process.
    pub for_running: Vec<Signal>,
    /// The running process's pid (or u32::MAX).
    pub running: Option<u32>,
    /// The process whose end the host runner reports.
    pub main_pid: Option<u32>,
    pub main_outcome: Option<MainOutcome>,
}

/// What one scheduling step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A process ran.
    Ran,
    /// Nothing can run before this monotonic deadline (ns), when a timer fires.
    IdleUntil(u64),
    /// Nothing can run until something outside wakes the VM (or ever, on the host).
    Idle,
}

impl Scheduler {
    pub fn enqueue(&mut self, pid: u32, prio: Priority) {
        self.queues[prio as usize].push_back(pid);
    }

    fn next(&mut self) -> Option<u32> {
        for q in [Priority::Max, Priority::High] {
            if let Some(p) = self.queues[q as usize].pop_front() {
                return Some(p);
            }
        }
        let low_turn = self.normal_run >= LOW_EVERY || self.queues[Priority::Normal as usize].is_empty();
        if low_turn {
            if let Some(p) = self.queues[Priority::Low as usize].pop_front() {
                self.normal_run = 0;
                return Some(p);
            }
        }
        let p = self.queues[Priority::Normal as usize].pop_front()?;
        self.normal_run += 1;
        Some(p)
    }

    /// Number of processes waiting to run.
    pub fn runnable(&self) -> usize {
        self.queues.iter().map(|q| q.len()).sum()
    }
}

impl Vm {
    /// Makes a waiting (or new) process runnable.
    pub fn wake(&mut self, pid: u32) {
        if let Some(p) = self.procs.get_mut(pid) {
            if matches!(p.status, Status::Waiting | Status::Suspended) {
                p.status = Status::Runnable;
                let prio = p.priority;
                self.sched.enqueue(pid, prio);
            }
        }
    }

    /// Delivers a message to `pid` (dropped if it is dead).
    pub fn deliver(&mut self, pid: u32, msg: Message) {
        if self.sched.running == Some(pid) {
            self.sched.for_running.push(Signal::Message(msg));
            return;
        }
        if let Some(p) = self.procs.get_mut(pid) {
            p.mailbox.push(msg);
            if p.status == Status::Waiting {
                self.wake(pid);
            }
        }
    }

    /// Copies `t` out of a process into a message. Everything but module literals is
    /// copied: a process's terms live only in its heap, fragments and mailbox.
    pub fn copy_message(&self, t: Term) -> Option<Message> {
        let (frag, term) = copy_to_fragment(t, &|w| !self.is_literal(w))?;
        Some(Message { term, frag })
    }

    /// `Dest ! Msg`: to a pid (dead ones silently), a registered name or `{Name, node()}`
    /// (badarg if not registered).
    pub fn send(&mut self, p: &mut Process, dest: Term, msg: Term) -> Result<(), crate::process::Exception> {
        let badarg = || crate::process::Exception::error(crate::atom::BADARG);
        let pid = if dest.is_pid() {
            dest.pid_index()
        } else if dest.is_atom() {
            self.whereis(dest).ok_or_else(badarg)?
        } else if dest.is_tuple() && dest.tuple_elements().len() == 2 {
            let [name, node] = [dest.tuple_elements()[0], dest.tuple_elements()[1]];
            if !name.is_atom() || node != crate::atom::NONODE {
                return Err(badarg());
            }
            self.whereis(name).ok_or_else(badarg)?
        } else {
            return Err(badarg());
        };
        if pid != p.pid && !self.procs.is_alive(pid) {
            return Ok(());
        }
        if pid != p.pid && self.sched.running != Some(pid) && self.send_to_heap(pid, msg) == Some(true) {
            return Ok(());
        }
        let m = self.copy_message(msg).ok_or_else(|| crate::process::Exception::error(crate::atom::SYSTEM_LIMIT))?;
        if pid == p.pid {
            p.mailbox.push(m);
        } else {
            self.deliver(pid, m);
        }
        Ok(())
    }

    /// The pid registered under `name`.
    pub fn whereis(&self, name: Term) -> Option<u32> {
        self.sched.registry.get(&name.atom_index()).copied()
    }

    /// Runs one process for one slice, after firing due timers.
    pub fn step(&mut self, regs: &mut Regs) -> Step {
        self.fire_timers();
        let Some(pid) = self.sched.next() else {
            return match self.sched.timers.next_deadline() {
                Some(d) => Step::IdleUntil(d),
                None => Step::Idle,
            };
        };
        let Some(mut p) = self.procs.take(pid) else { return Step::Ran };
        p.status = Status::Running;
        self.sched.running = Some(pid);
        let outcome = interp::run(self, &mut p, regs, SLICE);
        self.sched.running = None;
        // Signals that arrived for it after its last BIF (e.g. from its own exit) are
        // applied now that it is back in the table.
        let pending = core::mem::take(&mut self.sched.for_running);
        match outcome {
            Outcome::Yielded => {
                p.status = Status::Runnable;
                let prio = p.priority;
                self.procs.put(p);
                self.sched.enqueue(pid, prio);
            }
            Outcome::Waiting => {
                p.status = Status::Waiting;
                self.procs.put(p);
            }
            Outcome::Returned(v) => {
                if self.sched.main_pid == Some(pid) {
                    let s = crate::term::print::to_string(v, &self.atoms);
                    self.sched.main_outcome = Some(MainOutcome::Returned(s));
                }
                self.end_process(p, signal::owned_atom(crate::atom::NORMAL));
                return Step::Ran;
            }
            Outcome::Raised(e) => {
                let reason = signal::exit_reason(self, &mut p, &e);
                if self.sched.main_pid == Some(pid) {
                    self.sched.main_outcome = Some(MainOutcome::Raised {
                        class: e.class,
                        reason: to_string_limited(e.reason, &self.atoms, REPORT_LIMIT),
                        trace: to_string_limited(e.trace, &self.atoms, REPORT_LIMIT),
                    });
                } else if e.class != Class::Exit {
                    signal::error_report(self, &p, reason);
                }
                let r = self.copy_message(reason).unwrap_or_else(|| signal::owned_atom(crate::atom::SYSTEM_LIMIT));
                self.end_process(p, r);
                return Step::Ran;
            }
            Outcome::Exited(reason) => {
                if self.sched.main_pid == Some(pid) {
                    let s = to_string_limited(reason.term, &self.atoms, REPORT_LIMIT);
                    self.sched.main_outcome = Some(MainOutcome::Exited(s));
                }
                self.end_process(p, reason);
                return Step::Ran;
            }
        }
        for s in pending {
            self.signal_waiting(pid, s);
        }
        Step::Ran
    }

    /// Applies a signal to a process that is in the table.
    fn signal_waiting(&mut self, pid: u32, s: Signal) {
        match s {
            Signal::Message(m) => self.deliver(pid, m),
            Signal::Exit { from, reason, untrappable } => self.exit_signal(from, pid, reason, untrappable),
            Signal::Unlinked(from) => {
                if let Some(p) = self.procs.get_mut(pid) {
                    p.links.retain(|&l| l != from);
                }
            }
            Signal::MonitorGone(id) => {
                if let Some(p) = self.procs.get_mut(pid) {
                    p.monitors.retain(|m| m.id != id);
                }
            }
        }
    }

    /// Fires every timer that is due.
    pub fn fire_timers(&mut self) {
        if self.sched.timers.is_empty() {
            return;
        }
        let now = self.platform.monotonic_ns();
        while let Some((id, t)) = self.sched.timers.pop_due(now) {
            match t.action {
                TimerAction::Receive { pid } => {
                    if let Some(p) = self.procs.get_mut(pid) {
                        if p.recv_timer == Some(id) {
                            p.recv_timer = None;
                            if p.status == Status::Waiting {
                                p.pc = p.timeout_pc;
                                self.wake(pid);
                            } else {
                                p.timed_out = true;
                            }
                        }
                    }
                }
                TimerAction::Send { dest, msg } => {
                    let pid = if dest.is_pid() { Some(dest.pid_index()) } else { self.whereis(dest) };
                    if let Some(pid) = pid {
                        self.deliver(pid, msg);
                    }
                }
            }
        }
    }

    /// Creates a process that will run `code` with `args` (terms owned by `args_frag`).
    pub fn spawn_process(
        &mut self,
        parent: Option<&Process>,
        code: *const crate::interp::instr::Instr,
        args: &[Term],
        args_frag: Fragment,
        opts: &signal::SpawnOpts,
    ) -> Result<u32, crate::process::Exception> {
        let pid = self.procs.reserve().map_err(|_| crate::process::Exception::error(crate::atom::SYSTEM_LIMIT))?;
        let mut p = match Process::new(pid, opts.min_heap_words) {
            Ok(p) => alloc::boxed::Box::new(p),
            Err(_) => {
                self.procs.remove(pid);
                return Err(crate::process::Exception::error(crate::atom::SYSTEM_LIMIT));
            }
        };
        p.heap.min_words = p.heap.min_words.max(opts.min_heap_words);
        p.heap.max_words = opts.max_heap_words;
        p.heap.adopt(args_frag);
        p.priority = opts.priority;
        p.group_leader = parent.map(|q| q.group_leader).unwrap_or(Term::pid(pid));
        p.heap.gc_stress = self.gc_stress;
        interp::exec::start(self, &mut p, code, args);
        p.status = Status::Runnable;
        let prio = p.priority;
        self.procs.put(p);
        self.sched.enqueue(pid, prio);
        Ok(pid)
    }
}
