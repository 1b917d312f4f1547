//! BIFs of the `unicode` module.

use super::BifEntry;

pub static BIFS: &[BifEntry] = &[];
