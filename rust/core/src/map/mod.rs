//! Maps. A map of up to `FLAT_MAX` keys is flat: a tuple of keys sorted in map-key order plus
//! the values, so maps built from the same literal keys share one keys tuple. A larger map is
//! a hash array mapped trie (`hamt`). The form is canonical (it depends only on the number of
//! keys), so `=:=` can compare maps structurally. Callers use the functions here and need not
//! know which form a map has.

pub mod hamt;

use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::atom::AtomTable;
use crate::term::compare::{compare, eq_exact, Mode};
use crate::term::{header_arity, make_header, tuple, Alloc, AllocError, Term, HDR_MAP};

/// Largest map kept flat.
pub const FLAT_MAX: usize = 32;

/// True for the flat form.
#[inline]
pub fn is_flat(m: Term) -> bool {
    m.boxed_tag() == HDR_MAP
}

/// Number of entries.
#[inline]
pub fn size(m: Term) -> usize {
    if is_flat(m) {
        header_arity(m.header()).saturating_sub(1)
    } else {
        hamt::size(m)
    }
}

/// The keys tuple of a flat map.
#[inline]
fn keys_tuple(m: Term) -> Term {
    Term(m.boxed_word(1))
}

/// The keys of a flat map, in order.
fn flat_keys<'a>(m: Term) -> &'a [Term] {
    keys_tuple(m).tuple_elements()
}

/// The values of a flat map, in key order.
fn flat_values<'a>(m: Term) -> &'a [Term] {
    let n = size(m);
    // SAFETY: a flat map's values are the `n` words after its keys word.
    unsafe { core::slice::from_raw_parts(m.ptr().add(2) as *const Term, n) }
}

/// Looks a key up (exact match).
pub fn get(m: Term, key: Term) -> Option<Term> {
    if !is_flat(m) {
        return hamt::get(m, key);
    }
    let ks = flat_keys(m);
    if key.is_immediate() {
        for (i, k) in ks.iter().enumerate() {
            if *k == key {
                return flat_values(m).get(i).copied();
            }
        }
        return None;
    }
    for (i, k) in ks.iter().enumerate() {
        if eq_exact(*k, key) {
            return flat_values(m).get(i).copied();
        }
    }
    None
}

/// The entries of a map: a flat map's in key order, a trie's in its (deterministic) trie
/// order. Nothing may move the map while the iterator lives (no collection in between).
pub enum Iter {
    Flat { keys: Term, m: Term, i: usize, n: usize },
    Trie(alloc::boxed::Box<hamt::Iter>),
}

impl Iterator for Iter {
    type Item = (Term, Term);

    #[inline]
    fn next(&mut self) -> Option<(Term, Term)> {
        match self {
            Iter::Flat { keys, m, i, n } => {
                if *i >= *n {
                    return None;
                }
                let k = keys.tuple_get(*i);
                let v = Term(m.boxed_word(2 + *i));
                *i += 1;
                Some((k, v))
            }
            Iter::Trie(t) => t.next(),
        }
    }
}

/// Iterates over the entries of a map.
pub fn iter(m: Term) -> Iter {
    if is_flat(m) {
        let keys = keys_tuple(m);
        let n = size(m).min(keys.tuple_arity());
        Iter::Flat { keys, m, i: 0, n }
    } else {
        Iter::Trie(alloc::boxed::Box::new(hamt::Iter::new(m)))
    }
}

/// The entries, in iteration order.
pub fn to_pairs(m: Term) -> Vec<(Term, Term)> {
    let mut v = Vec::with_capacity(size(m));
    v.extend(iter(m));
    v
}

/// The keys, in iteration order.
pub fn keys(m: Term) -> Vec<Term> {
    let mut v = Vec::with_capacity(size(m));
    v.extend(iter(m).map(|p| p.0));
    v
}

/// The values, in iteration order.
pub fn values(m: Term) -> Vec<Term> {
    let mut v = Vec::with_capacity(size(m));
    v.extend(iter(m).map(|p| p.1));
    v
}

fn key_cmp(a: Term, b: Term, atoms: &AtomTable) -> Ordering {
    compare(a, b, atoms, Mode::MapKey)
}

