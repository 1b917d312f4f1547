//! The dispatch loop.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::exception::{build_trace, find_handler, make_catch_value};
use super::instr::*;
use crate::atom;
use crate::fun::{closure_entry, closure_env, export_mfa, fun_arity, make_closure};
use crate::process::{oom, Class, Exception, Process};
use crate::sched::Signal;
use crate::term::compare::{cmp_numbers, compare, eq_arith, eq_exact, Mode};
use crate::term::{self, Alloc, Term, Word, HDR_EXPORT, HDR_FUN, HDR_TUPLE};
use crate::vm::Vm;

/// Registers shared by the processes a scheduler runs.
/// x registers the VM itself writes whatever the code: results and arguments in x0, and
/// x0..x3 for a caught exception (see `Vm::x_hi`).
pub const X_FIXED: usize = 4;

pub struct Regs {
    pub x: [Term; MAX_X],
    pub f: [f64; MAX_FR],
}

impl Regs {
    /// Registers allocated and initialized in place on the heap. `Box::new(Regs { .. })`
    /// builds the value on the stack first: 6 KiB on a 32-bit target (10 KiB on 64-bit),
    /// more than a Zephyr thread's whole stack.
    pub fn new() -> Box<Regs> {
        let layout = core::alloc::Layout::new::<Regs>();
        // SAFETY: `layout` is Regs' (not zero-sized); every field is written through raw
        // pointers before the Box is made, so no uninitialized value is ever read.
        unsafe {
            let p = alloc::alloc::alloc(layout) as *mut Regs;
            if p.is_null() {
                alloc::alloc::handle_alloc_error(layout);
            }
            let x = core::ptr::addr_of_mut!((*p).x) as *mut Term;
            for i in 0..MAX_X {
                x.add(i).write(Term::NIL);
            }
            let f = core::ptr::addr_of_mut!((*p).f) as *mut f64;
            for i in 0..MAX_FR {
                f.add(i).write(0.0);
            }
            Box::from_raw(p)
        }
    }
}

/// Why `run` returned.
#[derive(Debug)]
pub enum Outcome {
    /// The process returned from its initial function with this value.
    Returned(Term),
    /// The process died from an uncaught exception (its trace is built).
    Raised(Exception),
    /// The budget ran out; the process can be resumed with `run`.
    Yielded,
    /// The process waits for a message (`p.pc` is where it resumes when one comes).
    Waiting,
    /// An exit signal ended the process (no handler runs): its reason.
    Exited(crate::process::mailbox::Message),
}

/// Reductions a call costs.
const CALL_COST: i64 = 1;

/// Sets up `p` to call `code` with `args`, returning into the VM's exit code.
pub fn start(vm: &Vm, p: &mut Process, code: *const Instr, args: &[Term]) {
    p.heap.clear_stack();
    p.cp = vm.exit_code.as_ptr() as Word;
    p.pc = code;
    p.saved_x = args.to_vec();
}

/// Runs `p` for at most `budget` reductions (a little more when the last step costs more);
/// the reductions used are added to `p.reductions`.
pub fn run(vm: &mut Vm, p: &mut Process, regs: &mut Regs, budget: i64) -> Outcome {
    let mut left = budget;
    let o = run_slice(vm, p, regs, &mut left);
    let used = (budget - left).max(0) as u64;
    p.reductions += used;
    vm.total_reductions += used;
    o
}

