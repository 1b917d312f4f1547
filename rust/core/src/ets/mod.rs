//! ETS: term storage shared between processes, owned by one of them.
//!
//! A table holds tuples copied out of the inserting process into storage the table owns
//! (one [`Fragment`] per object, so deleting or replacing an object frees exactly its words
//! and its binary references); reads copy objects back onto the caller's heap.
//!
//! `set`, `bag` and `duplicate_bag` tables are hashed: a `BTreeMap` from the `phash2` of the
//! key to the groups of objects with that hash, one group per key (keys compare with
//! `=:=`). The map's order gives `first/next` a stable traversal. `ordered_set` tables are a
//! `BTreeMap` in OTP's term order (keys compare with `==`): O(log n) for every operation.
//! The BIFs are in `bif/ets.rs`; match specifications in [`ms`].

pub mod ms;
pub mod pterm;

pub use pterm::PTerms;

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::cell::Cell;
use core::cmp::Ordering;
use core::ops::Bound;

use crate::atom::AtomTable;
use crate::heap::Fragment;
use crate::term::compare::{compare, eq_exact, Mode};
use crate::term::copy::copy_to_fragment;
use crate::term::Term;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Set,
    OrderedSet,
    Bag,
    DuplicateBag,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    Public,
    Protected,
    Private,
}

/// A term stored outside every process heap: its words and binary references.
pub struct Obj {
    frag: Fragment,
    pub term: Term,
}

impl Obj {
    /// Copies `t` (all of it: heap, literals, other storage) into new storage.
    pub fn new(t: Term) -> Option<Obj> {
        let (frag, term) = copy_to_fragment(t, &|_| true)?;
        Some(Obj { frag, term })
    }
    /// Words it occupies.
    pub fn words(&self) -> usize {
        self.frag.len()
    }
    fn key(&self, keypos: usize) -> Term {
        self.term.tuple_get(keypos - 1)
    }
}

/// An `ordered_set` key: a term inside the object it belongs to (or, for a probe, a term of
/// the caller), ordered with the atom table the owning [`Ets`] points it at.
struct OKey {
    t: Term,
    atoms: *const Cell<*const AtomTable>,
}

impl OKey {
    fn cmp_terms(&self, other: &OKey) -> Ordering {
        // SAFETY: `atoms` points into the `Ets` that owns every table (boxed, so it does not
        // move), and `Ets::tables_mut` and friends set it to the VM's live atom table before
        // any table operation, so the pointer it holds is valid while keys are compared.
        let atoms = unsafe { &*(*self.atoms).get() };
        compare(self.t, other.t, atoms, Mode::Arith)
    }
}

impl PartialEq for OKey {
    fn eq(&self, other: &Self) -> bool {
        self.cmp_terms(other) == Ordering::Equal
    }
}
impl Eq for OKey {}
impl PartialOrd for OKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for OKey {
    fn cmp(&self, other: &Self) -> Ordering {
        self.cmp_terms(other)
    }
}

// SAFETY: the keys point into objects their table owns and at its `Ets`; the VM that holds
// them moves between threads whole.
unsafe impl Send for OKey {}

enum Store {
    /// hash of the key -> groups of objects, one group per key (in insertion order).
    Hash(BTreeMap<u32, Vec<Vec<Obj>>>),
    Ordered(BTreeMap<OKey, Obj>),
}

pub struct Table {
    /// The reference id of its tid.
    pub id: u64,
    pub name: Term,
    pub named: bool,
    pub kind: Kind,
    pub access: Access,
    pub keypos: usize,
    pub owner: u32,
    /// `{heir, Pid, Data}`.
    pub heir: Option<(u32, Obj)>,
    pub read_concurrency: bool,
    pub write_concurrency: bool,
    pub decentralized_counters: bool,
    pub compressed: bool,
    store: Store,
    size: usize,
    words: usize,
    atoms: *const Cell<*const AtomTable>,
}

// SAFETY: see `OKey`.
unsafe impl Send for Table {}

/// What a traversal callback decides for one object.
pub enum Visit {
    Keep,
    Delete,
    Stop,
}

impl Table {
    /// Number of objects.
    pub fn size(&self) -> usize {
        self.size
    }
    /// Words of storage, with a per-object overhead.
    pub fn memory_words(&self) -> usize {
        self.words + 4 * self.size + 40
    }

    fn probe(&self, key: Term) -> OKey {
        OKey { t: key, atoms: self.atoms }
    }

