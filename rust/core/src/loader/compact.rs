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
            let lb = self.byte()?;
            match self.value(lb)? {
                Ok(v) if lb & 7 == TAG_U => n = v as usize + 9,
                _ => return Err(LoadError::BadOperand("length of a long number")),
            }
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
                let n = self.u()? as usize;
                if n > self.data.len() {
                    return Err(LoadError::BadOperand("list too long"));
                }
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    let o = self.operand()?;
                    if matches!(o, Operand::List(_)) {
                        return Err(LoadError::BadOperand("nested list"));
                    }
                    v.push(o);
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
                // Typed register: the register, then a type index we do not need.
                let reg = self.operand()?;
                let _ty = self.u()?;
                match reg {
                    Operand::X(_) | Operand::Y(_) => Ok(reg),
                    _ => Err(LoadError::BadOperand("typed register")),
                }
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
}
