//! Process BIFs of `erlang`: spawning, sending, links, monitors, exit signals, the
//! registry, process flags and `process_info`.

use alloc::vec::Vec;

use super::{list_to_vec, BifEntry};
use crate::atom;
use crate::interp::instr::Instr;
use crate::process::{badarg, oom, Exception, Monitor, MonitorObj, Priority, Process, Status};
use crate::sched::signal::{down_message, SpawnOpts};
use crate::sched::AliasMode;
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "spawn", 1, spawn1),
    ("erlang", "spawn", 2, spawn2),
    ("erlang", "spawn", 3, spawn3),
    ("erlang", "spawn", 4, spawn4),
    ("erlang", "spawn_link", 1, spawn_link1),
    ("erlang", "spawn_link", 3, spawn_link3),
    ("erlang", "spawn_monitor", 1, spawn_monitor1),
    ("erlang", "spawn_monitor", 3, spawn_monitor3),
    ("erlang", "spawn_opt", 2, spawn_opt2),
    ("erlang", "spawn_opt", 4, spawn_opt4),
    ("erlang", "send", 2, send2),
    ("erlang", "send", 3, send3),
    ("erlang", "!", 2, send2),
    ("erlang", "is_process_alive", 1, is_process_alive),
    ("erlang", "processes", 0, processes),
    ("erlang", "register", 2, register),
    ("erlang", "unregister", 1, unregister),
    ("erlang", "whereis", 1, whereis),
    ("erlang", "registered", 0, registered),
    ("erlang", "link", 1, link),
    ("erlang", "unlink", 1, unlink),
    ("erlang", "exit", 2, exit2),
    ("erlang", "monitor", 2, monitor2),
    ("erlang", "monitor", 3, monitor3),
    ("erlang", "demonitor", 1, demonitor1),
    ("erlang", "demonitor", 2, demonitor2),
    ("erlang", "alias", 0, alias0),
    ("erlang", "alias", 1, alias1),
    ("erlang", "unalias", 1, unalias1),
    ("erlang", "process_flag", 2, process_flag),
    ("erlang", "group_leader", 0, group_leader0),
    ("erlang", "group_leader", 2, group_leader2),
    ("erlang", "yield", 0, yield_),
    ("erlang", "bump_reductions", 1, bump_reductions),
    ("erlang", "garbage_collect", 0, garbage_collect0),
    ("erlang", "garbage_collect", 1, garbage_collect1),
    ("erlang", "garbage_collect", 2, garbage_collect2),
    ("erlang", "process_info", 1, process_info1),
    ("erlang", "process_info", 2, process_info2),
];

// ---- spawning ----

/// Parses a `spawn_opt` options list.
fn spawn_opts(l: Term) -> Result<SpawnOpts, Exception> {
    let mut o = SpawnOpts::default();
    let Some(items) = list_to_vec(l) else { return badarg() };
    for it in items {
        if it == atom::LINK {
            o.link = true;
        } else if it == atom::MONITOR {
            o.monitor = true;
        } else if let Some((k, v)) = pair(it) {
            if k == atom::PRIORITY {
                o.priority = priority(v).ok_or_else(|| Exception::error(atom::BADARG))?;
            } else if k == atom::MIN_HEAP_SIZE {
                o.min_heap_words = words_arg(v)?.max(crate::heap::MIN_HEAP_WORDS);
            } else if k == atom::MAX_HEAP_SIZE {
                o.max_heap_words = max_heap_arg(v)?;
            } else if k == atom::FULLSWEEP_AFTER || k == atom::MIN_BIN_VHEAP_SIZE || k == atom::MESSAGE_QUEUE_DATA {
                // Accepted: this collector has no generations or separate queue storage.
            } else if k == atom::MONITOR {
                o.monitor = true;
            } else {
                return badarg();
            }
        } else {
            return badarg();
        }
    }
    Ok(o)
}

fn pair(t: Term) -> Option<(Term, Term)> {
    if t.is_tuple() {
        if let [k, v] = t.tuple_elements() {
            return Some((*k, *v));
        }
    }
    None
}

fn priority(v: Term) -> Option<Priority> {
    Some(match v {
        x if x == atom::LOW => Priority::Low,
        x if x == atom::NORMAL => Priority::Normal,
        x if x == atom::HIGH => Priority::High,
        x if x == atom::MAX => Priority::Max,
        _ => return None,
    })
}

