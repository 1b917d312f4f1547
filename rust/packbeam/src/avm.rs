//! Packbeam (`.avm`) archives.
//!
//! Layout (all integers 32-bit big-endian, everything 4-byte aligned):
//!
//! ```text
//! "#!/usr/bin/env AtomVM\n\0\0"           24-byte file header
//! repeated:
//!   size | flags | reserved                entry header
//!   name\0 + NUL padding to 4 bytes
//!   content + NUL padding to 4 bytes       BEAM file, or u32 length + data
//! 0 | 0 | 0 | "end\0"                      end marker
//! ```
//!
//! The format spec says `size` counts the content and its padding; some
//! tools instead store the size of the whole entry including its header.
//! The reader accepts both, choosing per entry the reading that lands on a
//! plausible next header (preferring the spec's). The writer follows the
//! spec unless told otherwise with [`SizeMode`].

use alloc::vec::Vec;

use crate::{align4, be_u32, iff, pad_len, Error, Result};

/// The 24 bytes every packbeam file starts with.
pub const HEADER: [u8; 24] = *b"#!/usr/bin/env AtomVM\n\0\0";
/// Entry flag: the BEAM exports `start/0` (an entry point).
pub const FLAG_START: u32 = 0x01;
/// Entry flag: the entry is a BEAM file (otherwise a size-prefixed file).
pub const FLAG_BEAM: u32 = 0x02;
/// Name of the entry that terminates the archive.
pub const END_NAME: &str = "end";

/// Size of the fixed part of an entry header (`size`, `flags`, `reserved`).
const FIXED_HEADER: usize = 12;
/// Smallest possible entry header: fixed part plus a 1..=3 byte name + NUL.
const MIN_HEADER: usize = FIXED_HEADER + 4;
/// Longest name the plausibility probe will scan for; real names are short
/// and this keeps probing garbage cheap.
const PROBE_NAME_MAX: usize = 1024;

/// One file stored in a packbeam archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    /// Entry name, e.g. `foo.beam` or `mylib/priv/config.txt`.
    pub name: &'a str,
    /// [`FLAG_BEAM`] / [`FLAG_START`] bits (other bits are preserved).
    pub flags: u32,
    /// For BEAM entries, the BEAM file (without packbeam padding); for
    /// normal files, the file data (without the 4-byte size prefix).
    pub data: &'a [u8],
}

impl Entry<'_> {
    /// True for BEAM modules.
    pub fn is_beam(&self) -> bool {
        self.flags & FLAG_BEAM != 0
    }

    /// True for BEAM modules exporting `start/0`, i.e. entry points (flags
    /// mask against `0x03`).
    pub fn is_start(&self) -> bool {
        self.flags & (FLAG_BEAM | FLAG_START) == FLAG_BEAM | FLAG_START
    }
}

/// How the writer fills in the `size` field of entry headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SizeMode {
    /// Size of the content plus its padding, as the format spec says.
    #[default]
    Content,
    /// Size of the whole entry including its header (for readers that
    /// expect that older convention).
    WholeEntry,
}

/// Checks the 24-byte file header.
fn check_header(bytes: &[u8]) -> Result<()> {
    if bytes.len() < HEADER.len() {
        return if HEADER.starts_with(bytes) {
            Err(Error::Truncated { what: "packbeam header", offset: 0 })
        } else {
            Err(Error::NotAvm)
        };
    }
    if bytes[..HEADER.len()] != HEADER {
        return Err(Error::NotAvm);
    }
    Ok(())
}

/// The header of one entry, as found in the file.
struct RawHeader<'a> {
    size: usize,
    flags: u32,
    name: &'a [u8],
    /// Header length including the padded name.
    len: usize,
}

impl RawHeader<'_> {
    fn is_end(&self) -> bool {
        self.name == END_NAME.as_bytes() && (self.size == 0 || self.size == self.len)
    }
}

/// Reads the entry header at `off`, scanning at most `name_max` name bytes.
fn read_header(bytes: &[u8], off: usize, name_max: usize) -> Result<RawHeader<'_>> {
    let trunc = Error::Truncated { what: "entry header", offset: off };
    let size = be_u32(bytes, off).ok_or(trunc.clone())? as usize;
    let flags = be_u32(bytes, off + 4).ok_or(trunc.clone())?;
    be_u32(bytes, off + 8).ok_or(trunc)?;
    let name_start = off + FIXED_HEADER;
    let rest = &bytes[name_start..];
    let scan = &rest[..rest.len().min(name_max)];
    let nul = scan
        .iter()
        .position(|&b| b == 0)
        .ok_or(Error::Truncated { what: "entry name (no NUL terminator)", offset: off })?;
    let len = align4(FIXED_HEADER + nul + 1).ok_or(Error::TooLarge)?;
    if off.checked_add(len).map_or(true, |e| e > bytes.len()) {
        return Err(Error::Truncated { what: "entry name padding", offset: off });
    }
    Ok(RawHeader { size, flags, name: &rest[..nul], len })
}

