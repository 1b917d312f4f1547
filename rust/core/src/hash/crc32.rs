//! CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, as zlib computes it) and the
//! combination of two CRCs (`erlang:crc32_combine/3`).

const POLY: u32 = 0xEDB8_8320;

const fn make_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { (c >> 1) ^ POLY } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static TABLE: [u32; 256] = make_table();

/// Continues a CRC-32 (`crc` is the value for the data so far, 0 to start).
pub fn update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = TABLE[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8);
    }
    !c
}

/// Product of two polynomials modulo the CRC polynomial, in the reflected representation
/// (bit 31 is the coefficient of x^0).
fn mul_mod(a: u32, b: u32) -> u32 {
    let mut prod = 0u32;
    let mut b = b;
    // Walk a's coefficients from x^0 (bit 31) upwards; b is multiplied by x each step.
    for i in 0..32 {
        if a & (0x8000_0000 >> i) != 0 {
            prod ^= b;
        }
        b = if b & 1 != 0 { (b >> 1) ^ POLY } else { b >> 1 };
    }
    prod
}

/// The CRC of `A ++ B` from the CRC of A, the CRC of B and B's length in bytes:
/// `crc(A) * x^(8 * len_b) + crc(B)` over GF(2), modulo the polynomial.
pub fn combine(crc_a: u32, crc_b: u32, len_b: u64) -> u32 {
    // x^(8 * len_b) by square-and-multiply; x^8 is bit 31 - 8.
    let mut power: u32 = 0x8000_0000;
    let mut base: u32 = 0x8000_0000 >> 8;
    let mut n = len_b;
    while n != 0 {
        if n & 1 != 0 {
            power = mul_mod(power, base);
        }
        base = mul_mod(base, base);
        n >>= 1;
    }
    mul_mod(power, crc_a) ^ crc_b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vectors() {
        assert_eq!(update(0, b""), 0);
        assert_eq!(update(0, b"a"), 0xE8B7_BE43);
        assert_eq!(update(0, b"123456789"), 0xCBF4_3926);
        assert_eq!(update(0, b"The quick brown fox jumps over the lazy dog"), 0x414F_A339);
        assert_eq!(update(update(0, b"1234"), b"56789"), 0xCBF4_3926);
    }

    #[test]
    fn combine_matches_concatenation() {
        let data = b"The quick brown fox jumps over the lazy dog";
        for split in 0..data.len() {
            let (a, b) = data.split_at(split);
            assert_eq!(combine(update(0, a), update(0, b), b.len() as u64), update(0, data));
        }
        // As zlib 1.2.12+: a zero length gives crc_a xor crc_b.
        assert_eq!(combine(1, 2, 0), 3);
    }
}
