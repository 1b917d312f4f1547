//! System BIFs of `erlang`: `halt`, `system_info`, `statistics`, `memory`.

use super::BifEntry;
use crate::atom;
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "halt", 0, halt0),
    ("erlang", "halt", 1, halt1),
    ("erlang", "halt", 2, halt2),
    ("erlang", "system_info", 1, system_info),
    ("erlang", "statistics", 1, statistics),
    ("erlang", "memory", 0, memory0),
    ("erlang", "memory", 1, memory1),
];

fn halt0(vm: &mut Vm, _: &mut Process, _: &[Term]) -> R {
    vm.platform.halt(0)
}

fn halt1(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    let code = if a[0].is_small() && a[0].small_value() >= 0 {
        a[0].small_value() as i32
    } else if a[0] == atom::ABORT {
        134
    } else if a[0].is_list() || a[0].is_nil() {
        // halt("Message"): OTP prints the message as a crash dump slogan and exits with 1.
        1
    } else {
        return badarg();
    };
    vm.platform.halt(code)
}

fn halt2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if super::list_to_vec(a[1]).is_none() {
        return badarg();
    }
    halt1(vm, p, &a[..1])
}

fn chars(p: &mut Process, s: &str) -> R {
    term::bytes_to_list(&mut p.heap, s.as_bytes(), Term::NIL).map_err(oom)
}

fn small(n: usize) -> Term {
    Term::small(n as isize)
}

fn system_info(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let k = a[0];
    let word = core::mem::size_of::<usize>();
    match k {
        x if x == atom::WORDSIZE => Ok(small(word)),
        x if x == atom::PROCESS_COUNT => Ok(small(vm.procs.len())),
        x if x == atom::PROCESS_LIMIT => Ok(small(1 << crate::process::table::INDEX_BITS)),
        x if x == atom::ATOM_COUNT => Ok(small(vm.atoms.len())),
        x if x == atom::ATOM_LIMIT => Ok(small(vm.atoms.limit)),
        x if x == atom::PORT_COUNT => Ok(small(0)),
        x if x == atom::SCHEDULERS || x == atom::SCHEDULERS_ONLINE || x == atom::LOGICAL_PROCESSORS => Ok(small(1)),
        x if x == atom::OTP_RELEASE => chars(p, "25"),
        x if x == atom::VERSION => chars(p, env!("CARGO_PKG_VERSION")),
        x if x == atom::MACHINE => chars(p, "ATOMVM"),
        x if x == atom::SYSTEM_VERSION => chars(p, concat!("AtomVM (Rust) ", env!("CARGO_PKG_VERSION"), "\n")),
        x if x == atom::SYSTEM_ARCHITECTURE => chars(p, vm.platform.name()),
        x if x == atom::PLATFORM => Ok(vm.atoms.intern(vm.platform.name()).unwrap_or(atom::UNDEFINED)),
        _ => badarg(),
    }
}

fn statistics(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let k = a[0];
    let ms = |ns: u64| Term::small((ns / 1_000_000) as isize);
    if k == atom::RUNTIME || k == atom::WALL_CLOCK {
        // {Total, SinceLastCall}: the VM keeps no per-caller "last call", so both are totals.
        let now = if k == atom::RUNTIME { vm.platform.cpu_time_ns() } else { vm.platform.monotonic_ns() };
        let last =
            core::mem::replace(if k == atom::RUNTIME { &mut vm.stats_runtime_ns } else { &mut vm.stats_wall_ns }, now);
        return term::tuple(&mut p.heap, &[ms(now), ms(now - last.min(now))]).map_err(oom);
    }
    if k == atom::REDUCTIONS {
        let total = vm.total_reductions + p.reductions;
        let t = term::int128(&mut p.heap, total as i128).map_err(oom)?;
        return term::tuple(&mut p.heap, &[t, Term::small(0)]).map_err(oom);
    }
    if k == atom::RUN_QUEUE || k == atom::TOTAL_RUN_QUEUE_LENGTHS {
        return Ok(small(vm.sched.runnable()));
    }
    if k == atom::GARBAGE_COLLECTION {
        let n = small(p.heap.gc_count);
        return term::tuple(&mut p.heap, &[n, Term::small(0), Term::small(0)]).map_err(oom);
    }
    badarg()
}

fn memory_total(vm: &Vm, p: &Process) -> usize {
    let word = core::mem::size_of::<usize>();
    let procs: usize = vm.procs.pids().iter().filter_map(|&q| vm.procs.get(q)).map(|q| q.heap.total_words()).sum();
    (procs + p.heap.total_words()) * word
}

fn memory0(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let total = small(memory_total(vm, p));
    let a = term::tuple(&mut p.heap, &[atom::TOTAL, total]).map_err(oom)?;
    let b = term::tuple(&mut p.heap, &[atom::PROCESSES, total]).map_err(oom)?;
    term::list_from_slice(&mut p.heap, &[a, b], Term::NIL).map_err(oom)
}

fn memory1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if a[0] == atom::TOTAL || a[0] == atom::PROCESSES {
        Ok(small(memory_total(vm, p)))
    } else {
        badarg()
    }
}
