//! Printing terms exactly as `io_lib:format("~w", [T])` does. Iterative: an explicit stack
//! of pending pieces replaces recursion.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::{
    bignum_limbs, Term, HDR_EXPORT, HDR_FLOAT, HDR_FUN, HDR_HAMT, HDR_MAP, HDR_NEG_BIG, HDR_POS_BIG, HDR_REF, HDR_TUPLE,
};
use crate::atom::AtomTable;

enum Piece {
    T(Term),
    S(&'static str),
    /// The rest of a list after an element: `,X...`, `|X` or `]`.
    Tail(Term),
}

/// Appends the `~w` rendering of `t` to `out`.
pub fn write_term(out: &mut String, t: Term, atoms: &AtomTable) {
    write_term_limited(out, t, atoms, usize::MAX);
}

/// As [`write_term`], stopping with `...` once `out` is longer than `limit` bytes: a term
/// that shares subterms can render exponentially larger than its size in memory.
pub fn write_term_limited(out: &mut String, t: Term, atoms: &AtomTable, limit: usize) {
    let mut stack: Vec<Piece> = alloc::vec![Piece::T(t)];
    while let Some(p) = stack.pop() {
        if out.len() > limit {
            out.push_str("...");
            return;
        }
        match p {
            Piece::S(s) => out.push_str(s),
            Piece::Tail(t) => {
                if t.is_nil() {
                    out.push(']');
                } else if t.is_list() {
                    out.push(',');
                    stack.push(Piece::Tail(t.tail()));
                    stack.push(Piece::T(t.head()));
                } else {
                    out.push('|');
                    stack.push(Piece::S("]"));
                    stack.push(Piece::T(t));
                }
            }
            Piece::T(t) => write_one(out, t, atoms, &mut stack),
        }
    }
}

fn write_one(out: &mut String, t: Term, atoms: &AtomTable, stack: &mut Vec<Piece>) {
    if t.is_small() {
        let _ = write!(out, "{}", t.small_value());
    } else if t.is_atom() {
        crate::fmt::atom::write_atom(out, atoms.name(t));
    } else if t.is_nil() {
        out.push_str("[]");
    } else if t.is_list() {
        out.push('[');
        stack.push(Piece::Tail(t.tail()));
        stack.push(Piece::T(t.head()));
    } else if t.is_pid() {
        // <0.Index.Serial>, OTP's shape: the slot in the process table and its reuse count.
        let bits = crate::process::table::INDEX_BITS;
        let n = t.pid_index();
        let _ = write!(out, "<0.{}.{}>", n & ((1 << bits) - 1), n >> bits);
    } else if t.is_port() {
        let _ = write!(out, "#Port<0.{}>", t.port_index());
    } else if t.is_boxed() {
        match t.boxed_tag() {
            HDR_TUPLE => {
                out.push('{');
                let e = t.tuple_elements();
                stack.push(Piece::S("}"));
                for (i, x) in e.iter().enumerate().rev() {
                    stack.push(Piece::T(*x));
                    if i > 0 {
                        stack.push(Piece::S(","));
                    }
                }
            }
            HDR_FLOAT => crate::fmt::float::write_float_shortest(out, t.float_value()),
            HDR_POS_BIG | HDR_NEG_BIG => {
                let (neg, mag) = bignum_limbs(t);
                out.push_str(&crate::bignum::to_string_radix(crate::bignum::BigRef::new(neg, mag), 10));
            }
            HDR_MAP | HDR_HAMT => {
                out.push_str("#{");
                let pairs = crate::map::to_pairs(t);
                stack.push(Piece::S("}"));
                for (i, &(k, v)) in pairs.iter().enumerate().rev() {
                    stack.push(Piece::T(v));
                    stack.push(Piece::S(" => "));
                    stack.push(Piece::T(k));
                    if i > 0 {
                        stack.push(Piece::S(","));
                    }
                }
            }
            HDR_REF => {
                let id = super::reference_id(t);
                let _ = write!(out, "#Ref<0.0.{}.{}>", id >> 32, id as u32);
            }
            HDR_FUN => {
                let e = crate::fun::closure_entry(t);
                let _ = write!(out, "#Fun<{}.{}.{}>", atoms.name(e.module), e.index, e.old_uniq);
            }
            HDR_EXPORT => {
                let (m, f, a) = crate::fun::export_mfa(t);
                out.push_str("fun ");
                crate::fmt::atom::write_atom(out, atoms.name(m));
                out.push(':');
                crate::fmt::atom::write_atom(out, atoms.name(f));
                let _ = write!(out, "/{a}");
            }
            _ if t.is_bitstring() => {
                let s = crate::binary::bit_slice(t);
                out.push_str("<<");
                let whole = s.size / 8;
                for i in 0..whole {
                    if i > 0 {
                        out.push(',');
                    }
                    let b = crate::binary::bits::get_bits(s.data, s.offset + 8 * i, 8);
                    let _ = write!(out, "{b}");
                }
                let rest = s.size % 8;
                if rest > 0 {
                    if whole > 0 {
                        out.push(',');
                    }
                    let b = crate::binary::bits::get_bits(s.data, s.offset + 8 * whole, rest);
                    let _ = write!(out, "{b}:{rest}");
                }
                out.push_str(">>");
            }
            _ => out.push_str("#Term<>"),
        }
    } else {
        out.push_str("#Term<>");
    }
}

/// The `~w` rendering of `t` as a new string.
pub fn to_string(t: Term, atoms: &AtomTable) -> String {
    let mut s = String::new();
    write_term(&mut s, t, atoms);
    s
}

/// Longest rendering of a crash reason or stack trace in a report (the rest is `...`).
pub const REPORT_LIMIT: usize = 1 << 20;

/// The `~w` rendering of `t`, cut at about `limit` bytes.
pub fn to_string_limited(t: Term, atoms: &AtomTable, limit: usize) -> String {
    let mut s = String::new();
    write_term_limited(&mut s, t, atoms, limit);
    s
}