fn run_slice(vm: &mut Vm, p: &mut Process, regs: &mut Regs, reds: &mut i64) -> Outcome {
    let x = &mut regs.x;
    let fr = &mut regs.f;
    // Garbage made where no collection may run (exception traces, BIF results) piles up in
    // heap fragments; a process that loops without reaching an allocation test would keep
    // it all. The saved registers are exactly the live ones here, so collect now.
    if p.heap.fragment_words() > p.heap.block_words() {
        let mut live = core::mem::take(&mut p.saved_x);
        let _ = p.gc(0, &mut live);
        p.saved_x = live;
    }
    let n = p.saved_x.len();
    vm.note_x(n);
    x[..n].copy_from_slice(&p.saved_x);
    p.saved_x.clear();
    // The other registers hold what the last process left there: clear them, so that no
    // register ever refers to another process's memory (code reading a register it never
    // wrote, which only a malformed module does, then reads nil). Those at `x_hi` and
    // above were never written.
    x[n..vm.x_hi].fill(Term::NIL);
    let mut pc = p.pc;
    let mut cp = p.cp;

    loop {
        let exc: Exception = 'exec: loop {
            macro_rules! get {
                ($s:expr) => {{
                    let s: Src = $s;
                    if !s.is_reg() {
                        Term(s.0)
                    } else if s.is_x() {
                        // SAFETY: x indexes are validated below MAX_X at load time, so the
                        // offset is inside the register file.
                        unsafe { *(x.as_ptr() as *const u8).add(s.x_offset()).cast::<Term>() }
                    } else {
                        match yget(p, s.y_index()) {
                            Some(t) => t,
                            None => break 'exec bad_code(),
                        }
                    }
                }};
            }
            macro_rules! put {
                ($d:expr, $v:expr) => {{
                    let d: Dst = $d;
                    let v: Term = $v;
                    if !d.is_y() {
                        // SAFETY: x indexes are validated below MAX_X at load time.
                        unsafe { *x.get_unchecked_mut(d.index()) = v };
                    } else if !yput(p, d.index(), v) {
                        break 'exec bad_code();
                    }
                }};
            }
            macro_rules! jump {
                ($cur:expr, $l:expr) => {{
                    let l: Lbl = $l;
                    if l == NO_LABEL {
                        // A missing label where one is required (a malformed module).
                        break 'exec bad_code();
                    }
                    // SAFETY: labels are validated at load time to be instructions of this module.
                    pc = unsafe { $cur.byte_offset(l as isize) };
                    if l <= 0 {
                        // A backward jump costs a reduction, so that a loop without calls
                        // (which only a malformed module has) still ends its time slice. Any
                        // register may be live here: save them all.
                        *reds -= 1;
                        if *reds <= 0 {
                            return yield_at(p, x, pc, cp, vm.x_hi);
                        }
                    }
                    // Labelled: a jump from inside a `for` over operands leaves the instruction.
                    continue 'exec;
                }};
            }
            macro_rules! fail_or_raise {
                ($cur:expr, $l:expr, $e:expr) => {{
                    if $l != NO_LABEL {
                        jump!($cur, $l);
                    }
                    break 'exec $e;
                }};
            }
            macro_rules! alloc_or_raise {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(_) if p.heap.max_words != 0 => return heap_limit_kill(vm, p),
                        Err(_) => break 'exec system_limit(),
                    }
                };
            }
            macro_rules! call_bif {
                ($cur:expr, $bif:expr, $fail:expr, $args:expr, $dst:expr) => {{
                    let args: &[Term] = $args;
                    match $bif(vm, p, args) {
                        Ok(v) => put!($dst, v),
                        Err(mut e) => {
                            if $fail != NO_LABEL {
                                jump!($cur, $fail);
                            }
                            if e.args.is_non_value() {
                                e.args = alloc_or_raise!(term::list_from_slice(&mut p.heap, args, Term::NIL));
                                e.top = bif_name(vm, $bif);
                            }
                            break 'exec e;
                        }
                    }
                }};
            }
            macro_rules! gc {
                ($need:expr, $live:expr) => {{
                    let need: usize = $need;
                    if p.heap.needs_gc(need) {
                        let live = ($live as usize).min(vm.x_hi);
                        if p.gc(need, &mut x[..live]).is_err() {
                            if p.heap.max_words != 0 {
                                // Over its max_heap_size: the process is killed, as in OTP.
                                return heap_limit_kill(vm, p);
                            }
                            break 'exec system_limit();
                        }
                        // Registers past `live` are dead and may point into the old heap:
                        // clear them, so that no register ever holds a dangling pointer.
                        x[live..vm.x_hi].fill(Term::NIL);
                    }
                }};
            }

            macro_rules! arith {
                ($cur:expr, $o:expr, $op:expr) => {{
                    let o: &BinOp = $o;
                    let (u, v) = (get!(o.a), get!(o.b));
                    // Both small (the small tag is all four low bits).
                    if u.0 & v.0 & term::IMMED1_MASK == term::IMMED1_SMALL {
                        let op = $op;
                        if let Some(r) = op(u, v) {
                            put!(o.dst, r);
                            continue 'exec;
                        }
                    }
                    call_bif!($cur, o.bif, o.fail, &[u, v], o.dst);
                }};
            }
            macro_rules! compare {
                ($cur:expr, $c:expr, $test:expr) => {{
                    let c: &Cmp = $c;
                    let (va, vb) = (get!(c.a), get!(c.b));
                    let test = $test;
                    if !test(va, vb) {
                        jump!($cur, c.fail);
                    }
                }};
            }
            macro_rules! test {
                ($cur:expr, $t:expr, $test:expr) => {{
                    let t: &Test = $t;
                    let v = get!(t.arg);
                    let test = $test;
                    if !test(v) {
                        jump!($cur, t.fail);
                    }
                }};
            }

            // A call: the continuation is `pc` (the next instruction, or the one after a
            // fused pair).
            macro_rules! call {
                ($cur:expr, $target:expr, $arity:expr) => {{
                    *reds -= CALL_COST;
                    if p.heap.fragments_due() {
                        gc!(0, $arity);
                    }
                    cp = pc as Word;
                    // SAFETY: validated label.
                    let t = unsafe { $cur.byte_offset($target as isize) };
                    if *reds <= 0 {
                        return yield_at(p, x, t, cp, $arity as usize);
                    }
                    pc = t;
                }};
            }
            macro_rules! call_only {
                ($cur:expr, $target:expr, $arity:expr) => {{
                    *reds -= CALL_COST;
                    // A loop of BIF calls has no other collection point: fold fragments here.
                    if p.heap.fragments_due() {
                        gc!(0, $arity);
                    }
                    // SAFETY: validated label.
                    let t = unsafe { $cur.byte_offset($target as isize) };
                    if *reds <= 0 {
                        return yield_at(p, x, t, cp, $arity as usize);
                    }
                    pc = t;
                }};
            }

            macro_rules! bs_get {
                ($cur:expr, $what:expr, $fail:expr, $ctx:expr, $size:expr, $unit:expr, $flags:expr, $dst:expr) => {{
                    let (c, sz) = (get!($ctx), get!($size));
                    if !c.is_match_ctx() {
                        break 'exec bad_code();
                    }
                    let d: Dst = $dst;
                    // Integer fields of <= 32 bits that give a small integer: read in line.
                    let fast = if $what == BsGet::Integer && sz.is_small() {
                        super::bits::get_small_integer(c, sz.small_value(), $unit, $flags)
                    } else {
                        None
                    };
                    let v = match fast {
                        Some(Some(v)) => v,
                        Some(None) => jump!($cur, $fail),
                        None => match super::bits::get(&mut p.heap, c, $what, sz, $unit, $flags) {
                            Ok(Some(v)) => v,
                            Ok(None) => jump!($cur, $fail),
                            Err(e) => fail_or_raise!($cur, $fail, e),
                        },
                    };
                    if d.0 != u32::MAX {
                        put!(d, v);
                    }
                }};
            }
            macro_rules! bs_test_unit {
                ($cur:expr, $fail:expr, $ctx:expr, $unit:expr) => {{
                    let c = get!($ctx);
                    let u = $unit as usize;
                    // Units are nearly always 8 or another power of two: a mask, not a division.
                    let misaligned = |r: usize| if u.is_power_of_two() { r & (u - 1) != 0 } else { r % u != 0 };
                    if !c.is_match_ctx() || u == 0 || misaligned(super::bits::remaining(c)) {
                        jump!($cur, $fail);
                    }
                }};
            }

            let cur = pc;
            // SAFETY: `pc` always points at an instruction of a loaded module: it starts at a
            // function entry and only moves by validated labels, call targets, continuations
            // taken from the stack (written only by this loop), or catch handlers.
            let ins = unsafe { &*cur };
            // SAFETY: every module's code ends with `CodeEnd`, which never falls through.
            pc = unsafe { cur.add(1) };
            match ins {
                Instr::Nop => {}
                Instr::Move { src, dst } => {
                    let v = get!(*src);
                    put!(*dst, v);
                }
                // SAFETY (the three below): x indexes are validated below MAX_X at load time.
                Instr::MoveXX { src, dst } => unsafe {
                    *x.get_unchecked_mut(*dst as usize) = *x.get_unchecked(*src as usize);
                },
                Instr::MoveXY { src, dst } => {
                    if !yput(p, *dst as usize, unsafe { *x.get_unchecked(*src as usize) }) {
                        break 'exec bad_code();
                    }
                }
                Instr::MoveYX { src, dst } => match yget(p, *src as usize) {
                    Some(v) => unsafe { *x.get_unchecked_mut(*dst as usize) = v },
                    None => break 'exec bad_code(),
                },
                Instr::Call { target, arity } => call!(cur, *target, *arity),
                Instr::CallLast { target, arity, dealloc } => {
                    *reds -= CALL_COST;
                    match pop_frame(p, *dealloc) {
                        Some(c) => cp = c,
                        None => break 'exec bad_code(),
                    }
                    if p.heap.fragments_due() {
                        gc!(0, *arity);
                    }
                    // SAFETY: validated label.
                    let t = unsafe { cur.byte_offset(*target as isize) };
                    if *reds <= 0 {
                        return yield_at(p, x, t, cp, *arity as usize);
                    }
                    pc = t;
                }
                Instr::CallOnly { target, arity } => call_only!(cur, *target, *arity),
                Instr::MoveXXCall(MoveCall { src, dst, arity, target }) => {
                    // SAFETY: x indexes are validated below MAX_X at load time.
                    unsafe { *x.get_unchecked_mut(*dst as usize) = *x.get_unchecked(*src as usize) };
                    // SAFETY: the fused pair's second instruction is followed by another.
                    pc = unsafe { cur.add(2) };
                    call!(cur, *target, *arity);
                }
                Instr::MoveXXCallOnly(MoveCall { src, dst, arity, target }) => {
                    // SAFETY: x indexes are validated below MAX_X at load time.
                    unsafe { *x.get_unchecked_mut(*dst as usize) = *x.get_unchecked(*src as usize) };
                    call_only!(cur, *target, *arity);
                }
                Instr::Return => {
                    if cp == 0 {
                        break 'exec bad_code();
                    }
                    pc = cp as *const Instr;
                    cp = 0;
                }
                Instr::CodeEnd => break 'exec bad_code(),
                Instr::Hibernate => {
                    cp = vm.exit_code.as_ptr() as Word;
                    if p.mailbox.current().is_none() {
                        p.pc = cur;
                        p.cp = cp;
                        p.saved_x = x[..3].to_vec();
                        return Outcome::Waiting;
                    }
                    let (m, f) = (x[0], x[1]);
                    let args = crate::bif::list_to_vec(x[2]).unwrap_or_default();
                    vm.note_x(args.len());
                    x[..args.len()].copy_from_slice(&args);
                    match apply_mfa(vm, p, x, m, f, args.len()) {
                        Dispatch::Code(t) => pc = t,
                        Dispatch::Value(v) => {
                            x[0] = v;
                            pc = cp as *const Instr;
                            cp = 0;
                        }
                        Dispatch::Raise(e) => break 'exec e,
                    }
                }
                Instr::NormalExit => {
                    p.pc = cur;
                    p.cp = 0;
                    return Outcome::Returned(x[0]);
                }
                Instr::CallExt { exp, arity }
                | Instr::CallExtLast { exp, arity, .. }
                | Instr::CallExtOnly { exp, arity } => {
                    *reds -= CALL_COST;
                    let (last, dealloc) = match ins {
                        Instr::CallExtLast { dealloc, .. } => (true, Some(*dealloc)),
                        Instr::CallExtOnly { .. } => (true, None),
                        _ => (false, None),
                    };
                    if let Some(d) = dealloc {
                        match pop_frame(p, d) {
                            Some(c) => cp = c,
                            None => break 'exec bad_code(),
                        }
                    }
                    let caller_cp = cp;
                    if !last {
                        cp = pc as Word;
                    }
                    match dispatch_export(vm, p, x, *exp, *arity as usize) {
                        Dispatch::Code(t) => {
                            if *reds <= 0 {
                                return yield_at(p, x, t, cp, *arity as usize);
                            }
                            pc = t;
                        }
                        Dispatch::Value(v) => {
                            x[0] = v;
                            if last {
                                if cp == 0 {
                                    break 'exec bad_code();
                                }
                                pc = cp as *const Instr;
                                cp = 0;
                            }
                            if !vm.sched.for_running.is_empty() || p.yield_now {
                                apply_signals(vm, p);
                                if let Some(r) = p.pending_exit.take() {
                                    return Outcome::Exited(*r);
                                }
                                if p.yield_now {
                                    p.yield_now = false;
                                    // After a call only x0 is live.
                                    return yield_at(p, x, pc, cp, 1);
                                }
                            }
                        }
                        Dispatch::Raise(e) => {
                            if !vm.sched.for_running.is_empty() {
                                apply_signals(vm, p);
                                if let Some(r) = p.pending_exit.take() {
                                    return Outcome::Exited(*r);
                                }
                            }
                            // A BIF raised: the trace shows the BIF, then this function (the
                            // call instruction before `pc`), then the continuations. `error/2,3`
                            // name this function even from a tail call.
                            if last && !e.top_is_current {
                                // The frame is gone; report from the continuation instead.
                                pc = cp as *const Instr;
                                cp = 0;
                            } else if !last {
                                cp = caller_cp;
                            }
                            break 'exec e;
                        }
                    }
                }
                Instr::Bif { bif, fail, args, n, dst } => {
                    let mut a = [Term::NIL; 3];
                    for i in 0..*n as usize {
                        a[i] = get!(args[i]);
                    }
                    call_bif!(cur, *bif, *fail, &a[..*n as usize], *dst);
                }
                // + and - work on the tagged words: adding (or subtracting) the other
                // operand's value shifted into place keeps the small tag, and the machine
                // word overflows exactly when the result leaves the small range.
                Instr::Add(o) => arith!(cur, o, |u: Term, v: Term| (u.0 as isize)
                    .checked_add((v.0 & !term::IMMED1_MASK) as isize)
                    .map(|r| Term(r as Word))),
                Instr::Sub(o) => arith!(cur, o, |u: Term, v: Term| (u.0 as isize)
                    .checked_sub((v.0 & !term::IMMED1_MASK) as isize)
                    .map(|r| Term(r as Word))),
                Instr::Mul(o) => arith!(cur, o, |u: Term, v: Term| (u.small_value() as i64)
                    .checked_mul(v.small_value() as i64)
                    .filter(|&r| Term::small_fits(r))
                    .map(|r| Term::small(r as isize))),
                Instr::Band(o) => arith!(cur, o, |u: Term, v: Term| Some(Term(u.0 & v.0))),
                Instr::Bor(o) => arith!(cur, o, |u: Term, v: Term| Some(Term(u.0 | v.0))),
                Instr::Bxor(o) => arith!(cur, o, |u: Term, v: Term| Some(Term((u.0 ^ v.0) | term::IMMED1_SMALL))),
                Instr::Bsl(o) => {
                    arith!(cur, o, |u: Term, v: Term| shift(u.small_value() as i64, v.small_value() as i64))
                }
                Instr::Bsr(o) => arith!(cur, o, |u: Term, v: Term| shift(
                    u.small_value() as i64,
                    (v.small_value() as i64).wrapping_neg()
                )),
                Instr::Bnot(o) => {
                    let u = get!(o.a);
                    if u.is_small() {
                        put!(o.dst, Term(!u.0 | term::IMMED1_SMALL));
                        continue 'exec;
                    }
                    call_bif!(cur, o.bif, o.fail, &[u], o.dst);
                }
                Instr::Element(o) => {
                    let (u, v) = (get!(o.a), get!(o.b));
                    if u.is_small() && v.is_tuple() {
                        let (i, n) = (u.small_value(), v.tuple_arity());
                        if i >= 1 && i as usize <= n {
                            put!(o.dst, v.tuple_get(i as usize - 1));
                            continue 'exec;
                        }
                    }
                    call_bif!(cur, o.bif, o.fail, &[u, v], o.dst);
                }
                Instr::Allocate { stack, heap, live } => {
                    let need = *stack as usize + 1 + *heap as usize;
                    gc!(need, *live);
                    // SAFETY: the collection above guarantees `need` free words.
                    unsafe { p.heap.push_frame(*stack as usize, cp) };
                    cp = 0;
                }
                Instr::TestHeap { heap, live } => {
                    gc!(*heap as usize, *live);
                }
                Instr::TestHeapPutList { heap, live, hd, tl, dst } => {
                    gc!(*heap as usize, *live);
                    let (h, t) = (get!(*hd), get!(*tl));
                    let c = alloc_or_raise!(term::cons(&mut p.heap, h, t));
                    put!(*dst, c);
                    // SAFETY: the fused pair's second instruction is followed by another.
                    pc = unsafe { cur.add(2) };
                }
                Instr::Deallocate { n } => match pop_frame(p, *n) {
                    Some(c) => cp = c,
                    None => break 'exec bad_code(),
                },
                Instr::DeallocateReturn { n } => match pop_frame(p, *n) {
                    Some(c) if c != 0 => {
                        pc = c as *const Instr;
                        cp = 0;
                    }
                    _ => break 'exec bad_code(),
                },
                Instr::Trim { n } => {
                    // Drop n y registers, keeping the continuation on top.
                    let n = *n as usize;
                    if p.heap.stack_used() < n + 1 {
                        break 'exec bad_code();
                    }
                    // SAFETY: the stack holds at least n + 1 words.
                    unsafe {
                        let c = *p.heap.stop;
                        p.heap.stop = p.heap.stop.add(n);
                        *p.heap.stop = c;
                    }
                }
                Instr::InitY { y } => put!(Dst::y(*y), Term::NIL),
                Instr::Swap { a, b } => {
                    let va = get!(dst_as_src(*a));
                    let vb = get!(dst_as_src(*b));
                    put!(*a, vb);
                    put!(*b, va);
                }
                Instr::TypeTest { test, fail, arg } => {
                    let v = get!(*arg);
                    if !type_test(*test, v) {
                        jump!(cur, *fail);
                    }
                }
                Instr::IsLt(c) => compare!(cur, c, |va, vb| less(vm, va, vb)),
                Instr::IsGe(c) => compare!(cur, c, |va, vb| !less(vm, va, vb)),
                Instr::IsEq(c) => compare!(cur, c, |va, vb| eq_arith(va, vb)),
                Instr::IsNe(c) => compare!(cur, c, |va, vb| !eq_arith(va, vb)),
                Instr::IsEqExact(c) => compare!(cur, c, |va, vb| exact_eq(va, vb)),
                Instr::IsNeExact(c) => compare!(cur, c, |va, vb| !exact_eq(va, vb)),
                Instr::IsNil(t) => test!(cur, t, |v: Term| v.is_nil()),
                Instr::IsNonemptyList(t) => test!(cur, t, |v: Term| v.is_list()),
                Instr::IsList(t) => test!(cur, t, |v: Term| v.is_list() || v.is_nil()),
                Instr::IsTuple(t) => test!(cur, t, |v: Term| v.is_tuple()),
                Instr::IsAtom(t) => test!(cur, t, |v: Term| v.is_atom()),
                Instr::IsInteger(t) => test!(cur, t, |v: Term| v.is_integer()),
                Instr::IsBinary(t) => test!(cur, t, |v: Term| v.is_binary()),
                Instr::IsMap(t) => test!(cur, t, |v: Term| v.is_map()),
                Instr::TestArity { fail, arg, arity } => {
                    let v = get!(*arg);
                    if !(v.is_tuple() && v.tuple_arity() == *arity as usize) {
                        jump!(cur, *fail);
                    }
                }
                Instr::IsTupleArity { fail, arg, arity } => {
                    let v = get!(*arg);
                    if !(v.is_tuple() && v.tuple_arity() == *arity as usize) {
                        jump!(cur, *fail);
                    }
                    // SAFETY (this and the other superinstructions): the fused pair's
                    // second instruction is followed by at least `CodeEnd`.
                    pc = unsafe { cur.add(2) };
                }
                Instr::IsNonemptyListGet { fail, src, hd, tl } => {
                    let v = get!(*src);
                    if !v.is_list() {
                        jump!(cur, *fail);
                    }
                    put!(*hd, v.head());
                    put!(*tl, v.tail());
                    pc = unsafe { cur.add(2) };
                }
                Instr::MoveXY2(Moves2 { src, dst }) => {
                    for k in 0..2 {
                        // SAFETY: x indexes are validated below MAX_X at load time.
                        if !yput(p, dst[k] as usize, unsafe { *x.get_unchecked(src[k] as usize) }) {
                            break 'exec bad_code();
                        }
                    }
                    pc = unsafe { cur.add(2) };
                }
                // SAFETY: x indexes are validated below MAX_X at load time.
                Instr::MoveXX2(Moves2 { src, dst }) => unsafe {
                    *x.get_unchecked_mut(dst[0] as usize) = *x.get_unchecked(src[0] as usize);
                    *x.get_unchecked_mut(dst[1] as usize) = *x.get_unchecked(src[1] as usize);
                    pc = cur.add(2);
                },
                Instr::MoveXYXX(Moves2 { src, dst }) => {
                    // SAFETY: x indexes are validated below MAX_X at load time.
                    if !yput(p, dst[0] as usize, unsafe { *x.get_unchecked(src[0] as usize) }) {
                        break 'exec bad_code();
                    }
                    unsafe { *x.get_unchecked_mut(dst[1] as usize) = *x.get_unchecked(src[1] as usize) };
                    pc = unsafe { cur.add(2) };
                }
                Instr::MoveYX2(Moves2 { src, dst }) => {
                    for k in 0..2 {
                        match yget(p, src[k] as usize) {
                            // SAFETY: x indexes are validated below MAX_X at load time.
                            Some(v) => unsafe { *x.get_unchecked_mut(dst[k] as usize) = v },
                            None => break 'exec bad_code(),
                        }
                    }
                    pc = unsafe { cur.add(2) };
                }
                Instr::IsTaggedTuple { fail, arg, arity, tag } => {
                    let v = get!(*arg);
                    if !(v.is_tuple() && v.tuple_arity() == *arity as usize && *arity > 0 && v.tuple_get(0) == *tag) {
                        jump!(cur, *fail);
                    }
                }
                Instr::IsFunction2 { fail, arg, arity } => {
                    let (v, a) = (get!(*arg), get!(*arity));
                    if !(v.is_function() && a.is_small() && fun_arity(v) as isize == a.small_value()) {
                        if !a.is_small() && !a.is_bignum() {
                            // is_function/2 with a non-integer arity is badarg outside guards.
                        }
                        jump!(cur, *fail);
                    }
                }
                Instr::SelectVal { arg, fail, table } => {
                    let v = get!(*arg);
                    match table.binary_search_by_key(&v.0, |e| e.0) {
                        Ok(i) => jump!(cur, table[i].1),
                        Err(_) => jump!(cur, *fail),
                    }
                }
                Instr::SelectValBoxed { arg, fail, table } => {
                    let v = get!(*arg);
                    let mut target = *fail;
                    for &(k, l) in table.iter() {
                        if eq_exact(k, v) {
                            target = l;
                            break;
                        }
                    }
                    jump!(cur, target);
                }
                Instr::SelectArity { arg, fail, table } => {
                    let v = get!(*arg);
                    let mut target = *fail;
                    if v.is_tuple() {
                        let n = v.tuple_arity() as u32;
                        if let Some(&(_, l)) = table.iter().find(|e| e.0 == n) {
                            target = l;
                        }
                    }
                    jump!(cur, target);
                }
                Instr::Jump { target } => jump!(cur, *target),
                Instr::GetList { src, hd, tl } => {
                    let v = get!(*src);
                    if !v.is_list() {
                        break 'exec bad_code();
                    }
                    put!(*hd, v.head());
                    put!(*tl, v.tail());
                }
                Instr::GetHd { src, dst } => {
                    let v = get!(*src);
                    if !v.is_list() {
                        break 'exec bad_code();
                    }
                    put!(*dst, v.head());
                }
                Instr::GetTl { src, dst } => {
                    let v = get!(*src);
                    if !v.is_list() {
                        break 'exec bad_code();
                    }
                    put!(*dst, v.tail());
                }
                Instr::PutList { hd, tl, dst } => {
                    let (h, t) = (get!(*hd), get!(*tl));
                    let c = alloc_or_raise!(term::cons(&mut p.heap, h, t));
                    put!(*dst, c);
                }
                Instr::PutTuple2 { dst, elems } => {
                    if dst.0 == u32::MAX {
                        // init_yregs
                        for e in elems.iter() {
                            put!(Dst::y(e.index() as u32), Term::NIL);
                        }
                        continue 'exec;
                    }
                    let n = elems.len();
                    let ptr = alloc_or_raise!(p.heap.alloc(n + 1));
                    // SAFETY: `alloc` returned n + 1 writable words.
                    unsafe { *ptr = term::make_header(HDR_TUPLE, n) };
                    for (i, e) in elems.iter().enumerate() {
                        let v = get!(*e);
                        // SAFETY: within the n + 1 words.
                        unsafe { *ptr.add(1 + i) = v.0 };
                    }
                    put!(*dst, Term::boxed_ptr(ptr));
                }
                Instr::GetTupleElement { src, idx, dst } => {
                    let v = get!(*src);
                    if !v.is_tuple() || *idx as usize >= v.tuple_arity() {
                        break 'exec bad_code();
                    }
                    put!(*dst, v.tuple_get(*idx as usize));
                }
                Instr::GetTupleElementIsEqExact { src, idx, dst, cmp } => {
                    let v = get!(*src);
                    if !v.is_tuple() || *idx as usize >= v.tuple_arity() {
                        break 'exec bad_code();
                    }
                    put!(*dst, v.tuple_get(*idx as usize));
                    // SAFETY: the fused pair's second instruction is followed by another.
                    pc = unsafe { cur.add(2) };
                    compare!(cur, cmp, |va, vb| exact_eq(va, vb));
                }
                Instr::SetTupleElement { val, tuple, idx } => {
                    let (v, t) = (get!(*val), get!(*tuple));
                    // Only into the tuple allocated last (as the compiler emits it, right
                    // after setelement/3), and not the tuple itself: no write can make a
                    // cycle, which every walk over terms would follow forever.
                    if !t.is_tuple() || *idx as usize >= t.tuple_arity() || !p.heap.is_last_alloc(t.ptr()) || v == t {
                        break 'exec bad_code();
                    }
                    // SAFETY: the tuple is the object this process's heap allocated last
                    // (checked), so it is live and writable, and `idx` is inside it.
                    unsafe { *t.ptr().add(1 + *idx as usize) = v.0 };
                }
                Instr::UpdateRecord { src, dst, size, updates } => {
                    let t = get!(*src);
                    if !t.is_tuple() || t.tuple_arity() != *size as usize {
                        break 'exec bad_code();
                    }
                    let mut elems: Vec<Term> = t.tuple_elements().to_vec();
                    let mut changed = false;
                    for &(i, s) in updates.iter() {
                        let v = get!(s);
                        let i = i as usize;
                        if i == 0 || i > elems.len() {
                            break 'exec bad_code();
                        }
                        if elems[i - 1] != v {
                            changed = true;
                        }
                        elems[i - 1] = v;
                    }
                    let r = if changed { alloc_or_raise!(term::tuple(&mut p.heap, &elems)) } else { t };
                    put!(*dst, r);
                }
                Instr::PutMap { exact, fail, src, dst, live, pairs } => {
                    let mut m = get!(*src);
                    if !m.is_map() {
                        let r = alloc_or_raise!(term::tuple(&mut p.heap, &[atom::BADMAP, m]));
                        fail_or_raise!(cur, *fail, Exception::error(r));
                    }
                    let mut kv = Vec::with_capacity(pairs.len());
                    for &(k, v) in pairs.iter() {
                        kv.push((get!(k), get!(v)));
                    }
                    // Collect first when the heap is short (as BEAM does, keeping `live` x
                    // registers): a loop of map updates may have no other collection point,
                    // and its garbage would otherwise pile up in heap fragments.
                    let need = crate::map::put_words_estimate(m, kv.len());
                    if p.heap.needs_gc(need) {
                        let live = (*live as usize).min(vm.x_hi);
                        let mut roots: Vec<Term> = Vec::with_capacity(live + 1 + 2 * kv.len());
                        roots.extend_from_slice(&x[..live]);
                        roots.push(m);
                        for &(k, v) in kv.iter() {
                            roots.push(k);
                            roots.push(v);
                        }
                        if p.gc(need, &mut roots).is_err() {
                            break 'exec system_limit();
                        }
                        x[..live].copy_from_slice(&roots[..live]);
                        m = roots[live];
                        for (i, e) in kv.iter_mut().enumerate() {
                            *e = (roots[live + 1 + 2 * i], roots[live + 2 + 2 * i]);
                        }
                    }
                    let r = if *exact {
                        match crate::map::update_many(&mut p.heap, m, &kv) {
                            Ok(Ok(r)) => r,
                            Ok(Err(k)) => {
                                let r = alloc_or_raise!(term::tuple(&mut p.heap, &[atom::BADKEY, k]));
                                fail_or_raise!(cur, *fail, Exception::error(r));
                            }
                            Err(_) => break 'exec system_limit(),
                        }
                    } else {
                        alloc_or_raise!(crate::map::put_many(&mut p.heap, &vm.atoms, m, &kv))
                    };
                    put!(*dst, r);
                }
                Instr::GetMapElements { fail, src, pairs } => {
                    let m = get!(*src);
                    if !m.is_map() {
                        jump!(cur, *fail);
                    }
                    // Look every key up before writing, as a destination may be a key source.
                    // (`jump!` continues the dispatch loop, so it must not be used inside a
                    // `for` loop.)
                    let mut vals: Vec<Term> = Vec::with_capacity(pairs.len());
                    for &(k, _) in pairs.iter() {
                        match crate::map::get(m, get!(k)) {
                            Some(v) => vals.push(v),
                            None => break,
                        }
                    }
                    if vals.len() < pairs.len() {
                        jump!(cur, *fail);
                    }
                    for (&(_, d), &v) in pairs.iter().zip(vals.iter()) {
                        put!(d, v);
                    }
                }
                Instr::HasMapFields { fail, src, keys } => {
                    let m = get!(*src);
                    if !m.is_map() {
                        jump!(cur, *fail);
                    }
                    let mut all = true;
                    for &k in keys.iter() {
                        if crate::map::get(m, get!(k)).is_none() {
                            all = false;
                            break;
                        }
                    }
                    if !all {
                        jump!(cur, *fail);
                    }
                }
                Instr::MakeFun { entry, dst, free } => {
                    let mut env = Vec::with_capacity(free.len());
                    for &s in free.iter() {
                        env.push(get!(s));
                    }
                    // SAFETY: the entry belongs to this module's fun table, which lives as long
                    // as the code.
                    let e = unsafe { &**entry };
                    let f = alloc_or_raise!(make_closure(&mut p.heap, e, &env));
                    put!(*dst, f);
                }
                Instr::CallFun { arity } | Instr::CallFun2 { arity, .. } => {
                    *reds -= CALL_COST;
                    let n = *arity as usize;
                    let f = match ins {
                        Instr::CallFun2 { fun, .. } => get!(*fun),
                        _ => x[n],
                    };
                    cp = pc as Word;
                    match call_fun(vm, p, x, f, n) {
                        Dispatch::Code(t) => {
                            if *reds <= 0 {
                                let total = n + if f.boxed_tag() == HDR_FUN { closure_env(f).len() } else { 0 };
                                return yield_at(p, x, t, cp, total);
                            }
                            pc = t;
                        }
                        Dispatch::Value(v) => {
                            x[0] = v;
                            pc = cp as *const Instr;
                            cp = 0;
                        }
                        Dispatch::Raise(e) => break 'exec e,
                    }
                }
                Instr::Apply { arity } | Instr::ApplyLast { arity, .. } => {
                    *reds -= CALL_COST;
                    let n = *arity as usize;
                    if let Instr::ApplyLast { dealloc, .. } = ins {
                        match pop_frame(p, *dealloc) {
                            Some(c) => cp = c,
                            None => break 'exec bad_code(),
                        }
                    } else {
                        cp = pc as Word;
                    }
                    let (m, f) = (x[n], x[n + 1]);
                    match apply_mfa(vm, p, x, m, f, n) {
                        Dispatch::Code(t) => pc = t,
                        Dispatch::Value(v) => {
                            x[0] = v;
                            pc = cp as *const Instr;
                            cp = 0;
                        }
                        Dispatch::Raise(e) => break 'exec e,
                    }
                }
                Instr::Catch { y, handler } => put!(Dst::y(*y), Term::catch(*handler)),
                Instr::CatchEnd { y } => {
                    put!(Dst::y(*y), Term::NIL);
                    if x[0].is_non_value() {
                        let trace = split_raw_trace(x[3]).map_or(x[3], |(_, t)| t);
                        let v = alloc_or_raise!(make_catch_value(p, x[1], x[2], trace));
                        x[0] = v;
                    }
                }
                Instr::TryEnd { y } => put!(Dst::y(*y), Term::NIL),
                Instr::TryCase { y } => {
                    put!(Dst::y(*y), Term::NIL);
                    x[0] = x[1];
                    x[1] = x[2];
                    x[2] = x[3];
                }
                Instr::TryCaseEnd { val } => {
                    let v = get!(*val);
                    let r = alloc_or_raise!(term::tuple(&mut p.heap, &[atom::TRY_CLAUSE, v]));
                    break 'exec Exception::error(r);
                }
                Instr::Badmatch { val } => {
                    let v = get!(*val);
                    let r = alloc_or_raise!(term::tuple(&mut p.heap, &[atom::BADMATCH, v]));
                    break 'exec Exception::error(r);
                }
                Instr::CaseEnd { val } => {
                    let v = get!(*val);
                    let r = alloc_or_raise!(term::tuple(&mut p.heap, &[atom::CASE_CLAUSE, v]));
                    break 'exec Exception::error(r);
                }
                Instr::Badrecord { val } => {
                    let v = get!(*val);
                    let r = alloc_or_raise!(term::tuple(&mut p.heap, &[atom::BADRECORD, v]));
                    break 'exec Exception::error(r);
                }
                Instr::IfEnd => break 'exec Exception::error(atom::IF_CLAUSE),
                Instr::FuncInfo { func } => {
                    let mut e = Exception::error(atom::FUNCTION_CLAUSE);
                    let arity = vm
                        .module_of(cur)
                        .and_then(|m| m.functions.get(*func as usize))
                        .map(|f| f.arity as usize)
                        .unwrap_or(0);
                    e.args = alloc_or_raise!(term::list_from_slice(&mut p.heap, &x[..arity.min(MAX_X)], Term::NIL));
                    e.top_is_current = true;
                    break 'exec e;
                }
                Instr::Raise { trace, value } => {
                    let (t, v) = (get!(*trace), get!(*value));
                    let (class, t) = split_raw_trace(t).unwrap_or((Class::Error, t));
                    let mut e = Exception::new(class, v);
                    e.trace = t;
                    break 'exec e;
                }
                Instr::RawRaise => {
                    let class = match x[0] {
                        a if a == atom::ERROR => Class::Error,
                        a if a == atom::EXIT => Class::Exit,
                        a if a == atom::THROW => Class::Throw,
                        _ => {
                            x[0] = atom::BADARG;
                            continue 'exec;
                        }
                    };
                    let mut e = Exception::new(class, x[1]);
                    e.trace = split_raw_trace(x[2]).map_or(x[2], |(_, t)| t);
                    break 'exec e;
                }
                Instr::BuildStacktrace => {
                    // Stack traces are built when raised: the raw trace holds the list.
                    x[0] = match split_raw_trace(x[0]) {
                        Some((_, t)) => t,
                        None if x[0].is_list() => x[0],
                        None => Term::NIL,
                    };
                }
                Instr::FLoad { src, fr: d } => {
                    let v = get!(*src);
                    match number_to_f64(v) {
                        Some(f) => fr[*d as usize] = f,
                        None => break 'exec Exception::error(atom::BADARITH),
                    }
                }
                Instr::FConv { src, fr: d } => {
                    let v = get!(*src);
                    match number_to_f64(v) {
                        Some(f) => fr[*d as usize] = f,
                        None => break 'exec Exception::error(atom::BADARITH),
                    }
                }
                Instr::FStore { fr: s, dst } => {
                    let f = alloc_or_raise!(term::float(&mut p.heap, fr[*s as usize]));
                    put!(*dst, f);
                }
                Instr::FMove { src, dst } => fr[*dst as usize] = fr[*src as usize],
                Instr::FArith { op, a, b, dst } => {
                    let (va, vb) = (fr[*a as usize], fr[*b as usize]);
                    let r = match op {
                        FloatOp::Add => va + vb,
                        FloatOp::Sub => va - vb,
                        FloatOp::Mul => va * vb,
                        FloatOp::Div => va / vb,
                    };
                    if !r.is_finite() {
                        break 'exec Exception::error(atom::BADARITH);
                    }
                    fr[*dst as usize] = r;
                }
                Instr::FNegate { a, dst } => fr[*dst as usize] = -fr[*a as usize],
                Instr::BsCreateBin { fail, live, unit: _, dst, segs } => {
                    // `<<Acc/binary, V:N>>` appending in place: no segment arrays.
                    if let [a, i] = &segs[..] {
                        if (a.kind == BsSegKind::Append || a.kind == BsSegKind::PrivateAppend)
                            && i.kind == BsSegKind::Integer
                        {
                            let two = [(get!(a.src), get!(a.size)), (get!(i.src), get!(i.size))];
                            match super::bits::append_small_integer(&mut p.heap, segs, &two) {
                                Some(Ok(b)) => {
                                    put!(*dst, b);
                                    continue 'exec;
                                }
                                Some(Err(e)) => fail_or_raise!(cur, *fail, e),
                                None => {}
                            }
                        }
                    }
                    // Values and sizes on the stack for the usual few segments.
                    let mut inline = [(Term::NIL, Term::NIL); super::bits::INLINE_SEGS];
                    let mut spilled: Vec<(Term, Term)>;
                    let vals: &mut [(Term, Term)] = if segs.len() <= super::bits::INLINE_SEGS {
                        &mut inline[..segs.len()]
                    } else {
                        spilled = alloc::vec![(Term::NIL, Term::NIL); segs.len()];
                        &mut spilled
                    };
                    let mut has_string = false;
                    for (s, slot) in segs.iter().zip(vals.iter_mut()) {
                        let v = if s.kind == BsSegKind::String {
                            has_string = true;
                            Term(s.src.0)
                        } else {
                            get!(s.src)
                        };
                        *slot = (v, get!(s.size));
                    }
                    let _ = live;
                    // Finding the module (for its string table) is a search: only when needed.
                    let strings = match has_string.then(|| vm.module_of(cur)).flatten() {
                        Some(m) => &m.strings[..],
                        None => &[][..],
                    };
                    match super::bits::create_bin(&mut p.heap, segs, vals, strings) {
                        Ok(b) => put!(*dst, b),
                        Err(e) => fail_or_raise!(cur, *fail, e),
                    }
                }
                Instr::BsStartMatch { fail, live: _, src, dst } => {
                    let v = get!(*src);
                    match super::bits::start_match(&mut p.heap, v) {
                        Some(Ok(c)) => put!(*dst, c),
                        Some(Err(_)) => break 'exec system_limit(),
                        None => jump!(cur, *fail),
                    }
                }
                Instr::BsStartMatchPos { fail, live: _, src, dst, pos } => {
                    let v = get!(*src);
                    let c = match super::bits::start_match(&mut p.heap, v) {
                        Some(Ok(c)) => c,
                        Some(Err(_)) => break 'exec system_limit(),
                        None => jump!(cur, *fail),
                    };
                    put!(*dst, c);
                    put!(*pos, Term::small(c.boxed_word(1) as isize));
                    // SAFETY: the fused pair's second instruction is followed by another.
                    pc = unsafe { cur.add(2) };
                }
                Instr::BsGet { what, fail, ctx, live: _, size, unit, flags, dst } => {
                    bs_get!(cur, *what, *fail, *ctx, *size, *unit, *flags, *dst)
                }
                Instr::BsGetIntegerTestUnit { fail, ctx, size, unit, flags, dst, test_unit } => {
                    bs_get!(cur, BsGet::Integer, *fail, *ctx, *size, *unit, *flags, *dst);
                    // SAFETY: the fused pair's second instruction is followed by another.
                    pc = unsafe { cur.add(2) };
                    bs_test_unit!(cur, *fail, *ctx, *test_unit);
                }
                Instr::BsTestTail { fail, ctx, bits } => {
                    let c = get!(*ctx);
                    if !c.is_match_ctx() || super::bits::remaining(c) != *bits as usize {
                        jump!(cur, *fail);
                    }
                }
                Instr::BsTestUnit { fail, ctx, unit } => bs_test_unit!(cur, *fail, *ctx, *unit),
                Instr::BsMatchString { fail, ctx, bits, offset } => {
                    let c = get!(*ctx);
                    let strings = match vm.module_of(cur) {
                        Some(m) => &m.strings[..],
                        None => &[][..],
                    };
                    if !c.is_match_ctx() || !super::bits::match_string(c, *bits as usize, strings, *offset as usize) {
                        jump!(cur, *fail);
                    }
                }
                Instr::BsGetPosition { ctx, dst } => {
                    let c = get!(*ctx);
                    if !c.is_match_ctx() {
                        break 'exec bad_code();
                    }
                    put!(*dst, Term::small(c.boxed_word(1) as isize));
                }
                Instr::BsSetPosition { ctx, pos } => {
                    let (c, ps) = (get!(*ctx), get!(*pos));
                    if !c.is_match_ctx() || !ps.is_small() || !super::bits::set_position(c, ps.small_value()) {
                        break 'exec bad_code();
                    }
                }
                Instr::BsGetTail { ctx, dst } => {
                    let c = get!(*ctx);
                    if !c.is_match_ctx() {
                        break 'exec bad_code();
                    }
                    let t = alloc_or_raise!(super::bits::tail(&mut p.heap, c));
                    put!(*dst, t);
                }
                Instr::BsMatch { fail, ctx, cmds } => {
                    let c = get!(*ctx);
                    if !c.is_match_ctx() {
                        break 'exec bad_code();
                    }
                    let mut ok = true;
                    for cmd in cmds.iter() {
                        match super::bits::match_cmd(&mut p.heap, c, cmd) {
                            Ok(Some((d, v))) => put!(d, v),
                            Ok(None) => {}
                            Err(()) => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    if !ok {
                        jump!(cur, *fail);
                    }
                }
                Instr::Send => {
                    *reds -= CALL_COST;
                    if let Err(e) = vm.send(p, x[0], x[1]) {
                        break 'exec e;
                    }
                    x[0] = x[1];
                    if !vm.sched.for_running.is_empty() {
                        apply_signals(vm, p);
                    }
                }
                Instr::LoopRec { fail, dst } => match p.mailbox.current() {
                    Some(m) => put!(*dst, m),
                    None => jump!(cur, *fail),
                },
                Instr::LoopRecEnd { target } => {
                    *reds -= 1;
                    p.mailbox.advance();
                    jump!(cur, *target);
                }
                Instr::RemoveMessage => {
                    p.take_current_message();
                    if let Some(t) = p.recv_timer.take() {
                        vm.sched.timers.cancel(t);
                    }
                    p.timed_out = false;
                    p.in_timed_wait = false;
                }
                Instr::Timeout => {
                    p.mailbox.rewind();
                    p.recv_timer = None;
                    p.timed_out = false;
                    p.in_timed_wait = false;
                }
                Instr::Wait { target } => {
                    // SAFETY: validated label.
                    p.pc = unsafe { cur.byte_offset(*target as isize) };
                    p.cp = cp;
                    p.saved_x = Vec::new(); // blocked: keep no buffer while idle
                    return Outcome::Waiting;
                }
                Instr::WaitTimeout { target, time } => {
                    if p.timed_out {
                        // Fall through to the `timeout` instruction.
                        p.timed_out = false;
                        continue 'exec;
                    }
                    if !p.in_timed_wait {
                        // First time here for this receive: read the timeout (after a wake-up
                        // the register holding it is gone, and the timer already runs).
                        let t = get!(*time);
                        let ms: Option<u64> = if t == atom::INFINITY {
                            None
                        } else if t.is_small() && t.small_value() >= 0 {
                            Some(t.small_value() as u64)
                        } else if t.is_bignum() && !term::bignum_limbs(t).0 {
                            // Longer than any timer can run: as good as infinity.
                            None
                        } else {
                            break 'exec Exception::error(atom::TIMEOUT_VALUE);
                        };
                        if ms == Some(0) {
                            continue 'exec;
                        }
                        if let (Some(ms), None) = (ms, p.recv_timer) {
                            let id = vm.new_ref();
                            let deadline = vm.platform.monotonic_ns().saturating_add(ms.saturating_mul(1_000_000));
                            vm.sched.timers.start(
                                id,
                                deadline,
                                crate::sched::timer::TimerAction::Receive { pid: p.pid },
                            );
                            p.recv_timer = Some(id);
                        }
                        p.in_timed_wait = true;
                    }
                    p.timeout_pc = pc;
                    // SAFETY: validated label.
                    p.pc = unsafe { cur.byte_offset(*target as isize) };
                    p.cp = cp;
                    p.saved_x = Vec::new();
                    return Outcome::Waiting;
                }
                Instr::RecvMarkerReserve { dst } => {
                    // The marker is the queue's length now: messages from here on are newer
                    // than the reference about to be made.
                    put!(*dst, Term::small(p.mailbox.len() as isize));
                }
                Instr::RecvMarkerBind { marker, reference } => {
                    let (m, r) = (get!(*marker), get!(*reference));
                    if m.is_small() && r.is_reference() {
                        p.mailbox.bind_marker(term::reference_id(r), m.small_value() as usize);
                    }
                }
                Instr::RecvMarkerUse { reference } => {
                    let r = get!(*reference);
                    if r.is_reference() {
                        p.mailbox.use_marker(term::reference_id(r));
                    }
                }
                Instr::RecvMarkerClear { reference } => {
                    let r = get!(*reference);
                    if r.is_reference() {
                        p.mailbox.clear_marker(term::reference_id(r));
                    }
                }
            }
        };
        // An exception: build its trace, then unwind to a handler or end the process.
        let mut exc = exc;
        if exc.trace.is_non_value() {
            exc.trace = build_trace(vm, p, &exc, pc, cp).unwrap_or(Term::NIL);
        }
        match find_handler(vm, p) {
            Some(h) => {
                // The raw trace a handler sees carries the class, so that `raise/2` (what
                // `try ... after` re-raises with) recovers it whatever ran in between.
                let raw = match term::tuple(&mut p.heap, &[class_atom(exc.class), exc.trace]) {
                    Ok(t) => t,
                    Err(_) => exc.trace,
                };
                x[0] = Term::NON_VALUE;
                x[1] = class_atom(exc.class);
                x[2] = exc.reason;
                x[3] = raw;
                pc = h;
                cp = 0;
                // Taking an exception costs a reduction: a handler that raises again at
                // once (only a malformed module loops so) must not hold the scheduler.
                *reds -= 1;
                if *reds <= 0 {
                    return yield_at(p, x, pc, cp, 4);
                }
            }
            None => {
                p.pc = pc;
                p.cp = cp;
                return Outcome::Raised(exc);
            }
        }
    }
}

