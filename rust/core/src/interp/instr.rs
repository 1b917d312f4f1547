//! The internal instruction set: what the loader translates BEAM code into. Operands are
//! resolved once at load time: registers and constants are packed into one word (`Src`),
//! labels are offsets relative to the instruction that holds them, imports are export-table
//! indices, BIFs are function pointers.

use alloc::boxed::Box;

use crate::bif::BifFn;
use crate::term::{Term, Word};

/// A jump target: an offset in bytes from the instruction holding it (bytes, so that a
/// jump is one add).
pub type Lbl = i32;
/// No label: failure raises an exception instead of jumping.
pub const NO_LABEL: Lbl = i32::MIN;

/// Largest x register index + 1.
pub const MAX_X: usize = 1024;
/// Number of float registers.
pub const MAX_FR: usize = 256;

/// A source operand: a constant term, or a register. Terms never have 00 in their two low
/// bits (that is a header's tag), so registers do: an x register is its byte offset in the
/// register file (the top bit clear), a y register has the top bit set and its index from
/// bit 2, a float register the top two bits. Decoding the common cases is two bit tests.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct Src(pub Word);

const REG_Y: Word = 1 << (Word::BITS - 1);
const REG_FR: Word = REG_Y | (REG_Y >> 1);

impl Src {
    #[inline(always)]
    pub const fn x(n: u32) -> Src {
        Src(n as Word * core::mem::size_of::<Word>() as Word)
    }
    #[inline(always)]
    pub const fn y(n: u32) -> Src {
        Src(REG_Y | ((n as Word) << 2))
    }
    #[inline(always)]
    pub const fn fr(n: u32) -> Src {
        Src(REG_FR | ((n as Word) << 2))
    }
    #[inline(always)]
    pub const fn lit(t: Term) -> Src {
        Src(t.0)
    }
    #[inline(always)]
    pub const fn is_reg(self) -> bool {
        self.0 & 0b11 == 0
    }
    #[inline(always)]
    pub const fn is_x(self) -> bool {
        self.is_reg() && self.0 & REG_Y == 0
    }
    #[inline(always)]
    pub const fn is_y(self) -> bool {
        self.is_reg() && self.0 & REG_FR == REG_Y
    }
    /// The byte offset of an x register in the register file.
    #[inline(always)]
    pub const fn x_offset(self) -> usize {
        self.0
    }
    /// The index of a y (or float) register.
    #[inline(always)]
    pub const fn y_index(self) -> usize {
        (self.0 << 2) >> 4
    }
    /// The register's index, whatever its kind.
    #[inline(always)]
    pub const fn index(self) -> usize {
        if self.0 & REG_Y == 0 {
            self.0 / core::mem::size_of::<Word>()
        } else {
            self.y_index()
        }
    }
}

/// A destination register: x (bit 31 clear) or y (bit 31 set).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct Dst(pub u32);