    /// True if the caller may read (`write` false) or write the table.
    pub fn allows(&self, pid: u32, write: bool) -> bool {
        match self.access {
            Access::Public => true,
            Access::Protected => !write || pid == self.owner,
            Access::Private => pid == self.owner,
        }
    }

    /// The objects with key `key`.
    pub fn lookup(&self, atoms: &AtomTable, key: Term) -> &[Obj] {
        match &self.store {
            Store::Hash(m) => {
                let h = crate::hash::phash::phash2(key, atoms);
                if let Some(b) = m.get(&h) {
                    for g in b {
                        if eq_exact(g[0].key(self.keypos), key) {
                            return g;
                        }
                    }
                }
                &[]
            }
            Store::Ordered(m) => match m.get_key_value(&self.probe(key)) {
                Some((_, o)) => core::slice::from_ref(o),
                None => &[],
            },
        }
    }

    pub fn member(&self, atoms: &AtomTable, key: Term) -> bool {
        !self.lookup(atoms, key).is_empty()
    }

    /// Inserts an object (a tuple checked to have the key position).
    pub fn insert(&mut self, atoms: &AtomTable, obj: Obj) {
        let key = obj.key(self.keypos);
        let kind = self.kind;
        let keypos = self.keypos;
        match &mut self.store {
            Store::Hash(m) => {
                let h = crate::hash::phash::phash2(key, atoms);
                let b = m.entry(h).or_default();
                let Some(g) = b.iter_mut().find(|g| eq_exact(g[0].key(keypos), key)) else {
                    self.size += 1;
                    self.words += obj.words();
                    b.push(alloc::vec![obj]);
                    return;
                };
                match kind {
                    Kind::Set => {
                        self.words = self.words + obj.words() - g[0].words();
                        g[0] = obj;
                    }
                    Kind::Bag if g.iter().any(|o| eq_exact(o.term, obj.term)) => {}
                    _ => {
                        self.size += 1;
                        self.words += obj.words();
                        g.push(obj);
                    }
                }
            }
            Store::Ordered(m) => {
                // The key of a replaced object points into it: remove the old entry first.
                let probe = OKey { t: key, atoms: self.atoms };
                if let Some(old) = m.remove(&probe) {
                    self.size -= 1;
                    self.words -= old.words();
                }
                self.size += 1;
                self.words += obj.words();
                m.insert(OKey { t: key, atoms: self.atoms }, obj);
            }
        }
    }

    /// Deletes every object with key `key`.
    pub fn delete_key(&mut self, atoms: &AtomTable, key: Term) {
        let keypos = self.keypos;
        match &mut self.store {
            Store::Hash(m) => {
                let h = crate::hash::phash::phash2(key, atoms);
                let Some(b) = m.get_mut(&h) else { return };
                if let Some(i) = b.iter().position(|g| eq_exact(g[0].key(keypos), key)) {
                    let g = b.remove(i);
                    self.size -= g.len();
                    self.words -= g.iter().map(|o| o.words()).sum::<usize>();
                }
                if b.is_empty() {
                    m.remove(&h);
                }
            }
            Store::Ordered(m) => {
                let probe = OKey { t: key, atoms: self.atoms };
                if let Some(old) = m.remove(&probe) {
                    self.size -= 1;
                    self.words -= old.words();
                }
            }
        }
    }

    /// Deletes every object exactly equal to `obj` (a tuple with the key position).
    pub fn delete_object(&mut self, atoms: &AtomTable, obj: Term) {
        let key = obj.tuple_get(self.keypos - 1);
        let keypos = self.keypos;
        match &mut self.store {
            Store::Hash(m) => {
                let h = crate::hash::phash::phash2(key, atoms);
                let Some(b) = m.get_mut(&h) else { return };
                if let Some(i) = b.iter().position(|g| eq_exact(g[0].key(keypos), key)) {
                    let g = &mut b[i];
                    let before = g.len();
                    let mut freed = 0;
                    g.retain(|o| {
                        let del = eq_exact(o.term, obj);
                        if del {
                            freed += o.words();
                        }
                        !del
                    });
                    self.size -= before - g.len();
                    self.words -= freed;
                    if g.is_empty() {
                        b.remove(i);
                    }
                }
                if b.is_empty() {
                    m.remove(&h);
                }
            }
            Store::Ordered(m) => {
                let probe = OKey { t: key, atoms: self.atoms };
                if m.get(&probe).is_some_and(|o| eq_exact(o.term, obj)) {
                    if let Some(old) = m.remove(&probe) {
                        self.size -= 1;
                        self.words -= old.words();
                    }
                }
            }
        }
    }

