#!/usr/bin/env python3
"""Runs the VM core on a bare Cortex-M3 in QEMU (no Zephyr), on the project's Erlang tests.

Usage:
    python3 tools/qemu_m3.py [-k SUBSTRING] [--build-dir DIR] [--timeout SECS]

Steps:
  1. builds the standard library (tools/build_libs.sh) and packbeam;
  2. compiles tests/erlang/*.erl (less tests/known_failures.txt and
     rust/qemu-m3/skip.txt) and computes OTP's result of each with the
     differential harness's code (tests/harness/run.py, sharing its cache in
     build/erlang-tests/expected.tsv);
  3. packs the modules into one .avm and builds rust/qemu-m3 for
     thumbv7m-none-eabi with the .avm, the library (atomvmlib-nolines.avm) and
     the expected results embedded (include_bytes!);
  4. boots the image in qemu-system-arm (machine mps2-an385, a Cortex-M3 with
     4 MB of flash and RAM) with semihosting; the image runs each module in a
     fresh VM with a 32 KB stack, prints PASS/FAIL per module and
     "N passed, N failed", and exits through semihosting.

Exit status: 0 when every module passed, 1 otherwise; 0 with a SKIP line when
qemu-system-arm or the thumbv7m-none-eabi target is missing.

Why mps2-an385 and not lm3s6965evb: the LM3S6965 has 256 KB of flash and 64 KB
of RAM, and the VM alone is about 390 KB of Thumb code; mps2-an385 is QEMU's
other Cortex-M3 machine.
"""

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tests" / "harness"))
import run as harness  # noqa: E402

CRATE = REPO_ROOT / "rust" / "qemu-m3"
TARGET = "thumbv7m-none-eabi"


def skip(msg):
    print(f"SKIP qemu Cortex-M3 suite: {msg}")
    sys.exit(0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-k", dest="substring", default=None,
                    help="only modules whose name contains SUBSTRING")
    ap.add_argument("--build-dir", type=Path, default=REPO_ROOT / "build" / "erlang-tests",
                    help="where the tests are compiled (shared with tests/harness/run.py)")
    ap.add_argument("--out-dir", type=Path, default=REPO_ROOT / "build" / "qemu-m3")
    ap.add_argument("--timeout", type=float, default=1800.0,
                    help="seconds for the whole QEMU run")
    args = ap.parse_args()

    qemu = shutil.which("qemu-system-arm")
    if qemu is None:
        skip("qemu-system-arm not installed (apt-get install qemu-system-arm)")
    if shutil.which("rustup"):
        installed = subprocess.run(["rustup", "target", "list", "--installed"],
                                   capture_output=True, text=True).stdout.split()
        if TARGET not in installed:
            skip(f"rustup target {TARGET} not installed")

    os.chdir(REPO_ROOT)
    target_dir = Path(os.environ.get("CARGO_TARGET_DIR", REPO_ROOT / "rust" / "target")).resolve()
    if subprocess.run(["bash", "tools/build_libs.sh"]).returncode != 0:
        harness.fail("tools/build_libs.sh failed")
    lib = REPO_ROOT / "build" / "libs" / "atomvmlib-nolines.avm"
    packbeam = target_dir / "release" / "packbeam"
    res = subprocess.run(["cargo", "build", "--release", "-q", "--manifest-path", "rust/Cargo.toml",
                          "-p", "avm-packbeam", "--features", "std"])
    if res.returncode != 0:
        harness.fail("cannot build packbeam")

    sources = sorted((REPO_ROOT / "tests" / "erlang").glob("*.erl"))
    if args.substring:
        sources = [s for s in sources if args.substring in s.stem]
    left_out = (harness.read_known_failures(REPO_ROOT / "tests" / "known_failures.txt")
                | harness.read_known_failures(CRATE / "skip.txt"))
    sources = [s for s in sources if s.stem not in left_out]
    if not sources:
        harness.fail("no test modules selected")
    build_dir = args.build_dir.resolve()
    build_dir.mkdir(parents=True, exist_ok=True)
    harness.compile_tests(sources, build_dir)
    mods = [s.stem for s in sources]
    expected = harness.expected_results(mods, build_dir, 30.0, harness.vm_functions(lib))
    cases = [(m, text) for m in mods for status, text in [expected[m]] if status == "ok"]
    errors = [m for m in mods if expected[m][0] != "ok"]
    for m in errors:
        print(f"ERROR {m}: {expected[m][1]}")

    out = args.out_dir.resolve()
    out.mkdir(parents=True, exist_ok=True)
    suite = out / "suite.avm"
    res = subprocess.run([str(packbeam), "create", str(suite)]
                         + [str(build_dir / f"{m}.beam") for m, _ in cases])
    if res.returncode != 0:
        harness.fail("packbeam failed")
    (out / "cases.tsv").write_text("".join(f"{m}\t{t}\n" for m, t in cases), encoding="utf-8")

    env = dict(os.environ, QEMU_M3_SUITE=str(suite), QEMU_M3_LIB=str(lib),
               QEMU_M3_CASES=str(out / "cases.tsv"), CARGO_TARGET_DIR=str(target_dir / "qemu-m3"))
    print(f"building rust/qemu-m3 for {TARGET} with {len(cases)} test modules "
          f"({suite.stat().st_size} + {lib.stat().st_size} bytes of .avm)", flush=True)
    res = subprocess.run(["cargo", "build", "--release", "-q"], cwd=CRATE, env=env)
    if res.returncode != 0:
        harness.fail("cargo build of rust/qemu-m3 failed")
    elf = target_dir / "qemu-m3" / TARGET / "release" / "avm-qemu-m3"
    size = subprocess.run(["size", str(elf)], capture_output=True, text=True).stdout.strip()
    if size:
        print(size)

    cmd = [qemu, "-machine", "mps2-an385", "-cpu", "cortex-m3", "-nographic", "-monitor", "none",
           "-serial", "none", "-semihosting-config", "enable=on,target=native",
           # Virtual time from the instruction count (1 ns each), skipping idle periods:
           # timing tests (timer order, receive ... after) do not depend on how loaded the
           # host is, and sleeps cost no wall time.
           "-icount", "shift=0,sleep=off", "-kernel", str(elf)]
    t0 = time.monotonic()
    log = out / "qemu.log"
    summary = None
    with open(log, "w", encoding="utf-8") as f:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, errors="replace")
        try:
            for line in proc.stdout:
                f.write(line)
                line = line.rstrip("\n")
                if ": PASS (" in line:
                    continue  # the log file has them; keep CI's output short
                if line.endswith(" failed") and " passed, " in line:
                    summary = line
                    continue
                print(line, flush=True)
                if time.monotonic() - t0 > args.timeout:
                    break
            proc.wait(timeout=max(1, args.timeout - (time.monotonic() - t0)))
        except subprocess.TimeoutExpired:
            pass
        if proc.poll() is None:
            proc.kill()
            proc.wait()
            print(f"qemu-system-arm timed out after {args.timeout:.0f} s")
    print(f"(QEMU ran {time.monotonic() - t0:.1f} s; per-module log: {log})")
    failed = proc.returncode != 0 or summary is None or errors
    if summary is None:
        print(f"qemu Cortex-M3 suite: the image stopped without a summary (exit {proc.returncode})")
        print("qemu-m3: 0 passed, 1 failed")
    else:
        print(f"qemu-m3: {summary}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
