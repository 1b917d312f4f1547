//! Bit-level reads and writes on byte buffers, big-endian bit order (bit 0 is the most
//! significant bit of byte 0), as the bit syntax numbers them.

/// Reads `n` (<= 64) bits starting at bit `off`, as an unsigned big-endian number.
#[inline]
pub fn get_bits(data: &[u8], off: usize, n: usize) -> u64 {
    debug_assert!(n <= 64);
    if n == 0 {
        return 0;
    }
    if off % 8 == 0 && n % 8 == 0 {
        let s = off / 8;
        let k = n / 8;
        if k == 1 {
            return data[s] as u64;
        }
        if let Some(w) = data.get(s..s + 8) {
            // One unaligned 8-byte load, keeping the first k bytes (k >= 2 here).
            let w = u64::from_be_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
            return w >> (64 - 8 * k);
        }
        return data[s..s + k].iter().fold(0u64, |a, &b| (a << 8) | b as u64);
    }
    let mut v: u64 = 0;
    let mut pos = off;
    let mut left = n;
    while left > 0 {
        let byte = data[pos / 8];
        let bit_in = pos % 8;
        let take = (8 - bit_in).min(left);
        let chunk = (byte >> (8 - bit_in - take)) & ((1u16 << take) - 1) as u8;
        v = (v << take) | chunk as u64;
        pos += take;
        left -= take;
    }
    v
}

/// Writes the low `n` (<= 64) bits of `v` at bit `off`, big-endian.
#[inline]
pub fn put_bits(data: &mut [u8], off: usize, n: usize, v: u64) {
    debug_assert!(n <= 64);
    if off % 8 == 0 && n % 8 == 0 {
        let s = off / 8;
        let k = n / 8;
        if k == 1 {
            data[s] = v as u8;
        } else {
            for (i, b) in data[s..s + k].iter_mut().enumerate() {
                *b = (v >> (8 * (k - 1 - i))) as u8;
            }
        }
        return;
    }
    let mut pos = off;
    let mut left = n;
    while left > 0 {
        let bit_in = pos % 8;
        let take = (8 - bit_in).min(left);
        let chunk = ((v >> (left - take)) & ((1u64 << take) - 1)) as u8;
        let shift = 8 - bit_in - take;
        let mask = (((1u16 << take) - 1) as u8) << shift;
        let b = &mut data[pos / 8];
        *b = (*b & !mask) | (chunk << shift);
        pos += take;
        left -= take;
    }
}

/// Copies `n` bits from `src` at `src_off` to `dst` at `dst_off`.
pub fn copy_bits(src: &[u8], src_off: usize, dst: &mut [u8], dst_off: usize, n: usize) {
    if src_off % 8 == 0 && dst_off % 8 == 0 {
        let whole = n / 8;
        let (s, d) = (src_off / 8, dst_off / 8);
        dst[d..d + whole].copy_from_slice(&src[s..s + whole]);
        let rest = n % 8;
        if rest > 0 {
            let v = get_bits(src, src_off + whole * 8, rest);
            put_bits(dst, dst_off + whole * 8, rest, v);
        }
        return;
    }
    let mut done = 0;
    while done < n {
        let take = (n - done).min(56);
        let v = get_bits(src, src_off + done, take);
        put_bits(dst, dst_off + done, take, v);
        done += take;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip_all_alignments() {
        for off in 0..16 {
            for n in 0..=64 {
                let mut buf = [0u8; 16];
                let v = 0xDEAD_BEEF_CAFE_F00Du64 & if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
                put_bits(&mut buf, off, n, v);
                assert_eq!(get_bits(&buf, off, n), v, "off {off} n {n}");
            }
        }
    }

    #[test]
    fn copy_unaligned() {
        let src: [u8; 8] = [0xA5, 0x5A, 0xFF, 0x00, 0x12, 0x34, 0x56, 0x78];
        for so in 0..8 {
            for d in 0..8 {
                let n = 40;
                let mut dst = [0u8; 8];
                copy_bits(&src, so, &mut dst, d, n);
                for i in 0..n {
                    assert_eq!(get_bits(&src, so + i, 1), get_bits(&dst, d + i, 1));
                }
            }
        }
    }
}
