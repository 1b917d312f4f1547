//! Packbeam archive reading and writing.

mod common;

use avm_packbeam::avm::{self, Entry, SizeMode, Writer, FLAG_BEAM, FLAG_START, HEADER};
use avm_packbeam::iff::{self, Chunk};
use avm_packbeam::Error;
use common::FIXTURES;

/// `(name, stripped BEAM, exports start/0)` for each fixture.
type Beams = Vec<(&'static str, Vec<u8>, bool)>;

fn stripped_fixtures() -> Beams {
    FIXTURES.iter().map(|(n, b, _, s)| (*n, iff::strip(b, iff::STANDARD_KEEP, true).unwrap(), *s)).collect()
}

fn build(mode: SizeMode) -> (Vec<u8>, Beams) {
    let beams = stripped_fixtures();
    let mut w = Writer::with_size_mode(mode);
    for (n, b, _) in &beams {
        w.add_beam(n, b).unwrap();
    }
    w.add_file("hello/priv/config.txt", b"key=value\n").unwrap();
    w.add_file("hello/priv/empty", b"").unwrap();
    (w.finish(), beams)
}

fn check_contents(bytes: &[u8], beams: &[(&str, Vec<u8>, bool)]) {
    let entries = avm::parse(bytes).unwrap();
    assert_eq!(entries.len(), beams.len() + 2);
    for (e, (n, b, start)) in entries.iter().zip(beams) {
        assert_eq!(e.name, *n);
        assert!(e.is_beam());
        assert_eq!(e.is_start(), *start, "{n}");
        assert_eq!(e.data, &b[..]);
    }
    let cfg = &entries[beams.len()];
    assert_eq!((cfg.name, cfg.flags, cfg.data), ("hello/priv/config.txt", 0, &b"key=value\n"[..]));
    assert!(!cfg.is_beam() && !cfg.is_start());
    assert_eq!(entries[beams.len() + 1].data, b"");
}

#[test]
fn round_trip_spec_sizes() {
    let (bytes, beams) = build(SizeMode::Content);
    assert_eq!(&bytes[..24], &HEADER);
    assert_eq!(bytes.len() % 4, 0);
    check_contents(&bytes, &beams);
    // First entry: size is the padded BEAM length, per the spec.
    let size = u32::from_be_bytes(bytes[24..28].try_into().unwrap()) as usize;
    assert_eq!(size, (beams[0].1.len() + 3) & !3);
}

#[test]
fn round_trip_whole_entry_sizes() {
    let (bytes, beams) = build(SizeMode::WholeEntry);
    check_contents(&bytes, &beams);
    // "hello.beam\0" -> 12 + 12 header bytes counted in the size.
    let size = u32::from_be_bytes(bytes[24..28].try_into().unwrap()) as usize;
    assert_eq!(size, 24 + ((beams[0].1.len() + 3) & !3));
}

/// Builds an archive choosing the size convention per entry, the way a
/// file edited by different tools might look.
fn mixed(entries: &[(&str, u32, &[u8], bool)], end_size: u32) -> Vec<u8> {
    let mut out = HEADER.to_vec();
    for (name, flags, content, whole) in entries {
        let hdr = 12 + ((name.len() + 1 + 3) & !3);
        let mut body = Vec::new();
        if flags & FLAG_BEAM == 0 {
            body.extend_from_slice(&(content.len() as u32).to_be_bytes());
        }
        body.extend_from_slice(content);
        while body.len() % 4 != 0 {
            body.push(0);
        }
        let size = if *whole { hdr + body.len() } else { body.len() };
        out.extend_from_slice(&(size as u32).to_be_bytes());
        out.extend_from_slice(&flags.to_be_bytes());
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(name.as_bytes());
        out.resize(out.len() + hdr - 12 - name.len(), 0);
        out.extend_from_slice(&body);
    }
    out.extend_from_slice(&end_size.to_be_bytes());
    out.extend_from_slice(&[0; 8]);
    out.extend_from_slice(b"end\0");
    out
}

#[test]
fn mixed_size_conventions() {
    let beams = stripped_fixtures();
    for pattern in 0..16u32 {
        let whole = |i: u32| pattern & (1 << i) != 0;
        let list: Vec<(&str, u32, &[u8], bool)> = vec![
            (beams[0].0, FLAG_BEAM | FLAG_START, &beams[0].1, whole(0)),
            ("a/priv/x", 0, b"xyz", whole(1)),
            (beams[1].0, FLAG_BEAM, &beams[1].1, whole(2)),
            ("a/priv/longer_name.bin", 0, &[0u8; 37], whole(3)),
        ];
        for end_size in [0, 16] {
            let bytes = mixed(&list, end_size);
            let entries = avm::parse(&bytes).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            let got: Vec<(&str, u32, &[u8])> = entries.iter().map(|e| (e.name, e.flags, e.data)).collect();
            let want: Vec<(&str, u32, &[u8])> = list.iter().map(|(n, f, d, _)| (*n, *f, *d)).collect();
            assert_eq!(got, want, "pattern {pattern:04b}");
        }
    }
}

#[test]
fn size_without_padding_is_tolerated() {
    // A writer that stored the unpadded content length in `size` but
    // still padded the data.
    let mut bytes = mixed(&[("a/priv/f", 0, b"12345", false)], 0);
    // content = 4 + 5 = 9 bytes, padded to 12; claim 9.
    bytes[24..28].copy_from_slice(&9u32.to_be_bytes());
    let e = avm::parse(&bytes).unwrap();
    assert_eq!(e[0].data, b"12345");
}

#[test]
fn spec_example_header() {
    // The spec's example: "mylib.beam", 308 bytes, flags 3.
    let filler = [0u8; 240];
    let beam = iff::write_beam(&[
        Chunk { id: *b"AtU8", data: b"\0\0\0\x02\x05mylib\x05start" },
        Chunk { id: *b"ExpT", data: b"\0\0\0\x01\0\0\0\x02\0\0\0\0\0\0\0\x02" },
        Chunk { id: *b"Fill", data: &filler },
    ])
    .unwrap();
    assert_eq!(beam.len(), 308);
    let mut w = Writer::new();
    w.add_beam("mylib.beam", &beam).unwrap();
    let bytes = w.finish();
    let want: [u8; 24] = [
        0x00, 0x00, 0x01, 0x34, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x6D, 0x79, 0x6C, 0x69, 0x62, 0x2E,
        0x62, 0x65, 0x61, 0x6D, 0x00, 0x00,
    ];
    assert_eq!(&bytes[24..48], &want);
    assert_eq!(&bytes[bytes.len() - 16..], &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x65, 0x6E, 0x64, 0x00]);
}

