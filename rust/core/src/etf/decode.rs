//! External term format decoding (`binary_to_term`, module literals). Iterative: containers
//! being filled are kept on an explicit stack, so nesting depth costs heap, not Rust stack.
//! Every length is checked against the input that remains before anything is allocated.

use alloc::vec::Vec;

use super::tags::*;
use super::EtfError;
use crate::atom::AtomTable;
use crate::binary::{new_binary_uninit, BinAlloc};
use crate::fun::{make_closure, FunEntry};
use crate::term::{bignum_from_limbs, export_fun, float, Term, Word, HDR_TUPLE};

/// Options for decoding.
#[derive(Clone, Copy, Default)]
pub struct Options {
    /// `[safe]`: refuse to create atoms.
    pub safe: bool,
}

/// Finds the lambda a `NEW_FUN_EXT` closure refers to: module, fun index, the module's
/// 16-byte uniq, the fun's old uniq. None if it is not loaded.
pub trait FunResolver {
    fn resolve(&self, module: Term, index: u32, uniq: &[u8; 16], old_uniq: u32) -> Option<*const FunEntry>;
}

/// Resolves nothing: closures do not decode (module literals never hold any).
struct NoFuns;

impl FunResolver for NoFuns {
    fn resolve(&self, _: Term, _: u32, _: &[u8; 16], _: u32) -> Option<*const FunEntry> {
        None
    }
}

