//! End-to-end tests of the `packbeam` binary: create, list, extract.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use avm_packbeam::avm::{self, Writer};
use avm_packbeam::iff::{self, Beam};
use common::{temp_dir, FIXTURES};

fn packbeam(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_packbeam")).current_dir(dir).args(args).output().unwrap()
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = packbeam(dir, args);
    assert!(out.status.success(), "packbeam {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn fails(dir: &Path, args: &[&str]) -> String {
    let out = packbeam(dir, args);
    assert!(!out.status.success(), "packbeam {args:?} should fail");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("packbeam: "), "{err}");
    err
}

/// A scratch dir holding the fixture BEAMs under `ebin/` and a priv file.
fn setup(tag: &str) -> PathBuf {
    let dir = temp_dir(tag);
    std::fs::create_dir_all(dir.join("ebin")).unwrap();
    for (n, b, _, _) in FIXTURES {
        std::fs::write(dir.join("ebin").join(n), b).unwrap();
    }
    std::fs::create_dir_all(dir.join("hello/priv")).unwrap();
    std::fs::write(dir.join("hello/priv/config.txt"), b"answer=42\n").unwrap();
    std::fs::write(dir.join("data.bin"), [0u8, 1, 2, 3, 4]).unwrap();
    dir
}

#[test]
fn create_list_extract_round_trip() {
    let dir = setup("roundtrip");
    ok(
        &dir,
        &[
            "create",
            "app.avm",
            "ebin/hello.beam",
            "ebin/lib_mod.beam",
            "ebin/utf8_atoms.beam",
            "./hello/priv/config.txt",
            "data.bin=hello/priv/data.bin",
        ],
    );
    let listing = ok(&dir, &["list", "app.avm"]);
    assert_eq!(listing, "hello.beam *\nlib_mod.beam\nutf8_atoms.beam *\nhello/priv/config.txt\nhello/priv/data.bin\n");
    // Legacy listing flag gives the same output.
    assert_eq!(ok(&dir, &["-l", "app.avm"]), listing);
    let verbose = ok(&dir, &["list", "-v", "app.avm"]);
    assert!(verbose.contains("0x03  beam  hello.beam *"), "{verbose}");
    assert!(verbose.contains("0x02  beam  lib_mod.beam\n"), "{verbose}");
    assert!(verbose.contains("        10  0x00  file  hello/priv/config.txt"), "{verbose}");

    // BEAMs were stripped and their literals inflated by default.
    let bytes = std::fs::read(dir.join("app.avm")).unwrap();
    let hello = avm::find(&bytes, "hello.beam").unwrap().unwrap();
    let beam = Beam::parse(hello.data).unwrap();
    assert!(beam.chunk(&iff::LITT).is_none());
    assert_eq!(beam.chunk(&iff::LITU).unwrap(), FIXTURES[0].2);
    assert!(beam.chunk(&iff::LINE).is_some());
    assert!(beam.chunk(b"Dbgi").is_none());

    ok(&dir, &["extract", "app.avm", "-o", "out"]);
    let out = dir.join("out");
    assert_eq!(std::fs::read(out.join("hello/priv/config.txt")).unwrap(), b"answer=42\n");
    assert_eq!(std::fs::read(out.join("hello/priv/data.bin")).unwrap(), [0, 1, 2, 3, 4]);
    for (n, b, _, _) in FIXTURES {
        let want = iff::strip(b, iff::STANDARD_KEEP, true).unwrap();
        assert_eq!(std::fs::read(out.join(n)).unwrap(), want, "{n}");
    }

    // Extract selected entries only.
    ok(&dir, &["extract", "app.avm", "lib_mod.beam", "-o", "some"]);
    let some: Vec<_> = std::fs::read_dir(dir.join("some")).unwrap().collect();
    assert_eq!(some.len(), 1);
    assert!(dir.join("some/lib_mod.beam").exists());
    let err = fails(&dir, &["extract", "app.avm", "missing.beam", "-o", "none"]);
    assert!(err.contains("no entry named missing.beam"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn legacy_create_and_append() {
    let dir = setup("legacy");
    ok(&dir, &["foo.avm", "ebin/lib_mod.beam"]);
    // Appending: the output is also an input.
    ok(&dir, &["foo.avm", "foo.avm", "ebin/hello.beam"]);
    assert_eq!(ok(&dir, &["-l", "foo.avm"]), "lib_mod.beam\nhello.beam *\n");
    ok(&dir, &["-a", "lib.avm", "ebin/lib_mod.beam"]);
    assert_eq!(ok(&dir, &["list", "lib.avm"]), "lib_mod.beam\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn create_options() {
    let dir = setup("options");
    ok(&dir, &["create", "--no-strip", "raw.avm", "ebin/hello.beam"]);
    let bytes = std::fs::read(dir.join("raw.avm")).unwrap();
    assert_eq!(avm::parse(&bytes).unwrap()[0].data, FIXTURES[0].1);

    ok(&dir, &["create", "--strip-lines", "--no-inflate", "s.avm", "ebin/hello.beam"]);
    let bytes = std::fs::read(dir.join("s.avm")).unwrap();
    let e = avm::parse(&bytes).unwrap();
    let beam = Beam::parse(e[0].data).unwrap();
    assert!(beam.chunk(&iff::LINE).is_none());
    assert!(beam.chunk(&iff::LITT).is_some());
    assert!(beam.chunk(&iff::LITU).is_none());

    ok(&dir, &["create", "--size-includes-header", "w.avm", "ebin/hello.beam"]);
    assert_eq!(ok(&dir, &["list", "w.avm"]), "hello.beam *\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn errors_exit_nonzero() {
    let dir = setup("errors");
    std::fs::write(dir.join("junk.avm"), b"this is not a packbeam file").unwrap();
    let err = fails(&dir, &["list", "junk.avm"]);
    assert!(err.contains("not a packbeam file"), "{err}");
    fails(&dir, &["list", "nonexistent.avm"]);
    fails(&dir, &[]);
    fails(&dir, &["create", "x.avm"]);
    fails(&dir, &["create", "--bogus", "x.avm", "ebin/hello.beam"]);
    std::fs::write(dir.join("bad.beam"), b"FOR1 nope").unwrap();
    let err = fails(&dir, &["create", "x.avm", "bad.beam"]);
    assert!(err.contains("bad.beam"), "{err}");
    fails(&dir, &["create", "x.avm", "/etc/hostname"]);

    // Truncated archive.
    ok(&dir, &["create", "t.avm", "ebin/hello.beam"]);
    let bytes = std::fs::read(dir.join("t.avm")).unwrap();
    std::fs::write(dir.join("t.avm"), &bytes[..bytes.len() - 20]).unwrap();
    let err = fails(&dir, &["extract", "t.avm", "-o", "t"]);
    assert!(err.contains("t.avm"), "{err}");

    // Entry names that would escape the output directory are refused.
    let mut w = Writer::new();
    w.add_file("../evil.txt", b"x").unwrap();
    std::fs::write(dir.join("evil.avm"), w.finish()).unwrap();
    let err = fails(&dir, &["extract", "evil.avm", "-o", "ev"]);
    assert!(err.contains("unsafe entry name"), "{err}");
    assert!(!dir.join("evil.txt").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help() {
    let dir = temp_dir("help");
    assert!(ok(&dir, &["-h"]).contains("packbeam create"));
    let _ = std::fs::remove_dir_all(&dir);
}
