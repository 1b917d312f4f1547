//! The VM instance: everything shared by its processes (atoms, loaded modules, the export
//! table, the catch table, code sources and the platform). There is no global mutable state
//! outside it.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use crate::atom::AtomTable;
use crate::bif::BifFn;
use crate::interp::instr::Instr;
use crate::loader::{self, LoadError};
use crate::module::Module;
use crate::platform::Platform;
use crate::process::table::ProcTable;
use crate::sched::Scheduler;
use crate::term::Term;

/// An entry of the export table: one MFA, callable once its module is loaded (or at once,
/// for a BIF).
pub struct Export {
    pub module: Term,
    pub function: Term,
    pub arity: u32,
    /// Entry point, or null while the module is not loaded.
    pub code: *const Instr,
    pub bif: Option<BifFn>,
}

/// Where modules are found when code calls a module that is not loaded yet.
pub trait CodeSource: Send {
    /// The BEAM bytes of `module` (e.g. "lists"), if this source has it.
    fn find_beam(&self, module: &str) -> Option<Cow<'_, [u8]>>;
    /// A non-BEAM file by path (for `atomvm:read_priv/2`).
    fn find_file(&self, _path: &str) -> Option<Cow<'_, [u8]>> {
        None
    }
}

/// An `.avm` package held in memory (or mapped from flash).
pub struct AvmSource {
    bytes: Cow<'static, [u8]>,
}

impl AvmSource {
    /// Checks the package and keeps it.
    pub fn new(bytes: Cow<'static, [u8]>) -> Result<AvmSource, avm_packbeam::Error> {
        avm_packbeam::avm::parse(&bytes)?;
        Ok(AvmSource { bytes })
    }
    /// The first module with a start/0 entry point.
    pub fn start_module(&self) -> Option<&str> {
        let e = avm_packbeam::avm::find_start(&self.bytes).ok()??;
        Some(e.name.strip_suffix(".beam").unwrap_or(e.name))
    }
    /// Names of the BEAM modules it holds.
    pub fn modules(&self) -> Vec<&str> {
        avm_packbeam::avm::entries(&self.bytes)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .filter(|e| e.is_beam())
            .map(|e| e.name.strip_suffix(".beam").unwrap_or(e.name))
            .collect()
    }
}

impl CodeSource for AvmSource {
    fn find_beam(&self, module: &str) -> Option<Cow<'_, [u8]>> {
        for e in avm_packbeam::avm::entries(&self.bytes).ok()? {
            let e = e.ok()?;
            if e.is_beam() && e.name.strip_suffix(".beam") == Some(module) {
                return Some(Cow::Borrowed(e.data));
            }
        }
        None
    }
    fn find_file(&self, path: &str) -> Option<Cow<'_, [u8]>> {
        for e in avm_packbeam::avm::entries(&self.bytes).ok()? {
            let e = e.ok()?;
            if !e.is_beam() && e.name == path {
                return Some(Cow::Borrowed(e.data));
            }
        }
        None
    }
}

pub struct Vm {
    pub atoms: AtomTable,
    pub modules: Vec<Box<Module>>,
    module_map: BTreeMap<u32, usize>,
    pub exports: Vec<Export>,
    export_map: BTreeMap<(u32, u32, u32), u32>,
    /// Catch handlers, by the index a catch term carries.
    pub catches: Vec<*const Instr>,
    pub code_sources: Vec<Box<dyn CodeSource>>,
    pub platform: Box<dyn Platform>,
    /// Code of the frame every process starts with: returning into it ends the process.
    pub exit_code: Box<[Instr]>,
    /// A lone [`Instr::Hibernate`], where hibernating processes wait.
    pub hibernate_code: Box<[Instr]>,
    next_ref: u64,
    next_unique: u64,
    /// Modules that failed to load, with why (so the loader is not retried in a loop).
    pub load_errors: BTreeMap<u32, LoadError>,
    /// Address ranges of every module's literals, sorted: terms there are shared, never
    /// copied into messages.
    pub(crate) literal_ranges: Vec<(usize, usize)>,
    /// Every process.
    pub procs: ProcTable,
    /// Run queues, timers, registered names.
    pub sched: Scheduler,
    /// New processes collect at every allocation point (a stress mode for tests).
    pub gc_stress: bool,
    /// Who gets `{gpio_interrupt, Pin}`, by pin (`gpio:set_int/3`).
    pub gpio_listeners: BTreeMap<u32, u32>,
    /// Reductions run by all processes (`statistics(reductions)`).
    pub total_reductions: u64,
    /// Clock readings at the last `statistics(runtime | wall_clock)` call, in ns.
    pub stats_runtime_ns: u64,
    pub stats_wall_ns: u64,
    /// Code a process spawned with a fun starts at: `erlang:apply(Fun, Args)` as a tail call.
    pub apply2_code: Box<[Instr]>,
    /// Code a process spawned with M, F, A starts at: `erlang:apply(M, F, A)`.
    pub apply3_code: Box<[Instr]>,
    /// ETS tables.
    pub ets: crate::ets::Ets,
    /// `persistent_term` storage.
    pub pterms: crate::ets::PTerms,
    /// Open sockets.
    pub sockets: crate::net::Sockets,
    /// Who gets `{network_event, Event}` (the process that called `network:start/1`).
    pub link_listener: Option<u32>,
    /// No x register at this index or above has ever been written: they all hold nil.
    /// Loading raises it to cover every destination operand of the module's code, and the
    /// few dynamic writers (apply, fun calls with their environment, restored registers)
    /// raise it before they write, so a process switch or a collection clears only the
    /// registers below it instead of all `MAX_X`.
    pub x_hi: usize,
}

