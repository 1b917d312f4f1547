//! What the malformed-input suite and the fuzz targets do with one input: load a `.beam`
//! (and run its `start/0` for a bounded number of time slices), load an `.avm`, or decode
//! an external term (and work the decoded term over). Any panic escapes to the caller: the
//! test suite catches it and names the input, libFuzzer reports it as a crash.
//!
//! Shared by `rust/core/tests/*.rs` and `rust/fuzz/fuzz_targets/*.rs` (included by path).
#![allow(dead_code)]

use std::borrow::Cow;

use avm_core::etf;
use avm_core::heap::Heap;
use avm_core::interp::Regs;
use avm_core::platform::Platform;
use avm_core::sched::signal::SpawnOpts;
use avm_core::sched::Step;
use avm_core::term::compare::{compare, Mode};
use avm_core::term::Term;
use avm_core::vm::{AvmSource, CodeSource, Vm};

/// A platform with no console and a clock that never moves (so timers never fire and a
/// run ends once every process waits).
pub struct QuietPlatform;

impl Platform for QuietPlatform {
    fn write_console(&self, _bytes: &[u8]) {}
    fn monotonic_ns(&self) -> u64 {
        0
    }
    fn system_time_ns(&self) -> u64 {
        0
    }
    fn random_bytes(&self, buf: &mut [u8]) {
        buf.fill(4);
    }
    fn name(&self) -> &'static str {
        "test"
    }
    fn wait(&self, _deadline_ns: Option<u64>) {}
}

/// Heap limit of the start process, in words: mutated code that allocates without end gets
/// a `system_limit` error instead of taking the machine's memory.
pub const MAX_HEAP_WORDS: usize = 1 << 21;

/// Wall-clock time after which a run stops at the end of its current slice.
pub const RUN_TIME: std::time::Duration = std::time::Duration::from_secs(2);

pub fn new_vm() -> Vm {
    Vm::new(Box::new(QuietPlatform))
}

/// Runs `start/0` of `module` (if exported) for at most `max_steps` time slices.
/// Returns the number of slices run.
pub fn run_start(vm: &mut Vm, module: Term, max_steps: usize) -> usize {
    let Some(e) = vm.find_export(module, avm_core::atom::START, 0) else {
        return 0;
    };
    let code = vm.exports[e as usize].code;
    if code.is_null() {
        return 0;
    }
    let opts = SpawnOpts { max_heap_words: MAX_HEAP_WORDS, ..SpawnOpts::default() };
    let Ok(pid) = vm.spawn_process(None, code, &[], &opts) else {
        return 0;
    };
    // Not the runner's "main" process: a crash is reported like any other process's (the
    // reason rendered, within a limit), and a returned value is not rendered at all (a
    // mutant may return a term whose rendering is exponentially long).
    let _ = pid;
    let mut regs = Regs::new();
    // Slices are bounded in reductions, not time: a mutant can make each reduction costly
    // (a map grown to thousands of list keys), so stop early when it is slow.
    let t0 = std::time::Instant::now();
    for i in 0..max_steps {
        if vm.step(&mut regs) != Step::Ran || t0.elapsed() > RUN_TIME {
            return i;
        }
    }
    max_steps
}

/// Loads BEAM bytes into a fresh VM; if they load, runs `start/0` for `max_steps` slices.
/// Returns whether the module loaded.
pub fn load_beam(bytes: &[u8], max_steps: usize) -> bool {
    let mut vm = new_vm();
    match vm.load(bytes) {
        Ok(m) => {
            // The error text must be printable for every error; so must the name.
            let _ = vm.atoms.name(m).len();
            if max_steps > 0 {
                run_start(&mut vm, m, max_steps);
            }
            true
        }
        Err(e) => {
            let _ = e.to_string();
            false
        }
    }
}

/// Reads an `.avm` package as the host runner does: checks it, loads every module it holds,
/// and runs the start module for `max_steps` slices. Returns how many modules loaded.
pub fn load_avm(bytes: &[u8], max_steps: usize) -> usize {
    if let Ok(entries) = avm_packbeam::avm::parse(bytes) {
        let _ = entries.len();
    }
    let src = match AvmSource::new(Cow::Owned(bytes.to_vec())) {
        Ok(s) => s,
        Err(e) => {
            let _ = e.to_string();
            return 0;
        }
    };
    let start = src.start_module().map(String::from);
    let names: Vec<String> = src.modules().into_iter().map(String::from).collect();
    for n in &names {
        let _ = src.find_beam(n);
        let _ = src.find_file(n);
    }
    let mut vm = new_vm();
    vm.code_sources.push(Box::new(src));
    let mut loaded = 0;
    for n in &names {
        let Ok(a) = vm.atoms.intern(n) else { continue };
        match vm.ensure_loaded(a) {
            Ok(()) => loaded += 1,
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
    if let Some(s) = start {
        if let Ok(a) = vm.atoms.intern(&s) {
            if vm.ensure_loaded(a).is_ok() && max_steps > 0 {
                run_start(&mut vm, a, max_steps);
            }
        }
    }
    loaded
}

/// Decodes an external term into a process heap. If it decodes, the term is printed,
/// compared with itself, encoded again (and the encoding decoded and compared), copied
/// into a fragment, and collected as a root (then printed again, which must not change).
/// Returns whether it decoded.
pub fn decode_etf(bytes: &[u8]) -> bool {
    let mut vm = new_vm();
    let mut heap = Heap::new(64).expect("heap");
    for safe in [true, false] {
        let opts = etf::Options { safe };
        let _ = etf::decode(bytes, &mut vm.atoms, &mut heap, opts);
    }
    let (t, used) = match etf::decode(bytes, &mut vm.atoms, &mut heap, etf::Options::default()) {
        Ok(r) => r,
        Err(e) => {
            let _ = e.to_string();
            return false;
        }
    };
    assert!(used <= bytes.len(), "decode used {used} of {} bytes", bytes.len());
    work_term(&mut vm, &mut heap, t);
    true
}

/// Exercises the term functions that walk a whole term.
pub fn work_term(vm: &mut Vm, heap: &mut Heap, t: Term) {
    let printed = avm_core::term::print::to_string(t, &vm.atoms);
    assert_eq!(compare(t, t, &vm.atoms, Mode::Exact), core::cmp::Ordering::Equal);
    assert!(avm_core::term::compare::eq_exact(t, t));
    let _ = avm_core::hash::phash::phash2(t, &vm.atoms);
    let uniq = |_: Term| [0u8; 16];
    let env = etf::Env { atoms: &vm.atoms, fun_uniq: &uniq, pid: Term::pid(0) };
    let again = etf::encode_vec(t, &env, 1);
    let owned = |_: *const usize| true;
    let copy = avm_core::term::copy::copy_to_fragment(t, &|p| heap.owns(p) && owned(p));
    if let Some((frag, c)) = &copy {
        assert_eq!(compare(t, *c, &vm.atoms, Mode::Exact), core::cmp::Ordering::Equal);
        let _ = frag.len();
    }
    drop(copy);
    if let Ok(enc) = again {
        let (t2, used) = etf::decode(&enc, &mut vm.atoms, heap, etf::Options::default())
            .unwrap_or_else(|e| panic!("re-encoded term does not decode: {e}"));
        assert_eq!(used, enc.len());
        assert_eq!(compare(t, t2, &vm.atoms, Mode::Exact), core::cmp::Ordering::Equal);
    }
    let mut roots = [t];
    heap.collect(0, &mut [&mut roots]).expect("collect");
    let after = avm_core::term::print::to_string(roots[0], &vm.atoms);
    assert_eq!(printed, after, "a collection changed the term");
}