/// A process that outgrew its `max_heap_size`: reported and killed, as OTP does.
#[cold]
fn heap_limit_kill(vm: &mut Vm, p: &mut Process) -> Outcome {
    let mut s = alloc::string::String::from("=ERROR REPORT==== ");
    crate::fmt::time::write_local_timestamp(&mut s, vm.platform.system_time_ns());
    s.push_str(" ===\n     Process:          ");
    s.push_str(&crate::term::print::to_string(p.pid_term(), &vm.atoms));
    s.push_str("\n     Context:          maximum heap size reached\n");
    let _ = core::fmt::Write::write_fmt(
        &mut s,
        format_args!(
            "     Max Heap Size:    {}\n     Total Heap Size:  {}\n\n",
            p.heap.max_words,
            p.heap.total_words()
        ),
    );
    vm.platform.write_console(s.as_bytes());
    Outcome::Exited(crate::sched::signal::owned_atom(atom::KILLED))
}

/// Applies the signals that arrived for the running process during its last BIF.
fn apply_signals(vm: &mut Vm, p: &mut Process) {
    for s in core::mem::take(&mut vm.sched.for_running) {
        match s {
            Signal::Message(m) => p.mailbox.push(m),
            Signal::Exit { from, reason, untrappable } => {
                if untrappable {
                    p.pending_exit = Some(alloc::boxed::Box::new(crate::sched::signal::owned_atom(atom::KILLED)));
                } else if p.trap_exit {
                    let owned = |w: *const Word| reason.frag.contains(w);
                    let elems = [atom::EXIT_UPPER, Term::pid(from)];
                    if let Some(m) = crate::sched::signal::tuple_message(reason.term, &owned, &elems) {
                        p.mailbox.push(m);
                    }
                } else if (reason.term != atom::NORMAL || from == p.pid) && p.pending_exit.is_none() {
                    p.pending_exit = Some(alloc::boxed::Box::new(reason));
                }
            }
            Signal::Unlinked(from) => p.links.retain(|&l| l != from),
            Signal::MonitorGone(id) => p.monitors.retain(|m| m.id != id),
        }
    }
}

