//! Term order, exactly as OTP defines it:
//! number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring.
//! Numbers compare by value (1 == 1.0); exact comparison (=:=) also tells integers from floats.
//! Map keys use the exact order in which every integer sorts before every float.
//! Iterative: deep terms do not recurse on the Rust stack.

use alloc::vec::Vec;
use core::cmp::Ordering;

use super::{
    bignum_limbs, Term, HDR_EXPORT, HDR_FLOAT, HDR_FUN, HDR_HAMT, HDR_MAP, HDR_NEG_BIG, HDR_POS_BIG, HDR_REF, HDR_TUPLE,
};
use crate::atom::AtomTable;
use crate::bignum::BigRef;

/// How strictly numbers of different types compare.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `==`, `<`: 1 and 1.0 are equal.
    Arith,
    /// `=:=`: 1 and 1.0 differ, and their order is unspecified beyond "not equal".
    Exact,
    /// Map-key order: as `Exact`, except that every integer sorts before every float.
    MapKey,
}

/// Type rank in the term order.
fn rank(t: Term) -> u8 {
    if t.is_small() {
        return 0;
    }
    if t.is_atom() {
        return 1;
    }
    if t.is_nil() {
        return 8;
    }
    if t.is_list() {
        return 9;
    }
    if t.is_port() {
        return 4;
    }
    if t.is_pid() {
        return 5;
    }
    if t.is_boxed() {
        return match t.boxed_tag() {
            HDR_POS_BIG | HDR_NEG_BIG | HDR_FLOAT => 0,
            HDR_REF => 2,
            HDR_FUN | HDR_EXPORT => 3,
            HDR_TUPLE => 6,
            HDR_MAP | HDR_HAMT => 7,
            _ => 10,
        };
    }
    11
}

/// A number, for comparison.
enum Num<'a> {
    Small(i64),
    Big(BigRef<'a>),
    Float(f64),
}

fn num<'a>(t: Term) -> Num<'a> {
    if t.is_small() {
        Num::Small(t.small_value() as i64)
    } else if t.boxed_tag() == HDR_FLOAT {
        Num::Float(t.float_value())
    } else {
        let (neg, mag) = bignum_limbs(t);
        Num::Big(BigRef::new(neg, mag))
    }
}

/// Exact comparison of an integer with a float.
pub fn cmp_i64_f64(i: i64, f: f64) -> Ordering {
    if f.is_nan() {
        return Ordering::Less;
    }
    if f >= 9_223_372_036_854_775_808.0 {
        return Ordering::Less;
    }
    if f < -9_223_372_036_854_775_808.0 {
        return Ordering::Greater;
    }
    let t = libm::trunc(f);
    match i.cmp(&(t as i64)) {
        Ordering::Equal => {
            let frac = f - t;
            if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        }
        o => o,
    }
}

