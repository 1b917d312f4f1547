//! Helpers of the malformed-input tests: a seeded PRNG, the fixtures, a panic catcher that
//! names the input, and a watchdog that reports an input that hangs.
#![allow(dead_code)]

pub mod harness;

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};

/// xorshift64*: deterministic, good enough to pick positions and bytes.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform-ish in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn byte(&mut self) -> u8 {
        self.next_u64() as u8
    }
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.byte()).collect()
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// The committed `.beam` fixtures (see `fixtures/regen.sh`).
pub const BEAMS: &[(&str, &[u8])] = &[
    ("robust_mix", include_bytes!("../fixtures/robust_mix.beam")),
    ("exc_try_of", include_bytes!("../fixtures/exc_try_of.beam")),
    ("bin_segments", include_bytes!("../fixtures/bin_segments.beam")),
    ("map_update", include_bytes!("../fixtures/map_update.beam")),
    ("fun_closure", include_bytes!("../fixtures/fun_closure.beam")),
    ("float_bits", include_bytes!("../fixtures/float_bits.beam")),
    ("bits_construct", include_bytes!("../fixtures/bits_construct.beam")),
];

/// `term_to_binary` outputs of many kinds of terms (see `fixtures/etf_terms.erl`).
pub fn etf_corpus() -> Vec<Vec<u8>> {
    let d: &[u8] = include_bytes!("../fixtures/etf_corpus.bin");
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= d.len() {
        let n = u32::from_be_bytes([d[i], d[i + 1], d[i + 2], d[i + 3]]) as usize;
        out.push(d[i + 4..i + 4 + n].to_vec());
        i += 4 + n;
    }
    out
}

/// Iteration multiplier: `AVM_FUZZ_SCALE=10 cargo test --test malformed` soaks longer.
pub fn scale() -> usize {
    std::env::var("AVM_FUZZ_SCALE").ok().and_then(|v| v.parse().ok()).unwrap_or(1)
}

/// `AVM_FUZZ_TRACE=1`: print every input's description and save it before it runs.
fn trace() -> bool {
    std::env::var_os("AVM_FUZZ_TRACE").is_some()
}

thread_local! {
    static QUIET: RefCell<bool> = const { RefCell::new(false) };
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(|q| *q.borrow()) {
                let msg = match info.payload().downcast_ref::<&str>() {
                    Some(s) => (*s).to_string(),
                    None => info.payload().downcast_ref::<String>().cloned().unwrap_or_default(),
                };
                let loc = info.location().map(|l| l.to_string()).unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = format!("{msg} at {loc}"));
            } else {
                default(info);
            }
        }));
    });
}

/// Collects the inputs that made the code under test panic; fails the test at the end.
pub struct Checker {
    name: &'static str,
    pub checked: usize,
    pub accepted: usize,
    failures: Vec<String>,
    watch: Watchdog,
}

impl Checker {
    pub fn new(name: &'static str) -> Checker {
        install_hook();
        Checker { name, checked: 0, accepted: 0, failures: Vec::new(), watch: Watchdog::start(name) }
    }

    /// Runs `f(input)`; a panic is recorded with `what` and the input is saved to a file.
    /// `f` returns whether the input was accepted (loaded, decoded).
    pub fn check(&mut self, what: &dyn Fn() -> String, input: &[u8], f: &dyn Fn(&[u8]) -> bool) {
        self.checked += 1;
        if trace() {
            // Debugging a crash that kills the process (a segfault): the last input tried
            // is left on disk.
            let p = save_input(self.name, usize::MAX, input);
            eprintln!("{}: {} -> {}", self.name, what(), p.display());
        }
        self.watch.begin(what, input);
        QUIET.with(|q| *q.borrow_mut() = true);
        let r = panic::catch_unwind(AssertUnwindSafe(|| f(input)));
        QUIET.with(|q| *q.borrow_mut() = false);
        self.watch.end();
        match r {
            Ok(true) => self.accepted += 1,
            Ok(false) => {}
            Err(_) => {
                let msg = LAST_PANIC.with(|p| p.borrow().clone());
                let file = save_input(self.name, self.failures.len(), input);
                self.failures.push(format!("{}: panic: {msg} (input saved to {})", what(), file.display()));
            }
        }
    }

