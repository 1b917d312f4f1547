//! Hashes and checksums: OTP's portable term hashes (`erlang:phash/2`, `erlang:phash2/1,2`),
//! MD5, CRC-32 and Adler-32, and an iterative walker over iodata.
//!
//! The term hashes reproduce OTP's values exactly (they are documented as stable across
//! releases and platforms); see `phash` for the rules.

pub mod adler32;
pub mod crc32;
pub mod iodata;
pub mod md5;
pub mod phash;

pub use phash::{phash, phash2};

/// The hash OTP keeps for an atom: hashpjw over the UTF-8 bytes of the name, where a
/// two-byte sequence for a character in U+0080..U+00FF counts as that one (Latin-1) byte.
/// `phash` and `phash2` are built on it.
pub fn atom_hash(name: &str) -> u32 {
    let b = name.as_bytes();
    let mut h: u32 = 0;
    let mut i = 0;
    while i < b.len() {
        let mut v = b[i];
        i += 1;
        if i < b.len() && (v & 0xFE) == 0xC2 && (b[i] & 0xC0) == 0x80 {
            // The Latin-1 character itself: the low two bits of the lead byte and the six
            // payload bits of the continuation byte.
            v = ((v & 0x03) << 6) | (b[i] & 0x3F);
            i += 1;
        }
        h = (h << 4).wrapping_add(v as u32);
        let g = h & 0xF000_0000;
        if g != 0 {
            h ^= g >> 24;
            h ^= g;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atom_hashes() {
        assert_eq!(atom_hash("a"), 97);
        assert_eq!(atom_hash(""), 0);
        // 'é' hashes as the Latin-1 byte 0xE9.
        assert_eq!(atom_hash("é"), 0xE9);
        assert_eq!(atom_hash("ab"), (97 << 4) + 98);
    }
}
