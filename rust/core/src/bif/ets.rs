//! `ets`: the table BIFs over the storage in `crate::ets`. Errors are `badarg`, as in OTP.
//! `foldl/3`, `foldr/3` and the `select/3` continuations are Erlang (libs/estdlib/src/ets.erl).

use alloc::vec::Vec;

use super::BifEntry;
use crate::atom::{self, AtomTable};
use crate::ets::ms::{self, MatchSpec, Scratch};
use crate::ets::{Access, Kind, NewOpts, Obj, Table, Visit};
use crate::process::{badarg, oom, Exception, Process};
use crate::term::compare::{cmp_numbers, Mode};
use crate::term::copy::copy_into;
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("ets", "new", 2, new),
    ("ets", "insert", 2, insert),
    ("ets", "insert_new", 2, insert_new),
    ("ets", "lookup", 2, lookup),
    ("ets", "lookup_element", 3, lookup_element),
    ("ets", "member", 2, member),
    ("ets", "take", 2, take),
    ("ets", "delete", 1, delete1),
    ("ets", "delete", 2, delete2),
    ("ets", "delete_object", 2, delete_object),
    ("ets", "delete_all_objects", 1, delete_all_objects),
    ("ets", "match", 2, match2),
    ("ets", "match_object", 2, match_object),
    ("ets", "match_delete", 2, match_delete),
    ("ets", "select", 2, select),
    ("ets", "select_reverse", 2, select_reverse),
    ("ets", "select_count", 2, select_count),
    ("ets", "select_delete", 2, select_delete),
    ("ets", "update_counter", 3, update_counter3),
    ("ets", "update_counter", 4, update_counter4),
    ("ets", "update_element", 3, update_element),
    ("ets", "tab2list", 1, tab2list),
    ("ets", "first", 1, first),
    ("ets", "last", 1, last),
    ("ets", "next", 2, next),
    ("ets", "prev", 2, prev),
    ("ets", "info", 1, info1),
    ("ets", "info", 2, info2),
    ("ets", "whereis", 1, whereis),
    ("ets", "give_away", 3, give_away),
    ("ets", "rename", 2, rename),
    ("ets", "all", 0, all),
    // For ets:setopts/2 (Erlang): sets or clears the heir.
    ("ets", "internal_set_heir", 3, internal_set_heir),
];

fn badarg_e() -> Exception {
    Exception::error(atom::BADARG)
}

fn sys_limit() -> Exception {
    Exception::error(atom::SYSTEM_LIMIT)
}

/// Copies a stored term onto the caller's heap.
fn out(p: &mut Process, t: Term) -> R {
    copy_into(&mut p.heap, t, &|_| true).ok_or_else(sys_limit)
}

fn list(p: &mut Process, v: &[Term]) -> R {
    term::list_from_slice(&mut p.heap, v, Term::NIL).map_err(oom)
}

fn intern(vm: &mut Vm, s: &str) -> Term {
    vm.atoms.intern(s).unwrap_or(atom::UNDEFINED)
}

/// The tid of table `t`, checking that the caller may read it (or write, `write`).
fn tid(vm: &mut Vm, p: &Process, t: Term, write: bool) -> Result<u64, Exception> {
    vm.ets.set_atoms(&vm.atoms);
    let id = vm.ets.resolve(t).ok_or_else(badarg_e)?;
    let tb = vm.ets.get(id).ok_or_else(badarg_e)?;
    if !tb.allows(p.pid, write) {
        return badarg();
    }
    Ok(id)
}

/// Runs `f` on table `t` with the atom table beside it.
fn with<T>(
    vm: &mut Vm,
    p: &mut Process,
    t: Term,
    write: bool,
    f: impl FnOnce(&mut Table, &AtomTable, &mut Process) -> Result<T, Exception>,
) -> Result<T, Exception> {
    let id = tid(vm, p, t, write)?;
    let Vm { ets, atoms, .. } = vm;
    let tb = ets.get_mut(id).ok_or_else(badarg_e)?;
    f(tb, atoms, p)
}

fn tid_term(p: &mut Process, id: u64) -> R {
    term::reference(&mut p.heap, id).map_err(oom)
}

/// What `new` and the transfer messages name a table by: its name if named, else its tid.
fn table_term(vm: &Vm, p: &mut Process, id: u64) -> R {
    match vm.ets.get(id) {
        Some(t) if t.named => Ok(t.name),
        _ => tid_term(p, id),
    }
}