fn priority_atom(p: Priority) -> Term {
    match p {
        Priority::Low => atom::LOW,
        Priority::Normal => atom::NORMAL,
        Priority::High => atom::HIGH,
        Priority::Max => atom::MAX,
    }
}

fn words_arg(v: Term) -> Result<usize, Exception> {
    if v.is_small() && v.small_value() >= 0 {
        Ok(v.small_value() as usize)
    } else {
        badarg()
    }
}

/// `max_heap_size`: a size in words or a map with a `size` key (0 means no limit).
fn max_heap_arg(v: Term) -> Result<usize, Exception> {
    if v.is_map() {
        return match crate::map::get(v, atom::SIZE) {
            Some(s) => words_arg(s),
            None => Ok(0),
        };
    }
    words_arg(v)
}

/// Spawns a process running `erlang:apply` on `args` (copied out of `p`).
fn do_spawn(vm: &mut Vm, p: &mut Process, args: &[Term], opts: SpawnOpts) -> R {
    let code: *const Instr = if args.len() == 2 { vm.apply2_code.as_ptr() } else { vm.apply3_code.as_ptr() };
    let pid = vm.spawn_process(Some(p), code, args, &opts)?;
    if let Some(child) = vm.procs.get_mut(pid) {
        child.initial_call = if args.len() == 3 {
            (args[0], args[1], list_to_vec(args[2]).map_or(0, |l| l.len() as u32))
        } else {
            (atom::ERLANG, atom::APPLY, 2)
        };
    }
    if opts.link {
        p.links.push(pid);
        if let Some(c) = vm.procs.get_mut(pid) {
            c.links.push(p.pid);
        }
    }
    if opts.monitor {
        let id = vm.new_ref();
        add_monitor(vm, p, id, pid, MonitorObj::Pid(pid));
        let r = term::reference(&mut p.heap, id).map_err(oom)?;
        return term::tuple(&mut p.heap, &[Term::pid(pid), r]).map_err(oom);
    }
    Ok(Term::pid(pid))
}

fn check_fun(f: Term, arity: usize) -> Result<(), Exception> {
    if f.is_function() && crate::fun::fun_arity(f) == arity {
        Ok(())
    } else {
        badarg()
    }
}

fn check_mfa(m: Term, f: Term, a: Term) -> Result<(), Exception> {
    if m.is_atom() && f.is_atom() && list_to_vec(a).is_some() {
        Ok(())
    } else {
        badarg()
    }
}

fn spawn_fun(vm: &mut Vm, p: &mut Process, f: Term, opts: SpawnOpts) -> R {
    check_fun(f, 0)?;
    do_spawn(vm, p, &[f, Term::NIL], opts)
}

fn spawn_mfa(vm: &mut Vm, p: &mut Process, a: &[Term], opts: SpawnOpts) -> R {
    check_mfa(a[0], a[1], a[2])?;
    do_spawn(vm, p, &a[..3], opts)
}

fn local_node(n: Term) -> Result<(), Exception> {
    if n == atom::NONODE {
        Ok(())
    } else {
        badarg()
    }
}

fn spawn1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    spawn_fun(vm, p, a[0], SpawnOpts::default())
}
fn spawn2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    local_node(a[0])?;
    spawn_fun(vm, p, a[1], SpawnOpts::default())
}
fn spawn3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    spawn_mfa(vm, p, a, SpawnOpts::default())
}
fn spawn4(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    local_node(a[0])?;
    spawn_mfa(vm, p, &a[1..], SpawnOpts::default())
}
fn spawn_link1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    spawn_fun(vm, p, a[0], SpawnOpts { link: true, ..SpawnOpts::default() })
}
fn spawn_link3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    spawn_mfa(vm, p, a, SpawnOpts { link: true, ..SpawnOpts::default() })
}
fn spawn_monitor1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    spawn_fun(vm, p, a[0], SpawnOpts { monitor: true, ..SpawnOpts::default() })
}
fn spawn_monitor3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    spawn_mfa(vm, p, a, SpawnOpts { monitor: true, ..SpawnOpts::default() })
}
fn spawn_opt2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let o = spawn_opts(a[1])?;
    spawn_fun(vm, p, a[0], o)
}
fn spawn_opt4(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let o = spawn_opts(a[3])?;
    spawn_mfa(vm, p, a, o)
}

