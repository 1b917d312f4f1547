//! Time and timer BIFs: clocks with OTP's time units, calendar time (`universaltime`,
//! `localtime`, `date`, `time` and the conversions; local time is UTC), `send_after`,
//! `start_timer`, `cancel_timer`, `read_timer`.

use super::{list_to_vec, BifEntry};
use crate::atom;
use crate::heap::Fragment;
use crate::process::mailbox::Message;
use crate::process::{badarg, oom, Exception, Process};
use crate::sched::timer::TimerAction;
use crate::term::copy::{copy_into, size_of};
use crate::term::{self, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "monotonic_time", 0, monotonic_time0),
    ("erlang", "monotonic_time", 1, monotonic_time1),
    ("erlang", "system_time", 0, system_time0),
    ("erlang", "system_time", 1, system_time1),
    ("erlang", "time_offset", 0, time_offset0),
    ("erlang", "time_offset", 1, time_offset1),
    ("erlang", "timestamp", 0, timestamp),
    ("erlang", "convert_time_unit", 3, convert_time_unit),
    ("erlang", "unique_integer", 0, unique_integer0),
    ("erlang", "unique_integer", 1, unique_integer1),
    ("os", "timestamp", 0, timestamp),
    ("os", "system_time", 0, system_time0),
    ("os", "system_time", 1, system_time1),
    ("erlang", "send_after", 3, send_after3),
    ("erlang", "send_after", 4, send_after4),
    ("erlang", "start_timer", 3, start_timer3),
    ("erlang", "start_timer", 4, start_timer4),
    ("erlang", "cancel_timer", 1, cancel_timer1),
    ("erlang", "cancel_timer", 2, cancel_timer2),
    ("erlang", "read_timer", 1, read_timer1),
    ("erlang", "read_timer", 2, read_timer2),
    ("erlang", "universaltime", 0, universaltime),
    ("erlang", "localtime", 0, localtime),
    ("erlang", "date", 0, date),
    ("erlang", "time", 0, time),
    ("erlang", "universaltime_to_localtime", 1, universaltime_to_localtime),
    ("erlang", "localtime_to_universaltime", 1, localtime_to_universaltime1),
    ("erlang", "localtime_to_universaltime", 2, localtime_to_universaltime2),
];

/// Parts per second of a time unit term; None if it is not one.
fn unit(t: Term) -> Option<u64> {
    Some(match t {
        x if x == atom::SECOND || x == atom::SECONDS => 1,
        x if x == atom::MILLISECOND || x == atom::MILLI_SECONDS => 1_000,
        x if x == atom::MICROSECOND || x == atom::MICRO_SECONDS => 1_000_000,
        x if x == atom::NANOSECOND || x == atom::NANO_SECONDS => 1_000_000_000,
        // The native unit (and perf_counter's) is the nanosecond, as on OTP for Linux.
        x if x == atom::NATIVE || x == atom::PERF_COUNTER => 1_000_000_000,
        x if x.is_small() && x.small_value() > 0 => x.small_value() as u64,
        _ => return None,
    })
}

/// Converts `v` from `from` to `to` parts per second, rounding toward negative infinity
/// as OTP does.
fn convert(v: i128, from: u64, to: u64) -> i128 {
    (v * to as i128).div_euclid(from as i128)
}

fn int(p: &mut Process, v: i128) -> R {
    term::int128(&mut p.heap, v).map_err(oom)
}

fn monotonic_time0(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    int(p, vm.platform.monotonic_ns() as i128)
}
fn monotonic_time1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(u) = unit(a[0]) else { return badarg() };
    int(p, convert(vm.platform.monotonic_ns() as i128, 1_000_000_000, u))
}
fn system_time0(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    int(p, vm.platform.system_time_ns() as i128)
}
fn system_time1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(u) = unit(a[0]) else { return badarg() };
    int(p, convert(vm.platform.system_time_ns() as i128, 1_000_000_000, u))
}
fn time_offset0(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    int(p, vm.platform.system_time_ns() as i128 - vm.platform.monotonic_ns() as i128)
}
fn time_offset1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(u) = unit(a[0]) else { return badarg() };
    let off = vm.platform.system_time_ns() as i128 - vm.platform.monotonic_ns() as i128;
    int(p, convert(off, 1_000_000_000, u))
}
fn timestamp(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let us = vm.platform.system_time_ns() / 1000;
    let (mega, sec, micro) = (us / 1_000_000_000_000, us / 1_000_000 % 1_000_000, us % 1_000_000);
    let t = [Term::small(mega as isize), Term::small(sec as isize), Term::small(micro as isize)];
    term::tuple(&mut p.heap, &t).map_err(oom)
}
fn convert_time_unit(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (Some(from), Some(to)) = (unit(a[1]), unit(a[2])) else { return badarg() };
    let v = if a[0].is_small() {
        a[0].small_value() as i128
    } else if a[0].is_bignum() {
        let (neg, mag) = term::bignum_limbs(a[0]);
        match crate::bignum::BigRef::new(neg, mag).to_i128() {
            Some(v) if v.unsigned_abs() < (1u128 << 90) => v,
            _ => return badarg(),
        }
    } else {
        return badarg();
    };
    int(p, convert(v, from, to))
}
fn unique_integer0(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    // Unique among calls; OTP's values may be negative, ours start at 1 and grow.
    let u = vm.unique();
    int(p, u as i128)
}
fn unique_integer1(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(opts) = list_to_vec(a[0]) else { return badarg() };
    if opts.iter().any(|&o| o != atom::POSITIVE && o != atom::MONOTONIC) {
        return badarg();
    }
    let u = vm.unique();
    int(p, u as i128)
}