/// Splits a raw trace `{Class, Trace}` (what a handler receives) into its parts.
fn split_raw_trace(t: Term) -> Option<(Class, Term)> {
    if !t.is_tuple() {
        return None;
    }
    let [c, trace] = t.tuple_elements() else { return None };
    let class = match *c {
        a if a == atom::ERROR => Class::Error,
        a if a == atom::EXIT => Class::Exit,
        a if a == atom::THROW => Class::Throw,
        _ => return None,
    };
    (trace.is_list() || trace.is_nil()).then_some((class, *trace))
}

/// The atom naming an exception class.
pub fn class_atom(c: Class) -> Term {
    match c {
        Class::Error => atom::ERROR,
        Class::Exit => atom::EXIT,
        Class::Throw => atom::THROW,
    }
}

/// The exception for code that breaks the VM's invariants (only malformed BEAM files can).
// The error constructors are out of line and cold: built inline, their constant fields
// became a value the compiler stored at every dispatch.
#[cold]
#[inline(never)]
fn bad_code() -> Exception {
    Exception::error(atom::BADARG)
}

#[cold]
#[inline(never)]
fn system_limit() -> Exception {
    Exception::error(atom::SYSTEM_LIMIT)
}

fn dst_as_src(d: Dst) -> Src {
    if d.is_y() {
        Src::y(d.index() as u32)
    } else {
        Src::x(d.index() as u32)
    }
}

