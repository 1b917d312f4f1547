//! BIFs of the `unicode` module: `characters_to_list/1,2`, `characters_to_binary/1,2,3`,
//! `bom_to_encoding/1` and `encoding_to_bom/1`.
//!
//! Conversion walks the chardata iteratively (an explicit stack of pending list tails), after
//! a first pass that rejects anything that is not chardata with badarg.
//!
//! OTP converts some encoding pairs in C (unicode or latin1 input to UTF-8 binaries or to
//! lists) and the rest in Erlang, and the two shape the `Rest` of `{error, Converted, Rest}`
//! and `{incomplete, Converted, Rest}` differently; [`Style`] reproduces both:
//!
//! * Rest is the remaining data at the failing element (the list cell starting there, or the
//!   rest of the binary consed onto the list tail), nested inside every enclosing list level
//!   as `[Inner | OuterTail]`. The Erlang style wraps a failing integer as `[C]`.
//! * An incomplete sequence at the end of a binary (`Inc`) takes bytes from the following
//!   binaries: a binary shorter than what is missing is appended whole; otherwise just the
//!   missing bytes are taken and must complete a character. The C style does not consume a
//!   binary that fails to complete it and reports `[Inc, RestThere]`; the Erlang style does,
//!   reporting `[Char, RestOfThatBinary | Tail]`. Before an integer, the C style reports
//!   `[Inc, RestThere]` and the Erlang style `[Inc | CellThere]` (nested).
//! * At the end of the data an `Inc` is `{incomplete, ...}`; the C style says `error` if its
//!   bytes cannot begin a UTF-8 sequence.

use alloc::vec::Vec;

use super::BifEntry;
use crate::atom;
use crate::binary::{self, BitSlice};
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("unicode", "characters_to_list", 1, characters_to_list1),
    ("unicode", "characters_to_list", 2, characters_to_list2),
    ("unicode", "characters_to_binary", 1, characters_to_binary1),
    ("unicode", "characters_to_binary", 2, characters_to_binary2),
    ("unicode", "characters_to_binary", 3, characters_to_binary3),
    ("unicode", "bom_to_encoding", 1, bom_to_encoding),
    ("unicode", "encoding_to_bom", 1, encoding_to_bom),
];

/// A character encoding; the flag of UTF-16/32 is "little endian".
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Latin1,
    Utf8,
    Utf16(bool),
    Utf32(bool),
}

