//! `atomvm [--lib LIB.avm | --no-lib] FILE...`: runs an Erlang program on the host.
//!
//! FILEs are `.beam` files, `.avm` packages and directories (of `.beam` files). Modules are
//! looked up in argument order, then in the directory of the first `.beam`, then in the
//! standard library package `atomvmlib.avm` (see [`sources::find_lib`]). The program
//! starts at `start/0` of the first module that exports it; the runner prints
//! `Return value: T` (as `~w`) and exits 0, or prints the uncaught exception and exits 1.

mod platform;
mod sources;

use std::process::ExitCode;

use avm_core::interp::Regs;
use avm_core::process::Class;
use avm_core::sched::{MainOutcome, Step};
use avm_core::vm::Vm;

fn usage() -> ExitCode {
    eprintln!("usage: atomvm [--lib LIB.avm | --no-lib] FILE.avm|FILE.beam|DIR ...");
    eprintln!("  the standard library is --lib, else $ATOMVM_LIB, else atomvmlib.avm next to");
    eprintln!("  this program, else build/libs/atomvmlib.avm of the source tree it was built in");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args: Vec<String> = Vec::new();
    let mut lib = sources::LibChoice::Default;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return usage(),
            "--no-lib" => lib = sources::LibChoice::None,
            "--lib" => match it.next() {
                Some(p) => lib = sources::LibChoice::Path(p.into()),
                None => return usage(),
            },
            "--" => {
                args.extend(it.by_ref());
                break;
            }
            _ => args.push(a),
        }
    }
    if args.is_empty() {
        return usage();
    }
    let mut vm = Vm::new(Box::new(platform::HostPlatform::new()));
    let start = match sources::add_all(&mut vm, &args) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("atomvm: {e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = sources::add_lib(&mut vm, lib) {
        eprintln!("atomvm: {e}");
        return ExitCode::from(1);
    }
    let Some(start) = start else {
        eprintln!("atomvm: no module exports start/0");
        return ExitCode::from(1);
    };
    run(vm, &start)
}

fn run(mut vm: Vm, start: &str) -> ExitCode {
    let Ok(m) = vm.atoms.intern(start) else {
        eprintln!("atomvm: bad module name {start}");
        return ExitCode::from(1);
    };
    if let Err(e) = vm.ensure_loaded(m) {
        eprintln!("atomvm: cannot load module {start}: {e}");
        return ExitCode::from(1);
    }
    let f = avm_core::atom::START;
    let entry = vm.find_export(m, f, 0).map(|e| vm.exports[e as usize].code).filter(|c| !c.is_null());
    let Some(entry) = entry else {
        eprintln!("atomvm: {start} does not export start/0");
        return ExitCode::from(1);
    };
    vm.gc_stress = std::env::var_os("ATOMVM_GC_STRESS").is_some();
    // The console I/O server (from the Erlang libraries, when present) becomes the group
    // leader of the start process and so of every process it spawns.
    vm.start_io_server();
    // Through init:boot/1 when the library has it (see Vm::spawn_start).
    let pid = match vm.spawn_start(m, entry) {
        Ok(pid) => pid,
        Err(_) => {
            eprintln!("atomvm: out of memory");
            return ExitCode::from(1);
        }
    };
    vm.sched.main_pid = Some(pid);
    let mut regs = Regs::new();
    // Run until no process can run any more (all ended, or all wait for messages that no
    // timer will bring), sleeping while only timers are pending.
    loop {
        match vm.step(&mut regs) {
            Step::Ran => {}
            Step::IdleUntil(deadline) => vm.platform.wait(Some(deadline)),
            Step::Idle => break,
        }
    }
    match vm.sched.main_outcome.take() {
        Some(MainOutcome::Returned(v)) => {
            println!("Return value: {v}");
            ExitCode::SUCCESS
        }
        Some(MainOutcome::Raised { class, reason, trace }) => {
            let class = match class {
                Class::Error => "error",
                Class::Exit => "exit",
                Class::Throw => "throw",
            };
            eprintln!("Uncaught exception: {class}:{reason}\n  stacktrace: {trace}");
            ExitCode::from(1)
        }
        Some(MainOutcome::Exited(reason)) => {
            eprintln!("The start process was killed: exit:{reason}");
            ExitCode::from(1)
        }
        None => {
            eprintln!("atomvm: the start process waits for a message that cannot come");
            ExitCode::from(1)
        }
    }
}