// ---- messages ----

fn send2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    vm.send(p, a[0], a[1])?;
    Ok(a[1])
}
fn send3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if list_to_vec(a[2]).is_none() {
        return badarg();
    }
    vm.send(p, a[0], a[1])?;
    Ok(atom::OK)
}

// ---- liveness and the registry ----

fn pid_arg(t: Term) -> Result<u32, Exception> {
    if t.is_pid() {
        Ok(t.pid_index())
    } else {
        badarg()
    }
}

fn is_process_alive(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pid = pid_arg(a[0])?;
    Ok(Term::boolean(pid == p.pid || vm.procs.is_alive(pid)))
}

fn processes(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let pids: Vec<Term> = vm.procs.pids().into_iter().map(Term::pid).collect();
    term::list_from_slice(&mut p.heap, &pids, Term::NIL).map_err(oom)
}

fn register(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (name, who) = (a[0], a[1]);
    if !name.is_atom() || name == atom::UNDEFINED || !who.is_pid() {
        return badarg();
    }
    let pid = who.pid_index();
    if vm.whereis(name).is_some() {
        return badarg();
    }
    if pid == p.pid {
        if p.registered_name.is_some() {
            return badarg();
        }
        p.registered_name = Some(name);
    } else {
        match vm.procs.get_mut(pid) {
            Some(q) if q.registered_name.is_none() => q.registered_name = Some(name),
            _ => return badarg(),
        }
    }
    vm.sched.registry.insert(name.atom_index(), pid);
    Ok(atom::TRUE)
}

fn unregister(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() {
        return badarg();
    }
    let Some(pid) = vm.sched.registry.remove(&a[0].atom_index()) else { return badarg() };
    if pid == p.pid {
        p.registered_name = None;
    } else if let Some(q) = vm.procs.get_mut(pid) {
        q.registered_name = None;
    }
    Ok(atom::TRUE)
}

fn whereis(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() {
        return badarg();
    }
    Ok(vm.whereis(a[0]).map_or(atom::UNDEFINED, Term::pid))
}

fn registered(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let names: Vec<Term> = vm.sched.registry.keys().map(|&i| Term::atom(i)).collect();
    term::list_from_slice(&mut p.heap, &names, Term::NIL).map_err(oom)
}

// ---- links and exit signals ----

fn link(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pid = pid_arg(a[0])?;
    if pid == p.pid {
        return Ok(atom::TRUE);
    }
    match vm.procs.get_mut(pid) {
        Some(q) => {
            if !q.links.contains(&p.pid) {
                q.links.push(p.pid);
            }
            if !p.links.contains(&pid) {
                p.links.push(pid);
            }
            Ok(atom::TRUE)
        }
        None => {
            // OTP: a trapping caller gets {'EXIT', Pid, noproc}; otherwise error noproc.
            if p.trap_exit {
                let owned = |_: *const crate::term::Word| false;
                let m = crate::sched::signal::tuple_message(atom::NOPROC, &owned, &[atom::EXIT_UPPER, a[0]]);
                if let Some(m) = m {
                    p.mailbox.push(m);
                }
                Ok(atom::TRUE)
            } else {
                Err(Exception::error(atom::NOPROC))
            }
        }
    }
}

fn unlink(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pid = pid_arg(a[0])?;
    p.links.retain(|&l| l != pid);
    if let Some(q) = vm.procs.get_mut(pid) {
        q.links.retain(|&l| l != p.pid);
    }
    Ok(atom::TRUE)
}

fn exit2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pid = pid_arg(a[0])?;
    let reason = a[1];
    let untrappable = reason == atom::KILL;
    let Some(m) = vm.copy_message(reason) else { return Err(Exception::error(atom::SYSTEM_LIMIT)) };
    if pid == p.pid {
        vm.sched.for_running.push(crate::sched::Signal::Exit { from: p.pid, reason: m, untrappable });
    } else {
        vm.exit_signal(p.pid, pid, m, untrappable);
    }
    Ok(atom::TRUE)
}

// ---- monitors ----

fn add_monitor(vm: &mut Vm, p: &mut Process, id: u64, target: u32, obj: MonitorObj) {
    p.monitors.push(Monitor { id, target, obj });
    if let Some(t) = vm.procs.get_mut(target) {
        t.monitored_by.push((id, p.pid, obj));
    }
}

