//! BIFs of the external term format: `term_to_binary/1,2`, `term_to_iovec/1,2`,
//! `binary_to_term/1,2` and `external_size/1,2`.
//!
//! OTP 25 behaviours reproduced here:
//! * `term_to_binary/2` takes `compressed`, `{compressed, 0..9}` (`compressed` is level 6, 0
//!   is no compression), `{minor_version, 0..2}` and `deterministic` (maps are always written
//!   in one order here); anything else, or an improper list, is `badarg`.
//! * `term_to_iovec` returns a list of binaries in which binaries of more than 64 bytes are
//!   referred to, not copied. With compression (level above 0) it returns a single binary,
//!   not a list, as OTP 25 does.
//! * `external_size/2` accepts only `{minor_version, 0 | 1}`: OTP 25 rejects
//!   `{minor_version, 2}`, `compressed` and `deterministic` there.
//! * `binary_to_term` ignores bytes after the term; `[used]` adds how many were used
//!   (for a compressed term: through the end of the zlib stream). `[safe]` refuses to create
//!   atoms. A closure decodes only if its module is loaded.

use alloc::vec::Vec;

use super::BifEntry;
use crate::atom;
use crate::binary::{bit_slice, new_binary, new_binary_uninit, sub_binary};
use crate::etf::decode::{decode_with_funs, FunResolver, Options};
use crate::etf::encode::{self, EncodeError, Env, IovecSink, SliceSink};
use crate::etf::tags::VERSION;
use crate::etf::EtfError;
use crate::fun::FunEntry;
use crate::module::Module;
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "term_to_binary", 1, term_to_binary1),
    ("erlang", "term_to_binary", 2, term_to_binary2),
    ("erlang", "term_to_iovec", 1, term_to_iovec1),
    ("erlang", "term_to_iovec", 2, term_to_iovec2),
    ("erlang", "binary_to_term", 1, binary_to_term1),
    ("erlang", "binary_to_term", 2, binary_to_term2),
    ("erlang", "external_size", 1, external_size1),
    ("erlang", "external_size", 2, external_size2),
];

/// Options of `term_to_binary/2` and `term_to_iovec/2`.
#[derive(Clone, Copy)]
struct EncOpts {
    minor: u8,
    /// zlib level, 0 for none.
    level: u8,
}

const DEFAULT: EncOpts = EncOpts { minor: 1, level: 0 };

fn small_in(t: Term, lo: isize, hi: isize) -> Option<u8> {
    if t.is_small() && (lo..=hi).contains(&t.small_value()) {
        Some(t.small_value() as u8)
    } else {
        None
    }
}

fn parse_enc_opts(list: Term) -> Result<EncOpts, Exception> {
    let mut o = DEFAULT;
    let mut l = list;
    while l.is_list() {
        let x = l.head();
        if x == atom::COMPRESSED {
            o.level = 6;
        } else if x == atom::DETERMINISTIC {
        } else if x.is_tuple() && x.tuple_arity() == 2 {
            let (k, v) = (x.tuple_get(0), x.tuple_get(1));
            if k == atom::COMPRESSED {
                o.level = small_in(v, 0, 9).map_or_else(badarg, Ok)?;
            } else if k == atom::MINOR_VERSION {
                o.minor = small_in(v, 0, 2).map_or_else(badarg, Ok)?;
            } else {
                return badarg();
            }
        } else {
            return badarg();
        }
        l = l.tail();
    }
    if !l.is_nil() {
        return badarg();
    }
    Ok(o)
}

fn enc_err(e: EncodeError) -> Exception {
    match e {
        EncodeError::BadTerm => Exception::error(atom::BADARG),
        EncodeError::TooLarge => Exception::error(atom::SYSTEM_LIMIT),
    }
}

/// Runs `f` with the encoding environment of process `p`.
fn with_env<T>(vm: &Vm, p: &Process, f: impl FnOnce(&Env) -> T) -> T {
    let uniq = |m: Term| vm.module(m).map(|m| m.md5).unwrap_or([0; 16]);
    let env = Env { atoms: &vm.atoms, fun_uniq: &uniq, pid: p.pid_term() };
    f(&env)
}

fn encode_binary(vm: &mut Vm, p: &mut Process, t: Term, o: EncOpts) -> R {
    if o.level > 0 {
        let enc = with_env(vm, p, |env| encode::encode_vec(t, env, o.minor)).map_err(enc_err)?;
        let out = encode::compress(&enc, o.level);
        return new_binary(&mut p.heap, out.as_deref().unwrap_or(&enc)).map_err(oom);
    }
    let size = with_env(vm, p, |env| encode::encoded_size(t, env, o.minor)).map_err(enc_err)?;
    let bits = size.checked_mul(8).ok_or(Exception::error(atom::SYSTEM_LIMIT))?;
    let (bin, buf) = new_binary_uninit(&mut p.heap, bits).map_err(oom)?;
    buf[0] = VERSION;
    let mut sink = SliceSink { buf: &mut buf[1..], len: 0, overflow: false };
    with_env(vm, p, |env| encode::encode_to(t, env, o.minor, &mut sink)).map_err(enc_err)?;
    if sink.overflow || sink.len + 1 != size {
        // The two passes disagree: a bug, not the caller's fault; refuse rather than
        // return a corrupt binary.
        return Err(Exception::error(atom::SYSTEM_LIMIT));
    }
    Ok(bin)
}

