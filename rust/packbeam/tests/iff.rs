//! BEAM (IFF) parsing, stripping and LitT inflation against real OTP output.

mod common;

use avm_packbeam::iff::{self, Beam, Chunk};
use avm_packbeam::Error;
use common::{have_erlc, temp_dir, FIXTURES};

fn ids(beam: &Beam<'_>) -> Vec<String> {
    beam.chunks.iter().map(|c| String::from_utf8_lossy(&c.id).into_owned()).collect()
}

#[test]
fn parses_otp_beams() {
    for (name, bytes, _, _) in FIXTURES {
        let beam = Beam::parse(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let ids = ids(&beam);
        for want in ["AtU8", "Code", "ExpT", "ImpT", "StrT", "LocT", "Line", "LitT"] {
            assert!(ids.iter().any(|i| i == want), "{name} lacks {want}: {ids:?}");
        }
        assert_eq!(iff::beam_len(bytes).unwrap(), bytes.len());
        let module = name.trim_end_matches(".beam").as_bytes();
        assert_eq!(beam.atoms().unwrap()[0], module, "first atom is the module");
    }
}

#[test]
fn start_export_detection() {
    for (name, bytes, _, start) in FIXTURES {
        assert_eq!(iff::exports_start(bytes).unwrap(), *start, "{name}");
    }
    // lib_mod exports start/1 and start/2 but not start/0.
    let lib = Beam::parse(FIXTURES[1].1).unwrap();
    let atoms = lib.atoms().unwrap();
    let mut start_arities: Vec<u32> =
        lib.exports().unwrap().iter().filter(|e| atoms[e.function as usize - 1] == b"start").map(|e| e.arity).collect();
    start_arities.sort();
    assert_eq!(start_arities, [1, 2]);
}

#[test]
fn utf8_atoms_are_read() {
    let beam = Beam::parse(FIXTURES[2].1).unwrap();
    let atoms = beam.atoms().unwrap();
    assert!(atoms.contains(&"héllo_wörld".as_bytes()));
    // Atoms only used as literals live in the literal table instead.
    assert!(!atoms.contains(&"アトム".as_bytes()));
    let lit = FIXTURES[2].2;
    assert!(lit.windows(9).any(|w| w == "アトム".as_bytes()));
}

#[test]
fn strip_keeps_standard_chunks_and_inflates_litt() {
    for (name, bytes, lit, start) in FIXTURES {
        let stripped = iff::strip(bytes, iff::STANDARD_KEEP, true).unwrap();
        assert!(stripped.len() < bytes.len(), "{name}: nothing stripped");
        let beam = Beam::parse(&stripped).unwrap();
        for c in &beam.chunks {
            assert!(iff::STANDARD_KEEP.contains(&c.id), "{name}: kept {:?}", c.id);
        }
        assert!(beam.chunk(&iff::LITT).is_none(), "{name}: LitT left");
        assert!(beam.chunk(&iff::LINE).is_some(), "{name}: Line dropped");
        // Our inflation equals OTP's zlib:uncompress of the same chunk.
        assert_eq!(beam.chunk(&iff::LITU).unwrap(), *lit, "{name}: LitU");
        // Stripped modules still describe themselves.
        assert_eq!(iff::exports_start(&stripped).unwrap(), *start);
        let orig = Beam::parse(bytes).unwrap();
        assert_eq!(beam.chunk(&iff::CODE), orig.chunk(&iff::CODE));
        // Stripping twice changes nothing.
        assert_eq!(iff::strip(&stripped, iff::STANDARD_KEEP, true).unwrap(), stripped);
    }
}

#[test]
fn strip_options() {
    let bytes = FIXTURES[0].1;
    let no_lines = iff::strip(bytes, iff::standard_keep(false), true).unwrap();
    let beam = Beam::parse(&no_lines).unwrap();
    assert!(beam.chunk(&iff::LINE).is_none());
    assert!(beam.chunk(&iff::LITU).is_some());

    let compressed = iff::strip(bytes, iff::STANDARD_KEEP, false).unwrap();
    let beam = Beam::parse(&compressed).unwrap();
    let orig = Beam::parse(bytes).unwrap();
    assert_eq!(beam.chunk(&iff::LITT), orig.chunk(&iff::LITT));
    assert!(beam.chunk(&iff::LITU).is_none());

    // Keeping nothing still gives a well-formed (empty) BEAM.
    let empty = iff::strip(bytes, &[], true).unwrap();
    assert_eq!(empty, b"FOR1\0\0\0\x04BEAM");
}

#[test]
fn inflated_size_matches_size_field() {
    for (name, bytes, _, _) in FIXTURES {
        let litt = Beam::parse(bytes).unwrap().chunk(&iff::LITT).unwrap();
        let declared = u32::from_be_bytes(litt[..4].try_into().unwrap()) as usize;
        let raw = iff::inflate_literals(litt).unwrap();
        assert_eq!(raw.len(), declared, "{name}");
        // The table starts with its literal count.
        let count = u32::from_be_bytes(raw[..4].try_into().unwrap());
        assert!(count > 0, "{name}");
    }
}

#[test]
fn litt_stored_uncompressed_when_size_is_zero() {
    let raw = b"\0\0\0\x01\0\0\0\x03\x83\x6a\x00";
    let mut litt = vec![0, 0, 0, 0];
    litt.extend_from_slice(raw);
    assert_eq!(iff::inflate_literals(&litt).unwrap(), raw);
    let beam =
        iff::write_beam(&[Chunk { id: iff::ATU8, data: b"\0\0\0\x01\x01m" }, Chunk { id: iff::LITT, data: &litt }])
            .unwrap();
    let stripped = iff::strip(&beam, iff::STANDARD_KEEP, true).unwrap();
    assert_eq!(Beam::parse(&stripped).unwrap().chunk(&iff::LITU).unwrap(), raw);
}

#[test]
fn bad_litt_is_an_error() {
    let raw = [7u8; 100];
    let z = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6);
    let mut good = 100u32.to_be_bytes().to_vec();
    good.extend_from_slice(&z);
    assert_eq!(iff::inflate_literals(&good).unwrap(), raw);

    let mut too_big = good.clone();
    too_big[..4].copy_from_slice(&200u32.to_be_bytes());
    assert_eq!(iff::inflate_literals(&too_big), Err(Error::LiteralSize { expected: 200, actual: 100 }));
    let mut too_small = good.clone();
    too_small[..4].copy_from_slice(&50u32.to_be_bytes());
    assert!(matches!(iff::inflate_literals(&too_small), Err(Error::Inflate(_))));
    let cut = &good[..good.len() - 6];
    assert!(matches!(iff::inflate_literals(cut), Err(Error::Inflate(_))));
    assert!(matches!(iff::inflate_literals(&[0, 0]), Err(Error::Truncated { .. })));
    let mut garbage = good.clone();
    garbage[6] ^= 0xFF;
    assert!(iff::inflate_literals(&garbage).is_err());
}

