//! The single error type of the crate.

use core::fmt;

/// Result alias used by every fallible operation of the crate.
pub type Result<T> = core::result::Result<T, Error>;

/// Everything that can go wrong while reading or writing BEAM and packbeam
/// data.
///
/// Offsets are byte offsets into the buffer that was being parsed, so a
/// message can point at the exact spot of a corrupt image.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes do not start with the IFF `FOR1` ... `BEAM` header.
    NotBeam,
    /// The bytes do not start with the 24-byte packbeam header.
    NotAvm,
    /// The data ends before a structure that must be there.
    Truncated {
        /// What was being read.
        what: &'static str,
        /// Where it starts.
        offset: usize,
    },
    /// A structure is present but its contents are invalid.
    Malformed {
        /// What is wrong.
        what: &'static str,
        /// Where the offending structure starts.
        offset: usize,
    },
    /// A chunk that the operation needs is absent from the BEAM file.
    MissingChunk([u8; 4]),
    /// The zlib stream of a `LitT` chunk could not be inflated.
    Inflate(&'static str),
    /// A `LitT` chunk inflated to a different size than its header says.
    LiteralSize {
        /// Size declared in the chunk.
        expected: usize,
        /// Size actually produced.
        actual: usize,
    },
    /// The packbeam archive has no `end` entry (it was probably cut short).
    MissingEnd,
    /// An entry name cannot be stored (empty, contains NUL, or is `end`).
    BadName,
    /// A size does not fit in the 32-bit fields of the formats.
    TooLarge,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotBeam => f.write_str("not a BEAM file (missing FOR1/BEAM header)"),
            Error::NotAvm => f.write_str("not a packbeam file (missing \"#!/usr/bin/env AtomVM\" header)"),
            Error::Truncated { what, offset } => {
                write!(f, "truncated data: {what} at offset {offset} (0x{offset:x})")
            }
            Error::Malformed { what, offset } => {
                write!(f, "malformed data: {what} at offset {offset} (0x{offset:x})")
            }
            Error::MissingChunk(id) => {
                f.write_str("BEAM file has no ")?;
                for &b in id {
                    if b.is_ascii_graphic() {
                        write!(f, "{}", b as char)?;
                    } else {
                        write!(f, "\\x{b:02x}")?;
                    }
                }
                f.write_str(" chunk")
            }
            Error::Inflate(why) => write!(f, "cannot inflate LitT chunk: {why}"),
            Error::LiteralSize { expected, actual } => {
                write!(f, "LitT chunk inflated to {actual} bytes but declares {expected}")
            }
            Error::MissingEnd => f.write_str("packbeam file has no end marker (truncated?)"),
            Error::BadName => f.write_str("invalid entry name (must be non-empty, without NUL bytes, and not \"end\")"),
            Error::TooLarge => f.write_str("data too large for a 32-bit size field"),
        }
    }
}

// `core::error::Error` needs Rust 1.81; the workspace MSRV is 1.80, so the
// std trait is implemented only when std is available.
#[cfg(feature = "std")]
impl std::error::Error for Error {}
