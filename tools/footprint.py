#!/usr/bin/env python3
"""Checks the Zephyr staticlib's size against tests/zephyr/footprint.txt.

Usage:
    python3 tools/footprint.py [--update] [LIB.a]

Measures text/data/bss of the Zephyr platform crate's static library
(libatomvm_zephyr.a for thumbv7m-none-eabi, profile `zephyr`: what the module's
CMake links for a Cortex-M3 board; built here unless LIB.a is given) by adding
up the ELF objects in the archive, and compares text+data with the
`staticlib/thumbv7m-none-eabi` row of tests/zephyr/footprint.txt. Fails
(exit 1) when it grew by more than 10%; says so when it shrank by more than
10% (update the file then). --update rewrites that row.

The staticlib holds everything the C API can reach; a Zephyr image links less
of it (see the hello rows of the file, measured with tools/zephyr_ci.sh).
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tools"))
from size_report import elf_sizes  # noqa: E402

FILE = REPO_ROOT / "tests" / "zephyr" / "footprint.txt"
TARGET = "thumbv7m-none-eabi"
KEY = f"staticlib/{TARGET}"
LIMIT = 1.10


def archive_sizes(path):
    """Adds up text/data/bss of the ELF members of a Unix ar archive."""
    d = Path(path).read_bytes()
    if d[:8] != b"!<arch>\n":
        raise SystemExit(f"{path}: not an ar archive")
    off, text, data, bss = 8, 0, 0, 0
    while off + 60 <= len(d):
        size = int(d[off + 48:off + 58].decode().strip())
        body = d[off + 60:off + 60 + size]
        name = d[off:off + 16].decode(errors="replace").strip()
        if name.startswith("#1/"):  # BSD long name: stored before the body
            n = int(name[3:])
            body = body[n:]
        if body[:4] == b"\x7fELF":
            t, da, b = elf_sizes(body)
            text, data, bss = text + t, data + da, bss + b
        off += 60 + size + (size & 1)
    return text, data, bss


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lib", nargs="?", help="the .a to measure (default: build it)")
    ap.add_argument("--update", action="store_true", help="record the measured size")
    args = ap.parse_args()
    lib = args.lib
    if lib is None:
        target_dir = Path(os.environ.get("CARGO_TARGET_DIR", REPO_ROOT / "rust" / "target"))
        cmd = ["cargo", "build", "-q", "--manifest-path", str(REPO_ROOT / "rust" / "Cargo.toml"),
               "-p", "avm-zephyr", "--profile", "zephyr", "--features", "zephyr", "--target", TARGET]
        if subprocess.run(cmd).returncode != 0:
            print("footprint: cannot build the staticlib")
            return 1
        lib = target_dir / TARGET / "zephyr" / "libatomvm_zephyr.a"
    text, data, bss = archive_sizes(lib)
    lines = FILE.read_text(encoding="utf-8").splitlines()
    row = next((i for i, l in enumerate(lines) if l.split()[:1] == [KEY]), None)
    measured = f"{KEY:<34} {text:>8} {data:>6} {bss:>7}"
    if args.update or row is None:
        if row is None:
            lines.append(measured)
        else:
            lines[row] = measured
        FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"footprint: recorded {measured.split(None, 1)[1]} for {KEY} in {FILE.relative_to(REPO_ROOT)}")
        return 0
    rec_text, rec_data = (int(x) for x in lines[row].split()[1:3])
    now, was = text + data, rec_text + rec_data
    ratio = now / was
    print(f"footprint: {KEY} text+data {now} bytes (recorded {was}, {100 * (ratio - 1):+.1f}%), bss {bss}")
    if ratio > LIMIT:
        print(f"FAIL: the Zephyr staticlib grew by more than {round(100 * (LIMIT - 1))}% over "
              f"{FILE.relative_to(REPO_ROOT)}; if that is intended, run tools/footprint.py --update")
        return 1
    if ratio < 1 / LIMIT:
        print(f"footprint: it shrank by more than {round(100 * (LIMIT - 1))}%: record it with "
              "tools/footprint.py --update")
    return 0


if __name__ == "__main__":
    sys.exit(main())
