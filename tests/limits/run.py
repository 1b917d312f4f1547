#!/usr/bin/env python3
"""Runs host-only test programs (tests/limits, tests/periph): each module's start/0 must
return the term on its `%% expect:` line, under `--max-memory` when it has a
`%% max-memory:` line, with the directory of a `%% dir:` line as a code source (see
README.md)."""
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def header(src, key, required=True):
    m = re.search(r"^%% " + key + r": (.+)$", src, re.M)
    if not m:
        if required:
            raise SystemExit(f"missing '%% {key}:' line")
        return None
    return m.group(1).strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--vm", required=True, help="the atomvm runner")
    ap.add_argument("--lib", help="atomvmlib.avm (default: the runner's own choice)")
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("-k", help="only modules whose name contains this")
    ap.add_argument("--dir", type=pathlib.Path, default=HERE, help="the tests (default: tests/limits)")
    args = ap.parse_args()
    tests = sorted(p for p in args.dir.glob("*.erl") if not args.k or args.k in p.stem)
    failed = 0
    with tempfile.TemporaryDirectory() as out:
        # The libraries' headers (ledc.hrl ...), as an application's build would find them.
        incs = [arg for d in sorted(ROOT.glob("libs/*/include")) for arg in ("-I", str(d))]
        subprocess.run(["erlc", *incs, "-o", out, *map(str, tests)], check=True)
        for t in tests:
            src = t.read_text()
            limit, expect = header(src, "max-memory", False), header(src, "expect")
            cmd = [args.vm] + (["--max-memory", limit] if limit else [])
            pkg = header(src, "dir", False)
            if args.lib:
                cmd += ["--lib", args.lib]
            cmd.append(f"{out}/{t.stem}.beam")
            if pkg:
                cmd.append(str(t.parent / pkg))
            try:
                p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
                got = next((l[len("Return value: "):] for l in p.stdout.splitlines()
                            if l.startswith("Return value: ")), None)
                ok = p.returncode == 0 and got == expect
                detail = f"got {got!r} (exit {p.returncode}) {p.stderr.strip()[-300:]}"
            except subprocess.TimeoutExpired:
                ok, detail = False, f"timeout after {args.timeout} s"
            print(("PASS " if ok else "FAIL ") + t.stem + ("" if ok else f": {detail}"))
            failed += not ok
    print(f"{len(tests) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
