//! BEAM files: the IFF container (`FOR1 <len> BEAM` followed by chunks).
//!
//! A chunk is a 4-byte id, a 32-bit big-endian size and `size` bytes of data
//! padded with NULs to a 4-byte boundary. This module only understands the
//! few chunks the packbeam tool needs (atoms, exports and literals); the VM
//! decodes the rest.

use alloc::vec::Vec;

use crate::{align4, be_u32, pad_len, Error, Result};

/// IFF form id that opens every BEAM file.
pub const FORM_ID: [u8; 4] = *b"FOR1";
/// IFF form type of a BEAM file.
pub const BEAM_TYPE: [u8; 4] = *b"BEAM";

/// Atom table with UTF-8 names (OTP 20+).
pub const ATU8: [u8; 4] = *b"AtU8";
/// Atom table with Latin-1 names (before OTP 20).
pub const ATOM: [u8; 4] = *b"Atom";
/// Bytecode.
pub const CODE: [u8; 4] = *b"Code";
/// Export table.
pub const EXPT: [u8; 4] = *b"ExpT";
/// Local function table.
pub const LOCT: [u8; 4] = *b"LocT";
/// Import table.
pub const IMPT: [u8; 4] = *b"ImpT";
/// Uncompressed literal table (what [`strip`] turns `LitT` into).
pub const LITU: [u8; 4] = *b"LitU";
/// Lambda (fun) table.
pub const FUNT: [u8; 4] = *b"FunT";
/// String table used by binary construction/matching.
pub const STRT: [u8; 4] = *b"StrT";
/// zlib-compressed literal table.
pub const LITT: [u8; 4] = *b"LitT";
/// Line number table (only needed for stack traces with locations).
pub const LINE: [u8; 4] = *b"Line";

/// Chunks kept in packbeam files: the list from the packbeam format spec
/// plus `Line` (for stack traces) and `Atom` (older compilers' atom table).
pub const STANDARD_KEEP: &[[u8; 4]] = &[ATU8, CODE, EXPT, LOCT, IMPT, LITU, FUNT, STRT, LITT, LINE, ATOM];

/// [`STANDARD_KEEP`] without `Line`, for the smallest images.
pub const STANDARD_KEEP_NO_LINES: &[[u8; 4]] = &[ATU8, CODE, EXPT, LOCT, IMPT, LITU, FUNT, STRT, LITT, ATOM];

/// The standard chunk list, with or without the `Line` chunk.
pub fn standard_keep(keep_lines: bool) -> &'static [[u8; 4]] {
    if keep_lines {
        STANDARD_KEEP
    } else {
        STANDARD_KEEP_NO_LINES
    }
}

/// One chunk of a BEAM file, borrowing its data (without the padding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk<'a> {
    /// Four-character chunk id, e.g. `*b"Code"`.
    pub id: [u8; 4],
    /// Chunk contents, exactly `size` bytes.
    pub data: &'a [u8],
}

/// A parsed BEAM file: its chunks in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beam<'a> {
    /// The chunks, in the order they appear in the file.
    pub chunks: Vec<Chunk<'a>>,
}

/// Total length of the IFF image at the start of `bytes` (`8 + form
/// length`), after checking the header.
///
/// Packbeam entries and flash images pad BEAM files; this tells where the
/// real file ends.
pub fn beam_len(bytes: &[u8]) -> Result<usize> {
    if bytes.len() < 12 {
        let n = bytes.len().min(4);
        return if bytes[..n] == FORM_ID[..n] {
            Err(Error::Truncated { what: "BEAM header", offset: 0 })
        } else {
            Err(Error::NotBeam)
        };
    }
    if bytes[0..4] != FORM_ID || bytes[8..12] != BEAM_TYPE {
        return Err(Error::NotBeam);
    }
    let form_len = be_u32(bytes, 4).ok_or(Error::NotBeam)? as usize;
    if form_len < 4 {
        return Err(Error::Malformed { what: "BEAM form length smaller than its type", offset: 4 });
    }
    let end = form_len.checked_add(8).ok_or(Error::TooLarge)?;
    if end > bytes.len() {
        return Err(Error::Truncated { what: "BEAM file (form length exceeds data)", offset: 0 });
    }
    Ok(end)
}

