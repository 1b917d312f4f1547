//! The compact term encoding of BEAM code operands (OTP's beam_asm): a 3-bit tag, then a value
//! packed in 4 bits, 11 bits, or a length-prefixed big-endian byte string; tag 7 introduces the
//! extended forms (lists, float registers, allocation lists, literals, typed registers).

use alloc::vec::Vec;

use super::LoadError;

/// A decoded operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    /// `u`: an untagged unsigned number.
    U(u64),
    /// `i`: an integer that fits in i64.
    Int(i64),
    /// `i`: an integer too large for i64, as big-endian two's complement bytes.
    BigInt(Vec<u8>),
    /// `a`: an atom, by 1-based index into the module's atom table; 0 is nil.
    Atom(u32),
    X(u32),
    Y(u32),
    Label(u32),
    /// `h`: a character.
    Char(u32),
    /// `z0`: an inline float (very old BEAM files).
    Float(f64),
    List(Vec<Operand>),
    FloatReg(u32),
    /// `z3`: an allocation list: words plus floats (funs counted as words).
    Alloc {
        words: u32,
        floats: u32,
        funs: u32,
    },
    /// `z4`: literal table index.
    Literal(u32),
}

impl Operand {
    pub fn as_u32(&self) -> Option<u32> {
        match *self {
            Operand::U(v) if v <= u32::MAX as u64 => Some(v as u32),
            Operand::Int(v) if (0..=u32::MAX as i64).contains(&v) => Some(v as u32),
            _ => None,
        }
    }
}

/// Reads operands from a byte stream.
pub struct Reader<'a> {
    pub data: &'a [u8],
    pub pos: usize,
}

const TAG_U: u8 = 0;
const TAG_I: u8 = 1;
const TAG_A: u8 = 2;
const TAG_X: u8 = 3;
const TAG_Y: u8 = 4;
const TAG_F: u8 = 5;
const TAG_H: u8 = 6;
const TAG_Z: u8 = 7;