/// Builds a map from key-value pairs; a later pair wins over an earlier one with the same key.
pub fn from_pairs(h: &mut impl Alloc, atoms: &AtomTable, pairs: &mut [(Term, Term)]) -> Result<Term, AllocError> {
    if pairs.len() > FLAT_MAX {
        let es = hamt::prepare(pairs);
        if es.len() > FLAT_MAX {
            return hamt::build(h, &es);
        }
        let mut out: Vec<(Term, Term)> = es.iter().map(|e| (e.k, e.v)).collect();
        out.sort_by(|a, b| key_cmp(a.0, b.0, atoms));
        return build_sorted(h, &out, None);
    }
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

/// `M#{K => V}` for several pairs (a later pair wins over an earlier one with the same key).
pub fn put_many(h: &mut impl Alloc, atoms: &AtomTable, m: Term, new: &[(Term, Term)]) -> Result<Term, AllocError> {
    if !is_flat(m) {
        return hamt::put_entries(h, m, &hamt::prepare(new), true);
    }
    // Fast path: every key already present (a pure update) keeps the keys tuple.
    let mut vals: Vec<Term> = flat_values(m).to_vec();
    let ks = flat_keys(m);
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

/// About how many words putting `k` pairs into `m` allocates (for collecting beforehand).
pub fn put_words_estimate(m: Term, k: usize) -> usize {
    let n = size(m) + k;
    if n <= FLAT_MAX {
        2 * n + 4
    } else if is_flat(m) {
        // Conversion to a trie: leaves and nodes.
        4 * n + 64
    } else {
        // A path of nodes per new pair, plus its leaf.
        64 + k.min(64) * 4 * (FLAT_MAX + 3) + 2 * k
    }
}

/// `maps:merge(A, B)`: the entries of both, B's value winning for keys in both.
pub fn merge(h: &mut impl Alloc, atoms: &AtomTable, a: Term, b: Term) -> Result<Term, AllocError> {
    if !is_flat(b) && size(a) < size(b) {
        // Put the smaller map into the larger one, keeping the larger one's values.
        let ea = hamt::prepare(&to_pairs(a));
        return hamt::put_entries(h, b, &ea, false);
    }
    if size(b) == 0 {
        return Ok(a);
    }
    put_many(h, atoms, a, &to_pairs(b))
}

/// `M#{K := V}` for several pairs: `Ok(Err(K))` if a key `K` is missing (the caller raises
/// badkey).
pub fn update_many(h: &mut impl Alloc, m: Term, new: &[(Term, Term)]) -> Result<Result<Term, Term>, AllocError> {
    if !is_flat(m) {
        for &(k, _) in new {
            if hamt::get(m, k).is_none() {
                return Ok(Err(k));
            }
        }
        return Ok(Ok(hamt::put_entries(h, m, &hamt::prepare(new), true)?));
    }
    let ks = flat_keys(m);
    let mut vals: Vec<Term> = flat_values(m).to_vec();
    for &(k, v) in new {
        match ks.iter().position(|x| eq_exact(*x, k)) {
            Some(i) => vals[i] = v,
            None => return Ok(Err(k)),
        }
    }
    let pairs: Vec<(Term, Term)> = ks.iter().copied().zip(vals).collect();
    Ok(Ok(build_sorted(h, &pairs, Some(keys_tuple(m)))?))
}

/// The map without `key` (the same map when the key is absent).
pub fn remove(h: &mut impl Alloc, atoms: &AtomTable, m: Term, key: Term) -> Result<Term, AllocError> {
    if !is_flat(m) {
        if size(m) > FLAT_MAX + 1 {
            return hamt::remove(h, m, key);
        }
        // Dropping to FLAT_MAX keys: back to the flat form.
        if hamt::get(m, key).is_none() {
            return Ok(m);
        }
        let mut pairs: Vec<(Term, Term)> = iter(m).filter(|p| !eq_exact(p.0, key)).collect();
        pairs.sort_by(|a, b| key_cmp(a.0, b.0, atoms));
        return build_sorted(h, &pairs, None);
    }
    let ks = flat_keys(m);
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
/// Without an atom table (equality only), tries compare structurally.
pub fn compare_maps(
    a: Term,
    b: Term,
    atoms: Option<&AtomTable>,
    mode: Mode,
    stack: &mut Vec<(Term, Term, Mode)>,
) -> Ordering {
    let (na, nb) = (size(a), size(b));
    if na != nb {
        return na.cmp(&nb);
    }
    let (fa, fb) = (is_flat(a), is_flat(b));
    if fa && fb {
        for (&x, &y) in flat_values(a).iter().zip(flat_values(b)).rev() {
            stack.push((x, y, mode));
        }
        for (&x, &y) in flat_keys(a).iter().zip(flat_keys(b)).rev() {
            stack.push((x, y, Mode::MapKey));
        }
        return Ordering::Equal;
    }
    if !fa && !fb && atoms.is_none() {
        return hamt::compare_structure(a, b, mode, stack);
    }
    // Term order of tries: sort both by key. Without an atom table, atoms order by index,
    // which is still a total order consistent with equality.
    let mut pa = to_pairs(a);
    let mut pb = to_pairs(b);
    let kc = |x: &(Term, Term), y: &(Term, Term)| crate::term::compare::compare_with(x.0, y.0, atoms, Mode::MapKey);
    pa.sort_by(kc);
    pb.sort_by(kc);
    for (x, y) in pa.iter().zip(pb.iter()).rev() {
        stack.push((x.1, y.1, mode));
    }
    for (x, y) in pa.iter().zip(pb.iter()).rev() {
        stack.push((x.0, y.0, Mode::MapKey));
    }
    Ordering::Equal
}