fn bool_opt(t: Term) -> Result<bool, Exception> {
    match t {
        x if x == atom::TRUE => Ok(true),
        x if x == atom::FALSE => Ok(false),
        _ => badarg(),
    }
}

fn new(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let name = a[0];
    if !name.is_atom() {
        return badarg();
    }
    let opts = super::list_to_vec(a[1]).ok_or_else(badarg_e)?;
    let mut o = NewOpts {
        kind: Kind::Set,
        access: Access::Protected,
        named: false,
        keypos: 1,
        heir: None,
        read_concurrency: false,
        write_concurrency: false,
        decentralized_counters: false,
        compressed: false,
    };
    let mut dc_set = false;
    let none = intern(vm, "none");
    for opt in opts {
        if opt.is_atom() {
            match vm.atoms.name(opt) {
                "set" => o.kind = Kind::Set,
                "ordered_set" => o.kind = Kind::OrderedSet,
                "bag" => o.kind = Kind::Bag,
                "duplicate_bag" => o.kind = Kind::DuplicateBag,
                "public" => o.access = Access::Public,
                "protected" => o.access = Access::Protected,
                "private" => o.access = Access::Private,
                "named_table" => o.named = true,
                "compressed" => o.compressed = true,
                _ => return badarg(),
            }
            continue;
        }
        if !opt.is_tuple() {
            return badarg();
        }
        let el = opt.tuple_elements();
        let (k, v) = match el {
            [k, v] => (*k, *v),
            [k, pid, data] if vm.atoms.name(*k) == "heir" => {
                if !pid.is_pid() {
                    return badarg();
                }
                o.heir = Some((pid.pid_index(), Obj::new(*data).ok_or_else(sys_limit)?));
                continue;
            }
            _ => return badarg(),
        };
        if !k.is_atom() {
            return badarg();
        }
        match vm.atoms.name(k) {
            "keypos" => {
                if !v.is_small() || v.small_value() < 1 {
                    return badarg();
                }
                o.keypos = v.small_value() as usize;
            }
            "heir" if v == none => o.heir = None,
            "read_concurrency" => o.read_concurrency = bool_opt(v)?,
            "write_concurrency" => {
                o.write_concurrency = if vm.atoms.name(v) == "auto" { true } else { bool_opt(v)? };
            }
            "decentralized_counters" => {
                o.decentralized_counters = bool_opt(v)?;
                dc_set = true;
            }
            _ => return badarg(),
        }
    }
    if !dc_set && o.kind == Kind::OrderedSet && o.write_concurrency {
        o.decentralized_counters = true;
    }
    let named = o.named;
    let id = vm.new_ref();
    vm.ets.create(id, name, p.pid, o).ok_or_else(badarg_e)?;
    if named {
        Ok(name)
    } else {
        tid_term(p, id)
    }
}

/// The objects of an `insert` argument, checked: tuples with the key position.
fn objects_arg(t: Term, keypos: usize) -> Result<Vec<Term>, Exception> {
    let v = if t.is_tuple() { alloc::vec![t] } else { super::list_to_vec(t).ok_or_else(badarg_e)? };
    for o in &v {
        if !o.is_tuple() || o.tuple_arity() < keypos {
            return badarg();
        }
    }
    Ok(v)
}

fn insert(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], true, |tb, atoms, _| {
        let objs = objects_arg(a[1], tb.keypos)?;
        let mut stored = Vec::with_capacity(objs.len());
        for o in objs {
            stored.push(Obj::new(o).ok_or_else(sys_limit)?);
        }
        for o in stored {
            tb.insert(atoms, o);
        }
        Ok(atom::TRUE)
    })
}

fn insert_new(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], true, |tb, atoms, _| {
        let objs = objects_arg(a[1], tb.keypos)?;
        if objs.iter().any(|o| tb.member(atoms, o.tuple_get(tb.keypos - 1))) {
            return Ok(atom::FALSE);
        }
        let mut stored = Vec::with_capacity(objs.len());
        for o in objs {
            stored.push(Obj::new(o).ok_or_else(sys_limit)?);
        }
        for o in stored {
            tb.insert(atoms, o);
        }
        Ok(atom::TRUE)
    })
}

fn lookup(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], false, |tb, atoms, p| {
        let mut v = Vec::new();
        for o in tb.lookup(atoms, a[1]) {
            v.push(out(p, o.term)?);
        }
        list(p, &v)
    })
}

