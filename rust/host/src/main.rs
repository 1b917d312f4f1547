//! `atomvm FILE...`: runs an Erlang program on the host.
//!
//! FILEs are `.beam` files, `.avm` packages and directories (of `.beam` files). Modules are
//! looked up in argument order, then in the directory of the first `.beam`. The program
//! starts at `start/0` of the first module that exports it; the runner prints
//! `Return value: T` (as `~w`) and exits 0, or prints the uncaught exception and exits 1.

mod platform;
mod sources;

use std::process::ExitCode;

use avm_core::interp::{self, Outcome, Regs};
use avm_core::process::{Class, Process};
use avm_core::term::print::to_string;
use avm_core::vm::Vm;

fn usage() -> ExitCode {
    eprintln!("usage: atomvm FILE.avm|FILE.beam|DIR ...");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
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
    let mut p = match Process::new(0, 1024) {
        Ok(p) => p,
        Err(_) => {
            eprintln!("atomvm: out of memory");
            return ExitCode::from(1);
        }
    };
    if std::env::var_os("ATOMVM_GC_STRESS").is_some() {
        p.heap.gc_stress = true;
    }
    let mut regs = Regs::new();
    interp::exec::start(&vm, &mut p, entry, &[]);
    loop {
        match interp::run(&mut vm, &mut p, &mut regs, 4000) {
            Outcome::Yielded => continue,
            Outcome::Returned(v) => {
                println!("Return value: {}", to_string(v, &vm.atoms));
                return ExitCode::SUCCESS;
            }
            Outcome::Raised(e) => {
                let class = match e.class {
                    Class::Error => "error",
                    Class::Exit => "exit",
                    Class::Throw => "throw",
                };
                eprintln!(
                    "Uncaught exception: {}:{}\n  stacktrace: {}",
                    class,
                    to_string(e.reason, &vm.atoms),
                    to_string(e.trace, &vm.atoms)
                );
                return ExitCode::from(1);
            }
            Outcome::Waiting => {
                eprintln!("atomvm: the start process waits for a message that cannot come");
                return ExitCode::from(1);
            }
        }
    }
}
