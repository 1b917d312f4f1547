//! Translation of a BEAM module into a `Module`: chunks are parsed, literals decoded into the
//! module's arena, and every generic instruction becomes exactly one internal instruction
//! (labels and `line` markers become none), so label positions are known after one pass over
//! the decoded operations.

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::compact::{Operand, Reader};
use super::opcodes::{Opcode, MAX_OPCODE};
use super::{parse_atoms, parse_function_table, Be, Chunks, LoadError};
use crate::atom;
use crate::fun::FunEntry;
use crate::heap::Arena;
use crate::interp::instr::*;
use crate::module::{Function, Module};
use crate::term::{bignum_from_limbs, float, Term};
use crate::vm::Vm;

struct Ctx<'a> {
    vm: &'a mut Vm,
    atoms: Vec<Term>,
    literals: Vec<Term>,
    arena: Arena,
    imports: Vec<u32>,
    labels: Vec<u32>,
    catches: Vec<u32>,
    funs: Box<[FunEntry]>,
    op_name: &'static str,
    /// Most words one allocation test may ask for (see `words`).
    max_words: u32,
    /// One past the highest x register this module's code writes (see `Vm::x_hi`).
    x_written: core::cell::Cell<u32>,
}

const NO_INDEX: u32 = u32::MAX;

/// Peak memory while loading a module, per byte of its `.beam` file (a bound with margin:
/// see docs/memory.md).
const LOAD_BYTES_PER_FILE_BYTE: usize = 8;

/// Loads a module from BEAM bytes. The module is not yet installed in the VM.
pub fn load_module(vm: &mut Vm, bytes: &[u8]) -> Result<Box<Module>, LoadError> {
    // Decoding and translating take ordinary (infallible) collections, a few times the size
    // of the file at their peak: refuse up front what the memory budget cannot hold, so that
    // loading near the limit is an error, not an allocation failure (see crate::mem).
    if !crate::mem::admit(bytes.len().saturating_mul(LOAD_BYTES_PER_FILE_BYTE)) {
        return Err(LoadError::OutOfMemory);
    }
    let chunks = Chunks::parse(bytes)?;
    let atoms = parse_atoms(&chunks, &mut vm.atoms)?;
    let name = *atoms.get(1).ok_or(LoadError::BadChunk("atom chunk: no module name"))?;

    let code = chunks.get(b"Code").ok_or(LoadError::MissingChunk("Code"))?;
    let mut r = Be::new(code, "Code chunk");
    let info_size = r.u32()? as usize;
    let _format = r.u32()?;
    let max_op = r.u32()?;
    let label_count = r.u32()? as usize;
    let _function_count = r.u32()?;
    if max_op > MAX_OPCODE as u32 {
        return Err(LoadError::Unsupported { opcode: "opcodes newer than OTP 28" });
    }
    let body = info_size.checked_add(4).and_then(|at| code.get(at..)).ok_or(LoadError::Truncated("Code chunk"))?;
    if label_count > body.len() + 1 {
        return Err(LoadError::BadChunk("Code chunk label count"));
    }

    let mut ctx = Ctx {
        vm,
        atoms,
        literals: Vec::new(),
        arena: Arena::new(),
        imports: Vec::new(),
        labels: alloc::vec![NO_INDEX; label_count + 1],
        catches: Vec::new(),
        funs: Box::new([]),
        op_name: "",
        // Each word an instruction asks for is filled by code that takes at least a byte of
        // the Code chunk per word or so: far more than that is a malformed size, which
        // would otherwise make the collector try to allocate it.
        max_words: u32::try_from(body.len()).unwrap_or(u32::MAX).saturating_mul(4).saturating_add(4096),
        x_written: core::cell::Cell::new(0),
    };
    ctx.read_literals(&chunks)?;
    ctx.read_imports(&chunks)?;
    let strings = chunks.get(b"StrT").map(|s| s.to_vec()).unwrap_or_default();

    // Pass 1: decode, assign instruction indexes to labels and line markers.
    let mut ops: Vec<(Opcode, Vec<Operand>)> = Vec::new();
    let mut line_refs: Vec<(u32, u32)> = Vec::new();
    let mut functions: Vec<Function> = Vec::new();
    let mut rd = Reader::new(body);
    let mut idx: u32 = 0;
    while !rd.at_end() {
        let b = rd.byte()?;
        let op = Opcode::from_u8(b).ok_or(LoadError::UnknownOpcode(b))?;
        let mut args = Vec::with_capacity(op.arity() as usize);
        for _ in 0..op.arity() {
            args.push(rd.operand()?);
        }
        match op {
            Opcode::Label => {
                let l = args[0].as_u32().ok_or(LoadError::BadOperand("label"))? as usize;
                if l >= ctx.labels.len() {
                    return Err(LoadError::BadLabel(l as u32));
                }
                ctx.labels[l] = idx;
            }
            Opcode::Line => {
                let l = match args[0] {
                    Operand::U(v) => v as u32,
                    _ => 0,
                };
                line_refs.push((idx, l));
            }
            Opcode::IntCodeEnd => break,
            _ => {
                if op == Opcode::FuncInfo {
                    let (f, a) = match (&args[1], &args[2]) {
                        (Operand::Atom(f), a) => (*f, a.as_u32().unwrap_or(0)),
                        _ => return Err(LoadError::BadOperand("func_info")),
                    };
                    let fname = ctx.atom(f)?;
                    functions.push(Function { name: fname, arity: a, start: idx });
                }
                crate::mem::try_grow(&mut ops, 1).map_err(|_| LoadError::OutOfMemory)?;
                ops.push((op, args));
                idx += 1;
            }
        }
    }

    let mut fun_labels: Vec<u32> = Vec::new();
    let mut funs = Vec::new();
    if let Some(d) = chunks.get(b"FunT") {
        let mut r = Be::new(d, "FunT");
        let n = r.count(24)?;
        for _ in 0..n {
            let f = r.u32()?;
            let arity = r.u32()?;
            let label = r.u32()?;
            let index = r.u32()?;
            let num_free = r.u32()?;
            let old_uniq = r.u32()?;
            let at = ctx.label_index(label)?;
            fun_labels.push(at);
            if num_free > arity || arity > 255 {
                return Err(LoadError::BadChunk("FunT"));
            }
            funs.push(FunEntry {
                module: name,
                name: ctx.atom(f)?,
                arity,
                num_free,
                index,
                old_uniq,
                code: core::ptr::null(),
            });
        }
    }
    ctx.funs = funs.into_boxed_slice();

    // Pass 2: translate.
    let mut code_vec: Vec<Instr> = Vec::new();
    crate::mem::try_reserve(&mut code_vec, ops.len() + 1).map_err(|_| LoadError::OutOfMemory)?;
    for (i, (op, args)) in ops.iter().enumerate() {
        ctx.op_name = op.name();
        let ins = ctx.translate(i as u32, *op, args, functions.len())?;
        code_vec.push(ins);
    }
    // The function index of FuncInfo instructions is their position in `functions`.
    let mut fi = 0u32;
    for ins in code_vec.iter_mut() {
        if let Instr::FuncInfo { func } = ins {
            *func = fi;
            fi += 1;
        }
    }
    // A handler is entered with x0 holding no value: it must be the `catch_end` or
    // `try_case` that replaces it at once (as compilers emit), or that non-value could be
    // stored into terms.
    for &c in &ctx.catches {
        if !matches!(code_vec.get(c as usize), Some(Instr::CatchEnd { .. } | Instr::TryCase { .. })) {
            return Err(LoadError::BadOperand("catch handler is not catch_end or try_case"));
        }
    }
    // Falling off the last instruction, or jumping to a label after it, lands here.
    code_vec.push(Instr::CodeEnd);
    super::fuse::fuse(&mut code_vec);
    let code: Box<[Instr]> = code_vec.into_boxed_slice();
    let base = code.as_ptr();
    let mut funs = core::mem::take(&mut ctx.funs);
    for (f, &at) in funs.iter_mut().zip(&fun_labels) {
        // SAFETY: `at` is a validated instruction index of `code`.
        f.code = unsafe { base.add(at as usize) };
    }

    // Exports and lambdas refer to labels.
    let exports_raw = match chunks.get(b"ExpT") {
        Some(d) => parse_function_table(d, &ctx.atoms, "ExpT")?,
        None => Vec::new(),
    };
    let mut exports = Vec::with_capacity(exports_raw.len());
    for (f, a, l) in exports_raw {
        exports.push((f, a, ctx.label_index(l)?));
    }
    // Catch handlers become VM-wide catch table entries.
    let catch_base = ctx.vm.catches.len() as u32;
    crate::mem::try_grow(&mut ctx.vm.catches, ctx.catches.len()).map_err(|_| LoadError::OutOfMemory)?;
    for &c in &ctx.catches {
        // SAFETY: `c` is a validated instruction index of `code`.
        ctx.vm.catches.push(unsafe { base.add(c as usize) });
    }
    let mut code = code;
    if catch_base != 0 {
        for ins in code.iter_mut() {
            if let Instr::Catch { handler, .. } = ins {
                *handler += catch_base;
            }
        }
    }

    let (lines, files) = match chunks.get(b"Line") {
        Some(d) => {
            // File 0 is the module's own source, `<module>.erl`, as OTP names it.
            let own = alloc::format!("{}.erl", ctx.vm.atoms.name(name));
            parse_lines(d, own).unwrap_or_default()
        }
        None => (Vec::new(), Vec::new()),
    };

    // Before any of this code can run, the VM's register bound covers its writes.
    ctx.vm.x_hi = ctx.vm.x_hi.max(ctx.x_written.get() as usize);

    Ok(Box::new(Module {
        name,
        code,
        literals: ctx.arena,
        exports,
        functions,
        funs,
        line_refs,
        lines,
        files,
        strings,
        attributes: chunks.get(b"Attr").map(|d| d.to_vec()),
        compile_info: chunks.get(b"CInf").map(|d| d.to_vec()),
        md5: [0; 16],
    }))
}

