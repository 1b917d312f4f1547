//! OTP's portable term hashes, bit for bit:
//!
//! * `phash2` is OTP's `make_hash2`: Bob Jenkins' 96-bit mix applied to 32-bit words taken
//!   from the term, with a distinct constant per kind of word. Strings are packed four bytes
//!   to a word; maps hash every key-value pair separately and combine the pair hashes with
//!   xor, so the result does not depend on iteration order; `-0.0` hashes as `0.0`.
//!   Integers in 28-bit signed range hash as one word, all others as their 64-bit magnitude
//!   digits (pairs of 32-bit limbs), whatever the word size, so 32- and 64-bit VMs agree.
//! * `phash` is OTP's older `make_hash`: multiply-and-add over bytes, used by `phash/2`.
//!
//! Atoms hash through `super::atom_hash`. Pids, ports, references and funs hash from this
//! VM's own numbers (pid index, reference id, fun index and uniq), which need not match
//! another node's; they are stable within the VM.
//!
//! Both walk the term with an explicit stack (no recursion on the Rust stack).

use alloc::vec::Vec;

use super::atom_hash;
use crate::atom::AtomTable;
use crate::binary::bit_slice;
use crate::fun::{closure_entry, closure_env, export_mfa};
use crate::map;
use crate::term::{
    bignum_limbs, reference_id, Term, HDR_EXPORT, HDR_FLOAT, HDR_FUN, HDR_HAMT, HDR_HEAP_BIN, HDR_MAP, HDR_REF,
    HDR_REFC_BIN, HDR_SUB_BIN, HDR_TUPLE,
};

// ---- make_hash2 ----

const HCONST: u32 = 0x9e37_79b9;

/// `HCONST * n` (mod 2^32): the per-kind constants.
const fn hc(n: u32) -> u32 {
    HCONST.wrapping_mul(n)
}

/// The tag OTP's `make_hash2` mixes in for `[]` that is not the whole term.
const NIL_TAG: u32 = 2;
/// `phash2([])` (the nil tag mixed into a zero hash).
const NIL_ALONE: u32 = 3_468_870_702;

/// Mixes two words into the running hash.
#[inline]
fn mix2(hash: &mut u32, x: u32, y: u32, k: u32) {
    *hash = mix3(k.wrapping_add(x), k.wrapping_add(y), *hash).2;
}

#[inline]
fn mix1(hash: &mut u32, x: u32, k: u32) {
    mix2(hash, x, 0, k);
}

/// Jenkins' block hash over `bytes`, seeded with `init`.
fn block_hash(bytes: &[u8], init: u32) -> u32 {
    let word = |k: &[u8]| u32::from_le_bytes([k[0], k[1], k[2], k[3]]);
    let (mut a, mut b, mut c) = (HCONST, HCONST, init);
    let mut chunks = bytes.chunks_exact(12);
    for k in &mut chunks {
        a = a.wrapping_add(word(&k[0..4]));
        b = b.wrapping_add(word(&k[4..8]));
        c = c.wrapping_add(word(&k[8..12]));
        let (na, nb, nc) = mix3(a, b, c);
        a = na;
        b = nb;
        c = nc;
    }
    c = c.wrapping_add(bytes.len() as u32);
    // The last 0..11 bytes: a takes bytes 0..3, b 4..7 and c 8..10 shifted up one byte (its
    // low byte holds the length).
    let rest = chunks.remainder();
    for (i, &x) in rest.iter().enumerate() {
        let x = x as u32;
        match i {
            0..=3 => a = a.wrapping_add(x << (8 * i)),
            4..=7 => b = b.wrapping_add(x << (8 * (i - 4))),
            _ => c = c.wrapping_add(x << (8 * (i - 7))),
        }
    }
    mix3(a, b, c).2
}

/// Bob Jenkins' mix of three words.
#[inline]
fn mix3(mut a: u32, mut b: u32, mut c: u32) -> (u32, u32, u32) {
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 13);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 8);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 13);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 12);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 16);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 5);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 3);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 10);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 15);
    (a, b, c)
}

/// Pending work of `phash2`.
enum Op<'a> {
    Term(Term),
    /// The remaining elements of a tuple or closure environment.
    Elems(&'a [Term]),
    /// A map's key-value pairs; each is hashed from zero and xor-ed into the pair sum.
    Pairs(Vec<(Term, Term)>, usize),
    /// One pair done: fold its hash into the pair sum.
    PairDone,
    /// All pairs done: restore the outer hash and pair sum, mixing in this map's sum.
    MapDone {
        outer_hash: u32,
        outer_xor: u32,
    },
}