/// Extracts an entry's data from its content region, or `None` if the
/// region cannot hold what the flags say it holds.
fn entry_data(flags: u32, content: &[u8]) -> Option<&[u8]> {
    if flags & FLAG_BEAM != 0 {
        let len = iff::beam_len(content).ok()?;
        Some(&content[..len])
    } else {
        let n = be_u32(content, 0)? as usize;
        content.get(4..4usize.checked_add(n)?)
    }
}

/// Whether `data` fills `content` exactly, up to the 1..3 padding bytes.
///
/// A spec-conforming writer never leaves slack, so this tells the two size
/// conventions apart even when both happen to land on a valid header.
fn tight(content: &[u8], data: &[u8], flags: u32) -> bool {
    let payload = data.len() + if flags & FLAG_BEAM != 0 { 0 } else { 4 };
    align4(payload) == Some(content.len())
}

/// The ways of reading `size`, in order of preference: the spec's
/// (content only), whole entry, then the same two rounded up to 4 bytes
/// for writers that forgot the padding in `size`. Each is
/// `(content_end, next_entry_offset)`.
fn layouts(off: usize, h: &RawHeader<'_>) -> [Option<(usize, usize)>; 4] {
    let start = off + h.len;
    let content = start.checked_add(h.size);
    let whole = if h.size >= h.len { off.checked_add(h.size) } else { None };
    let up = |e: Option<usize>| e.and_then(align4).filter(|&a| Some(a) != e).map(|a| (a, a));
    [content.map(|e| (e, e)), whole.map(|e| (e, e)), up(content), up(whole)]
}

/// Whether a believable entry header (or the end marker) sits at `pos`.
///
/// `depth` more entries are followed to make a chance match unlikely;
/// `strict` also demands spec-conforming flags and a clean name.
fn plausible(bytes: &[u8], pos: usize, depth: u32, strict: bool) -> bool {
    if pos % 4 != 0 || pos.checked_add(MIN_HEADER).map_or(true, |e| e > bytes.len()) {
        return false;
    }
    let Ok(h) = read_header(bytes, pos, PROBE_NAME_MAX) else {
        return false;
    };
    if h.is_end() {
        return true;
    }
    if h.name.is_empty() || core::str::from_utf8(h.name).is_err() {
        return false;
    }
    if strict {
        let clean_name = h.name.iter().all(|&b| b >= 0x20 && b != 0x7f);
        let clean_pad = bytes[pos + FIXED_HEADER + h.name.len()..pos + h.len].iter().all(|&b| b == 0);
        if h.flags & !(FLAG_BEAM | FLAG_START) != 0 || !clean_name || !clean_pad {
            return false;
        }
    }
    if depth == 0 {
        return true;
    }
    layouts(pos, &h).iter().flatten().any(|&(end, next)| {
        if next > bytes.len() {
            return false;
        }
        let content = &bytes[pos + h.len..end];
        entry_data(h.flags, content).is_some_and(|d| !strict || tight(content, d, h.flags))
            && plausible(bytes, next, depth - 1, strict)
    })
}