#[test]
fn find_and_start() {
    let (bytes, _) = build(SizeMode::Content);
    assert_eq!(avm::find(&bytes, "lib_mod.beam").unwrap().unwrap().name, "lib_mod.beam");
    assert!(avm::find(&bytes, "nope").unwrap().is_none());
    assert_eq!(avm::find_start(&bytes).unwrap().unwrap().name, "hello.beam");
    let cfg = avm::find(&bytes, "hello/priv/config.txt").unwrap().unwrap();
    assert_eq!(cfg.data, b"key=value\n");
    // The iterator yields the same entries as parse().
    let it: Vec<Entry<'_>> = avm::entries(&bytes).unwrap().map(Result::unwrap).collect();
    assert_eq!(it, avm::parse(&bytes).unwrap());
}

#[test]
fn write_sets_flags() {
    let beams = stripped_fixtures();
    let entries = [
        Entry { name: "lib_mod.beam", flags: 0, data: &beams[1].1 },
        Entry { name: "hello.beam", flags: 0, data: &beams[0].1 },
        Entry { name: "notes.txt", flags: 0, data: b"FOR1" },
        Entry { name: "x.beam", flags: 0, data: b"not a beam" },
    ];
    let bytes = avm::write(&entries).unwrap();
    let parsed = avm::parse(&bytes).unwrap();
    let flags: Vec<u32> = parsed.iter().map(|e| e.flags).collect();
    assert_eq!(flags, [FLAG_BEAM, FLAG_BEAM | FLAG_START, 0, 0]);
    assert_eq!(parsed[2].data, b"FOR1");
    assert_eq!(avm::find_start(&bytes).unwrap().unwrap().name, "hello.beam");
    // A .beam-flagged entry that is not a BEAM cannot be written.
    let bad = [Entry { name: "y.beam", flags: FLAG_BEAM, data: b"nope" }];
    assert!(avm::write(&bad).is_err());
}

#[test]
fn trailing_bytes_after_end_are_ignored() {
    let (mut bytes, beams) = build(SizeMode::Content);
    bytes.extend_from_slice(&[0xFF; 4096]); // erased flash
    check_contents(&bytes, &beams);
}

#[test]
fn padded_beam_data_is_trimmed() {
    // A BEAM whose length is not a multiple of 4 gets padded in the
    // archive; the entry data is the BEAM itself.
    let mut b = iff::write_beam(&[
        Chunk { id: *b"AtU8", data: b"\0\0\0\x01\x01m" },
        Chunk { id: *b"ExpT", data: b"\0\0\0\0" },
        Chunk { id: *b"Xxxx", data: b"abcde" },
    ])
    .unwrap();
    b.truncate(b.len() - 3);
    let form = (b.len() - 8) as u32;
    b[4..8].copy_from_slice(&form.to_be_bytes());
    let mut w = Writer::new();
    w.add_beam("m.beam", &b).unwrap();
    let bytes = w.finish();
    assert_eq!(avm::parse(&bytes).unwrap()[0].data, &b[..]);
}

#[test]
fn errors_are_clear() {
    assert_eq!(avm::parse(b"garbage that is long enough"), Err(Error::NotAvm));
    assert!(matches!(avm::parse(&HEADER[..10]), Err(Error::Truncated { .. })));
    assert_eq!(avm::parse(&HEADER), Err(Error::MissingEnd));
    let (bytes, _) = build(SizeMode::Content);
    let cut = &bytes[..bytes.len() - 16];
    assert_eq!(avm::parse(cut), Err(Error::MissingEnd));
    assert_eq!(Error::MissingEnd.to_string(), "packbeam file has no end marker (truncated?)");
    // A BEAM-flagged entry holding something else.
    let bad = mixed(&[("m.beam", FLAG_BEAM, b"not a beam!!", false)], 0);
    let e = avm::parse(&bad).unwrap_err();
    assert!(matches!(e, Error::Malformed { offset: 24, .. }), "{e}");
    assert!(e.to_string().contains("offset 24"), "{e}");
    // A size that overshoots the file.
    let mut bad = mixed(&[("a/priv/f", 0, b"1234", false)], 0);
    bad[24..28].copy_from_slice(&1000u32.to_be_bytes());
    assert!(matches!(avm::parse(&bad), Err(Error::Truncated { offset: 24, .. })));
    // Entries before the damage are still reachable through the iterator.
    let mut two = mixed(&[("a", 0, b"1", false), ("b", 0, b"2", false)], 0);
    let second = 24 + 16 + 8;
    two[second..second + 4].copy_from_slice(&0x7FFF_FFFFu32.to_be_bytes());
    let mut it = avm::entries(&two).unwrap();
    assert_eq!(it.next().unwrap().unwrap().name, "a");
    assert!(it.next().unwrap().is_err());
    assert!(it.next().is_none());
}
