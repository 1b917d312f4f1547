//! Malformed input must give errors, never panics or hangs: truncation at
//! every offset and deterministic random bit flips over real files.

mod common;

use avm_packbeam::avm::{self, SizeMode, Writer, HEADER};
use avm_packbeam::iff::{self, Beam};
use common::{Rng, FIXTURES};

/// Iteration multiplier: `PACKBEAM_FUZZ_SCALE=100 cargo test --test fuzz`
/// for a longer soak than the quick default.
fn scale() -> usize {
    std::env::var("PACKBEAM_FUZZ_SCALE").ok().and_then(|v| v.parse().ok()).unwrap_or(1)
}

fn archive(mode: SizeMode) -> Vec<u8> {
    let mut w = Writer::with_size_mode(mode);
    for (n, b, _, _) in FIXTURES {
        w.add_beam(n, &iff::strip(b, iff::STANDARD_KEEP, true).unwrap()).unwrap();
    }
    w.add_file("hello/priv/a.txt", b"abc").unwrap();
    w.add_file("hello/priv/b.bin", &[1, 2, 3, 4, 5, 6, 7, 8]).unwrap();
    w.finish()
}

/// Runs every BEAM-level operation; only the absence of panics matters.
fn poke_beam(bytes: &[u8]) {
    if let Ok(beam) = Beam::parse(bytes) {
        let _ = beam.atoms();
        let _ = beam.exports();
        let _ = beam.exports_start();
        for c in &beam.chunks {
            if c.id == iff::LITT {
                let _ = iff::inflate_literals(c.data);
            }
        }
    }
    let _ = iff::exports_start(bytes);
    let _ = iff::strip(bytes, iff::STANDARD_KEEP, true);
    let _ = iff::beam_len(bytes);
}

/// Reads an archive every way the API allows, and re-writes what parses.
fn poke_avm(bytes: &[u8]) {
    let _ = avm::find(bytes, "no such entry");
    let _ = avm::find_start(bytes);
    if let Ok(it) = avm::entries(bytes) {
        // Entries strictly advance, so this ends; the cap catches a bug.
        for (n, e) in it.enumerate() {
            assert!(n < bytes.len(), "iterator does not terminate");
            if let Ok(e) = e {
                if e.is_beam() {
                    poke_beam(e.data);
                }
            }
        }
    }
    if let Ok(entries) = avm::parse(bytes) {
        let mut w = Writer::new();
        if entries.iter().all(|e| w.add_entry(e).is_ok()) {
            let again = w.finish();
            assert_eq!(avm::parse(&again).unwrap(), entries, "re-written archive differs");
        }
    }
}

#[test]
fn avm_truncated_at_every_offset() {
    for mode in [SizeMode::Content, SizeMode::WholeEntry] {
        let bytes = archive(mode);
        assert!(avm::parse(&bytes).is_ok());
        for cut in 0..bytes.len() {
            let part = &bytes[..cut];
            assert!(avm::parse(part).is_err(), "{mode:?}: cut at {cut} parsed");
            poke_avm(part);
        }
    }
}

#[test]
fn avm_random_bit_flips() {
    let mut rng = Rng::new(0x5eed_a7a7);
    for mode in [SizeMode::Content, SizeMode::WholeEntry] {
        let orig = archive(mode);
        for _ in 0..3000 * scale() {
            let mut bytes = orig.clone();
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
            poke_avm(&bytes);
        }
        // Flips confined to the entry headers and sizes, where the
        // size-convention heuristics live.
        for _ in 0..3000 * scale() {
            let mut bytes = orig.clone();
            let i = 24 + rng.below(64);
            bytes[i] ^= 1 << rng.below(8);
            poke_avm(&bytes);
        }
    }
}

#[test]
fn avm_random_garbage() {
    let mut rng = Rng::new(42);
    for _ in 0..3000 * scale() {
        let mut bytes = HEADER.to_vec();
        let n = rng.below(160);
        for _ in 0..n {
            // Mostly small values, so sizes and NULs look half-plausible.
            let v = match rng.below(4) {
                0 => rng.next_u64() as u8,
                1 => b"end\0"[rng.below(4)],
                _ => rng.below(8) as u8,
            };
            bytes.push(v);
        }
        poke_avm(&bytes);
    }
}

#[test]
fn beam_truncated_at_every_offset() {
    for (name, bytes, _, _) in FIXTURES {
        for cut in 0..bytes.len() {
            let part = &bytes[..cut];
            assert!(Beam::parse(part).is_err(), "{name}: cut at {cut} parsed");
            poke_beam(part);
        }
    }
}

#[test]
fn beam_random_bit_flips() {
    let mut rng = Rng::new(0xbeef);
    for (_, orig, _, _) in FIXTURES {
        let stripped = iff::strip(orig, iff::STANDARD_KEEP, true).unwrap();
        for base in [orig.to_vec(), stripped] {
            for _ in 0..1500 * scale() {
                let mut bytes = base.clone();
                for _ in 0..1 + rng.below(3) {
                    let i = rng.below(bytes.len());
                    bytes[i] ^= 1 << rng.below(8);
                }
                poke_beam(&bytes);
            }
        }
    }
}
