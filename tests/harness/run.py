#!/usr/bin/env python3
"""Differential test harness: run Erlang test programs on the VM and on real OTP.

Usage:
    python3 tests/harness/run.py --vm PATH_TO_ATOMVM_BINARY [--vm-label 64bit]
        [--known-failures tests/known_failures.txt] [-k SUBSTRING] [--jobs N]
        [--build-dir DIR] [--timeout SECS] [--vm-arg ARG ...]
        [--lib LIB.avm | --no-lib]

Every tests/erlang/*.erl module exports start/0.  The harness:
  0. builds the standard library (tools/build_libs.sh: libs/ -> build/libs/
     atomvmlib.avm) unless --lib or --no-lib is given; the VM runs with it
     (ATOMVM_LIB);
  1. compiles the modules with `erlc +debug_info` into BUILD_DIR (default
     build/erlang-tests), recompiling only sources newer than their .beam;
  2. computes the expected result of each stale test in ONE `erl -noshell` run
     (each start/0 in its own process, rendered with io_lib:format("~w", ...)),
     caching the results in BUILD_DIR/expected.tsv keyed by the .beam hash,
     with the remote calls the test makes to modules that exist on OTP.
     A test calling a function the VM does not have (neither a BIF of the
     Rust tables rust/core/src/bif/*.rs nor an export of a library module)
     is a test bug, reported as ERROR;
  3. runs `VM [vm-args] BUILD_DIR/Mod.beam` for each module (in parallel) and
     compares the LAST stdout line starting with "Return value: " with OTP's
     rendering, byte for byte (OTP's rendering is UTF-8 encoded).

Modules listed in the known-failures file (one name per line, # comments)
are reported XFAIL when they fail and XPASS when they pass; neither fails the
run.  The last line printed is "N passed, N failed, N skipped" (skipped =
xfails).  The exit status is 1 if any test failed unexpectedly or errored.
"""

import argparse
import concurrent.futures
import hashlib
import os
import re
import signal
import struct
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TEST_DIR = REPO_ROOT / "tests" / "erlang"
RESULT_PREFIX = "Return value: "
CACHE_NAME = "expected.tsv"

BIF_DIR = REPO_ROOT / "rust" / "core" / "src" / "bif"
LIB_AVM = REPO_ROOT / "build" / "libs" / "atomvmlib.avm"
BUILD_LIBS = REPO_ROOT / "tools" / "build_libs.sh"

# A row of a BIF table: ("lists", "reverse", 1, reverse1),
BIF_ROW = re.compile(r'\(\s*"([^"]+)",\s*"([^"]+)",\s*(\d+),\s*[A-Za-z_][A-Za-z0-9_:]*\s*\)')


def vm_functions(lib_avm):
    """The functions the VM provides: BIFs and the exports of the modules of the
    library package, as a set of "m:f/a" strings."""
    funs = set()
    for rs in sorted(BIF_DIR.glob("*.rs")):
        for m, f, a in BIF_ROW.findall(rs.read_text(encoding="utf-8")):
            funs.add(f"{m}:{f}/{a}")
    if lib_avm is not None:
        for name, beam in avm_beams(lib_avm.read_bytes()):
            funs.update(f"{name}:{f}/{a}" for f, a in beam_exports(beam))
    return funs


def avm_beams(data):
    """[(module, beam bytes)] of a packbeam file (see rust/packbeam/src/avm.rs)."""
    out, pos = [], 24
    while pos + 12 <= len(data):
        size, flags, _ = struct.unpack(">III", data[pos:pos + 12])
        nul = data.index(b"\0", pos + 12)
        name = data[pos + 12:nul].decode("utf-8")
        start = pos + 12 + ((nul - (pos + 12) + 4) & ~3)
        if name == "end":
            break
        if flags & 2 and data[start:start + 4] == b"FOR1":
            total = 8 + struct.unpack(">I", data[start + 4:start + 8])[0]
            out.append((name.removesuffix(".beam"), data[start:start + total]))
        pos = start + size
    return out


def beam_exports(data):
    """[(function, arity)] of a .beam file's export table."""
    if data[:4] != b"FOR1" or data[8:12] != b"BEAM":
        return []
    chunks, pos = {}, 12
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        chunks[cid] = data[pos + 8:pos + 8 + size]
        pos += 8 + ((size + 3) & ~3)
    atoms_chunk = chunks.get(b"AtU8") or chunks.get(b"Atom")
    exp = chunks.get(b"ExpT")
    if atoms_chunk is None or exp is None:
        return []
    count = struct.unpack(">i", atoms_chunk[:4])[0]
    atoms, pos = [None], 4
    for _ in range(count):
        n = atoms_chunk[pos]
        atoms.append(atoms_chunk[pos + 1:pos + 1 + n].decode("utf-8"))
        pos += 1 + n
    n = struct.unpack(">I", exp[:4])[0]
    out = []
    for i in range(n):
        f, a, _label = struct.unpack(">III", exp[4 + 12 * i:16 + 12 * i])
        out.append((atoms[f], a))
    return out