/// Reads y register `i` of the current frame, refusing reads outside the stack or of a
/// continuation word.
#[inline(always)]
fn yget(p: &Process, i: usize) -> Option<Term> {
    // The slot's address against the stack's end: `i` is below MAX_X, so the wrapping
    // add cannot wrap, and the one compare replaces the used-words arithmetic.
    let s = p.heap.stop.wrapping_add(i + 1);
    if s >= p.heap.end() {
        return None;
    }
    // SAFETY: stop <= s < end, so the word is inside the stack.
    let w = unsafe { *s };
    if w & 0b11 == 0 {
        return None;
    }
    Some(Term(w))
}

/// Writes y register `i`, refusing writes outside the stack or over a continuation word.
#[inline(always)]
fn yput(p: &mut Process, i: usize, v: Term) -> bool {
    let s = p.heap.stop.wrapping_add(i + 1);
    if s >= p.heap.end() {
        return false;
    }
    // SAFETY: as in `yget`.
    unsafe {
        if *s & 0b11 == 0 {
            return false;
        }
        *s = v.0;
    }
    true
}

fn pop_frame(p: &mut Process, n: u32) -> Option<Word> {
    let n = n as usize;
    if p.heap.stack_used() < n + 1 {
        return None;
    }
    // SAFETY: checked that a frame of n y registers plus its continuation is there.
    let c = unsafe { p.heap.pop_frame(n) };
    if c & 0b11 != 0 {
        return None;
    }
    Some(c)
}

