//! A loaded module: translated code, literals, lambdas, and the tables that map code
//! addresses back to functions and source lines (for stack traces).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::fun::FunEntry;
use crate::heap::Arena;
use crate::interp::instr::Instr;
use crate::term::Term;

/// One function of a module.
pub struct Function {
    pub name: Term,
    pub arity: u32,
    /// Index of its `FuncInfo` instruction.
    pub start: u32,
}

pub struct Module {
    pub name: Term,
    pub code: Box<[Instr]>,
    /// Literal terms the code refers to (never copied onto process heaps).
    pub literals: Arena,
    /// Exported functions: name, arity, entry instruction index.
    pub exports: Vec<(Term, u32, u32)>,
    /// Every function, in code order.
    pub functions: Vec<Function>,
    pub funs: Box<[FunEntry]>,
    /// (instruction index, line table entry), sorted by instruction index.
    pub line_refs: Vec<(u32, u32)>,
    /// Line table: (file index, line).
    pub lines: Vec<(u32, u32)>,
    pub files: Vec<String>,
    /// The string table (bit syntax literals).
    pub strings: Vec<u8>,
    /// Module attributes and compile info, as stored (external term format).
    pub attributes: Option<Vec<u8>>,
    pub compile_info: Option<Vec<u8>>,
    /// Module md5 (from the `MD5`-less BEAM we use the code's hash; informational).
    pub md5: [u8; 16],
}

impl Module {
    /// Address of instruction `i`.
    pub fn addr(&self, i: u32) -> *const Instr {
        // SAFETY: callers pass indexes obtained from this module's tables (validated at load).
        unsafe { self.code.as_ptr().add(i as usize) }
    }
    /// True if `p` points into this module's code.
    pub fn contains(&self, p: *const Instr) -> bool {
        let s = self.code.as_ptr() as usize;
        let e = s + self.code.len() * core::mem::size_of::<Instr>();
        (s..e).contains(&(p as usize))
    }
    /// Index of the instruction at `p`.
    pub fn index_of(&self, p: *const Instr) -> u32 {
        ((p as usize - self.code.as_ptr() as usize) / core::mem::size_of::<Instr>()) as u32
    }
    /// The function containing instruction `i`.
    pub fn function_at(&self, i: u32) -> Option<&Function> {
        let k = self.functions.partition_point(|f| f.start <= i);
        if k == 0 {
            None
        } else {
            Some(&self.functions[k - 1])
        }
    }
    /// File and line of the instruction at `i` (the nearest preceding `line` marker).
    pub fn location(&self, i: u32) -> Option<(&str, u32)> {
        let k = self.line_refs.partition_point(|&(p, _)| p <= i);
        if k == 0 {
            return None;
        }
        let (_, entry) = self.line_refs[k - 1];
        let &(file, line) = self.lines.get(entry as usize)?;
        if line == 0 {
            return None;
        }
        let f = self.files.get(file as usize)?;
        Some((f.as_str(), line))
    }
}
