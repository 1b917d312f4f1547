//! Encoder tests: exact bytes for representative terms (checked against OTP 25) and
//! encode -> decode round trips.

use alloc::vec::Vec;

use super::decode::{decode, Options};
use super::encode::{compress, encode_vec, encoded_size, external_size, Env, IovecSink};
use crate::atom::AtomTable;
use crate::binary::{new_binary, sub_binary};
use crate::heap::Arena;
use crate::term::compare::eq_exact;
use crate::term::{self, Term};

fn no_uniq(_: Term) -> [u8; 16] {
    [0; 16]
}

fn enc(atoms: &AtomTable, t: Term, minor: u8) -> Vec<u8> {
    let env = Env { atoms, fun_uniq: &no_uniq, pid: Term::pid(0) };
    let v = encode_vec(t, &env, minor).unwrap();
    assert_eq!(encoded_size(t, &env, minor).unwrap(), v.len());
    assert_eq!(external_size(t, &env, minor).unwrap(), v.len());
    v
}

fn roundtrip(atoms: &mut AtomTable, h: &mut Arena, t: Term) {
    for minor in 0..=2 {
        let bytes = enc(atoms, t, minor);
        let (back, used) = decode(&bytes, atoms, h, Options::default()).unwrap();
        assert_eq!(used, bytes.len());
        assert!(eq_exact(back, t), "minor {minor}: {bytes:?}");
        if let Some(z) = compress(&bytes, 6) {
            let (back, used) = decode(&z, atoms, h, Options::default()).unwrap();
            assert_eq!(used, z.len());
            assert!(eq_exact(back, t));
        }
    }
}