// ---- calendar time ----
//
// The platform knows no time zone: local time is UTC (as on a device without a zone
// setting), and the conversions between them are the identity on valid date-times.

/// (year, month, day) of a day count from 1970-01-01 (proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// ((Y, M, D), (H, Mi, S)) of the current UTC time.
fn now_parts(vm: &Vm) -> ([isize; 3], [isize; 3]) {
    let secs = (vm.platform.system_time_ns() / 1_000_000_000) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    ([y as isize, m as isize, d as isize], [(rem / 3600) as isize, (rem / 60 % 60) as isize, (rem % 60) as isize])
}

fn triple(p: &mut Process, v: [isize; 3]) -> R {
    term::tuple(&mut p.heap, &[Term::small(v[0]), Term::small(v[1]), Term::small(v[2])]).map_err(oom)
}

fn datetime(p: &mut Process, d: [isize; 3], t: [isize; 3]) -> R {
    let d = triple(p, d)?;
    let t = triple(p, t)?;
    term::tuple(&mut p.heap, &[d, t]).map_err(oom)
}

fn universaltime(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    let (d, t) = now_parts(vm);
    datetime(p, d, t)
}
fn localtime(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    universaltime(vm, p, a)
}
fn date(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    triple(p, now_parts(vm).0)
}
fn time(vm: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    triple(p, now_parts(vm).1)
}

/// Whether `t` is a valid {{Y, M, D}, {H, Mi, S}} (as erlang:universaltime_to_localtime/1
/// checks it: a real date with a year after 1901 (as OTP through mktime), hours 0..23, minutes 0..59, seconds 0..59).
fn valid_datetime(t: Term) -> bool {
    let small3 = |x: Term| -> Option<[isize; 3]> {
        if !x.is_tuple() || x.tuple_arity() != 3 {
            return None;
        }
        let e = x.tuple_elements();
        if !e.iter().all(|v| v.is_small()) {
            return None;
        }
        Some([e[0].small_value(), e[1].small_value(), e[2].small_value()])
    };
    if !t.is_tuple() || t.tuple_arity() != 2 {
        return false;
    }
    let e = t.tuple_elements();
    let (Some([y, m, d]), Some([h, mi, s])) = (small3(e[0]), small3(e[1])) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y > 1901 && (1..=days).contains(&d) && (0..24).contains(&h) && (0..60).contains(&mi) && (0..60).contains(&s)
}
fn universaltime_to_localtime(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if valid_datetime(a[0]) {
        Ok(a[0])
    } else {
        badarg()
    }
}
fn localtime_to_universaltime1(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if valid_datetime(a[0]) {
        Ok(a[0])
    } else {
        badarg()
    }
}
fn localtime_to_universaltime2(_: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if valid_datetime(a[0]) && (a[1] == atom::TRUE || a[1] == atom::FALSE || a[1] == atom::UNDEFINED) {
        Ok(a[0])
    } else {
        badarg()
    }
}

// ---- timers ----

/// Milliseconds of a timer: a non-negative integer (with `abs`, a monotonic time in ms).
fn timer_deadline(vm: &Vm, t: Term, abs: bool) -> Result<u64, Exception> {
    let ms: i128 = if t.is_small() {
        t.small_value() as i128
    } else if t.is_bignum() && !term::bignum_limbs(t).0 {
        // Far beyond any real timer: clamp.
        u64::MAX as i128 / 1_000_000
    } else {
        return badarg();
    };
    if abs {
        return Ok((ms.max(0) as u64).saturating_mul(1_000_000));
    }
    if ms < 0 {
        return badarg();
    }
    Ok(vm.platform.monotonic_ns().saturating_add((ms as u64).saturating_mul(1_000_000)))
}