fn term_to_binary1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    encode_binary(vm, p, a[0], DEFAULT)
}

fn term_to_binary2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let o = parse_enc_opts(a[1])?;
    encode_binary(vm, p, a[0], o)
}

fn encode_iovec(vm: &mut Vm, p: &mut Process, t: Term, o: EncOpts) -> R {
    if o.level > 0 {
        return encode_binary(vm, p, t, o);
    }
    let mut sink = IovecSink::default();
    sink.buf.push(VERSION);
    with_env(vm, p, |env| encode::encode_to(t, env, o.minor, &mut sink)).map_err(enc_err)?;
    let mut items: Vec<Term> = Vec::with_capacity(2 * sink.shared.len() + 1);
    let mut from = 0;
    for sh in &sink.shared {
        if sh.at > from {
            items.push(new_binary(&mut p.heap, &sink.buf[from..sh.at]).map_err(oom)?);
        }
        let whole = term::binary_bit_size(sh.bin) == sh.len * 8 && bit_slice(sh.bin).offset == 0;
        items.push(if whole { sh.bin } else { sub_binary(&mut p.heap, sh.bin, 0, sh.len * 8).map_err(oom)? });
        from = sh.at;
    }
    if from < sink.buf.len() {
        items.push(new_binary(&mut p.heap, &sink.buf[from..]).map_err(oom)?);
    }
    term::list_from_slice(&mut p.heap, &items, Term::NIL).map_err(oom)
}

fn term_to_iovec1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    encode_iovec(vm, p, a[0], DEFAULT)
}

fn term_to_iovec2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let o = parse_enc_opts(a[1])?;
    encode_iovec(vm, p, a[0], o)
}

fn external_size1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    external_size(vm, p, a[0], 1)
}

fn external_size2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let mut minor = 1;
    let mut l = a[1];
    while l.is_list() {
        let x = l.head();
        if !(x.is_tuple() && x.tuple_arity() == 2 && x.tuple_get(0) == atom::MINOR_VERSION) {
            return badarg();
        }
        minor = small_in(x.tuple_get(1), 0, 1).map_or_else(badarg, Ok)?;
        l = l.tail();
    }
    if !l.is_nil() {
        return badarg();
    }
    external_size(vm, p, a[0], minor)
}

fn external_size(vm: &mut Vm, p: &mut Process, t: Term, minor: u8) -> R {
    let size = with_env(vm, p, |env| encode::external_size(t, env, minor)).map_err(enc_err)?;
    term::uint(&mut p.heap, size as u64).map_err(oom)
}

/// Finds closures' lambdas among the loaded modules (the newest version of a module first).
struct LoadedFuns<'a>(&'a [alloc::boxed::Box<Module>]);

impl FunResolver for LoadedFuns<'_> {
    fn resolve(&self, module: Term, index: u32, _uniq: &[u8; 16], old_uniq: u32) -> Option<*const FunEntry> {
        let m = self.0.iter().rev().find(|m| m.name == module)?;
        let e = m.funs.iter().find(|e| e.index == index && e.old_uniq == old_uniq)?;
        Some(e as *const FunEntry)
    }
}

fn decode(vm: &mut Vm, p: &mut Process, bin: Term, opts: Options) -> Result<(Term, usize), Exception> {
    if !bin.is_binary() {
        return badarg();
    }
    let s = bit_slice(bin);
    let owned;
    let bytes = match s.as_bytes() {
        Some(b) => b,
        None => {
            owned = s.to_vec();
            &owned[..]
        }
    };
    let funs = LoadedFuns(&vm.modules);
    match decode_with_funs(bytes, &mut vm.atoms, &mut p.heap, opts, &funs) {
        Ok(r) => Ok(r),
        Err(EtfError::OutOfMemory) => Err(Exception::error(atom::SYSTEM_LIMIT)),
        Err(_) => badarg(),
    }
}

fn binary_to_term1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    Ok(decode(vm, p, a[0], Options::default())?.0)
}

fn binary_to_term2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let mut opts = Options::default();
    let mut used = false;
    let mut l = a[1];
    while l.is_list() {
        match l.head() {
            x if x == atom::SAFE => opts.safe = true,
            x if x == atom::USED => used = true,
            _ => return badarg(),
        }
        l = l.tail();
    }
    if !l.is_nil() {
        return badarg();
    }
    let (t, n) = decode(vm, p, a[0], opts)?;
    if !used {
        return Ok(t);
    }
    let n = term::uint(&mut p.heap, n as u64).map_err(oom)?;
    term::tuple(&mut p.heap, &[t, n]).map_err(oom)
}
