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
# is set, else Debian's packages: arm-none-eabi-gcc (gnuarmemb) for Cortex-M,
# riscv64-unknown-elf-gcc (cross-compile) for qemu_riscv32, clang with compiler-rt (llvm)
# for qemu_x86; native_sim uses the host gcc. A board whose toolchain or QEMU is missing is
# skipped with a SKIP line.
#
# What it does, in build/zephyr/ (ATOMVM_ZEPHYR_OUT):
#   1. samples/hello for mps2/an385 (Cortex-M3), run in QEMU: the console must show
#      "Return value: ok"; its text/data/bss are printed next to tests/zephyr/footprint.txt;
#   2. samples/hello for native_sim/native/64 and native_sim (32-bit), run;
#   3. samples/hello for qemu_riscv32 and qemu_x86 (32-bit), run in QEMU;
#   4. samples/rust_app for mps2/an385, run (when zephyr-lang-rust is in the workspace);
#   5. twister on samples/ and tests/zephyr/ for mps2/an385, native_sim/native/64,
#      qemu_riscv32 and qemu_x86 (ATOMVM_ZEPHYR_TWISTER=0 leaves it out: the Erlang suite
#      takes a while; ATOMVM_ZEPHYR_TWISTER_PLATFORMS="p1 p2" picks platforms).
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

# Toolchain environments, one per architecture. Each exports ZEPHYR_TOOLCHAIN_VARIANT (and
# what that variant reads) and sets tc_args, CMake arguments the toolchain needs, or prints
# a SKIP line and fails when there is no toolchain for it. A variant already set by the
# caller is left alone (tc_args empty).
tc_args=()
arm_env() {
    tc_args=()
    if [ -n "${ZEPHYR_TOOLCHAIN_VARIANT:-}" ]; then
        :
    elif [ -n "${ZEPHYR_SDK_INSTALL_DIR:-}" ]; then
        export ZEPHYR_TOOLCHAIN_VARIANT=zephyr
    elif command -v arm-none-eabi-gcc >/dev/null; then
        export ZEPHYR_TOOLCHAIN_VARIANT=gnuarmemb
        export GNUARMEMB_TOOLCHAIN_PATH=$(dirname "$(dirname "$(command -v arm-none-eabi-gcc)")")
    fi
}
# Debian's riscv64-unknown-elf-gcc (binutils 2.40) warns about the RWX segment of an image
# that runs from RAM, which twister makes an error; the SDK's binutils do not.
riscv_env() {
    tc_args=()
    if [ -n "${ZEPHYR_TOOLCHAIN_VARIANT:-}" ]; then
        :
    elif [ -n "${ZEPHYR_SDK_INSTALL_DIR:-}" ]; then
        export ZEPHYR_TOOLCHAIN_VARIANT=zephyr
    elif command -v riscv64-unknown-elf-gcc >/dev/null; then
        export ZEPHYR_TOOLCHAIN_VARIANT=cross-compile
        export CROSS_COMPILE=$(dirname "$(command -v riscv64-unknown-elf-gcc)")/riscv64-unknown-elf-
        # gcc 12 does not match "-march=rv32imac_zicsr_zifencei" to its rv32imac/ilp32
        # multilib, so Zephyr's -L to the libgcc directory names the 64-bit one, which
        # zephyr-lang-rust's second -lgcc then picks: put the rv32imac (qemu_riscv32) one first.
        local flags="-L$(dirname "$(riscv64-unknown-elf-gcc -march=rv32imac -mabi=ilp32 -print-libgcc-file-name)")"
        if riscv64-unknown-elf-ld --help 2>/dev/null | grep -q no-warn-rwx-segments; then
            flags="-Wl,--no-warn-rwx-segments $flags"
        fi
        tc_args=("-DCMAKE_EXE_LINKER_FLAGS=$flags")
    else
        echo "SKIP $1: no RISC-V toolchain (Zephyr SDK, or apt-get install gcc-riscv64-unknown-elf)"
        return 1
    fi
}
# Without the SDK: clang (the llvm variant) with compiler-rt for i386
# (libclang-rt-NN-dev), which Debian installs where clang does not look for a bare-metal
# triple (lib/linux/ of its resource directory), hence the -L.
x86_env() {
    tc_args=()
    if [ -n "${ZEPHYR_TOOLCHAIN_VARIANT:-}" ]; then
        :
    elif [ -n "${ZEPHYR_SDK_INSTALL_DIR:-}" ]; then
        export ZEPHYR_TOOLCHAIN_VARIANT=zephyr
    else
        local clang rt
        clang=$(command -v clang || ls /usr/lib/llvm-*/bin/clang 2>/dev/null | sort -V | tail -n 1)
        rt=""
        if [ -n "$clang" ]; then
            rt=$(ls "$("$clang" -print-resource-dir)"/lib/{,linux/}libclang_rt.builtins-i386.a 2>/dev/null | head -n 1)
        fi
        if [ -z "$rt" ]; then
            echo "SKIP $1: no 32-bit x86 toolchain (Zephyr SDK, or clang with libclang-rt-NN-dev)"
            return 1
        fi
        export ZEPHYR_TOOLCHAIN_VARIANT=llvm
        LLVM_TOOLCHAIN_PATH=$(dirname "$(dirname "$(realpath "$clang")")")
        export LLVM_TOOLCHAIN_PATH
        # clang 14 warns about functions of Zephyr's x86_mmu.c that this configuration
        # leaves unused, and twister makes warnings errors.
        tc_args=(-DCONFIG_COMPILER_RT_RTLIB=y "-DCMAKE_EXE_LINKER_FLAGS=-L$(dirname "$rt")"
            -DEXTRA_CFLAGS=-Wno-unused-function)
    fi
}
host_env() {
    tc_args=()
    export ZEPHYR_TOOLCHAIN_VARIANT=host
}
need() { # what command
    command -v "$2" >/dev/null && return 0
    echo "SKIP $1: $2 is not installed"
    return 1
}