/// Longest number, in bytes, accepted in an operand (a 4096-bit integer literal).
const MAX_NUM_BYTES: usize = 512;

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.data.len()
    }

    pub fn byte(&mut self) -> Result<u8, LoadError> {
        let b = *self.data.get(self.pos).ok_or(LoadError::Truncated("code"))?;
        self.pos += 1;
        Ok(b)
    }

    /// Reads the value part after the first byte `b`: either a number or raw bytes.
    fn value(&mut self, b: u8) -> Result<Result<u64, Vec<u8>>, LoadError> {
        if b & 0x08 == 0 {
            return Ok(Ok((b >> 4) as u64));
        }
        if b & 0x10 == 0 {
            let lo = self.byte()?;
            return Ok(Ok((((b >> 5) as u64) << 8) | lo as u64));
        }
        let mut n = (b >> 5) as usize;
        if n == 7 {
            // The length is itself an untagged number, in one of the short forms: a length
            // that needs a length of its own would be longer than any operand allowed, and
            // reading it by recursion would let nested prefixes exhaust the stack.
            let lb = self.byte()?;
            if lb & 7 != TAG_U || lb & 0x18 == 0x18 {
                return Err(LoadError::BadOperand("length of a long number"));
            }
            let v = match self.value(lb)? {
                Ok(v) => v,
                Err(_) => return Err(LoadError::BadOperand("length of a long number")),
            };
            n = (v as usize).saturating_add(9);
        } else {
            n += 2;
        }
        if n > MAX_NUM_BYTES {
            return Err(LoadError::BadOperand("number too long"));
        }
        let end = self.pos.checked_add(n).ok_or(LoadError::Truncated("code"))?;
        let bytes = self.data.get(self.pos..end).ok_or(LoadError::Truncated("code"))?;
        self.pos = end;
        if n <= 8 {
            Ok(Ok(bytes.iter().fold(0u64, |a, &x| (a << 8) | x as u64)))
        } else {
            Ok(Err(bytes.to_vec()))
        }
    }

    fn small_u(&mut self, b: u8) -> Result<u64, LoadError> {
        match self.value(b)? {
            Ok(v) => Ok(v),
            Err(_) => Err(LoadError::BadOperand("number too large")),
        }
    }

    /// Reads an untagged number operand; anything else is an error.
    pub fn u(&mut self) -> Result<u64, LoadError> {
        let b = self.byte()?;
        if b & 7 != TAG_U {
            return Err(LoadError::BadOperand("expected an untagged number"));
        }
        self.small_u(b)
    }

    /// Reads one operand.
    pub fn operand(&mut self) -> Result<Operand, LoadError> {
        let b = self.byte()?;
        let tag = b & 7;
        let to32 = |v: u64| u32::try_from(v).map_err(|_| LoadError::BadOperand("index too large"));
        Ok(match tag {
            TAG_U => Operand::U(self.small_u(b)?),
            TAG_I => {
                let wide = b & 0x18 == 0x18;
                match self.value(b)? {
                    Ok(v) if !wide => Operand::Int(v as i64),
                    Ok(v) => {
                        // A multi-byte integer is two's complement in the bytes read.
                        let n = byte_len(b, &self.data[..self.pos]);
                        Operand::Int(sign_extend(v, n))
                    }
                    Err(bytes) => {
                        if bytes.len() <= 16 {
                            let mut v: i128 = if bytes[0] & 0x80 != 0 { -1 } else { 0 };
                            for &x in &bytes {
                                v = (v << 8) | x as i128;
                            }
                            match i64::try_from(v) {
                                Ok(v) => Operand::Int(v),
                                Err(_) => Operand::BigInt(bytes),
                            }
                        } else {
                            Operand::BigInt(bytes)
                        }
                    }
                }
            }
            TAG_A => Operand::Atom(to32(self.small_u(b)?)?),
            TAG_X => Operand::X(to32(self.small_u(b)?)?),
            TAG_Y => Operand::Y(to32(self.small_u(b)?)?),
            TAG_F => Operand::Label(to32(self.small_u(b)?)?),
            TAG_H => Operand::Char(to32(self.small_u(b)?)?),
            _ => {
                debug_assert_eq!(tag, TAG_Z);
                self.extended(b)?
            }
        })
    }

    fn extended(&mut self, b: u8) -> Result<Operand, LoadError> {
        if b & 0x08 != 0 {
            return Err(LoadError::BadOperand("bad extended operand"));
        }
        match b >> 4 {
            0 => {
                let end = self.pos + 8;
                let bytes = self.data.get(self.pos..end).ok_or(LoadError::Truncated("code"))?;
                self.pos = end;
                let mut a = [0u8; 8];
                a.copy_from_slice(bytes);
                Ok(Operand::Float(f64::from_be_bytes(a)))
            }
            1 => {
                let n = self.u()?;
                // Every element takes at least one byte.
                if n > (self.data.len() - self.pos) as u64 {
                    return Err(LoadError::BadOperand("list too long"));
                }
                let mut v = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    // Elements are never lists themselves: refuse one before reading it, so
                    // that nested lists cannot recurse without bound.
                    if self.data.get(self.pos) == Some(&0x17) {
                        return Err(LoadError::BadOperand("nested list"));
                    }
                    v.push(self.operand()?);
                }
                Ok(Operand::List(v))
            }
            2 => {
                let b = self.byte()?;
                Ok(Operand::FloatReg(u32::try_from(self.small_u(b)?).map_err(|_| LoadError::BadOperand("fr"))?))
            }
            3 => {
                let n = self.u()?;
                let (mut words, mut floats, mut funs) = (0u32, 0u32, 0u32);
                for _ in 0..n.min(16) {
                    let kind = self.u()?;
                    let cnt = u32::try_from(self.u()?).map_err(|_| LoadError::BadOperand("alloc"))?;
                    match kind {
                        0 => words = words.saturating_add(cnt),
                        1 => floats = floats.saturating_add(cnt),
                        2 => funs = funs.saturating_add(cnt),
                        _ => return Err(LoadError::BadOperand("allocation list kind")),
                    }
                }
                Ok(Operand::Alloc { words, floats, funs })
            }
            4 => {
                let b = self.byte()?;
                Ok(Operand::Literal(u32::try_from(self.small_u(b)?).map_err(|_| LoadError::BadOperand("literal"))?))
            }
            5 => {
                // Typed register: the register (an x or y register, read here rather than
                // as any operand, so typed registers cannot nest), then a type index we do
                // not need.
                let rb = self.byte()?;
                let reg = match rb & 7 {
                    TAG_X => Operand::X(
                        u32::try_from(self.small_u(rb)?).map_err(|_| LoadError::BadOperand("index too large"))?,
                    ),
                    TAG_Y => Operand::Y(
                        u32::try_from(self.small_u(rb)?).map_err(|_| LoadError::BadOperand("index too large"))?,
                    ),
                    _ => return Err(LoadError::BadOperand("typed register")),
                };
                let _ty = self.u()?;
                Ok(reg)
            }
            _ => Err(LoadError::BadOperand("unknown extended operand")),
        }
    }
}