impl Dst {
    pub const Y_BIT: u32 = 1 << 31;
    #[inline(always)]
    pub const fn x(n: u32) -> Dst {
        Dst(n)
    }
    #[inline(always)]
    pub const fn y(n: u32) -> Dst {
        Dst(n | Self::Y_BIT)
    }
    #[inline(always)]
    pub const fn is_y(self) -> bool {
        self.0 & Self::Y_BIT != 0
    }
    #[inline(always)]
    pub const fn index(self) -> usize {
        (self.0 & !Self::Y_BIT) as usize
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeTest {
    Integer,
    Float,
    Number,
    Atom,
    Pid,
    Reference,
    Port,
    Nil,
    Binary,
    Bitstring,
    List,
    NonemptyList,
    Tuple,
    Function,
    Boolean,
    Map,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// Field flags of bit syntax segments.
pub mod bsflags {
    pub const LITTLE: u32 = 0x02;
    pub const SIGNED: u32 = 0x04;
    pub const NATIVE: u32 = 0x10;
}

/// What a bit-syntax read extracts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BsGet {
    Integer,
    Float,
    Binary,
    Skip,
    Utf8,
    Utf16,
    Utf32,
}

/// One segment of `bs_create_bin`.
#[derive(Clone, Copy, Debug)]
pub struct BsSeg {
    pub kind: BsSegKind,
    pub unit: u32,
    pub flags: u32,
    pub src: Src,
    /// Size in units; `Src::lit(ALL)` for `all`; for strings the byte length.
    pub size: Src,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BsSegKind {
    Integer,
    Float,
    Binary,
    Append,
    PrivateAppend,
    /// Bytes from the module's string table: `src` holds the offset.
    String,
    Utf8,
    Utf16,
    Utf32,
}

/// One command of OTP 26's `bs_match`.
#[derive(Clone, Copy, Debug)]
pub enum BsCmd {
    EnsureAtLeast { bits: usize, unit: u32 },
    EnsureExactly { bits: usize },
    Integer { flags: u32, bits: usize, dst: Dst },
    Binary { bits: usize, dst: Dst },
    Skip { bits: usize },
    GetTail { dst: Dst },
    Eq { bits: usize, value: u64 },
}

/// Operands of an inline BIF (`Instr::Add` and friends).
#[derive(Clone, Copy)]
pub struct BinOp {
    pub bif: BifFn,
    pub fail: Lbl,
    pub a: Src,
    pub b: Src,
    pub dst: Dst,
}

/// Operands of a comparison test.
#[derive(Clone, Copy)]
pub struct Cmp {
    pub fail: Lbl,
    pub a: Src,
    pub b: Src,
}

/// Two register moves (the fused move pairs): `src[k]` to `dst[k]`, in order.
#[derive(Clone, Copy)]
pub struct Moves2 {
    pub src: [u32; 2],
    pub dst: [u32; 2],
}

/// A move between x registers, then a call (`target` is from the fused instruction).
#[derive(Clone, Copy)]
pub struct MoveCall {
    pub src: u32,
    pub dst: u32,
    pub arity: u32,
    pub target: Lbl,
}

/// Operands of a type test.
#[derive(Clone, Copy)]
pub struct Test {
    pub fail: Lbl,
    pub arg: Src,
}

pub enum Instr {
    Nop,
    /// Raises function_clause for function `func` of this module.
    FuncInfo {
        func: u32,
    },
    /// The process returned from its first function: it exits normally with x0 as result.
    NormalExit,
    /// Where a hibernating process waits (`erlang:hibernate/3`): with M, F and A in x0..x2
    /// and an empty stack, waits until the mailbox has a message, then calls M:F(A).
    Hibernate,
    /// Ends every module's code: reached only by falling off the last instruction of a
    /// malformed module (or a label just past it), it raises instead of running past it.
    CodeEnd,
    Call {
        target: Lbl,
        arity: u32,
    },
    CallLast {
        target: Lbl,
        arity: u32,
        dealloc: u32,
    },
    CallOnly {
        target: Lbl,
        arity: u32,
    },
    CallExt {
        exp: u32,
        arity: u32,
    },
    CallExtLast {
        exp: u32,
        arity: u32,
        dealloc: u32,
    },
    CallExtOnly {
        exp: u32,
        arity: u32,
    },
    Bif {
        bif: BifFn,
        fail: Lbl,
        args: [Src; 3],
        n: u8,
        dst: Dst,
    },
    /// `erlang:'+'/2`, `'-'/2`, `'*'/2`, `band bor bxor bsl bsr bnot` (b unused) and
    /// `element/2`: small integers (and a tuple's element) are computed in place; anything
    /// else (big or non-integer operands, overflow, errors) goes to `bif`. One variant per
    /// operation, so that the operation costs no second dispatch.
    Add(BinOp),
    Sub(BinOp),
    Mul(BinOp),
    Band(BinOp),
    Bor(BinOp),
    Bxor(BinOp),
    Bsl(BinOp),
    Bsr(BinOp),
    Bnot(BinOp),
    Element(BinOp),
    Allocate {
        stack: u32,
        heap: u32,
        live: u32,
    },
    TestHeap {
        heap: u32,
        live: u32,
    },
    Deallocate {
        n: u32,
    },
    Return,
    Trim {
        n: u32,
    },
    InitY {
        y: u32,
    },
    Move {
        src: Src,
        dst: Dst,
    },
    /// `Move` specialised by register kinds at load time (no operand decoding at run time).
    MoveXX {
        src: u32,
        dst: u32,
    },
    MoveXY {
        src: u32,
        dst: u32,
    },
    MoveYX {
        src: u32,
        dst: u32,
    },
    Swap {
        a: Dst,
        b: Dst,
    },
    TypeTest {
        test: TypeTest,
        fail: Lbl,
        arg: Src,
    },
    /// The comparison tests, one variant each (no second dispatch on the operation): fall
    /// through when `a op b` holds, else jump to `fail`.
    IsLt(Cmp),
    IsGe(Cmp),
    IsEq(Cmp),
    IsNe(Cmp),
    IsEqExact(Cmp),
    IsNeExact(Cmp),
    /// The frequent type tests have variants of their own (the rest are `TypeTest`).
    IsNil(Test),
    IsNonemptyList(Test),
    IsList(Test),
    IsTuple(Test),
    IsAtom(Test),
    IsInteger(Test),
    IsBinary(Test),
    IsMap(Test),
    TestArity {
        fail: Lbl,
        arg: Src,
        arity: u32,
    },
    // Superinstructions (loader/fuse.rs): each does the work of itself and the next
    // instruction, then skips that one.
    /// `is_tuple` + `test_arity` to the same label.
    IsTupleArity {
        fail: Lbl,
        arg: Src,
        arity: u32,
    },
    /// `is_nonempty_list` + `get_list` of the same list.
    IsNonemptyListGet {
        fail: Lbl,
        src: Src,
        hd: Dst,
        tl: Dst,
    },
    /// `deallocate` + `return`.
    DeallocateReturn {
        n: u32,
    },
    /// `MoveXX` + `Call` (`CallOnly`); `target` is from this instruction.
    MoveXXCall(MoveCall),
    MoveXXCallOnly(MoveCall),
    /// `MoveXY` + `MoveXX`.
    MoveXYXX(Moves2),
    /// `test_heap` + `put_list`.
    TestHeapPutList {
        heap: u32,
        live: u32,
        hd: Src,
        tl: Src,
        dst: Dst,
    },
    /// `get_tuple_element` + `is_eq_exact` (whose label is from this instruction).
    GetTupleElementIsEqExact {
        src: Src,
        idx: u32,
        dst: Dst,
        cmp: Cmp,
    },
    /// `bs_start_match4` + `bs_get_position` of the new context.
    BsStartMatchPos {
        fail: Lbl,
        live: u32,
        src: Src,
        dst: Dst,
        pos: Dst,
    },
    /// `bs_get_integer2` + `bs_test_unit` of the same context to the same label.
    BsGetIntegerTestUnit {
        fail: Lbl,
        ctx: Src,
        size: Src,
        unit: u32,
        flags: u32,
        dst: Dst,
        test_unit: u32,
    },
    /// Two `MoveXY` (`MoveXX`, `MoveYX`), in order.
    MoveXY2(Moves2),
    MoveXX2(Moves2),
    MoveYX2(Moves2),
    IsTaggedTuple {
        fail: Lbl,
        arg: Src,
        arity: u32,
        tag: Term,
    },
    IsFunction2 {
        fail: Lbl,
        arg: Src,
        arity: Src,
    },
    /// Dispatch on an immediate value: `table` is sorted by the raw word.
    SelectVal {
        arg: Src,
        fail: Lbl,
        table: Box<[(Word, Lbl)]>,
    },
    /// Dispatch on a boxed value (bignums): compared exactly, in order.
    SelectValBoxed {
        arg: Src,
        fail: Lbl,
        table: Box<[(Term, Lbl)]>,
    },
    SelectArity {
        arg: Src,
        fail: Lbl,
        table: Box<[(u32, Lbl)]>,
    },
    Jump {
        target: Lbl,
    },
    GetList {
        src: Src,
        hd: Dst,
        tl: Dst,
    },
    GetHd {
        src: Src,
        dst: Dst,
    },
    GetTl {
        src: Src,
        dst: Dst,
    },
    PutList {
        hd: Src,
        tl: Src,
        dst: Dst,
    },
    PutTuple2 {
        dst: Dst,
        elems: Box<[Src]>,
    },
    GetTupleElement {
        src: Src,
        idx: u32,
        dst: Dst,
    },
    SetTupleElement {
        val: Src,
        tuple: Src,
        idx: u32,
    },
    UpdateRecord {
        src: Src,
        dst: Dst,
        size: u32,
        updates: Box<[(u32, Src)]>,
    },
    PutMap {
        exact: bool,
        fail: Lbl,
        src: Src,
        dst: Dst,
        live: u32,
        pairs: Box<[(Src, Src)]>,
    },
    GetMapElements {
        fail: Lbl,
        src: Src,
        pairs: Box<[(Src, Dst)]>,
    },
    HasMapFields {
        fail: Lbl,
        src: Src,
        keys: Box<[Src]>,
    },
    MakeFun {
        entry: *const crate::fun::FunEntry,
        dst: Dst,
        free: Box<[Src]>,
    },
    CallFun {
        arity: u32,
    },
    CallFun2 {
        arity: u32,
        fun: Src,
    },
    Apply {
        arity: u32,
    },
    ApplyLast {
        arity: u32,
        dealloc: u32,
    },
    Catch {
        y: u32,
        handler: u32,
    },
    CatchEnd {
        y: u32,
    },
    TryEnd {
        y: u32,
    },
    TryCase {
        y: u32,
    },
    TryCaseEnd {
        val: Src,
    },
    Badmatch {
        val: Src,
    },
    IfEnd,
    CaseEnd {
        val: Src,
    },
    Badrecord {
        val: Src,
    },
    Raise {
        trace: Src,
        value: Src,
    },
    RawRaise,
    BuildStacktrace,
    FLoad {
        src: Src,
        fr: u32,
    },
    FStore {
        fr: u32,
        dst: Dst,
    },
    FMove {
        src: u32,
        dst: u32,
    },
    FConv {
        src: Src,
        fr: u32,
    },
    FArith {
        op: FloatOp,
        a: u32,
        b: u32,
        dst: u32,
    },
    FNegate {
        a: u32,
        dst: u32,
    },
    BsCreateBin {
        fail: Lbl,
        live: u32,
        unit: u32,
        dst: Dst,
        segs: Box<[BsSeg]>,
    },
    BsStartMatch {
        fail: Lbl,
        live: u32,
        src: Src,
        dst: Dst,
    },
    BsGet {
        what: BsGet,
        fail: Lbl,
        ctx: Src,
        live: u32,
        size: Src,
        unit: u32,
        flags: u32,
        dst: Dst,
    },
    BsTestTail {
        fail: Lbl,
        ctx: Src,
        bits: u32,
    },
    BsTestUnit {
        fail: Lbl,
        ctx: Src,
        unit: u32,
    },
    BsMatchString {
        fail: Lbl,
        ctx: Src,
        bits: u32,
        offset: u32,
    },
    BsGetPosition {
        ctx: Src,
        dst: Dst,
    },
    BsSetPosition {
        ctx: Src,
        pos: Src,
    },
    BsGetTail {
        ctx: Src,
        dst: Dst,
    },
    BsMatch {
        fail: Lbl,
        ctx: Src,
        cmds: Box<[BsCmd]>,
    },
    /// Receive and process instructions: implemented with the scheduler.
    Send,
    RemoveMessage,
    Timeout,
    LoopRec {
        fail: Lbl,
        dst: Dst,
    },
    LoopRecEnd {
        target: Lbl,
    },
    Wait {
        target: Lbl,
    },
    WaitTimeout {
        target: Lbl,
        time: Src,
    },
    RecvMarkerBind {
        marker: Src,
        reference: Src,
    },
    RecvMarkerClear {
        reference: Src,
    },
    RecvMarkerReserve {
        dst: Dst,
    },
    RecvMarkerUse {
        reference: Src,
    },
}

/// The BIFs computed inline (`Instr::Add` and friends), as the loader names them.
pub mod arith_op {
    pub const ADD: u8 = 0;
    pub const SUB: u8 = 1;
    pub const MUL: u8 = 2;
    pub const BAND: u8 = 3;
    pub const BOR: u8 = 4;
    pub const BXOR: u8 = 5;
    pub const BSL: u8 = 6;
    pub const BSR: u8 = 7;
    /// `bnot/1`: `b` is unused.
    pub const BNOT: u8 = 8;
    /// `element/2`: a small index into a tuple.
    pub const ELEMENT: u8 = 9;
}

// Every instruction is this size; a new variant must not make them all larger.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(core::mem::size_of::<Instr>() <= 48);
