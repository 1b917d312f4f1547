//! `persistent_term` storage: key/value pairs copied out of the process that put them,
//! found by the `phash2` of the key (keys compare with `=:=`). Reads copy the value onto
//! the reader's heap, so erasing or replacing a term never leaves a reader pointing at it.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use super::Obj;
use crate::atom::AtomTable;
use crate::term::compare::eq_exact;
use crate::term::Term;

#[derive(Default)]
pub struct PTerms {
    map: BTreeMap<u32, Vec<(Obj, Obj)>>,
    count: usize,
    words: usize,
}

impl PTerms {
    /// Stores `value` under `key` (both copied); None when out of memory.
    pub fn put(&mut self, atoms: &AtomTable, key: Term, value: Term) -> Option<()> {
        let h = crate::hash::phash::phash2(key, atoms);
        let v = Obj::new(value)?;
        let b = self.map.entry(h).or_default();
        if let Some(e) = b.iter_mut().find(|e| eq_exact(e.0.term, key)) {
            self.words = self.words + v.words() - e.1.words();
            e.1 = v;
            return Some(());
        }
        let k = Obj::new(key)?;
        self.words += k.words() + v.words();
        self.count += 1;
        b.push((k, v));
        Some(())
    }

    /// The value stored under `key` (a term in this storage).
    pub fn get(&self, atoms: &AtomTable, key: Term) -> Option<Term> {
        let h = crate::hash::phash::phash2(key, atoms);
        self.map.get(&h)?.iter().find(|e| eq_exact(e.0.term, key)).map(|e| e.1.term)
    }

    /// Removes `key`; false if it was not there.
    pub fn erase(&mut self, atoms: &AtomTable, key: Term) -> bool {
        let h = crate::hash::phash::phash2(key, atoms);
        let Some(b) = self.map.get_mut(&h) else { return false };
        let Some(i) = b.iter().position(|e| eq_exact(e.0.term, key)) else { return false };
        let (k, v) = b.remove(i);
        self.words -= k.words() + v.words();
        self.count -= 1;
        if b.is_empty() {
            self.map.remove(&h);
        }
        true
    }

    /// Every pair (terms in this storage).
    pub fn pairs(&self) -> Vec<(Term, Term)> {
        self.map.values().flatten().map(|(k, v)| (k.term, v.term)).collect()
    }

    pub fn count(&self) -> usize {
        self.count
    }
    /// Bytes of storage.
    pub fn memory_bytes(&self) -> usize {
        (self.words + 16 * self.count) * core::mem::size_of::<usize>()
    }
}
