//! Calendar time for reports: `22-Nov-2026::10:04:05.123456` from nanoseconds since the
//! Unix epoch (UTC: the VM has no time zone data).

use alloc::string::String;
use core::fmt::Write;

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// (year, month 1-12, day 1-31) of day `z` counted from 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    // Howard Hinnant's days-to-civil algorithm.
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Writes the timestamp OTP's error reports use.
pub fn write_local_timestamp(out: &mut String, ns: u64) {
    let secs = (ns / 1_000_000_000) as i64;
    let micros = (ns % 1_000_000_000) / 1000;
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    let _ = write!(
        out,
        "{}-{}-{}::{:02}:{:02}:{:02}.{:06}",
        d,
        MONTHS[(m - 1) as usize],
        y,
        s / 3600,
        s / 60 % 60,
        s % 60,
        micros
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        let mut s = String::new();
        write_local_timestamp(&mut s, 1_700_000_000_123_456_000);
        assert_eq!(s, "14-Nov-2023::22:13:20.123456");
    }
}