#[test]
fn exact_bytes() {
    let mut atoms = AtomTable::new();
    let mut h = Arena::new();
    let a = atoms.intern("abc").unwrap();
    let e = atoms.intern("é").unwrap();
    let alpha = atoms.intern("α").unwrap();
    assert_eq!(enc(&atoms, a, 1), [131, 100, 0, 3, 97, 98, 99]);
    assert_eq!(enc(&atoms, a, 2), [131, 119, 3, 97, 98, 99]);
    assert_eq!(enc(&atoms, e, 1), [131, 100, 0, 1, 233]);
    assert_eq!(enc(&atoms, e, 2), [131, 119, 2, 195, 169]);
    assert_eq!(enc(&atoms, alpha, 0), [131, 119, 2, 206, 177]);
    assert_eq!(enc(&atoms, Term::small(255), 1), [131, 97, 255]);
    assert_eq!(enc(&atoms, Term::small(256), 1), [131, 98, 0, 0, 1, 0]);
    assert_eq!(enc(&atoms, Term::small(-1), 1), [131, 98, 255, 255, 255, 255]);
    let big = term::int(&mut h, 1 << 31).unwrap();
    assert_eq!(enc(&atoms, big, 1), [131, 110, 4, 0, 0, 0, 0, 128]);
    let neg = term::int(&mut h, -(1 << 40)).unwrap();
    assert_eq!(enc(&atoms, neg, 1), [131, 110, 6, 1, 0, 0, 0, 0, 0, 1]);
    let f = term::float(&mut h, 1.5).unwrap();
    assert_eq!(enc(&atoms, f, 1), [131, 70, 63, 248, 0, 0, 0, 0, 0, 0]);
    let mut f0 = alloc::vec![131, 99];
    f0.extend_from_slice(b"1.50000000000000000000e+00\0\0\0\0\0");
    assert_eq!(enc(&atoms, f, 0), f0);
    let s = term::bytes_to_list(&mut h, b"ab", Term::NIL).unwrap();
    assert_eq!(enc(&atoms, s, 1), [131, 107, 0, 2, 97, 98]);
    let imp = term::cons(&mut h, Term::small(1), Term::small(2)).unwrap();
    assert_eq!(enc(&atoms, imp, 1), [131, 108, 0, 0, 0, 1, 97, 1, 97, 2]);
    let tup = term::tuple(&mut h, &[a, Term::NIL]).unwrap();
    assert_eq!(enc(&atoms, tup, 2), [131, 104, 2, 119, 3, 97, 98, 99, 106]);
    let bin = new_binary(&mut h, b"xyz").unwrap();
    assert_eq!(enc(&atoms, bin, 1), [131, 109, 0, 0, 0, 3, 120, 121, 122]);
    // 12 bits starting at bit 4 of "xyz": 0x87, 0x9 in the top half of a second byte.
    let bits = sub_binary(&mut h, bin, 4, 12).unwrap();
    assert_eq!(enc(&atoms, bits, 1), [131, 77, 0, 0, 0, 2, 4, 0x87, 0x90]);
    let m = crate::map::from_pairs(&mut h, &atoms, &mut alloc::vec![(a, Term::small(1)), (Term::small(1), a)]).unwrap();
    assert_eq!(enc(&atoms, m, 1), [131, 116, 0, 0, 0, 2, 97, 1, 100, 0, 3, 97, 98, 99, 100, 0, 3, 97, 98, 99, 97, 1]);
    let pid = Term::pid(9);
    let mut p = alloc::vec![131, 88, 100, 0, 13];
    p.extend_from_slice(b"nonode@nohost");
    p.extend_from_slice(&[0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(enc(&atoms, pid, 1), p);
    let exp = term::export_fun(&mut h, atoms.intern("erlang").unwrap(), atoms.intern("abs").unwrap(), 1).unwrap();
    assert_eq!(enc(&atoms, exp, 1), [131, 113, 100, 0, 6, 101, 114, 108, 97, 110, 103, 100, 0, 3, 97, 98, 115, 97, 1]);
}

#[test]
fn roundtrips() {
    let mut atoms = AtomTable::new();
    let mut h = Arena::new();
    let mut terms = Vec::new();
    for v in [0i64, 1, 255, 256, -1, i32::MAX as i64, i32::MIN as i64, 1 << 40, -(1 << 59), i64::MAX, i64::MIN] {
        terms.push(term::int(&mut h, v).unwrap());
    }
    let limbs: Vec<u32> = (1..=80).collect();
    terms.push(term::bignum_from_limbs(&mut h, true, &limbs).unwrap());
    for f in [0.0, -0.0, 1.0e300, 5.0e-324, -2.5, f64::MAX] {
        terms.push(term::float(&mut h, f).unwrap());
    }
    for name in ["", "a", "é", "α", "hello world"] {
        terms.push(atoms.intern(name).unwrap());
    }
    let long = "α".repeat(200);
    terms.push(atoms.intern(&long).unwrap());
    terms.push(Term::NIL);
    let bytes: Vec<u8> = (0..=255).collect();
    terms.push(term::bytes_to_list(&mut h, &bytes, Term::NIL).unwrap());
    let bin = new_binary(&mut h, &bytes).unwrap();
    terms.push(bin);
    terms.push(sub_binary(&mut h, bin, 3, 1000).unwrap());
    terms.push(sub_binary(&mut h, bin, 8, 0).unwrap());
    terms.push(term::reference(&mut h, 0x1234_5678_9abc).unwrap());
    terms.push(Term::pid(77));
    terms.push(Term::port(3));
    let elems: Vec<Term> = terms.clone();
    let tup = term::tuple(&mut h, &elems).unwrap();
    terms.push(tup);
    let list = term::list_from_slice(&mut h, &elems, Term::small(7)).unwrap();
    terms.push(list);
    let mut pairs: Vec<(Term, Term)> = elems.iter().enumerate().map(|(i, &t)| (Term::small(i as isize), t)).collect();
    terms.push(crate::map::from_pairs(&mut h, &atoms, &mut pairs).unwrap());
    let big_tuple = term::tuple_filled(&mut h, 300, list).unwrap();
    terms.push(big_tuple);
    let long_list: Vec<Term> = (0..70_000).map(|i| Term::small(i % 256)).collect();
    terms.push(term::list_from_slice(&mut h, &long_list, Term::NIL).unwrap());
    for t in terms {
        roundtrip(&mut atoms, &mut h, t);
    }
}

#[test]
fn deep_nesting_is_iterative() {
    let mut atoms = AtomTable::new();
    let mut h = Arena::new();
    let mut t = Term::NIL;
    for i in 0..200_000 {
        t = if i % 2 == 0 { term::cons(&mut h, t, Term::NIL).unwrap() } else { term::tuple(&mut h, &[t]).unwrap() };
    }
    roundtrip(&mut atoms, &mut h, t);
    let _ = crate::hash::phash2(t, &atoms);
    let _ = crate::hash::phash(t, &atoms);
}

#[test]
fn truncated_and_trailing() {
    let mut atoms = AtomTable::new();
    let mut h = Arena::new();
    let s = term::bytes_to_list(&mut h, b"hello", Term::NIL).unwrap();
    let t = term::tuple(&mut h, &[s, Term::small(1000), s]).unwrap();
    let bytes = enc(&atoms, t, 1);
    for n in 0..bytes.len() {
        assert!(decode(&bytes[..n], &mut atoms, &mut h, Options::default()).is_err(), "prefix {n}");
    }
    let mut more = bytes.clone();
    more.extend_from_slice(&[1, 2, 3]);
    let (back, used) = decode(&more, &mut atoms, &mut h, Options::default()).unwrap();
    assert!(eq_exact(back, t));
    assert_eq!(used, bytes.len());
    // Compressed: bytes after the zlib stream are not used.
    let list: Vec<Term> = (0..500).map(|_| t).collect();
    let big = term::list_from_slice(&mut h, &list, Term::NIL).unwrap();
    let z = compress(&enc(&atoms, big, 1), 6).unwrap();
    let mut zmore = z.clone();
    zmore.extend_from_slice(&[9, 9]);
    let (back, used) = decode(&zmore, &mut atoms, &mut h, Options::default()).unwrap();
    assert!(eq_exact(back, big));
    assert_eq!(used, z.len());
    for n in 0..z.len() {
        assert!(decode(&z[..n], &mut atoms, &mut h, Options::default()).is_err(), "prefix {n}");
    }
}

#[test]
fn compression_only_when_smaller() {
    let mut atoms = AtomTable::new();
    let mut h = Arena::new();
    let a = atoms.intern("a").unwrap();
    assert!(compress(&enc(&atoms, a, 1), 6).is_none());
    let zeros = new_binary(&mut h, &[0u8; 1000]).unwrap();
    let z = compress(&enc(&atoms, zeros, 1), 6).unwrap();
    assert_eq!(&z[..6], &[131, 80, 0, 0, 3, 237]);
    assert!(z.len() < 100);
}

#[test]
fn iovec_shares_large_binaries() {
    let atoms = AtomTable::new();
    let mut h = Arena::new();
    let big = new_binary(&mut h, &[7u8; 200]).unwrap();
    let small = new_binary(&mut h, &[7u8; 64]).unwrap();
    let t = term::tuple(&mut h, &[big, small, big]).unwrap();
    let env = Env { atoms: &atoms, fun_uniq: &no_uniq, pid: Term::pid(0) };
    let mut sink = IovecSink::default();
    sink.buf.push(131);
    super::encode::encode_to(t, &env, 1, &mut sink).unwrap();
    assert_eq!(sink.shared.len(), 2);
    assert_eq!(sink.shared[0].at, 8);
    assert_eq!(sink.shared[0].len, 200);
    assert_eq!(sink.buf.len() + 400, encoded_size(t, &env, 1).unwrap());
}
