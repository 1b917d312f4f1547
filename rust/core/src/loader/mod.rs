//! Loading `.beam` files: the IFF container, the chunks, and translation of the Code chunk
//! into the internal instruction stream (`translate`).

pub mod compact;
mod fuse;
pub mod opcodes;
mod translate;

use alloc::string::String;
use alloc::vec::Vec;

use crate::atom::AtomTable;
use crate::term::Term;

/// Why a module cannot be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NotBeam,
    Truncated(&'static str),
    MissingChunk(&'static str),
    BadChunk(&'static str),
    BadOperand(&'static str),
    UnknownOpcode(u8),
    Unsupported { opcode: &'static str },
    UnknownBif { module: String, function: String, arity: u32 },
    BadLiteral(String),
    BadLabel(u32),
    TooLarge(&'static str),
    OutOfMemory,
}

impl core::fmt::Display for LoadError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            LoadError::NotBeam => write!(f, "not a BEAM file (no FOR1/BEAM header)"),
            LoadError::Truncated(w) => write!(f, "truncated {w}"),
            LoadError::MissingChunk(c) => write!(f, "missing chunk {c}"),
            LoadError::BadChunk(c) => write!(f, "malformed chunk {c}"),
            LoadError::BadOperand(w) => write!(f, "malformed operand: {w}"),
            LoadError::UnknownOpcode(n) => write!(f, "unknown opcode {n}"),
            LoadError::Unsupported { opcode } => write!(f, "unsupported instruction {opcode}"),
            LoadError::UnknownBif { module, function, arity } => {
                write!(f, "unknown BIF {module}:{function}/{arity}")
            }
            LoadError::BadLiteral(w) => write!(f, "malformed literal: {w}"),
            LoadError::BadLabel(l) => write!(f, "undefined label {l}"),
            LoadError::TooLarge(w) => write!(f, "{w} too large"),
            LoadError::OutOfMemory => write!(f, "out of memory"),
        }
    }
}

/// The chunks of a BEAM file.
pub struct Chunks<'a> {
    pub list: Vec<([u8; 4], &'a [u8])>,
}

impl<'a> Chunks<'a> {
    pub fn parse(b: &'a [u8]) -> Result<Chunks<'a>, LoadError> {
        if b.len() < 12 || &b[0..4] != b"FOR1" || &b[8..12] != b"BEAM" {
            return Err(LoadError::NotBeam);
        }
        let form_len = u32::from_be_bytes([b[4], b[5], b[6], b[7]]) as usize;
        let end = (8usize.saturating_add(form_len)).min(b.len());
        let mut pos = 12;
        let mut list = Vec::new();
        while pos + 8 <= end {
            let id = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
            let len = u32::from_be_bytes([b[pos + 4], b[pos + 5], b[pos + 6], b[pos + 7]]) as usize;
            let start = pos + 8;
            let stop = start.checked_add(len).ok_or(LoadError::Truncated("chunk"))?;
            if stop > end {
                return Err(LoadError::Truncated("chunk"));
            }
            list.push((id, &b[start..stop]));
            pos = start + len.div_ceil(4) * 4;
        }
        Ok(Chunks { list })
    }

    pub fn get(&self, id: &[u8; 4]) -> Option<&'a [u8]> {
        self.list.iter().find(|(i, _)| i == id).map(|(_, d)| *d)
    }
}

/// Reads big-endian u32s from a chunk.
pub(crate) struct Be<'a> {
    pub b: &'a [u8],
    pub pos: usize,
    pub what: &'static str,
}

impl<'a> Be<'a> {
    pub fn new(b: &'a [u8], what: &'static str) -> Self {
        Be { b, pos: 0, what }
    }
    pub fn u32(&mut self) -> Result<u32, LoadError> {
        let s = self.b.get(self.pos..self.pos + 4).ok_or(LoadError::Truncated(self.what))?;
        self.pos += 4;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    pub fn u16(&mut self) -> Result<u16, LoadError> {
        let s = self.b.get(self.pos..self.pos + 2).ok_or(LoadError::Truncated(self.what))?;
        self.pos += 2;
        Ok(u16::from_be_bytes([s[0], s[1]]))
    }
    pub fn u8(&mut self) -> Result<u8, LoadError> {
        let v = *self.b.get(self.pos).ok_or(LoadError::Truncated(self.what))?;
        self.pos += 1;
        Ok(v)
    }
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], LoadError> {
        let end = self.pos.checked_add(n).ok_or(LoadError::Truncated(self.what))?;
        let s = self.b.get(self.pos..end).ok_or(LoadError::Truncated(self.what))?;
        self.pos = end;
        Ok(s)
    }
    /// A count that cannot exceed what the rest of the chunk could hold at `min` bytes each.
    pub fn count(&mut self, min: usize) -> Result<usize, LoadError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min) > self.b.len() - self.pos {
            return Err(LoadError::Truncated(self.what));
        }
        Ok(n)
    }
}

/// Parses the atom chunk (`AtU8`, or the old Latin-1 `Atom`), interning every atom.
/// Index 0 of the result is unused (BEAM atom indexes are 1-based).
pub fn parse_atoms(chunks: &Chunks, table: &mut AtomTable) -> Result<Vec<Term>, LoadError> {
    let (data, utf8) = match chunks.get(b"AtU8") {
        Some(d) => (d, true),
        None => (chunks.get(b"Atom").ok_or(LoadError::MissingChunk("AtU8"))?, false),
    };
    let mut r = Be::new(data, "atom chunk");
    let raw = r.u32()? as i32;
    let mut out = alloc::vec![Term::NIL];
    if raw < 0 {
        // OTP 28: negative count, lengths in compact encoding.
        let n = raw.unsigned_abs() as usize;
        let mut cr = compact::Reader::new(&data[4..]);
        for _ in 0..n {
            let len = usize::try_from(cr.u()?).map_err(|_| LoadError::Truncated("atom chunk"))?;
            let end = cr.pos.checked_add(len).ok_or(LoadError::Truncated("atom chunk"))?;
            let name = data[4..].get(cr.pos..end).ok_or(LoadError::Truncated("atom chunk"))?;
            cr.pos = end;
            out.push(intern(table, name, utf8)?);
        }
    } else {
        let n = raw as usize;
        if n > data.len() {
            return Err(LoadError::BadChunk("atom chunk count"));
        }
        for _ in 0..n {
            let len = r.u8()? as usize;
            let name = r.bytes(len)?;
            out.push(intern(table, name, utf8)?);
        }
    }
    Ok(out)
}

fn intern(table: &mut AtomTable, name: &[u8], utf8: bool) -> Result<Term, LoadError> {
    let r = if utf8 { table.intern_bytes(name) } else { table.intern_latin1(name) };
    r.map_err(|_| LoadError::BadChunk("atom name"))
}

/// Parses an export-style table (`ExpT`, `LocT`): (function atom, arity, label).
pub fn parse_function_table(
    data: &[u8],
    atoms: &[Term],
    what: &'static str,
) -> Result<Vec<(Term, u32, u32)>, LoadError> {
    let mut r = Be::new(data, what);
    let n = r.count(12)?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let f = r.u32()? as usize;
        let a = r.u32()?;
        let l = r.u32()?;
        let name = *atoms.get(f).filter(|_| f > 0).ok_or(LoadError::BadChunk(what))?;
        v.push((name, a, l));
    }
    Ok(v)
}

pub use translate::load_module;
