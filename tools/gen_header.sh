#!/usr/bin/env bash
# Regenerates include/atomvm.h from rust/zephyr with cbindgen (`cargo install cbindgen`).
# With --check, fails if the committed header differs from what cbindgen generates.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cbindgen >/dev/null || { echo "cbindgen not installed (cargo install cbindgen)" >&2; exit 2; }
out=include/atomvm.h
if [[ "${1:-}" == "--check" ]]; then
    tmp=$(mktemp)
    trap 'rm -f "$tmp"' EXIT
    cbindgen --quiet --config rust/zephyr/cbindgen.toml --crate avm-zephyr --output "$tmp" rust/zephyr
    if ! diff -u "$out" "$tmp"; then
        echo "include/atomvm.h is out of date: run tools/gen_header.sh" >&2
        exit 1
    fi
    echo "include/atomvm.h is up to date"
else
    cbindgen --quiet --config rust/zephyr/cbindgen.toml --crate avm-zephyr --output "$out" rust/zephyr
    echo "wrote $out"
fi