// SAFETY: the raw code pointers in a VM point into its own modules.
unsafe impl Send for Vm {}

impl Vm {
    /// Raises [`Vm::x_hi`] before code writes `n` x registers at run time.
    #[inline]
    pub fn note_x(&mut self, n: usize) {
        if n > self.x_hi {
            self.x_hi = n;
        }
    }

    pub fn new(platform: Box<dyn Platform>) -> Vm {
        let mut vm = Vm {
            atoms: AtomTable::new(),
            modules: Vec::new(),
            module_map: BTreeMap::new(),
            exports: Vec::new(),
            export_map: BTreeMap::new(),
            catches: Vec::new(),
            code_sources: Vec::new(),
            platform,
            exit_code: Box::new([Instr::NormalExit]),
            hibernate_code: Box::new([Instr::Hibernate]),
            next_ref: 1,
            next_unique: 1,
            load_errors: BTreeMap::new(),
            literal_ranges: Vec::new(),
            procs: ProcTable::default(),
            sched: Scheduler::default(),
            gc_stress: false,
            gpio_listeners: BTreeMap::new(),
            total_reductions: 0,
            stats_runtime_ns: 0,
            stats_wall_ns: 0,
            apply2_code: Box::new([Instr::NormalExit]),
            apply3_code: Box::new([Instr::NormalExit]),
            ets: crate::ets::Ets::default(),
            pterms: crate::ets::PTerms::default(),
            sockets: crate::net::Sockets::default(),
            link_listener: None,
            x_hi: crate::interp::exec::X_FIXED,
        };
        crate::bif::register_all(&mut vm);
        let apply = crate::atom::APPLY;
        let e2 = vm.export_entry(crate::atom::ERLANG, apply, 2);
        let e3 = vm.export_entry(crate::atom::ERLANG, apply, 3);
        vm.apply2_code = Box::new([Instr::CallExtOnly { exp: e2, arity: 2 }]);
        vm.apply3_code = Box::new([Instr::CallExtOnly { exp: e3, arity: 3 }]);
        vm
    }

    /// The export entry of M:F/A, created empty if new.
    pub fn export_entry(&mut self, m: Term, f: Term, a: u32) -> u32 {
        let key = (m.atom_index(), f.atom_index(), a);
        if let Some(&i) = self.export_map.get(&key) {
            return i;
        }
        let i = self.exports.len() as u32;
        self.exports.push(Export { module: m, function: f, arity: a, code: core::ptr::null(), bif: None });
        self.export_map.insert(key, i);
        i
    }

    /// Finds an export entry without creating one.
    pub fn find_export(&self, m: Term, f: Term, a: u32) -> Option<u32> {
        self.export_map.get(&(m.atom_index(), f.atom_index(), a)).copied()
    }

    /// Registers a BIF under M:F/A.
    pub fn register_bif(&mut self, m: &str, f: &str, a: u32, bif: BifFn) {
        let (Ok(m), Ok(f)) = (self.atoms.intern(m), self.atoms.intern(f)) else { return };
        let e = self.export_entry(m, f, a);
        self.exports[e as usize].bif = Some(bif);
    }