fn monitor2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if a[0] != atom::PROCESS {
        return badarg();
    }
    let target = a[1];
    let (pid, obj) = if target.is_pid() {
        (Some(target.pid_index()), MonitorObj::Pid(target.pid_index()))
    } else if target.is_atom() {
        (vm.whereis(target), MonitorObj::Name(target))
    } else if let Some((name, node)) = pair(target) {
        if !name.is_atom() || node != atom::NONODE {
            return badarg();
        }
        (vm.whereis(name), MonitorObj::Name(name))
    } else {
        return badarg();
    };
    let id = vm.new_ref();
    let r = term::reference(&mut p.heap, id).map_err(oom)?;
    let live = match pid {
        Some(x) if x == p.pid => {
            // Monitoring yourself: allowed, never fires while you live.
            return Ok(r);
        }
        Some(x) => vm.procs.get(x).is_some(),
        None => false,
    };
    if live {
        let pid = pid.unwrap_or(0);
        let obj = if let MonitorObj::Name(_) = obj { obj } else { MonitorObj::Pid(pid) };
        add_monitor(vm, p, id, pid, obj);
    } else if let Some(m) = down_message(atom::NOPROC, &|_| false, id, obj) {
        p.mailbox.push(m);
    }
    Ok(r)
}

fn monitor3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(opts) = list_to_vec(a[2]) else { return badarg() };
    let mut alias = None;
    for o in opts {
        match pair(o) {
            Some((k, v)) if k == atom::ALIAS => {
                alias = Some(match v {
                    x if x == atom::EXPLICIT_UNALIAS => AliasMode::Explicit,
                    x if x == atom::DEMONITOR => AliasMode::Demonitor,
                    x if x == atom::REPLY_DEMONITOR => AliasMode::ReplyDemonitor,
                    _ => return badarg(),
                });
            }
            _ => return badarg(),
        }
    }
    let r = monitor2(vm, p, &a[..2])?;
    if let Some(mode) = alias {
        let id = term::reference_id(r);
        // An alias that ends with its monitor is born inactive when the monitor fired at once.
        let to_self = if a[1].is_pid() { a[1].pid_index() == p.pid } else { false }
            || (a[1].is_atom() && vm.whereis(a[1]) == Some(p.pid));
        if mode == AliasMode::Explicit || to_self || p.monitors.iter().any(|m| m.id == id) {
            vm.sched.aliases.insert(id, (p.pid, mode));
        }
    }
    Ok(r)
}

fn alias0(vm: &mut Vm, p: &mut Process, _a: &[Term]) -> R {
    new_alias(vm, p, AliasMode::Explicit)
}

fn alias1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(opts) = list_to_vec(a[0]) else { return badarg() };
    let mut mode = AliasMode::Explicit;
    for o in opts {
        if o == atom::REPLY {
            mode = AliasMode::Reply;
        } else if o == atom::EXPLICIT_UNALIAS {
            mode = AliasMode::Explicit;
        } else {
            return badarg();
        }
    }
    new_alias(vm, p, mode)
}

fn new_alias(vm: &mut Vm, p: &mut Process, mode: AliasMode) -> R {
    let id = vm.new_ref();
    let r = term::reference(&mut p.heap, id).map_err(oom)?;
    vm.sched.aliases.insert(id, (p.pid, mode));
    Ok(r)
}

fn unalias1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_reference() {
        return badarg();
    }
    let id = term::reference_id(a[0]);
    match vm.sched.aliases.get(&id) {
        Some(&(owner, _)) if owner == p.pid => {
            vm.sched.aliases.remove(&id);
            Ok(atom::TRUE)
        }
        _ => Ok(atom::FALSE),
    }
}

/// Ends the alias of monitor `id` if it lives only as long as the monitor.
fn end_monitor_alias(vm: &mut Vm, p: &Process, id: u64) {
    if let Some(&(owner, mode)) = vm.sched.aliases.get(&id) {
        if owner == p.pid && matches!(mode, AliasMode::Demonitor | AliasMode::ReplyDemonitor) {
            vm.sched.aliases.remove(&id);
        }
    }
}

/// Removes monitor `id`; true if it was active.
fn remove_monitor(vm: &mut Vm, p: &mut Process, id: u64) -> bool {
    let Some(i) = p.monitors.iter().position(|m| m.id == id) else { return false };
    let m = p.monitors.remove(i);
    if let Some(t) = vm.procs.get_mut(m.target) {
        t.monitored_by.retain(|x| x.0 != id);
    }
    true
}

