#!/usr/bin/env python3
"""Differential test harness: run Erlang test programs on the VM and on real OTP.

Usage:
    python3 tests/harness/run.py --vm PATH_TO_ATOMVM_BINARY [--vm-label 64bit]
        [--known-failures tests/known_failures.txt] [-k SUBSTRING] [--jobs N]
        [--build-dir DIR] [--timeout SECS] [--vm-arg ARG ...]

Every tests/erlang/*.erl module exports start/0.  The harness:
  1. compiles the modules with `erlc +debug_info` into BUILD_DIR (default
     build/erlang-tests), recompiling only sources newer than their .beam;
  2. computes the expected result of each stale test in ONE `erl -noshell` run
     (each start/0 in its own process, rendered with io_lib:format("~w", ...)),
     caching the results in BUILD_DIR/expected.tsv keyed by the .beam hash.
     It also rejects tests that call library functions the VM does not have
     (see ALLOWED_REMOTE below): that is a test bug, reported as ERROR;
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
import signal
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TEST_DIR = REPO_ROOT / "tests" / "erlang"
RESULT_PREFIX = "Return value: "
CACHE_NAME = "expected.tsv"

# Remote calls a test may make besides its own module and the erlang module
# (calls to modules that do not exist on OTP either are allowed: they test
# undef).  None allows every function of that module.
ALLOWED_REMOTE = {
    "math": None,
    "lists": {"reverse/1", "reverse/2", "keyfind/3", "keymember/3",
              "keysearch/3", "member/2"},
    "maps": {"find/2", "from_list/1", "from_keys/2", "get/2", "get/3",
             "is_key/2", "keys/1", "merge/2", "put/3", "remove/2", "take/2",
             "to_list/1", "update/3", "values/1", "with/2", "without/2"},
    "binary": {"part/2", "part/3", "split/2", "split/3", "match/2", "match/3",
               "matches/2", "matches/3", "replace/3", "replace/4", "copy/1",
               "copy/2", "at/2", "first/1", "last/1", "bin_to_list/1",
               "bin_to_list/2", "bin_to_list/3", "decode_unsigned/1",
               "decode_unsigned/2", "encode_unsigned/1", "encode_unsigned/2",
               "list_to_bin/1", "longest_common_prefix/1",
               "longest_common_suffix/1", "referenced_byte_size/1",
               "compile_pattern/1"},
    "unicode": {"characters_to_list/1", "characters_to_list/2",
                "characters_to_binary/1", "characters_to_binary/2",
                "characters_to_binary/3", "bom_to_encoding/1",
                "encoding_to_bom/1"},
}

# Erlang code run by `erl -eval`: computes OTP's rendering of each test and
# lists forbidden imports.  Output lines: Mod \t ok|error \t text.
EXPECT_SCRIPT = r"""
Out = "%(out)s", Mods = [%(mods)s], Timeout = %(timeout)d,
LibExports = lists:foldl(fun(Dir, Acc0) ->
    lists:foldl(fun(F, Acc) ->
        {ok, {LM, [{exports, Es}]}} = beam_lib:chunks(F, [exports]),
        maps:put(LM, [E || {N, _} = E <- Es, N =/= module_info], Acc)
    end, Acc0, filelib:wildcard(filename:join(Dir, "*.beam")))
end, #{}, [%(libdirs)s]),
Allowed = maps:merge(LibExports, #{%(allowed)s}),
Forbidden = fun(M) ->
    {ok, {_, [{imports, Imps}]}} = beam_lib:chunks(code:which(M), [imports]),
    [{IM, F, A} || {IM, F, A} <- Imps, IM =/= erlang, IM =/= M,
     code:which(IM) =/= non_existing,
     case maps:find(IM, Allowed) of
         {ok, all} -> false;
         {ok, Fs} -> not lists:member({F, A}, Fs);
         error -> true
     end]
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
    {St, Txt} = case Forbidden(M) of
        [] -> Run(M);
        Bad -> {error, io_lib:format("calls functions the VM lacks: ~w", [Bad])}
    end,
    [atom_to_list(M), $\t, atom_to_list(St), $\t, Txt, $\n]
end,
Data = unicode:characters_to_binary([Line(M) || M <- Mods]),
ok = file:write_file(Out, Data),
halt(0).
"""


def fail(msg):
    print(f"run.py: error: {msg}", file=sys.stderr)
    sys.exit(2)


def erl_allowed():
    parts = []
    for mod, funs in sorted(ALLOWED_REMOTE.items()):
        if funs is None:
            parts.append(f"{mod} => all")
        else:
            fs = ", ".join("{%s, %s}" % tuple(f.split("/")) for f in sorted(funs))
            parts.append(f"{mod} => [{fs}]")
    return ", ".join(parts)


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
            parts = line.split("\t", 3)
            if len(parts) == 4:
                cache[parts[0]] = (parts[1], parts[2], parts[3])
    return cache


def lib_dirs(vm_args):
    """The directories among the VM arguments: their modules' exports may be called."""
    return [os.path.abspath(a) for a in vm_args if os.path.isdir(a)]


def lib_salt(dirs):
    """Names of the library modules and their exports change what tests may call."""
    h = hashlib.sha256()
    for d in dirs:
        for f in sorted(Path(d).glob("*.beam")):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def erl_string_list(items):
    return ", ".join('"%s"' % i.replace("\\", "\\\\").replace('"', '\\"') for i in items)


def expected_results(mods, build_dir, timeout, libdirs=()):
    """Return {mod: (status, text)} computed on OTP, using the cache."""
    cache_path = build_dir / CACHE_NAME
    cache = load_cache(cache_path)
    # The key covers the .beam, this harness's OTP-side script and the libraries' exports.
    salt = (EXPECT_SCRIPT + erl_allowed() + lib_salt(libdirs)).encode()
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
            "allowed": erl_allowed(),
            "libdirs": erl_string_list(libdirs),
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
            mod, status, text = (line.split("\t", 2) + ["", ""])[:3]
            if mod in hashes:
                cache[mod] = (hashes[mod], status, text)
        out.unlink()
        cache_path.write_text("".join(f"{m}\t{h}\t{s}\t{t}\n"
                                      for m, (h, s, t) in sorted(cache.items())),
                              encoding="utf-8")
    return {m: (cache[m][1], cache[m][2]) for m in mods}


def run_vm(vm, vm_args, beam, timeout):
    """Run one module on the VM; return (ok, got, detail)."""
    try:
        proc = subprocess.Popen([vm] + vm_args + [str(beam)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
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
                    help="extra argument passed to the VM before the .beam; a directory "
                         "(of library .beam files) also lets tests call its modules' exports")
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

    compile_tests(sources, build_dir)
    mods = [s.stem for s in sources]
    expected = expected_results(mods, build_dir, args.timeout, lib_dirs(args.vm_arg))

    runnable = [m for m in mods if expected[m][0] == "ok"]
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futs = {m: pool.submit(run_vm, vm, args.vm_arg, build_dir / f"{m}.beam",
                               args.timeout) for m in runnable}
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
