//! Float to text conversion, byte-for-byte compatible with Erlang/OTP 25.
//!
//! * [`write_float_shortest`]: `io_lib:format("~w", [F])`, `io_lib:write/1`
//!   and `float_to_list(F, [short])`.
//! * [`write_float_default`]: `float_to_list(F)` (C's `%.20e`).
//! * [`float_to_chars`]: `float_to_list/2` and `float_to_binary/2` options.
//!
//! Rules (checked against OTP 25 with the tables in `testdata/`):
//!
//! * Shortest: the digits are the shortest ones that round-trip (Ryu).  With
//!   `value = D × 10^E`, `D` having `n` digits and scientific exponent
//!   `X = E + n - 1`, OTP prints fixed notation (`123.0`, `0.001`) when
//!   `lo <= E <= hi`, where `lo = -4, hi = 2` if `n == 1`, otherwise
//!   `lo = -(n + 2)` and `hi = 2` if `X >= 10`, else `hi = 1`; except that
//!   `D >= 2^53 && E == 0`, `D > 2^52/5 && E == 1` and `D > 2^51/25 && E == 2`
//!   are printed in scientific notation.  Scientific notation is
//!   `d.ddde[-]X` with at least one digit after the dot and no `+` or
//!   leading zeros in the exponent.  Fixed notation always has a dot and at
//!   least one digit after it.  Zero prints as `0.0` / `-0.0`.
//! * `{scientific, N}` and the default are glibc's correctly rounded `%.*e`
//!   (round half to even on the exact binary value).
//! * `{decimals, N}` uses OTP's own algorithm when `|F| <= 2^53` and
//!   `N <= 18`: `round((|F| - floor(|F|)) * 10^N)` in double arithmetic with
//!   C `round` (half away from zero), so e.g. `0.125` with 2 decimals is
//!   `0.13` and `0.045` is `0.05`.  Otherwise it is glibc's correctly rounded
//!   `%.*f`.  The sign is printed whenever the sign bit is set (`-0.00`).
//!   `compact` strips trailing zeros but keeps one digit after the dot; on
//!   the `%.*f` path with 0 decimals (only when `|F| > 2^53`) it strips the
//!   integer's trailing zeros too (`1.0e20` → `"1"`), as OTP does.
//! * Any result longer than 255 bytes is `badarg` (OTP formats into a
//!   256-byte buffer), e.g. `float_to_list(1.0e300, [{decimals, 2}])`,
//!   `float_to_list(1.0, [{decimals, 254}])`, `{scientific, 250}`.  For
//!   `compact` the length is checked before the zeros are stripped.
//!
//! Option lists (for the BIF layer): the list must be proper and contain
//! only `compact`, `short`, `{decimals, Small}` and `{scientific, Small}`
//! (anything else is `badarg`); the last format option wins (none means
//! `Scientific(20)`); `compact` anywhere in the list affects `decimals`
//! only.  Map the integers with [`FloatFormat::decimals`] and
//! [`FloatFormat::scientific`] (OTP keeps the low 32 bits; a negative
//! `scientific` means 6 digits, a negative `decimals` is `badarg`).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// The formats of `float_to_list/2` / `float_to_binary/2`.
///
/// The legacy format (`float_to_list/1`, or options without a format) is
/// `Scientific(20)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatFormat {
    /// `{decimals, N}`, optionally with `compact`.
    Decimals { n: u8, compact: bool },
    /// `{scientific, N}`.
    Scientific(u8),
    /// `short`.
    Short,
}

impl FloatFormat {
    /// Maps the small integer of `{decimals, N}` the way OTP does: OTP
    /// stores it in a C `int` (so only the low 32 bits count) and rejects
    /// negative values.  Values above 253 can never fit the 256-byte
    /// buffer, so they are rejected here too.  `None` means `badarg`.
    pub fn decimals(n: i64, compact: bool) -> Option<FloatFormat> {
        let n = n as i32;
        if (0..=253).contains(&n) {
            Some(FloatFormat::Decimals { n: n as u8, compact })
        } else {
            None
        }
    }

    /// Maps the small integer of `{scientific, N}` the way OTP does: the
    /// low 32 bits are used as C `printf` precision, where a negative
    /// precision means the default of 6.  Values above 249 can never fit
    /// the 256-byte buffer.  `None` means `badarg`.
    pub fn scientific(n: i64) -> Option<FloatFormat> {
        let n = n as i32;
        if n < 0 {
            Some(FloatFormat::Scientific(6))
        } else if n <= 249 {
            Some(FloatFormat::Scientific(n as u8))
        } else {
            None
        }
    }
}

