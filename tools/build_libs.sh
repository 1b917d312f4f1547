#!/usr/bin/env bash
# Builds the Erlang standard library: compiles libs/*/src/*.erl (deterministic, without
# debug_info, warnings are errors) into build/libs/ebin and packs the modules into
#   build/libs/atomvmlib.avm          (with the Line chunk: stack traces show file:line)
#   build/libs/atomvmlib-nolines.avm  (without it: smaller, for devices)
# Does nothing when both packages are newer than every source and this script
# (--force rebuilds anyway). The packer is $PACKBEAM, else the packbeam binary of the
# cargo target directory ($CARGO_TARGET_DIR or rust/target), built if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=build/libs
AVM=$OUT/atomvmlib.avm
AVM_NOLINES=$OUT/atomvmlib-nolines.avm

shopt -s nullglob
srcs=(libs/*/src/*.erl)
hdrs=(libs/*/include/*.hrl libs/*/src/*.hrl)
if [ ${#srcs[@]} -eq 0 ]; then
    echo "build_libs: no sources under libs/*/src" >&2
    exit 1
fi

if [ "${1:-}" != "--force" ] && [ -f "$AVM" ] && [ -f "$AVM_NOLINES" ]; then
    stale=0
    for f in "${srcs[@]}" "${hdrs[@]}" "$0"; do
        if [ "$f" -nt "$AVM" ] || [ "$f" -nt "$AVM_NOLINES" ]; then
            stale=1
            break
        fi
    done
    # A source that was removed leaves its module in ebin: compare the module lists too.
    if [ $stale -eq 0 ]; then
        want=$(for f in "${srcs[@]}"; do basename "$f" .erl; done | sort | tr '\n' ' ')
        have=$(for f in "$OUT"/ebin/*.beam; do basename "$f" .beam; done | sort | tr '\n' ' ')
        [ "$want" = "$have" ] || stale=1
    fi
    if [ $stale -eq 0 ]; then
        exit 0
    fi
fi

PACKBEAM=${PACKBEAM:-${CARGO_TARGET_DIR:-$PWD/rust/target}/release/packbeam}
if [ ! -x "$PACKBEAM" ]; then
    echo "build_libs: building packbeam" >&2
    cargo build --release --manifest-path rust/Cargo.toml -p avm-packbeam --features std -q
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/build_libs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ebin"
incs=()
for d in libs/*/include; do
    incs+=(-I "$d")
done
# No ERL_COMPILER_OPTIONS from the environment: the output must not depend on it.
env -u ERL_COMPILER_OPTIONS erlc -Werror +deterministic "${incs[@]}" -o "$tmp/ebin" "${srcs[@]}"

beams=("$tmp"/ebin/*.beam)
"$PACKBEAM" create "$tmp/atomvmlib.avm" "${beams[@]}"
"$PACKBEAM" create --strip-lines "$tmp/atomvmlib-nolines.avm" "${beams[@]}"

mkdir -p "$OUT"
rm -rf "$OUT/ebin"
mv "$tmp/ebin" "$OUT/ebin"
mv "$tmp/atomvmlib.avm" "$AVM"
mv "$tmp/atomvmlib-nolines.avm" "$AVM_NOLINES"
echo "build_libs: ${#beams[@]} modules: $AVM ($(wc -c <"$AVM") bytes)," \
    "$AVM_NOLINES ($(wc -c <"$AVM_NOLINES") bytes)"