fn demonitor1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_reference() {
        return badarg();
    }
    let id = term::reference_id(a[0]);
    remove_monitor(vm, p, id);
    end_monitor_alias(vm, p, id);
    Ok(atom::TRUE)
}

fn demonitor2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_reference() {
        return badarg();
    }
    let Some(opts) = list_to_vec(a[1]) else { return badarg() };
    let (mut flush, mut info) = (false, false);
    for o in opts {
        if o == atom::FLUSH {
            flush = true;
        } else if o == atom::INFO {
            info = true;
        } else {
            return badarg();
        }
    }
    let id = term::reference_id(a[0]);
    let was_active = remove_monitor(vm, p, id);
    end_monitor_alias(vm, p, id);
    let mut flushed = false;
    if flush {
        flushed = p.mailbox.remove_where(|m| is_down_for(m, id));
    }
    if info {
        // With flush, OTP answers false when it removed a 'DOWN' message.
        return Ok(Term::boolean(was_active && !(flush && flushed)));
    }
    Ok(atom::TRUE)
}

fn is_down_for(m: Term, id: u64) -> bool {
    if !m.is_tuple() {
        return false;
    }
    let e = m.tuple_elements();
    e.len() == 5 && e[0] == atom::DOWN && e[1].is_reference() && term::reference_id(e[1]) == id
}

// ---- flags and scheduling ----

fn process_flag(_vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (flag, v) = (a[0], a[1]);
    if flag == atom::TRAP_EXIT {
        let old = Term::boolean(p.trap_exit);
        p.trap_exit = match v {
            x if x == atom::TRUE => true,
            x if x == atom::FALSE => false,
            _ => return badarg(),
        };
        Ok(old)
    } else if flag == atom::PRIORITY {
        let old = priority_atom(p.priority);
        p.priority = priority(v).ok_or_else(|| Exception::error(atom::BADARG))?;
        Ok(old)
    } else if flag == atom::MIN_HEAP_SIZE {
        let old = Term::small(p.heap.min_words as isize);
        p.heap.min_words = words_arg(v)?.max(crate::heap::MIN_HEAP_WORDS);
        Ok(old)
    } else if flag == atom::MAX_HEAP_SIZE {
        let old = Term::small(p.heap.max_words as isize);
        p.heap.max_words = max_heap_arg(v)?;
        Ok(old)
    } else if flag == atom::SENSITIVE || flag == atom::MESSAGE_QUEUE_DATA || flag == atom::FULLSWEEP_AFTER {
        Ok(atom::FALSE)
    } else {
        badarg()
    }
}

fn group_leader0(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    Ok(p.group_leader)
}

fn group_leader2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (gl, pid) = (a[0], pid_arg(a[1])?);
    if !gl.is_pid() {
        return badarg();
    }
    if pid == p.pid {
        p.group_leader = gl;
    } else {
        match vm.procs.get_mut(pid) {
            Some(q) => q.group_leader = gl,
            None => return badarg(),
        }
    }
    Ok(atom::TRUE)
}

fn yield_(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    p.yield_now = true;
    Ok(atom::TRUE)
}

fn bump_reductions(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_small() || a[0].small_value() < 1 {
        return badarg();
    }
    p.reductions += a[0].small_value() as u64;
    if a[0].small_value() >= crate::sched::SLICE as isize {
        p.yield_now = true;
    }
    Ok(atom::TRUE)
}

fn garbage_collect0(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    // The interpreter collects at the next allocation check once asked to.
    p.heap.request_gc();
    Ok(atom::TRUE)
}

fn garbage_collect1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pid = pid_arg(a[0])?;
    if pid == p.pid {
        p.heap.request_gc();
        return Ok(atom::TRUE);
    }
    match vm.procs.get_mut(pid) {
        Some(q) => {
            q.heap.request_gc();
            Ok(atom::TRUE)
        }
        None => Ok(atom::FALSE),
    }
}

fn garbage_collect2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if list_to_vec(a[1]).is_none() {
        return badarg();
    }
    garbage_collect1(vm, p, &a[..1])
}

// ---- process_info ----

