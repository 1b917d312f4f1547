#!/usr/bin/env python3
"""Benchmark suite: runs bench/*.erl on this VM and on OTP (`erl`) side by side.

Usage:
    python3 tools/bench.py [--quick] [--filter SUBSTR[,SUBSTR..]] [--runs N] [--vm PATH]
        [--vm32 PATH] [--no-otp] [--otp-args ARGS] [--sections bench,startup,memory]
        [--stat median|min] [--callgrind] [--timeout SECS]

Every benchmark is timed INSIDE its VM: a generated module b_NAME has start() ->
timing:time(Module, Arg), which loads Module, reads erlang:monotonic_time(microsecond)
(and erlang:statistics(runtime)) around Module:run(Arg) and returns {Checksum,
Microseconds, RuntimeMs}. VM start-up and code loading are not measured. Each benchmark
runs N times in a fresh VM (OS process) on each side, the two sides taking turns. The
table shows the median wall time here and on OTP, their ratio (here / OTP: > 1 means
slower than OTP), CPU times and their ratio (see below), the peak RSS of the child (GNU
time's %M: ru_maxrss of a child of `time`; median over runs) and whether our checksum
equals OTP's ("ok", "MISMATCH", or "FAIL" if the VM did not return one).

Sections (default all three):
  bench    the timing table;
  startup  wall time of a hello-world run (median of 20) here and on OTP;
  memory   bytes per idle process (10,000 processes blocked in receive): growth of
           erlang:memory(total), sum of process_info(P, memory), and peak-RSS delta
           (10,000 vs 0 processes), on the 64-bit runner, the 32-bit runner (--vm32,
           default: the i686 build next to --vm if present) and OTP.

--callgrind runs each selected benchmark once, at --quick sizes, under
`valgrind --tool=callgrind` and reports instruction counts (total, and minus the count
of a hello-world run: start-up and loading). Outputs are kept in build/bench/callgrind/
for callgrind_annotate.

OTP runs with `+S 1` by default (one scheduler, like this VM); --otp-args overrides it.
Other jobs on the machine disturb wall-clock times: on a loaded machine a run longer than a
scheduler time slice is stretched by the load factor while a short one is not, so the wall
ratio is skewed. The CPU columns are steadier. They are user time (system time, such as the
page faults of a growing heap, is left out on both sides): here, the child's user time
(wait4) minus that of a hello-world run; on OTP, erlang:statistics(runtime) around the work
(all threads, 1 ms resolution; this VM's statistics(runtime) is wall time, so it is not
used). The load average is printed before and after; callgrind counts do not depend on load.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH_SRC = REPO / "bench"
BUILD = REPO / "build" / "bench"
RESULT_PREFIX = "Return value: "

# name, module, argument (Erlang term text) at full size, argument at --quick size.
BENCHMARKS = [
    ("fib", "fib", "30", "27"),
    ("float_mandel", "float_loop", "300", "60"),
    ("bignum", "bignum", "20000", "4000"),
    ("list_sort", "list_sort", "200000", "20000"),
    ("list_ops", "list_ops", "1000000", "100000"),
    ("bin_bytes", "bin_bytes", "1048576", "131072"),
    ("bin_words", "bin_words", "{1048576,8}", "{131072,1}"),
    ("map_ops", "map_ops", "100000", "10000"),
    ("sudoku", "sudoku", "3", "{1,3}"),
    ("ring_100x10k", "ring", "{100,10000}", "{100,1000}"),
    ("ring_10kx10", "ring", "{10000,10}", "{1000,10}"),
    ("pingpong", "pingpong", "100000", "10000"),
    ("spawn_exit", "spawn_exit", "100000", "10000"),
    ("sel_recv_ref", "sel_recv", "{10000,10000,ref}", "{10000,500,ref}"),
    ("sel_recv_tag", "sel_recv", "{10000,2000,tag}", "{10000,100,tag}"),
    ("etf", "etf", "10000", "1000"),
    ("format", "format", "20000", "2000"),
]

IDLE_PROCS = 10000
STAT = "median"  # or "min" (--stat): how the runs of one benchmark are summarised


def default_vm(target=None):
    base = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "rust" / "target"))
    if target:
        base = base / target
    return base / "release" / "atomvm"


# ---------------------------------------------------------------------------- build

def compile_erl(srcs, outdir):
    """erlc the sources that are newer than their .beam."""
    outdir.mkdir(parents=True, exist_ok=True)
    stale = [s for s in srcs
             if not (outdir / (s.stem + ".beam")).exists()
             or (outdir / (s.stem + ".beam")).stat().st_mtime < s.stat().st_mtime]
    if stale:
        subprocess.run(["erlc", "-o", str(outdir)] + [str(s) for s in stale], check=True)


def entry_module(name):
    return "b_" + name


def write_entries(benches, quick):
    """One b_NAME module per benchmark: start() -> timing:time(Module, Arg)."""
    d = BUILD / ("entries-quick" if quick else "entries")
    d.mkdir(parents=True, exist_ok=True)
    srcs = []
    for name, mod, arg, qarg in benches:
        a = qarg if quick else arg
        src = d / (entry_module(name) + ".erl")
        text = (f"-module({entry_module(name)}).\n-export([start/0]).\n"
                f"start() -> timing:time({mod}, {a}).\n")
        if not src.exists() or src.read_text() != text:
            src.write_text(text)
        srcs.append(src)
    compile_erl(srcs, d)
    return d


def write_helpers():
    """hello (start-up) and b_idle_N (memory) entry modules."""
    d = BUILD / "helpers"
    d.mkdir(parents=True, exist_ok=True)
    srcs = []
    files = {"hello": "-module(hello).\n-export([start/0]).\nstart() -> ok.\n"}
    for n in (0, IDLE_PROCS):
        files[f"b_idle_{n}"] = (f"-module(b_idle_{n}).\n-export([start/0]).\n"
                                f"start() -> idle_procs:run({n}).\n")
    for m, text in files.items():
        src = d / (m + ".erl")
        if not src.exists() or src.read_text() != text:
            src.write_text(text)
        srcs.append(src)
    compile_erl(srcs, d)
    return d


# ---------------------------------------------------------------------------- running

class Run:
    def __init__(self, ok, value, wall, cpu, maxrss_kb, stdout, stderr):
        self.ok, self.value, self.wall, self.cpu, self.maxrss_kb = ok, value, wall, cpu, maxrss_kb
        self.stdout, self.stderr = stdout, stderr


GNU_TIME = "/usr/bin/time"


def run_child(cmd, timeout, rss=True):
    """Runs cmd; returns a Run with the 'Return value: ' text, wall time and peak RSS (KB).

    Peak RSS comes from GNU time (-f %M) when it is installed: getrusage of a child forked
    from this Python process would count Python's own RSS, inherited up to the exec. Its
    floor is then the RSS of `time` itself (about 1 MB)."""
    use_time = rss and os.path.exists(GNU_TIME)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rssf:
        full = ([GNU_TIME, "-f", "%M", "-o", rssf.name] + cmd) if use_time else cmd
        t0 = time.perf_counter()
        p = subprocess.Popen(full, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        so = out.read().decode("utf-8", "replace")
        se = err.read().decode("utf-8", "replace")
        maxrss = ru.ru_maxrss if rss else None
        if use_time:
            lines = [line for line in rssf.read().splitlines() if line.strip().isdigit()]
            maxrss = int(lines[-1]) if lines else None
    value = None
    for line in so.splitlines():
        if line.startswith(RESULT_PREFIX):
            value = line[len(RESULT_PREFIX):].strip()
    ok = p.returncode == 0 and value is not None
    # wait4 reports the child's CPU time including the descendants it waited for (the VM
    # under `time`). User time only, as OTP's statistics(runtime): system time (page faults
    # of a growing heap) is left out on both sides.
    return Run(ok, value, wall, ru.ru_utime, maxrss, so, se)


def vm_cmd(vm, entry_beam):
    return [str(vm), str(entry_beam), str(BUILD)]


def otp_cmd(otp_args, dirs, module):
    cmd = ["erl", "-noshell"] + otp_args
    for d in dirs:
        cmd += ["-pa", str(d)]
    cmd += ["-eval", f'io:format("{RESULT_PREFIX}~w~n", [{module}:start()]), halt().']
    return cmd


TIMED = re.compile(r"^\{(.*),(-?\d+),(-?\d+)\}$", re.S)


def split_timed(value):
    """'{Checksum,WallUs,RuntimeMs}' -> (Checksum text, wall microseconds, runtime ms)."""
    m = TIMED.match(value or "")
    if not m:
        return None, None, None
    return m.group(1), int(m.group(2)), int(m.group(3))


class Result:
    """One benchmark on one VM: checksum, wall ms, CPU ms, peak RSS KB (or an error)."""

    def __init__(self, checksum=None, wall=None, cpu=None, rss=None, err=None):
        self.checksum, self.wall, self.cpu, self.rss, self.err = checksum, wall, cpu, rss, err


class Series:
    """The runs of one benchmark on one VM.

    CPU time: with cpu_base (this VM), the child's CPU time minus cpu_base (the CPU time of
    a hello-world run: start-up); without (OTP, whose start-up costs a noisy ~200 ms), the
    erlang:statistics(runtime) delta measured inside the VM (ms resolution)."""

    def __init__(self, cmd, timeout, cpu_base=None):
        self.cmd, self.timeout, self.cpu_base = cmd, timeout, cpu_base
        self.walls, self.cpus, self.rss, self.checksum, self.err = [], [], [], None, None

    def run(self):
        if self.err:
            return
        r = run_child(self.cmd, self.timeout)
        self.rss.append(r.maxrss_kb)
        if not r.ok:
            tail = (r.stderr.strip() or r.stdout.strip()).splitlines()[-3:]
            self.err = " | ".join(tail)[:300] or "no result"
            return
        c, us, rt_ms = split_timed(r.value)
        if c is None:
            self.err = "unexpected result " + r.value[:200]
        elif self.checksum is not None and c != self.checksum:
            self.err = "checksum differs between runs"
        else:
            self.checksum = c
            self.walls.append(us / 1000.0)
            self.cpus.append(max(0.0, (r.cpu - self.cpu_base) * 1000.0) if self.cpu_base is not None
                             else float(rt_ms))

    def result(self):
        """Summary: median (or min with --stat min) of times, median of peak RSS."""
        rss = statistics.median(self.rss) if self.rss else None
        if self.err or not self.walls:
            return Result(rss=rss, err=self.err)
        pick = min if STAT == "min" else statistics.median
        return Result(self.checksum, pick(self.walls), pick(self.cpus), rss)


def measure(cmd, runs, timeout, cpu_base=None):
    """Runs cmd `runs` times; a Result."""
    s = Series(cmd, timeout, cpu_base)
    for _ in range(runs):
        s.run()
    return s.result()


def startup_cpu(vm, helpers, timeout, n=10):
    """Median CPU seconds of a hello-world run of this VM."""
    return statistics.median(run_child([str(vm), str(helpers / "hello.beam")], timeout, rss=False).cpu
                             for _ in range(n))


# ---------------------------------------------------------------------------- output

def table(headers, rows, align=None):
    cols = list(zip(*([headers] + rows))) if rows else [[h] for h in headers]
    widths = [max(len(str(c)) for c in col) for col in cols]
    align = align or ["<"] + [">"] * (len(headers) - 1)

    def fmt(row):
        return "| " + " | ".join(f"{str(c):{a}{w}}" for c, a, w in zip(row, align, widths)) + " |"
    lines = [fmt(headers), "|" + "|".join(("-" * (w + 1) + ":") if a == ">" else ("-" * (w + 2))
                                          for a, w in zip(align, widths)) + "|"]
    lines += [fmt(r) for r in rows]
    print("\n".join(lines), flush=True)


def fmt_ms(v):
    if v is None:
        return "-"
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def fmt_mb(kb):
    return "-" if kb is None else f"{kb / 1024:.1f}"


def loadavg():
    try:
        return "load average %.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "load average unknown"


# ---------------------------------------------------------------------------- sections

def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "-"


def section_bench(args, benches, entries, helpers):
    base = startup_cpu(args.vm, helpers, args.timeout)
    rows = []
    for name, mod, arg, qarg in benches:
        beam = entries / (entry_module(name) + ".beam")
        # The two VMs take turns, so that both see the same changes of the machine's load.
        hs = Series(vm_cmd(args.vm, beam), args.timeout, cpu_base=base)
        os_ = None if args.no_otp else Series(otp_cmd(args.otp_args, [BUILD, entries], entry_module(name)),
                                               args.timeout)
        for _ in range(args.runs):
            hs.run()
            if os_:
                os_.run()
        h, o = hs.result(), (os_.result() if os_ else Result())
        if h.err:
            check = "FAIL"
            print(f"  {name}: {h.err}", file=sys.stderr)
        elif args.no_otp:
            check = "-"
        elif o.err:
            check = "OTP FAIL"
            print(f"  {name} on OTP: {o.err}", file=sys.stderr)
        else:
            check = "ok" if h.checksum == o.checksum else "MISMATCH"
            if check != "ok":
                print(f"  {name}: here {h.checksum[:120]}\n  {' ' * len(name)}  OTP  {o.checksum[:120]}",
                      file=sys.stderr)
        rows.append([name, qarg if args.quick else arg, fmt_ms(h.wall), fmt_ms(o.wall), ratio(h.wall, o.wall),
                     fmt_ms(h.cpu), fmt_ms(o.cpu), ratio(h.cpu, o.cpu), fmt_mb(h.rss), fmt_mb(o.rss), check])
        print(f"  {name}: {fmt_ms(h.wall)} ms here, {fmt_ms(o.wall)} ms OTP, {check}", file=sys.stderr, flush=True)
    print(f"\n(CPU = user CPU time. Here: the child's, minus {base * 1000:.1f} ms of start-up; OTP: "
          "statistics(runtime) around the work, 1 ms resolution)\n")
    table(["benchmark", "arg", "ms here", "ms OTP", "ratio", "CPU ms here", "CPU ms OTP", "CPU ratio",
           "RSS MB here", "RSS MB OTP", "check"], rows,
          ["<", "<", ">", ">", ">", ">", ">", ">", ">", ">", "<"])
    return rows


def section_startup(args, helpers):
    n = 20
    beam = helpers / "hello.beam"
    rows = []
    sides = [("this VM", [str(args.vm), str(beam)])]
    if args.vm32 and args.vm32.exists():
        sides.append(("this VM (32-bit)", [str(args.vm32), str(beam)]))
    if not args.no_otp:
        sides.append(("OTP", otp_cmd(args.otp_args, [helpers], "hello")))
    for label, cmd in sides:
        walls = []
        for _ in range(n):
            r = run_child(cmd, args.timeout, rss=False)
            if not r.ok:
                print(f"  start-up on {label} failed: {r.stderr.strip()[:200]}", file=sys.stderr)
                break
            walls.append(r.wall * 1000)
        if walls:
            rss = run_child(cmd, args.timeout).maxrss_kb
            rows.append([label, f"{statistics.median(walls):.1f}", f"{min(walls):.1f}", fmt_mb(rss)])
    print(f"\nStart-up (hello world, wall time of the whole OS process, {n} runs):\n")
    table(["VM", "median ms", "min ms", "peak RSS MB"], rows)


IDLE = re.compile(r"^\{(\d+),(-?\d+),(-?\d+)\}$")


def idle_run(cmd, runs, timeout):
    """Median (memory delta, process_info sum, peak RSS KB) of idle_procs runs."""
    md, pi, rss = [], [], []
    for _ in range(runs):
        r = run_child(cmd, timeout)
        m = IDLE.match(r.value or "") if r.ok else None
        if not m:
            print(f"  idle_procs failed: {(r.stderr or r.stdout).strip()[:200]}", file=sys.stderr)
            return None
        md.append(int(m.group(2)))
        pi.append(int(m.group(3)))
        rss.append(r.maxrss_kb)
    return statistics.median(md), statistics.median(pi), statistics.median(rss)


def section_memory(args, helpers):
    n = IDLE_PROCS
    sides = [("this VM, 64-bit", lambda m: [str(args.vm), str(helpers / (m + ".beam")), str(BUILD)])]
    if args.vm32 and args.vm32.exists():
        sides.append(("this VM, 32-bit", lambda m: [str(args.vm32), str(helpers / (m + ".beam")), str(BUILD)]))
    else:
        print(f"  (no 32-bit runner at {args.vm32}: build with --target i686-unknown-linux-gnu)",
              file=sys.stderr)
    if not args.no_otp:
        sides.append(("OTP", lambda m: otp_cmd(args.otp_args, [helpers, BUILD], m)))
    rows = []
    for label, cmd in sides:
        full = idle_run(cmd(f"b_idle_{n}"), args.runs, args.timeout)
        zero = idle_run(cmd("b_idle_0"), args.runs, args.timeout)
        if not full or not zero:
            continue
        md, pi, rss = full
        per_rss = (rss - zero[2]) * 1024 / n
        per_pi = pi / n
        rows.append([label, f"{md / n:.0f}", f"{per_pi:.0f}", f"{per_rss:.0f}",
                     f"{int(65536 // per_pi)} / {int(65536 // per_rss) if per_rss > 0 else '-'}",
                     f"{int(262144 // per_pi)} / {int(262144 // per_rss) if per_rss > 0 else '-'}"])
    print(f"\nMemory per idle process ({n} processes blocked in receive; bytes):\n")
    table(["VM", "memory(total) delta / N", "process_info memory", "peak RSS delta / N",
           "fit in 64 KB (pi / RSS)", "fit in 256 KB (pi / RSS)"], rows)


COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def callgrind(args, cmd, out):
    vg = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
    r = run_child(vg + cmd, args.timeout * 50, rss=False)
    m = COLLECTED.search(r.stderr)
    return r, (int(m.group(1)) if m else None)


def section_callgrind(args, benches, entries, helpers):
    cgdir = BUILD / "callgrind"
    cgdir.mkdir(parents=True, exist_ok=True)
    _, base = callgrind(args, [str(args.vm), str(helpers / "hello.beam")], cgdir / "hello.out")
    rows = []
    for name, mod, arg, qarg in benches:
        beam = entries / (entry_module(name) + ".beam")
        r, ir = callgrind(args, vm_cmd(args.vm, beam), cgdir / f"{name}.out")
        c = split_timed(r.value)[0] if r.ok else None
        check = "-"
        if c is None:
            check = "FAIL"
            print(f"  {name}: {r.stderr.strip()[-300:]}", file=sys.stderr)
        elif not args.no_otp:
            o = measure(otp_cmd(args.otp_args, [BUILD, entries], entry_module(name)), 1, args.timeout)
            check = "OTP FAIL" if o.err else ("ok" if o.checksum == c else "MISMATCH")
        work = ir - base if ir is not None and base is not None else None
        rows.append([name, qarg, f"{ir / 1e6:.1f}" if ir else "-", f"{work / 1e6:.1f}" if work else "-", check])
        print(f"  {name}: {rows[-1][2]} M instructions", file=sys.stderr, flush=True)
    print(f"\nCallgrind instruction counts (millions; --quick sizes; start-up = hello world = "
          f"{base / 1e6 if base else 0:.1f} M):\n")
    table(["benchmark", "arg", "Ir total", "Ir minus start-up", "check"], rows, ["<", "<", ">", ">", "<"])
    print(f"\nProfiles: {cgdir}/NAME.out (callgrind_annotate --inclusive=no FILE | head -40)")


# ---------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes (development)")
    ap.add_argument("--filter", default="", help="comma-separated substrings of benchmark names")
    ap.add_argument("--runs", type=int, default=3, help="runs per benchmark and side (median)")
    ap.add_argument("--vm", type=Path, default=default_vm(), help="the 64-bit atomvm runner")
    ap.add_argument("--vm32", type=Path, default=None, help="the 32-bit atomvm runner (memory section)")
    ap.add_argument("--no-otp", action="store_true", help="do not run OTP")
    ap.add_argument("--otp-args", default="+S 1", help="extra erl arguments (default: '+S 1')")
    ap.add_argument("--sections", default="bench,startup,memory", help="bench,startup,memory")
    ap.add_argument("--stat", choices=["median", "min"], default="median",
                    help="summary of the runs' times (min is steadier on a loaded machine)")
    ap.add_argument("--callgrind", action="store_true", help="instruction counts under callgrind")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per run")
    args = ap.parse_args()
    args.otp_args = args.otp_args.split()
    global STAT
    STAT = args.stat
    if args.vm32 is None:
        args.vm32 = args.vm.parents[1] / "i686-unknown-linux-gnu" / "release" / "atomvm"
    if not args.vm.exists():
        sys.exit(f"no runner at {args.vm}: build it (cargo build --release) or pass --vm")

    filters = [f for f in args.filter.split(",") if f]
    benches = [b for b in BENCHMARKS if not filters or any(f in b[0] for f in filters)]
    compile_erl(sorted(BENCH_SRC.glob("*.erl")), BUILD)
    entries = write_entries(BENCHMARKS, args.quick or args.callgrind)
    helpers = write_helpers()

    print(f"# {args.vm} vs erl {' '.join(args.otp_args)} — {loadavg()}, {os.cpu_count()} CPUs; "
          f"{args.stat} of {args.runs} runs", flush=True)
    if args.callgrind:
        section_callgrind(args, benches, entries, helpers)
    else:
        sections = args.sections.split(",")
        if "bench" in sections and benches:
            section_bench(args, benches, entries, helpers)
        if "startup" in sections:
            section_startup(args, helpers)
        if "memory" in sections:
            section_memory(args, helpers)
    print(f"\n# done — {loadavg()}")


if __name__ == "__main__":
    main()