/// Parses the entry at `off`: `Ok(None)` at the end marker, otherwise the
/// entry and the offset of the next one.
fn parse_entry(bytes: &[u8], off: usize) -> Result<Option<(Entry<'_>, usize)>> {
    if off >= bytes.len() {
        return Err(Error::MissingEnd);
    }
    let h = read_header(bytes, off, usize::MAX)?;
    if h.is_end() {
        return Ok(None);
    }
    if h.name.is_empty() {
        return Err(Error::Malformed { what: "entry has an empty name", offset: off });
    }
    let name =
        core::str::from_utf8(h.name).map_err(|_| Error::Malformed { what: "entry name is not UTF-8", offset: off })?;
    let start = off + h.len;
    let options = layouts(off, &h);
    // First look for a reading confirmed by the following entries; if the
    // file is damaged further on, settle for one that merely lands on a
    // readable header, so the error is reported at the damaged entry.
    for (depth, strict) in [(2, true), (0, true), (0, false)] {
        for &(end, next) in options.iter().flatten() {
            if next > bytes.len() {
                continue;
            }
            let content = &bytes[start..end];
            let Some(data) = entry_data(h.flags, content) else {
                continue;
            };
            if strict && !tight(content, data, h.flags) {
                continue;
            }
            // The probe never reads past the buffer, and depth 2 bounds the
            // work per entry to a handful of header reads.
            if plausible(bytes, next, depth, strict) {
                return Ok(Some((Entry { name, flags: h.flags, data }, next)));
            }
        }
    }
    // Nothing fits: explain in terms of the spec's reading.
    Err(match options[0] {
        Some((end, _)) if end <= bytes.len() => {
            if entry_data(h.flags, &bytes[start..end]).is_none() {
                Error::Malformed {
                    what: if h.flags & FLAG_BEAM != 0 {
                        "BEAM entry does not hold a complete BEAM file"
                    } else {
                        "file entry's length prefix exceeds its size"
                    },
                    offset: off,
                }
            } else if end.checked_add(MIN_HEADER).map_or(true, |e| e > bytes.len()) {
                Error::MissingEnd
            } else {
                Error::Malformed { what: "entry size does not lead to a valid next entry or end marker", offset: off }
            }
        }
        _ => Error::Truncated { what: "entry content", offset: off },
    })
}

/// Iterator over the entries of a packbeam file, created by [`entries`].
///
/// Yields `Err` once (and then stops) if the file is corrupt, so entries
/// before the damage are still usable.
#[derive(Debug, Clone)]
pub struct Entries<'a> {
    bytes: &'a [u8],
    pos: usize,
    done: bool,
}

impl<'a> Entries<'a> {
    /// Offset of the next entry header to be read.
    pub fn offset(&self) -> usize {
        self.pos
    }
}

impl<'a> Iterator for Entries<'a> {
    type Item = Result<Entry<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match parse_entry(self.bytes, self.pos) {
            Ok(Some((entry, next))) => {
                self.pos = next;
                Some(Ok(entry))
            }
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

impl core::iter::FusedIterator for Entries<'_> {}

/// Checks the file header and returns an iterator over the entries.
///
/// Anything after the end marker (e.g. erased flash) is ignored.
pub fn entries(bytes: &[u8]) -> Result<Entries<'_>> {
    check_header(bytes)?;
    Ok(Entries { bytes, pos: HEADER.len(), done: false })
}

/// Parses a whole packbeam file; fails if any part of it is corrupt or the
/// end marker is missing.
pub fn parse(bytes: &[u8]) -> Result<Vec<Entry<'_>>> {
    entries(bytes)?.collect()
}

/// The first entry called `name`, reading only as far as needed.
pub fn find<'a>(bytes: &'a [u8], name: &str) -> Result<Option<Entry<'a>>> {
    for e in entries(bytes)? {
        let e = e?;
        if e.name == name {
            return Ok(Some(e));
        }
    }
    Ok(None)
}

/// The first BEAM exporting `start/0`: where the VM begins execution.
pub fn find_start(bytes: &[u8]) -> Result<Option<Entry<'_>>> {
    for e in entries(bytes)? {
        let e = e?;
        if e.is_start() {
            return Ok(Some(e));
        }
    }
    Ok(None)
}

/// Builds a packbeam file entry by entry.
#[derive(Debug, Clone)]
pub struct Writer {
    out: Vec<u8>,
    mode: SizeMode,
}

impl Default for Writer {
    fn default() -> Self {
        Self::new()
    }
}

impl Writer {
    /// A writer using the spec's [`SizeMode::Content`].
    pub fn new() -> Self {
        Self::with_size_mode(SizeMode::Content)
    }

    /// A writer filling `size` fields the given way.
    pub fn with_size_mode(mode: SizeMode) -> Self {
        Writer { out: HEADER.to_vec(), mode }
    }

    /// Adds a BEAM file (stored as given: strip it first with
    /// [`iff::strip`]). Flags are derived from its export table.
    pub fn add_beam(&mut self, name: &str, beam: &[u8]) -> Result<()> {
        let start = iff::exports_start(beam)?;
        let flags = FLAG_BEAM | if start { FLAG_START } else { 0 };
        self.push(name, flags, None, beam)
    }