fn timer_opts(l: Term) -> Result<bool, Exception> {
    let Some(opts) = list_to_vec(l) else { return badarg() };
    let mut abs = false;
    for o in opts {
        let e = if o.is_tuple() { o.tuple_elements() } else { &[] };
        match e {
            [k, v] if *k == atom::ABS && (*v == atom::TRUE || *v == atom::FALSE) => abs = *v == atom::TRUE,
            _ => return badarg(),
        }
    }
    Ok(abs)
}

/// Starts a timer that sends `msg` (wrapped as `{timeout, Ref, Msg}` if `wrap`) to `dest`.
fn start(vm: &mut Vm, p: &mut Process, time: Term, dest: Term, msg: Term, abs: bool, wrap: bool) -> R {
    if !(dest.is_pid() || dest.is_atom()) {
        return badarg();
    }
    let deadline = timer_deadline(vm, time, abs)?;
    let id = vm.new_ref();
    let owned = |w: *const crate::term::Word| !vm.is_literal(w);
    let extra = if wrap { 4 + 1 + term::WORDS_64 } else { 0 };
    let mut f =
        Fragment::with_capacity(size_of(msg, &owned) + extra).ok_or_else(|| Exception::error(atom::SYSTEM_LIMIT))?;
    let mut m = copy_into(&mut f, msg, &owned).ok_or_else(|| Exception::error(atom::SYSTEM_LIMIT))?;
    if wrap {
        let r = term::reference(&mut f, id).map_err(oom)?;
        m = term::tuple(&mut f, &[atom::TIMEOUT, r, m]).map_err(oom)?;
    }
    vm.sched.timers.start(id, deadline, TimerAction::Send { dest, msg: Message { term: m, frag: f } });
    if dest.is_pid() {
        // Timers to a pid die with it: remember them on the destination.
        let timers = &vm.sched.timers;
        let list = if dest.pid_index() == p.pid {
            Some(&mut p.dest_timers)
        } else {
            vm.procs.get_mut(dest.pid_index()).map(|q| &mut q.dest_timers)
        };
        if let Some(list) = list {
            if list.len() >= 64 && list.len().is_power_of_two() {
                list.retain(|&t| timers.deadline(t).is_some());
            }
            list.push(id);
        }
    }
    term::reference(&mut p.heap, id).map_err(oom)
}

fn send_after3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    start(vm, p, a[0], a[1], a[2], false, false)
}
fn send_after4(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let abs = timer_opts(a[3])?;
    start(vm, p, a[0], a[1], a[2], abs, false)
}
fn start_timer3(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    start(vm, p, a[0], a[1], a[2], false, true)
}
fn start_timer4(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let abs = timer_opts(a[3])?;
    start(vm, p, a[0], a[1], a[2], abs, true)
}

/// Milliseconds left until `deadline`.
fn remaining(vm: &Vm, deadline: u64) -> Term {
    let now = vm.platform.monotonic_ns();
    Term::small((deadline.saturating_sub(now) / 1_000_000) as isize)
}

fn cancel(vm: &mut Vm, t: Term) -> R {
    if !t.is_reference() {
        return badarg();
    }
    match vm.sched.timers.cancel(term::reference_id(t)) {
        Some(timer) if matches!(timer.action, TimerAction::Send { .. }) => Ok(remaining(vm, timer.deadline)),
        _ => Ok(atom::FALSE),
    }
}

fn cancel_timer1(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    cancel(vm, a[0])
}

fn cancel_timer2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let Some(opts) = list_to_vec(a[1]) else { return badarg() };
    let (mut is_async, mut info) = (false, true);
    for o in opts {
        let e = if o.is_tuple() { o.tuple_elements() } else { &[] };
        match e {
            [k, v] if (*v == atom::TRUE || *v == atom::FALSE) && *k == atom::ASYNC => is_async = *v == atom::TRUE,
            [k, v] if (*v == atom::TRUE || *v == atom::FALSE) && *k == atom::INFO => info = *v == atom::TRUE,
            _ => return badarg(),
        }
    }
    let r = cancel(vm, a[0])?;
    if !is_async {
        return Ok(if info { r } else { atom::OK });
    }
    if info {
        let msg = term::tuple(&mut p.heap, &[atom::CANCEL_TIMER, a[0], r]).map_err(oom)?;
        vm.send(p, p.pid_term(), msg)?;
    }
    Ok(atom::OK)
}

fn read_timer1(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    if !a[0].is_reference() {
        return badarg();
    }
    Ok(vm.sched.timers.deadline(term::reference_id(a[0])).map_or(atom::FALSE, |d| remaining(vm, d)))
}

fn read_timer2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if list_to_vec(a[1]).is_none() {
        return badarg();
    }
    read_timer1(vm, p, &a[..1])
}