struct Input<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Input<'a> {
    fn left(&self) -> usize {
        self.b.len() - self.pos
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], EtfError> {
        if self.left() < n {
            return Err(EtfError::Truncated);
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, EtfError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<usize, EtfError> {
        let s = self.take(2)?;
        Ok(u16::from_be_bytes([s[0], s[1]]) as usize)
    }
    fn u32(&mut self) -> Result<usize, EtfError> {
        let s = self.take(4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as usize)
    }
    fn i32(&mut self) -> Result<i32, EtfError> {
        let s = self.take(4)?;
        Ok(i32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    /// A count of items that each take at least `min` input bytes.
    fn count(&mut self, n: usize, min: usize) -> Result<usize, EtfError> {
        if n.saturating_mul(min) > self.left() {
            return Err(EtfError::Truncated);
        }
        Ok(n)
    }
}

/// Where the next decoded term goes.
enum Frame {
    /// Fill `left` slots starting at `next`, `step` words apart; then, if `tail` is set, one
    /// more slot there.
    Slots { next: *mut Word, step: usize, left: usize, tail: *mut Word },
    /// The elements of a map or export fun were decoded into the temporary tuple `tmp`;
    /// build the value into `dst`.
    Finish { kind: Finish, tmp: Term, dst: *mut Word },
}

#[derive(Clone, Copy)]
enum Finish {
    Map,
    Export,
}

/// Decodes one term from `bytes` (which must start with the version byte 131). Returns the
/// term and the number of bytes used; bytes after the term are not looked at. Closures
/// (`NEW_FUN_EXT`) are refused: use [`decode_with_funs`] for them.
pub fn decode(
    bytes: &[u8],
    atoms: &mut AtomTable,
    h: &mut impl BinAlloc,
    opts: Options,
) -> Result<(Term, usize), EtfError> {
    decode_with_funs(bytes, atoms, h, opts, &NoFuns)
}

/// As [`decode`], finding the code of closures with `funs`.
///
/// A compressed term (`131, 80, Size:32, ZlibStream`) uses the bytes up to the end of the
/// zlib stream; the stream must inflate to exactly `Size` bytes, of which the term may use
/// fewer (OTP ignores the rest too).
pub fn decode_with_funs(
    bytes: &[u8],
    atoms: &mut AtomTable,
    h: &mut impl BinAlloc,
    opts: Options,
    funs: &dyn FunResolver,
) -> Result<(Term, usize), EtfError> {
    let mut inp = Input { b: bytes, pos: 0 };
    if inp.u8()? != VERSION {
        return Err(EtfError::BadVersion);
    }
    if inp.left() > 0 && inp.b[inp.pos] == COMPRESSED {
        inp.pos += 1;
        let size = inp.u32()?;
        let (data, used) = inflate_exact(&inp.b[inp.pos..], size)?;
        let mut inner = Input { b: &data, pos: 0 };
        let t = decode_body(&mut inner, atoms, h, opts, funs)?;
        return Ok((t, inp.pos + used));
    }
    let t = decode_body(&mut inp, atoms, h, opts, funs)?;
    Ok((t, inp.pos))
}

/// A decompressor allocated zeroed on the heap. `Box::<DecompressorOxide>::default()`
/// builds its 11 KB on the stack first (at opt-level "s", in every caller's frame), more
/// than a Zephyr thread's stack.
fn new_decompressor() -> Option<alloc::boxed::Box<miniz_oxide::inflate::core::DecompressorOxide>> {
    use miniz_oxide::inflate::core::DecompressorOxide;
    let layout = core::alloc::Layout::new::<DecompressorOxide>();
    // SAFETY: miniz_oxide documents a new DecompressorOxide as "all fields set to 0": its
    // fields are integers, integer arrays and the state enum, whose `Start` is 0 (the
    // workspace pins miniz_oxide =0.8.9, where this was checked). `init` then sets the
    // state explicitly. The layout is not zero-sized.
    unsafe {
        let p = alloc::alloc::alloc_zeroed(layout) as *mut DecompressorOxide;
        if p.is_null() {
            return None;
        }
        let mut b = alloc::boxed::Box::from_raw(p);
        b.init();
        Some(b)
    }
}

/// Inflates a zlib stream that must produce exactly `size` bytes; returns them and the
/// number of input bytes the stream took. Also used by the loader for `LitT` chunks.
#[inline(never)]
pub(crate) fn inflate_exact(input: &[u8], size: usize) -> Result<(Vec<u8>, usize), EtfError> {
    use miniz_oxide::inflate::core::decompress;
    use miniz_oxide::inflate::core::inflate_flags::{
        TINFL_FLAG_PARSE_ZLIB_HEADER, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
    };
    use miniz_oxide::inflate::TINFLStatus;
    // Deflate expands at most about 1032:1: refuse a size no stream this long can reach
    // before allocating for it.
    if size > input.len().saturating_mul(1032).saturating_add(64) {
        return Err(EtfError::BadCompression);
    }
    let mut out: Vec<u8> = Vec::new();
    crate::mem::try_reserve(&mut out, size).map_err(|_| EtfError::OutOfMemory)?;
    out.resize(size, 0);
    let mut state = new_decompressor().ok_or(EtfError::OutOfMemory)?;
    let flags = TINFL_FLAG_PARSE_ZLIB_HEADER | TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, used, written) = decompress(&mut state, input, &mut out, 0, flags);
    if status != TINFLStatus::Done || written != size {
        return Err(EtfError::BadCompression);
    }
    Ok((out, used))
}

fn decode_body(
    inp: &mut Input,
    atoms: &mut AtomTable,
    h: &mut impl BinAlloc,
    opts: Options,
    funs: &dyn FunResolver,
) -> Result<Term, EtfError> {
    let mut root: Word = 0;
    let mut stack: Vec<Frame> = Vec::new();
    stack.push(Frame::Slots { next: &mut root, step: 0, left: 1, tail: core::ptr::null_mut() });
    let oom = |_| EtfError::OutOfMemory;
    loop {
        // Find the slot for the next value, completing finished frames.
        let dst: *mut Word = loop {
            let Some(top) = stack.last_mut() else {
                return Ok(Term(root));
            };
            match top {
                Frame::Slots { next, step, left, tail } => {
                    if *left > 0 {
                        let d = *next;
                        *left -= 1;
                        // SAFETY: `next` walks the slots of an object allocated for them.
                        *next = unsafe { next.add(*step) };
                        break d;
                    }
                    if !tail.is_null() {
                        let d = *tail;
                        *tail = core::ptr::null_mut();
                        break d;
                    }
                    stack.pop();
                }
                Frame::Finish { kind, tmp, dst } => {
                    let (kind, items, dst) = (*kind, tmp.tuple_elements(), *dst);
                    let v = match kind {
                        Finish::Map => {
                            let mut pairs: Vec<(Term, Term)> = items.chunks(2).map(|c| (c[0], c[1])).collect();
                            let n = pairs.len();
                            let m = crate::map::from_pairs(h, atoms, &mut pairs).map_err(oom)?;
                            if crate::map::size(m) != n {
                                return Err(EtfError::Invalid("duplicate map key"));
                            }
                            m
                        }
                        Finish::Export => {
                            let (m, f, a) = (items[0], items[1], items[2]);
                            if !m.is_atom() || !f.is_atom() || !a.is_small() || !(0..=255).contains(&a.small_value()) {
                                return Err(EtfError::Invalid("export fun"));
                            }
                            export_fun(h, m, f, a.small_value() as usize).map_err(oom)?
                        }
                    };
                    // SAFETY: `dst` is the slot reserved for this value.
                    unsafe { *dst = v.0 };
                    stack.pop();
                }
            }
        };
        if let Some(t) = decode_one(inp, atoms, h, opts, funs, dst, &mut stack)? {
            // SAFETY: `dst` is a reserved slot.
            unsafe { *dst = t.0 };
        }
    }
}

/// Decodes one tag. Immediate values and leaves return `Some`; containers allocate their
/// object, write it to `slot`, push a frame for their elements and return `None`.
fn decode_one(
    inp: &mut Input,
    atoms: &mut AtomTable,
    h: &mut impl BinAlloc,
    opts: Options,
    funs: &dyn FunResolver,
    slot: *mut Word,
    stack: &mut Vec<Frame>,
) -> Result<Option<Term>, EtfError> {
    let oom = |_| EtfError::OutOfMemory;
    let tag = inp.u8()?;
    let atom = |atoms: &mut AtomTable, name: &[u8], utf8: bool| -> Result<Term, EtfError> {
        if opts.safe {
            let s = if utf8 {
                core::str::from_utf8(name).map_err(|_| EtfError::Invalid("atom"))?.into()
            } else {
                name.iter().map(|&b| b as char).collect::<alloc::string::String>()
            };
            return atoms.lookup(&s).ok_or(EtfError::Invalid("unknown atom (safe)"));
        }
        if utf8 {
            atoms.intern_bytes(name).map_err(|_| EtfError::Invalid("atom"))
        } else {
            atoms.intern_latin1(name).map_err(|_| EtfError::Invalid("atom"))
        }
    };
    Ok(Some(match tag {
        SMALL_INTEGER_EXT => Term::small(inp.u8()? as isize),
        INTEGER_EXT => crate::term::int(h, inp.i32()? as i64).map_err(oom)?,
        FLOAT_EXT => {
            let s = inp.take(31)?;
            let end = s.iter().position(|&c| c == 0).unwrap_or(31);
            let txt = core::str::from_utf8(&s[..end]).map_err(|_| EtfError::Invalid("float"))?;
            let f: f64 = txt.trim().parse().map_err(|_| EtfError::Invalid("float"))?;
            if !f.is_finite() {
                return Err(EtfError::Invalid("float"));
            }
            float(h, f).map_err(oom)?
        }
        NEW_FLOAT_EXT => {
            let s = inp.take(8)?;
            let f = f64::from_be_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]);
            if !f.is_finite() {
                return Err(EtfError::Invalid("float"));
            }
            float(h, f).map_err(oom)?
        }
        ATOM_EXT => {
            let n = inp.u16()?;
            atom(atoms, inp.take(n)?, false)?
        }
        SMALL_ATOM_EXT => {
            let n = inp.u8()? as usize;
            atom(atoms, inp.take(n)?, false)?
        }
        ATOM_UTF8_EXT => {
            let n = inp.u16()?;
            atom(atoms, inp.take(n)?, true)?
        }
        SMALL_ATOM_UTF8_EXT => {
            let n = inp.u8()? as usize;
            atom(atoms, inp.take(n)?, true)?
        }
        NIL_EXT => Term::NIL,
        STRING_EXT => {
            let n = inp.u16()?;
            crate::term::bytes_to_list(h, inp.take(n)?, Term::NIL).map_err(oom)?
        }
        SMALL_BIG_EXT | LARGE_BIG_EXT => {
            let n = if tag == SMALL_BIG_EXT { inp.u8()? as usize } else { inp.u32()? };
            let sign = inp.u8()?;
            if sign > 1 {
                return Err(EtfError::Invalid("bignum sign"));
            }
            let digits = inp.take(n)?;
            let mut limbs = alloc::vec![0u32; n.div_ceil(4)];
            for (i, &d) in digits.iter().enumerate() {
                limbs[i / 4] |= (d as u32) << (8 * (i % 4));
            }
            bignum_from_limbs(h, sign == 1, &limbs).map_err(oom)?
        }
        BINARY_EXT => {
            let n = inp.u32()?;
            let data = inp.take(n)?;
            let (t, buf) = new_binary_uninit(h, n * 8).map_err(oom)?;
            buf.copy_from_slice(data);
            t
        }
        BIT_BINARY_EXT => {
            let n = inp.u32()?;
            let bits = inp.u8()? as usize;
            if !(1..=8).contains(&bits) || n == 0 {
                return Err(EtfError::Invalid("bit binary"));
            }
            let data = inp.take(n)?;
            let (t, buf) = new_binary_uninit(h, (n - 1) * 8 + bits).map_err(oom)?;
            buf.copy_from_slice(data);
            // Clear the unused low bits of the last byte.
            buf[n - 1] &= 0xFFu8 << (8 - bits);
            t
        }
        SMALL_TUPLE_EXT | LARGE_TUPLE_EXT => {
            let n = if tag == SMALL_TUPLE_EXT { inp.u8()? as usize } else { inp.u32()? };
            let n = inp.count(n, 1)?;
            let t = crate::term::tuple_filled(h, n, Term::NIL).map_err(oom)?;
            if n == 0 {
                return Ok(Some(t));
            }
            // SAFETY: `slot` is valid for writes (see decode_body).
            unsafe { *slot = t.0 };
            // SAFETY: the tuple has n element words after its header.
            let first = unsafe { t.ptr().add(1) };
            debug_assert_eq!(crate::term::header_tag(t.header()), HDR_TUPLE);
            stack.push(Frame::Slots { next: first, step: 1, left: n, tail: core::ptr::null_mut() });
            return Ok(None);
        }
        LIST_EXT => {
            let n = inp.u32()?;
            let n = inp.count(n, 1)?;
            if n == 0 {
                // An empty LIST_EXT is just its tail.
                stack.push(Frame::Slots { next: slot, step: 0, left: 1, tail: core::ptr::null_mut() });
                return Ok(None);
            }
            let p = h.alloc(2 * n).map_err(oom)?;
            // SAFETY: `alloc` returned 2n words; link the cells, fill cars and the tail later.
            unsafe {
                for i in 0..n {
                    *p.add(2 * i) = Term::NIL.0;
                    *p.add(2 * i + 1) = if i + 1 < n { Term::list_ptr(p.add(2 * i + 2)).0 } else { Term::NIL.0 };
                }
                *slot = Term::list_ptr(p).0;
                stack.push(Frame::Slots { next: p, step: 2, left: n, tail: p.add(2 * n - 1) });
            }
            return Ok(None);
        }
        MAP_EXT | EXPORT_EXT => {
            let (n, kind) = if tag == MAP_EXT {
                let n = inp.u32()?;
                (2 * inp.count(n, 2)?, Finish::Map)
            } else {
                (3, Finish::Export)
            };
            let tmp = crate::term::tuple_filled(h, n, Term::NIL).map_err(oom)?;
            // SAFETY: `slot` is valid for writes; it holds nil until the value is built.
            unsafe { *slot = Term::NIL.0 };
            stack.push(Frame::Finish { kind, tmp, dst: slot });
            if n > 0 {
                // SAFETY: the tuple has n element words after its header.
                let first = unsafe { tmp.ptr().add(1) };
                stack.push(Frame::Slots { next: first, step: 1, left: n, tail: core::ptr::null_mut() });
            }
            return Ok(None);
        }
        PID_EXT | NEW_PID_EXT => {
            let node = decode_atom_only(inp, atoms)?;
            let id = inp.u32()?;
            let _serial = inp.u32()?;
            if tag == PID_EXT {
                inp.u8()?;
            } else {
                inp.u32()?;
            }
            if atoms.name(node) != "nonode@nohost" {
                return Err(EtfError::Unsupported("pid of another node"));
            }
            Term::pid(id as u32)
        }
        NEW_PORT_EXT | V4_PORT_EXT => {
            let node = decode_atom_only(inp, atoms)?;
            let id = if tag == V4_PORT_EXT {
                inp.take(8)?;
                0
            } else {
                inp.u32()?
            };
            inp.u32()?;
            if atoms.name(node) != "nonode@nohost" {
                return Err(EtfError::Unsupported("port of another node"));
            }
            Term::port(id as u32)
        }
        NEWER_REFERENCE_EXT => {
            let n = inp.u16()?;
            let node = decode_atom_only(inp, atoms)?;
            inp.u32()?;
            if n == 0 || n > 5 {
                return Err(EtfError::Invalid("reference"));
            }
            let ids = inp.take(4 * n)?;
            if atoms.name(node) != "nonode@nohost" {
                return Err(EtfError::Unsupported("reference of another node"));
            }
            let lo = u32::from_be_bytes([ids[0], ids[1], ids[2], ids[3]]) as u64;
            let hi = if n > 1 { u32::from_be_bytes([ids[4], ids[5], ids[6], ids[7]]) as u64 } else { 0 };
            crate::term::reference(h, (hi << 32) | lo).map_err(oom)?
        }
        NEW_FUN_EXT => {
            let start = inp.pos;
            let size = inp.u32()?;
            let arity = inp.u8()? as u32;
            let mut uniq = [0u8; 16];
            uniq.copy_from_slice(inp.take(16)?);
            let index = inp.u32()?;
            let num_free = inp.u32()?;
            let module = decode_atom_only(inp, atoms)?;
            let _old_index = decode_small_int(inp)?;
            let old_uniq = decode_small_int(inp)?;
            // The creator pid: checked, not kept.
            let pid_tag = inp.b.get(inp.pos).copied();
            if !matches!(pid_tag, Some(PID_EXT | NEW_PID_EXT)) {
                return Err(EtfError::Invalid("fun pid"));
            }
            decode_one(inp, atoms, h, opts, funs, slot, stack)?;
            let num_free = inp.count(num_free, 1)?;
            // The size field counts from itself to the end of the free variables, each at
            // least one byte.
            if size < inp.pos - start + num_free {
                return Err(EtfError::Invalid("fun size"));
            }
            let entry = funs
                .resolve(module, index as u32, &uniq, old_uniq as u32)
                .ok_or(EtfError::Unsupported("fun of a module not loaded"))?;
            // SAFETY: the resolver returns entries of loaded modules, which are never freed
            // while the VM runs.
            let entry = unsafe { &*entry };
            if entry.num_free as usize != num_free || entry.arity.checked_sub(entry.num_free) != Some(arity) {
                return Err(EtfError::Invalid("fun does not match its module"));
            }
            let env = alloc::vec![Term::NIL; num_free];
            let f = make_closure(h, entry, &env).map_err(oom)?;
            if num_free == 0 {
                return Ok(Some(f));
            }
            // SAFETY: `slot` is valid for writes; the closure's free variables are the
            // `num_free` words after its header and entry pointer.
            unsafe {
                *slot = f.0;
                let first = f.ptr().add(2);
                stack.push(Frame::Slots { next: first, step: 1, left: num_free, tail: core::ptr::null_mut() });
            }
            return Ok(None);
        }
        _ => return Err(EtfError::Invalid("unknown tag")),
    }))
}

/// A `SMALL_INTEGER_EXT` or `INTEGER_EXT` (the old index and uniq of a closure).
fn decode_small_int(inp: &mut Input) -> Result<i64, EtfError> {
    match inp.u8()? {
        SMALL_INTEGER_EXT => Ok(inp.u8()? as i64),
        INTEGER_EXT => Ok(inp.i32()? as i64),
        _ => Err(EtfError::Invalid("expected an integer")),
    }
}

fn decode_atom_only(inp: &mut Input, atoms: &mut AtomTable) -> Result<Term, EtfError> {
    let tag = inp.u8()?;
    let (n, utf8) = match tag {
        ATOM_EXT => (inp.u16()?, false),
        SMALL_ATOM_EXT => (inp.u8()? as usize, false),
        ATOM_UTF8_EXT => (inp.u16()?, true),
        SMALL_ATOM_UTF8_EXT => (inp.u8()? as usize, true),
        _ => return Err(EtfError::Invalid("expected an atom")),
    };
    let name = inp.take(n)?;
    if utf8 { atoms.intern_bytes(name) } else { atoms.intern_latin1(name) }.map_err(|_| EtfError::Invalid("atom"))
}