/// OTP formats into a 256-byte buffer including the terminating NUL.
const MAX_LEN: usize = 255;

/// Writes `f` the way `io_lib:format("~w", [F])` and
/// `float_to_list(F, [short])` print it.
pub fn write_float_shortest(out: &mut String, f: f64) {
    if !f.is_finite() {
        write_non_finite(out, f);
        return;
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    if f == 0.0 {
        out.push_str("0.0");
        return;
    }
    let mut digits = [0u8; 20];
    let (n, ryu_exp) = shortest_digits(f.abs(), &mut digits);
    let (n, ryu_exp) = break_tie_to_even(f.abs(), &mut digits, n, ryu_exp);
    let digits = &digits[..n];
    let n = n as i32;
    let sci_exp = ryu_exp + n - 1;

    let (lower, upper) = if n == 1 {
        (-4, 2)
    } else if sci_exp >= 10 {
        (-(n + 2), 2)
    } else {
        (-(n + 2), 1)
    };
    let mut fixed = lower <= ryu_exp && ryu_exp <= upper;
    if fixed {
        let output = digits.iter().fold(0u64, |acc, &d| acc.wrapping_mul(10).wrapping_add(u64::from(d)));
        if (output >= (1u64 << 53) && ryu_exp == 0)
            || (output > (1u64 << 52) / 5 && ryu_exp == 1)
            || (output > (1u64 << 51) / 25 && ryu_exp == 2)
        {
            fixed = false;
        }
    }

    if fixed {
        let whole = n + ryu_exp;
        if ryu_exp >= 0 {
            push_digits(out, digits);
            push_zeros(out, ryu_exp as usize);
            out.push_str(".0");
        } else if whole > 0 {
            push_digits(out, &digits[..whole as usize]);
            out.push('.');
            push_digits(out, &digits[whole as usize..]);
        } else {
            out.push_str("0.");
            push_zeros(out, (-whole) as usize);
            push_digits(out, digits);
        }
    } else {
        push_digits(out, &digits[..1]);
        out.push('.');
        if n == 1 {
            out.push('0');
        } else {
            push_digits(out, &digits[1..]);
        }
        out.push('e');
        let _ = write!(out, "{}", sci_exp);
    }
}

/// Writes `f` the way `float_to_list(F)` prints it (C's `%.20e`).
pub fn write_float_default(out: &mut String, f: f64) {
    write_scientific(out, f, 20);
}

/// `float_to_list(F, Options)`: appends the text to `out`, or returns
/// `Err(())` (`badarg`) and leaves `out` untouched when OTP's 256-byte
/// buffer would overflow.
#[allow(clippy::result_unit_err)]
pub fn float_to_chars(out: &mut String, f: f64, opts: FloatFormat) -> Result<(), ()> {
    let start = out.len();
    match opts {
        FloatFormat::Short => write_float_shortest(out, f),
        FloatFormat::Scientific(p) => write_scientific(out, f, usize::from(p)),
        FloatFormat::Decimals { n, compact } => {
            let via_printf = write_decimals(out, f, usize::from(n));
            // OTP checks the length before stripping zeros.
            if out.len() - start > MAX_LEN {
                out.truncate(start);
                return Err(());
            }
            // The fast path strips only when there are decimals; the printf
            // path always does, even into the integer part.
            if compact && (via_printf || n > 0) {
                strip_trailing_zeros(out, start);
            }
            return Ok(());
        }
    }
    if out.len() - start > MAX_LEN {
        out.truncate(start);
        Err(())
    } else {
        Ok(())
    }
}

fn write_non_finite(out: &mut String, f: f64) {
    if f.is_nan() {
        out.push_str("nan");
    } else if f < 0.0 {
        out.push_str("-inf");
    } else {
        out.push_str("inf");
    }
}

fn push_digits(out: &mut String, digits: &[u8]) {
    for &d in digits {
        out.push(char::from(b'0' + d));
    }
}

fn push_zeros(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push('0');
    }
}

/// A fixed-size `core::fmt::Write` sink.
struct StackBuf {
    buf: [u8; 40],
    len: usize,
}