status=0
VERSION=$(sed -n 's/^VERSION_\(MAJOR\|MINOR\) = //p; s/^PATCHLEVEL = //p' "$ZEPHYR_BASE/VERSION" | paste -sd.)
echo "Zephyr workspace $WS (Zephyr $VERSION)"

build() { # board app dir
    local board=$1 app=$2 dir=$3
    echo "== west build -b $board $app (${ZEPHYR_TOOLCHAIN_VARIANT:-zephyr})"
    if ! (cd "$WS" && nice west build -p always -b "$board" -d "$dir" "$ROOT/$app" -- \
        "${extra[@]}" "${tc_args[@]}") >"$dir.log" 2>&1; then
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

# samples/hello on a board: build, run (QEMU through `west build -t run`, or native_sim's
# executable), check the result line.
hello() { # board qemu-binary-or-"native"
    local board=$1 how=$2 d=$OUT/hello-${1//\//_}
    if build "$board" samples/hello "$d"; then
        if [ "$how" = native ]; then
            run_until "$d.run.log" "main stack:\|Uncaught\|FATAL" "$d/zephyr/zephyr.exe" -stop_at=60
        else
            run_until "$d.run.log" "main stack:\|Uncaught\|FATAL" env -C "$WS" west build -d "$d" -t run
        fi
        sed -n '/Booting Zephyr/,/stack/p' "$d.run.log"
        expect "$d.run.log" "Return value: ok"
    fi
}

# 1. Cortex-M3 in QEMU
( arm_env && need mps2/an385 qemu-system-arm && hello mps2/an385 qemu; exit $status ) || status=1
# 2. native_sim, 64- and 32-bit (the latter needs gcc-multilib)
( host_env && hello native_sim/native/64 native; exit $status ) || status=1
( host_env && hello native_sim native; exit $status ) || status=1
# 3. RISC-V (RV32IMAC) and 32-bit x86 in QEMU
( riscv_env qemu_riscv32 && need qemu_riscv32 qemu-system-riscv32 && hello qemu_riscv32 qemu
  exit $status ) || status=1
( x86_env qemu_x86 && need qemu_x86 qemu-system-i386 && hello qemu_x86 qemu; exit $status ) || status=1

# 4. samples/rust_app (zephyr-lang-rust) on the Cortex-M3
if [ $have_rust = 1 ]; then
    ( arm_env
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

# 5. twister, one run per platform (each with its toolchain's environment)
if [ "${ATOMVM_ZEPHYR_TWISTER:-1}" != 0 ]; then
    for p in ${ATOMVM_ZEPHYR_TWISTER_PLATFORMS:-mps2/an385 native_sim/native/64 qemu_riscv32 qemu_x86}; do
        log=$OUT/twister-${p//\//_}.log
        ( case $p in
              native_sim*) host_env ;;
              qemu_riscv*) riscv_env "twister -p $p" || exit 0 ;;
              qemu_x86*) x86_env "twister -p $p" || exit 0 ;;
              *) arm_env ;;
          esac
          echo "== twister -p $p (samples/, tests/zephyr/; ${ZEPHYR_TOOLCHAIN_VARIANT:-zephyr})"
          xargs=()
          for a in "${extra[@]}" "${tc_args[@]}"; do
              xargs+=("-x=${a#-D}")
          done
          cd "$WS" && nice west twister -T "$ROOT/samples" -T "$ROOT/tests/zephyr" -p "$p" \
              --outdir "$OUT/twister-${p//\//_}" --inline-logs -j 2 "${xargs[@]}" >"$log" 2>&1
          rc=$?
          grep -E "INFO +- (.*test configurations|.*executed)|ERROR|FAILED|[0-9]+ passed, [0-9]+ failed" \
              "$log" | tail -n 8
          [ $rc = 0 ] || echo "FAIL: twister -p $p (log: $log)"
          exit $rc ) || status=1
    done
fi
exit $status