/// Parses an encoding argument: `latin1`, `unicode`, `utf8`, `utf16`, `utf32`, or
/// `{utf16 | utf32, big | little}`.
pub fn parse_encoding(t: Term) -> Option<Encoding> {
    match t {
        x if x == atom::LATIN1 => Some(Encoding::Latin1),
        x if x == atom::UNICODE || x == atom::UTF8 => Some(Encoding::Utf8),
        x if x == atom::UTF16 => Some(Encoding::Utf16(false)),
        x if x == atom::UTF32 => Some(Encoding::Utf32(false)),
        x if x.is_tuple() && x.tuple_arity() == 2 => {
            let little = match x.tuple_get(1) {
                e if e == atom::BIG => false,
                e if e == atom::LITTLE => true,
                _ => return None,
            };
            match x.tuple_get(0) {
                e if e == atom::UTF16 => Some(Encoding::Utf16(little)),
                e if e == atom::UTF32 => Some(Encoding::Utf32(little)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Appends code point `c` (valid: not a surrogate, at most 0x10FFFF) in encoding `e`;
/// false if `e` cannot hold it (Latin-1 above 255).
pub fn encode_char(e: Encoding, c: u32, out: &mut Vec<u8>) -> bool {
    match e {
        Encoding::Latin1 => {
            if c > 255 {
                return false;
            }
            out.push(c as u8);
        }
        Encoding::Utf8 => {
            let mut buf = [0u8; 4];
            match char::from_u32(c) {
                Some(ch) => out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes()),
                None => return false,
            }
        }
        Encoding::Utf16(little) => {
            let mut buf = [0u16; 2];
            let Some(ch) = char::from_u32(c) else {
                return false;
            };
            for u in ch.encode_utf16(&mut buf).iter() {
                out.extend_from_slice(&if little { u.to_le_bytes() } else { u.to_be_bytes() });
            }
        }
        Encoding::Utf32(little) => {
            out.extend_from_slice(&if little { c.to_le_bytes() } else { c.to_be_bytes() });
        }
    }
    true
}

/// Result of decoding at one position of a chunk.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dec {
    /// A character and the bytes it took.
    Char(u32, usize),
    /// Not a valid sequence.
    Invalid,
    /// A valid start cut short by the end of the chunk.
    Truncated,
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 0,
    }
}

fn is_cont(b: u8) -> bool {
    b & 0xC0 == 0x80
}

fn valid_cp(c: u32) -> bool {
    c <= 0x10FFFF && !(0xD800..=0xDFFF).contains(&c)
}

fn rd16(b: &[u8], little: bool) -> u32 {
    if little {
        u16::from_le_bytes([b[0], b[1]]) as u32
    } else {
        u16::from_be_bytes([b[0], b[1]]) as u32
    }
}

fn decode_at(e: Encoding, b: &[u8], i: usize) -> Dec {
    let avail = b.len() - i;
    match e {
        Encoding::Latin1 => Dec::Char(b[i] as u32, 1),
        Encoding::Utf8 => {
            let b0 = b[i];
            let n = utf8_len(b0);
            if n == 1 {
                return Dec::Char(b0 as u32, 1);
            }
            if n == 0 {
                return Dec::Invalid;
            }
            if avail < n {
                return if b[i + 1..].iter().all(|&x| is_cont(x)) { Dec::Truncated } else { Dec::Invalid };
            }
            let mut c = (b0 as u32) & (0x7F >> n);
            for &x in &b[i + 1..i + n] {
                if !is_cont(x) {
                    return Dec::Invalid;
                }
                c = (c << 6) | (x & 0x3F) as u32;
            }
            let min = [0, 0, 0x80, 0x800, 0x10000][n];
            if c < min || !valid_cp(c) {
                return Dec::Invalid;
            }
            Dec::Char(c, n)
        }
        Encoding::Utf16(little) => {
            if avail < 2 {
                return Dec::Truncated;
            }
            let u0 = rd16(&b[i..], little);
            if (0xDC00..=0xDFFF).contains(&u0) {
                return Dec::Invalid;
            }
            if !(0xD800..=0xDBFF).contains(&u0) {
                return Dec::Char(u0, 2);
            }
            match avail {
                2 => Dec::Truncated,
                3 => Dec::Invalid,
                _ => {
                    let u1 = rd16(&b[i + 2..], little);
                    if !(0xDC00..=0xDFFF).contains(&u1) {
                        return Dec::Invalid;
                    }
                    Dec::Char(0x10000 + ((u0 - 0xD800) << 10) + (u1 - 0xDC00), 4)
                }
            }
        }
        Encoding::Utf32(little) => {
            if avail < 4 {
                return Dec::Truncated;
            }
            let w = [b[i], b[i + 1], b[i + 2], b[i + 3]];
            let c = if little { u32::from_le_bytes(w) } else { u32::from_be_bytes(w) };
            if valid_cp(c) {
                Dec::Char(c, 4)
            } else {
                Dec::Invalid
            }
        }
    }
}

/// Bytes still missing after the incomplete sequence `inc`, given the next bytes `next`
/// (non-empty).
fn missing(e: Encoding, inc: &[u8], next: &[u8]) -> usize {
    let total = match e {
        Encoding::Utf8 => utf8_len(inc[0]).max(1),
        Encoding::Utf16(little) => {
            let u0 = if inc.len() >= 2 { rd16(inc, little) } else { rd16(&[inc[0], next[0]], little) };
            if (0xD800..=0xDBFF).contains(&u0) {
                4
            } else {
                2
            }
        }
        Encoding::Utf32(_) => 4,
        Encoding::Latin1 => 1,
    };
    total.saturating_sub(inc.len()).max(1)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    C,
    Erlang,
}

enum Outcome {
    Ok,
    Error(Term),
    Incomplete(Term),
}

struct Conv<'p> {
    p: &'p mut Process,
    input: Encoding,
    /// None: a list of code points.
    output: Option<Encoding>,
    style: Style,
    bytes: Vec<u8>,
    chars: Vec<u32>,
    stack: Vec<Term>,
    inc: Vec<u8>,
}

impl Conv<'_> {
    fn emit(&mut self, c: u32) -> bool {
        match self.output {
            Some(e) => encode_char(e, c, &mut self.bytes),
            None => {
                self.chars.push(c);
                true
            }
        }
    }

    fn cons(&mut self, h: Term, t: Term) -> R {
        term::cons(&mut self.p.heap, h, t).map_err(oom)
    }

    /// Nests `r` inside every enclosing list level.
    fn wrap(&mut self, mut r: Term) -> R {
        for i in (0..self.stack.len()).rev() {
            let t = self.stack[i];
            r = self.cons(r, t)?;
        }
        Ok(r)
    }

    fn sub(&mut self, b: Term, from: usize) -> R {
        let size = binary::bit_slice(b).size / 8;
        if from == 0 {
            return Ok(b);
        }
        super::binary::extract(self.p, b, from, size)
    }

    fn inc_bin(&mut self) -> R {
        let v = core::mem::take(&mut self.inc);
        binary::new_binary(&mut self.p.heap, &v).map_err(oom)
    }

    /// The rest of binary `b` from byte `from`, consed onto its list tail if it is an element.
    fn bin_rest(&mut self, b: Term, cell: Option<Term>, from: usize) -> R {
        let r = self.sub(b, from)?;
        match cell {
            Some(c) => self.cons(r, c.tail()),
            None => Ok(r),
        }
    }

    fn int_ok(&self, v: Term) -> Option<u32> {
        if !v.is_small() || v.small_value() < 0 {
            return None;
        }
        let c = v.small_value() as u64;
        let ok = if self.input == Encoding::Latin1 { c <= 255 } else { c <= 0x10FFFF && valid_cp(c as u32) };
        ok.then_some(c as u32)
    }

    fn int_leaf(&mut self, h: Term, cell: Term) -> Result<Outcome, Exception> {
        if !self.inc.is_empty() {
            let inc = self.inc_bin()?;
            return Ok(Outcome::Error(match self.style {
                Style::C => {
                    let r = self.wrap(cell)?;
                    term::list_from_slice(&mut self.p.heap, &[inc, r], Term::NIL).map_err(oom)?
                }
                Style::Erlang => {
                    let r = self.cons(inc, cell)?;
                    self.wrap(r)?
                }
            }));
        }
        if let Some(c) = self.int_ok(h) {
            if self.emit(c) {
                return Ok(Outcome::Ok);
            }
        }
        let r = match self.style {
            Style::C => cell,
            Style::Erlang => {
                let one = self.cons(h, Term::NIL)?;
                self.cons(one, cell.tail())?
            }
        };
        Ok(Outcome::Error(self.wrap(r)?))
    }

    fn bin_leaf(&mut self, b: Term, cell: Option<Term>) -> Result<Outcome, Exception> {
        let s: BitSlice<'static> = binary::bit_slice(b);
        let owned;
        let data: &[u8] = match s.as_bytes() {
            Some(d) => d,
            None => {
                owned = s.to_vec();
                &owned
            }
        };
        let mut i = 0;
        if !self.inc.is_empty() {
            if data.is_empty() {
                return Ok(Outcome::Ok);
            }
            let need = missing(self.input, &self.inc, data);
            if data.len() < need {
                self.inc.extend_from_slice(data);
                return Ok(Outcome::Ok);
            }
            let mut x = self.inc.clone();
            x.extend_from_slice(&data[..need]);
            let dec = decode_at(self.input, &x, 0);
            let done = match dec {
                Dec::Char(c, n) if n == x.len() => self.emit(c),
                _ => false,
            };
            if done {
                self.inc.clear();
                i = need;
            } else {
                return Ok(Outcome::Error(match self.style {
                    Style::C if !matches!(dec, Dec::Char(..)) => {
                        let inc = self.inc_bin()?;
                        let r = self.bin_rest(b, cell, 0)?;
                        let r = self.wrap(r)?;
                        term::list_from_slice(&mut self.p.heap, &[inc, r], Term::NIL).map_err(oom)?
                    }
                    _ => {
                        self.inc.clear();
                        let xb = binary::new_binary(&mut self.p.heap, &x).map_err(oom)?;
                        let rb = self.sub(b, need)?;
                        let r = match cell {
                            Some(c) => {
                                let t = self.cons(rb, c.tail())?;
                                self.cons(xb, t)?
                            }
                            None => self.cons(xb, rb)?,
                        };
                        self.wrap(r)?
                    }
                }));
            }
        }
        while i < data.len() {
            match decode_at(self.input, data, i) {
                Dec::Char(c, n) => {
                    if !self.emit(c) {
                        let r = self.bin_rest(b, cell, i)?;
                        return Ok(Outcome::Error(self.wrap(r)?));
                    }
                    i += n;
                }
                Dec::Invalid => {
                    let r = self.bin_rest(b, cell, i)?;
                    return Ok(Outcome::Error(self.wrap(r)?));
                }
                Dec::Truncated => {
                    self.inc.extend_from_slice(&data[i..]);
                    break;
                }
            }
        }
        Ok(Outcome::Ok)
    }

    fn run(&mut self, input: Term) -> Result<Outcome, Exception> {
        let mut cur = input;
        loop {
            if cur.is_list() {
                let h = cur.head();
                if h.is_list() || h.is_nil() {
                    self.stack.push(cur.tail());
                    cur = h;
                    continue;
                }
                let o = if h.is_bitstring() { self.bin_leaf(h, Some(cur))? } else { self.int_leaf(h, cur)? };
                if !matches!(o, Outcome::Ok) {
                    return Ok(o);
                }
                cur = cur.tail();
                continue;
            }
            if cur.is_bitstring() {
                let o = self.bin_leaf(cur, None)?;
                if !matches!(o, Outcome::Ok) {
                    return Ok(o);
                }
            }
            match self.stack.pop() {
                Some(t) => cur = t,
                None => break,
            }
        }
        if self.inc.is_empty() {
            return Ok(Outcome::Ok);
        }
        let lax_ok = self.style == Style::Erlang
            || self.input != Encoding::Utf8
            || (utf8_len(self.inc[0]) > 1 && self.inc[1..].iter().all(|&x| is_cont(x)));
        let inc = self.inc_bin()?;
        Ok(if lax_ok { Outcome::Incomplete(inc) } else { Outcome::Error(inc) })
    }

    fn converted(&mut self) -> R {
        match self.output {
            Some(_) => binary::new_binary(&mut self.p.heap, &self.bytes).map_err(oom),
            None => {
                let items: Vec<Term> = self.chars.iter().map(|&c| Term::small(c as isize)).collect();
                term::list_from_slice(&mut self.p.heap, &items, Term::NIL).map_err(oom)
            }
        }
    }
}

