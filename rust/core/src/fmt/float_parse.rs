//! Text to float conversion for `list_to_float/1` and `binary_to_float/1`,
//! matching Erlang/OTP 25 (`sys_chars_to_double`).
//!
//! Rules (checked against OTP 25 with `testdata/parse.txt`):
//!
//! * Syntax: `[+-]? digit+ [.,] digit+ ([eE] [+-]? digit+)?`, nothing else:
//!   no whitespace, no `1e5`, `.5`, `1.`, `inf` or `nan`.  A comma is
//!   accepted as the decimal point (`"1,5"` is 1.5): OTP retries `strtod`
//!   with the other radix character.
//! * The input ends at the first NUL byte (OTP hands a C string to the
//!   checker), so `<<"1.5", 0, "junk">>` is 1.5.
//! * The value is correctly rounded.  Overflow to infinity is an error;
//!   underflow is not (`"1.0e-400"` is 0.0).  `"-0.0"` is -0.0.

use alloc::string::String;

/// Parses `s` as `list_to_float/1` / `binary_to_float/1` do; `None` means
/// `badarg`.  For `list_to_float`, the caller first turns the list into
/// bytes (any element outside 0..=255 is `badarg`).
pub fn parse_erlang_float(s: &[u8]) -> Option<f64> {
    let end = s.iter().position(|&b| b == 0).unwrap_or(s.len());
    let s = &s[..end];

    // Syntax check.
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    if i == int_start {
        return None;
    }
    let dot = i;
    if !matches!(s.get(i), Some(b'.' | b',')) {
        return None;
    }
    i += 1;
    let frac_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    if i == frac_start {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return None;
        }
    }
    if i != s.len() {
        return None;
    }

    // Everything is ASCII now; core's parser is correctly rounded.
    let mut text = String::with_capacity(s.len());
    for (k, &b) in s.iter().enumerate() {
        text.push(if k == dot { '.' } else { char::from(b) });
    }
    let value: f64 = text.parse().ok()?;
    if value.is_finite() {
        Some(value)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn unhex(s: &str) -> Vec<u8> {
        if s == "-" {
            return Vec::new();
        }
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn parse_table() {
        let data = include_str!("testdata/parse.txt");
        let mut count = 0;
        for line in data.lines() {
            let (input, expected) = line.split_once(' ').unwrap();
            let bytes = unhex(input);
            let got = match parse_erlang_float(&bytes) {
                Some(f) => alloc::format!("{:016X}", f.to_bits()),
                None => String::from("badarg"),
            };
            assert_eq!(got, expected, "input {:?}", String::from_utf8_lossy(&bytes));
            count += 1;
        }
        assert!(count > 1000);
    }

    #[test]
    fn examples() {
        assert_eq!(parse_erlang_float(b"1.5"), Some(1.5));
        assert_eq!(parse_erlang_float(b"1,5e3"), Some(1500.0));
        assert_eq!(parse_erlang_float(b"+1.5E-1"), Some(0.15));
        assert_eq!(parse_erlang_float(b"1.5\0junk"), Some(1.5));
        assert_eq!(parse_erlang_float(b"1.0e-400"), Some(0.0));
        assert_eq!(parse_erlang_float(b"-0.0").map(f64::to_bits), Some((-0.0f64).to_bits()));
        for bad in [
            &b""[..],
            b"1",
            b"1.",
            b".5",
            b"1e5",
            b"1.5e",
            b"1.5e+",
            b" 1.5",
            b"1.5 ",
            b"inf",
            b"1.0e309",
            b"--1.5",
            b"1.5.5",
        ] {
            assert_eq!(parse_erlang_float(bad), None, "{:?}", bad);
        }
    }
}
