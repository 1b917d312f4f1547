//! BIFs of the `maps` module (and the map guard BIFs of `erlang`).

use alloc::vec::Vec;

use super::{list_to_vec, BifEntry};
use crate::atom;
use crate::map;
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("maps", "find", 2, find),
    ("maps", "from_list", 1, from_list),
    ("maps", "from_keys", 2, from_keys),
    ("maps", "get", 2, get),
    ("maps", "get", 3, get3),
    ("maps", "is_key", 2, is_key),
    ("maps", "keys", 1, keys),
    ("maps", "merge", 2, merge),
    ("maps", "put", 3, put),
    ("maps", "remove", 2, remove),
    ("maps", "take", 2, take),
    ("maps", "to_list", 1, to_list),
    ("maps", "update", 3, update),
    ("maps", "values", 1, values),
    ("maps", "with", 2, with),
    ("maps", "without", 2, without),
    ("maps", "size", 1, size),
    ("maps", "new", 0, new),
    ("erlang", "map_size", 1, size),
    ("erlang", "is_map_key", 2, is_key),
    ("erlang", "map_get", 2, get),
];

fn badmap(p: &mut Process, m: Term) -> Exception {
    match term::tuple(&mut p.heap, &[atom::BADMAP, m]) {
        Ok(r) => Exception::error(r),
        Err(e) => oom(e),
    }
}

fn badkey(p: &mut Process, k: Term) -> Exception {
    match term::tuple(&mut p.heap, &[atom::BADKEY, k]) {
        Ok(r) => Exception::error(r),
        Err(e) => oom(e),
    }
}

fn need_map(p: &mut Process, m: Term) -> Result<(), Exception> {
    if m.is_map() {
        Ok(())
    } else {
        Err(badmap(p, m))
    }
}

fn find(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[1])?;
    match map::get(a[1], a[0]) {
        Some(v) => term::tuple(&mut p.heap, &[atom::OK, v]).map_err(oom),
        None => Ok(atom::ERROR),
    }
}

fn get(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[1])?;
    map::get(a[1], a[0]).ok_or_else(|| badkey(p, a[0]))
}

fn get3(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[1])?;
    Ok(map::get(a[1], a[0]).unwrap_or(a[2]))
}

fn is_key(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[1])?;
    Ok(if map::get(a[1], a[0]).is_some() { atom::TRUE } else { atom::FALSE })
}

fn from_list(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(items) = list_to_vec(a[0]) else { return badarg() };
    let mut pairs = Vec::with_capacity(items.len());
    for t in items {
        if !t.is_tuple() || t.tuple_arity() != 2 {
            return badarg();
        }
        pairs.push((t.tuple_get(0), t.tuple_get(1)));
    }
    map::from_pairs(&mut p.heap, &vm.atoms, &mut pairs).map_err(oom)
}

fn from_keys(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(keys) = list_to_vec(a[0]) else { return badarg() };
    let mut pairs: Vec<(Term, Term)> = keys.into_iter().map(|k| (k, a[1])).collect();
    map::from_pairs(&mut p.heap, &vm.atoms, &mut pairs).map_err(oom)
}

fn keys(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[0])?;
    term::list_from_slice(&mut p.heap, &map::keys(a[0]), Term::NIL).map_err(oom)
}

fn values(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[0])?;
    term::list_from_slice(&mut p.heap, &map::values(a[0]), Term::NIL).map_err(oom)
}

fn to_list(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[0])?;
    let pairs = map::to_pairs(a[0]);
    let mut items = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        items.push(term::tuple(&mut p.heap, &[k, v]).map_err(oom)?);
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}

fn merge(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[0])?;
    need_map(p, a[1])?;
    map::merge(&mut p.heap, &vm.atoms, a[0], a[1]).map_err(oom)
}

fn put(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[2])?;
    map::put_many(&mut p.heap, &vm.atoms, a[2], &[(a[0], a[1])]).map_err(oom)
}

fn update(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[2])?;
    match map::update_many(&mut p.heap, a[2], &[(a[0], a[1])]).map_err(oom)? {
        Ok(m) => Ok(m),
        Err(k) => Err(badkey(p, k)),
    }
}

fn remove(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[1])?;
    map::remove(&mut p.heap, &vm.atoms, a[1], a[0]).map_err(oom)
}

fn take(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[1])?;
    match map::get(a[1], a[0]) {
        None => Ok(atom::ERROR),
        Some(v) => {
            let m = map::remove(&mut p.heap, &vm.atoms, a[1], a[0]).map_err(oom)?;
            term::tuple(&mut p.heap, &[v, m]).map_err(oom)
        }
    }
}

fn size(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[0])?;
    Ok(Term::small(map::size(a[0]) as isize))
}

fn new(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    map::empty(&mut p.heap).map_err(oom)
}

fn with(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[1])?;
    let Some(keys) = list_to_vec(a[0]) else { return badarg() };
    let mut pairs = Vec::with_capacity(keys.len().min(map::size(a[1])));
    for k in keys {
        if let Some(v) = map::get(a[1], k) {
            pairs.push((k, v));
        }
    }
    map::from_pairs(&mut p.heap, &vm.atoms, &mut pairs).map_err(oom)
}

fn without(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    need_map(p, a[1])?;
    let Some(keys) = list_to_vec(a[0]) else { return badarg() };
    let mut m = a[1];
    if keys.len() > map::size(m) / 4 + 8 {
        // Many keys: one rebuild instead of a removal each.
        let mut drop: Vec<(Term, Term)> = keys.iter().map(|&k| (k, Term::NIL)).collect();
        let drop = map::from_pairs(&mut p.heap, &vm.atoms, &mut drop).map_err(oom)?;
        let mut pairs: Vec<(Term, Term)> = map::iter(m).filter(|&(k, _)| map::get(drop, k).is_none()).collect();
        return map::from_pairs(&mut p.heap, &vm.atoms, &mut pairs).map_err(oom);
    }
    for k in keys {
        m = map::remove(&mut p.heap, &vm.atoms, m, k).map_err(oom)?;
    }
    Ok(m)
}