/// `i bsl left` (a right shift for negative `left`) of a small integer: the result when it
/// is small, or None for the BIF to make a bignum.
#[inline(always)]
fn shift(i: i64, left: i64) -> Option<Term> {
    let r = if left <= 0 {
        // A right shift: arithmetic, saturating at the sign.
        i >> left.unsigned_abs().min(63)
    } else if left < 62 && i.unsigned_abs() < (1u64 << (62 - left)) {
        i << left
    } else {
        return None;
    };
    Term::small_fits(r).then(|| Term::small(r as isize))
}

fn yield_at(p: &mut Process, x: &[Term; MAX_X], pc: *const Instr, cp: Word, live: usize) -> Outcome {
    p.pc = pc;
    p.cp = cp;
    p.saved_x.clear();
    p.saved_x.extend_from_slice(&x[..live.min(MAX_X)]);
    Outcome::Yielded
}

/// `a =:= b`: equal words, or two boxed terms (or lists) equal in content; two
/// immediates that differ are decided here without a call.
#[inline(always)]
fn exact_eq(a: Term, b: Term) -> bool {
    a == b || (!a.is_immediate() && !b.is_immediate() && eq_exact(a, b))
}

/// `a < b` in term order. Two small integers (loop and guard tests) are compared inline in
/// the dispatch loop; everything else goes out of line.
#[inline(always)]
fn less(vm: &Vm, a: Term, b: Term) -> bool {
    if a.is_small() && b.is_small() {
        return a.small_value() < b.small_value();
    }
    less_slow(vm, a, b)
}

