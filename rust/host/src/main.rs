//! `atomvm [--lib LIB.avm | --no-lib] [--max-memory N] FILE...`: runs an Erlang program on
//! the host.
//!
//! FILEs are `.beam` files, `.avm` packages and directories (of `.beam` files). Modules are
//! looked up in argument order, then in the directory of the first `.beam`, then in the
//! standard library package `atomvmlib.avm` (see [`sources::find_lib`]). The program
//! starts at `start/0` of the first module that exports it; the runner prints
//! `Return value: T` (as `~w`) and exits 0, or prints the uncaught exception and exits 1.
//!
//! `--max-memory N` (bytes, or with a K/M/G suffix) caps everything the runner allocates,
//! as a device's heap would (see `avm_core::mem`): what cannot fit raises `system_limit`.

mod gpio;
mod i2c;
mod link;
mod net;
mod nvs;
mod platform;
mod pwm;
mod sources;
mod spi;
mod uart;

use std::process::ExitCode;

use avm_core::interp::Regs;
use avm_core::process::Class;
use avm_core::sched::{MainOutcome, Step};
use avm_core::vm::Vm;

/// Every allocation is counted, so that `--max-memory` can hold the VM to a budget.
#[global_allocator]
static ALLOC: avm_core::mem::Budgeted<std::alloc::System> = avm_core::mem::Budgeted(std::alloc::System);

fn usage() -> ExitCode {
    eprintln!("usage: atomvm [--lib LIB.avm | --no-lib] [--max-memory N[K|M|G]] FILE.avm|FILE.beam|DIR ...");
    eprintln!("  the standard library is --lib, else $ATOMVM_LIB, else atomvmlib.avm next to");
    eprintln!("  this program, else build/libs/atomvmlib.avm of the source tree it was built in");
    eprintln!("  --max-memory: the most memory the VM may allocate (as on a device)");
    ExitCode::from(2)
}

/// `N`, `NK`, `NM` or `NG` in bytes.
fn parse_size(s: &str) -> Option<usize> {
    let (num, mul) = match s.as_bytes().last()? {
        b'K' | b'k' => (&s[..s.len() - 1], 1 << 10),
        b'M' | b'm' => (&s[..s.len() - 1], 1 << 20),
        b'G' | b'g' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mul)
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
            "--max-memory" => match it.next().as_deref().and_then(parse_size) {
                Some(n) => avm_core::mem::set_limit(n),
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