impl Write for StackBuf {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let bytes = s.as_bytes();
        let end = self.len + bytes.len();
        if end > self.buf.len() {
            return Err(core::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(bytes);
        self.len = end;
        Ok(())
    }
}

/// Shortest round-trip digits of a finite, positive `f`: fills `digits`
/// (values 0..=9, no trailing zeros) and returns `(count, exponent)` with
/// `f = digits × 10^exponent`.
fn shortest_digits(f: f64, digits: &mut [u8; 20]) -> (usize, i32) {
    let mut buf = StackBuf { buf: [0; 40], len: 0 };
    // core's `{:e}` prints the shortest representation that round-trips,
    // choosing the closest one, like Ryu: "1.2345e-5", "1e16".
    if write!(buf, "{:e}", f).is_err() {
        digits[0] = 0;
        return (1, 0);
    }
    let text = &buf.buf[..buf.len];
    let mut n = 0;
    let mut exp: i32 = 0;
    let mut exp_neg = false;
    let mut in_exp = false;
    for &c in text {
        match c {
            b'e' => in_exp = true,
            b'-' if in_exp => exp_neg = true,
            b'0'..=b'9' if in_exp => {
                exp = exp.saturating_mul(10).saturating_add(i32::from(c - b'0'));
            }
            b'0'..=b'9' if n < digits.len() => {
                digits[n] = c - b'0';
                n += 1;
            }
            _ => {}
        }
    }
    if exp_neg {
        exp = -exp;
    }
    while n > 1 && digits[n - 1] == 0 {
        n -= 1;
    }
    if n == 0 {
        digits[0] = 0;
        n = 1;
    }
    (n, exp - (n as i32 - 1))
}

/// Whether the finite, positive `f` is exactly `m × 10^k` (`m` odd).
fn equals_decimal(f: f64, m: u64, k: i32) -> bool {
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut fm, mut fe) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    if fm == 0 {
        return false;
    }
    while fm & 1 == 0 {
        fm >>= 1;
        fe += 1;
    }
    // fm × 2^fe == m × 2^k × 5^k with fm and m odd  <=>  fe == k and
    // fm == m × 5^k (k >= 0) or m == fm × 5^-k (k < 0).
    if fe != k {
        return false;
    }
    let pow5 = match 5u128.checked_pow(k.unsigned_abs()) {
        Some(p) => p,
        None => return false,
    };
    if k >= 0 {
        u128::from(m).checked_mul(pow5) == Some(u128::from(fm))
    } else {
        u128::from(fm).checked_mul(pow5) == Some(u128::from(m))
    }
}

/// core's shortest digits break an exact tie between two equally close
/// shortest candidates upwards; Ryu (and so OTP) picks the even one.
/// Returns the possibly adjusted `(count, exponent)`.
fn break_tie_to_even(f: f64, digits: &mut [u8; 20], n: usize, exp: i32) -> (usize, i32) {
    if n > 17 {
        return (n, exp);
    }
    let s = digits[..n].iter().fold(0u64, |acc, &d| acc * 10 + u64::from(d));
    if s % 2 == 0 {
        return (n, exp);
    }
    // The odd candidate s has an even neighbour s - 1 or s + 1; a tie means
    // f lies exactly half-way between them.
    let lower = s * 10 - 5;
    let upper = s * 10 + 5;
    let alt = if equals_decimal(f, lower, exp - 1) {
        s - 1
    } else if equals_decimal(f, upper, exp - 1) {
        s + 1
    } else {
        return (n, exp);
    };
    // Only use the even candidate when it still reads back as f.
    let mut text = StackBuf { buf: [0; 40], len: 0 };
    if write!(text, "{}e{}", alt, exp).is_err() {
        return (n, exp);
    }
    let parsed = core::str::from_utf8(&text.buf[..text.len]).ok().and_then(|t| t.parse::<f64>().ok());
    if parsed != Some(f) || alt == 0 {
        return (n, exp);
    }
    let mut tmp = [0u8; 20];
    let mut len = 0;
    let mut v = alt;
    while v > 0 && len < tmp.len() {
        tmp[len] = (v % 10) as u8;
        v /= 10;
        len += 1;
    }
    let mut e = exp;
    let mut start = 0;
    while start < len && tmp[start] == 0 {
        start += 1;
        e += 1;
    }
    let count = len - start;
    for (i, d) in tmp[start..len].iter().rev().enumerate() {
        digits[i] = *d;
    }
    (count, e)
}

// ------------------------------------------------------------------------
// Exact decimal expansion.

/// Multiplies the little-endian big integer `v` by `k` in place.
fn big_mul_small(v: &mut Vec<u32>, k: u32) {
    let mut carry: u64 = 0;
    for limb in v.iter_mut() {
        let x = u64::from(*limb) * u64::from(k) + carry;
        *limb = x as u32;
        carry = x >> 32;
    }
    if carry != 0 {
        v.push(carry as u32);
    }
}

