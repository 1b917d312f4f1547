#!/usr/bin/env bash
# Builds the runner, compiles examples/hello.erl and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --manifest-path rust/Cargo.toml -q
mkdir -p build/examples
erlc -o build/examples examples/hello.erl
"${CARGO_TARGET_DIR:-rust/target}/release/atomvm" build/examples/hello.beam
