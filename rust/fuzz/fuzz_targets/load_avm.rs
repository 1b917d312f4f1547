//! Bytes as an `.avm` package: read as the runner reads one, every module loaded, the start
//! module run for a few time slices.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../core/tests/common/harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| {
    harness::load_avm(data, 5);
});