    pub fn clear(&mut self) {
        match &mut self.store {
            Store::Hash(m) => m.clear(),
            Store::Ordered(m) => m.clear(),
        }
        self.size = 0;
        self.words = 0;
    }

    /// Visits every object in table order (`reverse`: backwards, for `ordered_set`),
    /// deleting those the callback asks to.
    pub fn traverse(&mut self, reverse: bool, f: &mut dyn FnMut(&Obj) -> Visit) {
        let mut stop = false;
        let mut freed = 0usize;
        let mut removed = 0usize;
        let mut visit = |o: &Obj, stop: &mut bool| -> bool {
            if *stop {
                return true;
            }
            match f(o) {
                Visit::Keep => true,
                Visit::Delete => {
                    freed += o.words();
                    removed += 1;
                    false
                }
                Visit::Stop => {
                    *stop = true;
                    true
                }
            }
        };
        match &mut self.store {
            Store::Hash(m) => {
                m.retain(|_, b| {
                    b.retain_mut(|g| {
                        g.retain(|o| visit(o, &mut stop));
                        !g.is_empty()
                    });
                    !b.is_empty()
                });
            }
            Store::Ordered(m) => {
                if reverse {
                    // BTreeMap::retain runs forwards: collect the keys to drop first.
                    let mut dead: Vec<Term> = Vec::new();
                    for (k, o) in m.iter().rev() {
                        if !visit(o, &mut stop) {
                            dead.push(k.t);
                        }
                        if stop {
                            break;
                        }
                    }
                    for t in dead {
                        let probe = OKey { t, atoms: self.atoms };
                        m.remove(&probe);
                    }
                } else {
                    m.retain(|_, o| visit(o, &mut stop));
                }
            }
        }
        self.size -= removed;
        self.words -= freed;
    }

    /// Every object, in table order.
    pub fn objects(&self) -> Vec<&Obj> {
        match &self.store {
            Store::Hash(m) => m.values().flatten().flatten().collect(),
            Store::Ordered(m) => m.values().collect(),
        }
    }

    /// The first (or, `last`, the last) key; None if the table is empty.
    pub fn first(&self, last: bool) -> Option<Term> {
        match &self.store {
            Store::Hash(m) => m.values().next().map(|b| b[0][0].key(self.keypos)),
            Store::Ordered(m) => {
                let e = if last { m.iter().next_back() } else { m.iter().next() };
                e.map(|(k, _)| k.t)
            }
        }
    }

    /// The key after (`back`: before) `key`: Ok(None) at the end, Err if `key` is not in a
    /// hashed table (an `ordered_set` needs no such key).
    pub fn next(&self, atoms: &AtomTable, key: Term, back: bool) -> Result<Option<Term>, ()> {
        match &self.store {
            Store::Hash(m) => {
                let h = crate::hash::phash::phash2(key, atoms);
                let b = m.get(&h).ok_or(())?;
                let i = b.iter().position(|g| eq_exact(g[0].key(self.keypos), key)).ok_or(())?;
                if let Some(g) = b.get(i + 1) {
                    return Ok(Some(g[0].key(self.keypos)));
                }
                Ok(m.range((Bound::Excluded(h), Bound::Unbounded)).next().map(|(_, b)| b[0][0].key(self.keypos)))
            }
            Store::Ordered(m) => {
                let p = self.probe(key);
                let e = if back {
                    m.range((Bound::Unbounded, Bound::Excluded(p))).next_back()
                } else {
                    m.range((Bound::Excluded(p), Bound::Unbounded)).next()
                };
                Ok(e.map(|(k, _)| k.t))
            }
        }
    }
}

/// Every table of a VM, by tid and by name.
pub struct Ets {
    tables: BTreeMap<u64, Box<Table>>,
    names: BTreeMap<u32, u64>,
    /// The atom table keys of `ordered_set` tables compare with (see [`OKey`]).
    atoms: Box<Cell<*const AtomTable>>,
}

// SAFETY: see `OKey`.
unsafe impl Send for Ets {}

impl Default for Ets {
    fn default() -> Self {
        Ets { tables: BTreeMap::new(), names: BTreeMap::new(), atoms: Box::new(Cell::new(core::ptr::null())) }
    }
}

/// Options of a new table.
pub struct NewOpts {
    pub kind: Kind,
    pub access: Access,
    pub named: bool,
    pub keypos: usize,
    pub heir: Option<(u32, Obj)>,
    pub read_concurrency: bool,
    pub write_concurrency: bool,
    pub decentralized_counters: bool,
    pub compressed: bool,
}