    /// Loads and installs a module from BEAM bytes, replacing any old version's exports.
    ///
    /// An exported function that is also a BIF (e.g. `lists:reverse/2`, which the library's
    /// `lists` module defines in Erlang too) stays native for remote calls, as in OTP: the
    /// Erlang body only serves the module's own local calls.
    pub fn load(&mut self, bytes: &[u8]) -> Result<Term, LoadError> {
        let m = loader::load_module(self, bytes)?;
        let name = m.name;
        // The VM-wide tables grow by doubling: room first, or a clean error (crate::mem).
        let oom = |_| LoadError::OutOfMemory;
        crate::mem::try_grow(&mut self.exports, m.exports.len()).map_err(oom)?;
        crate::mem::try_grow(&mut self.literal_ranges, m.literals.ranges().count()).map_err(oom)?;
        crate::mem::try_grow(&mut self.modules, 1).map_err(oom)?;
        for &(f, a, i) in &m.exports {
            let e = self.export_entry(name, f, a);
            if self.exports[e as usize].bif.is_none() {
                self.exports[e as usize].code = m.addr(i);
            }
        }
        self.literal_ranges.extend(m.literals.ranges().filter(|r| r.0 != r.1));
        self.literal_ranges.sort_unstable();
        let idx = self.modules.len();
        self.modules.push(m);
        self.module_map.insert(name.atom_index(), idx);
        self.load_errors.remove(&name.atom_index());
        Ok(name)
    }

    /// True if `p` points into a module's literals (shared by every process).
    pub fn is_literal(&self, p: *const crate::term::Word) -> bool {
        in_ranges(&self.literal_ranges, p)
    }

    /// Copies `msg` (a term of the running process) into the mailbox of `pid`, onto its
    /// heap: the receiver is not running, so its heap can take the words at once and no
    /// fragment is needed. False if there is no such process.
    pub fn send_to_heap(&mut self, pid: u32, msg: Term) -> Option<bool> {
        let ranges = &self.literal_ranges;
        let Some(q) = self.procs.get_mut(pid) else { return Some(false) };
        let term = crate::term::copy::copy_into(&mut q.heap, msg, &|w| !in_ranges(ranges, w))?;
        q.mailbox.push(crate::process::mailbox::Message { term, frag: crate::heap::Fragment::default() });
        if q.status == crate::process::Status::Waiting {
            self.wake(pid);
        }
        Some(true)
    }

    /// The loaded module named `name`.
    pub fn module(&self, name: Term) -> Option<&Module> {
        self.module_map.get(&name.atom_index()).map(|&i| &*self.modules[i])
    }

    /// Makes sure `name` is loaded, looking in the code sources if not.
    pub fn ensure_loaded(&mut self, name: Term) -> Result<(), LoadError> {
        if self.module(name).is_some() {
            return Ok(());
        }
        if let Some(e) = self.load_errors.get(&name.atom_index()) {
            return Err(e.clone());
        }
        let mname = alloc::string::String::from(self.atoms.name(name));
        let mut found: Option<Vec<u8>> = None;
        for s in &self.code_sources {
            if let Some(b) = s.find_beam(&mname) {
                found = Some(b.into_owned());
                break;
            }
        }
        let Some(bytes) = found else {
            return Err(LoadError::MissingChunk("module not found"));
        };
        match self.load(&bytes) {
            Ok(_) => Ok(()),
            // A malformed module stays failed; running out of memory may pass.
            Err(LoadError::OutOfMemory) => Err(LoadError::OutOfMemory),
            Err(e) => {
                self.load_errors.insert(name.atom_index(), e.clone());
                Err(e)
            }
        }
    }

    /// The module whose code contains `p`.
    pub fn module_of(&self, p: *const Instr) -> Option<&Module> {
        self.modules.iter().map(|m| &**m).find(|m| m.contains(p))
    }

    /// A fresh reference id.
    pub fn new_ref(&mut self) -> u64 {
        let r = self.next_ref;
        self.next_ref += 1;
        r
    }

    /// A fresh unique integer.
    pub fn unique(&mut self) -> u64 {
        let r = self.next_unique;
        self.next_unique += 1;
        r
    }
}

/// True if `p` lies in one of the sorted, disjoint `ranges`.
pub(crate) fn in_ranges(ranges: &[(usize, usize)], p: *const crate::term::Word) -> bool {
    let a = p as usize;
    match ranges.binary_search_by(|&(s, _)| s.cmp(&a)) {
        Ok(_) => true,
        Err(0) => false,
        Err(i) => a < ranges[i - 1].1,
    }
}
