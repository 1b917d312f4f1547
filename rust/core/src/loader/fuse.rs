//! Superinstructions: pairs of instructions that compilers emit back to back, executed as
//! one dispatch.
//!
//! The first instruction of a pair is replaced by a fused one that does the work of both
//! and continues after the second. The second stays where it was, so a jump to it (a
//! label may point there) still runs it alone, and instruction indexes (labels, catch
//! handlers, line tables) do not move. The pairs are the most frequent ones in the
//! benchmarks' dynamic instruction counts.

use crate::interp::instr::*;

/// Rewrites `code` in place (the last instruction is `CodeEnd`, never fused).
pub fn fuse(code: &mut [Instr]) {
    for i in 0..code.len().saturating_sub(1) {
        if let Some(f) = pair(&code[i], &code[i + 1]) {
            code[i] = f;
        }
    }
}

/// The fused instruction for `a` followed by `b`, if there is one. Labels are byte
/// offsets from their own instruction: one in `b` is an instruction further from `a`.
fn pair(a: &Instr, b: &Instr) -> Option<Instr> {
    let later = |l: Lbl| match l {
        NO_LABEL => Some(NO_LABEL),
        l => l.checked_add(core::mem::size_of::<Instr>() as Lbl),
    };
    Some(match (a, b) {
        // `is_nonempty_list` then `get_list` of the same list.
        (Instr::IsNonemptyList(t), Instr::GetList { src, hd, tl }) if t.arg == *src => {
            Instr::IsNonemptyListGet { fail: t.fail, src: *src, hd: *hd, tl: *tl }
        }
        // `is_tuple` then `test_arity` of the same term to the same label: the arity
        // test alone (it also tests for a tuple).
        (Instr::IsTuple(t), Instr::TestArity { fail, arg, arity }) if t.arg == *arg && Some(t.fail) == later(*fail) => {
            Instr::IsTupleArity { fail: t.fail, arg: *arg, arity: *arity }
        }
        (Instr::Deallocate { n }, Instr::Return) => Instr::DeallocateReturn { n: *n },
        // Two moves (argument set-up before calls, saving registers into a new frame).
        (Instr::MoveXY { src: s1, dst: d1 }, Instr::MoveXY { src: s2, dst: d2 }) => {
            Instr::MoveXY2(Moves2 { src: [*s1, *s2], dst: [*d1, *d2] })
        }
        (Instr::MoveXX { src: s1, dst: d1 }, Instr::MoveXX { src: s2, dst: d2 }) => {
            Instr::MoveXX2(Moves2 { src: [*s1, *s2], dst: [*d1, *d2] })
        }
        (Instr::MoveYX { src: s1, dst: d1 }, Instr::MoveYX { src: s2, dst: d2 }) => {
            Instr::MoveYX2(Moves2 { src: [*s1, *s2], dst: [*d1, *d2] })
        }
        // Setting up the last argument, then calling.
        (Instr::MoveXX { src, dst }, Instr::Call { arity, target }) => {
            Instr::MoveXXCall(MoveCall { src: *src, dst: *dst, arity: *arity, target: later(*target)? })
        }
        (Instr::MoveXX { src, dst }, Instr::CallOnly { arity, target }) => {
            Instr::MoveXXCallOnly(MoveCall { src: *src, dst: *dst, arity: *arity, target: later(*target)? })
        }
        (Instr::MoveXY { src: s1, dst: d1 }, Instr::MoveXX { src: s2, dst: d2 }) => {
            Instr::MoveXYXX(Moves2 { src: [*s1, *s2], dst: [*d1, *d2] })
        }
        // Building a list cell right after the allocation test.
        (Instr::TestHeap { heap, live }, Instr::PutList { hd, tl, dst }) => {
            Instr::TestHeapPutList { heap: *heap, live: *live, hd: *hd, tl: *tl, dst: *dst }
        }
        // A tuple element compared at once (record fields, message tags).
        (Instr::GetTupleElement { src, idx, dst }, Instr::IsEqExact(c)) => Instr::GetTupleElementIsEqExact {
            src: *src,
            idx: *idx,
            dst: *dst,
            cmp: Cmp { fail: later(c.fail)?, a: c.a, b: c.b },
        },
        // Matching starts (or resumes on a match context) and saves its position.
        (Instr::BsStartMatch { fail, live, src, dst }, Instr::BsGetPosition { ctx, dst: pos })
            if ctx.is_x() && !dst.is_y() && ctx.index() == dst.index() =>
        {
            Instr::BsStartMatchPos { fail: *fail, live: *live, src: *src, dst: *dst, pos: *pos }
        }
        // An integer field, then the rest tested for whole bytes (or units) on the same
        // failure label.
        (
            Instr::BsGet { what: BsGet::Integer, fail, ctx, live: _, size, unit, flags, dst },
            Instr::BsTestUnit { fail: f2, ctx: c2, unit: u2 },
        ) if c2 == ctx && later(*f2) == Some(*fail) => Instr::BsGetIntegerTestUnit {
            fail: *fail,
            ctx: *ctx,
            size: *size,
            unit: *unit,
            flags: *flags,
            dst: *dst,
            test_unit: *u2,
        },
        _ => return None,
    })
}