const INFO_ITEMS: &[Term] = &[
    atom::CURRENT_FUNCTION,
    atom::INITIAL_CALL,
    atom::STATUS,
    atom::MESSAGE_QUEUE_LEN,
    atom::LINKS,
    atom::DICTIONARY,
    atom::TRAP_EXIT,
    atom::GROUP_LEADER,
    atom::TOTAL_HEAP_SIZE,
    atom::HEAP_SIZE,
    atom::STACK_SIZE,
    atom::REDUCTIONS,
    atom::PRIORITY,
];

/// Items `process_info/2` knows beyond those `process_info/1` lists.
const EXTRA_ITEMS: &[Term] = &[atom::MEMORY, atom::MESSAGES, atom::MONITORS, atom::MONITORED_BY];

fn process_info1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pid = pid_arg(a[0])?;
    if pid != p.pid && vm.procs.get(pid).is_none() {
        return Ok(atom::UNDEFINED);
    }
    let mut items = Vec::new();
    for &k in INFO_ITEMS {
        let v = info_item(vm, p, pid, k)?;
        items.push(term::tuple(&mut p.heap, &[k, v]).map_err(oom)?);
    }
    if let Some(n) = registered_name_of(vm, p, pid) {
        let t = term::tuple(&mut p.heap, &[atom::REGISTERED_NAME, n]).map_err(oom)?;
        items.insert(0, t);
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}

fn registered_name_of(vm: &Vm, p: &Process, pid: u32) -> Option<Term> {
    if pid == p.pid {
        p.registered_name
    } else {
        vm.procs.get(pid)?.registered_name
    }
}

fn process_info2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pid = pid_arg(a[0])?;
    if pid != p.pid && vm.procs.get(pid).is_none() {
        // Items are checked even for a dead process, as OTP does.
        let items = if a[1].is_atom() { Some(alloc::vec![a[1]]) } else { list_to_vec(a[1]) };
        match items {
            Some(v)
                if v.iter()
                    .all(|&k| k == atom::REGISTERED_NAME || INFO_ITEMS.contains(&k) || EXTRA_ITEMS.contains(&k)) =>
            {
                return Ok(atom::UNDEFINED)
            }
            _ => return badarg(),
        }
    }
    if a[1].is_atom() {
        if a[1] == atom::REGISTERED_NAME {
            return match registered_name_of(vm, p, pid) {
                Some(n) => term::tuple(&mut p.heap, &[atom::REGISTERED_NAME, n]).map_err(oom),
                None => Ok(Term::NIL),
            };
        }
        let v = info_item(vm, p, pid, a[1])?;
        return term::tuple(&mut p.heap, &[a[1], v]).map_err(oom);
    }
    let Some(keys) = list_to_vec(a[1]) else { return badarg() };
    let mut items = Vec::with_capacity(keys.len());
    for k in keys {
        if !k.is_atom() {
            return badarg();
        }
        let v = if k == atom::REGISTERED_NAME {
            registered_name_of(vm, p, pid).unwrap_or(Term::NIL)
        } else {
            info_item(vm, p, pid, k)?
        };
        items.push(term::tuple(&mut p.heap, &[k, v]).map_err(oom)?);
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}

