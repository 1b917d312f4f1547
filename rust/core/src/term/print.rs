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
    write_limited(out, t, atoms, limit, false);
}

/// As [`write_term_limited`], but printable lists and binaries are shown as strings, as
/// `~p` shows them (`"../x.erl"`, `<<"abc">>`): the one-line form of `~p`, for crash
/// reports and uncaught exceptions. Printable means what `io_lib:printable_list/1`
/// accepts with OTP's default `+pc latin1`.
pub fn write_term_p_limited(out: &mut String, t: Term, atoms: &AtomTable, limit: usize) {
    write_limited(out, t, atoms, limit, true);
}

/// The one-line `~p` rendering of `t` (see [`write_term_p_limited`]), cut at about `limit`
/// bytes.
pub fn to_string_p_limited(t: Term, atoms: &AtomTable, limit: usize) -> String {
    let mut s = String::new();
    write_term_p_limited(&mut s, t, atoms, limit);
    s
}

fn write_limited(out: &mut String, t: Term, atoms: &AtomTable, limit: usize, strings: bool) {
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
            Piece::T(t) if strings && write_string(out, t, limit) => {}
            Piece::T(t) => write_one(out, t, atoms, &mut stack, limit),
        }
    }
}

/// A latin1 printable character, as `io_lib:printable_latin1_list/1` sees it.
fn printable(c: u32) -> bool {
    (32..=126).contains(&c) || (160..=255).contains(&c) || matches!(c, 8..=13 | 27)
}

/// Writes `t` as a quoted string (`"..."` or `<<"...">>`) if it is a non-empty printable
/// list or a non-empty printable binary; false (writing nothing) otherwise. Stops with `...`
/// once `out` is longer than `limit` (a binary can be far longer than any report).
fn write_string(out: &mut String, t: Term, limit: usize) -> bool {
    let binary = if t.is_list() {
        let mut l = t;
        while l.is_list() {
            let h = l.head();
            if !h.is_small() || h.small_value() < 0 || !printable(h.small_value() as u32) {
                return false;
            }
            l = l.tail();
        }
        if !l.is_nil() {
            return false;
        }
        false
    } else if t.is_boxed() && t.is_bitstring() {
        let s = crate::binary::bit_slice(t);
        if s.size % 8 != 0 || s.size == 0 {
            return false;
        }
        if !(0..s.size / 8).all(|i| printable(crate::binary::bits::get_bits(s.data, s.offset + 8 * i, 8) as u32)) {
            return false;
        }
        true
    } else {
        return false;
    };
    out.push_str(if binary { "<<\"" } else { "\"" });
    let mut put = |c: u32| {
        if out.len() > limit {
            return false;
        }
        match c {
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            0x0b => out.push_str("\\v"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0x1b => out.push_str("\\e"),
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            c => out.push(char::from_u32(c).unwrap_or('?')),
        }
        true
    };
    let whole = if binary {
        let s = crate::binary::bit_slice(t);
        (0..s.size / 8).all(|i| put(crate::binary::bits::get_bits(s.data, s.offset + 8 * i, 8) as u32))
    } else {
        let mut l = t;
        let mut all = true;
        while l.is_list() && all {
            all = put(l.head().small_value() as u32);
            l = l.tail();
        }
        all
    };
    if !whole {
        out.push_str("...");
        return true;
    }
    out.push_str(if binary { "\">>" } else { "\"" });
    true
}

fn write_one(out: &mut String, t: Term, atoms: &AtomTable, stack: &mut Vec<Piece>, limit: usize) {
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
                // 32 bits make at most 10 digits: what cannot fit the limit is not converted.
                if out.len().saturating_add(mag.len() * 10) > limit {
                    out.push_str("...");
                    return;
                }
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

/// [`REPORT_LIMIT`], or less when the memory budget has not that much room: a report
/// (likeliest when a process ran out of memory) must not be what ends the VM.
pub fn report_limit() -> usize {
    REPORT_LIMIT.min(crate::mem::headroom() / 4).max(256)
}

/// The `~w` rendering of `t`, cut at about `limit` bytes.
pub fn to_string_limited(t: Term, atoms: &AtomTable, limit: usize) -> String {
    let mut s = String::new();
    write_term_limited(&mut s, t, atoms, limit);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;
    use crate::term;

    #[test]
    fn p_style_shows_printable_lists_and_binaries_as_strings() {
        let mut atoms = AtomTable::new();
        let file = atoms.intern("file").unwrap();
        let mut h = Heap::new(1000).unwrap();
        let s = term::bytes_to_list(&mut h, b"../x.erl", Term::NIL).unwrap();
        let esc = term::bytes_to_list(&mut h, b"a\n\"\\\t", Term::NIL).unwrap();
        let ints = term::bytes_to_list(&mut h, &[1, 2], Term::NIL).unwrap();
        let improper = term::bytes_to_list(&mut h, b"ab", Term::small(99)).unwrap();
        let bin = crate::binary::new_binary(&mut h, b"bin").unwrap();
        let nonprint = crate::binary::new_binary(&mut h, &[0, 200, 255]).unwrap();
        let t = term::tuple(&mut h, &[file, s, esc, ints, improper, bin, nonprint, Term::NIL]).unwrap();
        assert_eq!(
            to_string_p_limited(t, &atoms, REPORT_LIMIT),
            "{file,\"../x.erl\",\"a\\n\\\"\\\\\\t\",[1,2],[97,98|99],<<\"bin\">>,<<0,200,255>>,[]}"
        );
        // ~w is unchanged.
        assert_eq!(to_string(s, &atoms), "[46,46,47,120,46,101,114,108]");
    }
}