fn take(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], true, |tb, atoms, p| {
        let mut v = Vec::new();
        for o in tb.lookup(atoms, a[1]) {
            v.push(out(p, o.term)?);
        }
        tb.delete_key(atoms, a[1]);
        list(p, &v)
    })
}

fn position(t: Term) -> Result<usize, Exception> {
    if t.is_small() && t.small_value() >= 1 {
        Ok(t.small_value() as usize)
    } else {
        badarg()
    }
}

fn lookup_element(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let pos = position(a[2])?;
    with(vm, p, a[0], false, |tb, atoms, p| {
        let objs = tb.lookup(atoms, a[1]);
        if objs.is_empty() || objs.iter().any(|o| o.term.tuple_arity() < pos) {
            return badarg();
        }
        let mut v = Vec::with_capacity(objs.len());
        for o in objs {
            v.push(out(p, o.term.tuple_get(pos - 1))?);
        }
        if matches!(tb.kind, Kind::Set | Kind::OrderedSet) {
            Ok(v[0])
        } else {
            list(p, &v)
        }
    })
}

fn member(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], false, |tb, atoms, _| Ok(Term::boolean(tb.member(atoms, a[1]))))
}

fn delete1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let id = tid(vm, p, a[0], true)?;
    vm.ets.delete(id);
    Ok(atom::TRUE)
}

fn delete2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], true, |tb, atoms, _| {
        tb.delete_key(atoms, a[1]);
        Ok(atom::TRUE)
    })
}

fn delete_object(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], true, |tb, atoms, _| {
        let o = a[1];
        if !o.is_tuple() || o.tuple_arity() < tb.keypos {
            return badarg();
        }
        tb.delete_object(atoms, o);
        Ok(atom::TRUE)
    })
}

fn delete_all_objects(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], true, |tb, _, _| {
        tb.clear();
        Ok(atom::TRUE)
    })
}

/// What a select-style traversal does with the objects the specification accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sel {
    Collect,
    Count,
    Delete,
}

/// `ets:select/2` and its relatives, over the match specification `spec`.
fn run_select(vm: &mut Vm, p: &mut Process, t: Term, spec: Term, mode: Sel, reverse: bool) -> R {
    let id = tid(vm, p, t, mode == Sel::Delete)?;
    let ms = ms::compile(vm, spec).map_err(|_| badarg_e())?;
    let mut tb = vm.ets.take(id).ok_or_else(badarg_e)?;
    let reverse = reverse && tb.kind == Kind::OrderedSet;
    let r = select_on(vm, p, &mut tb, &ms, mode, reverse);
    vm.ets.put(tb);
    r
}

fn select_on(vm: &mut Vm, p: &mut Process, tb: &mut Table, ms: &MatchSpec, mode: Sel, reverse: bool) -> R {
    let mut s = Scratch::default();
    let mut results: Vec<Term> = Vec::new();
    let mut count = 0usize;
    if let Some(mut keys) = ms.keys(&vm.atoms, tb.keypos) {
        // Every clause names its key: look them up instead of scanning.
        let mut uniq: Vec<Term> = Vec::new();
        keys.retain(|&k| {
            let dup = uniq.iter().any(|&u| crate::term::compare::eq_exact(u, k));
            uniq.push(k);
            !dup
        });
        if reverse {
            keys.reverse();
        }
        let mut dead: Vec<Term> = Vec::new();
        for k in keys {
            let objs: Vec<Term> = tb.lookup(&vm.atoms, k).iter().map(|o| o.term).collect();
            for o in objs {
                let Some(v) = ms.run(vm, p, o, &mut s) else { continue };
                match mode {
                    Sel::Collect => results.push(v),
                    Sel::Count | Sel::Delete if v == atom::TRUE => {
                        count += 1;
                        if mode == Sel::Delete {
                            dead.push(out(p, o)?);
                        }
                    }
                    _ => {}
                }
            }
        }
        for o in dead {
            tb.delete_object(&vm.atoms, o);
        }
    } else {
        tb.traverse(reverse, &mut |o: &Obj| {
            let Some(v) = ms.run(vm, p, o.term, &mut s) else { return Visit::Keep };
            match mode {
                Sel::Collect => {
                    results.push(v);
                    Visit::Keep
                }
                _ if v == atom::TRUE => {
                    count += 1;
                    if mode == Sel::Delete {
                        Visit::Delete
                    } else {
                        Visit::Keep
                    }
                }
                _ => Visit::Keep,
            }
        });
    }
    match mode {
        Sel::Collect => list(p, &results),
        _ => term::uint(&mut p.heap, count as u64).map_err(oom),
    }
}

