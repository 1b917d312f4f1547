//! Maps. A map of up to 32 keys is flat: a tuple of keys sorted in map-key order plus the
//! values, so maps built from the same literal keys share one keys tuple.
//! (Larger maps use the same flat form for now; see docs/architecture.md.)

use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::atom::AtomTable;
use crate::term::compare::{compare, eq_exact, Mode};
use crate::term::{header_arity, make_header, tuple, Alloc, AllocError, Term, HDR_MAP};

/// Largest map kept flat.
pub const FLAT_MAX: usize = 32;

/// Number of entries.
#[inline]
pub fn size(m: Term) -> usize {
    header_arity(m.header()) - 1
}

/// The keys tuple of a flat map.
#[inline]
pub fn keys_tuple(m: Term) -> Term {
    Term(m.boxed_word(1))
}

/// The keys, in order.
pub fn keys<'a>(m: Term) -> &'a [Term] {
    keys_tuple(m).tuple_elements()
}

/// The values, in key order.
pub fn values<'a>(m: Term) -> &'a [Term] {
    let n = size(m);
    // SAFETY: a flat map's values are the `n` words after its keys word.
    unsafe { core::slice::from_raw_parts(m.ptr().add(2) as *const Term, n) }
}

/// Looks a key up (exact match).
pub fn get(m: Term, key: Term) -> Option<Term> {
    let ks = keys(m);
    if key.is_immediate() {
        for (i, k) in ks.iter().enumerate() {
            if *k == key {
                return Some(values(m)[i]);
            }
        }
        return None;
    }
    for (i, k) in ks.iter().enumerate() {
        if eq_exact(*k, key) {
            return Some(values(m)[i]);
        }
    }
    None
}

fn key_cmp(a: Term, b: Term, atoms: &AtomTable) -> Ordering {
    compare(a, b, atoms, Mode::MapKey)
}

/// Builds a map from key-value pairs; a later pair wins over an earlier one with the same key.
pub fn from_pairs(h: &mut impl Alloc, atoms: &AtomTable, pairs: &mut Vec<(Term, Term)>) -> Result<Term, AllocError> {
    // Stable sort keeps duplicates in insertion order; keep the last of each run.
    pairs.sort_by(|a, b| key_cmp(a.0, b.0, atoms));
    let mut out: Vec<(Term, Term)> = Vec::with_capacity(pairs.len());
    for &(k, v) in pairs.iter() {
        match out.last_mut() {
            Some(last) if key_cmp(last.0, k, atoms) == Ordering::Equal => last.1 = v,
            _ => out.push((k, v)),
        }
    }
    build_sorted(h, &out, None)
}

/// Builds a flat map from pairs already sorted and unique, reusing `keys` if given.
fn build_sorted(h: &mut impl Alloc, pairs: &[(Term, Term)], keys: Option<Term>) -> Result<Term, AllocError> {
    let n = pairs.len();
    let kt = match keys {
        Some(k) => k,
        None => {
            let ks: Vec<Term> = pairs.iter().map(|p| p.0).collect();
            tuple(h, &ks)?
        }
    };
    let p = h.alloc(2 + n)?;
    // SAFETY: `alloc` returned 2 + n writable words.
    unsafe {
        *p = make_header(HDR_MAP, 1 + n);
        *p.add(1) = kt.0;
        for (i, (_, v)) in pairs.iter().enumerate() {
            *p.add(2 + i) = v.0;
        }
    }
    Ok(Term::boxed_ptr(p))
}

/// An empty map.
pub fn empty(h: &mut impl Alloc) -> Result<Term, AllocError> {
    build_sorted(h, &[], None)
}

/// The entries in key order.
pub fn to_pairs(m: Term) -> Vec<(Term, Term)> {
    keys(m).iter().copied().zip(values(m).iter().copied()).collect()
}

/// `M#{K => V}` for several pairs.
pub fn put_many(h: &mut impl Alloc, atoms: &AtomTable, m: Term, new: &[(Term, Term)]) -> Result<Term, AllocError> {
    // Fast path: every key already present (a pure update) keeps the keys tuple.
    let mut vals: Vec<Term> = values(m).to_vec();
    let ks = keys(m);
    let mut all_present = true;
    for &(k, v) in new {
        match ks.iter().position(|x| eq_exact(*x, k)) {
            Some(i) => vals[i] = v,
            None => {
                all_present = false;
                break;
            }
        }
    }
    if all_present {
        let pairs: Vec<(Term, Term)> = ks.iter().copied().zip(vals).collect();
        return build_sorted(h, &pairs, Some(keys_tuple(m)));
    }
    let mut pairs = to_pairs(m);
    pairs.extend_from_slice(new);
    from_pairs(h, atoms, &mut pairs)
}

/// `M#{K := V}` for several pairs: None if a key is missing (the caller raises badkey with
/// the key returned in `Err`).
pub fn update_many(h: &mut impl Alloc, m: Term, new: &[(Term, Term)]) -> Result<Result<Term, Term>, AllocError> {
    let ks = keys(m);
    let mut vals: Vec<Term> = values(m).to_vec();
    for &(k, v) in new {
        match ks.iter().position(|x| eq_exact(*x, k)) {
            Some(i) => vals[i] = v,
            None => return Ok(Err(k)),
        }
    }
    let pairs: Vec<(Term, Term)> = ks.iter().copied().zip(vals).collect();
    Ok(Ok(build_sorted(h, &pairs, Some(keys_tuple(m)))?))
}

/// The map without `key`.
pub fn remove(h: &mut impl Alloc, m: Term, key: Term) -> Result<Term, AllocError> {
    let ks = keys(m);
    match ks.iter().position(|x| eq_exact(*x, key)) {
        None => Ok(m),
        Some(i) => {
            let mut pairs = to_pairs(m);
            pairs.remove(i);
            build_sorted(h, &pairs, None)
        }
    }
}

/// Term-order comparison of two maps: by size, then keys in map-key order, then values.
pub fn compare_maps(
    a: Term,
    b: Term,
    _atoms: Option<&AtomTable>,
    mode: Mode,
    stack: &mut Vec<(Term, Term, Mode)>,
) -> Ordering {
    let (na, nb) = (size(a), size(b));
    if na != nb {
        return na.cmp(&nb);
    }
    let (va, vb) = (values(a), values(b));
    for i in (0..na).rev() {
        stack.push((va[i], vb[i], mode));
    }
    let (ka, kb) = (keys(a), keys(b));
    for i in (0..na).rev() {
        stack.push((ka[i], kb[i], Mode::MapKey));
    }
    Ordering::Equal
}
