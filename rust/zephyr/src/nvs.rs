//! `esp:nvs_*` on Zephyr's settings subsystem, through the module's C shim
//! (`src/atomvm_nvs.c`). Built with the crate's `nvs` feature (`CONFIG_ATOMVM_NVS`).
//!
//! Every value is stored behind one format byte ([`FORMAT`]): most settings backends
//! treat a zero-length value as deleted, and an empty binary is a value.

use alloc::vec::Vec;

use avm_core::periph::nvs::Nvs;
use avm_core::periph::Error;

extern "C" {
    fn avm_zephyr_nvs_get(
        ns: *const u8,
        ns_len: usize,
        key: *const u8,
        key_len: usize,
        buf: *mut u8,
        cap: usize,
    ) -> i32;
    fn avm_zephyr_nvs_set(
        ns: *const u8,
        ns_len: usize,
        key: *const u8,
        key_len: usize,
        v: *const u8,
        len: usize,
    ) -> i32;
    fn avm_zephyr_nvs_erase(ns: *const u8, ns_len: usize, key: *const u8, key_len: usize) -> i32;
    fn avm_zephyr_nvs_erase_all(ns: *const u8, ns_len: usize) -> i32;
    fn avm_zephyr_nvs_reformat() -> i32;
}

/// The first byte of every stored value.
const FORMAT: u8 = 1;
/// Zephyr's ENOENT.
const ENOENT: i32 = 2;

pub struct ZephyrNvs;

fn check(r: i32) -> Result<(), Error> {
    if r < 0 {
        Err(Error::Driver(r))
    } else {
        Ok(())
    }
}

impl Nvs for ZephyrNvs {
    fn get(&self, ns: &str, key: &str, out: &mut Vec<u8>) -> Result<bool, Error> {
        let mut cap = 64;
        loop {
            out.clear();
            out.try_reserve(cap).map_err(|_| Error::Driver(-12))?;
            out.resize(cap, 0);
            // SAFETY: the shim reads the names' bytes and writes at most `cap` bytes.
            let n =
                unsafe { avm_zephyr_nvs_get(ns.as_ptr(), ns.len(), key.as_ptr(), key.len(), out.as_mut_ptr(), cap) };
            if n == -ENOENT {
                out.clear();
                return Ok(false);
            }
            check(n)?;
            let n = n as usize;
            if n > cap {
                cap = n;
                continue;
            }
            out.truncate(n);
            if out.first() != Some(&FORMAT) {
                // Not written by this module: not an entry of ours.
                out.clear();
                return Ok(false);
            }
            out.remove(0);
            return Ok(true);
        }
    }
    fn set(&self, ns: &str, key: &str, value: &[u8]) -> Result<(), Error> {
        let mut v = Vec::new();
        v.try_reserve(value.len() + 1).map_err(|_| Error::Driver(-12))?;
        v.push(FORMAT);
        v.extend_from_slice(value);
        // SAFETY: the shim reads the names' bytes and `v.len()` bytes of `v`.
        check(unsafe { avm_zephyr_nvs_set(ns.as_ptr(), ns.len(), key.as_ptr(), key.len(), v.as_ptr(), v.len()) })
    }
    fn erase(&self, ns: &str, key: &str) -> Result<(), Error> {
        // SAFETY: the shim reads the names' bytes.
        check(unsafe { avm_zephyr_nvs_erase(ns.as_ptr(), ns.len(), key.as_ptr(), key.len()) })
    }
    fn erase_all(&self, ns: &str) -> Result<(), Error> {
        // SAFETY: the shim reads the name's bytes.
        check(unsafe { avm_zephyr_nvs_erase_all(ns.as_ptr(), ns.len()) })
    }
    fn reformat(&self) -> Result<(), Error> {
        // SAFETY: no arguments.
        check(unsafe { avm_zephyr_nvs_reformat() })
    }
}