/// Compares two numbers. For `Mode::Arith`, 1 == 1.0; otherwise equal values of different
/// types order integer first, and in `Mode::MapKey` all integers order before all floats.
pub fn cmp_numbers(a: Term, b: Term, mode: Mode) -> Ordering {
    if mode == Mode::MapKey {
        // In map-key order every integer sorts before every float.
        let fa = !a.is_small() && a.boxed_tag() == HDR_FLOAT;
        let fb = !b.is_small() && b.boxed_tag() == HDR_FLOAT;
        if fa != fb {
            return fa.cmp(&fb);
        }
    }
    let o = match (num(a), num(b)) {
        (Num::Small(x), Num::Small(y)) => x.cmp(&y),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        (Num::Small(x), Num::Float(y)) => cmp_i64_f64(x, y),
        (Num::Float(x), Num::Small(y)) => cmp_i64_f64(y, x).reverse(),
        (Num::Big(x), Num::Big(y)) => crate::bignum::cmp(x, y),
        (Num::Big(x), Num::Small(_)) => {
            if x.is_negative() {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (Num::Small(_), Num::Big(y)) => {
            if y.is_negative() {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (Num::Big(x), Num::Float(y)) => crate::bignum::cmp_f64(x, y),
        (Num::Float(x), Num::Big(y)) => crate::bignum::cmp_f64(y, x).reverse(),
    };
    if o == Ordering::Equal && mode != Mode::Arith {
        let fa = !a.is_small() && a.boxed_tag() == HDR_FLOAT;
        let fb = !b.is_small() && b.boxed_tag() == HDR_FLOAT;
        return fa.cmp(&fb);
    }
    o
}

/// Compares two terms in the standard order.
pub fn compare(a: Term, b: Term, atoms: &AtomTable, mode: Mode) -> Ordering {
    compare_with(a, b, Some(atoms), mode)
}

/// Compares; without an atom table, atoms order by index (enough to decide equality).
pub fn compare_with(a: Term, b: Term, atoms: Option<&AtomTable>, mode: Mode) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let mut stack: Vec<(Term, Term, Mode)> = Vec::new();
    let (mut a, mut b, mut mode) = (a, b, mode);
    loop {
        let o = compare_shallow(a, b, atoms, mode, &mut stack);
        if o != Ordering::Equal {
            return o;
        }
        match stack.pop() {
            Some((x, y, m)) => {
                a = x;
                b = y;
                mode = m;
            }
            None => return Ordering::Equal,
        }
    }
}

/// Exact equality (`=:=`).
pub fn eq_exact(a: Term, b: Term) -> bool {
    if a == b {
        return true;
    }
    if a.is_immediate() || b.is_immediate() {
        return false;
    }
    compare_with(a, b, None, Mode::Exact) == Ordering::Equal
}

/// Arithmetic equality (`==`).
pub fn eq_arith(a: Term, b: Term) -> bool {
    if a == b {
        return true;
    }
    if a.is_atom() || b.is_atom() {
        return false;
    }
    compare_with(a, b, None, Mode::Arith) == Ordering::Equal
}

/// Compares the outermost layer of `a` and `b`; pushes pairs of subterms still to compare
/// (in reverse order, so that they pop in order) and returns Equal when the outcome depends
/// on them.
fn compare_shallow(
    a: Term,
    b: Term,
    atoms: Option<&AtomTable>,
    mode: Mode,
    stack: &mut Vec<(Term, Term, Mode)>,
) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (ra, rb) = (rank(a), rank(b));
    if ra != rb {
        return ra.cmp(&rb);
    }
    match ra {
        0 => cmp_numbers(a, b, mode),
        1 => match atoms {
            Some(t) => bytes_order(t.name(a).as_bytes(), t.name(b).as_bytes()),
            None => a.atom_index().cmp(&b.atom_index()),
        },
        2 => super::reference_id(a).cmp(&super::reference_id(b)),
        3 => crate::fun::compare_funs(a, b, mode, stack),
        4 => a.port_index().cmp(&b.port_index()),
        5 => a.pid_index().cmp(&b.pid_index()),
        6 => {
            let (ea, eb) = (a.tuple_elements(), b.tuple_elements());
            if ea.len() != eb.len() {
                return ea.len().cmp(&eb.len());
            }
            for i in (0..ea.len()).rev() {
                stack.push((ea[i], eb[i], mode));
            }
            Ordering::Equal
        }
        7 => crate::map::compare_maps(a, b, atoms, mode, stack),
        8 => Ordering::Equal,
        9 => {
            // Compare heads now when both are immediates (the common string case), and walk
            // the spine iteratively.
            let (mut x, mut y) = (a, b);
            loop {
                if !x.is_list() || !y.is_list() {
                    stack.push((x, y, mode));
                    return Ordering::Equal;
                }
                let (hx, hy) = (x.head(), y.head());
                if hx != hy {
                    if hx.is_immediate() && hy.is_immediate() && !hx.is_atom() && !hy.is_atom() {
                        let o = compare_shallow(hx, hy, atoms, mode, stack);
                        if o != Ordering::Equal {
                            return o;
                        }
                    } else {
                        // Defer the rest of the spine until this head is decided.
                        stack.push((x.tail(), y.tail(), mode));
                        stack.push((hx, hy, mode));
                        return Ordering::Equal;
                    }
                }
                x = x.tail();
                y = y.tail();
                if x == y {
                    return Ordering::Equal;
                }
            }
        }
        10 => {
            let (sa, sb) = (crate::binary::bit_slice(a), crate::binary::bit_slice(b));
            let n = sa.size.min(sb.size);
            let mut i = 0;
            while i < n {
                let take = (n - i).min(56);
                let va = crate::binary::bits::get_bits(sa.data, sa.offset + i, take);
                let vb = crate::binary::bits::get_bits(sb.data, sb.offset + i, take);
                if va != vb {
                    return va.cmp(&vb);
                }
                i += take;
            }
            sa.size.cmp(&sb.size)
        }
        _ => a.0.cmp(&b.0),
    }
}

/// Byte strings in unsigned byte order. Not `<[u8]>::cmp`: that calls the C library's
/// `memcmp`, and Zephyr's minimal libc compares signed `char`s, so on 32-bit x86 (where
/// `char` is signed) 'z' sorted after 'é'. Atom names are short; a loop is as fast.
fn bytes_order(a: &[u8], b: &[u8]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}
