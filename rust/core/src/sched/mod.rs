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

use crate::interp::{self, Outcome, Regs};
use crate::process::mailbox::Message;
use crate::process::{Class, Priority, Process, Status};
use crate::term::copy::copy_to_fragment;
use crate::term::print::{report_limit, to_string_p_limited};
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

/// When a process alias (`erlang:alias/1`, `monitor/3` with `{alias, _}`) stops working
/// besides `unalias/1` and its owner's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasMode {
    /// Only by `unalias/1`.
    Explicit,
    /// With the monitor of the same reference (`demonitor/1,2` or its `'DOWN'`).
    Demonitor,
    /// With the monitor, or at the first message sent through it.
    ReplyDemonitor,
    /// At the first message sent through it (`alias([reply])`).
    Reply,
}

/// How the start process ended (for the host runner's report).
#[derive(Debug, Clone)]
pub enum MainOutcome {
    /// Returned this value (rendered as `~w`).
    Returned(String),
    /// An uncaught exception (class, reason and stack trace rendered as one-line `~p`).
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
    /// Active process aliases: reference id -> (owner pid, how the alias ends).
    pub aliases: BTreeMap<u64, (u32, AliasMode)>,
    /// Signals for the running process.
    pub for_running: Vec<Signal>,
    /// The running process's pid (or u32::MAX).
    pub running: Option<u32>,
    /// The process whose end the host runner reports.
    pub main_pid: Option<u32>,
    pub main_outcome: Option<MainOutcome>,
    /// The group leader of processes started without a parent (the console I/O server, once
    /// [`Vm::start_io_server`] has run); otherwise such a process is its own group leader.
    pub default_group_leader: Option<u32>,
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
        } else if dest.is_reference() {
            // A message to an inactive alias (or any other reference) is dropped.
            let id = crate::term::reference_id(dest);
            let Some(&(owner, mode)) = self.sched.aliases.get(&id) else { return Ok(()) };
            if matches!(mode, AliasMode::Reply | AliasMode::ReplyDemonitor) {
                self.sched.aliases.remove(&id);
            }
            if mode == AliasMode::ReplyDemonitor {
                if owner == p.pid {
                    self.drop_monitor_of(p, id);
                } else if let Some(mut o) = self.procs.take(owner) {
                    self.drop_monitor_of(&mut o, id);
                    self.procs.put(o);
                }
            }
            owner
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

    /// Removes monitor `id` held by `p` (on both sides); true if it was active.
    pub fn drop_monitor_of(&mut self, p: &mut Process, id: u64) -> bool {
        let Some(i) = p.monitors.iter().position(|m| m.id == id) else { return false };
        let m = p.monitors.remove(i);
        if let Some(t) = self.procs.get_mut(m.target) {
            t.monitored_by.retain(|x| x.0 != id);
        }
        true
    }

    /// The pid registered under `name`.
    pub fn whereis(&self, name: Term) -> Option<u32> {
        self.sched.registry.get(&name.atom_index()).copied()
    }

    /// Runs one process for one slice, after firing due timers.
    pub fn step(&mut self, regs: &mut Regs) -> Step {
        self.fire_timers();
        self.poll_events();
        self.poll_sockets();
        let Some(pid) = self.sched.next() else {
            return match self.sched.timers.next_deadline() {
                Some(d) => Step::IdleUntil(d),
                // Processes wait for sockets: the platform's wait returns when one is ready.
                None if self.sockets.waiting() => Step::IdleUntil(u64::MAX),
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
                        reason: to_string_p_limited(e.reason, &self.atoms, report_limit()),
                        trace: to_string_p_limited(e.trace, &self.atoms, report_limit()),
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
                    let s = to_string_p_limited(reason.term, &self.atoms, report_limit());
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
    /// Creates a process that runs `code` with `args`, which are terms of the spawning
    /// process (or literals): they are copied straight onto the new heap.
    pub fn spawn_process(
        &mut self,
        parent: Option<&Process>,
        code: *const crate::interp::instr::Instr,
        args: &[Term],
        opts: &signal::SpawnOpts,
    ) -> Result<u32, crate::process::Exception> {
        use crate::process::Exception;
        let limit = || Exception::error(crate::atom::SYSTEM_LIMIT);
        let owned = |w: *const crate::term::Word| !crate::vm::in_ranges(&self.literal_ranges, w);
        let need: usize = args.iter().map(|&a| crate::term::copy::size_of(a, &owned)).sum();
        // OTP allocates `min_heap_size` at spawn; with the default, start smaller (see
        // FIRST_HEAP_WORDS).
        let first = if opts.min_heap_words > crate::heap::MIN_HEAP_WORDS {
            opts.min_heap_words
        } else {
            crate::heap::FIRST_HEAP_WORDS
        };
        let pid = self.procs.reserve().map_err(|_| limit())?;
        let mut p = match Process::new(pid, first.max(need + crate::heap::FIRST_HEAP_WORDS / 2)) {
            Ok(p) => alloc::boxed::Box::new(p),
            Err(_) => {
                self.procs.remove(pid);
                return Err(limit());
            }
        };
        let mut copied = Vec::with_capacity(args.len());
        for &a in args {
            match crate::term::copy::copy_into(&mut p.heap, a, &owned) {
                Some(c) => copied.push(c),
                None => {
                    self.procs.remove(pid);
                    return Err(limit());
                }
            }
        }
        p.heap.min_words = p.heap.min_words.max(opts.min_heap_words);
        p.heap.max_words = opts.max_heap_words;
        p.priority = opts.priority;
        p.group_leader = match (parent, self.sched.default_group_leader) {
            (Some(q), _) => q.group_leader,
            (None, Some(gl)) => Term::pid(gl),
            (None, None) => Term::pid(pid),
        };
        p.heap.gc_stress = self.gc_stress;
        interp::exec::start(self, &mut p, code, &copied);
        p.status = Status::Runnable;
        let prio = p.priority;
        self.procs.put(p);
        self.sched.enqueue(pid, prio);
        Ok(pid)
    }
}

impl Vm {
    /// Starts the console I/O server, `console_io:boot/0` from the Erlang libraries, if a
    /// code source has it: registers it as `user` (it starts `standard_error` itself) and makes it the group
    /// leader of every process started without a parent from now on. Returns its pid, or
    /// `None` when the libraries are not there (processes are then their own group leaders).
    pub fn start_io_server(&mut self) -> Option<u32> {
        use crate::atom;
        if let Some(pid) = self.whereis(atom::USER) {
            return Some(pid);
        }
        self.ensure_loaded(atom::CONSOLE_IO).ok()?;
        let e = self.find_export(atom::CONSOLE_IO, atom::BOOT, 0)?;
        let code = self.exports[e as usize].code;
        if code.is_null() {
            return None;
        }
        let pid = self.spawn_process(None, code, &[], &signal::SpawnOpts::default()).ok()?;
        self.sched.registry.insert(atom::USER.atom_index(), pid);
        if let Some(p) = self.procs.get_mut(pid) {
            p.registered_name = Some(atom::USER);
        }
        self.sched.default_group_leader = Some(pid);
        Some(pid)
    }

    /// Starts an application: spawns the process that runs `module:start/0` (whose code is
    /// `start`). When a code source has the library's `init` module, the process runs
    /// `init:boot([module])` instead, which boots the library and then tail-calls
    /// `module:start()`, so the process still ends with start/0's result or exception.
    pub fn spawn_start(
        &mut self,
        module: Term,
        start: *const crate::interp::instr::Instr,
    ) -> Result<u32, crate::process::Exception> {
        use crate::atom;
        let boot = match self.ensure_loaded(atom::INIT) {
            Ok(()) => self.find_export(atom::INIT, atom::BOOT, 1).map(|e| self.exports[e as usize].code),
            Err(_) => None,
        };
        match boot.filter(|c| !c.is_null()) {
            Some(code) => {
                // [module], as a cons cell on the stack: spawn_process copies it.
                let cell: [crate::term::Word; 2] = [module.raw(), Term::NIL.raw()];
                let args = [Term::list_ptr(cell.as_ptr())];
                self.spawn_process(None, code, &args, &signal::SpawnOpts::default())
            }
            None => self.spawn_process(None, start, &[], &signal::SpawnOpts::default()),
        }
    }
}