/// Checks that `t` is chardata: a binary, or a possibly deep list of integers and binaries
/// whose tails are lists or binaries. With `no_negative`, negative integers are rejected too.
fn is_chardata(t: Term, no_negative: bool) -> bool {
    if t.is_bitstring() {
        return binary::bit_slice(t).size % 8 == 0;
    }
    let mut stack: Vec<Term> = Vec::new();
    let mut cur = t;
    loop {
        if cur.is_list() {
            let h = cur.head();
            if h.is_list() {
                stack.push(cur.tail());
                cur = h;
                continue;
            }
            let ok = if h.is_small() {
                !(no_negative && h.small_value() < 0)
            } else if h.is_bignum() {
                !(no_negative && term::bignum_limbs(h).0)
            } else if h.is_bitstring() {
                binary::bit_slice(h).size % 8 == 0
            } else {
                h.is_nil()
            };
            if !ok {
                return false;
            }
            cur = cur.tail();
            continue;
        }
        if cur.is_bitstring() {
            if binary::bit_slice(cur).size % 8 != 0 {
                return false;
            }
        } else if !cur.is_nil() {
            return false;
        }
        match stack.pop() {
            Some(t) => cur = t,
            None => return true,
        }
    }
}

fn convert(p: &mut Process, data: Term, input: Encoding, output: Option<Encoding>) -> R {
    let c_path = matches!(input, Encoding::Latin1 | Encoding::Utf8) && matches!(output, None | Some(Encoding::Utf8));
    let style = if c_path { Style::C } else { Style::Erlang };
    if !is_chardata(data, style == Style::Erlang && output.is_some()) {
        return badarg();
    }
    // A valid UTF-8 binary converts to itself.
    if input == Encoding::Utf8 && output == Some(Encoding::Utf8) && data.is_binary() {
        if let Some(b) = binary::bytes(data) {
            if core::str::from_utf8(b).is_ok() {
                return Ok(data);
            }
        }
    }
    let mut cv =
        Conv { p, input, output, style, bytes: Vec::new(), chars: Vec::new(), stack: Vec::new(), inc: Vec::new() };
    let outcome = cv.run(data)?;
    let conv = cv.converted()?;
    match outcome {
        Outcome::Ok => Ok(conv),
        Outcome::Error(rest) => term::tuple(&mut cv.p.heap, &[atom::ERROR, conv, rest]).map_err(oom),
        Outcome::Incomplete(rest) => term::tuple(&mut cv.p.heap, &[atom::INCOMPLETE, conv, rest]).map_err(oom),
    }
}

