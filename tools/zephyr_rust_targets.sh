#!/usr/bin/env bash
# Prints the Rust targets that cmake/atomvm.cmake (atomvm_rust_target) maps Zephyr CPUs to,
# one a line: what .ci/run installs and tools/test.sh cross-builds the Zephyr platform
# crate for, read from the CMake so that the lists cannot drift apart.
cd "$(dirname "$0")/.."
sed -n 's/.*set(t \([a-z0-9_.-]*\)).*/\1/p' cmake/atomvm.cmake | sort -u
