//! Exit signals, links and monitors: how a process ends and who hears about it.
//!
//! Ending a process can end others (links without `trap_exit`), which can end others in
//! turn; the cascade runs off a work list, never by recursion.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::atom;
use crate::heap::Fragment;
use crate::process::mailbox::Message;
use crate::process::{Class, Exception, MonitorObj, Priority, Process, Status};
use crate::term::copy::{copy_into, size_of};
use crate::term::{self, Term, Word};
use crate::vm::Vm;

use super::Signal;

/// Options of `spawn_opt`.
pub struct SpawnOpts {
    pub link: bool,
    pub monitor: bool,
    pub priority: Priority,
    pub min_heap_words: usize,
    pub max_heap_words: usize,
}

impl Default for SpawnOpts {
    fn default() -> Self {
        SpawnOpts {
            link: false,
            monitor: false,
            priority: Priority::Normal,
            min_heap_words: crate::heap::MIN_HEAP_WORDS,
            max_heap_words: 0,
        }
    }
}

/// An immediate as an owned term.
pub fn owned_atom(a: Term) -> Message {
    Message { term: a, frag: Fragment::default() }
}

/// The exit reason of an uncaught exception: `{Reason, Trace}` for errors,
/// `{{nocatch, V}, Trace}` for throws, the reason itself for exits.
pub fn exit_reason(_vm: &mut Vm, p: &mut Process, e: &Exception) -> Term {
    let h = &mut p.heap;
    let r = match e.class {
        Class::Exit => return e.reason,
        Class::Error => term::tuple(h, &[e.reason, e.trace]),
        Class::Throw => term::tuple(h, &[atom::NOCATCH, e.reason]).and_then(|n| term::tuple(h, &[n, e.trace])),
    };
    r.unwrap_or(atom::SYSTEM_LIMIT)
}

/// Prints OTP's report for a process that crashed with an error.
pub fn error_report(vm: &mut Vm, p: &Process, reason: Term) {
    let mut s = String::new();
    s.push_str("=ERROR REPORT==== ");
    crate::fmt::time::write_local_timestamp(&mut s, vm.platform.system_time_ns());
    s.push_str(" ===\nError in process ");
    s.push_str(&crate::term::print::to_string(p.pid_term(), &vm.atoms));
    s.push_str(" with exit value:\n");
    s.push_str(&crate::term::print::to_string_p_limited(reason, &vm.atoms, crate::term::print::report_limit()));
    s.push_str("\n\n");
    vm.platform.write_console(s.as_bytes());
}

/// Copies `reason` (owned by `owned`) into a fragment and builds a tuple around it: the
/// reason goes last, after `elems`; `with_ref` puts reference `id` second, as in `'DOWN'`
/// messages.
fn build_tuple_message(
    reason: Term,
    owned: &dyn Fn(*const Word) -> bool,
    elems: &[Term],
    with_ref: Option<u64>,
) -> Option<Message> {
    let ref_words = if with_ref.is_some() { 1 + term::WORDS_64 } else { 0 };
    let need = size_of(reason, owned) + 2 + elems.len() + ref_words + 3;
    let mut f = Fragment::with_capacity_for_signal(need)?;
    let r = copy_into(&mut f, reason, owned)?;
    let mut v: Vec<Term> = elems.to_vec();
    if let Some(id) = with_ref {
        v.insert(1, term::reference(&mut f, id).ok()?);
    }
    v.push(r);
    let t = term::tuple(&mut f, &v).ok()?;
    Some(Message { term: t, frag: f })
}

impl Vm {
    /// Copies a reason held in `m` into a new owned term.
    fn clone_message(m: &Message) -> Message {
        match crate::term::copy::copy_to_fragment(m.term, &|w| m.frag.contains(w)) {
            Some((frag, term)) => Message { term, frag },
            None => owned_atom(atom::SYSTEM_LIMIT),
        }
    }

    /// Sends an exit signal from `from` to `to` (not the running process: see `Signal`).
    pub fn exit_signal(&mut self, from: u32, to: u32, reason: Message, untrappable: bool) {
        if self.sched.running == Some(to) {
            self.sched.for_running.push(Signal::Exit { from, reason, untrappable });
            return;
        }
        let Some(p) = self.procs.get_mut(to) else { return };
        let normal = reason.term == atom::NORMAL;
        if untrappable {
            self.kill(to, owned_atom(atom::KILLED));
        } else if p.trap_exit {
            let owned = |w: *const Word| reason.frag.contains(w);
            let elems = [atom::EXIT_UPPER, Term::pid(from)];
            if let Some(m) = build_tuple_message(reason.term, &owned, &elems, None) {
                self.deliver(to, m);
            }
        } else if !normal || from == to {
            self.kill(to, reason);
        }
    }

    /// Ends process `pid` (in the table) with `reason`.
    pub fn kill(&mut self, pid: u32, reason: Message) {
        if let Some(p) = self.procs.take(pid) {
            self.end_process(p, reason);
        }
    }

