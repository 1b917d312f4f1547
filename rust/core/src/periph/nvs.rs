//! Non-volatile storage for AtomVM's `esp:nvs_*` functions (the seeds' API): binaries
//! under a namespace and a key (atoms, or binaries, of at most 15 bytes as on the ESP32),
//! kept by the platform across restarts (Zephyr's settings subsystem; a file on the host).

use super::{result, Error};
use crate::atom;
use crate::bif::BifEntry;
use crate::binary;
use crate::process::{oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;
use alloc::vec::Vec;

/// Longest namespace or key, in bytes (the ESP-IDF limit the API was written for).
pub const MAX_NAME: usize = 15;

/// The platform's store.
pub trait Nvs: Send + Sync {
    /// The value of `ns`/`key` into `out` (cleared first); false if there is none.
    fn get(&self, ns: &str, key: &str, out: &mut Vec<u8>) -> Result<bool, Error>;
    fn set(&self, ns: &str, key: &str, value: &[u8]) -> Result<(), Error>;
    fn erase(&self, ns: &str, key: &str) -> Result<(), Error>;
    /// Every key of a namespace.
    fn erase_all(&self, ns: &str) -> Result<(), Error>;
    /// Every namespace.
    fn reformat(&self) -> Result<(), Error>;
}

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("esp", "$nvs_get", 2, get),
    ("esp", "$nvs_set", 3, set),
    ("esp", "$nvs_erase", 2, erase),
    ("esp", "$nvs_erase_all", 1, erase_all),
    ("esp", "$nvs_reformat", 0, reformat),
];

fn with_nvs<T>(vm: &Vm, f: impl FnOnce(&dyn Nvs) -> Result<T, Error>) -> Result<T, Error> {
    match vm.platform.nvs() {
        Some(n) => f(n),
        None => Err(Error::Unsupported),
    }
}

/// A namespace or key: an atom or a binary of 1 to 15 bytes of printable ASCII (no '/',
/// which the stores use as a separator), or badarg.
fn name(vm: &Vm, t: Term) -> Result<alloc::string::String, Exception> {
    let s: alloc::string::String = if t.is_atom() {
        vm.atoms.name(t).into()
    } else if t.is_binary() {
        let b = binary::binary_bytes(t).ok_or(Exception::error(atom::BADARG))?;
        alloc::string::String::from_utf8(b.into_owned()).map_err(|_| Exception::error(atom::BADARG))?
    } else {
        return Err(Exception::error(atom::BADARG));
    };
    let ok = !s.is_empty() && s.len() <= MAX_NAME && s.bytes().all(|c| (b'!'..=b'~').contains(&c) && c != b'/');
    if ok {
        Ok(s)
    } else {
        Err(Exception::error(atom::BADARG))
    }
}

/// `esp:'$nvs_get'(Ns, Key)`: `{ok, Binary}`, `not_found`, or `{error, Reason}`.
fn get(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (ns, key) = (name(vm, a[0])?, name(vm, a[1])?);
    let mut out = Vec::new();
    match with_nvs(vm, |n| n.get(&ns, &key, &mut out)) {
        Ok(true) => {
            let b = binary::new_binary(&mut p.heap, &out).map_err(oom)?;
            term::tuple(&mut p.heap, &[atom::OK, b]).map_err(oom)
        }
        Ok(false) => crate::periph::intern(vm, "not_found"),
        Err(e) => result(vm, p, Err(e)),
    }
}

fn set(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (ns, key) = (name(vm, a[0])?, name(vm, a[1])?);
    let value = binary::binary_bytes(a[2]).ok_or(Exception::error(atom::BADARG))?;
    let r = with_nvs(vm, |n| n.set(&ns, &key, &value)).map(|_| atom::OK);
    result(vm, p, r)
}

fn erase(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (ns, key) = (name(vm, a[0])?, name(vm, a[1])?);
    let r = with_nvs(vm, |n| n.erase(&ns, &key)).map(|_| atom::OK);
    result(vm, p, r)
}

fn erase_all(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let ns = name(vm, a[0])?;
    let r = with_nvs(vm, |n| n.erase_all(&ns)).map(|_| atom::OK);
    result(vm, p, r)
}

fn reformat(vm: &mut Vm, p: &mut Process, _a: &[Term]) -> R {
    let r = with_nvs(vm, |n| n.reformat()).map(|_| atom::OK);
    result(vm, p, r)
}