fn select(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    run_select(vm, p, a[0], a[1], Sel::Collect, false)
}
fn select_reverse(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    run_select(vm, p, a[0], a[1], Sel::Collect, true)
}
fn select_count(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    run_select(vm, p, a[0], a[1], Sel::Count, false)
}
fn select_delete(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    run_select(vm, p, a[0], a[1], Sel::Delete, false)
}

/// `[{Pattern, [], [Body]}]`
fn pattern_spec(p: &mut Process, pattern: Term, body: Term) -> R {
    let h = &mut p.heap;
    let b = term::list_from_slice(h, &[body], Term::NIL).map_err(oom)?;
    let c = term::tuple(h, &[pattern, Term::NIL, b]).map_err(oom)?;
    term::list_from_slice(h, &[c], Term::NIL).map_err(oom)
}

fn match2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let body = intern(vm, "$$");
    let spec = pattern_spec(p, a[1], body)?;
    run_select(vm, p, a[0], spec, Sel::Collect, false)
}
fn match_object(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let body = intern(vm, "$_");
    let spec = pattern_spec(p, a[1], body)?;
    run_select(vm, p, a[0], spec, Sel::Collect, false)
}
fn match_delete(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let spec = pattern_spec(p, a[1], atom::TRUE)?;
    run_select(vm, p, a[0], spec, Sel::Delete, false)?;
    Ok(atom::TRUE)
}

/// One `update_counter` operation: position, increment, optional threshold and reset value.
struct CounterOp {
    pos: usize,
    incr: Term,
    thr: Option<(Term, Term)>,
}

fn counter_op(t: Term, keypos: usize) -> Result<CounterOp, Exception> {
    if t.is_integer() {
        return Ok(CounterOp { pos: keypos + 1, incr: t, thr: None });
    }
    if !t.is_tuple() {
        return badarg();
    }
    let op = match *t.tuple_elements() {
        [pos, incr] => CounterOp { pos: position(pos)?, incr, thr: None },
        [pos, incr, thr, set] => {
            if !thr.is_integer() || !set.is_integer() {
                return badarg();
            }
            CounterOp { pos: position(pos)?, incr, thr: Some((thr, set)) }
        }
        _ => return badarg(),
    };
    if !op.incr.is_integer() {
        return badarg();
    }
    Ok(op)
}

fn update_counter(vm: &mut Vm, p: &mut Process, a: &[Term], default: Option<Term>) -> R {
    let id = tid(vm, p, a[0], true)?;
    let (kind, keypos) = vm.ets.get(id).map(|t| (t.kind, t.keypos)).ok_or_else(badarg_e)?;
    if !matches!(kind, Kind::Set | Kind::OrderedSet) {
        return badarg();
    }
    let key = a[1];
    let many = a[2].is_list() || a[2].is_nil();
    let ops: Vec<CounterOp> = if many {
        let v = super::list_to_vec(a[2]).ok_or_else(badarg_e)?;
        v.into_iter().map(|t| counter_op(t, keypos)).collect::<Result<_, _>>()?
    } else {
        alloc::vec![counter_op(a[2], keypos)?]
    };
    let current = vm.ets.get(id).and_then(|t| t.lookup(&vm.atoms, key).first().map(|o| o.term));
    let mut elems: Vec<Term> = match (current, default) {
        (Some(o), _) => o.tuple_elements().to_vec(),
        (None, Some(d)) => {
            if !d.is_tuple() || d.tuple_arity() < keypos {
                return badarg();
            }
            let mut v = d.tuple_elements().to_vec();
            v[keypos - 1] = key;
            v
        }
        (None, None) => return badarg(),
    };
    let mut results = Vec::with_capacity(ops.len());
    for op in &ops {
        if op.pos > elems.len() || op.pos == keypos || !elems[op.pos - 1].is_integer() {
            return badarg();
        }
        let mut n = super::arith::add(vm, p, &[elems[op.pos - 1], op.incr])?;
        if let Some((thr, set)) = op.thr {
            let up = cmp_numbers(op.incr, Term::small(0), Mode::Arith).is_ge();
            let o = cmp_numbers(n, thr, Mode::Arith);
            if (up && o.is_gt()) || (!up && o.is_lt()) {
                n = set;
            }
        }
        elems[op.pos - 1] = n;
        results.push(n);
    }
    let t = term::tuple(&mut p.heap, &elems).map_err(oom)?;
    let obj = Obj::new(t).ok_or_else(sys_limit)?;
    let Vm { ets, atoms, .. } = vm;
    ets.get_mut(id).ok_or_else(badarg_e)?.insert(atoms, obj);
    if many {
        list(p, &results)
    } else {
        Ok(results[0])
    }
}