    /// Fails the test if anything panicked; prints the counts either way.
    pub fn finish(self) {
        eprintln!(
            "{}: {} inputs checked, {} accepted, {} panics",
            self.name,
            self.checked,
            self.accepted,
            self.failures.len()
        );
        if !self.failures.is_empty() {
            let shown: Vec<&String> = self.failures.iter().take(20).collect();
            panic!(
                "{}: {} inputs panicked; first ones:\n{}",
                self.name,
                self.failures.len(),
                shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
            );
        }
    }
}

fn save_input(test: &str, n: usize, input: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("malformed-failures");
    let _ = std::fs::create_dir_all(&dir);
    let p = dir.join(format!("{test}-{n}.bin"));
    let _ = std::fs::write(&p, input);
    p
}

/// Reports (and aborts the test binary) when one input runs for longer than the limit:
/// a hang cannot be caught like a panic.
/// The input being checked: when it started, what it is, its bytes.
type Current = Arc<Mutex<Option<(Instant, String, Vec<u8>)>>>;

struct Watchdog {
    state: Current,
    stop: Arc<AtomicBool>,
}

static WATCH_SECS: AtomicU64 = AtomicU64::new(60);

impl Watchdog {
    fn start(name: &'static str) -> Watchdog {
        let state: Current = Arc::new(Mutex::new(None));
        let stop = Arc::new(AtomicBool::new(false));
        let (s, st) = (state.clone(), stop.clone());
        std::thread::spawn(move || {
            while !st.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(200));
                let g = s.lock().unwrap();
                if let Some((t0, what, input)) = &*g {
                    if t0.elapsed() > Duration::from_secs(WATCH_SECS.load(Ordering::Relaxed)) {
                        let file = save_input(name, 999, input);
                        eprintln!("{name}: HANG on {what} (input saved to {})", file.display());
                        std::process::abort();
                    }
                }
            }
        });
        Watchdog { state, stop }
    }
    fn begin(&self, what: &dyn Fn() -> String, input: &[u8]) {
        *self.state.lock().unwrap() = Some((Instant::now(), what(), input.to_vec()));
    }
    fn end(&self) {
        *self.state.lock().unwrap() = None;
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

// ---- BEAM file surgery ----

/// A BEAM file's chunks: (id, data).
pub type ChunkList = Vec<([u8; 4], Vec<u8>)>;

/// The chunks of a BEAM file: (id, data).
pub fn chunks(beam: &[u8]) -> ChunkList {
    let mut out = Vec::new();
    let mut pos = 12;
    while pos + 8 <= beam.len() {
        let id = [beam[pos], beam[pos + 1], beam[pos + 2], beam[pos + 3]];
        let len = u32::from_be_bytes([beam[pos + 4], beam[pos + 5], beam[pos + 6], beam[pos + 7]]) as usize;
        out.push((id, beam[pos + 8..pos + 8 + len].to_vec()));
        pos += 8 + len.div_ceil(4) * 4;
    }
    out
}

/// Builds a BEAM file from chunks (each padded to 4 bytes).
pub fn build(chunks: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend_from_slice(b"BEAM");
    for (id, d) in chunks {
        body.extend_from_slice(id);
        body.extend_from_slice(&(d.len() as u32).to_be_bytes());
        body.extend_from_slice(d);
        while body.len() % 4 != 0 {
            body.push(0);
        }
    }
    let mut out = b"FOR1".to_vec();
    out.extend_from_slice(&(body.len() as u32).to_be_bytes());
    out.extend_from_slice(&body);
    out
}

/// Offset of chunk `id`'s data in `beam`.
pub fn chunk_offset(beam: &[u8], id: &[u8; 4]) -> Option<(usize, usize)> {
    let mut pos = 12;
    while pos + 8 <= beam.len() {
        let len = u32::from_be_bytes([beam[pos + 4], beam[pos + 5], beam[pos + 6], beam[pos + 7]]) as usize;
        if &beam[pos..pos + 4] == id {
            return Some((pos + 8, len));
        }
        pos += 8 + len.div_ceil(4) * 4;
    }
    None
}