/// Number of value bytes of a multi-byte operand whose first byte is `b`.
fn byte_len(b: u8, _consumed: &[u8]) -> usize {
    ((b >> 5) as usize) + 2
}

fn sign_extend(v: u64, nbytes: usize) -> i64 {
    if nbytes >= 8 {
        return v as i64;
    }
    let shift = 64 - 8 * nbytes as u32;
    ((v << shift) as i64) >> shift
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_forms() {
        let mut r = Reader::new(&[0x30, 0x03 | (5 << 4), 0x01 | 0x08 | (1 << 5), 0x2c]);
        assert_eq!(r.operand().unwrap(), Operand::U(3));
        assert_eq!(r.operand().unwrap(), Operand::X(5));
        assert_eq!(r.operand().unwrap(), Operand::Int(300));
    }

    #[test]
    fn negative_int() {
        // -1 encoded in two bytes: 0x19 (i, len 0 => 2 bytes) 0xff 0xff
        let mut r = Reader::new(&[0x19, 0xff, 0xff]);
        assert_eq!(r.operand().unwrap(), Operand::Int(-1));
    }

    #[test]
    fn truncated_is_error() {
        let mut r = Reader::new(&[0x19, 0xff]);
        assert!(r.operand().is_err());
    }

    fn one(bytes: &[u8]) -> Result<Operand, LoadError> {
        let mut r = Reader::new(bytes);
        let o = r.operand()?;
        assert_eq!(r.pos, bytes.len(), "operand {o:?} did not use all of {bytes:02x?}");
        Ok(o)
    }

    #[test]
    fn form_boundaries() {
        // 4-bit form up to 15, 11-bit form from 16 to 2047, then byte strings.
        assert_eq!(one(&[0xf0]).unwrap(), Operand::U(15));
        assert_eq!(one(&[0x08, 16]).unwrap(), Operand::U(16));
        assert_eq!(one(&[0xe8, 0xff]).unwrap(), Operand::U(2047));
        assert_eq!(one(&[0x18, 0x08, 0x00]).unwrap(), Operand::U(2048));
        // Unsigned values are never sign-extended.
        assert_eq!(one(&[0x18, 0x80, 0x00]).unwrap(), Operand::U(0x8000));
        assert_eq!(one(&[0xd8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).unwrap(), Operand::U(u64::MAX));
        // Every tag in the 4-bit form.
        assert_eq!(one(&[0x21]).unwrap(), Operand::Int(2));
        assert_eq!(one(&[0x22]).unwrap(), Operand::Atom(2));
        assert_eq!(one(&[0x23]).unwrap(), Operand::X(2));
        assert_eq!(one(&[0x24]).unwrap(), Operand::Y(2));
        assert_eq!(one(&[0x25]).unwrap(), Operand::Label(2));
        assert_eq!(one(&[0x26]).unwrap(), Operand::Char(2));
    }

    #[test]
    fn integers() {
        // Multi-byte integers are two's complement.
        assert_eq!(one(&[0x19, 0xff, 0x7f]).unwrap(), Operand::Int(-129));
        assert_eq!(one(&[0x19, 0x00, 0xff]).unwrap(), Operand::Int(255));
        assert_eq!(one(&[0x39, 0x80, 0x00, 0x00]).unwrap(), Operand::Int(-0x80_0000));
        assert_eq!(one(&[0xd9, 0x80, 0, 0, 0, 0, 0, 0, 0]).unwrap(), Operand::Int(i64::MIN));
        assert_eq!(one(&[0xd9, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).unwrap(), Operand::Int(i64::MAX));
        // The 11-bit form is never negative.
        assert_eq!(one(&[0xe9, 0xff]).unwrap(), Operand::Int(2047));
        // 9 bytes: a length prefix (value + 9); still fits i64 after sign extension.
        let mut nine = alloc::vec![0xf9, 0x00, 0xff];
        nine.extend([0xff; 8]);
        assert_eq!(one(&nine).unwrap(), Operand::Int(-1));
        let mut big = alloc::vec![0xf9, 0x00, 0x01];
        big.extend([0; 8]);
        assert_eq!(one(&big).unwrap(), Operand::BigInt(big[2..].to_vec()));
        // 512 bytes is the longest number accepted.
        let mut max = alloc::vec![0xf9, 0x08 | (1 << 5), (512 - 9 - 256) as u8];
        max.extend([0x7f; 512]);
        assert!(matches!(one(&max).unwrap(), Operand::BigInt(b) if b.len() == 512));
        let mut over = alloc::vec![0xf9, 0x08 | (1 << 5), (513 - 9 - 256) as u8];
        over.extend([0x7f; 513]);
        assert_eq!(one(&over), Err(LoadError::BadOperand("number too long")));
        // An unsigned operand cannot be wider than 8 bytes.
        assert!(one(&[0xf8, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0]).is_err());
        // An index above u32 is refused for registers, atoms and labels.
        assert!(one(&[0x7b, 1, 0, 0, 0, 0]).is_err());
        assert!(one(&[0x7a, 1, 0, 0, 0, 0]).is_err());
    }

    #[test]
    fn length_prefix_must_be_short() {
        // The length of a long number must itself be a short untagged number: a tagged one,
        // or one with a length of its own, is refused (nesting used to recurse per byte).
        assert!(one(&[0xf9, 0x01, 0]).is_err());
        let mut nested = alloc::vec![0xf8u8; 100_000];
        nested.push(0);
        assert!(Reader::new(&nested).operand().is_err());
        // A huge length is refused before anything is read.
        assert!(one(&[0xf8, 0xd8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).is_err());
    }

    #[test]
    fn extended_forms() {
        let f = 1.5f64.to_be_bytes();
        let mut float = alloc::vec![0x07];
        float.extend(f);
        assert_eq!(one(&float).unwrap(), Operand::Float(1.5));
        assert_eq!(one(&[0x17, 0x20, 0x03, 0x13]).unwrap(), Operand::List(alloc::vec![Operand::X(0), Operand::X(1)]));
        assert_eq!(one(&[0x17, 0x00]).unwrap(), Operand::List(alloc::vec![]));
        assert_eq!(one(&[0x27, 0x30]).unwrap(), Operand::FloatReg(3));
        assert_eq!(
            one(&[0x37, 0x30, 0x00, 0x50, 0x10, 0x20, 0x20, 0x10]).unwrap(),
            Operand::Alloc { words: 5, floats: 2, funs: 1 }
        );
        assert_eq!(one(&[0x47, 0x70]).unwrap(), Operand::Literal(7));
        assert_eq!(one(&[0x57, 0x43, 0x10]).unwrap(), Operand::X(4));
        assert_eq!(one(&[0x57, 0x24, 0x10]).unwrap(), Operand::Y(2));
        // Refused: a typed register of anything but x or y, an unknown allocation kind,
        // extended forms 6 and up, bit 3 set, a list of lists, a list longer than its input.
        assert!(one(&[0x57, 0x12, 0x00]).is_err());
        assert!(one(&[0x57, 0x57, 0x03, 0x00, 0x00]).is_err());
        assert!(one(&[0x37, 0x10, 0x30, 0x10]).is_err());
        assert!(one(&[0x67, 0x00]).is_err());
        assert!(one(&[0xf7, 0x00]).is_err());
        assert!(one(&[0x0f, 0x00]).is_err());
        assert!(one(&[0x17, 0x10, 0x17, 0x00]).is_err());
        assert!(one(&[0x17, 0xd8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).is_err());
        assert!(one(&[0x17, 0x50, 0x03]).is_err());
    }

    #[test]
    fn deep_nesting_is_refused_without_recursion() {
        // Run on a small stack: recursion per nesting level would overflow it.
        let t = std::thread::Builder::new()
            .stack_size(64 * 1024)
            .spawn(|| {
                let mut typed = alloc::vec![0x57u8; 200_000];
                typed.extend([0x03, 0x00]);
                assert!(Reader::new(&typed).operand().is_err());
                let mut lists = Vec::new();
                for _ in 0..200_000 {
                    lists.extend([0x17, 0x10]);
                }
                assert!(Reader::new(&lists).operand().is_err());
            })
            .unwrap();
        t.join().unwrap();
    }

    #[test]
    fn every_prefix_of_valid_operands_is_an_error() {
        let mut float = alloc::vec![0x07];
        float.extend(2.0f64.to_be_bytes());
        let mut nine = alloc::vec![0xf9, 0x00, 0x01];
        nine.extend([0; 8]);
        let samples: [&[u8]; 7] = [
            &[0x18, 0x08, 0x00],
            &[0xd9, 0x80, 0, 0, 0, 0, 0, 0, 0],
            &nine,
            &float,
            &[0x17, 0x20, 0x03, 0x08, 0x20],
            &[0x37, 0x20, 0x00, 0x50, 0x10, 0x20],
            &[0x57, 0x0b, 0x40, 0x10],
        ];
        for s in samples {
            assert!(one(s).is_ok(), "{s:02x?}");
            for n in 0..s.len() {
                assert!(Reader::new(&s[..n]).operand().is_err(), "prefix {n} of {s:02x?}");
            }
        }
    }
}
