//! The C API on the host, with `host_shim` standing in for Zephyr. The VM is a global, so
//! everything runs in one test, in order.

use std::path::PathBuf;
use std::process::Command;
use std::string::String;
use std::vec;
use std::vec::Vec;
use std::{format, fs, thread, time};

use super::*;
use crate::host_shim::{take_console, take_log};

const ZTEST: &str = r#"
-module(ztest).
-export([start/0]).
start() ->
    register(ztest, self()),
    erlang:display(ready),
    receive
        {hello, N} -> erlang:display({got, N}), N * 2
    end.
"#;

const CSEND: &str = r#"
-module(csend).
-export([start/0]).
start() ->
    ok = zephyr:c_send({sum, 3}),
    done.
"#;

const LEAVES: &str = r#"
-module(leaves).
-export([start/0]).
start() ->
    spawn(fun() -> receive never -> ok end end),
    left.
"#;

static RECEIVED: std::sync::Mutex<Vec<Vec<u8>>> = std::sync::Mutex::new(Vec::new());

unsafe extern "C" fn receive(etf: *const u8, len: usize, ctx: *mut core::ffi::c_void) {
    assert_eq!(ctx as usize, 7);
    RECEIVED.lock().unwrap().push(unsafe { core::slice::from_raw_parts(etf, len) }.to_vec());
}

const SPIN: &str = r#"
-module(spin).
-export([start/0]).
start() -> loop(0).
loop(N) -> loop(N + 1).
"#;