/// Re-encodes an atom table in the OTP 28 form: negative count, lengths as
/// compact-term `u` values.
fn compact_atom_table(atoms: &[&[u8]]) -> Vec<u8> {
    let mut out = (-(atoms.len() as i32)).to_be_bytes().to_vec();
    for a in atoms {
        let n = a.len();
        if n < 16 {
            out.push((n as u8) << 4);
        } else if n < 0x800 {
            out.push((((n >> 3) & 0xE0) as u8) | 0x08);
            out.push(n as u8);
        } else {
            out.push(0x18); // 2 value bytes
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        out.extend_from_slice(a);
    }
    out
}

#[test]
fn otp28_compact_atom_table() {
    let bytes = FIXTURES[0].1;
    let beam = Beam::parse(bytes).unwrap();
    let mut atoms = beam.atoms().unwrap();
    let long = vec![b'x'; 300];
    let longer = vec![b'y'; 3000];
    atoms.push(&long);
    atoms.push(&longer);
    let table = compact_atom_table(&atoms);
    let chunks: Vec<Chunk<'_>> =
        beam.chunks.iter().map(|c| if c.id == iff::ATU8 { Chunk { id: c.id, data: &table } } else { *c }).collect();
    let rebuilt = iff::write_beam(&chunks).unwrap();
    let parsed = Beam::parse(&rebuilt).unwrap();
    assert_eq!(parsed.atoms().unwrap(), atoms);
    assert!(iff::exports_start(&rebuilt).unwrap());

    // A compact length running past the chunk is an error, not a panic.
    let mut bad = table.clone();
    bad.truncate(bad.len() - 1);
    let chunks = [Chunk { id: iff::ATU8, data: &bad }];
    let b = iff::write_beam(&chunks).unwrap();
    assert!(Beam::parse(&b).unwrap().atoms().is_err());
}

#[test]
fn legacy_latin1_atom_chunk() {
    let beam = Beam::parse(FIXTURES[0].1).unwrap();
    let chunks: Vec<Chunk<'_>> = beam
        .chunks
        .iter()
        .map(|c| if c.id == iff::ATU8 { Chunk { id: iff::ATOM, data: c.data } } else { *c })
        .collect();
    let b = iff::write_beam(&chunks).unwrap();
    assert!(iff::exports_start(&b).unwrap());
    let stripped = iff::strip(&b, iff::STANDARD_KEEP, true).unwrap();
    assert!(Beam::parse(&stripped).unwrap().chunk(&iff::ATOM).is_some());
}

#[test]
fn container_errors() {
    let good = FIXTURES[0].1;
    assert_eq!(Beam::parse(b"hello world!"), Err(Error::NotBeam));
    assert!(matches!(Beam::parse(b"FOR1"), Err(Error::Truncated { .. })));
    assert!(matches!(Beam::parse(&good[..good.len() - 4]), Err(Error::Truncated { .. })));
    // Trailing padding after the form is tolerated.
    let mut padded = good.to_vec();
    padded.extend_from_slice(&[0, 0, 0]);
    assert_eq!(Beam::parse(&padded).unwrap(), Beam::parse(good).unwrap());
    // A chunk whose size runs past the form.
    let mut bad = good.to_vec();
    bad[16..20].copy_from_slice(&u32::MAX.to_be_bytes());
    assert!(matches!(Beam::parse(&bad), Err(Error::Truncated { .. })));
    // Missing chunks are reported by name.
    let empty = iff::write_beam(&[]).unwrap();
    let e = iff::exports_start(&empty).unwrap_err();
    assert_eq!(e, Error::MissingChunk(*b"AtU8"));
    assert_eq!(e.to_string(), "BEAM file has no AtU8 chunk");
    // An export pointing past the atom table.
    let b = iff::write_beam(&[
        Chunk { id: iff::ATU8, data: b"\0\0\0\x01\x01m" },
        Chunk { id: iff::EXPT, data: b"\0\0\0\x01\0\0\0\x09\0\0\0\0\0\0\0\x01" },
    ])
    .unwrap();
    assert!(matches!(iff::exports_start(&b), Err(Error::Malformed { .. })));
}

#[test]
fn last_chunk_without_padding() {
    let mut b = iff::write_beam(&[Chunk { id: *b"Xxxx", data: b"abcde" }]).unwrap();
    // Drop the 3 padding bytes and fix the form length.
    b.truncate(b.len() - 3);
    let form = (b.len() - 8) as u32;
    b[4..8].copy_from_slice(&form.to_be_bytes());
    let beam = Beam::parse(&b).unwrap();
    assert_eq!(beam.chunks, [Chunk { id: *b"Xxxx", data: b"abcde" }]);
}

/// Compiles fresh modules with the local OTP, if there is one, so the
/// parser also meets whatever `erlc` version the machine has.
#[test]
fn erlc_compiled_modules() {
    if !have_erlc() {
        eprintln!("erlc not found; skipping");
        return;
    }
    let dir = temp_dir("erlc");
    std::fs::write(
        dir.join("ep.erl"),
        "-module(ep).\n-export([start/0]).\nstart() -> {ok, [<<\"bin\">>, 1.5, \"str\"]}.\n",
    )
    .unwrap();
    std::fs::write(dir.join("nep.erl"), "-module(nep).\n-export([run/0]).\nrun() -> start().\nstart() -> ok.\n")
        .unwrap();
    let status = std::process::Command::new("erlc")
        .arg("-o")
        .arg(&dir)
        .arg(dir.join("ep.erl"))
        .arg(dir.join("nep.erl"))
        .status()
        .unwrap();
    assert!(status.success());
    let ep = std::fs::read(dir.join("ep.beam")).unwrap();
    let nep = std::fs::read(dir.join("nep.beam")).unwrap();
    assert!(iff::exports_start(&ep).unwrap());
    assert!(!iff::exports_start(&nep).unwrap(), "local start/0 is not exported");
    let stripped = iff::strip(&ep, iff::STANDARD_KEEP, true).unwrap();
    let beam = Beam::parse(&stripped).unwrap();
    let litu = beam.chunk(&iff::LITU).expect("literals");
    let litt = Beam::parse(&ep).unwrap().chunk(&iff::LITT).unwrap();
    assert_eq!(litu.len() as u32, u32::from_be_bytes(litt[..4].try_into().unwrap()));
    let _ = std::fs::remove_dir_all(&dir);
}
