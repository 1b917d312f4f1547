//! Walking iodata (a binary, or a possibly deep list of bytes and binaries whose tails may
//! be binaries) without recursion: pending list tails wait on an explicit stack.

use alloc::vec::Vec;

use crate::binary::bit_slice;
use crate::term::Term;

/// The term is not iodata.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotIodata;

/// Bytes of list elements are gathered into runs of up to this many before being handed over.
const RUN: usize = 256;

/// Calls `f` with the bytes of `t` in order: once per binary (even an empty one) and once per
/// run of list bytes (never empty). Fails on anything that is not iodata, including
/// bitstrings that are not a whole number of bytes; `f` may have been called by then.
pub fn for_each_chunk(t: Term, f: &mut dyn FnMut(&[u8])) -> Result<(), NotIodata> {
    let mut run: Vec<u8> = Vec::new();
    let mut pending: Vec<Term> = Vec::new();
    let mut next = Some(t);
    // Each term taken here is in "tail position": nil, a binary or a list.
    while let Some(t) = next.take().or_else(|| pending.pop()) {
        if t.is_nil() {
            continue;
        }
        if t.is_bitstring() {
            flush(&mut run, f);
            binary_chunk(t, f)?;
            continue;
        }
        if !t.is_list() {
            return Err(NotIodata);
        }
        let mut l = t;
        while l.is_list() {
            let h = l.head();
            if h.is_small() {
                let v = h.small_value();
                if !(0..=255).contains(&v) {
                    return Err(NotIodata);
                }
                run.push(v as u8);
                if run.len() >= RUN {
                    flush(&mut run, f);
                }
            } else if h.is_bitstring() {
                flush(&mut run, f);
                binary_chunk(h, f)?;
            } else if h.is_list() || h.is_nil() {
                // Finish the nested list before the rest of this one.
                pending.push(l.tail());
                next = Some(h);
                break;
            } else {
                return Err(NotIodata);
            }
            l = l.tail();
        }
        if next.is_none() && !l.is_list() {
            // The tail of a list: nil or a binary.
            if l.is_bitstring() {
                flush(&mut run, f);
                binary_chunk(l, f)?;
            } else if !l.is_nil() {
                return Err(NotIodata);
            }
        }
    }
    flush(&mut run, f);
    Ok(())
}

fn flush(run: &mut Vec<u8>, f: &mut dyn FnMut(&[u8])) {
    if !run.is_empty() {
        f(run);
        run.clear();
    }
}

fn binary_chunk(t: Term, f: &mut dyn FnMut(&[u8])) -> Result<(), NotIodata> {
    let s = bit_slice(t);
    if s.size % 8 != 0 {
        return Err(NotIodata);
    }
    match s.as_bytes() {
        Some(b) => f(b),
        None => f(&s.to_vec()),
    }
    Ok(())
}

/// All the bytes of iodata `t`, concatenated.
pub fn to_vec(t: Term) -> Result<Vec<u8>, NotIodata> {
    let mut out = Vec::new();
    for_each_chunk(t, &mut |b| out.extend_from_slice(b))?;
    Ok(out)
}
