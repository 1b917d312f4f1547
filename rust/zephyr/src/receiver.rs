//! Messages from Erlang to C: `zephyr:c_send(Term)` encodes `Term` in the external term
//! format and calls the receiver the application set with `atomvm_set_receiver`.

use core::cell::UnsafeCell;
use core::ffi::c_void;

use avm_core::atom;
use avm_core::etf::{encode_vec, EncodeError, Env};
use avm_core::process::{Exception, Process};
use avm_core::term::Term;
use avm_core::vm::Vm;

use crate::sys;

/// Called by `zephyr:c_send/1` in the thread running `atomvm_run`, with the message as
/// external term format bytes (valid only during the call) and the `ctx` given to
/// `atomvm_set_receiver`. It must return quickly and may call no `atomvm_*` function but
/// `atomvm_send` and `atomvm_stop`.
#[allow(non_camel_case_types)]
pub type atomvm_receiver_t = Option<unsafe extern "C" fn(etf: *const u8, len: usize, ctx: *mut c_void)>;

struct Slot(UnsafeCell<(atomvm_receiver_t, *mut c_void)>);

// SAFETY: read and written only with interrupts masked (`sys::with_lock`).
unsafe impl Sync for Slot {}

static RECEIVER: Slot = Slot(UnsafeCell::new((None, core::ptr::null_mut())));

/// Sets (or with NULL clears) the function that receives what Erlang code sends with
/// `zephyr:c_send(Term)`. Callable at any time from any thread.
#[no_mangle]
pub extern "C" fn atomvm_set_receiver(receiver: atomvm_receiver_t, ctx: *mut c_void) {
    // SAFETY: the slot is only used with interrupts masked.
    sys::with_lock(|| unsafe { *RECEIVER.0.get() = (receiver, ctx) });
}

/// `zephyr:c_send(Term) -> ok`; `error:badarg` for terms that cannot be encoded, and
/// `error:no_receiver` when the application set none.
fn c_send(vm: &mut Vm, p: &mut Process, a: &[Term]) -> Result<Term, Exception> {
    // SAFETY: as above.
    let (f, ctx) = sys::with_lock(|| unsafe { *RECEIVER.0.get() });
    let Some(f) = f else {
        let Ok(no_receiver) = vm.atoms.intern("no_receiver") else {
            return Err(Exception::error(atom::SYSTEM_LIMIT));
        };
        return Err(Exception::error(no_receiver));
    };
    let uniq = |m: Term| vm.module(m).map(|m| m.md5).unwrap_or([0; 16]);
    let env = Env { atoms: &vm.atoms, fun_uniq: &uniq, pid: p.pid_term() };
    let bytes = encode_vec(a[0], &env, 2).map_err(|e| match e {
        EncodeError::BadTerm => Exception::error(atom::BADARG),
        EncodeError::TooLarge => Exception::error(atom::SYSTEM_LIMIT),
    })?;
    // SAFETY: the application's function, called as documented on `atomvm_receiver_t`.
    unsafe { f(bytes.as_ptr(), bytes.len(), ctx) };
    Ok(atom::OK)
}

/// Registers the `zephyr` module's BIFs.
pub fn register(vm: &mut Vm) {
    vm.register_bif("zephyr", "c_send", 1, c_send);
}
