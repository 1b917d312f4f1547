//! Adler-32 (RFC 1950) and the combination of two checksums (`erlang:adler32_combine/3`).

const BASE: u32 = 65521;
/// Bytes that can be summed before the 32-bit sums must be reduced.
const NMAX: usize = 5552;

/// Continues an Adler-32 checksum (`adler` is the value for the data so far, 1 to start).
/// The sums are always reduced modulo 65521 at the end, even for no data, as zlib does:
/// an out-of-range start value comes back reduced (`adler32(16#FFFFFFFF, <<>>)` is
/// `16#E000E`).
pub fn update(adler: u32, data: &[u8]) -> u32 {
    let mut a = adler & 0xFFFF;
    let mut b = adler >> 16;
    for chunk in data.chunks(NMAX) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= BASE;
        b %= BASE;
    }
    a %= BASE;
    b %= BASE;
    (b << 16) | a
}

/// The checksum of `A ++ B` from those of A and B and B's length, with zlib's arithmetic
/// (its conditional reductions matter for out-of-range inputs, which OTP passes through).
/// OTP returns `adler_a` unchanged when `len_b` is 0; the caller handles that.
pub fn combine(adler_a: u32, adler_b: u32, len_b: u64) -> u32 {
    let base = BASE as u64;
    let rem = len_b % base;
    let a1 = (adler_a & 0xFFFF) as u64;
    let mut sum2 = (rem * a1) % base;
    let mut sum1 = a1 + (adler_b & 0xFFFF) as u64 + base - 1;
    sum2 += ((adler_a >> 16) & 0xFFFF) as u64 + ((adler_b >> 16) & 0xFFFF) as u64 + base - rem;
    if sum1 >= base {
        sum1 -= base;
    }
    if sum1 >= base {
        sum1 -= base;
    }
    if sum2 >= base << 1 {
        sum2 -= base << 1;
    }
    if sum2 >= base {
        sum2 -= base;
    }
    (sum1 | (sum2 << 16)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn known_vectors() {
        assert_eq!(update(1, b""), 1);
        assert_eq!(update(0xFFFF_FFFF, b""), 0x000E_000E);
        assert_eq!(update(1, b"a"), 0x0062_0062);
        assert_eq!(update(1, b"Wikipedia"), 0x11E6_0398);
        assert_eq!(update(1, b"123456789"), 0x091E_01DE);
        let big: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let mut step = 1;
        for c in big.chunks(777) {
            step = update(step, c);
        }
        assert_eq!(step, update(1, &big));
    }

    #[test]
    fn combine_matches_concatenation() {
        let data = b"The quick brown fox jumps over the lazy dog";
        for split in 1..data.len() {
            let (a, b) = data.split_at(split);
            assert_eq!(combine(update(1, a), update(1, b), b.len() as u64), update(1, data));
        }
        assert_eq!(combine(1, 2, 3), 2);
    }
}
