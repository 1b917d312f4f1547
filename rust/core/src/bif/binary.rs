//! BIFs of the `binary` module.

use super::BifEntry;

pub static BIFS: &[BifEntry] = &[];
