#!/usr/bin/env python3
"""How much of OTP's API the standard library provides, module by module.

For every module of the library (libs/*/src/*.erl) and every module the VM has
BIFs for (rust/core/src/bif/*.rs), lists the functions OTP 25 exports
(M:module_info(exports) on the installed `erl`, without module_info/0,1), which of
them this VM provides (exports of build/libs/atomvmlib.avm plus the BIFs) and the
missing ones. Prints a Markdown table; docs/stdlib.md holds its output.

    python3 tools/lib_coverage.py [--lib build/libs/atomvmlib.avm] [--no-build]
                                  [--full] [--omit-missing MODULE,...]

The library is built first (tools/build_libs.sh) unless --no-build is given.
Modules OTP does not have (AtomVM's own) are listed with "-" as OTP's count.
"""

import argparse
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tests" / "harness"))

import run  # noqa: E402  (the harness: BIF tables and .avm/.beam readers)

# Erlang run by `erl -eval`: prints "Mod f/a f/a ..." per module, or "Mod -" when
# OTP has no such module.
OTP_SCRIPT = r"""
lists:foreach(fun(M) ->
    case code:ensure_loaded(M) of
        {module, M} ->
            Es = [io_lib:format("~s/~w", [F, A]) || {F, A} <- M:module_info(exports),
                  F =/= module_info],
            io:format("~s ~s~n", [M, lists:join(" ", Es)]);
        _ -> io:format("~s -~n", [M])
    end
end, [%s]), halt().
"""


def otp_exports(mods):
    script = OTP_SCRIPT % ", ".join(f"'{m}'" for m in mods)
    out = subprocess.run(["erl", "-noshell", "-eval", script], check=True,
                         capture_output=True, text=True).stdout
    res = {}
    for line in out.splitlines():
        name, _, rest = line.partition(" ")
        res[name] = None if rest.strip() == "-" else set(rest.split())
    return res


def ours(lib_avm):
    """{module: {"f/a"}} of the library package and the BIF tables."""
    res = {}
    for mfa in run.vm_functions(lib_avm):
        m, _, fa = mfa.partition(":")
        res.setdefault(m, set()).add(fa)
    return res


def fa_key(fa):
    f, _, a = fa.rpartition("/")
    return (f, int(a))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lib", default=str(run.LIB_AVM))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--full", action="store_true",
                    help="also list the missing functions of modules with a summary only")
    args = ap.parse_args()
    if not args.no_build:
        subprocess.run(["bash", str(run.BUILD_LIBS)], check=True, stdout=sys.stderr)
    have = ours(Path(args.lib))
    mods = sorted(have)
    otp = otp_exports(mods)
    # Modules whose missing list is too long to be useful in the table.
    summary_only = {"erlang"}
    rows, tot_otp, tot_have = [], 0, 0
    for m in mods:
        mine = have.get(m, set())
        theirs = otp.get(m)
        if theirs is None:
            rows.append(f"| {m} | - | {len(mine)} | (AtomVM's own) |")
            continue
        got = theirs & mine
        missing = sorted(theirs - mine, key=fa_key)
        tot_otp += len(theirs)
        tot_have += len(got)
        if not missing:
            miss = ""
        elif m in summary_only and not args.full:
            miss = f"{len(missing)} (run with --full to list)"
        else:
            miss = " ".join(missing)
        rows.append(f"| {m} | {len(theirs)} | {len(got)} | {miss} |")
    print("| module | OTP exports | provided | missing |")
    print("|---|---:|---:|---|")
    print("\n".join(rows))
    print(f"| **total** | {tot_otp} | {tot_have} | |")


if __name__ == "__main__":
    main()