impl Ets {
    /// Points the keys of ordered tables at `atoms` (the VM's atom table) for the
    /// operations that follow.
    pub fn set_atoms(&self, atoms: &AtomTable) {
        self.atoms.set(atoms as *const AtomTable);
    }

    /// Creates a table; None if it is named and the name is taken.
    pub fn create(&mut self, id: u64, name: Term, owner: u32, o: NewOpts) -> Option<()> {
        if o.named && self.names.contains_key(&name.atom_index()) {
            return None;
        }
        let store =
            if o.kind == Kind::OrderedSet { Store::Ordered(BTreeMap::new()) } else { Store::Hash(BTreeMap::new()) };
        let t = Table {
            id,
            name,
            named: o.named,
            kind: o.kind,
            access: o.access,
            keypos: o.keypos,
            owner,
            heir: o.heir,
            read_concurrency: o.read_concurrency,
            write_concurrency: o.write_concurrency,
            decentralized_counters: o.decentralized_counters,
            compressed: o.compressed,
            store,
            size: 0,
            words: 0,
            atoms: &*self.atoms,
        };
        if o.named {
            self.names.insert(name.atom_index(), id);
        }
        self.tables.insert(id, Box::new(t));
        Some(())
    }

    /// The tid of a table named by `t` (an atom for named tables, or a tid reference).
    pub fn resolve(&self, t: Term) -> Option<u64> {
        if t.is_atom() {
            return self.names.get(&t.atom_index()).copied();
        }
        if t.is_reference() {
            let id = crate::term::reference_id(t);
            return self.tables.contains_key(&id).then_some(id);
        }
        None
    }

    pub fn get(&self, id: u64) -> Option<&Table> {
        self.tables.get(&id).map(|b| &**b)
    }
    pub fn get_mut(&mut self, id: u64) -> Option<&mut Table> {
        self.tables.get_mut(&id).map(|b| &mut **b)
    }
    /// Takes a table out (while code that needs the whole VM works on it); `put` it back.
    pub fn take(&mut self, id: u64) -> Option<Box<Table>> {
        self.tables.remove(&id)
    }
    pub fn put(&mut self, t: Box<Table>) {
        self.tables.insert(t.id, t);
    }

    /// Deletes a table.
    pub fn delete(&mut self, id: u64) {
        if let Some(t) = self.tables.remove(&id) {
            if t.named {
                self.names.remove(&t.name.atom_index());
            }
        }
    }

    /// Renames a table; false if a named table already has that name.
    pub fn rename(&mut self, id: u64, name: Term) -> bool {
        let Some(t) = self.tables.get_mut(&id) else { return false };
        if t.named {
            if t.name != name && self.names.contains_key(&name.atom_index()) {
                return false;
            }
            self.names.remove(&t.name.atom_index());
            self.names.insert(name.atom_index(), id);
        }
        t.name = name;
        true
    }

    /// Every tid.
    pub fn ids(&self) -> Vec<u64> {
        self.tables.keys().copied().collect()
    }