fn enc_arg(t: Term) -> Result<Encoding, Exception> {
    parse_encoding(t).map_or_else(badarg, Ok)
}

fn characters_to_list1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    convert(p, a[0], Encoding::Utf8, None)
}
fn characters_to_list2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let i = enc_arg(a[1])?;
    convert(p, a[0], i, None)
}
fn characters_to_binary1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    convert(p, a[0], Encoding::Utf8, Some(Encoding::Utf8))
}
fn characters_to_binary2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let i = enc_arg(a[1])?;
    convert(p, a[0], i, Some(Encoding::Utf8))
}
fn characters_to_binary3(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let i = enc_arg(a[1])?;
    let o = enc_arg(a[2])?;
    convert(p, a[0], i, Some(o))
}

fn encoding_term(p: &mut Process, e: Encoding) -> R {
    let (name, little) = match e {
        Encoding::Latin1 => return Ok(atom::LATIN1),
        Encoding::Utf8 => return Ok(atom::UTF8),
        Encoding::Utf16(l) => (atom::UTF16, l),
        Encoding::Utf32(l) => (atom::UTF32, l),
    };
    let endian = if little { atom::LITTLE } else { atom::BIG };
    term::tuple(&mut p.heap, &[name, endian]).map_err(oom)
}

/// OTP implements the BOM helpers in Erlang: a bad argument matches no clause.
fn no_clause<T>() -> Result<T, Exception> {
    Err(Exception::error(atom::FUNCTION_CLAUSE))
}