fn update_counter3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    update_counter(vm, p, a, None)
}
fn update_counter4(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    update_counter(vm, p, a, Some(a[3]))
}

fn update_element(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], true, |tb, atoms, p| {
        if !matches!(tb.kind, Kind::Set | Kind::OrderedSet) {
            return badarg();
        }
        let specs = if a[2].is_tuple() { alloc::vec![a[2]] } else { super::list_to_vec(a[2]).ok_or_else(badarg_e)? };
        let mut ups = Vec::with_capacity(specs.len());
        for s in specs {
            if !s.is_tuple() || s.tuple_arity() != 2 {
                return badarg();
            }
            ups.push((position(s.tuple_get(0))?, s.tuple_get(1)));
        }
        let Some(cur) = tb.lookup(atoms, a[1]).first().map(|o| o.term) else { return Ok(atom::FALSE) };
        let mut elems = cur.tuple_elements().to_vec();
        for &(pos, v) in &ups {
            if pos > elems.len() || pos == tb.keypos {
                return badarg();
            }
            elems[pos - 1] = v;
        }
        let t = term::tuple(&mut p.heap, &elems).map_err(oom)?;
        let obj = Obj::new(t).ok_or_else(sys_limit)?;
        tb.insert(atoms, obj);
        Ok(atom::TRUE)
    })
}

fn tab2list(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with(vm, p, a[0], false, |tb, _, p| {
        let objs: Vec<Term> = tb.objects().iter().map(|o| o.term).collect();
        let mut v = Vec::with_capacity(objs.len());
        for o in objs {
            v.push(out(p, o)?);
        }
        list(p, &v)
    })
}

fn end_of_table(vm: &mut Vm) -> Term {
    intern(vm, "$end_of_table")
}

fn first_last(vm: &mut Vm, p: &mut Process, t: Term, last: bool) -> R {
    let eot = end_of_table(vm);
    with(vm, p, t, false, |tb, _, p| match tb.first(last) {
        Some(k) => out(p, k),
        None => Ok(eot),
    })
}

fn first(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    first_last(vm, p, a[0], false)
}
fn last(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    first_last(vm, p, a[0], true)
}

fn next_prev(vm: &mut Vm, p: &mut Process, t: Term, key: Term, back: bool) -> R {
    let eot = end_of_table(vm);
    with(vm, p, t, false, |tb, atoms, p| match tb.next(atoms, key, back) {
        Ok(Some(k)) => out(p, k),
        Ok(None) => Ok(eot),
        Err(()) => badarg(),
    })
}

fn next(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    next_prev(vm, p, a[0], a[1], false)
}
fn prev(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    next_prev(vm, p, a[0], a[1], true)
}

const INFO_ITEMS: &[&str] = &[
    "id",
    "decentralized_counters",
    "read_concurrency",
    "write_concurrency",
    "compressed",
    "memory",
    "owner",
    "heir",
    "name",
    "size",
    "node",
    "named_table",
    "type",
    "keypos",
    "protection",
];

