//! Bytes as a `.beam` file: loading must give a module or a `LoadError`, and a module that
//! loads runs its `start/0` for a few time slices without panicking, crashing or hanging.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../core/tests/common/harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| {
    harness::load_beam(data, 5);
});