fn bom_to_encoding(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_binary() {
        return no_clause();
    }
    let b = binary::bit_slice(a[0]).to_vec();
    let (e, n) = if b.starts_with(&[0xEF, 0xBB, 0xBF]) {
        (Encoding::Utf8, 3)
    } else if b.starts_with(&[0, 0, 0xFE, 0xFF]) {
        (Encoding::Utf32(false), 4)
    } else if b.starts_with(&[0xFF, 0xFE, 0, 0]) {
        (Encoding::Utf32(true), 4)
    } else if b.starts_with(&[0xFE, 0xFF]) {
        (Encoding::Utf16(false), 2)
    } else if b.starts_with(&[0xFF, 0xFE]) {
        (Encoding::Utf16(true), 2)
    } else {
        (Encoding::Latin1, 0)
    };
    let et = encoding_term(p, e)?;
    term::tuple(&mut p.heap, &[et, Term::small(n)]).map_err(oom)
}

fn encoding_to_bom(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(e) = parse_encoding(a[0]) else {
        return no_clause();
    };
    let bom: &[u8] = match e {
        Encoding::Latin1 => &[],
        Encoding::Utf8 => &[0xEF, 0xBB, 0xBF],
        Encoding::Utf16(false) => &[0xFE, 0xFF],
        Encoding::Utf16(true) => &[0xFF, 0xFE],
        Encoding::Utf32(false) => &[0, 0, 0xFE, 0xFF],
        Encoding::Utf32(true) => &[0xFF, 0xFE, 0, 0],
    };
    binary::new_binary(&mut p.heap, bom).map_err(oom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_decoding() {
        let e = Encoding::Utf8;
        assert_eq!(decode_at(e, b"a", 0), Dec::Char(97, 1));
        assert_eq!(decode_at(e, &[0xC3, 0xA9], 0), Dec::Char(0xE9, 2));
        assert_eq!(decode_at(e, &[0xC0, 0x80], 0), Dec::Invalid);
        assert_eq!(decode_at(e, &[0xED, 0xA0, 0x80], 0), Dec::Invalid);
        assert_eq!(decode_at(e, &[0xED, 0xA0], 0), Dec::Truncated);
        assert_eq!(decode_at(e, &[0xE2, 0x62], 0), Dec::Invalid);
        assert_eq!(decode_at(e, &[0xF8], 0), Dec::Invalid);
        assert_eq!(decode_at(e, &[0xF4, 0x90, 0x80, 0x80], 0), Dec::Invalid);
        assert_eq!(decode_at(e, &[0xF0, 0x9F, 0x98, 0x80], 0), Dec::Char(0x1F600, 4));
    }

    #[test]
    fn utf16_decoding() {
        let e = Encoding::Utf16(false);
        assert_eq!(decode_at(e, &[0xD8, 0x3D, 0xDE, 0x00], 0), Dec::Char(0x1F600, 4));
        assert_eq!(decode_at(e, &[0xD8, 0x00], 0), Dec::Truncated);
        assert_eq!(decode_at(e, &[0xD8, 0x00, 0x00], 0), Dec::Invalid);
        assert_eq!(decode_at(e, &[0xDC, 0x00], 0), Dec::Invalid);
        assert_eq!(missing(e, &[0xD8], &[0]), 3);
        assert_eq!(missing(e, &[0x00], &[0x61]), 1);
    }

    #[test]
    fn encoding() {
        let mut v = Vec::new();
        assert!(encode_char(Encoding::Utf16(true), 0x1F600, &mut v));
        assert_eq!(v, [0x3D, 0xD8, 0x00, 0xDE]);
        v.clear();
        assert!(!encode_char(Encoding::Latin1, 256, &mut v));
    }
}