#[inline(never)]
fn less_slow(vm: &Vm, a: Term, b: Term) -> bool {
    if a.is_number() && b.is_number() {
        return cmp_numbers(a, b, Mode::Arith) == core::cmp::Ordering::Less;
    }
    compare(a, b, &vm.atoms, Mode::Arith) == core::cmp::Ordering::Less
}

pub fn type_test(t: TypeTest, v: Term) -> bool {
    match t {
        TypeTest::Integer => v.is_integer(),
        TypeTest::Float => v.is_float(),
        TypeTest::Number => v.is_number(),
        TypeTest::Atom => v.is_atom(),
        TypeTest::Pid => v.is_pid(),
        TypeTest::Reference => v.is_reference(),
        TypeTest::Port => v.is_port(),
        TypeTest::Nil => v.is_nil(),
        TypeTest::Binary => v.is_binary(),
        TypeTest::Bitstring => v.is_bitstring(),
        TypeTest::List => v.is_list() || v.is_nil(),
        TypeTest::NonemptyList => v.is_list(),
        TypeTest::Tuple => v.is_tuple(),
        TypeTest::Function => v.is_function(),
        TypeTest::Boolean => v == atom::TRUE || v == atom::FALSE,
        TypeTest::Map => v.is_map(),
    }
}