/// Sign and magnitude limbs of an integer (one limb for a small zero).
fn int_limbs(t: Term, buf: &mut [u32; 2]) -> (bool, &[u32]) {
    if t.is_small() {
        let v = t.small_value() as i64;
        let m = v.unsigned_abs();
        buf[0] = m as u32;
        buf[1] = (m >> 32) as u32;
        let n = if buf[1] != 0 { 2 } else { 1 };
        (v < 0, &buf[..n])
    } else {
        let (neg, limbs) = bignum_limbs(t);
        (neg, limbs)
    }
}

#[inline]
fn fits_28(v: isize) -> bool {
    (-(1isize << 27)..(1isize << 27)).contains(&v)
}

fn f64_words(f: f64) -> (u32, u32) {
    // Both zeros hash as +0.0.
    let bits = if f == 0.0 { 0 } else { f.to_bits() };
    ((bits >> 32) as u32, bits as u32)
}

/// `erlang:phash2/1,2` before the range reduction: OTP's `make_hash2`.
pub fn phash2(t: Term, atoms: &AtomTable) -> u32 {
    let mut hash: u32 = 0;
    let mut xor: u32 = 0;
    let mut stack: Vec<Op> = Vec::new();
    let mut cur = Some(t);
    loop {
        let t = match cur.take() {
            Some(t) => t,
            None => match stack.pop() {
                None => return hash,
                Some(Op::Term(t)) => t,
                Some(Op::Elems(es)) => {
                    if es.len() > 1 {
                        stack.push(Op::Elems(&es[1..]));
                    }
                    es[0]
                }
                Some(Op::Pairs(pairs, i)) => {
                    let (k, v) = pairs[i];
                    if i + 1 < pairs.len() {
                        stack.push(Op::Pairs(pairs, i + 1));
                    }
                    stack.push(Op::PairDone);
                    stack.push(Op::Term(v));
                    k
                }
                Some(Op::PairDone) => {
                    xor ^= hash;
                    hash = 0;
                    continue;
                }
                Some(Op::MapDone { outer_hash, outer_xor }) => {
                    let inner = xor;
                    hash = outer_hash;
                    mix1(&mut hash, inner, hc(19));
                    xor = outer_xor;
                    continue;
                }
            },
        };
        if t.is_small() && fits_28(t.small_value()) {
            let y = t.small_value() as i32;
            if y < 0 {
                // OTP mixes negative numbers twice: their magnitude, then the value.
                mix1(&mut hash, y.wrapping_neg() as u32, HCONST);
            }
            mix1(&mut hash, y as u32, HCONST);
        } else if t.is_small() || t.is_bignum() {
            let mut buf = [0u32; 2];
            let (neg, limbs) = int_limbs(t, &mut buf);
            let k = if neg { hc(10) } else { hc(11) };
            for pair in limbs.chunks(2) {
                mix2(&mut hash, pair[0], pair.get(1).copied().unwrap_or(0), k);
            }
        } else if t.is_atom() {
            let h = atom_hash(atoms.name(t));
            if hash == 0 {
                hash = h;
            } else {
                mix1(&mut hash, h, hc(3));
            }
        } else if t.is_nil() {
            if hash == 0 {
                hash = NIL_ALONE;
            } else {
                mix1(&mut hash, NIL_TAG, hc(2));
            }
        } else if t.is_list() {
            // Runs of bytes are packed four to a word; anything else is hashed as a term, then
            // the rest of the list.
            let mut l = t;
            let mut packed: u32 = 0;
            let mut n = 0;
            while l.is_list() {
                let h = l.head();
                if !(h.is_small() && (0..=255).contains(&h.small_value())) {
                    break;
                }
                packed = (packed << 8).wrapping_add(h.small_value() as u32);
                n += 1;
                if n == 4 {
                    mix1(&mut hash, packed, hc(4));
                    packed = 0;
                    n = 0;
                }
                l = l.tail();
            }
            if n > 0 {
                mix1(&mut hash, packed, hc(4));
            }
            if l.is_list() {
                stack.push(Op::Term(l.tail()));
                cur = Some(l.head());
            } else {
                cur = Some(l);
            }
        } else if t.is_pid() {
            mix1(&mut hash, t.pid_index(), hc(5));
        } else if t.is_port() {
            mix1(&mut hash, t.port_index(), hc(6));
        } else if t.is_boxed() {
            match t.boxed_tag() {
                HDR_TUPLE => {
                    let es = t.tuple_elements();
                    mix1(&mut hash, es.len() as u32, hc(9));
                    if let Some((first, rest)) = es.split_first() {
                        if !rest.is_empty() {
                            stack.push(Op::Elems(rest));
                        }
                        cur = Some(*first);
                    }
                }
                HDR_MAP | HDR_HAMT => {
                    let n = map::size(t);
                    mix1(&mut hash, n as u32, hc(16));
                    if n > 0 {
                        stack.push(Op::MapDone { outer_hash: hash, outer_xor: xor });
                        hash = 0;
                        xor = 0;
                        stack.push(Op::Pairs(map::to_pairs(t), 0));
                    }
                }
                HDR_FLOAT => {
                    let (hi, lo) = f64_words(t.float_value());
                    mix2(&mut hash, hi, lo, hc(12));
                }
                HDR_HEAP_BIN | HDR_REFC_BIN | HDR_SUB_BIN => {
                    let s = bit_slice(t);
                    let whole = s.size / 8;
                    let extra = (s.size % 8) as u32;
                    let seed = hc(13).wrapping_add(hash);
                    if s.size == 0 {
                        hash = seed;
                    } else {
                        let owned;
                        let bytes = match s.as_bytes() {
                            Some(b) => b,
                            None if s.offset % 8 == 0 => {
                                let st = s.offset / 8;
                                &s.data[st..st + whole]
                            }
                            None => {
                                owned = s.to_vec();
                                &owned[..whole]
                            }
                        };
                        hash = block_hash(&bytes[..whole], seed);
                        if extra > 0 {
                            let last = (s.byte_at(whole) >> (8 - extra)) as u32;
                            mix2(&mut hash, extra, last, hc(15));
                        }
                    }
                }
                HDR_REF => mix1(&mut hash, reference_id(t) as u32, hc(7)),
                HDR_EXPORT => {
                    let (m, f, a) = export_mfa(t);
                    mix2(&mut hash, a as u32, atom_hash(atoms.name(m)), HCONST);
                    mix1(&mut hash, atom_hash(atoms.name(f)), hc(14));
                }
                HDR_FUN => {
                    let e = closure_entry(t);
                    let env = closure_env(t);
                    mix2(&mut hash, env.len() as u32, atom_hash(atoms.name(e.module)), HCONST);
                    mix2(&mut hash, e.index, e.old_uniq, HCONST);
                    if let Some((first, rest)) = env.split_first() {
                        if !rest.is_empty() {
                            stack.push(Op::Elems(rest));
                        }
                        cur = Some(*first);
                    }
                }
                _ => {}
            }
        }
    }
}

