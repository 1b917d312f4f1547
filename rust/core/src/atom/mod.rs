//! The atom table: interned UTF-8 names, each an index that an atom term carries.
//! The atoms the VM itself names are interned first, at fixed indices (see `predefined`).

mod predefined;

use alloc::boxed::Box;
use alloc::vec::Vec;

pub use predefined::*;

use crate::term::Term;

/// Longest atom name, in characters (as OTP).
pub const MAX_ATOM_CHARS: usize = 255;
/// Most atoms one VM holds.
pub const DEFAULT_ATOM_LIMIT: usize = 1 << 20;

pub struct AtomTable {
    names: Vec<Box<str>>,
    /// Open-addressing index: slot -> atom index + 1 (0 = empty).
    slots: Vec<u32>,
    pub limit: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtomError {
    /// More than 255 characters.
    TooLong,
    /// The table is full.
    Limit,
}

fn hash(s: &[u8]) -> u32 {
    // FNV-1a: short keys, no attacker-controlled collisions worth defending against here.
    let mut h: u32 = 0x811c_9dc5;
    for &b in s {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

impl Default for AtomTable {
    fn default() -> Self {
        Self::new()
    }
}

impl AtomTable {
    pub fn new() -> AtomTable {
        let mut t = AtomTable { names: Vec::new(), slots: alloc::vec![0; 1024], limit: DEFAULT_ATOM_LIMIT };
        for (i, name) in PREDEFINED.iter().enumerate() {
            let a = t.intern(name).expect("predefined atoms fit");
            debug_assert_eq!(a.atom_index() as usize, i);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The name of atom `a`.
    pub fn name(&self, a: Term) -> &str {
        self.names.get(a.atom_index() as usize).map(|s| &**s).unwrap_or("")
    }
    /// The name of the atom with index `i`.
    pub fn name_of(&self, i: u32) -> &str {
        self.names.get(i as usize).map(|s| &**s).unwrap_or("")
    }

    /// Finds an existing atom.
    pub fn lookup(&self, name: &str) -> Option<Term> {
        let mask = self.slots.len() - 1;
        let mut i = hash(name.as_bytes()) as usize & mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return None;
            }
            if &*self.names[(s - 1) as usize] == name {
                return Some(Term::atom(s - 1));
            }
            i = (i + 1) & mask;
        }
    }

    /// Finds or adds an atom.
    pub fn intern(&mut self, name: &str) -> Result<Term, AtomError> {
        if name.chars().count() > MAX_ATOM_CHARS {
            return Err(AtomError::TooLong);
        }
        if let Some(a) = self.lookup(name) {
            return Ok(a);
        }
        if self.names.len() >= self.limit {
            return Err(AtomError::Limit);
        }
        let grow = (self.names.len() + 1) * 2 > self.slots.len();
        // The table only grows, with ordinary collections: refuse (system_limit, as at the
        // count limit) what the memory budget cannot hold (see crate::mem).
        let mut need = name.len() + 16;
        if self.names.len() == self.names.capacity() {
            need += self.names.capacity().max(4) * core::mem::size_of::<Box<str>>();
        }
        if grow {
            need += self.slots.len() * 2 * core::mem::size_of::<u32>();
        }
        if !crate::mem::admit(need) {
            return Err(AtomError::Limit);
        }
        if grow {
            self.grow();
        }
        let idx = self.names.len() as u32;
        self.names.push(name.into());
        self.insert_slot(idx);
        Ok(Term::atom(idx))
    }

    /// Finds or adds an atom given as bytes that must be UTF-8.
    pub fn intern_bytes(&mut self, name: &[u8]) -> Result<Term, AtomError> {
        match core::str::from_utf8(name) {
            Ok(s) => self.intern(s),
            Err(_) => Err(AtomError::TooLong),
        }
    }

    /// Finds or adds an atom given in Latin-1.
    pub fn intern_latin1(&mut self, name: &[u8]) -> Result<Term, AtomError> {
        if name.is_ascii() {
            // SAFETY-free path: ASCII is UTF-8.
            return self.intern(core::str::from_utf8(name).unwrap_or(""));
        }
        let s: alloc::string::String = name.iter().map(|&b| b as char).collect();
        self.intern(&s)
    }

    fn insert_slot(&mut self, idx: u32) {
        let mask = self.slots.len() - 1;
        let mut i = hash(self.names[idx as usize].as_bytes()) as usize & mask;
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = idx + 1;
    }

    fn grow(&mut self) {
        self.slots = alloc::vec![0; self.slots.len() * 2];
        for i in 0..self.names.len() as u32 {
            self.insert_slot(i);
        }
    }
}
