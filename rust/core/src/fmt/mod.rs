//! Erlang/OTP 25 compatible text formatting of floats and atoms.

pub mod atom;
pub mod float;
pub mod float_parse;
pub mod time;