// ---- make_hash ----

const F1: u32 = 268_440_163;
const F2: u32 = 268_439_161;
const F3: u32 = 268_435_459;
const F4: u32 = 268_436_141;
const F5: u32 = 268_438_633;
const F6: u32 = 268_437_017;
const F8: u32 = 268_437_511;
const F9: u32 = 268_439_627;
const F10: u32 = 268_440_479;
const F11: u32 = 268_440_577;
const F12: u32 = 268_440_581;
const F13: u32 = 268_440_593;
const F14: u32 = 268_440_611;

/// Pending work of `phash`.
enum Op1<'a> {
    /// Remaining tuple elements; then, if `arity` is set, the tuple's closing step.
    Elems(&'a [Term], Option<u32>),
    /// The rest of a list after an element that was not a byte.
    Rest(Term),
    /// A list is complete.
    ListEnd,
}

/// Four bytes of a word, least significant first.
#[inline]
fn step_word(hash: u32, x: u32, p: u32) -> u32 {
    let mut h = hash;
    for i in 0..4 {
        h = h.wrapping_mul(p).wrapping_add((x >> (8 * i)) & 0xFF);
    }
    h
}

/// `erlang:phash/2` before the range reduction: OTP's `make_hash`.
pub fn phash(t: Term, atoms: &AtomTable) -> u32 {
    let mut hash: u32 = 0;
    let mut stack: Vec<Op1> = Vec::new();
    let mut cur = Some(t);
    loop {
        let t = match cur.take() {
            Some(t) => t,
            None => match stack.pop() {
                None => return hash,
                Some(Op1::Elems(es, arity)) => {
                    match es.split_first() {
                        Some((first, rest)) => {
                            stack.push(Op1::Elems(rest, arity));
                            cur = Some(*first);
                        }
                        None => {
                            if let Some(a) = arity {
                                hash = hash.wrapping_mul(F9).wrapping_add(a);
                            }
                        }
                    }
                    continue;
                }
                Some(Op1::Rest(l)) => {
                    if !l.is_list() {
                        stack.push(Op1::ListEnd);
                    }
                    l
                }
                Some(Op1::ListEnd) => {
                    hash = hash.wrapping_mul(F8);
                    continue;
                }
            },
        };
        if t.is_small() || t.is_bignum() {
            let mut buf = [0u32; 2];
            let (neg, limbs) = int_limbs(t, &mut buf);
            for &l in limbs {
                hash = step_word(hash, l, F2);
            }
            hash = hash.wrapping_mul(if neg { F4 } else { F3 });
        } else if t.is_atom() {
            hash = hash.wrapping_mul(F1).wrapping_add(atom_hash(atoms.name(t)));
        } else if t.is_nil() {
            hash = hash.wrapping_mul(F3).wrapping_add(1);
        } else if t.is_list() {
            let mut l = t;
            loop {
                let h = l.head();
                if h.is_small() && (0..=255).contains(&h.small_value()) {
                    hash = hash.wrapping_mul(F2).wrapping_add(h.small_value() as u32);
                    let tl = l.tail();
                    if !tl.is_list() {
                        stack.push(Op1::ListEnd);
                        cur = Some(tl);
                        break;
                    }
                    l = tl;
                } else {
                    stack.push(Op1::Rest(l.tail()));
                    cur = Some(h);
                    break;
                }
            }
        } else if t.is_pid() {
            hash = step_word(hash, t.pid_index(), F5).wrapping_mul(F6);
        } else if t.is_port() {
            hash = step_word(hash, t.port_index(), F9).wrapping_mul(F10);
        } else if t.is_boxed() {
            match t.boxed_tag() {
                HDR_TUPLE => {
                    let es = t.tuple_elements();
                    stack.push(Op1::Elems(es, Some(es.len() as u32)));
                }
                HDR_MAP | HDR_HAMT => {
                    hash = hash.wrapping_mul(F13).wrapping_add(F14).wrapping_add(phash2(t, atoms));
                }
                HDR_FLOAT => {
                    let (hi, lo) = f64_words(t.float_value());
                    hash = hash.wrapping_mul(F6).wrapping_add(hi ^ lo);
                }
                HDR_HEAP_BIN | HDR_REFC_BIN | HDR_SUB_BIN => {
                    let s = bit_slice(t);
                    let whole = s.size / 8;
                    let extra = s.size % 8;
                    for i in 0..whole {
                        hash = hash.wrapping_mul(F1).wrapping_add(s.byte_at(i) as u32);
                    }
                    if extra > 0 {
                        let b = (s.byte_at(whole) >> (8 - extra)) as u32;
                        hash = hash.wrapping_mul(F1).wrapping_add(b).wrapping_mul(F12).wrapping_add(extra as u32);
                    }
                    hash = hash.wrapping_mul(F4).wrapping_add(whole as u32);
                }
                HDR_REF => {
                    hash = step_word(hash, reference_id(t) as u32, F9).wrapping_mul(F10);
                }
                HDR_EXPORT => {
                    let (m, f, a) = export_mfa(t);
                    hash = hash.wrapping_mul(F11).wrapping_add(a as u32);
                    hash = hash.wrapping_mul(F1).wrapping_add(atom_hash(atoms.name(m)));
                    hash = hash.wrapping_mul(F1).wrapping_add(atom_hash(atoms.name(f)));
                }
                HDR_FUN => {
                    let e = closure_entry(t);
                    let env = closure_env(t);
                    hash = hash.wrapping_mul(F10).wrapping_add(env.len() as u32);
                    hash = hash.wrapping_mul(F1).wrapping_add(atom_hash(atoms.name(e.module)));
                    hash = hash.wrapping_mul(F2).wrapping_add(e.index);
                    hash = hash.wrapping_mul(F2).wrapping_add(e.old_uniq);
                    stack.push(Op1::Elems(env, None));
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Arena;
    use crate::term;

    /// Values from OTP 25 (`erlang:phash2/1` keeps the low 27 bits; `phash(T, 1 bsl 32)` is
    /// the hash plus one).
    #[test]
    fn matches_otp() {
        let mut atoms = AtomTable::new();
        let mut h = Arena::new();
        let low27 = |x: u32| x & ((1 << 27) - 1);
        let a = atoms.intern("a").unwrap();
        assert_eq!(low27(phash2(a, &atoms)), 97);
        assert_eq!(low27(phash2(Term::NIL, &atoms)), 113_427_502);
        let l = term::cons(&mut h, a, Term::NIL).unwrap();
        assert_eq!(low27(phash2(l, &atoms)), 23_864_141);
        assert_eq!(phash(a, &atoms).wrapping_add(1), 98);
    }
}
