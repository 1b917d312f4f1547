//! The external term format: `term_to_binary`, `binary_to_term`, and module literals.

pub mod decode;
pub mod encode;
pub mod tags;
#[cfg(test)]
mod tests;

pub use decode::{decode, decode_with_funs, FunResolver, Options};
pub use encode::{encode_to, encode_vec, encoded_size, EncodeError, Env};

/// Why a binary is not a valid external term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EtfError {
    BadVersion,
    Truncated,
    Trailing,
    BadCompression,
    OutOfMemory,
    Invalid(&'static str),
    Unsupported(&'static str),
}

impl core::fmt::Display for EtfError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            EtfError::BadVersion => write!(f, "bad version byte"),
            EtfError::Truncated => write!(f, "truncated"),
            EtfError::Trailing => write!(f, "trailing bytes"),
            EtfError::BadCompression => write!(f, "bad compressed data"),
            EtfError::OutOfMemory => write!(f, "out of memory"),
            EtfError::Invalid(w) => write!(f, "invalid {w}"),
            EtfError::Unsupported(w) => write!(f, "unsupported {w}"),
        }
    }
}
