//! BIFs of the `math` module.

use super::BifEntry;

pub static BIFS: &[BifEntry] = &[];
