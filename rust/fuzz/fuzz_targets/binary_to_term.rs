//! Bytes as an external term (`binary_to_term`): decoding into a process heap must give a
//! term or an error; a decoded term is printed, compared, hashed, re-encoded, copied and
//! collected.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../core/tests/common/harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| {
    harness::decode_etf(data);
});
