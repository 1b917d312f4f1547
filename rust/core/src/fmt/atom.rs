//! Atom rendering as done by `io_lib:format("~w", [A])` (and `~tw`) in
//! Erlang/OTP 25.
//!
//! Rules (checked against OTP 25 with `testdata/atoms.txt`):
//!
//! * Unquoted iff the atom is not a reserved word, starts with a lowercase
//!   letter (`a..z` or Latin-1 `ß..ÿ` except `÷`) and continues with
//!   letters (`a..z`, `A..Z`, `ß..ÿ` except `÷`, `À..Þ` except `×`), digits,
//!   `_` or `@`.  Nothing beyond Latin-1 counts as a letter (`ª`, `µ`, `º`
//!   do not either).
//! * Reserved words are the 27 of `erl_scan:reserved_word/1`; in OTP 25
//!   `maybe` and `else` are *not* reserved (the feature is off by default).
//! * Inside quotes: `'` → `\'`, `\` → `\\`, printable ASCII and U+00A0..U+00FF
//!   as is, `\n \r \t \v \b \f \e \d` (DEL) for those controls, any other
//!   character below U+00A0 as three octal digits (`\001`, `\237`).
//!   Characters above U+00FF print as `\x{HEX}` (upper-case hex) under `~w`
//!   and as themselves under `~tw`.

use alloc::string::String;
use core::fmt::Write;

/// `erl_scan:reserved_word/1` in OTP 25.
const RESERVED: [&str; 27] = [
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch", "cond", "div",
    "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try", "when", "xor",
];

fn is_lower(c: char) -> bool {
    c.is_ascii_lowercase() || (('\u{DF}'..='\u{FF}').contains(&c) && c != '\u{F7}')
}

fn is_name_char(c: char) -> bool {
    is_lower(c)
        || c.is_ascii_uppercase()
        || (('\u{C0}'..='\u{DE}').contains(&c) && c != '\u{D7}')
        || c.is_ascii_digit()
        || c == '_'
        || c == '@'
}

/// Whether `~w` / `~p` print the atom `name` between single quotes.
pub fn atom_needs_quotes(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if is_lower(c) => !chars.all(is_name_char) || RESERVED.contains(&name),
        _ => true,
    }
}

/// Writes the atom `name` as `io_lib:format("~w", [A])` does (characters
/// above U+00FF inside quotes as `\x{HEX}`).
pub fn write_atom(out: &mut String, name: &str) {
    write_atom_impl(out, name, false);
}

/// Writes the atom `name` as `io_lib:format("~tw", [A])` does (characters
/// above U+00FF as themselves).
pub fn write_atom_unicode(out: &mut String, name: &str) {
    write_atom_impl(out, name, true);
}

fn write_atom_impl(out: &mut String, name: &str, unicode: bool) {
    if !atom_needs_quotes(name) {
        out.push_str(name);
        return;
    }
    out.push('\'');
    for c in name.chars() {
        push_quoted_char(out, c, unicode);
    }
    out.push('\'');
}

fn push_quoted_char(out: &mut String, c: char, unicode: bool) {
    match c {
        '\'' => out.push_str("\\'"),
        '\\' => out.push_str("\\\\"),
        ' '..='~' | '\u{A0}'..='\u{FF}' => out.push(c),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{B}' => out.push_str("\\v"),
        '\u{8}' => out.push_str("\\b"),
        '\u{C}' => out.push_str("\\f"),
        '\u{1B}' => out.push_str("\\e"),
        '\u{7F}' => out.push_str("\\d"),
        '\0'..='\u{9F}' => {
            let v = c as u32;
            out.push('\\');
            for shift in [6, 3, 0] {
                out.push(char::from(b'0' + ((v >> shift) & 7) as u8));
            }
        }
        _ if unicode => out.push(c),
        _ => {
            let _ = write!(out, "\\x{{{:X}}}", c as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn unhex(s: &str) -> String {
        if s == "-" {
            return String::new();
        }
        let bytes: Vec<u8> = (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn atoms_table() {
        let data = include_str!("testdata/atoms.txt");
        let mut count = 0;
        for line in data.lines() {
            let mut it = line.split(' ');
            let name = unhex(it.next().unwrap());
            let w = unhex(it.next().unwrap());
            let tw = unhex(it.next().unwrap());
            let mut got = String::new();
            write_atom(&mut got, &name);
            assert_eq!(got, w, "~w of {:?}", name);
            let mut got = String::new();
            write_atom_unicode(&mut got, &name);
            assert_eq!(got, tw, "~tw of {:?}", name);
            assert_eq!(atom_needs_quotes(&name), w.starts_with('\''), "{:?}", name);
            count += 1;
        }
        assert!(count > 1000);
    }

    #[test]
    fn examples() {
        let w = |s: &str| {
            let mut o = String::new();
            write_atom(&mut o, s);
            o
        };
        assert_eq!(w("ok"), "ok");
        assert_eq!(w("maybe"), "maybe");
        assert_eq!(w("else"), "else");
        assert_eq!(w("after"), "'after'");
        assert_eq!(w("Abc"), "'Abc'");
        assert_eq!(w(""), "''");
        assert_eq!(w("é"), "é");
        assert_eq!(w("Ä"), "'Ä'");
        assert_eq!(w("a\u{1}"), "'a\\001'");
        assert_eq!(w("привет"), "'\\x{43F}\\x{440}\\x{438}\\x{432}\\x{435}\\x{442}'");
        assert_eq!(w("it's"), "'it\\'s'");
    }
}