    /// Process `pid` ended: its tables go to their heirs (returned, with the heir data, so
    /// that the VM can tell the heirs) when `alive` says the heir lives, or are deleted.
    pub fn owner_ended(&mut self, pid: u32, alive: &dyn Fn(u32) -> bool) -> Vec<(u64, u32, Obj)> {
        let mut gifts = Vec::new();
        let ids: Vec<u64> = self.tables.iter().filter(|(_, t)| t.owner == pid).map(|(&i, _)| i).collect();
        for id in ids {
            let Some(t) = self.tables.get_mut(&id) else { continue };
            if let Some((h, _)) = &t.heir {
                let h = *h;
                if h != pid && alive(h) {
                    let (_, data) = t.heir.take().expect("checked");
                    t.owner = h;
                    t.heir = None;
                    gifts.push((id, h, data));
                    continue;
                }
            }
            self.delete(id);
        }
        gifts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;
    use crate::term;

    fn opts(kind: Kind) -> NewOpts {
        NewOpts {
            kind,
            access: Access::Public,
            named: false,
            keypos: 1,
            heir: None,
            read_concurrency: false,
            write_concurrency: false,
            decentralized_counters: false,
            compressed: false,
        }
    }

    fn obj(h: &mut Heap, k: Term, v: Term) -> Obj {
        let t = term::tuple(h, &[k, v]).unwrap();
        Obj::new(t).unwrap()
    }

    #[test]
    fn ordered_set_orders_and_replaces() {
        let mut atoms = AtomTable::new();
        let b = atoms.intern("b").unwrap();
        let a = atoms.intern("a").unwrap();
        let mut h = Heap::new(1000).unwrap();
        let mut ets = Ets::default();
        ets.set_atoms(&atoms);
        ets.create(1, a, 0, opts(Kind::OrderedSet)).unwrap();
        let t = ets.get_mut(1).unwrap();
        // Inserted in reverse, with atoms interned b before a: term order is by name.
        for i in (0..200).rev() {
            let o = obj(&mut h, Term::small(i), Term::small(i * 2));
            t.insert(&atoms, o);
        }
        let f = term::float(&mut h, 2.5).unwrap();
        let o = obj(&mut h, f, b);
        t.insert(&atoms, o);
        let o = obj(&mut h, b, a);
        t.insert(&atoms, o);
        let o = obj(&mut h, a, a);
        t.insert(&atoms, o);
        assert_eq!(t.size(), 203);
        let keys: Vec<Term> = t.objects().iter().map(|o| o.term.tuple_get(0)).collect();
        assert_eq!(keys[0], Term::small(0));
        assert_eq!(keys[2], Term::small(2));
        assert!(keys[3].is_float());
        assert_eq!(keys[201], a);
        assert_eq!(keys[202], b);
        // 1.0 == 1: the same key; the object is replaced.
        let one = term::float(&mut h, 1.0).unwrap();
        let o = obj(&mut h, one, b);
        t.insert(&atoms, o);
        assert_eq!(t.size(), 203);
        assert_eq!(t.lookup(&atoms, Term::small(1))[0].term.tuple_get(1), b);
        assert_eq!(t.next(&atoms, Term::small(199), false), Ok(Some(a)));
        assert_eq!(t.next(&atoms, a, true), Ok(Some(Term::small(199))));
        assert_eq!(t.next(&atoms, b, false), Ok(None));
        t.delete_key(&atoms, Term::small(5));
        assert!(!t.member(&atoms, Term::small(5)));
        assert_eq!(t.first(true), Some(b));
        t.traverse(false, &mut |o| if o.term.tuple_get(0).is_small() { Visit::Delete } else { Visit::Keep });
        assert_eq!(t.size(), 4);
    }

    #[test]
    fn bags_and_owner_end() {
        let mut atoms = AtomTable::new();
        let k = atoms.intern("k").unwrap();
        let mut h = Heap::new(1000).unwrap();
        let mut ets = Ets::default();
        ets.set_atoms(&atoms);
        ets.create(1, k, 7, opts(Kind::Bag)).unwrap();
        ets.create(2, k, 7, opts(Kind::DuplicateBag)).unwrap();
        ets.create(3, k, 8, opts(Kind::Set)).unwrap();
        for id in [1, 2] {
            let t = ets.get_mut(id).unwrap();
            for v in [1, 2, 1] {
                let o = obj(&mut h, k, Term::small(v));
                t.insert(&atoms, o);
            }
        }
        assert_eq!(ets.get(1).unwrap().lookup(&atoms, k).len(), 2);
        assert_eq!(ets.get(2).unwrap().lookup(&atoms, k).len(), 3);
        let del = term::tuple(&mut h, &[k, Term::small(1)]).unwrap();
        ets.get_mut(2).unwrap().delete_object(&atoms, del);
        assert_eq!(ets.get(2).unwrap().size(), 1);
        assert!(ets.owner_ended(7, &|_| false).is_empty());
        assert!(ets.get(1).is_none() && ets.get(2).is_none());
        assert!(ets.get(3).is_some());
    }

    #[test]
    fn persistent_terms() {
        let mut atoms = AtomTable::new();
        let k = atoms.intern("k").unwrap();
        let mut h = Heap::new(1000).unwrap();
        let mut pt = PTerms::default();
        let v = term::tuple(&mut h, &[k, Term::small(1)]).unwrap();
        pt.put(&atoms, k, v).unwrap();
        pt.put(&atoms, Term::small(1), k).unwrap();
        assert_eq!(pt.count(), 2);
        assert_eq!(pt.get(&atoms, k).map(|t| t.tuple_get(1)), Some(Term::small(1)));
        pt.put(&atoms, k, Term::NIL).unwrap();
        assert_eq!(pt.get(&atoms, k), Some(Term::NIL));
        assert!(pt.erase(&atoms, k));
        assert!(!pt.erase(&atoms, k));
        assert_eq!(pt.count(), 1);
    }
}