impl<'a> Beam<'a> {
    /// Parses the chunk directory of a BEAM file.
    ///
    /// Bytes after the form (e.g. packbeam padding) are ignored; each chunk
    /// must start on a 4-byte boundary and lie inside the form. The last
    /// chunk may omit its padding, as some writers do.
    pub fn parse(bytes: &'a [u8]) -> Result<Self> {
        let end = beam_len(bytes)?;
        let mut chunks = Vec::new();
        let mut pos = 12usize;
        while pos < end {
            if end - pos < 8 {
                return Err(Error::Truncated { what: "BEAM chunk header", offset: pos });
            }
            let mut id = [0u8; 4];
            id.copy_from_slice(&bytes[pos..pos + 4]);
            let size =
                be_u32(bytes, pos + 4).ok_or(Error::Truncated { what: "BEAM chunk header", offset: pos })? as usize;
            let data_start = pos + 8;
            let data_end = data_start
                .checked_add(size)
                .filter(|&e| e <= end)
                .ok_or(Error::Truncated { what: "BEAM chunk data", offset: pos })?;
            chunks.push(Chunk { id, data: &bytes[data_start..data_end] });
            // data_end <= end <= usize::MAX - 8, so this cannot overflow.
            pos = align4(data_end).unwrap_or(end).min(end);
        }
        Ok(Beam { chunks })
    }