/// One `process_info` item of process `pid` (the caller `p` or one in the table). The
/// result is built on the caller's heap.
fn info_item(vm: &mut Vm, p: &mut Process, pid: u32, k: Term) -> R {
    // Copy what is needed out of the target first, then build on the caller's heap.
    enum V {
        Imm(Term),
        Pids(Vec<u32>),
        Monitors(Vec<MonitorObj>),
        Copy(Vec<Term>),
        Pairs(Vec<(Term, Term)>),
        Mfa(Term, Term, u32),
    }
    let v = {
        let q: &Process = if pid == p.pid {
            p
        } else {
            match vm.procs.get(pid) {
                Some(q) => q,
                None => return Ok(atom::UNDEFINED),
            }
        };
        let words = |n: usize| Term::small(n as isize);
        match k {
            // As in OTP, the heap size is the block the heap and stack share.
            x if x == atom::HEAP_SIZE => V::Imm(words(q.heap.block_words())),
            x if x == atom::TOTAL_HEAP_SIZE => V::Imm(words(q.heap.total_words())),
            x if x == atom::STACK_SIZE => V::Imm(words(q.heap.stack_used())),
            x if x == atom::MESSAGE_QUEUE_LEN => V::Imm(words(q.mailbox.len())),
            x if x == atom::MEMORY => V::Imm(words(
                core::mem::size_of::<Process>() + q.heap.total_words() * core::mem::size_of::<crate::term::Word>(),
            )),
            x if x == atom::REDUCTIONS => V::Imm(words(q.reductions as usize)),
            x if x == atom::TRAP_EXIT => V::Imm(Term::boolean(q.trap_exit)),
            x if x == atom::PRIORITY => V::Imm(priority_atom(q.priority)),
            x if x == atom::GROUP_LEADER => V::Imm(q.group_leader),
            x if x == atom::STATUS => V::Imm(match q.status {
                Status::Running => atom::RUNNING,
                Status::Runnable => atom::RUNNABLE,
                Status::Waiting => atom::WAITING,
                Status::Suspended => atom::SUSPENDED,
            }),
            x if x == atom::LINKS => V::Pids(q.links.to_vec()),
            x if x == atom::MONITORED_BY => V::Pids(q.monitored_by.iter().map(|m| m.1).collect()),
            x if x == atom::MONITORS => V::Monitors(q.monitors.iter().map(|m| m.obj).collect()),
            x if x == atom::MESSAGES => V::Copy(q.mailbox.iter().collect()),
            x if x == atom::DICTIONARY => V::Pairs(q.pdict.to_vec()),
            x if x == atom::INITIAL_CALL => V::Mfa(q.initial_call.0, q.initial_call.1, q.initial_call.2),
            x if x == atom::CURRENT_FUNCTION && core::ptr::eq(q.pc, vm.hibernate_code.as_ptr()) => {
                V::Mfa(atom::ERLANG, atom::HIBERNATE, 3)
            }
            x if x == atom::CURRENT_FUNCTION => {
                let (m, f, a) = vm
                    .module_of(q.pc)
                    .and_then(|m| m.function_at(m.index_of(q.pc)).map(|f| (m.name, f.name, f.arity)))
                    .unwrap_or((atom::UNDEFINED, atom::UNDEFINED, 0));
                V::Mfa(m, f, a)
            }
            _ => return badarg(),
        }
    };
    let h = &mut p.heap;
    match v {
        V::Imm(t) => Ok(t),
        V::Pids(v) => {
            let t: Vec<Term> = v.into_iter().map(Term::pid).collect();
            term::list_from_slice(h, &t, Term::NIL).map_err(oom)
        }
        V::Monitors(v) => {
            let mut t = Vec::with_capacity(v.len());
            for o in v {
                let item = match o {
                    MonitorObj::Pid(x) => term::tuple(h, &[atom::PROCESS, Term::pid(x)]),
                    MonitorObj::Name(n) => {
                        term::tuple(h, &[n, atom::NONODE]).and_then(|nn| term::tuple(h, &[atom::PROCESS, nn]))
                    }
                };
                t.push(item.map_err(oom)?);
            }
            term::list_from_slice(h, &t, Term::NIL).map_err(oom)
        }
        V::Copy(v) => {
            // Queued messages stay in their mailbox fragments: copy them onto the heap.
            let mut t = Vec::with_capacity(v.len());
            for m in v {
                let (frag, c) = crate::term::copy::copy_to_fragment(m, &|_| true)
                    .ok_or_else(|| Exception::error(atom::SYSTEM_LIMIT))?;
                p.heap.adopt(frag);
                t.push(c);
            }
            term::list_from_slice(&mut p.heap, &t, Term::NIL).map_err(oom)
        }
        V::Pairs(v) => {
            let mut t = Vec::with_capacity(v.len());
            for (k, val) in v {
                let (k, val) = if pid == p.pid { (k, val) } else { (copy_out(p, k)?, copy_out(p, val)?) };
                t.push(term::tuple(&mut p.heap, &[k, val]).map_err(oom)?);
            }
            term::list_from_slice(&mut p.heap, &t, Term::NIL).map_err(oom)
        }
        V::Mfa(m, f, a) => term::tuple(h, &[m, f, Term::small(a as isize)]).map_err(oom),
    }
}

/// Copies a term of another process onto `p`'s heap (via a fragment).
fn copy_out(p: &mut Process, t: Term) -> R {
    let (frag, c) =
        crate::term::copy::copy_to_fragment(t, &|_| true).ok_or_else(|| Exception::error(atom::SYSTEM_LIMIT))?;
    p.heap.adopt(frag);
    Ok(c)
}