/// The `Line` chunk: (file index, line) entries, and the file names.
type LineTable = (Vec<(u32, u32)>, Vec<String>);

/// Parses the `Line` chunk into (file, line) entries and file names. Entry 0 is "no line".
fn parse_lines(d: &[u8], own: String) -> Result<LineTable, LoadError> {
    let mut r = Be::new(d, "Line");
    let _version = r.u32()?;
    let _flags = r.u32()?;
    let _num_instrs = r.u32()?;
    let num_items = r.u32()? as usize;
    let num_files = r.u32()? as usize;
    let mut cr = Reader::new(&d[r.pos..]);
    let mut lines = alloc::vec![(0u32, 0u32)];
    let mut file = 0u32;
    let mut i = 0;
    while i < num_items {
        match cr.operand()? {
            Operand::Int(l) => {
                lines.push((file, l.max(0) as u32));
                i += 1;
            }
            Operand::U(l) => {
                lines.push((file, l as u32));
                i += 1;
            }
            Operand::Atom(f) => {
                // Files are numbered from 1 in the name table; 0 is the module's own
                // source, which the table does not name (files[0] below).
                file = f;
            }
            _ => return Err(LoadError::BadChunk("Line")),
        }
    }
    let mut r = Be::new(&d[r.pos + cr.pos..], "Line");
    // Each file name takes at least its 2-byte length: a larger count is a lie.
    if num_files > r.b.len() / 2 {
        return Err(LoadError::BadChunk("Line"));
    }
    let mut files = Vec::with_capacity(num_files + 1);
    files.push(own);
    for _ in 0..num_files {
        let n = r.u16()? as usize;
        let s = r.bytes(n)?;
        files.push(String::from_utf8_lossy(s).to_string());
    }
    Ok((lines, files))
}