    /// Data of the first chunk with this id.
    pub fn chunk(&self, id: &[u8; 4]) -> Option<&'a [u8]> {
        self.chunks.iter().find(|c| &c.id == id).map(|c| c.data)
    }

    /// Atom names, in table order (atom index `i` is `atoms()[i - 1]`).
    ///
    /// Reads `AtU8` (or the legacy Latin-1 `Atom`). The table is a 32-bit
    /// count followed by the names, each prefixed by its length: one byte in
    /// the classic form, or a compact-term `u` value when the count is
    /// negative (OTP 28+, which allows atoms longer than 255 bytes).
    pub fn atoms(&self) -> Result<Vec<&'a [u8]>> {
        let data = self.chunk(&ATU8).or_else(|| self.chunk(&ATOM)).ok_or(Error::MissingChunk(ATU8))?;
        let raw = be_u32(data, 0).ok_or(Error::Truncated { what: "atom table count", offset: 0 })? as i32;
        let compact = raw < 0;
        let count = raw.unsigned_abs() as usize;
        // Every atom takes at least one length byte: cap the reservation so
        // a corrupt count cannot ask for gigabytes.
        let mut atoms = Vec::with_capacity(count.min(data.len()));
        let mut pos = 4usize;
        for _ in 0..count {
            let len = if compact {
                read_compact_u(data, &mut pos)?
            } else {
                let l = *data.get(pos).ok_or(Error::Truncated { what: "atom table entry", offset: pos })? as usize;
                pos += 1;
                l
            };
            let name = pos
                .checked_add(len)
                .and_then(|e| data.get(pos..e))
                .ok_or(Error::Truncated { what: "atom name", offset: pos })?;
            pos += len;
            atoms.push(name);
        }
        Ok(atoms)
    }

    /// The export table (`ExpT`): `(function atom, arity, label)` triples.
    pub fn exports(&self) -> Result<Vec<Export>> {
        let data = self.chunk(&EXPT).ok_or(Error::MissingChunk(EXPT))?;
        let count = be_u32(data, 0).ok_or(Error::Truncated { what: "export table count", offset: 0 })? as usize;
        let need = count.checked_mul(12).and_then(|n| n.checked_add(4)).ok_or(Error::TooLarge)?;
        if need > data.len() {
            return Err(Error::Truncated { what: "export table", offset: 0 });
        }
        Ok(data[4..need]
            .chunks_exact(12)
            .map(|t| Export {
                function: u32::from_be_bytes([t[0], t[1], t[2], t[3]]),
                arity: u32::from_be_bytes([t[4], t[5], t[6], t[7]]),
                label: u32::from_be_bytes([t[8], t[9], t[10], t[11]]),
            })
            .collect())
    }

    /// True if the module exports `start/0`, the packbeam entry point.
    pub fn exports_start(&self) -> Result<bool> {
        let atoms = self.atoms()?;
        for e in self.exports()? {
            let name = (e.function as usize)
                .checked_sub(1)
                .and_then(|i| atoms.get(i))
                .ok_or(Error::Malformed { what: "export refers to an atom index outside the atom table", offset: 0 })?;
            if e.arity == 0 && *name == b"start" {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// One `ExpT` entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Export {
    /// 1-based index of the function name in the atom table.
    pub function: u32,
    /// Number of arguments.
    pub arity: u32,
    /// Entry label in the code.
    pub label: u32,
}

/// Decodes a compact-term-encoded unsigned (`u`, tag 0) value at `*pos`.
///
/// Only the forms that fit in a `u64` are accepted; the nested-length form
/// (more than 8 value bytes) can never be a sane length, so it is rejected
/// instead of being decoded recursively.
fn read_compact_u(data: &[u8], pos: &mut usize) -> Result<usize> {
    let start = *pos;
    let trunc = Error::Truncated { what: "compact-encoded atom length", offset: start };
    let b = *data.get(start).ok_or(trunc.clone())?;
    if b & 0x07 != 0 {
        return Err(Error::Malformed { what: "atom length is not a compact 'u' value", offset: start });
    }
    let value: u64 = if b & 0x08 == 0 {
        *pos = start + 1;
        u64::from(b >> 4)
    } else if b & 0x10 == 0 {
        let lo = *data.get(start + 1).ok_or(trunc)?;
        *pos = start + 2;
        (u64::from(b & 0xE0) << 3) | u64::from(lo)
    } else {
        let n = usize::from(b >> 5) + 2;
        if n > 8 {
            return Err(Error::Malformed { what: "compact-encoded atom length too large", offset: start });
        }
        let bytes = data.get(start + 1..start + 1 + n).ok_or(trunc)?;
        *pos = start + 1 + n;
        bytes.iter().fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
    };
    usize::try_from(value).map_err(|_| Error::TooLarge)
}

/// Parses `bytes` as a BEAM file and tells whether it exports `start/0`.
pub fn exports_start(bytes: &[u8]) -> Result<bool> {
    Beam::parse(bytes)?.exports_start()
}

/// Serialises chunks into a BEAM (IFF) file, padding each chunk to 4 bytes.
pub fn write_beam(chunks: &[Chunk<'_>]) -> Result<Vec<u8>> {
    let mut body = 4usize; // the "BEAM" form type
    for c in chunks {
        if u32::try_from(c.data.len()).is_err() {
            return Err(Error::TooLarge);
        }
        body = body.checked_add(8).and_then(|b| b.checked_add(align4(c.data.len())?)).ok_or(Error::TooLarge)?;
    }
    let form_len = u32::try_from(body).map_err(|_| Error::TooLarge)?;
    let mut out = Vec::with_capacity(body + 8);
    out.extend_from_slice(&FORM_ID);
    out.extend_from_slice(&form_len.to_be_bytes());
    out.extend_from_slice(&BEAM_TYPE);
    for c in chunks {
        out.extend_from_slice(&c.id);
        // Checked above.
        out.extend_from_slice(&(c.data.len() as u32).to_be_bytes());
        out.extend_from_slice(c.data);
        out.resize(out.len() + pad_len(c.data.len()), 0);
    }
    Ok(out)
}

/// Decodes the data of a `LitT` chunk into the raw literal table.
///
/// `LitT` is a 32-bit uncompressed size followed by a zlib stream; a size of
/// 0 means the table follows uncompressed. The result is what the zlib
/// stream holds: the literal count followed by the size-prefixed external
/// term format literals. The VM has no zlib, hence this step.
pub fn inflate_literals(litt: &[u8]) -> Result<Vec<u8>> {
    let size = be_u32(litt, 0).ok_or(Error::Truncated { what: "LitT size field", offset: 0 })? as usize;
    let payload = &litt[4..];
    if size == 0 {
        return Ok(payload.to_vec());
    }
    let out = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(payload, size).map_err(|e| {
        use miniz_oxide::inflate::TINFLStatus as S;
        Error::Inflate(match e.status {
            S::HasMoreOutput => "data inflates to more than the declared size",
            S::FailedCannotMakeProgress | S::NeedsMoreInput => "zlib stream is truncated",
            S::Adler32Mismatch => "zlib checksum mismatch",
            _ => "corrupt zlib stream",
        })
    })?;
    if out.len() != size {
        return Err(Error::LiteralSize { expected: size, actual: out.len() });
    }
    Ok(out)
}

/// Rewrites a BEAM file keeping only the chunks listed in `keep` (in their
/// original order).
///
/// With `inflate_litt`, a kept `LitT` chunk is replaced by a `LitU` chunk
/// holding the inflated literal table (see [`inflate_literals`]), because
/// the VM cannot decompress zlib (unless the file already has a `LitU`).
/// Dropping debug info, attributes, types, etc. keeps flash images small.
pub fn strip(bytes: &[u8], keep: &[[u8; 4]], inflate_litt: bool) -> Result<Vec<u8>> {
    let beam = Beam::parse(bytes)?;
    // A file that already carries a kept LitU (e.g. stripped before) keeps
    // its LitT as is rather than ending up with two literal tables.
    let has_litu = keep.contains(&LITU) && beam.chunk(&LITU).is_some();
    let inflate = inflate_litt && keep.contains(&LITT) && !has_litu;
    // Only the first LitT is meaningful (the loader reads one); extra ones
    // are dropped rather than inflated.
    let literals = match beam.chunk(&LITT) {
        Some(data) if inflate => Some(inflate_literals(data)?),
        _ => None,
    };
    let mut out = Vec::with_capacity(beam.chunks.len());
    let mut seen_litt = false;
    for c in &beam.chunks {
        if !keep.contains(&c.id) {
            continue;
        }
        if inflate && c.id == LITT {
            if let (false, Some(lit)) = (seen_litt, &literals) {
                out.push(Chunk { id: LITU, data: lit });
            }
            seen_litt = true;
            continue;
        }
        out.push(*c);
    }
    write_beam(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_u_forms() {
        let cases: &[(&[u8], usize)] = &[
            (&[0x00], 0),
            (&[0xF0], 15),
            (&[0x08, 0x10], 16),
            (&[0xE8, 0xFF], 0x7FF),
            (&[0x18, 0x08, 0x00], 0x800),
            (&[0x38, 0x01, 0x00, 0x00], 0x10000),
        ];
        for (enc, v) in cases {
            let mut pos = 0;
            assert_eq!(read_compact_u(enc, &mut pos).unwrap(), *v);
            assert_eq!(pos, enc.len());
        }
        let mut pos = 0;
        assert!(read_compact_u(&[0xF8, 0x00], &mut pos).is_err());
        let mut pos = 0;
        assert!(read_compact_u(&[0x01], &mut pos).is_err());
        let mut pos = 0;
        assert!(read_compact_u(&[0x08], &mut pos).is_err());
    }

    #[test]
    fn write_then_parse() {
        let chunks = [
            Chunk { id: *b"AtU8", data: b"\0\0\0\x01\x05start" },
            Chunk { id: *b"ExpT", data: b"\0\0\0\x01\0\0\0\x01\0\0\0\0\0\0\0\x02" },
        ];
        let bytes = write_beam(&chunks).unwrap();
        assert_eq!(bytes.len() % 4, 0);
        let beam = Beam::parse(&bytes).unwrap();
        assert_eq!(beam.chunks, chunks);
        assert!(beam.exports_start().unwrap());
    }
}