/// Divides `v` by `k` in place and returns the remainder.
fn big_div_small(v: &mut Vec<u32>, k: u32) -> u32 {
    let mut rem: u64 = 0;
    for limb in v.iter_mut().rev() {
        let x = (rem << 32) | u64::from(*limb);
        *limb = (x / u64::from(k)) as u32;
        rem = x % u64::from(k);
    }
    while v.last() == Some(&0) {
        v.pop();
    }
    rem as u32
}

/// The exact decimal value of a finite `|f|`: `(digits, exp10)` with
/// `|f| = digits × 10^exp10`, digits most significant first, without
/// leading zeros.  Zero gives no digits.
fn exact_decimal(f: f64) -> (Vec<u8>, i32) {
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    if m == 0 {
        return (Vec::new(), 0);
    }
    while m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    let mut big: Vec<u32> = alloc::vec![m as u32, (m >> 32) as u32];
    while big.last() == Some(&0) {
        big.pop();
    }
    let exp10 = if e >= 0 {
        let mut k = e;
        while k >= 31 {
            big_mul_small(&mut big, 1 << 31);
            k -= 31;
        }
        big_mul_small(&mut big, 1 << k);
        0
    } else {
        // m × 2^e = m × 5^-e / 10^-e
        let mut k = -e;
        while k >= 13 {
            big_mul_small(&mut big, 1_220_703_125); // 5^13
            k -= 13;
        }
        big_mul_small(&mut big, 5u32.pow(k as u32));
        e
    };
    // Convert to decimal, nine digits at a time (least significant first).
    let mut chunks: Vec<u32> = Vec::new();
    while !big.is_empty() {
        chunks.push(big_div_small(&mut big, 1_000_000_000));
    }
    let mut digits = Vec::with_capacity(chunks.len() * 9);
    for (i, &chunk) in chunks.iter().rev().enumerate() {
        let mut tmp = [0u8; 9];
        let mut c = chunk;
        for slot in tmp.iter_mut().rev() {
            *slot = (c % 10) as u8;
            c /= 10;
        }
        if i == 0 {
            let skip = tmp.iter().take_while(|&&d| d == 0).count();
            digits.extend_from_slice(&tmp[skip..]);
        } else {
            digits.extend_from_slice(&tmp);
        }
    }
    (digits, exp10)
}

/// Drops the `drop` least significant digits of `d`, rounding half to
/// even on the exact value.  The result may be one digit longer than
/// `d.len() - drop` after a carry, and is empty when it rounds to zero.
fn round_drop(d: &[u8], drop: usize) -> Vec<u8> {
    if drop == 0 {
        return d.to_vec();
    }
    if drop > d.len() {
        // Everything dropped lies below the rounding position's half.
        return Vec::new();
    }
    let keep = d.len() - drop;
    let mut kept = d[..keep].to_vec();
    let half = d[keep];
    let rest_nonzero = d[keep + 1..].iter().any(|&x| x != 0);
    let last_odd = kept.last().is_some_and(|&x| x % 2 == 1);
    let round_up = half > 5 || (half == 5 && (rest_nonzero || last_odd));
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                break;
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    kept
}