impl Ctx<'_> {
    fn atom(&self, i: u32) -> Result<Term, LoadError> {
        if i == 0 {
            return Ok(Term::NIL);
        }
        self.atoms.get(i as usize).copied().ok_or(LoadError::BadOperand("atom index"))
    }

    fn label_index(&self, l: u32) -> Result<u32, LoadError> {
        match self.labels.get(l as usize) {
            Some(&i) if i != NO_INDEX => Ok(i),
            _ => Err(LoadError::BadLabel(l)),
        }
    }

    fn read_literals(&mut self, chunks: &Chunks) -> Result<(), LoadError> {
        let owned;
        let data: &[u8] = if let Some(d) = chunks.get(b"LitT") {
            let mut r = Be::new(d, "LitT");
            let size = r.u32()? as usize;
            if size == 0 {
                &d[4..]
            } else {
                owned =
                    crate::etf::decode::inflate_exact(&d[4..], size).map_err(|_| LoadError::BadChunk("LitT (zlib)"))?.0;
                &owned
            }
        } else if let Some(d) = chunks.get(b"LitU") {
            d
        } else {
            return Ok(());
        };
        let mut r = Be::new(data, "literal table");
        let n = r.count(5)?;
        for _ in 0..n {
            let len = r.u32()? as usize;
            let bytes = r.bytes(len)?;
            let (t, used) = crate::etf::decode(bytes, &mut self.vm.atoms, &mut self.arena, Default::default())
                .map_err(|e| LoadError::BadLiteral(e.to_string()))?;
            if used != len {
                return Err(LoadError::BadLiteral("trailing bytes".into()));
            }
            self.literals.push(t);
        }
        Ok(())
    }

    fn read_imports(&mut self, chunks: &Chunks) -> Result<(), LoadError> {
        let Some(d) = chunks.get(b"ImpT") else { return Ok(()) };
        let mut r = Be::new(d, "ImpT");
        let n = r.count(12)?;
        // Each import may add an entry to the VM's export table.
        crate::mem::try_grow(&mut self.vm.exports, n).map_err(|_| LoadError::OutOfMemory)?;
        for _ in 0..n {
            let m = self.atom(r.u32()?)?;
            let f = self.atom(r.u32()?)?;
            let a = r.u32()?;
            if !m.is_atom() || !f.is_atom() || a > 255 {
                return Err(LoadError::BadChunk("ImpT"));
            }
            let e = self.vm.export_entry(m, f, a);
            self.imports.push(e);
        }
        Ok(())
    }

    fn unsupported(&self) -> LoadError {
        LoadError::Unsupported { opcode: self.op_name }
    }

    fn lit(&mut self, t: Result<Term, crate::term::AllocError>) -> Result<Term, LoadError> {
        t.map_err(|_| LoadError::OutOfMemory)
    }

    fn src(&mut self, o: &Operand) -> Result<Src, LoadError> {
        Ok(match o {
            Operand::X(n) if (*n as usize) < MAX_X => Src::x(*n),
            Operand::Y(n) if (*n as usize) < MAX_X => Src::y(*n),
            Operand::Int(v) => {
                let t = crate::term::int(&mut self.arena, *v);
                Src::lit(self.lit(t)?)
            }
            Operand::U(v) => {
                let t = crate::term::uint(&mut self.arena, *v);
                Src::lit(self.lit(t)?)
            }
            Operand::BigInt(bytes) => {
                let neg = bytes[0] & 0x80 != 0;
                // Two's complement big-endian -> sign + magnitude limbs.
                let mut mag: Vec<u8> = bytes.iter().rev().copied().collect();
                if neg {
                    let mut carry = 1u16;
                    for b in mag.iter_mut() {
                        let v = (!*b) as u16 + carry;
                        *b = v as u8;
                        carry = v >> 8;
                    }
                }
                let mut limbs = alloc::vec![0u32; mag.len().div_ceil(4)];
                for (i, &b) in mag.iter().enumerate() {
                    limbs[i / 4] |= (b as u32) << (8 * (i % 4));
                }
                let t = bignum_from_limbs(&mut self.arena, neg, &limbs);
                Src::lit(self.lit(t)?)
            }
            Operand::Atom(i) => Src::lit(self.atom(*i)?),
            Operand::Char(c) => Src::lit(Term::small(*c as isize)),
            Operand::Float(f) => {
                let t = float(&mut self.arena, *f);
                Src::lit(self.lit(t)?)
            }
            Operand::Literal(i) => {
                Src::lit(*self.literals.get(*i as usize).ok_or(LoadError::BadOperand("literal index"))?)
            }
            Operand::FloatReg(n) if (*n as usize) < MAX_FR => Src::fr(*n),
            _ => return Err(LoadError::BadOperand("source operand")),
        })
    }

    fn dst(&self, o: &Operand) -> Result<Dst, LoadError> {
        match o {
            Operand::X(n) if (*n as usize) < MAX_X => {
                // Every x register the code writes is a destination operand: their
                // maximum bounds what `run_slice` must clear at a process switch.
                self.x_written.set(self.x_written.get().max(*n + 1));
                Ok(Dst::x(*n))
            }
            Operand::Y(n) if (*n as usize) < MAX_X => Ok(Dst::y(*n)),
            _ => Err(LoadError::BadOperand("destination register")),
        }
    }

    fn fr(&self, o: &Operand) -> Result<u32, LoadError> {
        match o {
            Operand::FloatReg(n) if (*n as usize) < MAX_FR => Ok(*n),
            _ => Err(LoadError::BadOperand("float register")),
        }
    }

    fn u(&self, o: &Operand) -> Result<u32, LoadError> {
        o.as_u32().ok_or(LoadError::BadOperand("number"))
    }

    /// The arity of a fun call or apply: at most 255, as for any function.
    fn arity(&self, o: &Operand) -> Result<u32, LoadError> {
        match self.u(o)? {
            a if a <= 255 => Ok(a),
            _ => Err(LoadError::BadOperand("arity above 255")),
        }
    }

    fn y(&self, o: &Operand) -> Result<u32, LoadError> {
        match o {
            Operand::Y(n) if (*n as usize) < MAX_X => Ok(*n),
            _ => Err(LoadError::BadOperand("y register")),
        }
    }

    /// A label operand as an offset from instruction `at`; label 0 means "no label".
    fn label(&self, at: u32, o: &Operand) -> Result<Lbl, LoadError> {
        let l = match o {
            Operand::Label(l) => *l,
            Operand::Atom(_) => 0,
            _ => return Err(LoadError::BadOperand("label")),
        };
        if l == 0 {
            return Ok(NO_LABEL);
        }
        let target = self.label_index(l)?;
        let bytes = (target as i64 - at as i64) * core::mem::size_of::<Instr>() as i64;
        i32::try_from(bytes).map_err(|_| LoadError::TooLarge("code: a jump beyond 2 GB"))
    }

    /// A label that must be present (a call or wait target): label 0 is refused.
    fn target(&self, at: u32, o: &Operand) -> Result<Lbl, LoadError> {
        match self.label(at, o)? {
            NO_LABEL => Err(LoadError::BadOperand("missing label")),
            l => Ok(l),
        }
    }

    fn list<'o>(&self, o: &'o Operand) -> Result<&'o [Operand], LoadError> {
        match o {
            Operand::List(v) => Ok(v),
            _ => Err(LoadError::BadOperand("list")),
        }
    }

    fn import(&self, o: &Operand) -> Result<u32, LoadError> {
        let i = self.u(o)? as usize;
        self.imports.get(i).copied().ok_or(LoadError::BadOperand("import index"))
    }

    /// An import called with `arity` arguments: the numbers must agree, as a BIF reads as
    /// many arguments as its own arity says.
    fn import_call(&self, o: &Operand, arity: &Operand) -> Result<(u32, u32), LoadError> {
        let e = self.import(o)?;
        let a = self.u(arity)?;
        if self.vm.exports[e as usize].arity != a {
            return Err(LoadError::BadOperand("call arity differs from the import's"));
        }
        Ok((e, a))
    }

    /// The BIF an import names, called with `n` arguments.
    fn bif(&self, o: &Operand, n: u32) -> Result<crate::bif::BifFn, LoadError> {
        let e = self.import(o)?;
        let ex = &self.vm.exports[e as usize];
        if ex.arity != n {
            return Err(LoadError::BadOperand("BIF arity differs from the import's"));
        }
        ex.bif.ok_or_else(|| LoadError::UnknownBif {
            module: self.vm.atoms.name(ex.module).into(),
            function: self.vm.atoms.name(ex.function).into(),
            arity: ex.arity,
        })
    }

    /// The inline operation for an arithmetic BIF import, if it is one.
    fn inline_arith(&self, o: &Operand, n: u8) -> Option<u8> {
        use crate::interp::instr::arith_op;
        let ex = &self.vm.exports[self.import(o).ok()? as usize];
        if ex.module != atom::ERLANG {
            return None;
        }
        match (self.vm.atoms.name(ex.function), n) {
            ("+", 2) => Some(arith_op::ADD),
            ("-", 2) => Some(arith_op::SUB),
            ("*", 2) => Some(arith_op::MUL),
            ("band", 2) => Some(arith_op::BAND),
            ("bor", 2) => Some(arith_op::BOR),
            ("bxor", 2) => Some(arith_op::BXOR),
            ("bsl", 2) => Some(arith_op::BSL),
            ("bsr", 2) => Some(arith_op::BSR),
            ("bnot", 1) => Some(arith_op::BNOT),
            ("element", 2) => Some(arith_op::ELEMENT),
            _ => None,
        }
    }

    fn bif_args(&mut self, args: &[Operand]) -> Result<([Src; 3], u8), LoadError> {
        let mut a = [Src::lit(Term::NIL); 3];
        for (i, o) in args.iter().enumerate() {
            a[i] = self.src(o)?;
        }
        Ok((a, args.len() as u8))
    }

    fn flags(&mut self, o: &Operand) -> Result<u32, LoadError> {
        Ok(match o {
            Operand::U(v) => *v as u32,
            Operand::Int(v) => *v as u32,
            Operand::Atom(0) => 0,
            Operand::Literal(i) => {
                let mut f = 0;
                let mut l = *self.literals.get(*i as usize).ok_or(LoadError::BadOperand("flags"))?;
                while l.is_list() {
                    let a = l.head();
                    if a == atom::LITTLE {
                        f |= bsflags::LITTLE;
                    } else if a == atom::NATIVE {
                        f |= bsflags::NATIVE;
                    } else if a == self.vm.atoms.lookup("signed").unwrap_or(Term::NIL) {
                        f |= bsflags::SIGNED;
                    }
                    l = l.tail();
                }
                f
            }
            _ => return Err(LoadError::BadOperand("bit syntax flags")),
        })
    }

    fn translate(&mut self, at: u32, op: Opcode, a: &[Operand], _nfun: usize) -> Result<Instr, LoadError> {
        use Opcode as O;
        let tt = |t: TypeTest, s: &mut Self| -> Result<Instr, LoadError> {
            let (fail, arg) = (s.label(at, &a[0])?, s.src(&a[1])?);
            let x = Test { fail, arg };
            Ok(match t {
                TypeTest::Nil => Instr::IsNil(x),
                TypeTest::NonemptyList => Instr::IsNonemptyList(x),
                TypeTest::List => Instr::IsList(x),
                TypeTest::Tuple => Instr::IsTuple(x),
                TypeTest::Atom => Instr::IsAtom(x),
                TypeTest::Integer => Instr::IsInteger(x),
                TypeTest::Binary => Instr::IsBinary(x),
                TypeTest::Map => Instr::IsMap(x),
                _ => Instr::TypeTest { test: t, fail, arg },
            })
        };
        let cmp = |s: &mut Self| -> Result<Cmp, LoadError> {
            Ok(Cmp { fail: s.label(at, &a[0])?, a: s.src(&a[1])?, b: s.src(&a[2])? })
        };
        Ok(match op {
            O::FuncInfo => Instr::FuncInfo { func: 0 },
            O::Call => Instr::Call { arity: self.arity(&a[0])?, target: self.target(at, &a[1])? },
            O::CallLast => {
                Instr::CallLast { arity: self.arity(&a[0])?, target: self.target(at, &a[1])?, dealloc: self.u(&a[2])? }
            }
            O::CallOnly => Instr::CallOnly { arity: self.arity(&a[0])?, target: self.target(at, &a[1])? },
            O::CallExt => {
                let (exp, arity) = self.import_call(&a[1], &a[0])?;
                Instr::CallExt { arity, exp }
            }
            O::CallExtLast => {
                let (exp, arity) = self.import_call(&a[1], &a[0])?;
                Instr::CallExtLast { arity, exp, dealloc: self.u(&a[2])? }
            }
            O::CallExtOnly => {
                let (exp, arity) = self.import_call(&a[1], &a[0])?;
                Instr::CallExtOnly { arity, exp }
            }
            O::Bif0 => {
                let bif = self.bif(&a[0], 0)?;
                Instr::Bif { bif, fail: NO_LABEL, args: [Src::lit(Term::NIL); 3], n: 0, dst: self.dst(&a[1])? }
            }
            O::Bif1 | O::Bif2 => {
                let n = if op == O::Bif1 { 1 } else { 2 };
                let fail = self.label(at, &a[0])?;
                let bif = self.bif(&a[1], n as u32)?;
                let (args, n) = self.bif_args(&a[2..2 + n])?;
                let dst = self.dst(&a[a.len() - 1])?;
                inline_bif(self.inline_arith(&a[1], n), bif, fail, args, n, dst)
            }
            O::GcBif1 | O::GcBif2 | O::GcBif3 => {
                let n = match op {
                    O::GcBif1 => 1,
                    O::GcBif2 => 2,
                    _ => 3,
                };
                let fail = self.label(at, &a[0])?;
                let bif = self.bif(&a[2], n as u32)?;
                let (args, n) = self.bif_args(&a[3..3 + n])?;
                let dst = self.dst(&a[a.len() - 1])?;
                inline_bif(self.inline_arith(&a[2], n), bif, fail, args, n, dst)
            }
            O::Allocate | O::AllocateZero => {
                Instr::Allocate { stack: self.words(self.u(&a[0])?)?, heap: 0, live: self.u(&a[1])? }
            }
            O::AllocateHeap | O::AllocateHeapZero => Instr::Allocate {
                stack: self.words(self.u(&a[0])?)?,
                heap: self.words(self.alloc_words(&a[1])?)?,
                live: self.u(&a[2])?,
            },
            O::TestHeap => Instr::TestHeap { heap: self.words(self.alloc_words(&a[0])?)?, live: self.u(&a[1])? },
            O::Init => Instr::InitY { y: self.y(&a[0])? },
            O::InitYregs => {
                // One instruction per translated op: init_yregs of several registers clears
                // them all through a Trim-free loop; encode as a PutTuple2-like list.
                let regs = self.list(&a[0])?;
                let mut ys = Vec::with_capacity(regs.len());
                for r in regs {
                    ys.push(Src::y(self.y(r)?));
                }
                Instr::PutTuple2 { dst: Dst(u32::MAX), elems: ys.into_boxed_slice() }
            }
            O::Deallocate => Instr::Deallocate { n: self.u(&a[0])? },
            O::Return => Instr::Return,
            O::Trim => Instr::Trim { n: self.u(&a[0])? },
            O::Move => {
                let (src, dst) = (self.src(&a[0])?, self.dst(&a[1])?);
                let (s, d) = (src.index() as u32, dst.index() as u32);
                match (src.is_x(), src.is_y(), dst.is_y()) {
                    (true, _, false) => Instr::MoveXX { src: s, dst: d },
                    (true, _, true) => Instr::MoveXY { src: s, dst: d },
                    (_, true, false) => Instr::MoveYX { src: s, dst: d },
                    _ => Instr::Move { src, dst },
                }
            }
            O::Swap => Instr::Swap { a: self.dst(&a[0])?, b: self.dst(&a[1])? },
            O::IsLt => Instr::IsLt(cmp(self)?),
            O::IsGe => Instr::IsGe(cmp(self)?),
            O::IsEq => Instr::IsEq(cmp(self)?),
            O::IsNe => Instr::IsNe(cmp(self)?),
            O::IsEqExact => Instr::IsEqExact(cmp(self)?),
            O::IsNeExact => Instr::IsNeExact(cmp(self)?),
            O::IsInteger => tt(TypeTest::Integer, self)?,
            O::IsFloat => tt(TypeTest::Float, self)?,
            O::IsNumber => tt(TypeTest::Number, self)?,
            O::IsAtom => tt(TypeTest::Atom, self)?,
            O::IsPid => tt(TypeTest::Pid, self)?,
            O::IsReference => tt(TypeTest::Reference, self)?,
            O::IsPort => tt(TypeTest::Port, self)?,
            O::IsNil => tt(TypeTest::Nil, self)?,
            O::IsBinary => tt(TypeTest::Binary, self)?,
            O::IsBitstr => tt(TypeTest::Bitstring, self)?,
            O::IsList => tt(TypeTest::List, self)?,
            O::IsNonemptyList => tt(TypeTest::NonemptyList, self)?,
            O::IsTuple => tt(TypeTest::Tuple, self)?,
            O::IsFunction => tt(TypeTest::Function, self)?,
            O::IsBoolean => tt(TypeTest::Boolean, self)?,
            O::IsMap => tt(TypeTest::Map, self)?,
            O::TestArity => {
                Instr::TestArity { fail: self.label(at, &a[0])?, arg: self.src(&a[1])?, arity: self.u(&a[2])? }
            }
            O::IsTaggedTuple => {
                let tag = self.src(&a[3])?;
                Instr::IsTaggedTuple {
                    fail: self.label(at, &a[0])?,
                    arg: self.src(&a[1])?,
                    arity: self.u(&a[2])?,
                    tag: Term(tag.0),
                }
            }
            O::IsFunction2 => {
                Instr::IsFunction2 { fail: self.label(at, &a[0])?, arg: self.src(&a[1])?, arity: self.src(&a[2])? }
            }
            O::SelectVal => {
                let arg = self.src(&a[0])?;
                let fail = self.label(at, &a[1])?;
                let l = self.list(&a[2])?;
                let mut imm = Vec::new();
                let mut boxed = Vec::new();
                for p in l.chunks(2) {
                    if p.len() != 2 {
                        return Err(LoadError::BadOperand("select list"));
                    }
                    let v = Term(self.src(&p[0])?.0);
                    let t = self.label(at, &p[1])?;
                    if v.is_immediate() {
                        imm.push((v.0, t));
                    } else {
                        boxed.push((v, t));
                    }
                }
                if boxed.is_empty() {
                    imm.sort_unstable_by_key(|p| p.0);
                    Instr::SelectVal { arg, fail, table: imm.into_boxed_slice() }
                } else {
                    boxed.extend(imm.into_iter().map(|(w, l)| (Term(w), l)));
                    Instr::SelectValBoxed { arg, fail, table: boxed.into_boxed_slice() }
                }
            }
            O::SelectTupleArity => {
                let arg = self.src(&a[0])?;
                let fail = self.label(at, &a[1])?;
                let l = self.list(&a[2])?;
                let mut t = Vec::new();
                for p in l.chunks(2) {
                    if p.len() != 2 {
                        return Err(LoadError::BadOperand("select list"));
                    }
                    t.push((self.u(&p[0])?, self.label(at, &p[1])?));
                }
                Instr::SelectArity { arg, fail, table: t.into_boxed_slice() }
            }
            O::Jump => Instr::Jump { target: self.label(at, &a[0])? },
            O::Catch | O::Try => {
                let y = self.y(&a[0])?;
                let l = match &a[1] {
                    Operand::Label(l) => self.label_index(*l)?,
                    _ => return Err(LoadError::BadOperand("catch label")),
                };
                let handler = self.catches.len() as u32;
                self.catches.push(l);
                Instr::Catch { y, handler }
            }
            O::CatchEnd => Instr::CatchEnd { y: self.y(&a[0])? },
            O::TryEnd => Instr::TryEnd { y: self.y(&a[0])? },
            O::TryCase => Instr::TryCase { y: self.y(&a[0])? },
            O::TryCaseEnd => Instr::TryCaseEnd { val: self.src(&a[0])? },
            O::GetList => Instr::GetList { src: self.src(&a[0])?, hd: self.dst(&a[1])?, tl: self.dst(&a[2])? },
            O::GetHd => Instr::GetHd { src: self.src(&a[0])?, dst: self.dst(&a[1])? },
            O::GetTl => Instr::GetTl { src: self.src(&a[0])?, dst: self.dst(&a[1])? },
            O::GetTupleElement => {
                Instr::GetTupleElement { src: self.src(&a[0])?, idx: self.u(&a[1])?, dst: self.dst(&a[2])? }
            }
            O::SetTupleElement => {
                Instr::SetTupleElement { val: self.src(&a[0])?, tuple: self.src(&a[1])?, idx: self.u(&a[2])? }
            }
            O::PutList => Instr::PutList { hd: self.src(&a[0])?, tl: self.src(&a[1])?, dst: self.dst(&a[2])? },
            O::PutTuple2 => {
                let dst = self.dst(&a[0])?;
                let l = self.list(&a[1])?;
                let mut e = Vec::with_capacity(l.len());
                for o in l {
                    e.push(self.src(o)?);
                }
                Instr::PutTuple2 { dst, elems: e.into_boxed_slice() }
            }
            O::UpdateRecord => {
                // update_record Hint Size Src Dst Updates
                let size = self.u(&a[1])?;
                let src = self.src(&a[2])?;
                let dst = self.dst(&a[3])?;
                let l = self.list(&a[4])?;
                let mut ups = Vec::new();
                for p in l.chunks(2) {
                    if p.len() != 2 {
                        return Err(LoadError::BadOperand("update_record list"));
                    }
                    ups.push((self.u(&p[0])?, self.src(&p[1])?));
                }
                Instr::UpdateRecord { src, dst, size, updates: ups.into_boxed_slice() }
            }
            O::Badmatch => Instr::Badmatch { val: self.src(&a[0])? },
            O::IfEnd => Instr::IfEnd,
            O::CaseEnd => Instr::CaseEnd { val: self.src(&a[0])? },
            O::Badrecord => Instr::Badrecord { val: self.src(&a[0])? },
            O::CallFun => Instr::CallFun { arity: self.arity(&a[0])? },
            O::CallFun2 => Instr::CallFun2 { arity: self.arity(&a[1])?, fun: self.src(&a[2])? },
            O::MakeFun2 => {
                let f = self.u(&a[0])? as usize;
                let e = self.funs.get(f).ok_or(LoadError::BadOperand("fun index"))?;
                let free: Vec<Src> = (0..e.num_free).map(Src::x).collect();
                Instr::MakeFun { entry: e as *const FunEntry, dst: Dst::x(0), free: free.into_boxed_slice() }
            }
            O::MakeFun3 => {
                let f = self.u(&a[0])? as usize;
                let entry = self.funs.get(f).ok_or(LoadError::BadOperand("fun index"))? as *const FunEntry;
                let dst = self.dst(&a[1])?;
                let l = self.list(&a[2])?;
                let mut fr = Vec::with_capacity(l.len());
                for o in l {
                    fr.push(self.src(o)?);
                }
                Instr::MakeFun { entry, dst, free: fr.into_boxed_slice() }
            }
            O::Apply => Instr::Apply { arity: self.arity(&a[0])? },
            O::ApplyLast => Instr::ApplyLast { arity: self.arity(&a[0])?, dealloc: self.u(&a[1])? },
            O::Raise => Instr::Raise { trace: self.src(&a[0])?, value: self.src(&a[1])? },
            O::RawRaise => Instr::RawRaise,
            O::BuildStacktrace => Instr::BuildStacktrace,
            O::Fclearerror | O::Fcheckerror => Instr::Nop,
            O::Fmove => match (&a[0], &a[1]) {
                (Operand::FloatReg(s), Operand::FloatReg(d)) => {
                    Instr::FMove { src: self.fr(&Operand::FloatReg(*s))?, dst: self.fr(&Operand::FloatReg(*d))? }
                }
                (s, Operand::FloatReg(_)) => Instr::FLoad { src: self.src(s)?, fr: self.fr(&a[1])? },
                (Operand::FloatReg(_), d) => Instr::FStore { fr: self.fr(&a[0])?, dst: self.dst(d)? },
                _ => return Err(LoadError::BadOperand("fmove")),
            },
            O::Fconv => Instr::FConv { src: self.src(&a[0])?, fr: self.fr(&a[1])? },
            O::Fadd | O::Fsub | O::Fmul | O::Fdiv => Instr::FArith {
                op: match op {
                    O::Fadd => FloatOp::Add,
                    O::Fsub => FloatOp::Sub,
                    O::Fmul => FloatOp::Mul,
                    _ => FloatOp::Div,
                },
                a: self.fr(&a[1])?,
                b: self.fr(&a[2])?,
                dst: self.fr(&a[3])?,
            },
            O::Fnegate => Instr::FNegate { a: self.fr(&a[1])?, dst: self.fr(&a[2])? },
            O::PutMapAssoc | O::PutMapExact => {
                let fail = self.label(at, &a[0])?;
                let src = self.src(&a[1])?;
                let dst = self.dst(&a[2])?;
                let live = self.u(&a[3])?;
                let l = self.list(&a[4])?;
                let mut pairs = Vec::new();
                for p in l.chunks(2) {
                    if p.len() != 2 {
                        return Err(LoadError::BadOperand("map pairs"));
                    }
                    pairs.push((self.src(&p[0])?, self.src(&p[1])?));
                }
                Instr::PutMap { exact: op == O::PutMapExact, fail, src, dst, live, pairs: pairs.into_boxed_slice() }
            }
            O::GetMapElements => {
                let fail = self.label(at, &a[0])?;
                let src = self.src(&a[1])?;
                let l = self.list(&a[2])?;
                let mut pairs = Vec::new();
                for p in l.chunks(2) {
                    if p.len() != 2 {
                        return Err(LoadError::BadOperand("map pairs"));
                    }
                    pairs.push((self.src(&p[0])?, self.dst(&p[1])?));
                }
                Instr::GetMapElements { fail, src, pairs: pairs.into_boxed_slice() }
            }
            O::HasMapFields => {
                let fail = self.label(at, &a[0])?;
                let src = self.src(&a[1])?;
                let l = self.list(&a[2])?;
                let mut keys = Vec::new();
                for k in l {
                    keys.push(self.src(k)?);
                }
                Instr::HasMapFields { fail, src, keys: keys.into_boxed_slice() }
            }
            O::BsCreateBin => {
                let fail = self.label(at, &a[0])?;
                let live = self.u(&a[2])?;
                let unit = self.u(&a[3])?;
                let dst = self.dst(&a[4])?;
                let l = self.list(&a[5])?;
                let mut segs = Vec::new();
                for s in l.chunks(6) {
                    if s.len() != 6 {
                        return Err(LoadError::BadOperand("bs_create_bin segment"));
                    }
                    let kind_atom = match s[0] {
                        Operand::Atom(i) => self.atom(i)?,
                        _ => return Err(LoadError::BadOperand("segment type")),
                    };
                    let kind = match self.vm.atoms.name(kind_atom) {
                        "integer" => BsSegKind::Integer,
                        "float" => BsSegKind::Float,
                        "binary" => BsSegKind::Binary,
                        "append" => BsSegKind::Append,
                        "private_append" => BsSegKind::PrivateAppend,
                        "string" => BsSegKind::String,
                        "utf8" => BsSegKind::Utf8,
                        "utf16" => BsSegKind::Utf16,
                        "utf32" => BsSegKind::Utf32,
                        _ => return Err(LoadError::BadOperand("segment type")),
                    };
                    let unit = self.u(&s[2]).unwrap_or(1);
                    let flags = self.flags(&s[3])?;
                    let src = self.src(&s[4])?;
                    let size = self.src(&s[5])?;
                    segs.push(BsSeg { kind, unit, flags, src, size });
                }
                Instr::BsCreateBin { fail, live, unit, dst, segs: segs.into_boxed_slice() }
            }
            O::BsStartMatch3 => Instr::BsStartMatch {
                fail: self.label(at, &a[0])?,
                src: self.src(&a[1])?,
                live: self.u(&a[2])?,
                dst: self.dst(&a[3])?,
            },
            O::BsStartMatch4 => Instr::BsStartMatch {
                fail: self.label(at, &a[0])?,
                live: self.u(&a[1])?,
                src: self.src(&a[2])?,
                dst: self.dst(&a[3])?,
            },
            O::BsGetInteger2 | O::BsGetFloat2 | O::BsGetBinary2 => Instr::BsGet {
                what: match op {
                    O::BsGetInteger2 => BsGet::Integer,
                    O::BsGetFloat2 => BsGet::Float,
                    _ => BsGet::Binary,
                },
                fail: self.label(at, &a[0])?,
                ctx: self.src(&a[1])?,
                live: self.u(&a[2])?,
                size: self.src(&a[3])?,
                unit: self.u(&a[4])?,
                flags: self.flags(&a[5])?,
                dst: self.dst(&a[6])?,
            },
            O::BsSkipBits2 => Instr::BsGet {
                what: BsGet::Skip,
                fail: self.label(at, &a[0])?,
                ctx: self.src(&a[1])?,
                live: 0,
                size: self.src(&a[2])?,
                unit: self.u(&a[3])?,
                flags: self.flags(&a[4])?,
                dst: Dst(u32::MAX),
            },
            O::BsGetUtf8 | O::BsGetUtf16 | O::BsGetUtf32 => Instr::BsGet {
                what: match op {
                    O::BsGetUtf8 => BsGet::Utf8,
                    O::BsGetUtf16 => BsGet::Utf16,
                    _ => BsGet::Utf32,
                },
                fail: self.label(at, &a[0])?,
                ctx: self.src(&a[1])?,
                live: self.u(&a[2])?,
                size: Src::lit(Term::NIL),
                unit: 0,
                flags: self.flags(&a[3])?,
                dst: self.dst(&a[4])?,
            },
            O::BsSkipUtf8 | O::BsSkipUtf16 | O::BsSkipUtf32 => Instr::BsGet {
                what: match op {
                    O::BsSkipUtf8 => BsGet::Utf8,
                    O::BsSkipUtf16 => BsGet::Utf16,
                    _ => BsGet::Utf32,
                },
                fail: self.label(at, &a[0])?,
                ctx: self.src(&a[1])?,
                live: self.u(&a[2])?,
                size: Src::lit(Term::NIL),
                unit: 0,
                flags: self.flags(&a[3])?,
                dst: Dst(u32::MAX),
            },
            O::BsTestTail2 => {
                Instr::BsTestTail { fail: self.label(at, &a[0])?, ctx: self.src(&a[1])?, bits: self.u(&a[2])? }
            }
            O::BsTestUnit => {
                Instr::BsTestUnit { fail: self.label(at, &a[0])?, ctx: self.src(&a[1])?, unit: self.u(&a[2])? }
            }
            O::BsMatchString => Instr::BsMatchString {
                fail: self.label(at, &a[0])?,
                ctx: self.src(&a[1])?,
                bits: self.u(&a[2])?,
                offset: self.u(&a[3])?,
            },
            O::BsGetPosition => Instr::BsGetPosition { ctx: self.src(&a[0])?, dst: self.dst(&a[1])? },
            O::BsSetPosition => Instr::BsSetPosition { ctx: self.src(&a[0])?, pos: self.src(&a[1])? },
            O::BsGetTail => Instr::BsGetTail { ctx: self.src(&a[0])?, dst: self.dst(&a[1])? },
            O::BsMatch => self.bs_match(at, a)?,
            O::Send => Instr::Send,
            O::RemoveMessage => Instr::RemoveMessage,
            O::Timeout => Instr::Timeout,
            O::LoopRec => Instr::LoopRec { fail: self.label(at, &a[0])?, dst: self.dst(&a[1])? },
            O::LoopRecEnd => Instr::LoopRecEnd { target: self.label(at, &a[0])? },
            O::Wait => Instr::Wait { target: self.target(at, &a[0])? },
            O::WaitTimeout => Instr::WaitTimeout { target: self.target(at, &a[0])?, time: self.src(&a[1])? },
            O::RecvMarkerBind => Instr::RecvMarkerBind { marker: self.src(&a[0])?, reference: self.src(&a[1])? },
            O::RecvMarkerClear => Instr::RecvMarkerClear { reference: self.src(&a[0])? },
            O::RecvMarkerReserve => Instr::RecvMarkerReserve { dst: self.dst(&a[0])? },
            O::RecvMarkerUse => Instr::RecvMarkerUse { reference: self.src(&a[0])? },
            // x0 (a size hint) becomes the empty binary that a binary comprehension appends to.
            O::BsInitWritable => {
                let empty = crate::binary::new_binary(&mut self.arena, &[])
                    .map_err(|_| LoadError::BadLiteral("out of memory".into()))?;
                Instr::Move { src: Src::lit(empty), dst: Dst::x(0) }
            }
            O::OnLoad | O::NifStart | O::ExecutableLine | O::DebugLine => Instr::Nop,
            _ => return Err(self.unsupported()),
        })
    }

    /// A stack or heap size an instruction asks for, if plausible for this module.
    fn words(&self, n: u32) -> Result<u32, LoadError> {
        if n > self.max_words {
            return Err(LoadError::TooLarge("stack or heap size"));
        }
        Ok(n)
    }

    /// Words an allocation operand asks for (a plain count or an allocation list).
    fn alloc_words(&self, o: &Operand) -> Result<u32, LoadError> {
        match o {
            Operand::Alloc { words, floats, funs } => Ok(words
                .saturating_add(floats.saturating_mul(crate::term::FLOAT_WORDS as u32))
                .saturating_add(funs.saturating_mul(8))),
            _ => self.u(o),
        }
    }

    /// OTP 26's `bs_match Fail Ctx {commands}`.
    fn bs_match(&mut self, at: u32, a: &[Operand]) -> Result<Instr, LoadError> {
        let fail = self.label(at, &a[0])?;
        let ctx = self.src(&a[1])?;
        let l = self.list(&a[2])?;
        let mut cmds = Vec::new();
        let mut i = 0;
        let name = |s: &Self, o: &Operand| -> Result<String, LoadError> {
            match o {
                Operand::Atom(i) => Ok(s.vm.atoms.name(s.atom(*i)?).into()),
                _ => Err(LoadError::BadOperand("bs_match command")),
            }
        };
        let arg = |i: usize| l.get(i).ok_or(LoadError::BadOperand("bs_match command"));
        while i < l.len() {
            let cmd = name(self, &l[i])?;
            match cmd.as_str() {
                "ensure_at_least" => {
                    cmds.push(BsCmd::EnsureAtLeast { bits: self.u(arg(i + 1)?)? as usize, unit: self.u(arg(i + 2)?)? });
                    i += 3;
                }
                "ensure_exactly" => {
                    cmds.push(BsCmd::EnsureExactly { bits: self.u(arg(i + 1)?)? as usize });
                    i += 2;
                }
                "integer" | "binary" => {
                    // {integer, Live, Flags, Size, Unit, Dst}
                    let flags = self.flags(arg(i + 2)?)?;
                    let size = self.u(arg(i + 3)?)? as usize;
                    let unit = self.u(arg(i + 4)?)? as usize;
                    let dst = self.dst(arg(i + 5)?)?;
                    let bits = size.checked_mul(unit).ok_or(LoadError::BadOperand("bs_match size"))?;
                    cmds.push(if cmd == "integer" {
                        BsCmd::Integer { flags, bits, dst }
                    } else {
                        BsCmd::Binary { bits, dst }
                    });
                    i += 6;
                }
                "skip" => {
                    cmds.push(BsCmd::Skip { bits: self.u(arg(i + 1)?)? as usize });
                    i += 2;
                }
                "get_tail" => {
                    // {get_tail, Live, Unit, Dst}
                    let dst = self.dst(arg(i + 3)?)?;
                    cmds.push(BsCmd::GetTail { dst });
                    i += 4;
                }
                "=:=" => {
                    // {'=:=', Live, Size, Value}
                    let bits = self.u(arg(i + 2)?)? as usize;
                    let value = match arg(i + 3)? {
                        Operand::Int(v) => *v as u64,
                        Operand::U(v) => *v,
                        _ => return Err(LoadError::BadOperand("bs_match value")),
                    };
                    if bits > 64 {
                        return Err(LoadError::BadOperand("bs_match size"));
                    }
                    cmds.push(BsCmd::Eq { bits, value });
                    i += 4;
                }
                _ => return Err(LoadError::BadOperand("bs_match command")),
            }
        }
        Ok(Instr::BsMatch { fail, ctx, cmds: cmds.into_boxed_slice() })
    }
}

// The `atom` module's constants are used above through `atom::`.
#[allow(unused_imports)]
use atom::TRUE as _;

/// A BIF call, as the instruction that computes it inline when `op` says it can.
fn inline_bif(op: Option<u8>, bif: crate::bif::BifFn, fail: Lbl, args: [Src; 3], n: u8, dst: Dst) -> Instr {
    let o = BinOp { bif, fail, a: args[0], b: args[1], dst };
    match op {
        Some(arith_op::ADD) => Instr::Add(o),
        Some(arith_op::SUB) => Instr::Sub(o),
        Some(arith_op::MUL) => Instr::Mul(o),
        Some(arith_op::BAND) => Instr::Band(o),
        Some(arith_op::BOR) => Instr::Bor(o),
        Some(arith_op::BXOR) => Instr::Bxor(o),
        Some(arith_op::BSL) => Instr::Bsl(o),
        Some(arith_op::BSR) => Instr::Bsr(o),
        Some(arith_op::BNOT) => Instr::Bnot(o),
        Some(arith_op::ELEMENT) => Instr::Element(o),
        _ => Instr::Bif { bif, fail, args, n, dst },
    }
}