# Erlang code run by `erl -eval`: computes OTP's rendering of each test and
# lists forbidden imports.  Output lines: Mod \t ok|error \t text.
EXPECT_SCRIPT = r"""
Out = "%(out)s", Mods = [%(mods)s], Timeout = %(timeout)d,
Remote = fun(M) ->
    {ok, {_, [{imports, Imps}]}} = beam_lib:chunks(code:which(M), [imports]),
    lists:usort([io_lib:format("~s:~s/~w", [IM, F, A]) || {IM, F, A} <- Imps,
                 IM =/= erlang, IM =/= M, code:which(IM) =/= non_existing])
end,
Run = fun(M) ->
    Parent = self(),
    {Pid, Ref} = spawn_monitor(fun() -> Parent ! {self(), done, M:start()} end),
    receive
        {Pid, done, R} ->
            erlang:demonitor(Ref, [flush]),
            {ok, io_lib:format("~w", [R])};
        {'DOWN', Ref, process, Pid, {Why, [Top | _]}} ->
            {error, io_lib:format("crashed on OTP: ~W at ~W", [Why, 20, Top, 8])};
        {'DOWN', Ref, process, Pid, Why} ->
            {error, io_lib:format("crashed on OTP: ~W", [Why, 20])}
    after Timeout ->
        exit(Pid, kill),
        {error, "timed out on OTP"}
    end
end,
Line = fun(M) ->
    {St, Txt} = Run(M),
    [atom_to_list(M), $\t, atom_to_list(St), $\t, lists:join(" ", Remote(M)), $\t, Txt, $\n]
end,
Data = unicode:characters_to_binary([Line(M) || M <- Mods]),
ok = file:write_file(Out, Data),
halt(0).
"""


def fail(msg):
    print(f"run.py: error: {msg}", file=sys.stderr)
    sys.exit(2)


def compile_tests(sources, build_dir):
    stale = []
    for src in sources:
        beam = build_dir / (src.stem + ".beam")
        if not beam.exists() or beam.stat().st_mtime < src.stat().st_mtime:
            stale.append(src)
    if not stale:
        return
    print(f"compiling {len(stale)} test module(s) into {build_dir}", flush=True)
    cmd = ["erlc", "+debug_info", "-o", str(build_dir)] + [str(s) for s in stale]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stdout + res.stderr)
        fail("erlc failed to compile the test modules (see above)")


def load_cache(path):
    cache = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t", 4)
            if len(parts) == 5:
                cache[parts[0]] = tuple(parts[1:])
    return cache


def expected_results(mods, build_dir, timeout, provided):
    """Return {mod: (status, text)} computed on OTP, using the cache; a test that calls
    a function outside `provided` is an error."""
    cache_path = build_dir / CACHE_NAME
    cache = load_cache(cache_path)
    # The key covers the .beam and this harness's OTP-side script.
    salt = EXPECT_SCRIPT.encode()
    hashes = {m: hashlib.sha256(salt + (build_dir / f"{m}.beam").read_bytes()).hexdigest()
              for m in mods}
    todo = [m for m in mods if m not in cache or cache[m][0] != hashes[m]]
    if todo:
        print(f"computing expected results on OTP for {len(todo)} module(s)", flush=True)
        out = build_dir / "expected.partial"
        script = EXPECT_SCRIPT % {
            "out": str(out).replace("\\", "\\\\").replace('"', '\\"'),
            "mods": ", ".join("'%s'" % m for m in todo),
            "timeout": int(timeout * 1000),
        }
        if out.exists():
            out.unlink()
        cmd = ["erl", "-noshell", "-pa", str(build_dir), "-eval", script]
        res = subprocess.run(cmd, capture_output=True, text=True,
                             timeout=timeout * len(todo) + 60)
        if res.returncode != 0 or not out.exists():
            sys.stderr.write(res.stdout[-3000:] + res.stderr[-3000:])
            fail("erl failed while computing the expected results")
        for line in out.read_text(encoding="utf-8").splitlines():
            mod, status, remote, text = (line.split("\t", 3) + ["", "", ""])[:4]
            if mod in hashes:
                cache[mod] = (hashes[mod], status, remote, text)
        out.unlink()
        cache_path.write_text("".join(f"{m}\t{h}\t{s}\t{r}\t{t}\n"
                                      for m, (h, s, r, t) in sorted(cache.items())),
                              encoding="utf-8")
    results = {}
    for m in mods:
        _, status, remote, text = cache[m]
        lacking = [f for f in remote.split() if f not in provided]
        if lacking:
            results[m] = ("error", "calls functions the VM lacks: " + " ".join(lacking))
        else:
            results[m] = (status, text)
    return results


