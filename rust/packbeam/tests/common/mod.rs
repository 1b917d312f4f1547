//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `(name, beam bytes, OTP's inflation of its LitT, exports start/0)`.
pub const FIXTURES: &[(&str, &[u8], &[u8], bool)] = &[
    ("hello.beam", include_bytes!("../fixtures/hello.beam"), include_bytes!("../fixtures/hello.lit"), true),
    ("lib_mod.beam", include_bytes!("../fixtures/lib_mod.beam"), include_bytes!("../fixtures/lib_mod.lit"), false),
    (
        "utf8_atoms.beam",
        include_bytes!("../fixtures/utf8_atoms.beam"),
        include_bytes!("../fixtures/utf8_atoms.lit"),
        true,
    ),
];

/// Small deterministic PRNG (xorshift64*) so fuzz-style loops need no
/// extra crates and failures reproduce.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// A fresh, empty scratch directory unique to this test process and tag.
pub fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("avm-packbeam-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Whether an `erlc` is on PATH (tests that compile Erlang skip without it).
pub fn have_erlc() -> bool {
    std::process::Command::new("erlc")
        .arg("-help")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok()
}
