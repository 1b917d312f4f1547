#!/usr/bin/env bash
# The Zephyr builds and twister, run only when a Zephyr workspace is at hand (CI machines
# cannot download Zephyr, so without one this prints a SKIP line and succeeds).
#
#   ATOMVM_ZEPHYR_WORKSPACE=/path/to/west-workspace bash tools/zephyr_ci.sh
#
# The workspace holds zephyr/ (Zephyr >= 4.1) and the modules the boards need (cmsis_6,
# hal_nordic); ZEPHYR_BASE alone also works (its parent is taken as the workspace). This
# repository is added with ZEPHYR_EXTRA_MODULES unless the workspace already has it.
# Toolchains: ZEPHYR_TOOLCHAIN_VARIANT as set, else the Zephyr SDK if ZEPHYR_SDK_INSTALL_DIR
# is set, else Debian's arm-none-eabi-gcc (gnuarmemb); native_sim uses the host gcc.
#
# What it does, in build/zephyr/ (ATOMVM_ZEPHYR_OUT):
#   1. samples/hello for mps2/an385 (Cortex-M3), run in QEMU: the console must show
#      "Return value: ok"; its text/data/bss are printed next to tests/zephyr/footprint.txt;
#   2. samples/hello for native_sim/native/64, run;
#   3. samples/rust_app for mps2/an385, run (when zephyr-lang-rust is in the workspace);
#   4. twister on samples/ and tests/zephyr/ for mps2/an385 and native_sim/native/64
#      (ATOMVM_ZEPHYR_TWISTER=0 leaves it out: the Erlang suite takes a while).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

WS=${ATOMVM_ZEPHYR_WORKSPACE:-}
if [ -z "$WS" ] && [ -n "${ZEPHYR_BASE:-}" ]; then
    WS=$(dirname "$ZEPHYR_BASE")
fi
if [ -z "$WS" ] || [ ! -f "$WS/zephyr/VERSION" ]; then
    echo "SKIP Zephyr builds and twister: no Zephyr workspace (set ATOMVM_ZEPHYR_WORKSPACE to a west" \
        "workspace with zephyr/ and its modules; docs/zephyr.md says how to make one)"
    exit 0
fi
if ! command -v west >/dev/null; then
    echo "SKIP Zephyr builds and twister: west is not installed (pip install west)"
    exit 0
fi
WS=$(cd "$WS" && pwd)
export ZEPHYR_BASE=$WS/zephyr
OUT=${ATOMVM_ZEPHYR_OUT:-$ROOT/build/zephyr}
mkdir -p "$OUT"
# One cargo target directory for every build (the Rust side is the slow part).
export ATOMVM_CARGO_TARGET_DIR=${ATOMVM_CARGO_TARGET_DIR:-${CARGO_TARGET_DIR:-$ROOT/rust/target}/zephyr}

# Modules the workspace does not list are added with ZEPHYR_EXTRA_MODULES: this
# repository, and zephyr-lang-rust (for samples/rust_app) when it sits in modules/lang/rust
# (or ATOMVM_ZEPHYR_LANG_RUST) without being a west project.
known=$(cd "$WS" && west list -f '{abspath}' 2>/dev/null | xargs -r -n1 realpath 2>/dev/null)
mods=()
lang_rust=${ATOMVM_ZEPHYR_LANG_RUST:-$WS/modules/lang/rust}
for m in "$ROOT" "$lang_rust"; do
    [ -d "$m" ] || continue
    grep -qx "$(realpath "$m")" <<<"$known" || mods+=("$(realpath "$m")")