/// A number as f64 (for float instructions); None if not a number or too large.
pub fn number_to_f64(v: Term) -> Option<f64> {
    if v.is_small() {
        Some(v.small_value() as f64)
    } else if v.is_float() {
        Some(v.float_value())
    } else if v.is_bignum() {
        let (neg, mag) = term::bignum_limbs(v);
        crate::bignum::to_f64_otp(crate::bignum::BigRef::new(neg, mag))
    } else {
        None
    }
}

/// Where a call goes.
pub enum Dispatch {
    /// Jump to code (the continuation is already set).
    Code(*const Instr),
    /// A BIF ran: its result.
    Value(Term),
    Raise(Exception),
}

/// Calls export `exp` with `arity` arguments in x registers.
pub fn dispatch_export(vm: &mut Vm, p: &mut Process, x: &mut [Term; MAX_X], exp: u32, arity: usize) -> Dispatch {
    let e = &vm.exports[exp as usize];
    if !e.code.is_null() {
        return Dispatch::Code(e.code);
    }
    if let Some(b) = e.bif {
        let (m, f) = (e.module, e.function);
        if m == atom::ERLANG && arity >= 2 && f == atom::APPLY {
            return apply_bif(vm, p, x, arity);
        }
        if m == atom::ERLANG && arity == 3 && f == atom::HIBERNATE {
            return hibernate(vm, p, x);
        }
        return match b(vm, p, &x[..arity]) {
            Ok(v) => Dispatch::Value(v),
            Err(mut ex) => {
                if ex.args.is_non_value() {
                    ex.args = term::list_from_slice(&mut p.heap, &x[..arity], Term::NIL).unwrap_or(Term::NIL);
                    ex.top = Some((m, f));
                }
                Dispatch::Raise(ex)
            }
        };
    }
    let (m, f) = (e.module, e.function);
    if vm.ensure_loaded(m).is_ok() {
        let e = &vm.exports[exp as usize];
        if !e.code.is_null() {
            return Dispatch::Code(e.code);
        }
    }
    Dispatch::Raise(undef(p, m, f, &x[..arity]))
}

fn undef(p: &mut Process, m: Term, f: Term, args: &[Term]) -> Exception {
    let mut e = Exception::error(atom::UNDEF);
    e.args = term::list_from_slice(&mut p.heap, args, Term::NIL).unwrap_or(Term::NIL);
    e.top = Some((m, f));
    e
}

/// `erlang:hibernate(M, F, A)`: drops the call stack (and with it every catch), collects
/// the heap down to the live data, and continues at [`Instr::Hibernate`], which waits for
/// a message and then calls M:F(A) as the process's only function (returning from it ends
/// the process normally).
fn hibernate(vm: &mut Vm, p: &mut Process, x: &mut [Term; MAX_X]) -> Dispatch {
    if !x[0].is_atom() || !x[1].is_atom() {
        return Dispatch::Raise(Exception::error(atom::BADARG));
    }
    match crate::bif::list_to_vec(x[2]) {
        Some(l) if l.len() < MAX_X - 2 => {}
        Some(_) => return Dispatch::Raise(system_limit()),
        None => return Dispatch::Raise(Exception::error(atom::BADARG)),
    }
    p.heap.clear_stack();
    p.cp = vm.exit_code.as_ptr() as crate::term::Word;
    p.mailbox.rewind();
    if let Some(t) = p.recv_timer.take() {
        vm.sched.timers.cancel(t);
    }
    p.timed_out = false;
    p.in_timed_wait = false;
    // Best effort: if memory is short the heap just stays as it is.
    let _ = p.gc_compact(&mut x[..3]);
    Dispatch::Code(vm.hibernate_code.as_ptr())
}

/// `erlang:apply/2,3` called as a function: rearranges the registers and dispatches.
fn apply_bif(vm: &mut Vm, p: &mut Process, x: &mut [Term; MAX_X], arity: usize) -> Dispatch {
    let (fun_or_m, f, args) = if arity == 3 { (x[0], x[1], x[2]) } else { (x[0], Term::NON_VALUE, x[1]) };
    let Some(list) = crate::bif::list_to_vec(args) else {
        return Dispatch::Raise(Exception::error(atom::BADARG));
    };
    if list.len() >= MAX_X - 2 {
        return Dispatch::Raise(system_limit());
    }
    vm.note_x(list.len());
    x[..list.len()].copy_from_slice(&list);
    if arity == 2 {
        call_fun(vm, p, x, fun_or_m, list.len())
    } else {
        apply_mfa(vm, p, x, fun_or_m, f, list.len())
    }
}

/// Calls M:F with `n` arguments in x registers.
pub fn apply_mfa(vm: &mut Vm, p: &mut Process, x: &mut [Term; MAX_X], m: Term, f: Term, n: usize) -> Dispatch {
    if !m.is_atom() || !f.is_atom() {
        return Dispatch::Raise(Exception::error(atom::BADARG));
    }
    let e = match vm.find_export(m, f, n as u32) {
        Some(e) => e,
        None => {
            if vm.ensure_loaded(m).is_err() {
                return Dispatch::Raise(undef(p, m, f, &x[..n]));
            }
            match vm.find_export(m, f, n as u32) {
                Some(e) => e,
                None => return Dispatch::Raise(undef(p, m, f, &x[..n])),
            }
        }
    };
    dispatch_export(vm, p, x, e, n)
}

/// Calls fun `f` with `n` arguments in x registers.
pub fn call_fun(vm: &mut Vm, p: &mut Process, x: &mut [Term; MAX_X], f: Term, n: usize) -> Dispatch {
    if f.is_boxed() && f.boxed_tag() == HDR_FUN {
        let e = closure_entry(f);
        let env = closure_env(f);
        if (e.arity - e.num_free) as usize != n {
            return Dispatch::Raise(badarity(p, f, &x[..n]));
        }
        if n + env.len() > MAX_X {
            return Dispatch::Raise(system_limit());
        }
        vm.note_x(n + env.len());
        x[n..n + env.len()].copy_from_slice(env);
        if e.code.is_null() {
            return Dispatch::Raise(Exception::error(atom::UNDEF));
        }
        return Dispatch::Code(e.code);
    }
    if f.is_boxed() && f.boxed_tag() == HDR_EXPORT {
        let (m, fname, a) = export_mfa(f);
        if a != n {
            return Dispatch::Raise(badarity(p, f, &x[..n]));
        }
        return apply_mfa(vm, p, x, m, fname, n);
    }
    match term::tuple(&mut p.heap, &[atom::BADFUN, f]) {
        Ok(r) => Dispatch::Raise(Exception::error(r)),
        Err(e) => Dispatch::Raise(oom(e)),
    }
}

fn badarity(p: &mut Process, f: Term, args: &[Term]) -> Exception {
    let build = |p: &mut Process| -> Result<Term, term::AllocError> {
        let l = term::list_from_slice(&mut p.heap, args, Term::NIL)?;
        let inner = term::tuple(&mut p.heap, &[f, l])?;
        term::tuple(&mut p.heap, &[atom::BADARITY, inner])
    };
    match build(p) {
        Ok(r) => Exception::error(r),
        Err(e) => oom(e),
    }
}

/// Module and function name of a BIF, for stack traces.
fn bif_name(vm: &Vm, b: crate::bif::BifFn) -> Option<(Term, Term)> {
    vm.exports.iter().find(|e| e.bif.map(|f| f as usize) == Some(b as usize)).map(|e| (e.module, e.function))
}
