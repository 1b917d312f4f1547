//! `code` (the parts a VM without a code server can give: `ensure_loaded`, `is_loaded`,
//! `load_binary`, `which`, `all_loaded`), `os:getenv/1`, and AtomVM's `atomvm` module
//! (`platform/0`, `random/0`, `random_bytes/1`, `read_priv/2`).
//!
//! Modules built into the VM (those with BIFs but no BEAM code, such as `erlang` or `ets`)
//! count as preloaded, as OTP's are. A loaded module's file is its name with `.beam`: the
//! VM loads modules from packages, not paths.

use alloc::string::String;
use alloc::vec::Vec;

use super::BifEntry;
use crate::atom;
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("code", "ensure_loaded", 1, ensure_loaded),
    ("code", "is_loaded", 1, is_loaded),
    ("code", "load_binary", 3, load_binary),
    ("code", "which", 1, which),
    ("code", "all_loaded", 0, all_loaded),
    ("os", "getenv", 1, getenv),
    ("atomvm", "platform", 0, platform),
    ("atomvm", "random", 0, random),
    ("atomvm", "random_bytes", 1, random_bytes),
    ("atomvm", "read_priv", 2, read_priv),
    ("atomvm", "$package_file", 1, package_file),
];

/// What `code`'s functions raise for arguments of the wrong type (their clauses don't match).
fn function_clause<T>() -> Result<T, Exception> {
    Err(Exception::error(atom::FUNCTION_CLAUSE))
}

fn intern(vm: &mut Vm, s: &str) -> R {
    vm.atoms.intern(s).map_err(|_| Exception::error(atom::SYSTEM_LIMIT))
}

fn chars(p: &mut Process, s: &str) -> R {
    term::bytes_to_list(&mut p.heap, s.as_bytes(), Term::NIL).map_err(oom)
}

/// True if `m` is built into the VM: some BIF belongs to it.
fn is_builtin(vm: &Vm, m: Term) -> bool {
    vm.exports.iter().any(|e| e.module == m && e.bif.is_some())
}

/// `{file, F}` for a loaded module (or `preloaded` for a built-in one); None if neither.
fn file_of(vm: &mut Vm, p: &mut Process, m: Term) -> Result<Option<Term>, Exception> {
    if vm.module(m).is_some() {
        let name = String::from(vm.atoms.name(m)) + ".beam";
        return Ok(Some(chars(p, &name)?));
    }
    if is_builtin(vm, m) {
        return Ok(Some(intern(vm, "preloaded")?));
    }
    Ok(None)
}

fn ensure_loaded(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let m = a[0];
    if !m.is_atom() {
        return function_clause();
    }
    if vm.module(m).is_none() && !is_builtin(vm, m) {
        if let Err(e) = vm.ensure_loaded(m) {
            let why = match e {
                crate::loader::LoadError::MissingChunk("module not found") => "nofile",
                _ => "badfile",
            };
            let why = intern(vm, why)?;
            return term::tuple(&mut p.heap, &[atom::ERROR, why]).map_err(oom);
        }
    }
    term::tuple(&mut p.heap, &[atom::MODULE, m]).map_err(oom)
}

fn is_loaded(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() {
        return function_clause();
    }
    match file_of(vm, p, a[0])? {
        Some(f) => term::tuple(&mut p.heap, &[atom::FILE, f]).map_err(oom),
        None => Ok(atom::FALSE),
    }
}

fn which(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let m = a[0];
    if !m.is_atom() {
        return function_clause();
    }
    if let Some(f) = file_of(vm, p, m)? {
        return Ok(f);
    }
    let name = String::from(vm.atoms.name(m));
    if vm.code_sources.iter().any(|s| s.find_beam(&name).is_some()) {
        return chars(p, &(name + ".beam"));
    }
    intern(vm, "non_existing")
}

