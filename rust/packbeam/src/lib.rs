//! Reading and writing AtomVM packbeam (`.avm`) archives and preparing the
//! BEAM files that go into them.
//!
//! The library is `no_std` + `alloc` so the VM itself can use the reader on
//! targets without an OS (an `.avm` image is usually mapped straight from
//! flash). Everything that parses bytes is bounds-checked and returns
//! [`Error`] instead of panicking, so malformed or truncated images are
//! reported, never trusted.
//!
//! * [`iff`]: the BEAM container (IFF `FOR1`/`BEAM`): chunk parsing, chunk
//!   stripping, `LitT` inflation and the `start/0` export check.
//! * [`avm`]: the packbeam archive itself: entry iteration, lookup and a
//!   writer.
//!
//! The `std` feature (off by default) only enables the `packbeam`
//! command-line tool.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod avm;
mod error;
pub mod iff;

pub use error::{Error, Result};

/// Reads a big-endian `u32` at `off`, or `None` if it does not fit.
///
/// Every multi-byte integer in both formats is a 32-bit big-endian word, so
/// this is the one primitive all parsing goes through.
#[inline]
pub(crate) fn be_u32(bytes: &[u8], off: usize) -> Option<u32> {
    let end = off.checked_add(4)?;
    let b = bytes.get(off..end)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// Rounds `n` up to the next multiple of 4, or `None` on overflow.
///
/// Both formats pad every record to 4-byte boundaries.
#[inline]
pub(crate) fn align4(n: usize) -> Option<usize> {
    n.checked_add(3).map(|v| v & !3)
}

/// Number of NUL bytes needed after `len` bytes to reach a 4-byte boundary.
#[inline]
pub(crate) fn pad_len(len: usize) -> usize {
    (4 - (len & 3)) & 3
}
