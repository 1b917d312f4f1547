//! BIFs of the `maps` module.

use super::BifEntry;

pub static BIFS: &[BifEntry] = &[];