fn load_binary(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let m = a[0];
    if !m.is_atom() || !(a[1].is_list() || a[1].is_nil() || a[1].is_atom()) || !a[2].is_binary() {
        return function_clause();
    }
    let bytes: Vec<u8> = crate::binary::binary_bytes(a[2]).ok_or_else(|| Exception::error(atom::BADARG))?.into_owned();
    // The module must be the one named (the first atom): check before installing anything.
    let name = crate::loader::Chunks::parse(&bytes)
        .and_then(|c| crate::loader::parse_atoms(&c, &mut vm.atoms))
        .ok()
        .and_then(|a| a.get(1).copied());
    let why = if name == Some(m) { None } else { Some("badfile") };
    if let Some(w) = why {
        let w = intern(vm, w)?;
        return term::tuple(&mut p.heap, &[atom::ERROR, w]).map_err(oom);
    }
    match vm.load(&bytes) {
        Ok(_) => term::tuple(&mut p.heap, &[atom::MODULE, m]).map_err(oom),
        Err(_) => {
            let w = intern(vm, "badfile")?;
            term::tuple(&mut p.heap, &[atom::ERROR, w]).map_err(oom)
        }
    }
}

fn all_loaded(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let names: Vec<Term> = vm.modules.iter().map(|m| m.name).collect();
    let mut v = Vec::with_capacity(names.len());
    let mut seen: Vec<Term> = Vec::new();
    for m in names {
        // A module loaded again appears once (its newest version).
        if seen.contains(&m) {
            continue;
        }
        seen.push(m);
        let f = file_of(vm, p, m)?.unwrap_or(atom::UNDEFINED);
        v.push(term::tuple(&mut p.heap, &[m, f]).map_err(oom)?);
    }
    term::list_from_slice(&mut p.heap, &v, Term::NIL).map_err(oom)
}

fn getenv(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let name = super::erlang::string_chars(a[0]).ok_or_else(|| Exception::error(atom::BADARG))?;
    let name: String = name.into_iter().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
    match vm.platform.getenv(&name) {
        Some(v) => {
            let chars: Vec<Term> = v.chars().map(|c| Term::small(c as isize)).collect();
            term::list_from_slice(&mut p.heap, &chars, Term::NIL).map_err(oom)
        }
        None => Ok(atom::FALSE),
    }
}

fn platform(vm: &mut Vm, _: &mut Process, _: &[Term]) -> R {
    let n = vm.platform.name();
    intern(vm, n)
}

fn random(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let mut b = [0u8; 4];
    vm.platform.random_bytes(&mut b);
    term::uint(&mut p.heap, u32::from_le_bytes(b) as u64).map_err(oom)
}

fn random_bytes(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_small() || a[0].small_value() < 0 {
        return badarg();
    }
    let n = a[0].small_value() as usize;
    let mut buf = Vec::new();
    if crate::mem::try_reserve(&mut buf, n).is_err() {
        return Err(Exception::error(atom::SYSTEM_LIMIT));
    }
    buf.resize(n, 0);
    vm.platform.random_bytes(&mut buf);
    crate::binary::new_binary(&mut p.heap, &buf).map_err(oom)
}

/// `read_priv(App, Path)`: the file `App/priv/Path` of a loaded package, as a binary, or
/// `undefined`.
fn read_priv(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[0].is_atom() {
        return badarg();
    }
    let file = if a[1].is_binary() {
        let b = crate::binary::binary_bytes(a[1]).ok_or_else(|| Exception::error(atom::BADARG))?;
        String::from_utf8(b.into_owned()).map_err(|_| Exception::error(atom::BADARG))?
    } else {
        let c = super::erlang::string_chars(a[1]).ok_or_else(|| Exception::error(atom::BADARG))?;
        c.into_iter().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()
    };
    let path = String::from(vm.atoms.name(a[0])) + "/priv/" + &file;
    package_file_term(vm, p, &path)
}

/// `atomvm:'$package_file'(Path)`: the file stored under Path in the loaded packages (the
/// first that has it), or `undefined`; `application:load/1` reads `App/ebin/App.app` so.
fn package_file(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let b = crate::binary::binary_bytes(a[0]).ok_or_else(|| Exception::error(atom::BADARG))?;
    let path = String::from_utf8(b.into_owned()).map_err(|_| Exception::error(atom::BADARG))?;
    package_file_term(vm, p, &path)
}

fn package_file_term(vm: &mut Vm, p: &mut Process, path: &str) -> R {
    let found = vm.code_sources.iter().find_map(|s| s.find_file(path).map(|b| b.into_owned()));
    match found {
        Some(b) => crate::binary::new_binary(&mut p.heap, &b).map_err(oom),
        None => Ok(atom::UNDEFINED),
    }
}