done
extra=()
if [ ${#mods[@]} -gt 0 ]; then
    extra=(-DZEPHYR_EXTRA_MODULES="$(IFS=';'; echo "${mods[*]}")")
fi
have_rust=0
if [ -f "$lang_rust/zephyr/module.yml" ]; then
    have_rust=1
fi

cross_env() {
    if [ -n "${ZEPHYR_TOOLCHAIN_VARIANT:-}" ]; then
        :
    elif [ -n "${ZEPHYR_SDK_INSTALL_DIR:-}" ]; then
        export ZEPHYR_TOOLCHAIN_VARIANT=zephyr
    elif command -v arm-none-eabi-gcc >/dev/null; then
        export ZEPHYR_TOOLCHAIN_VARIANT=gnuarmemb
        export GNUARMEMB_TOOLCHAIN_PATH=$(dirname "$(dirname "$(command -v arm-none-eabi-gcc)")")
    fi
}

status=0
VERSION=$(sed -n 's/^VERSION_\(MAJOR\|MINOR\) = //p; s/^PATCHLEVEL = //p' "$ZEPHYR_BASE/VERSION" | paste -sd.)
echo "Zephyr workspace $WS (Zephyr $VERSION)"

build() { # board app dir [variant]
    local board=$1 app=$2 dir=$3
    echo "== west build -b $board $app"
    if ! (cd "$WS" && nice west build -p always -b "$board" -d "$dir" "$ROOT/$app" -- "${extra[@]}") \
        >"$dir.log" 2>&1; then
        tail -n 30 "$dir.log"
        echo "FAIL: west build -b $board $app (log: $dir.log)"
        status=1
        return 1
    fi
    python3 tools/size_report.py "$dir/zephyr/zephyr.elf"
}

# Runs a command (a QEMU or native_sim run, which does not end by itself) until its output
# shows the last line we wait for, at most 120 s; output in LOG.
run_until() { # log pattern command...
    local log=$1 pattern=$2 i
    shift 2
    setsid "$@" >"$log" 2>&1 </dev/null &
    local pid=$!
    for i in $(seq 240); do
        grep -q "$pattern" "$log" 2>/dev/null && break
        kill -0 $pid 2>/dev/null || break
        sleep 0.5
    done
    kill -TERM -- -$pid 2>/dev/null
    wait $pid 2>/dev/null
    return 0
}

expect() { # log what
    if grep -q "$2" "$1"; then
        echo "ok: $2"
    else
        tail -n 20 "$1"
        echo "FAIL: no '$2' in $1"
        status=1
    fi
}

# 1. Cortex-M3 in QEMU
( cross_env
  d=$OUT/hello-mps2_an385
  if build mps2/an385 samples/hello "$d"; then
      run_until "$d.run.log" "main stack:\|Uncaught\|FATAL" env -C "$WS" west build -d "$d" -t run
      sed -n '/Booting Zephyr/,/stack/p' "$d.run.log"
      expect "$d.run.log" "Return value: ok"
  fi
  exit $status ) || status=1

# 2. native_sim, 64-bit
( export ZEPHYR_TOOLCHAIN_VARIANT=host
  d=$OUT/hello-native_sim_64
  if build native_sim/native/64 samples/hello "$d"; then
      run_until "$d.run.log" "main stack:\|Uncaught\|FATAL" "$d/zephyr/zephyr.exe" -stop_at=60
      sed -n '/Booting Zephyr/,/stack/p' "$d.run.log"
      expect "$d.run.log" "Return value: ok"
  fi
  exit $status ) || status=1

# 3. samples/rust_app (zephyr-lang-rust) on the Cortex-M3
if [ $have_rust = 1 ]; then
    ( cross_env
      d=$OUT/rust_app-mps2_an385
      if build mps2/an385 samples/rust_app "$d"; then
          run_until "$d.run.log" "Return value\|AtomVM failed\|panic\|FATAL" env -C "$WS" west build -d "$d" -t run
          sed -n '/Booting Zephyr/,/Return value/p' "$d.run.log"
          expect "$d.run.log" "Return value: {pong,3}"
      fi
      exit $status ) || status=1
else
    echo "SKIP samples/rust_app: no zephyr-lang-rust in $lang_rust (ATOMVM_ZEPHYR_LANG_RUST)"
fi

# 4. twister
if [ "${ATOMVM_ZEPHYR_TWISTER:-1}" != 0 ]; then
    for p in mps2/an385 native_sim/native/64; do
        echo "== twister -p $p (samples/, tests/zephyr/)"
        ( if [ "$p" = mps2/an385 ]; then cross_env; else export ZEPHYR_TOOLCHAIN_VARIANT=host; fi
          cd "$WS" && nice west twister -T "$ROOT/samples" -T "$ROOT/tests/zephyr" -p "$p" \
              --outdir "$OUT/twister-${p//\//_}" --inline-logs -j 2 \
              ${extra[@]:+-x="${extra[0]#-D}"} ) >"$OUT/twister-${p//\//_}.log" 2>&1
        rc=$?
        grep -E "INFO +- (.*test configurations|.*executed)|ERROR|FAILED" "$OUT/twister-${p//\//_}.log" | tail -n 8
        [ $rc = 0 ] || { echo "FAIL: twister -p $p (log: $OUT/twister-${p//\//_}.log)"; status=1; }
    done
fi
exit $status
