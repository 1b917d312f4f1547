#!/usr/bin/env bash
# Runs every test: Rust unit tests, the differential Erlang suite on 64-bit and 32-bit
# builds of the runner (with the standard library of libs/, built first), and the no_std
# core build for a Cortex-M target.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
M=rust/Cargo.toml
# Where cargo builds (honours CARGO_TARGET_DIR, as cargo does).
T=${CARGO_TARGET_DIR:-rust/target}
status=0

echo "== rustfmt and clippy"
cargo fmt --manifest-path $M --all --check >/dev/null || { echo "FAIL: cargo fmt --check (run cargo fmt)"; status=1; }
cargo clippy --manifest-path $M --workspace --release -q -- -D warnings || status=1

echo "== cargo test"
cargo test --manifest-path $M --workspace -q 2>&1 | tail -n 40 || status=1

echo "== build runner (64-bit)"
cargo build --release --manifest-path $M -p avm-host -q
echo "== standard library (libs/ -> build/libs/atomvmlib.avm)"
bash tools/build_libs.sh || status=1
echo "== differential suite (64-bit)"
python3 tests/harness/run.py --vm "$T/release/atomvm" --vm-label 64bit \
    --known-failures tests/known_failures.txt --jobs 2 || status=1

echo "== memory-limit suite (64-bit): tests/limits, the runner under --max-memory"
python3 tests/limits/run.py --vm "$T/release/atomvm" || status=1
echo "== peripheral suite (64-bit): tests/periph on the runner's simulated peripherals, NVS and network link"
python3 tests/limits/run.py --vm "$T/release/atomvm" --dir tests/periph || status=1
echo "== package suite (64-bit): tests/packages, files served as a package carries them"
python3 tests/limits/run.py --vm "$T/release/atomvm" --dir tests/packages || status=1

if rustup target list --installed 2>/dev/null | grep -q i686-unknown-linux-gnu; then
    echo "== build runner (32-bit, i686)"
    cargo build --release --manifest-path $M -p avm-host -q --target i686-unknown-linux-gnu
    echo "== core unit tests (32-bit words)"
    cargo test --manifest-path $M -p avm-core -q --target i686-unknown-linux-gnu 2>&1 | grep "test result" || status=1
    echo "== differential suite (32-bit)"
    python3 tests/harness/run.py --vm "$T/i686-unknown-linux-gnu/release/atomvm" \
        --vm-label 32bit --known-failures tests/known_failures.txt --jobs 2 \
        --build-dir build/erlang-tests || status=1
    echo "== memory-limit suite (32-bit)"
    python3 tests/limits/run.py --vm "$T/i686-unknown-linux-gnu/release/atomvm" || status=1
    python3 tests/limits/run.py --vm "$T/i686-unknown-linux-gnu/release/atomvm" --dir tests/periph || status=1
else
    echo "SKIP 32-bit suite: rustup target i686-unknown-linux-gnu not installed"
fi

if rustup target list --installed 2>/dev/null | grep -q thumbv7m-none-eabi; then
    echo "== core for thumbv7m-none-eabi (no_std)"
    cargo build --release --manifest-path $M -p avm-core --target thumbv7m-none-eabi -q || status=1
fi

if rustup target list --installed 2>/dev/null | grep -q thumbv7em-none-eabihf; then
    echo "== core footprint for thumbv7em-none-eabihf (opt-level s, LTO)"
    CARGO_TARGET_DIR=rust/target cargo build --release -q --manifest-path rust/sizecheck/Cargo.toml \
        --target thumbv7em-none-eabihf || status=1
    python3 tools/size_report.py rust/target/thumbv7em-none-eabihf/release/avm-sizecheck || status=1
fi

# The Zephyr platform crate as the module's CMake builds it (no Zephyr sources needed: the
# kernel calls go through the module's C shims, declared by hand in rust/zephyr/src/sys.rs),
# for every Rust target cmake/atomvm.cmake maps a Zephyr CPU to: Cortex-M (no CAS on
# thumbv6m), RISC-V (no atomics on riscv32i/imc), the Linux targets of native_sim and
# 32-bit x86, x86_64-unknown-none. One cargo run for all, so that two targets build at once.
installed=$(rustup target list --installed 2>/dev/null || true)
zt=()
for t in $(bash tools/zephyr_rust_targets.sh); do
    if grep -qx "$t" <<<"$installed"; then
        zt+=(--target "$t")
    else
        echo "SKIP zephyr platform crate for $t: rustup target not installed (rustup target add $t)"
    fi
done
if [ ${#zt[@]} -gt 0 ]; then
    echo "== zephyr platform crate (no_std staticlib) for $(( ${#zt[@]} / 2 )) Rust targets"
    cargo build --manifest-path $M -p avm-zephyr --profile zephyr --features zephyr,net,nvs "${zt[@]}" -q \
        || status=1
fi

if rustup target list --installed 2>/dev/null | grep -qx thumbv7m-none-eabi; then
    echo "== Zephyr staticlib footprint (tests/zephyr/footprint.txt, fails on >10% growth)"
    python3 tools/footprint.py || status=1
fi

# The Zephyr builds, QEMU/native_sim runs and twister: only with a Zephyr workspace
# (ATOMVM_ZEPHYR_WORKSPACE); otherwise this prints a SKIP line.
echo "== Zephyr builds and twister"
bash tools/zephyr_ci.sh || status=1

# The core on real Thumb code (32-bit words, a 32 KB stack) in QEMU's Cortex-M3 machine,
# without Zephyr: the differential tests that fit the board, against OTP's results.
echo "== core on a Cortex-M3 in QEMU (mps2-an385, semihosting)"
if command -v qemu-system-arm >/dev/null; then
    python3 tools/qemu_m3.py || status=1
else
    echo "SKIP Cortex-M3 QEMU suite: qemu-system-arm not installed (apt-get install qemu-system-arm)"
fi

echo "== C API header (include/atomvm.h)"
if command -v cc >/dev/null; then
    printf '#include "atomvm.h"\nint main(void) { return atomvm_init(); }\n' \
        | cc -std=c11 -Wall -Werror -fsyntax-only -Iinclude -x c - || status=1
fi
if command -v cbindgen >/dev/null; then
    bash tools/gen_header.sh --check || status=1
else
    echo "SKIP header freshness check: cbindgen not installed (cargo install cbindgen)"
fi

echo "== gc stress (64-bit, collect at every allocation point; heavy modules skipped)"
ATOMVM_GC_STRESS=1 python3 tests/harness/run.py --vm "$T/release/atomvm" --vm-label gc-stress \
    --known-failures tests/known_failures.txt --skip tests/gc_stress_skip.txt --jobs 2 --timeout 120 \
    || status=1

exit $status