    /// Adds a normal (non-BEAM) file, e.g. `mylib/priv/config.txt`.
    pub fn add_file(&mut self, name: &str, data: &[u8]) -> Result<()> {
        let len = u32::try_from(data.len()).map_err(|_| Error::TooLarge)?;
        self.push(name, 0, Some(len), data)
    }

    /// Adds an entry exactly as given (flags are not recomputed), e.g. one
    /// copied from another archive.
    pub fn add_entry(&mut self, entry: &Entry<'_>) -> Result<()> {
        if entry.is_beam() {
            iff::beam_len(entry.data)?;
            self.push(entry.name, entry.flags, None, entry.data)
        } else {
            let len = u32::try_from(entry.data.len()).map_err(|_| Error::TooLarge)?;
            self.push(entry.name, entry.flags, Some(len), entry.data)
        }
    }

    fn push(&mut self, name: &str, flags: u32, prefix: Option<u32>, data: &[u8]) -> Result<()> {
        if name.is_empty() || name.as_bytes().contains(&0) || name == END_NAME {
            return Err(Error::BadName);
        }
        let header_len = align4(FIXED_HEADER + name.len() + 1).ok_or(Error::TooLarge)?;
        let payload = data.len().checked_add(if prefix.is_some() { 4 } else { 0 }).ok_or(Error::TooLarge)?;
        let content = align4(payload).ok_or(Error::TooLarge)?;
        let size = match self.mode {
            SizeMode::Content => Some(content),
            SizeMode::WholeEntry => content.checked_add(header_len),
        };
        let size = size.and_then(|s| u32::try_from(s).ok()).ok_or(Error::TooLarge)?;
        self.out.extend_from_slice(&size.to_be_bytes());
        self.out.extend_from_slice(&flags.to_be_bytes());
        self.out.extend_from_slice(&0u32.to_be_bytes());
        self.out.extend_from_slice(name.as_bytes());
        self.out.resize(self.out.len() + header_len - FIXED_HEADER - name.len(), 0);
        if let Some(len) = prefix {
            self.out.extend_from_slice(&len.to_be_bytes());
        }
        self.out.extend_from_slice(data);
        self.out.resize(self.out.len() + pad_len(payload), 0);
        Ok(())
    }

    /// Appends the end marker and returns the file.
    pub fn finish(mut self) -> Vec<u8> {
        self.out.extend_from_slice(&[0; FIXED_HEADER]);
        self.out.extend_from_slice(b"end\0");
        self.out
    }
}

/// Writes a packbeam file from entries.
///
/// An entry is stored as a BEAM if it has [`FLAG_BEAM`] or if its name ends
/// in `.beam` and its data is a BEAM file; for those the flags are computed
/// from the module (`start/0` export). Other entries become normal files
/// with flags 0.
pub fn write(entries: &[Entry<'_>]) -> Result<Vec<u8>> {
    let mut w = Writer::new();
    for e in entries {
        if e.is_beam() || (e.name.ends_with(".beam") && iff::beam_len(e.data).is_ok()) {
            w.add_beam(e.name, e.data)?;
        } else {
            w.add_file(e.name, e.data)?;
        }
    }
    Ok(w.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_marker_matches_spec() {
        let bytes = Writer::new().finish();
        assert_eq!(&bytes[..24], &HEADER);
        assert_eq!(&bytes[24..], &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, b'e', b'n', b'd', 0]);
        assert!(parse(&bytes).unwrap().is_empty());
    }

    #[test]
    fn file_entry_layout() {
        let mut w = Writer::new();
        w.add_file("a/priv/x.txt", b"hello").unwrap();
        let bytes = w.finish();
        // header: size (4+5 padded = 12), flags 0, reserved 0, name 12+1 -> 16
        assert_eq!(&bytes[24..28], &12u32.to_be_bytes());
        assert_eq!(&bytes[28..36], &[0; 8]);
        assert_eq!(&bytes[36..52], b"a/priv/x.txt\0\0\0\0");
        assert_eq!(&bytes[52..56], &5u32.to_be_bytes());
        assert_eq!(&bytes[56..61], b"hello");
        let e = parse(&bytes).unwrap();
        assert_eq!(e, [Entry { name: "a/priv/x.txt", flags: 0, data: b"hello" }]);
    }

    #[test]
    fn bad_names_rejected() {
        let mut w = Writer::new();
        assert_eq!(w.add_file("", b""), Err(Error::BadName));
        assert_eq!(w.add_file("a\0b", b""), Err(Error::BadName));
        assert_eq!(w.add_file("end", b""), Err(Error::BadName));
    }
}