/// Compiles Erlang sources with erlc into one .avm, or None when erlc is missing.
fn avm_of(mods: &[(&str, &str)]) -> Option<&'static [u8]> {
    let dir = std::env::temp_dir().join(format!("avm-zephyr-test-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let mut w = avm_packbeam::avm::Writer::new();
    for (name, src) in mods {
        let erl: PathBuf = dir.join(format!("{name}.erl"));
        fs::write(&erl, src).unwrap();
        let ok = Command::new("erlc").arg("-o").arg(&dir).arg(&erl).status().ok()?.success();
        assert!(ok, "erlc {name}.erl failed");
        let beam = fs::read(dir.join(format!("{name}.beam"))).unwrap();
        w.add_beam(&format!("{name}.beam"), &beam).unwrap();
    }
    // The VM borrows packages for its whole life: leak it, as an image's array would be.
    Some(std::boxed::Box::leak(w.finish().into_boxed_slice()))
}

fn c(s: &str) -> std::ffi::CString {
    std::ffi::CString::new(s).unwrap()
}

#[test]
fn c_api() {
    // Before init, everything but init refuses.
    assert_eq!(atomvm_run(), ATOMVM_ERR_STATE);
    let etf = [131u8, 104, 2, 119, 5, b'h', b'e', b'l', b'l', b'o', 97, 21];
    assert_eq!(unsafe { atomvm_send(c("ztest").as_ptr(), etf.as_ptr(), etf.len()) }, ATOMVM_ERR_STATE);
    assert_eq!(atomvm_deinit(), ATOMVM_ERR_STATE);

    assert_eq!(atomvm_init(), ATOMVM_OK);
    assert_eq!(atomvm_init(), ATOMVM_ERR_STATE);
    // Nothing loaded: nothing to start; no process: run returns at once.
    assert_eq!(unsafe { atomvm_start(core::ptr::null()) }, ATOMVM_ERR_NOT_FOUND);
    assert_eq!(atomvm_run(), ATOMVM_RUN_RETURNED);
    // Malformed arguments.
    let junk = b"not an avm package";
    assert_eq!(unsafe { atomvm_load_avm(junk.as_ptr(), junk.len()) }, ATOMVM_ERR_INVALID);
    assert_eq!(unsafe { atomvm_load_avm(core::ptr::null(), 0) }, ATOMVM_ERR_INVALID);
    assert_eq!(unsafe { atomvm_send(c("x").as_ptr(), [1u8, 2].as_ptr(), 2) }, ATOMVM_ERR_INVALID);
    assert_eq!(unsafe { atomvm_send(core::ptr::null(), etf.as_ptr(), etf.len()) }, ATOMVM_ERR_INVALID);
    take_log();

    let Some(avm) = avm_of(&[("ztest", ZTEST), ("spin", SPIN), ("csend", CSEND), ("leaves", LEAVES)]) else {
        std::eprintln!("erlc not found: skipping the end-to-end part");
        assert_eq!(atomvm_deinit(), ATOMVM_OK);
        return;
    };
    assert_eq!(unsafe { atomvm_load_avm(avm.as_ptr(), avm.len()) }, ATOMVM_OK);
    assert_eq!(unsafe { atomvm_start(c("nosuchmodule").as_ptr()) }, ATOMVM_ERR_NOT_FOUND);
    assert_eq!(unsafe { atomvm_start(core::ptr::null()) }, ATOMVM_OK);

    // Sent before the process has registered its name: held until it does.
    assert_eq!(unsafe { atomvm_send(c("ztest").as_ptr(), etf.as_ptr(), etf.len()) }, ATOMVM_OK);
    assert_eq!(atomvm_run(), ATOMVM_RUN_RETURNED);
    let out = take_console();
    assert_eq!(out, "ready\n{got,21}\nReturn value: 42\n", "console: {out:?}");
    let mut buf = [0 as core::ffi::c_char; 8];
    assert_eq!(unsafe { atomvm_result(buf.as_mut_ptr(), buf.len()) }, 2);
    assert_eq!(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes(), b"42");
    assert_eq!(unsafe { atomvm_result(buf.as_mut_ptr(), 2) }, 2);
    assert_eq!(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes(), b"4");

    // Sent from another thread while the scheduler sleeps waiting for it.
    assert_eq!(unsafe { atomvm_start(c("ztest").as_ptr()) }, ATOMVM_OK);
    let sender = thread::spawn(move || {
        thread::sleep(time::Duration::from_millis(100));
        let etf = [131u8, 104, 2, 119, 5, b'h', b'e', b'l', b'l', b'o', 97, 5];
        assert_eq!(unsafe { atomvm_send(c("ztest").as_ptr(), etf.as_ptr(), etf.len()) }, ATOMVM_OK);
    });
    assert_eq!(atomvm_run(), ATOMVM_RUN_RETURNED);
    sender.join().unwrap();
    assert_eq!(take_console(), "ready\n{got,5}\nReturn value: 10\n");

    // atomvm_stop from another thread ends a run that would never end by itself; the
    // VM is busy meanwhile.
    assert_eq!(unsafe { atomvm_start(c("spin").as_ptr()) }, ATOMVM_OK);
    let stopper = thread::spawn(|| {
        thread::sleep(time::Duration::from_millis(100));
        assert_eq!(atomvm_init(), ATOMVM_ERR_STATE);
        atomvm_stop();
    });
    assert_eq!(atomvm_run(), ATOMVM_RUN_STOPPED);
    stopper.join().unwrap();
    assert_eq!(take_console(), "AtomVM stopped\n");

    // A message that does not decode is dropped with a warning.
    let bad = [131u8, 255, 0];
    assert_eq!(unsafe { atomvm_send(c("ztest").as_ptr(), bad.as_ptr(), bad.len()) }, ATOMVM_OK);
    assert_eq!(unsafe { atomvm_start(c("ztest").as_ptr()) }, ATOMVM_OK);
    let stopper = thread::spawn(|| {
        thread::sleep(time::Duration::from_millis(100));
        atomvm_stop();
    });
    assert_eq!(atomvm_run(), ATOMVM_RUN_STOPPED);
    stopper.join().unwrap();
    let log: Vec<String> = take_log();
    assert!(log.iter().any(|l| l.contains("not a valid external term")), "log: {log:?}");

    // A fresh VM (the ztest above still waits for a message).
    assert_eq!(atomvm_deinit(), ATOMVM_OK);
    assert_eq!(atomvm_init(), ATOMVM_OK);
    assert_eq!(unsafe { atomvm_load_avm(avm.as_ptr(), avm.len()) }, ATOMVM_OK);
    // Erlang to C: zephyr:c_send/1 fails without a receiver, calls it with ETF bytes.
    assert_eq!(unsafe { atomvm_start(c("csend").as_ptr()) }, ATOMVM_OK);
    assert_eq!(atomvm_run(), ATOMVM_RUN_RAISED);
    assert!(take_console().contains("no_receiver"));
    let mut buf = [0 as core::ffi::c_char; 32];
    assert!(unsafe { atomvm_result(buf.as_mut_ptr(), buf.len()) } > 0);
    assert_eq!(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes(), b"error:no_receiver");
    crate::receiver::atomvm_set_receiver(Some(receive), 7 as *mut core::ffi::c_void);
    assert_eq!(unsafe { atomvm_start(c("csend").as_ptr()) }, ATOMVM_OK);
    assert_eq!(atomvm_run(), ATOMVM_RUN_RETURNED);
    assert_eq!(take_console(), "Return value: done\n");
    let got = core::mem::take(&mut *RECEIVED.lock().unwrap());
    assert_eq!(got, [vec![131u8, 104, 2, 119, 3, b's', b'u', b'm', 97, 3]]);
    crate::receiver::atomvm_set_receiver(None, core::ptr::null_mut());

    // The start process returns while another waits for ever: run returns.
    assert_eq!(unsafe { atomvm_start(c("leaves").as_ptr()) }, ATOMVM_OK);
    assert_eq!(atomvm_run(), ATOMVM_RUN_RETURNED);
    assert_eq!(take_console(), "Return value: left\n");

    assert_eq!(atomvm_deinit(), ATOMVM_OK);
    assert_eq!(atomvm_init(), ATOMVM_OK);
    assert_eq!(atomvm_deinit(), ATOMVM_OK);
}
