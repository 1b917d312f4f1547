//! Puts memory.x where cortex-m-rt's link.x finds it, and the test data where main.rs
//! includes it: `QEMU_M3_SUITE` (the test modules' .avm), `QEMU_M3_LIB` (the standard
//! library's .avm) and `QEMU_M3_CASES` (module TAB expected result, one per line), as
//! tools/qemu_m3.py sets them. Without them the image embeds nothing and says so.
use std::path::PathBuf;
use std::{env, fs};

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    fs::copy("memory.x", out.join("memory.x")).unwrap();
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    for (var, file) in [("QEMU_M3_SUITE", "suite.avm"), ("QEMU_M3_LIB", "lib.avm"), ("QEMU_M3_CASES", "cases.tsv")] {
        println!("cargo:rerun-if-env-changed={var}");
        let dst = out.join(file);
        match env::var_os(var) {
            Some(src) => {
                println!("cargo:rerun-if-changed={}", src.to_string_lossy());
                fs::copy(&src, &dst).unwrap_or_else(|e| panic!("{var}={}: {e}", src.to_string_lossy()));
            }
            None => fs::write(&dst, b"").unwrap(),
        }
    }
}