/// The value of info item `item` of table `id`; None for an unknown item.
fn info_item(vm: &mut Vm, p: &mut Process, id: u64, item: &str) -> Result<Option<Term>, Exception> {
    let Some(t) = vm.ets.get(id) else { return Ok(None) };
    let (kind, access, heir) = (t.kind, t.access, t.heir.as_ref().map(|h| h.0));
    let v = match item {
        "id" => tid_term(p, id)?,
        "decentralized_counters" => Term::boolean(t.decentralized_counters),
        "read_concurrency" => Term::boolean(t.read_concurrency),
        "write_concurrency" => Term::boolean(t.write_concurrency),
        "compressed" => Term::boolean(t.compressed),
        "memory" => Term::small(t.memory_words() as isize),
        "owner" => Term::pid(t.owner),
        "heir" => match heir {
            Some(h) => Term::pid(h),
            None => intern(vm, "none"),
        },
        "name" => t.name,
        "size" => Term::small(t.size() as isize),
        "node" => atom::NONODE,
        "named_table" => Term::boolean(t.named),
        "type" => intern(
            vm,
            match kind {
                Kind::Set => "set",
                Kind::OrderedSet => "ordered_set",
                Kind::Bag => "bag",
                Kind::DuplicateBag => "duplicate_bag",
            },
        ),
        "keypos" => Term::small(t.keypos as isize),
        "protection" => intern(
            vm,
            match access {
                Access::Public => "public",
                Access::Protected => "protected",
                Access::Private => "private",
            },
        ),
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// The table named by `t` for `info`: None if there is none (then `undefined`), badarg if
/// `t` cannot name a table.
fn info_table(vm: &mut Vm, t: Term) -> Result<Option<u64>, Exception> {
    if !t.is_atom() && !t.is_reference() {
        return badarg();
    }
    vm.ets.set_atoms(&vm.atoms);
    Ok(vm.ets.resolve(t))
}

fn info1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(id) = info_table(vm, a[0])? else { return Ok(atom::UNDEFINED) };
    let mut v = Vec::with_capacity(INFO_ITEMS.len());
    for item in INFO_ITEMS {
        let val = info_item(vm, p, id, item)?.ok_or_else(badarg_e)?;
        let k = intern(vm, item);
        v.push(term::tuple(&mut p.heap, &[k, val]).map_err(oom)?);
    }
    list(p, &v)
}

fn info2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(id) = info_table(vm, a[0])? else { return Ok(atom::UNDEFINED) };
    if !a[1].is_atom() {
        return badarg();
    }
    let item = alloc::string::String::from(vm.atoms.name(a[1]));
    info_item(vm, p, id, &item)?.ok_or_else(badarg_e)
}

fn whereis(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() {
        return badarg();
    }
    match vm.ets.resolve(a[0]) {
        Some(id) => tid_term(p, id),
        None => Ok(atom::UNDEFINED),
    }
}

/// `{'ETS-TRANSFER', Tab, From, Data}` to `to`.
pub fn send_transfer(vm: &mut Vm, tab: Term, from: u32, to: u32, data: Term) -> Option<()> {
    let tag = vm.atoms.intern("ETS-TRANSFER").ok()?;
    let need = crate::term::copy::size_of(data, &|_| true) + crate::term::copy::size_of(tab, &|_| true) + 5;
    let mut f = crate::heap::Fragment::with_capacity(need)?;
    let d = copy_into(&mut f, data, &|_| true)?;
    let t = copy_into(&mut f, tab, &|_| true)?;
    let m = term::tuple(&mut f, &[tag, t, Term::pid(from), d]).ok()?;
    vm.deliver(to, crate::process::mailbox::Message { term: m, frag: f });
    Some(())
}

fn give_away(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let id = tid(vm, p, a[0], true)?;
    let to = a[1];
    if !to.is_pid() || to.pid_index() == p.pid || !vm.procs.is_alive(to.pid_index()) {
        return badarg();
    }
    let t = vm.ets.get_mut(id).ok_or_else(badarg_e)?;
    if t.owner != p.pid {
        return badarg();
    }
    t.owner = to.pid_index();
    let tab = table_term(vm, p, id)?;
    send_transfer(vm, tab, p.pid, to.pid_index(), a[2]).ok_or_else(sys_limit)?;
    Ok(atom::TRUE)
}

fn rename(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let id = tid(vm, p, a[0], true)?;
    if !a[1].is_atom() {
        return badarg();
    }
    if !vm.ets.rename(id, a[1]) {
        return badarg();
    }
    Ok(a[1])
}

fn all(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let mut v = Vec::new();
    for id in vm.ets.ids() {
        v.push(table_term(vm, p, id)?);
    }
    list(p, &v)
}

fn internal_set_heir(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let id = tid(vm, p, a[0], true)?;
    let heir = if a[1].is_pid() { Some((a[1].pid_index(), Obj::new(a[2]).ok_or_else(sys_limit)?)) } else { None };
    let t = vm.ets.get_mut(id).ok_or_else(badarg_e)?;
    if t.owner != p.pid {
        return badarg();
    }
    t.heir = heir;
    Ok(atom::TRUE)
}
