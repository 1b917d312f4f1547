//! `persistent_term`: `put/2`, `get/0,1,2`, `erase/1`, `info/0` over `crate::ets::PTerms`.

use alloc::vec::Vec;

use super::BifEntry;
use crate::atom;
use crate::process::{badarg, oom, Exception, Process};
use crate::term::copy::copy_into;
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("persistent_term", "put", 2, put),
    ("persistent_term", "get", 0, get0),
    ("persistent_term", "get", 1, get1),
    ("persistent_term", "get", 2, get2),
    ("persistent_term", "erase", 1, erase),
    ("persistent_term", "info", 0, info),
];

fn out(p: &mut Process, t: Term) -> R {
    copy_into(&mut p.heap, t, &|_| true).ok_or_else(|| Exception::error(atom::SYSTEM_LIMIT))
}

fn put(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    vm.pterms.put(&vm.atoms, a[0], a[1]).ok_or_else(|| Exception::error(atom::SYSTEM_LIMIT))?;
    Ok(atom::OK)
}

fn get0(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let mut v = Vec::new();
    for (k, val) in vm.pterms.pairs() {
        let k = out(p, k)?;
        let val = out(p, val)?;
        v.push(term::tuple(&mut p.heap, &[k, val]).map_err(oom)?);
    }
    term::list_from_slice(&mut p.heap, &v, Term::NIL).map_err(oom)
}

fn get1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    match vm.pterms.get(&vm.atoms, a[0]) {
        Some(v) => out(p, v),
        None => badarg(),
    }
}

fn get2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    match vm.pterms.get(&vm.atoms, a[0]) {
        Some(v) => out(p, v),
        None => Ok(a[1]),
    }
}

fn erase(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    Ok(Term::boolean(vm.pterms.erase(&vm.atoms, a[0])))
}

fn info(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let count = vm.atoms.intern("count").map_err(|_| Exception::error(atom::SYSTEM_LIMIT))?;
    let n = Term::small(vm.pterms.count() as isize);
    let m = Term::small(vm.pterms.memory_bytes() as isize);
    let mut pairs = [(count, n), (atom::MEMORY, m)];
    crate::map::from_pairs(&mut p.heap, &vm.atoms, &mut pairs).map_err(oom)
}