def run_vm(vm, vm_args, beam, timeout, env):
    """Run one module on the VM; return (ok, got, detail)."""
    try:
        proc = subprocess.Popen([vm] + vm_args + [str(beam)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, env=env)
    except OSError as e:
        return False, None, f"could not run VM: {e}"
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the VM and anything it started
        except OSError:
            pass
        out, err = proc.communicate()
        return False, None, f"timed out after {timeout}s" + tail(err)
    res = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    stdout = res.stdout.decode("utf-8", errors="replace")
    got = None
    for line in stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            got = line[len(RESULT_PREFIX):].rstrip("\r")
    detail = ""
    if res.returncode != 0:
        detail = f"exit status {res.returncode}"
    elif got is None:
        detail = "no 'Return value: ' line in stdout"
    return not detail, got, detail + tail(res.stderr)


def tail(data, lines=8):
    if not data:
        return ""
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    last = data.rstrip().splitlines()[-lines:]
    return "\n    stderr: " + "\n    stderr: ".join(last)


def trunc(s, n=300):
    if s is None:
        return "(nothing)"
    return s if len(s) <= n else s[:n] + f"... ({len(s)} chars)"


def read_known_failures(path):
    if path is None:
        return set()
    if not path.exists():
        fail(f"known-failures file {path} does not exist")
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vm", required=True, help="path of the VM binary")
    ap.add_argument("--vm-label", default="64bit", help="label for the summary")
    ap.add_argument("--known-failures", type=Path, default=None)
    ap.add_argument("-k", dest="substring", default=None,
                    help="only run modules whose name contains SUBSTRING")
    ap.add_argument("--skip", type=Path, default=None,
                    help="file of module names (known-failures format) not to run at all")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--build-dir", type=Path,
                    default=REPO_ROOT / "build" / "erlang-tests")
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--vm-arg", action="append", default=[],
                    help="extra argument passed to the VM before the .beam")
    libs = ap.add_mutually_exclusive_group()
    libs.add_argument("--lib", type=Path, default=None,
                      help="standard library package to run with (default: build "
                           "build/libs/atomvmlib.avm with tools/build_libs.sh)")
    libs.add_argument("--no-lib", action="store_true",
                      help="run without the standard library")
    args = ap.parse_args()

    vm = os.path.abspath(args.vm)
    if not os.access(vm, os.X_OK):
        fail(f"VM binary {args.vm} is missing or not executable")
    sources = sorted(TEST_DIR.glob("*.erl"))
    if args.substring:
        sources = [s for s in sources if args.substring in s.stem]
    skip = read_known_failures(args.skip)
    sources = [s for s in sources if s.stem not in skip]
    if not sources:
        fail(f"no test modules selected in {TEST_DIR}")
    build_dir = args.build_dir.resolve()
    build_dir.mkdir(parents=True, exist_ok=True)
    known = read_known_failures(args.known_failures)

    env = dict(os.environ)
    lib = None
    if args.no_lib:
        env["ATOMVM_LIB"] = ""
    else:
        lib = args.lib
        if lib is None:
            res = subprocess.run(["bash", str(BUILD_LIBS)])
            if res.returncode != 0:
                fail("tools/build_libs.sh failed")
            lib = LIB_AVM
        elif not lib.is_file():
            fail(f"library package {lib} does not exist")
        env["ATOMVM_LIB"] = str(lib.resolve())
    provided = vm_functions(lib)

    compile_tests(sources, build_dir)
    mods = [s.stem for s in sources]
    expected = expected_results(mods, build_dir, args.timeout, provided)

    runnable = [m for m in mods if expected[m][0] == "ok"]
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futs = {m: pool.submit(run_vm, vm, args.vm_arg, build_dir / f"{m}.beam",
                               args.timeout, env) for m in runnable}
        results = {}
        for m in mods:
            if m in futs:
                results[m] = futs[m].result()

    counts = dict.fromkeys(["pass", "fail", "error", "xfail", "xpass"], 0)
    problems = []
    for m in mods:
        status, want = expected[m]
        if status != "ok":
            counts["error"] += 1
            print(f"ERROR {m}: test bug: {want}")
            problems.append(m)
            continue
        ran, got, detail = results[m]
        ok = ran and got == want
        if ok and m in known:
            counts["xpass"] += 1
            print(f"XPASS {m} (passes now: remove it from the known failures)")
        elif ok:
            counts["pass"] += 1
            print(f"PASS  {m}")
        else:
            tag = "XFAIL" if m in known else "FAIL "
            counts["xfail" if m in known else "fail"] += 1
            if m not in known:
                problems.append(m)
            print(f"{tag} {m}")
            print(f"    expected: {trunc(want)}")
            print(f"    got:      {trunc(got)}")
            if detail:
                print(f"    {detail}")

    passed = counts["pass"] + counts["xpass"]
    failed = counts["fail"] + counts["error"]
    print(f"suite erlang ({args.vm_label}): {counts['pass']} pass, "
          f"{counts['fail']} fail, {counts['error']} error, "
          f"{counts['xfail']} xfail, {counts['xpass']} xpass"
          + (f"; unexpected: {' '.join(problems)}" if problems else ""))
    print(f"{passed} passed, {failed} failed, {counts['xfail']} skipped")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