    /// Ends a process taken out of the table, then every process the cascade ends.
    pub fn end_process(&mut self, first: Box<Process>, reason: Message) {
        let mut work: Vec<(Box<Process>, Message)> = alloc::vec![(first, reason)];
        while let Some((mut p, reason)) = work.pop() {
            let pid = p.pid;
            if let Some(name) = p.registered_name.take() {
                self.sched.registry.remove(&name.atom_index());
            }
            if let Some(t) = p.recv_timer.take() {
                self.sched.timers.cancel(t);
            }
            for t in core::mem::take(&mut p.dest_timers) {
                self.sched.timers.cancel(t);
            }
            for m in core::mem::take(&mut p.monitors) {
                if let Some(t) = self.procs.get_mut(m.target) {
                    t.monitored_by.retain(|x| x.0 != m.id);
                }
            }
            let owned = |w: *const Word| reason.frag.contains(w);
            if !self.sched.aliases.is_empty() {
                self.sched.aliases.retain(|_, v| v.0 != pid);
            }
            for (id, watcher, obj) in core::mem::take(&mut p.monitored_by) {
                if let Some(&(owner, mode)) = self.sched.aliases.get(&id) {
                    if owner == watcher
                        && matches!(mode, super::AliasMode::Demonitor | super::AliasMode::ReplyDemonitor)
                    {
                        self.sched.aliases.remove(&id);
                    }
                }
                // Out of memory even in the reserve: a smaller reason rather than no message.
                let msg = down_message(reason.term, &owned, id, obj)
                    .or_else(|| down_message(atom::SYSTEM_LIMIT, &|_| false, id, obj));
                self.forget_monitor(watcher, id);
                if let Some(m) = msg {
                    self.deliver(watcher, m);
                }
            }
            for l in core::mem::take(&mut p.links) {
                if self.sched.running == Some(l) {
                    self.sched.for_running.push(Signal::Unlinked(pid));
                    let r = Self::clone_message(&reason);
                    self.sched.for_running.push(Signal::Exit { from: pid, reason: r, untrappable: false });
                    continue;
                }
                let Some(lp) = self.procs.get_mut(l) else { continue };
                lp.links.retain(|&x| x != pid);
                if lp.trap_exit {
                    let elems = [atom::EXIT_UPPER, Term::pid(pid)];
                    let m = build_tuple_message(reason.term, &owned, &elems, None)
                        .or_else(|| build_tuple_message(atom::SYSTEM_LIMIT, &|_| false, &elems, None));
                    if let Some(m) = m {
                        self.deliver(l, m);
                    }
                } else if reason.term != atom::NORMAL {
                    if let Some(lp) = self.procs.take(l) {
                        work.push((lp, Self::clone_message(&reason)));
                    }
                }
            }
            self.ets_owner_ended(pid);
            self.sockets_owner_ended(pid);
            p.mailbox.clear();
            p.status = Status::Suspended;
            self.procs.remove(pid);
            drop(p);
        }
    }

    /// The tables `pid` owned go to their heirs (told with an `'ETS-TRANSFER'` message) or
    /// are deleted.
    fn ets_owner_ended(&mut self, pid: u32) {
        self.ets.set_atoms(&self.atoms);
        let procs = &self.procs;
        let running = self.sched.running;
        let gifts = self.ets.owner_ended(pid, &|h| procs.is_alive(h) || running == Some(h));
        for (id, heir, data) in gifts {
            let tab = match self.ets.get(id) {
                Some(t) if t.named => t.name,
                _ => {
                    // A tid: built in a fragment that `send_transfer` copies from.
                    let Some(mut f) = Fragment::with_capacity(1 + term::WORDS_64) else { continue };
                    let Ok(r) = term::reference(&mut f, id) else { continue };
                    let _ = crate::bif::ets::send_transfer(self, r, pid, heir, data.term);
                    continue;
                }
            };
            let _ = crate::bif::ets::send_transfer(self, tab, pid, heir, data.term);
        }
    }

    /// Drops monitor `id` held by `watcher`.
    fn forget_monitor(&mut self, watcher: u32, id: u64) {
        if self.sched.running == Some(watcher) {
            self.sched.for_running.push(Signal::MonitorGone(id));
        } else if let Some(w) = self.procs.get_mut(watcher) {
            w.monitors.retain(|m| m.id != id);
        }
    }
}

/// `{E1, .., En, Reason}` with `reason` copied into a new message.
pub fn tuple_message(reason: Term, owned: &dyn Fn(*const Word) -> bool, elems: &[Term]) -> Option<Message> {
    build_tuple_message(reason, owned, elems, None)
}

/// `{'DOWN', Ref, process, Obj, Reason}` for monitor `id`; Obj is the pid or
/// `{Name, node()}` for a monitor made by name.
pub fn down_message(reason: Term, owned: &dyn Fn(*const Word) -> bool, id: u64, obj: MonitorObj) -> Option<Message> {
    let name = match obj {
        MonitorObj::Pid(x) => {
            let elems = [atom::DOWN, atom::PROCESS, Term::pid(x)];
            return build_tuple_message(reason, owned, &elems, Some(id));
        }
        MonitorObj::Name(n) => n,
    };
    let need = size_of(reason, owned) + 6 + 1 + term::WORDS_64 + 3;
    let mut f = Fragment::with_capacity_for_signal(need)?;
    let r = copy_into(&mut f, reason, owned)?;
    let rt = term::reference(&mut f, id).ok()?;
    let obj = term::tuple(&mut f, &[name, atom::NONODE]).ok()?;
    let t = term::tuple(&mut f, &[atom::DOWN, rt, atom::PROCESS, obj, r]).ok()?;
    Some(Message { term: t, frag: f })
}