/// C's `%.*e` with precision `p` (glibc: exact, round half to even).
fn write_scientific(out: &mut String, f: f64, p: usize) {
    if !f.is_finite() {
        write_non_finite(out, f);
        return;
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    let (digits, exp10) = exact_decimal(f);
    let want = p + 1;
    let (mant, sci_exp): (Vec<u8>, i64) = if digits.is_empty() {
        (alloc::vec![0; want], 0)
    } else {
        let n = digits.len();
        let top = i64::from(exp10) + n as i64 - 1;
        if n > want {
            let mut kept = round_drop(&digits, n - want);
            if kept.len() > want {
                kept.truncate(want);
                (kept, top + 1)
            } else {
                (kept, top)
            }
        } else {
            let mut kept = digits;
            kept.resize(want, 0);
            (kept, top)
        }
    };
    push_digits(out, &mant[..1]);
    if p > 0 {
        out.push('.');
        push_digits(out, &mant[1..]);
    }
    out.push('e');
    out.push(if sci_exp < 0 { '-' } else { '+' });
    let a = sci_exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    let _ = write!(out, "{}", a);
}

/// C's `%.*f` with precision `p` (glibc: exact, round half to even).
fn write_fixed_exact(out: &mut String, f: f64, p: usize) {
    if !f.is_finite() {
        write_non_finite(out, f);
        return;
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    let (digits, exp10) = exact_decimal(f);
    // |f| × 10^p = digits × 10^(exp10 + p)
    let shift = i64::from(exp10) + p as i64;
    let scaled: Vec<u8> = if digits.is_empty() {
        Vec::new()
    } else if shift >= 0 {
        let mut v = digits;
        v.resize(v.len() + shift as usize, 0);
        v
    } else {
        let drop = usize::try_from(-shift).unwrap_or(usize::MAX);
        round_drop(&digits, drop)
    };
    if scaled.len() > p {
        let int_len = scaled.len() - p;
        push_digits(out, &scaled[..int_len]);
        if p > 0 {
            out.push('.');
            push_digits(out, &scaled[int_len..]);
        }
    } else {
        out.push('0');
        if p > 0 {
            out.push('.');
            push_zeros(out, p - scaled.len());
            push_digits(out, &scaled);
        }
    }
}

const POW10: [u64; 19] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
    10_000_000_000_000,
    100_000_000_000_000,
    1_000_000_000_000_000,
    10_000_000_000_000_000,
    100_000_000_000_000_000,
    1_000_000_000_000_000_000,
];

/// C `round` (half away from zero) of a non-negative `x < 2^63`.
fn round_half_away(x: f64) -> u64 {
    if x >= 4_503_599_627_370_496.0 {
        // 2^52 and above: already an integer.
        return x as u64;
    }
    let t = x as u64; // truncation == floor for x >= 0
    if x - t as f64 >= 0.5 {
        t + 1
    } else {
        t
    }
}

/// Removes trailing zeros, keeping one digit after a dot (OTP's
/// `find_first_trailing_zero`).
fn strip_trailing_zeros(out: &mut String, start: usize) {
    while out.len() > start && out.ends_with('0') {
        out.pop();
    }
    if out.len() > start && out.ends_with('.') {
        out.push('0');
    }
}

/// `float_to_list(F, [{decimals, P}])` without the length check and before
/// `compact`.  Returns whether the `%.*f` path was taken.
fn write_decimals(out: &mut String, f: f64, p: usize) -> bool {
    let af = f.abs();
    // OTP: `if (af > MAX_FLOAT || decimals >= MAX_DECIMALS)` use printf.
    if af.is_nan() || af > 9_007_199_254_740_992.0 || p >= POW10.len() {
        write_fixed_exact(out, f, p);
        return true;
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    if p > 0 {
        let int_f = (af as u64) as f64; // floor
        let pow = POW10[p];
        let mut frac_part = round_half_away((af - int_f) * pow as f64);
        let mut int_part = int_f as u64;
        if frac_part >= pow {
            int_part += 1;
            frac_part = 0;
        }
        let _ = write!(out, "{}.{:0width$}", int_part, frac_part, width = p);
    } else {
        let _ = write!(out, "{}", round_half_away(af));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn shortest(f: f64) -> String {
        let mut s = String::new();
        write_float_shortest(&mut s, f);
        s
    }

    fn opts(f: f64, o: FloatFormat) -> Option<String> {
        let mut s = String::from("prefix");
        match float_to_chars(&mut s, f, o) {
            Ok(()) => Some(s[6..].to_string()),
            Err(()) => {
                assert_eq!(s, "prefix");
                None
            }
        }
    }

    fn bits(hex: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(hex, 16).unwrap())
    }

    fn parse_opt(name: &str) -> FloatFormat {
        if name == "short" {
            FloatFormat::Short
        } else if let Some(rest) = name.strip_prefix('s') {
            let n: i64 = rest.parse().unwrap();
            // 250 and above: always badarg.
            FloatFormat::scientific(n).unwrap_or(FloatFormat::Scientific(n.min(255) as u8))
        } else {
            let rest = name.strip_prefix('d').unwrap();
            let (num, compact) = match rest.strip_suffix('c') {
                Some(num) => (num, true),
                None => (rest, false),
            };
            match FloatFormat::decimals(num.parse().unwrap(), compact) {
                Some(fmt) => fmt,
                // 254 and above: always badarg.
                None => FloatFormat::Decimals { n: 254, compact },
            }
        }
    }

    #[test]
    fn shortest_table() {
        let data = include_str!("testdata/shortest.txt");
        let mut count = 0;
        for line in data.lines() {
            let (hex, expected) = line.split_once(' ').unwrap();
            assert_eq!(shortest(bits(hex)), expected, "bits {}", hex);
            count += 1;
        }
        assert!(count > 2000);
    }

    #[test]
    fn default_table() {
        let data = include_str!("testdata/default.txt");
        for line in data.lines() {
            let (hex, expected) = line.split_once(' ').unwrap();
            let mut s = String::new();
            write_float_default(&mut s, bits(hex));
            assert_eq!(s, expected, "bits {}", hex);
        }
    }

    #[test]
    fn options_table() {
        let data = include_str!("testdata/options.txt");
        for line in data.lines() {
            let mut it = line.splitn(3, ' ');
            let hex = it.next().unwrap();
            let opt = it.next().unwrap();
            let expected = it.next().unwrap();
            let fmt = parse_opt(opt);
            let got = opts(bits(hex), fmt);
            let got = got.as_deref().unwrap_or("badarg");
            assert_eq!(got, expected, "bits {} opt {}", hex, opt);
        }
    }

    #[test]
    fn documented_examples() {
        assert_eq!(shortest(1.0e15), "1.0e15");
        assert_eq!(shortest(100.0), "100.0");
        assert_eq!(shortest(1000.0), "1.0e3");
        assert_eq!(shortest(0.0001), "0.0001");
        assert_eq!(shortest(0.00001), "1.0e-5");
        assert_eq!(shortest(-0.0), "-0.0");
        assert_eq!(shortest(9007199254740992.0), "9.007199254740992e15");
        assert_eq!(shortest(9007199254740990.0), "9007199254740990.0");
        let d = |f, n| opts(f, FloatFormat::Decimals { n, compact: false });
        assert_eq!(d(0.125, 2).as_deref(), Some("0.13"));
        assert_eq!(d(0.045, 2).as_deref(), Some("0.05"));
        assert_eq!(d(1.005, 2).as_deref(), Some("1.00"));
        assert_eq!(d(-0.0, 2).as_deref(), Some("-0.00"));
        assert_eq!(d(1.0e300, 2), None);
        assert_eq!(d(1.0, 253).map(|s| s.len()), Some(255));
        assert_eq!(d(-1.0, 253), None);
        let c = |f, n| opts(f, FloatFormat::Decimals { n, compact: true });
        assert_eq!(c(1.0e20, 0).as_deref(), Some("1"));
        assert_eq!(c(100.0, 0).as_deref(), Some("100"));
        assert_eq!(c(1.0, 3).as_deref(), Some("1.0"));
        let s = |f, n| opts(f, FloatFormat::Scientific(n));
        assert_eq!(s(1.5, 0).as_deref(), Some("2e+00"));
        assert_eq!(s(2.5, 0).as_deref(), Some("2e+00"));
        assert_eq!(s(-1.5, 249), None);
        assert_eq!(FloatFormat::scientific(-1), Some(FloatFormat::Scientific(6)));
        assert_eq!(FloatFormat::scientific(-4294967296), Some(FloatFormat::Scientific(0)));
        assert_eq!(FloatFormat::scientific(250), None);
        assert_eq!(FloatFormat::decimals(-1, false), None);
        assert_eq!(FloatFormat::decimals(4294967297, true), Some(FloatFormat::Decimals { n: 1, compact: true }));
    }

    #[test]
    fn non_finite_does_not_panic() {
        for f in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let _ = shortest(f);
            let mut s = String::new();
            write_float_default(&mut s, f);
            for n in [0u8, 5, 18, 19, 253, 255] {
                let _ = opts(f, FloatFormat::Decimals { n, compact: true });
                let _ = opts(f, FloatFormat::Scientific(n));
            }
        }
    }

    #[test]
    fn all_precisions_no_panic() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..300 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let f = f64::from_bits(x);
            for n in [0u8, 1, 17, 18, 19, 20, 100, 249, 250, 253, 254, 255] {
                let _ = opts(f, FloatFormat::Decimals { n, compact: false });
                let _ = opts(f, FloatFormat::Decimals { n, compact: true });
                let _ = opts(f, FloatFormat::Scientific(n));
            }
        }
    }

    #[test]
    fn shortest_round_trips() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let f = f64::from_bits(x);
            if !f.is_finite() {
                continue;
            }
            let s = shortest(f);
            let back = super::super::float_parse::parse_erlang_float(s.as_bytes());
            assert_eq!(back.map(f64::to_bits), Some(f.to_bits()), "{}", s);
        }
    }
}
