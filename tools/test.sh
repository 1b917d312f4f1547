#!/usr/bin/env bash
# Runs every test: Rust unit tests, the differential Erlang suite on 64-bit and 32-bit
# builds of the runner, and the no_std core build for a Cortex-M target.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
M=rust/Cargo.toml
# Where cargo builds (honours CARGO_TARGET_DIR, as cargo does).
T=${CARGO_TARGET_DIR:-rust/target}
status=0

echo "== cargo test"
cargo test --manifest-path $M --workspace -q 2>&1 | tail -n 40 || status=1

echo "== build runner (64-bit)"
cargo build --release --manifest-path $M -p avm-host -q
echo "== differential suite (64-bit)"
python3 tests/harness/run.py --vm "$T/release/atomvm" --vm-label 64bit \
    --known-failures tests/known_failures.txt --jobs 2 || status=1

if rustup target list --installed 2>/dev/null | grep -q i686-unknown-linux-gnu; then
    echo "== build runner (32-bit, i686)"
    cargo build --release --manifest-path $M -p avm-host -q --target i686-unknown-linux-gnu
    echo "== differential suite (32-bit)"
    python3 tests/harness/run.py --vm "$T/i686-unknown-linux-gnu/release/atomvm" \
        --vm-label 32bit --known-failures tests/known_failures.txt --jobs 2 \
        --build-dir build/erlang-tests || status=1
else
    echo "SKIP 32-bit suite: rustup target i686-unknown-linux-gnu not installed"
fi

if rustup target list --installed 2>/dev/null | grep -q thumbv7m-none-eabi; then
    echo "== core for thumbv7m-none-eabi (no_std)"
    cargo build --release --manifest-path $M -p avm-core --target thumbv7m-none-eabi -q || status=1
fi

echo "== gc stress (64-bit, collect at every allocation point; heavy modules skipped)"
ATOMVM_GC_STRESS=1 python3 tests/harness/run.py --vm "$T/release/atomvm" --vm-label gc-stress \
    --known-failures tests/known_failures.txt --skip tests/gc_stress_skip.txt --jobs 2 --timeout 60 \
    || status=1

exit $status
